"""What counts as an amount of medicine taken: a drink's bottle is not one, a medicine's is (safety_acute)."""

import pytest

from marrowbot.understanding.safety_acute import ingested


def test_a_bottle_of_a_drink_is_no_amount_of_medicine() -> None:
    assert not ingested("i drank a whole bottle of juice after my walk")
    assert not ingested("she had a bottle of water with her lunch")


def test_a_bottle_of_medicine_or_a_drink_with_pills_still_is() -> None:
    assert ingested("my son drank a whole bottle of cough syrup")
    assert ingested("i drank a bottle of wine and took 20 sleeping pills")
    assert ingested("he swallowed the bottle of his sleeping tablets")


@pytest.mark.parametrize("text", [
    "i took everything i had", "i've taken whatever was left", "took the rest of them, its done",
    "me tome todo lo que quedaba",
])
def test_an_overdose_told_as_everything_or_the_rest_stays_urgent(bot, text: str) -> None:  # noqa: ANN001
    assert bot.safety_decision(text).urgent is not None
