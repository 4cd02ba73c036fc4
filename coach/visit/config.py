"""What the app is asked to do, as one frozen value built by the command line (or a test)."""

from __future__ import annotations

import errno
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Final, Literal

from coach.i18n import DEFAULT_LANGUAGE, Language

USER_ROUTINES_FOLDER: Final = "routines"


@dataclass(frozen=True, slots=True)
class AppConfig:
    """Everything `coach` / `coach run` was told on the command line.

    `run` is the routine to start at once (`coach run FILE`); without it the picker opens and lists
    the bundled routines, `user_routines` and every file or folder in `picker_paths`.
    """

    run: Path | None = None
    picker_paths: tuple[Path, ...] = ()
    user_routines: Path | None = None  # the patient's own routines folder (None: not listed)
    bundled_routines: Path | None = None  # None: the routines that come with coach
    lang: Language | None = None  # --lang: overrides the routine's language everywhere
    system_lang: Language = DEFAULT_LANGUAGE  # the picker's language when --lang is not given
    speed: float = 1.0
    events: Path | None = None  # --events: append every event as JSON Lines
    voice: bool = False
    volume: int = 80
    mute: bool = False
    # For the safety and history screens of later work: where the history lives, whether to ask
    # about pain before and after, and the kiosk mode.
    data_dir: Path | None = None
    no_checkins: bool = False  # --no-checkins: no red flags, no pain questions (not in kiosk mode)
    kiosk: bool = False
    no_history: bool = False  # --no-history: nothing is saved, not even the red-flag answers
    # --red-flags: ask the red-flag questions once a day (at home) or before every session.
    red_flag_frequency: Literal["daily", "every_session"] = "daily"
    open_history: bool = False  # `coach history`: the history screen instead of the picker
    flash: bool = False  # flash the screen when a hold ends (a kiosk's `flash`); f toggles it

    @property
    def checkins_skipped(self) -> bool:
        """True when the red-flag and pain screens are skipped: `--no-checkins`, never in kiosk
        mode (every visitor there is someone new)."""
        return self.no_checkins and not self.kiosk

    @property
    def preview(self) -> bool:
        """True for an author's preview (`--speed` other than 1): not a real session."""
        return self.speed != 1

    @property
    def keeps_history(self) -> bool:
        """True when sessions read and write the history: not in kiosk mode, not with
        `--no-history`, and not in a preview (a run at ×100 must not count as a session, nor
        step the doses up)."""
        return not self.kiosk and not self.no_history and not self.preview

    @property
    def ui_lang(self) -> Language:
        """The language of screens that belong to no routine (the picker)."""
        return self.lang or self.system_lang

    def session_lang(self, routine_lang: Language) -> Language:
        """The language of a session: the routine's, unless --lang says otherwise."""
        return self.lang or routine_lang


def user_routines_dir(data_dir: Path) -> Path:
    """The patient's own routines folder inside coach's data folder."""
    return data_dir / USER_ROUTINES_FOLDER


def prepare_user_routines(folder: Path) -> str | None:
    """Create the patient's routines folder if it is missing; why it could not be, or None."""
    # deferred: only `coach run` and the picker make the folder (`import coach.ui.app` stays small)
    from coach.private_files import private_dir

    try:
        private_dir(folder)
    except FileExistsError:  # a file where the folder should be
        return os.strerror(errno.ENOTDIR)
    except OSError as err:
        return err.strerror or str(err)
    return None
