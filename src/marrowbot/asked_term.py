"""The term a "what is X" question asks about, however it is put: after an apology or a greeting ("sorry what is
jaundice?"), with the story after its first clause ("what is hemoglobin, i keep seeing that word"), as "the meaning
of X", or asking for plain words ("what does X mean in normal words")."""

from __future__ import annotations

import re

from marrowbot.text import STOPWORDS, fold
from marrowbot.text.questions import DEFINE_TERM, FILLER_PHRASES, FILLER_WORDS, MESSAGE_CLAUSE_END

#: How a message may open before it asks (folded): an apology, a greeting, a thanks.
_OPENING = re.compile(r"^(?:(?:sorry|so sorry|excuse me|pardon|hi|hello|hey|thanks|thank you|ok|okay|and|but|so|um|"
                      r"also|please|one more|another one|quick one)\b[\s,.!]*)+")
#: Asking for plain words after the term (folded): "in normal words", "in layman's terms", "for a normal person".
_PLAINLY = re.compile(r"\s+(?:in\s+(?:normal|plain|simple|easy|everyday|lay|laymans?|layman s|basic|regular|"
                      r"english)\s+(?:words|terms|english|language|speak)|in\s+english|for\s+(?:a\s+)?"
                      r"(?:normal|regular|lay)\s+(?:person|people)|simply|please|exactly|again)\s*$")
#: "the meaning of X", "the word X": the term is X.
_MEANING_OF = re.compile(r"^(?:the\s+)?(?:meaning|definition)\s+of\s+(?:the\s+)?(?:word\s+|term\s+)?|"
                         r"^(?:the\s+)?(?:word|term)\s+|^(?:is|are)\s+")  # ("what is (are) X")


#: A "what is X" asked inside a request to explain or describe (folded, after the request's own words): "(explain)
#: what is a platelet", "(describe) what platelets are".
_WHAT_INSIDE = re.compile(r"^(?:what\s+(?:is|are|s)\s+(?:an?\s+|the\s+)?(?P<a>[a-z][a-z ]*)|"
                          r"what\s+(?:an?\s+|the\s+)?(?P<b>[a-z][a-z ]*?)\s+(?:is|are))$")
#: A word named as a word (folded): "the word necrosis", "this term hematocrit".
_WORD_NAMED = re.compile(r"\b(?:the|this|that) (?:word|term) (?P<word>[a-z]{3,})\b")
#: A clause of at most this many words after the question says its term again ("what is X, Y") or asks nothing.
_APPOSITIVE_WORDS = 2
#: A term that points at the thing talked about (folded): "this cancer", "her illness", "it".
_POINTING = re.compile(r"^(?:this|that|these|those|it|its|my|his|her|your|their|our|such)\b")
#: Asks what a thing does, not what it is (folded): "what do platelets do".
_WHAT_IT_DOES = re.compile(r"\bwhat\s+(?:does|do)\b.*\bdo\s*$")


def asks_what_it_does(query: str) -> bool:
    """True for "what does X do": its work is asked, which a gloss of what it is does not answer."""
    return bool(_WHAT_IT_DOES.search(fold(query)))


def term_asked(query: str) -> str:
    """The term a "what is X" question asks about (folded), or "" when the message asks no such thing. Each clause
    of the message is read on its own, first to last ("sorry one more, whats a stem cell anyway, ...")."""
    clauses = MESSAGE_CLAUSE_END.split(query.strip())
    for i, clause in enumerate(clauses):
        after = _OPENING.sub("", fold(clauses[i + 1])).split() if i + 1 < len(clauses) else []
        if 0 < len(after) <= _APPOSITIVE_WORDS:
            clause = f"{clause} {clauses[i + 1]}"  # ("what is thick blood, polycythemia": the term said twice)
        said = _OPENING.sub("", FILLER_PHRASES.sub(" ", fold(clause)).strip())
        said = _PLAINLY.sub("", " ".join(w for w in said.split() if w not in FILLER_WORDS))
        m = DEFINE_TERM.match(said.strip())
        if m is not None:
            term = _MEANING_OF.sub("", m.group("term")).strip()
            inner = _WHAT_INSIDE.match(term)  # ("can you explain what platelets are": the term is "platelets")
            term = (inner.group("a") or inner.group("b")).strip() if inner else term
            if _POINTING.match(term):
                # ("the word necrosis scares me, what does it mean": the word named before; else the thing talked
                # about, no term: "what actually is this cancer")
                named = _WORD_NAMED.search(fold(query))
                return named.group("word") if named and named.group("word") not in STOPWORDS else ""
            return term
    return ""
