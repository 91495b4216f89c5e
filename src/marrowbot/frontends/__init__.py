"""Front ends over one ``Bot``: the command line, the REPL, the kiosk, replay/record of transcripts.

Only front ends print, read a terminal or exit; the library never imports them.
"""
