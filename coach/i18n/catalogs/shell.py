"""The app's shell: what an unexpected error says, and the exit codes `coach run --help` lists."""

# Every key here starts with this; a longer prefix has a module of its own (tests/test_i18n.py).
PREFIX = "shell."

MESSAGES: dict[str, dict[str, str]] = {
    # After a bug: no traceback, nothing alarming. Said on the terminal once the app has closed.
    "shell.error.stopped": {
        "en": "Sorry, coach ran into an unexpected problem and had to stop. It was not caused by"
        " anything you did.",
        "nb": "Beklager, coach fikk et uventet problem og måtte stoppe. Det skyldes ikke noe du"
        " gjorde.",
    },
    "shell.error.log": {
        "en": "The details are saved in {path}; please send that file to whoever looks after"
        " coach for you.",
        "nb": "Detaljene er lagret i {path}; send gjerne den filen til den som tar seg av coach"
        " for deg.",
    },
    "shell.error.no_log": {
        "en": "The details could not be saved ({reason}).",
        "nb": "Detaljene kunne ikke lagres ({reason}).",
    },
    # The end of `coach run --help` (the description is shown as written: keep lines short).
    # `coach`, `coach run` and `coach history` without a terminal (stdin or stdout redirected).
    "shell.cli.needs_terminal": {
        "en": (
            "coach needs a terminal (stdin and stdout must not be redirected); to script a"
            " session use coach run FILE --plain, otherwise coach check FILE or coach history"
            " --list"
        ),
        "nb": (
            "coach trenger en terminal (stdin og stdout kan ikke være omdirigert); i et skript"
            " kan du kjøre en økt med coach run FILE --plain, ellers bruke coach check FILE"
            " eller coach history --list"
        ),
    },
    "shell.cli.exit_codes": {
        "en": "Exit codes:\n"
        "  0   the session ended, or you quit\n"
        "  1   FILE cannot be used: its problems are shown, and coach ends when you close them\n"
        "      (coach check FILE lists them on the command line)\n"
        "  2   bad usage: a missing file, a folder, a bad option, no terminal\n"
        "  70  an unexpected error: the details are saved in a log file in coach's data folder",
        "nb": "Avslutningskoder:\n"
        "  0   økten er ferdig, eller du avsluttet\n"
        "  1   FILE kan ikke brukes: problemene vises, og coach avslutter når du lukker dem\n"
        "      (coach check FILE viser dem på kommandolinjen)\n"
        "  2   feil bruk: en fil som mangler, en mappe, et ugyldig valg, ingen terminal\n"
        "  70  en uventet feil: detaljene lagres i en loggfil i datamappen til coach",
    },
}
