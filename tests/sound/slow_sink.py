"""A loudspeaker stand-in for ALSA's file plugin: `slow_sink.py OUT_DIR BYTES_PER_SECOND`.

Takes one stream on stdin no faster than the given rate (so playback takes time, as on a real
device) and writes it to its own file in OUT_DIR, named by when the stream began.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path


def main() -> None:
    out_dir, rate = Path(sys.argv[1]), int(sys.argv[2])
    started = time.monotonic()
    out = out_dir / f"{time.monotonic_ns():020d}.raw"
    taken = 0
    with out.open("wb") as sink:
        while chunk := sys.stdin.buffer.read1(4096):
            sink.write(chunk)
            sink.flush()
            taken += len(chunk)
            ahead = taken / rate - (time.monotonic() - started)
            if ahead > 0:
                time.sleep(ahead)


if __name__ == "__main__":
    main()
