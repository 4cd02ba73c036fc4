"""Messages of the Textual app (picker, session, summary) and of `coach run`."""

# Every key here starts with this; a longer prefix has a module of its own (tests/test_i18n.py).
PREFIX = "ui."

MESSAGES: dict[str, dict[str, str]] = {
    # Languages, as a routine's row in the picker names them.
    "ui.language.en": {"en": "English", "nb": "Engelsk"},
    "ui.language.nb": {"en": "Norwegian", "nb": "Norsk"},
    # Durations and counts.
    "ui.duration.seconds": {"en": "{seconds} s", "nb": "{seconds} s"},
    "ui.duration.minutes": {"en": "{minutes} min", "nb": "{minutes} min"},
    "ui.duration.minutes_seconds": {
        "en": "{minutes} min {seconds} s",
        "nb": "{minutes} min {seconds} s",
    },
    "ui.duration.hours_minutes": {"en": "{hours} h {minutes} min", "nb": "{hours} t {minutes} min"},
    "ui.duration.about": {"en": "about {duration}", "nb": "ca. {duration}"},
    "ui.count.exercises.one": {"en": "1 exercise", "nb": "1 øvelse"},
    "ui.count.exercises.other": {"en": "{count} exercises", "nb": "{count} øvelser"},
    "ui.count.reps.one": {"en": "1 rep", "nb": "1 repetisjon"},
    "ui.count.reps.other": {"en": "{count} reps", "nb": "{count} repetisjoner"},
    # The picker.
    "ui.picker.title": {"en": "Choose a routine", "nb": "Velg et treningsprogram"},
    "ui.picker.help": {
        "en": "Press Enter or click a routine to start it.",
        "nb": "Trykk Enter eller klikk på et program for å starte det.",
    },
    "ui.picker.group.bundled": {
        "en": "Routines that come with coach",
        "nb": "Programmer som følger med coach",
    },
    "ui.picker.group.user": {"en": "Your routines", "nb": "Dine programmer"},
    "ui.picker.group.given": {"en": "From the command line", "nb": "Fra kommandolinjen"},
    "ui.picker.row": {
        "en": "{language} · {exercises} · {duration}",
        "nb": "{language} · {exercises} · {duration}",
    },
    "ui.picker.problem": {
        "en": "Can't be used – line {line}: {message}",
        "nb": "Kan ikke brukes – linje {line}: {message}",
    },
    "ui.picker.no_such_file": {
        "en": "No such file or folder",
        "nb": "Finner ikke filen eller mappen",
    },
    "ui.picker.user_folder": {
        "en": "Your routines folder: {path}",
        "nb": "Mappen for dine programmer: {path}",
    },
    "ui.picker.user_folder_empty": {
        "en": "Your routines folder is empty. Put routine files in {path}",
        "nb": "Mappen for dine programmer er tom. Legg programfiler i {path}",
    },
    "ui.picker.user_folder_failed": {
        "en": "Your routines folder {path} could not be created: {reason}",
        "nb": "Mappen for dine programmer, {path}, kunne ikke lages: {reason}",
    },
    "ui.picker.none": {"en": "No routines found.", "nb": "Fant ingen programmer."},
    # A file with problems, opened from the picker.
    "ui.problems.title": {"en": "{file} can't be used", "nb": "{file} kan ikke brukes"},
    "ui.problems.place": {
        "en": "Line {line}, column {column}:",
        "nb": "Linje {line}, kolonne {column}:",
    },
    "ui.problems.more": {"en": "… and {count} more", "nb": "… og {count} til"},
    # The button that ends `coach run FILE` on an unusable file.
    "ui.problems.close": {"en": "Close", "nb": "Lukk"},
    "ui.problems.hint": {
        "en": "coach check {file} explains every problem.",
        "nb": "coach check {file} forklarer hvert problem.",
    },
    # Phases, shown in the coloured band of the session screen.
    "ui.phase.prepare": {"en": "GET READY", "nb": "GJØR DEG KLAR"},
    "ui.phase.hold": {"en": "HOLD", "nb": "HOLD"},
    "ui.phase.rest": {"en": "REST", "nb": "HVIL"},
    "ui.phase.switch_sides": {"en": "SWITCH SIDES", "nb": "BYTT SIDE"},
    "ui.phase.set_break": {"en": "REST BETWEEN SETS", "nb": "HVIL MELLOM SETTENE"},
    "ui.phase.timed": {"en": "EXERCISE", "nb": "ØVELSE"},
    "ui.phase.paced_rep": {"en": "REPS", "nb": "REPETISJONER"},
    "ui.phase.manual_rep": {"en": "AT YOUR OWN PACE", "nb": "I DITT EGET TEMPO"},
    "ui.phase.waiting": {"en": "READY WHEN YOU ARE", "nb": "GÅ VIDERE NÅR DU ER KLAR"},
    "ui.phase.paused": {"en": "PAUSED", "nb": "PAUSE"},
    "ui.phase.done": {"en": "DONE", "nb": "FERDIG"},
    # What the session screen says about the current step.
    "ui.counter.rep": {"en": "Rep {rep} / {reps}", "nb": "Repetisjon {rep} / {reps}"},
    "ui.counter.set": {"en": "Set {set} / {sets}", "nb": "Sett {set} / {sets}"},
    "ui.side.left": {"en": "Left side", "nb": "Venstre side"},
    "ui.side.right": {"en": "Right side", "nb": "Høyre side"},
    "ui.side_word.left": {"en": "left", "nb": "venstre"},
    "ui.side_word.right": {"en": "right", "nb": "høyre"},
    "ui.exercise_of": {"en": "Exercise {number} of {total}", "nb": "Øvelse {number} av {total}"},
    "ui.position": {"en": "Position: {text}", "nb": "Utgangsstilling: {text}"},
    "ui.switch_to": {
        "en": "Switch to the {side} side",
        "nb": "Bytt til {side} side",
    },
    "ui.set_done": {"en": "Set {set} of {sets} done", "nb": "Sett {set} av {sets} er ferdig"},
    "ui.time_left": {"en": "{time} left", "nb": "{time} igjen"},
    "ui.exercise_left": {"en": "{time} left of this exercise", "nb": "{time} igjen av øvelsen"},
    "ui.preview": {"en": "preview ×{speed}", "nb": "forhåndsvisning ×{speed}"},
    # What comes next.
    "ui.next": {"en": "Next: {what}", "nb": "Neste: {what}"},
    "ui.next.exercise": {"en": "next exercise, {name}", "nb": "neste øvelse, {name}"},
    "ui.next_exercise": {"en": "Next exercise: {name}", "nb": "Neste øvelse: {name}"},
    "ui.next.hold": {
        "en": "rep {rep} of {reps}, hold {hold}",
        "nb": "repetisjon {rep} av {reps}, hold i {hold}",
    },
    "ui.next.rep": {"en": "rep {rep} of {reps}", "nb": "repetisjon {rep} av {reps}"},
    "ui.next.rest": {"en": "rest {duration}", "nb": "hvil {duration}"},
    "ui.next.switch_sides": {"en": "switch to the {side} side", "nb": "bytt til {side} side"},
    "ui.next.set_break": {
        "en": "rest between sets, {duration}",
        "nb": "hvil mellom settene, {duration}",
    },
    "ui.next.set": {"en": "Set {set} of {sets} — {dose}", "nb": "Sett {set} av {sets} — {dose}"},
    "ui.next.timed": {"en": "{name}, {duration}", "nb": "{name}, {duration}"},
    "ui.next.end": {"en": "the end of the session", "nb": "slutten av økten"},
    "ui.dose.reps_hold": {"en": "{reps}, hold {hold}", "nb": "{reps}, hold i {hold}"},
    # Hints under the countdown.
    "ui.hint.continue": {
        "en": "Press Enter to continue now",
        "nb": "Trykk Enter for å gå videre nå",
    },
    "ui.hint.wait": {
        "en": "Press Enter when you are ready",
        "nb": "Trykk Enter når du er klar",
    },
    "ui.hint.count": {
        "en": "Press Enter after each rep",
        "nb": "Trykk Enter etter hver repetisjon",
    },
    "ui.hint.paused": {
        "en": "Press Space to go on",
        "nb": "Trykk mellomrom for å fortsette",
    },
    # Actions: keys in the footer and buttons.
    "ui.action.pause": {"en": "Pause", "nb": "Pause"},
    "ui.action.resume": {"en": "Resume", "nb": "Fortsett"},
    # Enter: "Neste", never "Fortsett", which is Space's resume after a pause.
    "ui.action.continue": {"en": "Continue", "nb": "Neste"},
    "ui.action.count": {"en": "Count rep", "nb": "Tell"},
    "ui.action.skip": {"en": "Skip", "nb": "Hopp over"},
    "ui.action.back": {"en": "Back", "nb": "Tilbake"},
    "ui.action.end": {"en": "End", "nb": "Avslutt"},
    "ui.action.mute": {"en": "Mute", "nb": "Demp"},
    "ui.action.unmute": {"en": "Unmute", "nb": "Lyd på"},
    "ui.action.volume_down": {"en": "Quieter", "nb": "Lavere"},
    "ui.action.volume_up": {"en": "Louder", "nb": "Høyere"},
    "ui.action.start": {"en": "Start", "nb": "Start"},
    "ui.action.quit": {"en": "Quit", "nb": "Avslutt"},
    # Ending a session early.
    "ui.confirm.title": {"en": "End the session now?", "nb": "Vil du avslutte økten nå?"},
    "ui.confirm.body": {
        "en": "You will see a summary of what you have done.",
        "nb": "Du får se en oppsummering av det du har gjort.",
    },
    "ui.confirm.end": {"en": "End session", "nb": "Avslutt økten"},
    "ui.confirm.keep": {"en": "Keep going", "nb": "Fortsett økten"},
    # Quitting from the summary while the history's writes still wait for the file.
    "ui.unsaved.title": {"en": "Quit without saving?", "nb": "Avslutte uten å lagre?"},
    "ui.unsaved.body": {
        "en": (
            "This session is not saved yet: another program is using the history file. If you"
            " wait, coach keeps trying. If you quit now, the session is lost."
        ),
        "nb": (
            "Økten er ikke lagret ennå: et annet program bruker historikkfilen. Hvis du venter,"
            " prøver coach igjen. Hvis du avslutter nå, går økten tapt."
        ),
    },
    "ui.unsaved.wait": {"en": "Wait", "nb": "Vent"},
    "ui.unsaved.quit": {"en": "Quit anyway", "nb": "Avslutt likevel"},
    "ui.unsaved.lost": {
        "en": (
            "This session was not saved: another program was using the history file when"
            " coach closed."
        ),
        "nb": (
            "Økten ble ikke lagret: et annet program brukte historikkfilen da coach ble lukket."
        ),
    },
    # The summary.
    "ui.summary.title_done": {
        "en": "Well done – the session is complete",
        "nb": "Bra jobbet – økten er ferdig",
    },
    "ui.summary.title_early": {"en": "The session ended early", "nb": "Økten ble avsluttet tidlig"},
    "ui.summary.done": {"en": "Exercises done", "nb": "Fullførte øvelser"},
    "ui.summary.skipped": {"en": "Skipped", "nb": "Hoppet over"},
    "ui.summary.unfinished": {"en": "Not finished", "nb": "Ikke fullført"},
    "ui.summary.reps": {"en": "Reps", "nb": "Repetisjoner"},
    "ui.summary.active_time": {"en": "Active time", "nb": "Aktiv tid"},
    "ui.summary.total_time": {"en": "Total time", "nb": "Total tid"},
    "ui.summary.none": {"en": "none", "nb": "ingen"},
    "ui.summary.count_of": {"en": "{count} of {total}", "nb": "{count} av {total}"},
    "ui.summary.picker": {"en": "Back to the routines", "nb": "Tilbake til programmene"},
    "ui.summary.quit": {"en": "Quit", "nb": "Avslutt"},
    "ui.summary.preview": {
        "en": "Preview ×{speed}: nothing was saved.",
        "nb": "Forhåndsvisning ×{speed}: ingenting ble lagret.",
    },
    "ui.notice.preview_over": {
        "en": "The preview is over: routines now run at normal speed, and sessions are saved.",
        "nb": "Forhåndsvisningen er over: programmene går nå i vanlig tempo, og øktene lagres.",
    },
    # The same, when `--no-checkins` was given: that stays in force after the preview.
    "ui.notice.preview_over.no_checkins": {
        "en": (
            "The preview is over: routines now run at normal speed and are saved; the red-flag"
            " and pain questions are still off (--no-checkins)."
        ),
        "nb": (
            "Forhåndsvisningen er over: programmene går nå i vanlig tempo og lagres; spørsmålene"
            " om røde flagg og smerte er fortsatt slått av (--no-checkins)."
        ),
    },
    # Notices.
    "ui.notice.events_failed": {
        "en": "The events file could not be written ({reason}); the session goes on without it.",
        "nb": "Hendelsesfilen kunne ikke skrives ({reason}); økten fortsetter uten den.",
    },
    # `coach run` and the picker on the command line.
    "ui.cli.run_help": {
        "en": "guide you through one routine file",
        "nb": "led deg gjennom én programfil",
    },
    "ui.cli.run_description": {
        "en": "Start a routine at once and guide you through it, exercise by exercise.",
        "nb": "Start et program med én gang og led deg gjennom det, øvelse for øvelse.",
    },
    "ui.cli.file_help": {"en": "the routine file (YAML)", "nb": "programfilen (YAML)"},
    "ui.cli.paths_help": {
        "en": "routine files or folders to list in the picker, besides the bundled routines "
        "and your routines folder",
        "nb": "programfiler eller mapper som skal vises i velgeren, i tillegg til de som følger "
        "med og mappen for dine programmer",
    },
    "ui.cli.events_help": {
        "en": "append every event of the session to PATH as JSON Lines (see docs/events.md)",
        "nb": "legg hver hendelse i økten til i PATH som JSON Lines (se docs/events.md)",
    },
    "ui.cli.speed_help": {
        "en": (
            "run the clock N times faster (0.1 to 100) to preview a routine; a preview"
            " neither reads nor saves the history"
        ),
        "nb": (
            "la klokken gå N ganger fortere (0,1 til 100) for å se gjennom et program;"
            " en forhåndsvisning verken leser eller lagrer historikken"
        ),
    },
    "ui.cli.lang_help": {
        "en": "the language of the screens (default: the routine's language)",
        "nb": "språket på skjermbildene (standard: programmets språk)",
    },
    "ui.cli.voice_help": {
        "en": "also speak the cues (needs espeak-ng or say)",
        "nb": "si også signalene høyt (krever espeak-ng eller say)",
    },
    "ui.cli.volume_help": {
        "en": "sound volume, 0 to 100 (default 80)",
        "nb": "lydstyrke, 0 til 100 (standard 80)",
    },
    "ui.cli.data_dir_help": {
        "en": "coach's data folder, with your routines folder and the history "
        "(default: $COACH_DATA_DIR, else your user data folder)",
        "nb": "datamappen til coach, med mappen for dine programmer og historikken "
        "(standard: $COACH_DATA_DIR, ellers datamappen din)",
    },
    "ui.cli.mute_help": {"en": "start with the sound off", "nb": "start med lyden av"},
    "ui.cli.epilog": {
        "en": (
            "Without a command, coach opens the routine picker:\n"
            "  coach [FILE_OR_DIR ...] [--lang en|nb] [--speed N] [--voice] [--volume 0-100]"
            " [--mute]\n"
            "\n"
            "Your routines folder (created the first time coach runs; put your own routine files "
            "there):\n"
            "  {folder}"
        ),
        "nb": (
            "Uten en kommando åpner coach programvelgeren:\n"
            "  coach [FIL_ELLER_MAPPE ...] [--lang en|nb] [--speed N] [--voice] [--volume 0-100]"
            " [--mute]\n"
            "\n"
            "Mappen for dine programmer (lages første gang coach kjører; legg dine egne "
            "programfiler der):\n"
            "  {folder}"
        ),
    },
    "ui.cli.picker_description": {
        "en": "Open the routine picker.",
        "nb": "Åpne programvelgeren.",
    },
    "ui.cli.no_such_file": {"en": "no such file: {path}", "nb": "finner ikke filen: {path}"},
    "ui.cli.not_a_file": {
        "en": "{path} is not a regular file (a pipe or a device?); name a routine file",
        "nb": "{path} er ikke en vanlig fil (et rør eller en enhet?); oppgi en programfil",
    },
    "ui.cli.is_a_folder": {
        "en": "{path} is a folder; name a routine file, or open the picker with: coach {path}",
        "nb": "{path} er en mappe; oppgi en programfil, eller åpne velgeren med: coach {path}",
    },
    "ui.cli.bad_speed": {
        "en": "must be a number from 0.1 to 100, not {value}",
        "nb": "må være et tall fra 0,1 til 100, ikke {value}",
    },
    "ui.cli.bad_volume": {
        "en": "must be a whole number from 0 to 100, not {value}",
        "nb": "må være et heltall fra 0 til 100, ikke {value}",
    },
    "ui.cli.events_unwritable": {
        "en": "the events file {path} can't be written: {reason}",
        "nb": "hendelsesfilen {path} kan ikke skrives: {reason}",
    },
    # The session screen's voice switch and its footer.
    # The key and button that turn the spoken cues on and off.
    "ui.action.voice": {"en": "Voice", "nb": "Tale"},
    # The key (f) that turns the flash when a hold ends on and off, in the footer.
    "ui.action.flash": {"en": "Flash", "nb": "Blink"},
    # The footer's one label for the - and + keys.
    "ui.footer.volume": {"en": "Volume", "nb": "Volum"},
    # After the sound status: "Sound 80 % · Voice on".
    "ui.sound.voice_on": {"en": "Voice on", "nb": "Tale på"},
    "ui.sound.voice_off": {"en": "Voice off", "nb": "Tale av"},
    "ui.sound.with_voice": {"en": "{sound} · {voice}", "nb": "{sound} · {voice}"},
    # The notice after + or -.
    "ui.notice.volume": {"en": "Volume {volume} %", "nb": "Volum {volume} %"},
    "ui.notice.volume_muted": {
        "en": "Volume {volume} % – sound is muted (M turns it on)",
        "nb": "Volum {volume} % – lyden er av (M slår den på)",
    },
    "ui.notice.volume_silent": {
        "en": "No sound device: the volume changes nothing.",
        "nb": "Ingen lydenhet: volumet endrer ingenting.",
    },
    "ui.notice.voice_silent": {
        "en": "No sound device: the voice can't be heard either.",
        "nb": "Ingen lydenhet: talen kan heller ikke høres.",
    },
    "ui.notice.volume_bell": {
        "en": "Volume {volume} % – the terminal bell rings at its own loudness (0 % silences it)",
        "nb": "Volum {volume} % – terminalens pip har sin egen styrke (0 % slår det av)",
    },
}
