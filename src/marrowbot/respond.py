"""Understanding + session -> Answer: which kind of answer a message gets, the passages it quotes, and when to
abstain. The policy lives here; ``Bot`` only wires the stages together."""

from __future__ import annotations

import copy
from dataclasses import replace

from marrowbot.asked import Asked
from marrowbot.asked_term import asks_what_it_does
from marrowbot.choose import (
    EVERYDAY_TERMS,
    MIN_COVERAGE,
    NEW_SUBJECT_CONFIDENCE,
    PAGE_RULES,
    RULE_ANYWHERE,
    DocumentChoice,
    question_clauses,
)
from marrowbot.choose_described import RULE_NAMED_FOR, RULE_PURPOSE
from marrowbot.compose import Composer
from marrowbot.corpus import Corpus
from marrowbot.index import Name, PassageIndex
from marrowbot.intents import SMALL_TALK, IntentSet
from marrowbot.linked_pages import (
    RULE_IN_THE_MARROW,
    RULE_UNKNOWN_WORD,
    SPEAKS_OF_MARROW,
    LinkedPages,
)
from marrowbot.messages import Messages
from marrowbot.model import Answer, Explanation, Hit
from marrowbot.respond_advice import AdviceAnswers, medical_reading
from marrowbot.respond_compare import RULE_COMPARED, ComparedSides
from marrowbot.respond_introduced import introduced
from marrowbot.respond_library import LibraryAnswers
from marrowbot.respond_material import MaterialElsewhere
from marrowbot.respond_more import GoingOn
from marrowbot.respond_plain import PlainAnswers, asks_what_it_is
from marrowbot.respond_rules import (
    RULE_ASKING_CLAUSE,
    RULE_CONTENT,
    RULE_MONEY_UNKNOWN,
    RULE_NAMED_SYMPTOMS,
    RULE_NO_OWN_SYMPTOMS,
    RULE_NO_QUANTITY,
    RULE_NO_SECTION,
    RULE_NOT_OWN_FINDING,
    RULE_OF_MARROW,
    RULE_ONLY_MENTIONED,
    RULE_OWN_COMPLAINT,
    RULE_QUANTITY_UNSAID,
    RULE_SECTION,
    RULE_STORY_WORDS,
    RULE_TERM_DEFINED,
    RULE_TERM_EXPLAINED,
    RULE_TERM_GLOSSED,
    RULE_UNSURE_FOLLOWUP,
    RULE_YES_NO_UNKNOWN,
    RULE_YES_NO_UNSAID,
)
from marrowbot.respond_scope import RULE_OTHER_SUBJECT, OtherSubject
from marrowbot.respond_siblings import RULE_SIBLING, SiblingPages
from marrowbot.respond_these import back_to_diseases
from marrowbot.respond_topic import topic_after
from marrowbot.respond_what_it_does import WhatItDoes
from marrowbot.retrieve import MIN_CONTENT, MIN_TEXT_SCORE, Retriever
from marrowbot.session import Session
from marrowbot.text import fold, stem, terms
from marrowbot.text.care import ASKS_OWN_CASE
from marrowbot.text.question_kinds import ASKS_IF_CAUSED_BY
from marrowbot.text.questions import (
    ASKS_IF_IT_IS,
    ASKS_MONEY,
    ASKS_QUANTITY,
    ASKS_WHAT_FOR,
    ASKS_WHICH,
    FIRST_PERSON,
    GIVES_QUANTITY,
    YES_NO,
    tells_own_complaint,
)
from marrowbot.understanding.clauses import LONG_MESSAGE_WORDS, POINTS_AT_STORY, QUESTION_TERMS
from marrowbot.understanding.said import COMES_FROM_IT, FILLER_TERMS, TELLS_OF_SOMEONE
from marrowbot.understanding.topics import GENERAL_TOPIC, Topic
from marrowbot.understanding.understand import Understanding
from marrowbot.understanding.weak_guesses import RULE_OWN_STATE

#: The intent model this sure keeps its kind of question even when the sentence chosen sits in another section.
_SURE_INTENT = 0.75
#: ... and this sure, when that section is a page's summary (which sums up every kind: its sentence is no other kind)
#: and the question asks yes or no about a thing ("does it give people blood clots": the sentence naming clots answers
#: it as its kind; "and what does it produce" is answered by the summary's sentences of what it is).
_SURE_OVER_SUMMARY = 0.5
#: The documents' own subject said in a message (folded): "bone marrow", "the marrow".
_MARROW_TERMS = frozenset(terms("bone marrow"))


class Responder(DocumentChoice, LinkedPages, PlainAnswers, SiblingPages, AdviceAnswers, WhatItDoes, MaterialElsewhere,
                OtherSubject, ComparedSides, LibraryAnswers, GoingOn):
    """Turns what was understood into an answer. Holds only read-only tables built once at load."""

    def __init__(self, corpus: Corpus, intent_set: IntentSet, index: PassageIndex, messages: Messages) -> None:
        self.corpus = corpus
        self.intent_set = intent_set
        self.index = index
        self.messages = messages
        self.retriever = Retriever(index)
        self.retriever.prepare([i for i in intent_set.intents if i.name in intent_set.medical])
        self.composer = Composer(corpus, messages)
        self.asked = Asked(corpus, intent_set, index, self.retriever)
        # Each intent's one-word keywords ("causes", not the "blood" of "blood test"), as index terms.
        self._single_keywords = {i.name: frozenset(t for k in i.keywords if len(terms(k)) == 1 for t in terms(k))
                                 for i in intent_set.intents}
        # Each intent's keywords as index-term phrases ("look out for" -> ("look", "out")).
        self._keyword_phrases = {i.name: tuple(tuple(terms(k)) for k in i.keywords if terms(k))
                                 for i in intent_set.intents}
        # A section heading -> the kind of answer it gives (the intent that lists it first).
        self._section_intent: dict[str, str] = {}
        for rank in range(max((len(i.sections) for i in intent_set.intents), default=0)):
            for i in intent_set.intents:
                if i.name in intent_set.medical and rank < len(i.sections):
                    self._section_intent.setdefault(i.sections[rank].lower(), i.name)

    def speaking(self, messages: Messages) -> Responder:
        """The same answerer with other messages (another language), sharing the read-only tables."""
        other = copy.copy(self)
        other.messages = messages
        other.composer = Composer(self.corpus, messages)
        return other

    def respond(self, u: Understanding, going_on: str | None = None, session: Session | None = None) -> Answer:
        """One message's answer (``going_on``: a request to go on in ``session``); a safety line first if any."""
        answer = self.going_on(u.text, going_on, session, replace(self._explain(u), rules=())) \
            if going_on is not None and session is not None and not u.decision.urgent \
            else self._respond(self._check_followup(back_to_diseases(self.asked, u)))
        line = u.decision.line
        if line and not answer.urgent:
            said = getattr(self.messages, line)
            answer = replace(answer, lead=f"{said} {answer.lead}".strip(), text=f"{said}\n\n{answer.text}")
        return answer

    def _respond(self, u: Understanding) -> Answer:  # noqa: C901 - the routing table: one branch per kind of answer, in order of precedence
        m = self.messages
        explain = self._explain(u)
        intent, conf = u.intent, u.intent_confidence
        if u.decision.urgent:  # never downgraded: phrases OR detectors OR the intent model (safety.decide)
            return self.composer.answer(question=u.text, intent="emergency", topic=None, confidence=1.0,
                                        lead=getattr(m, u.decision.urgent), urgent=True, explanation=explain)
        if intent in SMALL_TALK:
            lead = {"greeting": m.greeting, "thanks": m.thanks, "goodbye": m.goodbye, "help": m.help}[intent]
            return self.composer.answer(question=u.text, intent=intent, topic=None, confidence=conf, lead=lead,
                                        explanation=explain)
        if intent == "emergency":  # a weak emergency guess, below the red-flag screen: not a medical question
            intent = "out_of_scope"
        if (u.topic is not None and not u.followup and intent not in ("symptom_check", "personal_advice")
                and self.asked.names_something_else(u)):
            return self._abstain(u, explain)  # "hairy cell leukemia", "high blood pressure": not what we name
        if intent == "out_of_scope" and u.followup:
            # Read in the conversation's topic (conversation rule 4): its own words decide, or with none of its
            # own ("until when?"), the last question's kind.
            if self.asked.content_terms(u) and u.topic is not None \
                    and (self.retriever.best_in_doc(self.asked.own_content_text(u), u.topic.doc) < MIN_CONTENT
                         or not self._doc_uses_most(u)):
                # Not a medical question, and about words the topic's document never uses ("the capital of France"),
                # or uses only a few of ("red tooth for a week": "red" is in "red blood cells").
                return self._abstain(u, replace(explain, rules=explain.rules + (RULE_UNSURE_FOLLOWUP,)))
            asks = self.asked.content_terms(u)
            intent = medical_reading(u, self.intent_set) if asks else (u.carried or "definition")
            if intent not in self.intent_set.medical:
                intent = "definition"
        if intent == "out_of_scope":
            # Whether the corpus covers something is for the corpus to say: a message that names one of its
            # topics (or one of its abbreviations) is answered with the best medical reading of the question.
            described = u.topic is None and not u.expansions and bool(self._named_for(u))  # ("what's the X called")
            if u.topic is None and not u.expansions and not described:
                return self._abstain(u, explain)
            if (u.topic is not None and conf >= 0.5
                    and (u.topic.condition is not None or u.topic.doc in self.index.linked_docs)):
                return self._abstain(u, explain)  # "sign up as a stem cell donor": a near miss, not a question on it
            if u.followup:
                u = replace(u, topic=None, followup=False)
            intent = "definition" if described else medical_reading(u, self.intent_set)
        if self.other_subject(u, intent, self.intent_set.medical):  # ("is rosacea like acne" in a conversation)
            return self._abstain(u, replace(explain, rules=explain.rules + (RULE_OTHER_SUBJECT,)))
        named = self._named_for(u) if intent in ("definition", "symptom_check") else []
        if named:  # "my marrow makes too many red cells, what is that called": the sentence naming it
            return self.composer.answer(question=u.text, intent="definition", topic=named[0].passage.doc,
                                        confidence=0.6, picked=self.composer.select(named),
                                        explanation=replace(explain, rules=explain.rules + (RULE_NAMED_FOR,)))
        told = RULE_OWN_STATE in u.rules or bool(ASKS_OWN_CASE.search(fold(u.text)))  # ("does he have X")
        if intent == "symptom_check" and not u.symptoms and u.topic is not None and not told \
                and not FIRST_PERSON.search(fold(u.text)):
            # No symptom is named, and not of themselves: a question about the condition in the words of a
            # worried person ("my grandma's biopsy report says ... what does that mean?"), as its next-best kind.
            intent = next((n for n, _ in u.scores.ranked if n in self.intent_set.medical), "definition")
            if "causes" in self.intent_set.medical and ASKS_IF_CAUSED_BY.search(fold(u.text)):
                intent = "causes"  # ("and what else can do that": what brings it about, whatever the model's next)
            explain = replace(explain, rules=explain.rules + (RULE_NO_OWN_SYMPTOMS,))
        if intent == "symptom_check" and u.symptoms and u.topic is not None and not FIRST_PERSON.search(fold(u.text)) \
                and not told and not ASKS_IF_IT_IS.search(fold(u.text)) and not COMES_FROM_IT.search(fold(u.text)) \
                and all(set(terms(t)) <= self.asked.words_of(u.topic.doc).keys() for t, _ in u.symptoms):
            # Not their own complaint, and every symptom named is one the topic's document names ("is fever
            # normal with this disease?"): a question about the condition's symptoms (the symptom named being the
            # condition's own name, "and anemia is what?": about it, as the model's next-best kind).
            intent = self.next_kind(u) if self.names_only_it(u) else "symptoms"
            explain = replace(explain, rules=explain.rules + (RULE_NAMED_SYMPTOMS,))
        if intent == "symptom_check" and u.topic is None and u.symptoms and not tells_own_complaint(fold(u.text)) \
                and not ASKS_IF_IT_IS.search(fold(u.text)):
            # "what does low platelets do": a finding asked about in general, no one's own complaint: a question
            # about it, as its next-best kind.
            intent = next((n for n, _ in u.scores.ranked if n in self.intent_set.medical), "definition")
            explain = replace(explain, rules=explain.rules + (RULE_NOT_OWN_FINDING,))
        if intent == "symptom_check":
            return self._symptom_check(u, explain)
        if intent == "personal_advice":
            return self._personal_advice(u, explain)
        purpose = self._purpose(u) if intent in self.intent_set.medical else []
        if purpose:  # "why do they do it then": what it is for
            assert u.topic is not None
            return self.composer.answer(question=u.text, intent="treatment", topic=u.topic.doc, confidence=0.6,
                                        picked=self.composer.select(purpose),
                                        explanation=replace(explain, rules=explain.rules + (RULE_PURPOSE,)))
        sides = self.compared(u) if intent in self.intent_set.medical else []
        if sides:  # "difference between acute and chronic": the page's sentence on each
            assert u.topic is not None
            return self.composer.answer(question=u.text, intent=intent, topic=u.topic.doc, confidence=0.6,
                                        picked=self.composer.select(sides),
                                        explanation=replace(explain, rules=explain.rules + (RULE_COMPARED,)))
        answer = self.material_listed(u, explain) if intent == "support" else None
        answer = answer or self._medical(u, intent, explain)
        return self.material_elsewhere(u, intent, explain, self.when_the_page_does_not_say(u, intent, explain, answer))

    def _medical(self, u: Understanding, intent_name: str, explain: Explanation) -> Answer:  # noqa: C901 - topic, condition, links and abstention cases of one medical answer
        m = self.messages
        intent = self.intent_set.intent(intent_name)
        term = self.asked.defined_term(u) if intent_name == "definition" else ""
        if term and u.topic is not None and u.topic.doc not in self.index.linked_docs and ASKS_WHAT_FOR.search(
                fold(u.query)) and set(terms(term)) <= self.asked.words_of(u.topic.doc).keys():
            term = ""  # "what are platelets for": what the conversation's seed says they do, not what they are
        defined = self.retriever.defining(term, u.topic.doc if u.topic else None, seeds_only=u.topic is None)
        if defined:  # "whats hemoglobin": the sentence that says what it is ("Hemoglobin is an iron-rich ...")
            return self.composer.answer(question=u.text, intent=intent_name, topic=defined[0].passage.doc,
                                        confidence=0.5 * u.intent_confidence + 0.5,
                                        picked=self.composer.select(defined),
                                        explanation=replace(explain, rules=explain.rules + (RULE_TERM_DEFINED,)))
        glossed = self._glossed(u) if intent_name == "definition" else []
        rule = RULE_TERM_GLOSSED
        if not glossed and not asks_what_it_does(u.query):
            # ("sorry what is jaundice?": "Jaundice (a yellowish color of the skin ...)", plain words beside it)
            # (with no topic, as a seed explains it only: a library page is no answer to a subject we don't cover)
            glossed = self.retriever.explaining(term, u.topic.doc if u.topic else None, seeds_only=u.topic is None)
            rule = RULE_TERM_EXPLAINED
        if glossed:  # "thrombocytopenia?? what does that word mean": the plain words the documents give for it
            return self.composer.answer(question=u.text, intent=intent_name, topic=glossed[0].passage.doc,
                                        confidence=0.5 * u.intent_confidence + 0.5,
                                        picked=self.composer.select(glossed),
                                        explanation=replace(explain, rules=explain.rules + (rule,)))
        if u.topic is None:
            if not self.asked.content_terms(u):
                return self.composer.answer(question=u.text, intent=intent_name, topic=None, confidence=0.3,
                                            lead=m.no_topic, abstained=True, suggestions=self._topic_list(),
                                            explanation=explain)
            general = self._general_for(u)
            unknown, known, weight = self.asked_about(u, intent_name, _MARROW_TERMS)
            # Words no document uses, not outnumbered by those one does (besides "bone marrow": "what is bone marrow
            # soup"): the library or nothing; outnumbered ("which part of the NIH does marrow research"): the seeds.
            if unknown and len(known) <= weight:
                return self.library_or_abstain(u, intent_name, explain)
            if unknown and general is not None:
                return self._medical(general, intent_name, replace(explain, rules=explain.rules + (RULE_OF_MARROW,)))
            hits, text_scores = self.retriever.for_intent(u, intent)
            best_text = float(text_scores[hits[0].passage.id]) if hits else 0.0
            if best_text < MIN_TEXT_SCORE or not hits or not self.asked.covers(u, hits, intent_name):
                # The kind of question is a soft prior, not a filter: a seed sentence anywhere that uses most of the
                # question's own words answers it ("does the marrow make the cells that fight germs").
                found = self._anywhere(u, intent_name)
                if found is None and general is not None:
                    marrow = replace(explain, rules=explain.rules + (RULE_OF_MARROW,))
                    return self._medical(general, intent_name, marrow)
                if found is None:
                    return self.library_or_abstain(u, intent_name, explain)
                hits, best_text, kind = found
                intent_name = intent_name if asks_what_it_is(u.text, intent_name) else kind  # ("what is low blood")
                explain = replace(explain, rules=explain.rules + (RULE_ANYWHERE,))
            if intent_name == "definition":  # ("what does the bone marrow do for the body")
                d = self.asked.document(hits[0].passage.doc)
                read_in = Topic(d.id, 1.0, Name(d.title, d.id, "title"), "the document answered from")
                if self._asks_what_it_does(u, read_in):
                    hits = self._with_its_paragraph(hits, read_in)
            picked = self.composer.select(hits)
            return self.composer.answer(question=u.text, intent=intent_name, topic=hits[0].passage.doc,
                                        confidence=min(1.0, u.intent_confidence * best_text * 2), picked=picked,
                                        explanation=explain)
        u = self._prefer_answering_document(u, intent.sections, intent)
        asking = question_clauses(u.text)
        if u.query == u.text and asking and len(asking.split()) < len(fold(u.text).split()) // 2 \
                and not POINTS_AT_STORY.search(asking):
            # A long message is read for its question ("... the doctor said something about the marrow dying?? my
            # question is can the chemo medicine itself cause that"): its words rank the sentences, not the story's
            # (unless it points back at the story: "her skin has gone yellowish, is that part of it").
            u = replace(u, query=asking)
            explain = replace(explain, rules=explain.rules + (RULE_ASKING_CLAUSE,))
        words = self.asked_words(u, intent.name)
        # (A yes/no question asking only its kind's own word, "is there a cure": said in the sections of that kind
        # or a page's summary.)
        only_kind = not self.asked.content_text(u, intent.name)
        u = self._page_using_most(u, words, intent.sections, only_kind, chosen_by=PAGE_RULES)
        explain = replace(explain, rules=explain.rules + tuple(r for r in PAGE_RULES
                                                               if r in u.rules and r not in explain.rules))
        topic = u.topic
        assert topic is not None
        if u.followup and topic.condition is None and topic.doc in self.pages_of_names \
                and not self._has_section(topic.doc, intent.sections) \
                and not set(terms(self.asked.expand(self.asked.content_text(u, intent.name), topic.doc))) \
                & self.asked.words_of(topic.doc).keys():
            # A library page chosen by the start of its title, held as the topic ("what happens in a blood
            # transfusion"), asked a kind it has no section for in no word it uses ("how long does it take"): they
            # don't say (its summary lines are no answer; "are they risky" is, in the page's words).
            return self._not_said(u, intent_name, explain, RULE_NO_SECTION)
        content = self.in_page_words(u, self.asked.content_text(u, intent.name), topic.doc) \
            if topic.condition is None else ""
        if only_kind and topic.condition is None and intent.name == "treatment" and YES_NO.search(fold(u.text)):
            content = self.kind_words_asked(u, intent, topic)  # ("is a transplant a cure": "cure")
        # The sentences are ranked by all the words asked with, the intent's own among them ("treated with blood
        # transfusions": the sentence naming transfusions); whether they answer is for the content words to say.
        # (In the documents' words too: "medicines" are "drugs".)
        asked_with = self.asked.expand(" ".join(w for w in fold(u.query).split()
                                                if stem(w) in self._single_keywords[intent.name]), topic.doc) \
            if content else ""
        # About a named condition, the question's own words rank the sentences that name it.
        ranked_by = content if topic.condition is None else self.asked.content_text(u, intent.name)
        expanded, forms = self.forms(ranked_by, topic.doc)
        hits, text = self.retriever.for_intent(u, intent, content=expanded, also=asked_with, forms=forms)
        if content and u.followup and YES_NO.search(fold(u.text)) and self.unnamed(u):
            # "can diabetes damage the marrow?" in a conversation: about a thing the documents never name. They
            # don't say, whatever else of the question they use (first: a sentence using its other words, or an
            # everyday word put in the documents' words, "hurt" -> pain, is no answer to it).
            return self._not_said(u, intent_name, explain, RULE_YES_NO_UNKNOWN)
        if content and hits and float(text[hits[0].passage.id]) >= MIN_CONTENT \
                and (self.asked.coverage(u, self._telling(content, topic.doc), hits[0].passage.text) >= MIN_COVERAGE
                     or self.uses_rare_asked(u, content, hits[0], intent.sections)):
            # The sentence that answers the question's own words may sit in another section: say which kind of
            # answer it is ("does it turn your skin yellow" is answered from the symptoms).
            section_kind = self._section_intent.get(hits[0].passage.section.lower(), intent_name)
            used = set(terms(hits[0].passage.text))
            if self._story_picked(u, hits, topic):
                # A long message's sentence picked by the story's words alone: the kind asked, from its section.
                hits, _ = self.retriever.for_intent(u, intent)
                explain = replace(explain, rules=explain.rules + (RULE_STORY_WORDS,))
            elif u.intent_confidence < (_SURE_OVER_SUMMARY if section_kind == "definition"
                                        and YES_NO.search(fold(u.text)) else _SURE_INTENT) \
                    and not self._kind_said_over(u, intent_name, section_kind) \
                    and not asks_what_it_is(u.text, intent_name) \
                    and (not used & self._single_keywords[intent_name] or used & self._single_keywords[section_kind]):
                # ("what does pancytopenia mean" stays a definition; so does a question whose sentence says what
                # it asked about, in no words of its section's kind: "Causes of bone marrow diseases include...")
                intent_name = section_kind
            if RULE_STORY_WORDS not in explain.rules:
                explain = replace(explain, rules=explain.rules + (RULE_CONTENT,))
        elif (content or topic.condition is not None) and self.messages.lang == "en" \
                and self._strange_asked(u) and not (  # (a word of another language is not "never named")
                    u.followup and tells_own_complaint(fold(u.text)) and intent_name in ("symptoms", "definition")):
            # "does turmeric cure it", "will medicare cover the biopsy": no sentence speaks to the thing asked about,
            # and no document names it: they don't say (the section for the kind of question is no answer to it).
            return self._not_said(u, intent_name, explain, RULE_UNKNOWN_WORD)
        elif content and self.retriever.best_in_doc(self.asked.expand(content, topic.doc), topic.doc) < MIN_CONTENT:
            if u.followup and tells_own_complaint(fold(u.text)) and intent_name in ("symptoms", "definition"):
                # "my ear is itchy, what could it be?" after a topic: their own complaint, which the document
                # never names. Never answered with the topic's symptom list.
                return self._symptom_check(u, replace(explain, rules=explain.rules + (RULE_OWN_COMPLAINT,)))
            if ASKS_MONEY.search(fold(u.text)) and set(terms(content)) <= set(self.asked.unknown_terms(u)):
                # "how much does a transplant cost": money, which no document speaks of, is not covered.
                return self._abstain(u, replace(explain, rules=explain.rules + (RULE_MONEY_UNKNOWN,)))
            if self._yes_no_unsaid(u, intent_name):
                # "is it contagious?": no sentence speaks to the asked thing (and the question does not ask about
                # its section's subject, as "does it change the outlook" does): say plainly that they don't say.
                return self._not_said(u, intent_name, explain, RULE_YES_NO_UNSAID)
            unnamed = fold(u.text)
            for name in (self.asked.document(topic.doc).title, topic.name.text):  # ("Health Statistics")
                unnamed = unnamed.replace(fold(name), " ")
            if ASKS_QUANTITY.search(unnamed):
                # "how many transfusions will she need": a number about a thing the document never speaks of is no
                # question its section answers.
                return self._not_said(u, intent_name, explain, RULE_QUANTITY_UNSAID)
            if u.followup and u.intent_confidence < NEW_SUBJECT_CONFIDENCE and not self.asked.turns_to(u, intent_name) \
                    and not self._asks_its_kind(u.query, intent_name) \
                    and not set(self.asked.content_terms(u, intent_name)) <= EVERYDAY_TERMS:
                # (In everyday words only, "what would blood tests show", or its kind's own, it asks of the topic.)
                return self._abstain(u, replace(explain, rules=explain.rules + (RULE_UNSURE_FOLLOWUP,)))
            # The words asked about are not in the document: answer the kind of question from its section.
            hits, _ = self.retriever.for_intent(u, intent)
            explain = replace(explain, rules=explain.rules + (RULE_SECTION,))
        elif content:
            if self._yes_no_unsaid(u, intent_name):
                # "is it contagious? the grandkids want to visit": a sentence using a word or two of it is no answer
                # to the asked thing, and the section for the kind of question is none either.
                return self._not_said(u, intent_name, explain, RULE_YES_NO_UNSAID)
            # (A word or two in common is not an answer to them; nor is the section's summary an answer to the
            # words asked.)
            hits, _ = self.retriever.for_intent(u, intent, summary=False)
        condition = topic.condition
        if condition is not None and (page := self.page_of_name(u, intent_name, explain)) is not None:
            return page  # ("what happens in a blood transfusion": the library's page on transfusions answers)
        if condition is not None:
            mentions = self.retriever.mentions(condition.text)
            hits = [h for h in hits if mentions[h.passage.id] > 0]
            if all(h.passage.link_title for h in hits):
                # The seeds only link to a page about it ("is PNH inherited": "... MedlinePlus Genetics"), or no
                # sentence names it at all: the page of the library titled with its name, when it says (its own
                # sentences, before a link to it).
                page = self._titled_page(u, intent_name, explain)
                if page is not None:
                    return page
            if not hits:
                links = self.retriever.condition_links(condition.text, topic.doc)
                if links:
                    return self.composer.answer(
                        question=u.text, intent=intent_name, topic=topic.doc, confidence=0.7 * topic.score,
                        picked=[(h.passage, h.score) for h in links], lead=m.link_intro,
                        values={"condition": condition.text}, explanation=explain)
                said = self.retriever.mentioning(condition.text, topic.doc)
                if said:
                    # "how is leukemia treated": the documents don't say, but they do say what it is. Say both.
                    return self.composer.answer(
                        question=u.text, intent=intent_name, topic=topic.doc, confidence=0.5 * topic.score,
                        picked=self.composer.select(said, limit=2), lead=f"{m.not_in_documents} {m.quotes_intro}",
                        values={"topic": condition.text},
                        explanation=replace(explain, rules=explain.rules + (RULE_ONLY_MENTIONED,)))
        if not hits:
            return self._not_said(u, intent_name, explain, None)
        if ASKS_QUANTITY.search(fold(u.text)) and not any(GIVES_QUANTITY.search(fold(h.passage.text)) for h in hits
                                                         if not h.passage.link_title):
            # "what is the survival rate percentage": sentences with no number or share in them don't answer it.
            return self._not_said(u, intent_name, explain, RULE_NO_QUANTITY)
        if intent_name == "definition" and condition is None and hits:
            # "what is a bone marrow transplant": the page's sentence saying what its subject is, wherever it sits
            # in the summary (after "Bone marrow is the spongy tissue ...").
            own = [h for h in self.retriever.defining(topic.name.text, topic.doc, k=1) if h.passage.doc == topic.doc]
            if own and hits[0].passage.id != own[0].passage.id:
                hits = [Hit(own[0].passage, hits[0].score), *(h for h in hits if h.passage.id != own[0].passage.id)]
        if condition is None and hits and self._asks_what_it_does(u, topic):
            hits = self._with_its_paragraph(hits, topic)
        picked = self.composer.select(hits, whole_list=bool(ASKS_WHICH.search(fold(u.text))))
        first, links = self.retriever.companions(topic.doc, intent)  # a linked page: the seed's words come first
        reported = topic.doc
        if first and self._asks_in_the_marrow(u, topic):
            # "what happens in leukemia to the marrow": the seed's own subject asked of the condition; the seed's
            # sentence on it, quoted first, is the answer and its document the topic (the page's follow).
            reported = first[0].passage.doc
            explain = replace(explain, rules=explain.rules + (RULE_IN_THE_MARROW,))
        if condition is not None and all(h.passage.doc != topic.doc for h in hits):
            links = self.retriever.condition_links(condition.text, topic.doc, k=1)  # quoted from linked pages
        sibling = self.sibling_sentence(u, intent, hits)  # another page about it, summing the kind up
        if sibling:
            explain = replace(explain, rules=explain.rules + (RULE_SIBLING,))
        picked = introduced(u, self.retriever, self.composer.select(first) + picked  # ("what about X?": what X is)
                            + self.composer.select(sibling, limit=1) + [(h.passage, h.score) for h in links])
        confidence = 0.5 * u.intent_confidence + 0.5 * min(1.0, topic.score)
        lead = m.topic_switch if u.switched else ""
        title = topic.condition.text if topic.condition else self.asked.document(topic.doc).title
        return self.composer.answer(question=u.text, intent=intent_name, topic=reported, confidence=confidence,
                                    picked=picked, lead=lead, values={"topic": title}, explanation=explain)

    def _general_for(self, u: Understanding) -> Understanding | None:
        """A message naming no condition, with none in the conversation, read in the general document when it
        speaks of the marrow itself ("what makes someones bone marrow go wrong"): the documents' own subject. Not
        a person's story ("my wife has some condition where her marrow quit"): what one person has is no question
        the general document answers."""
        if u.followup or not SPEAKS_OF_MARROW.search(fold(u.text)) or TELLS_OF_SOMEONE.search(fold(u.text)) \
                or not self.asked.has_document(GENERAL_TOPIC):
            return None
        d = self.asked.document(GENERAL_TOPIC)
        name = Name(d.title, GENERAL_TOPIC, "title")
        return replace(u, topic=Topic(GENERAL_TOPIC, 1.0, name, "speaks of the marrow"), followup=True)

    def topic_to_remember(self, u: Understanding, answer: Answer) -> Topic | None:
        """The conversation's topic after an answer (``respond_topic.topic_after``)."""
        return topic_after(self.asked, self.intent_set, u, answer)

    def _story_picked(self, u: Understanding, hits: list[Hit], topic: Topic) -> bool:
        """True when a long message's sentence was picked by its story's words, none of its asking clause's own
        ("my brother has it and i'm the one caring for him, is there a group that helps families"): the story does not
        say which kind of question is asked (the asking clause and the model do)."""
        # (the query is the question alone; the clauses are read only for a long one)
        if len(fold(u.query).split()) < LONG_MESSAGE_WORDS or not (asking := question_clauses(u.text)):
            return False
        # (in the document's words too: "take blood out" is phlebotomy; "really" says nothing of its own)
        own = set(terms(self.asked.expand(fold(asking), topic.doc))) - QUESTION_TERMS - FILLER_TERMS \
            - set(terms(topic.name.text))
        return bool(own) and not any(own & set(terms(h.passage.text)) for h in hits)

    def _explain(self, u: Understanding) -> Explanation:
        return Explanation(
            intent_scores=tuple(u.scores.ranked[:5]), matched_examples=u.scores.examples,
            matched_terms=u.scores.terms, topic_evidence=(u.topic.evidence,) if u.topic else (),
            symptoms=tuple(f"{said} -> {term}" for term, said in u.symptoms),
            red_flags=tuple(f.name for f in u.red_flags), followup=u.followup, notes=u.expansions,
            rules=u.rules)
