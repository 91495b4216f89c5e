"""Idioms that borrow alarming words ("dying to know", "bored to death", "me muero de risa"), said plainly before the
safety screen reads a message (text/safety.py ``safety_normal``)."""

from __future__ import annotations

import functools
import re

from marrowbot.text.lazy import lazy_re, may_match, needed_words

#: Everyday nuisances in Spanish (bills, paperwork, queues, traffic, the boss, the news, relatives, school): what
#: "me va a dar un infarto" is said of then is a fright, not a heart attack.
_NUISANCE = (r"cuentas?|facturas?|papeleo|papeles|tramites?|seguro|precios?|gasolina|trafico|fila|cola|jefe|jefa|"
             r"trabajo|examen(?:es)?|calificaciones|notas|noticias|tele|television|politica|suegra|suegro|vecinos?|"
             r"ruido|banco|impuestos|renta|hipoteca|boda|mudanza|espera|burocracia|reporte|informe")
#: Idioms that borrow emergency words ("dying to know", "bored to death"): read as what they mean.
#: Idioms and what they say plainly, compiled on first use (most messages have none of their words).
_IDIOM_TABLE = (
    (r"\bid (kill|murder) for\b", r"i would love"),
    # "he nearly killed himself falling off the ladder", "almost killed myself on the stairs": an accident's fright
    # (an accident's own verb or fall told within a few words; never with a means or intent anywhere after it: "he
    # almost killed himself on the stairs when he stood on the chair with the rope", "... driving into a wall on
    # purpose" stay as said)
    (r"\b(?:nearly|almost) killed (?:myself|himself|herself|themselves|themself)(?= (?:\w+ ){0,4}?(?:falling|fell|"
     r"tripping|tripped|slipping|slipped|crashing|crashed|driving|riding|cycling|skiing|climbing|fixing|off the|"
     r"down the)\b)(?!.*\b(?:on purpose|deliberately|rope|noose|pills|tablets|overdose|meant to|wanted to|tried to|"
     r"trying to|jump\w*|hang\w*|tracks|bridge|wrists?|razor|knife|gun)\b)", "nearly had an accident"),
    # "me corte con un papel", "me corte cortando cebolla": a wound of everyday things, not self-harm
    # (a blade's "hoja", "hoja de afeitar", "la hoja de una cuchilla", stays as said)
    (r"\bme (?:corte|corto|he cortado) (?:\w+ )?(?:con (?:un |una |el |la )?(?:papel|hoja(?! de (?:una |un |la |el "
     r"|mi )?(?:afeitar|cuter|cutter|bisturi|navaja|cuchilla))|lata|sobre)|"
     r"cortando (?:la |el |las |los |una |un )?(?:cebollas?|pan|verduras?|tomates?|fruta|papas|carne|pollo|jamon|"
     r"queso))\b", "me hice una herida pequena"),
    # ... in English, a finger or a hand cut in the kitchen ("cut my finger cutting onions", "sliced my thumb
    # chopping carrots"), never with intent or a means of self-harm after it ("... on purpose", "again")
    (r"\b(?:cut|sliced|nicked) (?:my|his|her) (?:finger|thumb|fingertip|knuckle|hand)s? (?:\w+ ){0,2}?(?:cutting|"
     r"chopping|slicing|peeling|dicing|opening|carving|on (?:a|the) (?:tin|can|mandoline|grater|paper|glass))\b"
     r"(?!.*\b(?:on purpose|deliberately|again|meant to|wanted to|to feel|punish|razor|blade)\b)",
     "had a small kitchen wound"),
    # "my ring is cutting off the circulation in my finger", "the cast cuts off the blood flow to his toes": too tight,
    # not a part cut off nor a cut made (a tie put on to do it, "to cut off the circulation", or one told with intent
    # after it, "... on purpose", stays as said)
    (r"(?<!\bto )\b(?:cutting|cuts|cut) off (?:the |my |his |her |your |their |all (?:the )?)?(?:circulation|blood "
     r"flow|blood supply)\b(?!.*\b(?:on purpose|deliberately|meant to|wanted to|to feel|punish\w*|hurt myself)\b)",
     "squeezing"),
    # "going to go through with the transplant", "went through with the surgery": a treatment had, not an intent
    # carried out ("go through with it" stays as said).
    (r"\b(?:go|goes|going|went|gone) (?:ahead and )?through with (the|my|his|her|their|this|that|a|an) "
     r"((?:\w+ ){0,2}?(?:transplant|treatment|chemo|chemotherapy|surgery|operation|procedure|biopsy|trial|infusion|"
     r"transfusion|donation|harvest|radiotherapy|radiation|therapy|course|cycle|round|appointment|plan|wedding|move|"
     r"divorce|interview|test|scan))\b", r"have \1 \2"),
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
    # ("a todos con tantas preguntas", "cuando sepa que falte": a scolding to come, as "will kill me when"; "a todos"
    # only with a cause, "con", "de": "nos va a matar a todos cuando llegue" is a threat to a household)
    (r"\b(?:me|nos|te|lo|la) (?:va|van|iba|iban) a matar(?: a (?:todos|todas|los dos|las dos)(?= (?:con|de)\b))? "
     r"(?:de|si|con|cuando)\b",
     "me molesta mucho"),
    (r"\b(?:sacar|saca|sacan|sacando) canas verdes\b", "hacer enojar"),
    (r"\b(?:casi )?(?:me|nos|te|lo|la) (?:mata|mato|mataste|matan|mataron) del susto\b", "me asusto"),
    # "el trafico me mato", "la fila me esta matando": an everyday nuisance wears one out, not a death.
    (r"\b(el|la|los|las|esta|este|tanto|tanta|mi|mis) (" + _NUISANCE + r") (?:me|nos) (?:mato|mata|mataron|matan|"
     r"esta matando|estan matando)\b", r"\1 \2 me cansa"),
    (r"\bdying (to|for) (know|see|hear|try|find|get|meet|go|ask|learn|read|start|visit|come|tell|talk|show|catch|"
     r"a |an |some)", r"eager \1 \2"),
    # "i'd die for a nap", "could die for a coffee": would love one (not "would die for my kids", nor a wish).
    (r"\b(?:i would|i d|id|would|could) die for (an?|some|one more) ", r"would love \1 "),
    # "he'd rather die than eat the hospital food", "id rather ...": a dislike of a trifle (not of treatment: "rather
    # die than have more chemo" is said of a death).
    # (never "sit through" nor "watch" a person: "rather die than watch my kids suffer", "... sit through another
    # round")
    (r"\b(?:would|d|id) (?:rather|sooner) die than (eat|wear|listen to|queue|drink|"
     r"watch(?! (?:my|him|her|them|you|us|someone|people|the kids|the children)\b))\b"
     r"(?! (?:\w+ ){0,3}?(?:chemo|treatment|transplant|(?:another|more) (?:round|cycle|dose|course|session)s?)\b)",
     r"would hate to \1"),
    (r"\b(?:nearly|almost) killed (me|us|him|her),? but\b", r"was hard on \1 but"),
    # "choking on all these tablets", "choking under the pressure": too much to swallow, not an airway.
    (r"\bchoking on all (?:these|those|the|my) (?:\w+ )?(tablets|pills|capsules)\b", r"struggling with all these \1"),
    (r"\bchok(?:ing|ed|e) under (?:all )?(?:this|the|that) (?:\w+ )?pressure\b", "stressed by pressure"),
    # "choking down 14 tablets a day", "choke down my meds": swallowing with effort, not an airway.
    (r"\bchok(?:ing|ed|e) down (?:all )?(?:these |those |the |my |his |her )?(?:\d+ |\w+ )?(tablets|pills|capsules|"
     r"meds|medicines?)\b", r"taking \1 with effort"),
    # "my veins are shot", "collapsed from all the cannulas": veins worn by needles, no one collapsing.
    (r"\b(veins?) (?:are|is|were|was) (?:all )?(?:shot|blown|knackered|shot to pieces)\b", r"\1 are hard to find"),
    (r"\b(?:totally |completely |all )?collapsed from (?:all )?(?:the |my |his |her )?(?:\w+ )?(cannulas?|cannulae|"
     r"needles|drips|lines|blood tests|bloods|canulas?)\b", r"worn by the \1"),
    # "my kids crack me up, i nearly choked on my tea": laughter over a drink, told as over.
    (r"\b(cracks? me up|cracked me up|laugh(?:ed|ing)?|giggl(?:ed|ing))\b((?: \w+){0,8}?) (?:nearly|almost) choked on "
     r"(?:my|his|her|our|the) (?:tea|coffee|drink|water|juice|jelly|food|dinner|lunch|biscuit|popcorn|sandwich|cake|"
     r"wine)\b", r"\1\2 nearly spilt a drink"),
    # "laughed so hard at the joke i couldnt breathe": laughter that took the breath, told as over (not "laughing and
    # now i can not breathe": told now stays as said).
    (r"\b(laugh(?:ed|ing)?|giggl(?:ed|ing)) (?:so hard|so much|that hard|until|till)\b((?: \w+){0,8}?) (?:i|he|she|we|"
     r"they) (?:could not|couldnt|could not even) (?:breathe|breath)\b", r"\1 a lot\2"),
    # "the wait for a donor match is killing me": a wait is hard, not a pain (a body part killing one is a pain).
    # (No body part or second clause between: "still waiting and my chest is killing me" is a pain.)
    (r"\b(wait|waiting|suspense|uncertainty|not knowing)\b((?: (?!and\b|but\b|chest\b|head\b|back\b|"
     r"heart\b|stomach\b|tummy\b|belly\b|neck\b|jaw\b|arm\b|leg\b|bones?\b|pain\b)\w+){0,5}?) (is|was) killing "
     r"(me|us)\b",
     r"\1\2 \3 hard on \4"),
    (r"\b(?:is|was) (?:pure |absolute |total )?suicide for (?:my|the|your) (battery|wallet|budget|back|knees|diet|"
     r"sleep|phone)\b", r"is bad for my \1"),
    (r"\b(?:at )?the end of my (?:rope|tether) with (the|my|this|these) (pharmacy|insurance|paperwork|council|bank|"
     r"phone|landlord|car|builders|school|kids|forms|printer|app|website)\b", r"fed up with \1 \2"),
    (r"\b(could|would|d) (kill|murder) for\b", r"\1 love"), (r"\b(could|would) murder an? ", r"\1 love a "),
    (r"\b(bored|scared|sick|worried|frightened|tired) to death\b", r"very \1"),
    # "a view to die for": wonderful. Not a wish ("i've wanted to die for months"), nor a time ("to die for weeks").
    (r"(?<!want )(?<!wants )(?<!wanted )(?<!wanting )(?<!wish )(?<!wished )(?<!like )(?<!need )(?<!going )"
     r"(?<!trying )(?<!ready )\bto die for\b(?! (?:a |an |some |so |the last |the past )?(?:while|long|ages|time|"
     r"years?|months?|weeks?|days?|hours?|now|ever)\b)", "wonderful"),
    (r"\b(nearly |almost )?(died|die|dying) (of|from) (laughing|laughter|embarrassment|shame|boredom)\b", "felt silly"),
    (r"\bknock (them|em|\w+) dead\b", "do great"), (r"\bover my dead body\b", "never"),
    (r"\b(nearly|almost) had a heart attack when\b", "was shocked when"),
    # "i almost had a seizure when i saw the bill", "he nearly had a fit over the parking": shock, not a seizure.
    (r"\b(?:nearly|almost) (?:had|having|have) (?:a )?(?:seizure|fit|stroke|heart attack|coronary|cow|kittens|meltdown)"
     r" (when|at|over|seeing|after|because)\b", r"was shocked \1"),
    # "these hot flushes are burning me alive", "this heat is cooking us alive": very hot, not a burn.
    (r"\b(?:burning|cooking|roasting|boiling|baking) (me|us|him|her|them) alive\b", r"making \1 uncomfortable"),
    (r"\b(nearly |almost )?(gave|give|giving|gives) (me|us|him|her) a heart attack\b", r"shocked \3"),
    (r"\b(?:me|se|nos) (?:muero|muere|morimos|moria|quiero morir|quiere morir|queria morir|iba a morir|voy a morir|"
     r"va a morir) de (?:la |el )?(ganas|hambre|risa|sueno|frio|calor|verguenza|miedo|aburrimiento|cansancio|nervios|"
     r"envidia|celos|sed)\b", r"tengo \1"),
    # "estoy muerta de cansancio", "todos muertos de risa": very tired, laughing a lot (not "muerto de dolor").
    (r"\bmuert[oa]s? de (hambre|risa|sueno|frio|calor|verguenza|miedo|aburrimiento|cansancio|nervios|envidia|celos|"
     r"sed)\b", r"con mucho \1"),
    (r"\bme muero por (saber|ver|conocer|volver|ir|tener|comer|salir|que|abrazar)\b", r"tengo ganas de \1"),
    (r"\b(casi )?me (da|dio|dara|va a dar) un infarto (cuando|al|con|de|por)\b", r"me asuste \3"),
    # "a mi hermana le va a dar un infarto con lo de la boda", "me va a dar un ictus cada vez que conduce": a fright
    # someone will get over a cause, foretold (no one foretells a real one; "le dio un infarto con el esfuerzo",
    # told as it happened, is read as said).
    (r"\b(?:me|te|le|nos|les) (?:va|van) a dar un (?:infarto|ictus|ataque|derrame|soponcio|patatus)"
     r"(?! de (?:verdad|miocardio)\b| (?:cerebral|cardiaco|al corazon)\b)(?= (?:con|cuando|si|por|de|cada vez)\b)",
     "se estresa"),
    # "my sister is having a heart attack about the seating plan", "he'll have a fit over the bill": fretting over a
    # cause (not a time: "had a heart attack over the weekend", "about an hour ago"; nor a place: "over there").
    (r"\b(?:having|have|had|has|ll have|will have|going to have) (?:an? )?(?:heart attack|stroke|seizure|fit|"
     r"meltdown|coronary|cow|kittens|breakdown|nervous breakdown) (about|over) "
     r"(?=(?:the|my|his|her|their|our|this|that|these|those|what|how|whether|everything|money|nothing)\b)"
     r"(?!the (?:weekend|night|summer|winter|holidays?|last|past|years?|months?|weeks?|days?|phone)\b)",
     r"fretting \1 "),
    # "casi se infarta cuando vio la cuenta": nearly had a heart attack at a sight, a fright (as "nearly had a heart
    # attack when" in English).
    (r"\bcasi (?:me|se|le|nos) (?:infart\w+|da un infarto|dio un infarto) (cuando|al|con|de|por)\b", r"se asusto \1"),
    # "el papeleo del seguro me va a dar un infarto": a fright an everyday nuisance gives, not a heart attack. Only
    # such nuisances are read so: a thing not on the list ("esta opresion", "la taquicardia") may be a sign feared.
    (r"\b(el|la|los|las|esta|este|esa|ese|estos|estas|tanto|tanta|tantos|tantas|mi|mis) (" + _NUISANCE + r")\b"
     r"((?: \w+){0,3}?) (?:me|nos) (?:va|van|iba|iban) a dar un (?:infarto|ataque)\b", r"\1 \2\3 me estresa"),
    (r"\b(me|nos) (mata|esta matando|estan matando) (la|el|los|las|esta|este|tanto)\b", r"\1 cansa \3"),
    (r"\b(is|are|was) killing (me|my wallet) (with|when)\b", r"annoys me \3"),
    # ("us all", "us both" only with a cause, "with", "over": "he says he will kill us all when he gets home" is a
    # threat to a household)
    (r"\b(going to|will|would) (kill|murder) (me|us|us all(?= (?:with|over)\b)|us both(?= (?:with|over)\b)) "
     r"(if|when|for|because|over|with)\b",
     r"\1 be cross with \3 \4"),
    (r"\b(can|could|should|may) go (jump|take a running jump) (off|in|into) (a|the) (bridge|lake|cliff|river|sea)\b",
     r"\1 go away"),
    (r"\b(an? )?overdose of (information|news|sugar|caffeine|sun|sunshine|cuteness|paperwork|bad news|tv|drama|love|"
     r"advice|emotions?|appointments?)\b", r"too much \2"),
    (r"\b(almost |nearly )?(pass|passed|passing) out (from|with|of) (happiness|joy|excitement|laughing|laughter|"
     r"surprise|pride|relief)\b", r"felt \4"),
    # "i could kill myself for forgetting the letter", "could kick myself for not asking": cross with oneself over a
    # slip, said of a lapse ("for" and a gerund or "not"), never a wish to die ("i could kill myself tonight").
    # (A lapse named, "being so stupid", never "being such a failure": worthlessness is no slip.)
    (r"\b(?:could|would|should|wanna|want to|going to) (?:kill|kick|strangle|shoot|slap) myself for "
     r"(?=(?:not|forgetting|losing|missing|leaving|letting|dropping|breaking|saying|asking|telling|booking|buying|"
     r"eating|locking|spilling|deleting|mixing|oversleeping|sleeping in|falling asleep|signing|paying|throwing|wasting|"
     r"skipping|parking|taking the wrong|mis\w+ing|being (?:so |such an? )?(?:stupid|late|daft|silly|careless|"
     r"forgetful|dumb|slow|idiot|clumsy))\b)", "am cross with myself for "),
    # "he will have a stroke when he sees the bill", "she'll have a heart attack if she finds out": a fright someone
    # will get at a sight or news, not a sign now.
    (r"\b(will|would|is going to|going to|gonna|ll) (?:have|throw|take) an? (?:stroke|heart attack|seizure|fit|"
     r"coronary|cardiac arrest) (when|if|once|the moment) (\w+) (sees?|finds? out|hears?|learns?|gets?|opens?|reads?|"
     r"notices?)\b", r"\1 be shocked \2 \3 \4"),
    # "laughed so hard i couldn't breathe", "she was laughing so much she choked on her tea": laughter, not an airway.
    # (Only the laughing clause: "laughing so hard he choked on a grape and now he can't breathe" keeps its now.)
    (r"\blaugh(?:ed|ing|s)? so (?:hard|much) (?:that )?(?:i|we|he|she|they|you|(?:my|our|his|her) \w+)(?: \w+)? "
     r"(?:could not breathe|can not breathe|could barely breathe|stopped breathing|(?:nearly |almost )?choked|cried|"
     r"wet \w+)\b", "laughed a lot"),
    (r"\b(?:nearly |almost )?jump(?:ed|ing|s)? out of (?:my|his|her|our|their) skins?\b", "was startled"),
    # "my heart is in my mouth", "heart in my throat every time the phone rings": nerves, not the heart.
    (r"\b(?:(?:my|his|her|our) )?hearts? (?:is |was |are |were )?in (?:my|his|her|our|their) (?:mouths?|throats?)\b",
     "i am nervous"),
    (r"\b(?:wanted|want|wished|wish) the (?:floor|ground|earth) to (?:swallow|open up and swallow) (?:me|us|him|her)"
     r"(?: up| whole)?\b", "was embarrassed"),
    (r"\bburn(?:ing|t|ed|s)? the candle at both ends\b", "overdoing it"),
    (r"\b(eat|eating|ate|eats|spend|spending|spent|spends) like (?:there is|theres|there s) no tomorrow\b",
     r"\1 a lot"),
    (r"\bdead set (against|on)\b", r"firmly \1"),
    (r"\bmy blood (is )?(boiling|boils)\b", "i am angry"), (r"\bmakes? my blood boil\b", "makes me angry"),
    (r"\b(blowing|blew|blow) up my (phone|inbox|messages|notifications)\b", r"messaging me a lot"),
    (r"\b(dead|deathly) (tired|on my feet|bored|beat)\b", "very tired"), (r"\bkill(ing)? time\b", "pass time"),
    (r"\b(my|the|his|her) (phone|battery|laptop|car|tablet|charger) (died|is dead|was dead)\b",
     r"\1 \2 stopped working"),
    (r"\b(breaking|broke|breaks) my heart\b", "makes me sad"),
    # "the queue was suicide", "that hill is murder": an ordeal, said of a thing or a time, not of a death.
    (r"\b(line|queue|traffic|commute|drive|parking|class|workout|exam|test|shift|week|day|meeting|hill|wait|waiting|"
     # (No clause or predicate noun between: "one more bad day and the answer is suicide", "the only option is ...")
     r"journey|trip|stairs|run|hike|paperwork|form|forms)((?: (?!and\b|but\b|so\b|then\b|answer\b|option\b|solution\b|"
     r"choice\b|escape\b|exit\b|only\b|out\b)\w+){0,4}?) "
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
    # "so they can't tell which it is?", "i cant even say the name": not knowing (the crisis detector learnt "can't"
    # from "can't go on", "can't take it"), said plainly. Only before what is not known: "can't tell anyone" stays.
    # Only what is not known is read, no word after it: "can't tell if he's breathing", "can't decide whether to
    # ...", "can't remember the names of the tablets i took" keep what they tell (a cold review found them read away).
    (r"\b(?:can not|cannot|cant|could not|couldnt) (?:even |really |quite |always )?(?:tell|say|know|work out|"
     r"figure out|make out|decide|determine|distinguish|be sure) "
     r"(which(?: one)?|what|the difference)((?: \w+){0,2} (?:it|this|that|them|is|was))?(?= *(?:[.,;:!?]|$))",
     r"unsure \1\2"),
    (r"\b(?:can not|cannot|cant|could not|couldnt) (?:even |really )?(?:say|pronounce|spell|remember|read|recall) "
     r"(?:the|its|his|her|their|that|this) (names?|words?|spelling)( of (?:it|this|that|them))?(?= *(?:[.,;:!?]|$))",
     r"unsure of the \1\2"),
)


_IDIOM_WORDS = ("dying", "death", "die", "kill", "murder", "dead", "heart", "muero", "muert", "overdose", "jump",
                "pass",
                "blood", "blow", "blew", "infart", "ataque", "mata", "mori", "muere", "suicide", "fever", "choking",
                "drowning", "pill", "seizure", "fit", "stroke", "alive", "choked", "roof", "finish", "myself",
                "laugh", "skin", "throat", "mouth", "swallow", "candle", "tomorrow", "canas", "choke", "crack", "giggl",
                "rope", "tether", "wait", "suspense", "uncertain", "knowing", "can", "could", "through with",
                "corte", "corto", "cortado", "cut", "sliced", "nicked", "vein", "collapsed")


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
