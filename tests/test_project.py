"""The project's own promises: the README's commands, CI in step with them, the layout."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _readme_commands() -> list[str]:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    return re.findall(r"```sh\n(.+?)\n```", readme)


def test_readme_starts_with_the_run_and_test_commands() -> None:
    run, test = _readme_commands()[:2]
    assert "pip install" in run and run.rstrip().endswith("coach")
    assert "pip install" in test and "pytest" in test


def test_ci_runs_exactly_the_readme_test_command() -> None:
    test = _readme_commands()[1]
    ci_lines = (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()
    assert test in ci_lines


def test_ci_runs_the_linters_and_mypy() -> None:
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "ruff check" in ci and "ruff format --check" in ci and "mypy coach" in ci


def test_version_and_help() -> None:
    from coach import __version__

    out = subprocess.run(
        [sys.executable, "-m", "coach", "--version"], capture_output=True, text=True, check=True
    )
    assert out.stdout.strip() == f"coach {__version__}"
    out = subprocess.run(
        [sys.executable, "-m", "coach", "--help"], capture_output=True, text=True, check=True
    )
    assert "usage: coach" in out.stdout


def test_both_readme_commands_install_from_the_lock_with_the_required_uv() -> None:
    """A fresh machine gets the versions the tests ran with: both commands sync uv.lock --locked."""
    import tomllib

    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    required = project["tool"]["uv"]["required-version"].removeprefix("==")
    for command in _readme_commands()[:2]:
        assert f"pip install uv=={required} " in command
        assert "uv sync --locked" in command


def test_the_lock_pins_every_declared_dependency() -> None:
    import tomllib

    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    lock = tomllib.loads((ROOT / "uv.lock").read_text(encoding="utf-8"))
    locked = {p["name"]: p["version"] for p in lock["package"] if "version" in p}
    declared = list(project["dependencies"])
    for extra in project["optional-dependencies"].values():
        declared += extra
    for requirement in declared:
        name = re.sub(r"[-_.]+", "-", re.split(r"[<>=!\[ ;]", requirement, maxsplit=1)[0]).lower()
        assert name in locked, f"{name} is not in uv.lock"
