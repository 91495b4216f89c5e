"""The safety screen's normal form of a message: contractions, misspellings and idioms said plainly. The rest of the
text rules live by job and are read from here too: negation (text/safety_negation.py), framing
(text/safety_frame.py), calm (text/safety_calm.py) and idioms (text/safety_idioms.py)."""

from __future__ import annotations

import re

from marrowbot.memory import remembered
from marrowbot.text import fold
from marrowbot.text.care import RELATIVES
from marrowbot.text.lazy import gated_re, lazy_re
from marrowbot.text.safety_calm import calmed, reassured, small_talk
from marrowbot.text.safety_frame import QUESTION_WORDS, frame
from marrowbot.text.safety_idioms import without_idioms
from marrowbot.text.safety_negation import negated

__all__ = ["QUESTION_WORDS", "frame", "negated", "reassured", "safety_normal", "small_talk", "without_idioms"]

# --- safety text rules: one normal form for the red-flag screen and the safety detectors ---------------------------

_CONTRACTIONS = {
    "can t": "can not", "cant": "can not", "cannot": "can not", "cnat": "can not", "carnt": "can not",
    "won t": "will not", "wont": "will not", "don t": "do not", "dont": "do not", "doesn t": "does not",
    "doesnt": "does not", "didn t": "did not", "didnt": "did not", "isn t": "is not", "isnt": "is not",
    "aren t": "are not", "arent": "are not", "wasn t": "was not", "wasnt": "was not", "weren t": "were not",
    "haven t": "have not", "havent": "have not", "hasn t": "has not", "hasnt": "has not", "hadn t": "had not",
    "couldn t": "could not", "couldnt": "could not", "wouldn t": "would not", "wouldnt": "would not",
    "shouldn t": "should not", "shouldnt": "should not", "ain t": "is not", "i m": "i am", "im": "i am",
    "i ve": "i have", "ive": "i have", "i ll": "i will", "i d": "i would", "it s": "it is", "he s": "he is",
    "hes": "he is", "she s": "she is", "shes": "she is", "they re": "they are", "theyre": "they are",
    "you re": "you are", "youre": "you are", "we re": "we are", "what s": "what is", "whats": "what is",
    "that s": "that is", "thats": "that is", "there s": "there is", "theres": "there is", "let s": "let us",
    "he d": "he would", "she d": "she would", "they d": "they would", "we ve": "we have", "they ve": "they have",
    "wanna": "want to", "gonna": "going to", "gotta": "got to", "kinda": "kind of", "dunno": "do not know",
}
#: Common misspellings and text speak -> the word meant. Character n-grams cover the rest.
_SPELLING = {
    "u": "you", "ur": "your", "r": "are", "pls": "please", "plz": "please", "rn": "right now", "n": "and",
    "bc": "because", "cuz": "because", "coz": "because", "becuase": "because", "w": "with", "abt": "about",
    "2nite": "tonight", "tonite": "tonight", "mins": "minutes", "min": "minutes", "hrs": "hours", "hr": "hour",
    "ppl": "people", "yo": "year old", "yr": "year", "yrs": "years", "mum": "mom", "mam": "mom", "nan": "grandma",
    "breth": "breathe", "brethe": "breathe", "breate": "breathe", "breahe": "breathe", "breathin": "breathing",
    "chset": "chest", "chesst": "chest", "cheast": "chest", "unconcious": "unconscious", "unconsious": "unconscious",
    "concious": "conscious", "temprature": "temperature", "tempature": "temperature", "temperture": "temperature",
    "temp": "temperature", "feaver": "fever", "fevar": "fever", "siezure": "seizure", "sezure": "seizure",
    "seizur": "seizure", "seisure": "seizure", "bleding": "bleeding", "bleedin": "bleeding", "vomitting": "vomiting",
    "puking": "vomiting", "puked": "vomited", "puke": "vomit",
    "stomache": "stomach", "alergic": "allergic", "allergick": "allergic", "swolen": "swollen", "suicde": "suicide",
    "sucide": "suicide", "suiside": "suicide", "suicid": "suicide", "sucidal": "suicidal", "suicdal": "suicidal",
    "suicidial": "suicidal", "kil": "kill", "pils": "pills", "tabs": "tablets", "meds": "medicines",
    "overdosed": "overdose", "od": "overdose", "oded": "overdose", "kms": "kill myself", "unalive": "kill",
    "confussed": "confused", "dizy": "dizzy", "realy": "really", "rly": "really", "q": "que", "xq": "porque",
    "ambulence": "ambulance", "amublance": "ambulance", "hospitol": "hospital", "neutropenic": "neutropenic",
    "chemotherapy": "chemo", "kemo": "chemo", "quimioterapia": "quimio",
    # Spanish text speak ("vitamin k", "tb", "pk" stay: English words too).
    "pq": "porque", "tmb": "tambien", "porfa": "por favor", "xfa": "por favor", "xfavor": "por favor",
    "porfavor": "por favor",
    # A letter typed three times inside a word is kept as two ("bloood" -> "blood"); where the word has one.
    "heelp": "help", "pleease": "please", "breeathe": "breathe", "breeathing": "breathing", "hurrts": "hurts",
    "stil": "still",
}
_MULTI = lazy_re(r"\b(" + "|".join(sorted((re.escape(k) for k in _CONTRACTIONS if " " in k), key=len,
                                              reverse=True)) + r")\b")
#: A letter typed three or more times: inside a word it is two ("bloood" -> "blood", "neeed" -> "need", "pleeease"
#: -> "please" through the spelling table), at the end of a word one ("ayudaaa", "sangreee", "helppp", "nooo"); a word
#: of one letter only ("www", "zzz") stays, and so do digits and the roman numerals' "iii", "xxx".
_LONG_LETTER = lazy_re(r"([a-hj-wyz])\1{2,}")


def _stretched(m: re.Match[str]) -> str:
    """One run of ``_LONG_LETTER`` in its normal form (see there)."""
    text, start, end = m.string, m.start(), m.end()
    before = start > 0 and text[start - 1].isalnum()
    after = end < len(text) and text[end].isalnum()
    if not before and not after:
        return m.group(0)
    return m.group(1) * (1 if before and not after else 2)
#: Spanish "x favor" (por favor): "x" alone is no word the screen reads otherwise.
_X_FAVOR = gated_re(r"\bx (?=favor\b)")
_SELF = gated_re(r"\bmy self\b|\bmyslef\b|\bmysefl\b")
#: A person's "'s not" ("dad's not unconscious", "dads not breathing fast", "the baby's not hot"): "is not", so that
#: the negation governs what follows, as it does "he's not" (an apostrophe dropped only after a relative's word; a
#: thing's "'s not" is left as it is: "tomorrow's not something i plan to be here for").
_S_NOT = gated_re(rf"\b(?:({RELATIVES}|baby|kid|child|patient|person|guy|man|woman|lady|boy|girl|friend) s|"
                  rf"({RELATIVES})s) not\b")
#: Throwing up is vomiting, said one way for every reader ("i keep throwing up" had the crisis words of "throwing
#: myself off"; "threw up blood" and "vomited blood" are one sign).
_THROW_UP = gated_re(r"\b(?:(throw|throws|throwing)|threw|thrown) up\b")
_THROWN = {"throw": "vomit", "throws": "vomits", "throwing": "vomiting"}
#: "she past out", "he has past out twice": "passed out" spelt as it sounds (the phrases and the detectors know only
#: "passed out"); not the noun ("in the past out of the blue", "the past outweighs").
#: "not responsive", "she is not rousable": unresponsive, the sign itself (the phrases and the detectors know
#: "unresponsive"; a bare "not" would deny what follows); "not responsive to the treatment" is said of a treatment.
_NOT_RESPONSIVE = gated_re(r"\bnot (responsive|reactive|rousable|arousable)\b(?! to\b)")
_PAST_OUT = gated_re(r"(?<!\bthe )(?<!\bin )(?<!\bmy )\bpast out\b(?! of\b)")


#: A temperature stated below the fever line (NCI/CDC: 100.4 F / 38 C on chemotherapy; some teams call at 37.5 C, so
#: only up to 99.4 F / 37.4 C, and not below 97 F / 36 C, which can be a sign too): the number says it is no fever, so
#: the temperature word is read as a plain "reading" ("my temp is 99.1 on chemo" names no fever).
_MILD_TEMPERATURE = lazy_re(
    r"\b(?:temperature|temperatura|fever|fiebre)((?: (?:is|was|of|at|reads|read|went up to|up to|around|about|only|"
    r"just|still|de|es|fue|esta|de solo|a bit|a little|slightly|low grade|like|(?:did|has|have) not (?:go|gone|get|"
    r"got|been|risen|rise) (?:above|over|past|higher than)|never (?:went|got|rose|go) (?:above|over|past|higher than)|"
    r"stayed (?:under|below|at)|no (?:paso|ha pasado|subio|ha subido) de|under|below)){0,3}) (9[78](?: \d)?|"
    r"99(?: [0-4])?|"
    r"36(?: \d)?|37(?: [0-4])?)(?! \d)\b")

#: A reading at or over the line anywhere in the message ("36.9 earlier, now 38.4", "37.2 after ibuprofen, 39 before
#: that"): the fever word is kept, whatever reading stands next to it. Any such number counts (a day 38 too): keeping
#: the word can only leave an alarm standing, never take one away. A line said not to be crossed or a number denied
#: ("never above 38", "37.2, not 38") is no reading.
_HIGH_READING = lazy_re(r"(?<!above )(?<!over )(?<!past )(?<!than )(?<!under )(?<!below )(?<!not )(?<!no )"
                        r"\b(?:3[89]|4[0-2]|10[0-6]|37 [5-9]|99 [5-9])\b")


#: A body temperature written with its unit stuck on ("38.4c" folded "38 4c", "101f", "100.8f"): the number and its
#: unit as two words ("38 4 c"), only numbers a thermometer shows (35-42, 95-106). Read by the fever sign alone
#: (safety_signs.fever_on_treatment), never written into the normal form the detectors read: a rewrite there moved
#: them (round 48: "fever about thirty six hours ..." and "38ish ... i want it all to be over" lost what main read).
_STUCK_UNIT = gated_re(r"\b(3[5-9]|4[0-2]|9[5-9]|10[0-6])((?: \d)?)(c|f)\b")


def readings_apart(normal: str) -> str:
    """``normal`` (a safety normal form) with each body temperature's stuck-on unit set apart ("38 4c": "38 4 c")."""
    return _STUCK_UNIT.sub(r"\1\2 \3", normal) if any(c.isdigit() for c in normal) else normal


#: Each word's plain form (a contraction before a misspelling: the two tables share no word).
_PLAIN_WORD = {**_SPELLING, **_CONTRACTIONS}


@remembered(maxsize=4096)
def safety_normal(text: str) -> str:
    """The normal form the safety screen reads: folded, contractions spelt out ("can't", "cant", "cannot" ->
    "can not"), common misspellings and text speak corrected ("breth" -> "breathe", "u" -> "you")."""
    # (Everything after folding reads the folded text alone: the pieces the stages cut from one message, "He
    # collapsed," and " he collapsed", share one normal form, worked out once.)
    return _normal_of_folded(fold(_LAUGHING.sub(" haha ", text)))


#: Laughter written as an emoji (tears of joy, rolling on the floor, grinning squint, sweat smile, cat with tears):
#: read as the word it stands for, before folding drops it.
_LAUGHING = re.compile("[\U0001F602\U0001F923\U0001F606\U0001F605\U0001F639]+")


@remembered(maxsize=4096)
def _normal_of_folded(folded: str) -> str:
    folded = _X_FAVOR.sub("por ", _LONG_LETTER.sub(_stretched, folded))
    folded = _MULTI.sub(lambda m: _CONTRACTIONS[m.group(1)], folded)
    folded = _S_NOT.sub(lambda m: f"{m.group(1) or m.group(2)} is not", folded)
    folded = _THROW_UP.sub(lambda m: _THROWN[m.group(1)] if m.group(1) else "vomited", folded)
    folded = _NOT_RESPONSIVE.sub(r"un\1", _PAST_OUT.sub("passed out", folded))
    folded = without_idioms(_SELF.sub("myself", folded))
    plain = _PLAIN_WORD.get
    out: list[str] = []
    for w in folded.split():
        if w == "yo" and not (out and out[-1].isdigit()):
            out.append(w)  # Spanish "yo" (I); "yo" is "year old" only after a number ("5 yo")
            continue
        out.append(plain(w, w))
    normal = calmed(" ".join(out))
    if ("temperatur" in normal or "fe" in normal or "fiebre" in normal) and not _HIGH_READING.search(normal):
        normal = _MILD_TEMPERATURE.sub(r"reading\1 \2", normal)
    return normal
