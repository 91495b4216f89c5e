# ruff: noqa: E501 - the fragments are data, one message a line
"""Writes intents/safety/{crisis,emergency}.round3.jsonl: composed training data for categories the first rounds
covered too narrowly (issue 9, round 3).

Crisis positives:
- self-harm by many methods (scratching, biting, carving, hair pulling, digging nails in, burning, hitting,
  picking wounds open), on many body places, at many times and for many reasons, in the first person and told
  by a parent or partner;
- passive wishes to be dead ("part of me hopes the infection takes me", "i'd be fine never waking up from the
  anaesthetic") and being a burden told as money, time or freedom the others would get back;
- ideation admitted with a hedge ("i don't think i'd act on it but the thoughts are there") and means looked at;
- an attempt or the means at hand told as a disclosure ("i swallowed my whole supply of X, i just wanted someone
  to know"), and being at a height now: these also need the emergency number;
- quiet goodbyes (where the papers are, who gets what, the last time they will write).
Hard negatives (both detectors, in the same words):
- stories that are over: an event, when, what it turned out to be, how it ended, and an unrelated question now;
- mild or normal numbers and small things that stopped (temperature 99.x F / 37.x C, a small cut that stopped);
- idioms that borrow emergency or suicide words ("the queue was suicide", "a fever for gardening",
  "choking down these huge tablets");
- fear of dying, tiredness of treatment and denials, which are no wish to die.
Written from the public lists (988 Lifeline warning signs, Columbia screener, NCI/CDC fever guidance) in our own
words, never from an evaluation set; a composed line within 88% (rapidfuzz ratio) of an evaluation message is
dropped. Run:  python scripts/make_safety_round3.py   (deterministic; commit the output)
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from make_safety_data import (  # noqa: E402
    CONDITIONS,
    Rows,
    evaluation_texts,
    fill,
    noisy,
    person,
)

N = 260  # composed lines per kind


# --- crisis positives: self-harm, widely --------------------------------------------------------------------------

SH_PLACE = ["{pos} forearms", "{pos} thighs", "{pos} stomach", "{pos} hips", "the inside of {pos} arm", "{pos} wrists",
            "{pos} ankles", "{pos} upper arms", "{pos} chest", "{pos} scalp", "the backs of {pos} hands", "{pos} legs",
            "{pos} shoulders", "{pos} belly", "{pos} ribs", "{pos} calves", "the skin on {pos} neck", "{pos} knuckles",
            "{pos} fingers", "the soles of {pos} feet"]
# Gerunds and past forms: the same for every person.
SH_GERUND = ["scratching {p} raw", "biting {p} till there are teeth marks", "carving lines into {p}",
             "pulling {pos} hair out in clumps", "digging {pos} nails into {p} until it bleeds",
             "burning {p} with a lighter", "burning {p} with a hot spoon", "pressing cigarettes into {p}",
             "hitting {p} with a hairbrush until it's purple", "punching {self} in the head", "banging {pos} head on the floor",
             "picking the scabs on {p} open so they never heal", "reopening the old cuts on {p}",
             "slicing {p} with a pencil sharpener blade", "cutting {p} with a razor", "stabbing {p} with a compass point",
             "snapping a hair tie on {p} until there are welts", "rubbing {p} raw with an eraser", "pinching {p} until it goes black and blue",
             "scraping {p} with a key", "holding ice on {p} until it burns", "clawing at {p}", "gouging {p} with {pos} nails",
             "hurting {self} on purpose", "harming {self}", "tearing at the skin on {p}", "scalding {p} under the hot tap on purpose",
             "chewing the inside of {pos} cheek until it bleeds on purpose", "pulling out {pos} eyelashes and eyebrows"]
SH_PAST = ["scratched {p} raw", "bit {p} hard", "carved into {p}", "pulled out a handful of {pos} hair",
           "dug {pos} nails into {p} till it bled", "burned {p} with a lighter", "cut {p} again", "took a blade to {p}",
           "hit {p} with a belt", "slammed {pos} hand in the door on purpose", "scraped {p} with a safety pin until it bled",
           "burned {p} on the oven on purpose", "reopened the cuts on {p}", "punched the wall until {pos} knuckles split",
           "hurt {self} again", "sliced {p} with scissors", "scrubbed {p} until it bled", "bit {self} hard enough to break the skin"]
SH_WHEN = ["every night", "after every scan", "again last night", "most days", "when the anxiety gets too much",
           "since the diagnosis", "in the hospital bathroom", "when nobody is looking", "after the clinic called", "during the chemo weeks",
           "at night when everyone is asleep", "a few times this week", "again this morning", "whenever the results are bad",
           "while the kids are at school", "for months now", "more and more lately", "before every appointment", "every time we argue"]
SH_WHY = ["", "", "", " to cope", " to feel something", " to punish {self}", " because it's the only thing that helps",
          " to feel in control", " so the pain inside goes quiet", " because {S} deserve{s} it", " to stop the panic",
          " and can't stop", " and it's getting worse", " and hides it under long sleeves", " and nobody knows"]
SH_MED = ["", "", "", ", even with {pos} platelets this low", ", and one of the marks looks infected now", ", the nurse saw the marks",
          ", and {pos} counts are too low to heal it", ", even though the doctor warned about infection", ", with {pos} port right there",
          ", and it keeps bleeding longer because of the blood thinners", ", and the scars are getting worse"]
SH_FIRST_OPEN = ["", "", "", "i have a secret, ", "i need to tell someone, ", "honestly ", "i'm ashamed but ", "please don't judge me, ",
                 "i've never said this out loud but ", "since my transplant ", "ever since the relapse ", "i'm scared because "]
SH_THIRD_OPEN = ["", "", "i just found out ", "i'm worried, ", "i noticed marks and ", "what do i do, ", "my heart is breaking, ",
                 "i think ", "her teacher called me, ", "i saw the marks this morning, "]
SH_THIRD = ["my daughter", "my son", "my teenage daughter", "my 15 year old", "my husband", "my wife", "my girlfriend",
            "my boyfriend", "my little sister", "my brother", "my mum", "my dad", "my best friend", "my flatmate", "my grandson"]
SH_THIRD_Q = ["", "", " what should i do", " how do i help", " should i call someone", " do i tell the doctor", " i don't know how to talk to them"]


def self_harm(rng: random.Random) -> str:
    third = rng.random() < 0.35
    if third:
        who = rng.choice(SH_THIRD)
        he = who.endswith(("son", "husband", "boyfriend", "brother", "dad", "grandson"))
        p = dict(S=who, be="is", has="has", pos="his" if he else "her", self="himself" if he else "herself", s="s")
    else:
        p = dict(S="i", be="am", has="have", pos="my", self="myself", s="")
    place = rng.choice(SH_PLACE)
    r = rng.random()
    if r < 0.45:
        act = rng.choice(SH_GERUND).replace("{p}", place)
        core = rng.choice(["{S} keep{s} " + act, "{S} {has} been " + act, "{S} can't stop " + act,
                           "{S} started " + act + " again", "{S} {be} " + act + " again"])
    else:
        act = rng.choice(SH_PAST).replace("{p}", place)
        core = "{S} " + act
    text = core + " " + rng.choice(SH_WHEN) + rng.choice(SH_WHY) + rng.choice(SH_MED)
    text = (rng.choice(SH_THIRD_OPEN) if third else rng.choice(SH_FIRST_OPEN)) + text
    if third:
        text = fill(text, p)
        if text.count(p["S"]) > 1:
            text = text[: text.index(p["S"]) + len(p["S"])] + text[text.index(p["S"]) + len(p["S"]):].replace(p["S"], "he" if he else "she")
        text += rng.choice(SH_THIRD_Q)
    else:
        text = fill(text, p)
    return noisy(rng, text)


# --- crisis positives: passive wishes and being a burden ------------------------------------------------------------

PW_EVENT = ["a lorry ran me over", "the infection took me", "i didn't wake up after the operation", "my heart just stopped in my sleep",
            "the plane went down", "i slipped away during the night", "the cancer won", "i never came round from the anaesthetic",
            "i got hit crossing the road", "the next bleed was the one", "i just stopped breathing", "the transplant killed me",
            "i fell asleep and that was that", "something happened to me on the motorway", "the sepsis had finished me off"]
PW_FRAME = ["honestly it'd be a relief if {e}", "part of me hopes {e}", "i keep hoping {e}",
            "it would be fine by me if {e}", "i'd be ok with it if {e}", "secretly i'd be glad if {e}",
            "i've started wishing {e}", "i catch myself hoping {e}", "it would solve everything if {e}"]
PW_DIED = ["i wish i'd died {w}", "i should have died {w}", "it would have been better if i hadn't survived {w}",
           "why didn't i just die {w}", "i wish they hadn't saved me {w}", "i wish i'd never woken up {w}",
           "i'd rather have gone {w} than live like this", "part of me is angry i made it through {w}"]
PW_WHEN = ["during the transplant", "in intensive care", "when i had sepsis", "in the first round of chemo", "on the operating table",
           "when my heart stopped last year", "when i was so ill in the spring", "in the crash", "that night in resus"]
PW_QUIET = ["it would be nice to just not wake up", "i think about how peaceful it would be to not come back from the next admission",
            "sometimes i imagine just not making it to the next appointment and i feel calm", "i daydream about not being around any more",
            "going to sleep and staying asleep sounds good to me",
            "i don't want to die exactly, i just don't want to be alive", "i'd be happy to just fade away", "i'm ready for it all to be over for good",
            "i've stopped caring whether i live or die", "if it ended tomorrow i'd be relieved", "being dead seems easier than this",
            "i envy people who die in their sleep", "i'm just waiting for my turn to die and i want it sooner",
            "i hope i don't make it to christmas", "i'm praying the scan shows it's everywhere so it'll be over"]
BURDEN_WHO = ["my family", "my wife", "my husband", "my kids", "my parents", "my partner", "everyone", "my daughter", "my mum",
              "the people who look after me", "my son"]
BURDEN_GAIN = ["would have more money for the grandchildren", "wouldn't have to drive me to every appointment", "would finally get their lives back",
               "could stop paying for my care", "could move on", "wouldn't be stuck looking after me", "would have a normal life again",
               "would sleep properly again", "could keep the house", "wouldn't be drowning in hospital bills", "would be free",
               "could go on holiday again", "would stop worrying all the time", "would be better off", "would get the insurance money"]
BURDEN_GONE = ["if i was gone", "if i just disappeared", "once i'm dead", "without me", "if i died",
               "if i wasn't around anymore", "if i stopped existing", "if i wasn't in the picture", "if i was out of the way"]
BURDEN_TAIL = ["", "", "", ", i'm just a cost now", ", i've thought about it a lot",
               ", and that's the truth", ", i'm nothing but a drain", ", they'd never say it but it's true", ", i see it in their faces"]
NO_REASON = ["i can't think of one reason to keep going", "there is nothing left to live for",
             "i've run out of reasons to stay alive", "nothing is keeping me here anymore", "i don't have anything left to stay for"]
NO_REASON_WHY = ["", ", {ctx}", ", {ctx} and {ctx2}"]
LOSS_CTX = ["my husband died last year", "i lost my job",
            "the transplant failed", "my friends stopped calling", "my dog died", "i can't work anymore", "the trial didn't work",
            "my body is finished", "i'm on my own now"]
PASSIVE_OPEN = ["", "", "", "honestly ", "to be honest ", "since the relapse ", "lately ", "i can't say this to anyone but ",
                "this will sound awful but ", "i know it's wrong but ", "after everything with the chemo ", "i'm so tired, "]
PASSIVE_TAIL = ["", "", "", " is that normal", " i mean it", " i don't know who else to tell", " and i can't shake it",
                " every single day", " and i don't care anymore"]


def passive(rng: random.Random) -> str:
    r = rng.random()
    if r < 0.3:
        text = rng.choice(PW_FRAME).replace("{e}", rng.choice(PW_EVENT))
    elif r < 0.5:
        text = rng.choice(PW_DIED).replace("{w}", rng.choice(PW_WHEN))
    elif r < 0.7:
        text = rng.choice(PW_QUIET)
    elif r < 0.88:
        text = f"{rng.choice(BURDEN_WHO)} {rng.choice(BURDEN_GAIN)} {rng.choice(BURDEN_GONE)}{rng.choice(BURDEN_TAIL)}"
    else:
        a, b = rng.sample(LOSS_CTX, 2)
        text = rng.choice(NO_REASON) + rng.choice(NO_REASON_WHY).replace("{ctx}", a).replace("{ctx2}", b)
    return noisy(rng, rng.choice(PASSIVE_OPEN) + text + rng.choice(PASSIVE_TAIL))


# --- crisis positives: ideation with a hedge, means looked at ------------------------------------------------------

HEDGED_THOUGHT = ["i've had thoughts of ending my own life", "i've been thinking about killing myself", "thoughts of suicide keep coming",
                  "i think about taking my own life", "i keep picturing myself dead by my own hand", "i've thought about how i'd do it",
                  "ending it crosses my mind every day", "the idea of ending my life won't leave me alone",
                  "i think about not being here by my own choice"]
HEDGE = ["i probably wouldn't act on it but it scares me",
         "i'm not going to do anything yet but it won't stop", "i don't have a plan but the thoughts are loud",
         "i'm telling myself i won't but i'm not sure", "i'd never tell my family but it's constant", "i don't know if i'd go through with it"]
MEANS_LOOK = ["i keep staring at my morphine and counting the tablets",
              "every time i pass the bridge i think about stopping the car", "i look at the kitchen knives differently now",
              "i keep checking how many of my sleeping pills are left", "i found myself reading about lethal doses of my tablets",
              "i sat in the garage with the car keys for an hour", "i keep looking at the railway line from my window",
              "i held the bottle of pills for a long time last night"]


def hedged(rng: random.Random) -> str:
    if rng.random() < 0.55:
        text = f"{rng.choice(HEDGED_THOUGHT)}, {rng.choice(HEDGE)}"
    else:
        text = rng.choice(MEANS_LOOK) + rng.choice(["", "", ", it's been a horrible month", ", the treatment has taken everything",
                                                    ", i don't trust myself", ", i can't tell my nurse"])
    return noisy(rng, rng.choice(PASSIVE_OPEN) + text + rng.choice(PASSIVE_TAIL))


# --- crisis positives that also need the emergency number: an attempt, means at hand, a height --------------------

DRUG_NAMES = ["diazepam", "oxycodone", "morphine", "zopiclone", "sleeping tablets", "paracetamol", "codeine",
              "tramadol", "antidepressants", "painkillers", "insulin", "prednisolone", "oramorph", "gabapentin"]
ATTEMPT = ["i swallowed {n} of my {d} {t}", "i took my whole supply of {d} {t}", "i've taken {n} {d} {t}", "i downed a strip of {d} {t}",
           "i took all the {d} i'd saved {t}", "i emptied the {d} bottle {t}", "i injected all my {d} {t}",
           "i cut deep into my arm {t} and it won't stop"]
ATTEMPT_N = ["15", "25", "30", "40", "a handful", "a whole box", "two packs", "about 50", "all"]
ATTEMPT_T = ["an hour ago", "after dinner", "a few minutes ago", "just now", "before i started typing", "earlier tonight", "half an hour ago"]
DISCLOSE = ["don't try to talk me out of it", "i'm not sorry",
            "i don't want help, i just wanted to say it", "i'm not telling my family", "i feel calm now", "i just needed to type it somewhere",
            "nobody knows yet", "please don't judge me", "i guess this is it", "i'm tired of fighting"]
HEIGHT = ["i'm on the roof of the hospital car park", "i'm sitting on the edge of the bridge railing", "i'm at the top of the cliff path",
          "i'm standing by the train tracks", "i'm on the balcony rail of my flat", "i'm on the ledge outside my window",
          "i'm parked at the edge of the quarry", "i'm at the harbour wall looking down"]
AT_HAND = ["i have the tablets in my hand", "the blade is right next to me", "the rope is in my bag",
           "i've got all my saved morphine in a bag beside me", "the bottle is open on the table in front of me",
           "i've lined up the tablets on the bed", "the knife is in my lap", "i've got my dad's gun next to me"]
NOW_TAIL = ["", " right now", " tonight", " as i type this", " at the moment"]


def attempt(rng: random.Random) -> str:
    r = rng.random()
    if r < 0.45:
        text = rng.choice(ATTEMPT).replace("{n}", rng.choice(ATTEMPT_N)).replace("{d}", rng.choice(DRUG_NAMES)).replace("{t}", rng.choice(ATTEMPT_T))
    elif r < 0.72:
        text = rng.choice(HEIGHT) + rng.choice(NOW_TAIL)
    else:
        text = rng.choice(AT_HAND) + rng.choice(NOW_TAIL)
    return noisy(rng, text + ", " + rng.choice(DISCLOSE))


# --- crisis positives: quiet goodbyes and putting things in order -----------------------------------------------------

GOODBYE_ACT = ["i've put a note for {w} in the kitchen drawer", "i've updated my will and left the solicitor's number for {w}",
               "i returned everything i borrowed and cleared out my desk", "i posted my spare keys to {w}",
               "i've arranged for {w} to take the cat", "i rang {w} just to hear their voice one more time",
               "i've recorded a video for {w}'s birthday next year", "i paid every bill up to date so {w} won't have to",
               "i packed up my clothes for the charity shop", "i wrote {w} a letter they'll find later"]
GOODBYE_WHO = ["my wife", "my husband", "my sister", "my son", "my daughter", "my best friend", "my mum", "my brother", "my partner"]
GOODBYE_END = ["i won't be needing the next prescription", "after this weekend it won't matter", "i won't make my next birthday and that's my choice",
               "i've made my peace with it", "this is my way of saying goodbye", "it's nearly time", "i'm ready to go now",
               "there's no need to book my next scan", "don't expect to hear from me again"]
THANKS = ["you've been good company on the bad nights", "you were always there when i couldn't sleep", "i'm grateful for every answer you gave me",
          "you helped more than you know"]


def goodbye(rng: random.Random) -> str:
    if rng.random() < 0.6:
        text = f"{rng.choice(GOODBYE_ACT).replace('{w}', rng.choice(GOODBYE_WHO))}, {rng.choice(GOODBYE_END)}"
    else:
        text = f"{rng.choice(THANKS)}, {rng.choice(GOODBYE_END)}"
    return noisy(rng, text)


# --- hard negatives: stories that are over ---------------------------------------------------------------------------

OVER_EVENT = ["{S} passed out at the infusion", "{S} had a really bad nosebleed", "{S} got hives all over from a transfusion",
              "{S} had a reaction to the platelets", "{S} had chest pains", "{S} thought {S} {was} having a stroke", "{pos} face went numb",
              "{S} fainted in the supermarket", "{S} had a seizure", "{S} ran a fever of 101", "{S} coughed up a bit of blood",
              "{S} got a blood clot in {pos} leg", "{S} ended up in a&e with breathing trouble", "{S} had a panic attack that felt like a heart attack",
              "{S} swallowed a coin", "{S} ate some of the dishwasher tablets", "{S} took a double dose by mistake", "{S} collapsed at work",
              "{S} got stung and {pos} arm swelled up", "{S} had a fall and hit {pos} head", "{S} had shingles with a high temperature",
              "{S} was taken in by ambulance", "{S} had a tia", "{S} had sepsis", "{S} had a bleed in {pos} stomach"]
OVER_WHEN = ["last month", "last year", "back in the spring", "a couple of years ago", "during the first round", "at christmas",
             "when {S} {was} little", "before the diagnosis", "last summer", "in {month}", "after {pos} transplant",
             "the week of {pos} birthday", "two cycles ago", "on holiday last year", "when {S} started treatment"]
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"]
OVER_CAUSE = ["it turned out to be dehydration", "the doctor said it was just low iron", "it was a migraine in the end",
              "they said it was anxiety", "it was only a virus", "they put it down to the heat", "it was reflux, not the heart",
              "it was the new tablets and they changed them", "they said it was a panic attack", "the scans were clear",
              "it was a muscle strain", "it was low blood sugar", "it was a reaction they could treat", "poison control said it was harmless",
              "it passed through without any trouble", "they found nothing serious"]
OVER_END = ["it resolved", "all cleared up", "{S} {be} fine now", "{S} recovered completely", "it's never happened again",
            "{S} {has} been well ever since", "everything went back to normal", "{S} got treatment and {be} ok", "no problems since",
            "they sent {obj} home the same day", "{S} bounced back in a few days", "it settled within the hour", "it's all behind us"]
OVER_NOW = ["", "", "", " now {S} {be} starting chemo, should the team know", " is it worth mentioning at clinic",
            " could it happen again on treatment", " now {S} {be} on a new drug, is that a risk", " should i tell the new consultant",
            " does it matter for the transplant", " i just wondered if it's linked", " how do i stop it happening again",
            " does it run in families"]


def story_over(rng: random.Random) -> str:
    p = person(rng, third=0.6)
    ev, wh = rng.choice(OVER_EVENT), rng.choice(OVER_WHEN).replace("{month}", rng.choice(MONTHS))
    cause, end, now = rng.choice(OVER_CAUSE), rng.choice(OVER_END), rng.choice(OVER_NOW)
    r = rng.random()
    if r < 0.35:
        text = f"{ev} {wh}, {cause}, {end}{now}"
    elif r < 0.6:
        text = f"{wh} {ev} but {cause}{now}"
    elif r < 0.8:
        text = f"{ev} {wh} and {end}{now}"
    else:
        text = f"{ev} {wh}, {cause} and {end}{now}"
    return noisy(rng, fill(text, p))


# --- hard negatives: mild numbers and small things that stopped ------------------------------------------------------

MILD_THING = ["{pos} temperature is 99.{d}", "{S} {has} a temp of 99.{d}", "{pos} temp reads 37.{d2}", "{S} {be} running 37.{d2}",
              "{S} {has} a low grade temperature of 99.{d}", "{S} caught {pos} thumb on a tin lid and a plaster sorted it",
              "{S} nicked {self} shaving and it stopped with a plaster", "{S} felt {pos} heart flutter after a strong coffee",
              "{S} felt a skipped beat once this evening", "{S} found a bruise on {pos} shin from the coffee table", "{S} {be} a little lightheaded when {S} stand{s} up quickly",
              "{pos} gums bled a tiny bit when brushing", "{S} {has} a mild headache", "{pos} knees are stiff after gardening",
              "{S} {be} a bit woozy after a hot shower", "{S} had a nosebleed that stopped in five minutes",
              "{S} {has} a small rash on {pos} wrist that doesn't itch", "{S} {be} a bit short of breath on the stairs, same as always"]
MILD_SETTING = ["", "", ", {S} {be} on maintenance chemo", ", {S} finished treatment last month", ", {S} {be} on a blood thinner",
                ", {S} {be} not on chemo right now", ", {pos} counts were fine on monday", ", {S} {be} on a tki",
                "", ", {S} {be} on hydroxyurea"]
MILD_STATE = ["", "", " and {S} {be} still eating and chatting", ", no other symptoms", ", and it went away on its own",
              ", otherwise {S} feel{s} fine", ", i'm probably just anxious",
              ", it's been the same for weeks", ", the thermometer might be wrong"]
MILD_ASK = ["", "", " should i worry", " is that ok", " do we need to do anything", " when should i call",
            " is this just nerves", " can it wait until clinic", " what counts as a real fever"]


def mild(rng: random.Random) -> str:
    p = person(rng, third=0.55)
    text = rng.choice(MILD_THING) + rng.choice(MILD_SETTING) + rng.choice(MILD_STATE) + rng.choice(MILD_ASK)
    text = text.replace("{d2}", str(rng.randint(0, 6))).replace("{d}", str(rng.randint(0, 8)))
    return noisy(rng, fill(text, p))


# --- hard negatives: idioms -------------------------------------------------------------------------------------------

IDIOM_PLACE = ["the drive to clinic", "the parking at the hospital", "that spin class", "the hill up to the ward",
               "the phone menu at the insurance company", "the commute", "my shift today", "the wait in a&e", "the hike"]
IDIOM_CORE = ["{x} was suicide, honestly", "{x} was absolute murder", "{x} nearly killed me, haha", "{x} was a killer",
              "{x} was a total bloodbath", "{x} was death by a thousand cuts", "i nearly died in {x}, so slow",
              "i have a fever for {hobby} again", "my {hobby} fever is back", "i've caught the {hobby} bug again",
              "these capsules are so big i nearly choke getting them down", "i'm choking on the pile of forms",
              "i'm bleeding money on {cost}", "{cost} are killing my bank account", "the {cost} are daylight robbery",
              "my neighbour is a lifesaver with lifts to clinic",
              "it's boiling in here, i'm dying", "the garage looks like a bomb hit it",
              "the dog will be the death of me", "my teenager is giving me a heart attack with her driving",
              "i could murder a {food}", "i'd kill for a {food}", "i'm dying for a {food}", "i'm sick to death of {annoy}",
              "i'm dead on my feet", "i'm drowning in {annoy}", "that joke killed me", "i'm heartbroken about {annoy}",
              "{annoy} makes my blood boil", "i'm going to strangle {annoy}", "that film was so scary i nearly had a heart attack",
              "i'm killing it at physio", "i shot myself in the foot by forgetting my appointment card"]
HOBBY = ["gardening", "baking", "crosswords", "painting", "fishing", "jigsaws", "birdwatching", "sudoku", "pottery"]
COST = ["parking fees", "prescription charges", "taxi fares to the hospital", "the fuel for all these trips"]
FOOD = ["curry", "pint", "slice of cake", "proper coffee", "bacon sandwich", "takeaway", "chocolate bar"]
ANNOY = ["hospital food", "the paperwork", "waiting rooms", "the printer at work",
         "automated phone lines", "my brother's advice", "the ward tv", "the endless forms"]
IDIOM_TAIL = ["", "", "", ", lol", ", haha", ", anyway is it ok to {q}", ". anyway, can i {q}", ", but seriously can i {q}"]
IDIOM_Q = ["eat red meat on chemo", "have plants at home with low counts", "drink coffee with my tablets", "get my liquid version of the pills",
           "go swimming with a picc line", "take paracetamol for aches", "find help with drug costs", "fly with low platelets",
           "have a takeaway during treatment", "sweat a lot on chemo"]


def idiom(rng: random.Random) -> str:
    text = rng.choice(IDIOM_CORE).replace("{x}", rng.choice(IDIOM_PLACE)).replace("{hobby}", rng.choice(HOBBY))
    text = text.replace("{cost}", rng.choice(COST)).replace("{food}", rng.choice(FOOD)).replace("{annoy}", rng.choice(ANNOY))
    return noisy(rng, text + rng.choice(IDIOM_TAIL).replace("{q}", rng.choice(IDIOM_Q)))


# --- hard negatives: fear of dying, tired of treatment, denials -------------------------------------------------------

FEAR_CORE = ["i lie awake scared of dying from this {cond}", "i'm frightened the {cond} will kill me", "thinking about dying from this keeps me up at night",
             "i'm terrified of not being here for my kids", "i worry constantly that i'll die before my daughter's wedding",
             "i'm scared of dying in pain", "i don't want to die, that's what scares me", "i panic at night about how long i've got",
             "{S} {be} tired of the treatments but still fighting", "{S} {be} fed up with all the hospital trips but {be} still going",
             "{S} {be} down in the dumps but still seeing friends and making plans", "{S} {has} been crying a lot since the diagnosis but {be} still coping day to day",
             "i'm exhausted by chemo but i want to see this through", "i'm sick of feeling sick but i'm not giving up",
             "i haven't taken any extra tablets, i just want to check the timing of my {drug}", "i'm not thinking of hurting myself, i'm just worn out",
             "i've never wanted to end my life, i just feel flat", "i'm safe, i just miss my old life", "my friends keep checking i'm ok, i'm honestly fine, just tired"]
FEAR_TAIL = ["", "", " is this normal", " how do other people cope", " is there someone i can talk to", " does counselling help",
             " what can i do about the worry", " should i mention it to my nurse", " any tips for sleeping"]


def fear(rng: random.Random) -> str:
    p = person(rng, third=0.3)
    text = rng.choice(FEAR_CORE).replace("{cond}", rng.choice(["leukemia", "mds", "myeloma", "myelofibrosis", "cancer", "disease"]))
    text = text.replace("{drug}", rng.choice(["methotrexate", "hydroxyurea", "ruxolitinib", "painkillers", "steroids", "antibiotics"]))
    return noisy(rng, fill(text + rng.choice(FEAR_TAIL), p))


# --- the contrast: the same events happening now (emergency positives), so that the frame is what differs -----------

NOW_EVENT = ["{S} just passed out at the infusion and isn't coming round", "{S} {has} a nosebleed that has soaked two towels and won't stop",
             "{S} {be} covered in hives from the transfusion and {pos} lips are swelling", "{S} {be} reacting to the platelets right now, wheezing and flushed",
             "{S} {has} chest pain that started twenty minutes ago and is spreading to {pos} arm", "{pos} face has gone droopy on one side in the last hour",
             "{S} fainted in the supermarket and is still not making sense", "{S} {be} having a seizure and it has gone on for five minutes",
             "{S} {be} on chemo and {has} a fever of 101 tonight", "{S} {be} coughing up blood right now", "{pos} leg is swollen and now {S} can't get {pos} breath",
             "{S} swallowed a coin and now {be} drooling and can't swallow", "{S} ate some of the dishwasher tablets a few minutes ago and {be} being sick",
             "{S} took a double dose of {pos} morphine and {be} very hard to wake", "{S} collapsed at work and {be} still unconscious",
             "{S} got stung and {pos} throat feels tight", "{S} fell, hit {pos} head on the tiles and {be} getting drowsier", "{S} {be} shivering with a high temperature on chemo",
             "{S} {be} confused and can't lift {pos} arm", "{S} {be} hot, confused and breathing fast after {pos} transplant", "{S} {be} vomiting blood in the bathroom"]
NOW_TAIL = ["", "", " what do i do", " should we go in", " help", " is this serious", " can it wait till morning", " he won't let me call anyone"]


def happening_now(rng: random.Random) -> str:
    p = person(rng, third=0.6)
    return noisy(rng, fill(rng.choice(NOW_EVENT) + rng.choice(NOW_TAIL), p))


# --- more crisis negatives: low mood in others, worries, hopeless about one thing, figurative burning ----------------

LOW_OTHER = ["{S} {has} been moody since the steroids started", "{S} {be} sleeping a lot more than usual between cycles", "{S} seems flat and sad lately",
             "{S} {has} lost interest in {pos} hobbies since chemo", "{S} gets tearful before every scan", "{S} {be} grumpy and withdrawn after the steroids"]
LOW_Q = [", what helps", ", is counselling available", ", is this common after treatment",
         ", should i mention it to the team", ", how do i get {obj} to talk"]
WORRY_ONE = ["i'm hopeless in the kitchen since chemo, everything tastes of metal", "i'm hopeless at remembering my tablets",
             "i've given up on the garden this year", "i'm done with the diet the dietitian gave me", "i can't take another hospital sandwich",
             "i'm worried {S} will pick up a bug at nursery",
             "my feet burn at night from the neuropathy", "the steroids make my face burn", "the mouth sores are killing me, what helps",
             "i'm fed up of being a pin cushion", "i want to quit my job and focus on treatment", "i want to stop the chemo and try the trial instead"]


def low_other(rng: random.Random) -> str:
    p = person(rng, third=1.0)
    p = dict(p, es="es" if p["S"] != "i" else "")
    if rng.random() < 0.5:
        text = rng.choice(LOW_OTHER) + rng.choice(LOW_Q)
    else:
        text = rng.choice(WORRY_ONE)
    return noisy(rng, fill(text, p))


# --- more crisis negatives: questions about causes and reasons ("never", "no reason", "why") ---------------------------

REASON_Q = ["so they may never know the reason for {cond}?", "is there a reason the {cond} never fully goes away",
            "will we ever find out the reason for {pos} {cond}", "the doctors never gave us a reason for the low counts, is that common",
            "is there no reason at all for {cond} in some people", "why does {cond} happen for no reason", "so the cause may never be found?",
            "what is the reason {pos} counts never recover", "there was no reason given for the delay, is that normal",
            "can {cond} start for no reason", "is it true they never find a reason in most cases", "why is there no cure for {cond} yet",
            "no point asking why, or is there a known cause of {cond}", "they say there is no hope of finding the cause, is that right",
            "is there any reason to keep taking the iron", "what's the point of the second biopsy"]


def reason_q(rng: random.Random) -> str:
    p = person(rng, third=0.6)
    return noisy(rng, fill(rng.choice(REASON_Q).replace("{cond}", rng.choice(CONDITIONS)), p))


# --- more crisis negatives: everyday worries, waiting, numbers, things that "died", startles ------------------------------

WAIT_FOR = ["the insurance approval", "the referral to the transplant centre", "the bed on the ward", "the genetic test",
            "the second opinion", "the new prescription", "the scan appointment", "the clinic letter", "the matched donor"]
LAB = ["hemoglobin", "platelets", "neutrophils", "ferritin", "white count", "hb", "mcv"]
THING = ["the wifi", "my phone battery", "the car battery", "the tv remote", "the printer", "my laptop", "the hospital app",
         "the kettle", "my houseplant"]
STARTLE = ["the dog", "my son", "the smoke alarm", "a spider in the bath", "the doorbell at midnight", "my husband sneaking up"]
EVERYDAY = ["we're anxious because {w} is taking ages", "still waiting on {w}, the stress is getting to us", "{w} has been delayed again, so frustrating",
            "{pos} {lab} dropped a little, from {a} to {b}, is that worth mentioning", "{pos} {lab} is {a}, slightly low, what does it mean",
            "{t} is dead again, how do i reach the clinic", "{t} died on me halfway through the form", "{x} nearly gave me a heart attack last night",
            "{x} scared the life out of me this morning", "{S} {has} been quieter since the diagnosis but still goes to work and sees friends",
            "{S} {has} been a bit tearful this week but {be} looking forward to the holiday", "i'm stressed about {w} but otherwise coping",
            "we argued about money and i'm upset, how do other families manage the costs", "i'm fed up with {w}, who can i complain to"]


def everyday(rng: random.Random) -> str:
    p = person(rng, third=0.6)
    a = round(rng.uniform(8.0, 12.5), 1)
    text = rng.choice(EVERYDAY).replace("{w}", rng.choice(WAIT_FOR)).replace("{lab}", rng.choice(LAB))
    text = text.replace("{a}", str(a)).replace("{b}", str(round(a - rng.uniform(0.3, 1.2), 1)))
    text = text.replace("{t}", rng.choice(THING)).replace("{x}", rng.choice(STARTLE))
    return noisy(rng, fill(text, p))


POSITIVE = {"self_harm": self_harm, "passive": passive, "hedged": hedged, "attempt": attempt, "goodbye": goodbye}
NEGATIVE = {"story_over": story_over, "mild": mild, "idiom": idiom, "fear": fear, "low_other": low_other, "reason_q": reason_q, "everyday": everyday}


def main() -> int:

    rng = random.Random(20261201 + 3)
    blind = evaluation_texts()
    rows = Rows()
    for kind, make in {**POSITIVE, **NEGATIVE, "now": happening_now}.items():
        for _ in range(2 * N if kind == "now" else N):  # the contrast positives balance three negative kinds
            t = make(rng)
            if kind == "now":
                rows.add("emergency", kind, t, True)
            elif kind in POSITIVE:
                rows.add("crisis", kind, t, True)
            elif kind in ("fear", "low_other", "reason_q", "everyday"):
                rows.add("crisis", kind, t, False)
            else:  # emergency words told safely: negatives of the emergency detector (and so of the crisis one)
                rows.add("emergency", kind, t, False)
    rows.write("round3", blind, cutoff=88)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
