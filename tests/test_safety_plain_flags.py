"""Emergencies of the public lists told in plain words, not named (round 27): a fever on treatment given as "febrile"
or a reading with its unit; a child who got into medicine or swallowed a grown-up's, anyone a household chemical;
someone who went down and does not move at all or only groans; no urine after chemotherapy; half the body numb or
double vision suddenly (BE-FAST); unequal pupils after a knock or out of nowhere; one seizure running into the next,
or one that has lasted minutes. Each is checked at the red flag that names it, so the test fails if the flag goes.
The same words in a child's own daily pills, a blood count that rose, a difference someone always had, cleaning with
bleach or a lazy weekend raise no alarm (the cold review of round 27 found those with the first, looser phrases)."""

from __future__ import annotations

from pathlib import Path

import pytest

from marrowbot.intents import load_intents
from marrowbot.understanding.safety import RedFlagScreen

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def screen() -> RedFlagScreen:
    return RedFlagScreen(load_intents(ROOT / "intents").red_flags)


@pytest.mark.parametrize(("flag", "text"), [
    ("fever_on_treatment", "running febrile tonight and the clinic said my counts were low on monday"),
    ("fever_on_treatment", "i have a fever and my neutrophil count was really low at the last bloods"),
    ("fever_on_treatment", "three weeks after chemo and her temp spiked to 39c an hour ago"),
    ("child_took_medicine", "my 3yo got hold of my oral chemo and swallowed a capsule"),
    ("child_took_medicine", "the baby swallowed grandma's pills she dropped on the rug"),
    ("swallowed_household_poison", "my father took a mouthful of weed killer from the shed thinking it was juice"),
    ("swallowed_household_poison", "my toddler drank bleach from the bottle under the sink"),
    ("collapsed_not_moving", "a man at the bus stop just dropped to the ground and only grunts"),
    ("collapsed_not_moving", "grandma is slumped over the table and only moans when i shake her"),
    ("urine_stopped", "since his chemo on monday he has not passed urine and feels awful"),
    ("stroke_one_side", "out of nowhere the right side of my body went numb and i cant lift my cup"),
    ("stroke_one_side", "all of a sudden i am seeing double and cant walk straight"),
    ("unequal_pupils", "she bumped her head on the cupboard and now one pupil is bigger than the other"),
    ("seizure_cluster", "his seizure stopped and then he went straight into another one without waking up in between"),
    ("seizure", "my husband's seizure has lasted more than five minutes now"),
    ("seizure", "she is still fitting and it has been six minutes"),
])
def test_an_emergency_told_in_plain_words_is_named_and_gets_the_number(bot, screen, flag: str, text: str) -> None:  # noqa: ANN001
    assert flag in {f.name for f in screen.screen(text)}
    assert bot.safety_decision(text).urgent in ("emergency", "poisoning", "crisis_now")


@pytest.mark.parametrize("text", [
    "what does febrile mean on my discharge letter",
    "my neutrophil count just spiked after the growth factor shot, the doctor is happy",
    "my platelets were 38.6 last week during chemo",
    "how do i keep my oral chemo away from the children",
    "my little boy took some of his pills with applesauce like the nurse showed us",
    "my daughter swallowed her pills for the first time without crying",
    "can my 5yo have his iron tablets chewed or must he swallow them",
    "how should bleach be stored when there are kids at home",
    "i drank a coffee and then cleaned the bathroom with bleach",
    "i chewed gum while cleaning the oven with oven cleaner",
    "the queue at the pharmacy is not moving at all today",
    "my husband slumped on the couch and has not moved from the tv all weekend",
    "sales slumped this year and the business is not moving",
    "is it normal to pee a lot after chemo",
    "my cat has kidney disease and hasnt peed today",
    "what is tumor lysis syndrome",
    "half my body aches after the chemo, is that normal",
    "my mum lost her balance on the bus when it braked suddenly, she laughed it off",
    "my daughter has always had one pupil bigger than the other, the doctor says it is harmless",
    "what are pupils supposed to look like after eye drops",
    "she had fits of giggles one after another",
    "one chemo cycle ended and another one started",
])
def test_the_same_words_for_something_else_name_no_flag(screen, text: str) -> None:  # noqa: ANN001
    new = {"fever_on_treatment", "child_took_medicine", "swallowed_household_poison", "collapsed_not_moving",
           "urine_stopped", "stroke_one_side", "unequal_pupils", "seizure_cluster"}
    assert not new & {f.name for f in screen.screen(text)}


@pytest.mark.parametrize("text", [
    "im peeing blood on chemo",
    "there is blood in my pee since the chemo",
    "peeing blood on chemo",  # (an xfail from round 40 to 42: read under the possible band then)
])
def test_these_get_at_least_a_safety_line(bot, text: str) -> None:  # noqa: ANN001
    decision = bot.safety_decision(text)
    assert decision.urgent is not None or decision.line is not None
