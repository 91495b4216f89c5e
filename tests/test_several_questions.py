"""Long, frightened messages that ask more than one thing: answered by the question they ask, not by their story
(messages written for these tests in our own words, not taken from any set)."""

from __future__ import annotations

from conversing import last_answer as _ask


def test_a_check_of_the_story_gives_way_to_the_question_asked_after_it(bot) -> None:  # noqa: ANN001
    # "is that possible?" only checks what was told; the later clause asks something of its own (no "?" typed)
    answer = _ask(bot, "my aunt was put on a new cancer pill last spring and this month the hospital found bone "
                       "marrow necrosis, the nurse hinted the pill might be behind it, is that possible? we are all "
                       "shaken, can medicines bring this on")
    assert answer.intent == "causes"
    assert "anticancer drugs" in answer.text


def test_the_last_question_word_clause_asks_though_its_question_mark_is_missing(bot) -> None:  # noqa: ANN001
    answer = _ask(bot, "the letter from the clinic about my aunt says bone marrow necrosis and i have been crying "
                       "all afternoon in the kitchen, does it mean her bones are rotting away? what exactly is this "
                       "condition")
    assert answer.intent == "definition"
    assert "poor circulation of oxygen and nutrients" in answer.text


def test_asking_for_anything_else_does_not_replace_the_question(bot) -> None:  # noqa: ANN001
    answer = _ask(bot, "our nephew lives with sickle cell and this winter he was admitted with aching legs and a "
                       "temperature, now the ward mentions bone marrow necrosis as a worry. could the sickle cell be "
                       "behind something like that? what else should we know")
    assert answer.intent == "causes"
    assert "sickle cell" in answer.text


def test_a_closing_request_gives_way_to_the_question_before_it(bot) -> None:  # noqa: ANN001
    # "please explain simply" asks nothing of its own; "lead to this" is the named condition, not the story
    answer = _ask(bot, "my grandfather spent months on medicine for tuberculosis back home, and this week the doctors "
                       "told us he now has bone marrow necrosis too. i have to translate everything for my parents. "
                       "could an infection like tb lead to this, please explain simply")
    assert answer.intent == "causes"
    assert "tuberculosis" in answer.text


def test_whether_the_marrow_itself_recovers_is_answered_by_its_regrowth(bot) -> None:  # noqa: ANN001
    # the marrow's recovery, not the person's outlook: the sentence on the marrow cells growing again
    answer = _ask(bot, "what is bone marrow necrosis", "will her marrow start working again some day")
    assert answer.intent == "treatment"
    assert "able to grow and thrive again" in answer.text


def test_an_or_clause_stays_with_the_question_it_offers_another_answer_to(bot) -> None:  # noqa: ANN001
    answer = _ask(bot, "the chemo is over for my uncle but the biopsy still shows bone marrow necrosis and we are "
                       "worried sick about him, can the marrow cells grow back once it settles, or is it lost for "
                       "good?")
    assert "able to grow and thrive again" in answer.text


def test_what_a_thing_is_comes_before_the_question_joined_to_it(bot) -> None:  # noqa: ANN001
    # "what is X and why would ...": the first question, what it is, is the one the second builds on
    answer = _ask(bot, "my neighbour was told her teenage son has aplastic anemia and she asked me to help her read "
                       "up on it, i feel out of my depth. what is aplastic anemia and why would a young person get it")
    assert answer.intent == "definition"


def test_of_questions_asked_one_after_another_the_first_is_answered(bot) -> None:  # noqa: ANN001
    # the second question only adds to the first ("does it depend ...", "will it ...")
    answer = _ask(bot, "my uncle was diagnosed with bone marrow necrosis in the spring and my cousins keep arguing on "
                       "the phone about what happens next. how do doctors usually treat it, does it depend on what "
                       "brought it on?")
    assert answer.intent == "treatment"
    answer = _ask(bot, "my aunt has just been told she has bone marrow necrosis and the whole family is on edge "
                       "tonight. what symptoms should we watch for at home, will it get worse quickly?")
    assert answer.intent == "symptoms"


def test_how_someone_has_it_and_feels_well_is_answered_by_its_early_symptoms(bot) -> None:  # noqa: ANN001
    answer = _ask(bot, "my sister is 40 and a routine blood test flagged her red cells, and now the hematologist says "
                       "polycythemia vera. we are all rattled. how can she have this and feel completely fine?")
    assert answer.intent == "symptoms"
    assert "does not cause early signs or symptoms" in answer.text


def test_the_odds_for_a_familys_next_child_are_asked_of_how_it_is_inherited(bot) -> None:  # noqa: ANN001
    answer = _ask(bot, "our first child has fanconi anemia and we are thinking of trying for a second, though "
                       "honestly we are scared. what is the risk for another baby?")
    assert answer.intent == "genetics"
    assert "autosomal recessive" in answer.text
