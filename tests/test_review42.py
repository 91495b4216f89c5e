"""Review of round 42: what the cold review found and fixed."""

from __future__ import annotations

from marrowbot.understanding.safety_reread import read_instead


def test_a_sign_said_in_place_of_a_denied_one_is_read_without_an_error() -> None:
    # (read_instead called a helper under its old name: every message the clause rules reach raised NameError)
    assert read_instead("no fever, just purple spots that do not fade and a stiff neck") is not None
    assert read_instead("what is a stem cell") is None


def test_an_ordinary_question_still_gets_an_answer(bot) -> None:  # noqa: ANN001
    assert bot.safety_decision("what is aplastic anemia").urgent is None
    assert bot.safety_decision("no fever, just purple spots that do not fade and a stiff neck").urgent == "emergency"


def test_a_sign_joined_by_but_to_a_denied_emergency_stays_urgent(bot) -> None:  # noqa: ANN001
    # (the denial left out, "but my son's lips are going blue" alone read as a hedge: the emergency fell to a line)
    assert bot.safety_decision("this is not an emergency but my son's lips are going blue").urgent == "emergency"
    assert bot.safety_decision("i'm not in any danger, but i just wanted to ask what platelets do").urgent is None


def test_the_writer_resting_in_pregnancy_or_a_first_fitting_is_no_emergency(bot) -> None:  # noqa: ANN001
    # (the round's red flags read "barely moved" and "first fit" without the baby or the person fitting)
    assert bot.safety_decision("i'm pregnant and barely moved all weekend, so tired from my low iron").urgent is None
    assert bot.safety_decision("the wig's first fit is tomorrow at the salon, any tips").urgent is None
    assert bot.safety_decision("i'm 34 weeks pregnant and the baby has hardly moved today").urgent == "emergency"
    assert bot.safety_decision("my son just had his first fit, he's still shaking").urgent == "emergency"


def test_tablets_choked_down_every_day_are_no_choking(bot) -> None:  # noqa: ANN001
    # (the idiom was put as "struggling to swallow", itself read as a sign)
    assert bot.safety_decision("choking down 14 tablets a day").urgent is None
    assert bot.safety_decision("choking down my meds every morning is awful").urgent is None
    assert bot.safety_decision("choking down my meds and now i'm choking and can't breathe").urgent == "emergency"
