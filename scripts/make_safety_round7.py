# ruff: noqa: E501 - the fragments are data, one message a line
"""Writes intents/safety/crisis.round7.jsonl (issue 9, round 7): crises told the many ways people tell them, which the
earlier rounds had in few fixed wordings, and the same words said safely as hard negatives.

The earlier rounds composed each crisis category from a few dozen cores with openers and tails: the detector learnt
the cores, and a farewell or a passive wish in other words ("signing off for good", "wouldn't be sorry if my
heart gave out") fell below its band. Here each category is built from PARTS (who, what is felt or done, what it is
for, how it ends), so that the same meaning comes in hundreds of wordings: lay words, typos, run-ons, long messages
with a medical story around the crisis, other people as the subject, English and Spanish.

Positives (988 Lifeline warning signs; Columbia Suicide Severity Rating Scale screener questions 1-6):
- farewells: thanks for everything, love and apologies, a final "last message", appointments and medicines that
  will not be needed, someone else asked to look after a child or a pet, "it was nobody's fault";
- burdensomeness: a cost, a weight, the family better or freer or richer without one;
- passive wishes: not waking up, an accident, an illness or an infection that would end it, welcomed;
- hopelessness with no way out: no future, trapped, only one way out;
- preparation: wills, letters, passwords and papers, things given away, accounts closed, pets rehomed, debts paid;
- means at hand: medicines saved up, a rope or a gun got, a car and a hose, a height reached;
- self-harm: cutting, burning, hitting, scratching, biting, pressing bruises or refusing care to be hurt;
- third person: a relative or friend showing any of the above;
- Spanish equivalents of each.
Negatives: the same words where nothing is wrong: a chat ending for the night, the last chemotherapy done, a will
made on a solicitor's advice, a pet rehomed because of the transplant's infection risk, a gun safe for hunting.

Written in our own words from the public lists, never from an evaluation set; a composed line within 80% (rapidfuzz
ratio) of an evaluation message is dropped. Run:  python scripts/make_safety_round7.py  (deterministic; commit the
output)
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from make_safety_data import Rows, evaluation_texts, noisy  # noqa: E402

N_POS = 240  # composed positives per English category
N_ES = 90  # ... per Spanish category
N_NEG = 110  # composed negatives per kind

FAM = ["my kids", "my son", "my daughter", "my wife", "my husband", "my partner", "mum", "dad", "my mum", "my dad",
       "my sister", "my brother", "my girls", "my boys", "my parents", "my best mate", "my grandkids", "my fiance",
       "my little one", "my nan"]
PET = ["my dog", "my cat", "the dog", "my budgie", "the cats", "my rabbit", "my old lab", "my two cats", "the puppy"]
CLINIC = ["the nurses on the ward", "my consultant", "the day unit", "the transplant team", "everyone at the clinic",
          "the haematology nurses", "the team on ward 7", "my specialist nurse", "the chemo suite staff"]
APPT = ["my bloods on tuesday", "the bone marrow biopsy", "my next cycle", "the scan next month", "my transfusion slot",
        "next weeks clinic", "the follow up", "my port flush", "the results appointment", "my jabs on friday"]
ILL = ["the leukemia", "the myeloma", "the mds", "this cancer", "the lymphoma", "my illness", "the aml", "the relapse",
       "the transplant", "all this chemo", "the myelofibrosis", "this disease"]
LEAD = ["", "", "", "", "", "", "hey. ", "sorry. ", "ok. ", "its late. ", "not sure why im typing this but ",
        "you probably cant do anything but ", "i dont really know who else to tell. ", "just so someone knows, ",
        "been a long road with {ill}. ", "after everything with {ill}, ", "3am again. ", "dont worry about replying. ", "i wont bore you with details. "]
TAIL = ["", "", "", "", "", "", " x", " xx", ".", "...", " im sorry", " please dont try to change my mind",
        " its ok", " i feel calm now", " dont tell anyone", " no one needs to know yet", " thats all"]


def pick(rng: random.Random, xs: list[str]) -> str:
    return rng.choice(xs)


def fill(rng: random.Random, t: str) -> str:
    for key, pool in (("{fam}", FAM), ("{pet}", PET), ("{clinic}", CLINIC), ("{appt}", APPT), ("{ill}", ILL)):
        while key in t:
            t = t.replace(key, pick(rng, pool), 1)
    return t


def join(rng: random.Random, parts: list[str]) -> str:
    out = parts[0]
    for p in parts[1:]:
        out += pick(rng, [". ", ", ", " and ", ". ", " - ", ", ", "\n"]) + p
    return out


# --- farewells ---------------------------------------------------------------------------------------------------

THANKS = ["thank you for everything", "thanks for putting up with me all this time", "you were all kinder than i deserved",
          "thank {clinic} from me", "cheers for all the late night chats", "grateful for every one of you",
          "thanks for being there when nobody else was", "youve been good to me", "thanks for trying so hard with me",
          "i appreciated every bit of help", "thank you for never giving up on me even though i have",
          "thanks for listening when i couldnt sleep", "please thank {clinic}, they did their best"]
FINAL = ["this is the last youll hear from me", "i wont be writing again", "im logging off for the last time",
         "no need to keep {appt} for me", "cancel {appt}, i wont be there", "after tonight none of this will be my problem",
         "this is where it ends for me", "im checking out for good", "its time for me to go now",
         "i wont be here for {appt}", "you can close my file", "nobody will need to chase me about {appt}",
         "i wont be around to see the spring", "this is my last message to anyone", "by morning it will all be over",
         "i wont be needing the new prescription", "i wont be coming back", "this is me saying goodbye properly",
         "i wont make it to {appt} and thats my choice", "you wont have to worry about me after today",
         "i just wanted one last conversation", "theres no next time for me", "i'm going where it doesnt hurt",
         "this is the end of the road for me", "i wont be replying after this", "its my last night here",
         "by the time anyone reads this ill be gone", "i wont be a problem for anyone much longer",
         "i'm letting go tonight", "dont bother booking me in again", "i'm finished, for good this time",
         "this is my way of saying goodbye"]
ENTRUST = ["tell {fam} i love them", "please make sure {pet} gets fed", "look after {fam} for me",
           "{fam} knows where everything is", "make sure {fam} never thinks any of this is on them", "give {pet} to someone kind",
           "please dont let {fam} blame themselves", "tell {fam} im proud of them", "let {fam} know i tried my best",
           "someone please check on {pet}", "make sure {fam} is ok", "tell {fam} sorry from me",
           "the letter for {fam} is on the table", "nobody is to blame for this, tell {fam} that",
           "forgive me {fam}", "i hope {fam} understands one day"]
LOVE = ["love you all", "i love you guys so much", "im sorry for everything", "please forgive me", "take care of each other",
        "i'm at peace with it", "dont be sad for long", "sorry for being such hard work", "i love you, i'm sorry"]


def farewell(rng: random.Random) -> str:
    if rng.random() < 0.35:  # short, as most farewells are: one final clause, perhaps a word of love or a bye
        return pick(rng, FINAL) + pick(rng, ["", "", ". bye", ". love you all", ", sorry", ". thank you", ". x", ". goodbye"])
    parts = [pick(rng, FINAL)]
    extra = rng.sample([THANKS, ENTRUST, LOVE], rng.choice([1, 1, 2]))
    parts += [pick(rng, pool) for pool in extra]
    rng.shuffle(parts)
    if rng.random() < 0.25:
        parts.append(pick(rng, ["bye", "goodbye", "bye for now and for good", "farewell"]))
    return join(rng, parts)


# --- burdensomeness and hopelessness -----------------------------------------------------------------------------

BURDEN = ["im nothing but a drain on {fam}", "all the hospital trips are ruining {fam}s life and it would stop if i was gone",
          "im a weight round everyones neck", "the world would be a lighter place without me in it",
          "{fam} deserves better than looking after a dying person for years", "i'm costing everyone everything",
          "i'm just in the way, they'd get on with their lives if i wasnt here", "i only make everyone miserable by still being here",
          "im a burden and its only getting worse, they'd be free without me",
          "my being alive is what keeps {fam} stuck", "everyone would be relieved if i just stopped being here",
          "they keep paying for me to stay alive and i'm not worth it"]
HOPELESS = ["another year of this is more than i can take and it wont improve",
            "i feel trapped and theres only one way out", "every day gets darker and it isnt going to lift",
            "i see no reason to keep going", "theres no way out of this for me except one",
            "i've run out of reasons to stay", "the only thing i look forward to is it all stopping for good",
            "i'm stuck in this body and i want out for good", "i cant keep living like this and i wont",
            "whats the point in any of it, i'm done with life", "i honestly don't see a way forward, only an ending",
            "there is nothing ahead of me but more of this and i cant",
            "i have no future and no fight left, i want it to stop for good"]


def burden(rng: random.Random) -> str:
    t = pick(rng, BURDEN if rng.random() < 0.55 else HOPELESS)
    if rng.random() < 0.35:
        t = join(rng, [t, pick(rng, ["i think about ending it most nights", "i'm not scared of dying anymore",
                                      "i've been thinking about how", "its been on my mind all week",
                                      "i dont want to be here", "i keep thinking it would be easier to just go"])])
    return t


# --- passive wishes ----------------------------------------------------------------------------------------------

WISH = ["i hope", "honestly i'd be glad if", "i wouldnt be sorry if", "every night i pray that",
        "part of me wants", "it would be a relief if", "id be fine with it if", "secretly im hoping", "i keep wishing",
        "if im honest i want", "id welcome it if", "it wouldnt bother me if", "i half hope"]
EVENT = ["i dont wake up tomorrow", "my heart just gave out in my sleep", "{ill} took me quicker", "a lorry hit me on the way to clinic",
         "the plane went down", "i didnt come round after the procedure", "the next infection finishes me off",
         "i slipped away in the night", "my platelets dropped and i just bled out", "i fell asleep and that was that",
         "the transplant doesnt take and its over", "i just stopped existing", "i never opened my eyes again",
         "i got hit crossing the road", "the next fever is the one that gets me", "i didnt make it through the night"]
PASSIVE_TAIL = ["", "", "", ", it would be easier", ", then it would be over", ", i wouldnt fight it", ", im so tired of being alive",
                ", and i mean that", ", i dont want to do this anymore", ", i dont care if i live"]
PASSIVE_WHOLE = ["i go to sleep hoping thats it for good", "i wish i could just fade away and not come back",
                 "i keep hoping they find its spread everywhere so it ends", "i'd happily trade places with someone who died",
                 "if they told me i had a week left id feel relief", "i pray for it to be over and i dont mean the chemo",
                 "i stopped caring if i live or die", "i'm ready to die, i just want it to come sooner"]


def passive(rng: random.Random) -> str:
    if rng.random() < 0.25:
        return pick(rng, PASSIVE_WHOLE)
    return f"{pick(rng, WISH)} {pick(rng, EVENT)}{pick(rng, PASSIVE_TAIL)}"


# --- preparation and means ---------------------------------------------------------------------------------------

PREP = ["ive written a letter for each of {fam}", "i updated my will and told {fam} where the key to the safe is",
        "gave my watch to my nephew, i wont be needing it", "i found someone to take {pet} for good",
        "paid off every debt so nobody gets lumbered with them", "cancelled my phone contract from the end of the month",
        "i printed out what i want at my service", "i told my best friend the pin for my bank card",
        "sorted the life insurance so {fam} gets the payout", "cleared out my room and gave my clothes away",
        "set up an email that sends itself next week", "made sure {fam} knows where all the documents are",
        "sold my guitar and my bike, i dont need them anymore", "wrote down all my logins for {fam}",
        "i've sent back everything i borrowed", "closed my bank accounts and moved everything to {fam}",
        "i asked my brother to look after {pet} permanently", "put sticky notes on things saying who gets them",
        "recorded videos for {fam}s future birthdays", "told {fam} where i want my ashes scattered",
        "returned my library books and cancelled the milk", "i've tidied up all my affairs this week"]
PREP_TAIL = ["", "", ", just in case", ", so everything is in order", ", it feels like the right time",
             ", i wont need anything after this week", ", it's nearly time", ", now theres nothing left to do",
             ", so nobody has to sort it after", ", i'm getting things ready"]
MEANS = ["ive got a months worth of my morphine in a drawer", "been stockpiling my insulin pens for a big dose",
         "bought a rope at the hardware shop today", "the car is in the garage, ive got the keys and a length of hose",
         "ive been keeping back my painkillers for weeks", "ive got all my tablets counted out on the bed",
         "i carry a blade in my bag now", "my dads shotgun is in the loft and i know where the key is",
         "i'm standing at the edge of the platform", "i'm on the bridge by the river right now",
         "im on the balcony of the 9th floor and climbed over the rail", "ive been collecting my sleeping pills since christmas",
         "got some charcoal and taped up the bathroom window", "ive got two packets of paracetamol and a bottle of vodka in front of me",
         "ive hidden a stash of oxycodone behind the bathroom mirror", "ive looked up how much of my heart medicine would stop it",
         "parked up at the top of the cliff road", "i have my husbands pistol on the table"]
MEANS_TAIL = ["", "", ", for when i've had enough", ", nobody knows", ", i keep looking at it", ", i'm thinking about using it",
              ", its my way out", ", tonight might be the night", ", just so someone knows", ", its there if i need it"]


def preparation(rng: random.Random) -> str:
    return pick(rng, PREP) + pick(rng, PREP_TAIL)


def means(rng: random.Random) -> str:
    return pick(rng, MEANS) + pick(rng, MEANS_TAIL)


# --- self-harm ---------------------------------------------------------------------------------------------------

SH_ACT = ["i scratch my arms until they bleed", "i slam my hand in the door on purpose", "i smash my fist into the door frame on purpose",
          "i dig my nails into my skin till it bleeds", "i carved into my leg with a compass", "i bang my head against the wall on purpose",
          "i held my hand over the hob", "i scalded myself with the kettle on purpose", "i've been cutting my thighs again",
          "i pinch myself until i bruise even though my platelets are low", "i bite my arm until it bleeds",
          "i hit myself in the face when im alone", "i used a razor on my stomach last night", "i burn my wrist with a hot spoon",
          "i rub my skin raw with a scourer", "i pick at my picc line site hoping it gets infected on purpose",
          "i stopped my antibiotics on purpose so id get sick", "i starve myself to punish myself", "i keep reopening the cuts on my arm",
          "i hurt myself with a lighter when the results are bad", "i snapped a pencil sharpener for the blade"]
SH_TAIL = ["", "", "", " and i cant stop", " its the only thing that helps", ", nobody knows", " when it all gets too much",
           " and its getting worse", " most nights now", ", its deeper than before", " since the diagnosis", " to feel something"]


def self_harm(rng: random.Random) -> str:
    return pick(rng, SH_ACT) + pick(rng, SH_TAIL)


# --- third person ------------------------------------------------------------------------------------------------

HE = ["my husband", "my dad", "my son", "my brother", "my grandad", "my boyfriend", "my best friend", "my uncle", "my partner",
      "my 17 year old", "my father in law", "a lad in my support group"]
SHE = ["my wife", "my mum", "my daughter", "my sister", "my nan", "my girlfriend", "my best friend", "my aunt", "my partner",
       "my 16 year old", "my mother in law", "a woman from the ward"]
SIGN = ["says {he} is just a cost to us now and {he} wants out", "sent me a text saying sorry for everything and now {he} wont answer",
        "has been handing out {p} favourite things to people", "wrote letters to all of us and left them in a drawer",
        "says {he} wants to go to sleep and not wake up", "has been cutting {p} arms, i saw the marks",
        "told me {he} has pills saved up for when {he} has had enough", "posted a goodbye on facebook tonight",
        "looked up how many of {p} tablets would kill {o}", "said {he} is going to end it after the next scan",
        "is sitting in the car in the garage and wont come in", "asked me to look after {p} dog if anything happens",
        "said there is no point carrying on and {he} has a plan", "has stopped eating and says {he} just wants it over",
        "keeps talking about being a burden and sorting {p} will",
        "has been hitting {o}self and burning {p} skin", "told me {he} bought a rope", "said this is {p} last week on earth"]
THIRD_ASK = ["", "", " what do i do", " im scared", " should i call someone", " help", " is this serious", " what should i say to {o}",
             " im really worried", " i dont know what to do"]


def third_person(rng: random.Random) -> str:
    male = rng.random() < 0.5
    s = pick(rng, HE if male else SHE)
    he, p, o = ("he", "his", "him") if male else ("she", "her", "her")
    t = f"{s} {pick(rng, SIGN)}{pick(rng, THIRD_ASK)}"
    if rng.random() < 0.3:
        t = f"{s.capitalize()} has {pick(rng, ['aml', 'myeloma', 'mds', 'lymphoma', 'leukaemia'])}. " + t.replace(s, pick(rng, ["and now " + ("he" if male else "she"), "lately " + ("he" if male else "she")]), 1)
    return t.replace("{he}", he).replace("{p}", p).replace("{o}", o)


# --- long messages: a medical story around the crisis -------------------------------------------------------------

STORY = ["ive had {ill} for three years and been through four lots of chemo", "the transplant didnt take and theyre talking about palliative care",
         "my counts have been rubbish for months and i live on transfusions", "i lost my job because of all the appointments",
         "the steroids have wrecked my sleep and my face", "my wife does everything for me now",
         "another relapse confirmed at clinic today", "im on my fifth line of treatment"]


def long_message(rng: random.Random, core: str) -> str:
    parts = [p + pick(rng, [".", ",", " and", ". honestly"]) for p in rng.sample(STORY, 2)]
    parts.insert(rng.randrange(3), core + ".")
    return fill(rng, " ".join(parts)).rstrip(",.").removesuffix(" and").removesuffix(". honestly")


# --- Spanish -------------------------------------------------------------------------------------------------------

ES = {
    "despedida": ["ya no me van a ver en la clinica", "cuiden a mis hijos por mi",
                  "nadie tuvo la culpa de lo que voy a hacer", "perdonen todo el lio que les deje", "me voy para siempre, los quiero",
                  "ya no voy a necesitar la cita del lunes", "me voy en paz", "ya no voy a estar para los resultados",
                  "cuando lean esto ya no voy a estar", "ya me canse de luchar, adios", "ya no me van a leer mas por aqui, cuidense", "digan a las enfermeras que gracias, ya me voy",
                  "ya no van a tener que preocuparse por mi", "le deje una carta a mi esposo en la mesa, adios",
                  "cuiden a mi perro cuando yo no este", "los quiero mucho, ya me despedi de todos", "hoy es mi ultima noche"],
    "carga": ["les arruino la vida a mis hijos con tanto gasto, sin mi respirarian", "mi familia ya gasto todo en mis tratamientos, sin mi tendrian paz",
              "solo les causo problemas, seria mejor desaparecer", "ya no le veo futuro a nada, solo quiero que se acabe para siempre",
              "no hay salida, solo una y la estoy pensando", "me siento atrapada y no quiero seguir", "ya no tengo fuerzas ni razones para seguir viva"],
    "pasivo": ["ojala esta noche me duerma para siempre", "cada noche me acuesto deseando que sea la ultima", "si me muero en la operacion seria un alivio",
               "ojala la proxima fiebre sea la que me lleve", "me daria gusto que la infeccion acabara conmigo", "ojala se me pare el corazon esta noche",
               "ya no le tengo miedo a la muerte, la espero", "no me importaria que me pasara algo en la carretera", "preferiria ya no estar aqui"],
    "preparacion": ["ya hice mi testamento y regale mis cosas", "le deje cartas a cada uno de mis hijos", "le busque otra casa a mi gato para siempre",
                    "pague todas mis deudas para no dejar problemas",
                    "ya tengo todo arreglado para cuando me vaya", "ya regale mi ropa y mis libros, no los voy a ocupar"],
    "medios": ["tengo un frasco lleno de morfina que no me tome", "consegui una soga en la ferreteria", "escondi el arma de mi esposo en mi cuarto para usarla",
               "estoy en el puente ahorita", "he juntado la morfina de varias semanas", "estoy en la azotea del edificio",
               "ya sume cuantas de mis pastillas harian falta"],
    "autolesion": ["me quemo los brazos con cigarros cuando me siento mal", "me golpeo la cabeza contra la pared a proposito",
                   "me jalo el pelo y me araño la cara cuando estoy sola", "me estoy cortando las piernas otra vez", "me muerdo el brazo hasta sacarme sangre",
                   "me hago dano con una navaja en las noches", "me corte otra vez anoche, mas hondo"],
    "tercera": ["mi hermano vendio su moto y su guitarra y nos escribio una carta a cada uno", "mi mama dice que ya quiere irse con mi papa que murio, que ya no quiere estar aqui",
                "mi esposo dice que somos mejor sin el y no come", "mi hija se esta cortando los brazos, vi las marcas",
                "mi papa guarda pastillas y dice que son para cuando ya no aguante", "mi amiga publico una despedida y no contesta el telefono",
                "mi hijo dice que ya no quiere vivir y se encierra en su cuarto"],
}
ES_LEAD = ["", "", "", "perdon, ", "ya no aguanto, ", "desde la recaida ", "con la leucemia ", "la verdad "]
ES_TAIL = ["", "", "", " ya", ", nadie sabe", ", lo siento", " de verdad", " que hago", ", estoy tranquila", ", no le digan a nadie"]


# --- negatives: the same words where nothing is wrong -------------------------------------------------------------

CALM = ["thanks for all the help tonight, bye for now", "signing off for tonight, ill ask about {appt} tomorrow",
        "this is my last question for today, promise", "i wont need {appt} anymore because my counts recovered, yay",
        "last chemo ever today!! ringing the bell, goodbye chemo suite", "finished treatment, so long hospital food",
        "i made a will after the diagnosis because the social worker suggested it, is that common",
        "we rehomed {pet} with my sister because of the infection risk after the transplant, how long until she can come back",
        "my husband keeps his hunting rifle in a locked safe, is that ok with a kid on chemo in the house",
        "i gave my old bike to my nephew, he's been asking for ages", "i've been clearing out the loft while im off work",
        "tell {fam} dinner is in the oven, ha, wrong chat", "im going on holiday so i wont be here for {appt}, can i move it",
        "i'm done with the steroids at last, tapering finished today", "thank {clinic}, they were brilliant, see you at the next check up",
        "i love you all is what i said at the party, got emotional, is crying a steroid thing",
        "my last message to the nurse got no reply, how long do they usually take",
        "i have a box of insulin in the fridge, how long does it keep", "where can i safely get rid of old morphine patches",
        "i keep my tablets counted out in a weekly pill box, is that ok", "how do i give away unused medicines safely",
        "my mum gave away her old furniture because she's moving to a bungalow", "we sorted out power of attorney just to be organised",
        "no more transfusions needed for now, my hb is holding, goodbye blood bank!", "the nurse said i'm at peace with the procedure now, what happens next",
        "i'm so tired of these hospital car parks, anyway what time does clinic open", "i wish i didnt have to wake up at 6 for the clinic bus lol",
        "i could sleep for a week after this cycle", "the kids are driving me mad but i love them", "i wrote letters to my donor's family to say thank you",
        "my dad is a burden on nobody, he insists on doing everything himself", "this chemo is killing me but im hanging in there",
        "i feel trapped in the house while my counts are low, what can i do safely", "nothing tastes right and its getting me down, any tips",
        "im scared of dying but i want to fight this", "the hopeless part is waiting for results",
        "i scratch my itchy skin a lot since the pv started, any creams",
        # the idioms of death, said in passing (no injuries: these negatives are the emergency detector's too)
        "id kill for a proper coffee after this admission", "over my dead body am i eating hospital jelly again",
        "i felt like death warmed up after cycle two but im better now", "this waiting room queue is killing me", "i nearly died laughing at the nurses joke",
        "my feet are killing me after the walk round the ward", "the parking fees will be the death of me"]
CALM_ES = ["gracias, hasta manana", "ya termine la quimio, adios hospital", "hice mi testamento porque me lo recomendo el abogado, es normal",
           "le di mi bici vieja a mi sobrino", "no voy a poder ir a la cita del lunes porque estoy de viaje, como la cambio",
           "los quiero a todos, dije en la fiesta y llore", "tengo miedo de morir pero quiero luchar", "como tiro las pastillas que ya no uso", "mataria por un cafe despues de la quimio",
           "casi me muero del susto con la cuenta del hospital", "mi mama regalo sus muebles porque se muda", "estoy cansada de tanto hospital pero sigo adelante"]


#: Everyday questions and remarks, told with the same openers, tails and medical stories as the positives: what
#: makes a message a crisis is its core, never the words around it ("sorry.", "its late.", a relapse, a lost job).
ORDINARY = ["what does a low neutrophil count actually mean", "how long does a bone marrow biopsy take", "can i eat takeaway while neutropenic",
            "why do my legs ache after the growth factor jabs", "is it normal to be this tired two weeks after chemo",
            "what is a blast count", "how often will i need transfusions", "can my kids visit when my counts are low",
            "what are the side effects of venetoclax", "does hair grow back curly after chemo", "how do they match a stem cell donor",
            "what does remission mean exactly", "is myelofibrosis a cancer", "what questions should i ask at clinic tomorrow",
            "how do i explain leukaemia to a 6 year old", "is it ok to have a glass of wine on hydroxyurea",
            "what does the ferritin number mean", "my appointment letter says haematology, what happens there",
            "can stress make my platelets drop", "how do i look after my picc line in the shower",
            "what is graft versus host disease", "why do they check my kidneys before chemo", "can i still work during treatment",
            "what do the letters in my blood results mean", "how long is recovery after a transplant", "is fatigue from anaemia permanent",
            "what is the difference between aml and all", "where can i find a support group near me", "what should i pack for my admission",
            "can i fly after my treatment finishes", "my mouth is sore from chemo, what helps", "how do i get a blue badge for parking"]
NEUTRAL_TAIL = ["", "", "", " x", " xx", ".", "...", " thats all", " im sorry", " thanks", "?", " no rush", " thank you so much",
                ", just want to be prepared", ", i dont mind the details", ", be honest with me", ", no pressure", ". take care"]


#: Worry, sadness and stress about someone else or oneself, told with the third-person subjects and tails of the
#: positives: a frightened carer or a low day is no crisis.
WORRY = ["has been really down since the diagnosis", "is exhausted after every transfusion", "cries about losing {p} hair",
         "is scared about the transplant", "has stopped going out because of the infection risk", "is angry at everyone lately",
         "is not sleeping because of the steroids", "feels useless since {he} stopped working", "keeps googling survival rates",
         "is lonely on the ward", "was just diagnosed and wont talk about it", "is worried about money for the treatment",
         "gets upset when people mention the relapse", "is fed up with hospital food", "says {he} feels like a pin cushion"]
SELF_LOW = ["im so stressed i cant think straight", "i feel rubbish today", "im fed up of being stuck indoors", "i cried in the car park again",
            "im lonely since i stopped work", "im scared of the results", "i feel ugly without my hair", "im angry all the time on these steroids",
            "i'm exhausted and grumpy", "im worried sick about money", "i feel so useless at the moment", "today was a really low day"]
ES_LOW = ["estoy de bajon por la quimio pero mi familia me apoya", "me da pena salir sin pelo", "ando muy cansada y de mal humor",
          "me preocupa el dinero del tratamiento", "lloro a veces pero sigo adelante", "mi esposo esta muy triste por mi diagnostico",
          "me siento sola en el hospital", "tengo miedo de los resultados del lunes", "estoy harta de los esteroides"]


def worry(rng: random.Random) -> str:
    if rng.random() < 0.5:
        t = pick(rng, SELF_LOW) + pick(rng, [", ", ". ", " and "]) + pick(rng, ORDINARY)
        return fill(rng, pick(rng, LEAD)) + t + pick(rng, NEUTRAL_TAIL)
    male = rng.random() < 0.5
    he, p, o = ("he", "his", "him") if male else ("she", "her", "her")
    t = f"{pick(rng, HE if male else SHE)} {pick(rng, WORRY)}{pick(rng, THIRD_ASK)}"
    return t.replace("{he}", he).replace("{p}", p).replace("{o}", o)


def compose() -> Rows:
    rng = random.Random(20261201 + 7)
    rows = Rows()
    cats = {"farewell": farewell, "burden": burden, "passive": passive, "preparation": preparation, "means": means,
            "self_harm": self_harm, "third_person": third_person}
    for cat, make in cats.items():
        for _ in range(N_POS):
            core = fill(rng, make(rng))
            r = rng.random()
            if r < 0.15 and cat != "third_person":
                text = long_message(rng, core)
            else:
                text = fill(rng, pick(rng, LEAD)) + core + pick(rng, TAIL)
            rows.add("crisis", cat, noisy(rng, text), True)
    for cat, pool in ES.items():
        for _ in range(N_ES):
            rows.add("crisis", f"es_{cat}", noisy(rng, pick(rng, ES_LEAD) + pick(rng, pool) + pick(rng, ES_TAIL)), True)
    for _ in range(N_NEG * 3):
        rows.add("crisis", "calm", noisy(rng, fill(rng, pick(rng, LEAD)) + fill(rng, pick(rng, CALM)) + pick(rng, NEUTRAL_TAIL)), False)
    for _ in range(N_NEG * 3):
        core = pick(rng, ORDINARY)
        text = long_message(rng, core) if rng.random() < 0.4 else fill(rng, pick(rng, LEAD)) + core + pick(rng, NEUTRAL_TAIL)
        rows.add("crisis", "ordinary", noisy(rng, text), False)
    for _ in range(N_NEG * 3):
        rows.add("crisis", "worry", noisy(rng, worry(rng)), False)
    for _ in range(N_NEG):
        rows.add("crisis", "low_es", noisy(rng, pick(rng, ES_LEAD[:3] + ES_LEAD[5:]) + pick(rng, ES_LOW) + pick(rng, ["", "", " que hago", ", nadie sabe", " de verdad"])), False)
    for _ in range(N_NEG):
        rows.add("crisis", "calm_es", noisy(rng, pick(rng, ["", "", "perdon, ", "desde la recaida ", "con la leucemia ", "la verdad "])
                                            + pick(rng, CALM_ES) + pick(rng, ["", "", "?", " gracias", " jaja"])), False)
    return rows


def main() -> int:
    compose().write("round7", evaluation_texts(), cutoff=80)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
