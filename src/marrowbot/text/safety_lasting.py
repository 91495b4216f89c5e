"""Signs told as long-standing and asked about: "every time i shower my skin itches and my face goes red, what does
that mean", "she keeps saying her legs hurt, is that part of it?", "for weeks he's been tired and achy, what could it
be". A question about a sign that has lasted weeks or comes back again and again is a question for the doctor, not an
emergency happening now; the emergency detector reads the sign's words all the same. Read in the normal form of
text/safety.py. The reader is narrow on purpose: anything told as sudden, minutes or hours old, or a sign of shock
in the present ("he is pale and dizzy") keeps the message as it was."""

from __future__ import annotations

from collections.abc import Callable

from marrowbot.text.lazy import lazy_re
from marrowbot.text.safety import safety_normal
from marrowbot.text.safety_now import JUST_HAPPENED_WORDS, PRESENT_SIGN_WORDS, THIS_DAY_WORDS

_MONTHS = (r"january|february|march|april|may|june|july|august|september|october|november|december|christmas|"
           r"new year|easter|the (?:spring|summer|autumn|fall|winter)|last (?:week|month|year|spring|summer|autumn|"
           r"fall|winter)")
#: Long-standing or coming back again and again ("for a week", "for weeks now", "every time i shower", "keeps saying",
#: "always", "on and off", "since march", "most nights").
_LASTING = lazy_re(
    r"\b(?:for (?:a |about |around |over |nearly |almost |like |at least |the (?:last|past) )?"
    r"(?:few |couple of |couple |\d+ |two |three |four |five |six |several |many )?(?:weeks?|months?|years?)|"
    r"for (?:a (?:long )?while|ages|a long time)|(?:every|each) time|whenever|"
    r"keeps? (?:saying|telling|complaining|getting|having|coming back)|always|all the time|on and off|off and on|"
    r"comes and goes|most (?:days|nights|mornings|evenings)|every (?:day|night|morning|evening|week)|"
    r"since (?:" + _MONTHS + r"))\b")
#: ... not with anything told as sudden, new or just happened ("suddenly", "this morning", "10 minutes ago",
#: "he is pale and dizzy", "worse", "can't").
_ACUTE = lazy_re(
    r"\b(?:" + JUST_HAPPENED_WORDS + "|" + THIS_DAY_WORDS + "|" + PRESENT_SIGN_WORDS + r"|"
    r"sudden|suddenly|all of a sudden|out of nowhere|worse|worst|new|started|began|cannot|can not|could not|"
    r"will not|not (?:breathing|waking|responding|moving)|help|please|emergency|ambulance|911|999|112)\b")
#: A question's opening or a question mark.
_ASKED = lazy_re(r"\b(?:what|whats|why|is (?:it|that|this)|could (?:it|that|this)|does (?:it|that|this)|"
                 r"do (?:i|you|we)|can (?:i|you|we)|should (?:i|we)|how)\b")


def lasting_asked(text: str, normal: str, alarming: Callable[[str], bool]) -> bool:
    """Does a message (and its ``safety_normal`` form) ask about signs told as long-standing or coming back, with
    nothing told as sudden, new, minutes or hours old, or a sign of shock in the present? Clause by clause: every
    clause that names an alarming concept (``alarming`` of its normal form) says itself that it has lasted ("he has
    had a fever for a week" / "and now he is confused": the second clause is not long-standing, and the message is
    read as it was)."""
    if not ("?" in text or _ASKED.search(normal)) or not _LASTING.search(normal) or _ACUTE.search(normal):
        return False
    return all(_LASTING.search(clause) for clause in _clauses(text) if alarming(clause))


#: A clause: a sentence, or a part of one between commas, semicolons, dashes, a "but", a "then", or an "and" or
#: "with" before a new subject or a new sign ("... for weeks and she has a rash that does not fade", "... and a high
#: temperature": a sign of its own, not told as lasting).
_CLAUSE = lazy_re(r"[.!?\n;,:]+|\s[-–—]+\s|\s+(?:but|then|although|though|while|plus|also)\s+|"
                  r"\s+(?:and|with|y|con)\s+(?=(?:now|then|also|he|she|i|im|i'm|i've|ive|they|we|it|its|it's|my|his|"
                  r"her|their|our|the|this|that|a|an|some|there|no|not|very|really|so|la|el|mi|su|tiene|tengo)\b)")


def _clauses(text: str) -> list[str]:
    return [safety_normal(part) for part in _CLAUSE.split(text) if part.strip()]


#: A clause that asks (its first words): "what does this mean", "is that part of it", "should i worry".
_QUESTION = lazy_re(r"^(?:(?:and|so|but|ok|also|please) )*(?:what|whats|why|how|is|are|does|do|did|could|can|"
                    r"should|would|will|any|anything)\b")


def lasting_parts(text: str) -> tuple[str, str]:
    """(the clauses of a message, as written, that say they have lasted; what else it tells, its questions left
    out). The caller reads each on its own, so that the long-standing frame closes only its own clause ("he has had
    a cough for weeks. she has a rash that does not fade under a glass, is that normal?": the rash is not
    long-standing). Each is empty when it has fewer than two words."""
    lasting, rest = [], []
    for part in _CLAUSE.split(text):
        normal = safety_normal(part)
        if _LASTING.search(normal):
            lasting.append(part.strip())
        elif part.strip() and not _QUESTION.match(normal):
            rest.append(part.strip())
    told, other = (", ".join(ps) if sum(len(p.split()) for p in ps) >= 2 else "" for ps in (lasting, rest))
    return told, other
