"""Regular expressions compiled when first used, not at import: ``X = lazy_re(r"...")`` in place of
``re.compile``. Compiling the text rules' long patterns costs tens of milliseconds of every start, and the first
answer uses only some of them. After its first use a pattern's methods are the compiled pattern's own (no extra
call per match), so a hot pattern costs the same as one compiled at import."""

from __future__ import annotations

import re
from typing import Any, cast

#: The compiled pattern's attributes copied onto the stand-in at first use (a later lookup finds them directly).
_COPIED = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split", "scanner", "flags", "groups",
           "groupindex")


class _LazyPattern:
    """Stands in for ``re.compile(pattern, flags)`` until an attribute other than ``pattern`` is needed."""

    def __init__(self, pattern: str, flags: int) -> None:
        self.pattern = pattern
        self._flags = flags

    def __getattr__(self, name: str) -> Any:  # only called for attributes not yet set: compile once
        if name.startswith("__"):
            raise AttributeError(name)
        compiled = self.__dict__.get("compiled")
        if compiled is None:
            compiled = self.__dict__["compiled"] = re.compile(self.pattern, self._flags)
            for attr in _COPIED:
                self.__dict__[attr] = getattr(compiled, attr)
        return self.__dict__[name] if name in self.__dict__ else getattr(compiled, name)

    def __repr__(self) -> str:
        return f"lazy_re({self.pattern!r})"


def lazy_re(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``, compiled on first use (typed as the pattern it becomes)."""
    return cast("re.Pattern[str]", _LazyPattern(pattern, flags))


def compiled(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """The real compiled pattern behind ``pattern`` (for the ``re`` functions that need one)."""
    if isinstance(pattern, _LazyPattern):
        return cast("re.Pattern[str]", pattern.compiled)
    return pattern
