"""The plan, means and attempt words of a crisis (the Columbia screener's questions 4-6: a plan, the means, an
attempt): which lift a possible crisis to an urgent one, and with what else (a crisis concept named, the writer at the
means, a clear crisis detector); which call for the emergency number once a crisis is established; and an act of
taking a medicine told with an amount. Used by ``understanding.safety.decide``."""

from __future__ import annotations

import re

from marrowbot.text.lazy import gated_re
from marrowbot.understanding.safety_features import NO_CRISIS_PLAN as NO_CRISIS_PLAN
from marrowbot.understanding.safety_features import concepts
from marrowbot.understanding.safety_model import SafetyScores

#: A crisis with a plan, the means or an attempt: the emergency number as well as the crisis line.
PLAN = re.compile(
    r"\b(?:plan|planning|planned|how many|how much|enough|saved|saving|stockpil\w*|hoard\w*|ropes?|guns?|knife|knives|"
    r"bridge|rifles?|shotguns?|firearms?|pistols?|"
    r"jump\w*(?! out| up| around| on)|tonight|took|taken|swallowed|overdose|pills|tablets|already|wrists?|note|"
    r"letters?|date|train|hang\w*|(?:will|going to|when i|then i|finally) do it|(?:the )?time and (?:the )?place|"
    r"(?:right )?(?:next to|in front of|beside) me|in my (?:hand|pocket|bag)|for later|edge|cliff|ledge|rooftop|"
    r"goodbye|bye|last message|last time|paracetamol|tylenol|morphine|oxycodone|sleeping (?:pills|tablets)|blister|"
    r"razors?|blades?|scissors|lighter|cord|garage|tracks|railway (?:line|lines|bridge)|railroad|level crossing|"
    r"motorway bridge|overpass|pastillas|pistola|cuerda|testamento|ultimo mensaje|puente|"
    r"carta|esta noche|ya se (?:como|donde|cuando)|(?:waiting|wait) (?:on|for) the (?:right|perfect) (?:moment|time|"
    r"day|night)|esper(?:o|ando|ar) (?:el|al) momento(?: (?:adecuado|justo|perfecto|indicado))?|"
    # ... Spanish medicines (the drugs of an overdose) and the means in one's hand
    r"morfina|fentanilo|oxicodona|insulina|frasco|en (?:la|mi) mano|en mi (?:bolsa|bolsillo)|aqui enfrente|"
    # ... in Spanish, the means or a height or a road to hand, and a plan thought over or a place chosen
    r"soga|navajas?|cuchillas?|veneno|arma|escopeta|carabina|revolver|"
    r"techo|azotea|precipicio|barranco|las vias|aventarme|tirarme|colgarme|"
    r"garaje|cochera|motor (?:prendido|encendido)|"
    r"lo (?:he|tengo) pensado|(?:elegi|escogi|ya tengo) (?:el|la) (?:sitio|lugar|dia|fecha|hora|momento))\b")

#: Preparing or saying goodbye (the Columbia screener's "prepared to do anything to end your life", the 988 warning
#: signs "giving away possessions", "saying goodbye", "putting affairs in order"): once a crisis is established,
#: these call for the emergency number too. (Not used to lift a possible crisis: "my aunt's funeral" is no crisis.)
PREPARED = re.compile(
    r"\b(?:giv(?:e|ing|en) (?:away|my|him|her)|gave (?:away|my|him|her)|sold my|funeral|in order|passwords?|insurance|"
    r"goodbyes?|farewell|(?:will not|not going to|never) (?:need|see|be (?:around|here|back|coming)|talk|hear)|"
    r"(?:signing|sign) off|for good|last time|this is it|where i am going|no reason to keep|be done soon|"
    r"rifle|shotgun|firearm|pistol|revolver|insulin|engine (?:running|on)|motor prendido|cochera|arma|escopeta|"
    # ... the means named and the thought of using them on oneself ("pienso en usarla conmigo", "dispararme")
    r"usarl[oa]s? (?:conmigo|contra mi|en mi)|dispararme|pegarme un tiro|"
    r"regal\w*|despedi\w*|adios|en orden|no (?:los |las |la |lo )?voy a (?:necesitar|ver)|ya no voy a|carta|cartas|"
    # ... who gets one's things, messages set to go later, a new home for a pet, a rehearsal or an attempt (the
    # Columbia screener: "started to work out or worked out the details", "actual, aborted or interrupted attempt"),
    # a stated intent to kill oneself (its question 4 and 5) or someone leaving with one:
    r"(?:will not|not going to|never) be needing|who (?:gets|will get|should get|should have|can have) my|"
    r"schedul\w* (?:them|it|the messages?|messages?|emails?|posts?)|drafted (?:a |the )?(?:messages?|letters?|notes?)|"
    r"rehom\w*|new home for|organ donor|practi[cs](?:ed|ing)|rehears\w*|attempt\w*|tried to|"
    r"(?:got|came) (?:really |so |very )?close|going to kill (?:myself|himself|herself|themselves)|"
    r"after i send this|walked out|drove off|car keys)\b")

#: An amount of a medicine taken ("all my pills", "the whole box", "30 tablets", "un punado"). A number word is the
#: whole word: "ten" is no "tengo", "tenido" or "tener" (Spanish "have", in most Spanish messages). A box or a bottle
#: is none when it holds a drink or is read from ("una botella de agua", "the box says one a day").
AMOUNT = re.compile(r"\b(?:all|every(?:thing| last)?|whole|entire|lots?|bunch|handful|stash|extra|lined up|piles?|"
                     r"at once|in one go|the (?:lot|rest)|(?:what|whatever) (?:was|is) left|todo|"
                     r"(?:the (?:box|bottle|pack|packet|strip)|(?:la|una) (?:caja|botella|tira)|"
                     r"(?:el|un) (?:frasco|bote|blister|paquete))(?! of (?:water|milk|juice|squash|wine|beer)\b| de "
                     r"(?:agua|leche|zumo|jugo|refresco|vino|cerveza)\b)(?!(?: \w+){0,4} (?:says|said|dice|decia)\b)|"
                     # (containers counted, "3 bottles of tylenol", "four boxes of paracetamol": gathered)
                     r"(?:\d|two|three|four|five|six|several|a few) (?:bottles|boxes|packs|packets|strips|blisters)"
                     r"(?! of (?:water|milk|juice|squash|wine|beer|coke|pop|formula)\b)|"
                     r"todas?|entera|\d{2,}|(?:ten|twenty|thirty|forty|fifty|"
                     r"sixty|hundred)s?|(?:thir|four|fif|six|seven|eigh|nine)teen|"
                     r"(?:five|six|seven|eight|nine) (?:of|pills|tablets)|"
                     r"un (?:puno|punado|monton)|muchas|muchos)\b")

#: Plan words that make no plan by themselves, with no other crisis concept named (a time, an amount, a thing
#: written): "recommend a good movie for tonight", "how much a new alternator costs". (The means or a place named,
#: "a rope", "the edge", and a date set, lift on their own; medicines and taking them need an amount: ROUTINE.)
WHEN_ONLY = frozenset(("tonight", "esta noche", "already", "last time", "how much", "how many", "enough",
                        "note", "letters", "for later"))
#: Medicines and taking them, what a patient tells every day ("i took my pills this morning", "the results took
#: forever", "ya me tome mis pastillas"): they lift a possible crisis only with an amount ("all my pills", "the whole
#: box", "a handful", "30 tablets", "at once") or another crisis concept named (a wish to die, a farewell, harm).
ROUTINE = frozenset(("pills", "tablets", "pastillas", "took", "taken", "blister", "paracetamol", "tylenol",
                      "morphine", "oxycodone", "morfina", "fentanilo", "oxicodona", "insulina", "frasco"))
#: The words of a plan itself ("plan", "planning"): a crisis plan only with another crisis concept named, and never
#: in a plan made for care or safety, with a professional, ahead of something or for an ordinary thing ("a care plan
#: for school", "making a plan with my therapist", "trying to plan ahead", "still planning her garden").
PLAN_WORDS = frozenset(("plan", "planning", "planned"))  # (NO_CRISIS_PLAN: safety_features)
#: The writer at the means, or acting with them ("i'm at the train tracks", "standing on the edge", "me tiro del
#: puente", "me voy a subir al techo"): a means said with the writer there is the plan itself (not "my husband fell
#: from the roof": someone's accident).
WRITER_AT_MEANS = re.compile(
    r"\b(?:(?:i am|im|i will be|i am going to be) (?:\w+ )?(?:at|on|in|by|near|standing|sitting|parked)|"
    # (... the subject left out at the start, as texts are written: "standing on the balcony, 12th floor")
    r"^(?:(?:just|now|currently|still) )?(?:standing|sitting|stood|sat|perched|parked) (?:right )?(?:on|at|by|near|in|"
    r"up on|on top of)|"
    r"(?:going to|gonna|will|about to) (?:jump|climb|go up|walk)|"
    # (... on the way there: "i am walking out to the railway line", "heading down to the bridge now")
    r"(?:i am|im|i will be|i am going to be|about to be|i will go|i am going) (?:\w+ )?(?:walking|going|heading|"
    r"driving) (?:out |down |up |over |back )?(?:to|towards)|"
    r"me (?:tiro|aviento|lanzo|subo|cuelgo|voy a (?:tirar|aventar|lanzar|subir|colgar))|"
    r"estoy (?:\w+ )?(?:en|sentad[oa]|parad[oa]|arriba|junto))\b")
#: How far into a crisis detector's "possible" band (a fraction of it, from its lower edge) reads as a clear signal of
#: a crisis: from there a means named lifts a possible crisis with no crisis concept named, and a medical emergency is
#: a crisis too. Below it, a possible crisis named by no concept is the detector's noise ("mi esposo se cayo del techo
#: y no siente las piernas" is a fall, an emergency; -0.91 in a band from -1 to 0).
CLEAR_CRISIS = 0.5


def clear_crisis(scores: SafetyScores | None) -> bool:
    return scores is not None and scores.crisis >= scores.crisis_band + CLEAR_CRISIS * (
        scores.crisis_sure - scores.crisis_band)


#: Taking a medicine, said as done ("took", "se fumo", "me inyecte").
#: (The Spanish pronoun before the verb may lie in a negation's scope: "no se tomo ninguna, se fumo todo".)
TAKING = gated_re(r"\b(?:took|taken|swallowed|drank|injected|smoked|snorted|tome|tomo|trague|trago|inyecte|"
                     r"inyecto|fume|fumo|bebi|bebio)\b")


def act_told(normal: str, affirmed_text: str) -> bool:
    """Is taking a medicine told with an amount, where no negation governs the taking ("se fumo todo el fentanilo",
    "no me tome las de la presion, me trague todas las de dormir")? (Not a count of pills kept: "i counted the pills
    and they are all there".) The medicine may be named in the denied clause."""
    return bool(TAKING.search(affirmed_text) and AMOUNT.search(affirmed_text)) \
        and any(m.group(0) in ROUTINE for m in PLAN.finditer(normal))


def means_named(affirmed_text: str, named_c: set[str]) -> list[str]:
    """The plan, means and attempt words (``PLAN``) of a message that say a crisis plan: a time, an amount or a
    thing written only with another crisis concept named; a medicine or taking it only with an amount or another
    crisis concept; the word "plan" only with another crisis concept and not as a care plan (``NO_CRISIS_PLAN``).
    (A farewell alone, "goodbye", says no plan: it is also small talk.)"""
    other = named_c - {"plan"}
    plain_plan = NO_CRISIS_PLAN.sub(" ", affirmed_text)
    return [w for w in (m.group(0) for m in PLAN.finditer(affirmed_text)) if w not in ("goodbye", "bye")
            and (w not in WHEN_ONLY or other)
            and (w not in ROUTINE or other - {"swallowed"} or AMOUNT.search(affirmed_text))
            and (w not in PLAN_WORDS or other and re.search(rf"\b{w}\b", plain_plan))]


#: A place that could be a means told only as where it is ("the bridge is close to my house", "las vias estan cerca
#: del trabajo"): a landmark, not a plan. With no other crisis concept named, nothing of a time and the writer not
#: there, a crisis detector sure on it has read the place's word alone (its positives are full of bridges).
_PLACE_WHERE = gated_re(
    r"\b(?:bridge|bridges|tracks|train station|railway|cliffs?|river|rooftop|car park|puente|las vias|el rio|azotea)"
    r" (?:is|are|s|esta|estan) (?:very |really |right |just |quite |muy |bien )?(?:close to|near|next to|by|behind|"
    r"across from|opposite|around the corner from|down the road from|at the end of|a few minutes from|cerca de|"
    r"junto a|detras de|enfrente de|al lado de)(?: the| my| our| his| her| mi| la| el| del| nuestra)? "
    r"(?:house|home|flat|apartment|work|office|school|hospital|clinic|street|road|casa|trabajo|escuela|hospital|"
    r"clinica|calle)\b")


#: The place dwelt on, in the rest of the message ("... and i think about it every night", "i keep looking at it",
#: "no dejo de pensar en eso"): a thought of the means, not a landmark.
_DWELT_ON = re.compile(
    r"\b(?:think\w*|thought|keep (?:\w+ing|going|looking)|dream\w*|imagin\w*|pictur\w*|look(?:ing)? at|star(?:e|ing)|"
    r"drawn|pull\w*|calling|tempt\w*|every (?:day|night|time)|pens\w*|sueno|imagino|me llama)\b")


def place_only(affirmed_text: str, named_c: set[str], normal: str = "") -> bool:
    """Is a place told only as where it is, with no crisis concept but the place's own, no time ("tonight"), the
    writer not at it or going there (``WRITER_AT_MEANS``) and the place not dwelt on in the rest of the message
    (``normal``, negations and all: "no dejo de pensar en eso" dwells on it; ``_DWELT_ON``)?"""
    where = _PLACE_WHERE.search(affirmed_text)
    rest = _PLACE_WHERE.sub(" ", normal or affirmed_text)
    return bool(where) and not named_c - {"plan"} \
        and not WRITER_AT_MEANS.search(affirmed_text) and not _DWELT_ON.search(rest) \
        and not any(m.group(0) in WHEN_ONLY for m in PLAN.finditer(affirmed_text))


#: A medicine's own noun: what a patient is on ("the new tablets", "a list of my pills", "las pastillas nuevas").
_MEDICINE_NOUN = re.compile(r"\b(?:pills?|tablets?|pastillas?)\b")


#: How near (characters) an amount is of the medicine it counts ("thirty of my pills", "las pastillas, todas"; not a
#: temperature read in another clause, "37.4 this morning ... dry skin from the tablets").
_NEAR = 30


def medicine_only(affirmed_text: str) -> bool:
    """Is the crisis concept of something swallowed named only by a medicine's noun, with no amount, nothing told as
    taken and no other plan or means word ("dry skin from the tablets", "con las pastillas nuevas", "a list of my
    pills on the fridge")? Then it names the person's treatment, no crisis: the decision reads it as no crisis
    concept named."""
    rest = _MEDICINE_NOUN.sub(" ", affirmed_text)
    if any(m.group(0) not in ROUTINE for m in PLAN.finditer(affirmed_text)):
        return False  # (the means at hand, kept or saved: "in my hand", "enough put aside", "sleeping tablets")
    near = (affirmed_text[max(0, m.start() - _NEAR):m.end() + _NEAR] for m in _MEDICINE_NOUN.finditer(affirmed_text))
    return "swallowed" in concepts(affirmed_text) and "swallowed" not in concepts(rest) \
        and not any(AMOUNT.search(n) for n in near) and not TAKING.search(affirmed_text)


#: Where someone lives ("lives on his own two streets away", "i live alone", "she lives near us"): a home, no life or
#: death: read out of the crisis concepts a decision counts as named (``without_residence``).
_RESIDENCE = re.compile(r"\b(?:live|lives|lived|living) (?:on (?:my|his|her|their|our) own|alone|"
                        r"by (?:my|him|her|them)selves?|nearby|near|next door|close by|down the road|abroad|locally|"
                        r"in (?:a|the) (?:flat|house|village|city|town|country|care home)|"
                        r"\d+ (?:miles|minutes|streets|doors))\b")


def without_residence(normal: str) -> str:
    """``normal`` with where someone lives blanked ("my grandad lives on his own"): the decision's crisis concepts."""
    return _RESIDENCE.sub(lambda r: " ".join("_" for _ in r.group().split()), normal)
