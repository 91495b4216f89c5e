"""What a message is about: a document, or a condition a document names, even when misspelt or abbreviated."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace

import numpy as np
from rapidfuzz import fuzz, process

from marrowbot.index import Name, PassageIndex
from marrowbot.memory import Memo
from marrowbot.text import STOPWORDS, fold, name_words, names_a_condition, terms
from marrowbot.text.questions import EVERYDAY, QUESTION_WORDS
from marrowbot.understanding.clauses import asked_sentence
from marrowbot.understanding.lay_names import LayName, LayNames, leaves_topic, names_unknown_illness
from marrowbot.understanding.name_word_match import WORD_FORM_CREDIT, WORD_TYPO_SCORE, one_slip, word_match

#: A name counts as found when this share of it is in the message (after the fuzzy check).
TOPIC_THRESHOLD = 0.78
#: How much it counts that a name explains more of the message's words.
COVERAGE_WEIGHT = 0.2
_CANDIDATES = 30
#: How many words ``_typo_candidates`` remembers (the same words not in any name come back in many questions).
_TYPO_MEMO = 5_000  # (up to 90 name ids a word: about 4 MB at most on a large library)
#: How much it counts that a name is what the message says in everyday words ("dead marrow"): more than the
#: coverage of any other name found with the same words ("bone marrow diseases" for "the sickness when marrow dies").
LAY_NAME_BONUS = COVERAGE_WEIGHT
#: The general topic's document: a condition said by what it means may refine it ("bone marrow diseases").
GENERAL_TOPIC = "bone-marrow-diseases"
#: Everyday words for the word names end with ("sickness of the bone marrow" is a disease of it).
LAY_NAME_WORDS = {"sickness": "disease", "sicknesses": "diseases", "illness": "disease", "illnesses": "diseases",
                  "sick": "disease", "ailment": "disease", "ailments": "diseases",
                  # checking the marrow or taking a sample of it is testing it ("how would they check his marrow")
                  "check": "test", "checks": "tests", "checking": "test", "checked": "test",
                  "sample": "test", "samples": "tests"}
#: Vaguer everyday words for a disease ("my boy has a marrow problem"), read so only when the message names nothing
#: as it is said: some names use them themselves ("Balance Problems").
VAGUE_NAME_WORDS = {"problem": "disease", "problems": "diseases", "trouble": "disease", "troubles": "diseases",
                    "issue": "disease", "issues": "diseases", "condition": "disease", "conditions": "diseases"}
#: "marrow" said without "bone", as people say it ("a marrow transplant", "her marrow"): every name says "bone marrow".
MARROW_ALONE = re.compile(r"(?<!bone )(?<!bone-)\bmarrow\b", re.IGNORECASE)
MARROW_WORDS = frozenset(name_words("bone marrow"))
#: "bone marrow" said as (part of) a name, not where something is ("bone pain"): at the message's end or before a word
#: for a disease ("what genetic conditions affect the bone marrow", "inherited bone marrow disorders"). Folded text.
MARROW_AS_NAME = re.compile(r"\bbone marrow(?:\s+(?:conditions?|disorders?|diseases?|problems?)\b|\W*$)")
#: Words that end a condition's name and that people leave out ("polycythemia" for polycythemia vera, "sickle
#: cell" for sickle cell anemia, "diamond blackfan"): the general word for what it is, or a Latin qualifier.
DROPPABLE_TAILS = frozenset("anemia anaemia disease diseases disorder disorders syndrome syndromes vera rubra".split())
#: Words that start a condition's name and that people leave out ("myeloproliferative neoplasms" for chronic
#: myeloproliferative neoplasms): how long it lasts or whom it strikes, never what it is.
DROPPABLE_HEADS = frozenset("chronic primary idiopathic adult childhood juvenile".split())
#: A name said without its droppable head keeps at least this many words ("myeloproliferative neoplasms"): one word
#: alone is a head said alone (``head_match``), or a general word.
QUALIFIED_CORE_WORDS = 2
#: The score of a name found without its droppable tail: enough to count, below any name found whole.
PARTIAL_NAME_SCORE = TOPIC_THRESHOLD
#: The part of a name left when its tail is dropped must have a word this long that is no everyday word.
PARTIAL_NAME_MIN_WORD = 5
#: The endings of a word that names a disease by its form ("necrosis", "myeloma", "thrombocythemia", "aplasia"):
#: such a word ending a name is its head, and people say it alone ("what about necrosis", "is myeloma common").
DISEASE_WORD = re.compile(r"(?:osis|oma|emia|aemia|penia|plasia|pathy|uria|itis|ism)$")
#: A disease word said alone names a condition only when this long ("coma" and "edema" are other things).
HEAD_NAME_MIN_WORD = 7
#: Only a short name is said by its head ("multiple myeloma", not "plasma cell neoplasms including multiple myeloma").
HEAD_NAME_MAX_WORDS = 3
#: What may come before a name's head said alone: a joining or asking word ("about necrosis", "has myeloma"),
#: never another word that would make it another name ("avascular necrosis", "tumor necrosis factor").
#: Words before a head that make no other name with it: ways of asking, pronouns ("they told us myeloma") and the
#: verbs that report a diagnosis ("they said myeloma", "suspected myeloma"): who said the name, not a kind of it.
_REPORTING = frozenset("us u ya yall told tell tells said say says called diagnosed dx confirmed suspect suspects "
                       "suspected think thinks thought mentioned found".split())
#: A word naming a word ("the word necrosis", "that term myeloma"): the name said as a word, no kind of it.
_NAMING_WORDS = frozenset(("word", "term"))
_HEAD_LEAD = STOPWORDS | frozenset(QUESTION_WORDS.split()) | frozenset(("whats", "what's", "hows", "and")) \
    | _REPORTING | _NAMING_WORDS
#: Heads that are also a general finding ("thrombocytosis from an infection", "necrosis of the jaw"): a report of one
#: ("the doctor thinks thrombocytosis") names no particular disease by it.
FINDING_HEADS = frozenset("thrombocytosis polycythemia pancytopenia cytopenia necrosis anemia fibrosis neutropenia "
                          "thrombocytopenia leukopenia".split())


def names_a_disease(name: str) -> bool:
    """True for a name that says a disease by its form or its last word ("Shwachman-Diamond syndrome", "Multiple
    myeloma"; not "Bone marrow transplantation", "Blood count tests")."""
    words = fold(name).replace("-", " ").split()
    return bool(words) and (words[-1] in DROPPABLE_TAILS or bool(DISEASE_WORD.search(words[-1])))


#: Sections only a condition's page has: what it does to a person, why and to whom it happens, how it goes (a page on
#: a test, a procedure, a treatment or a part of the body has none: "Blood Count Tests", "Stem Cells").
CONDITION_SECTIONS = frozenset(("symptoms", "causes", "who is at risk", "inheritance", "genetic changes", "frequency",
                                "outlook", "prognosis", "prevention", "stages", "complications"))


def names_a_thing(names: Iterable[str], sections: Iterable[str]) -> bool:
    """True for a page about a thing, not a condition a person has (a test, a procedure, a treatment, a part of the
    body: "Blood Count Tests", "Bone Marrow Transplantation", "Stem Cells"), decided from its own data: none of its
    names (title, aliases) names a condition or a disease, and none of its sections is a condition's
    (``CONDITION_SECTIONS``: "Disseminated Intravascular Coagulation" has symptoms and causes)."""
    return not any(names_a_condition(n) or names_a_disease(n) for n in names) \
        and not any(fold(s) in CONDITION_SECTIONS for s in sections)


@dataclass(frozen=True)
class Topic:
    doc: str
    score: float
    name: Name
    evidence: str  # what in the message matched, for /why
    head: str = ""  # the name was said by its head word alone ("necrosis"): that word
    vague: bool = False  # found only with a vague word read as "disease" ("a marrow problem")

    @property
    def condition(self) -> Name | None:
        return self.name if self.name.kind == "condition" else None


#: A message expanded, its expansions, every name found in it and the names that count (``Understander.named``).
Named = tuple[str, tuple[str, ...], list[Topic], list[Topic]]


class TopicFinder:
    def __init__(self, index: PassageIndex, abbreviations: tuple[tuple[str, str], ...],
                 lay_names: tuple[LayName, ...] = ()) -> None:
        self.index = index
        self.lay_names = LayNames(lay_names)
        self._name_words = index.name_words
        self._words = index.name_word_table
        self._abbrev = [(short, expansion, _needs_capitals(short)) for short, expansion in abbreviations]
        self._name_starts: dict[tuple[str, ...], frozenset[str]] | None = None  # see ``_starts_other_names``
        self._typo_names = Memo(_TYPO_MEMO)  # a message's word -> the name ids ``_typo_candidates`` found
        self._spelt = Memo(_TYPO_MEMO)  # a message's word -> ``_spelt_right`` (asked once per name ranked)

    def expand(self, text: str, current: str | None = None, lay: bool = True) -> tuple[str, tuple[str, ...]]:
        """Append the expansion of each abbreviation used ("PV" -> "polycythemia vera"), and the name of each
        condition said by what it means ("dead marrow" -> "bone marrow necrosis", ``lay_names``; unless ``lay`` is
        False). A lay name is only a fallback: never when the message names another condition ("the leukemia cells in
        the marrow die"), nor away from the conversation's topic ``current`` (a document id) but the general one."""
        found = []
        lay_found = self.lay_names.find(text) if lay else ()
        if lay_found and not self._lay_name_may_set(text, current, {fold(name) for _, name in lay_found},
                                                    [fold(said) for said, _ in lay_found]):
            lay_found = ()
        for said, name in lay_found:  # (not with the name's own head word: "... dying, they called it necrosis")
            if fold(name).split()[-1] not in fold(text).split():
                found.append(f"{said} = {name}")
                text = f"{text} ({name})"
        tokens = set(re.findall(r"[A-Za-z0-9]+", text))
        lowered = {t.lower() for t in tokens}
        for short, expansion, capitals in self._abbrev:
            if (short in tokens) if capitals else (short.lower() in lowered):
                found.append(f"{short} = {expansion}")
                text = f"{text} ({expansion})"
        return text, tuple(found)

    @property
    def capital_abbreviations(self) -> frozenset[str]:
        """The abbreviations that name a condition only in capitals ("ALL", "ET"; "all" and "et" are words)."""
        return frozenset(short for short, _, capitals in self._abbrev if capitals)

    def lay_named(self, expansions: tuple[str, ...]) -> bool:
        """True when ``expansions`` (of ``expand``) name a condition by what it means."""
        return any(e.endswith(f"= {entry.name}") for e in expansions for entry in self.lay_names.table)

    def _lay_name_may_set(self, text: str, current: str | None, meant: set[str], said: list[str]) -> bool:
        """True when a condition said by what it means may be the topic: the conversation has no topic, the general
        one (``GENERAL_TOPIC``) or leaves another for it (``leaves_topic``), and the message names no other condition
        whole (unless that condition is said to bring this one about: ``brings_about``)."""
        pages = [[t.doc for t in self._candidates(name, LAY_NAME_WORDS)] for name in meant]
        docs, allowed = {d for p in pages for d in p} - {GENERAL_TOPIC}, {GENERAL_TOPIC, *(p[0] for p in pages if p)}
        if current not in (None, GENERAL_TOPIC) and not leaves_topic(text, said, self.index, current, docs) \
                or names_unknown_illness(text, self._name_words, self.index, docs):  # ("is thalassemia passed on")
            return False
        if any(brings_about(fold(text), phrase) for phrase in said):
            return True  # "can sickle cell make the marrow die": the other condition as a cause of this one
        asked = asked_sentence(text)
        if asked != text and self.lay_names.find(asked):
            # A long message's asking clause says it ("... she had chemo for lymphoma ... what can make the marrow
            # die like that"): a condition its story names is not what is asked about.
            text = asked
        return all(t.head or t.doc in allowed for t in self._candidates(text, LAY_NAME_WORDS))

    def soft_match(self, i: int, query_words: list[str],
                   seen: dict[str, tuple[float, str]] | None = None) -> tuple[float, set[str]]:
        """Share of a name's (idf-weighted) words found in the message, each exactly or with a typo,
        and the message's words that matched. ``seen``: each name word's match in these ``query_words`` so far
        (many names share words: ``_candidates`` ranks up to 30 names with the same message)."""
        words = self._name_words[i]
        if not words:
            return 0.0, set()
        total = got = 0.0
        qset = set(query_words)
        # (A word the documents use as it is, "thrombocytopenia", is spelt right: no typo of a name's word,
        # "thrombocytosis"; but it may be the same word with another ending, "tests" for "test".)
        spelt = {q for q in query_words if self._spelt_right(q)}
        used: set[str] = set()
        for w in words:
            weight = self._words.idf(w)
            total += weight
            if w in qset:
                got += weight
                used.add(w)
                continue
            found = seen.get(w) if seen is not None else None
            if found is None:
                found = word_match(w, query_words, spelt)
                if seen is not None:
                    seen[w] = found
            credit, match = found
            if credit == WORD_FORM_CREDIT:
                got += weight * WORD_FORM_CREDIT
                used.add(match)
            elif credit:
                got += weight * credit / 100.0
                used.add(match)
        return got / total, used

    def partial_match(self, i: int, query_words: list[str]) -> tuple[float, set[str]]:
        """A name said without the words that end it and that people leave out (DROPPABLE_TAILS): "is sickle cell
        contagious" names sickle cell anemia, "polycythemia" polycythemia vera. What is left must be in the message
        word for word, in order, and tell the name apart (a word of PARTIAL_NAME_MIN_WORD letters or more that is
        no everyday word: "cell" alone names nothing); and the message must not end it with another such word
        ("fanconi syndrome" is not Fanconi anemia)."""
        words = self._name_words[i]
        core = list(words)
        while core and core[-1] in DROPPABLE_TAILS:
            core.pop()
        if not core or len(core) == len(words) \
                or not any(len(w) >= PARTIAL_NAME_MIN_WORD and w not in EVERYDAY for w in core):
            return 0.0, set()
        title = fold(self.index.corpus.document(self.index.names[i].doc).title)
        if not self._starts_other_names().get(tuple(core), frozenset()) <= {title}:
            return 0.0, set()  # "bone marrow" starts other documents' names too
        n = len(core)
        for at in range(len(query_words) - n + 1):
            if query_words[at : at + n] == core:
                after = query_words[at + n] if at + n < len(query_words) else ""
                if after in DROPPABLE_TAILS or after in words:
                    return 0.0, set()  # another name's tail, or the whole name (then soft_match decides)
                return PARTIAL_NAME_SCORE, set(core)
        return 0.0, set()

    def qualifier_match(self, i: int, query_words: list[str], said: list[str]) -> tuple[float, set[str]]:
        """A document's title said without the word that starts it and that people leave out (DROPPABLE_HEADS):
        "what are myeloproliferative neoplasms" names chronic myeloproliferative neoplasms (not an alias, which
        several documents may share: "chronic myeloproliferative disorders" is a group of conditions).
        What is left (QUALIFIED_CORE_WORDS or more) must be in the message word for word, in order, with only a
        joining or asking word before it (``said``, its folded words: "myelodysplastic/myeloproliferative
        neoplasms" is another name)."""
        name = self.index.names[i]
        words = list(self._name_words[i])
        if name.kind != "title" or not words or words[0] not in DROPPABLE_HEADS:
            return 0.0, set()
        core = words[1:]
        if len(core) < QUALIFIED_CORE_WORDS or any(w in DROPPABLE_HEADS for w in core):
            return 0.0, set()
        n = len(core)
        for at in range(len(query_words) - n + 1):
            if query_words[at : at + n] == core:
                first = core[0]
                for k, w in enumerate(said):
                    if w == first and k and said[k - 1] not in _HEAD_LEAD:
                        return 0.0, set()  # ("myelodysplastic/myeloproliferative neoplasms")
                return PARTIAL_NAME_SCORE, set(core)
        return 0.0, set()

    def head_match(self, i: int, query_words: list[str], said: list[str]) -> tuple[float, set[str]]:
        """A document's name said by its head alone, a word that names a disease by its form ("necrosis" for bone
        marrow necrosis, "myeloma" for multiple myeloma): only a document's own name (a title or an alias), only
        when no other word that could make another name comes before it in the message (``said``, its folded words:
        "avascular necrosis")."""
        name = self.index.names[i]
        words = list(self._name_words[i])
        while words and words[-1] in DROPPABLE_TAILS:
            words.pop()
        if name.kind == "condition" or not 2 <= len(words) <= HEAD_NAME_MAX_WORDS:
            return 0.0, set()
        head = words[-1]
        if len(head) < HEAD_NAME_MIN_WORD or head in EVERYDAY or not DISEASE_WORD.search(head):
            return 0.0, set()
        if head not in query_words:
            return 0.0, set()
        for at, w in enumerate(said):
            if w == head:
                before = said[at - 1] if at else ""
                if before and (before not in _HEAD_LEAD or (head in FINDING_HEADS and before in _REPORTING)) \
                        and before not in words:
                    return 0.0, set()
                if any(a in DROPPABLE_TAILS for a in said[at + 1 : at + 1 + HEAD_NAME_MAX_WORDS]):
                    return 0.0, set()  # "hyperparathyroidism jaw tumor syndrome": another name it begins
        return PARTIAL_NAME_SCORE, {head}

    def _starts_other_names(self) -> dict[tuple[str, ...], frozenset[str]]:
        """The starts of document names (titles, aliases) that go on with a word no one leaves out ("bone marrow"
        of "bone marrow necrosis"), each with the titles of the documents so named: said alone, such a start names
        no one condition. Made when first needed."""
        if self._name_starts is None:
            starts: dict[tuple[str, ...], set[str]] = {}
            corpus = self.index.corpus
            for name, words in zip(self.index.names, self._name_words, strict=True):
                if name.kind == "condition":
                    continue  # a link's title ("Diamond-Blackfan Anemia (For Parents)") is no name of a document
                for k in range(1, len(words)):
                    if any(w not in DROPPABLE_TAILS for w in words[k:]):
                        starts.setdefault(tuple(words[:k]), set()).add(fold(corpus.document(name.doc).title))
            self._name_starts = {k: frozenset(v) for k, v in starts.items()}
        return self._name_starts

    def candidates(self, text: str, current: str | None = None) -> list[Topic]:
        """Names found in the message, best first (several documents can share a name); names said by their head
        alone (``Topic.head``) after all others. A vague word for a disease ("a marrow problem") is read as one
        only when nothing is found as the message says it. ``current``: the conversation's topic (a document id),
        which a name said in pieces across sentences does not take the conversation away from."""
        found = self._candidates(text, LAY_NAME_WORDS, current)
        said = fold(text).split()
        # ("a condition where his marrow stops working" is a person's story: "condition" is vague only as "marrow
        # condition", "blood conditions")
        said = [VAGUE_NAME_WORDS[w] if w in VAGUE_NAME_WORDS and (not w.startswith("condition") or (
            at and said[at - 1] in ("marrow", "blood"))) else w for at, w in enumerate(said)]
        if found:
            # ("does a marrow transplant replace the bad stem cells": no name found says its "marrow"; read as "bone
            # marrow", as people mean it, it names another document first: that one, as if said in full)
            if any(MARROW_WORDS & set(name_words(t.name.text)) for t in found):
                return found
            marrow = self._marrow_named(text, current)
            return marrow if marrow and marrow[0].doc not in {t.doc for t in found} else found
        vague = self._candidates(" ".join(said), LAY_NAME_WORDS, current) if said != fold(text).split() else []
        if not vague:
            return self._marrow_named(text, current)
        return [replace(t, vague=True, evidence=f"{t.evidence} (a vague word read as 'disease')") for t in vague]

    def _marrow_named(self, text: str, current: str | None) -> list[Topic]:
        """Names said with "marrow" for "bone marrow" ("a marrow transplant", "marrow aspiration"): only names with a
        word of their own besides "bone marrow" ("fix the marrow itself" names no document)."""
        if not MARROW_ALONE.search(text):
            return []
        found = self._candidates(MARROW_ALONE.sub("bone marrow", text), LAY_NAME_WORDS, current)
        return [t for t in found if set(name_words(t.name.text)) - MARROW_WORDS - DROPPABLE_TAILS]

    def _candidates(self, text: str, lay: dict[str, str], current: str | None = None) -> list[Topic]:
        names = self.index.names
        if not names:
            return []
        contained = self.index.name_scores(text)
        # Only the names with some evidence are ranked (a handful, not a library's tens of thousands).
        some = np.flatnonzero(contained >= 0.1)
        order = some[np.lexsort((some, -contained[some]))][:_CANDIDATES].tolist()
        query_words = [lay.get(w, w) for w in _content_words(text)]
        order.extend(self._typo_candidates(query_words))
        found: list[tuple[float, Topic]] = []
        asked = {w for w in query_words if w not in STOPWORDS}
        said = re.findall(r"[a-z0-9']+", fold(text))
        heads: list[tuple[float, Topic]] = []  # names said by their head alone: only when no name is said whole
        # The words of each sentence: a name's words said in different sentences ("treat the underlying disease
        # first. why not fix the marrow") do not say it. What is in brackets (an expansion ``expand`` appended,
        # "PNH: is it inherited? (paroxysmal ...)") belongs to every sentence.
        bracketed = {lay.get(w, w) for x in re.findall(r"\(([^()]*)\)", text) for w in _content_words(x)}
        sentences = [bracketed | {lay.get(w, w) for w in _content_words(x)}
                     for x in SENTENCE_END.split(re.sub(r"\([^()]*\)", " ", text))]
        seen: dict[str, tuple[float, str]] = {}  # each name word's match in this message (``soft_match``)
        for i in dict.fromkeys(order):
            name = names[i]
            if name.kind == "condition" and all(w in EVERYDAY for w in self._name_words[int(i)]):
                continue  # a link on an everyday word ("[blood](bloodcounttests)") names no condition
            score, used = self.soft_match(int(i), query_words, seen)
            if score < TOPIC_THRESHOLD:
                score, used = self.partial_match(int(i), query_words)
                if score < TOPIC_THRESHOLD:
                    score, used = self.qualifier_match(int(i), query_words, said)
                    if score >= TOPIC_THRESHOLD:  # the name as the message says it, without its first word
                        name = Name(name.text.split(maxsplit=1)[1], name.doc, "alias", name.passage)
                if score < TOPIC_THRESHOLD:
                    score, used = self.head_match(int(i), query_words, said)
                    if score >= TOPIC_THRESHOLD:
                        head = next(iter(used))
                        heads.append((score + 0.001 * (60 - min(len(name.text), 60)),
                                      Topic(name.doc, score, name, f"{name.text} (said by its head '{head}')", head)))
                    continue
            # (only away from the conversation's topic: with none, "my anemia got worse. the doctor said aplastic"
            # still names aplastic anemia)
            if current is not None and name.doc != current and len(used) > 1 \
                    and not any(used <= words for words in sentences) \
                    and not _in_order(self._name_words[int(i)], used, query_words):
                continue  # (said in pieces, in its order, it still counts: "the bone marrow dying?? necrosis??")
            # Prefer the name that explains more of the message ("congenital lobar emphysema" over
            # "emphysema"), then documents' own names, then longer names.
            coverage = len(used & asked) / len(asked) if asked else 0.0
            rank = (score + COVERAGE_WEIGHT * coverage + (0.03 if name.kind != "condition" else 0.0)
                    + 0.001 * min(len(name.text), 60))
            found.append((rank, Topic(name.doc, min(1.0, score), name, name.text)))
        # (only when ``expand`` appended its name: not when another condition or the conversation's topic won)
        meant = {fold(name) for _, name in self.lay_names.find(text) if f"({name})" in text} if "(" in text else set()
        if meant:  # a condition said by what it means is what the message names ("the sickness when marrow dies")
            found = [(rank + (LAY_NAME_BONUS if fold(t.name.text) in meant else 0.0), t) for rank, t in found]
        found.sort(key=lambda rt: -rt[0])
        heads.sort(key=lambda rt: -rt[0])
        # (a head said alone comes after every name said whole: "is hyperparathyroidism linked to it" names the
        # condition a page links before the page whose name it ends)
        return [t for _, t in found] + [t for _, t in heads]

    def _spelt_right(self, word: str) -> bool:
        """Is a message's word one the documents use as it is (an index term of one word, the word itself or with an
        ending: "necrosys" stems to the term of "necrosis", but is no form of it)?"""
        known: bool | None = self._spelt.get(word)
        if known is not None:
            return known
        stems = terms(word)
        right = len(stems) == 1 and word.startswith(stems[0]) and len(word) - len(stems[0]) <= 3 \
            and self.index.text_vec.vocabulary.get(stems[0]) is not None
        return bool(self._spelt.keep(word, right))

    def _typo_candidates(self, query_words: list[str]) -> list[int]:
        """Names that contain a word close to a misspelt word of the message ("shhignles" -> "Shingles")."""
        out: list[int] = []
        for w in query_words:
            if len(w) < 4 or w in self._words or w in STOPWORDS:
                continue
            found = self._typo_names.get(w)
            if found is None:
                found = []
                near = self._words.near_in_length(len(w), WORD_TYPO_SCORE)
                spelt = self._spelt_right(w)  # (then only the same word with another ending: see ``word_match``)
                for match, _, _ in process.extract(w, near, scorer=fuzz.ratio, score_cutoff=WORD_TYPO_SCORE,
                                                   limit=3):
                    if not spelt or one_slip(w, match):
                        found.extend(self._words.names_with(match)[:_CANDIDATES])
                self._typo_names.keep(w, found)
            out.extend(found)
        return out


#: A verb of bringing a thing about (folded text): a condition named with it and with a condition said by what it
#: means ("can sickle cell cause the marrow to die") is asked about as a cause of that condition.
BRINGS_ABOUT = re.compile(r"\b(?:cause|causes|caused|causing|make|makes|made|lead\s+to|leads\s+to|led\s+to"
                          r"|trigger|triggers|triggered|bring\s+on|brings\s+on|brought\s+on|result\s+in)\b")
#: A treatment said as the thing that brings a change about ("does chemo make the marrow cells die"): its ordinary
#: effect, never another condition's cause (folded text).
A_TREATMENT = re.compile(r"\b(?:chemo\w*|radiation|radiotherapy|therapy|treatments?|drugs?|medicines?|medications?"
                         r"|transplants?|transfusions?|steroids?|pills?)\b")


def brings_about(text: str, phrase: str) -> bool:
    """True when folded ``text`` says something brings about the condition said by what it means, ``phrase`` (a
    lay name's words) as the verb's object and a thing that is no treatment as its subject: "can sickle cell cause
    the marrow to die", not "does chemo for leukemia make the marrow cells die" nor "can leukemia make you need
    donated blood"."""
    if not all(w in text for w in phrase.split()):
        return False  # (each of its words is needed as written: no pattern is made, nor compiled, for the rest)
    obj = r"\s+(?:\w+\s+)?".join(re.escape(w) for w in phrase.split())  # ("marrow to die", "marrow cells die")
    for m in re.finditer(rf"{BRINGS_ABOUT.pattern}\s+(?:(?:the|your|his|her|their|my|a|bone)\s+)*{obj}\b", text):
        subject = SENTENCE_END.split(text[:m.start()])[-1].split(",")[-1]
        if subject.strip() and not A_TREATMENT.search(subject):
            return True
    return False


#: Where a sentence of a message ends.
SENTENCE_END = re.compile(r"[.?!;]+(?:\s|$)")


def _in_order(name: list[str], used: set[str], said: list[str]) -> bool:
    """True when the words of a name found in a message come in the name's order (a word found by a typo or
    another form is not checked)."""
    seq = [w for w in name if w in used]
    if len(seq) < len(used):
        return True
    at = [said.index(w) for w in seq]
    return at == sorted(at)


def _content_words(text: str) -> list[str]:
    return name_words(text)


def _needs_capitals(short: str) -> bool:
    # "ALL" and "ET" are also ordinary words ("mm" a unit or a murmur, "aa" a sigh): only their capitalised form counts.
    return short.lower() in STOPWORDS or short.lower() in {"et", "all", "pan", "aid", "cat", "mm", "aa"}
