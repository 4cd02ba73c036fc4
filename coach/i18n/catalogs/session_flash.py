"""Messages of the session screen's optional flash when a hold ends (issue 14); its key's name
in the footer is `ui.action.flash`, in ui.py with the other keys."""

# Every key here starts with this (tests/test_i18n.py).
PREFIX = "ui.flash."

MESSAGES: dict[str, dict[str, str]] = {
    # Said for a moment when f is pressed.
    "ui.flash.on": {
        "en": "The screen flashes when a hold ends",
        "nb": "Skjermen blinker når et hold er over",
    },
    "ui.flash.off": {
        "en": "No screen flash when a hold ends",
        "nb": "Skjermen blinker ikke når et hold er over",
    },
}
