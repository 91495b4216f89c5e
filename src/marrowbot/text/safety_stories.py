"""The safety screen's frames for stories and questions: a long story that ends in a question for information, a
general question about a figure or a definition, a helper imagining someone else in a crisis, a worry, a joke. (A
past event told as over: text/safety_endings.py; a clause told now: text/safety_clauses.py.) Each reads a message in
the normal form of text/safety.py."""

from __future__ import annotations

from marrowbot.text.lazy import lazy_re
from marrowbot.text.safety import QUESTION_WORDS, safety_normal
from marrowbot.text.safety_now import GOING_ON_WORDS, JUST_HAPPENED, OWN_SIGN_NOW, PRESENT_SIGN, RECENT, SUDDEN
from marrowbot.text.safety_split import sentence_pattern

#: Told now or recently, or going on.
_RECENT = RECENT

#: A question for information ("what are the other symptoms of that", "can the chemo itself cause that", "is the back
#: pain from the necrosis") ...
_INFO_QUESTION = lazy_re(
    r"\b(?:what (?:is|are) (?:the )?(?:other |usual |common |main |first )?(?:symptoms?|signs?|causes?|reasons?|"
    r"treatments?|options|chances|odds|outlook|risks?|tests?)\b|what (?:is|are) (?:that|it|this|they|\w+ called)\b|"
    r"what does (?:that|it|this|\w+) (?:mean|do)\b|(?:can|could|does|do|did) (?:the )?(?:\w+ ){0,4}cause\b|"
    r"(?:is|was) (?:that|it|this|the \w+(?: \w+)?) (?:from|because of|caused by|related to|linked to|part of)\b|"
    r"how (?:do|does|did|will|would) (?:they|you|doctors?|the doctors?) (?:treat|test|find|diagnose|know|check)|"
    r"how (?:is|are) (?:it|that|they|this) (?:treated|inherited|diagnosed|passed)|explain|in plain words|simply|"
    r"what (?:causes|happens)|why (?:does|do|did) |is (?:it|that|this) (?:inherited|genetic|curable|treatable)\b|"
    r"what (?:treatments?|lab findings|tests) |how (?:common|likely)|what (?:the )?(?:treatment|marrow) )")
#: ... and one about what to do now ("what should we do", "do we call 999", "can it wait till morning").
_ACTION_QUESTION = lazy_re(
    r"\b(?:what (?:do|should|can|must|shall) (?:i|we) do|should (?:i|we|he|she) (?:go|call|take|wait|ring|drive|get)|"
    r"do (?:i|we) (?:need to |have to )?(?:go|call|ring|wait|take)|call|ambulance|911|999|112|er|a and e|"
    r"emergency|urgent|hospital|help me|please help|help|is (?:this|it|that) (?:an emergency|serious|bad|dangerous)|"
    r"can (?:it|this|that) wait|wait (?:till|until|for)|sleep it off|right now|what now)\b")


#: A message about information, not about anyone now: a word someone used, asked what it is ("the nurse mentioned
#: rigors, what are they"), or material being prepared or a class taught (a card for the fridge, a talk, a lesson: "i
#: am putting together a card ... which symptoms mean ring 911", "doy clases de primeros auxilios", "estamos
#: preparando una hoja para la nevera").
INFORMATION_WORDS = (
    r"\b(?:mentioned|used the word|said the word|wrote|talked about|menciono|dijo la palabra|hablo de)\b"
    r"(?: \w+){1,8} (?:what|que) (?:are|is|does|do|son|es|significa) (?:they|it|that|this|those|these|eso|esto)"
    r"(?: mean)?$"
    r"|\b(?<!was )(?<!were )(?:putting together|preparing|making|writing|doing|giving|designing|"
    r"asked to (?:do|give|write|make|prepare)|"
    r"teach|teaching|run|running|estamos preparando|estoy preparando|preparando|haciendo|escribiendo|doy|dar|"
    r"pidieron|preparar|"
    # ... or written for someone who will be in charge (a list on the fridge, a care plan for the school, rules for a
    # babysitter: "i would like to stick a list on the fridge", "i want to write down clear rules they can follow")
    r"stick|put up|leave|write down|write|put together|make|draw up|dejar|dejarle|dejarles|escribir|hacer) "
    r"(?:a |an |the |my |our |some |una |un |la |el |unas |unos )?(?:\w+ ){0,3}"
    r"(?:card|leaflet|poster|handout|cheat sheet|fact sheet|talk|presentation|slides?|lesson|lessons|"
    r"first aid class|training session|hoja|charla|presentacion|clases?|exposicion|tarjeta|folleto|"
    r"taller|list|checklist|care plan|rules|instructions|notes|lista|instrucciones|normas|plan de cuidados)\b"
    r"(?!.{0,40}\b(?:right now|at the moment|ahora mismo)\b)"
    r"|\b(?:dejar(?:le|les)?|poner(?:le|les)?) por escrito\b(?!.{0,40}\b(?:ahora mismo)\b)")
_INFORMATION = lazy_re(INFORMATION_WORDS)


def information_asked(normal: str) -> bool:
    """Does a message (``safety_normal`` form) ask for information in ``INFORMATION_WORDS``' way, with nothing told of
    this moment after it ("right now", "just now", "suddenly", the writer's own body now: text/safety_now)?"""
    return bool(_INFORMATION.search(normal)) and not JUST_HAPPENED.search(normal) and not SUDDEN.search(normal) \
        and not PRESENT_SIGN.search(normal) and not _VITAL_NOW.search(normal) and not OWN_SIGN_NOW.search(normal)


#: A collapse or a vital sign told absent ("he collapsed", "is not breathing", "no respira"): told, not asked about.
_VITAL_NOW = lazy_re(r"\b(?:(?:is|are|s|was|were) not (?:breathing|responding|waking|moving|conscious)|will not wake|"
                     r"(?:has|have|just) (?:collapsed|passed out)|collapsed (?:while|when|on|in|at)|unconscious|"
                     r"unresponsive|no (?:respira|responde|reacciona|despierta)|se (?:ha )?desmay\w+)\b")


#: A general question about a definition, a threshold, a feeling or a figure, about no one in particular ("what
#: temperature counts as a fever on chemo", "que temperatura se considera fiebre", "how dangerous is it if a child
#: swallows iron pills", "what does chest pain from heart damage usually feel like", "es verdad que el riesgo sube").
_GENERAL_QUESTION = lazy_re(
    r"^(?:(?:hi|hello|hey|hola|quick question|question|so|ok|um|y|and)\s+)?(?:"
    r"what (?:temperature|temp|number|level|reading|count|fever) (?:counts|is considered|is classed|is|should)|"
    r"(?:at )?what (?:point|temperature|temp|number) (?:is|does|do|should)|"
    r"how (?:dangerous|serious|common|likely|bad|high|low|risky) (?:is|are|can)|is it true|"
    r"what does (?:\w+ ){1,6}(?:usually |normally |typically )?feel like|"
    r"que (?:temperatura|fiebre|numero|nivel)|cuanta (?:fiebre|temperatura)|a partir de (?:cuant|que)|"
    r"que tan (?:peligros|grave|comun|frecuente|riesgos)|es verdad|que es (?:la|el|una|un)|que son|"
    r"cuales son)\b"
    r"|\b(?:se considera|cuenta como|counts? as|(?:is )?considered|classed as) "
    r"(?:(?:an?|una) )?(?:fiebre|fever|una? emergencia|an? emergency)\b"
    # ... which signs call for help, how two are told apart, a first aid lesson's case (about no one: "which
    # symptoms mean we should ring for an ambulance", "the difference between a stroke and a migraine", "que signos
    # son para ir a urgencias", "cuando hay que llamar")
    r"|\b(?:which|what) (?:symptoms|signs|warning signs|red flags) (?:mean|means|need|needs|should|are (?:for|worth)|"
    r"would mean|count)\b|\b(?:the )?difference between (?:a |an )?\w+ and\b|"
    r"\bhow (?:to|do you|do i|do we|can i|can we|can you|would you|would i) tell (?:them|the two|\w+ from|\w+ apart)\b|"
    r"\b(?:first aid|cpr|resuscitation) (?:quiz|course|class|training|exam|test|scenario|lesson)\b|"
    r"\bque (?:sintomas|senales|signos) (?:son|serian|hay) (?:para|de) (?:llamar|ir|acudir)\b|"
    r"\bcuando (?:hay que|se debe|se tiene que) (?:llamar|ir|acudir)\b|\b(?:la )?diferencia entre\b|"
    r"\b(?:curso|examen|clase|taller) de primeros auxilios\b"
    # ... a bare noun phrase asked about, the words of a search box ("night sweats causes", "low platelet signs",
    # "sintomas de sepsis"): a few words that end in what is wanted to know
    r"|^(?:\w+ ){1,4}(?:signs|symptoms|warning signs|red flags|causes|meaning|definition|risk factors|criteria)$"
    r"|^(?:signs|symptoms|causes|sintomas|signos|senales|causas) (?:of|de) (?:\w+ ){0,3}\w+$"
    # ... or a student learning for a placement ("i am a nursing student, what signs should i look for")
    r"|\b(?:i am|im|i m) (?:a |an )?(?:nursing|medical|paramedic|student) (?:student|nurse)\b"
    + "|" + INFORMATION_WORDS)


#: Someone else imagined in a crisis ("if my son ever said ...", "say my friend told me ...", "if someone in my group
#: ...") by a writer asking how to help, what to say or what signs to watch for: a helper's question, not a crisis.
_OTHER_IMAGINED = lazy_re(
    r"\b(?:if|say|suppose|supposing|what if|in case) (?:my|a|an|our|someone|somebody|anyone|one of|people|a friend|"
    r"your|his|her|their)\b|\bsi (?:alguien|algun|alguna|una amiga|un amigo|mi|mis|un|una)\b")
_HELPER_ASKS = lazy_re(
    r"\b(?:how (?:can|do|should|would|could) (?:i|we) (?:best )?(?:help|support|respond|react|talk|approach|reach|"
    r"handle|answer|tell|know)|what (?:is|would be|s|are) the (?:right|best) (?:thing|things|way|words) to (?:say|do)|"
    r"what (?:should|do|would|can|could) (?:i|we) (?:say|do|tell)|how (?:do|would|will) (?:i|we|parents|people|you) "
    r"(?:know|find out|tell|spot|notice)|(?:warning )?signs (?:i|we) should (?:look|watch)|would (?:he|she|they) tell "
    r"(?:me|us)|how (?:to|do i|do we) (?:help|support|respond)|como (?:lo|la|le|les) (?:ayudo|apoyo|respondo)|"
    r"que (?:le|les) (?:digo|respondo)|como (?:le|les) respondo|como (?:lo|la) ayudo)\b")


#: The writer's worry or fear ("worried my daughter will catch something", "i keep worrying about relapse", "me
#: preocupa que ..."): fear of something coming, not a wish for it.
_WORRIED = lazy_re(
    r"^(?:(?:hi|hello|so|ok|honestly|just|really|a bit|a little|kind of|bit)\s+)*(?:i am |we are |i m |im |were )?"
    r"(?:so |really |a bit |a little |very |kind of )?(?:worried|afraid|scared|nervous|anxious|frightened|terrified|"
    r"preocupad[oa]|tengo miedo|me da miedo)\b|"
    r"\b(?:i|we) (?:keep|cannot stop|can not stop) (?:worrying|thinking about what|wondering)|"
    r"\bworrying (?:about|that|if)|"
    r"\b(?:i|we) (?:am|are) (?:so |really |a bit |a little |very )?(?:worried|afraid|scared|nervous|anxious|frightened|"
    r"terrified) (?:about|that|of|for|he|she|it|my|our|the)\b|\bme preocupa\b")


def worried(normal: str) -> bool:
    """Does a message (``safety_normal`` form) tell of the writer's worry or fear ("were worried because the donor
    search is taking forever", "i cant sleep because i keep worrying about relapse")? Fear of something coming is no
    wish for it: with no crisis concept named, the crisis detector is reading the worry's words."""
    return bool(_WORRIED.search(normal))


#: Laughter or a joke said outright ("lol", "haha", "jaja", "he was joking", "just kidding"): an exaggeration, told as
#: one. (Not "not joking", "no es broma": see ``joking``.)
_JOKING = lazy_re(r"\b(?:lol+|lmao|rofl|(?:ha){2,}h?|(?:he){2,}|(?:ja){2,}|(?:je){2,}|jk|just kidding|kidding|"
                     r"(?:was|were|am|is|are) joking|only joking|broma|bromeando)\b")


#: A joke denied or doubted before the joke word, within a few words ("not kidding", "no es ninguna broma", "not even a
#: little kidding", "i wish i was joking", "you think im kidding", "everyone thinks i am joking"): no joke.
_NOT_A_JOKE = lazy_re(r"(?:\b(?:not|never|no|nor|ni|nada de|sin)\b(?: \w+){0,4}|\bwish (?:i|it|that|this)"
                      r"(?: (?:\w+ )?(?:was|were|is))?|\bthinks? (?:\w+ )?(?:i am|im|i m|i was|he is|she is|it is|"
                      r"this is|that is|es|que es)?|\bcreen? que (?:es )?|\bseriously|\bswear|\bjuro(?: que)?)\s*$")
#: A meal eaten ("eat one more hospital jelly", "ate my dinner"): no ingestion of anything harmful.
_MEAL = (r"(?:(?:one|any|some|a|the|my|his|her|our|this|that|another) )?(?:more )?(?:(?:bowl|plate|slice|spoonful|"
         r"portion|piece|bite|mouthful|tray)s? of )?(?:(?:hospital|ward|school|canteen|"
         r"cold|hot|plain) )?(?:food|jelly|jellies|jello|meals?|dinner|lunch|breakfast|tea|soup|sandwich(?:es)?|toast|"
         r"porridge|yogh?urt|custard|biscuits?|cake|pudding|mash|cereal|rice|pasta|veg|vegetables|fruit)\b")
#: Told or taken now: an ingestion, a dose or the means, or an act told as just done. Laughter with these is nerves or
#: a casual voice, not a joke (nor is a settled symptom a calm story with these: see ``settled_only``).
_ACT_OR_MEANS = lazy_re(
    r"\b(?:took|taken|take|taking|swallow\w*|drank|drunk|drink\w*|(?:ate|eaten|eat)(?! " + _MEAL + r")|overdos\w*|od|"
    r"poison\w*|pills?|"
    r"tablets?|capsules?|meds|medicine|bleach|batter(?:y|ies)|magnets?|chemicals?|detergent|dishwasher|pods?|"
    r"cleaner|antifreeze|paracetamol|tylenol|acetaminophen|ibuprofen|opioids?|fentanyl|oxy\w*|razors?|blades?|"
    r"knife|rope|gun|(?:cut|cutting|burned|burning|hurt|hurting) (?:myself|himself|herself|my (?:wrists?|arms?|legs?))|"
    r"tome|tomo|tomaste|trag\w*|bebio|bebi|comio|comi|pastillas?|pildoras?|pila|veneno|cloro|lejia|sobredosis|"
    r"cuchilla|cuerda|pistola)\b")


def joking(normal: str) -> bool:
    """Does a message (``safety_normal`` form) laugh or say it jokes ("the parking fees make you want to jump off a
    bridge lol", "estos papeles me van a matar jaja")? Not where a negation or doubt comes a few words before ("i am
    not joking", "no es ninguna broma", "i wish i was joking"), nor where an act, an ingestion or the means are told
    ("i took all my pills lol": nervous laughter is common in a crisis)."""
    if _ACT_OR_MEANS.search(normal):
        return False
    return any(not _NOT_A_JOKE.search(normal, max(0, m.start() - 40), m.start())
               for m in _JOKING.finditer(normal))


#: The means of a suicide kept at hand, now ("saved up all my pills", "in my pocket", "right next to me").
_MEANS_AT_HAND = lazy_re(r"\b(?:saved up|stockpil\w*|hoard\w*|in my (?:hand|pocket|bag|lap)|"
                            r"(?:right )?(?:next to|in front of|beside) me|tengo (?:aqui|en la mano)|"
                            r"(?:delante|enfrente|al lado) (?:de )?mi|tengo (?:\w+ ){1,6}?(?:delante|enfrente)|"
                            r"en mi (?:bolsa|bolsillo|mano))\b")


def means_at_hand(normal: str) -> bool:
    """Does a message (``safety_normal`` form, negated words blanked) tell of means kept at hand ("they are in a baggie
    in my pocket right now")? With a crisis detector nearly sure, an emergency is a crisis too (both numbers)."""
    return bool(_MEANS_AT_HAND.search(normal))


#: Someone else's past experience reported ("my cousin said she had", "he told me he was having") ...
_REPORTED_PAST = lazy_re(r"\b(?:said|says|told (?:me|us)|mentioned|reported)(?: that)? (?:she|he|they) (?:had|got|"
                         r"was having|were having|experienced|felt|used to have)\b")
#: ... as a drug's effect ("on prednisone", "from the steroids", "a side effect", "after starting the pills").
_DRUG_EFFECT = lazy_re(
    r"\b(?:on|from|with|while on|while taking|after starting|since starting|because of|due to) (?:the |her |his |"
    r"their |a |an |this |that |new )?(?:\w+(?:sone|lone|olone|ide|ine|ate|mab|nib|pam|lam|pril|artan|statin|"
    r"mycin|cillin|azole)|steroids?|meds|medication|medicine|drug|prednisone|prednisolone|dexamethasone|accutane|"
    r"isotretinoin|montelukast|singulair|antidepressants?|interferon|chemo|treatment)\b|\bside effects?\b")
_TAKEN = lazy_re(r"\b(?:took|taken|swallow\w*|overdos\w*|od|too many|whole (?:bottle|box|pack)|all (?:of )?(?:her|his|"
                 r"their|the|my) (?:pills|tablets|meds))\b")


#: ... not going on ("and still has them", "keeps having them", "lately").
_GOING_ON = lazy_re(r"\b(?:" + GOING_ON_WORDS + r"|has|have|(?<!was )(?<!were )having|keeps?|anymore|any more|"
                    r"lately|these days|tiene)\b")


def reported_side_effect(normal: str) -> bool:
    """Does a message (``safety_normal`` form) report someone else's past experience as a drug's effect ("my cousin
    said she had suicidal thoughts on prednisone")? Asked about as information, its crisis words are a side effect
    asked about, not a crisis told now (the decision then needs its detector to be sure). Never with an overdose or
    pills taken ("she said she took all her pills"), nor when it goes on ("and still has them", "again")."""
    return bool(_REPORTED_PAST.search(normal)) and bool(_DRUG_EFFECT.search(normal)) and not _TAKEN.search(normal) \
        and not _RECENT.search(normal) and not _GOING_ON.search(normal)


def helping_other(normal: str) -> bool:
    """Does a message (``safety_normal`` form) imagine someone else in a crisis and ask how to help, what to say or
    what to watch for ("if my teenager ever told me she thought about suicide, what is the right thing to say")?"""
    return bool(_OTHER_IMAGINED.search(normal)) and bool(_HELPER_ASKS.search(normal))


#: Whether a reading counts ("would a temperature of 37.9 count on chemo"), how to tell one thing from another ("how
#: do i know if it is my heart or indigestion", "como se que un dolor es del corazon o es acidez", "como se diferencia
#: un infarto de una acidez"): general only where nobody's sign is told anywhere in the message.
_TELL_APART = lazy_re(
    r"^(?:\w+ ){0,2}would (?:a |an |my |his |her )?(?:\w+ ){1,4}(?:count|qualify|be classed)\b"
    r"|\bhow (?:do|can|would|will) (?:i|we|you|one) (?:know|tell) (?:if|whether) (?:\w+ ){1,10}?or (?:just |only )?\w+"
    r"|\bcomo (?:se|sabe|saber|puedo saber|sabemos) (?:que|si) (?:\w+ ){1,10}?o (?:es |son |solo |simplemente )?\w+"
    r"|\bcomo (?:se )?(?:diferencia|distingue|diferencio|distingo|reconozco)\b")
#: Someone with a sign ("my dad is grey and sweaty with chest pain", "he has crushing chest pain", "mi padre tiene").
_SOMEONE_HAS = lazy_re(r"\b(?:(?:my|our|mi|mis) \w+|he|she|they|i|el|ella) (?:has|have|has got|s got|ve got|is having|"
                       r"tiene|tengo|esta|estoy)\b")


def general_question(normal: str) -> bool:
    """Is a message (``safety_normal`` form) a general question about a definition, a threshold or a figure, about no
    one in particular ("que temperatura se considera fiebre durante la quimio")? Its alarming words are asked about.
    Not when a clause of its own tells what someone did or does ("what's the difference between fainting and a
    stroke, my mum fainted and won't wake up"), nor with the writer's own body told now after it ("how do i know if
    it is my heart or indigestion, my chest is crushing": text/safety_now ``OWN_SIGN_NOW``)."""
    asked = _GENERAL_QUESTION.search(normal)
    if asked is not None and not _SOMEONE_DID.search(normal, asked.end()) \
            and not OWN_SIGN_NOW.search(normal, asked.end()):
        return True
    return bool(_TELL_APART.search(normal)) and not _SOMEONE_DID.search(normal) and not OWN_SIGN_NOW.search(normal) \
        and not PRESENT_SIGN.search(normal) and not _SOMEONE_HAS.search(normal)


#: Someone told after the question, with what they did or do now ("my mum fainted", "she is shaking", "mi padre se
#: desmayo", "mi hija no respira").
_SOMEONE_DID = lazy_re(
    r"\b(?:(?:my|our|mi|mis|nuestr[oa]) \w+|he|she|they|el|ella) (?:just )?"
    r"(?:\w+ed|is \w+ing|s \w+ing|will not|won t|can t|cannot|is not|isn t|se \w+o|no (?:despierta|respira|responde|"
    r"reacciona|se mueve))\b")


_SENTENCE = lazy_re(sentence_pattern(r".!?\n"))
_NOT_ASKING = lazy_re(r"\b(?:care|know|matter|mind|wonder if)$")
#: A sentence that asks (its first words): "does she need more treatment", "what does this condition do to a child",
#: "is there a patient advocate", "que le pasa".
_ASKS = lazy_re(
    r"^(?:(?:and|but|so|ok|also|anyway|honestly|please|sorry|hi|hello|y|pero|entonces)\s+)*(?:" + QUESTION_WORDS
    + r"|has|have|es|(?:does|do|would|could|can) (?:anyone|anybody|you) know)\b(?! not\b)")


def long_story_asks(text: str, normal: str) -> bool:
    """``story_asks``, of a story of two sentences or more and LONG_STORY_WORDS or more that opens with no question:
    a long account, not a question with a few words around it ("would it be so bad if i faded out? everyone would
    move on" is no story)."""
    if len(normal.split()) < LONG_STORY_WORDS or not story_asks(text, normal):
        return False
    parts = [p for p in _SENTENCE.findall(text) if len(p.split()) >= 2]
    return len(parts) >= 2


def story_asks(text: str, normal: str) -> bool:
    """A long message (STORY_WORDS or more) that ends in a question for information: one of its last two sentences
    asks (ends with "?" or begins as a question; "i do not care what happens to me" asks nothing) and neither is
    about what to do now ("should we call 999", "please help"). Frightened people tell the whole story first (a
    diagnosis, a result, how scared they are) and ask last; the story's words are not an emergency happening now."""
    if len(normal.split()) < STORY_WORDS:
        return False
    sentences = [p for p in _SENTENCE.findall(text) if len(p.split()) >= 2]
    if len(sentences) >= 2 and _asks(sentences[0], safety_normal(sentences[0])):
        return False  # a question first, then words around it: no story ("would it be so bad if ...? everyone ...")
    parts = sentences[-2:]
    last = [safety_normal(p) for p in parts]
    if not last or any(_ACTION_QUESTION.search(n) for n in last):
        return False
    return any(_asks(p, n) for p, n in zip(parts, last))


def _asks(sentence: str, normal: str) -> bool:
    """Does a sentence (and its normal form) ask something: it ends with "?", begins as a question, or asks for
    information ("i do not care what happens to me" asks nothing)?"""
    return sentence.rstrip().endswith("?") or bool(_ASKS.match(normal)) or any(
        not _NOT_ASKING.search(normal[: m.start()].rstrip()) for m in _INFO_QUESTION.finditer(normal))


#: A message of this many words tells more than a question (see ``story_asks``).
STORY_WORDS = 12
LONG_STORY_WORDS = 20
