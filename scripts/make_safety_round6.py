# ruff: noqa: E501 - the fragments are data, one message a line
"""Writes intents/safety/{emergency,crisis}.round6.jsonl (issue 9, round 6): emergencies and crises told in lay words
that the earlier rounds barely had, with the same words used safely as hard negatives of the same mechanisms.

Emergency positives, each a mechanism and what is seen now (NHS "When to call 999", MedlinePlus "Recognizing medical
emergencies", AHA F.A.S.T., NCI/CDC fever during chemotherapy, the hematology services' "call us at once" lists):
- the belly: sudden severe pain, a board-hard belly, rolling about in pain, a belly swelling fast with dizziness, a
  baby bringing up green, vomiting that keeps nothing down on chemotherapy;
- tearing pain through to the back, a headache like a blow that came on in seconds;
- sudden confusion: not knowing people, the year or the place; talking nonsense, seeing things, "not with it";
- bleeding from the gut: sick that looks like coffee grounds, black sticky stools with dizziness or fainting;
- fever on treatment given as a reading (F or C), "burning up", "spiked", rigors, days after chemotherapy, low
  counts, after a transplant, on a named drug;
- a knock to the head with low platelets or on a blood thinner; deep wounds (power tools, "pumping", soaking
  through the dressing), a biopsy or line site that keeps bleeding under pressure;
- a child given too much of a medicine by mistake, eating tablets as sweets, a mouthful of a chemical, chewing a patch;
- the stroke tests as people describe them (one arm drifts down, sounds drunk, words jumbled, the same question
  again and again), collapse (slumped and only groaning, not coming round, fits back to back), breathlessness at
  rest with a very low hemoglobin, the oxygen running out;
- hematology emergencies in lay words: a painful erection for hours in sickle cell, sudden pallor and a racing heart
  (aplastic crisis), no urine with cramps after the first chemotherapy (tumour lysis), a lab telling one to go to A&E.
Crisis positives (988 Lifeline warning signs, Columbia screener): a plan with a time ("when they go out on friday"),
means bought or ready (a gun, a rope), reading how to die, burning oneself with cigarettes or a lighter, feeling
trapped with no way out, dead weight, no future at all, someone else's farewell post and an unanswered phone, someone
else's wish to die in their sleep, farewells ("it was not your fault", "forgive me"), in English and Spanish.
Hard negatives: the same mechanisms asked about, over, denied or hypothetical ("what temperature counts as a fever
on chemo", "he bumped his head last month, the scan was clear", "if my toddler swallowed a tablet who do i call").
Written in our own words from the public lists, never from an evaluation set; a composed line within 80% (rapidfuzz
ratio) of an evaluation message is dropped. Run:  python scripts/make_safety_round6.py  (deterministic; commit the
output)
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from make_safety_data import Rows, evaluation_texts, noisy  # noqa: E402

N_POS_EMERGENCY = 40  # composed positives per emergency mechanism
N_POS_CRISIS = 80  # ... per crisis category
N_ES = 35  # ... per Spanish category
N_NEG = 120  # composed negatives per kind

HE = ["my husband", "my dad", "my son", "my grandad", "my brother", "my partner", "my father in law", "my uncle",
      "my boyfriend", "my stepdad", "my neighbour", "my 15 year old", "the old man next door", "my friend", "hubby",
      "my elderly father", "my cousin", "a guy at my work"]
SHE = ["my wife", "my mum", "my daughter", "my nan", "my sister", "my partner", "my mother in law", "my aunt",
       "my girlfriend", "my stepmum", "my neighbour", "my 16 year old", "the lady upstairs", "my friend", "my mom",
       "my elderly mother", "my cousin", "a woman at my work"]
KID = ["my baby", "my 9 month old", "my toddler", "my 3 year old", "my 6 week old", "my little boy", "my little girl",
       "our 18 month old", "my 4 year old", "my grandson", "my granddaughter", "the baby", "my 2yo", "my 5 year old"]
COND = ["leukemia", "aml", "all", "mds", "myeloma", "lymphoma", "aplastic anemia", "myelofibrosis", "cml",
        "sickle cell", "itp", "pv", "et"]
DRUG = ["azacitidine", "decitabine", "venetoclax", "cytarabine", "aza", "ara-c", "dasatinib", "ruxolitinib",
        "lenalidomide", "bortezomib", "fludarabine", "methotrexate", "6mp", "mercaptopurine", "vincristine",
        "bendamustine", "hydroxyurea", "clofarabine", "atg", "daratumumab"]
THINNER = ["warfarin", "xarelto", "eliquis", "apixaban", "rivaroxaban", "blood thinners", "heparin injections",
           "clexane", "coumadin", "edoxaban"]
OPEN = ["", "", "", "", "please help ", "help, ", "um ", "ok so ", "urgent ",
        "hi, ", "quick one, ", "im panicking, ", "its late and "]
ASK = ["", "", "", "", " what do i do", " should we wait till morning", " is this normal", " what should i do",
       " can it wait until clinic", " do i ring someone", " help", " is it serious", " should i just give paracetamol",
       " do we go in", " should i let him sleep it off", " is that bad", " what now", " pls answer"]


def who(rng: random.Random, first: float = 0.35) -> tuple[str, str, str, str, str]:
    """(subject, be, has, his/her/my, him/her/me)."""
    r = rng.random()
    if r < first:
        return "i", "am", "have", "my", "me"
    if r < first + (1 - first) / 2:
        return rng.choice(HE), "is", "has", "his", "him"
    return rng.choice(SHE), "is", "has", "her", "her"


def fill(t: str, rng: random.Random, first: float = 0.35) -> str:
    s, be, has, p, o = who(rng, first)
    t = (t.replace("{s}", s).replace("{be}", be).replace("{has}", has).replace("{p}", p).replace("{o}", o)
         .replace("{cond}", rng.choice(COND)).replace("{drug}", rng.choice(DRUG)).replace("{thin}", rng.choice(THINNER))
         .replace("{kid}", rng.choice(KID)))
    if s == "i":
        t = (t.replace("i is ", "i am ").replace("i has ", "i have ").replace("i was ", "i was ").replace("i says", "i say")
             .replace("i keeps", "i keep").replace("i cant", "i cant").replace("i doesnt", "i dont"))
    return t


# --- emergency mechanisms -----------------------------------------------------------------------------------------

BELLY = ["{s} {has} sudden awful pain in {p} belly and it is rock hard to touch",
         "{p} tummy went rigid like a plank and the pain is unreal",
         "{s} {be} bent double with stomach pain that came on out of nowhere",
         "{s} {be} writhing on the bed holding {p} stomach, wont let me touch it",
         "worst stomach pain {s} ever had, cant sit still, {p} abdomen feels tight as a drum",
         "{p} spleen side is bulging and tender and {s} nearly fainted",
         "left side of {p} tummy is suddenly huge and sore and {s} {be} going pale and dizzy",
         "{s} {has} stabbing pain in {p} gut, {be} sweating and cant move for the pain",
         "{s} had {p} stem cell transplant this year and now {has} agonising belly pain that came on fast",
         "{s} {be} on chemo for {cond} and now {has} terrible pain in {p} stomach that makes {o} scream",
         "agonising cramps in {p} abdomen, cant stand, cant lie still, {be} on steroids",
         "pain in {p} tummy so bad {s} {be} curled up on the bathroom floor crying"]
BABY_SICK = ["{kid} has brought up dark green fluid three times and is arching in pain", "{kid} keeps bringing up green bile and pulling up {p} legs screaming",
             "{kid} has green vomit and a swollen tummy and is floppy", "green sick from {kid} over and over and {p} belly is tight"]
SICK_CHEMO = ["everything {s} drinks comes straight back up since the chemo, {be} getting very dry",
              "throwing up constantly since {p} chemo two days ago, hasnt had a wee since this morning",
              "{s} {be} vomiting nonstop after the {drug}, cant hold down fluids or tablets",
              "{s} {has} been sick about 15 times today on chemo and {be} getting dizzy and dry"]
TEARING = ["ripping pain in {p} chest that spreads into {p} back, came on suddenly",
           "sudden tearing pain between {p} shoulder blades, worst pain ever, {be} grey and sweaty",
           "{s} just got a searing pain in {p} back like something tore inside",
           "pain shot through {p} chest to {p} spine like a knife and {s} nearly collapsed",
           "{s} says it feels like {p} insides are being ripped, chest into back"]
HEADACHE = ["{s} got a headache like being hit with a bat, came on in a second",
            "out of nowhere the worst pain in {p} head ever, {s} {be} being sick",
            "{s} {has} a sudden explosion of pain at the back of {p} head and cant look at light",
            "{s} said {p} head felt like it split open then went very drowsy",
            "thunderclap pain in {p} head while lifting something, now {s} {be} confused"]
CONFUSED = ["{s} {be} suddenly not making any sense and doesnt know where {s} is",
            "{s} has no idea who {p} own children are since lunchtime",
            "all of a sudden {s} thinks its 1985 and keeps asking for people who died years ago",
            "{s} {be} really muddled out of nowhere, cant tell me {p} own address",
            "{s} is seeing people in the room who arent there and is very agitated, this started today",
            "{s} {be} not with it at all, staring and mumbling, that came on in the last hour",
            "{s} suddenly talks gibberish and cant follow anything i say",
            "{s} looked straight at me and asked who i was, this is totally new",
            "{s} {be} hardly rousable and very muddled, bloods showed high calcium",
            "{s} {be} suddenly very confused and sleepy after chemo and wont eat or drink"]
GUT_BLEED = ["{s} threw up what looks like coffee grounds",
             "{p} sick is dark brown and grainy and {s} {be} lightheaded",
             "{s} {has} been passing black sticky poo that smells awful and nearly fainted",
             "{p} stools have gone black like tar and {s} {be} dizzy and pale",
             "{s} brought up a load of red blood and clots",
             "black runny poo all day and {s} {be} too dizzy to stand, on {thin}",
             "{s} {be} vomiting something that looks like dark coffee and {p} tummy hurts",
             "maroon coloured poo and {s} keeps nearly passing out"]
TEMP = ["38.3", "38.5", "38.6", "38.8", "39", "39.2", "39.5", "40", "100.5", "100.8", "101", "101.3", "101.5", "102",
        "102.4", "103", "38.1", "100.6", "104"]
FEVER = ["{s} {has} a temp of {t} and had chemo {d} days ago",
         "{p} temperature just hit {t}, {be} {n} days out from {p} transplant",
         "{s} {be} burning up and {p} counts were rock bottom on the last bloods",
         "{s} spiked {t} tonight, {be} on {drug} for {cond}",
         "thermometer says {t} and {s} {be} neutropenic",
         "{p} temp is {t} this evening and {s} {be} midway through {drug}",
         "{t} fever and shaking, {s} finished a cycle of chemo {d} days ago",
         "{s} {be} red hot and shivery, {p} neutrophils were low on friday",
         "{s} feel{ss} boiling hot, its {t}, bloods on monday showed hardly any white cells",
         "{s} got the shakes and a {t} temp {d} days after {p} chemo",
         "{t} on the thermometer, {n} days since {p} stem cell infusion",
         "uncontrollable shivering and {t} degrees, {s} {be} getting {drug}",
         "fever {t} and {p} count was 0.3 at clinic",
         "{s} {be} on chemo and {p} temperature is {t}, feels awful",
         "temp {t}, cycle {d} of {drug}, {s} feel{ss} dreadful",
         "{s} {be} roasting and aching all over, took temp and its {t}, had chemo last week",
         "high temp of {t} after {p} chemo, the clinic said ring if it went over 38",
         "{s} {be} flushed, {t}, and {p} blood counts are low from the {drug}"]
HEAD_KNOCK = ["{s} {be} on {thin} and just fell and smacked {p} head on the floor",
              "platelet count {pl} at last bloods and {s} just whacked {p} head on a door frame",
              "{s} banged {p} head on the cupboard, {p} platelet count is only {pl}",
              "{s} slipped in the shower and hit {p} head, {be} on {thin}",
              "{s} took a tumble down the stairs and cracked {p} head, {be} on {thin}, now {be} being sick",
              "{s} hit {p} head getting out of the car and {p} platelets were {pl} yesterday",
              "{s} fell off {p} bike and bumped {p} head, {be} on {thin} and getting a headache",
              "{s} {be} on {thin}, hit {p} head an hour ago and now {be} really sleepy",
              "{s} knocked {p} head hard on a shelf, platelets {pl}, now {has} a bad headache and feel{ss} sick",
              "with platelets of {pl} {s} fell and hit the back of {p} head"]
PLT = ["5", "8", "9", "10", "11", "14", "15", "17", "19", "6"]
WOUND = ["{s} cut {p} leg open with the hedge trimmer, blood is pumping out",
         "{s} caught {p} arm on a saw, deep cut and its spurting",
         "the wound is soaking through every towel, {s} cut {p} hand on glass",
         "{p} {site} has soaked the dressing red twice in the last hour despite pressure",
         "{p} {site} has been bleeding for an hour, soaked three pads and its still coming",
         "{s} slipped with the chisel and its a deep gash, i can see inside",
         "{s} fell through a glass door and {p} arm is pouring blood",
         "{s} caught {p} knee with the strimmer blade, deep and spurting",
         "{p} {site} is bleeding through the bandage and down {p} side and wont stop",
         "{s} was hit by a car and is lying in the road, barely responding",
         "{s} was knocked off {p} bike by a van and cant get up"]
SITE = ["biopsy site", "picc line site", "hickman line site", "port site", "line site", "central line", "drain site",
        "marrow biopsy wound", "catheter site"]
CHILD_DOSE = ["{kid} has had three doses of calpol in two hours because we mixed up who gave it",
              "accidentally gave {kid} my {drug} instead of {p} own medicine",
              "{kid} got the adult dose of paracetamol by mistake",
              "i measured {kid}s medicine wrong and gave ten times too much",
              "{kid} found my ferrous sulphate and swallowed some, the bottle is half empty",
              "{kid} chewed on one of my pain patches",
              "{kid} drank some bleach from under the sink",
              "{kid} swallowed a button battery from the remote",
              "{kid} got into my bag and ate some of my {drug} tablets",
              "my partner and i both gave {kid} a dose of ibuprofen without telling each other, and then a third one",
              "{kid} drank some screenwash from the bottle in the garage",
              "{kid} found grandads heart pills and ate a few",
              "{kid} swallowed some of the dishwasher tablet"]
STROKE = ["{s} cant keep both arms up, one sinks down when {s} tries",
          "{p} speech is slurred like after a night out but {s} hasnt been drinking",
          "{s} suddenly cant remember what i said a minute ago and {p} hand is clumsy and weak",
          "{s} is mixing up words, saying cat for cup, and {p} arm is weak",
          "{p} words came out jumbled and {s} couldnt understand me at all",
          "one side of {p} mouth is lower and {s} {be} dribbling, started 10 minutes ago",
          "{s} tried to pick up {p} cup and {p} hand just wouldnt work, speech is funny too",
          "{s} suddenly cant see out of one eye and {p} leg gave way",
          "{s} is staggering and {p} voice is thick and slow, no alcohol at all",
          "{s} is talking but the words are nonsense and {p} face is lopsided",
          "{p} right arm flopped when {s} tried to hold it up and {p} smile is lopsided"]
COLLAPSE = ["{s} is sagging sideways in {p} chair and just moans, no words",
            "{s} went down in the kitchen five minutes ago and is still out cold",
            "a stranger keeled over at the bus stop and is lying still",
            "{s} is having seizure after seizure and not waking up in between",
            "{s} has fainted three times today, {p} hb is under 6",
            "{s} went floppy and grey and wont respond properly",
            "{s} is breathing but i cant rouse {o}",
            "{s} blacked out twice in the last hour, {p} hb is really low",
            "{s} collapsed in the garden and is only making noises, no words",
            "{s} fitted for ages and still isnt awake"]
BREATH = ["{p} home oxygen has run dry and {s} cant catch {p} breath, lips going purple",
          "{s} {be} panting even at rest and {p} hemoglobin is about 5",
          "{s} cant get air in even lying still and {p} lips look dusky",
          "{p} oxygen machine stopped and {s} cant breathe properly, {p} sats are 82",
          "{s} {be} so breathless {s} cant say a full sentence while resting, very low blood count"]
HEME = ["{s} has sickle cell and has had a painful erection that wont go down for 5 hours",
        "{s} has sickle cell and has gone white as a sheet and breathless with a fast pulse",
        "{s} {has} sickle cell and {p} belly got big suddenly and {be} grey and floppy",
        "{s} has sickle cell and now {has} chest pain and a fever and is struggling to breathe",
        "no wee since yesterday after starting chemo, {s} feel{ss} weak with cramps",
        "the lab rang and said {p} potassium is dangerously high and to go to a and e now",
        "the hospital phoned, {p} sodium is really low and they want {o} in tonight",
        "the nurse called, {p} platelets are 3 and {s} should come in right away"]
SPANISH = [
    "a mi papa le dio un dolor de panza horrible y tiene la barriga dura como piedra",
    "mi bebe vomita liquido verde oscuro y tiene la pancita inflamada",
    "desde la quimio todo lo que tomo lo devuelvo, ya estoy muy seca",
    "mi mama de repente no me reconoce y no sabe donde esta",
    "mi esposo esta confundido de golpe, dice puras cosas sin sentido",
    "vomite algo oscuro como cafe molido y me siento mareado",
    "tengo la popo negra como chapopote y me mareo al pararme",
    "tengo {t} de temperatura y me dieron quimio hace {d} dias",
    "mi esposa tiene fiebre de {t} y las defensas bajas",
    "tiemblo de frio y tengo {t}, me hicieron el trasplante hace {n} dias",
    "mi hijo con leucemia tiene calentura de {t} en la madrugada",
    "me cai y me pegue en la cabeza y tomo anticoagulante",
    "tengo las plaquetas en {pl} y me golpee la cabeza con la puerta",
    "se corto con la sierra y la sangre sale a chorros",
    "el sitio de la biopsia no deja de sangrar aunque aprieto",
    "le di a mi bebe el doble de la dosis de paracetamol sin querer",
    "mi niño se comio unas pastillas de hierro pensando que eran dulces",
    "le pedi a mi abuelo que levantara los brazos y uno se le cae",
    "mi papa habla como borracho y no ha tomado nada",
    "mi abuela esta desplomada en la silla y solo se queja",
    "se desmayo y no vuelve en si despues de varios minutos",
    "lleva varias convulsiones seguidas sin recuperar la conciencia",
    "se acabo el oxigeno y mi papa esta ahogandose",
    "me sangra mucho la herida y empapa la venda",
    "dolor desgarrador en el pecho que se va a la espalda",
    "el peor dolor de cabeza de mi vida, me vino de golpe",
    "mi hijo tiene drepanocitosis y el pene le duele y sigue erecto desde la mañana",
    "mi hija con drepanocitosis se puso blanca como papel y le falta el aire",
    "el laboratorio me hablo que tengo el potasio muy alto y que vaya a urgencias",
    "desde que empece la quimio casi no hago pipi y me dan calambres",
]
ES_ASK = ["", "", "", " que hago", " ayuda", " es grave?", " espero a mañana?", " por favor", " ahorita"]

EMERGENCY_CATS = {
    "belly": (BELLY + BABY_SICK + SICK_CHEMO, 1.3),
    "tearing_or_thunderclap": (TEARING + HEADACHE, 0.8),
    "sudden_confusion": (CONFUSED, 1.0),
    "gut_bleed": (GUT_BLEED, 0.8),
    "fever_on_treatment": (FEVER, 1.6),
    "head_knock_low_platelets": (HEAD_KNOCK, 1.0),
    "deep_wound": (WOUND, 1.0),
    "child_dose_or_poison": (CHILD_DOSE, 1.0),
    "stroke_described": (STROKE, 1.0),
    "collapse_or_breathless": (COLLAPSE + BREATH, 1.0),
    "heme_emergency": (HEME, 0.8),
}


def emergency(rng: random.Random, pool: list[str]) -> str:
    t = rng.choice(pool)
    t = (t.replace("{t}", rng.choice(TEMP)).replace("{d}", str(rng.randint(3, 14))).replace("{n}", str(rng.randint(5, 40)))
         .replace("{pl}", rng.choice(PLT)).replace("{site}", rng.choice(SITE)))
    text = fill(t, rng, first=0.35)
    text = text.replace("{ss}", "" if text.startswith("i ") or " i " in text[:12] else "s")
    return rng.choice(OPEN) + text + (rng.choice(ASK) if rng.random() < 0.4 else "")


def spanish_emergency(rng: random.Random) -> str:
    t = rng.choice(SPANISH)
    t = (t.replace("{t}", rng.choice(["38.3", "38.5", "39", "39.4", "40", "38.8", "38"])).replace("{d}", str(rng.randint(3, 12)))
         .replace("{n}", str(rng.randint(5, 30))).replace("{pl}", rng.choice(PLT)))
    return t + rng.choice(ES_ASK)


# --- crisis categories --------------------------------------------------------------------------------------------

DAY = ["on friday", "on saturday", "this sunday", "on monday night", "on tuesday", "on wednesday", "on thursday",
       "this weekend", "tomorrow night", "next week"]
AWAY = ["my husband goes to work", "the kids are at their dads", "everyone is out",
        "my mum goes to bingo", "my partner is on nights", "the house is empty", "my flatmate goes away",
        "he leaves for his trip", "the carers have gone home"]
AFTER = ["after my daughters birthday", "once the last cycle is over", "after christmas", "after the wedding",
         "once the insurance pays out", "after my next clinic", "once ive said goodbye to the dog",
         "after my sons exams", "once the paperwork is done"]
TIMED = ["when {away} {day} thats when ill do it", "{day} when {away}, its happening",
         "i have picked the day, its {day}, while {away}", "the date is chosen, {after}",
         "{after} im going to go through with it, ive planned every detail",
         "i know exactly when, {day}, and how", "its set for {day}. nobody will be home",
         "i will end things {after}, the date is fixed in my head", "{day} is the day. {away}",
         "waiting until {away} {day}, then its done", "ive gone over it step by step, {day} while {away}"]
PREP = ["got a {means} {when2}, it is for when im ready", "picked up a {means} {when2}, its for me",
        "got hold of a {means} {when2} and i know what its for", "spent the night reading how to end it without pain",
        "ive been reading forums about the quickest ways to go", "found instructions online for how to do it and im going through them",
        "ive been looking into which of my tablets would do it", "watched videos on how to tie a knot that holds",
        "im reading about how much of my {med} it would take", "i have been studying ways to not wake up",
        "i ordered a {means} online, it comes {when3}", "the {means} is in the boot of my car now"]
PREP_MEANS = ["gun", "shotgun", "rope", "length of rope", "pistol", "rifle", "hose for the exhaust", "box of razor blades",
              "ladder and rope"]
WHEN2 = ["yesterday", "last week", "on saturday", "this morning", "a few days ago", "at the weekend"]
WHEN3 = ["tomorrow", "on friday", "this week", "in two days"]
MED = ["morphine", "sleeping tablets", "insulin", "oxycodone", "heart pills", "antidepressants", "paracetamol"]
BURN = ["i burn my {where} with my lighter when it gets too much", "ive got burns on my {where} from cigarettes, i do it to myself",
        "been pressing a hot spoon on my {where} so i feel something", "i hold the lighter to my {where} till it blisters",
        "i have cigarette burns all up my {where} and i keep adding more", "i scald my {where} with the kettle on purpose",
        "i burned my {where} with a match again last night", "i put my {where} on the hob when the results are bad",
        "i use a lit cigarette on my {where} when i cant cope"]
WHERE = ["arm", "wrist", "thigh", "leg", "stomach", "hand", "forearm", "ankle"]
TRAPPED = ["i feel completely trapped, there is no way out of this", "stuck in a body that keeps failing and i see no exit",
           "im just dead weight to everyone now", "i am dead weight, everyone has to carry me",
           "i feel like a burden that drags everyone down, they would be free without me",
           "the future is gone for me, all i see is dark", "there is no future for me, nothing ahead but black",
           "my body is a cage and i cant get out", "i feel caged in with no escape from this",
           "im a useless lump, all i do is cost my kids money", "its all pitch black ahead, no tomorrow worth having",
           "i feel like a waste of space and of the blood they keep giving me", "trapped in this life and i want out",
           "nothing ahead but more of this, i see no way forward at all", "i feel like im drowning and theres no surface"]
THIRD = ["{s} left a message on instagram thanking everyone and saying sorry, {p} phone goes to voicemail",
         "{s} sent me a message saying thanks for everything and now {p} phone is off",
         "{s} wrote on facebook that {he} is sorry for everything and that this is the end, cant reach {o}",
         "{s} texted goodbye and isnt answering, {he} has been so low since the relapse",
         "{s} keeps saying {he} hopes {he} doesnt wake up tomorrow",
         "{s} told me {he} wishes {he} could die in {p} sleep and get it over with",
         "{s} says {he} prays every night not to wake up",
         "{s} said {he} will use {p} gun if they admit {o} again",
         "{s} told me {he} has a rope in the shed and knows where",
         "{s} messaged me a goodbye and {p} location is at the bridge"]
GOODBYE = ["its not your fault, none of it. i love you", "{fam} should know i chose this and they couldnt have stopped it",
           "forgive me for what im about to do",
           "this is my last message, look after {fam}", "you can give my slot at clinic to someone else, i wont be there again",
           "cancel my clinic, i wont be coming. goodbye",
           "tell {fam} i love them and im sorry", "when they find this, tell them i tried my best",
           "i just want to say thank you and goodbye to the nurses", "i am at peace now, goodbye everyone",
           "thanks for everything youve done, i wont be back", "thank you for putting up with me all this time, this is the end",
           "grateful for all the help, but this is where i stop"]
FAM = ["my kids", "my mum", "my husband", "my wife", "my son", "my daughter", "my parents", "my family", "my brother"]
FAM2 = ["mum", "dad", "everyone", "love", "kids", "family"]
PASSIVE = ["if my lungs gave up during the next admission i would be relieved",
           "if the infection takes me this time i wont fight it", "i hope i just dont wake up after the anaesthetic",
           "part of me wants the leukaemia to win so it stops", "it would be a relief if i never woke up",
           "i keep hoping the sepsis comes back and finishes it", "wouldnt be sad if the plane went down honestly"]
ES_CRISIS = ["ya nada tiene caso, no le encuentro sentido a nada", "nada vale la pena ya, no hay salida",
             "no veo ningun futuro, todo esta negro", "me siento atrapada en este cuerpo y no hay salida",
             "soy un estorbo para mi familia, solo les cuesto dinero", "mi mama dice que ojala no despertara mañana",
             "mi papa dice que le pide a dios no despertar", "mi hermano dice que ojala se lo llevara dios ya",
             "ya tengo fecha, cuando mis hijos se vayan de viaje", "ya escogi la fecha, sera el viernes",
             "ya consegui un arma y se para que es", "estuve leyendo como quitarse la vida sin dolor",
             "me quemo el brazo con cigarros cuando no aguanto", "me quemo con el encendedor a proposito",
             "mi primo escribio en sus redes que perdonaran todo y tiene el celular apagado", "perdonenme todos, ya no puedo mas",
             "que nadie se sienta culpable por lo que voy a hacer", "ya no me van a volver a leer aqui",
             "despues de hoy ya no me busquen", "gracias por acompañarme estos meses, ya no voy a volver",
             "les agradezco todo, me despido para siempre", "muchas gracias por su paciencia, ya no me van a necesitar", "quisiera quedarme dormida y que todo termine", "estoy parado en la orilla de la azotea"]

CRISIS_CATS = ("timed_plan", "preparation", "burning", "trapped", "third_person", "goodbye", "passive")


def crisis(rng: random.Random, cat: str) -> str:
    if cat == "timed_plan":
        t = rng.choice(TIMED).replace("{away}", rng.choice(AWAY)).replace("{day}", rng.choice(DAY)).replace("{after}", rng.choice(AFTER))
    elif cat == "preparation":
        t = (rng.choice(PREP).replace("{means}", rng.choice(PREP_MEANS)).replace("{when2}", rng.choice(WHEN2))
             .replace("{when3}", rng.choice(WHEN3)).replace("{med}", rng.choice(MED)))
    elif cat == "burning":
        t = rng.choice(BURN).replace("{where}", rng.choice(WHERE))
    elif cat == "trapped":
        t = rng.choice(TRAPPED)
    elif cat == "third_person":
        s, _, _, p, o = who(rng, first=0.0)
        he = "he" if p == "his" else "she"
        t = rng.choice(THIRD).replace("{s}", s).replace("{p}", p).replace("{o}", o).replace("{he}", he)
    elif cat == "goodbye":
        t = rng.choice(GOODBYE).replace("{fam}", rng.choice(FAM)).replace("{fam2}", rng.choice(FAM2))
    else:
        t = rng.choice(PASSIVE)
    lead = rng.choice(["", "", "", "", "honestly ", "i need to tell someone, ", "its 3am and ", "dont tell anyone but ",
                       "after the news today ", "since the relapse ", "i cant keep pretending, "])
    tail = rng.choice(["", "", "", "", ". nobody knows", ". im calm about it", ". its fine", ". i just wanted to say it",
                       ". im so tired", ". sorry"])
    return lead + t + tail


# --- the same words when nothing urgent is happening (negatives of the mechanisms above) ---------------------------

CALM_E = ["how long after chemo is the risk of infection highest", "why is a fever dangerous with low neutrophils",
          "{s} had a fever of {t} last month, antibiotics sorted it, should we keep a thermometer at home",
          "what platelet count is too low to play football", "is it safe to do gardening on {thin}",
          "how do i store my {drug} so the kids cant get it",
          "how do you do the arm test for a stroke, i want to learn the signs",
          "what are the signs of bleeding in the stomach",
          "{s} had tummy ache after a big meal, its gone now",
          "mild stomach cramps on {drug}, comes and goes, eating ok", "my belly feels a bit bloated after chemo, no pain really",
          "{s} gets a bit forgetful when tired, nothing sudden", "{s} has been slowly more forgetful over the last year, should we get a memory test",
          "the biopsy site oozed a little and stopped with a plaster",
          "the dressing on {p} line has a tiny spot of old blood, do we change it",
          "what should i do if someone has a seizure that lasts more than five minutes",
          "does sickle cell cause priapism", "what is tumour lysis syndrome", "why do they check potassium during chemo",
          "{s} was told {p} potassium was slightly high, they said recheck next week"]
CALM_C = ["i bought a new phone last week, how do i set up reminders for my tablets",
          "we picked the day for the transplant, its friday",
          "ive worked out the bus times to the clinic", "ive been reading up on clinical trials all night",
          "i looked up how to explain leukaemia to my kids", "i burned my hand on the oven by accident, do burns heal slowly on chemo",
          "i smoke a few cigarettes a day, should i quit before the transplant", "feeling trapped at home during neutropenia, any ideas to pass the time",
          "its dead boring in isolation", "i cant see the future clearly, will the transplant work?", "what does the future hold for people with {cond}",
          "my sister isnt answering her phone, she is probably at work",
          "tell my doctor its not his fault the results were late",
          "my dad hopes the new treatment works", "i keep a gun licence for shooting clays, does chemo matter",
          "the rope swing in the park hurt my back", "no way out of the hospital car park without paying lol"]

#: The mechanisms asked about, over, imagined, denied or mild and long-standing: what the positives must not teach.
MECH = ["a fever on chemo", "black stools", "vomiting blood", "sudden confusion", "a head injury on {thin}",
        "a stroke", "tumour lysis", "a painful erection in sickle cell", "a splenic crisis",
        "a bleed with low platelets", "an overdose of calpol", "swallowing a button battery", "a biopsy site bleeding",
        "stomach pain after a transplant", "neutropenic sepsis", "an aplastic crisis", "high calcium"]
WHEN_PAST = ["last month", "in march", "last year", "a few weeks ago", "back in 2021", "during the first cycle", "at christmas"]
CALM_FRAMES = ["what are the signs of {mech}", "how would i know if it was {mech}", "is {mech} common with {cond}",
               "why is {mech} treated as an emergency", "how would someone describe {mech}",
               "if {s} ever had {mech}, should we call 999 or the ward",
               "the nurse gave us a leaflet about {mech}, can you explain it", "{s} had {mech} {past}, {be} fine now, could it happen again",
               "we went to a and e {past} with {mech}, all sorted, what should we watch for", "no signs of {mech}, {s} {be} just tired today",
               "{s} doesnt have {mech}, just a bit run down, i checked everything on the list",
               "i keep worrying about {mech} even though {s} {be} well, is that normal",
               "how quickly does {mech} come on", "can {drug} cause {mech}"]
CALM_STORY = ["{s} {has} had night sweats on and off for a month, what could cause that",
              "{s} {has} been tired and a bit pale for a month, bloods are booked",
              "my voice was trembling all through the appointment, how do people cope with news like this",
              "the report mentions grade 1 fibrosis, what is that",
              "my hands were trembling when the consultant gave us the results, is it normal to feel this scared",
              "which activities are safe with low platelets, {s} loves rugby",
              "{s} needed a transfusion {past} after feeling faint, {be} back to normal now",
              "this diagnosis came out of nowhere and knocked us for six",
              "{s} {be} a bit forgetful since chemo, mostly names, it has been like that for months",
              "{p} tummy has been a little unsettled since the antibiotics, eating and drinking fine",
              "{s} hasnt opened {p} bowels for a few days since starting the morphine, any tips",
              "{s} went very quiet when the consultant explained the results, how do i get {o} to talk",
              "we drove home in silence after hearing the word leukaemia today, what happens now",
              "i sat numb in the hospital cafe for an hour after the appointment today, is that a normal reaction",
              "{p} hands would not stop trembling in the waiting room while we got the news",
              "woke up stiff and achy after a bad night, probably the new mattress",
              "woke up with a sore throat and a blocked nose, no temperature",
              "a bit of heartburn after dinner, {be} on steroids, what helps", "{p} stomach gurgles and feels windy after the chemo tablets",
              "{s} {be} on {thin} and tripped on the rug but caught {o}self, no knock to the head at all",
              "{p} platelets are 30 but {s} hasnt fallen or hit anything, just asking about the little bruises",
              "both of {p} arms are strong and {p} smile is normal, {s} just has a stiff neck from sleeping badly",
              "{s} is chatting normally and knows everyone, just a bit slower after a long clinic day",
              "{s} {be} a bit pale but eating, drinking and playing as usual, counts are checked on monday",
              "{p} temperature is normal, {s} just feels a bit cold after the infusion",
              "no bleeding anywhere, just a few tiny red dots on {p} ankles, platelets 35, clinic knows"]
CALM_ES = ["por que es peligrosa la fiebre con las defensas bajas",
           "no tiene fiebre, solo esta cansado por la quimio",
           "mi hijo tiene plaquetas bajas, puede jugar futbol?",
           "mi papa anda un poco olvidadizo desde hace meses",
           "mi esposo tiene la hemoglobina en 9, que alimentos le ayudan", "cuantos dias despues de la quimio bajan las defensas",
           "mi hija se raspo la rodilla jugando, ya paro de sangrar con una curita", "se me olvido la pastilla de ayer, la tomo hoy?",
           "tengo un dolor leve de espalda desde hace semanas, ya tengo cita", "el trasplante de mi hermano es en marzo, cuanto tiempo estara internado"]
CALM_CRISIS_ES = ["estoy cansada de tanto hospital pero sigo adelante",
                  "estoy agotada con tantas citas pero mi familia me apoya mucho",
                  "mi hijo se corto el pelo muy corto antes de la quimio", "el viernes tengo cita con la hematologa, que le pregunto"]

#: Mild, slow or long-standing symptoms told as a story (what clinics hear every day): a symptom narrative alone is
#: no emergency; what the positives above add is suddenness, severity, a reading, a treatment or a danger sign.
MILD = ["itchy skin after a bath", "a flushed face", "darker wee than usual", "tiredness", "achy legs", "a sore lower back",
        "night sweats", "a few bruises", "gums that bleed a bit when brushing", "headaches now and then", "constipation",
        "feeling full after a few bites", "pale skin", "cold hands and feet", "pins and needles in my toes", "a dry mouth",
        "being thirsty a lot", "some weight loss", "a poor appetite", "mouth ulcers", "the odd nosebleed",
        "puffy ankles by the evening", "getting puffed out on the stairs", "a dull ache under my left ribs",
        "aching bones", "low grade temperatures in the evening", "a rash on my shins", "feeling cold all the time",
        "waking up tired", "a bit of dizziness when i stand quickly", "a tingly tongue", "brittle nails"]
DUR = ["for a few weeks", "on and off for months", "lately", "since the summer", "for about a fortnight",
       "every now and then", "for ages", "for a while now", "over the last month", "most days this year"]
MILD_T = ["{s} {has} had {a} and {b} {dur}", "i have noticed {a} {dur}, and {b} too", "{a} {dur}, plus {b}",
          "{dur} {s} {has} had {a}", "{s} keeps getting {a} and {b}", "{s} {has} had {a} {dur}, nothing else"]
MILD_Q = ["", "", " what could that mean", " what could cause that", " is that linked to {cond}", ". what does that mean",
          " should i mention it at my next appointment", " what tests would they do", ". could it be my blood",
          ". is it worth seeing the gp"]


def mild(rng: random.Random) -> str:
    a, b = rng.sample(MILD, 2)
    t = rng.choice(MILD_T).replace("{a}", a).replace("{b}", b).replace("{dur}", rng.choice(DUR)) + rng.choice(MILD_Q)
    text = fill(t, rng, first=0.5)
    return text[0].upper() + text[1:] if rng.random() < 0.3 else text


def calm_frame(rng: random.Random) -> str:
    t = rng.choice(CALM_FRAMES).replace("{mech}", rng.choice(MECH)).replace("{past}", rng.choice(WHEN_PAST))
    return fill(t, rng, first=0.3)


def calm_story(rng: random.Random) -> str:
    t = rng.choice(CALM_STORY).replace("{past}", rng.choice(WHEN_PAST))
    text = fill(t, rng, first=0.35)
    return text if rng.random() < 0.5 else rng.choice(OPEN) + text + rng.choice(ASK)


def calm(rng: random.Random, pool: list[str]) -> str:
    t = rng.choice(pool).replace("{t}", rng.choice(TEMP))
    return fill(t, rng, first=0.4)


def positives(rng: random.Random, rows: Rows) -> None:
    add = rows.add
    for cat, (pool, share) in EMERGENCY_CATS.items():
        for _ in range(int(N_POS_EMERGENCY * share)):
            add("emergency", cat, noisy(rng, emergency(rng, pool)), True)
    for _ in range(N_ES * 4):
        add("emergency", "spanish", noisy(rng, spanish_emergency(rng)), True)
    for cat in CRISIS_CATS:
        for _ in range(N_POS_CRISIS if cat != "passive" else N_POS_CRISIS // 2):
            add("crisis", cat, noisy(rng, crisis(rng, cat)), True)
    for _ in range(N_ES * 3):
        add("crisis", "spanish", noisy(rng, rng.choice(ES_CRISIS) + rng.choice(["", "", " ya", " de verdad", ", perdon", " hoy"])), True)


def negatives(rng: random.Random, rows: Rows) -> None:
    add = rows.add
    for _ in range(N_NEG * 2):
        text = calm(rng, CALM_E)
        add("emergency", "calm_mechanisms", noisy(rng, text if rng.random() < 0.6 else rng.choice(OPEN) + text + rng.choice(ASK)), False)
    for _ in range(N_NEG * 2):
        add("emergency", "calm_frames", noisy(rng, calm_frame(rng)), False)
    for _ in range(N_NEG * 2):
        add("emergency", "calm_stories", noisy(rng, calm_story(rng)), False)
    for _ in range(N_NEG * 3):
        add("emergency", "mild_symptoms", noisy(rng, mild(rng)), False)
    for _ in range(N_NEG):
        add("emergency", "calm_spanish", noisy(rng, rng.choice(CALM_ES) + rng.choice(["", "", "?", " gracias", " es normal?", " por favor"])), False)
    for _ in range(N_NEG):
        add("crisis", "calm_words", noisy(rng, calm(rng, CALM_C)), False)
    for _ in range(N_NEG // 2):
        add("crisis", "calm_spanish", noisy(rng, rng.choice(CALM_CRISIS_ES) + rng.choice(["", "", "?", " gracias"])), False)


def compose(rng: random.Random) -> Rows:
    rows = Rows()
    positives(rng, rows)
    negatives(rng, rows)
    return rows


def main() -> int:
    rows = compose(random.Random(20261201 + 6))
    # The emergency file trains the emergency detector alone (safety_data.EMERGENCY_ONLY_PREFIX, "round6e:"): as
    # crisis negatives, wounds and bleeding would teach the crisis detector that self-harm told in those words is safe.
    rows.write("round6", evaluation_texts(), cutoff=80, prefix={"emergency": "round6e"})
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
