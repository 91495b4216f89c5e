# ruff: noqa: E501 - the fragments are data, one message a line
"""Writes intents/safety/crisis.everyday.jsonl (issue 9, round 10): everyday messages of a conversation with the bot, as
negatives of both detectors.

Why: the detectors learnt weights for plain words that say nothing about danger ("until", "again", "after", "today",
"more", "i can", "i do", "did not", "news") because the composed positives use them ("until i die", "i want to do it
again", "today is the day") and the negatives seldom did. On short follow-ups ("what happens after that", "which
tests were those") those weights alone put a message in the possible band: a safety line before an ordinary answer.
Here the same words are used as people use them every day in a conversation about a blood disorder: follow-up
questions about time, results and treatment, requests for more reading, repeats ("sorry, what was that again"),
thanks, and questions that have nothing to do with medicine (pets, the car, the weather). No message names an
alarming symptom, a wish to die, self-harm, pills taken or a farewell, so they teach the detectors nothing about
what is dangerous, only what is not.
Written in our own words, never from an evaluation set; a composed line within 80% (rapidfuzz ratio) of an
evaluation message is dropped. Run:  python scripts/make_safety_everyday.py  (deterministic; commit the output)
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from make_safety_data import Rows, evaluation_texts, noisy  # noqa: E402

N = 700

TOPIC = ["the marrow", "the bone marrow", "his marrow", "her counts", "my counts", "the platelets", "the blood counts",
         "the hemoglobin", "the ferritin", "the biopsy", "the transplant", "the treatment", "the new drug", "the trial",
         "the infusion", "the results", "the scan", "the bloodwork", "the spleen", "the iron levels", "the white count",
         "her levels", "his levels", "the donor search", "the conditioning", "the maintenance therapy", "the injections",
         "the transfusions", "the next cycle", "the dose", "the red cells", "the stem cells", "the chimerism test",
         "la medula", "el tratamiento", "los resultados", "el trasplante", "las plaquetas"]
THING = ["aplastic anemia", "MDS", "myelofibrosis", "polycythemia vera", "CML", "ITP", "thalassemia", "sickle cell",
         "myeloma", "marrow necrosis", "fanconi anemia", "hemochromatosis", "essential thrombocythemia", "lymphoma",
         "leukemia", "neutropenia", "anemia", "a marrow transplant", "a bone marrow biopsy", "iron overload"]
PERSON = ["my mom", "my dad", "my husband", "my wife", "my son", "my daughter", "my sister", "my brother", "my aunt",
          "my uncle", "my grandma", "my grandpa", "my friend", "my partner", "my neighbour", "my mother in law"]
WHEN = ["today", "tomorrow", "this week", "after that", "in a few weeks", "by friday", "again next month",
        "after the next cycle", "until the next appointment", "after the holidays"]

FOLLOW_UPS = [
    "until when does {topic} need checking", "how long until {topic} is back", "until what age can someone donate marrow",
    "what happens after {topic}", "and after that what happens", "what comes after {topic}", "so what happens next",
    "does it usually come back again", "can {topic} be normal again", "will {topic} be healthy again one day",
    "can it grow back after", "is it the same again next time", "do they check it again {when}",
    "will they do {topic} again {when}", "when do they usually repeat {topic}", "how often do they redo {topic}",
    "any news on {topic}", "any news about {thing} research", "any news on new drugs for {thing}", "anything new today",
    "what is new in {thing} treatment", "is there news about the trial", "any updates on {thing}",
    "sorry what was that word again", "sorry i did not catch that", "i did not get the last part", "can you say that again more simply",
    "i did not understand the second part", "what did you mean by {topic}", "what was the name of it again",
    "can you repeat the part about {topic}", "what was the other one you said",
    "anything i can read about {thing}", "is there more i can read", "can i read more about {topic}",
    "do you have a longer page on {thing}", "more detail, i do not mind long words", "i can handle the medical terms",
    "i do not mind technical words", "i do want the details", "give me the in depth version", "is there a more detailed page",
    "i can read english fine, just explain {topic}", "i do not need it simple, tell me everything about {topic}",
    "i can wait for the answer", "i do have a follow up question", "i did read that page already", "i did not know that",
    "i did not see that part before", "i can ask my doctor about it {when}", "i do see the hematologist {when}",
    "we see the doctor {when}, what should we ask about {topic}", "what questions should i bring {when}",
    "when will {topic} be ready", "when do results usually come back", "how long does {topic} take",
    "is {topic} done before or after the transplant", "is that before or after", "then what", "and then",
    "ok and the other one", "and the second one", "what about the others", "and for kids", "and for older people",
    "for old people is it different", "is it different for children", "does age change it", "is it the same for women",
    "does {thing} run in families", "is {thing} inherited", "what is the difference between {thing} and {thing2}",
    "how is {thing} different from {thing2}", "where in the body is {topic}",
    "where does it usually start", "why do they do {topic}", "why is {topic} needed", "why would they check {topic}",
    "sometimes they never know why, right", "do they always find the cause", "is there always a reason",
    "how common is {thing}", "how rare is {thing}", "is {thing} curable", "can {thing} go into remission",
    "does {topic} hurt", "is {topic} painful", "how do they do {topic}", "what do they do during {topic}",
    "is {topic} done awake", "how long is the stay for {topic}", "can {person} drive after {topic}",
    "can {person} work during {topic}", "can {person} travel {when}", "can {person} eat before {topic}",
    "should {person} keep taking it until the appointment", "should {person} keep going with it until they say otherwise",
    "can {person} take it after food", "is it ok to start it again {when}", "does it matter what time of day",
    "{person} is on it at the moment, does it interact with coffee", "can {person} have grapefruit on it",
    "do i do anything before {topic}", "what can i do to prepare for {topic}", "can i do exercise during {topic}",
    "can i be around my grandkids during {topic}", "can i be at work {when}", "will i be able to drive {when}",
    "how will i know if {topic} worked", "how do they know if it worked", "what does a good result look like",
    "what numbers are normal for {topic}", "is a ferritin of 400 high", "what is a normal platelet count",
]
EVERYDAY = [
    "how do i stop my cat scratching the sofa", "my dog keeps chewing the chair legs, any tips", "how do i get my puppy to stop barking",
    "why does my cat knock things off the table", "how often should i feed a goldfish", "my parrot keeps pulling at his cage, why",
    "how much does a new car battery cost", "my car makes a noise when i brake", "what is the weather like tomorrow",
    "can you recommend a good book", "what time is it in tokyo", "how do i make banana bread", "how long do i boil an egg",
    "what is the capital of australia", "how do i reset my router", "my phone keeps freezing, what do i do",
    "how do i get a stain out of a shirt", "what is a good gift for a ten year old", "how do i fix a squeaky door",
    "who won the game last night", "any news today", "what is on tv tonight", "how do i stop my kids fighting over the tablet",
    "how can i keep my plants alive in winter", "what is the best way to learn spanish", "how do i unblock a sink",
    "my neighbour's music is so loud, what can i do", "how do i cancel a subscription", "where can i park near the hospital",
    "how do i get to the clinic by bus", "what time does the pharmacy open", "is the cafeteria open on sundays",
    "how do i print this page", "can i save this conversation", "can you make the text bigger", "do you speak french",
    "are you a real person", "who made you", "what can you do", "can you help me with homework",
]
SPANISH = [
    "hasta cuando hay que hacer {topic_es}", "y despues que pasa", "que pasa despues del trasplante",
    "se puede volver a la normalidad despues", "cuales eran esos analisis", "perdon no entendi la ultima parte",
    "me lo puedes repetir mas facil", "hay algo mas que pueda leer", "no me importan las palabras medicas",
    "alguna novedad sobre el tratamiento", "cuando salen los resultados", "cuanto tarda {topic_es}",
    "es lo mismo para los niños", "y para las personas mayores", "se hereda", "por que lo hacen",
    "a veces no saben por que, verdad", "ok, otra pregunta", "como hago para que mi gato no arañe el sillon",
    "cuanto cuesta cambiar la bateria del carro", "a que hora abre la farmacia", "donde me estaciono cerca del hospital",
    "puede seguir tomandolo hasta la cita", "se puede tomar despues de comer", "lo vuelven a revisar la proxima semana",
]
TOPIC_ES = ["la biopsia", "el trasplante", "los analisis", "el tratamiento", "la transfusion", "el resultado"]
OPENERS = ["", "", "", "", "ok ", "and ", "so ", "sorry, ", "quick question, ", "one more thing, ", "also ", "hmm ", "ok but "]
#: (No thanks, "please" or "bye" at the end: farewells before a suicide use them, and a negative would teach the crisis
#: detector they are safe.)
ENDS = ["", "", "", "?", "?", "??", " lol", "?"]


def fill(t: str, rng: random.Random) -> str:
    thing, thing2 = rng.sample(THING, 2)
    return (t.replace("{topic}", rng.choice(TOPIC)).replace("{thing2}", thing2).replace("{thing}", thing)
            .replace("{person}", rng.choice(PERSON)).replace("{when}", rng.choice(WHEN))
            .replace("{topic_es}", rng.choice(TOPIC_ES)))


def _pick(pools: list[tuple[str, list[str], float]], r: float) -> tuple[str, list[str]]:
    """The (kind, pool) whose share of [0, 1) holds ``r``."""
    acc = 0.0
    for kind, pool, share in pools:
        acc += share
        if r < acc:
            return kind, pool
    return pools[-1][0], pools[-1][1]


def compose(rng: random.Random) -> Rows:
    rows = Rows()
    pools = [("follow_up", FOLLOW_UPS, 0.76), ("everyday", EVERYDAY, 0.24)]
    for _ in range(N):
        kind, pool = _pick(pools, rng.random())
        text = fill(rng.choice(pool), rng)
        if kind != "spanish":
            text = rng.choice(OPENERS) + text
        rows.add("crisis", kind, noisy(rng, text + rng.choice(ENDS)), False)
    return rows


def main() -> int:
    rows = compose(random.Random(20261201 + 10))
    rows.write("everyday", evaluation_texts(), cutoff=80)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
