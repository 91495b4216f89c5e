"""The text rules' patterns compiled on first use (text/lazy.py), and the words a pattern needs."""

from __future__ import annotations

import re

from marrowbot.text import safety_idioms as safety
from marrowbot.text.lazy import compiled, lazy_re, may_match, needed_words


def test_a_lazy_pattern_compiles_on_first_use_and_then_is_the_compiled_one() -> None:
    rx = lazy_re(r"\b(?:dying|dead) (to|for)\b", re.IGNORECASE)
    assert rx.pattern == r"\b(?:dying|dead) (to|for)\b" and "compiled" not in vars(rx)  # not compiled yet
    assert rx.search("I'm DYING TO know").group(1) == "TO"
    assert rx.sub("x", "dead for sure") == "x sure" and rx.groups == 1 and rx.flags & re.IGNORECASE
    assert compiled(rx) is re.compile(r"\b(?:dying|dead) (to|for)\b", re.IGNORECASE)
    assert rx.search.__self__ is compiled(rx)  # after the first use: the compiled pattern's own method


def test_needed_words_are_in_every_match() -> None:
    assert set(needed_words(r"\bid (kill|murder) for\b")) == {(" for",), ("kill", "murder"), ("id ",)}
    assert needed_words(r"(?:a )?b") == ()  # a lone letter tells nothing
    assert needed_words(r"(?i)dying to") == ()  # case-blind: nothing is sure
    texts = ["so tired i thought i was going to die", "this hill was murder", "id kill for a coffee",
             "my phone died", "me muero de risa", "a bitter pill to swallow", "i am dying to know", "kill time",
             "fever for dancing", "choking on all these forms", "nothing alarming here", "he is choking"]
    for rx, _, needs in safety._idioms():
        for text in texts:
            assert may_match(needs, text) or not rx.search(text), (rx.pattern, text)
    assert not may_match(needed_words(r"\bid (kill|murder) for\b"), "i would kill him")
