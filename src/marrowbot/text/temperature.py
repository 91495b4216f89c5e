"""The one reader of a temperature told in a message (``safety_normal`` form, where "38.5" reads "38 5" and "temp"
reads "temperature"): the word that names it ("temperature", "fever", "thermometer", "fiebre"), the words between
("is", "reads", "went up to"), the number in either unit and whether it is at the fever line (NCI/CDC: 38 C /
100.4 F). Its users read what they need of it: the normal form reads a temperature below the line as a plain
"reading" (text/safety.py), a clause reads a reading as told now (safety_clauses), a fever read now with low counts
is a sign told (understanding/safety_signs), and a plain fever is one with no reading at the line
(understanding/safety_plain)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace

from marrowbot.text.lazy import lazy_re

#: The words that name a temperature ...
_WORDS = r"temperature|temperatura|temps?|fever|fiebre|thermometer|termometro"
#: ... the words between it and its number ("temperature has not gone above 37.5", "thermometer says", "fiebre de") ...
_BETWEEN = (r"is|s|was|of|at|runs at|running at|sits at|sitting at|hovering around|has been|have been|reads|read|"
            r"says|shows|showing|reading|now|currently|still|just|went up to|gone up to|"
            r"up to|around|about|only|de|es|fue|esta|en|marca|de solo|a bit|a little|slightly|low grade|like|"
            r"(?:did|has|have) not (?:go|gone|get|got|been|risen|rise) (?:above|over|past|higher than)|"
            r"never (?:went|got|rose|go) (?:above|over|past|higher than)|stayed (?:under|below|at)|"
            r"no (?:paso|ha pasado|subio|ha subido) de|under|below")
#: ... and the number: whole degrees, a tenth after the space the normal form leaves for the point, and a unit.
_NUMBER = r"(\d{2,3})(?: (\d)(?!\d))?(?: ?(c|f|degrees|grados))?\b"
_READING = lazy_re(rf"\b({_WORDS})((?: (?:{_BETWEEN}))*) {_NUMBER}")
#: A reading told by its "now" alone, with its tenth ("had chemo last week, now 38 6 and rigors").
_NOW_READING = lazy_re(r"\b(now|currently)((?: (?:at|up to))?) (\d{2,3}) (\d)(?!\d)(?: ?(c|f|degrees|grados))?\b")
#: A number said alone (a reading in a list of what was done: "took my temperature. 36.8").
_ALONE = lazy_re(r"^(\d{2,3})(?: (\d))?$")


@dataclass(frozen=True)
class Reading:
    """A temperature read in a message: where its word begins and its number ends, the word ("now" for a reading
    told by it alone), the words between, and the number in tenths of a degree (385 for 38.5; Fahrenheit when
    ``fahrenheit``; ``decimal`` when a tenth was written)."""

    start: int
    end: int
    word: str
    between: str
    tenths: int
    fahrenheit: bool
    decimal: bool

    def at_least(self, celsius: float, fahrenheit: float) -> bool:
        """Is it at or above a line given in both units?"""
        return self.tenths >= round(10 * (fahrenheit if self.fahrenheit else celsius))

    def within(self, low: tuple[float, float], high: tuple[float, float]) -> bool:
        """Is it at or above ``low`` and below ``high`` (each (celsius, fahrenheit))?"""
        return self.at_least(*low) and not self.at_least(*high)

    @property
    def whole(self) -> Reading:
        """The reading in whole degrees (its tenth dropped)."""
        return replace(self, tenths=self.tenths - self.tenths % 10, decimal=False)

    @property
    def fever(self) -> bool:
        """At or above the fever line (38 C / 100.4 F), no higher than a body's temperature can be."""
        return self.within(FEVER_LINE, (43.0, 110.0))


#: The fever line (NCI/CDC: 38 C / 100.4 F on chemotherapy) and the lowest reading that is no chill (36 C / 97 F).
FEVER_LINE = (38.0, 100.4)
#: The line some cancer teams ask to be called at (37.5 C / 99.5 F): a reading below it names no fever.
CALL_LINE = (37.5, 99.5)
NORMAL_LOW = (36.0, 97.0)


def _reading(m: re.Match[str], unit: str | None) -> Reading | None:
    at = 1 if m.re.groups == 2 else 3  # (a number with no word: its groups come first)
    whole, tenth = int(m.group(at)), m.group(at + 1)
    if 30 <= whole <= 45:
        fahrenheit = False
    elif 90 <= whole <= 115:
        fahrenheit = True
    else:
        return None  # (a count, an age, a dose: no temperature)
    if unit in ("c", "grados") and fahrenheit or unit == "f" and not fahrenheit:
        return None
    word, between = (m.group(1), m.group(2).strip()) if at == 3 else ("", "")
    return Reading(m.start(), m.end(), word, between, 10 * whole + int(tenth or 0), fahrenheit,
                   tenth is not None)


def between_of(alternatives: str, most: int | None = None) -> re.Pattern[str]:
    """A pattern a reading's ``between`` must wholly match for one user: at most ``most`` of ``alternatives``."""
    times = "*" if most is None else f"{{0,{most - 1}}}"
    return lazy_re(rf"(?:(?:{alternatives})(?: (?:{alternatives})){times})?")


def readings(normal: str) -> Iterator[Reading]:
    """The temperatures a message (normal form) reads, a word with its number ("temperature is 37 2", "fever of
    101f", "thermometer says 38 6"), then those told by "now" alone, in order of their place in each kind."""
    if not any(ch.isdigit() for ch in normal):
        return
    for pattern in (_READING, _NOW_READING):
        for m in pattern.finditer(normal):
            found = _reading(m, m.group(5))
            if found is not None:
                yield found


def reading_alone(normal: str) -> Reading | None:
    """A number said alone, read as a temperature in degrees Celsius ("36 8"), or None."""
    m = _ALONE.match(normal)
    if m is None or not 30 <= int(m.group(1)) <= 45:
        return None
    return Reading(0, len(normal), "", "", 10 * int(m.group(1)) + int(m.group(2) or 0), False, m.group(2) is not None)


#: A number with its tenth, said with no word before it ("37 9 then 38 3", "38 2 now").
_TENTHS = lazy_re(r"\b(\d{2,3}) (\d)(?!\d)")


def fever_read(normal: str) -> bool:
    """Does a message read a temperature at or above the fever line, with its word or as a number with its tenth
    ("temperature 37 9 then 38 3")?"""
    return any(r.fever for r in readings(normal)) or any(
        r is not None and r.fever for r in (_reading(m, None) for m in _TENTHS.finditer(normal)))
