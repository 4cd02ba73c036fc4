"""Where a kiosk's routines are done (issue 11): a waiting room without a mat area offers no
floor exercises."""

MESSAGES: dict[str, dict[str, str]] = {
    "kiosk.place.floor": {
        "en": "{routine}: '{exercise}' is done {posture}, and a waiting room is no place to get"
        " down on the floor: offer routines done sitting or standing (like the bundled"
        " waiting-room routine), or set mat_area = true in the kiosk config if the clinic has a"
        " mat area",
        "nb": "{routine}: «{exercise}» gjøres {posture}, og et venterom er ikke stedet å legge"
        " seg ned på gulvet: tilby programmer som gjøres sittende eller stående (som det"
        " medfølgende venteromsprogrammet), eller sett mat_area = true i kioskoppsettet hvis"
        " klinikken har et område med matter",
    },
    "kiosk.place.unknown": {
        "en": "{routine}: '{exercise}' does not say where it is done: add posture: sitting or"
        " posture: standing to it (a waiting room is no place for floor exercises), or set"
        " mat_area = true in the kiosk config if the clinic has a mat area",
        "nb": "{routine}: «{exercise}» sier ikke hvor øvelsen gjøres: legg til posture: sitting"
        " eller posture: standing (et venterom er ikke stedet for øvelser på gulvet), eller sett"
        " mat_area = true i kioskoppsettet hvis klinikken har et område med matter",
    },
    "kiosk.posture.lying": {"en": "lying down", "nb": "liggende"},
    "kiosk.posture.all_fours": {"en": "on all fours", "nb": "på alle fire"},
}
