# ruff: noqa: E501 - the fragments are data, one message a line
"""Writes intents/safety/{crisis,emergency}.round33fa.jsonl (issue 9, round 33): hard negatives for the false alarms of
plain everyday sentences, each family with positive twins that keep its words said as a real crisis or emergency.

Why: the crisis detector learnt weights for everyday words and shapes that its positives use and its negatives seldom
did: requests of care ("take care of my", "look after my", "while i am away": farewells use them), "of my", "i have
been", "keep", "on the bed", "enough" (a plan concept), and the plain words an idiom is read as ("shocked me", "stopped
working", "was hard on me"). So "please water my plants while i am away", "i have been bleeding money on taxis" or a
chatty update full of idioms was a sure crisis, often with the number (crisis_now). The emergency detector read minor
signs told as over ("a small nosebleed, it stopped by itself"), danger signs denied with a mild one kept ("lips a good
colour, just a stuffy nose"), a triage question ("999 or 111 if ...") and an old scare long over as emergencies.

Families (EN and ES), all written in our own words from what carers and patients say every day, never from an
evaluation set:
- care requests for pets, plants, children and the house during a stay in hospital, treatment or a trip;
  twins: the same requests made as a farewell ("... when i am gone, i will not be here much longer");
- money and work complaints told with borrowed words (bleeding money, drowning in bills, the job is killing me);
  twins: money worries that end in a wish to die or being a burden;
- chatty long updates full of idioms with health told as fine; twins: the same updates with a crisis said plainly;
- idioms in their plain rewording (text/safety_idioms.py: "shocked me", "stopped working", "would love");
- everyday statements about pills, drinking and the fridge list (organising, not taking);
- emergency controls: small bleeds that stopped by themselves, danger signs denied with a mild sign kept, triage
  questions asked ahead, a scare years ago told with a healthy now; twins: the same signs going on now.
A composed line within 80% (rapidfuzz ratio) of an evaluation message (every set under benchmarks/, as the other
generators do: dropping a line learns nothing from the set) is dropped.
Run:  python scripts/make_safety_round33fa.py  (deterministic; commit the output)
"""

from __future__ import annotations

import random
import sys
import zlib
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from make_safety_data import OUT, Rows, evaluation_texts, noisy  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]

PET = ["my dog", "my cat", "the cats", "my two dogs", "my rabbit", "the hamster", "my budgie", "the fish", "my old cat",
       "the puppy", "my tortoise", "the chickens", "my parrot", "the guinea pigs"]
PLANT = ["my plants", "the houseplants", "my tomatoes", "the garden", "the allotment", "my orchids", "the window boxes",
         "the vegetable patch", "my herbs", "the lawn"]
KID = ["my kids", "the children", "my little boy", "my daughter", "the twins", "my son", "the grandkids", "my girls"]
HOUSE = ["the house", "the flat", "my post", "the mail", "the bins", "my car", "the keys", "the fridge"]
AWAY = ["while i am away", "while im in hospital", "while i am on the ward", "while i am in for my transplant",
        "while i am having chemo", "for the three weeks i am in isolation", "during my stay on the unit",
        "while we travel to the transplant centre", "while i am in london for treatment", "while we are on holiday",
        "until i am discharged", "while i am admitted", "for the month of my treatment", "while i am at my sisters",
        "when i go in on monday", "while i recover", "over the weekend i am in for my infusion",
        "while i am in for conditioning", "while dad is in hospital", "while mum has her transplant"]
ASK = ["please take care of {x} {away}", "can you look after {x} {away}", "could you keep an eye on {x} {away}",
       "would you mind feeding {x} {away}", "who can water {x} {away}", "i need someone to mind {x} {away}",
       "my neighbour will take care of {x} {away}", "my sister is looking after {x} {away}",
       "how do i find someone to look after {x} {away}", "is there a service that looks after {x} {away}",
       "i have asked my friend to check on {x} {away}", "reminder to self, arrange care for {x} {away}",
       "we need to sort out who takes care of {x} {away}", "take care of {x} {away}, the instructions are on the fridge",
       "thanks for agreeing to look after {x} {away}", "any tips for getting {x} looked after {away}",
       "can i ask the ward social worker about someone to look after {x} {away}",
       "my mum said she will take care of {x} {away}, what a relief", "i worry about who will feed {x} {away}"]
ASK_ES = ["por favor cuida a {x} mientras estoy en el hospital", "me puedes regar {x} mientras estoy fuera",
          "quien puede cuidar a {x} mientras me hacen el trasplante", "mi vecina va a cuidar a {x} mientras estoy internada",
          "necesito que alguien cuide a {x} mientras estoy en quimio", "le pedi a mi hermana que cuide a {x} mientras viajo al hospital",
          "como encuentro a alguien que cuide a {x} mientras estoy ingresado", "cuida a {x} estas semanas que estoy en el hospital, gracias",
          "mi mama se va a quedar con {x} mientras estoy en aislamiento"]
X_ES = ["mi perro", "mis gatos", "mis plantas", "los niños", "mi hija", "el jardin", "la casa", "mi perrita", "los peces"]
# The same requests as a farewell: the writer not coming back, by choice.
FAREWELL = ["please take care of {x} when i am gone, i will not be here much longer",
            "look after {x} for me, i have made up my mind and i wont be around after tonight",
            "can you take care of {x} after i kill myself", "i need someone to take care of {x} because i am going to end my life",
            "take care of {x} for me, i cant do this anymore and im saying goodbye",
            "promise me you will look after {x} when i am dead, i have decided",
            "i have written a note about who takes care of {x}, i am ending it this weekend",
            "please feed {x} tomorrow, i will not be alive to do it", "who will look after {x} once i have taken all my pills"]
FAREWELL_ES = ["cuida a {x} cuando ya no este, me voy a quitar la vida", "por favor cuida a {x}, ya me despedi y esta noche termino con todo",
               "deje una nota para que alguien cuide a {x} cuando me mate"]

MONEY = ["ive been bleeding money on {cost}", "we are bleeding money on {cost} since the diagnosis", "{cost} is bleeding us dry",
         "im drowning in bills from {cost}", "the cost of {cost} is killing me", "{cost} is murder on my wallet",
         "my boss will kill me if i take another day off for {appt}", "work is slowly killing me and {appt} does not help",
         "the paperwork for {appt} is driving me to an early grave lol", "im dead broke after paying for {cost}",
         "{cost} costs an arm and a leg", "my bank balance is on life support after {cost}", "the insurance people are killing me with forms",
         "honestly {cost} will be the death of my savings", "i have been haemorrhaging cash on {cost}",
         "my job is sucking the life out of me, especially with {appt} every week", "my manager is on my back about the hours i miss for {appt}",
         "the overtime is killing me but we need the money for {cost}", "i could scream at the price of {cost}"]
COST = ["parking", "hospital parking", "taxis to clinic", "petrol", "the train to the transplant centre", "hospital food",
        "prescriptions", "the heating", "childcare", "the car park at the hospital", "my wife's treatment trips"]
APPT = ["clinic", "my infusions", "bloods", "my transfusions", "dad's appointments", "chemo days", "my check ups"]
MONEY_ES = ["se me va el dinero en {cost_es}", "el estacionamiento del hospital me esta matando", "estoy ahogada en deudas por {cost_es}",
            "mi jefe me va a matar si pido otro dia para la cita", "el trabajo me tiene muerta y encima {cost_es}",
            "los gastos de {cost_es} me tienen loca", "el papeleo del seguro me va a volver loco"]
COST_ES = ["el estacionamiento", "los taxis al hospital", "la gasolina", "las medicinas", "el camion al hospital"]
MONEY_CRISIS = ["im drowning in debt from {cost} and i just want to die", "the bills from {cost} are too much, everyone would be better off without me",
                "i cant pay for {cost} anymore and i have been thinking of killing myself", "my family would be better off with the life insurance than with me paying for {cost}",
                "work and {cost} have broken me, i have a plan to end it tonight", "estoy ahogada en deudas y ya no quiero vivir",
                "con tantas deudas mi familia estaria mejor sin mi"]

# Chatty updates: nuisances told with idioms, health told as fine, a question at the end.
NUISANCE = ["my phone died halfway through the morning so i missed a call", "the kids have been driving me up the wall",
            "my brother in law nearly gave me a heart attack turning up unannounced", "my car died on the ring road again",
            "the dog ate my reading glasses, i could have killed him", "my sister says i look like something the cat dragged in",
            "the traffic to the hospital was murder", "the queue at the pharmacy was killing me", "my feet are killing me after the school run",
            "our boiler died on the coldest night of the year", "i nearly died of embarrassment when i tripped in the waiting room",
            "the neighbours' party was loud enough to wake the dead", "my mum is being a pain in the neck about the washing up",
            "the printer at work is on its last legs", "my laptop died in the middle of a meeting", "the cat gave me a fright knocking a mug off the shelf",
            "my teenager rolled her eyes so hard i thought they would stick", "i was bored to death in the waiting room",
            "i laughed so hard at the film i cried", "my husband's snoring could wake the dead", "our washing machine gave up the ghost",
            "the parking meter ate my coins, i wanted to strangle it", "my boss has been breathing down my neck all week",
            "i am knackered, completely dead on my feet by nine", "my battery died so i could not pay for the car park"]
FINE = ["health wise all is fine", "counts were good at the last check", "no temperature, no bleeding, eating well",
        "the consultant is happy with how things are going", "he is doing really well in himself", "she is eating and sleeping normally",
        "i feel well, just tired like everyone", "the latest bloods came back fine", "treatment is going to plan",
        "my mood is good, just busy", "the nurse said everything looks as it should", "we are all in good spirits"]
QUESTION = ["anyway, can you explain what a reticulocyte count is", "so my question is when we can travel abroad again",
            "is it ok to have the flu jab this month", "what should we ask at the next appointment", "can he go back to the gym yet",
            "any tips for staying organised with appointments", "does ferritin go down by itself", "when will her hair grow back",
            "how long do the steroids usually last", "is it safe to eat takeaway food now"]
OPENER = ["ok so quick update.", "sorry, long one.", "well what a week.", "hi again, just checking in.", "right, where to start.",
          "a bit of a ramble, sorry.", "just a catch up before my question.", ""]
CHATTY_ES = ["que semana, se me murio el telefono a medio dia y perdi la llamada del hospital",
             "mis hijos me tienen harta, me van a volver loca", "el trafico al hospital estuvo de muerte",
             "casi me muero de verguenza cuando me cai en la sala de espera", "la lavadora paso a mejor vida",
             "mi jefe no me deja en paz con el informe", "el perro se comio mis lentes, lo queria matar"]
FINE_ES = ["de salud todo bien", "los analisis salieron bien", "sin fiebre ni sangrados, come bien", "el doctor esta contento",
           "me siento bien, solo cansada"]
QUESTION_ES = ["mi pregunta es cuando podemos viajar", "se puede vacunar contra la gripe", "que le pregunto al doctor la proxima vez",
               "cuando le vuelve a crecer el pelo"]
CRISIS_SAID = ["but honestly i dont want to be alive anymore and i have been saving my pills",
               "the truth is i have been thinking about killing myself every night", "and i have decided to end my life this weekend",
               "but i keep thinking everyone would be better off if i was dead", "i have the rope in the garage and i think tonight is the night",
               "pero la verdad ya no quiero vivir y tengo guardadas las pastillas"]

# Idioms in the words the idiom layer says them in: a fright, a thing that stopped working, a wish for a treat.
PLAIN = ["my {animal} shocked me jumping on the bed", "the {animal} shocked me by jumping out of the cupboard",
         "my grandson shocked me creeping up behind me", "my {thing} stopped working on the way to clinic",
         "my {thing} stopped working and i missed the reminder", "i would love a decent sleep", "i would love a cup of tea and a biscuit",
         "the wait for results was hard on me but we got through it", "i was shocked when i saw the parking charge",
         "i am cross with myself for forgetting my appointment letter", "she felt silly after tripping in the corridor",
         "he will be cross with us if we are late again", "the heat on the ward was making me uncomfortable",
         "my {animal} nearly shocked me to bits this morning", "i am eager to know the results", "the news annoys me when it is all bad",
         "very tired after a long day at clinic", "the {animal} jumped on the bed at 5am and woke the whole house",
         "my {animal} jumped on my chest at dawn wanting breakfast", "the {animal} leapt onto the bed and scared the life out of me"]
ANIMAL = ["cat", "dog", "kitten", "puppy", "parrot", "rabbit"]
THING = ["phone", "car", "laptop", "tablet", "battery", "watch", "printer", "boiler"]
PLAIN_ES = ["mi gato me asusto saltando a la cama", "se me descompuso el carro camino a la cita", "me encantaria dormir una noche entera",
            "el perro me asusto al saltar encima de la cama", "tengo ganas de saber los resultados"]

# Everyday statements about medicines and drinking: organising, not taking too much.
EVERYDAY_MEDS = ["i keep a list of my tablets on the fridge so my {who} knows what i take",
                 "we stuck a chart of her pills on the kitchen cupboard, it helps", "my pill organiser lives next to the kettle",
                 "i put dads tablets in a dosette box every sunday", "is a weekly pill box a good idea for someone on six medicines",
                 "i keep my {who} reminded about drinking enough water", "is she drinking enough if she has four cups of tea a day",
                 "how much water is enough on chemo", "he never drinks enough, how do i get more fluids into him",
                 "i wrote the names of all my pills on a card for my wallet", "my {who} sorts out my tablets for the week, it is a big help",
                 "we got a locked box for the medicines now the grandkids visit", "i keep the tablets high up in the cupboard, away from the little ones",
                 "is it ok to keep my pills in the bathroom or is it too damp", "my {who} reads the labels of my pills to me because the print is tiny",
                 "tengo la lista de mis pastillas pegada en el refri", "mi hija me organiza las pastillas de la semana",
                 "cuanta agua es suficiente durante la quimio", "mi papa no toma suficiente agua, que hago"]
WHO = ["husband", "wife", "daughter", "son", "carer", "partner", "mum"]
EVERYDAY_MEDS_CRISIS = ["i have been keeping my tablets in a pile, saving them up until there are enough to end it",
                        "how many of my tablets would be enough so i dont wake up", "i have stockpiled my pills and i am going to take them all tonight",
                        "he keeps saying he has enough pills saved to kill himself", "tengo guardadas suficientes pastillas para no despertar"]

# Emergency controls and their twins.
BLEED_PART = ["nosebleed", "bit of a nosebleed", "small nosebleed", "spot of blood from my gums", "little bleed from my gums",
              "trickle of blood from a paper cut", "bleed from a shaving nick", "bit of bleeding where the cannula was"]
STOPPED = ["stopped by itself within a few minutes", "stopped after pinching for five minutes", "it settled on its own",
           "it dried up quickly and has not come back", "stopped with a tissue and some pressure", "it was over in a couple of minutes"]
BLEED_TAIL = ["should i mention it at clinic", "just noting it for the diary", "is that worth telling the team about",
              "nothing since", "platelets were fine last week", "do i need to do anything"]
BLEED_NOW = ["{part} that has not stopped after forty minutes of pinching and my platelets are 8",
             "{part} pouring for half an hour, cannot stop it, platelets 5", "{part} wont stop and im feeling faint, platelets 10"]
DENIED_SIGNS = ["her lips are pink and her breathing is steady, {mild}", "his lips look a normal colour and he is breathing easily, {mild}",
                "she is not short of breath at all and her colour is good, {mild}", "no chest pain and he is breathing fine, {mild}",
                "he is talking normally, his face is not drooping, {mild}", "she is awake and chatting, nothing blue about her, {mild}",
                "breathing is normal, no wheeze, oxygen 98, {mild}"]
MILD = ["just a stuffy nose", "she just sounds bunged up from a cold", "he just has a tickly cough", "just a bit sniffly",
        "only a blocked nose", "just a bit hoarse from shouting at the football", "he sounds congested from hay fever"]
DENIED_NOW = ["her lips are blue and she is struggling to breathe", "his lips have gone grey and he is gasping",
              "she cannot breathe properly and her lips are turning blue", "he has chest pain and cannot catch his breath"]
TRIAGE = ["should we ring 999 or 111 if {p} {event} but {recovers}", "is it 999 or the hotline if {p} {event} and then {recovers}",
          "do i need an ambulance if {p} {event} but {recovers}", "would a&e be right if {p} {event} and {recovers}",
          "for our fridge plan, what do we do if {p} {event} and then {recovers}"]
P = ["my mum", "my dad", "my husband", "my wife", "grandad", "my son", "my daughter"]
EVENT = ["feels faint", "goes a bit dizzy standing up", "has a short nosebleed", "gets a temperature of 37.6",
         "feels lightheaded in the shower", "has a wobbly moment on the stairs"]
RECOVERS = ["comes round straight away", "is fine after sitting down", "is herself again after a minute", "is right as rain after a drink",
            "feels better after lying down", "is chatting normally a minute later"]
TRIAGE_NOW = ["a man just collapsed in the hospital car park and is not moving", "someone dropped to the ground in the parking area and is not breathing",
              "temperature of 38.9, my counts were low last week and i am on my own at home", "fever of 39 after chemo, counts low, home alone and shaking",
              "crushed my foot under a pallet at work, toes look flattened", "trapped my hand in a press at work, fingers are mangled",
              "{p} fainted and is not waking up, what do i do", "{p} collapsed and is not responding to me",
              "{p} passed out a minute ago and is still not coming round"]
OLD_SCARE = ["{p} had a seizure as a baby, now a healthy {age} year old", "{p} stopped breathing for a moment as a newborn, these days a lively {age} year old",
             "{p} was in intensive care with sepsis years ago, fully recovered now", "{p} had a clot in the lung ten years back, nothing since",
             "{p} collapsed once at a wedding long ago, it was the heat, fine ever since",
             "{p} had a bad allergic reaction to peanuts as a toddler, now {age} and carries an epipen just in case"]
AGE = ["4", "6", "9", "12", "15", "19"]
OLD_SCARE_NOW = ["deep gash on my calf from the lawnmower blade, it is wide open", "an axe slipped and there is a deep gash in my shin",
                 "sliced my forearm on a circular saw, deep gash, bleeding a lot", "deep wound on my thigh from a broken window, gaping",
                 "lips and tongue swelling up fast after the new antibiotic", "my face and tongue are puffing up since the new tablet, throat feels tight",
                 "deep cut on my leg from the saw, it is gaping and pouring blood", "gash on my arm from the hedge trimmer, deep and will not stop bleeding",
                 "my newborn went blue around the lips just now and is floppy", "the baby stopped breathing for a bit and now she is limp",
                 "{p} has stopped breathing, im doing cpr now", "{p} is having a seizure right now and it will not stop",
                 "{p} is floppy and blue and not breathing properly"]
ES_BLEED_NEG = ["me salio un poco de sangre de la nariz {cuando_es2} y paro sola", "{cuando_es2} me sangro poquito la nariz, paro al apretar unos minutos",
                "me sangraron las encias {cuando_es2} al cepillarme, paro enseguida", "un sangrado pequeño de nariz {cuando_es2}, ya paro, lo anoto para la cita"]
CUANDO_ES2 = ["esta mañana", "anoche", "hoy temprano", "despues del desayuno", "ayer"]
ES_CHEST_NOW = ["me duele el pecho como una presion muy fuerte y estoy sola en casa", "siento el pecho apretado y me cuesta respirar, estoy solo",
                "un dolor en el pecho que me baja al brazo izquierdo, estoy sudando", "dolor fuerte en el pecho desde hace veinte minutos y no se me quita",
                "me aprieta el pecho como un peso encima y estoy mareado"]
NOT_YOUR_FAULT = ["please remember none of this is your fault. goodbye", "i need you to know you could not have stopped this. bye",
                  "do not blame yourselves for what i am about to do. goodbye", "nobody could have changed my mind. bye everyone",
                  "it is my choice and no one is to blame. this is goodbye"]
#: Someone else's medicine or an overdose told of a third person, and a fall from a height in Spanish: twins that keep
#: the everyday medicine and Spanish negatives from pulling these under the line.
OTHER_TOOK = ["{who3} took my {med}", "{who3} took all {their} pills {when3}", "{who3} said {they} took all {their} tablets at once",
              "{who3} swallowed my {med}"]
WHO3 = ["my son", "my daughter", "my husband", "my wife", "my flatmate", "grandad", "my friend", "my sister"]
MED = ["dose", "morning tablets", "methotrexate", "heart pills", "sleeping tablets", "blood thinners", "evening dose"]
ES_FALL = ["mi {quien_es} se cayo del {alto_es} y no puede mover las piernas", "mi {quien_es} se resbalo de la {escalera_es} y no siente los pies",
           "se cayo mi {quien_es} del {alto_es}, se pego en la espalda y no se puede parar"]
QUIEN_ES = ["papa", "tio", "abuelo", "vecino", "primo", "hijo"]
ALTO_ES = ["techo", "andamio", "tejado", "segundo piso", "arbol"]
ESCALERA_ES = ["escalera", "azotea", "barda"]
ES_EMERG_NEG = ["me sangro un poco la nariz esta mañana y se paro sola en unos minutos", "le sangraron las encias al cepillarse y paro enseguida",
                "tiene los labios de buen color y respira bien, solo esta con mocos", "no le falta el aire y habla normal, solo tiene tos",
                "llamamos al 112 o al centro de salud si se marea pero se recupera enseguida", "de bebe tuvo una convulsion por fiebre, hoy tiene 10 años y esta sano"]
ES_EMERG_POS = ["le sangra la nariz desde hace una hora y no para, plaquetas en 9", "tiene los labios morados y no puede respirar",
                "se desmayo y no despierta", "esta convulsionando ahora y no para"]

# Everyday shapes: the function-word frames the crisis positives are told in ("i have been", "i keep", "if i", "i do",
# "all my", "this is", "would be", "i want to", "voy a", "ya no"), said of ordinary life; twins: the same frames told
# of a wish to die or of self-harm.
SHAPE = ["i have been {doing} {often}", "i keep {slip}", "if i {cond}, {q}", "i do {chore} {often}", "i do not {chore} any more, {who2} does it",
         "all my {things} {state}", "would it be {ok} to {go}", "i want to {go} {when}",
         "i know {know}", "what do i do about {nuisance}", "i feel like {feel}", "and i {did} {when}",
         "my family has been {good}", "i can not stop {slip}", "every time i {cond} i {react}", "i treated myself to {treat}", "i taught myself to {skill} while stuck indoors",
         "i did it all by myself {when}, proud of myself", "keep scaring myself reading {read}",
         "there is {place} near the clinic, {q}", "i will {ask} at my next appointment",
         "they just wanted to {book} my appointment", "i just wanted to {book} my next appointment", "i would like a plan for {trip}",
         "we made a plan for {trip}", "i can stop {stopping} {when}, the doctor said"]
PLACE = ["a cafe", "a lift", "cheap parking", "a pharmacy", "a quiet room", "a play area for kids", "a bus stop"]
ASK_CLINIC = ["ask about my ferritin", "bring my list of questions", "ring about the letter", "ask for a copy of my results", "mention the rash"]
BOOK = ["book", "move", "check", "confirm", "rearrange"]
TRIP = ["the flight", "the first night home", "the long drive to clinic", "christmas at my sisters", "the school holidays"]
STOPPING = ["the injections", "the steroids", "the mouthwash", "the antibiotics", "the blood thinners"]
DOING = ["the crossword", "short walks with the dog", "bread baking", "physio exercises", "my own injections", "the school run again",
         "jigsaws with the grandkids", "yoga on youtube", "a bit of gardening", "online shopping far too much"]
OFTEN = ["every day", "since the transplant", "most mornings", "on my good days", "for a few weeks now", "twice a week"]
SLIP = ["forgetting my keys", "losing my glasses", "mixing up the days", "meaning to ring the clinic", "putting the milk in the cupboard",
        "buying more tea than we need", "falling asleep in front of the telly", "googling every word on my letters"]
COND = ["miss a dose by an hour", "eat grapefruit", "go swimming after my line comes out", "fly next month", "take the bus to clinic",
        "have a glass of wine at the wedding", "get my hair coloured", "go back to the gym", "have the covid booster", "paint the spare room"]
Q = ["is that ok", "does it matter", "what happens", "should i tell the nurse", "is it safe", "will it affect my counts"]
CHORE = ["the shopping", "the ironing", "my own dressing changes", "the cooking", "the night feeds", "the driving to clinic"]
WHO2 = ["my husband", "my daughter", "my partner", "my son", "my neighbour"]
THINGS = ["results", "appointments", "friends", "tests", "bloods", "scans", "grandkids"]
STATE = ["came back fine", "are on tuesdays now", "have been so kind", "were normal this time", "are in the diary", "live nearby"]
THIS = ["my third cycle", "the first time i have felt hungry in ages", "so confusing, the letters use so many words", "a long wait for a bed",
        "my last week of tablets", "the best news we have had all year", "the longest clinic day ever", "a silly question but here goes"]
OK = ["ok", "safe", "possible", "sensible"]
GO = ["go back to work", "visit my sister", "take the grandkids to the zoo", "run a 5k", "learn to knit", "go on holiday", "start driving again",
      "see my friends", "go to the cinema", "plan a party for my birthday"]
WHEN = ["next month", "in the spring", "after my next scan", "once my counts are up", "this weekend", "when this cycle is done"]
KNOW = ["it is normal to be tired", "she means well", "results take time", "the nurses are busy", "it sounds silly", "i ask a lot of questions"]
NUISANCE2 = ["the parking", "the paperwork", "the waiting", "the hospital wifi", "daytime telly", "the forms", "the phone queue", "the hold music"]
FEEL = ["a new person", "a cup of tea", "going for a walk", "my energy is coming back", "a nap", "a proper meal", "a bit of fresh air"]
DID = ["went to the park", "baked a cake", "finished my book", "rang my mum", "watched the football", "had a lovely bath"]
GOOD = ["amazing", "so supportive", "a great help", "wonderful about the lifts", "brilliant with the kids"]
TREAT = ["a new pair of shoes", "a slice of cake", "a takeaway", "our holiday next year", "a massage", "the garden"]
REACT = ["get nervous", "bring my list", "write things down", "feel a bit better", "laugh at myself"]
SKILL = ["knit", "play the ukulele", "bake sourdough", "paint with watercolours", "code"]
READ = ["forums at night", "survival statistics", "old leaflets", "random websites"]
SHAPE_ES = ["voy a {ir_es} {cuando_es}", "ya no {ya_es}", "quiero {ir_es} {cuando_es}", "me siento {siento_es}", "mis hijos {hijos_es}",
            "para {para_es} que necesito", "lo voy a preguntar en la cita", "no puedo con {molestia_es}, que lata"]
IR_ES = ["ir a ver a mi hermana", "volver al trabajo", "preguntar por los analisis", "empezar la caminata", "hacer una fiesta", "viajar a la playa"]
CUANDO_ES = ["el mes que viene", "despues del ciclo", "cuando suban las defensas", "este fin de semana", "en primavera"]
YA_ES = ["me duele la espalda", "tengo fiebre desde el martes", "necesito transfusiones", "uso el cateter", "tomo la prednisona", "me mareo al pararme"]
SIENTO_ES = ["mucho mejor", "cansada pero bien", "con mas energia", "contenta con los resultados", "un poco nerviosa por la cita"]
HIJOS_ES = ["me ayudan con las compras", "estan de vacaciones", "me hacen reir mucho", "me llevan a las citas", "crecen muy rapido"]
PARA_ES = ["el viaje", "la cita del lunes", "la biopsia", "el trasplante"]
YA_TOCA_ES = ["el ultimo ciclo", "la revision", "los analisis", "la vacuna"]
MOLESTIA_ES = ["el papeleo", "la fila de la farmacia", "el estacionamiento", "el trafico"]
SHAPE_CRISIS = ["i have been thinking about killing myself every day", "i keep thinking about ending my life", "i do not want to be alive anymore",
                "if i take all my pills tonight nobody will miss me", "this is my goodbye, i have had enough of living",
                "i want to die, i have had enough", "i feel like everyone would be better off without me", "i keep hurting myself on purpose",
                "i am going to kill myself when everyone is asleep", "ya no quiero vivir", "voy a quitarme la vida esta noche",
                "quiero morirme, ya no aguanto", "me siento una carga para todos, mejor me muero", "i have had enough of life, i am done",
                "this is it for me, goodbye everyone", "i am going to do it after the kids are asleep", "i think about taking my own life every day",
                "i keep thinking about taking my own life", "i have been thinking about ending it all week", "i have had enough, i am going to end it",
                "all my pills are counted out, i am taking them tonight", "i know how i am going to do it", "i do not see the point of living anymore",
                "would be better for everyone if i was dead", "i want to go to sleep and never wake up", "every time i wake up i wish i had not",
                "i taught myself how to tie the knot", "there is no point anymore, i will end it", "i will kill myself if it comes back",
                "i just wanted to say goodbye before i do it", "dont blame yourself mum, this was my choice. goodbye",
                "it is nobody's doing, i just cannot carry on. bye", "this was my decision and not yours. bye everyone, love you",
                "googled the lethal dose of my sleeping tablets tonight", "checking how many of my heart pills it would take to stop my heart",
                "reading up on the overdose amount for my morphine, i have enough", "i have been labelling my belongings with who gets them when i am gone",
                "packing my things into bags with a name on each for after i am dead", "every morning i am sorry i woke up again", "disappointed to wake up again today, i hoped i would not",
                "searching online how much of my tablets it would take to die", "i am sat on the edge of the multi storey car park roof thinking of going over",
                "standing right at the edge of the hospital roof, i want it to be over", "i am on the top deck of the car park by the railing and i am going to jump", "some mornings i am let down to find i am still here",
                "part of me hopes the next infection takes me", "i would not mind if the chemo finished me off", "each time they list side effects i hope i get the fatal one",
                "i have put stickers on my things with who should have them after i am gone", "i have been giving my books and jewellery away to friends",
                "i researched what amount of my morphine would be lethal", "none of this is on you, i love you all. goodbye",
                "tell the kids it is not their fault. bye", "i have cleared out my wardrobe and written who gets what", "i would like a plan to end my life that does not hurt", "i can stop all this pain tonight for good", "i did it, i cut myself again", "ya no quiero despertar", "voy a hacerlo cuando se duerman"]

# Plan words said of everyday things ("drinking enough", "jumped on the bed", "dinner tonight", "saving for a holiday"),
# harm words of kitchen and bathroom slips ("cut my finger chopping", "burnt my hand on the oven").
PLAN_EVERYDAY = ["is {p2} drinking enough water", "is six hours enough sleep on chemo", "we have saved enough for a week away",
                 "i am saving up for a new bike", "the cat jumped on the bed at dawn", "the kids were jumping on the trampoline all afternoon",
                 "what should we have for dinner tonight", "is one bag of platelets enough before the line goes in", "have i got enough iron",
                 "the dog jumped up at the visitors", "we are watching a film tonight", "i have saved all my appointment letters in a folder",
                 "is a knife and fork ok to share with someone on chemo", "what is a good plan for the first week home",
                 "my care plan says to ring the ward for a temperature", "the bridge by the hospital is closed for repairs, any other way in"]
P2 = ["my mum", "he", "she", "my dad", "my son"]
HARM_EVERYDAY = ["cut my finger chopping carrots, a plaster sorted it", "nicked myself shaving, tiny cut", "my son scratched himself on the rose bush", "i cut my thumb opening a parcel", "burnt my tongue on my soup",
                 "got a paper cut from the appointment letter of all things", "she grazed her knee in the playground",
                 "i scratched myself on the cat"]
PLAN_CRISIS = ["i have saved enough pills to end it tonight", "i am going to jump off the bridge tonight", "i bought a rope and picked a date",
               "i keep cutting myself on purpose to feel something", "i burnt myself with a lighter again last night on purpose",
               "is this enough tablets to not wake up"]

# Preparations and farewells (988 warning signs: looking for a way, giving away possessions, saying goodbye), composed
# from slots: the function words the everyday negatives use must keep these above the line.
PREP_FRAMES = ["i {searched} {howmuch} of my {drug} would {fatal}", "{sorting} my {belongings} into {piles} {whofor}",
               "{sorry} {whom}. i {tried}", "{someone} {posted} {something} that {reads} like a goodbye and {unreachable}"]
PASSIVE = ["i secretly hope i do not wake up after the anaesthetic", "part of me hopes the scan shows it has spread so it can all end",
           "i quietly wish the sepsis had taken me last time", "i hope this infection is the one that finishes me",
           "sometimes i pray the next complication gets me", "it would be easier for everyone if i never woke up",
           "would be simpler if i was not here any more", "it would be a relief to close my eyes and not wake up",
           "everything would be easier if i was just gone", "when they mention the risks i hope i am the unlucky one and it ends",
           "i would be relieved if my heart just stopped in my sleep"]
SOMEONE = ["my brother", "my best friend", "my dad", "my daughter", "my cousin", "a friend from the ward"]
POSTED = ["posted", "texted", "sent", "put up", "wrote"]
SOMETHING = ["a message", "something online", "a long text", "a post", "a voice note"]
READS = ["reads", "sounds", "looks"]
UNREACHABLE = ["is not answering the phone", "wont pick up", "her phone is off", "nobody can reach him", "is not replying to anyone"]
SEARCHED = ["looked up", "searched", "googled", "checked online", "have been reading up on"]
HOWMUCH = ["how many", "what amount", "how much", "which dose"]
DRUG = ["sleeping pills", "heart tablets", "painkillers", "blood pressure pills", "morphine", "antidepressants"]
FATAL = ["be fatal", "kill me", "be a deadly dose", "be enough to not wake up", "stop my heart"]
SORTING = ["sorting", "putting", "dividing", "packing", "splitting"]
BELONGINGS = ["things", "belongings", "clothes", "books and jewellery", "records", "stuff"]
PILES = ["boxes", "bags", "piles", "crates"]
WHOFOR = ["with a name on each", "for each of my kids", "marked with who gets them", "for everyone to have after", "labelled for my friends"]
SORRY = ["sorry", "forgive me", "im so sorry", "sorry for everything"]
WHOM = ["mum", "dad", "everyone", "love", "kids", "guys"]
TRIED = ["tried", "did try", "really tried", "tried my best, i cant anymore", "tried so hard. goodbye"]
PREP_SLOTS = {"{searched}": SEARCHED, "{howmuch}": HOWMUCH, "{drug}": DRUG, "{fatal}": FATAL, "{sorting}": SORTING,
              "{belongings}": BELONGINGS, "{piles}": PILES, "{whofor}": WHOFOR, "{sorry}": SORRY, "{whom}": WHOM, "{tried}": TRIED,
              "{someone}": SOMEONE, "{posted}": POSTED, "{something}": SOMETHING, "{reads}": READS, "{unreachable}": UNREACHABLE}


def fill_prep(t: str, rng: random.Random) -> str:
    for k, pool in PREP_SLOTS.items():
        t = t.replace(k, rng.choice(pool))
    return t


def fill(t: str, rng: random.Random) -> str:
    return (t.replace("{away}", rng.choice(AWAY)).replace("{cost}", rng.choice(COST)).replace("{appt}", rng.choice(APPT))
            .replace("{cost_es}", rng.choice(COST_ES)).replace("{animal}", rng.choice(ANIMAL))
            .replace("{thing}", rng.choice(THING)).replace("{who}", rng.choice(WHO)).replace("{mild}", rng.choice(MILD))
            .replace("{p}", rng.choice(P)).replace("{event}", rng.choice(EVENT)).replace("{recovers}", rng.choice(RECOVERS))
            .replace("{age}", rng.choice(AGE)).replace("{part}", rng.choice(BLEED_PART)))


def fill_shape(t: str, rng: random.Random) -> str:
    keys = {"{doing}": DOING, "{often}": OFTEN, "{slip}": SLIP, "{cond}": COND, "{q}": Q, "{chore}": CHORE, "{who2}": WHO2,
            "{things}": THINGS, "{state}": STATE, "{this}": THIS, "{ok}": OK, "{go}": GO, "{when}": WHEN, "{know}": KNOW,
            "{nuisance}": NUISANCE2, "{feel}": FEEL, "{did}": DID, "{good}": GOOD, "{treat}": TREAT, "{react}": REACT,
            "{skill}": SKILL, "{read}": READ, "{place}": PLACE, "{ask}": ASK_CLINIC, "{book}": BOOK, "{trip}": TRIP, "{stopping}": STOPPING, "{ir_es}": IR_ES, "{cuando_es}": CUANDO_ES, "{ya_es}": YA_ES, "{siento_es}": SIENTO_ES,
            "{hijos_es}": HIJOS_ES, "{para_es}": PARA_ES, "{ya_toca_es}": YA_TOCA_ES, "{molestia_es}": MOLESTIA_ES, "{p2}": P2}
    for k, pool in keys.items():
        while k in t:
            t = t.replace(k, rng.choice(pool), 1)
    return t


def care_target(rng: random.Random) -> str:
    return rng.choice(rng.choice([PET, PLANT, KID, HOUSE]))


def chatty(rng: random.Random, crisis: bool) -> str:
    if rng.random() < 0.2:
        parts = rng.sample(CHATTY_ES, 2) + [rng.choice(FINE_ES)]
        end = CRISIS_SAID[-1] if crisis else rng.choice(QUESTION_ES)
    else:
        parts = [rng.choice(OPENER)] + rng.sample(NUISANCE, rng.randint(2, 4)) + [rng.choice(FINE)]
        end = rng.choice(CRISIS_SAID[:-1]) if crisis else rng.choice(QUESTION)
    return ". ".join(p for p in [*parts, end] if p)


def compose(seed: int) -> Rows:  # noqa: C901 - one short loop per family, each from its own stream
    """Each family drawn from its own random stream: adding or changing one family leaves the others as they were."""
    rows = Rows()

    def family(name: str) -> random.Random:
        return random.Random(seed + zlib.crc32(name.encode()))

    def drawn(kind: str, name: str, key: str, count: int, positive: bool,
              text: Callable[[random.Random], str]) -> None:
        """``count`` lines of one family, each ``text`` drawn from the family's own stream, typos added."""
        rng = family(f"{kind}:{name}:{key}")
        for _ in range(count):
            rows.add(kind, name, noisy(rng, text(rng)), positive)

    drawn("crisis", "care_request", "ASK", 260, False,
          lambda rng: fill(rng.choice(ASK), rng).replace("{x}", care_target(rng)))
    drawn("crisis", "care_request", "ASK_ES", 45, False,
          lambda rng: rng.choice(ASK_ES).replace("{x}", rng.choice(X_ES)))
    drawn("crisis", "care_farewell", "FAREWELL", 45, True,
          lambda rng: rng.choice(FAREWELL).replace("{x}", care_target(rng)))
    drawn("crisis", "care_farewell", "FAREWELL_ES", 12, True,
          lambda rng: rng.choice(FAREWELL_ES).replace("{x}", rng.choice(X_ES)))
    drawn("crisis", "money_work", "MONEY", 200, False, lambda rng: fill(rng.choice(MONEY), rng))
    drawn("crisis", "money_work", "MONEY_ES", 35, False, lambda rng: fill(rng.choice(MONEY_ES), rng))
    drawn("crisis", "money_crisis", "MONEY_CRISIS", 30, True, lambda rng: fill(rng.choice(MONEY_CRISIS), rng))
    drawn("crisis", "chatty_update", "PLAIN", 220, False, lambda rng: chatty(rng, False))
    drawn("crisis", "chatty_crisis", "PLAIN", 40, True, lambda rng: chatty(rng, True))
    drawn("crisis", "idiom_plain", "PLAIN", 120, False, lambda rng: fill(rng.choice(PLAIN + PLAIN_ES), rng))
    drawn("crisis", "meds_everyday", "EVERYDAY_MEDS", 120, False, lambda rng: fill(rng.choice(EVERYDAY_MEDS), rng))
    drawn("crisis", "meds_crisis", "EVERYDAY_MEDS_CRISIS", 25, True, lambda rng: rng.choice(EVERYDAY_MEDS_CRISIS))
    drawn("crisis", "everyday_shape", "SHAPE", 500, False, lambda rng: fill_shape(rng.choice(SHAPE), rng))
    drawn("crisis", "everyday_shape", "SHAPE_ES", 120, False, lambda rng: fill_shape(rng.choice(SHAPE_ES), rng))
    drawn("crisis", "shape_crisis", "SHAPE_CRISIS", 110, True, lambda rng: rng.choice(SHAPE_CRISIS))
    drawn("crisis", "passive_wish", "PASSIVE", 40, True, lambda rng: rng.choice(PASSIVE))
    drawn("crisis", "preparation", "PREP_FRAMES", 120, True, lambda rng: fill_prep(rng.choice(PREP_FRAMES), rng))
    drawn("crisis", "plan_everyday", "PLAN_EVERYDAY", 90, False, lambda rng: fill_shape(rng.choice(PLAN_EVERYDAY), rng))
    drawn("crisis", "harm_everyday", "HARM_EVERYDAY", 60, False, lambda rng: rng.choice(HARM_EVERYDAY))
    drawn("crisis", "plan_crisis", "PLAN_CRISIS", 30, True, lambda rng: rng.choice(PLAN_CRISIS))
    # Emergency controls: trained in the emergency detector (and, as its negatives, the crisis detector's too).
    rng = family("emergency:bleed_stopped:BLEED_PART")
    for _ in range(260):
        part = rng.choice(BLEED_PART)
        text = f"{rng.choice(['', 'had a ', 'there was a ', 'noticed a '])}{part} {rng.choice(['this morning', 'earlier', 'after breakfast', 'last night'])}, {rng.choice(STOPPED)}, {rng.choice(BLEED_TAIL)}"
        rows.add("emergency", "bleed_stopped", noisy(rng, text), False)
    drawn("emergency", "bleed_now", "BLEED_NOW", 30, True, lambda rng: fill(rng.choice(BLEED_NOW), rng))
    drawn("emergency", "signs_denied", "DENIED_SIGNS", 90, False, lambda rng: fill(rng.choice(DENIED_SIGNS), rng))
    drawn("emergency", "signs_now", "DENIED_NOW", 20, True, lambda rng: rng.choice(DENIED_NOW))
    drawn("emergency", "triage_ahead", "TRIAGE", 90, False, lambda rng: fill(rng.choice(TRIAGE), rng))
    rng = family("emergency:collapse_now:")
    for _ in range(50):
        who = rng.choice(["someone", "a woman", "an old man", "a young lad", "a lady", "a man"])
        where = rng.choice(["in the supermarket", "at the bus stop", "in the clinic car park", "in the hospital parking lot",
                            "in the waiting room", "in the street", "at the pharmacy"])
        what = rng.choice(["just dropped", "just collapsed", "just went down", "fell down just now"])
        how = rng.choice(["not moving", "is not breathing", "will not respond", "is not waking up", "lying still"])
        rows.add("emergency", "collapse_now", noisy(rng, f"{who} {where} {what}, {how}"), True)
    drawn("emergency", "triage_now", "TRIAGE_NOW", 40, True, lambda rng: fill(rng.choice(TRIAGE_NOW), rng))
    drawn("emergency", "old_scare", "OLD_SCARE", 80, False, lambda rng: fill(rng.choice(OLD_SCARE), rng))
    drawn("emergency", "old_scare_now", "OLD_SCARE_NOW", 20, True, lambda rng: fill(rng.choice(OLD_SCARE_NOW), rng))
    rng = family("emergency:other_took")
    for _ in range(40):
        rows.add("emergency", "overdose", noisy(rng, other_took(rng)), True)
    rng = family("crisis:third_overdose")
    for _ in range(40):
        text = other_took(rng)
        if " all " in text:
            rows.add("crisis", "third_overdose", noisy(rng, text), True)
    rng = family("emergency:spanish_fall")
    for _ in range(30):
        rows.add("emergency", "spanish_fall", noisy(rng, es_fall(rng)), True)
    rng = family("emergency:spanish_chest_now")
    for _ in range(25):
        rows.add("emergency", "spanish_chest_now", noisy(rng, rng.choice(ES_CHEST_NOW)), True)
    rng = family("crisis:not_your_fault")
    for _ in range(25):
        rows.add("crisis", "not_your_fault", noisy(rng, rng.choice(NOT_YOUR_FAULT)), True)
    drawn("emergency", "bleed_stopped", "ES_BLEED_NEG", 40, False,
          lambda rng: rng.choice(ES_BLEED_NEG).replace("{cuando_es2}", rng.choice(CUANDO_ES2)))
    for t in ES_EMERG_NEG:
        rows.add("emergency", "spanish_control", t, False)
    for t in ES_EMERG_POS:
        rows.add("emergency", "spanish_now", t, True)
    return rows


def other_took(rng: random.Random) -> str:
    who = rng.choice(WHO3)
    she = who in ("my daughter", "my wife", "my sister")
    t = rng.choice(OTHER_TOOK).replace("{who3}", who).replace("{med}", rng.choice(MED))
    return (t.replace("{their}", "her" if she else "his").replace("{they}", "she" if she else "he")
            .replace("{when3}", rng.choice(["last night", "an hour ago", "this morning", "just now"])))


def es_fall(rng: random.Random) -> str:
    return (rng.choice(ES_FALL).replace("{quien_es}", rng.choice(QUIEN_ES)).replace("{alto_es}", rng.choice(ALTO_ES))
            .replace("{escalera_es}", rng.choice(ESCALERA_ES)))


def main() -> int:
    assert OUT.name == "safety"
    compose(20261203).write("round33fa", evaluation_texts(), cutoff=80,
                                           prefix={"crisis": "round33fa", "emergency": "round33fae"})
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
