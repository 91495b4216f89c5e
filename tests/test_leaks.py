"""The near-copy finder that keeps evaluation messages out of the training data finds what it must."""

from __future__ import annotations

from leaks import near_copies
from rapidfuzz import fuzz, process


def test_a_near_copy_is_found_and_a_different_message_is_not() -> None:
    training = ["my dad is not breathing and his lips are blue", "what is aplastic anemia", "x" * 300]
    messages = ["my dad is not breathing and his lips r blue", "how is aplastic anemia treated", "x" * 290]
    assert set(near_copies(messages, training)) == {("x" * 290, "x" * 300),
                                                    ("my dad is not breathing and his lips r blue", training[0])}


def test_it_agrees_with_comparing_every_pair() -> None:
    words = "blood marrow chest pain fever chemo breathing blue dizzy pills sad tired help now".split()
    training = [" ".join(words[(i * 7 + k) % len(words)] for k in range(2 + i % 9)) for i in range(300)]
    messages = [t.replace("pain", "pian") for t in training[::3]] + [" ".join(reversed(t.split())) for t in training]
    slow = {m for m in messages if process.extractOne(m, training, scorer=fuzz.ratio, score_cutoff=90)}
    assert {m for m, _ in near_copies(messages, training)} == slow and slow
