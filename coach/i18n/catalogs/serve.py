"""Messages of `coach serve`: coach in a browser, its command line and its limits."""

# Every key here starts with this; a longer prefix has a module of its own (tests/test_i18n.py).
PREFIX = "serve."

MESSAGES: dict[str, dict[str, str]] = {
    "serve.page_title": {"en": "coach", "nb": "coach"},
    "serve.cli.help": {
        "en": "serve coach to web browsers (touch screens, or a browser at home)",
        "nb": "vis coach i nettlesere (berøringsskjermer, eller en nettleser hjemme)",
    },
    "serve.cli.description": {
        "en": "Serve coach as a web page. Every browser that opens it gets its own coach. "
        "It listens on this computer's loopback address only, unless --host says otherwise. "
        "Only pages from this server's own address may open a coach (see --allow-origin), at "
        "most --max-sessions at once, each within 10 to 500 columns and 5 to 200 rows "
        "whatever its browser asks.",
        "nb": "Vis coach som en nettside. Hver nettleser som åpner den, får sin egen coach. "
        "Den lytter bare på denne datamaskinens loopback-adresse, med mindre --host sier noe "
        "annet. Bare sider fra serverens egen adresse kan åpne en coach (se --allow-origin), "
        "høyst --max-sessions samtidig, hver innenfor 10 til 500 kolonner og 5 til 200 rader "
        "uansett hva nettleseren ber om.",
    },
    "serve.cli.paths_help": {
        "en": "routine files or folders to list (with --kiosk: to offer)",
        "nb": "programfiler eller mapper som skal vises (med --kiosk: som skal tilbys)",
    },
    "serve.cli.kiosk": {
        "en": "serve the kiosk (see coach kiosk --help) instead of the routine picker",
        "nb": "vis kiosken (se coach kiosk --help) i stedet for programvelgeren",
    },
    "serve.cli.host": {
        "en": "the address to listen on (default 127.0.0.1: this computer only; 0.0.0.0: every "
        "network this computer is on)",
        "nb": "adressen det skal lyttes på (standard 127.0.0.1: bare denne datamaskinen; "
        "0.0.0.0: alle nettverk datamaskinen er koblet til)",
    },
    "serve.cli.port": {"en": "the port (default 8000)", "nb": "porten (standard 8000)"},
    "serve.cli.public_url": {
        "en": "the address browsers use to reach this server, if not http://HOST:PORT "
        "(behind a proxy, or with --host 0.0.0.0)",
        "nb": "adressen nettleserne bruker for å nå denne serveren, hvis ikke http://HOST:PORT "
        "(bak en mellomtjener, eller med --host 0.0.0.0)",
    },
    "serve.cli.allow_origin": {
        "en": "also let pages from ORIGIN (scheme://host:port, as a browser sends it) open a "
        "coach; by default only pages of this server's own address may (repeatable)",
        "nb": "la også sider fra ORIGIN (skjema://vert:port, slik nettleseren sender den) åpne "
        "en coach; som standard kan bare sider fra denne serverens egen adresse det (kan "
        "gjentas)",
    },
    "serve.cli.bad_origin": {
        "en": "'{value}' is not an origin: write it as http://HOST:PORT or https://HOST",
        "nb": "'{value}' er ikke en opprinnelse: skriv den som http://VERT:PORT eller https://VERT",
    },
    "serve.cli.max_sessions": {
        "en": "at most N browsers at once, each with its own coach (default {default}); the "
        "next one is told to try again later",
        "nb": "høyst N nettlesere samtidig, hver med sin egen coach (standard {default}); den "
        "neste får beskjed om å prøve igjen senere",
    },
    "serve.cli.bad_max_sessions": {
        "en": "'{value}' is not a number of sessions (1 or more)",
        "nb": "'{value}' er ikke et antall økter (1 eller flere)",
    },
    "serve.full": {
        "en": "coach is already open in as many browsers as this server allows ({count}). "
        "Try again in a little while, or close coach in another browser.",
        "nb": "coach er allerede åpen i så mange nettlesere som denne serveren tillater "
        "({count}). Prøv igjen om litt, eller lukk coach i en annen nettleser.",
    },
    "serve.full_short": {
        "en": "coach is already open in as many browsers as allowed ({count}). Try again soon.",
        "nb": "coach er allerede åpen i så mange nettlesere som tillatt ({count}). Prøv igjen "
        "snart.",
    },
    "serve.origin_refused": {
        "en": "coach opens only from its own page, not from another website.",
        "nb": "coach åpnes bare fra sin egen side, ikke fra et annet nettsted.",
    },
    "serve.cli.config": {
        "en": "the kiosk config file (with --kiosk)",
        "nb": "kiosk-oppsettfilen (med --kiosk)",
    },
    "serve.cli.config_needs_kiosk": {
        "en": "--config is the kiosk's config: use it with --kiosk",
        "nb": "--config er kioskens oppsett: bruk det sammen med --kiosk",
    },
    "serve.cli.bad_port": {
        "en": "'{value}' is not a port (1 to 65535)",
        "nb": "'{value}' er ikke en port (1 til 65535)",
    },
    "serve.cli.loopback_only": {
        "en": "coach is served on {url} – on the loopback address, so only this computer can "
        "open it. Press Ctrl+C to stop.",
        "nb": "coach vises på {url} – på loopback-adressen, så bare denne datamaskinen kan "
        "åpne den. Trykk Ctrl+C for å stoppe.",
    },
    "serve.cli.on_network": {
        "en": "coach is served on {url} – listening on {host}, so other computers that can "
        "reach this address can open it too. Press Ctrl+C to stop.",
        "nb": "coach vises på {url} – det lyttes på {host}, så andre datamaskiner som når "
        "denne adressen, kan også åpne den. Trykk Ctrl+C for å stoppe.",
    },
    "serve.cli.cannot_listen": {
        "en": "can't listen there: {reason}",
        "nb": "kan ikke lytte der: {reason}",
    },
    "serve.cli.no_textual_serve": {
        "en": "coach serve needs the textual-serve package ({reason}): pip install textual-serve",
        "nb": "coach serve trenger pakken textual-serve ({reason}): pip install textual-serve",
    },
}
