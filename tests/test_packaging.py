"""A plain (non-editable) install carries the bundled routines, sounds and schema with it.

The wheel is built from this checkout and installed into a bare folder; coach then runs from
there, in a folder far from the checkout, and must find its bundled files inside the package.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _run(*args: str | Path, cwd: Path, env: dict[str, str] | None = None) -> str:
    result = subprocess.run(
        [str(a) for a in args], cwd=cwd, env=env, capture_output=True, text=True, timeout=300
    )
    assert result.returncode == 0, result.stdout + result.stderr
    return result.stdout


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder holding coach installed from a wheel of this checkout."""
    work = tmp_path_factory.mktemp("packaging")
    wheels, target = work / "wheels", work / "site"
    # --no-build-isolation and --no-index: hatchling comes from the test extra, not the network.
    pip = (sys.executable, "-m", "pip", "--disable-pip-version-check", "--no-input")
    _run(
        *pip,
        "wheel",
        "--no-deps",
        "--no-build-isolation",
        "--no-index",
        "-w",
        wheels,
        ROOT,
        cwd=work,
    )
    (wheel,) = wheels.glob("coach-*.whl")
    _run(*pip, "install", "--no-deps", "--no-index", "--target", target, wheel, cwd=work)
    return target


def _env(site: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    env["PYTHONPATH"] = str(site)
    return env


def test_the_installed_coach_finds_its_bundled_files(installed: Path, tmp_path: Path) -> None:
    code = (
        "import json, coach, coach.resources as r\n"
        "print(json.dumps({'module': coach.__file__, 'routines': str(r.routines_dir()),"
        " 'sounds': str(r.sounds_dir()), 'schema': str(r.schema_path())}))\n"
    )
    found = json.loads(_run(sys.executable, "-c", code, cwd=tmp_path, env=_env(installed)))
    for key in ("module", "routines", "sounds", "schema"):
        assert Path(found[key]).resolve().is_relative_to(installed.resolve()), key
        assert Path(found[key]).exists(), key
    routines = Path(found["routines"])
    assert {p.name for p in routines.glob("*.yaml")} == {
        p.name for p in (ROOT / "routines").glob("*.yaml")
    }
    assert Path(found["sounds"]).is_dir()
    assert Path(found["schema"]).read_text(encoding="utf-8") == (
        ROOT / "docs" / "routine.schema.json"
    ).read_text(encoding="utf-8")


def test_the_installed_coach_checks_its_bundled_routines_strictly(
    installed: Path, tmp_path: Path
) -> None:
    env = _env(installed)
    where = _run(
        sys.executable,
        "-c",
        "import coach.resources as r; print(r.routines_dir())",
        cwd=tmp_path,
        env=env,
    ).strip()
    out = _run(sys.executable, "-m", "coach", "check", "--strict", where, cwd=tmp_path, env=env)
    bundled = len(list((ROOT / "routines").glob("*.yaml")))
    assert out.strip() == f"{bundled} file(s) checked: 0 error(s), 0 warning(s)"
