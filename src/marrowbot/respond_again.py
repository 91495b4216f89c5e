"""A request about the last answer itself (``text.about_answer``): "say that again", "shorter please, just the
list", "what was the first thing you said". The answer is made of what the bot already quoted, never new sentences:

- say it again: the last answer's quotes again, in its order, with their citations (``session.said``);
- shorter: the fewest of them that answer it: its first sentence, or a list's lead-in and its items (all the list
  when the request names the list);
- the first thing said: the first sentence quoted on the conversation's topic (or of the last answer, when the
  request says so: "the first thing you just said"), with its list's items if it leads into one.

The conversation's topic and the last answer's kind stay. Before the quotes, one of the bot's fixed messages
(intents/messages.yml). With nothing said yet: that there is nothing to say again, and what the bot can do; after an
answer with no quotes, that it quoted nothing (after the help: the help again). Right after an urgent answer, its
advice alone is said again (``GoingOn.going_on``).
"""

from __future__ import annotations

from dataclasses import replace

from marrowbot.compose import Composer
from marrowbot.corpus import Corpus
from marrowbot.index import PassageIndex
from marrowbot.intents import SMALL_TALK, IntentSet
from marrowbot.messages import Messages
from marrowbot.model import Answer, Explanation, Passage
from marrowbot.session import Session
from marrowbot.text import fold
from marrowbot.text.about_answer import FIRST_SAID, REPEAT, SHORTER, of_last_answer
from marrowbot.text.lazy import lazy_re
from marrowbot.text.questions import leads_into_list

RULE_REPEAT = "'say that again': the last answer's quotes again, in its order, with a short lead-in of the bot's own"
RULE_SHORTER = ("'shorter please': the fewest of the last answer's quotes that answer it (its first sentence, or a "
                "list's lead-in and items)")
RULE_FIRST_SAID = ("'what was the first thing you said': the first sentence quoted on the conversation's topic (or of "
                   "the last answer, when asked so)")
RULE_NOTHING_SAID = ("a request about the last answer when it quoted nothing: nothing to say again (the bot only "
                     "quotes), and the help")
_RULES = {REPEAT: RULE_REPEAT, SHORTER: RULE_SHORTER, FIRST_SAID: RULE_FIRST_SAID}
#: A request for the shorter answer that names the list ("just the list", "solo la lista").
_NAMES_LIST = lazy_re(r"\b(?:list|lista|items|points)\b")


class SayingAgain:
    """Mixed into the Responder (through ``GoingOn``): the answer to a request about the last answer."""

    corpus: Corpus
    index: PassageIndex
    intent_set: IntentSet
    messages: Messages
    composer: Composer
    _section_intent: dict[str, str]

    def saying_again(self, text: str, request: str, session: Session, explain: Explanation) -> Answer:
        """The answer to ``request`` (``REPEAT``, ``SHORTER`` or ``FIRST_SAID``) about the last answer in
        ``session``."""
        m = self.messages
        explain = replace(explain, rules=(*explain.rules, _RULES[request]))
        passages = self.index.passages
        said = [passages[i] for i in session.said if i < len(passages)]
        intent = session.intent or "help"
        if request == FIRST_SAID and not of_last_answer(text):
            first = next((passages[i] for i in session.quoted if i < len(passages)
                          and passages[i].doc == session.topic and not passages[i].link_title), None)
            if first is not None:
                intent = self._section_intent.get(first.section.lower(), intent)
                quoted = set(session.quoted)
                said = [first, *(p for p in self.composer.list_items(first) if p.id in quoted)]
        if not said:
            if session.intent == "help":  # (the help, said again)
                return self.composer.answer(question=text, intent="help", topic=None, confidence=1.0, lead=m.help,
                                            explanation=explain)
            none = m.again_none if session.intent is None or session.intent in SMALL_TALK else m.again_unquoted
            return self.composer.answer(question=text, intent="help", topic=None, confidence=1.0,
                                        lead=f"{none}\n\n{m.help}",
                                        explanation=replace(explain, rules=(*explain.rules, RULE_NOTHING_SAID)))
        if request == SHORTER:
            said = self._shortest(said, bool(_NAMES_LIST.search(fold(text))))
        elif request == FIRST_SAID:
            said = self._shortest(said, False)
        lead = {REPEAT: m.again_lead, SHORTER: m.again_shorter, FIRST_SAID: m.again_first}[request]
        topic = session.topic if session.topic is not None else said[0].doc
        name = session.condition_name or self.corpus.document(topic).title
        return self.composer.answer(question=text, intent=intent, topic=topic, confidence=0.6,
                                    picked=[(p, 1.0) for p in said], lead=lead, values={"topic": name},
                                    explanation=explain)

    def _shortest(self, said: list[Passage], the_list: bool) -> list[Passage]:
        """The fewest of ``said`` that answer as it did: the first sentence (with its list's items, when it leads
        into one); ``the_list``: the first list's lead-in and items, when it has one."""
        ids = {p.id for p in said}
        items: dict[int, list[Passage]] = {}
        for p in said:
            if p.link_title and self.composer.lead_of(p) is None:
                continue
            head = self.composer.lead_of(p) or p
            if head.id in ids and (leads_into_list(head.text) or self.composer.list_items(head)):
                listed = [q for q in self.composer.list_items(head) if q.id in ids]
                if listed:
                    items.setdefault(head.id, listed)
        if the_list and items:
            lead_id = next(p.id for p in said if p.id in items)
            return [self.index.passages[lead_id], *items[lead_id]]
        first = next((p for p in said if not p.link_title), said[0])  # (a sentence before a link to read more)
        lead = self.composer.lead_of(first)
        if lead is not None and lead.id in items:  # (an item first: its list's lead-in and items)
            return [lead, *items[lead.id]]
        return [first, *items.get(first.id, ())]
