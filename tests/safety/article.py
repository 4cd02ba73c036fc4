"""Sentences quoted word for word from the source article (Norwegian), to pin the wording to."""

RED_FLAGS = (
    "Dersom du har symptomer som plutselig lammelse, nedsatt kontroll over blære eller tarm, eller"
    " utbredt nummenhet i skrittet, må du kontakte lege umiddelbart – disse er røde flagg"
)
TRAUMA = (
    "Ved traume eller mistanke om brudd/prolaps: Dette krever medisinsk vurdering før du setter i"
    " gang"
)
ACUTE = (
    "Ved akutte smerter: Bevegelse i komfortsonen er viktig, men unngå aktiviteter som øker"
    " smerten betydelig."
)
LISTEN = (
    "Det er normalt å kjenne noe ubehag når man begynner å bevege seg igjen. Lett til moderat"
    " smerte under eller etter trening er som regel ufarlig og forventet⁹. Men hvis smertene blir"
    " sterkere og varer i flere dager etterpå, bør treningen justeres."
)
PHYSIO = "Har hatt ryggsmerter i mer enn 2–3 uker uten bedring"
LEG_PAIN = (
    "Ved strålesmerter ned i benet (nervesmerter): Søk veiledning, men bevegelse er fortsatt"
    " anbefalt⁴."
)
PHYSIO_SECTION = """Dersom du:

  • Har hatt ryggsmerter i mer enn 2–3 uker uten bedring

  • Opplever smerter som går ned i bena eller nummenhet

  • Er usikker på hvilke øvelser som er trygge

  • Ønsker et skreddersydd treningsprogram for din rygg

– da er det tid for profesjonell hjelp."""
# The four reasons, as the article words them (coach says "beina" and "ryggen din").
PHYSIO_REASONS = (
    "ryggsmerter i mer enn 2–3 uker uten bedring",
    "smerter som går ned i bena eller nummenhet",
    "usikker på hvilke øvelser som er trygge",
    "skreddersydd treningsprogram",
)
