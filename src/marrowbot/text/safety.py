"""The safety screen's normal form of a message: contractions, misspellings, idioms, negation and framing."""

from __future__ import annotations

import functools
import re

from marrowbot.memory import remembered
from marrowbot.text import (
    fold,
)
from marrowbot.text.lazy import lazy_re, may_match, needed_words
from marrowbot.text.safety_hypothetical import hypothetical_mark
from marrowbot.text.safety_now import JUST_HAPPENED_WORDS, TOLD_NOW

# --- safety text rules: one normal form for the red-flag screen and the safety detectors ---------------------------

_CONTRACTIONS = {
    "can t": "can not", "cant": "can not", "cannot": "can not", "cnat": "can not", "carnt": "can not",
    "won t": "will not", "wont": "will not", "don t": "do not", "dont": "do not", "doesn t": "does not",
    "doesnt": "does not", "didn t": "did not", "didnt": "did not", "isn t": "is not", "isnt": "is not",
    "aren t": "are not", "arent": "are not", "wasn t": "was not", "wasnt": "was not", "weren t": "were not",
    "haven t": "have not", "havent": "have not", "hasn t": "has not", "hasnt": "has not", "hadn t": "had not",
    "couldn t": "could not", "couldnt": "could not", "wouldn t": "would not", "wouldnt": "would not",
    "shouldn t": "should not", "shouldnt": "should not", "ain t": "is not", "i m": "i am", "im": "i am",
    "i ve": "i have", "ive": "i have", "i ll": "i will", "i d": "i would", "it s": "it is", "he s": "he is",
    "hes": "he is", "she s": "she is", "shes": "she is", "they re": "they are", "theyre": "they are",
    "you re": "you are", "youre": "you are", "we re": "we are", "what s": "what is", "whats": "what is",
    "that s": "that is", "thats": "that is", "there s": "there is", "theres": "there is", "let s": "let us",
    "he d": "he would", "she d": "she would", "they d": "they would", "we ve": "we have", "they ve": "they have",
    "wanna": "want to", "gonna": "going to", "gotta": "got to", "kinda": "kind of", "dunno": "do not know",
}
#: Common misspellings and text speak -> the word meant. Character n-grams cover the rest.
_SPELLING = {
    "u": "you", "ur": "your", "r": "are", "pls": "please", "plz": "please", "rn": "right now", "n": "and",
    "bc": "because", "cuz": "because", "coz": "because", "becuase": "because", "w": "with", "abt": "about",
    "2nite": "tonight", "tonite": "tonight", "mins": "minutes", "min": "minutes", "hrs": "hours", "hr": "hour",
    "ppl": "people", "yo": "year old", "yr": "year", "yrs": "years", "mum": "mom", "mam": "mom", "nan": "grandma",
    "breth": "breathe", "brethe": "breathe", "breate": "breathe", "breahe": "breathe", "breathin": "breathing",
    "chset": "chest", "chesst": "chest", "cheast": "chest", "unconcious": "unconscious", "unconsious": "unconscious",
    "concious": "conscious", "temprature": "temperature", "tempature": "temperature", "temperture": "temperature",
    "temp": "temperature", "feaver": "fever", "fevar": "fever", "siezure": "seizure", "sezure": "seizure",
    "seizur": "seizure", "seisure": "seizure", "bleding": "bleeding", "bleedin": "bleeding", "vomitting": "vomiting",
    "stomache": "stomach", "alergic": "allergic", "allergick": "allergic", "swolen": "swollen", "suicde": "suicide",
    "sucide": "suicide", "suiside": "suicide", "suicid": "suicide", "sucidal": "suicidal", "suicdal": "suicidal",
    "suicidial": "suicidal", "kil": "kill", "pils": "pills", "tabs": "tablets", "meds": "medicines",
    "overdosed": "overdose", "od": "overdose", "oded": "overdose", "kms": "kill myself", "unalive": "kill",
    "confussed": "confused", "dizy": "dizzy", "realy": "really", "rly": "really", "q": "que", "xq": "porque",
    "ambulence": "ambulance", "amublance": "ambulance", "hospitol": "hospital", "neutropenic": "neutropenic",
    "chemotherapy": "chemo", "kemo": "chemo", "quimioterapia": "quimio",
}
_MULTI = lazy_re(r"\b(" + "|".join(sorted((re.escape(k) for k in _CONTRACTIONS if " " in k), key=len,
                                              reverse=True)) + r")\b")
_SELF = lazy_re(r"\bmy self\b|\bmyslef\b|\bmysefl\b")
#: Idioms that borrow emergency words ("dying to know", "bored to death"): read as what they mean.
#: Idioms and what they say plainly, compiled on first use (most messages have none of their words).
_IDIOM_TABLE = (
    (r"\bid (kill|murder) for\b", r"i would love"),
    # "so hot i thought i was going to pass out haha", "so tired i could die": very, not an emergency.
    (r"\b(?:so|too) (\w+) (?:that )?i (?:thought|felt like|swear|think) i (?:was going to|would|could|might) "
     r"(?:die|pass out|faint|explode|drop dead|keel over)\b", r"very \1"),
    (r"\b(?:could|might) (?:die|pass out|faint|drop dead) (?:haha|lol|lmao)\b", "was overwhelmed"),
    # "jumping out from behind the door": a fright, not a jump from a height.
    (r"\bjump(?:ed|ing|s)? out (?:at (?:me|us|him|her)|from behind|of nowhere|on (?:me|us))\b", "popped out"),
    # "the results fit with an infection", "that fits the picture": matches, not a seizure.
    (r"\b(?:fits?|fitted|fitting) (?:in )?(?:with|into|the (?:picture|description|pattern|criteria))\b", "matches"),
    (r"\b(?:got |get |gets |getting |was |am |is |all )?choked up\b", "moved"),
    (r"\b(?:could|would|to|will) wake the dead\b", "is very loud"),
    (r"\b(?:go|goes|went|gone|going|is|are|was) (?:up )?through the roof\b", r"goes up a lot"),
    (r"\b(?:will|would|going to|gonna|is going to|are going to|nearly|almost) finish(?:ed)? (me|us|him|her) off\b",
     r"will wear \1 out"),
    (r"\b(?:me|nos|te|lo|la) (?:va|van|iba|iban) a matar (?:de|si|con)\b", "me molesta mucho"),
    (r"\b(?:casi )?me (?:mata|mato|mataste|mato) del susto\b", "me asusto"),
    (r"\bdying (to|for) (know|see|hear|try|find|get|meet|go|ask|learn|read|start|a |an |some)", r"eager \1 \2"),
    (r"\b(could|would|d) (kill|murder) for\b", r"\1 love"), (r"\b(could|would) murder an? ", r"\1 love a "),
    (r"\b(bored|scared|sick|worried|frightened|tired) to death\b", r"very \1"), (r"\bto die for\b", "wonderful"),
    (r"\b(nearly |almost )?(died|die|dying) (of|from) (laughing|laughter|embarrassment|shame|boredom)\b", "felt silly"),
    (r"\bknock (them|em|\w+) dead\b", "do great"), (r"\bover my dead body\b", "never"),
    (r"\b(nearly|almost) had a heart attack when\b", "was shocked when"),
    # "i almost had a seizure when i saw the bill", "he nearly had a fit over the parking": shock, not a seizure.
    (r"\b(?:nearly|almost) (?:had|having|have) (?:a )?(?:seizure|fit|stroke|heart attack|coronary|cow|kittens|meltdown)"
     r" (when|at|over|seeing|after|because)\b", r"was shocked \1"),
    # "these hot flushes are burning me alive", "this heat is cooking us alive": very hot, not a burn.
    (r"\b(?:burning|cooking|roasting|boiling|baking) (me|us|him|her|them) alive\b", r"making \1 uncomfortable"),
    (r"\b(nearly |almost )?(gave|give|giving|gives) (me|us|him|her) a heart attack\b", r"shocked \3"),
    (r"\b(?:me|se) (?:muero|muere|moria|quiere morir|queria morir|iba a morir) de (ganas|hambre|risa|sueno|frio|calor|"
     r"verguenza|miedo|aburrimiento)\b", r"tengo \1"),
    (r"\bme muero por (saber|ver|conocer|volver|ir|tener|comer|salir|que|abrazar)\b", r"tengo ganas de \1"),
    (r"\b(casi )?me (da|dio|dara|va a dar) un infarto (cuando|al|con|de|por)\b", r"me asuste \3"),
    (r"\b(me|nos) (mata|esta matando|estan matando) (la|el|los|las|esta|este|tanto)\b", r"\1 cansa \3"),
    (r"\b(is|are|was) killing (me|my wallet) (with|when)\b", r"annoys me \3"),
    (r"\b(going to|will|would) (kill|murder) me (if|when|for|because|over)\b", r"\1 be cross with me \3"),
    (r"\b(can|could|should|may) go (jump|take a running jump) (off|in|into) (a|the) (bridge|lake|cliff|river|sea)\b",
     r"\1 go away"),
    (r"\b(an? )?overdose of (information|news|sugar|caffeine|sun|sunshine|cuteness|paperwork|bad news|tv|drama|love|"
     r"advice|emotions?|appointments?)\b", r"too much \2"),
    (r"\b(almost |nearly )?(pass|passed|passing) out (from|with|of) (happiness|joy|excitement|laughing|laughter|"
     r"surprise|pride|relief)\b", r"felt \4"),
    (r"\bmy blood (is )?(boiling|boils)\b", "i am angry"), (r"\bmakes? my blood boil\b", "makes me angry"),
    (r"\b(blowing|blew|blow) up my (phone|inbox|messages|notifications)\b", r"messaging me a lot"),
    (r"\b(dead|deathly) (tired|on my feet|bored|beat)\b", "very tired"), (r"\bkill(ing)? time\b", "pass time"),
    (r"\b(my|the|his|her) (phone|battery|laptop|car|tablet|charger) (died|is dead|was dead)\b",
     r"\1 \2 stopped working"),
    (r"\b(breaking|broke|breaks) my heart\b", "makes me sad"),
    # "the queue was suicide", "that hill is murder": an ordeal, said of a thing or a time, not of a death.
    (r"\b(line|queue|traffic|commute|drive|parking|class|workout|exam|test|shift|week|day|meeting|hill|wait|waiting|"
     r"journey|trip|stairs|run|hike|paperwork|form|forms)((?: today| this morning| yesterday| tonight| this week)?) "
     r"(was|is|were|are) (?:pure |absolute |total |literal |literally |just )?(suicide|murder)\b", r"\1\2 \3 awful"),
    (r"\b(?:a |an )?(?:absolute |total |real )?death ?traps?\b", "a hazard"),
    # "a bitter pill to swallow", "take a chill pill", "sugar the pill": no pills at all ("pills" is a plan word).
    (r"\b(?:an? )?(?:bitter|hard|tough|big|difficult) pill (?:to swallow|for (?:me|us|him|her) to swallow)\b",
     "hard to accept"), (r"\b(?:take |took |taking )?an? chill pill\b", "calm down"),
    (r"\b(?:sugar|sugared|sugaring|sweeten|sweetened) the pill\b", "soften it"),
    (r"\bfever for (?!(?:something|nothing|anything|everything|morning|evening)\b)(\w+ing)\b", r"passion for \1"),
    (r"\bfever to (get|go|play|be|start|see|win|travel|return)\b", r"passion to \1"),
    (r"\b(choking|drowning) (on|in) (?:all )?(?:these |the |my |this )?(?:\w+ )?(deadlines|paperwork|forms|emails|"
     r"work|bills|admin|homework|meetings|appointments|jargon|information|info|acronyms|numbers|details|messages|texts|"
     r"letters|leaflets|words|terms)\b", r"swamped by \3"),
)


_IDIOM_WORDS = ("dying", "death", "die", "kill", "murder", "dead", "heart", "muero", "overdose", "jump", "pass",
                "blood", "blow", "blew", "infarto", "mata", "mori", "muere", "suicide", "fever", "choking", "drowning",
                "pill", "seizure", "fit", "stroke", "alive", "choked", "roof", "finish", "jump")


@functools.cache
def _idioms() -> tuple[tuple[re.Pattern[str], str, tuple[tuple[str, ...], ...]], ...]:
    """Each idiom with its plain words and the words any match of it needs (``needed_words``), made once, when a
    message first has one of their words."""
    return tuple((lazy_re(p), r, needed_words(p)) for p, r in _IDIOM_TABLE)


def without_idioms(folded: str) -> str:
    """Folded text with its alarming idioms said plainly ("dying to know" -> "eager to know", "me muero de
    risa" -> "tengo risa"): before another language's words are put in English, whose screen would read them
    word by word."""
    # (Where none matches, no substitution can change the text; an idiom is searched for only in a text with the
    # words it needs: one search of all of them at once costs more than the rest of the normal form.)
    if any(w in folded for w in _IDIOM_WORDS):
        idioms = _idioms()
        if any(may_match(needs, folded) and rx.search(folded) for rx, _, needs in idioms):
            for rx, repl, needs in idioms:
                if may_match(needs, folded):
                    folded = rx.sub(repl, folded)
    return folded


#: A temperature stated below the fever line (NCI/CDC: 100.4 F / 38 C on chemotherapy; some teams call at 37.5 C, so
#: only up to 99.4 F / 37.4 C, and not below 97 F / 36 C, which can be a sign too): the number says it is no fever, so
#: the temperature word is read as a plain "reading" ("my temp is 99.1 on chemo" names no fever).
_MILD_TEMPERATURE = lazy_re(
    r"\b(?:temperature|temperatura|fever|fiebre)((?: (?:is|was|of|at|reads|read|went up to|up to|around|about|only|"
    r"just|still|de|es|fue|esta|de solo|a bit|a little|slightly|low grade|like)){0,3}) (9[78](?: \d)?|99(?: [0-4])?|"
    r"36(?: \d)?|37(?: [0-4])?)(?! \d)\b")


@remembered(maxsize=4096)
def safety_normal(text: str) -> str:
    """The normal form the safety screen reads: folded, contractions spelt out ("can't", "cant", "cannot" ->
    "can not"), common misspellings and text speak corrected ("breth" -> "breathe", "u" -> "you")."""
    folded = fold(text)
    folded = _MULTI.sub(lambda m: _CONTRACTIONS[m.group(1)], folded)
    folded = without_idioms(_SELF.sub("myself", folded))
    out = []
    for w in folded.split():
        w = _CONTRACTIONS.get(w) or _SPELLING.get(w) or w
        out.append(w)
    normal = " ".join(out)
    if "temperatur" in normal or "fe" in normal or "fiebre" in normal:
        normal = _MILD_TEMPERATURE.sub(r"reading\1 \2", normal)
    return normal


#: Words that start a negation ("no fever", "without pain", "i do not have chest pain") ...
_NEGATORS = frozenset("no zero without never denies nor ni sin nunca".split())
#: "zero" denies only where it opens what is told ("zero suicidal thoughts", "and zero pain"), not as a value ("her
#: counts are basically zero", "platelets near zero").
_ZERO_OPENERS = frozenset("and but with have has had got i absolutely literally".split())
#: What "zero" never denies: a despair noun ("zero reason/will/hope to live" is the despair itself) or a blood
#: count ("zero platelets" is how a patient tells the count). "zero" denies only the next two words, or four after
#: "zero chance" ("absolutely zero chance i would hurt myself"), so it never reaches a telling after it.
_ZERO_KEEPS = frozenset("reason reasons will desire hope hopes point interest wish motivation energy strength "
                        "platelets platelet plts plt neutrophils neutrophil neuts anc wbc white red cells cell count "
                        "counts hemoglobin haemoglobin hb hgb blood immune immunity".split())
_ZERO_SCOPE = 2
_NEGATED_VERBS = frozenset("have has had feel felt get got see notice".split())
#: ... and words that end it.
_SCOPE_END = frozenset("but just only except though although however pero solo and".split())
_NEG_SCOPE = 4
#: Words that do not use up a negation's scope ("never had any thoughts of self harm": the harm is denied too).
_SCOPE_FREE = frozenset("any a an the of thoughts thought signs sign history de pensamientos ganas ningun ninguna"
                        .split())
#: "i am not suicidal", "not having chest pain", "i do not want to die" (but "i do not want to live" is no negation).
_NOT_STATES = frozenset("suicidal having in going thinking feeling bleeding confused drowsy dizzy".split())
_NOT_WANTED = frozenset("die hurt harm kill end".split())
_AUXILIARIES = frozenset("do does did is are was were am has have had".split())
#: A bare "not" after these opens a scope ("not short of breath", "and not on chemo"); not after can/will.
_NOT_OPENERS = frozenset("and but also still really definitely certainly so just otherwise though yet or i he she it "
                         "they we".split())
#: "is not breathing", "has not peed", "is not making sense": here the "not" IS the emergency.
_NOT_IS_THE_SYMPTOM = frozenset(
    "breathing breathe breathed responding respond responded waking wake woken woke moving move moved making make "
    "stopping stop stopped peed pee weed urinated come opening open answering answer reacting react talking talk "
    "speaking speak conscious alert right feeding feed eating drinking able want sure slowing improving going "
    "getting coming letting "
    # "the inhaler is not working", "the epipen did not help", "the reliever is not doing anything": a treatment
    # that fails IS the emergency (NHS: an asthma attack when the reliever inhaler does not help), not a denial.
    "working work worked helping help helped doing touching easing ease eased budging "
    # "he is not himself", "i am not myself": a change in someone (NHS sepsis and stroke signs), not a denial.
    "himself herself myself themselves yourself "
    # "it does not matter anymore", "i do not care what happens": the hopelessness itself, not a denial; "not
    # scared of dying" denies a fear, not the dying.
    "matter matters mattered care scared afraid frightened".split())
#: "no reason to live", "no point going on", "no longer want to be here", "no will to live": here the "no" IS the
#: despair (the 988 warning signs' "no reason to live"), not a denial of what follows.
_NO_IS_THE_SYMPTOM = frozenset("reason reasons point longer will desire hope future purpose".split())
#: Spanish "no" before a verb is the symptom itself ("no puedo respirar", "no despierta"), not a denial.
_SPANISH_NO_VERB = frozenset("puedo puede pueden respira respiro despierta despierto responde reacciona para paro "
                             "aguanto siento siente contesta habla".split())

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
    r"senales de|que es|puede causar|puede dar|"
    r"(?:is|was) (?:that|this|it) (?:normal|common|standard|usual|expected|dangerous|serious|a problem|ok|okay|safe)|"
    r"does (?:that|this|it) (?:happen|mean|matter|change)|how long (?:should|does|do|will)|"
    r"do (?:they|you|we) (?:do|give|check|need)|what (?:should|can|do) (?:i|we)|how (?:can|do|should) (?:i|we))\b")
_PAST = lazy_re(
    # ("this is the last time i will write", "last time though": a farewell, not the past)
    r"\b(?:last (?:year|month|week|summer|winter|spring|autumn|fall)|(?<!the )last time(?! (?:i will|ill|you will|"
    r"you ll|though|for me|i am going|i write|i talk))|years? ago|months? ago|weeks? ago|"
    r"back (?:in|during|when|then)|in (?:19|20)\d\d|in (?:the )?(?:january|february|march|april|may|june|july|august|"
    r"september|october|november|december|spring|summer|autumn|fall|winter)|used to|"
    r"when (?:i|he|she|they|we) (?:was|were) (?:a )?(?:kid|child|little|young|small|pregnant|baby|teenager|\d+)|"
    r"as a (?:kid|child|baby|teenager)|once (?:at|after|before|when|during)|turned out|recovered|pulled through|"
    r"was fine|a while (?:ago|back)|last (?:cycle|round|course)|in the past|previously|history of|years? out|"
    r"back to (?:normal|himself|herself|myself)|(?:came|come) back (?:clear|normal|negative|fine)|"
    r"(?:was|were) (?:clear|negative|normal)|checked (?:me|him|her|them) over|everything was (?:fine|normal|ok)|"
    r"doing (?:well|fine|great|ok|okay|much better) now|much better now|i am (?:fine|ok|okay|well) now|"
    r"(?:had|got|have had) (?:a |an )?(?:\w+ ){1,6}once\b(?! (?:a|an|every|per|or|more|again|i|you|he|she|we|they|it|"
    r"the|my|daily|weekly)\b)|"
    r"is fine now|fine since|all over now|not since|been fine|was admitted|were admitted|el ano pasado|hace anos|"
    r"hace \w+ anos|(?<!desde )hace (?:un|1) ano|cuando era|ya esta bien|se recupero|salio (?:todo )?bien|"
    r"ahora (?:esta|estoy) bien|tuvo|tuve|"
    r"(?:they|doctors?|nurses?|the team|he|she) (?:said|told (?:me|us|him|her)) (?:it was|its|it is|that was) "
    r"(?:just|only|nothing|fine|normal|common|benign)|it was (?:just|only|nothing serious)|"
    r"no (?:lasting )?(?:problems|harm|damage) since|treated and|since then|"
    r"(?:gone|back up|back down|resolved|healed|settled) now|"
    # A day or a holiday that is over, with no other past word: "at christmas", "last sunday", "over easter".
    r"last (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekend|christmas|easter|new year)|"
    r"(?:at|over|during) (?:christmas|easter|thanksgiving|new year|the holidays|half term)|"
    r"on (?:his|her|my|their|our) (?:birthday|wedding day|holiday)|"
    # A dated past of a person's life: "as a toddler", "in my twenties", "when she was three", "years back".
    r"as a (?:toddler|little one|young \w+|teen)|when (?:i|he|she|they|we) (?:was|were) (?:\w+ )?(?:little|small|young|"
    r"a toddler|a teen|one|two|three|four|five|six|seven|eight|nine|ten|\d+)|in (?:my|his|her|their) (?:teens|twenties|"
    r"thirties|forties|fifties|\d+s)|years back|ages ago|long time ago|years earlier|"
    r"there was a time|"
    r"hace (?:un|dos|tres|cuatro|cinco|seis|varios|muchos|unos|\d+) anos?|hace (?:tiempo|mucho)|"
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
#: if they send him back", "she will end her life if the scan is bad"): a threat (988 warning signs: talking about
#: killing oneself), not an imagined scenario. After an "if" ("if my son ever said he would kill himself") it is one.
_THREAT = lazy_re(
    r"\b(?:going to|gonna|will|ll|would|wants? to|plans? to|planning to|is about to)(?: just| finally)? "
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


_REASSURED = lazy_re(
    r"\b(?:(?:is|are|am|seems?|feels?|looks?|was|s|m) (?:fine|ok|okay|well|normal|alright|all right)"
    r"|otherwise (?:fine|ok|okay|well|normal)|stopped on (?:its|it s|their) own|for (?:weeks|months|ages|years)"
    r"|over (?:the )?(?:weeks|months)|on and off"
    # Years or months of it (NHS: a problem of long standing is for the GP): "for like 2 years", "the past 3 months".
    r"|(?:for|over|since) (?:like |about |around |over |nearly |almost |at least |the (?:last|past) )?"
    r"(?:\d+|two|three|four|five|six|several|a few|a couple of|many) (?:years|months)"
    r"|keeps? (?:getting|having|catching)|one (?:\w+ )?after another"
    r"|every (?:few )?(?:days|weeks|months)|recurring|recurrent"
    r"|(?:eating|drinking|playing|talking|walking) (?:fine|normally|well|ok)|no other symptoms|nothing else|i promise"
    r"|always (?:normal|fine|ok|okay)|(?:bleeding|it) (?:has )?stopped (?:after|with|within|in) (?:a |\d+ )?(?:few )?"
    r"(?:minutes?|mins?|seconds?|pressure|a plaster)|mild|slight|slightly"
    r"|just (?:moody|venting|want(?:ed)? to (?:check|know|ask|vent|understand|learn|read|find out))|need to vent"
    # Mild or passing: "a 3 out of 10", "not severe", "goes away after breakfast", "comes and goes".
    r"|(?:a |an )?[0-4] out of (?:10|ten)|(?:is|was|are|were) not (?:severe|bad|too bad|that bad|serious)"
    r"|(?:goes|went|go) away (?:after|with|when|on its own|by itself|in)|comes and goes|settles (?:after|with|in|down)"
    r"|(?:nobody|no one|noone) (?:is|was|got|has been|were) (?:hurt|injured|harmed)"
    r"|every(?:one|body) is (?:fine|ok|safe)"
    r"|esta bien|estoy bien|nada mas)\b")


@remembered(maxsize=1024)  # the decision asks it of the same message up to three times
def reassured(normal: str) -> bool:
    """Does a message (``safety_normal`` form) also say that things are fine, mild or long-standing ("otherwise
    fine", "for weeks", "stopped on its own")? A safe message uses alarming words this way; the decision asks
    more of a detector then."""
    return bool(_REASSURED.search(normal))


#: An act someone did, denied by "nobody" before it ("nobody overdosed", "nobody took any").
_DONE_ACTS = frozenset("overdose took swallowed ate drank got fell collapsed tried cut harmed hurt injured fainted "
                       "passed stopped".split())
#: A vital function whose stopping is the emergency ("did not stop breathing" denies it).
_VITAL = frozenset("breathing responding moving talking".split())


def negated(words: list[str]) -> list[bool]:
    """See ``_negated`` (remembered: the screen, the detectors and the decision read the same message)."""
    return list(_negated(tuple(words)))


@remembered(maxsize=1024)
def _negated(words: tuple[str, ...]) -> tuple[bool, ...]:
    """For each word, whether a negation governs it ("no chest pain", "i do not have a fever": True for
    "chest", "pain", "fever"). "can not breathe" and "will not stop" are not negations of a symptom: they ARE
    the symptom, so only "no", "without", "never" and "do/did not have|feel|get" open a scope."""
    out = [False] * len(words)
    left = 0
    for i, w in enumerate(words):
        if w in _SCOPE_END:
            left = 0
        if left > 0:
            out[i] = True
            left -= w not in _SCOPE_FREE
        if w in _NEGATORS and not (w == "no" and i + 1 < len(words) and (words[i + 1] in _SPANISH_NO_VERB
                                                                         or words[i + 1] in _NO_IS_THE_SYMPTOM)) \
                and not (w == "zero" and i > 0 and words[i - 1] not in _ZERO_OPENERS):
            left = _NEG_SCOPE if w != "zero" else _zero_scope(words[i + 1 : i + 2])
        elif w == "not" and i + 3 < len(words) and words[i + 1] in ("plan", "planning", "intend", "intending") \
                and words[i + 3] in ("be", "being", "around", "here", "alive", "stay", "staying"):
            pass  # "i do not plan on being around", "not planning to be here": the despair itself
        elif w == "not" and any(words[j : j + 2] in (("to", "live"), ("live", "for"))
                                for j in range(i + 1, min(i + 6, len(words)))):
            pass  # "i do not have anything left to live for", "not much to live for": the despair itself
        elif w in ("nobody", "noone") and i + 1 < len(words) and words[i + 1] in _DONE_ACTS:
            # "nobody overdosed", "nobody swallowed anything" ("nobody cares" is no denial; the normal form has no
            # commas, so the scope is short: "nobody took any, she is having a fit")
            left = 3
        elif w == "not" and i + 2 < len(words) and i > 0 and words[i - 1] in _AUXILIARIES \
                and words[i + 1] in ("stop", "stopped") and words[i + 2] in _VITAL:
            left = 2  # "he did not stop breathing", only that ("it did not stop bleeding" IS the symptom)
        elif w == "not" and i + 1 < len(words) and i > 0 and words[i - 1] in _AUXILIARIES \
                and words[i + 1] not in _NOT_IS_THE_SYMPTOM:
            left = _NEG_SCOPE + 1  # "he is not confused", "she did not hit her head", "i am not having chest pain"
        elif w == "not" and i + 1 < len(words) and (i == 0 or words[i - 1] in _NOT_OPENERS
                                                    or words[i + 1] in ("a", "an")) \
                and words[i + 1] not in _NOT_IS_THE_SYMPTOM:
            left = _NEG_SCOPE  # "not dizzy, not short of breath", "and not on chemo anymore", "99.1, not a fever"
        elif w == "not" and i + 1 < len(words) and (words[i + 1] in _NOT_STATES or (
                words[i + 1 : i + 3] == ("want", "to") and i + 3 < len(words) and words[i + 3] in _NOT_WANTED)):
            left = _NEG_SCOPE
    return tuple(out)


def _zero_scope(after: tuple[str, ...]) -> int:
    """How many words "zero" denies, given the word after it (see ``_ZERO_KEEPS``)."""
    if not after or after[0] in _ZERO_KEEPS:
        return 0
    return _NEG_SCOPE if after[0] == "chance" else _ZERO_SCOPE


#: "now" about the present state, not an emergency: "now he is on chemo", "now i carry an epipen", "gone now".
_NOT_NOW = lazy_re(
    r"\bnow (?:they|the doctors?|doctors|the team|the nurses?|the consultant|the results?|the report|the biopsy|"
    r"the scan) (?:are |is |have |has )?(?:say|says|saying|said|tell|told|found|think|thinks|shows?|showed|diagnosed|"
    r"call it|called it|testing|checking|want|wants|calling it)\b"
    # A feeling now about news, not an event: "and now i am panicking", "now we are terrified".
    r"|\bnow (?:i am|we are|i feel|he is|she is) (?:so |really |very |just |a bit |completely |totally )?(?:panicking|"
    r"freaking out|terrified|scared|worried|stressed|anxious|confused|lost|nervous|overwhelmed|worried sick|in shock|"
    r"upset|shaking)\b"
    r"|\bnow (?:(?:he|she|i|they|we|it) (?:is |am |are |has |have )?)?(?:on (?:chemo|treatment|aspirin|warfarin|"
    r"blood thinners|medication|tablets|antibiotics|steroids)|starting|started|in remission|carry|"
    r"carries|take|takes|taking|premedicate|have to|has to|get|gets|doing|feel|feels|see|know|use|uses|wear|wears|"
    r"starting|going to start|about to start|waiting)\b"
    r"|\b(?:gone|back up|back down|fine|ok|okay|better|differently|normal|well|resolved|healed|stable|settled|"
    r"great|healthy) now\b"
    # The state or age now after a past event ("now he is 10", "now her hb is 11", "now i am home", "now i am off
    # blood thinners", "now they want to put a new one in", "ahora todo bien"):
    r"|\bnow (?:he|she|i|they|we) (?:is|am|are) \d+(?! \d)\b"
    r"|\bnow (?:(?:he|she|i|they|we) (?:is|am|are) )?(?:home|off|a teenager|grown up|healthy|great|fine|ok|okay|stable|"
    r"in remission|on follow up|back at (?:work|school))\b|\bnow (?:his|her|my|their) (?:hb|haemoglobin|hemoglobin|"
    r"counts|platelets|levels|temperature|temp|numbers) (?:is|are)\b|\bnow (?:they|the team|the doctors) want\b"
    # ... or who looks after it now ("so now my wife manages my pills", "now my husband keeps the tablets").
    r"|\bnow (?:my|his|her|our) (?:wife|husband|partner|mom|dad|daughter|son|carer|nurse|family|pharmacist) "
    r"(?:manages|gives|keeps|looks after|handles|checks|holds|sorts|does)\b"
    r"|\b(?:he|she|i|they) (?:is|am|are) \d+ now\b"
    r"|\bahora (?:todo bien|(?:esta|estoy|estamos|estan) (?:bien|estable|mejor|en remision|content[oa]s?|san[oa]s?|"
    r"tranquil[oa]s?|feliz))\b|\bahora tiene (?:[1-9]|[12]\d)(?: anos)?\b(?! \d)"
    # "she is on fludarabine right now": a treatment taken these days, not an event happening now.
    r"|\b(?:is|am|are|was) (?:on|taking|using) (?:\w+ ){0,2}\w*(?:ine|ide|ate|mab|nib|ib|ol|one|ium|in|ex|"
    r"chemo|pills|tablets|meds|medication|medicine|treatment|steroids|antibiotics) (?:right )?now\b")


@remembered(maxsize=1024)  # the detectors and the decision read the same message
def frame(normal: str) -> frozenset[str]:
    """How a message (in ``safety_normal`` form) is framed: any of "asking", "past", "hypothetical", "now",
    "vowed" (a conditional with the writer's own vow, or someone's threat before its condition: a threat, which the
    crisis screen does not read as imagined), "absent" (a conditional about the writer's own absence: "better off if
    i was gone", a burden, not imagined) and "kept" (means kept "just in case": acquiring them, not imagined)."""
    found = set()
    m = _ASKING.search(normal)
    if m and (m.start() > 0 or len(normal.split()) >= 4):  # "is choking" is no question; "is this normal" is
        found.add("asking")
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
    if _NOW.search(told) and (("now" not in told and "ahora" not in told)
                              or _NOW.search(_NOT_NOW.sub(" ", told))):
        found.add("now")
    return frozenset(found)




#: Words of social chat: greetings, farewells, thanks and their fillers ("ok thanks, bye for now", "have a good day,
#: goodbye", "gracias, adios"). A message of these words alone is small talk: "goodbye" said as a conversation ends
#: is no farewell before a suicide, which says more ("this is the last time i write", "tell my kids i loved them":
#: the crisis detectors read those). Words of finality or of other people ("forever", "for good", "last", "everyone",
#: "all", "kids", "forgive") are not in the list: a message with them is read as usual.
_SOCIAL_WORDS = frozenset(
    "hi hello hey hiya howdy yo greetings morning afternoon evening night good goodnight nite bye byebye goodbye "
    "cya ciao cheers ta thanks thank thankyou thx ty tysm you u ya yah ye see later soon talk tomorrow then now "
    "for again ok okay okey k kk alright right cool great nice lovely wonderful awesome perfect fine sounds got it "
    "have a an the day one weekend take care much very so lot lots really appreciate appreciated helpful help "
    "bot chatbot buddy mate friend dear sir madam well oh ah and bueno hola adios chao chau "
    "gracias muchas mil buenos buenas dias tardes noches hasta luego pronto manana nos vemos cuidate que le vaya bien "
    "saludos vale listo perfecto ".split())
#: ... but a message of them must say one of these (greeting, farewell or thanks), not only fillers ("ok", "then").
_SOCIAL_CORE = frozenset(
    "hi hello hey hiya howdy greetings morning afternoon evening goodnight bye byebye goodbye cya ciao cheers ta "
    "thanks thank thankyou thx ty tysm see later care hola adios chao chau gracias luego vemos cuidate saludos".split())


def small_talk(normal: str) -> bool:
    """Is a message (``safety_normal`` form) only a greeting, a farewell or thanks ("see ya", "ok gracias, adios",
    "have a good day, goodbye")? Such a message carries no emergency or crisis by itself."""
    ws = normal.split()
    return 0 < len(ws) <= 12 and all(w in _SOCIAL_WORDS for w in ws) and any(w in _SOCIAL_CORE for w in ws)
