"""Which document answers a message: the conversation's page, another page about the same condition, or, with no
topic, a seed sentence anywhere that uses the question's words. Part of the answer policy (``respond.Responder``
mixes it in); read-only, like the rest of it."""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import replace
from functools import cached_property

import numpy as np
from rapidfuzz import fuzz

from marrowbot.asked import Asked
from marrowbot.choose_described import DescribedThings
from marrowbot.choose_page_words import MIN_COVERAGE as MIN_COVERAGE  # (read from here by the answer policy)
from marrowbot.choose_page_words import RULE_ASKED_WORDS, RULE_OWN_WORDS, PageUsingMost
from marrowbot.choose_rare import RareWords
from marrowbot.index import Name, PassageIndex
from marrowbot.intents import Intent, IntentSet
from marrowbot.model import Hit
from marrowbot.retrieve import MIN_CONTENT, MIN_TEXT_SCORE, Retriever
from marrowbot.retrieve_forms import as_said, forms
from marrowbot.text import fold, stem, terms
from marrowbot.text.follow_ups import WHAT_ABOUT
from marrowbot.text.questions import (
    EVERYDAY,
    MESSAGE_CLAUSE_END,
    POINTS_AT_TOPIC,
    QUALIFYING_WORDS,
    QUESTION_START,
    QUESTION_WORDS,
    SYNONYMS,
    YES_NO,
    misspelt,
)
from marrowbot.understanding.clauses import QUESTION_MARKER
from marrowbot.understanding.conversation import ASKS_FOR_MATERIAL
from marrowbot.understanding.topics import Topic
from marrowbot.understanding.understand import Understanding

#: A follow-up made of words the documents never use is a new subject only when the question is this sure.
NEW_SUBJECT_CONFIDENCE = 0.5
RULE_NEW_SUBJECT = "a follow-up about words the documents never use: a new subject"
RULE_OTHER_DOC = "a follow-up whose own words only another document uses: about that document"
RULE_OTHER_DOC_MORE = ("a follow-up whose own words a seed sentence uses together, more of them than any sentence of "
                       "the conversation's page: about that document")
RULE_SAME_CONDITION_WORDS = ("the words asked about are not on this page about the condition, but on another page "
                             "about the same condition: answered from that one")
RULE_KIND_PAGE = ("this page has no section for the kind of question, another page about the same condition has: "
                  "answered from that one")
RULE_SIDE_TOPIC = ("this page's section for the kind of question is about a side topic; another page about the same "
                   "condition answers it")
RULE_ANYWHERE = ("no topic, and no sentence of the section asked for: a seed sentence elsewhere uses most of the "
                 "question's words")
#: With no topic, a sentence outside the sections asked for answers when it uses this share of the question's
#: own words (or the documents' words for them), and the question has at least ANYWHERE_MIN_WORDS of them.
ANYWHERE_COVERAGE = 0.75
ANYWHERE_MIN_WORDS = 2
#: The rules by which another page about the same condition answers (shown in /why with the answer).
PAGE_RULES = (RULE_SAME_CONDITION_WORDS, RULE_SIDE_TOPIC, RULE_ASKED_WORDS, RULE_OWN_WORDS, RULE_KIND_PAGE)
#: How many of each page's best-matching sentences are read for the share of the asked words they use.
_ASKED_CANDIDATES = 12
#: A follow-up whose own words match another document this well is about that document instead.
_OWN_WORDS_SCORE = 0.25
#: A seed sentence using this share of a follow-up's own words, more than any of the topic's page, answers it.
_OTHER_DOC_COVERAGE = 0.75
#: Two names this close (rapidfuzz ratio) are one name spelled otherwise.
_SPELLING = 85.0
#: Topic scores this close count as a tie between documents.
_TIE = 0.02
#: Everyday English words as index terms: how a follow-up asks ("what would someone notice"), not a new subject.
EVERYDAY_TERMS = frozenset(stem(w) for w in EVERYDAY)
_QUALIFYING = frozenset(stem(w) for w in QUALIFYING_WORDS)
#: A word this long (as a stem) is another form of a page's word that is it with one of _FORM_ENDINGS ("asia",
#: "Asian"; not "heal", "health").
_FORM_STEM_MIN = 4
_FORM_ENDINGS = frozenset({"n", "an", "al", "ic"})
#: The words of asking (QUESTION_WORDS) long enough that a word this close to one is that word misspelt.
_ASKING_WORDS = sorted(w for w in QUESTION_WORDS.split() if len(w) >= 4)
#: An abbreviation in brackets after a name.
BRACKETED = re.compile(r"\s*\([^)]*\)")


class DocumentChoice(DescribedThings, RareWords, PageUsingMost):
    """The document-choosing half of the answer policy; ``Responder`` provides the tables it reads."""

    index: PassageIndex
    intent_set: IntentSet
    retriever: Retriever
    asked: Asked
    _section_intent: dict[str, str]

    def _doc_uses_most(self, u: Understanding) -> bool:
        """Whether the topic's document uses at least half of the message's own words."""
        own = self.asked.content_terms(u)
        assert u.topic is not None
        return not own or sum(t in self.asked.words_of(u.topic.doc) for t in own) >= MIN_COVERAGE * len(own)

    def _anywhere(self, u: Understanding, intent_name: str) -> tuple[list[Hit], float, str] | None:
        """With no topic, the seed sentences that use most of what the question asks about (its own words, or the
        documents' words for them), wherever they are, and the kind of answer their section gives; None when
        no sentence does well enough (then the question is not one the documents answer)."""
        own = terms(self.asked.own_content_text(u, intent_name))
        if len(own) < ANYWHERE_MIN_WORDS:
            return None
        words = {t: {t, *(x for syn in SYNONYMS.get(t, ()) for x in terms(syn))} for t in own}
        query = " ".join(sorted(set().union(*words.values())))
        hits, best = self.retriever.free(replace(u, query=query), prose=True)
        if not hits or best < MIN_TEXT_SCORE:
            return None
        used = set(terms(hits[0].passage.text))
        share = sum(1 for forms in words.values() if forms & used) / len(words)
        if share < ANYWHERE_COVERAGE or not self.asked.covers(u, hits, intent_name):
            return None
        kind = self._section_intent.get(hits[0].passage.section.lower(), intent_name)
        return hits, best, kind if kind in self.intent_set.medical else intent_name

    def asked_words(self, u: Understanding, intent_name: str) -> str:
        """The words a question asks about: its content words, and in a yes/no question the words of its kind it
        uses too ("is there a cure": cure, "is it inherited": inherited): there they are the very thing asked, not
        only how it is asked."""
        content = self.asked.content_text(u, intent_name)
        if u.topic is not None:
            content = self.as_said(u, content, u.topic.doc)
        if not YES_NO.search(fold(u.text)):
            return content
        # (Its one-word keywords: a word of a phrase, the "run" of "run in families", is not the thing asked.)
        kind = frozenset(t for k in self.intent_set.intent(intent_name).keywords if len(terms(k)) == 1
                         for t in terms(k))
        named = self.asked.name_terms(u)
        extra = [w for w in fold(u.query).split() if stem(w) in kind and stem(w) not in named]
        return " ".join(dict.fromkeys([*content.split(), *extra]))

    def forms(self, content: str, doc: str) -> tuple[str, tuple[frozenset[str], ...]]:
        """What a question asks about with the document's other words for it, and each asked word's forms
        (``retrieve_forms.forms``)."""
        return forms(self.asked, content, doc)

    def best_share(self, u: Understanding, words: str, doc: str, sections: tuple[str, ...] = (),
                   within: bool = False) -> tuple[float, ...]:
        """How well the best sentence of a document speaks to ``words``: the share of them it uses (in the
        document's words for them too); among sentences that use them all, one in a section of ``sections`` (or on
        a page that is only a summary: all it says is there). With ``within``, only those sentences count (the
        words of a kind of question said in passing elsewhere, "a genetics counselor can ...", are no answer to "is
        it genetic")."""
        ix = self.index
        a, b = ix.doc_span(doc)
        scores = ix.text_scores(self.asked.expand(words, doc))[a:b]
        keep = self.retriever._front[a:b] & ~self.retriever._is_link[a:b] & (scores > 0)
        summary = {x.lower() for x in self.intent_set.intent("definition").sections}
        only_summary = all(x.heading.lower() in summary for x in self.asked.document(doc).sections)
        answering = self.retriever.section_bonus(
            (*sections, *(summary if only_summary else ())))[ix.passage_section[a:b]] > 0
        if within:
            keep &= answering
        if not keep.any():
            return (0.0, 0.0, 0.0)
        d = self.asked.document(doc)
        there = replace(u, topic=Topic(doc, 1.0, Name(d.title, doc, "title"), "")) if u.topic is None \
            or u.topic.doc != doc else u
        best: tuple[float, ...] = (0.0, 0.0, 0.0)
        asked = set(terms(words))
        for h in ix.top(scores, _ASKED_CANDIDATES, keep, offset=a):
            share = round(self.asked.coverage(there, words, h.passage.text), 3)
            # (Where it says them counts only for a sentence that says all of them: one that says a part of what
            # was asked is no better for being in the section asked for; nor is it for one that says them in
            # other words, "around age 60", where another says them as asked, "older than 60".)
            said = set(terms(h.passage.text))
            own = round(sum(any(_one_word(t, x) for x in said) for t in asked) / len(asked), 3) if asked else 0.0
            # (Between sentences saying as many, one that says them as asked beats one saying them in other words,
            # "catch" over "kids" -> children, however few it says.)
            best = max(best, (share, own, float(answering[h.passage.id - a] and share >= 1.0)))
        return best

    def _prefer_answering_document(self, u: Understanding, sections: tuple[str, ...],
                                   intent: Intent | None = None) -> Understanding:
        """The page that answers: one with the section asked for (``_page_of_kind``), unless it uses none of the
        words asked about and another page about the same condition does (``_page_using_words``)."""
        chosen = self._page_of_kind(u, sections, intent)
        if chosen is u or intent is None or u.topic is None or chosen.topic is None \
                or chosen.topic.condition is not None:
            return chosen
        content = self.asked.content_text(chosen, intent.name)
        if not content or self.asked.used_by(content, chosen.topic.doc):
            return chosen
        # ("what is the goal when treating it": "The goals of treating PV are ..." in another page's section of
        # the kind, where the page with that section never says "goal"; not a word said in passing elsewhere.)
        best, page = max(((self.best_share(chosen, content, o, sections, within=True), o)
                          for o in self.asked.same_titled(chosen.topic.doc) if o != u.topic.doc),
                         default=((0.0,), ""))  # (not the page passed over for the kind of question)
        if best[0] < 1.0:
            return chosen
        doc = self.asked.document(page)
        return replace(chosen, topic=Topic(page, chosen.topic.score, Name(doc.title, page, "title"),
                                           chosen.topic.evidence), rules=chosen.rules + (RULE_SAME_CONDITION_WORDS,))

    def _page_of_kind(self, u: Understanding, sections: tuple[str, ...],
                      intent: Intent | None = None) -> Understanding:
        """When several documents match the name equally well, take one that has the section asked for."""
        if u.topic is None or not sections:
            return u
        wanted = {s.lower() for s in sections}
        # A shorter name inside the one found ("Anemia" in "Diamond-Blackfan anemia") is not a tie; the name
        # without its abbreviation in brackets ("Paroxysmal nocturnal hemoglobinuria (PNH)") is the same name.
        found = fold(BRACKETED.sub(" ", u.topic.name.text)).strip()
        # (Another condition the message names besides, in no word of the name found, "... before the leukemia is
        # diagnosed" about bone marrow necrosis, is no tie either; unless the name found is the kind's own words: "what
        # research (or clinical trials) is being done for X" is about X.)
        found_terms = set(terms(found))
        kind_named = intent is not None and found_terms <= {t for k in intent.keywords for t in terms(k)}
        tied = [u.topic] + [t for t in u.alternatives if t.score >= u.topic.score - _TIE and t.name.kind != "condition"
                            and (fold(t.name.text) == found or (f" {fold(t.name.text)} " not in f" {found} " and (
                                kind_named or bool(set(terms(t.name.text)) & found_terms))))]
        if u.topic.condition is None and u.topic.name.kind != "title":
            # Two spellings of one name: a page whose title is the name as typed ("pearson marrow-pancreas
            # syndrome") before one with an alias spelled a little otherwise ("Pearson's marrow/pancreas syndrome").
            said = f" {' '.join(fold(u.query).split())} "
            typed = [t for t in tied[1:] if t.name.kind == "title" and fuzz.ratio(fold(t.name.text), found) >= _SPELLING
                     and f" {' '.join(fold(t.name.text).split())} " in said]
            tied = typed[:1] + [t for t in tied if t not in typed[:1]]
        if len(tied) > 1 and intent is not None and YES_NO.search(fold(u.text)) \
                and self.best_share(u, self.asked_words(u, intent.name), u.topic.doc, sections)[0] >= 1.0:
            # A yes/no question a sentence of the page found speaks to ("can leukemia be cured": "Some leukemias
            # can often be cured"): that page answers, not an equally named one for having the section.
            tied = tied[:1]
        for t in tied:
            doc = self.asked.document(t.doc)
            if any(s.heading.lower() in wanted for s in doc.sections):
                return self._not_a_side_topic(replace(u, topic=t) if t is not u.topic else u, wanted, intent)
        own_words = self.asked.content_text(u, intent.name) if intent is not None else ""
        if u.topic.condition is None and intent is not None \
                and ((not own_words.strip() and not YES_NO.search(fold(u.text))
                      and not self.retriever.sums_up(u.topic.doc, intent)
                      and not self._says_its_kind(u.topic.doc, intent))
                     or not self.retriever.speaks_to(u.topic.doc, intent, leading=True)) \
                and self.retriever.best_in_doc(own_words, u.topic.doc, prose=True) < MIN_CONTENT:
            # The page says nothing of the kind (no sentence about it: "Treatment is aimed at relieving signs and
            # symptoms" is none about the symptoms), nor uses the words asked about; another page about the same
            # condition that has the section asked for ("Polycythemia vera" from another source) answers for it.
            # So does it for a question asking only the kind ("what causes it"), when the page has no section of
            # that kind: its sentences using the kind's word in passing ("Other conditions may cause the same
            # signs") are no answer where another page has the section. (Not a yes/no question, "can it be
            # cured": a sentence of the page using its word, "Some leukemias can often be cured", answers it; nor
            # a page that sums the kind up itself, "Treatments include chemotherapy, ...".)
            for other in self.asked.same_titled(u.topic.doc):
                doc = self.asked.document(other)
                if any(s.heading.lower() in wanted for s in doc.sections):
                    # (Its section may be about a side topic, "treatments for the itching": then a page whose
                    # section is about the condition answers.)
                    return self._not_a_side_topic(
                        replace(u, topic=Topic(other, u.topic.score, Name(doc.title, other, "title"), u.topic.evidence),
                                rules=u.rules + (RULE_KIND_PAGE,)), wanted, intent)
        content = self.asked.content_text(u, intent.name) if intent is not None and u.topic.condition is None else ""
        asked_about = set(terms(content)) - _QUALIFYING
        if asked_about and not self.asked.used_by(" ".join(asked_about), u.topic.doc):
            # "why is the urine dark" about PNH: the page of the conversation uses none of the words asked about,
            # another page about the same condition does.
            score, other = max(((self.retriever.best_in_doc(self.asked.expand(content, o), o, prose=True), o)
                                for o in self.asked.same_titled(u.topic.doc)
                                if self.asked.used_by(" ".join(asked_about), o)), default=(0.0, ""))
            if score >= MIN_CONTENT:
                doc = self.asked.document(other)
                return replace(u, topic=Topic(other, u.topic.score, Name(doc.title, other, "title"),
                                              u.topic.evidence), rules=u.rules + (RULE_SAME_CONDITION_WORDS,))
        return u

    def _says_its_kind(self, doc: str, intent: Intent) -> bool:
        """Whether a page says the kind of thing asked of its condition in a sentence that names the condition and
        uses the kind's word ("Fanconi anemia can be caused by mutations ...", "Your doctor will diagnose aplastic
        anemia based on ..."), outside the sections for other kinds of question ("Polycythemia vera often does
        not cause early signs" under Symptoms is about the symptoms)."""
        r = self.retriever
        a, b = self.index.doc_span(doc)
        worded = r._worded(intent)[a:b] & ~r._is_link[a:b] & r._front[a:b]
        for i in np.flatnonzero(worded):
            kind = self._section_intent.get(self.index.passages[a + int(i)].section.lower(), intent.name)
            if kind not in (intent.name, "definition"):
                worded[i] = False
        return bool(worded.any() and r._names_doc(doc, worded, a).any())

    def _not_a_side_topic(self, u: Understanding, wanted: set[str], intent: Intent | None) -> Understanding:
        """A page whose section for the kind asked is about a side topic (Treatment: "treatments for the itching
        ..."), when another page about the same condition has that section about the condition itself: that page
        answers (the one whose section uses most of the question's words, then the first)."""
        if intent is None or intent.name == "definition" or u.topic is None or u.topic.condition is not None:
            return u  # (a page's summary is about its condition)
        title = fold(self.asked.document(u.topic.doc).title)
        # (Only pages with the very title: pages sharing other names may be about a related condition, "Juvenile
        # ALS" beside "ALS", whose section is about it.)
        others = [o for o in self.asked.same_titled(u.topic.doc) if fold(self.asked.document(o).title) == title
                  and any(s.heading.lower() in wanted for s in self.asked.document(o).sections)]
        asked = set(terms(u.query))
        exclude = self.asked.name_terms(u) | asked
        if not others or not self.retriever.side_topic(u.topic.doc, intent, others, exclude):
            return u
        pages = [u.topic.doc, *others]
        about_it = [o for o in others if not self.retriever.side_topic(
            o, intent, [p for p in pages if p != o], exclude | self.asked.name_terms_of(o))]
        if not about_it:
            return u
        own = asked - self.asked.intent_keyword_terms[intent.name]  # ("treated" is how the kind is asked)
        other = max(about_it, key=lambda o: (max((len(own & s) for s in self.retriever.kind_sentences(o, intent)),
                                                 default=0), -about_it.index(o)))
        doc = self.asked.document(other)
        return replace(u, topic=Topic(other, u.topic.score, Name(doc.title, other, "title"), u.topic.evidence),
                       rules=u.rules + (RULE_SIDE_TOPIC,))

    def _strange_asked(self, u: Understanding) -> list[str]:
        """The words no document uses (``Asked.strange_words``) in the clauses of the message that start as a
        question, when some do: in a long message, a word of the story ("i googled it and now im terrified because
        it says the cells die?? what does that actually mean") is not the thing asked about."""
        strange = self.unnamed(u, self.asked.strange_words(u))
        asking = question_clauses(u.text)
        if not strange or not asking:
            return strange
        said = set(asking.split())
        return [w for w in strange if w in said]

    def unnamed(self, u: Understanding, words: list[str] | None = None) -> list[str]:
        """The words asked about that no document names (``Asked.unnamed_words``, or ``words``), without the lay words
        the lay-term list puts in the documents' words ("temperature" -> fever, "yellowish" -> jaundice) when the page
        answered from (or, with no topic, some document) uses that word: those are named, in other words."""
        found = self.asked.unnamed_words(u) if words is None else words
        # A way of asking typed with a typo ("wats BMN") is no thing never named.
        found = [w for w in found if not misspelt(w, _ASKING_WORDS)]
        if found and u.topic is not None:
            found = [w for w in found if self.page_form(w, u.topic.doc) is None]  # ("asia": "Asian")
        if not found or not u.symptoms:
            return found
        vocab = self.index.text_vec.vocabulary
        used = self.asked.words_of(u.topic.doc) if u.topic is not None else vocab
        lay = {w for term, said in u.symptoms if all(t in used for t in terms(term)) for w in fold(said).split()}
        return [w for w in found if w not in lay]

    def page_form(self, word: str, doc: str) -> str | None:
        """The one word of a page that is an asked word it never uses (nor a synonym or form of it) with an ending
        that makes a word of a place or a kind of it ("asia" -> "asian"), or None."""
        t = stem(word)
        used = self.asked.words_of(doc)
        if len(t) < _FORM_STEM_MIN or t in used or self.asked.related(word, doc):
            return None
        stems = self._sorted_stems(doc)
        forms = set()
        for st in stems[bisect_left(stems, t) : bisect_left(stems, t + "\uffff")]:  # (the stems starting with it)
            if st[len(t):] in _FORM_ENDINGS:
                forms.add(used[st])
        return forms.pop() if len(forms) == 1 else None

    def _sorted_stems(self, doc: str) -> list[str]:
        """The stems a page uses, sorted (made once per page, when first needed)."""
        found = self._stems_by_doc.get(doc)
        if found is None:
            found = self._stems_by_doc[doc] = sorted(self.asked.words_of(doc))
        return found

    @cached_property
    def _stems_by_doc(self) -> dict[str, list[str]]:
        return {}

    def in_page_words(self, u: Understanding, content: str, doc: str) -> str:
        """What a question asks about, one word per thing asked (``as_said``), each word the page never uses in the
        page's form of it ("asia" -> "asian")."""
        return " ".join(self.page_form(w, doc) or w for w in self.as_said(u, content, doc).split())

    def as_said(self, u: Understanding, content: str, doc: str) -> str:
        """What a question asks about, one word per thing asked, on a page (``retrieve_forms.as_said``)."""
        page = self._folded_pages.get(doc)
        if page is None:
            ix = self.index
            page = self._folded_pages[doc] = " " + " ".join(
                fold(ix.passages[p].text) for p in self.asked.corpus.passage_ids(doc)) + " "
        return as_said(u, content, page, frozenset(self.asked.name_terms(u)))

    @cached_property
    def _folded_pages(self) -> dict[str, str]:
        return {}

    def _telling(self, content: str, doc: str) -> str:
        """The asked words that can tell whether a sentence answers: without the everyday words the page never uses
        ("does the marrow come back afterwards or is it gone for good": "gone", "good" say how it is asked; no
        sentence of the page could use them), unless those are all there is ("can my dog get it")."""
        used = self.asked.words_of(doc)
        kept = [w for w in content.split() if w not in EVERYDAY or stem(w) in used]
        # (Only when what is left is words of the page's own, none everyday: "bone broth", "cbd oil" are things
        # asked about, and "bone" alone, or a word the page never uses, tells nothing.)
        if not kept or len(kept) == len(content.split()) or any(w in EVERYDAY for w in kept) \
                or len(self.asked.used_by(" ".join(kept), doc)) < len(kept):
            return content
        return " ".join(kept)

    def _glossed(self, u: Understanding) -> list[Hit]:
        """For "what does <term> mean" whose one content word is a term the documents explain in brackets, when the
        topic found is not that term by its name as typed ("thrombocytopenia" is no "Thrombocythemia", "pancytopenia"
        no "Fanconi pancytopenia"): the sentences that explain it."""
        content = self.asked.content_terms(u, "definition")
        if len(content) != 1 or YES_NO.search(fold(u.text)):
            return []  # ("is it a cancer" asks whether it is one, not what the word means)
        said = [w.strip("?!.,;:") for w in fold(u.query).split()]
        # (the word typed, or the documents' word for the lay words typed: "low platelets" -> thrombocytopenia)
        word = next((w for w in said if stem(w) == content[0]), "") \
            or next((term for term, _ in u.symptoms if terms(term) == content), "")
        name = " ".join(fold(u.topic.name.text).split()) if u.topic is not None else ""
        if not word or word in EVERYDAY or (name and f" {name} " in f" {' '.join(said)} "):
            return []  # ("what is ALL": the name typed is the topic's)
        return self.retriever.glossing(word, u.topic.doc if u.topic is not None else None)

    def _more_of_the_page(self, u: Understanding, unknown: list[str]) -> bool:
        """Whether more of a follow-up's own words are the topic's page's (not everyday ones) than are words no
        document names: "in myeloproliferative disorders, which line is overproduced" asks of the page."""
        assert u.topic is not None
        used = self.asked.words_of(u.topic.doc).keys()
        own = [t for t in self.asked.content_terms(u) if len(t) > 2 and t not in unknown and t not in EVERYDAY_TERMS]
        return len([t for t in own if t in used]) > len(unknown)

    def _check_followup(self, u: Understanding) -> Understanding:
        """A follow-up keeps the last topic unless its own words clearly point somewhere else."""
        if not u.followup or not self.asked.content_terms(u):
            return u
        unnamed = {stem(w) for w in self.unnamed(u)}  # (not a synonym, a typo or an everyday word)
        unknown = [t for t in self.asked.unknown_terms(u) if t in unnamed]
        said = fold(u.text)
        # (nor the words of a request for material to read: "any printable handouts?" asks for the topic's)
        if unknown and not YES_NO.search(said) and not ASKS_FOR_MATERIAL.search(said) \
                and (WHAT_ABOUT.search(said) or not POINTS_AT_TOPIC.search(said)) \
                and ((u.intent == "definition" and not self._more_of_the_page(u, unknown))
                        or (u.intent in self.intent_set.medical
                            and len(unknown) == len([t for t in self.asked.content_terms(u) if len(t) > 2])
                            and not set(unknown) <= EVERYDAY_TERMS)) \
                and u.intent_confidence >= NEW_SUBJECT_CONFIDENCE \
                and not (u.intent == "definition" and self.retriever.defining(self.asked.defined_term(u), k=1)):
            # "what is osteoporosis" after a topic: a new subject we do not cover. An unknown word in another
            # kind of question ("does it change his outlook"), or next to a word pointing back at the topic
            # ("which symptoms it give"), or an everyday word ("what would someone notice"), is how it is asked;
            # a word some document says what it is of ("explain hematocrit") is a word explained, in the topic.
            return replace(u, topic=None, followup=False, rules=u.rules + (RULE_NEW_SUBJECT,))
        # (Only the clauses that ask: "ok ill text them. what treatment does he get" asks nothing of texting.)
        asking = question_clauses(u.text)
        q = replace(u, text=asking, query=asking) if asking and asking != fold(u.text) else u
        hits, best = self.retriever.free(q, prose=True)
        own = self.asked.own_content_text(q)
        if hits and best >= _OWN_WORDS_SCORE and u.topic is not None and hits[0].passage.doc != u.topic.doc \
                and not set(terms(own)) <= EVERYDAY_TERMS \
                and not (YES_NO.search(said) and POINTS_AT_TOPIC.search(said)) \
                and self.retriever.best_in_doc(self.asked.expand(own, u.topic.doc), u.topic.doc) < MIN_CONTENT:
            # (Its own words in everyday English only, "treatment wise", are how it asks: it stays in the topic.)
            return replace(u, topic=None, followup=False, rules=u.rules + (RULE_OTHER_DOC,))
        wanted = set(self.asked.content_terms(u))
        if hits and u.topic is not None and hits[0].passage.doc != u.topic.doc and len(wanted) >= 2 \
                and hits[0].passage.doc not in self.index.linked_docs \
                and not (YES_NO.search(said) and POINTS_AT_TOPIC.search(said)):  # ("can a transplant cure it")
            # "what do white blood cells do" in a conversation about stem cells: a seed sentence uses (nearly) all
            # the words asked about together, no sentence of the conversation's page uses as many.
            there = len(wanted & set(terms(hits[0].passage.text))) / len(wanted)
            a, b = self.index.doc_span(u.topic.doc)
            here = max((len(wanted & set(terms(p.text))) / len(wanted) for p in self.index.passages[a:b]
                        if not p.link_title), default=0.0)
            if there >= _OTHER_DOC_COVERAGE and there > here:
                return replace(u, topic=None, followup=False, rules=u.rules + (RULE_OTHER_DOC_MORE,))
        return u


def question_clauses(text: str) -> str:
    """The clauses of a message that start as a question (folded; after a marker saying the question comes, "my
    question is can ...", the question itself), or "" when none does."""
    clauses = [QUESTION_MARKER.split(fold(p))[-1].strip() for p in MESSAGE_CLAUSE_END.split(text)]
    return " ".join(p for p in clauses if QUESTION_START.search(p))


def _one_word(a: str, b: str) -> bool:
    """Whether two terms are forms of one word ("itchi", "itch"), not synonyms ("older", "age")."""
    return a == b or (min(len(a), len(b)) >= _FORM_STEM_MIN and (a.startswith(b) or b.startswith(a)))
