"""Regular expressions compiled when first used, not at import: ``X = lazy_re(r"...")`` in place of
``re.compile``. Compiling the text rules' long patterns costs tens of milliseconds of every start, and the first
answer uses only some of them. After its first use a pattern's methods are the compiled pattern's own (no extra
call per match), so a hot pattern costs the same as one compiled at import. ``gated_re`` is one for a pattern most
texts cannot match: a quick test of the words it needs comes first."""

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


#: Uses of a gated pattern before its gate is worked out: reading the pattern for its words costs about as much as
#: compiling it again, so the first answers of a start (which read each pattern once or a few times) do not pay it.
GATE_AFTER = 16
#: The matching methods a gate goes before.
_MATCHING = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split")


class _GatedPattern(_LazyPattern):
    """A lazy pattern whose matching methods, after its first GATE_AFTER uses, first test the words any match needs
    (``needed_words``): a text without them gets the answer of no match at once (None, [], the text unchanged, ...),
    the rest the compiled pattern's own."""

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__"):
            raise AttributeError(name)
        if "compiled" not in self.__dict__:
            super().__getattr__("compiled")
            _counted(self)
        return super().__getattr__(name)

    def _install_gate(self) -> None:
        compiled = self.__dict__["compiled"]
        for attr in _MATCHING:
            self.__dict__[attr] = getattr(compiled, attr)
        needed = () if self._flags & (re.IGNORECASE | re.VERBOSE) else needed_words(self.pattern)
        if needed:
            _gate(self.__dict__, needed)

    def __repr__(self) -> str:
        return f"gated_re({self.pattern!r})"


def _counted(pattern: _GatedPattern) -> None:
    """The compiled pattern's matching methods, counting their uses: at the GATE_AFTER-th the gate is put in."""
    uses = [0]

    def counting(method: Any) -> Any:
        def run(*args: Any, **kwargs: Any) -> Any:
            uses[0] += 1
            if uses[0] == GATE_AFTER:
                pattern._install_gate()
            return method(*args, **kwargs)
        return run

    for attr in _MATCHING:
        pattern.__dict__[attr] = counting(pattern.__dict__[attr])


def _gate(methods: dict[str, Any], needed: tuple[tuple[str, ...], ...]) -> None:
    """Put a test of ``needed`` before each matching method in ``methods`` (a compiled pattern's, copied there)."""
    search, match, fullmatch, finditer, findall, sub, subn, split = (methods[m] for m in _MATCHING)

    def gated(method: Any, none: Any) -> Any:
        def run(string: str, *args: Any, **kwargs: Any) -> Any:
            return method(string, *args, **kwargs) if may_match(needed, string) else none(string)
        return run

    def gated_sub(method: Any, unchanged: Any) -> Any:
        def run(repl: Any, string: str, *args: Any, **kwargs: Any) -> Any:
            return method(repl, string, *args, **kwargs) if may_match(needed, string) else unchanged(string)
        return run

    methods.update(search=gated(search, lambda s: None), match=gated(match, lambda s: None),
                   fullmatch=gated(fullmatch, lambda s: None), finditer=gated(finditer, lambda s: iter(())),
                   findall=gated(findall, lambda s: []), split=gated(split, lambda s: [s]),
                   sub=gated_sub(sub, lambda s: s), subn=gated_sub(subn, lambda s: (s, 0)))


def lazy_re(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``, compiled on first use (typed as the pattern it becomes)."""
    return cast("re.Pattern[str]", _LazyPattern(pattern, flags))


def gated_re(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``lazy_re(pattern, flags)`` for a pattern most texts cannot match: each search first tests the words every
    match needs (``needed_words``, read from the pattern after GATE_AFTER uses), a substring search in place of the
    pattern's step at every letter. The answers are the compiled pattern's own."""
    return cast("re.Pattern[str]", _GatedPattern(pattern, flags))


def compiled(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """The real compiled pattern behind ``pattern`` (for the ``re`` functions that need one)."""
    if isinstance(pattern, _LazyPattern):
        return cast("re.Pattern[str]", pattern.compiled)
    return pattern


def needed_words(pattern: str) -> tuple[tuple[str, ...], ...]:
    """What any match of ``pattern`` must contain, found from its parsed form: for each item, one of its strings is a
    substring of every text the pattern matches in ("\\bid (kill|murder) for\\b" -> ("id ",), ("kill", "murder"),
    (" for",)). A text lacking one of them needs no search (``may_match``). Empty when nothing is sure (case-blind
    patterns, or only optional parts)."""
    if "(?i" in pattern:
        return ()
    from re import _parser  # type: ignore[attr-defined]  # (the standard library's own parser, Python 3.11+)

    # The longest first (the rarest, so a text without them is told soonest); a lone letter or space tells nothing.
    needs = [alts for alts in dict.fromkeys(_needed(_parser.parse(pattern))) if min(map(len, alts)) > 1]
    return tuple(sorted(needs, key=lambda alts: -min(map(len, alts))))


def _needed(items: Any) -> list[tuple[str, ...]]:
    from re import _constants as c  # type: ignore[attr-defined]

    out: list[tuple[str, ...]] = []
    run: list[str] = []

    def flush() -> None:
        if run:
            out.append(("".join(run),))
            run.clear()

    for op, arg in items:
        if op is c.LITERAL:
            run.append(chr(arg))
            continue
        flush()
        if op is c.SUBPATTERN and not arg[1] and not arg[2]:  # (a group, no inline flags)
            out.extend(_needed(arg[3]))
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT) and arg[0] >= 1:
            out.extend(_needed(arg[2]))
        elif op is c.BRANCH:
            # One string of each alternative (its longest sure one): an alternative with none makes the branch
            # sure of nothing.
            picks: list[str] = []
            for alternative in arg[1]:
                singles = [alts[0] for alts in _needed(alternative) if len(alts) == 1]
                if not singles:
                    picks = []
                    break
                picks.append(max(singles, key=len))
            if picks:
                out.append(tuple(dict.fromkeys(picks)))
    flush()
    return out


def may_match(needed: tuple[tuple[str, ...], ...], text: str) -> bool:
    """False when ``text`` lacks one of a pattern's ``needed_words``: then the pattern cannot match in it."""
    for alternatives in needed:
        for s in alternatives:
            if s in text:
                break
        else:
            return False
    return True
