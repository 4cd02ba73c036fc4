"""Messages of plain mode (`coach --plain`): sentences for a screen reader or a braille display.

Important words first, one thought per line, numbers as words a voice reads well ("5 seconds",
never "5 s"), and no symbol that only makes sense on a screen.
"""

PREFIX = "plain."

MESSAGES: dict[str, dict[str, str]] = {
    # "2 to 3 weeks", "pain 3 to 2": instead of a dash or an arrow a voice would skip or spell.
    "plain.to": {"en": "to", "nb": "til"},
    # Durations said aloud.
    "plain.seconds.one": {"en": "1 second", "nb": "1 sekund"},
    "plain.seconds.other": {"en": "{count} seconds", "nb": "{count} sekunder"},
    "plain.minutes.one": {"en": "1 minute", "nb": "1 minutt"},
    "plain.minutes.other": {"en": "{count} minutes", "nb": "{count} minutter"},
    "plain.minutes_seconds": {"en": "{minutes} {seconds}", "nb": "{minutes} {seconds}"},
    # The session, one line for each phase as it starts.
    "plain.session.start": {
        "en": "Starting {title}. {exercises}, about {duration}.",
        "nb": "Starter {title}. {exercises}, omtrent {duration}.",
    },
    "plain.session.preview": {
        "en": "Preview at {speed} times speed: nothing is saved.",
        "nb": "Forhåndsvisning i {speed} ganger vanlig tempo: ingenting lagres.",
    },
    "plain.prepare": {
        "en": "Get ready. {duration}. Exercise {number} of {total}, {name}.",
        "nb": "Gjør deg klar. {duration}. Øvelse {number} av {total}, {name}.",
    },
    "plain.position": {"en": "Position: {text}", "nb": "Utgangsstilling: {text}"},
    "plain.dose": {"en": "Each set: {dose}.", "nb": "Hvert sett: {dose}."},
    "plain.dose.sets": {"en": "{sets} sets of {dose}.", "nb": "{sets} sett med {dose}."},
    "plain.dose.reps_hold": {
        "en": "{reps}, hold {hold} each",
        "nb": "{reps}, hold i {hold} hver gang",
    },
    "plain.dose.side_order": {
        "en": "Sides: {sides}.",
        "nb": "Sider: {sides}.",
    },
    "plain.hold": {"en": "Hold. {duration}. {where}.", "nb": "Hold. {duration}. {where}."},
    "plain.release": {"en": "Release. {cue}", "nb": "Slipp. {cue}"},
    "plain.rest": {
        "en": "Rest. {duration}. Next: rep {rep} of {reps}.",
        "nb": "Hvil. {duration}. Neste: repetisjon {rep} av {reps}.",
    },
    "plain.set_break": {
        "en": "Rest between sets. {duration}. Next: set {set} of {sets}, {dose}.",
        "nb": "Hvil mellom settene. {duration}. Neste: sett {set} av {sets}, {dose}.",
    },
    "plain.set_break.waits": {
        "en": "After the rest, coach waits until you are ready.",
        "nb": "Etter hvilen venter coach til du er klar.",
    },
    "plain.waiting": {
        "en": "Ready when you are. Press Enter to start set {set} of {sets}.",
        "nb": "Fortsett når du er klar. Trykk Enter for å starte sett {set} av {sets}.",
    },
    "plain.switch_sides": {
        "en": "Switch sides. {duration}. Next: the {side} side.",
        "nb": "Bytt side. {duration}. Neste: {side} side.",
    },
    "plain.set_done": {"en": "Set {set} of {sets} done.", "nb": "Sett {set} av {sets} er ferdig."},
    "plain.timed": {"en": "Go. {duration}. {where}.", "nb": "Start. {duration}. {where}."},
    "plain.paced_first": {
        "en": "Reps, {pace} each. Rep {rep} of {reps}. {where}.",
        "nb": "Repetisjoner, {pace} hver. Repetisjon {rep} av {reps}. {where}.",
    },
    "plain.rep": {"en": "Rep {rep} of {reps}.", "nb": "Repetisjon {rep} av {reps}."},
    "plain.manual": {
        "en": "Rep {rep} of {reps}, at your own pace. {where}. Press Enter when it is done.",
        "nb": "Repetisjon {rep} av {reps}, i ditt eget tempo. {where}. "
        "Trykk Enter når den er gjort.",
    },
    "plain.where.rep": {"en": "Rep {rep} of {reps}", "nb": "Repetisjon {rep} av {reps}"},
    "plain.where.set": {"en": "set {set} of {sets}", "nb": "sett {set} av {sets}"},
    "plain.where.side": {"en": "{side} side", "nb": "{side} side"},
    "plain.exercise_done": {"en": "{name} done.", "nb": "{name} er ferdig."},
    "plain.paused": {
        "en": "Paused. Press space to go on.",
        "nb": "Pause. Trykk mellomrom for å fortsette.",
    },
    "plain.paused.words": {  # commands typed as words on a line (a pipe)
        "en": "Paused. Type continue or pause to go on.",
        "nb": "Pause. Skriv fortsett eller pause for å gå videre.",
    },
    "plain.resumed": {"en": "Going on.", "nb": "Fortsetter."},
    "plain.resumed.left": {
        "en": "Going on. {phase}, {duration} left.",
        "nb": "Fortsetter. {phase}, {duration} igjen.",
    },
    "plain.skipped": {"en": "Skipped {name}.", "nb": "Hoppet over {name}."},
    "plain.went_back": {"en": "Going back.", "nb": "Går tilbake."},
    "plain.session.done": {"en": "Session complete.", "nb": "Økten er ferdig."},
    "plain.session.ended": {"en": "Session ended early.", "nb": "Økten ble avsluttet tidlig."},
    "plain.countdown.left": {"en": "{duration} left.", "nb": "{duration} igjen."},
    # Phase names for "Going on. Hold, 3 seconds left." (sentence case: a voice reads capitals
    # letter by letter).
    "plain.phase.prepare": {"en": "Get ready", "nb": "Gjør deg klar"},
    "plain.phase.hold": {"en": "Hold", "nb": "Hold"},
    "plain.phase.rest": {"en": "Rest", "nb": "Hvil"},
    "plain.phase.switch_sides": {"en": "Switch sides", "nb": "Bytt side"},
    "plain.phase.set_break": {"en": "Rest between sets", "nb": "Hvil mellom settene"},
    "plain.phase.timed": {"en": "Exercise", "nb": "Øvelse"},
    "plain.phase.paced_rep": {"en": "Reps", "nb": "Repetisjoner"},
    "plain.phase.manual_rep": {"en": "At your own pace", "nb": "I ditt eget tempo"},
    # Keys during the session; each says what it did.
    "plain.keys.short": {
        # "?", "+" and "-" in words: espeak and NVDA drop them by default.
        "en": "Keys: space pause, Enter continue, s skip, b back, q end, m mute, plus and "
        "minus volume, question mark help.",
        "nb": "Taster: mellomrom pause, Enter videre, s hopp over, b tilbake, q avslutt, "
        "m demp, pluss og minus volum, spørsmålstegn hjelp.",
    },
    "plain.keys": {
        "en": "Keys:\n"
        "Space: pause, or go on after a pause.\n"
        "Enter: go on after a pause, or now after a get-ready, a rest or a side switch; "
        "count a rep done at your own pace.\n"
        "s: skip this exercise.\n"
        "b: back to the start of this exercise, or to the one before.\n"
        "q: end the session; you are asked first.\n"
        "m: sound off, or on again. Plus and minus: louder and quieter.\n"
        "v: the spoken cues on or off.\n"
        "Question mark: say the keys again.",
        "nb": "Taster:\n"
        "Mellomrom: pause, eller fortsett etter en pause.\n"
        "Enter: fortsett etter en pause, eller gå videre nå etter klargjøring, hvile eller "
        "sidebytte; tell en repetisjon gjort i ditt eget tempo.\n"
        "s: hopp over denne øvelsen.\n"
        "b: tilbake til starten av denne øvelsen, eller til den før.\n"
        "q: avslutt økten; du blir spurt først.\n"
        "m: lyden av, eller på igjen. Pluss og minus: høyere og lavere.\n"
        "v: opplesning av eller på.\n"
        "Spørsmålstegn: si tastene igjen.",
    },
    "plain.keys.words": {
        "en": "Commands, each a word followed by Enter: pause, continue (or just Enter), "
        "skip, back, end, mute, louder, quieter, voice, help.",
        "nb": "Kommandoer, hvert et ord fulgt av Enter: pause, fortsett (eller bare Enter), "
        "hopp, tilbake, avslutt, demp, høyere, lavere, tale, hjelp.",
    },
    "plain.key.unknown": {
        "en": "{key} does nothing. Press question mark for the keys.",
        "nb": "{key} gjør ingenting. Trykk spørsmålstegn for tastene.",
    },
    "plain.key.unknown.other": {  # an arrow, a function key, Alt+letter
        "en": "That key does nothing here. Press question mark for the keys.",
        "nb": "Den tasten gjør ingenting her. Trykk spørsmålstegn for tastene.",
    },
    # Keys named in words when they do nothing (a voice drops "\x7f" and most symbols).
    "plain.key.name.tab": {"en": "Tab", "nb": "Tab-tasten"},
    "plain.key.name.backspace": {"en": "Backspace", "nb": "Tilbaketasten"},
    "plain.key.name.escape": {"en": "Escape", "nb": "Escape-tasten"},
    "plain.key.name.ctrl": {"en": "Ctrl+{letter}", "nb": "Ctrl+{letter}"},
    "plain.key.nothing_to_continue": {
        "en": "Enter does nothing now: this part ends by itself.",
        "nb": "Enter gjør ingenting nå: denne delen slutter av seg selv.",
    },
    "plain.key.nothing_to_continue.words": {
        "en": "Continue does nothing now: this part ends by itself.",
        "nb": "Fortsett gjør ingenting nå: denne delen slutter av seg selv.",
    },
    "plain.sound.mute_silent": {
        "en": "No sound device: there is no sound to mute.",
        "nb": "Ingen lydenhet: det er ingen lyd å dempe.",
    },
    "plain.key.counted": {"en": "Counted.", "nb": "Telt."},
    "plain.key.continued": {"en": "Continuing.", "nb": "Går videre."},
    "plain.confirm_end": {
        "en": "End the session now? Press y to end it, any other key to keep going.",
        "nb": "Vil du avslutte økten nå? Trykk j for å avslutte, en annen tast for å fortsette.",
    },
    "plain.confirm_end.words": {
        "en": "End the session now? Type yes to end it, anything else to keep going.",
        "nb": "Vil du avslutte økten nå? Skriv ja for å avslutte, noe annet for å fortsette.",
    },
    "plain.confirm_end.kept": {"en": "Keeping going.", "nb": "Fortsetter økten."},
    "plain.interrupted": {
        "en": "Interrupted: the session ends here.",
        "nb": "Avbrutt: økten slutter her.",
    },
    # Notices and the lasting "not saved" line, as lines of their own.
    "plain.notice": {"en": "Note: {text}", "nb": "Merk: {text}"},
    "plain.warning": {"en": "Warning: {text}", "nb": "Advarsel: {text}"},
    # The summary.
    "plain.summary.done": {"en": "Exercises done: {names}.", "nb": "Fullførte øvelser: {names}."},
    "plain.summary.skipped": {"en": "Skipped: {names}.", "nb": "Hoppet over: {names}."},
    "plain.summary.unfinished": {"en": "Not finished: {names}.", "nb": "Ikke fullført: {names}."},
    "plain.summary.reps": {"en": "Reps: {count}.", "nb": "Repetisjoner: {count}."},
    "plain.summary.time": {
        "en": "Active time {active}, total time {total}.",
        "nb": "Aktiv tid {active}, total tid {total}.",
    },
    "plain.summary.count_of.one": {
        "en": "{count} of 1 exercise done.",
        "nb": "{count} av 1 øvelse fullført.",
    },
    "plain.summary.count_of.other": {
        "en": "{count} of {total} exercises done.",
        "nb": "{count} av {total} øvelser fullført.",
    },
    "plain.summary.choice": {
        "en": "Type 1 and Enter to go back to the routines, 2 or q to quit.",
        "nb": "Skriv 1 og Enter for å gå tilbake til programmene, 2 eller q for å avslutte.",
    },
    "plain.summary.not_a_choice": {
        "en": "{text} is not one of the choices.",
        "nb": "{text} er ikke et av valgene.",
    },
    "plain.summary.nothing_typed": {"en": "Nothing was typed.", "nb": "Ingenting ble skrevet."},
    # Questions answered on a line.
    "plain.back": {"en": "Back to the routines.", "nb": "Tilbake til programmene."},
    "plain.answer.yes_no": {
        "en": "Please answer yes or no (or back).",
        "nb": "Svar ja eller nei (eller tilbake).",
    },
    "plain.choose_number": {
        "en": "Type a number from 1 to {count} and press Enter, or back.",
        "nb": "Skriv et tall fra 1 til {count} og trykk Enter, eller tilbake.",
    },
    "plain.chosen": {"en": "You chose: {text}.", "nb": "Du valgte: {text}."},
    "plain.red_flags.how": {
        "en": "{count} questions, one at a time: answer each yes or no, and press Enter.",
        "nb": "{count} spørsmål, ett om gangen: svar ja eller nei på hvert, og trykk Enter.",
    },
    "plain.red_flags.item": {
        "en": "Question {number} of {count}: {text}",
        "nb": "Spørsmål {number} av {count}: {text}",
    },
    "plain.red_flags.sure": {
        "en": (
            "You answered yes to: {text}. Is that right? If yes, the session does not start"
            " and coach tells you what to do. Answer yes or no."
        ),
        "nb": (
            "Du svarte ja på: {text}. Stemmer det? Svarer du ja, starter ikke økten, og coach"
            " forteller deg hva du bør gjøre. Svar ja eller nei."
        ),
    },
    "plain.red_flags.asked_again": {
        "en": "Then the question once more.",
        "nb": "Da kommer spørsmålet én gang til.",
    },
    "plain.red_flags.clear": {
        "en": "None of these: the session may start.",
        "nb": "Ingen av disse: økten kan starte.",
    },
    "plain.pain.how": {
        "en": (
            "Type a number from 0 to 10 and press Enter, or s to skip."
            " The scale and its bands are coach's own."
        ),
        "nb": (
            "Skriv et tall fra 0 til 10 og trykk Enter, eller s for å hoppe over."
            " Skalaen og nivåene er fastsatt av coach."
        ),
    },
    "plain.pain.how_back": {
        "en": (
            "Type a number from 0 to 10 and press Enter, s to skip, or b to go back."
            " The scale and its bands are coach's own."
        ),
        "nb": (
            "Skriv et tall fra 0 til 10 og trykk Enter, s for å hoppe over, eller b for å gå"
            " tilbake. Skalaen og nivåene er fastsatt av coach."
        ),
    },
    "plain.pain.said": {"en": "Pain {pain}: {words}.", "nb": "Smerte {pain}: {words}."},
    "plain.pain.skipped": {"en": "Skipped.", "nb": "Hoppet over."},
    "plain.pain.again": {
        "en": "That is not a number from 0 to 10. Type 0 to 10, or s to skip.",
        "nb": "Det er ikke et tall fra 0 til 10. Skriv 0 til 10, eller s for å hoppe over.",
    },
    "plain.start_or_back": {
        "en": "Press Enter to start, or type b and Enter to go back.",
        "nb": "Trykk Enter for å starte, eller skriv b og Enter for å gå tilbake.",
    },
    "plain.progression.bad_day": {
        "en": "Your pain is higher today. You can take a lighter dose, or go back.",
        "nb": "Smerten er høyere i dag. Du kan ta en lettere dose, eller gå tilbake.",
    },
    "plain.progression.how": {
        "en": "Press Enter to start with these doses, or type b and Enter to go back.",
        "nb": "Trykk Enter for å starte med disse dosene, eller skriv b og Enter for å gå tilbake.",
    },
    "plain.progression.how_stay": {
        "en": "Type stay to keep last time's doses, or the number (1 to {count}) of one "
        "exercise to keep its dose.",
        "nb": "Skriv bli for å beholde dosene fra sist, eller nummeret (1 til {count}) på én "
        "øvelse for å beholde dosen dens.",
    },
    "plain.progression.how_lighter": {
        "en": "Type lighter for a lighter dose today.",
        "nb": "Skriv lettere for en lettere dose i dag.",
    },
    "plain.enter_to_go_on": {"en": "Press Enter to go on.", "nb": "Trykk Enter for å gå videre."},
    "plain.guidance.pain": {
        "en": "Pain before: {before}. Pain after: {after}.",
        "nb": "Smerte før: {before}. Smerte etter: {after}.",
    },
    # The routine list (`coach --plain`).
    "plain.picker.title": {
        "en": "Choose a routine: type its number and press Enter, or q to quit.",
        "nb": "Velg et program: skriv nummeret og trykk Enter, eller q for å avslutte.",
    },
    "plain.picker.row": {
        "en": "{number}. {title}. {exercises}, about {duration}. {language}.",
        "nb": "{number}. {title}. {exercises}, omtrent {duration}. {language}.",
    },
    "plain.picker.unusable": {
        "en": "Not usable: {file}. {count} problems; coach check {file} explains them.",
        "nb": "Kan ikke brukes: {file}. {count} problemer; coach check {file} forklarer dem.",
    },
    "plain.picker.missing": {"en": "Not found: {file}.", "nb": "Finnes ikke: {file}."},
    "plain.picker.none": {"en": "No routines found.", "nb": "Fant ingen programmer."},
    "plain.picker.bad_number": {
        "en": "There is no routine {answer}. Type a number from 1 to {count}, or q.",
        "nb": "Det finnes ikke noe program {answer}. Skriv et tall fra 1 til {count}, eller q.",
    },
    "plain.goodbye": {"en": "Goodbye.", "nb": "Ha det."},
    # The command line.
    "plain.cli.help": {
        "en": "plain mode for screen readers and braille displays: lines of text, no full "
        "screen (chosen by itself when TERM=dumb); reads answers from a pipe too",
        "nb": "enkel modus for skjermlesere og leselister: tekstlinjer uten fullskjerm "
        "(velges av seg selv når TERM=dumb); leser også svar fra et rør",
    },
    "plain.cli.epilog": {
        "en": "With a screen reader or a braille display (lines of text, keys without Enter):\n"
        "  coach --plain    coach run FILE --plain    (see docs/accessibility.md)",
        "nb": "Med skjermleser eller leselist (tekstlinjer, taster uten Enter):\n"
        "  coach --plain    coach run FIL --plain    (se docs/accessibility.md)",
    },
    "plain.cli.history_help": {
        "en": "the history as sentences, one a line, for a screen reader or a braille display "
        "(also when TERM=dumb)",
        "nb": "historikken som setninger, én per linje, for skjermleser eller leselist "
        "(også når TERM=dumb)",
    },
    "plain.cli.check_help": {
        "en": "each problem without the source line and its caret, which only work on a "
        "screen (also when TERM=dumb)",
        "nb": "hvert problem uten kildelinjen og pilen under, som bare virker på en skjerm "
        "(også når TERM=dumb)",
    },
    "plain.history.session": {
        "en": "{date} at {time}: {title}, {status}, {done} of {total} exercises, pain {before} "
        "before and {after} after.",
        "nb": "{date} kl. {time}: {title}, {status}, {done} av {total} øvelser, smerte {before} "
        "før og {after} etter.",
    },
    "plain.check.summary": {
        "en": "Files checked: {files}. Errors: {errors}. Warnings: {warnings}.",
        "nb": "Filer sjekket: {files}. Feil: {errors}. Advarsler: {warnings}.",
    },
    "plain.history.no_answer": {"en": "not answered", "nb": "ikke besvart"},
    "plain.history.week": {
        "en": "Week {week} of {year}: sessions {sessions}, completed {completed}.",
        "nb": "Uke {week} i {year}: økter {sessions}, fullført {completed}.",
    },
    "plain.cli.countdown_help": {
        "en": "plain mode: the seconds left that are said during a phase, e.g. 10,5,3,2,1 "
        "(the default), or none",
        "nb": "enkel modus: sekundene igjen som sies under en fase, f.eks. 10,5,3,2,1 "
        "(standard), eller none",
    },
    "plain.cli.bad_countdown": {
        "en": "--countdown takes whole seconds separated by commas, or none, not {value!r}",
        "nb": "--countdown tar hele sekunder skilt med komma, eller none, ikke {value!r}",
    },
}
