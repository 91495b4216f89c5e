"""The words a document uses for an asked word: its synonyms and other forms (``Asked.related``), its comparative
("thick": "thicker"), a negation's ("isn't": "non-cancerous"). Retrieval ranks sentences by them."""

from __future__ import annotations

from marrowbot.asked import Asked
from marrowbot.text import fold, stem, terms
from marrowbot.text.lazy import lazy_re
from marrowbot.text.questions import EVERYDAY, SYNONYMS
from marrowbot.understanding.understand import Understanding

#: A negation asked with ("isn't", typed "isnt") and the documents' words that negate ("non-cancerous"), as terms.
_NEGATIONS = frozenset(terms("isn isnt aren arent wasn wasnt non"))
#: An asked word this long or longer may have a comparative on the page ("sick": "sicker").
_COMPARED_MIN = 4
#: Words ending like a comparative that are none ("number" is no more numb, "liver" no more live).
_NOT_COMPARED = frozenset("number liver other mother father after water under over ever never later latest "
                          "power tower finger tender shower silver sister bitter matter".split())


def forms(asked: Asked, content: str, doc: str) -> tuple[str, tuple[frozenset[str], ...]]:
    """What a question asks about with the document's words for it added (``related_forms``: its synonyms and
    other forms, and its comparative, "thick": "thicker than normal"), and each asked word with those words, as
    index terms (a sentence using any of them uses that word)."""
    groups: dict[str, frozenset[str]] = {}
    extra: list[str] = []
    for w in content.split():
        related = related_forms(asked, w, doc)
        extra += related
        t = stem(w)
        if t and t not in groups:
            groups[t] = frozenset({t, *(x for r in related for x in terms(r))})
    return " ".join([content, *extra]) if extra else content, tuple(groups.values())


def related_forms(asked: Asked, word: str, doc: str) -> list[str]:
    """The document's words for an asked word (``Asked.related``), and its comparative and superlative when the
    page uses them ("thick": "thicker", "sick": "sicker"; not "numb": "number")."""
    out = asked.related(word, doc)
    if stem(word) in _NEGATIONS:
        # "isn't always from cancer": "Non-cancerous associated conditions" says the asked "not".
        used = asked.words_of(doc)
        return [*out, *(used[t] for t in sorted(_NEGATIONS) if t in used and t != stem(word))]
    if len(word) < _COMPARED_MIN or not word.isalpha():
        return out
    used = asked.words_of(doc)
    base = word[:-1] + "i" if word.endswith("y") else word
    for end in ("er", "est"):
        for form in {base + end, base + base[-1] + end, *((word + end[1:],) if word.endswith("e") else ())}:
            found = used.get(stem(form))
            if found == form and form not in _NOT_COMPARED and form not in out:
                out.append(form)
    return out


#: A word said before an asked thing that negates it ("isn't cancer", "without having cancer", "no cancer").
_NEGATING = lazy_re(r"\b(?:not|isnt|isn t|arent|aren t|wasnt|without|no|non|besides|other\s+than|"
                    r"(?:doesnt|doesn t|dont|don t|didnt|didn t)\s+(?:have|has|had|get))\s+"
                    r"(?:(?:having|being|have|has|had|get|a|an|any|from|caused\s+by|due\s+to)\s+)?(?P<word>[a-z]+)")
#: A thing asked about as the only one ("is it always because of leukemia", "only from cancer"): the question is
#: whether there are others, which the page's sentences on the other ones ("other cancers", "non-cancerous") say.
#: (Said with what ties it to the thing asked, or of a thing the page names in no everyday word: "is it always
#: cancer"; "does it always come back", "just fix it" ask no such thing.)
_ONLY = lazy_re(r"\b(?:always|only|just)\s+(?:ever\s+)?(?:(?P<tie>because\s+of|found\s+with|seen\s+with|caused\s+by|"
                r"due\s+to|from|with|in)\s+)?(?:a\s+|an\s+)?(?P<word>[a-z]+)")


def as_said(u: Understanding, content: str, page: str, names: frozenset[str]) -> str:
    """What a question asks about, as one word per thing asked, in ``page`` (a document's sentences, folded, as one
    text) about a condition named ``names`` (terms):

    - an abbreviation whose expansion is asked too is that expansion ("can TB be behind it (tuberculosis)");
    - a lay word put in the documents' word (``u.symptoms``) is only the person's words when the page uses those
      ("heavy periods", not also the word the lay-term list gives for them);
    - another form of the condition's name ("anemic" about anemia) is the name, not a thing asked about it;
    - a compound typed as two words ("blood work") is the one word ("bloodwork": the documents' words for it);
    - who it is said to or about ("tell us", "does it hurt him") is no thing asked;
    - a thing asked negated ("isn't cancer", "without having cancer") takes the page's negating word for it when
      the page says "non-<it>" ("non-cancerous"): a sentence about the other kind speaks to it."""
    words = _compounds([w for w in content.split() if w not in _PERSONS])
    if not words:
        return content
    said = set(words)
    short = {fold(e.split(" = ", 1)[0]) for e in u.expansions
             if " = " in e and set(fold(e.split(" = ", 1)[1]).split()) <= said}
    lay = {w for term, phrase in u.symptoms if f" {fold(phrase)} " in page
           for w in set(fold(term).split()) - set(fold(phrase).split())}
    lay -= {w for term, phrase in u.symptoms if f" {fold(phrase)} " not in page for w in fold(term).split()}
    names = names - _PLACE_WORDS
    words = [w for w in words if w not in short and w not in lay and not _names(stem(w), names)]
    query = fold(u.query)
    negated = {m.group("word") for m in _NEGATING.finditer(query)} & set(words)
    if negated and "non" not in words and any(f" non {stem(w)}" in page for w in negated):
        words = ["non", *words]
    only = {m.group("word") for m in _ONLY.finditer(query)
            if m.group("tie") or (m.group("word") not in EVERYDAY and f" {m.group('word')} " in page)} & set(words)
    if only and "other" not in words and " other " in page:
        words = ["other", *(["non"] if " non " in page and "non" not in words else []), *words]
    return " ".join(words) if words else content


#: Who a question is said to or about ("can they tell us", "will it hurt her"): never what it asks about.
_PERSONS = frozenset("us we our ours me him her hers them they their he she you your".split())


def _compounds(words: list[str]) -> list[str]:
    """Words with each pair that is a compound typed apart ("blood work": "bloodwork") made one word."""
    out: list[str] = []
    for w in words:
        if out and out[-1] + w in SYNONYMS:
            out[-1] += w
        else:
            out.append(w)
    return out


#: Words of a name that also say where or what else ("bone pain", "blood tests"): never the name alone.
_PLACE_WORDS = frozenset({"bone", "marrow", "blood", "cell", "cells"})


def _names(t: str, names: frozenset[str]) -> bool:
    """Whether a term is one of ``names`` or a shorter form of one ("anem" of "anemia")."""
    return t in names or (len(t) >= _COMPARED_MIN and any(n.startswith(t) for n in names))
