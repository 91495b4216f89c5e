"""What a message asks about: its content words (beyond how it asks and the names in it), whether a name in it is
part of a longer name the documents never use, and how much of it a sentence covers. Read-only, built once."""

from __future__ import annotations

import re
from functools import cached_property

from rapidfuzz import fuzz, process

from marrowbot.asked_groups import groups_asked
from marrowbot.asked_memo import per_reading
from marrowbot.asked_term import term_asked
from marrowbot.corpus import Corpus
from marrowbot.index import PassageIndex
from marrowbot.intents import IntentSet
from marrowbot.language import spanish_word
from marrowbot.memory import Memo, remembered
from marrowbot.model import Document, Hit
from marrowbot.near_words import ByLength
from marrowbot.retrieve import Retriever
from marrowbot.text import NAME_SPAN_SCORE, NAME_STOPWORDS, STOPWORDS, everyday, fold, stem, terms
from marrowbot.text.name_words import NOT_IN_A_NAME
from marrowbot.text.questions import (
    EVERYDAY,
    EXCLUDED,
    FILLER_PHRASES,
    INSIDE_STEM_MIN,
    NAME_TAILS,
    NAME_TYPO_RATIO,
    NOT_A_MODIFIER,
    QUESTION_WORDS,
    RELATED_STEM_MIN,
    SYNONYMS,
    TYPO_SCORE,
    YES_NO,
)
from marrowbot.understanding.clauses import asking_clauses
from marrowbot.understanding.topics import LAY_NAME_WORDS, MARROW_AS_NAME, VAGUE_NAME_WORDS
from marrowbot.understanding.understand import Understanding

_QUESTION_WORDS = frozenset(terms(QUESTION_WORDS))
#: A negation typed without its apostrophe that is a question word at a question's start ("isnt it inherited").
_NEGATION_WORDS = frozenset({"isnt", "arent", "wasnt", "werent"})
#: Words that may open a question before such a negation ("so isnt it", "and arent they").
_OPENING_WORDS = frozenset({"so", "and", "but", "ok", "okay", "well", "then", "or", "also", "hmm", "um"})
#: A word people leave out of a pair the documents say with it between ("red cells": "red blood cells").
_BETWEEN_PAIR = frozenset(terms("blood"))
#: The share of a question's words a sentence naming the person's symptom counts as using (enough to answer).
NAMED_SYMPTOM_SHARE = 0.5
_NAME_TAILS = frozenset(terms(NAME_TAILS))
#: How much an asked word counts towards coverage when the document never uses it (nor a form or synonym of it).
UNUSED_WORD_WEIGHT = 0.5
#: A word shorter than this is too often a typo or a chat word ("teh", "ur") to call it a thing never named.
STRANGE_MIN = 4
_EVERYDAY = frozenset(stem(w) for w in EVERYDAY)
_EVERYDAY_LIST = sorted(w for w in EVERYDAY if len(w) >= STRANGE_MIN)  # ("gout" is no typo for "out")
#: Two pages sharing this many names (titles, aliases) are about the same condition.
SAME_CONDITION_NAMES = 2
#: Lay words the documents say with a prefix of the word after them ("overactive parathyroid": hyperparathyroidism).
_LAY_PREFIXES = {"overactive": "hyper", "underactive": "hypo"}
#: Who does a thing: the word after one is a verb ("can you catch X"), no part of a name (not "it": "is it feline X").
_SUBJECTS = frozenset("i you u we they he she people ppl kids children someone anyone everyone doctors".split())
#: Verbs of what a condition does to something, asked about themselves when that something is left out ("besides").
_EXCLUDING_VERBS = frozenset(terms("affect affects affecting spread spreads cause causes damage damages harm harms"))
#: Where the message ends and an appended expansion of an abbreviation begins, and the marks between a message's
#: parts: a word before a comma is no modifier of the name after it ("platelets are super high, essential
#: thrombocythemia").
_SEGMENT = re.compile(r"[()]|[,;:!?]|\.(?:\s|$)")
#: Whom to turn to, asked (folded): someone to talk to, help, a group, an expert ("where can we get real help").
_TURN_TO = re.compile(r"\b(?:help|talk|speak|someone|somebody|anyone|anybody|others|group|groups|support|experts?"
                      r"|specialists?|organi[sz]ations?|charity|charities)\b")


class Asked:
    """Answers "what does this message ask about?" for the answer policy (respond.py)."""

    def __init__(self, corpus: Corpus, intent_set: IntentSet, index: PassageIndex, retriever: Retriever) -> None:
        self.corpus = corpus
        self.intent_set = intent_set
        self.index = index
        self.retriever = retriever
        self.intent_keyword_terms = {i.name: frozenset(t for k in i.keywords for t in terms(k))
                                     for i in intent_set.intents}
        self.keyword_terms: frozenset[str] = frozenset().union(*self.intent_keyword_terms.values())
        self._keyword_list = sorted(t for t in self.keyword_terms if len(t) >= 4)
        self._doc_name_terms: dict[str, frozenset[str]] = {}
        self._doc_words: dict[str, dict[str, str]] = {}  # doc -> stem -> a word of the document with that stem
        self._related = Memo(_RELATED_MEMO)  # (word, doc) -> ``related`` as a tuple, asked again

    @cached_property
    def _same_condition(self) -> dict[str, list[str]]:
        """Document -> the documents about the same condition, in corpus order: pages with the same title
        ("Polycythemia vera" from GARD, NHLBI...), or sharing two or more names (titles and aliases: "Myelofibrosis"
        and "Primary myelofibrosis" are both "idiopathic myelofibrosis" and "myeloid metaplasia"; one shared group
        name, "chronic myeloproliferative disorders", is not enough), and the pages those are the same as."""
        docs = self.corpus.documents
        parent = {d.id: d.id for d in docs}

        def root(x: str) -> str:
            while parent[x] != x:
                x = parent[x]
            return x

        by_title: dict[str, list[str]] = {}
        by_name: dict[str, list[str]] = {}
        for d in docs:
            by_title.setdefault(fold(d.title), []).append(d.id)
            for n in {fold(d.title), *(fold(a) for a in d.aliases)}:
                by_name.setdefault(n, []).append(d.id)
        shared: dict[tuple[str, str], int] = {}
        for ids in by_name.values():
            for i, a in enumerate(ids):
                for b in ids[i + 1 :]:
                    shared[a, b] = shared.get((a, b), 0) + 1
        pairs = [(ids[0], other) for ids in by_title.values() for other in ids[1:]]
        pairs += [ab for ab, n in shared.items() if n >= SAME_CONDITION_NAMES]
        for a, b in pairs:
            parent[root(b)] = root(a)
        groups: dict[str, list[str]] = {}
        for d in docs:
            groups.setdefault(root(d.id), []).append(d.id)
        return {d.id: groups[root(d.id)] for d in docs}

    def same_titled(self, doc_id: str) -> list[str]:
        """The other documents about the same condition as this one (see ``_same_condition``)."""
        return [d for d in self._same_condition.get(doc_id, ()) if d != doc_id]

    def document(self, doc_id: str) -> Document:
        return self.corpus.document(doc_id)

    def has_document(self, doc_id: str) -> bool:
        try:
            self.corpus.document(doc_id)
        except KeyError:
            return False
        return True

    @staticmethod
    def turns_to(u: Understanding, intent: str) -> bool:
        """True when a request for support says whom to turn to ("where can we talk to someone who knows this"):
        the topic's support section answers it, whatever other words it says ("not random forums")."""
        return intent == "support" and bool(_TURN_TO.search(fold(u.text)))

    @per_reading
    def content_terms(self, u: Understanding, intent: str | None = None) -> list[str]:
        """The message's words that are about something, not how it asks: without the keywords of the
        intent answered (or of every intent) and the common question words."""
        groups = groups_asked(_asked(u.query), self.intent_set, intent, u.topic is not None)  # ("can kids get it")
        keywords = (self.keyword_terms if intent is None else self.intent_keyword_terms[intent]) - groups.asked
        said = terms(_asked(u.query))
        # A word an everyday phrase was put into ("get into" -> "spread") is what is asked, even when the same
        # word typed would only be a way of asking.
        introduced = set(said) - set(terms(FILLER_PHRASES.sub(" ", fold(u.query))))
        introduced |= groups.named
        # "so cancer isnt the only thing behind it": a negation typed without its apostrophe (the normal form every
        # reading but the screen's, ``spelling.asking_form``) after the thing it negates is asked, as "isn't" was
        # ("isn" is no question word); at a question's start it only asks ("isnt it inherited").
        asked_words = _asked(u.query).split()
        introduced |= {stem(w) for i, w in enumerate(asked_words)
                       if w in _NEGATION_WORDS and i > 0 and asked_words[i - 1] not in _OPENING_WORDS}
        if EXCLUDED.search(fold(u.query)):
            # "can it affect other things besides blood": with the thing it would be asked about left out, the
            # affecting itself is what is asked.
            introduced |= set(said) & _EXCLUDING_VERBS
        return [t for t in said if t not in keywords and (t not in _QUESTION_WORDS or t in introduced)]

    def defined_term(self, u: Understanding) -> str:
        """The term a "what is X" question asks about when X is no name of the topic ("whats hemoglobin" in a
        conversation about bone marrow diseases), or ""."""
        term = term_asked(u.query)  # (after "sorry", before the story: "what is hemoglobin, i keep seeing it")
        said = terms(term)
        if not said or all(t in self.keyword_terms or t in _QUESTION_WORDS for t in said) \
                or set(said) <= self.name_terms(u):
            return ""
        return term

    def names_something_else(self, u: Understanding) -> bool:
        """True when the name found is part of a longer name the documents never use: "hairy cell leukemia"
        is not "leukemia", "high blood pressure" is not "blood"."""
        assert u.topic is not None
        name = self._name_as_said(u)
        # The message and each expansion appended to it ("is pv linked to heart attacks (polycythemia vera)") are
        # read apart: the message's last word is no modifier of the expanded name.
        for segment in _SEGMENT.split(u.query):
            words = FILLER_PHRASES.sub(" ", fold(segment)).split()
            span = _name_span(words, name)
            if span is not None:
                break
        if span is None:
            return False
        start, size = span
        # "is aplastic anemia cancer?", "is X contagious": a yes/no question's one word after the name it starts
        # with says what is asked about the condition; it is no part of a longer name.
        predicate = start <= 1 and start + size == len(words) - 1 and bool(YES_NO.match(" ".join(words)))

        shorts = {fold(e.split(" = ", 1)[0]) for e in u.expansions}

        def modifier(w: str) -> bool:
            t = stem(w)
            # (nor a Spanish word in a mixed message: "mi mama tiene bone marrow disease")
            return (w not in STOPWORDS and w not in NAME_STOPWORDS and w not in NOT_IN_A_NAME and not spanish_word(w)
                    and t not in self.keyword_terms
                    and t not in _QUESTION_WORDS and w not in shorts and not w.isdigit() and len(w) > 1
                    and not NOT_A_MODIFIER.search(w) and not self.misspelt_name_word(w))

        left = start
        while left > 0 and modifier(words[left - 1]) and not (left >= 2 and words[left - 2] in _SUBJECTS):
            left -= 1
        right = start + size
        vocab = self.index.text_vec.vocabulary
        # After the name, only a word that ends names ("syndrome"), or after a condition's name one the documents
        # never use ("amyloidosis corneal"; but "is bone marrow disease contagious" asks about the disease).
        while not predicate and right < len(words) and modifier(words[right]) and (stem(words[right]) in _NAME_TAILS
                                                               or (u.topic.condition is not None
                                                                   and stem(words[right]) not in vocab)):
            right += 1
        if (left, right) == (start, start + size):
            return False
        phrase = " ".join(words[left:right])
        return not self.retriever.phrase_in_corpus(phrase)

    def _name_as_said(self, u: Understanding) -> list[str]:
        """The words of the topic's name as the message spells it: the name found, or when the message spells
        another name of the same document word for word and not that one, the longest such name ("is bone marrow
        necrosis when the bone marrow dies": its title, not "necrosis of the bone marrow" read loosely in "necrosis
        when the bone marrow")."""
        assert u.topic is not None
        found = fold(u.topic.name.text)
        said = f" {' '.join(fold(u.query).split())} "
        if f" {found} " in said:
            return found.split()
        d = self.document(u.topic.doc)
        spelled = [n for n in map(fold, (d.title, *d.aliases)) if n and f" {n} " in said]
        return max(spelled, key=len).split() if spelled else found.split()

    @cached_property
    def _name_words(self) -> ByLength:
        """The names' words, by length (made when first needed: a library has tens of thousands of names)."""
        return ByLength(sorted({w for n in self.index.names for w in fold(n.text).split() if len(w) >= 4}))

    def misspelt_name_word(self, w: str) -> bool:
        """A word no name has, but close to one a name has ("ocld" for "cold"): a typo, not another name."""
        if len(w) < 4 or w in self.index.text_vec.vocabulary or stem(w) in self.index.text_vec.vocabulary:
            return False
        near = self._name_words.near(len(w), NAME_TYPO_RATIO)
        return process.extractOne(w, near, scorer=fuzz.ratio, score_cutoff=NAME_TYPO_RATIO) is not None

    def words_of(self, doc: str) -> dict[str, str]:
        """Each stem the document's sentences use -> one word of the document with that stem."""
        cached = self._doc_words.get(doc)
        if cached is None:
            cached = {}
            for pid in self.corpus.passage_ids(doc):
                for w in fold(self.index.passages[pid].text).split():
                    if w not in STOPWORDS:
                        cached.setdefault(stem(w), w)
            self._doc_words[doc] = cached
        return cached

    def related(self, word: str, doc: str) -> list[str]:
        """The document's words for an asked word: everyday synonyms (text.SYNONYMS) and other forms of the
        same word ("environment" -> "environmental", "inherit" -> "inheritance")."""
        known = self._related.get((word, doc))
        if known is None:
            known = self._related.keep((word, doc), tuple(self._find_related(word, doc)))
        return list(known)

    def _find_related(self, word: str, doc: str) -> list[str]:
        words = self.words_of(doc)
        out = [s for s in SYNONYMS.get(word, ()) if stem(s) in words]
        t = stem(word)
        # A way of asking typed with a typo ("diagnos") is not a word to find other forms of.
        if len(t) >= RELATED_STEM_MIN and process.extractOne(t, self._keyword_list, scorer=fuzz.ratio,
                                                             score_cutoff=TYPO_SCORE) is None:
            out += [w for st, w in words.items() if st != t and len(st) >= RELATED_STEM_MIN
                    and (st.startswith(t) or t.startswith(st) or (len(t) >= INSIDE_STEM_MIN and t in st))]
        return out

    def _lay_prefix(self, word: str, after: list[str], doc: str) -> bool:
        """True when a lay word says what a prefix of the document's word for the next one says ("overactive
        parathyroid": "hyperparathyroidism", "underactive thyroid": "hypothyroidism")."""
        prefix = _LAY_PREFIXES.get(word)
        return prefix is not None and bool(after) and any(
            stem(r).startswith(prefix + stem(after[0])[:INSIDE_STEM_MIN]) for r in self.related(after[0], doc))

    def expand(self, content: str, doc: str) -> str:
        """What a question asks about with the document's words for it added (for ranking its sentences)."""
        extra = [r for w in content.split() for r in self.related(w, doc)]
        return " ".join([content, *extra]) if extra else content

    def coverage(self, u: Understanding, content: str, passage_text: str) -> float:
        """Share of the question's own words a passage uses; a lay phrase counts as used when the passage says
        the documents' word for it ("skin went yellow" and "jaundice"), an asked word when the passage uses a
        synonym or another form of it ("medicines" and "drugs")."""
        have = set(terms(passage_text))
        wanted = set(terms(content))
        if u.topic is not None:
            words = content.split()
            for i, w in enumerate(words):
                t = stem(w)
                if t in wanted and t not in have and any(stem(r) in have for r in self.related(w, u.topic.doc)):
                    have.add(t)
                    # ("blood flow" said for "circulation": the blood before the lay word is part of what it says)
                    if i and stem(words[i - 1]) in _BETWEEN_PAIR:
                        have.add(stem(words[i - 1]))
        named = False  # the passage names one of the person's symptoms
        for term, said in u.symptoms:
            if set(terms(term)) <= have:
                have |= set(terms(said)) | set(terms(term))
                named = True
        for term, _ in u.symptoms:
            if not set(terms(term)) <= have:
                wanted -= set(terms(term))  # an expansion the passage does not use is no word of the question
        # A word the document never uses in any form ("what does imatinib have to do with it, honestly") counts
        # half: no sentence of it could use the word, and it is more often how something is asked than what. Not
        # in a yes/no question: there the word may be the very thing asked ("is it contagious? ... visiting").
        known = wanted if u.topic is None or YES_NO.search(fold(u.text)) else self._used_by(content, u.topic.doc)
        weight = {t: 1.0 if t in have or t in known else UNUSED_WORD_WEIGHT for t in wanted}
        total = sum(weight.values())
        share = sum(weight[t] for t in wanted & have) / total if total else 0.0
        # A sentence naming the symptom described ("her skin has gone kind of yellowish": jaundice) speaks to it,
        # whatever other words describe it.
        return max(share, NAMED_SYMPTOM_SHARE) if named else share

    def used_by(self, content: str, doc: str) -> set[str]:
        """The terms of ``content`` the document uses, itself or in another form or a synonym."""
        return self._used_by(content, doc)

    def _used_by(self, content: str, doc: str) -> set[str]:
        """The terms of ``content`` the document uses, itself or in another form or a synonym."""
        words = self.words_of(doc)
        return {stem(w) for w in content.split() if stem(w) in words or self.related(w, doc)}

    @per_reading
    def content_text(self, u: Understanding, intent: str | None = None) -> str:
        """What the message asks about beyond its intent and its topic's name ("grow back", "imatinib"), plus
        the documents' words for the lay words it uses ("yellow eyes" -> jaundice)."""
        named = self.name_terms(u)
        # A lay word inside the condition's own name ("hemorrhagic fever") is the name, not a question about fever.
        # Only the symptoms the question itself says: a long message's story ("he went in for back pain ... how do
        # they treat it") is not what it asks about.
        asked = set(terms(u.query))
        lay = " ".join(term for term, said in u.symptoms if not set(terms(said)) & named
                       and set(terms(said)) <= asked)
        return " ".join(x for x in (self.own_content_text(u, intent), lay) if x)

    def name_terms(self, u: Understanding) -> set[str]:
        """The terms of the topic's names: its document's title and aliases, and the name the message used."""
        if u.topic is None:
            return set()
        names = set(self._name_terms_of(u.topic.doc)) | set(terms(u.topic.name.text))
        # An abbreviation of the name ("TB = tuberculosis") is the name too.
        return names | {t for e in u.expansions for t in terms(e.split(" = ", 1)[0])
                        if set(terms(e.split(" = ", 1)[-1])) <= names}

    @staticmethod
    def _lay_said_terms(u: Understanding) -> set[str]:
        """The terms of the everyday words that named the topic by what it means ("marrow die = bone marrow
        necrosis"; an abbreviation, one word, is a name)."""
        said = [terms(e.split(" = ", 1)[0]) for e in u.expansions]
        return {t for ts in said if len(ts) > 1 for t in ts}

    def name_terms_of(self, doc_id: str) -> frozenset[str]:
        """The terms of a document's title and aliases."""
        return self._name_terms_of(doc_id)

    def _name_terms_of(self, doc_id: str) -> frozenset[str]:
        cached = self._doc_name_terms.get(doc_id)
        if cached is None:
            doc = self.document(doc_id)
            cached = self._doc_name_terms[doc_id] = frozenset(t for n in (doc.title, *doc.aliases) for t in terms(n))
        return cached

    @per_reading
    def own_content_text(self, u: Understanding, intent: str | None = None) -> str:
        content = set(self.content_terms(u, intent))
        words = _asked(u.query).split()
        if u.topic is not None:
            doc = self.document(u.topic.doc)
            # Take out the name as typed, typos and all ("bone marow necrosys"), but keep its words when they
            # are used otherwise ("where is the bone pain in marrow necrosis").
            for name in sorted({fold(n) for n in (u.topic.name.text, doc.title)}, key=len, reverse=True):
                words = _without_name(words, name.split())
            # ... and a name said with an everyday word for its own ("sickness of the bone marrow": an alias is
            # "diseases of the bone marrow")
            lay = [LAY_NAME_WORDS.get(w, w) for w in words]
            if lay != words:
                for name in sorted({fold(n) for n in doc.aliases}, key=len, reverse=True):
                    span = _name_span(lay, name.split())
                    if span is not None:
                        words = words[: span[0]] + words[span[0] + span[1] :]
                        break
        named = self.name_terms(u) - (set() if MARROW_AS_NAME.search(fold(u.text)) else {"bone"})  # or "bone pain"
        if intent in ("definition", "causes"):
            # What a condition said by what it means is, or how it comes about ("my marrow cells are dying, how
            # does that happen"): the sentence saying so in those words answers ("poor circulation ... causing the
            # cells to die"), not one about marrow cells in general. (Asked of another kind, "how do they treat
            # dying marrow", its words are its name.)
            named -= self._lay_said_terms(u)
        # (an everyday word for the name's own, "sickness" or "conditions" for disease, is the name too)
        return " ".join(w for w in words if stem(w) in content and stem(w) not in named
                        and stem(LAY_NAME_WORDS.get(w, VAGUE_NAME_WORDS.get(w, w))) not in named)

    def covers(self, u: Understanding, hits: list[Hit], intent: str) -> bool:
        """With no topic, two or more words asked about must stand together somewhere ("bone cancer" does not);
        only the answered intent's own words are left out ("down syndrome" is a name, not "go down")."""
        content = self.content_terms(u, intent)
        if len(content) < 2:
            return True
        pairs = {(a, b) for a, b in zip(content, content[1:])}
        for h in hits:
            toks = terms(h.passage.text)
            if any(pair in pairs for pair in zip(toks, toks[1:])):
                return True
            # "red cells" said for "red blood cells": a pair with the documents' one word of blood between
            if any((a, c) in pairs and b in _BETWEEN_PAIR for a, b, c in zip(toks, toks[1:], toks[2:])):
                return True
        return False

    def unknown_terms(self, u: Understanding, intent: str | None = None) -> list[str]:
        """Content words no document uses (a subject not covered), but not a linked page's word (unless the topic's),
        "come back" put as "regrow", a typo of asking ("simptoms?"), nor whom to turn to for support ("a group")."""
        expanded = {t for e in u.expansions for t in terms(e.split(" = ", 1)[0])}
        doc = u.topic.doc if u.topic is not None else None
        unknown = [t for t in self.content_terms(u)
                   if len(t) > 2 and t not in expanded and not self.index.knows(t, doc)
                   and not any(self.index.knows(x, doc) for s in SYNONYMS.get(t, ()) for x in terms(s))]
        return [t for t in unknown
                if process.extractOne(t, self._keyword_list, scorer=fuzz.ratio, score_cutoff=TYPO_SCORE) is None
                and not (intent == "support" and _TURN_TO.search(t))]

    def strange_words(self, u: Understanding) -> list[str]:
        """The words asked about that no document uses in any form (see ``unnamed_words``): "turmeric", "medicare",
        a thing the documents cannot speak to, whatever else of the question they use."""
        vocab = self.index.text_vec.vocabulary
        return [w for w in self.unnamed_words(u) if stem(w) not in vocab]

    def unnamed_words(self, u: Understanding) -> list[str]:
        """The words asked about that the documents the question can be answered from never use (the seeds, and
        the topic's page), no everyday English word is, and that are no typo for a word of the topic's document,
        an everyday word or a way of asking, nor have a synonym or another form in it ("chemo": "anticancer")."""
        unknown = set(self.unknown_terms(u))
        if not unknown:
            return []
        known = [w for w in self.words_of(u.topic.doc).values() if len(w) >= STRANGE_MIN] if u.topic else []
        out = []
        # Only the clause that asks counts: the story around a question ("buenas, ...", "my grandma (78) was in
        # hospital ...") is not what is asked about.
        asking = set(fold(asking_clauses(u.text)).split())
        said = _asked(u.query).split()
        for i, w in enumerate(said):
            t = stem(w)
            if w not in asking or t not in unknown or w in EVERYDAY or t in _EVERYDAY \
                    or len(w) < STRANGE_MIN or self.misspelt_name_word(w) \
                    or (u.topic is not None and self.related(w, u.topic.doc)) \
                    or (u.topic is not None and self._lay_prefix(w, said[i + 1:i + 2], u.topic.doc)):
                continue
            if any(process.extractOne(w, words, scorer=fuzz.ratio, score_cutoff=TYPO_SCORE) is not None
                   for words in (known, _EVERYDAY_LIST, self._keyword_list) if words):
                continue
            out.append(w)
        return out


#: How many (word, document) pairs ``Asked.related`` remembers (an ask asks of the same words many times).
_RELATED_MEMO = 50_000


@remembered(maxsize=4096)
def _asked(query: str) -> str:
    """A message as read for what it asks about: folded, without fillers, everyday phrases in the documents'
    words ("does the marrow grow back" asks about recovery). The everyday phrases are read first: a filler
    word may be part of one ("come back": the particle is no back that hurts, but the phrase asks something)."""
    return " ".join(FILLER_PHRASES.sub(" ", EXCLUDED.sub(" ", everyday(fold(query)))).split())


def _without_name(words: list[str], name: list[str]) -> list[str]:
    """Remove the run of words that spells a name (closely enough for a typo or two)."""
    span = _name_span(words, name)
    if span is None:
        return words
    start, size = span
    return words[:start] + words[start + size :]


def _name_span(words: list[str], name: list[str]) -> tuple[int, int] | None:
    """(start, length) of the run of words that spells a name, typos and all."""
    if not name or not words:
        return None
    best: tuple[float, int, int] | None = None
    target = " ".join(name)
    for size in {max(1, len(name) - 1), len(name), len(name) + 1}:
        for start in range(0, max(0, len(words) - size) + 1):
            score = fuzz.ratio(" ".join(words[start : start + size]), target)
            if score >= NAME_SPAN_SCORE and (best is None or score > best[0]):
                best = (score, start, size)
    if best is None:
        return None
    return best[1], best[2]
