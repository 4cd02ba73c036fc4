"""Located problems in a routine file, and the one exception type the loader raises."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Literal, Protocol

from coach.i18n import Language, catalog, translate
from coach.text import inert

Severity = Literal["error", "warning"]


@dataclass(frozen=True, slots=True)
class Problem:
    """One mistake (or suspicious value) in a routine file, pointing at a key or value.

    `line` and `column` are 1-based; the column counts characters, not bytes. `code` is a stable
    name (`unknown-key`, `bad-duration`…) that tools and tests may rely on; `message` and `hint`
    are translated for the reader.
    """

    file: Path
    line: int
    column: int
    severity: Severity
    code: str
    message: str
    hint: str | None = None

    def as_dict(self) -> dict[str, str | int | None]:
        """The problem as `coach check --format json` prints it."""
        return {
            "file": str(self.file),
            "line": self.line,
            "column": self.column,
            "severity": self.severity,
            "code": self.code,
            "message": self.message,
            "hint": self.hint,
        }


class RoutineError(Exception):
    """A routine file could not be loaded; `problems` says every reason, each with its place."""

    def __init__(self, problems: tuple[Problem, ...]) -> None:
        if not problems:
            raise ValueError("a RoutineError needs at least one problem")
        self.problems = problems
        first = problems[0]
        more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
        super().__init__(f"{first.file}:{first.line}:{first.column}: {first.message}{more}")


class Located(Protocol):
    """Anything with a 1-based line and column (nodes of the YAML tree, marks)."""

    @property
    def line(self) -> int: ...

    @property
    def column(self) -> int: ...


@dataclass(frozen=True, slots=True)
class At:
    """A bare location."""

    line: int
    column: int


START = At(1, 1)


class Reporter:
    """Collects the problems of one file, translating each message as it is reported.

    A problem with code `c` reads its message from the catalog key `routine.c`, and its hint from
    `routine.c.hint` when that key exists, unless the caller names other keys.
    """

    def __init__(self, file: Path, lang: Language) -> None:
        self.file = file
        self.lang: Language = lang
        self.problems: list[Problem] = []

    @property
    def has_errors(self) -> bool:
        return any(p.severity == "error" for p in self.problems)

    def error(
        self,
        code: str,
        at: Located,
        *,
        message: str | None = None,
        hint: str | None = None,
        **params: object,
    ) -> None:
        """Report an error at `at`; `message` and `hint` are catalog keys replacing the defaults."""
        self.add("error", code, at, message, hint, params)

    def warning(
        self,
        code: str,
        at: Located,
        *,
        message: str | None = None,
        hint: str | None = None,
        **params: object,
    ) -> None:
        """Report something legal but suspicious at `at`."""
        self.add("warning", code, at, message, hint, params)

    def add(
        self,
        severity: Severity,
        code: str,
        at: Located,
        message_key: str | None,
        hint_key: str | None,
        params: dict[str, object],
    ) -> None:
        """Report a problem of any severity, with its message parameters as a dict."""
        message_key = message_key or f"routine.{code}"
        if hint_key is None and f"{message_key}.hint" in catalog():
            hint_key = f"{message_key}.hint"
        # A message may quote the file (a key, a value, a name): what it quotes is shown inert.
        params = {k: inert(v) if isinstance(v, str) else v for k, v in params.items()}
        self.problems.append(
            Problem(
                file=self.file,
                line=max(at.line, 1),
                column=max(at.column, 1),
                severity=severity,
                code=code,
                message=translate(message_key, self.lang, **params),
                hint=translate(hint_key, self.lang, **params) if hint_key else None,
            )
        )

    def sorted(self) -> list[Problem]:
        """The problems in the order they appear in the file."""
        return sorted(self.problems, key=lambda p: (p.line, p.column))
