# ruff: noqa: E501 - the fragments are data, one message a line
"""Writes intents/safety/{emergency,crisis}.spanish.jsonl (issue 9, round 27): Spanish emergencies and crises as
Spanish speakers type them, and the same words used safely.

Until now the Spanish side of the detectors learnt from a few hundred hand lines and missed whole categories of the
public lists (someone found unresponsive, a medicine taken twice by mistake).
Here every category of the public lists (NHS "When to call 999", MedlinePlus "Recognizing medical emergencies", AHA
heart-attack and F.A.S.T. signs, CDC sepsis, NCI/CDC fever during chemotherapy, the 988 Lifeline warning signs and
the Columbia screener) is composed from fragments in our own words: many subjects (yo, mi mama, mi hijo de 3 anos,
la vecina), Latin American and Spain lay words ("me falta el aire", "se puso morado", "no reacciona", "calentura",
"echando espuma", "se le cayo la cara", "se tomo todas las pastillas"), a bone-marrow-disease context sometimes
(quimio, plaquetas bajas, trasplante), time words ("ahorita", "desde hace rato"), with and without accents, text
speak ("q", "xq", "x favor", "ayudaaa") and typos, short and long rambling messages.
Wrappers carry no label (review 14): the openers, closers and crisis leads of the positives ("necesito ayuda",
"que hago", "tengo miedo") wrap the negatives too, and wrapper-only messages and wrapped information questions are
negatives; the bare "me quiero morir" and a crisis after a lead that says the writer is unwell are positives, and
every idiom's head ("me quiero morir de ...", "me mata ...") has a positive that shares it.
Hard negatives use the same words for information questions, the past, hypotheticals, negations, idioms ("me muero
de risa", "me va a dar un infarto con esta factura") and worries that are not urgent.
Emergency positives train the emergency detector alone (flag prefix "spanishe:", safety_data.EMERGENCY_ONLY_PREFIX):
as crisis negatives, wounds and blood would teach the crisis detector that self-harm told in those words is safe.
Written from the public lists, never from an evaluation set; a composed line within 80% (rapidfuzz ratio) of an
evaluation message is dropped. Run:  python scripts/make_safety_spanish.py  (deterministic; commit the output)
"""

from __future__ import annotations

import random
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from make_safety_data import OUT, evaluation_texts, write_training  # noqa: E402

N_EMERGENCY = 260  # composed positives per emergency category
N_CRISIS = 70  # ... per crisis category
N_NEG = 260  # ... negatives per kind

# Subjects: (phrase, gender ending, possessive-less name for "a ...")
HE = ["mi papa", "mi esposo", "mi hijo", "mi abuelo", "mi hermano", "mi suegro", "mi tio", "el vecino", "mi novio",
      "mi hijo de 15 anos", "mi marido", "mi primo", "mi padre", "un compañero del trabajo", "mi nieto", "mi cuñado",
      "el señor de al lado", "mi papá que tiene 80"]
SHE = ["mi mama", "mi esposa", "mi hija", "mi abuela", "mi hermana", "mi suegra", "mi tia", "la vecina", "mi novia",
       "mi hija de 16", "mi mujer", "mi prima", "mi madre", "una compañera", "mi nieta", "mi cuñada",
       "la señora de arriba", "mi mamá que tiene 75"]
KID = [("mi bebe", "o"), ("mi hijo de 3 anos", "o"), ("mi niña de 2 años", "a"), ("mi niño", "o"), ("mi hija de 4", "a"),
       ("el bebe", "o"), ("mi nieto de 5 años", "o"), ("mi bebé de 8 meses", "o"), ("la niña", "a"), ("mi chiquito", "o"),
       ("mi hijo de 6 años", "o"), ("mi nena", "a")]
COND = ["leucemia", "mielodisplasia", "sindrome mielodisplasico", "mieloma", "linfoma", "anemia aplasica",
        "mielofibrosis", "LMA", "leucemia mieloide", "LLA", "drepanocitosis", "trombocitopenia"]
CONTEXT_YO = ["estoy en quimio", "me dieron quimio hace {d} dias", "tengo las plaquetas bajas", "me hicieron el trasplante hace {w} semanas",
              "tengo {cond}", "estoy con las defensas bajas", "tengo los neutrofilos en el piso", "estoy recibiendo azacitidina",
              "tomo anticoagulantes", "me trasplantaron la medula hace poco", "tengo las plaquetas en {pl}", "estoy en tratamiento por {cond}"]
CONTEXT_EL = ["esta en quimio", "le dieron quimio hace {d} dias", "tiene las plaquetas bajas", "le hicieron el trasplante hace {w} semanas",
              "tiene {cond}", "tiene las defensas bajas", "esta en tratamiento de {cond}", "toma warfarina",
              "le trasplantaron la medula hace poco", "tiene las plaquetas en {pl}"]
PL = ["8 mil", "10000", "5", "12 mil", "15000", "20 mil", "3 mil"]
NOW = ["ahorita", "ahora mismo", "desde hace rato", "hace 10 minutos", "de repente", "hace un ratito", "en este momento",
       "desde hace media hora", "ya", "justo ahora", "desde esta mañana y va a peor", "hace nada"]
# Openers and closers: the calm ones wrap negatives as often as positives (a wrapper must carry no label).
OPEN_CALM = ["", "", "", "", "hola ", "ayuda ", "porfavor ", "doctor ", "por favor ", "urgente ", "perdon ", "oiga ",
             "hola buenas, ", "no se que hacer, ", "necesito ayuda, ", "ayudaaa ", "disculpe, "]
OPEN = [*OPEN_CALM, "auxilio ", "socorro "]
ASK_CALM = ["", "", "", "", " que hago", " que hago??", " ayuda", " que hago por favor", " es grave?", " ayudenme",
            " no se que hacer", " estoy asustada", " tengo miedo", " x favor", " que hacemos", " es normal??"]
ASK = [*ASK_CALM, " lo llevo al hospital?", " llamo al 911?", " me voy a urgencias?", " rapido"]
# Crisis leads: the neutral ones lead negatives too.
LEAD_CALM = ["llevo meses en el hospital", "mi familia no sabe", "nadie me entiende", "el trasplante no funciono"]
LEAD = [*LEAD_CALM, "con la quimio ya no aguanto", "desde el diagnostico todo es gris", "estoy cansad{o} de todo",
        "ya no puedo mas"]
C_OPEN = ["", "", "", "hola ", "perdon, ", "no se a quien decirle, ", "la verdad "]
C_CLOSE = ["", "", " ya", " de verdad", " hoy", ", perdon"]

# --- emergency fragments: first person (yo) and third person ({s}, gender {o}) ---------------------------------------
E_YO = {
    "cardiac": ["me aprieta el pecho y se me va al brazo izquierdo", "tengo un dolor en el pecho como un elefante encima",
                "siento una presion horrible en el pecho y estoy sudando frio", "me duele el pecho y la quijada y tengo nauseas",
                "el dolor del pecho me sube al cuello y no se me quita", "siento que me oprimen el pecho, me falta el aire",
                "tengo el corazon a mil y me duele el pecho", "me arde el pecho por dentro y se me duerme el brazo",
                "un dolor fuerte detras del esternon que no se va con nada", "me da un dolor en el pecho que me corta la respiracion",
                "siento un peso en el pecho, sudo frio y estoy mareado"],
    "stroke": ["se me durmio el brazo y la pierna del mismo lado", "no puedo mover la mano derecha y hablo raro",
               "se me cayo un lado de la cara", "de repente veo doble y no me salen las palabras",
               "se me tuerce la boca al hablar y se me traba la lengua", "se me adormecio la mitad de la cara y el brazo",
               "no le atino a las palabras, digo otras cosas", "perdi la vista de un ojo de golpe y tengo el brazo flojo",
               "el peor dolor de cabeza de mi vida, me vino de golpe"],
    "breathing": ["no puedo respirar", "me falta el aire aunque estoy sentada", "me ahogo, no me entra el aire",
                  "respiro muy rapido y no me alcanza el aire", "tengo los labios morados y me cuesta respirar",
                  "me silba el pecho y no puedo ni hablar", "me asfixio, el inhalador no me hace nada",
                  "el oximetro marca {sat} y me falta la respiracion", "tengo mucha fatiga, no puedo respirar bien y se me hunden las costillas",
                  "me quedo sin aire al decir dos palabras"],
    "anaphylaxis": ["se me esta cerrando la garganta", "me pico una abeja y se me hincho toda la cara y me cuesta respirar",
                    "comi camaron y tengo la lengua hinchada y la voz ronca", "me salieron ronchas por todo el cuerpo y siento la garganta apretada",
                    "me pusieron el antibiotico y se me hinchan los labios y me falta el aire", "me inyecte la epinefrina y sigo sin poder tragar",
                    "soy alergico al mani, comi sin querer y me pica la garganta y me mareo", "tengo los ojos y la boca hinchados y silbo al respirar"],
    "bleeding": ["me sangra la nariz sin parar desde hace una hora", "estoy vomitando sangre", "me corte con el cuchillo y la sangre sale a chorros",
                 "estoy sangrando mucho y no para aunque aprieto", "hago popo negra como chapopote y me desmayo",
                 "me sangran las encias a chorros y tengo las plaquetas en {pl}", "tengo una hemorragia que empapa las toallas cada rato",
                 "toso sangre y me siento muy debil", "me sale sangre del cateter y no deja de salir"],
    "fever_chemo": ["tengo {t} de fiebre y estoy en quimio", "me dio calentura de {t} y me pusieron quimio hace {d} dias",
                    "tengo escalofrios y {t} de temperatura, tengo los neutrofilos bajos", "estoy ardiendo en fiebre y me trasplantaron hace poco",
                    "me subio la fiebre a {t} y tengo las defensas en el suelo", "tiemblo de frio, el termometro marca {t}, termine el ciclo de quimio la semana pasada",
                    "tengo fiebre y el cateter esta rojo, estoy en quimio"],
    "sepsis": ["tengo fiebre, la piel como manchada y me siento que me voy a morir", "estoy temblando, con el corazon acelerado y confundida, tuve fiebre ayer",
               "me siento fatal, no orino desde la mañana y tengo la piel fria y pegajosa", "tengo manchitas moradas que no se quitan al apretar y fiebre",
               "me tiemblan las manos, respiro rapido y tengo la piel marmoleada"],
    "collapse_seizure": ["me desmaye dos veces hoy y me siento muy mal", "se me nubla todo y me voy a caer, me siento desmayar",
                         "me dio una convulsion y todavia estoy confundido", "me desvanezco cada vez que me paro y tengo la hemoglobina en {hb}"],
    "poisoning_overdose": ["me tome todas las pastillas del frasco", "confundi los frascos y me trague una cantidad doble de metotrexato",
                           "por error repeti la toma de la mañana y ya llevo el doble", "me tome un puño de pastillas para dormir",
                           "tome cloro por error y me arde todo", "me inyecte dos veces la insulina por equivocacion",
                           "me tome la caja entera de paracetamol"],
    "injury": ["me cai de la escalera y no puedo mover la pierna, se ve torcida", "me pegue en la cabeza y tengo las plaquetas en {pl}, me duele mucho",
               "me quemé con aceite hirviendo toda la mano y el brazo", "choque con el carro y me duele el cuello, no siento los pies",
               "me cai y se me ve el hueso", "me golpee la cabeza tomando anticoagulante y estoy vomitando"],
    "other": ["no paro de vomitar desde anoche y no retengo ni agua, estoy en quimio", "tengo un dolor de panza horrible, la panza dura como piedra",
              "estoy muy confundida y no se ni que dia es", "hace un dia que no hago pipi y me duele mucho la espalda",
              "tengo la pierna hinchada y caliente y ahora me falta el aire"],
}
E_EL = {
    "cardiac": ["{s} se agarra el pecho y dice que le duele mucho", "a {s} le aprieta el pecho y esta sudando frio",
                "{s} dice que siente un peso en el pecho que le baja al brazo", "{s} esta palid{o}, con dolor de pecho y vomitando",
                "a {s} le duele el pecho y la espalda y le cuesta respirar", "{s} se queja de que le arde el pecho y tiene la cara gris",
                "{s} dice que el pecho le quema y se le duerme el brazo izquierdo", "a {s} le dio un dolor en el pecho que no se le quita con nada"],
    "stroke": ["a {s} se le cayo la cara de un lado", "{s} habla como borrach{o} y no puede levantar el brazo",
               "a {s} se le torcio la boca y no se le entiende nada", "{s} no puede mover el lado derecho",
               "{s} de repente no me reconoce y arrastra las palabras", "a {s} se le durmio medio cuerpo",
               "{s} tiene la sonrisa chueca y el brazo se le cae", "{s} dice cosas sin sentido y se le traba la lengua",
               "a {s} se le va la vista y se tambalea al caminar"],
    "breathing": ["{s} no puede respirar", "a {s} le falta el aire y se esta poniendo moradit{o}", "{s} se puso azul de los labios",
                  "{s} respira con mucho esfuerzo y se le hunde el pecho", "a {s} no le entra el aire, esta asfixiandose",
                  "{s} hace un ruido raro al respirar y no puede hablar", "{s} respira rapidisimo y tiene los labios grises",
                  "{s} tiene mucha fatiga, jadea y no puede ni acostarse"],
    "anaphylaxis": ["a {s} le pico una avispa y se le esta hinchando la cara", "{s} comio nueces y se le cerro la garganta",
                    "{s} tiene ronchas por todo el cuerpo y respira con silbido", "a {s} se le hincharon los labios y la lengua despues de la medicina",
                    "le pusimos la epinefrina a {s} y sigue hinchandose", "{s} es alergic{o} al huevo, lo comio y esta vomitando y con la voz ronca"],
    "bleeding": ["{s} esta sangrando mucho de la nariz y no para", "{s} vomito sangre", "a {s} le sale mucha sangre de la herida y no para",
                 "{s} hace popo con sangre y esta maread{o}", "{s} se corto con un vidrio y sale sangre a chorros",
                 "a {s} le sangran las encias sin parar, tiene las plaquetas en {pl}", "{s} tose sangre y esta muy debil"],
    "fever_chemo": ["{s} tiene {t} de fiebre y esta en quimio", "a {s} le dio calentura de {t}, le pusieron quimio hace {d} dias",
                    "{s} esta ardiendo en fiebre y tiene las defensas bajas", "{s} tiene fiebre y escalofrios y tiene {cond}",
                    "a {s} le subio la temperatura a {t} despues del trasplante", "{s} tiembla y tiene {t}, le toca quimio cada semana"],
    "sepsis": ["{s} tiene fiebre, esta confundid{o} y respira rapido", "{s} tiene la piel fria y con manchas y casi no responde",
               "a {s} le salieron manchitas moradas que no se borran al apretar y tiene fiebre", "{s} no orina desde ayer, tiene fiebre y esta muy decaid{o}",
               "{s} esta palid{o}, pegajos{o} y con el pulso muy rapido, tenia una infeccion", "{s} esta tiritando, no sabe donde esta y le dio fiebre anoche"],
    "collapse_seizure": ["{s} esta en el suelo, lo sacudo y no contesta", "{s} se desmayo y no despierta", "{s} no reacciona",
                         "{s} esta convulsionando", "{s} se puso rigid{o}, con los ojos en blanco y echando espuma por la boca",
                         "{s} se cayo y no responde cuando le hablo", "{s} lleva {n} minutos convulsionando y no para",
                         "{s} se quedo como ida, no contesta y esta muy blanc{o}", "no puedo despertar a {s}"],
    "poisoning_overdose": ["{s} se tomo todas las pastillas", "{s} se tomo un frasco de pastillas", "{s} se trago unas pastillas mias",
                           "{s} se tomo el cloro", "{s} bebio limpiador del baño", "{s} se comio mis pastillas de la presion",
                           "{s} se tomo toda la botella de jarabe", "{s} se tomo medio frasco de paracetamol",
                           "a {s} le dimos doble toma del metotrexato semanal por error", "{s} mastico uno de mis parches",
                           "{s} tomo anticongelante"],
    "injury": ["{s} se cayo de la escalera y no se puede levantar", "{s} se pego en la cabeza y esta vomitando",
               "{s} se golpeo la cabeza, toma warfarina y esta muy dormid{o}", "a {s} le dieron una puñalada",
               "{s} se quemo con agua hirviendo el pecho y los brazos", "a {s} lo atropello un carro",
               "{s} se cayo de la azotea", "{s} se corto el dedo con la sierra y casi se le cae"],
    "other": ["{s} no para de vomitar desde ayer y no retiene nada, esta en quimio", "{s} esta muy confundid{o}, no sabe ni quien soy",
              "{s} tiene la panza dura y grita del dolor", "{s} esta muy amarill{o}, confundid{o} y con mucho sueño",
              "{s} no ha orinado en todo el dia y esta muy hinchad{o}"],
}
E_KID = {
    "breathing": ["{s} respira rapidisimo y se le hunden las costillas", "{s} se puso moradit{o} y no respira bien", "{s} se esta ahogando con algo"],
    "collapse_seizure": ["{s} esta convulsionando con fiebre", "{s} esta muy adormilad{o} y no despierta bien", "{s} se puso flojit{o} y no reacciona"],
    "poisoning_overdose": ["{s} se comio unas pastillas que encontro", "{s} se tomo el jarabe completo", "{s} se trago una pila de boton",
                           "{s} tomo cloro de la botella", "{s} se comio mis pastillas pensando que eran dulces", "{s} se metio a la boca detergente en capsula"],
    "fever_chemo": ["{s} tiene leucemia y le subio la fiebre a {t}", "{s} esta en quimio y tiene calentura de {t}"],
    "sepsis": ["{s} tiene fiebre y le salieron puntitos morados que no se borran", "{s} con fiebre esta muy decaid{o}, no quiere comer y casi no hace pipi"],
    "injury": ["{s} se cayo de la cama alta y no deja de vomitar", "{s} se jalo la olla de agua hirviendo encima"],
    "anaphylaxis": ["{s} comio cacahuate y se le hincho la boca y esta tosiendo", "a {s} le salieron ronchas y le silba el pecho"],
}

# --- crisis fragments (first person; third person in its own category) -----------------------------------------
C_YO = {
    "passive": ["ojala no despertara mañana", "quisiera dormirme y no despertar", "a veces deseo que la leucemia gane de una vez",
                "no me importaria morirme en la proxima internacion", "le pido a dios que me lleve ya", "si me muero en la operacion mejor",
                "quisiera desaparecer para siempre", "ya no quiero seguir viviendo asi", "estaria mejor muert{o}",
                "cada noche pienso que seria un alivio no amanecer", "si no despierto de la anestesia no pasa nada, hasta mejor",
                "me da igual si la infeccion me lleva", "a veces pienso que seria mejor no estar"],
    "active": ["me quiero matar", "quiero quitarme la vida", "estoy pensando en suicidarme", "quiero acabar con mi vida",
               "ya no quiero vivir, voy a terminar con todo", "pienso en matarme todos los dias", "tengo ganas de morirme y hacerlo yo",
               "me voy a suicidar", "quiero dejar de existir y ya se como"],
    "plan": ["ya tengo todo planeado para esta noche", "ya decidi como lo voy a hacer, el {dia}", "me voy a tirar del puente {cuando}",
             "voy a tomarme todas mis pastillas cuando se vayan todos", "ya escogi el dia, cuando mi familia salga {dia}",
             "tengo pensado colgarme en el garaje", "me voy a aventar del edificio despues de la cita", "lo voy a hacer hoy en la noche cuando se duerman"],
    "means": ["tengo guardadas pastillas suficientes para no despertar", "ya tengo la cuerda", "compre una pistola y es para mi",
              "llevo meses juntando mis pastillas de morfina", "tengo el arma cargada en el cajon", "ya compre las navajas para eso",
              "tengo el veneno escondido en el closet"],
    "preparation": ["ya deje escrita mi carta", "estoy regalando mis cosas porque ya no las voy a necesitar", "ya hice mi testamento y deje todo arreglado para cuando no este",
                    "le di mi perro a mi hermana para que lo cuide cuando me vaya", "estuve buscando en internet cuantas pastillas se necesitan",
                    "ya pague mis deudas y deje las contraseñas, ya puedo irme", "investigue la forma menos dolorosa de morir"],
    "goodbye": ["gracias por todo, esta es mi despedida", "adios a todos, perdonenme", "diganle a mis hijos que los quiero y que no fue su culpa",
                "este es mi ultimo mensaje", "ya no me van a ver mas, cuidense", "perdon por todo, ya me voy para siempre",
                "solo queria despedirme, gracias por aguantarme"],
    "self_harm": ["me corte otra vez los brazos", "me estoy cortando con una navaja", "me corte las venas", "me hago daño a proposito para sentir algo",
                  "me quemo con cigarros cuando estoy mal", "me pego en la cabeza contra la pared hasta sangrar", "me rasguño hasta sacarme sangre",
                  "me volvi a cortar y esta vez fue mas hondo", "me lastimo las piernas con una navaja para que nadie vea"],
    "hopeless": ["ya no tiene sentido nada, no hay salida", "soy una carga para todos, estarian mejor sin mi", "no le veo futuro a nada, todo es negro",
                 "no aguanto mas esta vida, no hay esperanza", "ya me rendi, no hay razon para seguir", "no sirvo para nada, solo estorbo",
                 "siento que estoy atrapad{o} y no hay forma de salir", "nada va a mejorar nunca, para que seguir",
                 "ya no le encuentro sentido a levantarme de la cama", "para que sigo con el tratamiento si nada cambia",
                 "mis hijos estarian mas tranquilos si yo ya no estuviera", "estoy cansad{o} de luchar, quiero descansar para siempre",
                 "no me veo llegando a navidad y la verdad ni quiero", "ya no quiero que me sigan curando, quiero que todo acabe",
                 "siento que sobro en esta casa", "todo seria mas facil para ellos sin mi", "ya no hay nada que me detenga aqui"],
}
#: The bare wish to die, and after a lead saying the writer is unwell ("no" there denies no crisis).
C_YO["bare"] = ["me quiero morir", "ya me quiero morir", "hoy amaneci queriendo morirme", "quiero morirme", "me quiero morir, ya no doy mas",
                "me quiero morir, de verdad", "solo quiero morirme", "me quiero morir y no se lo digo a nadie"]
UNWELL = ["no ando nada bien", "no duermo desde hace dias", "no tengo fuerzas para nada", "no se ni como empezar",
          "no soporto mas este dolor", "no le he contado a nadie", "no me hallo", "no como ni salgo de la cama",
          "no estoy para nada bien estos dias", "no me reconozco"]
UNWELL_CRISIS = ["me quiero morir", "quiero morirme ya", "me quiero matar", "pienso en quitarme la vida", "quisiera no despertar",
                 "ya no quiero vivir", "quiero acabar con todo"]
#: A positive for every idiom's head, so the head itself is no sign of safety.
C_YO["idiom_head"] = ["me quiero morir en serio, no es un chiste", "me muero de ganas de no despertar mañana", "me muero por dejar de existir",
                      "estoy muert{o} por dentro y quiero acabar con todo", "me mata esta vida, me quiero quitar de en medio",
                      "me voy a matar, ya tengo las pastillas", "me muero de tristeza, ya no quiero vivir",
                      "me muero de cansancio de vivir asi, quiero que se acabe", "casi me mato una vez y ahora lo voy a terminar",
                      "me va a dar algo y ojala me muera", "me quiero morir de la pena, no quiero seguir aqui",
                      "me muero por dentro cada dia, pienso en matarme"]
C_THIRD = ["{s} dice que se quiere matar", "{s} me escribio que se va a quitar la vida", "{s} dijo que ojala no despertara",
           "{s} se encerro en el baño con un cuchillo", "{s} me mando un mensaje de despedida y no contesta el telefono",
           "{s} esta regalando sus cosas y dice que ya no las va a necesitar", "{s} tiene cortadas en los brazos y dice que se las hizo",
           "{s} subio a la azotea y dice que se va a aventar", "{s} dice que todos estarian mejor sin el", "{s} escondio una cuerda en su cuarto",
           "{s} dejo una carta diciendo que nos quiere y que lo perdonemos", "{s} dice que ya no quiere vivir y tiene las pastillas juntas",
           "{s} publico en facebook que se despide de todos y apago el celular"]
DIA = ["el viernes", "mañana", "este fin de semana", "el domingo", "hoy", "el lunes en la noche"]
CUANDO = ["esta noche", "mañana temprano", "cuando salga del hospital", "despues de la ultima quimio", "en cuanto pueda"]

# --- hard negatives --------------------------------------------------------------------------------------------------
SIGN = ["dolor de pecho", "un infarto", "un derrame cerebral", "una embolia", "la falta de aire", "una convulsion", "una reaccion alergica",
        "un sangrado", "fiebre en la quimio", "la sepsis", "un desmayo", "una sobredosis", "un golpe en la cabeza", "la anafilaxia",
        "las plaquetas bajas", "la neutropenia", "las ideas suicidas", "la depresion", "los moretones", "el sangrado de encias"]
NEG = {
    "info": ["cuales son los sintomas de {sign}?", "que es {sign} y como se trata", "como se si es {sign} o ansiedad",
             "la quimio puede causar {sign}?", "cuales son las señales de alarma de {sign}", "que tan comun es {sign} con {cond}?",
             "con cuanta fiebre hay que ir a urgencias estando en quimio?", "a partir de cuantas plaquetas hay riesgo de sangrado?",
             "que se hace en caso de {sign}, para estar preparada", "es cierto que la anemia da falta de aire?", "por que la quimio baja las defensas?",
             "que diferencia hay entre un infarto y una angina?", "el trasplante de medula puede causar {sign}?", "que hago si me pica una abeja siendo alergico, para saberlo",
             "cuanto dura la neutropenia despues de la quimio?", "es normal que me falte un poco el aire con la hemoglobina en 9?",
             "sera que la fatiga es por la anemia?", "para un trabajo de la escuela, que porcentaje de pacientes con {cond} tiene {sign}"],
    "past": ["{s} tuvo {sign} hace {y} años y ya esta bien", "el año pasado me dio {sign} pero ya me recupere", "cuando era niñ{o} tuve {sign}, ahora estoy bien",
             "hace {y} meses estuve internada por fiebre en la quimio, ya paso", "{s} se desmayo en {year}, fue por el calor y ya esta bien",
             "ayer me sangro la nariz un rato pero paro solo y hoy estoy bien", "en {year} {s} tuvo una convulsion, desde entonces nada",
             "hace tiempo pense en quitarme la vida pero ya no, estoy en terapia y bien", "de joven me cortaba pero hace años que no, quiero saber de mi tratamiento",
             "la semana pasada me dio calentura pero ya se me quito y los analisis salieron bien", "{s} se trago una moneda de chiquit{o} y no paso nada"],
    "hypothetical": ["si algun dia {s} tiene {sign}, que debo hacer?", "en caso de que me de fiebre despues de la quimio, a donde voy?",
                     "si me pega una abeja y soy alergica, que hago?", "por si acaso, como reconozco {sign}?", "si mi niño se tragara una pastilla, a quien llamo?",
                     "si alguna vez me siento muy mal animicamente, con quien puedo hablar?", "y si se me bajan las plaquetas y me caigo, que pasa?",
                     "si un amigo me dijera que quiere morirse, como lo ayudo?", "que pasaria si me tomo la pastilla dos veces sin querer, para saber",
                     "si me sangra la nariz con las plaquetas bajas cuanto espero antes de ir?", "queremos tener un plan por si {s} convulsiona en casa"],
    "negation": ["no me duele el pecho ni me falta el aire, solo tengo tos", "{s} no se pego en la cabeza, cayo de sentón y esta bien",
                 "no tengo fiebre, me medi y tengo 36.5", "no estoy pensando en hacerme daño, solo estoy cansad{o}", "{s} no se trago nada, ya revise el frasco",
                 "no tiene la cara caida ni habla raro, solo esta cansad{o}", "no sangra, solo tengo un moreton chiquito", "nadie se tomo nada, solo pregunto como guardar las pastillas",
                 "no me quiero morir, quiero vivir y pelear", "no se tomo nada, el frasco esta lleno, lo revise dos veces",
                 "no estoy en peligro, solo triste y cansad{o} de cuidar a {s}", "no convulsiono, solo temblo de frio un momento",
                 "no tiene fiebre ni esta confundid{o}, solo duerme mucho por la quimio", "no perdio el conocimiento, se mareo y ya se siente mejor", "no es una emergencia, solo tengo una duda"],
    "idiom": ["me muero de risa con este video", "me muero de hambre, que puedo comer en la quimio?", "me muero de ganas de ver a mis nietos",
              "me mata el calor de esta ciudad", "estoy muert{o} de cansancio despues del trabajo", "me va a dar un infarto con esta factura del hospital",
              "casi me da un ataque cuando vi la cuenta", "esta tarea me esta matando jaja", "me muero de sueño", "{s} me va a matar si llego tarde",
              "me quiero morir de la verguenza, me cai en la calle jaja", "me muero por saber los resultados", "mi jefe me saca canas verdes",
              "me mata la espera de los analisis", "este trafico me da un infarto", "me dio un ataque de risa en la sala de espera", "me muero de frio en el hospital",
              "{s} casi me mata del susto cuando se aparecio en la cocina", "me mata de la risa mi nieto", "{s} me va a volver loca con tantas preguntas",
              "me muero de los nervios por la cita de mañana", "{s} me saca de quicio", "casi me muero del susto con el ruido de la alarma",
              "me matan estos zapatos nuevos", "me muero de envidia de tu viaje", "mis hijos me van a matar a disgustos jaja"],
    # Wrapper-only messages and wrapped information questions: help and fear words alone are no emergency.
    "wrapped": ["necesito ayuda con una duda", "me pueden ayudar?", "tengo una pregunta", "estoy asustad{o} por los analisis",
                "tengo miedo del tratamiento", "que hago con tantos papeles del hospital", "es grave tener la ferritina alta?",
                "que significa neutrofilos en la hoja de resultados", "en que consiste la aspiracion de medula osea",
                "que comida conviene en la quimio", "cuanto tarda el trasplante en hacer efecto", "que quiere decir blastos en sangre periferica",
                "me da miedo lo que le dijeron a {s} en la consulta", "tengo miedo de la puncion de medula, duele?",
                "no entiendo el informe, que es {cond}", "que hago para subir las defensas con la comida",
                "para que sirve la transfusion de plaquetas", "cuando me dan los resultados de la biopsia",
                "cuanto dura una sesion de quimio", "lo de {s} con {cond} es serio?", "que es el hemograma",
                "ayer tuve un moreton chico y ya se quito, es normal con {cond}?", "como se cuida el cateter en casa",
                "que vacunas puedo ponerme despues del trasplante", "se puede hacer ejercicio con anemia?", "vale, ya me quedo claro",
                "ya", "ok gracias", "vale, entendido"],
    "worried": ["estoy preocupad{o} por los resultados de la biopsia", "tengo un moreton en la pierna, lo menciono en la cita?", "me canso mas de lo normal desde la quimio",
                "se me esta cayendo el pelo y me siento fea", "no duermo bien pensando en el trasplante", "tengo miedo de que la leucemia regrese",
                "{s} esta triste desde el diagnostico pero come bien y sale", "me salieron llagas en la boca por la quimio, que puedo comer?",
                "tengo 37.2, sin otros sintomas, lo sigo vigilando", "me siento deprimid{o} a ratos pero tengo apoyo y no estoy en peligro",
                "tengo nauseas despues de la quimio, que me ayuda?", "me da un poco de mareo al pararme rapido, se me pasa en segundos",
                "me duelen los huesos por la inyeccion de filgrastim, es normal?", "que preguntas le hago al hematologo en la cita del jueves?"],
}


def accents_off(text: str) -> str:
    return text.translate(str.maketrans("áéíóúü", "aeiouu"))


SPEAK = [(" que ", " q "), (" que ", " k "), (" porque ", " xq "), (" porque ", " pq "), (" por favor", " x favor"), (" por favor", " porfa"),
         (" tambien ", " tmb "), (" mucho ", " mxo "), (" esta ", " sta "), (" para ", " pa ")]
TYPO = [("respirar", "respitar"), ("pecho", "pexo"), ("sangre", "sangr"), ("convulsion", "combulsion"), ("desmayo", "desmallo"),
        ("hinchada", "inchada"), ("hinchado", "inchado"), ("hizo", "iso"), ("hacer", "aser"), ("hay", "ai"), ("ahora", "aora"),
        ("hospital", "ospital"), ("vomitando", "bomitando"), ("hace", "ase"), ("nada", "nda"), ("pastillas", "pastiyas"), ("llevo", "yevo")]


def noisy(rng: random.Random, text: str) -> str:
    text = " ".join(text.split())
    if rng.random() < 0.6:
        text = accents_off(text)
    if rng.random() < 0.25:
        text = text.replace("ñ", "n")
    if rng.random() < 0.3:
        padded = f" {text} "
        for a, b in rng.sample(SPEAK, 3):
            padded = padded.replace(a, b, 1)
        text = padded.strip()
    if rng.random() < 0.25:
        for a, b in rng.sample(TYPO, 3):
            text = re.sub(rf"\b{a}\b", b, text, count=1)
    if rng.random() < 0.1:  # a long last vowel: "ayudaaa", "auxiliooo"
        text = re.sub(r"([aeiou])(\W*)$", lambda m: m.group(1) * rng.randint(3, 5) + m.group(2), text)
    r = rng.random()
    if r < 0.08:
        text = text.upper()
    elif r < 0.4:
        text = text[:1].upper() + text[1:]
    if rng.random() < 0.3:
        text += rng.choice(["!!", "!!!", "...", " :(", "?", ".", " porfavor"])
    return text


def fill(rng: random.Random, t: str, subject: str, o: str) -> str:
    return (t.replace("{s}", subject).replace("{o}", o).replace("{t}", rng.choice(["38.3", "38.5", "39", "39.5", "40", "38,7", "101", "102"]))
            .replace("{d}", str(rng.randint(3, 12))).replace("{w}", str(rng.randint(2, 10))).replace("{pl}", rng.choice(PL))
            .replace("{cond}", rng.choice(COND)).replace("{sat}", rng.choice(["84", "86", "88", "82"])).replace("{hb}", rng.choice(["5", "6", "5.8"]))
            .replace("{n}", str(rng.randint(5, 20))).replace("{sign}", rng.choice(SIGN)).replace("{y}", str(rng.randint(2, 15)))
            .replace("{year}", str(rng.randint(2012, 2024))).replace("{dia}", rng.choice(DIA)).replace("{cuando}", rng.choice(CUANDO)))


def subject(rng: random.Random) -> tuple[str, str]:
    return (rng.choice(HE), "o") if rng.random() < 0.5 else (rng.choice(SHE), "a")


def emergency(rng: random.Random, cat: str) -> str:
    r = rng.random()
    if r < 0.4:
        s, o = "", rng.choice("oa")
        body = fill(rng, rng.choice(E_YO[cat]), s, o)
        ctx = fill(rng, rng.choice(CONTEXT_YO), s, o)
    elif r < 0.55 and cat in E_KID:
        s, o = rng.choice(KID)
        body = fill(rng, rng.choice(E_KID[cat]), s, o)
        ctx = ""
    else:
        s, o = subject(rng)
        body = fill(rng, rng.choice(E_EL[cat]), s, o)
        ctx = fill(rng, rng.choice(CONTEXT_EL), s, o)
    parts = [body]
    if rng.random() < 0.35:
        parts.insert(0, rng.choice(NOW)) if rng.random() < 0.5 else parts.append(rng.choice(NOW))
    if ctx and rng.random() < 0.3:
        parts.append(ctx) if rng.random() < 0.6 else parts.insert(0, ctx)
    text = ", ".join(parts)
    if rng.random() < 0.12:  # a long rambling message around it
        text = rng.choice(["perdon que escriba tanto pero estoy nerviosa, ", "les escribo desde la sala de la casa, ",
                           "no tenemos carro y vivimos lejos, "]) + text + rng.choice([
                               ". el doctor dijo que cualquier cosa avisaramos pero es domingo y no contestan", ". no se si exagero pero se ve muy mal",
                               ". estamos solos en casa"])
    return rng.choice(OPEN) + text + rng.choice(ASK)


def with_lead(rng: random.Random, text: str, leads: list[str], chance: float, o: str = "o") -> str:
    """``text`` with, by ``chance``, one of ``leads`` said before it or after it (in the writer's gender ``o``). Call it
    before drawing the opener: the random draws stay in the order that wrote the committed files."""
    if rng.random() < chance:
        lead = rng.choice(leads).replace("{o}", o)
        text = f"{lead}, {text}" if rng.random() < 0.6 else f"{text}, {lead}"
    return text


def crisis(rng: random.Random, cat: str) -> str:
    if cat == "third_person":
        s, o = subject(rng)
        text = fill(rng, rng.choice(C_THIRD), s, o)
        return rng.choice(OPEN) + text + rng.choice(["", "", " que hago", " estoy muy asustada", " ayuda", " no se que hacer"])
    o = rng.choice("oa")
    if cat == "unwell_lead":
        text = f"{rng.choice(UNWELL)}, {rng.choice(UNWELL_CRISIS)}"
    else:
        text = fill(rng, rng.choice(C_YO[cat]), "", o)
    text = with_lead(rng, text, LEAD, 0.35, o)
    return rng.choice(C_OPEN) + text + rng.choice(C_CLOSE)


def negative(rng: random.Random, kind: str) -> str:
    """A hard negative, wrapped as often as the positives: the emergency openers and closers, and in the crisis file
    the crisis openers, neutral leads and closers."""
    s, o = subject(rng)
    text = fill(rng, rng.choice(NEG[kind]), s, o)
    if kind in ("idiom", "wrapped_crisis"):
        text = with_lead(rng, text, LEAD_CALM, 0.35)
        return rng.choice(C_OPEN) + text + rng.choice(C_CLOSE)
    r = rng.random()
    if r < 0.2:
        text = rng.choice(["hola, ", "una pregunta, ", "buenas, ", "disculpe, "]) + text
    elif r < 0.7:
        text = rng.choice(OPEN_CALM) + text + rng.choice(ASK_CALM)
    return text + rng.choice(["", "", "", " gracias", " jaja", "?", " saludos"])


# --- round 29: crises told indirectly, and help asked for ahead of time -----------------------------------------------
# Drawn apart (their own seed, after the rest) so that the lines above stay as they were. Positives: a place or a
# moment chosen, affairs wound up and things given away with the reason kept back, a farewell with thanks for trying,
# harm kept up ("me he estado ..."), a wish not to wake told around the day, no reason left to live; an emergency of
# someone who says they are dying. Negatives: the same words asking ahead of time where to turn (a hypothetical of the
# writer's own or someone else's), and denials of an act or of the wish ("no se comio ninguna, ya las conte").
C_YO2 = {
    "plan_place": ["ya se donde lo voy a hacer, en el rio que pasa detras de la casa", "ya fui a ver el lugar, es el puente de la autopista",
                   "encontre el sitio perfecto, un barranco camino al pueblo, voy cuando salga del hospital", "ya escogi el edificio desde donde me voy a tirar",
                   "despues de mi cita {dia} voy a ir a las vias del tren, ya lo decidi", "tengo visto el lugar y la hora, nadie me va a encontrar",
                   "me voy a subir a la azotea del hospital cuando me den de alta", "lo tengo todo pensado, el lugar y el dia, {dia}"],
    "preparation2": ["ya pague mi funeral y reparti mis joyas, nadie sabe por que", "deje pagado el entierro para que no les cueste nada",
                     "le regale mi reloj a mi sobrino y no le dije para que", "ya arregle lo de mi cremacion, mi familia no sabe nada",
                     "le di mis anillos a mi hija, luego va a entender", "ya reparti mis cosas entre mis hermanos, no las voy a ocupar",
                     "deje las cuentas del banco a nombre de mi hermana, ya esta todo listo", "escribi una carta para cada uno de mis hijos y la deje en el cajon"],
    "goodbye2": ["gracias por intentar ayudarme, ya me voy, perdon", "perdonen todo, gracias por tratar, adios", "hasta aqui llegue, gracias por todo y perdon",
                 "ya no voy a escribir mas, gracias por escucharme, cuidense", "adios, de verdad gracias por intentarlo conmigo",
                 "perdon por los problemas, esta es la ultima vez que les escribo", "se que lo intentaron, no es su culpa, adios"],
    "self_harm2": ["me he estado cortando las piernas todas las noches", "me sigo quemando los brazos con el encendedor",
                   "me estoy rasguñando la piel hasta que sangra", "lo volvi a hacer, me queme la muñeca con un cigarro",
                   "me he estado golpeando la cabeza contra la pared cuando me da el bajon", "otra vez me lastime los muslos con una navaja"],
    "passive2": ["cada noche me acuesto pidiendo no amanecer", "si un camion me atropella mañana no me importaria nada",
                 "ojala la infeccion me lleve y ya", "me duermo deseando que sea la ultima vez", "rezo para no despertar despues de la transfusion",
                 "no tengo ninguna razon para seguir viv{o}", "ya nada tiene sentido para mi, quiero que se acabe", "no tengo motivos para vivir, para que sigo"],
}
E_YO2 = ["siento que me estoy muriendo, no puedo ni pararme", "creo que me muero, tengo el corazon rapidisimo y estoy sudando",
         "me siento morir, estoy muy debil y se me va todo", "siento que me voy a morir ahorita, me falta el aire",
         "me estoy muriendo del dolor de panza, esta durisima", "siento que me muero, estoy temblando y con mucha fiebre"]
NEG2 = {
    "hyp_help": ["en caso de que un dia piense en lastimarme, que linea de ayuda hay?", "si llegara a pensar en hacerme daño durante la quimio, a que numero le marco?",
                 "por si algun dia me dan ideas de quitarme la vida, donde pido ayuda?", "si en algun momento me vienen pensamientos de hacerme algo, a quien acudo?",
                 "si una compañera del grupo me confiesa que piensa en matarse, como la acompaño?", "si mi hijo adolescente me cuenta que quiere morirse, que hago como madre?",
                 "si alguien cercano me dice que ya no quiere vivir, que le contesto?", "si un paciente de la sala habla de suicidarse, a quien le aviso?",
                 "si mi niño agarra mis pastillas algun dia, que numero tengo que tener a mano?", "si a mi papa le diera un infarto en la casa, que hago mientras llega la ambulancia?"],
    "denied": ["no me quiero matar ni nada, solo estoy hart{o} de tanta quimio", "no voy a hacerme nada, nada mas estoy agotad{o}",
               "no tengo ganas de morirme, tengo a mis nietos y quiero verlos crecer", "no pienso en matarme, solo estoy triste por el diagnostico",
               "no quiero morir, quiero ganarle a la leucemia", "mi papa tuvo un infarto hace años y ahora esta muy bien, solo pregunto por su dieta",
               "el seguro me va a volver loc{o} con tanto papeleo", "mis hijos me sacan canas verdes pero los adoro"],
}


def crisis2(rng: random.Random, cat: str) -> str:
    o = rng.choice("oa")
    text = fill(rng, rng.choice(C_YO2[cat]), "", o)
    text = with_lead(rng, text, LEAD, 0.3, o)
    return rng.choice(C_OPEN) + text + rng.choice(C_CLOSE)


def negative2(rng: random.Random, kind: str) -> str:
    s, o = subject(rng)
    text = fill(rng, rng.choice(NEG2[kind]), s, o)
    if rng.random() < 0.3:
        text = rng.choice(["hola, ", "una pregunta, ", "disculpe, ", "perdon, "]) + text
    return text + rng.choice(["", "", " gracias", "?", " saludos"])


# --- round 30: a denial of one clause and an act told in the next, an idiom beside a real sign ------------------------
# Drawn apart (their own seed, after round 29's) so that the lines above stay as they were. Positives (emergency
# detector alone): a sign told with an idiom of fright ("esta falta de aire me va a dar algo, ya no puedo ni hablar").
# (An act denied in one clause and another told in the next is left to the detectors and the rules: composed as
# positives, the denied clause taught the detector that "no se tomo ninguna pastilla" is an emergency; as negatives,
# denials of an act ("no se comio ninguna pastilla") taught it that "no me tome nada, me inyecte la morfina" is safe.)
# Negatives: the idiom of fright said of a bill, a queue or a relative with no sign, a case imagined ahead of time
# ("en caso de que a mi papa le pase algo en la noche"), medicines taken as prescribed and told of the day.
FRIGHT = ["me va a dar un ataque", "me va a dar algo", "me muero del susto", "me va a dar un infarto"]
IDIOM_SIGN = ["esta falta de aire {fr}, ya no puedo ni hablar", "{fr} con este dolor en el pecho que me baja al brazo",
              "{fr}, se me duerme la mitad de la cara y no puedo hablar bien", "tanta falta de aire {fr}, tengo los labios morados",
              "{fr}, estoy sudando frio y el pecho me aprieta", "este dolor de pecho {fr}, no se me quita desde hace media hora"]
NEG3 = {
    "fright_idiom": ["el papeleo del seguro {fr}", "la fila de la farmacia {fr} jaja", "mi suegra {fr} con sus visitas",
                     "las noticias {fr}, mejor apago la tele", "el precio de la gasolina {fr}", "casi se infarta mi tia cuando vio la cuenta del laboratorio",
                     "mi hermano casi se infarta al ver sus calificaciones", "mi jefe me va a matar cuando vea el reporte"],
    "imagined": ["si mi hijo tiene una fiebre alta mientras estoy sol{o} con los niños, que numero marco?",
                 "en caso de que a mi papa le pase algo en la noche, como se cuando ir a urgencias?", "en caso de tener un sangrado fuerte en casa, que hago primero?",
                 "en caso de que mi hijo se trague algo, a donde llamo?", "si un dia me da dolor de pecho despues de la quimio, voy a urgencias o espero?"],
    "routine": ["ya me tome mis pastillas de la mañana con el cafe", "hoy {s} se tomo su medicina a la hora y comio bien",
                "me tome la pastilla de la presion y sali a caminar", "{s} se tomo sus vitaminas despues de la comida",
                "hoy me tome mis pastillas del dia, como me dijo la doctora"],
}


def idiom_sign(rng: random.Random) -> str:
    return rng.choice(OPEN) + rng.choice(IDIOM_SIGN).replace("{fr}", rng.choice(FRIGHT)) + rng.choice(ASK)


def negative3(rng: random.Random, kind: str) -> str:
    s, o = subject(rng)
    text = fill(rng, rng.choice(NEG3[kind]).replace("{fr}", rng.choice(FRIGHT[:2] + FRIGHT[3:])), s, o)
    return text + rng.choice(["", "", " gracias", "?", " saludos"])


NEG["wrapped_crisis"] = NEG["wrapped"]
E_CATS = tuple(E_YO)
C_CATS = (*C_YO, "unwell_lead", "third_person")


def main() -> int:
    rng = random.Random(20261202)
    seen: set[str] = set()

    def rows(n: int, make, key: str, flag: str) -> list[tuple[str, str, str]]:  # noqa: ANN001
        out = []
        for _ in range(n):
            text = noisy(rng, make())
            k = " ".join(text.lower().split())
            if k not in seen:
                seen.add(k)
                out.append((key, flag, text))
        return out

    em: list[tuple[str, str, str]] = []
    for cat in E_CATS:
        em += rows(N_EMERGENCY, lambda c=cat: emergency(rng, c), "example", f"spanishe:{cat}")
    for kind in ("info", "past", "hypothetical", "negation", "worried", "wrapped"):
        em += rows(N_NEG * 2, lambda k=kind: negative(rng, k), "not_example", f"spanish:calm_{kind}")
    cr: list[tuple[str, str, str]] = []
    for cat in C_CATS:
        cr += rows(N_CRISIS, lambda c=cat: crisis(rng, c), "example", f"spanish:{cat}")
    cr += rows(N_NEG, lambda: negative(rng, "idiom"), "not_example", "spanish:calm_idiom")
    cr += rows(N_NEG * 2, lambda: negative(rng, "wrapped_crisis"), "not_example", "spanish:calm_wrapped")
    rng = random.Random(20261229)  # round 29, after the rest (see C_YO2)
    em += rows(60, lambda: rng.choice(OPEN) + fill(rng, rng.choice(E_YO2), "", "o") + rng.choice(ASK),
               "example", "spanishe:dying")
    for kind in NEG2:
        em += rows(120, lambda k=kind: negative2(rng, k), "not_example", f"spanish:calm_{kind}")
    for cat in C_YO2:
        cr += rows(45, lambda c=cat: crisis2(rng, c), "example", f"spanish:{cat}")
    rng = random.Random(20261230)  # round 30, after the rest (see FRIGHT)
    em += rows(60, lambda: idiom_sign(rng), "example", "spanishe:idiom_sign")
    for kind in NEG3:
        em += rows(60, lambda k=kind: negative3(rng, k), "not_example", f"spanish:calm_{kind}")
    blind = evaluation_texts()
    write_training(OUT / "emergency.spanish.jsonl", em, blind, cutoff=80)
    write_training(OUT / "crisis.spanish.jsonl", cr, blind, cutoff=80)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
