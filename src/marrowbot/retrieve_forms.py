"""The words a document uses for an asked word: its synonyms and other forms (``Asked.related``), its comparative
("thick": "thicker"), a negation's ("isn't": "non-cancerous"). Retrieval ranks sentences by them."""

from __future__ import annotations

from marrowbot.asked import Asked
from marrowbot.text import stem, terms

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
