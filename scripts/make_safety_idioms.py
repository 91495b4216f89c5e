# ruff: noqa: E501 - the fragments are data, one message a line
"""Writes intents/safety/emergency.idioms.jsonl and crisis.idioms.jsonl (issue 9, round 13): figurative uses of
alarming words as hard negatives of both detectors, with the same words said of a body now as positive twins.

Why: idioms ("this wait is killing me", "my heart sank", "bleeding us dry", "drowning in forms", "shoot me now",
"over my dead body", "i could murder a pizza") were the category with the most variance between blind writers (7 of
42 idiom controls alarmed in one set, 1 in another): each writer reaches for other idioms, and the data held a few
families in a few frames. Here many idiom families (death and dying, killing and murder, the heart, breath and
choking, blood and bleeding, drowning and sinking, guns and shooting, falling, fits and strokes of luck, fever,
burning, poison and pills, allergy, blue, pins and needles, self-blame said with "myself") are said in many frames:
a patient, a carer, a question about the disease wrapped around the idiom, short and long, with typos and the
hyperbole marks people add ("lol", "haha", "literally"), in English and Spanish. Beside them, twins use the same
words of a body now ("my chest is killing me and my arm is numb", "can't breathe and my lips are blue", "pins and
needles down one side and my face has dropped") and must stay emergencies, and crisis twins say the self-harm words
plainly ("i'm not joking, i want to kill myself"), so the detectors learn the figure, not the word. A few more
positives: a vital sign denied and another told now ("did not stop breathing, but very slow"), and fainting again
and again today.
Written in our own words from general knowledge of English and Spanish idioms, never from an evaluation set; a
composed line within 80% (rapidfuzz ratio) of an evaluation message is dropped.
Run:  python scripts/make_safety_idioms.py  (deterministic; commit the output)
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from make_safety_data import Rows, evaluation_texts, noisy  # noqa: E402

#: Composed negatives per idiom family, and positives per twin family.
N_NEG = 70
N_POS = 45

WHO = ["my mum", "my dad", "my husband", "my wife", "my son", "my daughter", "my sister", "my brother", "my partner",
       "my grandma", "my grandad", "my best friend", "my neighbour", "my boss", "my nurse", "the consultant"]
THING = ["the wait for results", "the waiting", "this paperwork", "the insurance forms", "the parking at the hospital",
         "the traffic", "the commute", "this heat", "the hospital food", "the noise on the ward", "my phone bill",
         "the suspense", "the uncertainty", "this crossword", "the school run", "the queue at the pharmacy",
         "the bus timetable", "this cold weather", "the wifi here", "the night shifts", "the kids' homework",
         "the waiting room tv", "this new diet", "the steroid cravings", "the boredom on the ward", "my sister's cooking"]
DISEASE = ["MDS", "aplastic anemia", "myeloma", "leukemia", "CML", "lymphoma", "ITP", "myelofibrosis", "sickle cell",
           "thalassemia", "polycythemia", "hemochromatosis", "myelodysplasia", "hodgkin lymphoma"]
#: What wraps an idiom: nothing, the writer's situation, or a question about the disease after it.
BEFORE = ["", "", "", "", "honestly ", "ugh ", "lol ", "ok so ", "not gonna lie, ", "well, ", "haha ", "sigh. ",
          "on chemo and ", "{who} has {disease} and ", "caring for {who} with {disease} and ",
          "since {who} was diagnosed with {disease}, ", "week 3 of {disease} treatment and "]
AFTER = ["", "", "", "", " lol", " haha", " 😂", " lmao", " but we're fine", " but all good really", " anyway",
         ", anyway how long does {disease} treatment usually last", ". btw what's a normal platelet count",
         ". quick question, what does a bone marrow biopsy involve", ". can you explain what {disease} is in simple words",
         ". is it normal to feel this tired on {disease} treatment", " but otherwise doing ok",
         ". anyway, what foods are good for low iron", ". what does ferritin measure", " but i'm coping",
         ", what questions should we ask at the next appointment", " - anyway what's neutropenia mean",
         ". does {disease} run in families", " but that's life", " but we're getting there"]

#: Idiom families: each a list of sentences (a {who}, {thing} or {disease} filled in), all figurative.
IDIOMS: dict[str, list[str]] = {
    "killing": [
        "{thing} is killing me", "{thing} is absolutely killing me", "{thing} is going to kill me",
        "{thing} will be the death of me", "{who} is killing me with these jokes", "my feet are killing me after the long walk from the car park",
        "my back is killing me from that awful hospital chair", "these shoes are killing me", "my knees are killing me after gardening",
        "{who} will kill me if i forget the milk again", "{who} is going to kill me when they see the parking ticket",
        "{who} would kill me if they knew i ate the last biscuit", "the suspense is killing us", "this heat is killing my plants",
        "my shoulders are killing me from carrying the shopping", "the prices at the hospital cafe are killing my wallet",
        "{thing} is slowly killing my will to do admin", "ok you're killing me, that joke was terrible",
        "{who} is killing it at her new job", "{who} absolutely killed it at the school play", "we made a killing at the car boot sale",
        "just killing time in the waiting room", "trying to kill an hour before the infusion", "{who} is a killer at scrabble",
        "that was a killer workout", "{who} looked dressed to kill at the wedding", "let's kill two birds with one stone and do both tests on monday",
        "i'd kill for a proper coffee", "i could kill for a hot bath right now", "i could murder a bacon sandwich",
        "i could murder a cup of tea", "{thing} was murder today", "the stairs at the clinic are murder", "{who} gets away with murder",
        "the kids screamed blue murder at bath time", "{who} is such a killjoy about sugar",
    ],
    "death_dying": [
        "i'm dying to know how the trial went", "dying to get home and have a shower", "dying for a cup of tea after that clinic",
        "i'm dying to see my grandkids again", "i was dying to ask the doctor but forgot", "bored to death in the waiting room",
        "sick to death of {thing}", "{who} is scared to death of needles", "{who} worries me to death with her driving",
        "i nearly died laughing at that video", "i could have died of embarrassment when my phone rang in clinic",
        "i literally died when the nurse called me by my dog's name", "i wanted the ground to swallow me up",
        "that cake was to die for", "{who} is a die hard football fan", "old habits die hard, i still set the alarm for 6",
        "my phone died halfway through the call", "my laptop battery is dying so i'll be quick", "the car died on the motorway",
        "the conversation sort of died after that", "my houseplants are dying while i'm in hospital", "the noise finally died down",
        "{thing} will be the death of me", "death by powerpoint at the carers meeting", "{who} gave me a death stare",
        "over my dead body will i eat hospital jelly again", "i'm dead tired after the night shift", "i'm dead on my feet",
        "{who} is dead set against the support group", "{who} is dead set on running the marathon", "that quiz was dead easy",
        "i'm dead serious about learning to knit", "{who} is a dead ringer for her grandad", "in the dead of night the ward is so quiet",
        "the boiler is dead again", "the phone line went dead", "i'm deadly serious, this lasagne is amazing", "i'm dead 😂 that meme",
        "it's not the end of the world if we miss the bus", "{who} sleeps like the dead after a shift", "we are flogging a dead horse with this council",
        "my plant is dying, any tips", "the cake recipe was death by chocolate",
    ],
    "heart": [
        "i nearly had a heart attack when i saw the bill", "{who} almost gave me a heart attack jumping out from the cupboard",
        "my heart sank when i saw the queue", "my heart stopped when the phone rang at 3am but it was a wrong number",
        "my heart skipped a beat when they said remission", "my heart was in my mouth the whole drive to the results",
        "heart in my throat waiting for the call", "{who} has a heart of gold", "my heart goes out to the other families on the ward",
        "it broke my heart to leave the dog with the neighbours", "bless her heart, she tried", "that was a heart stopping moment in the match",
        "the price of parking is heart stopping", "the ending of that film broke my heart", "my heart melted when the baby smiled",
        "i had my heart set on the window seat", "we had a heart to heart about money", "learn the lines by heart",
        "that full english is a heart attack on a plate", "{who} has her heart in the right place", "my heart's not in baking anymore since the move",
        "{who} nearly had a coronary over the parking fine", "my mum would have a fit if she saw my room", "{who} threw a fit when the tv broke",
        "in fits of laughter at the nurses' jokes", "what a stroke of luck getting the early appointment", "a stroke of genius from the pharmacist",
        "at the stroke of midnight we were still awake", "i was stroking the cat to calm down", "{who} nearly had kittens when she saw the mess",
    ],
    "breath_choke": [
        "the view from the ward window took my breath away", "i need a minute to catch my breath after running for the bus",
        "don't hold your breath waiting for the council", "we all breathed a sigh of relief at the results", "waiting with bated breath for the scan date",
        "the new nurse is a breath of fresh air", "{who} keeps breathing down my neck about the forms", "i was laughing so hard i couldn't breathe",
        "i couldn't breathe for laughing at the kids", "i got all choked up at the wedding speech", "{who} choked up reading the card",
        "our team choked in the final again", "i almost choked on my tea laughing at {who}", "choking on all the medical jargon",
        "i need some breathing space from the family", "give me room to breathe with these deadlines", "the speech left me speechless and breathless",
        "{who} could talk until she's blue in the face", "once in a blue moon we get a parking space", "i'm feeling a bit blue today about the weather",
        "feeling blue that the holiday is over", "i'm choked that we missed the concert",
    ],
    "blood_bleeding": [
        "the energy company is bleeding us dry", "{who} is bleeding money on the online shopping", "the car repairs are bleeding me dry",
        "my heart bleeds for the council, not", "the colours bled in the wash and now everything is pink", "i need to bleed the radiators",
        "makes my blood boil when people park in disabled bays", "there's bad blood between my aunts", "blood sweat and tears went into this garden",
        "getting a straight answer from them is like getting blood out of a stone", "blood is thicker than water", "the team needs some fresh blood",
        "it's in his blood, the whole family sings", "the bloody printer is jammed again", "bloody hell the parking is expensive",
        "this bloody weather", "{who} left the bloody gate open again", "a bleeding heart liberal, my dad calls me", "we're on the bleeding edge of tech here lol",
        "my blood ran cold when i heard the noise downstairs, it was just the cat",
    ],
    "drowning_sinking": [
        "i'm drowning in paperwork", "drowning in emails since the diagnosis", "we're drowning in hospital letters",
        "trying to keep my head above water with the bills", "we're barely keeping our heads above water with the childcare",
        "i'm in over my head with these insurance forms", "it's sink or swim in the new job", "my heart sank when i saw the post",
        "we're swamped with appointments", "the news hasn't sunk in yet", "i'm snowed under with work",
        "{who} is up to her neck in school forms", "going under with all the admin lol",
    ],
    "shoot_gun": [
        "shoot me now, another form", "just shoot me, the printer broke again", "if i have to fill in one more form just shoot me",
        "shoot me a text when you're out of clinic", "i'll shoot you an email later", "it's a long shot but is there a trial",
        "a shot in the dark, but does anyone know the parking code", "i really shot myself in the foot by forgetting the referral letter",
        "{who} jumped the gun and booked the holiday already", "i'm sticking to my guns about the diet", "we're under the gun with the move",
        "we dodged a bullet with the snow", "time to bite the bullet and book the dentist", "shoot for the stars, she said",
        "{who} and i were shooting the breeze in the waiting room", "that was a cheap shot from my brother",
    ],
    "self_words": [
        "i could kick myself for forgetting the appointment", "i keep beating myself up about missing the call",
        "i've thrown myself into work since the diagnosis", "i threw myself into gardening to cope", "i hurt myself laughing at the film",
        "i've been killing myself laughing at the dog", "i cut myself a big slice of cake", "i cut my own hair lol it looks awful",
        "i treated myself to a new book", "i talked myself out of buying the shoes", "i nearly hurt myself carrying the shopping lol",
        "i'm not myself in the mornings until coffee", "{who} beats herself up over every little thing", "i tied myself in knots over the forms",
        "i wore myself out cleaning the house", "i locked myself out of the car, again", "i've signed myself up for a pottery class",
        "i'm pinching myself, the scan was clear", "i need to pace myself with the housework",
        "i keep blaming myself for not noticing the bruises sooner", "i blame myself, did i pass it on to him", "i can't help blaming myself for his diagnosis",
        "i feel so guilty, could i have caused her anemia", "i keep asking myself what i did wrong in the pregnancy",
    ],
    "falling_collapse": [
        "i collapsed into bed after the school run", "i just crashed on the sofa after work", "the plan collapsed when the car broke",
        "i fell for the oldest trick in the book", "fell asleep in front of the telly", "i'm falling behind on the housework",
        "the deal fell through", "i fell head over heels for the new puppy", "my jaw dropped when i saw the price",
        "the floor fell out of my stomach when they called, but it was good news", "the house of cards collapsed at work",
        "my legs turned to jelly before the speech", "i was floored by how kind the nurses were", "the kids knocked me out with their singing",
        "the music knocked me sideways", "we had a power blackout last night", "i blacked out the dates on the form",
        "my head is spinning with all the new words", "my head is spinning from all the info", "i'm losing my mind with these forms",
        "i lost my head and shouted at the parking machine", "i'm out of my mind with boredom",
    ],
    "fever_fire_burn": [
        "the whole town has world cup fever", "we've got cabin fever stuck indoors", "spring fever, we want to be outside",
        "excitement reached fever pitch at the school fair", "i've been burning the candle at both ends", "burning the midnight oil with the tax forms",
        "i'm totally burnt out from work", "that money is burning a hole in my pocket", "the burning question is who made the cake",
        "{who} is on fire at the quiz tonight", "i'm fired up for the charity walk", "{who} got fired from the chip shop, she's fine",
        "i'm playing with fire eating cheese this late", "this chilli is burning my mouth off lol", "my ears are burning, were you talking about me",
    ],
    "poison_pill_allergy": [
        "that was a bitter pill to swallow", "take a chill pill", "{who} needs to take a chill pill about the wedding",
        "pick your poison, tea or coffee", "that job was a poisoned chalice", "the atmosphere at work is toxic",
        "i'm allergic to mornings", "{who} is allergic to housework haha", "i'm allergic to paperwork",
        "i overdosed on true crime podcasts this weekend", "i overdosed on chocolate at easter lol", "overdose of cuteness with the new puppy",
        "that film was too much, sensory overload", "my inbox exploded this morning", "my head is going to explode with all this info",
        "my phone is blowing up with messages", "this form makes me want to throw up", "i'm sick and tired of the rain",
        "{who} is a pain in the neck", "it cost an arm and a leg", "break a leg at the audition", "{who} twisted my arm to go to the quiz",
        "i'm pins and needles waiting for the results", "on pins and needles until the phone call", "sick as a dog after the kebab, all fine now",
    ],
    "gave_up_ghost": [
        "our old car finally gave up the ghost", "the washing machine kicked the bucket", "the kettle has died",
        "the fridge is on its last legs", "i'm running on fumes today", "i give up on this crossword", "let's call it a day",
        "we called it quits on the diy", "they pulled the plug on the project", "kiss goodbye to the weekend", "say goodbye to my lie in",
        "the printer is dead as a dodo", "goodbye summer, hello rain", "this is the last straw with the phone company",
        "that career move would be career suicide", "wearing that would be social suicide", "it was a suicide mission getting to the shop in the snow",
        "the hill up to the clinic is a death trap in the ice", "that roundabout is a death trap",
    ],
}

#: Spanish idioms: the same families.
ES_IDIOMS = [
    "me muero de hambre", "me muero de ganas de ver a mis nietos", "casi me muero de risa con el video", "me muero de sueño despues del turno",
    "me mori de verguenza en la consulta", "me muero de frio en la sala de espera", "este calor me mata", "el papeleo me esta matando",
    "mi jefe me va a matar si llego tarde", "mi madre me mata si no llamo", "estoy muerta de cansancio", "estoy muerto de miedo antes del examen",
    "casi me da un infarto cuando vi la factura", "me dio un infarto al ver el precio del parking", "se me helo la sangre con el ruido, era el gato",
    "me hierve la sangre cuando aparcan mal", "me parte el corazon dejar al perro", "esa tarta esta de muerte", "estoy reventada despues de la mudanza",
    "me ahogo en papeles del seguro", "se ahoga en un vaso de agua", "matando el tiempo en la sala de espera", "matamos dos pajaros de un tiro",
    "la vista me dejo sin aliento", "no tengo ni un respiro con los niños", "los bancos nos estan desangrando", "estoy hasta las narices del trafico",
    "me saca de quicio la impresora", "lo apoyo a muerte", "me quiero morir de la verguenza jaja", "me tiene frita con tantas preguntas",
    "el coche paso a mejor vida", "la lavadora murio ayer", "mi movil se murio a mitad de la llamada", "es un rollo de muerte",
    "casi me da algo cuando vi la nota, pero era buena", "me quede de piedra con la noticia, era buena", "me estoy volviendo loca con los formularios",
]
#: A wish to die denied with a wish to live after it ("no me quiero morir, quiero ..."): no crisis.
ES_DENIED_WISH = ["no me quiero morir, quiero ver crecer a mis nietos", "no quiero morirme, quiero probar otro tratamiento",
                  "yo no me quiero morir, quiero seguir luchando", "no me quiero morir todavia, tengo muchos planes",
                  "no quiero morir, quiero saber que opciones tengo", "no me quiero ir, quiero estar con mis hijos, que ensayos hay",
                  "tengo miedo pero no me quiero morir, quiero vivir", "no pienso morirme, voy a pelear esto"]
ES_BEFORE = ["", "", "", "jaja ", "uf ", "bueno, ", "mi madre tiene {disease} y ", "con la quimio y ", "cuidando a mi padre y "]
ES_AFTER = ["", "", "", " jaja", " jajaja", " pero todo bien", ". que es la anemia aplasica?", ". cuanto dura la quimio normalmente?",
            " pero estamos bien", ". que significa neutropenia?", " lol"]

#: The same words said of a body now: emergencies.
TWINS_EMERGENCY = [
    "my chest is killing me and my left arm has gone numb", "{who}'s chest is killing him and he's grey and sweaty",
    "my head is killing me, worst headache of my life, came on in seconds", "sudden headache like being hit with a bat and i'm being sick",
    "i can't breathe and my lips are going blue", "{who} can't catch her breath and is going blue around the mouth",
    "{who} is choking on a piece of meat and can't talk or cough", "baby is choking and turning blue",
    "{who} collapsed and isn't breathing, we're doing cpr", "his heart stopped, the paramedics are on the phone",
    "pins and needles down one side of my body and my face has dropped", "{who} has pins and needles in her arm and her speech is slurred",
    "{who} is having a fit and won't wake up between them", "{who} is fitting right now and has been for 6 minutes",
    "my nose has been bleeding for an hour and won't stop, platelets are 8", "{who} is bleeding heavily and it's soaking through the towel",
    "i'm on chemo and burning up, 39.2 and shivering", "{who} has a fever of 38.6 on chemo and is shaking",
    "{who} blacked out, hit his head and now he's being sick", "i think {who} is dying, she's grey and not responding",
    "{who} was pulled out of the pool and isn't breathing properly", "my throat is closing up after eating peanuts",
    "my tongue is swelling and i'm wheezing after the infusion", "{who} is drowsy and confused and her lips are blue",
    "{who} is having a stroke, her face is drooping", "his arm went weak and his words came out wrong just now",
    "my heart is racing at 190 and i feel like i'm going to pass out",
    "crushing chest pain like an elephant sitting on me", "{who} is dead to the world and we can't wake him, breathing funny",
    # Falls, knocks and sudden losses told plainly, beside "fell for it", "knocked me out", "my head is spinning":
    "{who} fell off the ladder onto the patio and is barely moving", "{who} fell down the stairs and is lying at the bottom, can't get up",
    "car crash, {who} is trapped in the car and drifting in and out", "{who} was knocked off his bike and is lying in the road",
    "{who} fell from the top bunk onto his head and is being sick", "my legs gave way, i'm on the floor and can't get up, on my own",
    "i suddenly can't see out of one eye, like a blind came down", "{who} went blind in one eye all of a sudden",
    "{who} is breathing really fast and looks grey, just lying there", "room spinning, can't stand, being sick and the worst headache, all of a sudden",
    "{who} took a whole week of her tablets at once by mistake", "i took double my chemo tablets by accident and feel awful",
    "baby went blue around the lips for a few seconds and is floppy now", "{who}'s face went blue and she's limp in my arms",
    "my little boy's lips are blue and he's struggling to breathe", "se cayo de la escalera y no se mueve", "de golpe no veo nada por un ojo", "mi hijo se cayo por la ventana al patio",
    "se tomo por error todas las pastillas de la semana", "respira muy rapido y esta gris", "me duele el pecho muchisimo y el brazo izquierdo",
]
#: A vital sign denied, then another told now (a denial covers its own clause only): emergencies. And fainting
#: again and again today, however fine the writer feels between (NHS: repeated faints need urgent care).
DENIED_THEN_SIGN = [
    "{who} did not stop breathing but the breaths are very slow and shallow", "he hasn't stopped breathing, just breathing really slowly and won't wake",
    "she's still breathing but only a few breaths a minute and her lips look grey", "not stopped breathing but it's very slow with long gaps",
    "{who} didn't hit his head but now he's drowsy and being sick", "no fever but she's floppy and very hard to wake",
    "his chest isn't hurting but he's grey, sweating and can't get his breath", "she is not bleeding now but she's pale and fainted on the stairs",
    "i fainted twice today, i feel ok now though", "passed out three times since this morning, fine in between", "{who} fainted again, that's the second time today, she says she's fine now",
    "keep blacking out today, ok for now", "i've fainted twice this afternoon, i'm alright now", "collapsed twice today but says he's ok now",
]
#: The self-harm and suicide words said plainly: crises (the figure has a cause and a laugh; these have neither).
TWINS_CRISIS = [
    "i'm not joking, i want to kill myself", "no this isn't a figure of speech, i want to die", "i literally want to die, i can't do this anymore",
    "i'm going to shoot myself tonight", "i want to jump off the bridge and end it", "i cut myself again tonight, deeper this time",
    "i've been hurting myself on purpose", "i'm planning to take all my pills tonight", "i want to throw myself in front of a train, seriously",
    "i'm done, this is my last message, goodbye everyone", "i want to drown myself", "i've got the rope ready",
    "honestly i'd be better off dead", "i keep thinking about killing myself", "i'm going to end my life this weekend",
    "honestly i'd be glad if my heart just gave out one night", "part of me hopes my heart stops in my sleep",
    "i keep hoping i just won't wake up tomorrow", "it would be a relief if i just died during treatment",
    "me voy a tirar desde la azotea del hospital", "voy a subir al puente y saltar", "ojala no despertara mañana",
    # A parting to those left behind after thanks (beside "goodbye summer", "kiss goodbye to the weekend"):
    "gracias por todo, decidle a mis hijos que los quiero mucho", "gracias por escucharme, cuiden a mi perro por mi",
    "dile a mi hermano que lo siento, ya no voy a estar", "gracias por la ayuda, que mi papa sepa que lo quise",
    "thanks for listening, please tell my daughter i loved her", "thanks for everything, make sure someone feeds my cat after",
    # Self-harm in the Spanish verb of its own ("autolesionarse"):
    "me autolesiono otra vez esta noche", "llevo dias autolesionandome", "tengo ganas de autolesionarme ahora",
    "me he vuelto a autolesionar", "tengo las pastillas y el alcohol aqui delante", "tengo la cuerda preparada", "quiero matarme, no es broma", "me quiero morir de verdad", "me corto los brazos cuando estoy mal", "voy a tomarme todas las pastillas esta noche",
]

#: "shoot me now" / "just shoot me" said with a gun at hand is no figure: crisis twins of the shoot_gun negatives
#: (composed after everything else, so the lines above keep their draws).
SHOOT_LITERAL = ["shoot me now", "just shoot me", "someone shoot me", "shoot me already", "dispárenme ya"]
MEANS_AT_HAND = [
    "the gun is loaded and under my chin", "i've got my dad's revolver against my head", "the rifle is loaded on my lap",
    "i'm holding the handgun right now", "i took the pistol out of the safe and loaded it", "the shotgun is in my hands",
    "i have a loaded gun pointed at myself", "the gun's cocked and i'm ready", "tengo la pistola cargada en la mano",
    "i've got the barrel to my temple", "my finger is on the trigger",
]

#: Someone else's accidental swallowing of the writer's medicines, and a stroke told with "can't stand" or "never
#: been this": emergencies (poison control, 911), never the writer's own crisis: hard negatives of the crisis
#: detector (the crisis twins above say "my pills" and "can't do this" of the writer), positives of the emergency one.
NOT_CRISIS = [
    "{child} got into my tablets while i was in the shower", "{child} ate a few of my blood pressure pills",
    "i think {child} swallowed some of grandma's heart tablets", "found {child} chewing my iron pills, some are missing",
    "{child} drank some of my liquid morphine", "{child} might have eaten my sleeping tablets off the table",
    "{child} swallowed a couple of my chemo capsules by accident", "{child} got the lid off my painkillers and ate some",
    "mi {es_child} se tomo unas pastillas mias sin querer", "{child} took some of my pills thinking they were sweets",
    "i can't stand up, my face feels droopy and my words are slurred", "never been this dizzy in my life, my arm is weak",
    "i can't stand without falling to one side and my speech sounds wrong", "worst dizziness i've ever had, can't stand, slurring",
    "no puedo mantenerme en pie y hablo raro, nunca habia estado tan mareado", "i can't stand straight and half my face is numb",
]
CHILD = ["my son", "my daughter", "my toddler", "my 3 year old", "the baby", "my grandson", "my little girl", "our dog"]


def fill(text: str, rng: random.Random) -> str:
    return (text.replace("{who}", rng.choice(WHO)).replace("{thing}", rng.choice(THING))
            .replace("{disease}", rng.choice(DISEASE)))


def compose(rng: random.Random) -> Rows:
    rows = Rows()
    for family, pool in IDIOMS.items():
        for _ in range(N_NEG):
            before, after = rng.choice(BEFORE), rng.choice(AFTER)
            text = fill(before + rng.choice(pool) + after, rng)
            rows.add("emergency", f"idiom_{family}", noisy(rng, text), False)
    for _ in range(3 * len(ES_IDIOMS)):
        text = fill(rng.choice(ES_BEFORE) + rng.choice(ES_IDIOMS) + rng.choice(ES_AFTER), rng)
        rows.add("emergency", "es_idiom", noisy(rng, text), False)
    for _ in range(4 * len(ES_DENIED_WISH)):
        rows.add("emergency", "es_denied_wish", noisy(rng, fill(rng.choice(ES_DENIED_WISH) + rng.choice(ES_AFTER), rng)), False)
    ends = ["", "", " what do i do", " help", " please help", " right now", " it started 10 minutes ago", " should i call 911",
            " he's on chemo", " she has MDS"]
    for _ in range(N_POS * 4):
        rows.add("emergency", "idiom_twin", noisy(rng, fill(rng.choice(TWINS_EMERGENCY) + rng.choice(ends), rng)), True)
    for _ in range(N_POS):
        rows.add("emergency", "denied_then_sign", noisy(rng, fill(rng.choice(DENIED_THEN_SIGN), rng)), True)
    for _ in range(N_POS * 2):
        text = rng.choice(TWINS_CRISIS) + rng.choice(["", "", " tonight", " i mean it", " please", " nobody would care"])
        rows.add("crisis", "idiom_twin", noisy(rng, text), True)
    for _ in range(N_POS):
        text = rng.choice(SHOOT_LITERAL) + rng.choice([", ", " ", ". "]) + rng.choice(MEANS_AT_HAND)
        rows.add("crisis", "idiom_twin_means", noisy(rng, text), True)
    for _ in range(N_POS * 2):
        text = rng.choice(NOT_CRISIS).replace("{child}", rng.choice(CHILD)).replace("{es_child}", rng.choice(["hijo", "nieto", "hija"]))
        rows.add("crisis", "not_crisis_emergency", noisy(rng, text), False)
        rows.add("emergency", "not_crisis_emergency", noisy(rng, text), True)  # the same words: an emergency
    return rows


def main() -> int:
    rows = compose(random.Random(20261202))
    rows.write("idioms", evaluation_texts(), cutoff=80)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
