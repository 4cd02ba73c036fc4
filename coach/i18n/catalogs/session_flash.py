"""Messages of the session screen's optional flash at the end of a hold (issue 14)."""

MESSAGES: dict[str, dict[str, str]] = {
    # The key (f) that turns the flash on and off, in the footer.
    "ui.action.flash": {"en": "Flash", "nb": "Blink"},
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
