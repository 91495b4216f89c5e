"""Terminal input for the kiosk: a burst of keys from one read is one paste, bracketed or not."""

from __future__ import annotations

from prompt_toolkit.input import Input
from prompt_toolkit.key_binding.key_processor import KeyPress
from prompt_toolkit.keys import Keys

__all__ = ["PASTE_KEYS", "coalesce_pastes"]

#: Keys arriving in one read beyond this many are a paste (nobody types that fast), bracketed or not.
PASTE_KEYS = 64


def coalesce_pastes(inp: Input, max_chars: int) -> None:
    """Make a burst of keys from one read (an unbracketed paste) one paste, as a bracketed paste already is.

    Key by key, 100 KB took prompt-toolkit ~20 s; as one paste it is one insertion, capped to ``max_chars``.
    Enter keys inside the burst become spaces (one paste is one question); a final Enter still submits it.
    """
    read_keys = inp.read_keys

    def read_coalesced() -> list[KeyPress]:
        keys = read_keys()
        if len(keys) <= PASTE_KEYS:
            return keys
        tail: list[KeyPress] = []
        if keys[-1].key in (Keys.ControlM, Keys.ControlJ):
            tail = [keys.pop()]
        data: list[str] = []
        rest: list[KeyPress] = []
        for kp in keys:
            if kp.key in (Keys.ControlM, Keys.ControlJ):
                data.append(" ")
            elif isinstance(kp.key, str) and not isinstance(kp.key, Keys) and len(kp.key) == 1:
                data.append(kp.key)
            elif kp.key == Keys.BracketedPaste:
                data.append(kp.data)
            else:
                rest.append(kp)  # other keys (arrows, control keys) are dropped from a paste
        pasted = "".join(data)[: max_chars * 4]
        return [KeyPress(Keys.BracketedPaste, pasted), *tail] if pasted else tail

    inp.read_keys = read_coalesced  # type: ignore[method-assign]
