"""The safety screen's one reading of an episode told as over: something alarming happened in the past, the message
tells how it ended well, and nothing alarming is still happening ("they gave him juice and he was fine", "it passed
after 10 minutes", "treated months ago", "in remission 3 years now", "ya todo bien", "desde entonces de maravilla", an
attempt "years ago ... in a good place now"). Read over the clauses of the whole message, so that the outcome may be
told in a later sentence of a long one, and a question or small talk may follow it.

Not over: anything just happened or happening again today ("10 minutes ago", "twice today"), a clause after the
outcome that tells of something alarming or a turn ("it stopped but now she's confused again", "was fine but now
can't breathe"), or a wish still had ("i tried last week and i still want to").

Each pattern reads a clause in the normal form of text/safety.py (lower case, no punctuation, "not" spelled out)."""

from __future__ import annotations

import re
from collections.abc import Callable

from marrowbot.memory import remembered
from marrowbot.text.lazy import lazy_re
from marrowbot.text.safety import frame, safety_normal
from marrowbot.text.safety_clauses import present, present_verb, told_now
from marrowbot.text.safety_endings import NOT_SINCE
from marrowbot.text.safety_now import JUST_HAPPENED, PRESENT_SIGN
from marrowbot.text.safety_split import stops
from marrowbot.text.safety_stories import _ASKS

#: A clause: a sentence, or a part of one between commas, semicolons, dashes or a "but".
_CLAUSE = lazy_re(stops(r".!?\n;,") + r"+|\s[-–—]+\s|\s+but\s+|\s+pero\s+")

_MONTHS = (r"january|february|march|april|may|june|july|august|september|october|november|december|"
           r"enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre")
#: When it happened, in the past: "years ago", "last winter", "in may", "back in 2019", "when i was 19", "hace 5
#: anos", "el ciclo pasado", "en diciembre". (Not minutes or hours ago: that is now.)
_PAST_TIME = lazy_re(
    r"\b(?:(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|a few|few|several|many|some|a couple of) "
    r"(?:days?|weeks?|months?|years?|winters?|summers?|springs?|autumns?) (?:ago|now|since|later|on|back)|"
    r"(?:days|weeks|months|years) ago|ages ago|long ago|a while (?:ago|back)|"
    r"last (?:night|week|weekend|month|year|winter|summer|spring|autumn|fall|christmas|cycle|round)|"
    r"yesterday|at the weekend|over the weekend|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|"
    r"back (?:in|at) (?:uni|university|college|school|high school|secondary school|the day)|"
    r"(?:el|del) (?:lunes|martes|miercoles|jueves|viernes|sabado|domingo)(?: pasado)?|"
    rf"(?:in|back in|early|late|in early|in late|during) (?:(?:{_MONTHS})|(?:19|20)\d\d)|"
    r"when (?:i|he|she|we|they|my \w+|our \w+) (?:was|were|had|first)|used to|back then|at the time|at birth|"
    r"(?:after|during|before) (?:my|his|her|their) (?:relapse|diagnosis|transplant|surgery|operation|first \w+)|"
    r"the (?:night|day|week) of (?:my|his|her) (?:diagnosis|transplant|surgery|operation)|"
    r"a los \d+(?: anos)?|de (?:nino|nina|pequeno|pequena|bebe|joven)|"
    r"(?:my|his|her|the) (?:first|previous) (?:round|cycle|dose|time|day|week|admission|transplant)|"
    r"hace (?:\w+ )?(?:\w+ )?(?:dias|semanas?|mes|meses|anos?)|(?:el|la) \w+ pasad[oa]|"
    rf"en (?:(?:{_MONTHS})|(?:19|20)\d\d)|en mi (?:adolescencia|juventud|infancia|primer \w+)|cuando (?:era|tenia))\b")
#: What happened, told in the past: a past verb ("had", "collapsed", "tried", "tuvo", "se desmayo").
_PAST_VERB = lazy_re(
    r"\b(?:had|was|were|went|got|fell|ate|drank|took|bled|spent|woke|tried|thought|felt|said|ended up|"
    r"(?!(?:\w*eed|worried|scared|tired|concerned|confused|exhausted|frightened|terrified|stressed|bored|"
    r"supposed|based|used|annoyed|depressed|distressed|need|red)\b)\w{3,}ed|"
    r"remember (?:thinking|feeling|wanting)|there was a time|era|tenia|"
    r"tuvo|tuve|me dio|le dio|se desmayo|me desmaye|fue|estuve|estuvo|intente|intento|pense|me internaron|"
    r"lo internaron|la internaron|me hacia|se hacia|se cayo|me cai|se trago|se tomo|me tome)\b")

#: Help that worked, told after the event ("therapy really helped", "the speech therapist has helped with it", "la
#: terapia me ayudo mucho"): how a crisis or an episode ended.
_HELPED = (r"(?:therapy|counsell?ing|(?:the|my|his|her|a|our) (?:\w+ )?(?:therapist|counsell?or|psychologist)|"
           r"(?:the |my |his |her )?(?:medication|meds|treatment|support|antidepressants)|la terapia|el tratamiento|"
           r"(?:mi|el|la|su) (?:psicolog[oa]|terapeuta)) (?:(?:has|have|had|really|so|truly) )*(?:helped|(?:me|le|nos) "
           r"(?:ha )?ayudado|(?:me|le|nos) ayudo)"
           r"(?: (?:with|a lot with|con) (?:his|her|my|their|the|su|mi|el|la) \w+)?|"
           # ... or years gone by and well now: "i am 40 now and fine", "ahora tengo 45 y estoy bien"
           r"(?:i am|he is|she is) \d+ now and (?:fine|well|happy|doing well|ok|okay)|"
           r"ahora (?:tengo|tiene) \d+(?: anos)? y (?:estoy|esta|me siento|se siente) (?:muy )?bien")
#: How it ended well, in a clause of its own or at a clause's end: well again, treated or sorted, the doctors' word,
#: nothing since, in remission, in a good place ("he was fine", "perked up", "team handled it", "no harm done",
#: "nothing since", "in remission 3 years", "in a good place now", "ya todo bien", "de maravilla").
_OUTCOME = lazy_re(
    r"\b(?:"
    # well again
    r"(?:was|were|is|am|are|been|felt|feels?|looks?|seemed|seems?|stayed|remained|came home|went home) "
    r"(?:totally |completely |perfectly |absolutely |all |just |fine and |doing |now |ok |okay )?"
    r"(?:fine|ok|okay|alright|all right|well|better(?! off)|much better|great|healthy|stable|normal|grand|perfect)"
    r"(?: (?:after|afterwards|again|since|now|by|within|for the rest|the rest|ever since))?|"
    r"(?:but|and) (?:i|he|she|we|they) (?:was|were) (?:ok|okay|fine|alright)|"
    # ... a state at the clause's end, after what is being done ("on antibiotics on the ward now and stable")
    r"(?:now )?and (?:now )?(?:stable|settled|comfortable|doing (?:well|fine|ok|okay))(?: now)?$|"
    r"^(?:i|he|she|we|they) (?:was|were) (?:ok|okay|fine|alright)$|era (?:un|una|solo|solamente|nada|por)|"
    r"^(?:and |so |but )?(?:all |totally |perfectly )?(?:ok|okay|fine|alright|all good|good now|fine now|ok now|"
    r"fine since|fine since then)$|(?:it|its|it s|and its) (?:is )?(?:fine|ok|okay|healed|all healed|better) now$|"
    r"(?:and|but) (?:it|its|it s) (?:is )?(?:fine|ok|okay|healed)$|"
    r"(?:perked|picked|bounced) (?:up|back)|came (?:round|around|to)|calmed down|settled (?:down|after|in|within)|"
    r"(?:has|had) (?:gone|come) down|(?:went|came) down (?:now|a lot|again|after|by|overnight|with)|"
    r"cleared up|went away|gone now|healed|"
    r"(?:it|that|this|which) passed(?! out| away)|passed after|(?:that|it) is (?:all )?over(?: now)?|all over now|"
    r"got (?:through|over) (?:it|that|the rest)|pulled through|recovered|recovering(?: well)?|"
    r"back (?:to normal|at work|to work|at school|to school|home|to myself|to himself|to herself)|"
    # treated or sorted
    r"(?:they|the doctors?|doctors?|the team|team|the nurses?|the er|the hospital|surgeons?|we) "
    r"(?:handled|sorted|fixed|treated|dealt with|managed|removed|stopped|adjusted|changed|switched|started \w+ on)|"
    r"(?:found|fixed) (?:it|the \w+|an? \w+ and fixed it)|fixed it|"
    r"(?:was|were|got) treated|treated (?:\w+ )?(?:months?|years?|weeks?) ago|treated and (?:released|sent home)|"
    r"sent (?:me|him|her|us|them) home|discharged|got (?:me |him |her |them )?(?:help|therapy|treatment)|"
    r"(?:with )?therapy and|things (?:turned|got) (?:around|better)|"
    # the doctors' word or an explanation
    r"(?:they|doctors?|the doctors?|the nurses?|poison control|the er|the hospital|the pharmacist|pharmacist|"
    r"the gp|gp) (?:said|told (?:us|me|him|her))(?: (?:it|that|this|she|he|i|we|they)(?: (?:is|was|would be|"
    r"will be|were))?)? (?:fine|ok|okay|expected|normal|common|nothing|just|only|harmless|safe|no harm)|"
    r"it was (?:just|only|nothing|a panic|anxiety|low blood|dehydration)|"
    r"turned out (?:to be|it was|that|fine|ok|okay)|nothing was broken|"
    r"(?:scan|scans|x ?rays?|tests?|bloods?|results?|ecg|ekg|ct|mri) (?:was|were|came back|all) (?:all )?"
    r"(?:clear|fine|normal|negative|ok|okay|good)|"
    # nothing since, in remission, in a good place
    r"nothing (?:else )?(?:since|happened)|not since|" + NOT_SINCE + "|no (?:more|problems|issues) "
    r"since|(?:with|had|have had) no (?:problems|issues|trouble)|no (?:lasting )?(?:harm|damage|problems) done|"
    r"(?:seizure|symptom|pain|fever|problem|episode)s? free|in remission|"
    r"in a (?:good|better|much better|really good|great|happy|safe|much happier|happier) place|"
    r"do not feel (?:that|like that) (?:way )?(?:anymore|any more|now)|not (?:anymore|any more) though|"
    r"(?:\d+|one|two|three|four|five|ten|twenty) (?:years?|months?) (?:out|clear) (?:now|since)|" + _HELPED + "|"
    r"(?:a|now a) healthy|embarrassing but (?:ok|okay|fine)|scary but (?:i|he|she|we) (?:was|were|am|is) "
    r"(?:ok|okay|fine)|"
    # ... in Spanish
    r"(?:ya )?(?:todo )?(?:esta|estoy|estan|estamos) (?:bien|perfect[oa]s?|perfectamente|estables?|en remision)|"
    r"ya todo bien|"
    r"todo bien|(?:todo )?salio (?:todo )?(?:bien|normal)|de maravilla|se recupero|me recupere|nos recuperamos|"
    r"en remision|(?:nada|ninguno|ninguna) (?:mas )?desde entonces|desde entonces (?:bien|nada|de maravilla|"
    r"ha estado bien|estoy bien|esta bien)|nada mas$|era (?:\w+ )?(?:nada mas|solo|solamente)|"
    r"dijeron que (?:era|fue|es|estaba)|resulto (?:ser|que era)|(?:me|le|lo|la) dieron (?:de )?(?:el )?alta|"
    r"(?:lo|la|me) (?:operaron|trataron|atendieron)|hace (?:mas de )?\w+ (?:\w+ )?(?:anos|meses) que no|"
    r"ya no (?:me|le|lo|la)? ?(?:ha |han )?(?:vuelto|volvio|paso|pasa))\b")
#: ... of them, care given: treated or sorted, a professional's word, time gone by well.
_CARE = lazy_re(
    r"\b(?:(?:they|the doctors?|doctors?|the team|team|the nurses?|the er|the hospital) "
    r"(?:handled|sorted|fixed|treated|dealt with|managed|removed|stopped|adjusted|changed|switched)|"
    r"(?:was|were|got) treated|treated and (?:released|sent home)|sent (?:me|him|her|us|them) home|discharged|"
    r"(?:they|doctors?|the doctors?|the nurses?|poison control|the er|the hospital|the pharmacist|pharmacist|"
    r"the gp|gp) (?:said|told (?:us|me|him|her))(?: (?:it|that|this|she|he|i|we|they)(?: (?:is|was|would be|"
    r"will be|were))?)? (?:fine|ok|okay|expected|normal|nothing|harmless|safe|no harm)|no (?:lasting )?harm done|"
    r"in remission|in a (?:good|better|much better|really good|great|happy|safe) place|"
    r"(?:me|le|lo|la) dieron (?:de )?(?:el )?alta|(?:lo|la|me) (?:operaron|trataron|atendieron)|"
    r"dijeron que (?:era|fue|es|estaba))\b")
#: A thing swallowed or an amount of medicine taken.
_SWALLOWED = lazy_re(r"\b(?:took|taken|swallowed|ate|drank|overdosed?|dose|doses|pills|tablets|se tomo|me tome|"
                     r"se trago|pastillas)\b")
#: ... not as denied or someone insisting against what is seen ("he says he is fine but he is pale").
_NOT_BEFORE = lazy_re(r"\b(?:not|never|no|nor|says?|saying|insists?|insisting|claims?|thinks?|told \w+|"
                      r"at first|dice que|insiste)(?: \w+)?(?: \w+)?\s*$")
#: ... nor well only earlier today ("she was fine this morning", "fine at lunch", "an hour ago"): that is how it was
#: before what is happening now.
_EARLIER_TODAY = lazy_re(r"^\s*(?:this morning|at (?:lunch|lunchtime|breakfast|dinner|tea)|an hour ago|"
                         r"(?:\w+ )?hours? ago|earlier|before|until|till|when (?:he|she|i|they) (?:woke|went)|"
                         r"esta manana|hace (?:una|un par de|\w+) horas?|en la manana)\b")
#: A clause that undoes an ending in it ("relapsed after 2 years clean", "started cutting again"): none.
_UNDONE = lazy_re(r"\b(?:again|relapsed|relapse|otra vez|de nuevo|recai|recaida|volvi a|volvio a)\b")
#: Sudden onset, anywhere, is the warning itself (F.A.S.T.): no story told as over.
_SUDDEN = lazy_re(r"\b(?:suddenly|all of a sudden|out of nowhere|de repente|de golpe|de pronto)\b")
#: A crisis told as over needs words that say the crisis itself is over, not only "it's ok" or "felt better": help
#: got, a good place, no longer felt, years without ("i got help and i'm in a good place", "i don't feel that way
#: anymore", "hace mas de diez anos que no").
_CRISIS_OVER = lazy_re(
    r"\b(?:in a (?:good|better|much better|really good|great|happy|safe|much happier|happier) place|"
    r"got (?:me |him |her |them )?(?:help|therapy|treatment|support)|(?:with )?therapy and|"
    r"things (?:turned|got) (?:around|better)|do not feel (?:that|like that) (?:way )?(?:anymore|any more|now)|"
    r"(?:that|it) (?:is|has been|was) (?:all )?over|over (?:for|since) (?:a long time|years)|in remission|"
    r"(?:was|were|got) treated|hace (?:mas de )?\w+ (?:\w+ )?(?:anos|meses) que no|ya no lo (?:hago|siento|pienso)|"
    + _HELPED + r")\b")

#: Still going on, in a clause after how it ended: a turn or the same again, a sign told now, a wish still had.
_GOES_ON = lazy_re(
    r"\b(?:now (?:she|he|i|they|it|his|her|my) (?:is|am|are|has|have|can|cannot|can not|keeps?|will not|does not|"
    r"feels?|looks?|seems?)|(?:is|are|am|feel|feels|seems?|looks?) (?:\w+ )?(?:again|worse)|again|"
    r"otra vez|de nuevo|volvio|volvi|still (?:want|wants|wanting|feel|feels|think|thinks|have|has|bleeding|can not|"
    r"cannot|can t|is|am|are|not)|todavia|sigue|sigo|worse|suddenly|can not|cannot|will not|is not|are not|"
    r"ya no puede|no puede|no puedo|no respira|no despierta|"
    # the same again, now: "he's having another one", "this time he is unconscious", "the same pain now", "ahora"
    r"another|agian|one now|once more|this time|the same \w+ now|ahora|otra|otra ves|denuevo|esta vez|"
    r"no reacciona|no contesta|no se mueve|no para)\b")
#: ... or something going on told after it ("just throwing up a bit and sleepy", "she is shaking").
_GOING = lazy_re(r"^(?:(?:just|still|but|and|only)\s+)?(?!(?:during|nothing|something|anything|everything|morning|"
                 r"evening|thing)\b)\w{3,}ing\b|\b(?:is|are|am|keeps?) (?:\w+ )?\w{3,}ing\b")
#: ... or told within this day (an episode of today is no story told as over).
_THIS_DAY = lazy_re(r"\b(?:today|tonight|(?:minutes?|mins?) (?:so far|now|already)|"
                    r"this (?:morning|afternoon|evening)|(?:minutes?|hours?) ago|hoy|"
                    r"esta (?:manana|tarde|noche))\b")


def episode_over(text: str, alarming: Callable[[str], bool], crisis: Callable[[str], bool]) -> bool:
    """Is a message an episode told as over: something ``alarming`` (a clause's normal form names a warning sign or a
    crisis concept) told in the past, then how it ended well, and no clause after that ending telling of anything
    alarming or going on? "my husband fainted when he gave blood the first time, ages ago, they gave him juice and he
    was fine"; "i tried to take my life when i was 19. i'm 45 now and in a good place". Not "it stopped but now she's
    confused again", "he was fine this morning, now he is confused", nor anything of today or minutes ago."""
    return _episode_over(text, alarming, crisis)


@remembered(maxsize=256)
def _episode_over(text: str, alarming: Callable[[str], bool], crisis: Callable[[str], bool]) -> bool:
    clauses = [c for c in (safety_normal(p) for p in _CLAUSE.split(text)) if c]
    if _SUDDEN.search(" ".join(clauses)):
        return False
    # (An amount of medicine or a thing swallowed: feeling fine says nothing, only care does: "took a double dose by
    # mistake on monday, poison control said fine"; not "took 30 pills last night, i feel fine". A crisis: only words
    # that say the crisis is over.)
    # (... told outside the ending: "the swelling has gone down" names no crisis with its "gone")
    # (Every clause, with only the outcome words taken out: "i tried to hang myself last year and recovered but this
    # time i will do it right" names a crisis told in a clause holding an outcome.)
    # (... an explanation after them, "era un musculo jalado de cargar a mi nieto", is no crisis told)
    crisis_told = [_FEARED_DEATH.sub(" ", _before_ending(c) if _ending(c) else c) for c in clauses]
    named_crisis = crisis(" ".join(crisis_told)) or any(crisis(c) for c in crisis_told)
    ending = _crisis_over if named_crisis else _cared if any(_SWALLOWED.search(c) for c in clauses) else _ending
    # An ending counts only after something alarming told before it: "was fine on monday and this morning she is
    # unresponsive" tells how things were BEFORE the event, no ending.
    # (The alarm may come from the whole message, not one clause: an ending with nothing alarming told after it
    # counts too, "she was in the icu with septic shock, she has been in remission 3 years now".)
    ends = [i for i, clause in enumerate(clauses)
            if ending(clause) and (alarming(" ".join(clauses[:i] + [_before_ending(clause)]))
                                   or not alarming(" ".join([_after_ending(clause)] + clauses[i + 1:])))]
    if not ends:
        return _long_ago(clauses, alarming)
    first = ends[0]
    # When it happened: a time in the past, told before or with the ending ("years ago", "last winter", "en 2019").
    if not any(_PAST_TIME.search(c) for c in clauses[:first + 1]):
        return False
    # (A clause before the first alarming one that names nothing alarming sets the scene: "my partner is at work and
    # i'm home with the dogs, i used to self harm as a teenager, i haven't done it in years".)
    scene = next((i for i, c in enumerate(clauses) if alarming(c)), first)
    for i, clause in enumerate(clauses[:first]):
        if JUST_HAPPENED.search(clause) or _THIS_DAY.search(clause) and alarming(clause) or _GOES_ON.search(clause) \
                or i >= scene and _told_now(clause):
            return False  # (something told now or today before the ending: "is talking nonsense ... was fine")
    # Nothing told after the ending, in its own clause ("he was fine and he's seizing on the floor") or a later one,
    # that is alarming, a sign told now, of today or going on ("now she is confused again"; "now i am recovering" is
    # more of the ending).
    after = [c for c in [_explained(clauses[first], _after_ending(clauses[first])).strip()] if c] \
        + clauses[first + 1:]
    return not any(_still_on(clause, alarming) for clause in after)


#: A time of the past far enough back that what happened then is over by its date alone: years back, a year named,
#: a stage of life gone ("years ago", "last year", "that was 2021", "when i was a student", "at sixteen", "in my
#: teens", "hace muchos anos", "de adolescente", "en 2015").
_NUMBER = r"(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|a few|few|several|many|some|a couple of)"
_AGES = (r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|"
         r"seventeen|eighteen|nineteen|twenty)")
_LONG_AGO = lazy_re(
    rf"\b(?:(?:{_NUMBER} )?(?:years?|decades?) (?:ago|back|earlier|before)|(?:ages|long|a long time) ago|"
    r"last year|the year before|(?:in|back in|since|around|that was|was in|it was) (?:19|20)\d\d|"
    r"when (?:i|he|she|we|they|my \w+|our \w+) (?:was|were) (?:(?:a|an) (?!bit\b|lot\b|few\b|couple\b)\w+|"
    r"little|small|young|in (?:high |primary |secondary |middle )?school|at (?:school|uni|university|college)|"
    rf"{_AGES})|"
    rf"as a (?:kid|child|baby|toddler|teen\w*|student|young \w+)|at (?:the )?age (?:of )?{_AGES}|aged {_AGES}|"
    r"at birth|in (?:my|his|her|their) (?:teens|twenties|thirties|forties|fifties|youth|childhood)|"
    r"in (?:high|secondary|primary|middle) school|"
    r"hace (?:(?:mas de |unos |muchos |varios |\w+ )?anos?|mucho(?: tiempo)?)|el ano pasado|"
    r"en (?:el )?(?:19|20)\d\d|de (?:nino|nina|pequeno|pequena|adolescente|joven|bebe|chic[oa])|"
    r"cuando (?:era|eramos|tenia|estaba en (?:la )?(?:escuela|prepa|secundaria|universidad))|"
    r"a los \d+(?: anos)?|en mi (?:adolescencia|juventud|infancia|ninez))\b")


def _long_ago(clauses: list[str], alarming: Callable[[str], bool]) -> bool:
    """Is a message an episode of long ago with no ending told: a time far back (``_LONG_AGO``), every alarming clause
    told in the past, and no clause telling of anything now, today, going on or back again ("i fainted once giving
    blood when i was a student"; "tuve un infarto en 2015, me pusieron stents"; not "had a stroke years ago, my face
    is drooping", "i tried years ago and i want to again")?"""
    if not any(_LONG_AGO.search(c) for c in clauses):
        return False
    told = [c for c in clauses if alarming(c)]
    # (The alarm is told in a clause of its own, none spread over the rest: "his stomach feels like pressure and he
    # is sweating and grey, he had a stent years ago" names nothing alarming in one clause.)
    if not told or alarming(" ".join(c for c in clauses if not alarming(c))):
        return False
    for clause in clauses:
        if JUST_HAPPENED.search(clause) or _THIS_DAY.search(clause) and alarming(clause) or _UNDONE.search(clause) \
                or PRESENT_SIGN.search(clause) or _BACK_NOW.search(clause) \
                or _RECURS.search(clause) and not _NEVER.search(clause):
            return False
    # Each alarming clause is dated long ago itself, or told in the past, with no verb of the present and nothing
    # going on ("chest pain started while i was walking and its not going away, i had chemo years ago"; "he had a
    # heart attack in 2019 and now he has crushing chest pain").
    return all(_LONG_AGO.search(c) and not (_GOES_ON.search(c) and not (_WELL.search(c) and not _NEVER.search(c)))
               or _PAST_VERB.search(c) and not present_verb(c) and not _GOES_ON.search(c) for c in told)


#: Told as going on since or coming back ("i still want to die", "lately i've been thinking about it", "the same
#: urge", "sigo haciendolo"), unless denied ("never again", "not since").
_RECURS = lazy_re(r"\b(?:still|lately|these days|recently|again|same (?:urge|feeling|thoughts?)|keeps? (?:thinking|"
                  r"wanting|doing)|todavia|aun|sigo|sigue|vuelvo a|vuelve a|otra vez|de nuevo|ultimamente)\b")
_NEVER = lazy_re(r"\b(?:never|not|no|nunca|ni)\b|n t\b")
#: Well now: what goes on after a dated episode is its good outcome ("... hace 5 anos y ahora esta muy bien"; not
#: "... and now he does not feel well").
_WELL = lazy_re(r"\b(?:fine|well|ok|okay|good|great|better|recovered|healthy|bien|mejor|recuperad[oa]|san[oa])\b")


def told_now_beyond_ending(text: str, alarming: Callable[[str], bool]) -> bool:
    """Is something alarming told in the present, with a verb of its own, outside the words of an ending ("he is having
    another one"; not the ending itself, "the swelling has gone down now", nor a bare "woke up shaking")?"""
    for clause in (safety_normal(p) for p in _CLAUSE.split(text)):
        rest = _after_ending(clause) if _ending(clause) else clause
        if rest.strip() and alarming(rest) and bool(_FINITE_NOW.search(rest)) and present(rest):
            return True
    return False


def _still_on(clause: str, alarming: Callable[[str], bool]) -> bool:
    """Is a clause told after the ending still alarming or going on? A question about a past episode is not ("what
    causes it"), a question told in the present is ("what do i do, she is having a seizure")."""
    if _TELLING.search(clause) and not alarming(clause):
        return False  # (why it is told: "only mentioning it because the form asks", "lo cuento porque ...")
    asks_only = _ASKS.search(clause) and not (_FINITE_NOW.search(clause) and present(clause)) \
        and not _GOING.search(_ASKS.sub(" ", clause))
    # (A question's "again", "still" or "another" looks ahead, to a thing done again or a risk to come: "can i eat
    # crusty bread again", "can she still have transfusions", "how do we lower the chance of another infection".)
    goes_on = any(not (asks_only and _AHEAD.fullmatch(m.group())) for m in _GOES_ON.finditer(clause))
    return bool(goes_on and not (_ending(clause) and not alarming(clause))
                or alarming(clause) and not _ending(clause) and not asks_only
                or PRESENT_SIGN.search(clause) or JUST_HAPPENED.search(clause)
                or _THIS_DAY.search(clause) and alarming(clause)
                # (anything told in the present after it: "he is fine now, just throwing up a bit and sleepy")
                or not asks_only and not _ending(clause) and bool(_GOING.search(clause))
                and not _ARRANGED.search(clause))


#: What a question's words of "again" look ahead to (``_still_on``): the same thing done again or to come.
_AHEAD = lazy_re(r"again|agian|another|once more|still (?:have|has|want|wants|wanting)|otra vez|otra ves|de nuevo|"
                 r"denuevo|otra")


#: The "-ing" of an arrangement to come ("she is starting chemo on monday", "we are flying next week", "empieza el
#: mes que viene"): planned, not going on.
_ARRANGED = lazy_re(r"\b\w{3,}ing (?:\w+ ){0,4}?(?:on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|"
                    r"next (?:week|month|year|monday|tuesday|wednesday|thursday|friday|saturday|sunday|cycle|round)|"
                    r"tomorrow|soon|in (?:a|an|one|two|three|a few|\d+) (?:days?|weeks?|months?)|"
                    r"this (?:weekend|coming \w+))\b")


#: A clause about the telling itself, why the writer tells it ("only mentioning it because the form asks", "just
#: telling you so you know", "lo menciono porque lo pide el formulario"): nothing going on.
_TELLING = lazy_re(r"^(?:(?:and|so|but|i am|y) )?(?:(?:only|just|solo) )?(?:mentioning|telling|saying|writing|sharing|"
                   r"bringing (?:it|this) up|(?:lo|te lo|se lo|les) (?:menciono|cuento|digo|comento|escribo))"
                   r"(?: (?:it|this|that|you|because|since|so|as|in case))?\b")


def _told_now(clause: str) -> bool:
    """Is a clause told in the present with a verb of its own ("he is talking nonsense", "she keeps missing it"; not
    a bare "-ing" word, "shaking and a high temperature"), with no ending or question in it (safety_clauses)?"""
    return not _ASKS.search(clause) and not _ending(clause) and bool(_FINITE_NOW.search(clause)) and present(clause)


#: A verb of the present with its own tense.
_FINITE_NOW = lazy_re(r"\b(?:am|is|are|keeps?|cannot|can not|will not|does not|do not|has been|have been|feel|feels|"
                      r"want|wants|need|needs|esta|estan|estoy|sigue|sigo|no puede|no puedo|tiene|tengo)\b")
#: Fear of dying told of an event ("felt like i was dying", "thought i was going to die"): no wish to die.
_FEARED_DEATH = lazy_re(r"\b(?:felt|feel|feeling|thought|thinking) (?:like )?(?:i|he|she) (?:was|were) "
                        r"(?:dying|going to die|having a heart attack)\b")


def _ending(clause: str, outcome: re.Pattern[str] | None = None) -> bool:
    if _UNDONE.search(clause):
        return False
    return any(not _NOT_BEFORE.search(clause, max(0, m.start() - 24), m.start())
               and not _EARLIER_TODAY.match(clause, m.end())
               for m in (outcome or _OUTCOME).finditer(clause))


def _crisis_over(clause: str) -> bool:
    return _ending(clause, _CRISIS_OVER)


def _cared(clause: str) -> bool:
    return _ending(clause, _CARE)


def _after_ending(clause: str) -> str:
    last = None
    for m in _OUTCOME.finditer(clause):
        last = m
    return clause[last.end():] if last is not None else ""


#: An ending that says what the episode was ("turned out to be a clot", "it was only a virus", "resulto ser un
#: coagulo"): the words after it name the cause found, not something going on.
_WHAT_IT_WAS = lazy_re(r"(?:turned out (?:to be|it was|that)|it was (?:just|only)|resulto (?:ser|que era)|"
                       r"dijeron que (?:era|fue))$")


def _explained(clause: str, rest: str) -> str:
    """``rest`` (what follows the ending in ``clause``) without the cause an explanation names up to its next "and"
    ("turned out to be a clot and now she cannot breathe" keeps "now she cannot breathe")."""
    if not _WHAT_IT_WAS.search(clause[:len(clause) - len(rest)].rstrip()):
        return rest
    parts = re.split(r"\s(?:and|but|y|pero)\s", rest, maxsplit=1)
    return parts[1] if len(parts) > 1 else ""


def _before_ending(clause: str) -> str:
    first = _OUTCOME.search(clause)
    return clause[:first.start()] if first is not None else clause


#: The same thing back, told now: "same pain now", "this time", "another one", "it is back", "esta vez", "otra vez".
_BACK_NOW = lazy_re(
    r"\b(?:(?:the )?same (?:\w+ )?(?:now|again|today|tonight)|this time|another (?:one|seizure|fit|attack|episode|"
    r"bleed)|(?:it|this|that|the pain) (?:is|has come|came) back(?! (?:clear|normal|negative|fine|ok))|"
    r"happening again|(?:fitting|seizing|jerking|convulsing|fainting|collapsing|bleeding|choking|gasping) again|"
    r"esta vez|otra vez|de nuevo|"
    r"(?:le|me) (?:esta|volvio a) (?:dando|pasar)|(?:el|la) mism[oa] \w+ (?:ahora|otra vez|de nuevo))\b")
#: Not answering or moving, told now ("no contesta", "he does not answer", "is not breathing").
_GONE_NOW = lazy_re(
    r"\b(?:no (?:contesta|reacciona|responde|se mueve|despierta|respira)|(?:is|are) not (?:breathing|responding|"
    r"moving|waking|answering)|does not (?:answer|respond|wake|move)|will not wake)\b")


def relapse_told(text: str, alarming: Callable[[str], bool]) -> bool:
    """Does a message tell of an episode in the past (a past time: "in june", "last year", "hace un ano"), then, in a
    later clause or after the episode's ending, of it happening now ("he had a seizure in june and recovered and he is
    seizing on the floor", "had chest pain last year, same pain now and is sweating", "i tried last year but this time
    i will do it properly", "hace un ano se desmayo y le dieron el alta. esta tirado en el suelo y no contesta")? The
    past is the earlier episode's, not the message's."""
    clauses = [c for c in (safety_normal(p) for p in _CLAUSE.split(text)) if c]
    first = next((i for i, c in enumerate(clauses) if _PAST_TIME.search(c)), None)
    if first is None:
        return False
    then = clauses[first]
    m = _PAST_TIME.search(then)
    # (the rest of the dated clause after its ending, or after its next "and"/"y": "... and recovered and he is
    # seizing"; then every later clause)
    rest = _after_ending(then) if _ending(then) else ""
    joined = re.split(r"\s(?:and|y)\s", then[m.end():] if m else "", maxsplit=1)
    parts = [p for p in (rest, joined[1] if len(joined) > 1 else "") if p.strip()] + clauses[first + 1:]
    return any(_happening_again(p, alarming) for p in parts)


def _happening_again(part: str, alarming: Callable[[str], bool]) -> bool:
    if _ASKS.search(part) or _ending(part) or _PAST_TIME.search(part):
        return False
    back = _BACK_NOW.search(part)
    if back and not _DENIED_BEFORE.search(part[:back.start()]) and (
            back.group() not in ("this time", "esta vez") or _MEANS_TO.match(part[back.end():])):
        return True  # (not "he has never had another one"; "this time" only before what one means to do: not "this
        # time we got the flu jab early", "this time i am on blood thinners")
    # (a sign told under way, in the words of its verb: "he is seizing on the floor", "she is having trouble
    # breathing"; not a word of one in the present, "now i am off blood thinners", "i am writing to ask about my heart")
    going = _GOING.search(part)
    return bool(_FINITE_NOW.search(part)) and present(part) and bool(
        going and alarming(" ".join(part[going.start():].split()[:6])) or PRESENT_SIGN.search(part)
        or _GONE_NOW.search(part))


#: What one means to do ("this time i will do it properly", "esta vez lo voy a hacer bien").
_MEANS_TO = lazy_re(r" *(?:i |we )?(?:will|ll|am going to|m going to|are going to|mean to|intend to|plan to|"
                    r"(?:lo |me )?voy a|lo hare|si (?:lo|me))\b")


_DENIED_BEFORE = lazy_re(r"\b(?:not|never|no|nunca|ni)(?: \w+){0,2} ?$")


#: A reading with its date in the past ("platelets were 5 last week", "hgb was 5.9 last week", "my calcium was high
#: last month", "las plaquetas estaban en 10 la semana pasada"): the past dates the result, not what is told.
_DATED_READING = lazy_re(
    r"\b(?:platelets?|plts?|hgb|hb|h[a]?emoglobin|counts?|neutrophils?|neuts|anc|wbc|white (?:cell )?count|"
    r"calcium|potassium|sodium|inr|ferritin|levels?|bloods|blood (?:tests?|work|results?)|results?|"
    r"plaquetas|hemoglobina|neutrofilos|defensas|analisis|calcio|potasio) "
    r"(?:\w+ ){0,2}?(?:was|were|came back|fueron|eran|estaban?|salieron|dieron) (?:[\w.]+ ){0,4}?"
    r"(?:last (?:week|month|time|cycle|round)|(?:a|one|two|three|\d+) (?:days?|weeks?|months?) ago|"
    r"(?:on|at) (?:my |the )?(?:last )?(?:check|clinic|appointment|visit)|"
    r"la semana pasada|el mes pasado|hace (?:\w+ )?(?:dias|semanas?|mes|meses))\b")

#: A treatment with its date in the past ("had r-chop last week", "got his chemo on monday", "finished cycle 3 five
#: days ago"): the past dates the treatment (the counts are lowest days after it), not what is told now.
_DATED_TREATMENT = lazy_re(
    r"\b(?:had|got|finished|started|was given|were given|received) (?:\w+ ){0,3}?(?:chemo|chop|cycle|round|dose|"
    r"infusion|transfusion|treatment|transplant|injection|jab|vaccine|vaccination|rituximab|azacitidine|"
    r"radiotherapy|quimio|sesion)(?: \d+)? (?:\w+ ){0,2}?(?:last (?:week|month|night|cycle|round)|yesterday|"
    r"(?:on|last) (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|(?:a|one|two|three|four|five|six|"
    r"seven|ten|\d+|a few|several) (?:days?|weeks?) ago|la semana pasada|ayer|hace (?:\w+ )?(?:dias|semanas?))\b")


def past_elsewhere(text: str, alarming: Callable[[str], bool]) -> bool:
    """Is the past of a message another thing's, with something alarming told now: an earlier episode's
    (``relapse_told``), or only a reading's or a treatment's date ("peeing pure blood with clots, platelets were 5
    last week", "had chemo last week, now 38.6 and rigors")?"""
    if relapse_told(text, alarming):
        return True
    normal = safety_normal(text)
    return any(bool(rx.search(normal)) and "past" not in frame(rx.sub(" ", normal))
               and told_now(rx.sub(" ", text.lower()), alarming) for rx in (_DATED_READING, _DATED_TREATMENT))
