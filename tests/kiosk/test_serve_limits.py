"""What one browser may ask of `coach serve` (coach.commands.serve_limits): sizes, messages,
origins, and the options that set them. The server itself is tested over a real websocket in
tests/e2e/test_serve_websocket.py."""

from __future__ import annotations

import pytest

from coach.cli import build_parser, main
from coach.commands.serve_limits import (
    COLUMNS,
    ROWS,
    allowed_origins,
    origin_of,
    parse_envelope,
    query_size,
    terminal_size,
)


@pytest.mark.parametrize(
    ("width", "height", "size"),
    [
        (80, 24, (80, 24)),
        (100_000, 100_000, (500, 200)),
        (0, 0, (10, 5)),
        (-3, 10**400, (10, 200)),
        (120.0, 40.0, (120, 40)),
    ],
)
def test_a_browser_s_size_is_clamped(width: object, height: object, size: tuple[int, int]):
    assert terminal_size(width, height) == size
    assert COLUMNS[0] <= size[0] <= COLUMNS[-1] and ROWS[0] <= size[1] <= ROWS[-1]


@pytest.mark.parametrize(
    ("width", "height"),
    [("80", 24), (80, None), (80.5, 24), (True, 24), (float("inf"), 24), ([80], 24)],
)
def test_a_size_that_is_not_whole_numbers_is_refused(width: object, height: object) -> None:
    assert terminal_size(width, height) is None


def test_the_starting_size_from_the_address_is_clamped_too() -> None:
    assert query_size({"width": "100000", "height": "0"}) == (500, 5)
    assert query_size({"width": "wide"}) == (80, 24)
    assert query_size({}) == (80, 24)


@pytest.mark.parametrize(
    ("text", "envelope"),
    [
        ('["resize", {"width": 80}]', ("resize", {"width": 80})),
        ('["focus"]', ("focus", None)),
        ('["stdin", "q", "more"]', ("stdin", "q")),
        ("not json", None),
        ("[1, 2", None),
        ("{}", None),
        ("[]", None),
        ("[42]", None),
        ('"resize"', None),
    ],
)
def test_only_a_list_led_by_a_type_is_a_message(text: str, envelope: object) -> None:
    assert parse_envelope(text) == envelope


@pytest.mark.parametrize(
    ("url", "origin"),
    [
        ("http://127.0.0.1:8000", "http://127.0.0.1:8000"),
        ("HTTP://Clinic.Example", "http://clinic.example:80"),
        ("https://clinic.example/coach/", "https://clinic.example:443"),
        ("http://[::1]:8000", "http://[::1]:8000"),
        ("null", None),
        ("file:///tmp/x.html", None),
        ("http://host:notaport", None),
        ("", None),
    ],
)
def test_origins_are_compared_in_one_form(url: str, origin: str | None) -> None:
    assert origin_of(url) == origin


def test_the_allowed_origins_are_the_server_s_own_addresses() -> None:
    local = allowed_origins("127.0.0.1", 8000, "http://127.0.0.1:8000")
    assert local == {
        "http://127.0.0.1:8000",
        "http://localhost:8000",
        "http://[::1]:8000",
    }
    network = allowed_origins(
        "192.0.2.7", 8080, "https://coach.clinic.example", ["http://intranet.example:81"]
    )
    assert network == {
        "https://coach.clinic.example:443",
        "http://192.0.2.7:8080",
        "http://intranet.example:81",
    }


def test_serve_options_for_the_limits(capsys: pytest.CaptureFixture[str]) -> None:
    parse = build_parser("en", only="serve").parse_args
    args = parse(["serve"])
    assert args.max_sessions == 4 and args.allow_origin == []
    args = parse(["serve", "--max-sessions", "9", "--allow-origin", "https://a.example"])
    assert args.max_sessions == 9 and args.allow_origin == ["https://a.example"]
    for bad, said in (
        (["--max-sessions", "0"], "'0' is not a number of sessions"),
        (["--max-sessions", "many"], "'many' is not a number of sessions"),
        (["--allow-origin", "intranet"], "'intranet' is not an origin"),
    ):
        with pytest.raises(SystemExit):
            main(["serve", *bad])
        assert said in capsys.readouterr().err


def test_serve_help_names_the_limits(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["serve", "--help"])
    out = " ".join(capsys.readouterr().out.split())
    assert "--max-sessions N" in out and "(default 4)" in out
    assert "--allow-origin ORIGIN" in out
    assert "10 to 500 columns and 5 to 200 rows" in out
