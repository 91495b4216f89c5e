# ruff: noqa: E501 - the fragments are data, one message a line
"""Writes intents/safety/{emergency,crisis}.round4.jsonl: composed training data that widens the emergency
categories the earlier rounds held to a few scenarios (issue 9, round 4), and hard negatives for the false alarms
that remained.

Emergency positives, each a mechanism (what happened) and what a bystander sees now, mostly with someone else as the
subject (a neighbour, a child, a stranger in the street), in lay words:
- injuries: falls from heights, road and bike accidents, sport and diving, burns and scalds, electric shock,
  smoke and fire, drowning and near drowning (NHS "When to call 999"; MedlinePlus/ACEP warning signs);
- poisonings: children and household chemicals, medicines, button cells and magnets, carbon monoxide, medicines
  mixed with alcohol or each other, a wrong dose;
- breathing: oxygen and breathing devices that failed, choking, colour changes (blue, grey, ashen), effort signs;
- collapse: fainting and not coming round, found unresponsive, gasping, CPR under way;
- sepsis: mottled or bluish skin, confusion, cold hands and feet, not peeing, fast breathing after an infection.
Hard negatives (both detectors):
- apologies and remarks about the message itself ("sorry for the long message") in front of an information question;
- long stories of long-standing problems (years, months) that end in an information question;
- past events with no explicit past word ("at christmas", "last sunday", "when he was 4") that ended well;
- hypotheticals and information questions about someone else's emergency ("what would they do if a child swallowed a
  battery");
- idioms with "pill" ("a bitter pill to swallow") and everyday medicine chat, negatives of the crisis detector.
Written from the public lists in our own words, never from an evaluation set; a composed line within 88%
(rapidfuzz ratio) of an evaluation message is dropped. Run:  python scripts/make_safety_round4.py
(deterministic; commit the output)
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from make_safety_data import CONDITIONS, Rows, evaluation_texts, noisy  # noqa: E402

N_POS = 110  # composed positives per widened emergency category
N_OTHER = 50  # ... and per category widened less
N_NEG = 250  # composed negatives per kind
WIDENED = ("injury", "poisoning_overdose", "breathing", "collapse_seizure", "sepsis")

# --- who: mostly someone else --------------------------------------------------------------------------------------

HE = ["my neighbour", "my husband", "my son", "my grandad", "my brother", "a man in the street", "my nephew", "the lad next door",
      "my dad", "my 6 year old", "my teenage son", "a cyclist outside our house", "my father in law", "a guy at the gym",
      "my boyfriend", "my 2 year old boy", "an old man at the bus stop", "my uncle", "my flatmate", "our baby boy"]
SHE = ["my neighbour", "my wife", "my daughter", "my gran", "my sister", "a woman in the shop", "my niece", "the girl next door",
       "my mum", "my 5 year old", "my teenage daughter", "an elderly lady on our street", "my mother in law", "a woman at work",
       "my girlfriend", "my toddler", "a lady on the train", "my aunt", "my housemate", "our baby girl"]


def who(rng: random.Random, first: float = 0.15) -> dict[str, str]:
    if rng.random() < first:
        return dict(S="i", be="am", has="have", pos="my", obj="me", is_="am", s="", was="was", self="myself", he="i")
    if rng.random() < 0.5:
        return dict(S=rng.choice(HE), be="is", has="has", pos="his", obj="him", s="s", was="was", self="himself", he="he")
    return dict(S=rng.choice(SHE), be="is", has="has", pos="her", obj="her", s="s", was="was", self="herself", he="she")


def fill(t: str, p: dict[str, str]) -> str:
    # The first {S} names the person; later ones are the pronoun.
    if "{S}" in t:
        i = t.index("{S}") + 3
        t = t[:i] + t[i:].replace("{S}", p["he"])
    for k, v in p.items():
        t = t.replace("{" + k + "}", v)
    return t


WHEN = ["", "", "", " a few minutes ago", " just now", " about ten minutes ago", " half an hour ago", " earlier and", ""]
ASK = ["", "", "", " what do we do", " what do i do", " should we wait and see", " is it ok to drive {obj} in ourselves",
       " do we need an ambulance", " please help", " is this serious", " can it wait till the morning", " what now",
       " he won't let me call anyone", " how worried should i be", " should i just keep an eye on {obj}"]
JOIN = [", now ", " and now ", ". ", " and ", ", ", ", and "]

EVENTS: dict[str, list[str]] = {
    "injury": [
        "{S} fell off a horse", "{S} fell through the loft hatch onto the landing", "{S} came off the scaffolding at work",
        "{S} went over the handlebars of {pos} bike", "{S} got knocked off {pos} bike by a van", "{S} crashed the car into a tree",
        "{S} was hit by a car on the crossing", "{S} dived off the rocks into shallow water", "{S} dived into the river and hit the bottom",
        "{S} got tackled hard at rugby and landed on {pos} neck", "{S} fell off the trampoline onto {pos} head", "{S} fell down the escalator",
        "{S} tripped and went head first into the radiator", "{S} fell off a wall onto the concrete", "{S} got kicked in the head by a horse",
        "{S} was in a house fire", "{S} was in the garage when it caught fire", "{S} got burnt by a firework",
        "{S} pulled a kettle of boiling water over {self}", "{S} spilled hot fat from the pan down {pos} front", "{S} touched a live wire in the fuse box",
        "{S} got a shock off the electric cooker", "{S} was pulled out of the canal", "{S} was found face down in the garden pond",
        "{S} went under at the swimming pool", "{S} got swept off {pos} feet by a wave", "{S} breathed in a lot of smoke from the fire",
        "{S} was trapped in a smoky room", "{S} had a car fall on {pos} chest while fixing it", "{S} cut {pos} leg badly with the chainsaw",
        "{S} fell off the ladder clearing the gutters", "{S} fell out of an upstairs window", "{S} fell off the balcony",
        "{S} fell through a skylight", "{S} fell from the hayloft onto the yard", "{S} rolled off the top of the bunk bed onto {pos} head", "{S} was thrown from the quad bike", "{S} hit {pos} head skiing and had no helmet",
        "{S} got crushed between the car and the garage wall", "{S} slipped in the bath and cracked {pos} head", "{S} fell from the top of the slide at the park",
    ],
    "poisoning_overdose": [
        "{S} bit into a washing capsule", "{S} drank some of the bleach from under the sink", "{S} swallowed drain unblocker",
        "{S} drank screenwash out of a bottle in the shed", "{S} swallowed some lamp oil", "{S} drank the e-cig liquid",
        "{S} ate a handful of grandma's heart tablets", "{S} got into the iron tablets", "{S} swallowed a button battery from a toy",
        "{S} swallowed the battery out of the car key", "{S} swallowed the little battery from a birthday card", "{S} swallowed two magnets off the fridge",
        "{S} ate a bag of cannabis sweets that looked like gummies", "{S} drank a whole bottle of paracetamol syrup", "{S} chewed through a nicotine patch",
        "{S} took sleeping tablets with a bottle of wine", "{S} took painkillers on top of a lot of vodka", "{S} took both lots of {pos} blood pressure tablets by mistake",
        "{S} injected {pos} insulin twice by mistake", "{S} took {pos} methotrexate every day this week instead of once", "{S} had double {pos} morphine because of a mix up",
        "{S} took someone else's strong painkillers", "{S} took a month of {pos} tablets in one go by mistake",
        "{S} was given ten times {pos} dose because of a mix up at the pharmacy", "{S} got the adult dose of {pos} medicine instead of the child one",
        "{S} took {pos} tablets twice this morning and then again at lunch", "{S} swallowed all of {pos} water tablets thinking they were vitamins", "{S} ate some of the rat poison in the shed", "{S} drank weed killer from a pop bottle",
        "{S} got into the methadone", "{S} ate a whole packet of melatonin gummies", "{S} took a lot of {pos} antidepressants by accident",
        "the boiler has been making a funny smell and we all have headaches and feel sick", "{S} had a barbecue in the tent to keep warm and now {be} very drowsy",
        "{S} was running the generator in the garage and now {be} confused", "the gas fire has been on all night and {S} {be} really sleepy and sick",
    ],
    "breathing": [
        "{pos} oxygen machine stopped in the power cut", "{pos} oxygen cylinder has run out", "{pos} trach tube came out",
        "{pos} trach tube is blocked and the suction isn't clearing it", "{pos} cpap mask came off and {S} won't settle", "{pos} nebuliser stopped working",
        "{pos} inhaler is empty and there's no other one", "{pos} inhaler is doing nothing", "{pos} reliever puffer hasn't helped after ten puffs",
        "{pos} home oxygen tubing got disconnected", "{pos} oxygen concentrator alarm keeps going off", "{S} choked on a grape", "{S} choked on a piece of steak", "{S} swallowed a sweet the wrong way",
        "{S} put a small toy in {pos} mouth and it went down the wrong way", "{S} {has} had a cold for a few days", "{S} {has} asthma and it flared up",
        "{S} {has} copd and got a chest infection", "{S} {has} a chest infection after chemo",
    ],
    "collapse_seizure": [
        "{S} fainted in the shower", "{S} keeled over at the gym", "{S} dropped in the street", "{S} slumped at the wheel in the car park",
        "{S} went down in the queue at the shop", "i found {S} on the bathroom floor", "{S} toppled over at the dinner table",
        "{S} stood up from the sofa and went down", "{S} collapsed at the school gate", "{S} went limp in {pos} high chair",
        "{S} fell asleep after the party and i can't get {obj} up", "{S} collapsed at the bus stop", "{S} passed out on the train platform",
    ],
    "sepsis": [
        "{S} had a chest infection last week", "{S} had an operation a few days ago", "{S} {has} had a water infection", "{S} {has} a cut on {pos} leg that went red and hot",
        "{S} {has} been poorly with a bug", "{S} {be} on chemo", "{S} had a tooth out on monday", "{S} {has} had a cough and a temperature",
        "{S} {has} a catheter", "{S} {has} been off {pos} food with a sore throat", "{S} just had a baby", "{S} {has} a wound from the surgery that smells",
    ],
    # The other categories, widened less (so that none loses weight against the widened ones): a context, then the
    # signs (AHA F.A.S.T. and heart attack signs, NHS 999 list, NCI/CDC fever on chemotherapy, ACEP warning signs).
    "stroke": ["{S} was fine at breakfast", "{S} was sitting watching telly", "{S} was on the phone to me", "{S} {has} high blood pressure",
               "{S} got up from a nap", "{S} was gardening", "{S} {has} a clotting problem", "{S} {be} on hormone tablets", "out of the blue"],
    "cardiac": ["{S} was walking the dog", "{S} was shovelling snow", "{S} {be} diabetic", "{S} was carrying the shopping upstairs",
                "{S} {has} had a heart stent", "{S} was at the gym", "{S} was arguing on the phone", "{S} {be} 60 and smokes"],
    "fever_chemo": ["{S} had chemo on {day}", "{S} {be} in the middle of treatment for leukaemia", "{S} had a stem cell transplant {weeks} weeks ago",
                    "{pos} neutrophils were low at the last blood test", "{S} {be} on chemo tablets at home", "{S} had {pos} infusion {day}",
                    "{S} {be} on treatment for lymphoma", "{S} {be} between cycles of chemo"],
    "anaphylaxis": ["{S} ate a takeaway with nuts in it", "{S} got stung by a wasp", "{S} started a new antibiotic", "{S} had a dye injection for a scan",
                    "{S} tried prawns for the first time", "{S} {be} having an infusion", "{S} took a painkiller {S} never had before", "{S} got bitten by something in the garden"],
    "bleeding": ["{S} {be} on warfarin", "{pos} platelets are really low", "{S} {has} haemophilia", "{S} cut {self} on a broken glass",
                 "{S} had a tooth out", "{S} had a biopsy this morning", "{S} {be} on blood thinners", "{S} {has} liver problems"],
    "other": ["{S} {be} 8 months pregnant", "{S} {has} sickle cell", "{S} {be} diabetic", "{S} had an operation on {pos} belly last week",
              "{S} {has} a huge spleen", "{S} had a transplant this year", "{S} {has} been vomiting since yesterday", "{S} {be} a teenager"],
}
STATES: dict[str, list[str]] = {
    "stroke": ["now one side of {pos} face has dropped", "{pos} speech has gone slurred and odd", "{S} can't lift {pos} left arm",
               "the words coming out are wrong", "{S} suddenly can't see out of one eye", "{S} {be} dragging {pos} foot and leaning to one side",
               "{S} {has} the worst headache ever and {be} being sick", "{S} doesn't understand what we say", "{pos} hand went dead and {S} dropped {pos} cup",
               "{S} {be} dizzy, staggering and seeing double", "{pos} smile is crooked", "{S} can't get {pos} words out"],
    "cardiac": ["{S} {has} a crushing ache in {pos} chest", "{pos} chest is tight and it goes into {pos} jaw", "{S} {be} grey, sweaty and sick",
                "{S} {has} pain down {pos} left arm and can't get comfortable", "{pos} heart is thumping and racing and {S} feel{s} faint",
                "{S} {has} a heavy weight on {pos} chest", "{S} {be} clammy and says {pos} chest feels squeezed", "{S} {has} pain between {pos} shoulder blades and feel{s} awful"],
    "fever_chemo": ["now {S} {has} a temperature of 38.{d}", "now {S} {be} shivering and feels hot", "{pos} temperature just went to 101", "{S} {has} the shakes and a fever",
                    "{S} feel{s} hot and cold and really unwell", "{pos} temp is 38 and climbing", "{S} {has} a fever and a sore throat", "{S} {has} rigors and {pos} temperature is 39"],
    "anaphylaxis": ["{pos} lips and tongue are swelling", "{pos} throat feels like it's closing", "{S} {be} covered in hives and wheezing", "{pos} voice has gone croaky and {S} can't swallow",
                    "{S} {be} dizzy and {pos} face is puffing up", "{S} used the epipen and {be} not better", "{pos} eyes are swelling shut and {S} {be} coughing", "{S} {be} itchy all over and struggling to breathe"],
    "bleeding": ["the bleeding won't stop after twenty minutes of pressure", "blood is dripping through the towel", "{S} {be} coughing up blood",
                 "{S} {has} been sick and it looks like coffee grounds", "{pos} poo is black like tar", "{S} {be} pale and dizzy and bleeding from {pos} gums",
                 "{pos} nose has been pouring for an hour", "there's a lot of blood and {S} feel{s} faint"],
    "other": ["{S} {has} sudden terrible pain in {pos} belly", "{pos} belly is hard and {S} can't stand up straight", "{S} {be} yellow and confused",
              "{S} {has} had a painful erection for hours", "{S} {has} sudden agony in {pos} testicle", "{S} can't keep even water down and hasn't peed",
              "{S} {be} bleeding and {has} strong cramps", "{pos} blood sugar is too low to read and {S} {be} not making sense", "the pain is the worst {S} {has} ever had",
              "{pos} belly is swelling up fast and {S} {be} dizzy", "{S} {be} in a pain crisis and nothing is helping"],
    "injury": [
        "{S} can't feel {pos} legs", "{pos} neck hurts and both hands are tingling", "{S} {be} not moving", "{S} {be} lying there groaning and won't answer",
        "there's blood coming from {pos} ear", "{pos} arm is hanging at a funny angle and {pos} hand is cold", "the skin on {pos} arm is peeling and white",
        "{pos} burns cover most of {pos} chest and back", "{pos} voice has gone hoarse and {S} {be} coughing up black stuff", "there's soot around {pos} nose and mouth",
        "{S} keep{s} asking the same thing over and over", "{S} {has} been sick twice and {be} getting sleepy", "{S} {be} breathing in a strange gurgly way",
        "{S} {has} a burn mark where it went in and another where it came out", "{S} {be} coughing and spluttering and {pos} lips are blue",
        "{S} won't wake up properly", "{S} {be} really pale and the blood won't stop", "{S} {be} confused and doesn't know where {S} {be}",
        "{S} {be} wheezing and {pos} eyebrows are singed", "{pos} chest is caved in on one side and {S} can hardly breathe",
        "{S} {has} a big dent in {pos} head", "{S} was knocked out for a minute and now {be} drowsy", "{pos} leg is twisted under {obj} and {S} {be} screaming",
    ],
    "poisoning_overdose": [
        "{S} {be} drooling and won't swallow", "{pos} mouth looks burnt", "{S} {be} being sick and really drowsy", "{S} {be} coughing and gagging",
        "{S} {be} wobbly and can't stand", "{pos} breathing has gone really slow", "{S} {be} not {self}, staring and floppy", "{S} {be} shaking and {pos} heart is racing",
        "{S} {be} sleepy and hard to wake", "{pos} pupils are tiny", "{S} {has} tummy pain and keeps retching", "{S} {be} acting drunk",
        "we don't know how many {S} had", "{S} seems fine for now but it was only ten minutes ago", "{S} had a fit", "{S} {be} crying and saying {pos} throat burns",
    ],
    "breathing": [
        "{pos} lips have gone blue", "{S} {be} going grey", "{pos} skin looks ashen", "{pos} fingertips are dusky", "{S} {be} blue around the mouth",
        "{pos} ribs are sucking in with every breath", "{S} {be} grunting with each breath", "{pos} nostrils are flaring", "{S} can't get a sentence out",
        "{S} {be} sitting bolt upright fighting for air", "the sats monitor says 84", "{S} can't cough or make a sound", "{S} {be} gasping and clutching {pos} throat",
        "{S} {be} breathing really fast and shallow and can't talk", "{S} {be} making a high squeaky noise when {S} breathe{s} in", "{pos} breathing keeps stopping",
        "{S} {be} too breathless to drink", "{pos} neck muscles are straining with every breath",
    ],
    "collapse_seizure": [
        "{S} {has} not come round", "{S} {be} not responding when i shout", "{S} {be} making gasping noises but not answering", "{pos} eyes are open but {S} doesn't respond",
        "people are doing cpr", "{S} {be} grey and floppy", "i can't wake {obj}", "{S} {has} been out for five minutes", "{S} {be} breathing but won't wake up",
        "{S} came round for a second and went off again", "{pos} arms and legs are jerking", "{S} {be} snoring but i can't rouse {obj}",
        "{S} {be} limp and cold and clammy", "{S} doesn't seem to be breathing properly", "{S} {be} not answering and {pos} lips look dark",
    ],
    "sepsis": [
        "now {pos} skin is mottled and blotchy", "now {S} {be} muddled and talking rubbish", "{pos} hands and feet are freezing but {S} {be} burning up",
        "{S} {has}n't had a wee since this morning", "there's been no wet nappy all day", "{S} {be} breathing really fast and says {S} feel{s} like {S} {be} dying",
        "{S} {be} shaking uncontrollably with the shivers", "{pos} legs have gone a bluish colour", "{S} {be} slurring and really sleepy",
        "{S} {has} a rash that doesn't fade under a glass", "{S} {be} clammy and pale and {pos} heart is racing", "{S} can barely stand and {be} confused",
        "{pos} lips are pale and {S} {be} hard to wake", "{S} {be} cold to touch and not making sense",
    ],
}


def emergency(rng: random.Random, cat: str) -> str:
    p = who(rng)
    ev = rng.choice(EVENTS[cat]) + rng.choice(WHEN if cat in WIDENED and cat != "sepsis" else [""])
    ev = ev.replace("{day}", rng.choice(["monday", "tuesday", "friday", "thursday"])).replace("{weeks}", str(rng.randint(2, 8)))
    states = rng.sample(STATES[cat], 2)
    if cat in ("injury", "poisoning_overdose") and rng.random() < 0.25:
        # The mechanism alone is the emergency (NHS: a fall from height, a road accident, a swallowed button cell).
        text = rng.choice(["", "", "help ", "please ", "i'm panicking, "]) + ev + rng.choice(ASK)
        return noisy(rng, fill(text, p))
    text = ev + rng.choice(JOIN) + states[0]
    if rng.random() < 0.35:
        text += rng.choice([" and ", ", "]) + states[1]
    text = text.replace("{d}", str(rng.randint(1, 9)))
    if rng.random() < 0.15 and cat != "sepsis":  # the state first, the mechanism after
        text = states[0] + rng.choice([", ", " after ", " because "]) + ev
    text = rng.choice(["", "", "", "help ", "please ", "um ", "sorry, ", "quick one, ", "i'm panicking, "]) + text + rng.choice(ASK)
    text = text.replace("{d}", str(rng.randint(1, 9)))
    return noisy(rng, fill(text, p))


# --- hard negatives ------------------------------------------------------------------------------------------------

APOLOGY = ["sorry for the long message", "sorry i typed a lot", "sorry this is long", "bear with me, this is a long one",
           "sorry for rambling", "i know this is a lot of text", "sorry if this doesn't make sense", "sorry for all the questions",
           "apologies for the essay", "sorry my spelling is bad", "sorry to go on", "i hope this makes sense", "sorry, long story",
           "i'm not good at typing so bear with me", "sorry i just wrote a novel", "thanks for reading all this"]
INFO_Q = ["what is {c}", "how do they treat {c}", "what are the other symptoms of {c}", "can the chemo itself cause {c}",
          "is the tiredness from the {c}", "is the back pain from the {c}", "how is {c} diagnosed", "what causes {c}",
          "what does {c} mean in plain words", "is {c} inherited", "what tests do they do for {c}", "what is the outlook for {c}",
          "how common is {c}", "can {c} come back after treatment", "what treatments are there for {c}", "so is that from the {c}"]
STORY = ["my husband went to the gp about his hip and then they did scans and bloods and now the hematologist mentions {c}",
         "my mum has been tired for ages and her counts have been slowly dropping and now they say it might be {c}",
         "we spent the whole day at the hospital and they did a biopsy and now they think it is {c}",
         "my son had treatment last year and did really well and had a party for the last chemo and now at his check up they said {c}",
         "i'm the one who looks after my wife and she has had {c} for a while, it's been a long road",
         "i had itchy skin and headaches for a long time and a nurse noticed my blood was thick and now they think {c}",
         "my dad is 80 and stubborn and wouldn't see anyone but his legs were bruised and now the doctor says {c}",
         "the consultant ran off to another patient and used a lot of words i didn't understand like {c}"]
LONGSTAND = ["for like {n} years i've had {m}", "i've had {m} for about {n} years", "over the past {n} months {S} {has} had {m}",
             "{S} {has} had {m} for {n} years now", "for {n} years i thought {m} was nothing", "since {n} years ago {S} {has} had {m} on and off"]
LONGSTAND_M = ["itching after hot showers", "a red face", "aching bones", "night sweats now and then", "bruises that come and go", "low iron",
               "dizzy spells when standing", "tiredness", "a bit of breathlessness on hills", "nosebleeds in the winter", "back pain",
               "headaches most weeks", "cold hands and feet", "tingling in the feet"]
PAST_EVENT = ["{S} fainted", "{S} had a fit", "{S} swallowed a coin", "{S} got into the dishwasher tablets", "{S} fell off {pos} bike and broke {pos} arm",
              "{S} had a nosebleed that took ages to stop", "{S} choked on a sweet", "{S} got stung and swelled up", "{S} had a really high temperature",
              "{S} collapsed in the kitchen", "{S} had chest pains", "{S} was rushed in with an infection", "{S} burnt {pos} hand on the oven",
              "{S} breathed in smoke from the chip pan", "{S} got a shock off a plug", "{S} went under in the pool", "{S} took too many of {pos} tablets by mistake"]
PAST_WHEN = ["at christmas", "last sunday", "last weekend", "when {he} was 4", "over easter", "on {pos} birthday", "at the wedding",
             "on holiday in spain", "when {he} was a baby", "at nursery once", "the first week of treatment", "during the summer holidays",
             "at half term", "on new year's eve", "last friday"]
PAST_END = ["it turned out to be low iron", "they checked {obj} over and sent {obj} home", "{S} {be} fine now", "it was nothing in the end",
            "the hospital said no harm done", "{S} was right as rain the next day", "it healed up well", "poison control said it was harmless",
            "it passed on its own", "{S} got antibiotics and bounced back", "the scans were all normal", "they kept {obj} in one night and {S} {be} ok"]
PAST_Q = ["", "", " could it happen again", " should i mention it to the team", " what causes that", " is that linked to {c}",
          " does it matter now {S} {be} starting treatment", " i'm just curious"]
HYPO_OTHER = ["if a child swallowed a button battery what would the hospital do", "what would happen if someone's oxygen ran out at home",
              "how do you know if someone has sepsis", "if my neighbour collapsed what should i do first", "what is the first aid for a scald on a child",
              "how would i tell if my dad was having a stroke", "what do they do at a and e for smoke inhalation", "if someone drank bleach should they be sick",
              "how long after a head bump should you watch a child", "what are the signs of carbon monoxide poisoning", "if my friend fainted would i put her legs up",
              "what happens if a kid eats a washing capsule", "how do paramedics treat a near drowning", "what should a school do if a pupil has a seizure",
              "is a burn the size of a hand serious for a baby", "how would someone know if they had a neck injury after diving",
              "what counts as not peeing enough with an infection", "if my brother mixed his pills with alcohol would it be dangerous",
              "my sister is a nurse and asked me what mottled skin means in sepsis", "on the first aid course they asked what to do for an electric shock"]
HYPO_OPEN = ["", "", "just wondering, ", "random question, ", "for my first aid course, ", "we were talking at work, ", "out of interest, ", "not urgent, "]
PILL_IDIOM = ["the news was a bitter pill to swallow", "the diagnosis was a hard pill to swallow", "losing my hair was a tough pill to swallow",
              "my husband told me to take a chill pill", "the nurse tried to sugar the pill", "there's no magic pill for this tiredness",
              "i'm sick of the pills, there are so many", "i rattle with all the pills i take", "my pill box is bigger than my make up bag",
              "i need a pill for every side effect of the other pills", "it's a bitter pill, but we'll manage", "that's a big pill to swallow, literally, they're huge"]
PILL_Q = ["", "", ", anyway can i take them with food", ", what does this one do", ", is there a liquid form", ", how do other people keep track",
          ", can i take them at night instead"]


def negative(rng: random.Random, kind: str) -> tuple[str, str]:
    """(detector, text): the detector whose negatives it joins ("emergency" ones are the crisis detector's too)."""
    p = who(rng, first=0.3)
    c = rng.choice(CONDITIONS)
    if kind == "apology":
        q = rng.choice(INFO_Q)
        r = rng.random()
        if r < 0.4:
            text = rng.choice(APOLOGY) + rng.choice([". ", ", ", ". so ", "! "]) + q
        elif r < 0.75:
            text = rng.choice(APOLOGY) + ". " + rng.choice(STORY) + ". " + q
        else:
            text = rng.choice(STORY) + ". " + q + rng.choice([". " + rng.choice(APOLOGY), ""])
        return "emergency", noisy(rng, fill(text.replace("{c}", c), p))
    if kind == "longstanding":
        text = rng.choice(LONGSTAND).replace("{m}", rng.choice(LONGSTAND_M)).replace("{n}", str(rng.randint(2, 9)))
        text += rng.choice([", and now i have an appointment for {c}. ", " and now the doctor thinks {c}, ", ". now they want to test for {c}. "])
        text += rng.choice(INFO_Q)
        return "emergency", noisy(rng, fill(text.replace("{c}", c), p))
    if kind == "past_unmarked":
        ev, wh, end = rng.choice(PAST_EVENT), rng.choice(PAST_WHEN), rng.choice(PAST_END)
        text = rng.choice([f"{wh} {ev}, {end}", f"{ev} {wh} but {end}", f"{ev} {wh} and {end}"]) + rng.choice(PAST_Q)
        return "emergency", noisy(rng, fill(text.replace("{c}", c), p))
    if kind == "hypothetical_other":
        return "emergency", noisy(rng, rng.choice(HYPO_OPEN) + rng.choice(HYPO_OTHER))
    text = rng.choice(PILL_IDIOM) + rng.choice(PILL_Q)  # pill idioms: crisis negatives
    return "crisis", noisy(rng, text)


#: "pill_idiom" is not composed: the text rules read the idioms plainly (text/safety.py), and as crisis negatives
#: they taught the crisis detector that "pills" and "tablets" are safe.
NEGATIVE_KINDS = ("apology", "longstanding", "past_unmarked", "hypothetical_other")


def main() -> int:

    rng = random.Random(20261201 + 4)
    blind = evaluation_texts()
    rows = Rows()
    for cat in EVENTS:
        for _ in range(N_POS if cat in WIDENED else N_OTHER):
            rows.add("emergency", cat, emergency(rng, cat), True)
    for kind in NEGATIVE_KINDS:
        for _ in range(N_NEG if kind != "past_unmarked" else N_NEG // 2):  # the past also has the text rules
            detector, text = negative(rng, kind)
            rows.add(detector, kind, text, False)
    rows.write("round4", blind, cutoff=88)  # (round 4 has emergency lines only)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
