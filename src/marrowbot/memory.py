"""What the library remembers of the messages it reads (memos keyed by what people typed, kept for speed), and
forgetting all of it at once: a kiosk calls ``Bot.forget`` when a conversation is wiped, so that nothing one
person typed stays in the process for the next (a memory dump or swap would otherwise hold it)."""

from __future__ import annotations

import weakref
from collections.abc import Callable
from functools import lru_cache
from typing import Any, TypeVar

__all__ = ["Memo", "forget", "remembered"]

F = TypeVar("F", bound=Callable[..., Any])

_FUNCTIONS: list[Any] = []
_MEMOS: weakref.WeakValueDictionary[int, Memo] = weakref.WeakValueDictionary()


def remembered(maxsize: int) -> Callable[[F], F]:
    """``functools.lru_cache(maxsize)``, cleared by ``forget``: for functions of a message or its words."""

    def wrap(function: F) -> F:
        cached = lru_cache(maxsize=maxsize)(function)
        _FUNCTIONS.append(cached)
        return cached  # type: ignore[return-value]

    return wrap


class Memo(dict):  # type: ignore[type-arg]
    """A dict an object fills from the messages it reads (word -> column...), emptied by ``forget``; with
    ``maxsize``, ``keep`` empties it when full, so it stays bounded however many messages come."""

    def __init__(self, maxsize: int | None = None) -> None:
        super().__init__()
        self.maxsize = maxsize
        _MEMOS[id(self)] = self

    def keep(self, key: Any, value: Any) -> Any:
        """Remember ``value`` under ``key`` (emptying the memo first when it holds ``maxsize``) and return it."""
        if self.maxsize is not None and len(self) >= self.maxsize:
            self.clear()
        self[key] = value
        return value


def forget() -> None:
    """Empty every memo and cache of message text in this process."""
    for function in _FUNCTIONS:
        function.cache_clear()
    for memo in list(_MEMOS.values()):
        memo.clear()
