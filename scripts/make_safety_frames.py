# ruff: noqa: E501 - the fragments are data, one message a line
"""Writes intents/safety/{crisis,emergency}.frames.jsonl: composed hard NEGATIVES in the safe frames, worded like
the positives (first person, the same openers and tails), so that the detectors learn the frame, not the person.

Why: the composed crisis positives are nearly all first person ("i ...", "i'm scared because ...") and the
negatives rarely are, so the crisis detector learnt "i" as a crisis word (+7.5). Here the same openers carry safe
content: frightened questions about prognosis, crisis thoughts told in the past and over, how to help someone
(988 #BeThe1To: ask, be there, keep them safe), denials, idioms, medicine-safety questions, and emergency words
told in the past, as information, or in mild numbers (NCI/CDC: a fever on chemotherapy is 100.4 F / 38 C).
Written from the public lists and guidance, never from an evaluation set; any composed line within 88% (rapidfuzz
ratio) of an evaluation message is dropped. Run:  python scripts/make_safety_frames.py   (deterministic)
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from make_safety_data import (  # noqa: E402
    CONDITIONS,
    CRISIS_CONTEXT,
    CRISIS_TAIL,
    evaluation_texts,
    fill,
    noisy,
    person,
    write_training,
)

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "intents" / "safety"
N = 220  # composed lines per kind

# --- crisis detector: safe frames in the positives' words -----------------------------------------------------------

FEAR = ["i'm terrified", "i'm so scared", "honestly i'm frightened", "i can't stop crying", "i'm panicking",
        "i'm scared because", "i lie awake every night wondering", "i feel sick with worry", "sorry but i need to ask",
        "i'm sorry but", "to be honest", "since the diagnosis i keep wondering", "i cant tell anyone but i'm scared",
        "i havent told my family but i keep asking myself", "i'm so anxious", "i'm shaking", "i feel so helpless",
        "i'm really struggling to take this in", "i'm just so tired and scared", "i've been crying all day"]
PROGNOSIS = ["is {S} going to die from this", "will {S} die from {cond}", "is this going to kill {obj}",
             "how long does {S} have", "what are {pos} chances", "what are the odds {S} gets through this",
             "does this mean {S} {be} dying", "will the transplant work for {obj}", "is {cond} a death sentence",
             "could {S} die from an infection now", "what happens if the treatment stops working",
             "is {S} going to make it", "how do people with {cond} usually die", "will {S} survive the transplant",
             "is it normal to be this scared of {obj} dying", "what is the survival rate for {cond}",
             "is there anything left to try", "can {S} still be cured", "how fast does {cond} progress",
             "what does it mean when they say palliative", "should we be preparing for the worst",
             "how will we know when the end is near", "is it too late for a transplant"]
FIRST_PROGNOSIS = ["am i dying", "am i going to die from this", "how long have i got", "will i see my kids grow up",
                   "is my body giving up", "will i make it to christmas", "is my {cond} terminal",
                   "will i ever get better", "is it my fault i relapsed", "what are my chances honestly"]
MEDICAL_CONTEXT = ["", "", " {pos} counts are so low", " the doctor said it is high risk", " {pos} blasts went up",
                   " the transplant did not take", " {pos} platelets are 12", " we got the biopsy results today",
                   " the chemo is not working", " {S} relapsed last month", " {pos} hemoglobin is 6",
                   " they mentioned hospice", " the scan showed it has spread", " the donor fell through"]
FEAR_TAIL = ["", "", "", " please be honest", " i need to know", " nobody gives me a straight answer", " is that bad",
             " what do i ask the doctor", " how do i prepare", " i just want the truth"]

PAST_THOUGHT = ["i wanted to die", "i thought everyone would be better off without me", "i had thoughts of ending it",
                "i felt like giving up on everything", "i felt like a burden", "i did not want to wake up",
                "i thought about not going on", "i hurt myself", "i could not see the point of living",
                "i said i wanted to end it all", "i wished the cancer would just take me", "i thought about suicide",
                "i had dark thoughts about killing myself", "i saved up pills for a while", "i felt hopeless"]
PAST_WHEN = ["when i was first diagnosed", "after my relapse", "during my transplant", "years ago", "as a teenager",
             "the night we got the news", "last year", "back in 2018", "in the worst weeks of chemo",
             "before i started therapy", "when my marriage ended", "a long time ago", "in my twenties"]
RECOVERY = ["but that passed", "but therapy helped and i'm doing well now", "i got help and i'm in a much better place",
            "but i don't feel that way anymore", "counselling really helped", "my team got me support and it's behind me",
            "now i'm in remission and enjoying life", "but my doctor and my family helped me through it",
            "i'm on antidepressants now and feel like myself", "i'm safe now and glad i'm here"]
PAST_TAIL = ["", "", " is that common", " do other patients feel that", " should i tell my new doctor about it",
             " will it show up in my notes", " can i talk about it in a support group", " is that a normal reaction"]

HELP_WHO = ["my friend", "my husband", "my wife", "my son", "my daughter", "my brother", "my sister", "my dad",
            "my mum", "someone in my support group", "a patient", "my partner", "my best friend", "a coworker"]
HELP_THOUGHT = ["wants to die", "is thinking about suicide", "has thought about ending their life",
                "feels like a burden", "wants to stop treatment and give up", "has a plan to end their life",
                "says everyone would be better off without them", "is giving their things away",
                "talks about not being around", "is hurting themselves", "says they can not go on"]
HELP_FRAME = ["if {w} ever told me they {t}, {q}", "what do i say if {w} says they {t}", "if {w} {t}, {q}",
              "suppose {w} {t}, {q}", "how can i tell if {w} {t}", "what are the warning signs that someone {t}",
              "in case {w} {t} one day, {q}", "how do i ask {w} directly whether they {t}",
              "i'm a nurse, if a patient {t}, {q}", "what does the 988 line tell families to do if someone {t}"]
HELP_Q = ["what should i say", "how should i respond", "what's the right thing to do", "who do i call",
          "is it ok to ask about it directly", "how can i help", "what are the steps", "should i stay with them",
          "how do i keep them safe", "where do i find help for them"]

# The contrast: the same people and thoughts, happening now (positives, so the frame is what differs).
NOW_FRAME = ["{w} told me today that {pr} {t}, {q}", "{w} just said {pr} {t}, {q}", "{w} keeps telling me {pr} {t}",
             "i'm worried, {w} said last night {pr} {t}", "{w} texted me that {pr} {t}, {q}",
             "{w} {t} and i don't know what to do", "right now {w} {t}, {q}", "{w} admitted to me that {pr} {t}"]
NOW_THOUGHT = ["wants to die", "is thinking about suicide", "wants to end it all", "is going to kill {self}",
               "has a plan to end {pos} life", "says {pr} would be better off dead", "has been cutting again",
               "has pills saved up to end it", "does not want to wake up tomorrow", "is saying goodbye to everyone",
               "says {pr} can not go on and wants it over"]
_HE = ("husband", "son", "brother", "dad")

DENIAL = ["i'm not suicidal", "i don't want to die, i want to beat this", "i would never hurt myself",
          "i'm not going to do anything stupid", "no thoughts of hurting myself", "i'm not giving up",
          "don't worry, i'm safe", "i have no plan to hurt myself", "i'm not thinking of ending anything",
          "i don't want to kill myself", "i'm not in danger", "i'm not going anywhere, i have my kids"]
MILD = ["i'm just exhausted by all the appointments", "i just need to vent", "i just have bad days",
        "i just want to know what to expect", "i'm just frustrated with the side effects",
        "just wondering about the next cycle", "i'm just sad today", "i just miss my old life",
        "i'm just tired of hospital food", "i just needed to say it to someone", "i'm just scared of the biopsy"]

SAFE_CORE = ["i've been really tired after every cycle", "i can't sleep before my scans", "i've been crying a lot",
             "i feel low some days", "i get anxious before every appointment", "i'm fed up with the hospital food",
             "i hate needles", "i feel guilty for needing so much help", "i miss going to work", "i've lost my appetite",
             "my hair is falling out in clumps", "i've been snapping at my kids", "i'm worried about money",
             "i've put on weight from the steroids", "i cry in the shower so the kids don't see",
             "i feel so weak on the stairs", "i'm scared of the next bone marrow biopsy", "my mouth sores hurt",
             "i haven't told my boss about the diagnosis", "i keep forgetting my tablets", "i dread the clinic letters",
             "i feel ugly with no hair", "i'm angry all the time", "i feel lonely in hospital",
             "i keep reading statistics online", "i don't know how to tell my kids", "i'm sick of being sick"]
SAFE_TAIL = ["", " is that normal", " what can i do", " is that bad", " does it get easier", " any tips",
             " should i mention it to my nurse", " how do other people cope", " what helps"]

IDIOM = ["my boss is going to kill me if i miss another shift", "i could kill for a proper coffee",
         "this waiting is killing me", "i nearly died laughing at the nurse's joke", "i'm dead on my feet after clinic",
         "these forms will be the death of me", "the parking fees are murder", "my sister will murder me if i forget her birthday",
         "i'm going to lose my mind with these pill timings", "the insurance company can go jump in a lake",
         "my phone has been blowing up all morning", "i'm drowning in paperwork", "i'm dying for a real shower",
         "my feet are killing me after the walk", "that steroid hunger is going to finish me off, i ate everything",
         "my kids will kill me if i cancel the holiday", "the waiting room tv was mind numbing, i wanted to shoot it",
         "i'd rather eat my own hat than drink that contrast again", "i'm fed up to the back teeth with the pharmacy",
         "my son said he'd die of embarrassment if i wore my wig to school"]
MEDS_INFO = ["what is the maximum safe dose of {d}", "how far apart should i take my {d}", "what happens if i miss a dose of {d}",
             "is it dangerous to take {d} with {d2}", "how should i store {d} safely away from the kids",
             "how do i get rid of old {d} safely", "can i take {d} on an empty stomach", "how many {d} can i take in a day safely",
             "is it ok to drink a glass of wine on {d}", "what are the side effects of {d}"]
DRUGS = ["paracetamol", "tylenol", "ibuprofen", "oxycodone", "morphine", "sleeping tablets", "warfarin", "hydroxyurea",
         "prednisone", "my antidepressants", "codeine", "my anti sickness tablets"]

ES_CRISIS_NEG = ["tengo mucho miedo, mi mama se va a morir de esto?", "estoy asustada, cuanto tiempo le queda a mi papa",
                 "me da panico, voy a morir de esta enfermedad?", "cuando me diagnosticaron queria morirme pero ya lo supere con terapia",
                 "hace anos pense en quitarme la vida, ahora estoy bien, se lo debo decir al medico nuevo?",
                 "si mi hermano me dice que quiere morirse, que debo hacer", "como pregunto a mi esposo si piensa en suicidarse",
                 "no quiero morirme, quiero luchar, solo tengo dias malos", "no pienso hacerme dano, solo necesito desahogarme",
                 "mi jefe me va a matar si falto otra vez", "esta espera me esta matando", "me muero de ganas de volver a casa",
                 "cual es la dosis maxima segura de paracetamol", "cada cuantas horas puedo tomar la morfina",
                 "estoy cansada de tantas citas, es normal sentirse asi", "lloro mucho desde el diagnostico, es normal",
                 "tengo miedo de la biopsia de la semana que viene", "que probabilidades tiene mi hijo de curarse",
                 "mi papa recayo, todavia hay tratamiento?", "me siento sola en el hospital, que me recomiendan",
                 "cuales son las senales de alarma de suicidio en un familiar", "estoy harta de la comida del hospital"]

# Spanish crisis positives (the 988 line's "señales de advertencia": buscar la forma, conseguir los medios,
# hacerse daño, despedirse, regalar sus cosas) beside Spanish negatives that use the same words safely.
ES_OPENER = ["", "", "", "perdon pero ", "no se a quien decirle, ", "no aguanto mas, ", "desde el diagnostico ",
             "desde que recai ", "estoy sola y ", "ayuda, ", "no le he dicho a nadie pero ", "con la quimio todo es horrible y ",
             "ya me canse de todo, ", "mi familia no sabe pero "]
ES_TAIL = ["", "", " ahorita", " esta noche", " y ya no quiero seguir", " no se que hacer", " ayudame", " de verdad",
           " y nadie lo sabe", " ya no puedo mas", " y lo voy a hacer"]
ES_WHERE = ["aqui conmigo", "en la mano", "encima de la cama", "en el cajon listas", "al lado mio", "contadas en la mesa",
            "en mi mochila", "escondidas en el baño"]
ES_MEANS = ["tengo todas mis pastillas {w}", "junte las pastillas del dolor y las tengo {w}", "tengo el frasco de morfina {w}",
            "tengo una cuerda en el closet", "compre una pistola", "tengo el cuchillo {w}", "tengo la escopeta de mi papa en mi cuarto",
            "ya tengo todo listo para hacerlo", "estoy en el puente mirando el agua", "estoy en la azotea del edificio",
            "me tome todas las pastillas hace un rato", "voy a tomarme el frasco entero", "saque los somniferos de mi mama, los tengo {w}",
            "llevo semanas guardando la insulina", "deje el coche encendido en el garaje cerrado"]
ES_HARM = ["me corte {parte} {cuando}", "me hice cortes en {parte} {cuando}", "me queme {parte} con un encendedor a proposito",
           "me golpeo la cabeza contra la pared hasta que duele", "me rasguno {parte} hasta sangrar", "volvi a cortarme {cuando}",
           "me lastimo para sentir algo", "me clave las uñas en {parte} hasta sangrar", "me pegue en las piernas con el cinturon"]
ES_PARTE = ["los brazos", "las muñecas", "las piernas", "el abdomen", "los muslos"]
ES_CUANDO = ["anoche", "otra vez", "despues de la cita", "hace un rato", "esta mañana", ""]
ES_WHO = ["mi hijo", "mi hija", "mi esposo", "mi esposa", "mi mama", "mi papa", "mi hermana", "mi hermano", "mi amiga",
          "mi novio", "mi abuelo"]
ES_ACT = ["tiene pastillas escondidas y habla de morirse", "se encerro en su cuarto con un cuchillo y no abre",
          "se esta cortando los brazos", "dice que quiere desaparecer para siempre", "me mando un mensaje de despedida y no contesta",
          "regalo sus cosas y dice que ya no las va a necesitar", "busca en internet como suicidarse",
          "dice que todos estariamos mejor sin el", "compro un arma y habla de acabar con todo",
          "dejo una carta diciendo que lo siente", "se tomo un frasco de pastillas a proposito"]
ES_SAFE = ["tengo las pastillas de la quimio en el cajon, cada cuanto las tomo", "mi hijo se encerro en su cuarto a estudiar para el examen",
           "como guardo las pastillas de morfina lejos de los niños", "puedo tomar somniferos con la quimio",
           "compre un pastillero para organizar las medicinas", "cuantas pastillas de paracetamol puedo tomar al dia",
           "me despedi de las enfermeras porque termine el tratamiento", "regale mi ropa vieja porque baje de peso con la quimio",
           "escribi una carta de agradecimiento a mi donante", "mi papa hizo su testamento porque el abogado se lo recomendo, es normal a su edad",
           "se me olvido tomar la pastilla de la mañana, la tomo ahora", "estoy en el puente de mayo de vacaciones, puedo viajar con plaquetas bajas",
           "mi hermano se queja de que la quimio le quema las venas", "me rasco mucho por la comezon del trasplante, que crema uso",
           "me da miedo la aguja de la biopsia", "mi amiga me mando un mensaje de animo, que bonito", "la espera de los resultados me esta matando",
           "estoy harto de las pastillas, son demasiadas, se pueden juntar"]


def es_crisis(rng: random.Random, kind: str) -> str:
    if kind == "es_means":
        core = _pick(rng, ES_MEANS).replace("{w}", _pick(rng, ES_WHERE))
    elif kind == "es_self_harm":
        core = _pick(rng, ES_HARM).replace("{parte}", _pick(rng, ES_PARTE)).replace("{cuando}", _pick(rng, ES_CUANDO))
    else:  # es_third_person
        core = f"{_pick(rng, ES_WHO)} {_pick(rng, ES_ACT)}"
    return noisy(rng, _pick(rng, ES_OPENER) + core + _pick(rng, ES_TAIL))


# --- emergency detector: emergency words told in the past, asked about, or mild -------------------------------------

PAST_EVENT = ["had a seizure", "collapsed", "stopped breathing for a moment", "had chest pain", "had a fever of 39",
              "coughed up blood", "had a bad allergic reaction", "fell and hit {pos} head", "went into septic shock",
              "had a stroke", "bled a lot after a tooth extraction", "was rushed in with neutropenic sepsis",
              "took too many pills by accident", "went blue and floppy", "had a blood clot in {pos} leg",
              "lost consciousness", "had a heart attack", "swallowed a battery", "got a really high temperature"]
PAST_WHEN_E = ["when {S} {was} little", "during {pos} first cycle", "the week after {pos} transplant",
               "three years ago", "back in 2019", "on holiday once", "as a teenager", "before {pos} diagnosis",
               "the first time {S} had chemo", "years before the leukemia", "after {pos} surgery in the spring"]
RESOLVED = ["{S} {was} treated quickly and {be} fine now", "they kept {obj} in for two nights and it never happened again",
            "the tests were all clear afterwards", "it was sorted with antibiotics", "{S} made a full recovery",
            "it turned out to be a one off", "the doctors said there was no lasting damage",
            "{S} {has} been well ever since", "we dealt with it and it is all in the past"]
PAST_Q = ["", "", " could it happen again", " will it affect {pos} treatment", " should the team know about it",
          " does that change anything for the next cycle", " can {S} still have the vaccines",
          " is {S} more at risk now"]
EMERGENCY_INFO = ["what temperature counts as a fever during chemo", "at what temperature should i call the clinic",
                  "why is {sym} treated as an emergency", "when is {sym} serious enough for a&e",
                  "how do i know when to call 911 rather than the clinic", "what counts as heavy bleeding",
                  "what are the signs of sepsis to watch for", "how quickly should antibiotics be given for a fever on chemo",
                  "what is febrile neutropenia", "is 37.8 a fever for someone on chemo", "what does the fast test for stroke mean",
                  "what should be in a first aid kit for someone with low platelets", "how is anaphylaxis treated",
                  "why do they tell you to go in for a fever but not for a cold", "what number counts as a high heart rate",
                  "how long can a nosebleed last before it is a problem", "what is the difference between fainting and a seizure"]
SYMS = ["a fever on chemo", "chest pain", "vomiting blood", "a bad headache with low platelets", "a seizure",
        "shortness of breath", "black stools", "confusion", "a nosebleed that won't stop"]
MILD_NUMBERS = ["{pos} temperature is 37.{d}", "{S} {has} a temp of 99.{d}", "{pos} resting heart rate is {hr}",
                "{pos} platelets are {plt} and {S} {has} a few small bruises", "{pos} oxygen reads {o2} percent at rest",
                "{S} {has} a slight temperature of 37.{d} but {be} eating and drinking", "{pos} blood pressure is 13{d} over 8{d}",
                "{pos} hemoglobin is 10.{d}", "{S} had a little nosebleed that stopped by itself"]
MILD_CONTEXT = ["", " and {S} {be} not on chemo at the moment", ", {S} finished treatment months ago",
                ", {pos} counts were normal last week", " and {S} {be} otherwise well", ", no other symptoms",
                " and {S} {be} in watch and wait", ", {S} {has} felt like this for a week", ", just a bit tired"]
MILD_Q = ["", " should i mention it at the next appointment", " is that ok", " do we need to do anything",
          " is that normal", " should i keep an eye on it", " when should i worry"]

ES_EMERGENCY_NEG = ["mi hijo tuvo una convulsion febril a los dos anos, ahora con quimio puede volver a pasar?",
                    "hace anos mi papa tuvo un infarto y se recupero bien, puede hacerse el trasplante?",
                    "a partir de que temperatura hay que llamar al hospital durante la quimio",
                    "por que la fiebre con neutropenia es una urgencia", "que se considera un sangrado abundante",
                    "mi temperatura es 37.2 y no estoy en quimio, es normal?", "mis plaquetas estan en 90 y tengo unos moretones pequenos",
                    "cuales son las senales de sepsis que debo vigilar", "que hago si algun dia mi esposa tiene una reaccion alergica",
                    "el ano pasado me desmaye en una extraccion y no paso nada mas", "me dio un susto de muerte ver la factura",
                    "mi mama tuvo un coagulo en la pierna hace tiempo y ya esta bien, puede viajar en avion?",
                    "que diferencia hay entre un desmayo y una convulsion", "como se trata una reaccion alergica grave"]


def _pick(rng: random.Random, pool: list[str]) -> str:
    return rng.choice(pool)


def crisis_negative(rng: random.Random, kind: str) -> str:
    cond = _pick(rng, CONDITIONS)
    if kind == "prognosis_fear":
        p = person(rng, third=0.75)
        q = _pick(rng, FIRST_PROGNOSIS) if p["S"] == "i" else _pick(rng, PROGNOSIS)
        text = f"{_pick(rng, FEAR)}, {q}{_pick(rng, MEDICAL_CONTEXT)}{_pick(rng, FEAR_TAIL)}"
        if rng.random() < 0.4:
            text = f"{q}?{_pick(rng, MEDICAL_CONTEXT)}, {_pick(rng, FEAR)}"
        text = fill(text, p)
    elif kind == "past_recovered":
        text = f"{_pick(rng, PAST_WHEN)} {_pick(rng, PAST_THOUGHT)}, {_pick(rng, RECOVERY)}{_pick(rng, PAST_TAIL)}"
        if rng.random() < 0.4:
            text = f"{_pick(rng, PAST_THOUGHT)} {_pick(rng, PAST_WHEN)}, {_pick(rng, RECOVERY)}{_pick(rng, PAST_TAIL)}"
    elif kind == "helping":
        text = _pick(rng, HELP_FRAME).replace("{w}", _pick(rng, HELP_WHO)).replace("{t}", _pick(rng, HELP_THOUGHT))
        text = text.replace("{q}", _pick(rng, HELP_Q))
    elif kind == "now_report":  # a positive
        w = _pick(rng, HELP_WHO)
        he = w.endswith(_HE) or (not w.endswith(("wife", "daughter", "sister", "mum")) and rng.random() < 0.5)
        text = _pick(rng, NOW_FRAME).replace("{w}", w).replace("{t}", _pick(rng, NOW_THOUGHT)).replace("{q}", _pick(rng, HELP_Q))
        text = fill(text, {"pr": "he" if he else "she", "self": "himself" if he else "herself", "pos": "his" if he else "her"})
    elif kind == "denial":
        text = f"{_pick(rng, DENIAL)}, {_pick(rng, MILD)}"
        if rng.random() < 0.3:
            text = f"{_pick(rng, MILD)}, {_pick(rng, DENIAL)}"
    elif kind == "same_openers":  # the positives' openers and tails, safe content
        text = _pick(rng, CRISIS_CONTEXT) + _pick(rng, SAFE_CORE) + _pick(rng, CRISIS_TAIL + SAFE_TAIL)
    elif kind == "idiom":
        text = _pick(rng, ["", "", "lol ", "honestly ", "ugh ", "to be honest "]) + _pick(rng, IDIOM)
    elif kind == "meds_info":
        d, d2 = rng.sample(DRUGS, 2)
        text = _pick(rng, MEDS_INFO).replace("{d}", d).replace("{d2}", d2)
    else:
        raise ValueError(kind)
    return noisy(rng, text.replace("{cond}", cond))


def emergency_negative(rng: random.Random, kind: str) -> str:
    p = person(rng, third=0.55)
    if kind == "past_resolved":
        text = f"{_pick(rng, PAST_WHEN_E)} {{S}} {_pick(rng, PAST_EVENT)}, {_pick(rng, RESOLVED)}{_pick(rng, PAST_Q)}"
        if rng.random() < 0.5:
            text = f"{{S}} {_pick(rng, PAST_EVENT)} {_pick(rng, PAST_WHEN_E)} but {_pick(rng, RESOLVED)}{_pick(rng, PAST_Q)}"
    elif kind == "info":
        text = _pick(rng, EMERGENCY_INFO).replace("{sym}", _pick(rng, SYMS))
        if rng.random() < 0.3:
            text = _pick(rng, ["i'm on chemo, ", "my dad is on chemo, ", "just curious, ", "for my notes, "]) + text
    elif kind == "mild_numbers":
        text = _pick(rng, MILD_NUMBERS) + _pick(rng, MILD_CONTEXT) + _pick(rng, MILD_Q)
        text = text.replace("{d}", str(rng.randint(0, 6))).replace("{hr}", str(rng.randint(72, 92)))
        text = text.replace("{plt}", str(rng.randint(55, 140))).replace("{o2}", str(rng.randint(95, 99)))
    elif kind == "prognosis_fear":
        p = person(rng, third=0.75)
        q = _pick(rng, FIRST_PROGNOSIS) if p["S"] == "i" else _pick(rng, PROGNOSIS)
        text = f"{_pick(rng, FEAR)}, {q}{_pick(rng, MEDICAL_CONTEXT)}{_pick(rng, FEAR_TAIL)}"
        text = text.replace("{cond}", _pick(rng, CONDITIONS))
    else:
        raise ValueError(kind)
    return noisy(rng, fill(text, p))


# --- both detectors: short follow-ups in a conversation ------------------------------------------------------------
# "and X?", "what about X": a fragment that leans on the turn before. With few words, tf-idf's length
# normalisation gives each word nearly its whole weight, and "and" (which chains symptoms in the positives:
# "... and he is sweating") had learnt +10 for the emergency detector. Composed from everyday openers and the
# corpus's own nouns (people, cells, tests, treatments, conditions) and time words, never from an emergency word.

FOLLOW_OPENER = ["and", "and the", "what about", "how about", "and what about", "and for", "and in", "and with",
                 "same for", "also", "and also", "or", "then", "and then", "but what about", "ok and", "ok what about",
                 "is it the same for", "and does that apply to", "and is it different for", "what about for",
                 "and how about", "hmm and", "right, and", "so what about", "and if its", "and its", "and for the"]
FOLLOW_WHO = ["kids", "children", "babies", "toddlers", "teenagers", "teens", "adults", "older adults", "the elderly",
              "older people", "young people", "women", "men", "pregnant women", "people over 60", "donors",
              "siblings", "twins", "parents", "smokers", "athletes", "vegetarians", "dogs", "cats", "horses",
              "boys", "girls", "newborns", "seniors", "young adults", "people my age", "family members", "carriers"]
FOLLOW_THING = ["the platelets", "platelets", "the red cells", "red blood cells", "white blood cells", "the stem cells",
                "the marrow", "the bones", "the spleen", "the liver", "the kidneys", "the blood test", "the biopsy",
                "the results", "the side effects", "the injections", "the new drugs", "clinical trials", "the cost",
                "diet", "iron", "vitamin b12", "folate", "the genes", "the donor", "the scans", "the numbers",
                "the symptoms", "the long term effects", "the risks", "remission", "the hemoglobin", "the neutrophils",
                "transfusions", "the infusion", "the follow up visits", "exercise", "coffee", "alcohol", "travel",
                "school", "work", "vaccines", "the flu shot", "hair loss", "fertility", "sleep", "the tiredness",
                "the other type", "the second one", "the first one", "that one", "the rest", "the others",
                "the chronic kind", "the acute kind", "the inherited kind", "the rare kind", "stage 2", "type 1"]
FOLLOW_ADJ = ["small", "big", "young", "older", "other", "first", "second", "new", "old", "bigger", "smaller", "dark",
              "light", "round", "long", "short", "inherited", "rare", "common", "yellow", "green", "purple", "pink",
              "immature", "mature", "abnormal", "normal", "tiny", "large", "blue", "orange", "early", "late"]
#: Follow-ups about time or order ("since when?", "and after that?").
FOLLOW_TIME = ["since when", "for how long", "how soon", "until then", "by when", "and after that", "and before that",
               "how long after", "and then what", "from when", "until the next one", "till next week", "until the results",
               "until the next cycle", "and during", "and afterwards", "how many weeks", "until it is done"]
FOLLOW_TAIL = ["?", "?", "", "", " too?", " then?", "??", " as well", " also?", " though?"]
FOLLOW_ES = ["y {x}?", "y en {x}", "y para {x}?", "que tal {x}", "y que pasa con {x}", "y {x} tambien?",
             "lo mismo para {x}?", "y los {a}?", "y las {a}", "y en los {a}?"]
FOLLOW_ES_X = ["los ninos", "los adultos", "los bebes", "las mujeres", "los hombres", "los mayores", "adolescentes",
               "las plaquetas", "los globulos rojos", "los globulos blancos", "la medula", "el bazo", "la biopsia",
               "los resultados", "el donante", "el trasplante", "la dieta", "el hierro", "los perros", "embarazadas"]
FOLLOW_ES_A = ["pequenos", "grandes", "jovenes", "otros", "primeros", "nuevos", "viejos", "raros", "normales", "chicas"]


def followup(rng: random.Random) -> str:
    r = rng.random()
    if r < 0.1:
        return _pick(rng, FOLLOW_TIME) + _pick(rng, FOLLOW_TAIL)
    if r < 0.22:
        return _pick(rng, FOLLOW_ES).replace("{x}", _pick(rng, FOLLOW_ES_X)).replace("{a}", _pick(rng, FOLLOW_ES_A))
    if r < 0.35:
        subject = f"the {_pick(rng, FOLLOW_ADJ)} ones"
    elif r < 0.65:
        subject = _pick(rng, FOLLOW_WHO)
    elif r < 0.85:
        subject = _pick(rng, FOLLOW_THING)
    else:
        subject = _pick(rng, CONDITIONS)
    opener = _pick(rng, FOLLOW_OPENER)
    if opener.endswith(" the") and subject.startswith("the "):
        subject = subject[4:]
    text = f"{opener} {subject}{_pick(rng, FOLLOW_TAIL)}"
    return text.capitalize() if rng.random() < 0.2 else text


# --- both detectors: treatment decisions and care already under way ---------------------------------------------
# "my doctor wants me to start X, should i do it": first person, "want", "do it", yet a treatment decision (the
# crisis positives' "i'm going to do it" shares the words). "we are at the hospital now, what is X": the "now" of
# care already under way, with an information question and no emergency sign.

DECIDER = ["my doctor", "my hematologist", "my oncologist", "the consultant", "the transplant team", "my nurse",
           "the clinic", "my specialist", "the team"]
DECISION_ACT = ["wants me to start {t}", "wants to switch me to {t}", "suggested {t}", "is recommending {t}",
                "wants me to try {t}", "offered me {t}", "wants me to stop {t}", "wants to put me on {t}",
                "wants my dad to start {t}", "thinks my wife should have {t}"]
DECISION_T = ["interferon", "hydroxyurea", "ruxolitinib", "a stem cell transplant", "chemo", "azacitidine",
              "a clinical trial", "imatinib", "transfusions", "iron chelation", "eltrombopag", "phlebotomy",
              "steroids", "radiation", "a bone marrow biopsy", "atg", "maintenance therapy", "a second opinion"]
DECISION_CONTEXT = ["", "", " for my {cond}", " next month", " because my counts dropped", " after the last results"]
DECISION_Q = [", should i do it", ". should i do it?", ", should i go ahead", ", should i say yes", ", should i say no",
              ", is it worth it", ", do i have to do it", ", what would you do", ". i dont know if i want to do it",
              ", should i agree", ". is it a good idea", ", can i refuse", ", i am not sure i want it"]
CARE_NOW = ["ok we are at the hospital now", "we are on our way to the clinic now", "we just got to the er",
            "we are heading to the transplant unit now", "im in the waiting room now", "they admitted him an hour ago",
            "we are in the car on the way to her appointment", "the nurses are with her now", "we are at the infusion center",
            "we are driving to the hospital for his scan now", "just checked in at the hematology clinic"]
CARE_Q = ["what is {cond}", "can you explain {cond}", "what does {cond} mean", "how is {cond} treated",
          "what tests do they usually do for {cond}", "the doctor mentioned {cond} before, what is it",
          "they said something about {cond}, what is that", "what should i ask them about {cond}"]


def decision_or_care(rng: random.Random) -> str:
    cond = _pick(rng, CONDITIONS)
    if rng.random() < 0.5:
        text = (f"{_pick(rng, DECIDER)} {_pick(rng, DECISION_ACT)}{_pick(rng, DECISION_CONTEXT)}{_pick(rng, DECISION_Q)}"
                .replace("{t}", _pick(rng, DECISION_T)))
    else:
        text = f"{_pick(rng, CARE_NOW)}{_pick(rng, ['. ', ', ', ' and '])}{_pick(rng, CARE_Q)}"
    return noisy(rng, text.replace("{cond}", cond))


POSITIVE_KINDS = {"now_report", "es_means", "es_self_harm", "es_third_person"}


def _compose(rng: random.Random, make, kinds: list[str]) -> list[tuple[str, str]]:  # noqa: ANN001
    out: dict[str, tuple[str, str]] = {}
    for kind in kinds:
        for _ in range(N):
            t = make(rng, kind)
            out.setdefault(" ".join(t.lower().split()), (kind, t))
    return list(out.values())


def main() -> int:

    rng = random.Random(20261201)
    blind = evaluation_texts()
    docs = {
        "crisis": _compose(rng, crisis_negative, ["prognosis_fear", "past_recovered", "helping", "denial",
                                                   "same_openers", "idiom", "meds_info", "now_report"])
        + [("es", t) for t in ES_CRISIS_NEG + ES_SAFE]
        + [(kind, es_crisis(rng, kind)) for kind in ("es_means", "es_self_harm", "es_third_person") for _ in range(60)],
        "emergency": _compose(rng, emergency_negative, ["past_resolved", "info", "mild_numbers", "prognosis_fear"])
        + [("es", t) for t in ES_EMERGENCY_NEG]
    }
    # Short follow-ups are negatives for both detectors (each its own draw).
    for name in ("emergency", "crisis"):
        docs[name] += list({" ".join(t.lower().split()): ("followup", t) for t in (followup(rng) for _ in range(N * 2))}.values())
    for name in ("emergency", "crisis"):
        docs[name] += list({" ".join(t.lower().split()): ("decision_or_care", t)
                            for t in (decision_or_care(rng) for _ in range(N))}.values())
    for name, rows in docs.items():
        path = OUT / f"{name}.frames.jsonl"
        write_training(path, [("example" if kind in POSITIVE_KINDS else "not_example", f"frame:{kind}", text)
                              for kind, text in rows], blind, cutoff=88)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
