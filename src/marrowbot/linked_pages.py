"""When a linked library page does not say: the seed documents that name its condition, or another page about the
same condition (a part of the answer policy, respond.py)."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cached_property

from marrowbot.asked import Asked
from marrowbot.choose import BRACKETED, MIN_COVERAGE
from marrowbot.index import Name, PassageIndex, condition_name
from marrowbot.intents import IntentSet
from marrowbot.model import Answer, Explanation
from marrowbot.retrieve import Retriever
from marrowbot.text import fold, terms
from marrowbot.understanding.lay_names import LayNames
from marrowbot.understanding.topics import Topic
from marrowbot.understanding.understand import Understanding

RULE_UNKNOWN_WORD = "the question asks about a thing no document names, and no sentence speaks to it: they don't say"
RULE_SEED_NAMES = "the linked page does not say: what the seed document that names the condition says"
RULE_SAME_CONDITION = ("the conversation's page does not have the section asked for: another page about the same "
                       "condition")
#: How many of the seed documents' names for a linked page's condition are tried when the page does not say.
_SEED_TRIES = 3
#: Kinds of question whose sections list pages to read (handouts, organizations, trials): a link answers them.
_LINK_INTENTS = frozenset(("support", "research"))
RULE_PAGE_OF_NAME = ("the condition or treatment named has a page of the library whose title starts with its name "
                     "(\"blood transfusions\": Blood Transfusion and Donation): answered from that page")
RULE_TITLED_PAGE = ("the seed documents only link to a page about the condition named: answered from that page of "
                    "the library")

RULE_IN_THE_MARROW = ("asks of a library page's condition in the marrow: the seed document's sentence on it answers, "
                      "and that document is the topic")
#: A message that speaks of the marrow itself (folded text): the seed documents' own subject.
SPEAKS_OF_MARROW = re.compile(r"\bmarrows?\b")


class LinkedPages:
    """The fallbacks of an answer from a linked page (a base of the Responder, which answers with ``_medical``)."""

    asked: Asked
    index: PassageIndex
    intent_set: IntentSet
    retriever: Retriever
    _single_keywords: dict[str, frozenset[str]]

    def _medical(self, u: Understanding, intent_name: str, explain: Explanation) -> Answer:
        raise NotImplementedError

    @cached_property
    def _lay_names(self) -> LayNames:
        return LayNames(self.intent_set.lay_names)

    def _asks_in_the_marrow(self, u: Understanding, topic: Topic) -> bool:
        """True when a message about a linked page's condition speaks of the marrow in words besides the
        condition's names ("does leukemia make bad cells in the marrow"); not when its own name says the marrow
        ("what is a bone marrow transplant"), nor when the marrow is said as another condition's lay name ("when
        the marrow dies in aplastic anemia": the page's condition, with necrosis said by what it means)."""
        d = self.asked.document(topic.doc)
        if any(SPEAKS_OF_MARROW.search(fold(n)) for n in (d.title, *d.aliases, topic.name.text)):
            return False
        said = set(terms(u.text))  # (nor when it asks another kind in its words: "do the cells there die after chemo")
        if any(said & self._single_keywords[k] for k in self.intent_set.medical if k != "definition"):
            return False
        return bool(SPEAKS_OF_MARROW.search(fold(u.text))) and not self._lay_names.find(u.text)

    def when_the_page_does_not_say(self, u: Understanding, intent: str, explain: Explanation,
                                   answer: Answer) -> Answer:
        """The answer, or when it is from a linked page that does not say, what the documents say elsewhere."""
        if not answer.abstained or u.topic is None or u.topic.doc not in self.index.linked_docs \
                or RULE_UNKNOWN_WORD in answer.explanation.rules:
            return answer
        # The linked page does not say; a seed document that names the same condition may ("can lymphoma
        # affect the bone marrow": the bone marrow page says how).
        found = self._from_seeds(u, intent, explain, u.alternatives)
        if found is not None:
            return found
        if u.topic.condition is None:
            # A page without the section asked for ("symptoms?" on a page that only defines the condition):
            # another page of the library about the same condition, one that has it, or else one whose
            # sentences speak of it ("It can run in families").
            kind = self.intent_set.intent(intent)
            wanted = {x.lower() for x in kind.sections}
            others = [doc for doc in self.asked.same_titled(u.topic.doc) if doc != u.topic.doc]
            with_section = [doc for doc in others
                            if any(sec.heading.lower() in wanted for sec in self.asked.document(doc).sections)]
            speaking = [doc for doc in others if doc not in with_section and self.retriever.speaks_to(doc, kind)]
            for doc in with_section + speaking:
                d = self.asked.document(doc)
                alt = Topic(doc, u.topic.score, Name(d.title, doc, "title"), "another page, same condition")
                again = self._medical(replace(u, topic=alt, alternatives=()), intent,
                                      replace(explain, rules=explain.rules + (RULE_SAME_CONDITION,)))
                if not again.abstained and any(not sn.link_title for sn in again.snippets):
                    return again
        if u.followup and not u.alternatives:
            # (A follow-up has no alternatives of its own: the seed documents that name the page's condition.)
            found = self._from_seeds(u, intent, explain, self._seeds_naming(u.topic.doc))
            if found is not None:
                return found
        return answer

    def _from_seeds(self, u: Understanding, intent: str, explain: Explanation,
                    alternatives: tuple[Topic, ...]) -> Answer | None:
        """What a seed document naming a linked page's condition says, when the page does not say."""
        assert u.topic is not None
        own_page = fold(self.asked.document(u.topic.doc).title)
        seeds = [alt for alt in alternatives if alt.doc not in self.index.linked_docs]
        tried: set[tuple[str, str]] = set()
        for alt in seeds:
            key = (alt.doc, fold(alt.name.text))
            if key in tried or len(tried) >= _SEED_TRIES:  # (a name said twice, or enough names tried)
                continue
            tried.add(key)
            again = self._medical(replace(u, topic=alt, alternatives=()), intent,
                                  replace(explain, rules=explain.rules + (RULE_SEED_NAMES,)))
            # A link to the page that does not say is no answer; a sentence, or a link to another page
            # ("Bone marrow transplant" among the patient handouts), is.
            if not again.abstained and (intent in _LINK_INTENTS or any(
                    not sn.link_title or fold(condition_name(sn.link_title)) != own_page for sn in again.snippets)):
                return again
        return None

    def _titled_page(self, u: Understanding, intent_name: str, explain: Explanation) -> Answer | None:
        """For a condition a seed document names: the answer from a library page titled with that name (its
        abbreviation in brackets aside), when it quotes a sentence of the library; else None."""
        assert u.topic is not None and u.topic.condition is not None
        if intent_name in _LINK_INTENTS:
            return None  # (the seeds' links are the answer: "is there information for parents")
        found = fold(BRACKETED.sub(" ", u.topic.condition.text)).strip()
        # (A follow-up has no alternatives of its own: the library pages titled with the name.)
        titled = tuple(Topic(doc, 1.0, Name(self.asked.document(doc).title, doc, "title"), "a page titled with it")
                       for doc in self._linked_titles.get(found, ())) if not u.alternatives else ()
        for alt in u.alternatives or titled:
            if alt.name.kind == "title" and alt.doc in self.index.linked_docs and fold(alt.name.text).strip() == found:
                again = self._medical(replace(u, topic=alt, alternatives=()), intent_name,
                                      replace(explain, rules=explain.rules + (RULE_TITLED_PAGE,)))
                # (its own sentences, or another page's about the same condition that it handed the question to)
                if not again.abstained and any(not sn.link_title and sn.doc in self.index.linked_docs
                                               for sn in again.snippets):
                    return again
                return None
        return None

    def page_of_name(self, u: Understanding, intent_name: str, explain: Explanation) -> Answer | None:
        """For a thing a seed document names that the library has a page about under a longer title starting with
        its name, in any form ("blood transfusions": "Blood Transfusion and Donation"): the answer from that page,
        when it quotes one of the page's own sentences; else None. (A page titled with the name itself is
        ``_titled_page``'s, when the seeds only link to it.)"""
        assert u.topic is not None and u.topic.condition is not None
        if intent_name in _LINK_INTENTS:
            return None
        found = fold(BRACKETED.sub(" ", u.topic.condition.text)).strip()
        named = terms(found)
        if not named or found in self._linked_titles:
            return None
        pages = self._titles_starting_with.get(tuple(named), [])
        # (The page is on a treatment or procedure: what is done in it is what the page itself says it is.)
        kinds = (intent_name, "definition") if intent_name == "treatment" else (intent_name,)
        sections = {s.lower() for k in kinds for s in self.intent_set.intent(k).sections}
        for doc in pages:
            alt = Topic(doc, 1.0, Name(self.asked.document(doc).title, doc, "title"), "a page titled with it")
            asked = replace(u, topic=alt, alternatives=())
            again = self._medical(asked, intent_name, replace(explain, rules=explain.rules + (RULE_PAGE_OF_NAME,)))
            content = self.asked.content_text(asked, intent_name)
            # One of the page's own sentences, from a section of the kind asked or using the words asked: not a
            # summary line sharing a generic word ("how long does it take": no answer about HIV in blood).
            if not again.abstained and any(
                    not sn.link_title and sn.doc == doc and (sn.section.lower() in sections or (
                        content and self.asked.coverage(asked, content, sn.text) >= MIN_COVERAGE))
                    for sn in again.snippets):
                return again
        return None

    @cached_property
    def _titles_starting_with(self) -> dict[tuple[str, ...], list[str]]:
        """The library's pages by each proper start of their titles' terms ("blood transfus" -> "Blood Transfusion
        and Donation"), read once."""
        starts: dict[tuple[str, ...], list[str]] = {}
        for title, docs in self._linked_titles.items():
            t = tuple(terms(title))
            for k in range(1, len(t)):
                starts.setdefault(t[:k], []).extend(docs)
        return starts

    @cached_property
    def pages_of_names(self) -> frozenset[str]:
        """The library pages ``page_of_name`` may answer from: titled with a longer title starting with a name the
        seed documents use ("Blood Transfusion and Donation" for "blood transfusion")."""
        starts = self._titles_starting_with
        out: set[str] = set()
        for n in self.index.names:
            if n.kind == "condition" and n.doc not in self.index.linked_docs:
                found = fold(BRACKETED.sub(" ", n.text)).strip()
                if found not in self._linked_titles:
                    out.update(starts.get(tuple(terms(found)), ()))
        return frozenset(out)

    @cached_property
    def _linked_titles(self) -> dict[str, list[str]]:
        """A linked page's folded title (its abbreviation in brackets aside) -> the pages with that title."""
        out: dict[str, list[str]] = {}
        for d in self.asked.corpus.documents:
            if d.id in self.index.linked_docs:
                out.setdefault(fold(BRACKETED.sub(" ", d.title)).strip(), []).append(d.id)
        return out

    def _seeds_naming(self, doc: str) -> tuple[Topic, ...]:
        """The seed documents' names of a linked page's condition, as topics ("lymphoma" named in the bone marrow
        diseases page, for the lymphoma page)."""
        d = self.asked.document(doc)
        wanted = {fold(n) for n in (d.title, *d.aliases)}
        return tuple(Topic(n.doc, 1.0, n, f"{n.text} (named in a seed document)") for n in self.index.names
                     if n.kind == "condition" and n.doc not in self.index.linked_docs and fold(n.text) in wanted)
