# ruff: noqa: E501 - the fragments are data, one message a line
"""Writes intents/safety/{emergency,crisis}.round5.jsonl (issue 9, round 5): mechanisms the emergency data lacked,
crisis categories told without suicide words, and ordinary chat as hard negatives of both detectors.

Emergency positives, each a mechanism and what is seen now (NHS "When to call 999", MedlinePlus "Recognizing medical
emergencies", Resuscitation Council choking and epilepsy first-aid advice):
- penetrating wounds: stabbings, gunshots, deep cuts from tools and glass, impalement;
- seizure clusters and long seizures: one after another, not waking between them, still going after five minutes;
- choking: babies, children and adults with no cough, no cry, colour changes, back blows that do not work;
- asthma and anaphylaxis when the treatment fails: the reliever, nebuliser or adrenaline pen not helping.
Crisis positives without the words "suicide" or "kill myself" (988 Lifeline warning signs, Columbia screener):
farewells and messages for the family, hopelessness (no future, trapped, a prisoner), preparation (looking up ways,
funeral wishes, choosing a day), means kept "just in case", passive wishes about an illness or an infection, someone
else's threat with a weapon or pills at home, self-harm by hitting, biting, pulling hair or scratching.
Hard negatives (both detectors): greetings, farewells and thanks; small talk; out-of-scope questions (weather, sport,
prices, shops, travel, technology), many with "now" or "right now"; pets being sick; short follow-up questions;
questions about medicines taken "right now"; past events that ended well ("cleared up", "healed fine").
Written in our own words from the public lists and everyday chat, never from an evaluation set; a composed line
within 80% (rapidfuzz ratio) of an evaluation message is dropped (stricter than the other rounds: short chat
lines are alike by nature, and none may stand near a development-set turn). Run:  python scripts/make_safety_round5.py
(deterministic; commit the output)
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from make_safety_data import Rows, evaluation_texts, noisy  # noqa: E402

N_POS = 130  # composed positives per crisis category
N_POS_EMERGENCY = 60  # ... and per emergency mechanism (more made the emergency detector read its concept words alone as alarming)
N_NEG = 160  # composed negatives per kind

HE = ["my neighbour", "my husband", "my son", "my grandad", "my brother", "a man outside the pub", "my nephew",
      "my dad", "my 8 year old", "my teenage son", "my father in law", "a guy at work", "my boyfriend", "my uncle",
      "my flatmate", "the man next door", "my cousin", "a lad in the park", "my stepdad", "our lodger"]
SHE = ["my neighbour", "my wife", "my daughter", "my nan", "my sister", "a woman at the bus stop", "my niece", "my mum",
       "my 9 year old", "my teenage daughter", "my mother in law", "a lady at work", "my girlfriend", "my aunt",
       "my housemate", "the woman upstairs", "my cousin", "my stepmum", "a girl on the street", "my carer"]
BABY = ["my baby", "my 10 month old", "the baby", "my newborn", "my 1 year old", "my toddler", "my 2 year old",
        "my grandson", "my granddaughter", "my little boy", "my little girl", "our 8 month old", "my son", "my daughter"]


def person(rng: random.Random) -> tuple[str, str, str]:
    """(who, his/her, him/her)."""
    if rng.random() < 0.5:
        return rng.choice(HE), "his", "him"
    return rng.choice(SHE), "her", "her"


# --- emergency mechanisms --------------------------------------------------------------------------------------------

WHERE = ["chest", "neck", "back", "side", "groin", "armpit", "shoulder", "upper leg", "ribs", "lower back", "buttock"]
WEAPON_EVENT = ["has been stabbed in the {w}", "got stabbed in the {w}", "was knifed in the {w} just now",
                "has been shot in the {w}", "got shot in the {w} outside", "has a knife wound in {p} {w}",
                "was attacked with a knife and its in {p} {w}", "has a gunshot wound to the {w}",
                "just got glassed in the {w} in a fight", "was stabbed with a screwdriver in the {w}",
                "fell onto a metal spike and its gone into {p} {w}", "has a piece of glass stuck deep in {p} {w}"]
TOOL = ["an angle grinder", "a table saw", "a circular saw", "a hedge trimmer", "the lawnmower blade",
        "a broken window", "a kitchen knife", "a stanley knife", "an axe", "a machete", "sheet metal", "a bread knife",
        "a band saw", "broken glass", "a meat slicer"]
TOOL_EVENT = ["cut {p} {w} wide open with {t}", "sliced deep into {p} {w} with {t}", "caught {p} {w} on {t} and its cut right down",
              "nearly took {p} fingers off with {t}", "went through {p} {w} with {t}", "slipped with {t} and opened up {p} {w}"]
WOUND_NOW = ["blood is pouring out", "its bleeding through every towel", "i can see fat and bone", "the blood is spurting",
             "its gaping open", "he is going pale and shaky", "she is going grey and faint", "theres a puddle of blood",
             "pressing on it but it wont stop", "the bleeding is not slowing", "its really deep", "", "", "",
             "what do i do", "help", "there is so much blood", "the wound is bubbling when he breathes"]
SEIZURE = ["{s} is having seizures one after another", "{s} keeps fitting, thats the third one in half an hour",
           "{s} is still fitting and its past the five minute mark",
           "{s} is still convulsing, its been going for 6 or 7 minutes", "{s}s fits keep coming back to back",
           "{s} has not woken up between the seizures", "the rescue medicine didnt stop {p} seizure",
           "{s} has had four fits this morning and is not coming round",
           "{s} is jerking again, second time in ten minutes, still not awake from the first",
           "{s}s seizure wont stop, its been 8 minutes", "cluster of seizures, {s} is having another right now",
           "{s} has had 3 convulsions since lunch and is very drowsy between them"]
CHOKE_ON = ["a grape", "a piece of apple", "a sweet", "a coin", "a bit of sausage", "a peanut", "a lego piece",
            "a bottle top", "popcorn", "a chunk of meat", "a boiled sweet", "a marble", "a bit of carrot", "a hot dog",
            "her food", "his food", "something", "a toy"]
CHOKE_NOW = ["cant cough or cry", "is turning blue", "is making no sound at all", "cant breathe",
             "back blows arent working", "is going floppy", "is going grey around the lips", "is silent and panicking",
             "cant get a breath in", "is clutching the throat", "has stopped crying and gone quiet", "lips are blue",
             "the coughing has stopped and she is going limp", "is gagging and cant breathe"]
CHOKE = ["{s} is choking on {x} and {n}", "{s} choked on {x}, {n}", "{s} swallowed {x} the wrong way and {n}",
         "{x} is stuck in {p} throat and {s} {n}", "choking!! {s} {n}", "{s} is choking, {n}"]
RELIEVER = ["inhaler", "blue inhaler", "reliever", "puffer", "ventolin", "nebuliser", "spacer and inhaler",
            "salbutamol", "epipen", "adrenaline pen", "rescue inhaler"]
RELIEVER_FAIL = ["is not helping at all", "has done nothing", "isnt touching it",
                 "stopped working", "has had no effect", "only helps for a minute",
                 "did nothing, used it 10 times", "is not making any difference"]
BREATH_NOW = ["cant finish a sentence", "lips are going blue", "ribs are sucking in",
              "too breathless to talk", "is exhausted from breathing", "cant get any air in", "is wheezing and going grey",
              "is getting worse by the minute", "cant lie down or talk", "is gasping", "is getting sleepy and quiet"]
FAIL = ["{s} is having an asthma attack and the {r} {f}, {b}", "asthma attack, {r} {f} and {s} {b}",
        "the {r} {f} and {s} {b}", "{s}s {r} {f}, {b}", "my {r} {f} and i {b}", "bad asthma, my {r} {f}, i {b}",
        "allergic reaction, gave {o} the {r} and it {f}, {b}", "wheezing so badly, {r} {f}"]


def fill_person(rng: random.Random, t: str, baby: bool = False) -> str:
    if baby:
        s, p, o = rng.choice(BABY), rng.choice(["his", "her"]), "them"
        p, o = ("his", "him") if p == "his" else ("her", "her")
    else:
        s, p, o = person(rng)
    return t.replace("{s}", s).replace("{p}", p).replace("{o}", o)


def emergency(rng: random.Random, cat: str) -> str:
    if cat == "wound":
        if rng.random() < 0.5:
            ev = rng.choice(WEAPON_EVENT).replace("{w}", rng.choice(WHERE))
        else:
            ev = rng.choice(TOOL_EVENT).replace("{w}", rng.choice(WHERE + ["hand", "wrist", "knee", "foot"])).replace("{t}", rng.choice(TOOL))
        who = rng.random()
        if who < 0.25:
            text = "i " + ev.replace("{p}", "my").replace("has ", "have ").replace("was ", "was ")
        else:
            s, p, _ = person(rng)
            text = f"{s} {ev.replace('{p}', p)}"
        now = rng.choice(WOUND_NOW)
        return f"{text}, {now}" if now else text
    if cat == "seizure":
        return fill_person(rng, rng.choice(SEIZURE), baby=rng.random() < 0.3)
    if cat == "choking":
        t = rng.choice(CHOKE).replace("{x}", rng.choice(CHOKE_ON)).replace("{n}", rng.choice(CHOKE_NOW))
        return fill_person(rng, t, baby=rng.random() < 0.6)
    # failing treatment
    t = rng.choice(FAIL).replace("{r}", rng.choice(RELIEVER)).replace("{f}", rng.choice(RELIEVER_FAIL)).replace("{b}", rng.choice(BREATH_NOW))
    return fill_person(rng, t)


EMERGENCY_CATS = ("wound", "seizure", "choking", "failing_treatment")

# --- crisis without suicide words ----------------------------------------------------------------------------------

FAMILY = ["my kids", "my children", "my mum", "my wife", "my husband", "my daughter", "my son", "my sister", "my parents",
          "my partner", "my brother", "my dad", "everyone at the clinic", "my little ones"]
GOODBYE = ["ive written a note for {f}, they will find it in the morning", "make sure {f} get my things, i wont need them",
           "if anyone asks, i did my best. look after {f}", "you were kind to me. i wont be writing again",
           "i just wanted to say thank you before i go. look after {f}", "say goodbye to {f} for me",
           "its time for me to go now. be good to {f}", "i wanted someone to know im at peace with it. goodbye",
           "tell {f} i wasnt brave enough to keep going", "sorry for everything. {f} deserve better. goodbye",
           "the letters for {f} are on the kitchen table. thats everything", "i made my peace with {f} today. it is time",
           "after tonight {f} wont have to worry about me anymore", "just wanted one last chat before i go. bye for good",
           "i left instructions for {f} about the dog. i wont be around to do it"]
HOPELESS = ["every day is just {more}, nothing ahead", "it will never get any better than this, its only {more} from here",
            "i have nothing to look forward to, just {more}",
            "i have given up hoping, it will only ever be {more}", "there is nothing left for me but {more}",
            "the rest of my life is going to be {more}, i cant do it", "this is never going to end well and i am done fighting",
            "i dont see why i should keep going when its only {more}", "its hopeless, {more} forever",
            "no version of this gets better, i am so tired of {more}", "life is just {more} now and i want it over"]
MORE = ["more hospital", "more pain", "more needles", "more bad news", "more chemo", "more suffering", "more tests",
        "being a burden", "more transfusions", "more waiting rooms"]
PREP = ["spent all night {look} {ways}", "i keep {look} {ways}, i think ive found one",
        "i {sorted} and {sorted2}, everything is ready for when i go", "{sorted} and {sorted2}. its all in order for when i go",
        "{sorted} so nobody has to deal with it after im gone", "ive worked out the details, {sorted} already"]
LOOK = ["reading up on", "looking up", "searching for", "making notes on"]
WAYS = ["how to not wake up", "how people end things quietly", "the quickest way to go", "how many of my pills it would take",
        "lethal amounts of my tablets"]
SORTED = ["wrote letters to everyone", "gave my dog to my sister", "paid off what i owe", "left my passwords for my wife",
          "gave away my guitar", "cleaned out my room", "told my son where the papers are", "made a list of who gets my things"]
MEANS = ["im {hoard} {meds} {place} {case}", "i have a stash of {meds} {place}, {case}",
         "{hoard} {meds} for a while now, {case}", "kept {meds} instead of returning them, {case}",
         "ive saved up enough of {meds} {place} now"]
HOARD = ["hoarding", "saving up", "stockpiling", "stashing", "collecting", "putting aside", "squirrelling away", "keeping"]
MEDS = ["my old painkillers", "my mums sleeping tablets", "the leftover morphine", "my dads heart pills", "the oxycodone",
        "my nan's old tablets", "the fentanyl patches", "my insulin", "the pills from my last admission", "my antidepressants"]
PLACE = ["in a drawer", "under my bed", "in my bag", "in the wardrobe", "behind the books", ""]
CASE = ["for when i cant take any more", "for the day it gets too much", "for when im ready", "for the end"]
PASSIVE = ["honestly i was disappointed the {ill} didnt {take}", "i keep wishing the {ill} would just {take}",
           "id be relieved if the {ill} {took2}", "i pray the {ill} {took2} soon", "why couldnt the {ill} have {took}",
           "part of me hoped i wouldnt come round after the {ill}", "i was almost glad when they said the {ill} was back, like finally an exit"]
ILL = ["sepsis", "bleed", "pneumonia", "last relapse", "surgery", "cancer", "transplant", "clot", "leukaemia"]
TOOK = ["taken me", "killed me", "got me"]
TAKE = ["take me", "finish me off", "get me"]
TOOK2 = ["takes me", "finishes me off", "just takes me", "gets me"]
THIRD = ["{s} says {he}d rather {act} than {cond2}, and there are {means} in the house",
         "{s} keeps talking about ending things and there are {means} in the bedroom",
         "worried about {s}, {he} said {he} wants to {act} and {he} can get to {means}",
         "{s} texted me that {he} is going to {act} tonight, {he} has {means}",
         "{s} asked where the key for the {means} is and said {he} is done with all of it",
         "{s} has been giving things away and {he} can get to {means}, {he} says {he} wants out"]
ACT = {"he": ["shoot himself", "end his life", "take all his pills", "hang himself", "end it"],
       "she": ["shoot herself", "end her life", "take all her pills", "hang herself", "end it"]}
COND2 = ["go through chemo again", "go into a hospice", "lose his independence", "be a burden", "face another transplant"]
THIRD_MEANS = ["guns", "a shotgun", "a rifle", "a gun", "boxes of pills", "a whole cupboard of medicines", "his old service pistol",
               "rope in the garage", "a hunting rifle"]
HARM = ["i {harm} when the {trig}", "every time the {trig} i {harm}",
        "ive started to {harm} again", "i {harm} on purpose so i feel something", "when the {trig} i end up {harming}",
        "i {harm} and hide it from my family", "my knuckles are raw because i {harm}"]
HARMS = [("punch walls until my hand bleeds", "punching walls"), ("burn my arm with the straighteners", "burning myself"),
         ("scratch my skin until it bleeds", "scratching myself raw"),
         ("hit myself", "hitting myself"), ("pinch and bruise my legs", "bruising my legs on purpose"),
         ("pick at my skin until it bleeds", "picking my skin till it bleeds"), ("slam my head into the door", "slamming my head into things")]
TRIG = ["bad news comes", "doctors call", "pain gets bad", "panic hits", "counts drop", "house goes quiet"]


def crisis(rng: random.Random, cat: str) -> str:
    if cat == "goodbye":
        return rng.choice(GOODBYE).replace("{f}", rng.choice(FAMILY))
    if cat == "hopeless":
        t = rng.choice(HOPELESS)
        for k, v in (("{more}", MORE),):
            t = t.replace(k, rng.choice(v))
        return t.replace("more more", "more")
    if cat == "preparation":
        t = rng.choice(PREP)
        s1, s2 = rng.sample(SORTED, 2)
        return (t.replace("{look}", rng.choice(LOOK)).replace("{ways}", rng.choice(WAYS)).replace("{sorted}", s1)
                .replace("{sorted2}", s2))
    if cat == "means":
        t = rng.choice(MEANS)
        return " ".join(t.replace("{hoard}", rng.choice(HOARD)).replace("{meds}", rng.choice(MEDS))
                        .replace("{place}", rng.choice(PLACE)).replace("{case}", rng.choice(CASE)).split())
    if cat == "passive":
        return (rng.choice(PASSIVE).replace("{ill}", rng.choice(ILL)).replace("{took}", rng.choice(TOOK))
                .replace("{take}", rng.choice(TAKE)).replace("{took2}", rng.choice(TOOK2)))
    if cat == "third_person":
        s, p, _ = person(rng)
        he = "he" if p == "his" else "she"
        t = rng.choice(THIRD).replace("{s}", s, 1).replace("{he}", he).replace("{act}", rng.choice(ACT[he]))
        t = t.replace("{cond2}", rng.choice(COND2)).replace("{means}", rng.choice(THIRD_MEANS))
        return t.replace(" him ", f" {'him' if he == 'he' else 'her'} ").replace(" his ", f" {p} ")
    h, hing = rng.choice(HARMS)
    return rng.choice(HARM).replace("{harm}", h).replace("{harming}", hing).replace("{trig}", rng.choice(TRIG))


#: Farewells in Spanish (the Spanish sets' crisis messages are as indirect as the English ones).
DESPEDIDA = ["ya no voy a escribir mas, cuiden a {fam}", "me despido de todos, ya tome la decision",
             "les deje una carta a {fam}, perdonenme", "despues de hoy {fam} ya no van a tener que preocuparse por mi",
             "solo queria que alguien supiera que ya estoy en paz con esto. adios para siempre",
             "cuiden a mi perro, yo ya no voy a estar", "digan a {fam} que hice lo que pude y que ya no pude mas",
             "ya acomode mis cosas para {fam}, que se queden con todo", "esta noche me despido, no me busquen",
             "perdon por todo, {fam} merecen algo mejor que yo"]
FAMILIA = ["mis hijos", "mi mama", "mi esposa", "mi esposo", "mis papas", "mi hermana", "mis nietos"]


def despedida(rng: random.Random) -> str:
    return rng.choice(DESPEDIDA).replace("{fam}", rng.choice(FAMILIA))


CRISIS_CATS = ("goodbye", "hopeless", "preparation", "means", "passive", "third_person", "self_harm")

# --- ordinary chat: hard negatives ---------------------------------------------------------------------------------

HELLO = ["hi", "hello", "hey", "hiya", "good morning", "good evening", "hey there", "hello again", "hi bot", "morning",
         "hola", "buenos dias", "buenas tardes", "hey, quick one", "hi there"]
BYE = ["bye", "bye for now", "see you", "see you later", "cya", "talk later", "laters", "cheers, bye",
       "take care", "have a nice day", "have a good evening", "good night", "night night", "catch you later", "ciao",
       "thats all for today, bye", "ok im off now", "gotta go, bye",
       "thanks, thats everything, bye", "ok bye then", "speak soon", "see you next time", "bye bye",
       "alright, im logging off now",
       "im done for today, thanks", "that answers it, bye", "ok ill leave it there", "have a lovely weekend",
       "bye, have a good one", "ok thank you, goodnight"]
THANKS = ["thanks", "thank you", "thanks a lot", "cheers", "thank you so much", "ok thanks", "great, thanks",
          "thanks, that helps", "perfect thank you", "that was useful, ta", "much appreciated", "thank u", "ty", "nice one"]
SMALL = ["how are you today", "whats your name", "are you a robot", "are you a real person", "tell me a joke",
         "what can you do", "who made you", "do you sleep", "are you there", "you still there?", "can you hear me",
         "lol", "haha ok", "fair enough", "ok", "ok cool", "hmm", "i see", "right", "got it", "makes sense", "oh ok",
         "sorry, wrong chat", "oops typo", "never mind", "forget it", "one more question", "wait", "hang on",
         "let me think", "brb", "back now", "sorry i was away", "thats interesting", "wow", "really?", "no way",
         "yes", "no", "maybe", "not sure", "i dont know", "idk", "same", "yep", "nope", "sure"]
OOS_Q = ["do i need an umbrella {when}", "will it rain {when}", "how cold will it get {when}", "is it going to snow {when}",
         "did united play {when2}", "any idea how the {game} went {when2}", "when is the next {game}",
         "is it a good time to buy {co} shares", "how much is bitcoin worth {now}", "what is the dollar to euro rate {now}",
         "is the pharmacy on {st} open {now}", "what time does the supermarket close {when}", "whats the time {now}",
         "what day is it today", "how do i get to the {place} from here", "is there parking at the {place}",
         "how long is the drive to the {place} {now}", "is the traffic bad {now}", "when is the next bus into town",
         "can you recommend a good {thing}", "whats a good recipe for {food}", "how do i cook {food}",
         "how do i reset my {dev} password", "my {dev} keeps freezing, any ideas", "how do i turn on dark mode",
         "what is the capital of {country}", "how do you say thank you in {lang}", "whats on tv {when}",
         "who is the prime minister {now}", "what is happening in the news {now}", "is the {place} busy {now}",
         "any good films on {now}", "what should i get my mum for her birthday", "how many days until christmas",
         "can you help me with my homework", "what is 15 percent of 80", "whats trending {now}"]
WHEN = ["tomorrow", "today", "this weekend", "tonight", "on saturday", "next week", "this afternoon"]
WHEN2 = ["last night", "yesterday", "at the weekend", "on sunday", "today", "this season"]
NOW = ["right now", "now", "at the moment", "today", "currently", "just now"]
GAME = ["football game", "match", "cricket", "rugby", "basketball game", "big game", "derby", "race", "tennis final"]
CO = ["apple", "tesla", "google", "amazon", "microsoft", "nvidia", "the company", "bp"]
ST = ["main street", "the high street", "elm road", "the corner", "king street"]
PLACE_ = ["hospital", "airport", "train station", "library", "town centre", "clinic", "beach", "stadium", "post office"]
THING = ["book", "podcast", "film", "tv series", "board game", "cafe nearby", "audiobook"]
FOOD = ["lasagne", "banana bread", "soup", "a roast chicken", "pancakes", "curry", "rice", "salmon"]
DEV = ["phone", "laptop", "email", "wifi", "netflix", "tablet", "bank app"]
COUNTRY = ["australia", "canada", "peru", "norway", "kenya", "japan"]
LANG = ["french", "spanish", "german", "polish", "portuguese", "italian"]
PET = ["my dog", "my cat", "our puppy", "my kitten", "the rabbit", "my hamster", "our old dog", "my parrot", "the cat", "my guinea pig"]
PET_SYM = ["is being sick on the carpet", "brought up its breakfast", "has an upset tummy",
           "is limping", "wont eat", "has diarrhoea", "keeps scratching", "has fleas", "is sneezing a lot", "is drinking loads of water",
           "ate some chocolate", "seems sad", "is shedding like mad", "has a lump on its side", "keeps vomiting grass"]
PET_Q = [", any ideas", ", should i worry", ", is that normal", ", when should i take it to the vet", "",
         ", what should i feed it", " lol"]
FOLLOW = ["and after that?", "and what about adults?", "and does it come back?", "is it the same thing as {cond}?",
          "how long does that last usually", "and is that common?", "what about the tiredness, is that from it?",
          "does that happen to everyone?", "is it always like that?", "so what happens next?", "and if the tests are normal?",
          "is it genetic then?", "can you explain that part again", "what does that word mean", "so is it serious or not?",
          "ok and the treatment?", "how often does that happen", "is there a test for it?", "and the bruising?",
          "what about diet, does that matter?", "hmm and the other one you mentioned?", "sorry, which page was that from?",
          "and is it different for women?", "so its not contagious?", "ok so what was the name of it again",
          "and that happens in the bone itself?", "wait, why would that be?", "could you say it more simply"]
COND_ = ["anemia", "leukemia", "myelofibrosis", "mds", "myeloma", "aplastic anemia", "bone marrow necrosis"]
DRUG = ["fludarabine", "hydroxyurea", "imatinib", "ruxolitinib", "prednisolone", "warfarin", "methotrexate", "lenalidomide",
        "iron tablets", "folic acid", "aspirin", "eltrombopag", "a blood thinner", "her chemo tablets", "his steroids"]
MED_Q = ["{s} takes {d} {now}, can {he} have paracetamol with it", "im on {d} {now}, is it ok to drink coffee",
         "does {he} need to pause the {d} before the dental appointment?", "{s} is taking {d} {now}, does it interact with antibiotics",
         "can i take {d} with food or on an empty stomach", "is it ok to skip {d} for a few days when im on holiday",
         "does {d} cause hair loss", "{s} started {d} {now}, how long before it works", "whats {d} for exactly",
         "{s} is on {d} {now}, can {he} still have the flu jab", "can i drink wine on {d}"]


def chat(rng: random.Random, kind: str) -> str:
    if kind == "social":
        r = rng.random()
        if r < 0.4:
            return rng.choice(BYE)
        if r < 0.6:
            return f"{rng.choice(THANKS)}, {rng.choice(BYE)}"
        if r < 0.8:
            return rng.choice(HELLO) + rng.choice(["", "!", ", how are you", ", i have a question", ", anyone there?"])
        return rng.choice(THANKS) + rng.choice(["", "!", " :)", ", that was helpful", ", very clear"])
    if kind == "small_talk":
        return rng.choice(SMALL)
    if kind == "out_of_scope":
        t = rng.choice(OOS_Q)
        for k, v in (("{when}", WHEN), ("{when2}", WHEN2), ("{now}", NOW), ("{game}", GAME), ("{co}", CO), ("{st}", ST),
                     ("{place}", PLACE_), ("{thing}", THING), ("{food}", FOOD), ("{dev}", DEV), ("{country}", COUNTRY),
                     ("{lang}", LANG)):
            t = t.replace(k, rng.choice(v))
        return rng.choice(["", "", "btw ", "random question but ", "off topic, ", "ok and "]) + t
    if kind == "pets":
        return rng.choice(PET) + " " + rng.choice(PET_SYM) + rng.choice(PET_Q)
    if kind == "followup":
        t = rng.choice(FOLLOW)
        return (t
                .replace("{cond}", rng.choice(COND_)))  # (no other slots)
    # medicines taken now
    s, p, _ = person(rng)
    he = "he" if p == "his" else "she"
    return (rng.choice(MED_Q).replace("{s}", s).replace("{he}", he).replace("{d}", rng.choice(DRUG))
            .replace("{now}", rng.choice(NOW)))


CHAT_KINDS = ("social", "small_talk", "out_of_scope", "pets", "followup", "medicines_now")

# --- the crisis positives' everyday words, used safely (so that "researching", "tell my kids", "my legs", "what dose",
# "pick a day", "kept my tablets" and "no future" are not learnt as crisis words) ----------------------------------

CONTRAST = ["ive been {look} {topic}", "spent the evening {look} {topic}, any good sources?", "been {look} {topic} on my phone, is that a good idea",
            "how do i tell {f} about the diagnosis", "please tell {f} the results are good",
            "tell {f} i said hi when you see them at clinic",
            "we need to pick a day for {event}", "i have to choose the date for {event}", "they asked me to decide when to start {event}",
            "i sorted {chore} today, one less thing to worry about", "finally {chore}, feeling organised",
            "my {limb} ache at night, is that from the {cond}", "lots of tiny bruises on my {limb} this week, platelets 40, worth mentioning at clinic?",
            "my {limb} are sore from all the cannulas", "pins and needles in my {limb} on {drug}",
            "what dose of {drug} do kids usually get", "is the dose of {drug} based on weight",
            "i keep my {meds2} in a locked drawer so the kids cant reach them", "i kept the leftover {meds2}, should i take them back to the pharmacy",
            "keeping a spare inhaler in my bag just in case", "we keep a bag packed for hospital just in case of a fever",
            "i wont be at clinic on monday, were on holiday, can i move it", "no more chemo after this cycle, so happy",
            "what does the future look like for people with {cond}", "is there a future treatment for {cond} coming",
            "stuck in this hospital bed all week, so bored",
            "thank you for everything, the nurses were great, see you at the next clinic",
            "i tried the new anti sickness tablets and they worked",
            "my grandad has guns for hunting, is it safe to keep them in the house with his dementia", "he has a shotgun licence, does chemo affect that",
            "i keep thinking about the transplant, is that normal", "i cant picture what the transplant ward looks like, can i visit first",
            "there is no point booking a holiday until the counts recover, right?", "whats the point of the bone marrow biopsy",
            "i pull my hair back when i vomit, any tips for nausea", "my hair is coming out when i brush it, is that the chemo",
            "i bite my nails when im nervous before results", "i scratch my rash a lot, its so itchy, what cream helps",
            "i bang my elbow on the door every morning lol", "he hit his leg on the table, a big bruise came up, platelets are 30"]
TOPIC = ["clinical trials for mds", "the side effects of my new tablets", "transplant outcomes", "what to eat on chemo",
         "how to explain leukaemia to kids", "support groups near me", "iron rich foods", "how the marrow makes blood cells",
         "ways to cope with fatigue", "how to get a second opinion"]
EVENT = ["the transplant admission", "my bone marrow biopsy", "the next cycle", "my line insertion", "the harvest", "my first infusion"]
CHORE = ["the parking permit for clinic", "my sick note", "the insurance claim for my treatment", "my blue badge",
         "the school forms for my son", "the meal plan for my chemo week", "the paperwork for my sick leave"]
LIMB = ["legs", "arms", "hands", "feet", "knees", "shins"]
MEDS2 = ["tablets", "chemo pills", "painkillers", "antibiotics", "steroids", "old prescriptions"]


def contrast(rng: random.Random) -> str:
    t = rng.choice(CONTRAST)
    for k, v in (("{look}", LOOK), ("{topic}", TOPIC), ("{f}", FAMILY), ("{event}", EVENT),
                 ("{chore}", CHORE), ("{limb}", LIMB), ("{cond}", COND_), ("{drug}", DRUG), ("{meds2}", MEDS2)):
        t = t.replace(k, rng.choice(v))
    return t


# --- the mechanisms' words when nothing urgent is happening (emergency negatives) ----------------------------------

CALM = ["{s} has epilepsy, the seizures are well controlled on tablets, can {he} still have chemo",
        "what should you do if someone has a seizure, i want to learn first aid",
        "{s} had a febrile seizure once as a baby, is {he} more likely to have one on chemo",
        "how long can a seizure last before its dangerous, asking for a first aid course",
        "my inhaler is running low, how do i get a repeat prescription", "does my blue inhaler interact with my chemo",
        "i use my reliever inhaler once a week, is that ok with low platelets", "the inhaler tastes funny, is that normal",
        "how do i know if my inhaler is empty", "should i carry my epipen to the infusion unit",
        "what is the best way to learn back blows for a choking baby", "how do i cut grapes so my toddler doesnt choke",
        "is it normal for a baby to gag on lumpy food", "{s} coughed a bit on {his} drink and was fine straight after",
        "cut my finger chopping onions, a plaster sorted it", "nicked my thumb with the bread knife, stopped in a minute",
        "{s} grazed {his} knee on the path, just a scrape", "the wound from {his} line removal is healing nicely, when can {he} swim",
        "how long do stitches stay in after a knife cut to the hand", "can i use a chainsaw in the garden on blood thinners",
        "is woodwork safe with a platelet count of 60", "{s} watched a film with a stabbing in it and cant sleep, any tips",
        "my hands shake a bit on the tablets, is that a side effect", "{s} twitches in {his} sleep, is that normal",
        "i get a bit wheezy with a cold, goes away in a few days", "my chest is a bit tight when its frosty outside, nothing else",
        "my hip pain is mild, about a 3 out of 10, is paracetamol ok", "the headache is not bad at all, just annoying",
        "slightly dizzy when i stand up quickly, settles in a second", "bit lightheaded before lunch, fine after eating"]


def calm(rng: random.Random) -> str:
    s, p, _ = person(rng)
    he = "he" if p == "his" else "she"
    return rng.choice(CALM).replace("{s}", s).replace("{his}", p).replace("{he}", he)


# --- past events that ended well -----------------------------------------------------------------------------------

PAST_EV = ["had a seizure", "was rushed in with sepsis", "collapsed at home", "had a bad allergic reaction", "overdosed by accident",
           "swallowed a battery", "had a nosebleed that wouldnt stop", "was on oxygen with pneumonia", "had neutropenic fever",
           "cut {p} hand badly", "broke {p} hip", "had blood in {p} urine", "was struggling to breathe", "fainted in the shower",
           "had a clot in {p} lung", "went through a really dark time and thought about ending it", "had a fever of 40",
           "got burned on the oven", "had a stroke", "was admitted with chest pain"]
PAST_WHEN = ["years ago", "as a toddler", "back in 2019", "in 2021", "when {he} was little", "in college", "last winter",
             "a couple of years back", "as a teenager", "during {p} first cycle", "after the transplant", "in 2022"]
PAST_END = ["and it cleared up", "but {he} healed fine", "and is all fine now", "and pulled through", "and recovered completely",
            "but that passed", "and hasnt had one since", "and is back to normal", "and got help, doing great now",
            "but its all over now", "and made a full recovery", "and has been well ever since", "and it went away with treatment"]
PAST_Q = ["", ", just curious if it matters now", ". does that affect anything now?", ", should i mention it to the team",
          ". is that relevant for the transplant?", ", now we are just doing routine checks", ". anyway, what is mds?"]


def past_story(rng: random.Random) -> str:
    s, p, _ = person(rng)
    he = "he" if p == "his" else "she"
    if rng.random() < 0.3:
        s, p, he = "i", "my", "i"
    ev, wh, end = rng.choice(PAST_EV), rng.choice(PAST_WHEN), rng.choice(PAST_END)
    text = f"{s} {ev} {wh} {end}{rng.choice(PAST_Q)}"
    if he == "i":
        text = text.replace("and is all", "and am all").replace("and hasnt", "and havent").replace("and has been", "and have been").replace("and is back", "and am back")
    return text.replace("{p}", p).replace("{he}", he)


def compose(rng: random.Random) -> Rows:
    """Per detector, (kind, text, positive) rows, each text once."""
    rows = Rows()
    add = rows.add

    positives = [("emergency", cat, lambda c=cat: emergency(rng, c), N_POS_EMERGENCY) for cat in EMERGENCY_CATS]
    positives += [("crisis", cat, lambda c=cat: crisis(rng, c), N_POS) for cat in CRISIS_CATS]
    positives.append(("crisis", "goodbye_es", lambda: despedida(rng), N_POS // 3))
    for detector, cat, make, n in positives:
        for _ in range(n):
            add(detector, cat, noisy(rng, make()), True)
    for kind in CHAT_KINDS:  # in the crisis file; the emergency detector reads them too (shared negatives)
        for _ in range(N_NEG * (2 if kind in ("out_of_scope", "followup", "medicines_now") else 1)):
            add("crisis", f"chat_{kind}", noisy(rng, chat(rng, kind)), False)
    for _ in range(N_NEG * 5):
        add("crisis", "crisis_contrast", noisy(rng, contrast(rng)), False)
    for _ in range(N_NEG):
        add("emergency", "past_resolved", noisy(rng, past_story(rng)), False)
    for _ in range(N_NEG):
        add("emergency", "calm", noisy(rng, calm(rng)), False)
    return rows


def main() -> int:
    rows = compose(random.Random(20261201 + 5))
    # The emergency file trains the emergency detector alone (safety_data.EMERGENCY_ONLY_PREFIX): as crisis
    # negatives, wounds and bleeding taught the crisis detector that self-harm told in those words is safe.
    rows.write("round5", evaluation_texts(), cutoff=80, prefix={"emergency": "round5e"})
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
