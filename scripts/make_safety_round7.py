# ruff: noqa: E501 - the fragments are data, one message a line
"""Writes intents/safety/{emergency,crisis}.round7.jsonl (issue 9, round 32): hard negatives for the false alarms
that remained on alarming-but-safe messages, each family beside positive twins that keep its words said of a body now.

Families (each in many frames, patient and carer, short and long, English and Spanish):
- annoyance said with death or harm words about a nuisance ("the car park makes me want to scream", "mum will kill me
  when she hears i skipped clinic", "i could kick myself for leaving the letter at home"); twins say the same words
  plainly and now ("i want to kill myself tonight, i have the tablets");
- stories told as over, with how they ended ("fainted having bloods last spring, fine after a biscuit", "tried to end
  my life at 18, that was decades ago, well now"); twins tell the event now or back again now;
- hypotheticals and preparation (care plans, lists for the fridge, quizzes, "what do i say if a friend tells me she
  wants to die"); twins tell the sign happening now;
- lists of signs denied ("no drooping, both arms strong, talking normally"), or denied with the plain reason ("he
  isn't clammy, he just has indigestion"); twins deny some and tell one now;
- questions about a word ("the nurse said 'febrile neutropenia', what is that"); twins tell the sign now;
- frightened carers asking about a diagnosis or slow symptoms ("i keep thinking he won't pull through, what are the
  odds"); twins add a wish to die or a sudden sign now.
Written in our own words, never from an evaluation set; a composed line within 80% (rapidfuzz ratio) of an evaluation
message is dropped. Run:  python scripts/make_safety_round7.py  (deterministic; commit the output)
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from make_safety_data import Rows, evaluation_texts, noisy  # noqa: E402

N_NEG = 110  # composed negatives per family
N_POS = 55  # composed positives per twin family

HE = ["my husband", "my dad", "my son", "my grandad", "my brother", "my partner", "my uncle", "my father in law",
      "my stepdad", "my boyfriend", "my 17 year old", "our lad"]
SHE = ["my wife", "my mum", "my daughter", "my nan", "my sister", "my aunt", "my mother in law", "my girlfriend",
       "my stepmum", "my 15 year old", "our eldest", "my gran"]
COND = ["leukaemia", "aml", "mds", "myeloma", "lymphoma", "aplastic anaemia", "myelofibrosis", "cml", "itp", "pnh"]


def person(rng: random.Random) -> tuple[str, str, str, str]:
    """(subject, he/she, his/her, him/her) of someone else."""
    if rng.random() < 0.5:
        return rng.choice(HE), "he", "his", "him"
    return rng.choice(SHE), "she", "her", "her"


def fill(rng: random.Random, t: str, **extra: list[str]) -> str:
    s, he, his, him = person(rng)
    t = t.replace("{s}", s).replace("{he}", he).replace("{his}", his).replace("{him}", him)
    t = t.replace("{cond}", rng.choice(COND))
    for key, pool in extra.items():
        while "{" + key + "}" in t:
            t = t.replace("{" + key + "}", rng.choice(pool), 1)
    return t


# --- annoyance said with death or harm words ----------------------------------------------------------------------

NUISANCE = ["the car park at the clinic", "this benefits form", "the pharmacy queue", "the hold music at the surgery",
            "my insurance company", "the hospital wifi", "the parking machine", "the school run", "this heatwave",
            "the booking system", "the bus to the hospital", "the noise on the ward", "my phone battery",
            "the printer at work", "the roadworks outside", "the appointment line", "the new app update",
            "the hospital car park barrier", "the paperwork for the blue badge", "the self checkout"]
FIGURE = ["makes me want to scream", "makes me want to tear my hair out", "makes me want to bang my head on the wall",
          "is doing my head in", "is the death of me", "will be the death of me", "is driving me up the wall",
          "makes me want to throw my phone across the room", "is slowly killing me", "makes me want to run for the hills",
          "makes me want to crawl under the duvet forever", "is torture"]
TAIL = ["", "", " lol", " haha", " honestly", ", every single time", ", rant over", " 🙄", ", anyway", ", sorry for moaning"]
LAPSE = ["forgetting my clinic letter", "leaving my tablets at home", "missing the bus", "booking the wrong day",
         "losing my parking ticket", "not asking the doctor about the rash", "eating that whole cake",
         "deleting the hospital email", "not writing the questions down", "mixing up the appointment times"]
WILL_KILL = ["{s} is going to kill me when {he} finds out i skipped the physio",
             "{s} will murder me if i forget the prescription again",
             "{s} will go mad when {he} sees what i spent on the garden",
             "{s} is going to have kittens when {he} sees the phone bill",
             "{s} will have a heart attack when {he} sees the state of the kitchen",
             "{s} will kill us both if we are late again",
             "i could kick myself for {lapse}", "i could have killed myself for {lapse}, so annoying",
             "honestly i could strangle {s}, {he} ate the last of the biscuits",
             "{s} says my cooking will finish us all off, cheeky",
             "im dead lol, {s} called the consultant by the wrong name",
             "we laughed so much at {s} that we could barely breathe, best day in ages",
             "{s} laughed so hard at the film {he} nearly choked on {his} popcorn",
             "{s} had us in stitches, i was crying laughing",
             "my phone died halfway through the call so sorry if i was cut off",
             "sorry im late replying, my laptop died and the bus broke down",
             "the car gave up on the motorway so we missed clinic, sorry",
             "that driving test nearly killed me but i passed", "the stairs at the clinic nearly finished me off",
             "i nearly died of embarrassment when my phone rang in the waiting room",
             "at the end of my tether with the pharmacy, they lost the order again",
             "im drowning in hospital letters and forms", "snowed under with appointments this month",
             "i would sell my soul for a proper nights sleep", "i would kill for a cup of tea right now",
             "the steroids have me eating everything in sight"]


def annoyance(rng: random.Random) -> str:
    if rng.random() < 0.45:
        t = rng.choice(NUISANCE) + " " + rng.choice(FIGURE) + rng.choice(TAIL)
    else:
        t = fill(rng, rng.choice(WILL_KILL), lapse=LAPSE)
    return t


ANNOY_ES = ["el estacionamiento del hospital me va a volver loca", "mi hermana me va a matar cuando sepa que no fui a la cita",
            "mi mama nos va a matar con tantas preguntas, pero que bueno que esta mejor",
            "me rei tanto con mi nieto que casi me ahogo con el cafe", "este calor me esta matando jaja",
            "mi esposo casi se infarta cuando vio la cuenta de la luz", "los tramites del seguro me tienen harta",
            "me muero de hambre despues de la quimio, eso es buena señal?", "se me murio el celular y no pude avisar, perdon"]

#: The same words said plainly, of oneself, now: crisis twins.
CRISIS_TWIN = ["i want to kill myself, i have the tablets ready", "honestly i want to die, i cant do this anymore",
               "i could kill myself tonight and nobody would notice", "im not joking, i want to end my life",
               "i want to throw myself off the car park roof", "i keep thinking about shooting myself, the gun is in the loft",
               "i have lost the will to live and i have a plan", "i want to go to sleep and never wake up, ive saved my pills",
               "no lol this time, i really want to die", "i am going to kill myself when everyone is out on saturday",
               "i want to hurt myself right now", "i cut myself again tonight and i cant stop",
               "quiero matarme, ya tengo las pastillas", "ya no quiero vivir, hoy lo voy a hacer"]

#: Despair and alarms told plainly now, in the words the negatives above share ("heart", "way out", "over",
#: "bleeding", "breath"): what the hard negatives must not take from the detectors.
PLAIN_CRISIS = ["my life is over and i am going to end it this week", "death feels like the only way out now",
                "i would be relieved if i just died, i have stopped caring", "im done, i might as well finish it properly tonight",
                "the relapse is my way out, ive stopped taking my tablets on purpose", "i am ready to go and i have written my letters",
                "nothing will get better, i want it all to be over for good", "i keep wishing the cancer would hurry up and kill me",
                "i have the rope ready in the garage", "the charcoal is in the boot and the tape is ready",
                "got everything ready, the pills and the vodka, its tonight", "ive bought what i need and its all set for saturday",
                "ya se acabo mi vida, quiero terminar con todo", "la recaida es mi salida, ya no me voy a tratar"]
PLAIN_EMERGENCY = ["crushing chest pain since the transfusion started and its happening right now",
                   "{s} has crushing pain in {his} chest after the platelets, right now",
                   "is this normal? crushing chest pain during my infusion, happening now",
                   "crushing pain in the middle of my chest and my heart is racing", "{s} is having an asthma attack, the inhaler isnt helping and {he} can barely talk",
                   "heavy bleeding with big clots, platelets are low and i feel faint", "my heart is pounding out of control and i have chest pain",
                   "{s} cant breathe properly, the nebuliser is doing nothing", "bleeding from my gums and nose for an hour, dizzy, platelets 6",
                   "sangro mucho con coagulos y me mareo, tengo las plaquetas bajas", "me aprieta el pecho muy fuerte y el corazon me va a mil",
                   "{s} is breathing very fast, lips blue and cant finish a sentence",
                   "asthma flare, my blue reliever has done nothing after ten puffs and i can only get out a few words",
                   "{s} is wheezing badly, the reliever spray isnt working and {he} is too breathless to speak",
                   "{s} is breathing but floppy and i cant rouse {him} at all", "{s} wont wake up properly, just limp and grey",
                   "no logro despertar a mi papa, respira pero esta flojito y no responde",
                   "mi hija tiene un ataque de asma, el inhalador no le hace nada y casi no puede hablar"]

# --- stories told as over -------------------------------------------------------------------------------------------

PAST_WHEN = ["last spring", "a couple of years ago", "back in 2018", "during the first cycle", "last month",
             "at christmas", "the week after the transplant", "when {he} was first diagnosed", "on holiday last summer",
             "about six weeks ago"]
#: Each event with how it ended. (Not bleeding or wounds: as negatives, stories of bleeding that stopped took the
#: emergency detector's certainty from bleeding told now, "pressing is not stopping it".)
EVENT_E = [("{s} fainted while having bloods taken", ["a biscuit and a sit down sorted it", "{he} came round straight away"]),
           ("{s} had a panic attack in the supermarket", ["it passed after ten minutes", "breathing slowly helped and it settled"]),
           ("{s}'s blood sugar went low and {he} got a bit muddled", ["a sugary drink brought {him} round in minutes", "some juice and {he} perked up"]),
           ("{s} had a fever on chemo and was admitted", ["antibiotics cleared it", "five days on the ward and it was gone"]),
           ("{s} blacked out getting out of the bath", ["they changed {his} blood pressure tablets", "it was low blood pressure, easily sorted"]),
           ("{s} had a seizure during conditioning", ["they started {him} on medication for it", "the team handled it quickly"]),
           ("{s} had a bad reaction to the platelets, shivering and a rash", ["the nurses stopped the bag and gave {him} an antihistamine"]),
           ("{s} had a clot in {his} leg", ["blood thinners did their job", "three months of injections cleared it"]),
           ("{s} had chest pain and was rushed in", ["the ecg and bloods were normal", "it was a pulled muscle in the end"]),
           ("{s} swallowed two of my tablets by mistake", ["poison control said it was harmless", "the ward checked and said no harm done"])]
NOW_OK = ["all fine since", "nothing since then", "back to normal now", "embarrassing but fine", "no problems since",
          "{he} is doing well now", "{he} has been fine ever since", "that all passed", "touch wood nothing since"]
ASK_PAST = ["", "", " is it likely to happen again", " should we mention it at clinic", " anything we should watch for",
            " could the treatment have caused it", " just wanted to share", " is that common with {cond}"]


def story_e(rng: random.Random) -> str:
    event, fixes = rng.choice(EVENT_E)
    t = f"{event} {rng.choice(PAST_WHEN)}, {rng.choice(fixes)}, {rng.choice(NOW_OK)}.{rng.choice(ASK_PAST)}"
    return fill(rng, t).strip()


PAST_YEARS = ["when i was 17", "at university", "in my twenties", "back in 2005", "about fifteen years ago",
              "after my divorce, a long time ago", "when i was a teenager", "decades ago", "before the kids were born"]
EVENT_C = ["i tried to end my life", "i took an overdose", "i used to self harm", "i used to cut my arms",
           "i felt everyone would be better off without me", "i didnt want to be alive", "i made an attempt on my life",
           "i had really dark thoughts about suicide"]
RESOLVED_C = ["i got good help and im settled and happy now", "therapy helped a lot and im in a good place these days",
              "that is all behind me", "i havent felt like that for years", "im well now and have a great support network",
              "i am stable and content these days"]
ASK_C = ["should i tell the transplant team", "does it matter for my treatment", "will it be on my records",
         "just mentioning it for my history", "do i need to bring it up at clinic", "is it relevant to the new drugs"]
STORY_C_OTHER = ["{s} took an overdose years ago, {he} had lots of support and is really well now, should the team know",
                 "{s} used to self harm as a teenager, {he} is thirty now and doing great",
                 "my {rel} passed away last month after the transplant, i keep thinking about {him}",
                 "we wrote our wills after the diagnosis, the solicitor said everyone should have one",
                 "the night we got the results i wished i was dead, i dont feel like that any more"]
REL = ["friend from the ward", "uncle", "neighbour", "friend from the support group", "grandad"]


def story_c(rng: random.Random) -> str:
    if rng.random() < 0.3:
        return fill(rng, rng.choice(STORY_C_OTHER), rel=REL)
    return f"{rng.choice(EVENT_C)} {rng.choice(PAST_YEARS)}. {rng.choice(RESOLVED_C)}, {rng.choice(ASK_C)}"


STORY_ES = ["el año pasado me desmaye en la biopsia, me dieron jugo y ya, desde entonces nada",
            "hace tres años tuve un coagulo en el pulmon, ya deje los anticoagulantes, importa para el tratamiento nuevo?",
            "en el primer ciclo me dio fiebre y me internaron, ahora ya estoy en remision",
            "cuando era joven intente quitarme la vida, hace mucho de eso y hoy estoy bien, se lo digo al equipo?",
            "a mi papa le bajo el azucar el domingo y se confundio, con un jugo se compuso en minutos",
            "mi mama tuvo un derrame hace años, hoy esta estable, que dieta le conviene"]
#: The same events now: twins.
STORY_TWIN_E = ["{s} just fainted and is not coming round", "{s} is having a panic attack, chest pain going into {his} arm and grey",
                "{s}'s blood sugar is 1.9 and {he} is too drowsy to drink anything", "nosebleed for 45 minutes now, wont stop, platelets 7",
                "{s} had chemo a week ago and just spiked 39.2 with shivers", "{s} is vomiting blood right now",
                "{s} blacked out in the bath and is still confused", "{s} is fitting now and has been for six minutes",
                "{s} has a swollen painful calf and is suddenly short of breath", "{s} swallowed a handful of my tablets ten minutes ago",
                "{s} cut {his} hand on glass and it is spurting", "{s} just went grey and collapsed at the bus stop"]
STORY_TWIN_C = ["i tried to end my life last night and i still want to", "years ago i took an overdose and tonight i want to do it again",
                "i used to self harm and i started again this week, its getting worse", "i feel everyone would be better off without me, i have a plan",
                "the dark thoughts are back and i have been looking up ways to die", "i made an attempt yesterday and nobody knows"]

# --- hypotheticals and preparation ----------------------------------------------------------------------------------

PREP = ["we are putting a list on the fridge for {s}: which signs mean ring the ward and which mean 999",
        "making a care plan before {s} starts chemo, what counts as a fever we should ring about",
        "my sister keeps quizzing me with what would you do if questions before {s} comes home from hospital",
        "for the school care plan, which symptoms mean the teachers should call an ambulance for {s}",
        "what if i pass out when im home alone, is there an alarm i can wear",
        "say {s} gets a temperature while we are on holiday, what do we do",
        "if the dog gets into my tablets do i ring the vet or poison control",
        "if {s} ever had a bleed that wouldnt stop, would we go to a and e or the ward",
        "what should i say if a friend tells me she wants to die",
        "how do i answer if {s} ever says {he} wants to end it all, {he} hasnt, i just want to know",
        "for my safety plan with my therapist, who should i ring if i ever feel like hurting myself again",
        "if i ever had thoughts of suicide would my doctor have to tell my family",
        "what would a doctor do if someone said they felt suicidal, asking for a course",
        "if the transplant doesnt work what happens next, is there anything else",
        "in case {s} ever gets confused or very sleepy on the new drug, what is the plan",
        "we live an hour from the hospital, should we make a plan for if {s} spikes a fever at night",
        "training as a carer, what do you say to someone who tells you they want to die",
        "if i die before my kids grow up, how do i leave them letters",
        "if my toddler ever swallowed one of my tablets what would the first signs be, they are locked away"]
PREP_ES = ["estamos haciendo una lista para la nevera: que hacer si a mi papa le da fiebre o sangra cuando este en casa",
           "en el grupo de apoyo nos pidieron pensar que diriamos si alguien hablara de quitarse la vida, es un ejercicio",
           "pongamos que estoy sola y me sangra la nariz y no para, que hago? hoy estoy bien, solo quiero saber",
           "si a mi esposo le diera fiebre de madrugada cuando estemos de viaje, a donde vamos"]
PREP_TWIN = ["{s} has a temperature of 38.9 right now and had chemo eight days ago", "we are on holiday and {s} has just spiked 39 with rigors",
             "{s} is bleeding from the nose and mouth and it wont stop", "{s} is suddenly very confused and sleepy on the new drug",
             "my friend just told me she wants to die and now she wont answer her phone",
             "{s} said tonight {he} wants to end it all and has locked the bathroom door",
             "my toddler just swallowed one of my tablets", "i am hurting myself right now and cant stop",
             "i passed out at home and hit my head, still dizzy and being sick"]

# --- lists of signs denied -------------------------------------------------------------------------------------------

DENIED = ["no face drooping", "both arms strong", "talking normally", "not sweaty or clammy", "colour is good",
          "no chest pain", "no headache", "no vomiting", "not on blood thinners", "temperature 36.8", "breathing fine",
          "not confused", "eating and drinking", "no bleeding anywhere", "knows where {he} is", "no rash",
          "platelets were fine last week", "awake and chatty"]
DENIED_HEAD = ["{s} bumped {his} head on the cupboard", "{s} says {he} feels a bit off", "{s} had a dizzy moment standing up",
               "{s} looks tired today", "{s} is a bit wobbly after the long day", "{s} got a fright earlier",
               "i checked {s} over after the fall on the grass", "{s} has a mild headache from the sun"]


def denied(rng: random.Random) -> str:
    signs = rng.sample(DENIED, rng.randint(3, 5))
    return fill(rng, f"{rng.choice(DENIED_HEAD)} but {', '.join(signs)}{rng.choice(['', ', is that ok', ', anything to watch', '. just checking'])}")


#: Signs denied and the plain reason given ("he isn't clammy, his colour is good, he just has indigestion").
NOT_SIGN = ["isnt wheezing", "isnt sweaty or clammy", "isnt confused", "isnt breathing fast", "isnt grey", "hasnt fainted",
            "isnt unconscious", "doesnt have a temperature", "isnt bleeding", "hasnt been sick", "isnt in any pain",
            "isnt floppy", "isnt short of breath", "hasnt got a rash", "isnt slurring"]
SIGN_OK = ["{his} lips are a normal colour", "{his} colour is good", "{his} oxygen reads 97", "{his} face looks normal",
           "{his} temperature is 36.9", "{his} pulse is steady at 80", "{his} breathing sounds normal"]
JUST = ["{he} is just cold from the shower", "{he} just has indigestion after a big dinner",
        "{he} is just a deep sleeper after the night tablets", "{he} just has a cold", "{he} is just tired after the long drive",
        "{he} just sounds snuffly from hay fever", "{he} just has a rash from the plaster", "{he} just ate too fast",
        "{he} is just warm because the heating is on", "{he} is just worn out after physio", "{he} just has a stitch from walking"]
JUST_T = ["{s} {n1} and {n2}, {just}", "{ok} and {s} {n1}, {just}", "{s} {n1}, {ok}, {just}", "{just}, {s} {n1} and {ok}",
          "{s} {n1} or {n2}. {just}", "to be clear {s} {n1} and {n2}, {just}"]


def just(rng: random.Random) -> str:
    n1, n2 = rng.sample(NOT_SIGN, 2)
    t = rng.choice(JUST_T).replace("{n1}", n1).replace("{n2}", n2)
    return fill(rng, t.replace("{ok}", rng.choice(SIGN_OK)).replace("{just}", rng.choice(JUST)))


DENIED_ES = ["no se le ha torcido la boca, mueve los dos brazos y habla bien, solo esta cansado",
             "mi mama se pego en la cabeza pero no vomita, no le duele y no toma anticoagulantes",
             "no tiene fiebre, no sangra, come bien, solo anda decaida"]
#: One sign told now among the denied: twins.
DENIED_TWIN = ["no headache but {his} face is drooping on one side and {his} speech is slurred",
               "no chest pain but {s} is grey, sweating and cant catch {his} breath",
               "{s} bumped {his} head, on blood thinners, and now {he} is being sick and very drowsy",
               "not confused but {s} has a fever of 39 and had chemo last week",
               "breathing ok but {s} is bleeding heavily and it wont stop",
               "{s} isnt in pain but {he} is grey, clammy and breathing fast", "{his} temperature is normal but {he} is floppy and wont wake properly",
               "{s} isnt bleeding but {his} lips are going blue and {he} is wheezing badly",
               "{s} just dropped to the floor and is out cold", "{s} just keeled over with no warning and isnt responding",
               "{s} is sweaty and clammy, confused, with a racing heart", "{s} is cold and clammy and grey with crushing pain in {his} chest",
               "{s} is really unwell, sweaty, muddled and {his} heart is going very fast", "severe pain high in {his} belly, sweating buckets, on chemo"]

# --- questions about a word ------------------------------------------------------------------------------------------

TERM = ["rigors", "febrile neutropenia", "neutropenic sepsis", "syncope", "haemoptysis", "melaena", "petechiae",
        "anaphylaxis", "tumour lysis", "priapism", "a tia", "hypoxia", "a dvt", "a pe", "status epilepticus",
        "a subdural", "splenic sequestration", "an aplastic crisis"]
WORD_Q = ["the nurse used the word '{term}', what does it mean", "the discharge letter says '{term}', what is that",
          "what is {term}? it came up at clinic", "the leaflet mentions {term}, can you explain it simply",
          "my consultant mentioned {term} in passing, what are they talking about", "how is {term} different from a normal fever or faint"]
WORD_TWIN = ["i have rigors right now, shaking nonstop with a temp of 39.4 after chemo", "{s} is coughing up blood right now",
             "{s} has black tarry poo today and is dizzy", "{s} is swelling up after the platelets and cant breathe properly",
             "{s} has had a painful erection for five hours, {he} has sickle cell"]

# --- frightened carers asking about a diagnosis ---------------------------------------------------------------------

FEAR = ["i keep thinking {s} is going to die, what are the chances of recovery with {cond}",
        "im so scared {s} wont pull through, what is the outlook for {cond}",
        "i lie awake worrying about {s}, what is the survival rate for {cond}",
        "{s} asks me if i am going to die and i dont know what to say",
        "{s} says {he} is tired of fighting with the insurance, should i be worried",
        "{s} keeps saying {he} is fed up of hospitals but is still planning the garden",
        "{s} has been more tired for weeks and a bit yellow in the eyes, are those usual signs of {cond}",
        "{s} has been sleeping a lot and is paler since the diagnosis, bloods are next week, is that typical",
        "{s} has been quiet and sad since the relapse news but still eats and walks the dog",
        "i feel like a burden when {s} drives me to every appointment, how do people cope with that",
        "im terrified the {cond} will come back, i think about it every day",
        "i keep googling survival figures at night and scaring myself"]
#: Slow symptoms told by a frightened carer who asks whether they are the usual ones.
SLOW_SIGNS = ["so exhausted {he} can barely get up", "{his} eyes have gone a bit yellow", "pain in {his} bones",
              "no energy at all for weeks", "{his} skin looks sallow", "aching all over", "losing weight slowly",
              "sleeping most of the day lately", "night sweats on and off", "bruising more than usual"]
SLOW_Q = ["are these the usual signs of {cond}", "is that typical of {cond}", "what else could cause this, the clinic is on friday",
          "are those symptoms of the disease", "could it be the {cond} or something else", "is this how it usually starts"]


def slow(rng: random.Random) -> str:
    a, b, c = rng.sample(SLOW_SIGNS, 3)
    return fill(rng, f"{{s}} has been {a}, {b} and {c}. {rng.choice(['im worried', 'i am panicking', 'im scared', ''])} {rng.choice(SLOW_Q)}")


FEAR_ES = ["me da miedo que mi papa se muera, que posibilidades hay de que se recupere",
           "mi hijo me pregunta si me voy a morir, como le explico",
           "mi esposa anda muy cansada y amarillenta desde hace semanas, es normal con la enfermedad?"]
FEAR_TWIN_C = ["{s} keeps saying {he} is going to kill {him}self", "{s} says {he} wants to die and wont eat or take {his} tablets",
               "i keep thinking i am going to kill myself", "{s} put a goodbye note on instagram last night and has switched {his} phone off",
               "{s} texted everyone thank you for everything, look after mum, and now wont pick up",
               "a friend left a goodbye video online and nobody can reach {him}", "{s} says {he} wants to die and has been giving {his} things away", "{s} told me {he} is going to end it tonight",
               "i am scared {s} will kill {him}self, {he} has been saying goodbye to everyone"]
FEAR_TWIN_E = ["{s} suddenly went very yellow and confused today and is hard to wake", "{s} has been vomiting all day and is now drowsy and yellow"]


def pick(rng: random.Random, pool: list[str], **extra: list[str]) -> str:
    return fill(rng, rng.choice(pool), **extra)


def negatives(rng: random.Random, rows: Rows) -> None:
    """The hard negatives. The crisis file's are the emergency detector's too (safety_data); the emergency file's
    ("round7e:") train that detector alone."""
    composed = [("crisis", "annoyance", N_NEG * 2, annoyance), ("crisis", "story_over", N_NEG, story_c),
                ("crisis", "prepared", N_NEG, lambda r: pick(r, PREP)), ("crisis", "fear", N_NEG, lambda r: pick(r, FEAR)),
                ("emergency", "slow_signs", N_NEG // 2, slow), ("emergency", "story_over", N_NEG, story_e),
                ("emergency", "denied", N_NEG, denied), ("emergency", "denied_just", N_NEG // 2, just),
                ("emergency", "word", N_NEG // 2, lambda r: pick(r, WORD_Q, term=TERM))]
    for detector, kind, n, make in composed:
        for _ in range(n):
            rows.add(detector, kind, noisy(rng, make(rng)), False)
    for pool in (ANNOY_ES, STORY_ES, PREP_ES, FEAR_ES, DENIED_ES):
        for t in pool:
            rows.add("crisis", "spanish", t, False)


def positives(rng: random.Random, rows: Rows) -> None:
    """The twins: the same words said of a body or a self now."""
    add = rows.add
    for _ in range(N_POS * 3):
        add("crisis", "twin", noisy(rng, pick(rng, CRISIS_TWIN + PLAIN_CRISIS + STORY_TWIN_C + FEAR_TWIN_C + [PREP_TWIN[i] for i in (4, 5, 7)])), True)
    for _ in range(N_POS * 4):
        add("emergency", "twin", noisy(rng, pick(rng, PLAIN_EMERGENCY + STORY_TWIN_E + [PREP_TWIN[i] for i in (0, 1, 2, 3, 6, 8)] + DENIED_TWIN + WORD_TWIN + FEAR_TWIN_E)), True)


def compose(rng: random.Random) -> Rows:
    rows = Rows()
    negatives(rng, rows)
    positives(rng, rows)
    return rows


def main() -> int:
    rows = compose(random.Random(20261203 + 7))
    # The emergency file trains the emergency detector alone (safety_data.EMERGENCY_ONLY_PREFIX, "round7e:"): its
    # stories of bleeding and wounds as crisis negatives would teach that self-harm told in those words is safe.
    rows.write("round7", evaluation_texts(), cutoff=80, prefix={"emergency": "round7e"})
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
