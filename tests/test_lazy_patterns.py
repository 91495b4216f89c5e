"""The text rules' patterns compiled on first use (text/lazy.py), and the words a pattern needs."""

from __future__ import annotations

import re

from marrowbot.text import safety_idioms as safety
from marrowbot.text.lazy import GATE_AFTER, compiled, gated_re, lazy_re, may_match, needed_words


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


def test_a_gated_pattern_answers_as_the_compiled_one_with_or_without_its_words() -> None:
    pattern = r"\b(?:gave|left) (?:my|all my) (\w+) to (?:my|our) (?:niece|nephew)\b"
    rx, plain = gated_re(pattern), re.compile(pattern)
    texts = ["i gave my bike to my nephew last week", "left all my books to our niece and gave my car to my nephew",
             "i went to the shop", "", "gave it away", "to my nephew i gave nothing"]
    for _ in range(GATE_AFTER):  # before the gate is put in (its first uses) and after
        for text in texts:
            assert (rx.search(text) and rx.search(text).span()) == (plain.search(text) and plain.search(text).span())
            assert rx.match(text) is None or rx.match(text).span() == plain.match(text).span()
            assert rx.findall(text) == plain.findall(text) and rx.split(text) == plain.split(text)
            assert [m.span() for m in rx.finditer(text)] == [m.span() for m in plain.finditer(text)]
            assert rx.sub("x", text) == plain.sub("x", text) and rx.subn("x", text) == plain.subn("x", text)
    assert rx.search("i gave my bike to my nephew").group(1) == "bike" and rx.groups == 1
    assert getattr(rx.search, "__self__", None) is not compiled(rx)  # the gate is in
    # A pattern whose words are not sure (case-blind, or nothing it must contain) is the compiled one as it is.
    blind = gated_re(r"gave (my|all my)", re.IGNORECASE)
    for _ in range(GATE_AFTER):
        assert blind.search("GAVE MY bike").group(1) == "MY"
    assert blind.search.__self__ is compiled(blind)
    assert gated_re(r"(?:a|b)?c+").search("ccc").group() == "ccc"
