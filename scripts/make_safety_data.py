# ruff: noqa: E501 - the fragments are data, one message a line
"""Writes intents/safety/*.jsonl: training data for the two safety detectors (emergency, crisis).

Messages are composed from hand-written fragments (who, what is happening, since when, what they ask, how they
type), so the detectors learn the space rather than a list. Everything here was written from the public lists
(MedlinePlus "Recognizing medical emergencies", NHS "When to call 999", AHA heart attack and F.A.S.T. stroke
signs, 988 Lifeline warning signs, the Columbia screener, CDC sepsis signs, NCI/CDC fever during chemotherapy),
never from an evaluation set. Run:  python scripts/make_safety_data.py   (deterministic; commit the output)
"""

from __future__ import annotations

import json
import random
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "intents" / "safety"
N_POS = 420  # composed positives per category (hand-written ones come on top)
N_NEG = 260  # composed hard negatives per negative kind

# --- who -------------------------------------------------------------------------------------------------------

FIRST = dict(S="i", be="am", has="have", pos="my", obj="me", s="", does="do", was="was", self="myself")
PEOPLE_M = ["my dad", "my husband", "my son", "my grandpa", "my brother", "my boyfriend", "my partner", "he",
            "my father", "my uncle", "my little boy", "my teenage son", "my 70 year old dad", "my neighbour",
            "my friend", "my roommate", "my stepdad", "our baby boy", "my 4 year old", "my elderly father"]
PEOPLE_F = ["my mom", "my mum", "my wife", "my daughter", "my grandma", "my sister", "my girlfriend", "she",
            "my mother", "my aunt", "my little girl", "my teenage daughter", "my 80 year old mum", "my nan",
            "my friend", "my flatmate", "my stepmom", "the baby", "my 2 year old", "my elderly mother"]


def person(rng: random.Random, third: float = 0.45) -> dict[str, str]:
    if rng.random() > third:
        return FIRST
    if rng.random() < 0.5:
        return dict(S=rng.choice(PEOPLE_M), be="is", has="has", pos="his", obj="him", s="s", does="does",
                    was="was", self="himself")
    return dict(S=rng.choice(PEOPLE_F), be="is", has="has", pos="her", obj="her", s="s", does="does",
                was="was", self="herself")


def fill(template: str, p: dict[str, str]) -> str:
    out = template
    if "S" in p and out.count("{S}") > 1:  # "my dad thinks he is ...", not "my dad thinks my dad is ..."
        first = out.index("{S}") + 3
        pronoun = "i" if p["S"] == "i" else ("he" if p.get("pos") == "his" else "she")
        out = out[:first] + out[first:].replace("{S}", pronoun)
    for k, v in p.items():
        out = out.replace("{" + k + "}", v)
    return out


# --- how people type ---------------------------------------------------------------------------------------------

OPENERS = ["", "", "", "help ", "please help ", "hi, ", "um ", "ok so ", "quick question ", "sorry to bother you but ",
           "not sure if this is the right place but ", "urgent: ", "hello? ", "i dont know what to do, ",
           "im scared, ", "can someone help, ", "so ", "hey ", "omg ", "please answer quickly "]
ASKS = ["", "", "", " what do i do", " what should i do", " is this serious", " should i wait and see",
        " should i just sleep it off", " is it ok to wait till morning", " do i need to go in", " help",
        " what does this mean", " is this normal", " should i call the doctor tomorrow", " can i give something for it",
        " should i take a tylenol and rest", " do i call someone", " pls help", " is it bad", " what now",
        " do we go to the hospital or wait", " can it wait until my appointment on monday"]
RAMBLE = ["i have myelodysplastic syndrome and get transfusions every few weeks, anyway ",
          "so my mum has aplastic anemia and we have been back and forth to the clinic for months, and today ",
          "long story but i was diagnosed with polycythemia vera last year and things have been ok until ",
          "i'm a carer for my dad who has leukemia, we were watching tv and ",
          "sorry this is long, ive been really stressed with work and the kids and everything, and now ",
          "we just got back from the shops and unpacked everything, then out of nowhere ",
          "i was on the phone with my sister talking about christmas plans when ",
          "my son had his bone marrow biopsy last week and the results are not back yet but tonight ",
          "not sure if its related to the myelofibrosis or the new tablets but ",
          "i've been reading your pages about bone marrow failure all week, but right now ",
          "we had a normal day, went for a walk and had dinner, and then about an hour ago ",
          "she's 82 and lives alone, i popped round to check on her and ",
          "i work nights so im only just up, and ", "my husband is at work and i'm home with the kids and "]
TEXTSPEAK = [(" you ", " u "), (" your ", " ur "), (" please", " pls"), (" right now", " rn"), (" because ", " cuz "),
             (" and ", " n "), (" are ", " r "), (" minutes", " mins"), (" about ", " abt "), (" really ", " rly "),
             (" tonight", " 2nite"), (" to ", " 2 "), (" for ", " 4 "), (" okay", " ok"), (" with ", " w/ ")]
MISSPELL = [("breathe", "breath"), ("breathing", "breathin"), ("chest", "chset"), ("seizure", "seizure"),
            ("seizure", "sezure"), ("unconscious", "unconcious"), ("temperature", "temprature"), ("bleeding", "bleding"),
            ("vomiting", "vomitting"), ("suicide", "suicde"), ("myself", "my self"), ("really", "realy"),
            ("stomach", "stomache"), ("swollen", "swolen"), ("headache", "head ache"), ("allergic", "alergic"),
            ("confused", "confussed"), ("because", "becuase"), ("tonight", "tonite"), ("pills", "pils"),
            ("anymore", "any more"), ("definitely", "definately"), ("dizzy", "dizy"), ("weird", "wierd")]


def noisy(rng: random.Random, text: str) -> str:
    text = " ".join(text.split())
    if rng.random() < 0.45:
        text = text.replace("'", "").replace("’", "")
    if rng.random() < 0.2:
        padded = f" {text} "
        for a, b in rng.sample(TEXTSPEAK, 3):
            padded = padded.replace(a, b)
        text = padded.strip()
    if rng.random() < 0.25:
        for a, b in rng.sample(MISSPELL, 4):
            text = re.sub(rf"\b{a}\b", b, text, count=1)
    if rng.random() < 0.15:  # one random typo in a longer word
        ws = text.split()
        long_ws = [i for i, w in enumerate(ws) if len(w) > 5]
        if long_ws:
            i = rng.choice(long_ws)
            w = ws[i]
            j = rng.randrange(1, len(w) - 1)
            ws[i] = w[:j] + w[j + 1 :] if rng.random() < 0.5 else w[:j] + w[j + 1] + w[j] + w[j + 2 :]
            text = " ".join(ws)
    r = rng.random()
    if r < 0.12:
        text = text.upper()
    elif r < 0.4:
        text = text[:1].upper() + text[1:]
    if rng.random() < 0.3:
        text += rng.choice(["?", "!!", ".", "...", " ??", " :("])
    return text


# --- emergencies -------------------------------------------------------------------------------------------------

NOW = ["", "", " right now", " since about 20 minutes ago", " for the last half hour", " and its getting worse",
       " it started an hour ago", " just now", " this morning and it hasnt stopped", " out of nowhere",
       " all of a sudden", " for 10 mins now", " since we got home", " and it won't go away"]

EMERGENCY: dict[str, list[str]] = {
    "cardiac": [
        "{S} {has} crushing pain in the middle of {pos} chest", "{pos} chest feels like someone is sitting on it",
        "{S} {has} a heavy pressure in {pos} chest going down {pos} left arm", "{S} {be} clutching {pos} chest and sweating",
        "{pos} chest is so tight {S} can hardly move", "pain spreading from {pos} chest into {pos} jaw and back",
        "{S} {has} chest pain and {pos} left arm feels numb", "{S} think{s} {S} {be} having a heart attack",
        "{pos} heart is pounding really fast and {S} feel{s} like {S} might pass out",
        "{S} {has} a squeezing feeling in {pos} chest and feel{s} sick and clammy", "{pos} chest hurts when {S} breathe{s}, sharp and bad",
        "{S} {be} grey and sweaty and says {pos} chest is tight", "tight band around {pos} chest and cold sweat",
        "{pos} heart is racing over 180 and {S} {be} dizzy", "burning pressure in {pos} chest that wont ease with rest",
        "{S} {has} pain in {pos} chest, neck and left shoulder and {be} short of breath",
        "indigestion feeling in {pos} chest but much worse than usual and sweating", "{pos} chest is killing {obj}",
        "{S} {has} an elephant on {pos} chest feeling", "{S} collapsed holding {pos} chest",
    ],
    "stroke": [
        "{pos} face is drooping on one side", "{pos} smile is lopsided all of a sudden", "{S} {be} slurring {pos} words",
        "{S} can't lift {pos} right arm", "{pos} arm and leg went weak on one side", "{pos} words are coming out jumbled",
        "{S} suddenly can't find {pos} words and {pos} speech is garbled", "half of {pos} face went numb",
        "{S} {be} talking nonsense and {pos} mouth is crooked", "{S} suddenly lost vision in one eye",
        "{S} {be} suddenly confused and can't understand what im saying", "{pos} left side has gone floppy",
        "{S} {be} dragging {pos} leg and {pos} arm is weak", "{S} can't walk straight and {be} really dizzy all of a sudden",
        "{S} {has} the worst headache of {pos} life out of nowhere", "{pos} speech went funny and {pos} hand stopped working",
        "{S} dropped {pos} cup because {pos} hand went weak and {pos} face looks droopy", "{S} cant raise both arms, one drops",
        "{S} suddenly sees double and {pos} face feels numb", "one side of {pos} mouth is hanging down",
        "only one side of {pos} face moves when {S} smile{s}", "{pos} leg went dead and {pos} face dropped",
    ],
    "breathing": [
        "{S} can't breathe", "{S} can't catch {pos} breath even sitting still", "{S} {be} gasping for air",
        "{pos} lips are going blue", "{S} {be} struggling to breathe and can't finish a sentence",
        "{S} {be} wheezing really badly and {pos} inhaler isnt helping", "every breath is a struggle for {obj}",
        "{S} {be} breathing really fast and shallow and look{s} grey", "{S} {be} choking and can't cough",
        "{pos} breathing is really noisy and {pos} ribs are sucking in", "{S} cant get enough air in",
        "{S} keep{s} stopping breathing for a few seconds", "{S} {be} so breathless {S} can't talk",
        "{pos} oxygen reading is 85 and {S} feel{s} awful", "{S} feel{s} like {S} {be} suffocating",
        "{S} {be} fighting for every breath", "something is stuck in {pos} throat and {S} can't breathe",
        "{S} {be} panting and {pos} fingertips are blue", "{pos} chest is heaving and {S} {be} gulping for air",
        "{S} woke up unable to breathe properly", "{S} can only say one or two words between breaths",
        "{S} can't finish a sentence without stopping for air", "{S} {be} sucking in air even sitting down",
    ],
    "anaphylaxis": [
        "{pos} throat is closing up", "{pos} tongue is swelling and {S} can't swallow", "{pos} lips and face are swelling up after eating nuts",
        "{S} got stung by a bee and {be} covered in hives and wheezing", "{pos} throat feels tight after the new antibiotic",
        "{S} {be} having a reaction to the transfusion, shaking and can't breathe well",
        "{S} broke out in hives all over and {pos} voice is hoarse", "{pos} eyes and lips are puffing up and {S} feel{s} faint",
        "{S} {has} a rash spreading fast and {pos} throat is itchy and tight", "{S} used {pos} epipen but {be} still getting worse",
        "{S} ate shrimp and now {pos} face is swollen and {S} {be} dizzy", "{pos} mouth is tingling and {pos} throat swelling",
        "after the infusion {S} went all blotchy and can't breathe right", "{S} {be} allergic to peanuts and just ate some, {pos} lips are swelling",
        "swelling in {pos} throat and {S} {be} wheezing", "{S} {has} hives and {pos} tongue feels thick",
    ],
    "bleeding": [
        "{S} cut {pos} arm and the blood is pouring out", "{pos} nose has been bleeding for over an hour",
        "the bleeding won't stop even with pressure", "{S} {be} vomiting blood", "{S} threw up what looks like coffee grounds",
        "{S} {be} coughing up bright red blood", "{pos} poo is black and sticky like tar", "blood is soaking through the towel",
        "{S} {has} blood in {pos} pee and {be} dizzy and pale", "{pos} gums wont stop bleeding and {pos} platelets are low",
        "{S} {has} bruises appearing everywhere and a nosebleed that wont stop", "there's a lot of blood from {pos} bottom",
        "{pos} period is soaking a pad every hour and {S} feel{s} faint", "{S} sliced {pos} hand and its spurting",
        "{S} {be} losing a lot of blood", "{pos} central line site is bleeding through the dressing and wont stop",
        "blood keeps coming out of {pos} mouth", "{S} {be} pale, dizzy and passing black stools",
        "{S} {has} tiny purple spots all over and {pos} nose is pouring blood", "{pos} wound burst open and is bleeding heavily",
        "{pos} nosebleed has gone through three towels", "the bleeding isn't slowing down at all", "{S} {be} bleeding through every dressing",
    ],
    "fever_chemo": [
        "{S} {has} a temperature of 38.3 and {be} on chemo", "{S} {be} running 38.5 after chemo last week",
        "{S} {has} a fever and {pos} white count is low", "{S} finished a round of chemotherapy and now {has} chills and a fever",
        "temp is 101 and {S} {be} neutropenic", "{S} {has} a high temperature, {S} had {pos} stem cell transplant a month ago",
        "{S} {be} shivering and feverish and {pos} neutrophils were low yesterday", "{pos} temperature is 38 and {S} {be} on treatment for leukemia",
        "{S} {be} on chemo and feel{s} hot and shivery", "fever of 100.5 during chemo", "{S} {be} burning up and {be} having chemotherapy",
        "{S} got {pos} chemo on tuesday and now {pos} temp is 38.6", "{S} {has} rigors and a fever after {pos} transplant",
        "{pos} counts are really low and {S} just spiked a temperature", "{S} {be} on azacitidine and {has} a fever of 38.4",
        "{S} {be} feverish and {pos} port site is red, {S} {be} on chemo", "{pos} temp keeps going up, 38.9 now, {S} {has} aml and {be} mid treatment",
        "{S} {be} immunocompromised after chemo and {has} a fever", "{S} {has} a fever on day 9 after chemo",
        "{S} {be} on chemo and {pos} temp just hit 100.4",
    ],
    "sepsis": [
        "{S} {has} a fever and {be} really confused", "{S} {be} shivering uncontrollably and {pos} skin looks mottled",
        "{S} {has} not peed all day and {be} cold and clammy", "{pos} skin is blotchy and blue and {S} {be} very drowsy",
        "{S} feel{s} like {S} {be} going to die, fever and racing heart", "{S} {be} breathing fast with a high temperature and can't stand up",
        "{pos} wound is infected and now {S} {be} confused and hot", "{S} {has} a high temp and {pos} heart is racing and {S} {be} slurring",
        "{S} {be} really unwell with a fever and {pos} skin is cold to touch", "{S} {has} an infection and {be} suddenly very sleepy and hard to rouse",
        "{S} {be} feverish, faint and {pos} lips are pale", "{S} {be} burning up but {pos} hands and feet are freezing and blue",
        "{S} {has} a uti and now {be} shaking and confused", "{S} {has} a rash that doesn't fade when i press a glass on it",
        "{S} {be} very sick with fever and hasnt passed urine since yesterday", "{S} {has} chills and {pos} blood pressure is very low",
    ],
    "collapse_seizure": [
        "{S} collapsed and {be} not responding", "{S} passed out and won't wake up", "{S} {be} having a fit and shaking all over",
        "{S} {be} jerking and foaming at the mouth", "{S} {has} been seizing for over 5 minutes", "{S} fainted and hit {pos} head",
        "{S} {be} unconscious on the floor", "{S} {be} really hard to wake and floppy", "{S} keep{s} blacking out",
        "{S} went stiff and started shaking and now {be} not answering", "{S} {be} breathing but won't respond to {pos} name",
        "the baby won't feed and is hard to wake", "{S} {be} drowsy and not making sense", "{S} slumped over at the table and {be} grey",
        "{S} {has} had a seizure and never had one before", "{S} {be} limp and {pos} eyes are rolling back",
        "{S} just dropped to the ground and isnt moving", "{S} {be} twitching and not with it", "{S} {be} unresponsive",
        "{S} {be} completely out of it and can't be woken up properly", "{S} only groan{s} when i shake {obj}",
        "{S} {has} had one fit after another and {has} not come round", "{pos} eyes rolled back and {S} went floppy",
        "found {obj} on the floor breathing but not answering", "{S} {be} not waking up properly after the seizure",
        "{S} {be} moaning but not making any sense and won't open {pos} eyes",
    ],
    "poisoning_overdose": [
        "{S} took too many of {pos} pills", "{S} swallowed a whole bottle of paracetamol", "my toddler got into the medicine cabinet",
        "my kid drank some bleach", "{S} took double {pos} dose of morphine and {be} very sleepy", "the baby ate one of my tablets",
        "{S} took a handful of sleeping pills", "{S} drank antifreeze", "{S} overdosed", "my son swallowed a button battery",
        "{S} {has} taken way too much of {pos} oxycodone and {be} barely breathing", "my daughter ate some of the dishwasher pods",
        "{S} mixed up {pos} meds and took the whole week at once", "{S} took 20 tylenol an hour ago",
        "my dog got into... no my son got into the pills", "{S} breathed in fumes from the cleaning products and feels dizzy",
        "{S} ate wild mushrooms and {be} vomiting", "{S} {be} very drowsy after taking extra of {pos} pain patches",
        "{S} drank a lot and took {pos} sleeping tablets", "carbon monoxide alarm went off and we all have headaches",
        "{S} accidentally took {pos} methotrexate every day instead of weekly", "my kid was sucking on one of my pain patches",
        "the baby chewed a fentanyl patch", "{S} ate a handful of iron tablets thinking they were sweets",
        "{S} swallowed some of the weed killer", "{S} got into the pills in my handbag", "my toddler drank some of the methadone",
    ],
    "injury": [
        "{S} fell and hit {pos} head and now {be} really drowsy", "{S} {be} on warfarin and banged {pos} head",
        "{S} fell off a ladder and can't move {pos} legs", "{pos} leg is bent the wrong way", "{S} {has} been in a car crash",
        "{S} got hit by a car", "{S} {has} a deep cut and {S} can see the bone", "{S} fell and {be} vomiting and confused",
        "{S} burned {pos} whole arm with boiling water", "{S} {be} on blood thinners and fell down the stairs",
        "{S} hit {pos} head hard and {be} acting strange", "{S} got stabbed", "{S} fell from the top bunk and isnt making sense",
        "{S} {has} low platelets and hit {pos} head on the cupboard, now headache and sick", "{S} got electrocuted",
        "{S} nearly drowned in the pool and {be} coughing", "{S} {has} a bad burn that is white and leathery",
        "{S} fell and {pos} hip is twisted out and {S} can't stand", "{S} fell out of the window onto the patio",
        "{S} came off {pos} motorbike at speed", "{S} fell down a whole flight of stairs and {be} not moving much",
        "{S} {has} a head injury and {be} on blood thinners", "a heavy shelf fell on {pos} chest",
    ],
    "other": [
        "{S} {has} sudden severe pain in {pos} belly and {be} rigid", "{pos} leg is suddenly swollen red and painful and {S} {be} short of breath",
        "{S} {has} a headache and a stiff neck and can't stand light", "{pos} testicle is suddenly very painful and swollen",
        "{S} {be} pregnant and bleeding with bad cramps", "{S} {has} excruciating stomach pain and {be} throwing up green",
        "{S} {be} diabetic and {be} confused and sweaty", "{pos} blood sugar is really low and {S} {be} not making sense",
        "{S} {has} sickle cell and {be} in terrible pain with chest pain", "{pos} erection wont go away after 4 hours, {S} {has} sickle cell",
        "{pos} belly is swollen hard and {S} {has} not pooed for days and {be} vomiting", "{S} {be} suddenly blind in one eye",
        "{S} {be} yellow, confused and vomiting blood", "{pos} neck is stiff and {S} {has} a purple rash and fever",
        "{S} {has} the worst pain of {pos} life", "{S} {be} having a medical emergency", "this is an emergency",
        "{S} {be} dying", "we need an ambulance", "{S} {has} a sudden terrible headache like being hit with a bat",
    ],
}

# Hand-written, whole messages (not composed), in lay words and with typos.
EMERGENCY_WHOLE = [
    "his words came out wrong and his arm went weak", "call an ambulance", "i think she is dying",
    "mum is on chemo and has a temp of 38.7 and the shakes, is it ok to wait until clinic monday",
    "my 3 year old has a fever and a rash that doesnt go away under a glass", "baby is floppy and not feeding and very pale",
    "hes breathing funny and wont wake up properly", "she hit her head and takes blood thinners and keeps being sick",
    "dad is slurring and cant grip anything with his left hand", "im seeing double and my face is numb on one side",
    "pressure in chest 20 mins sweaty nauseous", "cant breath", "cnat breathe", "i cant breathe properly and my lips look blue",
    "blood everywhere from his leg", "my nose wont stop bleeding its been 90 minutes and my platelets are 8",
    "throat swelling shut after the platelet transfusion", "just took all my nans pills by mistake",
    "my son ate something from under the sink", "2yo drank the dishwasher liquid", "she collapsed in the kitchen",
    "he fell and now hes not making sense", "fever 39 neutropenic what do i do", "on chemo temp 38 shivering",
    "chemo pt temp 38.5 rigors", "my white count is almost zero and i have a fever of 38.1",
    "my mums lips are blue and shes really sleepy", "hes turning blue", "there is so much blood",
    "my heart is beating so fast and i think im going to pass out", "my chest is so heavy and my arm is tingling",
    "i fell off my bike, hit my head, and now im throwing up and my head is pounding",
    "we were eating and he started choking and now he cant talk or breathe",
    "she had a seizure and now shes not waking up", "grandad keeps falling asleep mid sentence and his speech is slurred",
    "my wife is having a stroke i think, her face looks wrong", "i think my husband is having a heart attack",
    "my son is allergic to nuts and ate a cookie and is wheezing", "my daughter cut her wrist badly by accident on glass, it is pouring",
    "me duele mucho el pecho y no puedo respirar",
]

# --- Spanish (detection only; fragments written from the same lists) ---------------------------------------------

ES_FIRST = dict(S="", be="estoy", has="tengo", pos="mi", obj="me", s="o", suj="yo")
ES_PEOPLE = [("mi papa", "el"), ("mi mama", "ella"), ("mi esposo", "el"), ("mi esposa", "ella"), ("mi hijo", "el"),
             ("mi hija", "ella"), ("mi abuela", "ella"), ("mi abuelo", "el"), ("mi hermano", "el"), ("el bebe", "el"),
             ("mi pareja", "ella"), ("mi amigo", "el")]

ES_EMERGENCY = {
    "cardiac": ["{S} {tiene} un dolor muy fuerte en el pecho", "{S} {siente} una presion horrible en el pecho",
                "{S} {tiene} dolor en el pecho que baja al brazo izquierdo", "{S} {esta} sudando frio y le duele el pecho",
                "creo que {S} {esta} teniendo un infarto", "le aprieta el pecho y {esta} palido"],
    "stroke": ["{S} {tiene} la cara torcida de un lado", "{S} no puede hablar bien, arrastra las palabras",
               "{S} no puede mover el brazo derecho de repente", "se le cayo un lado de la cara",
               "{S} de repente no entiende lo que le digo y habla raro", "creo que {S} {esta} teniendo un derrame cerebral"],
    "breathing": ["{S} no puede respirar", "no puedo respirar", "{S} {esta} ahogandose", "le falta el aire y tiene los labios morados",
                  "{S} respira con mucha dificultad", "me ahogo y no puedo hablar"],
    "anaphylaxis": ["se le esta cerrando la garganta", "{S} {tiene} la lengua hinchada y no puede tragar",
                    "{S} {tiene} ronchas por todo el cuerpo y le cuesta respirar", "se le hincharon los labios y la cara despues de la transfusion"],
    "bleeding": ["{S} {esta} vomitando sangre", "le sangra la nariz desde hace una hora y no para", "la sangre no para",
                 "{S} {tiene} heces negras y se marea", "{S} {esta} tosiendo sangre", "{S} {esta} perdiendo mucha sangre"],
    "fever_chemo": ["{S} {tiene} fiebre de 38.5 y {esta} en quimioterapia", "{S} {tiene} fiebre y las defensas muy bajas",
                    "tengo fiebre y estoy con quimio", "{S} {tiene} escalofrios y fiebre despues del trasplante",
                    "{S} {tiene} 38 de temperatura y los neutrofilos bajos"],
    "sepsis": ["{S} {tiene} fiebre y {esta} muy confundido", "{S} {tiene} la piel manchada y fria y no orina",
               "{S} {esta} temblando sin control con fiebre y el corazon acelerado"],
    "collapse_seizure": ["{S} se desmayo y no responde", "{S} {esta} convulsionando", "{S} {esta} inconsciente",
                         "{S} no despierta", "{S} {tiene} una convulsion y no para", "{S} se cayo y no reacciona"],
    "poisoning_overdose": ["{S} se tomo muchas pastillas", "mi hijo se tomo unas pastillas de la abuela", "{S} tomo cloro",
                           "el nino se trago algo del botiquin", "{S} tomo una sobredosis"],
    "injury": ["{S} se golpeo la cabeza y toma anticoagulantes y ahora {esta} muy dormido", "{S} se cayo de la escalera y no se mueve",
               "{S} tuvo un accidente de coche", "{S} se quemo todo el brazo"],
    "other": ["{S} {tiene} un dolor de cabeza terrible de repente, el peor de su vida", "{S} {tiene} un dolor de barriga insoportable",
              "es una emergencia", "llamen a una ambulancia", "{S} se esta muriendo"],
}
ES_NOW = ["", "", " ahora mismo", " desde hace media hora", " de repente", " y cada vez peor", " que hago", " ayuda por favor",
          " que hago?", " es grave?", " debo esperar a manana?"]


def es_person(rng: random.Random) -> dict[str, str]:
    if rng.random() < 0.4:
        return dict(S="", tiene="tengo", siente="siento", esta="estoy")
    who, _ = rng.choice(ES_PEOPLE)
    return dict(S=who, tiene="tiene", siente="siente", esta="esta")


def compose_es(rng: random.Random, frags: list[str]) -> str:
    p = es_person(rng)
    core = fill(rng.choice(frags), p)
    if rng.random() < 0.3:
        core += " y " + fill(rng.choice(frags), p)
    text = core + rng.choice(ES_NOW)
    if rng.random() < 0.3:
        text = text.replace("que", "q")
    return noisy(rng, text)


def compose_emergency(rng: random.Random, frags: list[str], all_frags: list[str]) -> str:
    p = person(rng)
    core = fill(rng.choice(frags), p)
    r = rng.random()
    if r < 0.35:
        core += rng.choice([" and ", ", ", " and now ", " plus "]) + fill(rng.choice(frags), p)
    elif r < 0.45:
        core += rng.choice([" and ", ", also "]) + fill(rng.choice(all_frags), p)
    text = rng.choice(OPENERS) + core + rng.choice(NOW) + rng.choice(ASKS)
    if rng.random() < 0.15:
        text = rng.choice(RAMBLE) + text
    if rng.random() < 0.08:
        text = text + ". " + rng.choice(["sorry for the long message", "i dont want to overreact",
                                          "i hate bothering people", "the doctors office is closed"])
    return noisy(rng, text)


# --- crisis ------------------------------------------------------------------------------------------------------

CRISIS: dict[str, list[str]] = {
    "passive": [
        "i wish i could go to sleep and not wake up", "everyone would be better off without me", "i don't see the point in going on",
        "what's the point of any of it anymore", "i just want it all to stop", "i wish i just wouldn't wake up tomorrow",
        "sometimes i hope the cancer just takes me", "i want to disappear and never come back", "i'd rather not be here anymore",
        "it would be easier if i wasn't around", "i'm a burden on my family and they'd be happier if i was gone",
        "i keep thinking about dying", "i don't want to be alive", "i'm tired of living", "i can't see a future for myself",
        "there is no point carrying on", "i wish i'd never been born", "i wish i could fall asleep forever",
        "i don't care if i die", "if i didn't wake up tomorrow that would be fine", "i keep hoping i won't survive the next round",
        "dying would be a relief", "my family would be better off without me", "nobody would miss me if i was gone",
        "i'm done fighting, i just want to go", "i don't want to exist", "life isn't worth it anymore",
    ],
    "active": [
        "i want to kill myself", "i'm going to kill myself", "i'm thinking about suicide", "i want to end my life",
        "i've been thinking of ending it", "i want to die", "i am suicidal", "i'm going to end it tonight",
        "i want to end things", "i'm thinking about taking my own life", "i keep having thoughts of killing myself",
        "i'm going to end it all", "i dont want to live anymore", "i'm ready to die", "i feel like ending my life",
        "i want to be dead", "i'm having suicidal thoughts again", "i think i'm going to do something stupid to myself tonight",
        "i want to stop living", "i've decided to end my life", "i'm planning to kill myself",
    ],
    "plan": [
        "i've worked out how many of my pills it would take", "i know exactly how i'm going to do it", "i've picked a date",
        "i've been looking up how to overdose", "i'm going to jump off the bridge", "i'm going to take all my pills tonight",
        "i've written the note", "i'm going to drive into a wall", "i've looked up which of my meds would kill me",
        "i have a plan to end it", "i'm going to hang myself", "i've been researching painless ways to die",
        "i'm standing on the bridge now", "i'm going to do it this weekend when everyone is out",
        "i've tied the rope", "i'm going to step in front of a train", "how many of my morphine tablets would be enough to not wake up",
        "how much of my medicine would it take to end it", "what dose of my pills would be fatal",
    ],
    "means": [
        "i've been saving up my pain pills", "i have a stockpile of tablets in my drawer", "i have enough morphine saved to end it",
        "i bought a gun", "i have a rope in the garage", "i've got all my chemo tablets and my painkillers lined up",
        "i have the pills in front of me", "i've been hoarding my sleeping tablets", "i got a knife ready",
        "i just took a whole bottle of my pills", "i already swallowed them all", "i've cut my wrists",
        "i took an overdose on purpose", "i've taken everything in the cupboard", "i have the car running in the garage",
        "i have a blade in my hand", "i'm holding the razor", "i've been hiding my tablets instead of taking them, in case i need them",
        "i bought lots of painkillers from different chemists", "i've got all my sleeping pills and a bottle of vodka here",
        "i keep looking at the knife", "i'm thinking about swallowing all of them right now", "i have my dad's gun",
    ],
    "preparation": [
        "i've started giving my things away", "i wrote letters to my kids for when i'm gone", "i've sorted out my will and said my goodbyes",
        "i found a new home for my dog so she'll be ok after", "i've been cleaning up my affairs so no one has to deal with it",
        "i gave away my guitar and my books this week", "i've made sure the insurance pays out", "i've paid off everything and cancelled my subscriptions, i won't need them",
        "i've been getting everything in order for when i'm not here", "i deleted all my accounts and gave my cat to my sister",
        "i told my wife all my passwords, she'll need them soon", "i'm not going to wait for the cancer to take me",
    ],
    "goodbye": [
        "this is goodbye", "thank you for everything, you won't hear from me again", "tell my family i love them",
        "i just wanted to say bye before i go", "i won't be around much longer", "this is my last message",
        "goodbye everyone, i'm sorry", "by tomorrow it won't matter anymore", "i'm saying goodbye to everyone tonight",
        "i won't be needing any more appointments", "you won't have to worry about me after tonight",
        "i called everyone to say goodbye, they don't know it's the last time", "this is the last time i'll talk to anyone",
    ],
    "self_harm": [
        "i've been cutting myself again", "i burned myself on purpose", "i hurt myself to feel something", "i keep hitting myself",
        "i scratch my arms until they bleed", "i cut my legs last night", "i want to hurt myself", "i started self harming again",
        "i punched the wall until my hand broke on purpose", "i've been pulling my hair out and cutting", "i can't stop cutting",
        "the urge to cut is really strong right now", "i deserve to be hurt so i do it myself", "i have fresh cuts on my wrist",
        "i burn my skin with a lighter", "i carved words into my arm", "i bang my head on the wall until it hurts",
        "i used scissors on my thighs again", "i pick at my skin until it bleeds on purpose", "i hurt myself after every appointment",
        "i smashed my hand against the door on purpose",
    ],
    "despair": [
        "i feel completely hopeless", "nothing is ever going to get better", "i'm giving up on everything", "i can't take it anymore",
        "i'm so tired of fighting this", "there's no way out", "i feel trapped and there's no escape", "i'm a burden to everyone",
        "i have nothing left", "i've lost all hope", "i don't know how much longer i can do this", "i feel empty and worthless",
        "everything is pointless", "i can't cope anymore", "no one cares if i'm here", "i'm broken and can't be fixed",
        "i just want the pain to end", "i feel like giving up", "i'm at the end of my rope", "what's the point of treatment, what's the point of anything",
        "i see no reason to keep going", "i'm just waiting to die", "out of hope and out of options", "i can't keep going like this",
    ],
}
THIRD_CRISIS = [
    "{S} said {s_he} wants to die", "{S} keeps saying {s_he}'d be better off dead", "{S} texted me that {s_he} is going to kill {self}",
    "{S} has been giving away {pos} stuff and talking about not being around", "{S} told me {s_he} has a plan to end {pos} life",
    "{S} has been cutting {self}", "{S} wrote a goodbye note", "{S} is talking about suicide", "{S} said nobody would miss {obj}",
    "{S} has been stockpiling {pos} pills and said goodbye to everyone", "{S} tried to overdose last night and says {s_he}'ll try again",
    "{S} posted online that {s_he} can't go on", "{S} said {s_he} wishes {s_he} could go to sleep and never wake up",
    "{S} is threatening to jump", "{S} locked {self} in the bathroom with a knife", "{S} said tonight is the night",
    "{S} keeps searching how to kill {self}", "{S} is burning {self} with cigarettes", "{S} said {s_he} is a burden and wants to go",
    "{S} locked {self} in the bathroom with all {pos} pills", "{S} is in the car in the closed garage with the engine on",
    "{S} said {s_he}'ll shoot {self} if things get worse", "{S} said we'd all be better off without {obj}",
    "{S} has been hoarding {pos} morphine", "{S} said goodbye to the kids like it was forever",
]
CRISIS_CONTEXT = ["", "", "", "since the diagnosis ", "honestly ", "to be honest ", "since my transplant failed ",
                  "ever since the relapse ", "lately ", "every night ", "i cant tell anyone but ", "i'm scared because ",
                  "the chemo has taken everything and ", "my mds came back and ", "i havent told my doctor but ",
                  "after everything with my leukemia ", "i'm just so tired, ", "i'm sorry but "]
CRISIS_TAIL = ["", "", "", " and i mean it", " tonight", " i really do", " i'm not joking", " i just don't care anymore",
               " nobody understands", " please don't tell anyone", " is that bad", " i don't know why i'm telling a bot",
               " what do i do", " i cant stop thinking about it", " i'm alone"]

ES_CRISIS = {
    "active": ["quiero morirme", "me quiero matar", "pienso en suicidarme todos los dias", "voy a quitarme la vida", "quiero acabar con todo",
               "ya no quiero vivir", "pienso en matarme", "no quiero seguir viviendo"],
    "passive": ["todos estarian mejor sin mi", "ojala no despertara manana", "no le veo sentido a seguir", "quisiera desaparecer",
                "soy una carga para mi familia"],
    "plan": ["ya se como lo voy a hacer", "tengo guardadas muchas pastillas para acabar con todo", "cuantas pastillas necesito para no despertar",
             "me voy a tirar del puente", "ya escribi la carta de despedida"],
    "self_harm": ["me estoy cortando otra vez", "me hago dano a proposito", "me corte los brazos anoche"],
    "goodbye": ["esta es mi despedida", "digan a mi familia que los quiero, ya no voy a estar", "adios a todos, lo siento"],
    "third_person": ["mi hijo dice que se quiere morir", "mi hermana dice que se va a matar", "mi papa esta regalando sus cosas y habla de no estar",
                     "mi amiga se esta cortando"],
    "despair": ["ya no aguanto mas", "no tengo esperanza", "me doy por vencido con todo", "nada va a mejorar"],
}


def compose_crisis(rng: random.Random, cat: str) -> str:
    if cat == "third_person":
        p = person(rng, third=1.0)
        p = dict(p, s_he="he" if p["pos"] == "his" else "she")
        text = fill(rng.choice(THIRD_CRISIS), p)
        text = rng.choice(["", "i'm worried, ", "what do i do, ", "please help, ", "not sure if this matters but "]) + text
        return noisy(rng, text + rng.choice(["", " what should i do", " i dont know how to help", " should i call someone", ""]))
    core = rng.choice(CRISIS[cat])
    if rng.random() < 0.3:
        other = rng.choice([c for c in CRISIS if c != "despair"] if cat != "despair" else ["despair"])
        core += rng.choice([" and ", ". ", ", "]) + rng.choice(CRISIS[other])
    text = rng.choice(CRISIS_CONTEXT) + core + rng.choice(CRISIS_TAIL)
    if rng.random() < 0.12:
        text = rng.choice(RAMBLE[:4]) + text
    return noisy(rng, text)


# --- hard negatives ----------------------------------------------------------------------------------------------

CONDITIONS = ["anemia", "aplastic anemia", "leukemia", "aml", "myelofibrosis", "polycythemia vera", "mds", "myeloma",
              "bone marrow necrosis", "thrombocytopenia", "a low platelet count", "neutropenia", "lymphoma", "sickle cell disease",
              "iron deficiency", "a stem cell transplant", "chemotherapy", "radiation therapy", "essential thrombocythemia"]
SYMPTOMS = ["chest pain", "shortness of breath", "trouble breathing", "a fever", "fainting", "bleeding gums", "nosebleeds",
            "seizures", "a stroke", "confusion", "black stools", "blood clots", "a heart attack", "sepsis", "headaches",
            "bruising", "vomiting blood", "a rash", "numbness", "an allergic reaction", "low oxygen", "chills",
            "blue lips", "slurred speech", "passing out", "coughing up blood", "an overdose", "anaphylaxis", "neutropenic fever"]
INFO = ["what are the signs of {sym}", "can {cond} cause {sym}", "is {sym} a symptom of {cond}", "why does {cond} cause {sym}",
        "how common is {sym} with {cond}", "what causes {sym}", "what should i do if i get {sym} during treatment",
        "when should someone go to the er for {sym}", "how do doctors treat {sym}", "is {sym} dangerous in {cond}",
        "what is the difference between {sym} and a panic attack", "how do you know if {sym} is serious",
        "does {cond} increase the risk of {sym}", "can you tell me about {sym}", "what are the warning signs of {sym}",
        "how is {sym} diagnosed", "can {sym} be prevented", "is breathing affected by {cond}", "can chemo cause {sym}",
        "what does it mean if someone has {sym}", "what percentage of people with {cond} get {sym}",
        "i read that {cond} can cause {sym}, is that true", "my doctor mentioned {sym} as a side effect, what is it",
        "what is the first aid for {sym}", "are there any clinical trials for {sym} in {cond}"]
PAST = ["i had {sym} last year but it turned out to be nothing", "{S} had {sym} back in 2019 and recovered fully",
        "years ago i was hospitalised for {sym}", "{S} {was} treated for {sym} last month and is fine now",
        "i used to get {sym} as a kid", "after my transplant two years ago i had {sym} but that's all over",
        "{S} had {sym} during the first round of chemo, but not since", "i had chest pain last year, it was heartburn",
        "when i was pregnant i fainted once", "my grandma died of a stroke in 2010", "my dad had a heart attack 5 years ago and is doing great",
        "i passed out once at school when i was 14", "i had a seizure as a baby with a fever", "i was in the icu with sepsis in 2021, what are the long term effects",
        "{S} had a bad nosebleed yesterday but it stopped after 10 minutes"]
HYPO = ["what if i get {sym} while on chemo", "if someone has {sym} should they call 911", "should i ever worry about {sym}",
        "in case i get {sym} at night, who should i call", "hypothetically, what would {sym} feel like", "if my child swallowed a pill what should i do",
        "what would happen if i took a double dose by mistake", "if i get a fever after chemo do i go to the er",
        "what should i do if my mom has a stroke", "how would i recognise {sym} in my dad", "if my platelets drop, could i bleed a lot",
        "what should i keep at home in case of {sym}", "when should i call the doctor about a fever on chemo"]
NEGATION = ["no chest pain or trouble breathing, just tired all the time", "i don't have a fever, just a runny nose",
            "{S} {be} not confused or drowsy, just a bit bruised", "no fever, no chills, just feeling a bit low on energy",
            "{S} fell but didn't hit {pos} head and is walking around fine", "i'm breathing fine, i just have a cough",
            "the bleeding stopped on its own after a few minutes", "my temperature is normal, 36.8", "i have no shortness of breath",
            "no blood in my stool, i checked", "i'm not suicidal, just sad about the diagnosis", "i don't want to die, i want to live longer",
            "i would never hurt myself but i'm really stressed", "no seizures since we changed the medicine", "i haven't fainted, just a bit dizzy when i stand fast",
            "it's not an emergency, i just have a question about {cond}", "i'm not having chest pain, i was asking about my mum's test",
            "he isn't having trouble breathing, he is just snoring", "no swelling in my throat, only a mild itchy rash on my arm"]
IDIOM = ["i'm dying to know about new treatments", "this paperwork is killing me", "i nearly had a heart attack when i saw the bill",
         "i could kill for a cup of tea", "i'm dead tired after work", "my feet are killing me", "i almost died laughing",
         "that exam was suicide", "my phone is dying", "i'm so bored i could die", "you're killing me with these forms",
         "i'm drowning in emails", "my heart stopped when the phone rang, but it was good news", "the suspense is killing me, when are results back",
         "i'll die of embarrassment if i have to ask again", "kill two birds with one stone", "i'm bleeding money on parking at the hospital",
         "break a leg at your recital", "i'm fed up to the back teeth", "my boss will kill me if i'm late", "i'm sick to death of waiting rooms",
         "the traffic made my blood boil", "i choked on the exam", "that joke killed", "i got over the flu, i was dying for a week",
         "i'm starving to death", "i was gasping for a coffee", "my chest swelled with pride", "i'm heartbroken the trip is cancelled",
         "i want to kill this headache with some tea", "the lawn is dead", "she's a lifesaver", "my laptop crashed and died",
         "my wife will have a fit when she sees the bill", "i could murder a curry", "over my dead body will i miss her wedding",
         "you'll knock them dead at the interview", "my granny would turn in her grave", "these shoes are killing me",
         "my sister will kill me for telling you", "the waiting is murder", "i'm choking on all this paperwork",
         "that film was to die for", "i'm scared to death of needles", "i nearly died of shock when they said remission",
         "the heat is unbearable today", "i laughed till i cried", "my heart is in my mouth before results", "it bores me to death",
         "i'm dying for a cigarette but i quit", "i'd kill to sleep in my own bed", "he'll be the death of me, that boy",
         "my brother drives me up the wall", "the suspense is unbearable"]
WORRIED = ["i've been a bit more tired than usual lately", "i have some small bruises on my shins", "my gums bleed a little when i brush",
           "i have a mild headache since yesterday", "i've had a slight cough for a week", "my temperature is 37.4 and i feel fine, not on any treatment",
           "i get dizzy sometimes when i stand up too quickly", "my hands and feet are often cold", "i have a few red dots on my legs that don't hurt",
           "i'm nervous about my bone marrow biopsy next week", "my blood test showed low iron, should i worry", "i keep getting mouth ulcers",
           "my nose bled for a couple of minutes this morning and stopped", "i feel a bit short of breath climbing stairs lately",
           "my mom's hemoglobin is 9, is that low", "i'm worried about my platelet count of 120", "i have night sweats sometimes",
           "i cut my finger cooking and it stopped bleeding with a plaster", "i feel sad about my diagnosis", "i'm anxious about my results",
           "my joints ache in the morning", "my child has a cold and a temperature of 37.8 but is playing normally",
           "i have a rash after starting a new soap, it's itchy but nothing else", "my heart sometimes skips a beat when i drink coffee",
           "i'm stressed about going back to work after chemo", "my legs feel heavy after a long walk", "i'm tired after my transfusion",
           "i bumped my head on the cupboard, it's a small bump and i feel fine", "i've lost my appetite a bit",
           "the chemo makes me feel low and tired", "i'm fed up with all these appointments", "is it normal to feel down after a diagnosis"]
CRISIS_NEG = ["what is the suicide rate among cancer patients", "how do i support a friend who is depressed", "where can i find a support group",
              "my uncle died by suicide years ago and i still miss him", "is depression common after a transplant",
              "i want to stop my chemo, is that allowed", "i'm giving up sugar to help my energy", "i'm tired of waiting for my results",
              "i cut my hair short before chemo", "i'm done with my last round of chemo!", "i want to kill the cancer cells for good",
              "i don't want to die of this disease, what are my options", "how do i write a will", "i want to give away my old wheelchair",
              "i'm saying goodbye to my nurse, she's moving hospitals", "thanks for everything, goodbye", "goodbye, this was helpful",
              "how many pills of iron should i take a day", "what happens if you overdose on vitamin b12",
              "can i take my pills with food", "i ended up in hospital last time", "end of life care for myelofibrosis", "hospice care options",
              "what is palliative care", "my dog died and i'm sad", "i hurt my back lifting boxes", "i burned my hand on the oven, small burn",
              "i'm feeling hopeful about the new trial", "the treatment is exhausting but i'm getting through it",
              "my friend is going through a hard time, how can i help", "what does better off mean in this test result",
              "i'm not going to the party tonight", "i want to end my treatment early, what does the doctor need to know"]
GENERIC = ["goodbye", "bye", "bye bye", "goodbye and thanks", "ok goodbye", "bye for now", "thanks, bye", "goodbye, take care",
           "see you later", "bye, thank you", "that's all, goodbye", "good night", "thanks for your help, bye", "cheers, bye",
           "what is bone marrow necrosis", "how is polycythemia vera treated", "what are the symptoms of myelofibrosis",
           "which tests find aplastic anemia", "what causes mds", "is myelofibrosis inherited", "what is the outlook for aml",
           "where can i find an expert", "hello", "thanks", "bye", "help", "what can you do", "are there clinical trials for pv",
           "what is a bone marrow biopsy", "how long does a stem cell transplant take", "what is a normal platelet count",
           "what does hemoglobin mean", "can i donate bone marrow", "how do i cook marrow bones", "what's the weather tomorrow",
           "what are the side effects of hydroxyurea", "is jak2 mutation hereditary", "what is the life expectancy with et",
           "my mother has myelodysplastic syndrome, what is it", "what is ruxolitinib", "how often do i need a transfusion",
           "i have been diagnosed with aplastic anemia, what are my chances", "should i stop taking my iron tablets",
           "what does it mean if my white count is low", "can diet help anemia", "how do i explain leukemia to my kids"]
ES_NEG = ["que es la anemia aplasica", "cuales son los sintomas de la leucemia", "como se trata la policitemia vera",
          "el ano pasado tuve dolor de pecho pero era acidez", "si tengo fiebre con la quimio a quien llamo", "no tengo fiebre, solo cansancio",
          "me muero de ganas de saber los resultados", "este papeleo me esta matando", "puede la anemia causar falta de aire",
          "que pasa si me tomo una pastilla de mas", "mi abuela murio de un infarto hace anos", "estoy un poco cansado despues de la transfusion",
          "tengo algunos moretones pequenos en las piernas", "hola", "gracias", "donde encuentro un especialista", "que es un trasplante de medula",
          "estoy nervioso por la biopsia", "me sangran un poco las encias al cepillarme",
          "si a mi hija le da fiebre con la quimio que hacemos", "si algun dia mi papa se desmaya que hago", "que pasa si olvido una dosis",
          "hace dos anos tuve una convulsion pero ya estoy bien", "mi mama tuvo neutropenia febril el ano pasado y se recupero",
          "no tengo dolor de pecho, es solo un resfriado", "no tengo fiebre, solo estoy cansada", "no quiero morirme, quiero vivir",
          "no estoy pensando en hacerme dano, solo estoy triste", "me muero de hambre", "este calor me esta matando",
          "cuales son los sintomas de un infarto", "que es la neutropenia febril", "la quimio puede causar fiebre",
          "cuales son las senales de un derrame cerebral", "mis plaquetas estan en 80, es grave", "se me cae el pelo por la quimio",
          "me siento triste desde el diagnostico, hay grupos de apoyo", "me canso al subir escaleras desde hace semanas",
          "mi hijo se cayo pero no se golpeo la cabeza y esta bien", "tengo moretones pequenos, el analisis es la semana que viene",
          "el ano pasado mi esposo se desmayo por deshidratacion y ya esta bien", "que debo hacer si me sangra la nariz",
          "me mata la espera de los resultados", "cuanto tarda en crecer el pelo despues de la quimio",
          "si me tomo una pastilla de mas por error es peligroso", "cuando debo ir a urgencias por fiebre"]


# Round 2 (written fresh from the public lists, not from any evaluation message): what a bystander sees, injuries
# and children's poisonings in lay words; hard negatives that deny, ask, look back or joke with the same words.
R2_EMERGENCY = {"collapse_seizure": [
    "{S} went down like a sack of potatoes and {pos} lips are going blue", "{pos} whole body is stiff and {pos} arms keep thrashing",
    "{S} {be} on the bathroom floor, eyes open but nobody home", "{S} keep{s} nodding off mid sentence and i can't keep {obj} awake",
    "{S} toppled off the chair and {be} making a snoring noise but won't rouse", "i shook {obj} and shouted and {S} barely flinched",
    "{S} bit {pos} tongue, wet {self} and now {be} staring at nothing", "{pos} face went blank then {pos} arm started jerking and it hasn't stopped",
    "{S} {be} sitting up but {pos} eyes are glazed and {S} can't tell me where {S} {be}", "came home and found {obj} slumped on the sofa, grey and hardly breathing",
], "injury": [
    "{S} slipped off the roof while clearing the gutter", "{S} came off the trampoline onto {pos} neck and can't feel {pos} fingers",
    "{S} takes apixaban and cracked {pos} head on the kerb, there's a big lump and {S} {be} sleepy", "boiling pan went all over {pos} legs, skin is peeling off",
    "{S} fell down the cellar steps and there's blood coming from {pos} ear", "{S} got {pos} hand caught in the machine and it's mangled",
    "{S} {be} on rivaroxaban and walked into a door frame, now {S} can't remember the last hour", "{S} dropped from the climbing frame head first and {be} really quiet",
    "the chip pan caught fire and {pos} face and hands are burnt", "{S} tripped on the stairs, {be} on clopidogrel and {pos} head won't stop bleeding",
], "poisoning_overdose": [
    "my 3 year old was chewing on the end of the dishwasher tablet bag", "found my grandson with nana's heart pills scattered on the floor, some missing",
    "the twins got into the garage and one has blue stuff round his mouth", "my little girl drank from the bottle of drain cleaner",
    "toddler got the lid off the vitamins with iron and we can't count how many are gone", "he swallowed some of the e-cig liquid, the nicotine refill",
    "my baby sucked on a battery from the remote", "she found my husband's blood pressure tablets and had a few",
]}
R2_NEGATIVES = {"negation": [
    "no blue lips, no struggling to breathe, just a stuffy nose", "{S} didn't pass out, {S} just felt a bit wobbly and sat down",
    "no bleeding anywhere, no bruises, just want to understand {pos} platelet result", "{S} {be} not on blood thinners and the bump on {pos} head is tiny",
    "i don't feel like hurting myself at all, i'm just tired of hospital food", "{S} didn't drink any of it, the cap was still sealed",
    "no fits since {S} started the new tablets, can {S} learn to drive", "i'm not short of breath, the oxygen reading is 98",
    "she hasn't got a temperature and isn't on chemo any more, just a cold", "no chest pain, no sweating, the ecg was normal",
    "{S} {be} not confused, talking normally, just has a graze from the fall", "nothing was swallowed, we counted every tablet",
], "info": ["how do i know if {sym} needs an ambulance", "what's the normal range and when does {sym} become dangerous",
         "could {cond} ever lead to {sym}", "how long after chemo is the risk of {sym} highest", "is {sym} more likely on blood thinners"], "past": ["{S} {was} in resus with {sym} two years ago and is well now", "the time {S} had {sym} was before the transplant",
         "{S} collapsed once at a wedding years back, it was the heat", "{S} fell off a ladder in 2015 and broke {pos} wrist, healed fine"], "idiom": ["my heart skipped a beat when she said remission", "i'm running on fumes this week", "that meeting was a car crash",
          "the kids are bouncing off the walls", "i was frozen with fear before the scan", "we were in stitches all afternoon",
          "this cold is knocking me for six", "my head is spinning with all these medicine names", "i'll be six feet under before the nhs calls back"]}


NOUNS = ["chest pain", "fever", "temperature", "trouble breathing", "shortness of breath", "bleeding", "swelling", "a rash",
         "numbness", "weakness", "a headache", "confusion", "seizures", "vomiting", "dizziness", "blood in my stool", "hives",
         "fainting", "nosebleeds", "chills", "pain", "diarrhoea", "thoughts of hurting myself", "suicidal thoughts", "wheezing"]
MILD = ["just tired", "just a bit achy", "just a runny nose", "only a small bruise", "just a mild cough", "just sore from the biopsy",
        "just low mood", "just a bit anxious", "just off my food", "just grumpy", "only a bit pale", "just itchy", "just a dry mouth",
        "just frustrated", "only bored in hospital", "just stiff in the mornings", "just a bit of heartburn", "only a sore throat"]
PAST_TIMES = ["last year", "two years ago", "back in march", "a few months ago", "when i was a teenager", "in 2019", "last spring",
              "during my first round of chemo", "years ago", "the week after my transplant", "once as a child"]
RESOLUTIONS = ["it turned out to be nothing", "but they sorted it and i'm fine now", "and it hasn't happened since",
               "the scans were all clear", "and they said it was anxiety", "but now everything is normal", "i recovered fully",
               "it was a chest infection and antibiotics fixed it", "and the doctors said no lasting harm"]
HYPO_FRAMES = ["in case {f} one day, what should i do", "what should we do if {f} at some point", "suppose {f}, would that be an emergency",
               "hypothetically, if {f}, what happens next", "what would the warning signs be if {f}", "if {f} in the future who do i call",
               "how would i know if {f}", "should i ever worry that {f}", "what do nurses teach families to do if {f}"]
PAST_FRAMES = ["{t} {f} but {r}", "{f} {t}, {r}", "{t} there was a time when {f}, {r}", "my mum told me {t} {f}, {r}"]
NEG_FRAMES = ["no {a}, no {b}, {m}", "i don't have {a} or {b}, {m}", "{S} {doesnt} have {a}, {m}", "not having any {a}, {m}",
              "there's no {a} and no {b}, {m}, is that ok", "no {a} at all today, {m}", "without any {a} or {b}, {m}, should i mention it",
              "i've checked and there is no {a}, {m}"]
WORRY_FRAMES = ["i've had {m2} for {w}, should i mention it at my appointment", "{S} {has} had {m2} for {w}, the nurse said it's ok",
                "is it normal to have {m2} after chemo", "how long does {m2} last after a transplant", "{m2} since starting the new tablets, is that a side effect",
                "my hemoglobin is {hb} and i have {m2}, is that expected", "{S} {has} {m2} on and off, no other symptoms"]
MILD2 = ["out of breath on the stairs", "short of breath walking uphill", "pale skin and tiredness", "breathless when i rush",
         "puffed out after climbing stairs", "a bit pale and out of breath doing housework", "a mild headache", "a bit of tiredness", "small bruises", "mild breathlessness on stairs", "pins and needles in my feet",
         "some hair loss", "a dry cough", "night sweats", "a low appetite", "mouth sores", "aching bones", "a slightly fast pulse",
         "trouble sleeping", "feeling low", "cold hands", "a sore port site", "mild nausea", "constipation"]


NARRATIVE = ["{S} just found out {S} {has} {cond} and we don't know what it is", "{S} {was} just diagnosed with {cond}, what does that mean",
             "{S} {has} {cond} and i don't know what to do to help", "i'm scared because {S} {has} {cond}, what is the outlook",
             "{S} started treatment for {cond} today, what side effects should we expect", "{S} {be} having tests for {cond} next week",
             "help me understand {cond}, {S} {has} it", "{S} {be} in hospital for {cond} and doing ok, how long is recovery",
             "the doctor told {obj} today that {S} {has} {cond}, is it serious", "{S} {has} {cond} and {be} tired all the time, is that normal",
             "{S} {be} on chemo for {cond} and feel{s} sick, what helps with nausea", "what should {S} eat during treatment for {cond}",
             "i just want to understand what {cond} is", "please help me understand {pos} blood results, {S} {has} {cond}",
             "{S} {has} {cond}, can {S} still work", "we just got home from the hospital, {S} {has} {cond}, what now",
             "{S} {be} worried about {pos} transplant for {cond} next month", "ok so {S} {has} {cond}, where do i find a support group",
             "{S} {has} had {cond} for years and {be} stable, any new treatments", "urgent question about {cond}: is it inherited"]


def narrative(rng: random.Random) -> str:
    p = person(rng, third=0.6)
    text = fill(rng.choice(NARRATIVE), p).replace("{cond}", rng.choice(CONDITIONS))
    if rng.random() < 0.2:
        text = rng.choice(RAMBLE[:4]).replace("today ", "").replace("until ", "").replace("and ", "") + text
    return noisy(rng, text)


def contrast(rng: random.Random, kind: str) -> str:
    """A hard negative made from an emergency fragment: the same words, framed as past, hypothetical or negated."""
    frags = [f for fs in EMERGENCY.values() for f in fs]
    p = person(rng)
    f = fill(rng.choice(frags), p)
    if kind == "past":
        text = rng.choice(PAST_FRAMES).replace("{t}", rng.choice(PAST_TIMES)).replace("{r}", rng.choice(RESOLUTIONS))
    elif kind == "hypothetical":
        text = rng.choice(HYPO_FRAMES)
    elif kind == "negation":
        a, b = rng.sample(NOUNS, 2)
        text = fill(rng.choice(NEG_FRAMES), dict(p, doesnt="don't" if p["S"] == "i" else "doesn't"))
        text = text.replace("{a}", a).replace("{b}", b).replace("{m}", rng.choice(MILD))
        return noisy(rng, text)
    else:  # worried
        text = fill(rng.choice(WORRY_FRAMES), p).replace("{m2}", rng.choice(MILD2)).replace(
            "{w}", rng.choice(["a week", "two weeks", "a month", "a few days", "ages"])).replace("{hb}", rng.choice(["9", "8.5", "10.2"]))
        return noisy(rng, text)
    return noisy(rng, text.replace("{f}", f))


def compose_negative(rng: random.Random, kind: str) -> str:
    p = person(rng)
    pool = {"info": INFO, "past": PAST, "hypothetical": HYPO, "negation": NEGATION, "idiom": IDIOM, "worried": WORRIED,
            "crisis_neg": CRISIS_NEG, "generic": GENERIC}[kind]
    text = fill(rng.choice(pool), p)
    text = text.replace("{sym}", rng.choice(SYMPTOMS)).replace("{cond}", rng.choice(CONDITIONS))
    if kind in ("worried", "generic", "idiom") and rng.random() < 0.2:
        text = rng.choice(["hi, ", "quick question: ", "not urgent but ", "hello, "]) + text
    if kind == "info" and rng.random() < 0.15:
        text = rng.choice(RAMBLE[:4]).replace("today ", "").replace("until ", "") + text
    return noisy(rng, text)


def unique(items: list[str]) -> list[str]:
    seen: set[str] = set()
    out = []
    for t in items:
        k = " ".join(t.lower().split())
        if k not in seen:
            seen.add(k)
            out.append(t)
    return out


def evaluation_texts() -> list[str]:
    """Every evaluation message (the safety sets and the conversation sets' user turns), in one normal form."""
    import yaml

    texts = [json.loads(line)["text"] for path in sorted((OUT.parents[1] / "benchmarks").glob("safety-*/*.jsonl"))
             for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    # The conversation sets' user turns too (short follow-ups included).
    for path in sorted((OUT.parents[1] / "benchmarks").glob("conversations-*/*.yml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        for conv in data.get("conversations", [data]) if isinstance(data, dict) else []:
            texts += [t["user"] for t in conv.get("turns", []) if isinstance(t, dict) and isinstance(t.get("user"), str)]
    return [" ".join(t.lower().split()) for t in texts]


class Rows:
    """Composed training rows per detector, (kind, text, positive), each text once (case and spacing ignored)."""

    def __init__(self) -> None:
        self.by_detector: dict[str, list[tuple[str, str, bool]]] = {"emergency": [], "crisis": []}
        self._seen: set[str] = set()

    def add(self, detector: str, kind: str, text: str, positive: bool) -> None:
        key = " ".join(text.lower().split())
        if key not in self._seen:
            self._seen.add(key)
            self.by_detector[detector].append((kind, text, positive))

    def write(self, round_name: str, blind: list[str], cutoff: float, prefix: dict[str, str] | None = None) -> None:
        """Each detector's rows to ``<detector>.<round_name>.jsonl`` (none for a detector without rows), flagged
        ``<prefix>:<kind>`` (the prefix defaults to the round's name)."""
        for detector, items in self.by_detector.items():
            if items:
                flag = (prefix or {}).get(detector, round_name)
                write_training(OUT / f"{detector}.{round_name}.jsonl",
                               [("example" if positive else "not_example", f"{flag}:{kind}", text)
                                for kind, text, positive in items], blind, cutoff=cutoff)


def write_training(path: Path, rows: list[tuple[str, str, str]], blind: list[str], cutoff: float = 90) -> None:
    """Writes (key "example" or "not_example", flag, text) rows as JSONL, leaving out every text within ``cutoff``
    (rapidfuzz ratio) of an evaluation message: training and evaluation stay apart."""
    from rapidfuzz import fuzz, process

    dropped = 0
    with path.open("w", encoding="utf-8") as fh:
        for key, flag, text in rows:
            if blind and process.extractOne(" ".join(text.lower().split()), blind, scorer=fuzz.ratio,
                                            score_cutoff=cutoff) is not None:
                dropped += 1
                continue
            fh.write(json.dumps({"flag": flag, key: text}, ensure_ascii=False) + "\n")
    print(f"{path}: {len(rows) - dropped} lines ({dropped} dropped as near an evaluation message)", file=sys.stderr)


def main() -> int:
    rng = random.Random(20261130)
    all_frags = [f for fs in EMERGENCY.values() for f in fs]
    negatives = {kind: unique([compose_negative(rng, kind) for _ in range(N_NEG if kind != "generic" else 3 * N_NEG)])
                 for kind in ("info", "past", "hypothetical", "negation", "idiom", "worried", "generic")}
    for kind in ("past", "hypothetical", "negation", "worried"):
        negatives[f"{kind}_contrast"] = unique([contrast(rng, kind) for _ in range(700)])
    negatives["narrative"] = unique([narrative(rng) for _ in range(900)])
    negatives["spanish"] = ES_NEG
    em_flags = []
    for cat, frags in EMERGENCY.items():
        ex = [compose_emergency(rng, frags, all_frags) for _ in range(N_POS)]
        ex += [compose_es(rng, ES_EMERGENCY[cat]) for _ in range(40)]
        em_flags.append({"name": cat, "examples": unique(ex)})
    em_flags.append({"name": "hand_written", "examples": EMERGENCY_WHOLE})
    cr_flags = []
    for cat in [*CRISIS, "third_person"]:
        ex = [compose_crisis(rng, cat) for _ in range(N_POS if cat != "despair" else N_POS // 2)]
        es = ES_CRISIS.get(cat, ES_CRISIS["passive"] if cat in ("preparation", "means") else [])
        ex += [noisy(rng, rng.choice(es) + rng.choice(["", " ya", " esta noche", " de verdad", " no se que hacer"])) for _ in range(25)]
        cr_flags.append({"name": cat, "examples": unique(ex)})
    crisis_negs = unique([compose_negative(rng, "crisis_neg") for _ in range(N_NEG)])
    # Round 2: composed from the round-2 fragments with their own generator (round 1 stays as it was).
    rng2 = random.Random(2)
    for f in em_flags:
        if f["name"] in R2_EMERGENCY:
            f["examples"] = unique(f["examples"] + [compose_emergency(rng2, R2_EMERGENCY[f["name"]], all_frags)
                                                    for _ in range(120)])
    for kind, pool in R2_NEGATIVES.items():
        texts = [noisy(rng2, fill(rng2.choice(pool), person(rng2)).replace("{sym}", rng2.choice(SYMPTOMS))
                       .replace("{cond}", rng2.choice(CONDITIONS))) for _ in range(8 * len(pool))]
        negatives[f"round2_{kind}"] = unique(texts)
    OUT.mkdir(parents=True, exist_ok=True)
    blind = evaluation_texts()
    docs = {"emergency": (em_flags, negatives),
            "crisis": (cr_flags, {"crisis_words_otherwise": crisis_negs, "idiom": negatives["idiom"],
                                  "narrative": negatives["narrative"], "negation": negatives["negation_contrast"],
                                  "generic": negatives["generic"], "worried": negatives["worried"], "spanish": ES_NEG})}
    for name, (flags, negs) in docs.items():
        path = OUT / f"{name}.jsonl"
        rows = [("example", f["name"], t) for f in flags for t in f["examples"]]
        rows += [("not_example", group, t) for group, texts in negs.items() for t in texts]
        write_training(path, rows, blind)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
