"""How a message in the safety screen's normal form is framed: asking, past, hypothetical, told now, and the
conditionals that are no hypothetical (a vow, the writer's own absence, means kept "just in case")."""

from __future__ import annotations

from marrowbot.memory import remembered
from marrowbot.text.lazy import gated_re, lazy_re
from marrowbot.text.safety_hypothetical import hypothetical_mark
from marrowbot.text.safety_now import JUST_HAPPENED_WORDS, TOLD_NOW, WELL_EARLIER_TODAY

#: How a message is framed: asking about something, the past, a hypothetical, or happening now.
#: The words a question opens with, in both languages (the asking frame here; a sentence that asks in
#: text/safety_stories.py, which adds its own: "has", "have", "es"; not "when", which also opens a clause of time).
QUESTION_WORDS = (r"what|which|why|how|where|who|is|are|can|could|does|do|did|would|will|que|cual|cuales|como|"
                  r"por que|puede|hay")
_ASKING = lazy_re(
    r"^(?:(?:hi|hello|hey|quick question|question|so|ok|um)\s+)?(?:" + QUESTION_WORDS + r"|when|whats|should|"
    r"tell me|explain|define|cuando|es normal|es grave|cuanta|cuanto|cuantos|cuantas|es verdad|que tan|a partir de)"
    r"\b(?! not\b)"
    r"|\b(?:symptoms? of|signs? of|warning signs|causes? of|risk of|side effects?|what causes|can \w+ cause|"
    r"how (?:common|likely|often)|statistics|rate of|percentage|first aid for|treat(?:ed|ment)? for|sintomas de|"
    r"senales de|(?<!creo )(?<!pienso )(?<!parece )(?<!seguro )(?<!sera )(?<!dicen )que es|puede causar|puede dar|"
    # A Spanish tag question ("me dan escalofrios con el aire, es normal?"; not "no es normal que no despierte")
    r"(?<!no )es (?:normal|comun|esperable)$|"

    r"(?:is|was) (?:that|this|it) (?:normal|common|standard|usual|expected|dangerous|serious|a problem|ok|okay|safe)|"
    r"does (?:that|this|it) (?:happen|mean|matter|change)|how long (?:should|does|do|will)|"
    r"do (?:they|you|we) (?:do|give|check|need)|what (?:should|can|do) (?:i|we)|how (?:can|do|should) (?:i|we))\b")
#: A clause of time before a statement of the writer's ("when my husband leaves for work i am going to do it", "when
#: the pain gets too much i take the blade out", "whenever it gets bad i ..."): "when" opens no question there (a
#: question word after it, "when can i", or a question later, "should i", "is that normal", keeps the asking frame).
_AUX = (r"is|are|am|was|were|do|does|did|will|would|should|can|could|may|might|shall|must|have|has|had|to|does|"
        r"exactly|roughly|about")
_WHEN_TOLD = lazy_re(
    rf"^(?:when|whenever) (?!(?:{_AUX})\b)(?:\w+ ){{1,12}}?i (?!(?:need|wonder|want to know)\b)\w+")
_STILL_ASKS = lazy_re(rf"\b(?:(?:{_AUX}) (?:i|we|you|he|she|it|they|that|this)|what|how|why|which|is (?:that|this|it) "
                      r"\w+)\b")


#: ... told of now or to come: a "when" of the past ("when i was diagnosed i wanted to die") stays as it was read.
_PAST_VERB = lazy_re(r"\b(?:\w+ed|was|were|had|got|went|took|said|told|felt|thought|wrote|made|did|came|found|gave|"
                     r"left|lost|ate|drank|ran|saw|knew|sat|stood|heard|kept|began|bought|brought|became|woke|fell)\b")


def _told_when(normal: str) -> bool:
    m = _WHEN_TOLD.search(normal)
    return m is not None and not _STILL_ASKS.search(normal, m.end()) and not _PAST_VERB.search(m.group(0))


#: A Spanish question has no inversion, only its "?" (gone in the normal form): "la quimio da fiebre?", "el hierro
#: causa nauseas?" ask what a treatment or a disease causes; "me da", "le dio" tell of the writer now. Only when
#: the question ends the message (at most three words after the verb): "la quimio da sangrado? estoy vomitando
#: sangre" tells of now after it.
_ASKS_CAUSE = gated_re(
    r"\b(?:quimio|quimioterapia|tratamiento|medicamento|medicina|pastillas?|hierro|anemia|leucemia|enfermedad|"
    r"transfusion|trasplante|vacuna|inyeccion|biopsia|radioterapia|\w+nib|\w+mab) (?:da|dan|causa|causan|"
    r"provoca|provocan|produce|producen)(?: \w+){0,3}$")
_PAST = lazy_re(
    # ("this is the last time i will write", "last time though": a farewell, not the past)
    r"\b(?:last (?:year|month|week|summer|winter|spring|autumn|fall)|(?<!the )last time(?! (?:i will|ill|you will|"
    r"you ll|though|for me|i am going|i write|i talk))|years? ago|months? ago|weeks? ago|"
    # ("put him back in hospital" is a place, not a time; "back in hospital i wrote ..." is a time)
    r"back (?:during|when|then)|back in(?! (?:the |a )?(?:hospital|ward|icu|intensive care|a and e|er|hospice|rehab|"
    r"clinic)\b)|(?<!him )(?<!her )(?<!me )(?<!them )(?<!us )(?<!go )(?<!going )(?<!be )(?<!gone )back in\b|"
    r"in (?:19|20)\d\d|in (?:the )?(?:january|february|march|april|may|june|july|august|"
    r"september|october|november|december|spring|summer|autumn|fall|winter)|used to|"
    r"when (?:i|he|she|they|we) (?:was|were) (?:a )?(?:kid|child|little|young|small|pregnant|baby|teenager|\d+)|"
    r"as a (?:kid|child|baby|teenager)|once (?:at|after|before|when|during)|turned out|recovered|pulled through|"
    r"was fine|a while (?:ago|back)|(?<!this )(?<!the very )last (?:cycle|round|course)|in the past|previously|"
    r"history of|years? out|"
    r"back to (?:normal|himself|herself|myself)|(?:came|come) back (?:clear|normal|negative|fine)|"
    r"(?:was|were) (?:clear|negative|normal)|checked (?:me|him|her|them) over|everything was (?:fine|normal|ok)|"
    r"doing (?:well|fine|great|ok|okay|much better) now|much better now|i am (?:fine|ok|okay|well) now|"
    r"(?:had|got|have had) (?:a |an )?(?:\w+ ){1,6}once\b(?! (?:a|an|every|per|or|more|again|i|you|he|she|we|they|it|"
    r"the|my|daily|weekly)\b)|"
    r"is fine now|fine since|all over now|not since|been fine|was admitted|were admitted|el ano pasado|hace anos|"
    r"hace \w+ anos|(?<!desde )hace (?:un|1) ano|cuando era|ya esta bien|se recupero|salio (?:todo )?bien|"
    r"ahora (?:esta|estoy) (?:(?:muy|bastante|ya) )?bien|"
    r"(?:they|doctors?|nurses?|the team|he|she) (?:said|told (?:me|us|him|her)) (?:it was|its|it is|that was) "
    r"(?:just|only|nothing|fine|normal|common|benign)|it was (?:just|only|nothing serious)|"
    r"no (?:lasting )?(?:problems|harm|damage) since|treated and|since then|"
    r"(?:gone|back up|back down|resolved|healed|settled) now|"
    # A day or a holiday that is over, with no other past word: "at christmas", "last sunday", "over easter".
    r"last (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekend|christmas|easter|new year)|"
    r"(?:at|over|during) (?:christmas|easter|thanksgiving|new year|the holidays|half term)|"
    # (not one ahead: "doing it on my birthday next month", "on her birthday this coming week")
    r"(?<!it )on (?:his|her|my|their|our) (?:birthday|wedding day|holiday)(?! (?:next|this coming|coming up|"
    r"this year|in \w+ (?:days|weeks)))|"
    # A dated past of a person's life: "as a toddler", "in my twenties", "when she was three", "years back".
    r"as a (?:toddler|little one|young \w+|teen)|when (?:i|he|she|they|we) (?:was|were) (?:\w+ )?(?:little|small|young|"
    r"a toddler|a teen|one|two|three|four|five|six|seven|eight|nine|ten|\d+)|in (?:my|his|her|their) (?:teens|twenties|"
    r"thirties|forties|fifties|\d+s)|years back|ages ago|long time ago|years earlier|"
    r"there was a time|"
    r"hace (?:un|dos|tres|cuatro|cinco|seis|varios|muchos|unos|\d+) anos?|hace (?:tiempo|mucho)|"
    # ... months or weeks ago, as "months ago" ("hace un mes", "hace seis meses"; not "desde hace un mes", going on)
    r"(?<!desde )hace (?:un|una|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|unos|unas|varios|varias|"
    r"\d+) (?:mes|meses|semanas?)|quedo atras|"
    r"(?:el|la) (?:ano|mes|semana|verano|invierno) pasad[oa]|de (?:chiquit[oa]|pequen[oa]|nin[oa]|bebe|joven)|"
    r"cuando (?:era|eramos|tenia)|(?<!de )una vez(?! (?:que|mas))|en el (?:primer|segundo|ultimo) ciclo|"
    r"ya no le ha|en (?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre))\b")
_WHEN_ONLY = lazy_re(r"(?:last \w+|(?:years?|months?|weeks?) ago|in \w+)$")
_TREATMENT_BEFORE = lazy_re(r"\b(?:chemo|transplant|treatment|infusion|cycle|dose|round|transfusion|car t|"
                               r"injection|quimio|trasplante|line|port|picc|catheter|surgery|operation|biopsy|"
                               r"procedure|harvest|collection|phlebotomy|venesection|bloodletting|apheresis|\w+(?:mab|nib|cine|bine|dine|mide|ubicin|platin|tide|limus)|"
                               # ... nor when a recent infection was ("had pneumonia last week" and feverish now)
                               r"infection|pneumonia|uti|virus|flu|cold|covid|bug|chest infection|tummy bug)"
                               r"\b(?: \w+){0,4} ?$")
#: The writer's own vow ("i will", "i'm going to", "i swear"): in a conditional ("if they keep me here any longer
#: i'll find a way to end it") it makes a threat, not a hypothetical.
_VOWED = lazy_re(
    r"\b(?:i will|i am going to|i m going to|im going to|i am gonna|im gonna|i swear|i would rather|i d rather|"
    r"i am (?:just )?going to|voy a|me voy a)\b|(?:^|, |then |swear )ill\b")
#: The writer's own absence in a conditional ("they'd be better off if i was gone", "nobody would notice if i
#: died"): being a burden (the 988 warning signs), not an imagined scenario; the crisis screen does not read it as one.
#: Someone's own stated intent to kill or hurt themselves, before a condition ("he says he is going to shoot himself
#: if they send him back", "she will end her life if the scan is bad"; "he'll" typed "hell", "she'll" "shell"): a
#: threat (988 warning signs: talking about killing oneself), not an imagined scenario. After an "if" ("if my son ever
#: said he would kill himself") it is one.
_THREAT = lazy_re(
    r"\b(?:going to|gonna|will|ll|hell|shell|would|wants? to|plans? to|planning to|is about to)(?: just| finally)? "
    r"(?:kill|shoot|hang|hurt|harm|cut|poison|drown|gas|overdose|off|do away with) (?:himself|herself|themselves|"
    r"myself)\b|\b(?:going to|gonna|will|ll|wants? to|plans? to|planning to)(?: just| finally)? "
    r"(?:end|take) (?:his|her|their|my) (?:own )?life\b")
#: Means kept "just in case" ("been stockpiling her pills, just in case", "kept the old patches in case i need a way
#: out"): acquiring the means (988 warning signs), not a hypothetical.
_KEPT_IN_CASE = lazy_re(
    r"\b(?:hoard\w*|stockpil\w*|stash\w*|sav(?:e|ed|ing) up|saved|saving|kept|keep|keeping|collect\w*|"
    r"put (?:aside|away)|squirrel\w*|hid|hidden|hiding|held on to|holding on to)\b.{0,80}\b(?:just )?in case\b")
_OWN_ABSENCE = lazy_re(
    r"\bif i (?:just |simply |finally )?(?:(?:was|were) (?:not (?:here|around|alive)|no longer (?:here|around|alive)|"
    r"gone|dead|out of the (?:way|picture))|disappeared|did not exist|never existed|did not wake up|"
    r"never woke up|"
    r"stopped existing|ended it)\b"
    # ... or welcomes it ("i would not mind if i died in my sleep", "it would be a relief if i just died": the
    # Columbia screener's wish to be dead), unlike a practical question ("if i died would my kids get my pension").
    r"|\b(?:not mind|be (?:glad|happy|relieved|grateful|fine|ok|okay|a relief|a blessing|for the best)) if i "
    r"(?:just |simply )?(?:died|passed away|went in my sleep|did not wake up)\b")
#: Told now (the "now" frame): the shared notion of text/safety_now.py.
_NOW = TOLD_NOW
#: A just-happened word that dates the telling, not the act ("she told me a moment ago", "acaba de contarme", "i
#: just now read"): where the act has its own past time ("last year"), it makes no now frame.
_TELLING_DATED = lazy_re(
    r"\b(?:(?:" + JUST_HAPPENED_WORDS + r") (?:\w+ ){0,2}?(?:told|said|texted|wrote|called|admitted|confessed|"
    r"mentioned|read|found out|learned|learnt|heard|(?:me )?(?:contar|decir|confesar|enterar|leer|escribir)\w*|"
    r"(?:me )?(?:dijo|conto|confeso|escribio)|lei|leer)|(?:told|said|texted|wrote|admitted|confessed|mentioned|"
    r"(?:me )?(?:dijo|conto|confeso)) (?:me |us |to me |to us )?(?:" + JUST_HAPPENED_WORDS + r"))\b")


#: "now" about the present state, not an emergency: "now he is on chemo", "now i carry an epipen", "gone now".
_NOT_NOW = lazy_re(
    r"\bnow (?:they|the doctors?|doctors|the team|the nurses?|the consultant|the results?|the report|the biopsy|"
    r"the scan) (?:are |is |have |has )?(?:say|says|saying|said|tell|told|found|think|thinks|shows?|showed|diagnosed|"
    r"call it|called it|testing|checking|want|wants|calling it)\b"
    # A feeling now about news, not an event: "and now i am panicking", "now we are terrified".
    r"|\bnow (?:i am|we are|i feel|he is|she is) (?:so |really |very |just |a bit |completely |totally )?(?:panicking|"
    r"freaking out|terrified|scared|worried|stressed|anxious|confused|lost|nervous|overwhelmed|worried sick|in shock|"
    r"upset|shaking)\b"
    # ... or after it: "i am honestly terrified right now", "so scared at the moment", "panicking today".
    r"|\b(?:i am|we are|i feel|we feel|i am feeling) (?:(?:so|really|honestly|very|just|a bit|completely|totally|"
    r"absolutely|literally) )*(?:panicking|freaking out|terrified|scared|frightened|worried|stressed|anxious|"
    r"nervous|overwhelmed|"
    r"worried sick|very worried|very frightened|in shock|upset|a wreck|a mess|in pieces|falling apart) "
    r"(?:right now|now|at the moment|today|tonight)\b"
    r"|\bnow (?:(?:he|she|i|they|we|it) (?:is |am |are |has |have )?)?(?:just )?"
    r"(?:on (?:chemo|treatment|aspirin|warfarin|"
    r"blood thinners|medication|tablets|antibiotics|steroids)|starting|started|in remission|carry|"
    r"carries|take|takes|taking|premedicate|have to|has to|get|gets|doing|feel|feels|see|know|use|uses|wear|wears|"
    r"starting|going to start|about to start|waiting)\b"
    r"|\b(?:gone|back up|back down|fine|ok|okay|better|differently|normal|well|resolved|healed|stable|settled|"
    r"great|healthy) now\b"
    # The state or age now after a past event ("now he is 10", "now her hb is 11", "now i am home", "now i am off
    # blood thinners", "now they want to put a new one in", "ahora todo bien"):
    r"|\bnow (?:he|she|i|they|we) (?:is|am|are) \d+(?! \d)\b"
    # ... or a diagnosis now after a past event ("had a heart attack years ago and now she has cll")
    r"|\bnow (?:he|she|i|they|we) (?:has|have) (?:cll|aml|all|cml|mds|myeloma|lymphoma|leuka?emia|cancer|anaemia|"
    r"anemia|itp|pnh|myelofibrosis|thalassa?emia|sickle cell)\b"
    r"|\bnow (?:(?:he|she|i|they|we) (?:is|am|are) )?(?:home|off|a teenager|grown up|healthy|great|fine|ok|okay|stable|"
    r"in remission|on follow up|back at (?:work|school))\b|\bnow (?:his|her|my|their) (?:hb|haemoglobin|hemoglobin|"
    r"counts|platelets|levels|temperature|temp|numbers) (?:is|are)\b|\bnow (?:they|the team|the doctors) want\b"
    # ... or who looks after it now ("so now my wife manages my pills", "now my husband keeps the tablets").
    r"|\bnow (?:my|his|her|our) (?:wife|husband|partner|mom|dad|daughter|son|carer|nurse|family|pharmacist) "
    r"(?:manages|gives|keeps|looks after|handles|checks|holds|sorts|does)\b"
    r"|\b(?:he|she|i|they) (?:is|am|are) \d+ now\b"
    r"|\bahora (?:todo bien|(?:esta|estoy|estamos|estan) (?:(?:muy|mucho|bastante|ya) )?"
    r"(?:bien|estable|mejor|en remision|content[oa]s?|san[oa]s?|"
    r"tranquil[oa]s?|feliz|recuperad[oa]s?|curad[oa]s?|sin sintomas))\b"
    r"|\bahora tiene (?:[1-9]|[12]\d)(?: anos)?\b(?! \d)"
    # "hoy estoy bien", "hoy celebro que estoy viva": the state today after a past event, not an event now
    r"|\bhoy es (?:su|mi|el|nuestro) (?:cumple\w*|aniversario|santo|dia libre)\b"
    r"|\bhoy (?:(?:el|ella|ellos|mi \w+|mama|papa) )?(?:(?:ya )?(?:estoy|esta|estamos|estan|me siento|se siente|"
    r"nos sentimos) (?:(?:muy|mucho|bastante|ya) )?"
    r"(?:bien|estable|mejor|en remision|content[oa]s?|san[oa]s?|tranquil[oa]s?|feliz|viv[oa]s?|recuperad[oa]s?)|"
    r"(?:celebro|celebramos|agradezco|doy gracias))\b"
    # "she is on fludarabine right now": a treatment taken these days, not an event happening now.
    r"|\b(?:is|am|are|was) (?:on|taking|using) (?:\w+ ){0,2}\w*(?:ine|ide|ate|mab|nib|ib|ol|one|ium|in|ex|"
    r"chemo|pills|tablets|meds|medication|medicine|treatment|steroids|antibiotics) (?:right )?now\b")


#: A message that is one Spanish question, opened with its "¿" and closed with its "?" ("¿la fiebre en quimio siempre
#: es una urgencia?", "¿las convulsiones son un efecto del busulfan?"): asking, though no question word opens it (a
#: Spanish question has none, only its marks, which the normal form drops).
_ONE_QUESTION = lazy_re(r"^\s*¿[^.!?¿]*\?+\s*$")


#: The past words that date no episode of what is told now (the decision's reading, not the detectors' frame): someone
#: well earlier the same day ("she was fine at breakfast": a sudden onset, safety_now.SUDDEN) and a sign told as having
#: happened before ("this happened once before": the present one has a history).
_NOT_THIS_EPISODE = lazy_re(r"\b(?:" + WELL_EARLIER_TODAY + r")|\bhappened once before\b")


#: A Spanish dated past the detectors' frame does not hold (the decision's reading only, as ``_PAST`` holds "in 2019"
#: and "when he was 3"): a year ("en 2019 tuve anafilaxia") or an age ("se atraganto con una uva a los 3 anos").
_DATED_ES = lazy_re(r"\ben (?:19|20)\d\d\b|\ba los (?:\d+|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|"
                    r"quince|veinte) (?:anos|meses)\b")


def dated_past(normal: str) -> bool:
    """Does a Spanish message (``safety_normal`` form) date what it tells in a past year or age (``_DATED_ES``)?"""
    return bool(_DATED_ES.search(normal))


def past_of_another_day(normal: str) -> bool:
    """Has a message (``safety_normal`` form) a past word other than those of ``_NOT_THIS_EPISODE``?"""
    return bool(_PAST.search(_NOT_THIS_EPISODE.sub(" ", normal))) or dated_past(normal)


def asked_whole(text: str) -> bool:
    """Is a message (as typed) one Spanish question, between its "¿" and its "?"?"""
    return bool(_ONE_QUESTION.match(text))


@remembered(maxsize=1024)  # the detectors and the decision read the same message
def frame(normal: str) -> frozenset[str]:
    """How a message (in ``safety_normal`` form) is framed: any of "asking", "past", "hypothetical", "now",
    "vowed" (a conditional with the writer's own vow, or someone's threat before its condition: a threat, which the
    crisis screen does not read as imagined), "absent" (a conditional about the writer's own absence: "better off if
    i was gone", a burden, not imagined) and "kept" (means kept "just in case": acquiring them, not imagined)."""
    found = set()
    m = _ASKING.search(normal)
    if m and (m.start() > 0 or len(normal.split()) >= 4) and not (m.start() == 0 and _told_when(normal)) \
            or _ASKS_CAUSE.search(normal):
        found.add("asking")  # ("is choking" is no question; "is this normal" is)
    # "chemo was last week", "had my transplant 3 weeks ago": when the treatment was is no past frame.
    if any(not (_WHEN_ONLY.match(m.group(0)) and _TREATMENT_BEFORE.search(normal, max(0, m.start() - 40), m.start()))
           for m in _PAST.finditer(normal)):
        found.add("past")
    hypothetical = hypothetical_mark(normal)
    if hypothetical:
        found.add("hypothetical")
        if _VOWED.search(normal):
            found.add("vowed")
        if _OWN_ABSENCE.search(normal):
            found.add("absent")
        threat = _THREAT.search(normal)
        if threat and threat.start() < hypothetical.start():
            found.add("vowed")
        if _KEPT_IN_CASE.search(normal):
            found.add("kept")
    told = _TELLING_DATED.sub(" ", normal) if "past" in found else normal  # "told me a moment ago ... last year"
    if _NOW.search(told) and (("now" not in told and "ahora" not in told and "hoy" not in told)
                              or _NOW.search(_NOT_NOW.sub(" ", told))):
        found.add("now")
    return frozenset(found)


#: A duration told as settled ("stopped after 10 minutes", "settled within 5 mins of pinching", "bled for 10 minutes
#: then stopped", "se paro a los 5 minutos"): how long something took before it ended, not the minutes of now (the
#: decision's reading only; the detectors' frame reads "10 minutes" as now, as it learnt it).
_MINUTES = (r" (?:about |around |roughly |maybe |like |under |less than |just |unos |como )?"
            r"(?:\d+|a few|a couple of|five|ten|fifteen|twenty|cinco|diez|quince|veinte) (?:minutes?|mins?|minutos?)")
#: (Never a vital function that stopped, "stopped breathing after 2 minutes in the water", "stopped responding
#: within 5 minutes of the infusion", "his heart stopped after ...", "se le paro el corazon": that stop is the
#: emergency.)
_VITAL = (r"breath\w*|respond\w*|respir\w*|mov\w*|react\w*|talk\w*|speak\w*|making sense|wak\w*|beat\w*|work\w*|"
          r"answer\w*|open\w*|recogni\w*|swallow\w*|blink\w*|pee\w*|seeing|hearing|him|her|me|them|us|el corazon|"
          r"de respirar|de responder")
_SETTLED_TIME = lazy_re(
    r"\b(?<!breathing )(?<!breath )(?<!heart )(?<!heartbeat )(?<!pulse )(?<!corazon )(?<!respiracion )"
    r"(?<!le )(?<!un )(?<!el )(?<!del )"
    r"(?:stopped|stops|settled|eased|cleared|went away|was gone|had gone|calmed down|wore off|se (?:paro|corto|"
    rf"detuvo|calmo|paso|quito)|paro|dejo de sangrar)(?! (?:{_VITAL})\b)(?: \w+){{0,3}} "
    r"(?:after|within|in|by|a los|despues de|en)"
    + _MINUTES + r"\b(?: of \w+)?"
    # ... or how long it went on, then its end ("bled for 10 minutes then stopped", "sangro unos minutos y paro")
    r"|\b(?:bled|lasted|went on|sangro|duro)(?: \w+){0,2} (?:for|about|around|unos|durante)" + _MINUTES
    + r" (?:and|then|and then|before it|y|y luego) (?:stopped|settled|eased|went away|se paro|paro)\b")


def without_settled_time(normal: str) -> str:
    """``normal`` without the durations told as settled (``_SETTLED_TIME``), each left as its ending ("stopped")."""
    return _SETTLED_TIME.sub(" stopped ", normal)
