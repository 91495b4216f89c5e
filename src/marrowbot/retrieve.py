"""(index, understanding) -> ranked, thresholded passages to quote."""

from __future__ import annotations

import re

import numpy as np

from marrowbot.index import HEADING_WEIGHT, PassageIndex
from marrowbot.intents import Intent
from marrowbot.kinds import GIVES_KINDS_BONUS, KindSentences
from marrowbot.mentions import Mentions, has_phrase
from marrowbot.model import Hit
from marrowbot.retrieve_defining import Definitions
from marrowbot.retrieve_explained import Explanations
from marrowbot.retrieve_shares import WordShares, with_synonyms
from marrowbot.text import fold, stem, terms
from marrowbot.text.questions import (
    ASKS_EXISTS,
    ASKS_KINDS,
    YES_NO,
    leads_into_list,
    names_several,
)
from marrowbot.understanding.understand import Understanding

#: Without a topic, the best sentence must share at least this much (cosine) with the question.
MIN_TEXT_SCORE = 0.22
#: Preferred sections: the first listed gets the most.
SECTION_BONUS = (0.6, 0.45, 0.35, 0.3)
#: Prose outside the intent's sections that uses its words ("treatments", "causes").
KEYWORD_BONUS = 0.3
#: A sentence outside the intent's sections is quoted if it matches what was asked this well.
STRONG_CONTENT = 0.3
CONTENT_WEIGHT = 1.0
#: Where the intent's own sections are only links, prose using its words outranks any link (whatever its place).
PROSE_FIRST = 0.35
#: A message whose words match a section's heading this well asks for that section ("journal articles").
NAMED_HEADING = 0.5
#: A section of the kind asked for whose heading the message names (in its words or their synonyms) gets this.
NAMED_SECTION = 0.5
#: Per further keyword of the intent a sentence uses, where the document has no section for the intent.
MORE_WORDS = 0.1
#: With content words, how much it counts that a sentence uses more of them ("blood transfusions": both words).
#: Enough that the sentences using all of them are quoted together, whatever their length (the cosine favours a
#: short one: "Or you can get cells from a donor." before "The donor might be a family member ...").
COVER_WEIGHT = 0.6
#: Small enough never to outweigh a real difference in score; only orders otherwise equal passages.
TIE_BREAK = 0.01
#: A sentence must share at least this much (cosine) with what the question asks about to be chosen for it.
MIN_CONTENT = 0.08
#: With content words that match, the intent's section counts this much (a soft prior, not a filter).
SECTION_PRIOR = 0.5
#: The intent model this sure: a qualifier's sentence comes with the opening of the intent's section.
SURE_INTENT = 0.75
#: The opening sentence added next to a qualifier's sentence scores this share of it (above compose.KEEP_SHARE).
OPENING_SHARE = 0.8
#: A lead-in to a list in the intent's section, using the intent's words, gets this (above the opening sentence).
LIST_LEAD = 0.35
#: How much a section's opening sentence counts over its later ones, with no words of the question's own.
OPENING_WEIGHT = 0.3
#: A sentence summing up its kind ("Treatments include A, B and C") gets this share of LIST_LEAD (a list's lead-in
#: comes first).
SUMMARY_SHARE = 0.8
#: With no words of its own, how much it counts that a sentence uses the kind's words the question used.
ASKED_KIND = 0.3
#: How many of a sentence's first terms say what it is about (its subject).
LEADING_TERMS = 3
_SPANISH = re.compile(r"\b(spanish|espanol)\b")


class Retriever(Mentions, KindSentences, WordShares, Definitions, Explanations):
    def __init__(self, index: PassageIndex) -> None:
        super().__init__(index)
        self._heading_lower = np.asarray([h.lower() for _, h in index.section_keys], dtype=object)
        self._worded_cache: dict[str, np.ndarray] = {}
        self._kind_cache: dict[tuple[str, str], list[frozenset[str]]] = {}  # (doc, intent) -> sentences' terms
        self._bonus_cache: dict[tuple[str, ...], np.ndarray] = {}  # per intent's sections (read-only arrays)
        # 1 for a section's first sentence, 1/2 for its second...: the opening sentences answer best.
        # (A section's passages have consecutive ids, so a passage's rank is its distance from the first.)
        n = len(index.passages)
        first = np.full(len(index.section_keys), n, dtype=np.int64)
        np.minimum.at(first, index.passage_section, np.arange(n))
        self._prior = 1.0 / (1.0 + (np.arange(n) - first[index.passage_section]))

    def prepare(self, intents: list[Intent]) -> None:
        """Find the sentences using each intent's words now, at load (a keyword of several words is looked for
        sentence by sentence: a few milliseconds, not to be spent on somebody's first question of that kind)."""
        for intent in intents:
            self._worded(intent)

    def section_bonus(self, sections: tuple[str, ...]) -> np.ndarray:
        cached = self._bonus_cache.get(tuple(sections))
        if cached is None:
            cached = self._bonus_cache[tuple(sections)] = self._section_bonus(sections)
        return cached

    def _section_bonus(self, sections: tuple[str, ...]) -> np.ndarray:
        bonus = np.zeros(len(self.index.section_keys))
        for rank, heading in enumerate(sections):
            value = SECTION_BONUS[min(rank, len(SECTION_BONUS) - 1)]
            bonus = np.where((self._heading_lower == heading.lower()) & (bonus == 0), value, bonus)
        return bonus

    def for_intent(self, u: Understanding, intent: Intent, k: int = 8,
                   content: str = "", also: str = "", summary: bool = True,
                   forms: tuple[frozenset[str], ...] = ()) -> tuple[list[Hit], np.ndarray]:
        """Passages answering a medical intent: within the topic's document when there is one.

        ``content`` is what the message asks about beyond its intent and topic ("grow back", "imatinib");
        with none, a section's opening sentences are the answer. ``also``: the intent's words the message used,
        which count towards a sentence's share of the asked words. ``summary``: with no content, a sentence that
        sums up the kind of question ("Treatments include A, B and C") comes first (not for a question whose own
        words were not found). ``forms``: each word asked with the document's other forms of it; a sentence using
        one of them uses the word (its share of the asked words counts it)."""
        ix = self.index
        condition = u.topic.condition if u.topic is not None else None
        span = slice(None) if u.doc is None or condition is not None else slice(*ix.doc_span(u.doc))
        bonus = self.section_bonus(intent.sections)[ix.passage_section[span]]
        in_section = bonus > 0
        keep = self._front[span].copy()
        spanish = self._wants_spanish(u.query)  # pages in Spanish are links: keep them when asked for
        if not spanish:
            keep &= ~self._is_nested[span]
        if u.doc is None or condition is not None:
            return self._across(u, intent, k, content, bonus, keep)
        # Within one document: its passages have consecutive ids, so only that span is scored.
        a = int(span.start)
        is_link = self._is_link[span]
        text = ix.text_scores(content) if content.strip() else np.zeros(len(ix.passages))
        ts = text[span]
        matched = self._content_matches(content, ts, keep, is_link, in_section, intent, span, spanish)
        # "are there different kinds": the sentence saying which kinds there are answers, in any section.
        kinds = self._gives_kinds(span, a) if ASKS_KINDS.search(fold(u.query)) else np.zeros(len(ts))
        if matched.any():
            # The question's own words decide which sentence answers it ("transfusions", "jaundice"); the
            # intent's sections only order the sentences that use them.
            keep &= ts >= MIN_CONTENT
            share = self._share_of_forms(forms, also, span) if forms else self._share_used(f"{content} {also}", span)
            if (keep & ~is_link).any() and not spanish \
                    and share[keep & ~is_link].max() >= share[keep & is_link].max(initial=0.0):
                keep &= ~is_link  # a sentence that uses the words, before a link's title that does (unless
                # the reader asks for pages in Spanish: those are links; or only a link's title uses all of
                # them: "handouts on bone marrow aspiration", "Bone marrow aspiration")
            scores = (CONTENT_WEIGHT * ts + COVER_WEIGHT * share
                      + SECTION_PRIOR * bonus + 0.1 * self._prior[span] + GIVES_KINDS_BONUS * kinds)
            keep |= (kinds > 0) & self._front[span] & ~is_link
            hits = ix.top(scores, k, keep, offset=a)
            return self._with_opening(u, intent, hits, bonus, a), text
        strong = ts >= STRONG_CONTENT
        named = ix.heading_scores(self._heading_query(u.query))[ix.passage_section[span]]
        later = np.zeros(len(ts), dtype=bool)
        if in_section.any():
            # A later section of the kind asked for whose heading the message names ("which gene": "Genetic
            # changes", after "Inheritance") is the section asked for: it counts as the best of the kind.
            top = bonus[in_section].max()
            later = in_section & (bonus < top) & (named >= NAMED_HEADING)
            # (Named in the message's own words: "hereditary" is said in the words of both "Inheritance" and
            # "Genetic changes".)
            own = ix.heading_scores(self._heading_query(u.query, synonyms=False))[ix.passage_section[span]]
            promoted = later & (own >= NAMED_HEADING) & (own > own[in_section & (bonus >= top)].max())
            if (promoted & ~is_link).any():  # (not when the best section's heading is named as well)
                bonus = np.where(promoted, top, bonus)
        if (in_section & ~is_link).any():
            keep &= in_section | strong
            extra = np.where(~in_section, KEYWORD_BONUS, 0.0)
            # In a section that is not the first kind asked for ("Causes" for who is at risk), a sentence that
            # uses the question's kind's own words ("Possible risk factors ... include") answers as that section
            # would.
            # (Only in the best section of the kind the document has: a later one, "National Institutes of
            # Health" for research, is not the answer where "Clinical Trials" is.)
            secondary = in_section & ~is_link & (bonus < SECTION_BONUS[0]) & (bonus >= bonus[in_section].max()) \
                & self._worded(intent)[span]
            extra = extra + np.where(secondary, SECTION_BONUS[0] - bonus + OPENING_WEIGHT, 0.0)
            if ((in_section & is_link).any() and not (named[in_section] >= NAMED_HEADING).any()
                    and not spanish):
                # Links and prose in the sections asked for: the prose that uses the intent's words says it
                # ("The primary NIH organization for research ... is ..."), the links come after.
                extra = extra + np.where(in_section & ~is_link & self._worded(intent)[span], PROSE_FIRST, 0.0)
        else:
            # The document's own sections for this are only links (or missing): prose that uses the intent's
            # words ("Treatments depend on...") comes first, then the links.
            many = self._worded(intent, count=True)[span]
            worded = many > 0
            keep &= in_section | worded | strong
            # More of the intent's words, more about it ("Laboratory findings ..." for a question about tests).
            extra = np.where(~in_section & ~is_link & worded, SECTION_BONUS[0] + PROSE_FIRST, 0.0) \
                + MORE_WORDS * np.maximum(many - 1, 0)
        scores = bonus + extra + CONTENT_WEIGHT * text[span] + OPENING_WEIGHT * self._prior[span] \
            + LIST_LEAD * self._lists_it(in_section & ~is_link & self._worded(intent)[span], a,
                                         intent if summary and not content.strip() else None)
        if summary and not content.strip():
            scores = scores + self._asked_kind(u, intent, in_section, is_link, bonus, span)
            scores = scores + self._asked_usual(u, in_section & ~is_link, span)
        # Ties (no content words: "...in other languages?") go to the section whose heading the message names;
        # a later section of the kind asked for whose heading the message names comes first ("for parents of
        # kids": the Children section, before Find an Expert).
        scores = scores + TIE_BREAK * named + np.where(later, NAMED_SECTION, 0.0)
        if intent.name == "definition":
            scores = scores + 0.25 * self._names_doc(u.doc, keep, a)
        if kinds.any():
            keep |= (kinds > 0) & self._front[span] & ~is_link
            scores = scores + GIVES_KINDS_BONUS * kinds
        return ix.top(scores, k, keep, offset=a), text

    def _across(self, u: Understanding, intent: Intent, k: int, content: str, bonus: np.ndarray,
                keep: np.ndarray) -> tuple[list[Hit], np.ndarray]:
        """No topic (the seed documents), or a named condition (the sentences naming it, wherever they are)."""
        ix = self.index
        condition = u.topic.condition if u.topic is not None else None
        in_section = bonus > 0
        text = ix.text_scores(u.query)
        worded = self._worded(intent)
        # About a named condition: the documents' words for the everyday words asked with count too ("how
        # safe": its risks).
        scored = ix.scores(u.query, text=text) if condition is None \
            else ix.scores(with_synonyms(u.query))
        scores = (scored + bonus
                  + np.where(worded & ~in_section, KEYWORD_BONUS, 0.0))
        if condition is not None and content.strip():
            # The question's own words about the condition ("can lymphoma spread into the marrow"): a sentence
            # that uses them answers, in whatever section it is (the kind of question is a prior, no filter).
            asked = ix.text_scores(content)
            scores = scores + CONTENT_WEIGHT * asked
            keep &= in_section | worded | (asked >= STRONG_CONTENT)
        else:
            keep &= in_section | worded
        if u.topic is None:
            keep &= ~ix.linked_passage  # the linked library answers questions that name its pages
        if condition is not None:
            # A named condition: sentences that name it, wherever they are.
            mentions = self.mentions(condition.text)
            keep &= mentions > 0
            scores = scores + 0.5 * mentions
        return ix.top(scores, k, keep), text

    def _asked_kind(self, u: Understanding, intent: Intent, in_section: np.ndarray, is_link: np.ndarray,
                    bonus: np.ndarray, span: slice) -> np.ndarray:
        """The kind's own words the question uses say which side of it is asked ("can it be cured": the sentences
        about cures, before the section's general opening about treatment options). Only the sentences of the
        best section of the kind the document has: elsewhere the words may be said in passing ("Find health
        information ...")."""
        used = sorted(set(terms(u.query)) & self._kind_terms(intent))
        if not used or not in_section.any():
            return np.zeros(len(in_section))
        best = in_section & ~is_link & (bonus >= bonus[in_section].max())
        return ASKED_KIND * np.where(best, self._share_used(" ".join(used), span), 0.0)

    def _lists_it(self, candidates: np.ndarray, offset: int, summary_of: Intent | None = None) -> np.ndarray:
        """1.0 for the candidate passages that lead into a list ("Common symptoms of leukemia may include"):
        with the intent's words, the list is the answer, before the section's general opening sentences. With
        ``summary_of`` (a question of that kind and no words of its own), also a sentence that names the things
        of its kind itself ("Treatment for X includes supportive care, drug therapy, and ..."): the document's own
        summary, before its section's general opening ("There are different types of treatment ...")."""
        kind = self._kind_terms(summary_of) if summary_of is not None else frozenset()
        out = np.zeros(len(candidates))
        for i in np.flatnonzero(candidates):
            text = self.index.passages[int(i) + offset].text
            if leads_into_list(text):
                out[i] = 1.0
            elif kind and (at := names_several(text)) and kind & set(terms(text[:at])):
                out[i] = SUMMARY_SHARE
        return out

    def _kind_terms(self, intent: Intent) -> frozenset[str]:
        """An intent's one-word keywords, as index terms."""
        return frozenset(toks[0] for toks in (terms(kw) for kw in intent.keywords) if len(toks) == 1)

    def _content_matches(self, content: str, ts: np.ndarray, keep: np.ndarray, is_link: np.ndarray,
                         in_section: np.ndarray, intent: Intent, span: slice, spanish: bool) -> np.ndarray:
        """The passages of a document span that use the words asked about. When only link titles use them
        ("treatment options": "Treatment Option Overview ...") and the document has prose for the kind of
        question, none: the prose answers first, the links after."""
        if not content.strip():
            return np.zeros(len(ts), dtype=bool)
        matched = keep & (ts >= MIN_CONTENT)
        if matched.any() and not (matched & ~is_link).any() and not spanish \
                and (keep & ~is_link & (in_section | self._worded(intent)[span])).any():
            return np.zeros(len(ts), dtype=bool)
        return matched

    def _with_opening(self, u: Understanding, intent: Intent, hits: list[Hit], bonus: np.ndarray,
                      offset: int) -> list[Hit]:
        """A sure kind of question with a qualifier ("the prognosis ... in adults", "signs of it in adults"):
        the sentence chosen for the qualifier comes with the opening sentence of the section that answers the
        kind of question (what the documents say in general), unless it is that sentence. A yes/no question is
        answered by the sentence that speaks to the asked thing alone ("can medications cause it")."""
        said = fold(u.text)
        if not hits or u.intent != intent.name or u.intent_confidence < SURE_INTENT \
                or (YES_NO.search(said) and not ASKS_EXISTS.search(said)):  # ("are there groups ...": it is)
            return hits
        span = slice(offset, offset + len(bonus))
        prose = (bonus > 0) & ~self._is_link[span] & self._front[span]
        if prose.any():
            opening = self.index.top(bonus + 0.1 * self._prior[span], 1, prose, offset=offset)
        else:
            # No section of the kind (a page that is one summary): the sentence that leads into the kind's list or
            # sums it up ("Symptoms of ALL include:") is what the documents say in general.
            lead = self._lists_it(self._worded(intent)[span] & self._front[span], offset, intent)
            if not lead.any():
                return hits
            opening = self.index.top(lead + 0.1 * self._prior[span], 1, lead > 0, offset=offset)
        if not opening or any(h.passage.id == opening[0].passage.id for h in hits[:2]):
            return hits
        # Scored just inside the share of the best that the composer quotes (compose.KEEP_SHARE).
        return [hits[0], Hit(opening[0].passage, OPENING_SHARE * hits[0].score),
                *(h for h in hits[1:] if h.passage.id != opening[0].passage.id)]

    def sums_up(self, doc: str, intent: Intent) -> bool:
        """Whether a document has prose that leads into a list of the kind or names several of them itself
        ("Treatments include transfusions, drug therapy, ...")."""
        span = slice(*self.index.doc_span(doc))
        worded = self._worded(intent)[span] & ~self._is_link[span] & self._front[span]
        return bool(self._lists_it(worded, int(span.start), intent).any())

    def speaks_to(self, doc: str, intent: Intent, leading: bool = False) -> bool:
        """Whether a document has prose for a kind of question: in the intent's sections, or using its words
        ("Treatments may include ..." in a summary). With ``leading``, only a sentence that says one of them
        among its first words is about the kind ("Treatment is aimed at relieving signs and symptoms ..." is no
        sentence about the symptoms)."""
        span = slice(*self.index.doc_span(doc))
        prose = ~self._is_link[span] & self._front[span]
        in_section = self.section_bonus(intent.sections)[self.index.passage_section[span]] > 0
        if in_section.any() and (prose & in_section).any():
            return True
        worded = prose & self._worded(intent)[span]
        if not leading:
            return bool(worded.any())
        kind = self._kind_terms(intent)
        a = int(span.start)
        return any(kind & set(terms(self.index.passages[int(i) + a].text)[:LEADING_TERMS])
                   for i in np.flatnonzero(worded))

    def _names_doc(self, doc: str, keep: np.ndarray, offset: int = 0) -> np.ndarray:
        """1.0 for the document's sentences that say its name (a definition usually does); ``keep`` and the
        result cover the passages from ``offset`` on."""
        d = self.index.corpus.document(doc)
        names = [n for n in (fold(d.title), *(fold(a) for a in d.aliases)) if n]
        # Another form of the name counts ("A bone marrow transplant is ..." on "Bone Marrow Transplantation").
        named_terms = {tuple(t) for t in (terms(n) for n in names) if t}
        # (Only the sentences that have all of a name's terms are read for them.)
        having: dict[int, list[tuple[str, ...]]] = {}
        for t in named_terms:
            for pid in self._with_all_terms(t):
                having.setdefault(pid, []).append(t)
        out = np.zeros(len(keep))
        for i in np.flatnonzero(keep):
            pid = int(i) + offset
            text = self._folded_text(pid)
            if any(n in text for n in names) or (pid in having and any(has_phrase(terms(text), t)
                                                                      for t in having[pid])):
                out[i] = 1.0
        return out

    def _worded(self, intent: Intent, count: bool = False) -> np.ndarray:
        """Prose passages that use one of the intent's own one-word keywords (cached per intent); with ``count``,
        how many different ones each uses."""
        cached = self._worded_cache.get(intent.name)
        if cached is None:
            cached = np.zeros(len(self.index.passages), dtype=np.int64)
            vocab = self.index.text_vec.vocabulary
            post = self.index._text_t
            for t in {toks[0] for toks in (terms(kw) for kw in intent.keywords) if len(toks) == 1}:
                if t in vocab:
                    row = vocab[t]
                    cached[post.indices[post.indptr[row] : post.indptr[row + 1]]] += 1
            # A keyword of several words counts where a sentence says them, in that order and nothing between
            # ("It can run in families"; not "... hard for blood to do its work").
            for kw in intent.keywords:
                if len(terms(kw)) > 1:
                    said = tuple(stem(w) for w in fold(kw).split())
                    for pid in self._with_all_terms(tuple(terms(kw))):
                        if has_phrase([stem(w) for w in self._folded_text(pid).split()], said):
                            cached[pid] += 1
            cached[self._is_link] = 0
            self._worded_cache[intent.name] = cached
        return cached if count else cached > 0

    @staticmethod
    def _wants_spanish(query: str) -> bool:
        return bool(_SPANISH.search(fold(query)))

    def best_in_doc(self, text: str, doc: str, prose: bool = False) -> float:
        """How well the best passage of one document (with ``prose``, its best sentence that is not a link)
        matches some words (cosine)."""
        if not text.strip():
            return 0.0
        ix = self.index
        scores = ix.text_scores(text)
        in_doc = ix.passage_doc == ix.doc_number(doc)
        if prose:
            in_doc &= ~self._is_link
        return float(scores[in_doc].max()) if in_doc.any() else 0.0

    def companions(self, doc: str, intent: Intent, k: int = 2) -> tuple[list[Hit], list[Hit]]:
        """For a linked document: what the documents linking to it say about it in the intent's sections, their
        sentences and links that name it (quoted first: the seed answers before the page it links to), and their
        link to it (listed last)."""
        ix = self.index
        if doc not in ix.linked_docs:
            return [], []
        d = ix.corpus.document(doc)
        wanted = {fold(n) for n in (d.title, *d.aliases)}
        first: list[Hit] = []
        links: list[Hit] = []
        in_section = self.section_bonus(intent.sections)[ix.passage_section] > 0
        for n in ix.names:
            if n.kind != "condition" or n.doc in ix.linked_docs or fold(n.text) not in wanted:
                continue
            number = ix.doc_number(n.doc)
            mentions = self.mentions(n.text)
            for pid in np.flatnonzero((mentions > 0) & in_section & ~self._is_nested & self._front
                                      & (ix.passage_doc == number))[:k]:
                if all(h.passage.id != pid for h in first):
                    first.append(Hit(ix.passages[pid], 1.0))
            for h in self.condition_links(n.text, n.doc, k=1):
                if all(x.passage.url != h.passage.url for x in links + first):
                    links.append(h)
        if not first and not links:
            # A seed's link of the kind's own section titled with the page's name in longer words ("Treatment
            # Option Overview (Chronic Myeloproliferative Neoplasms)" for a treatment question on that page).
            for n in ix.names:
                said = f" {' '.join(fold(n.text).replace('(', ' ').replace(')', ' ').split())} "
                if n.kind == "condition" and n.doc not in ix.linked_docs and any(f" {w} " in said for w in wanted):
                    links += [h for h in self.condition_links(n.text, n.doc, k=1) if in_section[h.passage.id]]
        return first[:k], links[:1]

    def free(self, u: Understanding, k: int = 8, prose: bool = False) -> tuple[list[Hit], float]:
        """No topic: the whole corpus; returns the hits and the best pure text similarity (with ``prose``,
        sentences only: a link's title is no evidence that a document speaks of something)."""
        ix = self.index
        text = ix.text_scores(u.query)
        scores = text + HEADING_WEIGHT * ix.heading_scores(u.query)[ix.passage_section]
        keep = self._front & ~ix.linked_passage
        if prose:
            keep &= ~self._is_link
        if u.topic is not None and u.topic.doc in ix.linked_docs:
            keep |= self._front & (ix.passage_doc == ix.doc_number(u.topic.doc))
        hits = ix.top(scores, k, keep)
        return hits, float(text[keep].max()) if keep.any() else 0.0
