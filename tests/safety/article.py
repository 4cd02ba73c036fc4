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
