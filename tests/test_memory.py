"""The memos of message text: bounded, and emptied by ``forget`` (a kiosk forgets a patient who walks away)."""

from __future__ import annotations

from marrowbot.memory import Memo, forget


def test_a_bounded_memo_never_holds_more_than_its_size() -> None:
    memo = Memo(3)
    for i in range(10):
        assert memo.keep(f"message {i}", i) == i
        assert len(memo) <= 3
    assert memo["message 9"] == 9


def test_forget_empties_every_memo() -> None:
    memo = Memo(100)
    memo.keep("i have a fever on chemo", 1)
    forget()
    assert not memo
