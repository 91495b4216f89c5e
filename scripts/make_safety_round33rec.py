# ruff: noqa: E501 - the fragments are data, one message a line
"""Writes intents/safety/{emergency,crisis}.round33rec.jsonl (issue 9, round 33, recall): families the detectors read
too faintly, in English and Spanish, in plain words, with the same words used safely as hard negatives.

Crisis positives (Columbia screener questions 4-6, the 988 Lifeline warning signs):
- a plan timed around a family occasion, a last time kept for the others ("after the holidays so the girls get one
  last proper one with me");
- preparations: papers sorted, passwords written down for someone, treatment cancelled, things given to named people,
  a letter explaining why;
- in Spanish, burden and no future said briefly ("nadie me echaria de menos", "no veo ningun futuro").
Emergency positives (NHS "When to call 999", AHA heart attack warning signs): the throat closing told in Spanish, a
second seizure before waking, a heart attack's signs other than chest pain (jaw, upper stomach, between the shoulder
blades, with a cold sweat).
Hard negatives: a thing wished gone ("i want the fatigue to disappear"), a pill dropped or lost and a dose asked about,
acute events asked about or long past ("heart attack symptoms in women"), a will or papers done on the team's advice
before a transplant, holidays and last trips planned with the family, night sweats.
Not here, on purpose (tried in this round): emergencies by their bare names (the detector learnt "heart attack" and
read every past one as now: understanding/safety_bare.py reads them), crises told in the middle of long everyday
stories (it learnt the everyday sentences: safety_decide_clauses.decide_by_clauses reads the sentences) and someone else's farewell
with no answer (it learnt "not answering" and read collapses as crises: the red flag farewell_unreachable), and
burden or no future said briefly in English ("nobody would notice", "only needles and wards": it read venting about
appointments as a crisis; safety_plan's no-future construct reads "can't see any future").
Written in our own words, never from an evaluation set; a composed line within 80% (rapidfuzz ratio) of an evaluation
message is dropped. Run:  python scripts/make_safety_round33rec.py  (deterministic; commit the output)
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from make_safety_data import Rows, evaluation_texts, noisy  # noqa: E402

N_POS = 40  # composed positives per family
N_NEG = 60  # composed negatives per family

FAM = ["the kids", "my girls", "my boys", "my son", "my daughter", "my wife", "my husband", "my mum", "my grandkids",
       "my partner", "the children", "my little one"]
OCCASION = ["christmas", "the holidays", "her birthday", "his birthday", "easter", "the wedding", "our anniversary",
            "the summer holiday", "new year", "mothers day", "the school play", "graduation"]
COND = ["myeloma", "aml", "mds", "myelofibrosis", "lymphoma", "aplastic anaemia", "cll", "the leukaemia"]

# --- crises ----------------------------------------------------------------------------------------------------------
LAST_TIME = [
    "im holding on until after {occ} so {fam} have one last good one with me",
    "waiting till {occ} is over, i want {fam} to get one more proper one with me first",
    "ill go after {occ}, that way {fam} get a final nice memory of me",
    "i just need to get through {occ} for {fam}, then im done for good",
    "it will be after {occ}, {fam} deserve one last happy one with me around",
    "after {occ} ive decided to end it, i want {fam} to have that last day with me",
    "im giving {fam} one last {occ} with me and then i wont be here",
    "the plan is after {occ}, so {fam} remember a good day and not the hospital",
    "one more {occ} with {fam} and then i go, ive made up my mind",
    "i promised myself i would stay for {occ} for {fam}, after that im finished",
]
PREPARE = [
    "sorted all my papers into one folder, wrote down the passwords for {fam} and gave my watch to my nephew",
    "ive cancelled the transfusions booked for next month and given my jewellery away",
    "i wrote {fam} a letter explaining why, its in the drawer with the will",
    "finished my will this week and told my brother where the bank details are, just so its easy for them",
    "gave my guitar to my best friend and my books to my niece, and paid off the credit card",
    "left notes for everyone explaining why and tidied the flat so nobody has to do it after",
    "ive put everything in order, the house deeds, the passwords, the letters, theres nothing left to do",
    "told my sister which bills to pay and where my will is, i wont need the next appointment",
    "cleared out my room so nobody has to do it after, and wrote down the pin for my partner",
    "ive been giving my things away to people all week, my camera, my bike, the car",
]
ES_CRISIS = [
    "nadie me echaria de menos", "nadie notaria que ya no estoy", "a nadie le importaria si desapareciera",
    "mi familia estaria mas tranquila sin mi", "no veo ningun futuro, solo dolor y hospitales",
    "ya tengo todo arreglado, los papeles, las claves del banco y una carta para mi hija explicando por que",
    "despues de navidad lo hago, quiero que mis hijos tengan una ultima fiesta conmigo",
    "cancele el tratamiento y regale mis cosas, ya no las voy a necesitar",
    "lo voy a hacer este fin de semana cuando mi marido se vaya con los niños",
]

# --- emergencies --------------------------------------------------------------------------------------------------------
THROAT_ES = [
    "reaccion alergica, {la} garganta cerrandose", "se me esta cerrando la garganta despues del antibiotico",
    "tengo la lengua hinchada y la garganta se cierra", "mi hijo tiene la garganta cerrada y no puede tragar",
    "alergia fuerte, la lengua hinchandose", "la garganta se me cierra y me pica todo",
]
LA = ["la", "mi"]
SEIZURES = [
    "{s} had one fit then another before {h} woke up", "{s} had a seizure and then a second one before {h} came round",
    "{s} is fitting again before {h} came to from the first one", "one seizure then another and {h} hasnt woken up in between",
    "{s} had two fits in a row before waking up", "{s} seized, stopped, then started again before {h} came round",
]
ATYPICAL = [
    "pain in my jaw and between my shoulder blades and im in a cold sweat", "upper stomach pressure, really bad, and im sweaty and sick",
    "{s} has jaw pain and is clammy and grey, {h} is {age}", "sudden pain in my upper belly with a cold sweat, on chemo",
    "pain between the shoulder blades, sweating buckets, feel awful", "jaw hurts and im breaking out in a sweat, feel like im going to be sick",
]
PERSON = [("my husband", "he"), ("my dad", "he"), ("my son", "he"), ("my wife", "she"), ("my mum", "she"),
          ("my daughter", "she"), ("my grandad", "he"), ("my nan", "she")]
AGE = ["58", "63", "70", "49", "66"]

# --- hard negatives ---------------------------------------------------------------------------------------------------
NEG_C = [
    "i want the {sym} to disappear", "i wish the {sym} would go away", "i just want this {sym} gone",
"i want the {sym} to stop, is there anything for it",
    "we booked one last trip before my transplant so {fam} get a holiday with me before the ward",
    "we are having a big {occ} this year because i start chemo after it",
    "my nurse said to sort out my will and paperwork before the transplant, how do i start",
    "i updated my will on the teams advice, its just sensible before a transplant",
    "sorting my paperwork for the benefits claim, which forms do i need",
    "i gave my old bike to my nephew since i cant ride it on treatment",
    "cancelled my appointment because i had a cold, how do i rebook",
    "waiting until after {occ} to start the new drug, the doctor agreed",
    "i want {fam} to have a nice {occ} even though im on chemo, any ideas",
    "i cant see the future with this disease, what is the outlook for {cond}",
]
SYM = ["fatigue", "nausea", "itching", "bone pain", "headaches", "brain fog", "night sweats", "mouth sores", "tiredness", "rash"]
NEG_E = [
    "what are the signs of a heart attack in women", "heart attack symptoms", "what is a head injury",
    "how long after a head injury can symptoms appear", "can leukaemia cause a stroke", "what is anaphylaxis",
    "my dad had a heart attack ten years ago, can he donate", "stroke risk with high platelets",
    "my dog knocked my {drug} tablet under the sofa, should i take another one",
    "i dropped my {drug} capsule down the sink, can i take a double dose tomorrow",
    "the cat batted my {drug} pill under the fridge, do i need to replace it",
    "i lost my {drug} tablet on the floor, should i double up tomorrow",
    "night sweats and my jaw aches after the dentist", "sweaty after the gym and my upper back is a bit stiff",
    "my son had a febrile seizure as a toddler, is that linked to leukaemia",
    "que es un infarto", "sintomas de un derrame cerebral", "me duele la garganta desde ayer, es normal con la quimio",
]
DRUG = ["hydroxyurea", "ruxolitinib", "imatinib", "prednisolone", "warfarin", "lenalidomide", "iron"]


def fill(rng: random.Random, t: str) -> str:
    name, h = rng.choice(PERSON)
    return t.format(fam=rng.choice(FAM), occ=rng.choice(OCCASION), cond=rng.choice(COND),
                    s=name, h=h, age=rng.choice(AGE), la=rng.choice(LA),
                    sym=rng.choice(SYM), drug=rng.choice(DRUG))


def compose(rng: random.Random) -> Rows:
    rows = Rows()
    for _ in range(N_POS):
        rows.add("crisis", "last_time", noisy(rng, fill(rng, rng.choice(LAST_TIME))), True)
        rows.add("crisis", "preparation", noisy(rng, fill(rng, rng.choice(PREPARE))), True)
        rows.add("crisis", "spanish", noisy(rng, rng.choice(ES_CRISIS)), True)
        rows.add("emergency", "throat_es", noisy(rng, fill(rng, rng.choice(THROAT_ES))), True)
        rows.add("emergency", "seizure_again", noisy(rng, fill(rng, rng.choice(SEIZURES))), True)
        rows.add("emergency", "heart_attack_atypical", noisy(rng, fill(rng, rng.choice(ATYPICAL))), True)
    for _ in range(N_NEG):
        rows.add("crisis", "calm_same_words", noisy(rng, fill(rng, rng.choice(NEG_C))), False)
        rows.add("emergency", "calm_same_words", noisy(rng, fill(rng, rng.choice(NEG_E))), False)
    return rows


def main() -> int:
    rows = compose(random.Random(3301))
    rows.write("round33rec", evaluation_texts(), cutoff=80, prefix={"emergency": "round33rece"})
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
