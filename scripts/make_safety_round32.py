# ruff: noqa: E501 - the fragments are data, one message a line
"""Writes intents/safety/{emergency,crisis}.round32.jsonl (issue 9, round 32): families the detectors barely had, in
English and Spanish, told in plain words, with the same words used safely as hard negatives.

Emergency positives (NHS "When to call 999", NHS pregnancy "call 999 if", MedlinePlus "Recognizing medical
emergencies", the hematology services' "call us at once" lists):
- pregnancy: the cord felt or seen after the waters broke, heavy bleeding, a fit, the baby coming with no help there,
  a sudden bad headache with blurred sight and swelling;
- bleeding signs of low platelets told now: gums bleeding and new bruises or spots everywhere;
- bleeding that was coming and going and has turned heavy now ("on and off, and now it is pouring");
- in Spanish: a bone through the skin, adrenaline given and the breathing still not better, coughing up blood in
  mouthfuls, heavy vaginal bleeding with low platelets and dizziness, the waters broken and the cord felt, someone found hanging (also a crisis).
Crisis positives (988 Lifeline warning signs "feeling like a burden", Columbia screener: the means at hand and a
thought of using them): worthlessness ("a waste of the transfusions", "dead weight"), a burden told with a reason;
someone found hanging; in Spanish, a weapon or pills at home and the writer thinking of using them on themself,
worthlessness.
Hard negatives: cord blood and its transplants, waters and due dates asked about or over, gum bleeding and bruises
asked about or long past, a nosebleed that stopped, hanging the washing, a call cut off ("me colgo el telefono"),
bones and adrenaline asked about, "a waste of time/money" said of things, a gun safely locked away with no thought of
it. Written in our own words from the public lists, never from an evaluation set; a composed line within 80%
(rapidfuzz ratio) of an evaluation message is dropped. Run:  python scripts/make_safety_round32.py  (deterministic;
commit the output)
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from make_safety_data import Rows, evaluation_texts, noisy  # noqa: E402

N_POS = 30  # composed positives per family
N_NEG = 90  # composed negatives per family

HE = ["my husband", "my dad", "my son", "my grandad", "my brother", "my partner", "my uncle", "my boyfriend"]
SHE = ["my wife", "my mum", "my daughter", "my nan", "my sister", "my partner", "my aunt", "my girlfriend"]
COND = ["leukemia", "aml", "mds", "myeloma", "aplastic anemia", "itp", "myelofibrosis", "lymphoma"]
OPEN = ["", "", "", "", "please help ", "help, ", "ok so ", "urgent ", "hi, ", "sorry to bother you, "]
ASK = ["", "", "", "", " what do i do", " is this bad", " should i wait", " help", " what now", " do i call someone"]

# --- English emergencies ---------------------------------------------------------------------------------------------
PREGNANT = [
    "{w} weeks pregnant and my waters have gone, i can feel something like a cord down there",
    "my waters broke and theres a loop of cord hanging out",
    "waters just went and the midwife isnt here, i can see the cord",
    "my wife is {w} weeks and her waters broke, she says she can feel the cord",
    "{w} weeks pregnant and bleeding heavily, soaking a pad every few minutes",
    "im pregnant and theres blood gushing, clots too, and cramping badly",
    "my partner is {w} weeks pregnant and just had a fit on the sofa",
    "the babys head is coming out and we are still at home, no one is here",
    "pregnant with a pounding headache, flashing lights in my eyes and my face and hands have puffed up today",
    "{w} weeks along, sudden bad belly pain and bleeding, and i cant feel the baby moving",
    "my daughter is pregnant and collapsed in the bathroom with blood on the floor",
    "contractions every minute at {w} weeks and i feel the urge to push",
]
WEEKS = ["28", "30", "31", "32", "33", "34", "35", "36", "37", "38", "39", "40"]
GUMS = [
    "{s} {has} blood coming from {p} gums that wont stop and bruises popping up all over",
    "{p} gums are oozing blood and {s} {has} purple blotches on {p} legs and arms",
    "covered in new bruises and my gums keep bleeding, platelets were {plt} on friday",
    "little red spots everywhere, bleeding gums and now blood in my pee",
    "{s} woke up with blood all over the pillow from {p} gums and {p} body is covered in bruises, {s} {has} {cond}",
    "my mouth keeps filling with blood from my gums and i have big bruises i cant explain",
    "{s} {be} bruising everywhere and {p} gums and nose are bleeding, {s} had chemo last week",
    "just home from hospital and my gums wont stop bleeding and im black and blue all over",
]
PLT = ["5", "6", "8", "9", "10", "12", "15"]
WORSE = [
    "{p} nose has been bleeding off and on all day and now its pouring out, {s} {has} {cond}",
    "the bleeding from {p} line site came and went this morning but now it is soaking through everything",
    "{s} {has} had a nosebleed off and on since breakfast and now it is gushing and wont stop with pressure",
    "been spotting blood for days but now its running down my leg",
    "{p} gums bled a bit now and then but now blood is pouring out of {p} mouth",
    "nosebleed kept stopping and starting since the school run, now its streaming and {s} looks pale",
]

# --- Spanish emergencies -----------------------------------------------------------------------------------------
ES_HE = ["mi hijo", "mi papa", "mi esposo", "mi hermano", "mi abuelo", "el niño", "mi nieto"]
ES_SHE = ["mi hija", "mi mama", "mi esposa", "mi hermana", "mi abuela", "la niña", "mi nieta"]
ES_ASK = ["", "", "", " que hago", " ayuda", " es grave?", " por favor", " ahorita", " que hacemos"]
BONE = [
    "a {s} se le sale el hueso de la pierna", "se cayo {s} y tiene el hueso asomando por la piel del brazo",
    "{s} se fracturo y se le ve el hueso atravesando la piel", "me cai de la moto y tengo un hueso saliendo de la espinilla",
    "hay un pedazo de hueso fuera de la herida del brazo de {s}", "se me salio el hueso de la muñeca al caer",
    "{s} se cayo del arbol, el hueso le rompio la piel del antebrazo", "le asoma el hueso a {s} por el tobillo y sangra",
]
ADRENALINE = [
    "le pusimos la adrenalina a {s} y sigue sin poder respirar", "ya use el autoinyector y {s} sigue ahogandose",
    "le inyectamos la epinefrina a {s} hace diez minutos y sigue con la garganta cerrada",
    "me puse la adrenalina y todavia no me entra el aire", "despues de la inyeccion de adrenalina {s} sigue con silbido y los labios morados",
    "ya le dimos la pluma de adrenalina a {s} pero cada vez respira peor", "la adrenalina no le hizo nada a {s}, sigue sin aire",
]
COUGH_BLOOD = [
    "toso sangre a bocanadas", "{s} tose y le sale sangre a borbotones", "escupo sangre a montones cuando toso",
    "{s} esta echando sangre por la boca al toser, mucha", "al toser me sale sangre roja, la boca llena",
    "{s} arroja sangre por la boca cada vez que tose", "no paro de toser sangre, ya lleno un vaso",
    "tosiendo sangre fresca a chorros desde hace un rato",
]
ES_HEAVY = [
    "me baja muchisima sangre con coagulos, tengo las plaquetas en {pl} y me mareo", "empapo una toalla cada hora, sangrado vaginal fuerte y estoy palida",
    "{s} tiene un sangrado de regla que no para, coagulos grandes, las plaquetas muy bajas y se desmaya",
    "sangro a chorros por abajo desde la mañana y me siento muy debil, tengo {cond}",
    "hemorragia vaginal muy fuerte, ya llene varias toallas y me da vueltas todo",
]
PL = ["5 mil", "8 mil", "10 mil", "12000", "muy bajas"]
COND_ES = ["leucemia", "aplasia", "mielodisplasia", "trombocitopenia", "PTI"]
ES_BIRTH = [
    "se me rompio la fuente y siento el cordon", "estoy embarazada de {w} semanas y sangro muchisimo",
    "mi esposa rompio fuente y se le ve el cordon", "embarazada de {w} semanas, me dio una convulsion a mi hermana",
    "estoy de {w} semanas y me duele muchisimo la panza y sangro, no siento al bebe",
    "el bebe ya viene, se le ve la cabeza y estamos solos en casa",
]
ES_HANGING = [
    "encontre a {s} colgad{o} en el cuarto", "{s} se colgo en el garaje, lo baje y no se si respira",
    "encontre a {s} ahorcad{o}", "encontre a {s} con una cuerda al cuello y no responde",
    "acabo de encontrar a {s} colgad{o} del barandal", "{s} se ahorco, lo descolgamos, que hago",
]

# --- crises --------------------------------------------------------------------------------------------------------
WASTE = [
    "im a waste of the {thing}", "all those {thing} wasted on me", "im nothing but a waste of space now",
    "i feel like such a waste of the {thing}, someone else should have had them", "im worthless, a waste of everyones time and money",
    "im dead weight to my family", "everyone would do better without me dragging them down",
    "im just a drain on everyone, the {thing} would be better used on someone else",
    "i am a burden on my {fam} with all the {load}", "im just a burden to {fam}, always needing lifts and help",
    "i feel like a burden on {fam} every single day now", "my {fam} are worn out because of me, im just a weight on them",
    "what use am i, a waste of oxygen lying in this bed", "im a burden and a waste of the {thing}",
    "honestly im a waste of the {thing}", "they should stop giving me {thing}, im a waste of them",
    "i dont deserve the {thing}, im a waste", "feels like im a waste of {thing} that could save someone",
    "im such a waste of the {thing} they keep pouring into me", "no point spending {thing} on me, im a waste",
    "i am just a waste, of {thing}, of time, of everything", "a waste of the {thing} and of my familys life",
    "im worthless to my {fam} now, just a weight they carry", "i am a burden to {fam} and nothing will change that",
]
THING = ["transfusions", "blood", "donors stem cells", "donor cells", "platelets people give", "hospital bed", "money spent on me",
         "chemo", "nhs money", "marrow my sister gave me"]
FAM = ["family", "kids", "wife", "husband", "parents", "mum", "children", "partner"]
LOAD = ["hospital trips", "appointments", "care i need", "driving me around", "bills", "nights in hospital"]
HANGING = [
    "i found {s} hanging in the garage", "just found {s} hanging, i cut {o} down and {s2} isnt breathing",
    "{s} hanged {o}self in the shed, i got {o} down", "found {s} with a rope around {p} neck in {p} room",
    "walked in and {s} was hanging from the banister",
]
ES_MEANS = [
    "hay una {arma} en casa y no dejo de pensar en usarla contra mi", "tengo la {arma} de mi papa y pienso en dispararme",
    "mi esposo guarda una {arma} y cada dia pienso mas en usarla conmigo", "tengo un monton de pastillas en casa y no paro de pensar en tomarmelas todas",
    "la {arma} esta en el armario y pienso en ella para acabar", "no dejo de pensar en la {arma} del cajon y en usarla en mi",
    "tengo la cuerda en el garaje y no dejo de pensar en usarla", "tengo guardada la morfina de mi mama y pienso en tomarmela toda",
]
ARMA = ["escopeta", "pistola", "arma", "escopeta de caza", "carabina"]
ES_WASTE = [
    "soy un desperdicio de la medula que me donaron", "solo soy un gasto para mi familia, mejor no estar", "soy un estorbo y un desperdicio de sangre",
    "no valgo nada, solo les cuesto dinero y preocupaciones", "soy una carga para mis hijos con tantas idas al hospital",
    "siento que no sirvo para nada y que les quito la vida a todos", "no valgo las transfusiones que me ponen",
]

# --- hard negatives ---------------------------------------------------------------------------------------------------
NEG_E = [
    "what is a cord blood transplant", "is cord blood better than a matched donor for aml", "how is umbilical cord blood stored",
    "my son had a cord blood transplant two years ago and is doing great", "can cord blood be used for aplastic anemia",
    "when will my waters break, im {w} weeks", "my waters broke with my first baby and labour went fine",
    "is it safe to get pregnant after a transplant", "how do i know if my waters have broken or its just discharge",
    "my gums bleed a little when i brush, is that my platelets", "how do bruises from low platelets look different",
    "i bruise easily since starting {cond} treatment, should i mention it at clinic",
    "had bleeding gums last month when my platelets were low, theyre fine now", "what platelet count causes bleeding gums",
    "{p} nosebleed stopped after ten minutes of pinching, all good now", "nosebleeds on and off for years, the ent says its dry air",
    "bleeding on and off with my period for months, gp is checking my iron", "what does petechiae mean",
    "is it normal to get nosebleeds with itp", "how long should i pinch my nose for a nosebleed",
    # ... "on and off" and "for weeks" in stories that ask for information (the worsening positives use them too)
    "{s} {has} had fevers on and off for weeks and now the doctor wants a marrow biopsy, what does it show",
    "aches in {p} bones on and off for months, and now they say it could be {cond}, what are the symptoms",
    "{p} gums have bled on and off for a while, the dentist says gum disease, could it be the platelets",
    "tired for weeks with headaches on and off, and now the blood test is back, what does low hemoglobin mean",
    "night sweats on and off since spring, and now the gp has referred {o} to haematology, what happens there",
    "nosebleeds on and off all winter, now the gp wants a blood count, is that normal",
    "pain in {p} back on and off for weeks, and now the scan is booked, what are they looking for",
    "que es un trasplante de sangre de cordon", "cuando se rompe la fuente normalmente", "se me rompio la fuente con mi primer hijo y todo salio bien",
    "que hueso usan para la biopsia de medula", "me duelen los huesos despues de la inyeccion de filgrastim, es normal",
    "como se usa la pluma de adrenalina", "la adrenalina tiene efectos secundarios?", "tuve una fractura expuesta hace años y ya sane",
    "tengo tos con flema desde hace una semana", "es normal toser un poco de flema con hilitos de sangre con la gripe?",
    "mi hijo se fracturo el brazo el año pasado, ya esta bien", "que pasa si me sangran las encias al cepillarme",
]
NEG_C = [
    "what a waste of a sunny day stuck in clinic", "the parking was a waste of money", "that app is a waste of time",
    "is it a waste to freeze eggs before a transplant", "does a donor's stem cells go to waste if the transplant is delayed",
    "i felt like a burden during my first admission but talking to the psychologist helped and im ok now",
    "how do i stop feeling like a burden when friends help, i just feel awkward", "my mum worries shes a burden, how can i reassure her",
    "hanging the washing out wears me out after chemo", "im hanging out with my grandkids this weekend",
    "the picture is hanging crooked", "hanging on for the results on friday",
    "my husband keeps a shotgun for the farm, its locked away, is it ok around visitors after transplant",
    "me colgo el telefono la enfermera", "tengo la ropa colgada afuera", "el cuadro esta colgado en la sala",
    "mi papa tiene una escopeta para cazar, la guarda bajo llave", "que desperdicio de tarde en la sala de espera",
    "me siento una carga cuando me ayudan pero mi psicologa me ayuda con eso", "es un desperdicio tirar las pastillas que sobran?",
    "la cuerda del tendedero se rompio", "where do i take unused pills when treatment ends",
]


def _who(rng: random.Random) -> tuple[str, str, str, str, str, str]:
    """(subject, be, has, his/her/my, him/her/me, he/she/i) for the English fragments."""
    r = rng.random()
    if r < 0.35:
        return "i", "am", "have", "my", "me", "i"
    if r < 0.68:
        return rng.choice(HE), "is", "has", "his", "him", "he"
    return rng.choice(SHE), "is", "has", "her", "her", "she"


def fill(rng: random.Random, t: str) -> str:
    s, be, has, p, o, s2 = _who(rng)
    if "{s}" in t and "{o}self" in t and s == "i":
        s, be, has, p, o, s2 = rng.choice(HE), "is", "has", "his", "him", "he"
    if "{s}" in t and "{o} down" in t and s == "i":
        s, be, has, p, o, s2 = rng.choice(SHE), "is", "has", "her", "her", "she"
    t = (t.replace("{s}", s).replace("{be}", be).replace("{has}", has).replace("{p}", p).replace("{o}", o)
         .replace("{s2}", s2).replace("{cond}", rng.choice(COND)).replace("{plt}", rng.choice(PLT))
         .replace("{w}", rng.choice(WEEKS)).replace("{thing}", rng.choice(THING)).replace("{fam}", rng.choice(FAM))
         .replace("{load}", rng.choice(LOAD)))
    return t.replace("i is ", "i am ").replace("i has ", "i have ")


def fill_es(rng: random.Random, t: str) -> str:
    he = rng.random() < 0.5
    s, o = (rng.choice(ES_HE), "o") if he else (rng.choice(ES_SHE), "a")
    return (t.replace("{s}", s).replace("{o}", o).replace("{arma}", rng.choice(ARMA)).replace("{w}", rng.choice(WEEKS))
            .replace("{pl}", rng.choice(PL)).replace("{cond}", rng.choice(COND_ES)))


def compose(rng: random.Random) -> Rows:
    rows = Rows()
    for kind, pool in (("pregnancy", PREGNANT), ("low_platelet_bleeding", GUMS), ("bleeding_worse_now", WORSE),
                       ("found_hanging", HANGING)):
        for _ in range(N_POS):
            rows.add("emergency", kind, noisy(rng, rng.choice(OPEN) + fill(rng, rng.choice(pool)) + rng.choice(ASK)), True)
    for kind, pool in (("es_bone_out", BONE), ("es_adrenaline_failed", ADRENALINE), ("es_coughing_blood", COUGH_BLOOD),
                       ("es_birth", ES_BIRTH), ("es_heavy_bleeding", ES_HEAVY), ("es_found_hanging", ES_HANGING)):
        for _ in range(N_POS):
            rows.add("emergency", kind, noisy(rng, fill_es(rng, rng.choice(pool)) + rng.choice(ES_ASK)), True)
    for _ in range(N_POS):  # (worthlessness has many ways to be said: twice the others)
        rows.add("crisis", "worthless_burden", noisy(rng, fill(rng, rng.choice(WASTE))), True)
    for kind, pool, es in (("worthless_burden", WASTE, False), ("found_hanging", HANGING, False),
                           ("es_means_thought", ES_MEANS, True), ("es_worthless", ES_WASTE, True),
                           ("es_found_hanging", ES_HANGING, True)):
        for _ in range(N_POS):
            text = fill_es(rng, rng.choice(pool)) if es else fill(rng, rng.choice(pool))
            rows.add("crisis", kind, noisy(rng, text), True)
    for _ in range(N_NEG):
        rows.add("emergency", "calm_same_words", noisy(rng, fill(rng, rng.choice(NEG_E))), False)
        rows.add("crisis", "calm_same_words", noisy(rng, fill(rng, rng.choice(NEG_C))), False)
    return rows


def main() -> int:
    rows = compose(random.Random(20261203 + 32))
    # The emergency file trains the emergency detector alone (safety_data.EMERGENCY_ONLY_PREFIX, "round32e:"): as
    # crisis negatives, someone found hanging would teach the crisis detector that it is no crisis.
    rows.write("round32", evaluation_texts(), cutoff=80, prefix={"emergency": "round32e"})
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
