"""A request to go on with no subject of its own ("more", "go on", "and?", "what else", "you already said that",
"that's not what i asked"; ``text.follow_ups.continuation``): the conversation's topic, in the sentences the
session has not quoted yet.

- Go on ("more") and "you already said that" (with a short apology): the best sentences of the last kind of
  question not quoted yet (the last question's next-best first, then the kind's sections in the document's order);
  only sentences that speak of the subject (name it, or lean on the sentence before); when that kind has nothing
  left, the document's next section, in its order (said plainly); when nothing at all is
  left, that the documents say no more, and where to look. A sentence already quoted is never quoted again, but
  for the sentence leading into a list, said again before the list's items not quoted yet.
- "that's not what i asked": the last question's next-best sentences not quoted yet, with a short apology; with
  none, an invitation to ask in other words.
- With no topic yet: the help text.

Every word of the answer besides the quotes is one of the bot's fixed messages (intents/messages.yml).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace

from marrowbot.asked import Asked
from marrowbot.compose import LEANS_BACK, MAX_QUOTES
from marrowbot.model import Answer, Explanation, Passage
from marrowbot.respond_again import SayingAgain
from marrowbot.respond_siblings import plainness
from marrowbot.retrieve import Retriever
from marrowbot.session import Session
from marrowbot.text import NAME_STOPWORDS, fold
from marrowbot.text.about_answer import KINDS as ABOUT_ANSWER
from marrowbot.text.follow_ups import GO_ON, MISSED, PLAINER, SAID_ALREADY
from marrowbot.text.questions import leads_into_list

RULE_GO_ON = ("a request to go on ('more', 'go on', 'and?', 'what else') naming nothing of its own: the conversation's "
              "topic, the sentences of the last kind of question not quoted yet")
RULE_SAID_ALREADY = ("'you already said that': a request to go on, with a short apology (the sentences not quoted "
                     "yet)")
RULE_MISSED = ("'that doesn't answer my question': a short apology, and the last question's next-best sentences not "
               "quoted yet")
RULE_NEXT_SECTION = "the last kind of question has nothing left unquoted: the document's next section, in its order"
RULE_NOTHING_LEFT = "every sentence on the topic was quoted: the documents say no more (nothing is quoted twice)"
RULE_NO_TOPIC_YET = "a request to go on with no topic yet: the help text"
RULE_PLAINER = ("'in simpler words': the bot only quotes, and says so; the plainest sentence of the kind last asked on "
                "the pages about the conversation's condition, not quoted yet, plainer than those just quoted")
RULE_NONE_PLAINER = ("'in simpler words', with no plainer sentence of the kind not quoted yet: said plainly, with what "
                     "the bot can do (what a word means, one part at a time)")
RULE_URGENT_FIRST = ("a request to go on right after an urgent answer: what to do now, said again first (the urgency "
                     "is never dropped), then the sentences not quoted yet")
RULE_CRISIS_AGAIN = ("a request to go on right after a crisis answer: the people to talk to now, said again, and "
                     "nothing else quoted")
RULE_URGENT_AGAIN = ("'say that again' right after an urgent answer: what to do now, said again alone (an urgent "
                     "answer is never shortened)")
#: Urgent answers after which "more" says the help again and quotes nothing: someone in crisis needs the people to
#: talk to, not more sentences about an illness (a prognosis may be the next one).
_CRISIS = frozenset(("crisis", "crisis_now"))

#: Words of a name that every page of the documents uses: they tell no subject apart.
_SUBJECT_WORDS = frozenset("bone marrow disease diseases disorder disorders blood condition conditions".split())
_SENTENCE_END = re.compile(r"[.!?][\"')\]]*\s*$")
#: A sentence that goes on from the one before it ("So, they can pass it on ..."): no sentence to quote alone.
_GOES_ON_FROM = re.compile(r"^(?:So|But|And|Or|Also|However|Then|Because|Still|Yet|Instead|Otherwise)\b")

_RULES = {GO_ON: RULE_GO_ON, SAID_ALREADY: RULE_SAID_ALREADY, MISSED: RULE_MISSED, PLAINER: RULE_PLAINER}
#: How many of the sentences quoted last are read as what was just said (an answer quotes a few).
_JUST_SAID = 4


class GoingOn(SayingAgain):
    """Mixed into the Responder: the answer to a request to go on, or about the last answer ("say that again").
    Needs what ``SayingAgain`` needs, and:"""

    asked: Asked
    retriever: Retriever

    def going_on(self, text: str, request: str, session: Session, explain: Explanation) -> Answer:
        """The answer to ``request`` (``GO_ON``, ``SAID_ALREADY``, ``MISSED`` or ``PLAINER``; or about the last answer,
        ``text.about_answer.KINDS``) in ``session``'s conversation; right after an urgent answer (``session.urgent``),
        what it said to do now comes first, again (after a crisis answer, or asked to say it again, alone)."""
        urgent = session.urgent
        said = getattr(self.messages, urgent, None) if urgent else None
        if urgent is None or not isinstance(said, str) or not said:
            if request in ABOUT_ANSWER:
                return self.saying_again(text, request, session, explain)
            return self._going_on(text, request, session, explain)
        if urgent in _CRISIS or request in ABOUT_ANSWER:
            rule = RULE_CRISIS_AGAIN if urgent in _CRISIS else RULE_URGENT_AGAIN
            return self.composer.answer(question=text, intent="emergency", topic=None, confidence=1.0, lead=said,
                                        urgent=True, explanation=replace(explain, rules=(*explain.rules, rule)))
        answer = self._going_on(text, request, session, replace(explain, rules=(*explain.rules, RULE_URGENT_FIRST)))
        return replace(answer, urgent=True, lead=f"{said}\n\n{answer.lead}".strip(),
                       text=f"{said}\n\n{answer.text}")

    def _going_on(self, text: str, request: str, session: Session, explain: Explanation) -> Answer:
        m = self.messages
        explain = replace(explain, rules=(*explain.rules, _RULES[request]))
        medical = self.intent_set.medical
        # (after a symptom check or personal advice about a topic: what the documents say it is, then the rest)
        kind = session.intent if session.intent in medical else ("definition" if "definition" in medical else None)
        if not session.topic or kind is None:
            return self.composer.answer(question=text, intent="help", topic=None, confidence=1.0, lead=m.help,
                                        explanation=replace(explain, rules=(*explain.rules, RULE_NO_TOPIC_YET)))
        # The conversation's document, then the one last quoted from (an answer may come from another page about the
        # same condition: "symptoms" of leukemia, from a page that has them).
        docs = (session.topic, *self._other_page(session))
        if request == PLAINER:
            return self._plainer(text, kind, session, explain)
        if request == MISSED:
            pending = [self.index.passages[i] for i in session.pending]
            ranked = [p for p in pending if p.id in self._unquoted(p.doc, session)]
            if not ranked:
                return self.composer.answer(question=text, intent=kind, topic=session.topic, confidence=0.3,
                                            lead=m.more_missed_none, explanation=explain)
            doc = ranked[0].doc
            said = self._section_intent.get(ranked[0].section.lower(), kind)
            return self._quoting(text, said, doc, self._take(ranked, self._unquoted(doc, session)), m.more_missed,
                                 self._name(doc, session), explain)
        sections = [s.lower() for s in self.intent_set.intent(kind).sections]
        rank = {i: n for n, i in enumerate(session.pending)}
        lead = m.more_said_already if request == SAID_ALREADY else m.more_lead
        for doc in docs:
            unquoted = self._unquoted(doc, session)
            speaks = self._speaks_of(doc, session)
            same = sorted((p for p in unquoted.values() if p.section.lower() in sections and speaks(p)),
                          key=lambda p: (rank.get(p.id, len(rank)), sections.index(p.section.lower()), p.position))
            if same:
                return self._quoting(text, kind, doc, self._take(same, unquoted), lead, self._name(doc, session),
                                     explain)
        for doc in docs:
            unquoted = self._unquoted(doc, session)
            heading, rest = self._next_section(doc, sections, unquoted)
            if rest:
                said = self._section_intent.get(heading.lower(), kind)
                return self._quoting(text, said, doc, self._take(rest, unquoted), m.more_other_part,
                                     self._name(doc, session),
                                     replace(explain, rules=(*explain.rules, RULE_NEXT_SECTION)))
        return self.composer.answer(question=text, intent=kind, topic=session.topic, confidence=0.3, lead=m.more_none,
                                    values={"topic": self._name(session.topic, session)},
                                    explanation=replace(explain, rules=(*explain.rules, RULE_NOTHING_LEFT)))

    def _plainer(self, text: str, kind: str, session: Session, explain: Explanation) -> Answer:
        """'In simpler words': a quoting bot cannot say it otherwise; it can quote the plainest sentence of the same
        kind that a page about the condition says (the share of everyday words, ``plainness``), when it is not
        quoted yet and plainer than the sentences just quoted ("a disease in which too many red blood cells are
        made" after "characterized by an increased number of red blood cells"); else it says it has none."""
        assert session.topic is not None
        # (a condition named inside a page, "chronic myeloid leukemia" in a page on leukemia: that page alone)
        pages = [session.topic, *(() if session.condition_name else self.asked.same_titled(session.topic))]
        just = [self.index.passages[i] for i in session.quoted[-_JUST_SAID:]]
        bar = max((plainness(p.text) for p in just if p.doc in pages), default=0.0)
        sections = {s.lower() for s in self.intent_set.intent(kind).sections}
        best: tuple[float, Passage] | None = None
        title = fold(self.corpus.document(session.topic).title)
        for doc in pages:
            unquoted = self._unquoted(doc, session)
            if kind == "definition":
                if fold(self.corpus.document(doc).title) != title:
                    continue  # (a page of another title says what another thing is: "Leukemia is ...")
                found = [h.passage for h in self.retriever.defining(self._name(doc, session), doc, k=3)
                         if h.passage.doc == doc]
            else:
                speaks = self._speaks_of(doc, session)
                found = sorted((p for p in unquoted.values() if p.section.lower() in sections and speaks(p)),
                               key=lambda p: p.position)[:MAX_QUOTES * 2]
            for p in found:
                if p.id not in unquoted or p.link_title or not _SENTENCE_END.search(p.text) \
                        or LEANS_BACK.match(p.text) or _GOES_ON_FROM.match(p.text):
                    continue
                plain = plainness(p.text)
                if plain > bar and (best is None or plain > best[0]):
                    best = (plain, p)
        if best is None:
            return self.composer.answer(question=text, intent=kind, topic=session.topic, confidence=0.3,
                                        lead=self.messages.more_simpler_none,
                                        values={"topic": self._name(session.topic, session)},
                                        explanation=replace(explain, rules=(*explain.rules, RULE_NONE_PLAINER)))
        doc = best[1].doc
        return self._quoting(text, kind, doc, self._take([best[1]], self._unquoted(doc, session)),
                             self.messages.more_simpler, self._name(session.topic, session), explain)

    def _subject_words(self, doc: str, session: Session) -> set[str]:
        """The words that tell the conversation's subject apart (folded): of the condition's name or the document's
        title and other names, and their abbreviations ("pv"); not "bone", "marrow", "disease"."""
        names = [self._name(doc, session), *self.corpus.document(doc).aliases]
        if doc != session.topic or not session.condition_name:
            names.append(self.corpus.document(doc).title)
        folded = {fold(n) for n in names}
        names += [short for short, long in self.intent_set.abbreviations if fold(long) in folded]
        return {w for n in names for w in fold(n).split() if w not in _SUBJECT_WORDS and w not in NAME_STOPWORDS}

    def _other_page(self, session: Session) -> tuple[str, ...]:
        """The page last quoted from, when it is another page about the conversation's subject (its title says a
        telling word of it: "symptoms" of leukemia, answered from a page that has them)."""
        assert session.topic is not None
        telling = self._subject_words(session.topic, session)
        for i in reversed(session.quoted):
            doc = self.index.passages[i].doc
            if doc != session.topic and telling & set(fold(self.corpus.document(doc).title).split()):
                return (doc,)
        return ()

    def _speaks_of(self, doc: str, session: Session) -> Callable[[Passage], bool]:
        """Whether a sentence speaks of the conversation's subject: outside a page's summary, every sentence does; in
        it, a list's item, and a sentence that names it (a telling word of its name or of the document's title or
        other names: "necrosis", "PV"), or leans on a sentence that does ("These cells ..."). A summary's background
        sentence ("Bone marrow is the spongy tissue ...", in a page on necrosis) waits for the document's order,
        after its other sections."""
        summary = {s.lower() for s in self.intent_set.intent("definition").sections} \
            if "definition" in self.intent_set.medical else set()
        telling = self._subject_words(doc, session)
        if not telling:
            return lambda _p: True
        ids = self.corpus.passage_ids(doc)

        def speaks(p: Passage) -> bool:
            while True:
                if p.section.lower() not in summary or not _SENTENCE_END.search(p.text) \
                        or telling & set(fold(f"{p.text} {p.link_title or ''}").split()):
                    return True
                if not LEANS_BACK.match(p.text) or p.id - 1 not in ids:
                    return False
                p = self.index.passages[p.id - 1]  # ("It makes stem cells ...": as the sentence it leans on)

        return speaks

    def _name(self, doc: str, session: Session) -> str:
        """What the conversation is about: the condition's name in the conversation's document, else the title."""
        if doc == session.topic and session.condition_name:
            return session.condition_name
        return self.corpus.document(doc).title

    def _unquoted(self, doc: str, session: Session) -> dict[int, Passage]:
        """The topic document's passages not quoted in this session (by id or by the same words), nested links left
        out; about a condition named inside the document, only those that name it."""
        quoted = set(session.quoted)
        said = {fold(self.index.passages[i].text) for i in quoted if i < len(self.index.passages)}
        target = fold(session.condition_name) if session.condition_name and doc == session.topic else ""
        out: dict[int, Passage] = {}
        for i in self.corpus.passage_ids(doc):
            p = self.index.passages[i]
            if i in quoted or p.context or fold(p.text) in said:
                continue
            if target and target not in fold(p.text) and target not in fold(p.link_title or ""):
                continue
            out[i] = p
            said.add(fold(p.text))  # (a sentence a page says twice is quoted once)
        return out

    def _next_section(self, doc: str, sections: Sequence[str],
                      unquoted: dict[int, Passage]) -> tuple[str, list[Passage]]:
        """The document's first section after the last one of the kind (then from its start) with sentences not
        quoted yet, and those sentences in order; only a section some kind of question is answered from (not the
        references)."""
        headings = [s.heading for s in self.corpus.document(doc).sections]
        last = max((n for n, h in enumerate(headings) if h.lower() in sections), default=-1)
        for links in (False, True):  # (a section of sentences before one of links alone)
            for n in (*range(last + 1, len(headings)), *range(0, last + 1)):
                if headings[n].lower() not in self._section_intent:
                    continue
                rest = sorted((p for p in unquoted.values() if p.section == headings[n]), key=lambda p: p.position)
                if rest and (links or any(not p.link_title for p in rest)):
                    return headings[n], rest
        return "", []

    def _take(self, ordered: Sequence[Passage], unquoted: dict[int, Passage]) -> list[Passage]:
        """The first MAX_QUOTES of ``ordered``, in the document's order; a sentence leading into a list comes with
        its items not quoted yet (up to MAX_LIST_ITEMS), and a list's item with the sentence leading into its list,
        said again when it was quoted before (an item alone does not say what the list is of: "Autoimmune
        disorders" under "Causes include"), and the list's other items not quoted yet."""
        picked = sorted(ordered[:MAX_QUOTES], key=lambda p: p.position)
        out: list[Passage] = []
        for p in picked:
            if p in out:
                continue
            lead = self.composer.lead_of(p)
            if lead is not None and lead.id not in unquoted and self.composer.lead_of(lead) is not None:
                lead = None  # (an item of a list ending like a lead-in, "... any children you have": not said again)
            if lead is not None:
                if lead not in out:
                    out.append(lead)
                out.extend(q for q in self.composer.list_items(lead) if q.id in unquoted and q not in out)
                if p not in out:  # (an item further down than the composer's list reaches)
                    out.append(p)
                continue
            before = next((q for q in unquoted.values() if q.section == p.section and q.position == p.position - 1),
                          None)
            if before is not None and before not in out and LEANS_BACK.match(p.text):
                out.append(before)  # ("They might involve medicines ..." with the sentence it leans on)
            out.append(p)
            if not p.link_title and leads_into_list(p.text):
                out.extend(q for q in self.composer.list_items(p) if q.id in unquoted and q not in out)
        return out

    def _quoting(self, text: str, intent: str, doc: str, picked: list[Passage], lead: str, name: str,
                 explain: Explanation) -> Answer:
        return self.composer.answer(question=text, intent=intent, topic=doc, confidence=0.6,
                                    picked=[(p, 1.0) for p in picked], lead=lead, values={"topic": name},
                                    explanation=explain)
