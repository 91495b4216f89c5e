"""The clauses of a message: which one asks the question (a long message's story is not what it asks), an indirect
question put directly, a closing line, a reported claim checked by "is that true"."""

from __future__ import annotations

import re
from collections.abc import Callable

from marrowbot.text import fold, terms
from marrowbot.text.care import tells_own_state
from marrowbot.text.questions import (
    ASKING_WORDS,
    CHECKS_CLAIM,
    HEDGE_TAIL,
    MESSAGE_CLAUSE_END,
    QUESTION_START,
    QUESTION_WORDS,
    REPORTED_CLAIM,
    SMALL_TALK_WORDS,
    SUBJECT_FILLERS,
)

#: Small-talk words and ways of asking, as index terms (what a message says besides its subject).
SMALL_TALK_TERMS = frozenset(terms(" ".join(SMALL_TALK_WORDS)))
QUESTION_TERMS = frozenset(terms(QUESTION_WORDS)) | SMALL_TALK_TERMS

#: How a closing line starts ("thanks", "ok thank you", "bye for now").
CLOSING_START = re.compile(r"^(?:(?:ok|okay|alright|great|perfect|oh|lol|haha|ah|aw|aww|right|cool|yeah|yes)\s+)*"
                           r"(?:thanks|thank\s+(?:you|u)|thx|ty|tysm"
                           r"|cheers|bye|goodbye|good\s*night|g'?nite|nite|night\s+night|talk\s+(?:to\s+you\s+)?(?:later|tomorrow|soon))\b")

#: Words that say the question comes next, in a long message ("what i really need to know is ...").
QUESTION_MARKER = re.compile(r"\b(?:what i (?:really |most |just )?(?:need|want|wanted|would like) to (?:know|ask) is"
                             r"|(?:my|the) (?:real |main |only )?question is"
                             r"|i (?:really |just )?(?:need|want) to know)\b")
#: The lead-in of an indirect question ("i dont really know what ...", "i was wondering if ..."), and what comes
#: before it in the same clause ("and i nodded along but i dont know what ...").
INDIRECT_LEAD = re.compile(r"^(?:.{0,80}?\b(?:and|but|so)\s+)?(?:(?:ok|okay|well|honestly)\s+)*(?:i|we)\s+"
                           r"(?:(?:still|really|just)\s+)?(?:(?:dont|do not|didnt|did not|cant|cannot)\s+(?:really\s+)?"
                           r"(?:know|understand|get)|never\s+(?:really\s+)?(?:understood|knew|got)|(?:have|had)\s+no\s+idea"
                           r"|(?:was|am|were|are)\s+wondering|wonder|would like to know"
                           r"|want to know|need to know"
                           r"|(?:need|want|have|would like|am trying|was trying|m trying|just want)\s+to\s+"
                           r"(?:understand|figure\s+out|find\s+out|work\s+out))"
                           # (only where a question follows: "we cant get him to eat" is no indirect question)
                           r"(?:\s+(?:if|whether)\b|(?=\s+(?:what|whats|how|why|when|where|who|which|is|are|does|do"
                           r"|can|will)\b))")
#: A clause asking "what ..." ("what are this disease", "what is this exactly").
WHAT_START = re.compile(r"(?:(?:and|so|but|ok|okay|then|now)\s+)*(?:what|whats)\b")
LONG_MESSAGE_WORDS = 20  # a message this long is told with context; its question clause says what it asks
#: How much the question clause's reading weighs against the whole message's, for a long message's intent.
QUESTION_WEIGHT = 0.85


def asked_sentence(text: str, kinds: frozenset[str] = frozenset(), named: bool = False) -> str:
    """The question inside a long message ("my grandma ... , can you tell me what it is. thanks"): the clause with
    the most question signal (it ends in "?", starts as a question does, asks anywhere), the later one on a tie.
    The whole message still counts a little (QUESTION_WEIGHT). Short messages, and those whose question says nothing
    of its own, neither a subject nor a kind of question in ``kinds`` (index terms of the intents' one-word keywords):
    "..., what does that mean?", are read whole, unless the message names a condition the "it" can be
    (``named``: "... the report says bone marrow necrosis ... what is it in plain words?")."""
    if len(text.split()) < LONG_MESSAGE_WORDS:
        return text
    marked = [m.end() for m in QUESTION_MARKER.finditer(fold(text))]
    if marked:  # "... but what i really need to know is how they treat it": what follows is the question
        rest = _without_reason(fold(text)[marked[-1]:].strip())
        if len(rest.split()) >= 2:
            return rest
    parts = _with_alternatives([p.strip() for p in MESSAGE_CLAUSE_END.split(text) if p.strip()])

    def own(part: str) -> bool:  # says what it asks about: a subject, or a kind of question
        return bool([t for t in terms(part) if t not in QUESTION_TERMS or t in kinds])

    at = _asking_part(parts, own)
    claims = list(REPORTED_CLAIM.finditer(fold(text)))
    if at >= 0 and claims and all(CHECKS_CLAIM.search(fold(p)) for p in parts[at:] if _question_signal(p)):
        # "i read online that it can cause X ... is that actually true, have there been cases?": the claim is asked
        return claims[-1]["claim"].strip()
    if at >= 0 and named and ONLY_A_REQUEST.match(fold(parts[at])):
        # "... could tb lead to this, please explain simply": the request says how to answer, the question before it
        # what to answer
        earlier = [i for i in range(at) if _question_signal(parts[i]) >= 2 and own(parts[i])
                   and not CHECKS_STORY.match(fold(parts[i]))]
        at = earlier[-1] if earlier else at
    if at >= 0 and not named and not own(parts[at]):
        # "... i dont know what the marrow is or what it does, could you tell me simply": the clause that asks
        # with a subject of its own, when there is one
        subject = [i for i, part in enumerate(parts) if _question_signal(part) and own(part)
                   and len(fold(part).split()) >= 2]
        at = subject[-1] if subject else at
    if at < 0 or (not named and not own(parts[at])):
        return text  # "..., what does that mean": a question about what was told, read with all of it
    if not named and not [t for t in terms(parts[at]) if t not in QUESTION_TERMS and t not in kinds]:
        # "... i never understood what the marrow is, please explain it": a kind of question with no subject, and
        # the earlier clause that asks about one: both
        subject = [i for i, part in enumerate(parts[:at]) if _question_signal(part)
                   and [t for t in terms(part) if t not in QUESTION_TERMS and t not in kinds]]
        if subject:
            return _without_reason(f"{parts[subject[-1]]} {parts[at]}")
    return _without_reason(first_asked(from_question(parts[at])))


#: Joining words a clause may start with before its question ("and what ...", "so whats ...").
_LEAD = r"^(?:(?:and|but|so|ok|okay|also|then|well|now)\s+)*"
#: A request that says only how to answer ("please explain simply", "can you tell me in plain words", "please be
#: honest"), nothing of what (folded).
ONLY_A_REQUEST = re.compile(r"^(?:(?:and|so|but|ok|okay)\s+)?(?:please\s+)?(?:(?:can|could|would)\s+(?:you|u)\s+)?"
                            r"(?:please\s+)?(?:explain|tell\s+(?:me|us)|describe|be\s+(?:honest|straight|clear)"
                            r"|help\s+(?:me|us)\s+understand)(?:\s+(?:it|this|that|them|simply|plainly|clearly|slowly"
                            r"|briefly|honestly|straight|please|to\s+(?:me|us)|for\s+(?:me|us)|with\s+me|in\s+(?:simple"
                            r"|plain|easy|basic)\s+(?:words|terms|english|language)|thanks|thank\s+you))*\W*$")
#: A clause that starts with a question word ("what actually is it please"): the last one of a message is its question
#: as if its "?" were typed (a yes/no question after it, "..., will it hurt", or one asking for more, "what else
#: should i know", only adds to the one before).
WH_QUESTION = re.compile(_LEAD + r"(?:what|whats|how|hows|why|when|where|which|who|whos)\b(?!\s+else\b)")
#: A clause asking plainly what the thing is ("what is it", "what actually is it please", "whats that exactly").
WHAT_IS_IT = re.compile(_LEAD + r"(?:what\s+(?:(?:even|exactly|actually|really)\s+)?is|whats)\s+(?:(?:even|exactly"
                        r"|actually|really)\s+)?(?:it|this|that)\b")
#: A question that only checks what the message told ("is that possible?", "is that normal", "does that mean it is
#: back??", "is that a known thing"): when another clause asks something of its own, that one is the question.
CHECKS_STORY = re.compile(r"^(?:(?:so|and|but|ok|okay|well|like|also|or|i mean)\s+)*(?:(?:is|was|isnt)\s+(?:that|this"
                          r"|it)\s+(?:\w+\s+)?(?:true|right|correct|real|accurate|possible|normal|common|usual|so|bad"
                          r"|a\s+(?:\w+\s+)?thing)\b|(?:does|did|do|could|can|would)\s+(?:that|this)\s+(?:\w+\s+)?"
                          r"(?:mean|happen|be\s+(?:true|right|it))\b)")


#: A clause asking first what a thing is (or what its symptoms, its treatment are), then another question about it
#: ("what is polycythemia vera exactly and why would it cause clots", "what is anemia and what usually causes it"):
#: group "what" is the first question.
WHAT_FIRST = re.compile(r"^(?P<what>(?:(?:and|so|but|ok|okay|well|now)\s+)*(?:what\s+(?:(?:even|exactly|actually"
                        r"|really)\s+)?(?:is|are)|whats)\s+(?:(?:even|exactly|actually|really)\s+)?"
                        r"(?:(?!and\b)[\w'-]+\s+){0,5}?(?!and\b)[\w'-]+(?:\s+(?:exactly|actually|really|even))?),?\s+and"
                        r"\s+(?=(?:what|whats|why|how|is|are|does|do|can|could|will|would|should)\b)", re.IGNORECASE)


def first_asked(clause: str) -> str:
    """A clause that asks what a thing is and then something more of it: the first question, the one the rest builds
    on (knowing what polycythemia vera is comes before why it causes clots)."""
    m = WHAT_FIRST.match(clause)
    return m["what"] if m else clause


def _with_alternatives(parts: list[str]) -> list[str]:
    """Clauses, each "or ..." clause kept with the question it offers another answer to ("will the cells come back
    once it stops, or is the damage permanent?" is one question)."""
    out: list[str] = []
    for part in parts:
        if out and re.match(r"or\s", fold(part)) and not out[-1].endswith((".", "!")):
            out[-1] = f"{out[-1]} {part}"
        else:
            out.append(part)
    return out


def _closed_by_end(parts: list[str]) -> bool:
    """True when a message's last clause, not ended by "?", starts as a question: the message's end closes it as
    "?" would ("what actually is it please"; "I read about X and relapse?? is X connected to Y"). A yes/no one only
    after a clause that tells (after a question, "what does it mean, is his marrow just dead" adds to it), and
    not one that only checks the story ("is that possible")."""
    part, folded = parts[-1], fold(parts[-1])
    before = fold(parts[-2]) if len(parts) > 1 else ""
    return not part.endswith("?") and (bool(WH_QUESTION.match(folded)) or (
        bool(QUESTION_START.search(folded)) and not CHECKS_STORY.match(folded) and not QUESTION_START.search(before)))


def _asking_part(parts: list[str], own: Callable[[str], bool]) -> int:
    """Which of a message's clauses asks its question (-1: none): the most question signal, the later on a tie; the
    last clause counted as ended by "?" when it starts with a question word (the message's end closes it: "... is
    this the same as her bone dying? what actually is it please"); a clause that only checks the story ("is that
    possible?") gives way to one that asks something of its own ("... can drugs really cause this"); of questions
    asked one after another, the first."""
    last = len(parts) - 1
    signals = [_question_signal(p) + (3 if i == last and _closed_by_end(parts) else 0) for i, p in enumerate(parts)]
    asking = [i for i, p in enumerate(parts) if signals[i] and len(fold(p).split()) >= 2]
    own_asking = [i for i in asking if own(parts[i]) and not CHECKS_STORY.match(fold(parts[i]))
                  and signals[i] >= 2]
    if own_asking:
        asking = [i for i in asking if not CHECKS_STORY.match(fold(parts[i]))]
    best = max((signals[i] for i in asking), default=0)
    at = max((i for i in asking if signals[i] == best), default=-1)
    # Questions asked one after another ("what is the outlook usually, does it depend on what caused it?"): the first
    # is the question, the ones after it add to it; but not before plainly asking what it is ("is it like his bones
    # are rotting?? what is it": a guess, then the question).
    while at - 1 in asking and QUESTION_START.search(fold(parts[at - 1])) and signals[at] >= 2 \
            and own(parts[at - 1]) and not CHECKS_STORY.match(fold(parts[at - 1])) \
            and not WHAT_IS_IT.match(fold(parts[at])):
        at -= 1
    return at


#: Verbs of which "that" or "this" is the condition the message named, not its story ("can drugs really cause this",
#: "could tb bring this on", "what symptoms does that cause", "what does this mean for me long term"): the question's
#: own words say what it asks. (But "how does that happen", "why did this happen" ask of what the story told.)
_OF_THE_NAMED = ("cause", "causes", "caused", "causing", "trigger", "triggers", "triggered", "bring", "brings",
                 "brought", "lead to", "leads to", "led to", "do", "does", "did")
_POINTER = r"\b(?:that|this|these|those)\b(?!\s+(?:disease|condition|illness|disorder|thing)\b)"
#: A question clause that points back at what the message told ("is that part of it?", "how does that happen"): read
#: with the story it points at.
POINTS_AT_STORY = re.compile("".join(rf"(?<!\b{verb} )" for verb in _OF_THE_NAMED) + _POINTER
                             + r"|(?:(?<=\bdo )|(?<=\bdoes )|(?<=\bdid ))(?:that|this)\s+(?:\w+\s+)?happen")
#: A reported claim whose subject is a pronoun ("it can cause X" after "i have been on imatinib"): retrieval reads it
#: with the story that says what "it" is.
CLAIM_POINTS_BACK = re.compile(r"(?:it|this|that|they|these|those)\b")
#: The reason a person gives after their question ("how do they treat it because nobody told us"): not asked about.
#: ("cause" after a word that makes it the verb asked about is no reason: "what can cause the marrow to die")
_AUXILIARIES = ("can", "could", "would", "will", "might", "may", "does", "do", "did")
_CAUSE_VERB = "".join(rf"(?<!\b{w} )" for w in (*_AUXILIARIES, *(f"{a} it" for a in _AUXILIARIES), *(
    f"{a} this" for a in _AUXILIARIES), "to", "what", "which", "that", "things", "not"))
REASON_TAIL = re.compile(r"\s+(?:because|" + _CAUSE_VERB + r"cause|coz|cuz|since)\s+"
                         r"(?:nobody|no one|noone|they|we|i|the|my|our|he|she)\b.*$",
                         re.IGNORECASE)
#: When they need to know it by, after their question ("what it is before the doctor comes back"): not asked about.
#: (A person and what they do next; not "how do they prepare her before the transplant".)
WAITING_TAIL = re.compile(r"\s+(?:before|until|till)\s+(?:the\s+|my\s+|his\s+|her\s+|our\s+)?(?:doctors?|nurses?"
                          r"|specialists?|consultants?|team|they|we|i|he|she)\s+(?:comes?|came|gets?|sees?|see|calls?"
                          r"|rings?|arrives?|returns?|visits?|is\s+back|are\s+back|talks?|speaks?|meets?|goes|go)\b.*$",
                          re.IGNORECASE)
#: What they were not told, after their question ("how will they treat him, nobody has explained anything").
NOT_TOLD_TAIL = re.compile(r"[,;.]\s+(?:and\s+|but\s+)?(?:nobody|no one|noone|no-one)\s+(?:\w+\s+)?"
                           r"(?:told|tells|explained|explains|says|said|will|would|has|have|had)\b[^?]*$",
                           re.IGNORECASE)


#: Where a clause's question starts after what it tells ("my husband and i are both healthy so how can she have a
#: genetic thing"): a joining word, then a question word or a question's verb and its subject.
QUESTION_AFTER_STORY = re.compile(r"\s(?:so|but|and|then|just)\s+(?=(?:how|why|what|whats|when|where|which|who)\s"
                                  r"|(?:can|could|will|would|should|is|are|does|do|did)\s+(?:it|this|that|she|he|they|i"
                                  r"|we|you|my|her|his|their|the)\s)")
#: A clause's story before its question, and the question, are each at least this many words when it is cut.
STORY_CUT_WORDS = 3


#: A story of a person's own diagnosis or treatment ("i was told i have mds", "he was diagnosed last week", "she is
#: on chemo"): a question after it ("so why do i need treatment") is about that person, read with the story.
OWN_CASE_TOLD = re.compile(r"\b(?:i|im|he|hes|she|shes|we|they|(?:my|our|his|her)\s+\w+)\s+(?:was\s+|were\s+|am\s+"
                           r"|is\s+|are\s+|got\s+|have\s+been\s+|has\s+been\s+|just\s+)?(?:told|diagnosed|on\s+"
                           r"(?:chemo|treatment|medicines?|medications?|meds|pills|transfusions?|dialysis)|having\s+"
                           r"(?:chemo|treatment|transfusions?))\b")


def tells_own_case(story: str) -> bool:
    """True when a story tells a person's own diagnosis, treatment or complaint (see OWN_CASE_TOLD and
    tells_own_state): "i am 45 and i was told i have mds but i feel fine", not "my husband and i are both healthy"."""
    folded = fold(story)
    return bool(OWN_CASE_TOLD.search(folded)) or tells_own_state(folded)


def from_question(clause: str) -> str:
    """A question clause without the story told before its question in the same clause ("but my husband and i are
    both totally healthy so how can she have a genetic thing??" asks how she can have a genetic thing): the story
    is cut at its first joining word followed by a question, when what comes before asks nothing."""
    for m in QUESTION_AFTER_STORY.finditer(clause):
        story, question = clause[:m.start()], clause[m.end():]
        if _question_signal(story.strip()) or tells_own_case(story):
            return clause
        if len(story.split()) >= STORY_CUT_WORDS and len(question.split()) >= STORY_CUT_WORDS:
            return question
    return clause


def _without_reason(question: str) -> str:
    cut = WAITING_TAIL.sub("", REASON_TAIL.sub("", NOT_TOLD_TAIL.sub("", HEDGE_TAIL.sub("", question))))
    return cut if len(cut.split()) >= 2 else question


def asked_query(asked: str, name: str) -> str:
    """The text retrieval reads for a long message: its question clause, with the condition the story named
    when the clause does not name it ("how they treat it (bone marrow necrosis)")."""
    return asked if fold(name) in fold(asked) else f"{asked} ({name})"


def direct(question: str) -> str:
    """An indirect question put directly for the intent model: "i dont really know what the marrow is" asks "what
    the marrow is", "i was wondering if it always causes pain" asks "it always causes pain" (the "i" of the lead-in
    is no one telling their symptoms)."""
    put = INDIRECT_LEAD.sub(" ", fold(question)).strip() or question
    # "what the marrow is or what it does": the embedded question's word order, put as it is asked
    put = EMBEDDED_IS.sub(lambda m: f"{m.group(1)} {m.group(3)} {m.group(2)}", put)
    return EMBEDDED_DOES.sub(lambda m: f"{m.group(1)} does {m.group(2)} do", put)


#: An embedded question "what X is" (its verb last, then the clause ends), and "what X does".
_EMBEDDED_END = r"(?=\s*(?:$|[,.?!;]|\s(?:or|and|but|please|exactly|actually|really|means?)\b))"
_NOT_A_VERB = r"(?!(?:is|are|was|were|does|do|did|can|could|will|would|should|has|have)\b)"
EMBEDDED_IS = re.compile(r"\b(what|who|where)\s+" + _NOT_A_VERB
                         + r"((?:(?:the|a|an|my|his|her|their|your|this|that|it|these"
                         r"|those)\s+)?(?:[a-z]+\s+){0,2}?[a-z]+)\s+(is|are|was|were)" + _EMBEDDED_END)
EMBEDDED_DOES = re.compile(r"\b(what)\s+" + _NOT_A_VERB
                           + r"((?:(?:the|a|an|my|his|her|their|your|this|that)\s+)?(?:[a-z]+\s+){0,1}?"
                           r"[a-z]+)\s+(?:does|do)" + _EMBEDDED_END)


#: A message's last words taking leave ("... i get it. bye", "ok, gotta go now"; folded).
ENDS_TAKING_LEAVE = re.compile(r"\b(?:bye(?: bye)?|goodbye|good\s*night|gotta go(?: now)?|see (?:you|ya)(?: later)?"
                               r"|cya|ttyl|take care)[\s.!]*$")
#: A thanks that ends a message telling something ("ok we'll ring the clinic in the morning. thanks"; folded): a
#: closing line when nothing in it asks (``closes``).
ENDS_THANKING = re.compile(r"\b(?:thanks|thank (?:you|u)(?: (?:so|very) much)?|thx|ty|tysm|cheers|ta)"
                           r"(?: (?:again|a lot|so much|for (?:that|this|everything|your help)))?[\s.!]*$")


#: A letter's thanks or sign-off, anywhere in a message (folded): "with thanks, H.", "much obliged", "i am most
#: grateful", "yours faithfully", "kind regards", "good day to you".
SIGNS_OFF = re.compile(r"\b(?:with (?:(?:my|many|much|sincere|my sincere|grateful|heartfelt|warm|warmest|all my|"
                       r"deepest|my deepest) )*(?:thanks|gratitude|appreciation)|many thanks|much obliged"
                       r"|(?:i am|i'm|im) (?:(?:so|very|much|most|greatly|truly|deeply|ever so) )*(?:obliged|grateful)"
                       r"(?: to you)?(?: for)?|yours (?:faithfully|sincerely|truly|gratefully)"
                       r"|(?:kind|best|warm|warmest) regards|good day(?: to you)?[\s.!]*$|farewell)\b")


def closes(text: str) -> bool:
    """A message that starts by thanking or saying goodbye, ends by taking leave or thanking, or signs off as a letter
    does ("with gratitude, J."), and asks nothing ("thanks, i feel less lost now", "ok i get it, you only do blood
    things. bye", "ok we'll ring them in the morning. thanks")."""
    folded = fold(text)
    return bool(CLOSING_START.match(folded) or ENDS_TAKING_LEAVE.search(folded) or SIGNS_OFF.search(folded)
                or ENDS_THANKING.search(folded)) \
        and "?" not in text \
        and not ASKING_WORDS.search(folded) \
        and not any(QUESTION_START.search(fold(p)) for p in MESSAGE_CLAUSE_END.split(text) if p.strip())


def asking_clauses(text: str) -> str:
    """The clauses of a message that ask most plainly (the strongest question signal), the whole message when none
    asks: "buenas, ..." or "my grandma (78) was in hospital ..." tell how it is asked, not what; "whats X? ... i
    was too embarrassed to ask what it means" asks its first clause."""
    signals = [(p, _question_signal(p.strip())) for p in MESSAGE_CLAUSE_END.split(text) if p.strip()]
    top = max((sig for _, sig in signals), default=0)
    parts = [p for p, sig in signals if sig and sig == top]
    return " ".join(parts) if parts else text


def only_telling_besides(text: str, asking: str) -> bool:
    """True when every clause of ``text`` not in ``asking`` only tells (no question signal): "what is X, my brother
    he have it", not "what about X, is that passed down"."""
    return all(not _question_signal(p.strip()) for p in MESSAGE_CLAUSE_END.split(text) if p.strip() and p not in asking)


def _question_signal(part: str) -> int:
    """How much a clause looks like the question: it ends in "?" (3), starts as a question (2), asks anywhere (1)."""
    folded = fold(part)
    return ((3 if part.endswith("?") else 0) + (2 if QUESTION_START.search(folded) else 0)
            + (1 if ASKING_WORDS.search(folded) else 0))


def asked_clause(text: str, kinds: frozenset[str] = frozenset(), named: bool = False) -> str:
    """``asked_sentence``, and for a short message without what they were not told ("how will they treat him, nobody
    has told us" asks how they treat him) or when they need it by ("... before the doctor comes back")."""
    asked = asked_sentence(text, kinds, named)
    if asked == text and (NOT_TOLD_TAIL.search(text) or WAITING_TAIL.search(text)):
        # (and when they need it by: "what it is before the doctor comes back")
        cut = WAITING_TAIL.sub("", NOT_TOLD_TAIL.sub("", text))
        return cut if len(cut.split()) >= 2 else text
    return asked


def points_back(asked: str, text: str, name: str = "") -> bool:
    """True when a long message's question clause points at its story: "is that part of it?", or a reported claim
    whose subject is a pronoun ("i take imatinib and read that it can cause X"). Not a clause that says ``name`` (the
    condition found, or its last word) before it points: it points at that ("is necrosis something that happens in
    sickle cell or is this something new")."""
    said = fold(asked)
    m = POINTS_AT_STORY.search(said)
    # (the name whole, or its last word, "necrosis" for "marrow necrosis")
    if m is not None and name.strip() and fold(name).split()[-1] in said[:m.start()].split():
        return False
    return m is not None or (
        bool(CLAIM_POINTS_BACK.match(fold(asked)))
        and any(c["claim"].strip() == asked for c in REPORTED_CLAIM.finditer(fold(text))))


def subject_words(m: re.Match[str]) -> list[str]:
    """The words of a question's "subject" group without their article or possessive ("the marrow" -> marrow), nor
    a word that only stresses it ("it actually" -> it)."""
    return [w for w in m["subject"].split()
            if w not in ("a", "an", "the", "your", "my", "his", "her") and w not in SUBJECT_FILLERS]
