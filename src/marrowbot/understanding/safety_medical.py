"""Does a medical emergency carry a crisis signal of its own, beyond the emergency's words?

The crisis detector and the crisis concepts learnt overdoses, attempts and self-harm, whose words are also those of
plain medical emergencies: "he feels like he's going to die" (a heart attack's or sepsis's sense of doom), "the left
side of her smile is gone" (a stroke), "won't wake up" said of someone collapsed, a hand cut chopping vegetables, an
arm burnt with boiling water, "it burns when i pee", "perdon que escriba tanto", "me siento fatal", "no me aguanto de
pie". A frightened wife whose husband has a stroke should get the emergency's answer (call the emergency number,
what to do now), not the suicide line. So where a medical emergency is established, a crisis needs a signal of its
own: a crisis flag, a crisis said (a wish to be dead, a farewell, self-harm: safety_plan), a crisis concept named
outside the emergency's own idioms, a means or a plan named outside them, or an act done on purpose. The detector's
reading alone, or concept words the emergency's idioms explain, leave the emergency's answer. (An amount of medicine
taken keeps both numbers: a swallowing, pills or an amount is a crisis signal here, and decide_by_clauses reads the
amount on its own.)"""

from __future__ import annotations

import re

from marrowbot.text.lazy import gated_re, lazy_re
from marrowbot.understanding.safety_accident import accidental
from marrowbot.understanding.safety_acute import AMOUNT_WORDS
from marrowbot.understanding.safety_features import ALARMING, concepts
from marrowbot.understanding.safety_means import AMOUNT, ROUTINE, TAKING, WRITER_AT_MEANS, means_named

_PERSON = (r"(?:i|he|she|they|we|you|him|her|them|it|my \w+|his \w+|her \w+|dad|mum|mom|husband|wife|son|daughter|"
           r"kid|child|baby|partner|brother|sister|grandpa|grandma|friend)")

#: The emergency's own words that the crisis concepts also hold, each read as the emergency's.
_IDIOMS = (
    # a sense of doom, of dying, told as a feeling or said of the signs ("feels like he is going to die", "i feel like
    # i am dying", "something terrible is about to happen", "siento que me muero", "como si me fuera a morir")
    r"(?:feel\w*|felt|think\w*|thought|say\w*|said|sure|scared|afraid|terrified|fear\w*|convinced|like)"
    r"(?: \w+){0,4}? (?:going to|about to|gonna) die|"
    r"(?:feel\w*|felt) (?:like|as if|as though) (?:i am|he is|she is|they are|we are|you are) dying|"
    r"(?:sense|feeling) of (?:impending )?doom|something (?:terrible|awful|really bad|bad) is (?:about to|going to) "
    r"happen|"
    r"(?:siento|siente|sentia|sentir|dice|decia|como)(?: \w+){0,2}? (?:que|si) (?:me|se|te) (?:muero|muere|"
    r"va a morir|voy a morir|fuera a morir|fuese a morir|estuviera muriendo|estoy muriendo|esta muriendo)|"
    r"(?:siento|siente|sentia|sintio) morir(?:me|se)?|"
    # "gone" as a change in the body ("gone grey", "her smile is gone", "gone through three towels")
    r"gone (?:\w+ )?(?:pale|grey|gray|white|blue|purple|red|yellow|quiet|floppy|limp|cold|numb|stiff|downhill|"
    r"black|dark|blotchy|mottled|clammy|funny|weird|still|silent|through|down|into|right|over|hard|rigid|weak|"
    r"sweaty|hot|bad|worse|swollen|puffy|blotchy)|"
    r"(?:smile|face|voice|speech|feeling|sensation|vision|sight|pulse|strength|colou?r|balance|grip|words|hearing|"
    r"movement|sense) (?:\w+ ){0,3}?(?:is|has|have|are|was) (?:completely |totally |all |just )?gone|"
    # someone else who does not wake ("he won't wake up", "can not wake him up", "hard to wake"; not "i will not wake")
    r"(?<!\bi )(?<!\bi will )(?<!\bi would )(?<!\bi do )(?<!\bi did )(?<!\bi could )"
    r"(?:will not|can not|does not|did not|is not|would not|could not|not) (?:\w+ )?wak\w*|"
    r"(?:can not|could not|trying to|try to|hard to|unable to|barely) (?:\w+ )?wake (?:\w+ )?up|"
    # a burning felt (a chest, passing water), not a burn made
    r"burn\w* (?:when|while|on) (?:i |he |she |they |you )?(?:pee|wee|urinat)\w*|"
    r"(?:chest|throat|stomach|skin|eyes?|it|that|pain) (?:is |s |keeps |was |feels )?(?:\w+ )?burn(?:s|ing)|"
    r"burning (?:\w+ )?(?:pressure|pain|feeling|sensation|thing|ache|badly)|kind of burning|"
    r"(?:scratch\w*|claw\w*) at (?:her|his|my|their) (?:throat|neck)|"
    # swallowing as a sign ("it is hard to swallow", "can barely swallow")
    r"(?:hard|difficult|trouble|difficulty|can not|barely|unable|struggling|pain|painful|hurts) (?:\w+ ){0,2}?"
    r"(?:to )?swallow\w*|"
    # where one lives, a trap that holds a body, letters on a page, a Spanish apology and "feeling awful"
    rf"{_PERSON} lives? (?:alone|on (?:my|his|her|their) own|by (?:myself|himself|herself)|with|in|next)|"
    r"trapped (?:in|under|inside|beneath|by)|(?:trapped|caught|jammed|shut) (?:his|her|my|their|a|the) (?:\w+ )?"
    r"(?:hand|hands|finger|fingers|thumb|foot|toe|toes|arm|leg|head)|"
    r"(?<!wrote )(?<!written )(?<!writing )(?<!write )(?<!left )letters(?! (?:to|for)\b)|"
    r"perdon(?:a|e|en)?(?= (?:que (?:\w+ )?(?:escriba|moleste|pregunte)|por (?:escribir|la hora|molestar|la molestia|"
    r"las faltas|preguntar|tanto|(?:el|este|mi) (?:\w+ )?(?:mensaje|texto|rollo))|"
    r"si (?:escribo|me explico|molesto|pregunto)|la (?:hora|molestia|pregunta)))|"
    r"(?:siento|siente|sentia|estoy|esta|encuentro|encuentra|veo|ve|sentirme|me puse|se puso) (?:muy )?fatal|"
    r"(?:no )?(?:me )?(?:aguanto|aguanta|sostengo|sostiene) (?:de pie|parad[oa]|en pie)|"
    # a wound, not a cutting ("a cut on my leg that got infected", "the bleeding from his cut", "deep cut on my arm";
    # not one made: "made a deep cut"), a limb gone dead, a body part hanging, the edge of a bed, shoulder blades,
    # someone trapped (not feeling trapped), a head knocked in a fall ("se golpeo la cabeza al desmayarse"), a bite
    # ("muerde las gasas"), "dying for a coffee" ("me muero por un cafe")
    r"(?<!made )(?<!make )(?<!making )(?:a|an|the|my|his|her|their|deep|infected|bad|big|small|nasty) cut(?! (?:myself|"
    r"himself|herself|themselves|my|his|her|their)\b)|"
    r"(?:went|gone|is|feels|felt|go|goes) dead|dead weight|"
    r"(?:arm|arms|leg|legs|hand|foot|jaw|lip|eyelid|skin|flap|finger|toe|tooth|bone|wrist|mouth|face) (?:\w+ )?"
    r"(?:is |s |was |just |left )?hanging|hanging (?:loose|limp|open|off (?:the bone|by a thread))|"
    r"muerde\w*|mordi\w*|shoulder blades?|me muero por (?:un|una|el|la|ir|ver|comer|tomar|dormir|sentarme)|"
    r"edge of (?:the|his|her|my|their) (?:bed|chair|sofa|couch|seat|bath|tub|cama|sofa)|"
    rf"{_PERSON} (?:is|are|was|were|got|s) trapped|se golpe\w*")
_IDIOM = gated_re(rf"\b(?:{_IDIOMS})\b")

#: How a wound or a burn came about by accident, told so that it is one even of oneself ("cut himself shaving",
#: "pulled a pot of boiling water onto himself").
_PLAIN_ACCIDENT = lazy_re(
    r"\b(?:(?:the|a|his|her|my|their|table|circular|hand|band|electric) saw|chainsaw|slipped|chopping|slicing|cooking|"
    r"shaving|mower|drill|fell|ladder|accident\w*|boiling|"
    r"hot (?:oil|water|pan|pot|soup|fat|tea|coffee|stove)|stove|kettle|car door|hirviendo|aceite|sierra|afeit\w*)\b")
#: A cut made on something ("cut himself on a broken glass", "cut her legs on the barbed wire"): an accident's shape
#: (not a cut on a body part: "cuts on her wrists", "cut too deep on my leg"). One pattern for safety_route too.
CUT_ON = (r"\b(?:cut|cuts|sliced|slashed) (?:\w+ ){0,3}?on (?:a|an|the|some|his|her|my|their) "
          r"(?!(?:\w+ )?(?:wrists?|arms?|legs?|thighs?)\b)")
#: How a wound or a burn came about by accident: a crisis concept read in its "cut" or "burn" is the wound.
_ACCIDENT = lazy_re(
    r"\b(?:(?:the|a|his|her|my|their|table|circular|hand|band|electric) saw|chainsaw|slipped|slip|chopping|slicing|"
    r"cooking|shaving|tool|drill|mower|machine|fell|fall|ladder|"
    r"stairs|bike|crash|accident\w*|dog|garden|hit by|car door|fire|flames?|boiling|hot (?:oil|water|pan|pot|"
    r"soup|fat|tea|coffee|stove)|stove|oven|kettle|steam|grill|chemical|acid|broken (?:glass|window|bottle)|"
    r"glass|nail|onions?|veg\w*|kitchen|afeit\w*|cocin\w*|hirviendo|aceite|sarten|estufa|horno|fuego|vidrio|"
    r"sierra|se cayo|caida|choque|accidente|(?:knife|blade|saw) (?:slipped|went|caught|got)|trip\w*|stumbl\w*)\b|"
    rf"{CUT_ON}")
#: A cut of a hand, a finger, a foot or a head: a wound's shape (cuts of the arms, wrists or thighs, or "myself", are
#: self-harm's: safety_route.self_harm_cut).
_WOUND = lazy_re(
    r"\b(?:cut|cuts|sliced|corte|corto|cortado)\b (?:\w+ ){0,3}?(?:hand|finger|fingers|thumb|palm|foot|toe|toes|"
    r"head|scalp|face|lip|chin|knee|shin|mano|dedo|dedos|pie|cabeza|cara)\b|\b(?:have|has|been|got) stabbed\b|"
    r"\bstabbed (?:me|him|her|them)\b")
#: A harm word or a means that is the wound's, once the wound is told as an accident or by another.
_WOUND_WORDS = lazy_re(r"\b(?:cut|cuts|cutting|burn|burns|burnt|burned|burning|corte|cortes|cortado|corto|me queme|"
                       r"me quemo|quemo|queme|golpeo|knife|knives|cuchillo|glass|vidrio|blade|saw|wrists?|"
                       r"munecas?)\b")
#: An allergy told: what was eaten, and the scratching, are the reaction's.
_ALLERGY = lazy_re(r"\b(?:allerg\w*|anaphyla\w*|alergi\w*|hives|welts|ronchas|itch\w*|pica)\b")
_ALLERGY_WORDS = lazy_re(r"\b(?:ate|eaten|eating|scratch\w*)\b")
#: The medicines of an overdose named on their own, without an amount ("a whole box of my father's morphine"): a
#: means, unlike the pills or tablets every patient takes (not in an ingestion told as a mistake: safety_accident).
_STRONG_MEANS = lazy_re(r"\b(?:morphine|oxycodone|hydromorphone|fentanyl\w*|opioids?|morfina|fentanilo|oxicodona|"
                        r"frascos?)\b")
#: More than was meant: an amount of its own ("way more of his pills than he should have", "too many").
_EXCESS = lazy_re(r"\b(?:too (?:many|much)|way more|(?:a lot|lots|loads) more|more than (?:\w+ ){0,4}?(?:should|"
                  r"prescribed|meant|supposed|allowed)|de mas|demasiad[oa]s?)\b")
#: A height or a road the writer may be at (with ``WRITER_AT_MEANS``: "i am up on the roof").
_HEIGHT = lazy_re(r"\b(?:roof\w*|bridge|ledge|edge|balcon\w*|railings?|cliff|tracks|platform|parapet|techo|azotea|"
                  r"puente|cornisa|vias|top (?:floor|storey|story|level|deck) of|multi ?stor(?:e?y|ey)|"
                  r"\d+(?:st|nd|rd|th) floor|looking (?:over|down) (?:the edge|the side|the railing|over)?)\b")
#: A dose given to someone else ("gave my son ten times his dose"): a carer's mistake, not means at hand.
_GIVEN = lazy_re(r"\b(?:gave|given|give|giving|le di|le dimos|le dio) (?:my|his|her|their|him|her|them|the)\b")
#: On purpose: an act on oneself told as meant, or an accident to be staged.
_ON_PURPOSE = lazy_re(r"\b(?:on purpose|deliberately|intentionally|a proposito|adrede|a conciencia|"
                      r"to (?:feel|punish) (?:something|anything|myself|himself|herself)|"
                      r"para (?:sentir algo|castigarme)|"
                      r"(?:make|makes|making|so) it (?:look|looks|seem|seems) like an accident|"
                      r"(?:que|para que) (?:parezca|paresca) (?:un )?accidente)\b")
#: An act on one's own body that is self-harm's shape whatever words carry it: carving into the skin, a cut or a burn
#: made to oneself in Spanish, or kept up ("me he cortado muy hondo", "me he estado quemando con una cuchara").
_SELF_ACT = lazy_re(
    r"\b(?:carv\w* (?:\w+ ){0,2}?(?:into|on) (?:my|his|her|their) (?:\w+ )?(?:arm|arms|leg|legs|skin|wrists?|thighs?|"
    r"stomach|body)|me (?:he |ha )?(?:cortado|corte|corto)(?! (?:la|el|un|una|los|las) (?:mano|dedo|dedos|pie|cabeza|"
    r"cara)\b)|me (?:he estado|estoy|sigo|vuelvo a|volvi a) (?:quemando|cortando|lastimando|golpeando|rasgu\w+)|"
    # ... a part of oneself struck against something, or something hot or sharp held to it ("hit my head against the
    # wall", "pressing the hot iron on my leg")
    r"(?:hit|hitting|bang\w*|slam\w*|smash\w*|punch\w*) (?:my|his|her|their) (?:head|fists?|hands?|arms?) "
    r"(?:against|into|on) (?:the |a )?(?:wall|door|floor|mirror|window)|"
    r"(?:press\w*|held|hold\w*|put\w*|stubb?\w*) (?:the |a |my )?(?:hot |lit )?(?:iron|lighter|cigarettes?|spoon|"
    r"blade|razor) (?:on|against|to|into) (?:my|his|her|their)|"
    # ... or a wound given to oneself ("gave myself a deep cut")
    r"(?:gave|give|gives|giving|given) (?:myself|himself|herself|themselves) (?:a |an |some )?(?:\w+ ){0,2}?"
    r"(?:cut|cuts|gash|gashes|wound|wounds|burn|burns|slash\w*))\b")
#: Self-harm's own acts that no accident explains: wrists or a throat slit or slashed, a stab to oneself (the crisis
#: line as well as the emergency number, whatever else the message tells: safety_route.self_harm_cut).
SELF_HARM_ACT = lazy_re(r"\b(?:(?:slit|slits|slitting|slashed|slashing|slash) (?:my|his|her|their|both) (?:\w+ )?"
                       r"(?:wrists?|throat|veins)|(?:stabbed|stabbing|stab) (?:myself|himself|herself|themselves))\b")
#: The self an act is done to: "cut myself", "burnt herself".
_ON_ONESELF = lazy_re(r"\b(?:myself|himself|herself|themselves|themself|hurt me|cortarme|quemarme|me lastim\w*)\b")


def harm_act(normal: str) -> bool:
    """Does a message tell one of self-harm's own acts (``SELF_HARM_ACT``, or a person found hanging: ``_HANGED``)
    with no word of an accident?"""
    return bool(SELF_HARM_ACT.search(normal) or hanged(normal)) and not _BY_ACCIDENT.search(normal)


def self_act(normal: str) -> bool:
    """Does a message tell an act of self-harm on one's own body by its shape, with no word of an accident ("gave
    myself a deep gash", "hit my head against the wall", "slit her wrists")?"""
    return harm_act(normal) or bool(_SELF_ACT.search(normal)) and not (
        _ACCIDENT.search(normal) or _FAINTED.search(normal) and not _AGAINST_WALL.search(normal))


#: A faint or a collapse: how a head came to hit the floor ("keeps passing out, she hit her head on the floor"); not a
#: head hit against a wall ("banged his head against the wall and then fainted").
_FAINTED = lazy_re(r"\b(?:pass\w* out|faint\w*|collaps\w*|black\w* out|desmay\w*)\b")
_AGAINST_WALL = lazy_re(r"\b(?:against|into) (?:the |a )?walls?\b|\bcontra la pared\b")


#: An accident said as one ("stabbed myself by accident with a chisel").
_BY_ACCIDENT = lazy_re(r"\b(?:by accident|accidental\w*|sin querer|por accidente|de accidente)\b")


def accident_told(affirmed: str) -> bool:
    """Does a message (safety normal form, negated words blanked) tell how a wound or an injury came about by accident
    ("chainsaw slipped", "fingers slammed in the car door", "pulled a kettle of boiling water over herself"), or a
    wound's own shape ("cut her finger almost off", "me corte la mano"), and no act on oneself ("cut myself")?"""
    hurt = bool(concepts(affirmed) & {"injury", "blood"} or _WOUND_WORDS.search(affirmed) or _HURT.search(affirmed))
    return bool(_WOUND.search(affirmed) or hurt and (_ACCIDENT.search(affirmed) or _PLAIN_ACCIDENT.search(affirmed))) \
        and not _ON_ONESELF.search(affirmed) and not (_SELF_HARM_PLACES.search(affirmed)
                                                      and not _PLAIN_ACCIDENT.search(affirmed))


#: A body part hurt in other words than a wound's ("hanging off", "nearly off", "crushed", "scalded"); a body
#: "hanging from" something is no hurt body part.
_HURT = lazy_re(r"\b(?:hanging (?:off|loose|limp|open|by)|(?:nearly|almost|half) (?:\w+ )?off|slammed|crushed|"
                r"trapped|scald\w*|gash\w*|broken|"
                r"fractur\w*)\b")
#: Where self-harm's cuts are made (wrists, thighs): an accident's wound there only with a tool or a fall told.
_SELF_HARM_PLACES = lazy_re(r"\b(?:wrists?|thighs?|munecas?|muslos?)\b")


def emergency_words(affirmed: str) -> str:
    """``affirmed`` (the safety normal form, negated words blanked) with the emergency's own idioms blanked, and the
    wound's words where a wound is told as an accident or by another."""
    out = _IDIOM.sub(lambda m: " ".join("_" for _ in m.group().split()), affirmed)
    if (_ACCIDENT.search(affirmed) or _WOUND.search(affirmed)) and not _ON_ONESELF.search(affirmed) \
            or _PLAIN_ACCIDENT.search(affirmed):
        out = _WOUND_WORDS.sub("_", out)
    return _ALLERGY_WORDS.sub("_", out) if _ALLERGY.search(affirmed) else out


#: The packs of a medicine found emptied beside someone ("empty blister packs next to him", "los blisteres de pastillas
#: vacios al lado"): an amount taken, told by what is left of it.
_EMPTIED = lazy_re(r"\b(?:empty|emptied) (?:\w+ ){0,2}?(?:packets?|packs?|blisters?|bottles?|box|boxes|strips?|"
                   r"containers?)|(?:blisteres|blisters?|cajas?|frascos?|envases?|tiras?|botes?) (?:de \w+ )?vacios?\b")


def own_crisis(affirmed: str) -> bool:
    """Does a message (``affirmed``: safety normal form, negated words blanked) that tells a medical emergency also
    tell a crisis of its own: a crisis concept or a means named outside the emergency's own words, or an act done on
    purpose? (The crisis flags and a crisis said are the caller's.)"""
    if _ON_PURPOSE.search(affirmed) or self_act(affirmed) or _FUMES.search(affirmed):
        return True
    rest = emergency_words(affirmed)
    named = concepts(rest) & ALARMING["crisis"]
    # (an amount taken, "took the whole box", "took way more than he should have": the amount near the taking, not
    # an age, a reading or "everything" elsewhere in the story: "he is 71 ... took him in", "took out the line and
    # it is soaking through everything")
    taken = _taken_near(rest) or bool(_EMPTIED.search(rest)) and not accidental(affirmed)
    if named - {"plan", "swallowed"} or "swallowed" in named and taken:
        return True
    # (a medicine or taking it is the treatment every patient tells of, "took tylenol for the fever", "the iron
    # tablets": a means only with an amount taken or gathered next to it, "all my pills in one pile", not a reading,
    # "heart 130", nor "all day" elsewhere; or an opioid named)
    if WRITER_AT_MEANS.search(rest) and _HEIGHT.search(rest):  # ("i'm up on the roof and not coming down")
        return True
    if _GIVEN.search(affirmed):
        return False
    means = means_named(rest, named - {"swallowed"})
    # (where no crisis concept of its own is named, a place, a time, a thing beside one or a body part is the
    # emergency's story: "the man next to me on the bus", "on the train now", "in my bag", "fell off the roof",
    # "in the garage", "tonight he is clutching his chest": ``_STORY``; a thing held where no medicine is named:
    # ``_HELD``)
    story = not named - {"plan", "swallowed"}

    def of_the_story(w: str) -> bool:
        return bool(_STORY.fullmatch(w) or _HEIGHTS.fullmatch(w) and _ACCIDENT.search(affirmed)
                    or _HELD.fullmatch(w) and not _PILLS.search(rest))
    return bool(_STRONG_MEANS.search(rest)) and not accidental(affirmed) \
        or any(_gathered(rest, w) if w in ROUTINE else not (story and of_the_story(w)) for w in means)


#: Within how many words after a taking ("took way too many of his oxycodone", "se tomo un monton de pastillas") an
#: amount is the amount taken (not before it: "he is 68 and took his tablets"), and within how many words before and
#: after a medicine ("all my pills", "30 tablets", "a bottle of pills") an amount is of it.
_AFTER_TAKING = 6
_BEFORE_MEDICINE, _AFTER_MEDICINE = 3, 3
#: A taking that is no medicine's: a reading or a removal ("took my temperature", "took out the line", "took ages").
_NOT_A_DOSE = lazy_re(r"^(?:took|taken) (?:(?:my|his|her|their|the|a) )?(?:temp\w*|pulse|blood pressure|bp|reading|"
                      r"sats|oxygen|pictures?|photos?|out|off|away|ages|forever|long|a while|him|her|"
                      r"them(?! all| every)|me|us)\b")
#: A count that is no amount of a medicine: what a count of puffs, sprays or drops, an age, a reading or a time says.
_NOT_COUNTED = lazy_re(r"^(?:\d+|(?:ten|twenty|thirty|forty|fifty|sixty)|(?:thir|four|fif|six|seven|eigh|nine)teen) "
                       r"(?:puffs?|sprays?|drops?|breaths?|sips?|bites?|steps?|minutes?|mins?|hours?|hrs?|"
                       r"days?|weeks?|months?|years?|degrees?|percent|times?)\b|"
                       # ... nor all or every of a time, a manner or a place ("all day", "every time", "at all")
                       r"^(?:all (?:day|night|the time|week|morning|afternoon|evening|over|along|right|good|ok|okay|"
                       r"fine|of a sudden|through)|every ?(?:day|night|time|morning|evening|week|few|other|hour|where)|"
                       r"todo el (?:dia|tiempo|rato|mundo)|todos los dias)\b")
#: Places, times, things beside one and body parts among the means (safety_means.PLAN): the emergency's story where
#: no crisis concept of its own is named.
_STORY = lazy_re(r"(?:(?:right )?(?:next to|in front of|beside) me|aqui enfrente|train|garage|garaje|cochera|tonight|"
                 r"esta noche|date|note|letters?|carta|wrists?|last time|already|knife)")
#: ... and a thing held, a story's only where no medicine is named ("my inhaler is in my bag"; not "the pills are in
#: my hand").
_HELD = lazy_re(r"(?:in my (?:hand|pocket|bag)|en (?:la|mi) mano|en mi (?:bolsa|bolsillo))")
#: A person found hanging ("hanging from the loft hatch", "found her hanging", "se colgo"): self-harm's own act, not
#: a body part "hanging" in an accident's story.
_HANGED = lazy_re(r"\b(?:found|find|saw|see) (?:him|her|them|my \w+|\w+) hanging\b(?! out| around| about| up)|"
                  r"\bhanging in (?:the|a|his|her|their|my)\b|\bse (?:colgo|ahorco)\b|"
                  r"\b(?:hanging|hung|hanged) (?:from|off) (?:the|a|his|her|their|my) (?!bone|skin|thread)\w+|"
                  r"\b(?:hung|hanged) (?:him|her|them|my)sel\w*|\b(?:hanging|hung) by (?:the|a|his|her) (?:neck|rope|"
                  r"belt|cord|scarf)|\bahorcad[oa]s?\b|\bcolgad[oa] (?:de|del) \w+")
#: ... or shut in a garage with a running engine's fumes.
_FUMES = lazy_re(r"\b(?:garage|garaje|cochera)\b.*\b(?:(?:car|engine|motor) (?:was |is |still |left )?(?:running|"
                 r"encendido|prendido|en marcha)|(?:engine|motor) (?:was |is |still |left )?on)\b|"
                 r"\b(?:(?:car|engine|motor) (?:was |is |still |left )?(?:running|encendido|prendido|en marcha)|"
                 r"(?:engine|motor) (?:was |is |still |left )?on)\b.*\b(?:garage|garaje|cochera)\b|"
                 r"\bexhaust (?:pipe|fumes|hose)\b|\b(?:hose\w*|tube) (?:\w+ ){0,3}?exhaust\b")
#: ... and heights, where a fall or an accident is told ("se cayo del techo", "fell off the ledge"): the writer sitting
#: on the roof edge is there.
_HEIGHTS = lazy_re(r"(?:bridge|edge|cliff|ledge|rooftop|techo|azotea|precipicio|barranco|puente|tracks|las vias)")


def hanged(normal: str) -> bool:
    """Is a person told hanging from something or by the neck (``_HANGED``; safety normal form)?"""
    return bool(_HANGED.search(normal))


#: An amount of a medicine in a poisoning's words ("a bottle of pills", "a load of", "half a packet": safety_acute).
_MEDICINE_AMOUNT = lazy_re(AMOUNT_WORDS)
_AT_ALL = lazy_re(r"\bat all\b")


def _near(rest: str, word: re.Pattern[str], before: int, after: int) -> list[str]:
    """The words near each match of ``word`` in ``rest`` (``before`` words before it, ``after`` after it)."""
    rest = _AT_ALL.sub("at _", rest)  # ("not working at all": no amount)
    ws = rest.split()
    return [" ".join(ws[max(0, i - before): i + after + 1])
            for i in (len(rest[:m.start()].split()) for m in word.finditer(rest) if not _NOT_A_DOSE.match(
                rest[m.start():]))]


def _amount_in(near: str) -> bool:
    """Does ``near`` tell an amount (more than meant, or a count that is not of puffs, days or degrees)?"""
    return bool(_EXCESS.search(near) or _MEDICINE_AMOUNT.search(near)) \
        or any(not _NOT_COUNTED.match(near[m.start():]) for m in AMOUNT.finditer(near))


def _taken_near(rest: str) -> bool:
    """Is an amount told next to a taking (a medicine's: not "took my temperature", "took out the line"), or a taking
    told with an amount next to a medicine ("found her with a bottle of pills and she says she took some")?"""
    return any(_amount_in(near) for near in _near(rest, TAKING, 0, _AFTER_TAKING)) \
        or bool(TAKING.search(rest)) and any(_amount_in(near) for near in _near(rest, _PILLS, _BEFORE_MEDICINE,
                                                                                 _AFTER_MEDICINE))


#: The medicines every patient takes, named (safety_means.ROUTINE without the taking words).
_PILLS = re.compile(rf"\b(?:{'|'.join(sorted(ROUTINE - {'took', 'taken'}))})\b")


def _gathered(rest: str, means: str) -> bool:
    """Is a medicine (or its taking) told with an amount next to it ("all my pills", "the whole box of paracetamol",
    "30 tablets"), not a count of something else?"""
    if TAKING.fullmatch(means):  # ("took", "taken": the amount after it, as ``_taken_near``)
        return _taken_near(rest)
    return any(_amount_in(near) for near in _near(rest, re.compile(rf"\b{re.escape(means)}\b"), _BEFORE_MEDICINE,
                                                  _AFTER_MEDICINE))

