"""What the physiotherapist gets back from the history: a FHIR R4 bundle (`coach export --format
fhir`), a printable report (`coach report`) and a reminder calendar (`coach remind`).

Everything here reads the history and the routine files and writes a file; nothing here imports
Textual, and nothing is sent anywhere.
"""
