"""The safety screen's frames for stories and questions: a long story that ends in a question for information, a
general question about a figure or a definition, a helper imagining someone else in a crisis, and a past event told
as over. Each reads a message in the normal form of text/safety.py."""

from __future__ import annotations

import re
from collections.abc import Callable

from marrowbot.memory import remembered
from marrowbot.text.lazy import lazy_re
from marrowbot.text.safety import QUESTION_WORDS, frame, safety_normal
from marrowbot.text.safety_now import GOING_ON_WORDS, JUST_HAPPENED, PRESENT_SIGN, RECENT

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
    r"|\b(?:se considera|cuenta como|counts as|is considered|classed as) "
    r"(?:fiebre|fever|una? emergencia|an? emergency)\b")


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
#: Told or taken now: an ingestion, a dose or the means, or an act told as just done. Laughter with these is nerves or
#: a casual voice, not a joke (nor is a settled symptom a calm story with these: see ``settled_only``).
_ACT_OR_MEANS = lazy_re(
    r"\b(?:took|taken|take|taking|swallow\w*|drank|drunk|drink\w*|ate|eaten|eat|overdos\w*|od|poison\w*|pills?|"
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


def general_question(normal: str) -> bool:
    """Is a message (``safety_normal`` form) a general question about a definition, a threshold or a figure, about no
    one in particular ("que temperatura se considera fiebre durante la quimio")? Its alarming words are asked about."""
    return bool(_GENERAL_QUESTION.search(normal))


_SENTENCE = lazy_re(r"[^.!?\n]+[.!?\n]*")
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


# The words that tell a story is over, as shared pieces: ``_STOPPED`` (the firmest), ``_OVER`` (over, also more loosely)
# and ``_RESOLVED`` (over and ended well) are built from them, so that a word added to one piece reaches every pattern
# that uses it.
#: It never came back: "have not had one since", "never happened again", "none since", "nunca mas".
_NOT_SINCE = (r"(?:have|has|had) not (?:had|happened|been)(?: one| it| any| another| a \w+)? since|"
              r"never (?:happened )?again|"
              r"(?:none|nothing|not once|no more|no problems|no issues|no episodes|no seizures|no more seizures) since|"
              r"nunca mas")
#: It went away or healed ("cleared up", "went away").
_WENT_AWAY = r"healed|cleared up|(?:went|goes) away"
#: It passed or stopped ("it passed fine", "that stopped"; not "passed out", "passed away").
#: (Not a bare "she passed", "he passed": said of a person, it usually means they died.)
_PASSED = (r"(?:it|that|this|which) passed(?: fine| quickly| off)?(?! out| away)|(?:she|he) passed (?:fine|quickly)|"
           r"(?:it|that) stopped")
#: The doctors dealt with it, or it turned out to be something else ("they switched meds", "resulto ser").
_DEALT_WITH = (r"(?:they|the doctors?|the nurses?|the team) (?:adjusted|switched|changed|slowed|removed|sorted|fixed)|"
               r"turned out (?:to be|it was)|y asi fue|resulto (?:ser|que era)")
_FEVER_BROKE = r"(?:fever|temperature|temp) (?:broke|came down|went down|has come down|settled)(?! (?:to|at) \d)"
#: Well again ("all fine now", "completely better since"): with the intensifier, firm; without, loose ("fine now").
_INTENSIFIER = r"(?:all|totally|completely|perfectly|absolutely|much|a lot|so much|way)"
_WELL_AGAIN = (r"(?:fine|ok|okay|well|good|better|clear|normal|healthy|stable|great) "
               r"(?:now|since|again|ever since|afterwards|after that)")
#: Recovered, in remission, doing well ("pulled through", "back to normal", "no lasting problems").
_RECOVERED = (r"recovered|pulled through|got through it|survived|back (?:to|at) (?:normal|work|school|himself|herself|"
              r"myself|themselves)|got (?:treated|better|over it)|in remission|(?:that|it) is over|over now|"
              r"doing (?:great|well|fine|much better)|no (?:lasting |further )?(?:problems|harm|damage|issues)")
_WELL_ES = r"se recupero|ya esta bien|ya estoy bien|salio (?:todo )?bien|estoy mejor|esta mejor"


def _words(*pieces: str) -> re.Pattern[str]:
    return lazy_re(r"\b(?:" + "|".join(pieces) + r")\b")


#: A past event that ended well ("all fine now", "healed fine", "it cleared up", "he pulled through", "havent had one
#: since"): with a past frame and nothing happening now, the story is over.
_RESOLVED = _words(
    rf"(?:{_INTENSIFIER} )?{_WELL_AGAIN}", _WENT_AWAY, _NOT_SINCE, _RECOVERED, _WELL_ES,
    r"cleared|clears|go away|recovering well|passed (?:on its own|fine|quickly|in a few)|that passed|it passed|"
    r"back (?:to|at) (?:gardening|playing)|got help|(?:was|were) treated")


#: Time gone by after "ya paso" ("ya paso una hora", "media hora", "un rato", "mas de 20 minutos"): still waiting.
_TIME_GONE_BY = (r"(?:un|una|media|mas de|casi|como|\d+|dos|tres|cuatro|cinco|diez|quince|veinte|treinta|mucho|"
                 r"bastante|rato|tiempo|hora|horas|minutos?)\b")


#: A past event that is over, in words that say so firmly: it never came back, was sorted out, or the person is well
#: and older now ("none since", "it passed fine", "they switched meds", "he is 10 now", "back home now", "and she was
#: fine", "healed", "went away", "ya se la controlaron", "nunca mas"). (Not after a negation: "will not go away".)
_OVER = _words(
    _WENT_AWAY, _NOT_SINCE, _PASSED, _DEALT_WITH, _FEVER_BROKE, _RECOVERED, _WELL_ES, f"{_INTENSIFIER} {_WELL_AGAIN}",
    r"cleared|resolved|stopped (?:after|with|by itself)|"
    r"(?:they|the doctors?|the nurses?|the team) (?:stopped|treated|checked)|(?:much|a lot|so much|way) better|"
    r"(?:back )?home now|(?:is|am|are|was|were) (?:home|stable|healthy|great|fine|ok|okay) (?:now|today|again)|"
    r"(?:and|but) (?:he|she|i|they) (?:was|were)(?: (?:fine|ok|okay|alright))?$|"
    r"(?:he|she|they) (?:is|are) (?:\d+|a teenager|grown up|an adult) now|"
    r"todo bien|ya (?:me|se|nos) (?:la |lo |las |los )?(?:recupere|recupero|controlaron|controla|curo|curaron|"
    r"quito|quitaron|paso(?! " + _TIME_GONE_BY + r"))|sali adelante|"
    r"ahora (?:todo bien|estoy bien|esta bien|esta estable|"
    r"tiene \d+ anos|estoy contenta|estoy contento|estoy en remision)|paro (?:con|sola|solo)|se (?:le|me) quit[oa]")


#: ... the firmest of them: it stopped, went away or never came back, or the doctors dealt with it ("none since", "it
#: went away", "they switched meds", "turned out to be a cold", "nunca mas"): over even without a date.
_STOPPED = _words(_WENT_AWAY, _NOT_SINCE, _PASSED, _DEALT_WITH, _FEVER_BROKE,
                  r"(?:all|totally|completely) (?:fine|good|well|ok|okay|clear|better) (?:now|since)")


#: What was alarming has settled, told in the present: it stopped, is gone or normal, the person is fine ("the cut
#: stopped bleeding after 5 minutes", "the fever broke, her temp is normal now", "got up by himself and hes fine", "se
#: le quito", "y esta bien"). A symptom that stopped is no emergency happening now (see ``settled``).
_SETTLED = lazy_re(
    r"\b(?:(?:it|that|this|which|the \w+|bleeding|nosebleed|nose bleed) (?:has |had )?(?:stopped|stops)"
    r"(?! (?:working|breathing|responding|talking|moving|making|eating|drinking|peeing))|"
    r"stopped (?:after|in|within|with|by itself|on its own)|"
    r"(?:fever|temperature|temp|rash|swelling|bleeding|pain|it|that) (?:is|has) (?:gone|settled|normal)"
    r"(?! (?:red|black|blue|white|grey|gray|pale|cold|numb|limp|floppy|up|worse))|"
    r"(?:fever|temperature|temp) (?:broke|came down|went down|has come down|settled)(?! (?:to|at) \d)|"
    r"(?:temp|temperature|fever) (?:is )?(?:normal|fine|ok|okay)|"
    r"(?:and|but) (?:he|she|i|they) (?:is|am|are) (?:fine|ok|okay|alright|totally fine|perfectly fine)$|"
    r"(?:and|but) (?:he|she|i|they) (?:is|am|are) (?:fine|ok|okay|alright)(?: now)? (?:and|just|but|so)|"
    r"(?:he|she|i|they) (?:is|am|are) (?:fine|ok|okay|alright) now|"
    r"(?:i|he|she|they|we) (?:feel|feels|am feeling|is feeling|are feeling) (?:much|a lot|so much|way|loads) better|"
    r"all good|everything is (?:fine|ok|okay|good)|"
    r"(?:y|pero) (?:esta|estoy|estan) bien$|ya (?:esta|estoy) bien|se (?:le|me) quit[oa]|"
    r"(?:paro|se detuvo) (?:sol[oa]|en|despues))\b")
_NEGATED_BEFORE = lazy_re(r"\b(?:not|never|no|nor|will not|does not|did not|has not|have not)(?: \w+)?\s*$")


def over(normal: str) -> bool:
    """Does a message (``safety_normal`` form) say firmly that what happened is over ("none since", "it went away",
    "he is 10 now", "ya se la controlaron")? Not where a negation comes just before ("it will not go away"), nor
    with a sign of shock told in the present after it ("it stopped eventually, he is pale and dizzy")."""
    return any(not _NEGATED_BEFORE.search(normal, max(0, m.start() - 14), m.start()) and not goes_on(normal, m)
               and not PRESENT_SIGN.search(normal, m.end())  # ("it stopped, he is pale and dizzy": told now)
               for m in _OVER.finditer(normal))


def goes_on(normal: str, ending: re.Match[str]) -> bool:
    """Does a new clause follow an ending that closes with its when-word ("fine now he is having another one",
    "ok today she is grey": the normal form has no commas, and the when-word starts the next clause)? Not where
    that clause ends well too ("fine now he is back at school")."""
    if not re.search(r"\b(?:now|today|again|ahora)$", ending.group(0)):
        return False
    rest = normal[ending.end():]
    return bool(_NEW_CLAUSE.match(rest)) and not _OVER.search(rest) and not _OUTCOME.search(rest)


def stopped(normal: str) -> bool:
    """Does a message (``safety_normal`` form) say in the firmest words that what happened has stopped or never came
    back ("none since", "it went away", "turned out to be a cold")? Not after a negation ("it has not gone away")."""
    return any(not _NEGATED_BEFORE.search(normal, max(0, m.start() - 14), m.start())
               and not PRESENT_SIGN.search(normal, m.end()) for m in _STOPPED.finditer(normal))


def settled(normal: str) -> bool:
    """Does a message (``safety_normal`` form) say that what was alarming has settled: it stopped, is gone or normal
    now, the person is fine ("the nosebleed stopped after 3 minutes", "her temp is normal now", "y esta bien")? Not
    after a negation ("no se le quita", "it has not stopped")."""
    return any(not _NEGATED_BEFORE.search(normal, max(0, m.start() - 14), m.start())
               and not PRESENT_SIGN.search(normal, m.end()) for m in _SETTLED.finditer(normal))


#: Told now or recently, or going on: a new event after something settled is no calm story.
_RECENT = RECENT
#: ("fine now", "normal now": the settled words' own "now".)
_WELL_NOW = lazy_re(r"\b(fine|ok|okay|normal|gone|better|good|well|alright|settled|stable) now\b")
#: A turn after the settled part: "the bleeding stopped but he collapsed", "se le quito pero ahora ...".
_CONTRAST = lazy_re(r"\b(?:but|pero|although|though|however|except|sin embargo|aunque|excepto|then|y luego|"
                    r"luego|after that|and now|y ahora)\b")


def settled_only(normal: str) -> bool:
    """``settled``, and nothing else told: no turn after the settled words ("the bleeding stopped but he collapsed"),
    nothing told now or recently outside them ("10 minutes ago", "still", "is not waking", "he just cannot feel his
    side"), and no ingestion, dose or means ("swallowed a button battery ... she is fine": feeling fine is normal
    after one). A calm story steps an emergency down, so this reads it narrowly."""
    found = False
    for m in _SETTLED.finditer(normal):
        if _NEGATED_BEFORE.search(normal, max(0, m.start() - 14), m.start()):
            continue
        if _CONTRAST.search(normal, m.end()):
            return False
        found = True
    if not found or _ACT_OR_MEANS.search(normal):
        return False
    # (how long it took to settle is no "now": "stopped in 5 minutes")
    return not _RECENT.search(_DURATION.sub(" ", _SETTLED.sub(" ", _WELL_NOW.sub(r"\1", normal))))


#: How long it took to settle ("stopped after 5 minutes", "in a few minutes"): no "now" of its own.
_DURATION = lazy_re(r"\b(?:after|in|within|for) (?:about |around |like |only |just )?(?:\d+|a few|few|a couple of|"
                    r"one|two|three|five|ten) (?:minutes?|mins?|seconds?|secs?)\b")


def calm_story(normal: str) -> bool:
    """``settled_only``, with no "now" in the frame except the time it took to settle ("the cut stopped bleeding
    after 5 minutes of pressure, all good"; not "10 minutes ago", "right now")."""
    return settled_only(normal) and "now" not in frame(_DURATION.sub(" ", normal))


def resolved(normal: str) -> bool:
    """Does a message (``safety_normal`` form) say that what happened is over and ended well?"""
    return bool(_RESOLVED.search(normal))


#: A clause: a sentence, or a part of one between commas, semicolons, dashes or a "but".
_CLAUSE = lazy_re(r"[.!?\n;,]+|\s[-–—]+\s|\s+but\s+")
#: A clause told in the present: a present verb with its subject, a verb in "-ing" (not "during", "nothing" ...),
#: "will not", "cannot", Spanish "esta", "estoy", "no puede" ...
_PRESENT = lazy_re(
    r"\b(?:am|is|are|keeps?|will not|cannot|can not|does not|do not|has been|have been|right now|would be|"
    r"(?:i|he|she|we|they|you) (?:feel|feels|want|wants|have|has|need|needs|think|thinks|keep|keeps|get|gets)|"
    r"esta|estan|estoy|no puede|no puedo|no despierta|no respira|tiene|tengo|sigue|sigo)\b|"
    r"\b(?!(?:during|nothing|something|anything|everything|morning|evening|thing|things|ring|bring|king|spring|"
    r"sing|ceiling|wedding|building|pudding|sibling|darling|lightning)\b)\w{3,}(?:ing|ando|iendo)\b")
#: ... not a past progressive ("he was cutting himself") or a habit of the past ("used to").
_WAS = lazy_re(r"\b(?:was|were|had been) (?:\w+ )?\w+ing\b|\bused to\b")
#: ... or as happening again ("again", "it is back", "otra vez").
_AGAIN = lazy_re(r"\b(?:again|(?:it|that|this|the \w+) (?:is|came|has come) back|otra vez|de nuevo|volvio|volvi)\b")


def told_now(text: str, alarming: Callable[[str], bool] | None = None) -> bool:
    """Does a clause of a message tell, in the present, of something alarming (``alarming`` of its normal form) or of
    something happening again? "my husband collapsed and isnt breathing. last time it turned out to be his heart":
    the first clause is happening now, whatever the story of the last time says; "had a seizure two years ago, none
    since" tells nothing now. A clause that asks, is itself framed in the past or as imagined, or says things are fine
    does not count. Without ``alarming``: does a clause tell of something happening again ("i feel that way again")?"""
    # (The cheap test first: a clause's present reading is worked out only for a clause it could count for.)
    for normal in _clause_normals(text):
        if (alarming(normal) if alarming is not None else _AGAIN.search(normal)) and _present(normal):
            return True
    return False


@remembered(maxsize=256)  # the decision asks of the same message up to three times
def _clause_normals(text: str) -> tuple[str, ...]:
    return tuple(safety_normal(part) for part in _CLAUSE.split(text))


@remembered(maxsize=1024)
def _present(normal: str) -> bool:
    """Is a clause (normal form) told in the present (see ``told_now``)?"""
    if len(normal.split()) < 2 or _ASKS.search(normal) or not _PRESENT.search(normal) or _WAS.search(normal):
        return False  # (... "he was cutting himself" is no present)
    # (a clause saying things are fine now: "he got blood and is ok now")
    return not (frame(normal) & {"past", "hypothetical"} or over(normal) or resolved(normal) or settled_only(normal))


# --- a story told as over: what happened, then how it ended ------------------------------------------------------
#: How it ended, in any clause: well now, a test clear, the doctors' word that it was fine or expected, an explanation
#: ("it was just dehydration"), treated or sorted, nothing since ("he's okay now", "scan was fine", "they said fine",
#: "it was sorted right there", "poison control said he'd be fine and he was", "ya paso todo", "dijeron que era
#: reflujo"). Read only with a past event told and no clause telling of anything now (see ``told_over``).
_OUTCOME = _words(
    r"(?:is|are|am|been|feels?|looks?|seems?) (?:totally |completely |perfectly |absolutely |all |just |doing )?"
    r"(?:fine|ok|okay|alright|all right|well|better|much better|great|healthy|stable|normal)",
    r"(?:scan|ct|ct scan|mri|x ?ray|tests?|bloods?|blood tests?|cultures?|blood cultures|results?|ecg|ekg) "
    r"(?:was|were|came back|is|are|all) (?:all )?(?:clear|fine|normal|negative|ok|okay|good)",
    r"(?:they|doctors?|the doctors?|the nurses?|nurses?|the team|poison control|the er|the hospital) "
    r"(?:said|told (?:us|me|him|her))(?: that)?(?: (?:it|that|this|she|he|i|we|they)(?: is| was| would be| will be| "
    r"had been| were)?)? (?:fine|ok|okay|expected|normal|common|nothing|just|only|from|benign|harmless|safe)",
    r"it was (?:just|only|nothing)", r"that was \w+ (?:years?|months?) ago",
    r"sorted (?:out )?(?:right|there|quickly|straight)|treated and (?:released|sent home)|resolved|recovered|"
    r"cleared up|went away|gone now|healed|(?:it|that) passed(?! out| away)|"
    r"(?:seizure|symptom|pain|fever)s? free|nothing (?:else )?(?:happened|since)|none since|in remission|"
    r"(?:\d+|a|one|two|three|four|five|six|ten) (?:years?|months?) out|all (?:fine|good|ok|okay|clear|well)|"
    r"came out on its own|back to normal|no (?:lasting )?(?:harm|damage|problems) done",
    # ("ya paso", it passed; not time gone by: "ya paso una hora y sigue sangrando", "ya paso media hora")
    r"(?:ya )?(?:esta|estoy|estan|estamos) bien|ya paso(?! " + _TIME_GONE_BY + r")|salio bien|se recupero|me recupere|"
    r"ya no (?:le |me )?(?:ha |han )?(?:vuelto|volvio|volvieron)|dijeron que (?:era|fue|es|estaba)|resulto|"
    r"(?:la|lo|me|nos) atendieron")
#: ... not as someone insists against what is seen ("he says he is fine but he is pale").
_INSISTS = lazy_re(r"\b(?:says?|said|insists?|insisting|claims?|keeps saying|told \w+ (?:i|he|she) was|thinks?|"
                   r"dice que|insiste)\b(?: \w+){0,3}\s*$")
#: (When it ended: "fine now", "ok again", "clear since".)
_ENDED_WHEN = lazy_re(r"^\s*(?:now|today|again|since(?: then)?|afterwards|after that|ahora)\b")
#: ... a new clause after the when-word (the normal form has no commas): someone doing or being something, or a
#: sign told on its own ("now he is having another one", "today she is grey", "just throwing up a bit and sleepy").
_NEW_CLAUSE = lazy_re(
    r"^\s*(?:(?:he|she|i|they|we|it|you|my|his|her|their|our|the|el|ella|mi|su)\b(?! (?:think|guess|hope)\b)"
    r"|(?:just|but|although|except|only|apart from|still)\b(?: \w+)?(?: \w+ing\b| (?:a|an|some|very|so)\b)"
    r"|\w+ing\b)")
#: ... and nothing after how it ended but more of the same: no turn, nothing still or again.
_AFTER_END = lazy_re(r"\b(?:but|then|now|still|again|worse|suddenly|pero|luego|ahora|todavia|sigue|otra vez)\b")
#: What happened, told in the past ("collapsed", "had a seizure", "swallowed", "tuvo", "se cayo").
_PAST_EVENT = lazy_re(
    r"\b(?:had|was|were|went|got|fell|ate|drank|took|bled|ended up|used to|tuvo|tuve|se cayo|me cai|"
    # (not a word of now: "bleed", "need", a feeling: "worried", "scared", "tired", "confused")
    r"(?!(?:\w*eed|worried|scared|tired|concerned|confused|exhausted|frightened|terrified|stressed|bored|"
    r"interested|supposed|related|based|used|annoyed|embarrassed|depressed|distressed)\b)\w{3,}ed|"
    r"se tomo|me tome|me dio|le dio|fue|estuve|estuvo|me sangro|le sangro|le dolio|me dolio|se desmayo|"
    r"intente|intento|pense|pase|me internaron|lo internaron|la internaron)\b")


#: Just happened: no story told as over ("collapsed 10 minutes ago, seems fine now").
_JUST_HAPPENED = JUST_HAPPENED


def told_over(text: str, normal: str, alarming: Callable[[str], bool]) -> bool:
    """Is a message (and its ``safety_normal`` form) a story told as over: an event told in the past, then how it
    ended (``_OUTCOME``), told last (nothing ``alarming`` nor a turn after it), nothing just happened ("minutes ago",
    "right now"; the caller checks that no clause tells of anything alarming now: ``told_now``)? "my husband passed
    out at the clinic last week from low blood pressure, he's okay now"; "grandpa fell and hit his head on warfarin
    back in june, scan was fine"."""
    if _JUST_HAPPENED.search(normal) or not _PAST_EVENT.search(normal):
        return False
    ends = [m for m in _OUTCOME.finditer(normal) if not _NEGATED_BEFORE.search(normal, max(0, m.start() - 14),
                                                                                 m.start())
            and not _INSISTS.search(normal, max(0, m.start() - 40), m.start())]
    if not ends or not _PAST_EVENT.search(normal, 0, ends[0].start()):
        return False  # (what happened comes first: "he was fine this morning, now he is confused" is no ending)
    after = normal[ends[-1].end():]
    when = _ENDED_WHEN.match(after)
    if when:
        # "fine now" ends the story; "... fine now he is having another one" starts a new clause with "now"
        rest = after[when.end():]
        if _NEW_CLAUSE.match(rest) and not _OVER.search(rest) and not _OUTCOME.search(rest):
            return False
        after = rest
    return not _AFTER_END.search(after) and not alarming(after)
