"""Follow-ups: short messages that ask of the last answer rather than of their own subject ("what about adults?",
"why?", "and then?", "so is that a yes?", "which of those"), read by the conversation rules
(understanding/conversation.py)."""

from __future__ import annotations

from marrowbot.text.lazy import lazy_re

#: Words that make "and ..." a question of its own ("and is it bad", "and why"), not a "what about X?".
_ASKING_WORDS = (r"what|how|why|when|where|who|whom|which|whose|is|are|was|were|am|do|does|did|can|could|will|would|"
                 r"should|shall|may|might|must|has|have|had|it|its|i|im|my|me|you|we|they|he|she|this|that|there|"
                 r"then|after|before|if|not|no|yes|so|also|now|thanks|thank|ok|okay")
#: "what about adults?", "and for kids?", "how about MDS": the last question's kind, about something else.
#: Words a short follow-up may start with before its "and" ("ok. and for grown ups?", "oh and with kids?").
_LEAD_IN = r"(?:(?:ok|okay|so|alright|right|oh|ah|um|hmm|well|yes|yeah|yep|no|thanks|thx|i see|got it)\s+)*"
WHAT_ABOUT = lazy_re(rf"^{_LEAD_IN}(?:and\s+)?(?:what|how)\s+about\b|^{_LEAD_IN}and\s+(?:for|in|with)\b")
#: A bare "why?" right after an answer ("why is that?", "how come?"): it asks why of what was just said, the same
#: kind of question, not what causes the condition.
WHY_OF_IT = lazy_re(rf"^{_LEAD_IN}(?:(?:and|but|so)\s+)?(?:why|how\s+come)"
                    r"(?:\s+(?:is|was|would|does)\s+(?:that|it|this)(?:\s+so)?|\s+so)?\s*[?!.]*\s*$")
#: "and then?", "then what?", "what next?": what comes after what was just said, the same kind of question.
AND_THEN = lazy_re(rf"^{_LEAD_IN}(?:(?:and|so|but)\s+)?(?:then(?:\s+what)?|what\s+(?:then|next|after\s+that)"
                   r"|after\s+that)\s*[?!.]*\s*$")
#: "so is that a yes?", "is that a yes or a no", "so yes or no": a request to say plainly whether what was just asked
#: is so. It asks the last question again (its kind, its subject), with nothing of its own to ask.
YES_OR_NO_OF_IT = lazy_re(
    rf"^{_LEAD_IN}(?:(?:and|but|so)\s+)?(?:(?:is|was)\s+(?:that|it|this)\s+(?:a\s+)?(?:yes|no)(?:\s+or\s+(?:a\s+)?(?:yes|no))?"
    r"|(?:that|it|this)(?:'s|\s+is|s)\s+(?:a\s+)?(?:yes|no)|yes\s+or\s+no|(?:the\s+)?answer\s+is\s+(?:yes|no))"
    r"(?:\s+(?:then|or\s+not|please|pls|plz))?\s*[?!.]*\s*$")
#: "ok, now what about X?": the person closes the last subject before asking about another ("ok", "alright", "now"
#: first), so the new one starts from what it is, not from the last question's kind (a plain "what about X?" keeps it).
FRESH_START = lazy_re(r"^(?:ok|okay|alright|all\s+right|right|now)\b[\s,.!]*(?:(?:then|now|so)\b[\s,]*)*"
                         r"(?:and\s+)?(?:what|how)\s+about\b")
#: "and which ones aren't cancer", "what other medicines are on that list", "which of those": a follow-up narrowing the
#: list the last answer gave, so of the last question's kind unless its own words surely ask another.
NARROWS_LIST = lazy_re(rf"^{_LEAD_IN}(?:(?:and|but|so|also|then)\s+)?(?:which|what\s+other|what\s+else"
                          r"|any\s+others?|(?:are|is)\s+there\s+(?:any\s+)?others?)\b"
                          # (and it points back at that list, or says no more than a word or two: "which drugs")
                          r"(?=.*\b(?:those|these|them|ones|list|other|others|else|not|arent|isnt|besides|except)\b"
                          r"|(?:\s+[a-z]+){0,2}\s*\??\s*$)")
#: A sentence that only points at words of the bot's last answer before asking about them ("you mentioned blood
#: cancers. which ones"; lower case, not folded: its stop is where it ends): what follows is the question.
QUOTES_THE_ANSWER = lazy_re(r"^(?:(?:ok|okay|so|and|um|hmm)\s+)*you\s+(?:said|mentioned|wrote|talked\s+about|say"
                            r"|mention|named|listed)\b[^.?!:]*[.?!:]+\s*(?=\S)")
#: "and X?" with one to three words of its own and no asking word ("and grown ups?", "and solid tumors?"): also
#: the last question's kind, when the words say no kind of their own ("and the treatment?" asks about treatment).
AND_ONLY = lazy_re(rf"^{_LEAD_IN}and\s+(?!(?:{_ASKING_WORDS})\b)[a-z]+"
                      rf"(?:\s+(?!(?:{_ASKING_WORDS})\b)[a-z]+){{0,2}}\s*$")

#: Words around a request to go on that change nothing ("ok and?", "hmm, more please", "so what else then"; folded).
_AROUND = frozenset((
    "ok", "okay", "k", "kk", "so", "um", "umm", "hmm", "hm", "right", "alright", "sure", "yes", "yeah", "yep", "oh",
    "ah", "well", "and", "but", "then", "now", "please", "pls", "plz", "thanks", "thank you", "thx", "interesting",
    "cool", "great", "i see", "got it", "vale", "bueno", "si", "gracias", "entonces", "pues", "por favor"))
#: A request to go on with no subject of its own ("more", "tell me more", "go on", "and?", "what else", "anything
#: else?", "continue", "keep going"; Spanish "mas", "sigue", "y que mas"), folded and its words around it removed by
#: ``continuation``. A few common misspellings of its own words are in the pattern ("mroe", "contiue", "goin").
CONTINUES = lazy_re(
    r"^(?:(?:tell|give|show) me(?: some| a (?:bit|little))? (?:more|moar|mroe)(?: about (?:it|that|this|them))?"
    r"|(?:some|any|much|a (?:bit|little)) more|(?:say|explain|read) (?:some )?more|(?:more|moar|mroe|mor)"
    r"|(?:i want|id like|i would like|i wanna) (?:to (?:know|hear|read) )?more|is there (?:any(?:thing)? )?more"
    r"|(?:what|anything|something) (?:else|more)(?: (?:is there|do (?:they|the documents|you) say|can you tell me"
    r"|should i know|i should know))?|(?:is there )?anything else"
    r"|go on|go ahead|keep going|keep goin|carry on|continue|contiue|contine|continu|countinue|and"
    r"|(?:y )?(?:que|algo) mas|(?:dime|cuentame|cuenteme|digame) mas|mas|sigue|siga|continua)$")
_TOLD = r"(?:said|told me|say|tell me|mentioned|wrote)"
_SAID_OBJECT = r"(?:that|this|it|me that)"
_AGAIN = r"(?:already|before|twice|again|earlier|too|already too)"
#: "you already said that", "you told me that", "i know that already", "same thing again" (folded, whole message).
ALREADY_SAID = lazy_re(
    # (the telling verb alone or with "it" is no complaint: "you said?" asks what was said, "you said it" agrees;
    # so is "i know it", which opens a message as often as it ends one: an object and a word of time are needed)
    rf"^(?:(?:you|u) (?:already|just) {_TOLD}(?: {_SAID_OBJECT})?(?: {_AGAIN})*"
    rf"|(?:you|u) {_TOLD} (?:that|this|me that)(?: {_AGAIN})*|(?:you|u) {_TOLD} (?:it|me) (?:{_AGAIN} ?)+"
    rf"|(?:i )?already (?:know|knew) (?:that|this|it)(?: {_AGAIN})*|(?:i )?(?:know|knew) (?:that|this)(?: {_AGAIN})*"
    rf"|(?:i )?(?:know|knew) it (?:{_AGAIN} ?)+"
    r"|(?:that s|thats|this is|its|it s) (?:the same|what you said)(?: (?:thing|answer))?(?: (?:again|as before|"
    r"already|before))*|(?:the )?same (?:thing|answer) (?:again|as before)|(?:you re|youre|you are) repeating"
    r"(?: yourself)?|(?:you )?repeated (?:yourself|that)"
    r"|ya (?:me )?lo (?:dijiste|dijo|se)|(?:eso )?ya lo se|eso ya (?:me )?lo (?:dijiste|dijo))$")
#: "that doesn't answer my question", "that's not what i asked", "you didn't answer me" (folded, whole message): the
#: last answer missed what was asked.
NOT_ANSWERED = lazy_re(
    r"^(?:(?:that|this|it|you|which|but that)? ?(?:doesn t|doesnt|does not|didn t|didnt|did not|don t|dont|do not)"
    r" (?:really )?answer (?:my|the|what i)(?: question| asked)?|(?:you )?(?:didn t|didnt|did not) answer(?: me| it)?"
    r"|(?:(?:still|but|that|this|it|thats|s|its|is|was|just|really) )*(?:not|isn t|isnt|wasn t|wasnt)"
    r" (?:quite |exactly )?what i (?:asked|meant|wanted|was asking)(?: for| about)?"
    r"|(?:(?:still|but|that|this|it|thats|s|its|is|was) )*(?:not|isn t|isnt) (?:my|the) question|wrong answer"
    r"|(?:eso )?no (?:responde|contesta) (?:a )?mi pregunta|no es lo que (?:pregunte|quise decir))$")
#: "in simple words please", "explain it simpler", "plain english?", "más fácil" (folded, whole message): a request
#: to say what was just said more plainly (a quoting bot can only look for a plainer sentence of the same kind).
SIMPLER = lazy_re(
    r"^(?:(?:(?:can|could|would) you )?(?:(?:explain|say|put|tell me|describe|write) (?:it |that |this |them )?)?"
    r"(?:(?:in|with|using) )?(?:(?:plain|plainer|simple|simpler|easy|easier|normal|everyday|basic|laymans|layman s|lay"
    r"|regular) (?:words|english|terms|language)|simpler|more simply|easier|plainer)"
    r"(?: (?:words|terms|to understand|for me|way))?"
    r"|(?:dumb|break) it down(?: for me)?|eli5|explain (?:it )?like im (?:five|5)"
    r"|(?:(?:explica|explicame|explicamelo|expliqueme|expliquemelo|explicalo|expliquelo|dimelo|digamelo|dilo"
    r"|digalo) )?(?:(?:de forma|de manera) )?(?:mas (?:facil|simple|sencillo|sencilla|claro|clara)"
    r"|(?:en|con) (?:palabras|terminos) (?:mas )?(?:faciles|simples|sencillas|sencillos|claras))"
    r"(?: (?:de entender|para mi))?)$")
#: The kinds of request ``continuation`` tells apart.
GO_ON, SAID_ALREADY, MISSED, PLAINER = "go_on", "said_already", "missed", "plainer"


def continuation(folded: str, spanish: bool = False) -> str | None:
    """Which request to go on a whole message is (folded: ``text.fold``), or None when it asks anything of its
    own: ``GO_ON`` ("more", "ok and?", "what else"), ``SAID_ALREADY`` ("you already said that"), ``MISSED``
    ("that's not what i asked") or ``PLAINER`` ("in simpler words please"). The words around it ("ok", "please",
    "then") are not counted. ``spanish``: the message is Spanish ("¿y?")."""
    words = folded.split()
    around = _AROUND
    while len(words) > 1 and (words[0] in around or " ".join(words[:2]) in around):
        words = words[2:] if " ".join(words[:2]) in around else words[1:]
    while len(words) > 1 and (words[-1] in around or " ".join(words[-2:]) in around):
        words = words[:-2] if " ".join(words[-2:]) in around else words[:-1]
    core = " ".join(words)
    if not core:
        return None
    if spanish and core in ("y", "y eso", "y luego"):  # ("¿y?"; an English "y?" is a "why?")
        return GO_ON
    for kind, pattern in ((MISSED, NOT_ANSWERED), (SAID_ALREADY, ALREADY_SAID), (GO_ON, CONTINUES),
                          (PLAINER, SIMPLER)):
        if pattern.match(core):
            return kind
    return None

