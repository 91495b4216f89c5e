"""Which page and which sentence answer: the words a question asks weigh over the section its kind prefers (issue
10). Questions written for these tests, in our own words."""

from __future__ import annotations

from conftest import ask_all

from marrowbot import Bot, Session
from marrowbot.choose import RULE_ASKED_WORDS
from marrowbot.linked_pages import RULE_PAGE_OF_NAME, RULE_TITLED_PAGE
from marrowbot.respond_rules import RULE_TERM_GLOSSED


def test_a_yes_no_question_is_answered_from_the_page_whose_sentence_says_the_asked_word(bot: Bot) -> None:
    # The page of the conversation speaks of transplants only as a treatment; another page about the same
    # condition says whether one cures it.
    a = ask_all(bot, "tell me about aplastic anemia", "is a cure possible with a transplant for aplastic anemia?")
    assert not a.abstained and a.topic == "aplastic-anemia-nhlbi"
    assert any("may cure" in s.text for s in a.snippets)


def test_is_it_a_cancer_quotes_the_summary_that_says_so(bot: Bot) -> None:
    a = ask_all(bot, "is myelodysplastic syndrome a type of cancer")
    assert RULE_ASKED_WORDS in a.explanation.rules
    assert "group of cancers" in a.snippets[0].text and a.snippets[0].section == "Summary"


def test_a_yes_no_question_keeps_the_page_with_the_section_of_its_kind(bot: Bot) -> None:
    # Pages that use the asked word as well as another (a summary) do not take the question from the one whose
    # section of that kind says it.
    a = ask_all(bot, "tell me about polycythemia vera", "is polycythemia vera passed on genetically?")
    assert not a.abstained and RULE_ASKED_WORDS not in a.explanation.rules


def test_a_condition_the_seeds_only_link_to_is_answered_from_its_library_page(bot: Bot) -> None:
    a = ask_all(bot, "PNH: is it something you inherit?")
    assert RULE_TITLED_PAGE in a.explanation.rules
    assert any("acquired, rather than inherited" in s.text for s in a.snippets)
    # A question whose answer is the seed's links keeps them.
    b = ask_all(bot, "any handouts for families about paroxysmal nocturnal hemoglobinuria")
    assert RULE_TITLED_PAGE not in b.explanation.rules


def test_the_page_titled_with_the_name_as_typed_wins_over_an_alias_spelled_otherwise(bot: Bot) -> None:
    a = ask_all(bot, "tell me about pearson marrow-pancreas syndrome")
    assert a.topic == "pearson-marrow-pancreas-syndrome-ghr"


def test_a_page_whose_kind_words_are_said_in_passing_hands_the_question_on(bot: Bot) -> None:
    # The GARD page says "signs and symptoms" only in its treatment sentence; a page about the same condition has
    # a Symptoms section.
    a = ask_all(bot, "what is myelofibrosis", "which symptoms does it cause")
    assert not a.abstained and a.snippets[0].section == "Symptoms"
    assert a.snippets[0].text.startswith("Symptoms of primary myelofibrosis")


def test_a_long_message_is_read_for_the_clause_that_asks(bot: Bot) -> None:
    a = ask_all(bot, "my mum's scan mentioned bone marrow necrosis and I panicked after reading forums?? what is it, "
                  "in simple words")
    assert not a.abstained and a.topic == "bone-marrow-necrosis"
    assert any("causing the cells to die" in s.text for s in a.snippets)


def test_the_sentence_next_to_a_quoted_one_that_says_the_asked_thing_too_is_quoted(bot: Bot) -> None:
    a = ask_all(bot, "what is a bone marrow transplant", "so where would the donor come from")
    texts = [s.text for s in a.snippets]
    assert any("from a donor" in t for t in texts)
    assert any("family member or unrelated person" in t for t in texts)


def test_the_question_clauses_of_a_long_message() -> None:
    from marrowbot.choose import question_clauses as _question_clauses

    assert _question_clauses("we heard about it last week. my question is can a drug do that") == "can a drug do that"
    assert _question_clauses("she is tired all the time, what could help her?") == "what could help her"
    assert _question_clauses("my dad has it and im scared") == ""


def test_a_lay_word_the_lay_terms_put_in_the_documents_words_is_no_thing_never_named(bot: Bot) -> None:
    # "temperature" and "yellowish" are in no document, but the lay-term list reads them as fever and jaundice,
    # which the page names: a yes/no follow-up about them is answered, not "the documents don't say".
    for question in ("could it cause a temperature?", "does it make your eyes go yellowish"):
        a = ask_all(bot, "tell me about bone marrow necrosis", question)
        assert not a.abstained, question
        assert any("fever" in s.text and "jaundice" in s.text for s in a.snippets), question


def test_a_term_the_documents_gloss_in_brackets_is_explained_by_those_sentences(bot: Bot) -> None:
    # The topic finder's nearest name is another word spelt alike ("Thrombocythemia"); the term typed wins.
    a = ask_all(bot, "what does the word thrombocytopenia mean")
    assert RULE_TERM_GLOSSED in a.explanation.rules
    assert a.snippets and all("(thrombocytopenia)" in s.text for s in a.snippets)
    assert not any(s.text.startswith("Thrombocythemia") for s in a.snippets)
    # A yes/no question about the topic is no request for a word's meaning.
    b = ask_all(bot, "tell me about aplastic anemia", "is it a cancer")
    assert RULE_TERM_GLOSSED not in b.explanation.rules


def test_a_typo_of_a_way_of_asking_is_no_word_never_named(bot: Bot) -> None:
    a = ask_all(bot, "explian BMN to me")
    assert not a.abstained and a.topic == "bone-marrow-necrosis"
    assert any("causing the cells to die" in s.text for s in a.snippets)


def test_an_asked_word_is_found_in_the_pages_form_of_it(bot: Bot) -> None:
    a = ask_all(bot, "tell me about aplastic anemia", "are asian people more likely to get it")
    assert "more common in Asian countries" in a.snippets[0].text


def test_a_qualifier_on_a_one_summary_page_comes_with_the_kinds_list(bot: Bot) -> None:
    # The page has no Symptoms section: the sentence for the qualifier ("adults") comes with the list that says
    # the symptoms, items and all.
    a = ask_all(bot, "symptoms of acute lymphocytic leukemia for adults")
    texts = [s.text for s in a.snippets]
    assert "Symptoms of ALL include:" in texts and "Fever" in texts


def test_a_follow_up_about_a_condition_the_seeds_only_link_to_is_answered_from_its_page(bot: Bot) -> None:
    a = ask_all(bot, "what is PNH", "does it pass from parent to child")
    assert RULE_TITLED_PAGE in a.explanation.rules
    assert any("not passed down" in s.text or "rather than inherited" in s.text for s in a.snippets)


def test_a_definition_said_with_a_pronunciation_and_an_abbreviation_beside_the_name_is_found(bot: Bot) -> None:
    # "X (pronunciation), or ABBR, is a condition in which ...": the page's own definition comes first, whatever
    # else the question says about it.
    a = ask_all(bot, "disseminated intravascular coagulation, something about clots? what is it")
    assert "is a condition in which blood clots form" in a.snippets[0].text


def test_an_asked_word_finds_the_sentence_using_its_comparative(bot: Bot) -> None:
    # "thick" is asked; the page says "thicker than normal" (another form the stemmer keeps apart).
    a = ask_all(bot, "tell me about polycythemia vera", "would PV leave someone's blood thick")
    assert any("thicker than normal" in s.text for s in a.snippets)


def test_a_later_section_of_the_kind_named_in_the_question_answers_it(bot: Bot) -> None:
    # "gene" names the "Genetic changes" section, after "Inheritance" among the genetics sections.
    a = ask_all(bot, "what is essential thrombocythemia", "what gene is behind it")
    assert a.snippets[0].section == "Genetic changes" or a.snippets[1].section == "Genetic changes"
    assert any("JAK2 and CALR genes" in s.text for s in a.snippets)


def test_a_kind_the_page_has_no_section_for_is_answered_from_a_page_that_has(bot: Bot) -> None:
    from marrowbot.choose import RULE_KIND_PAGE

    s = Session()
    bot.ask("how is polycythemia vera treated", s)
    first = s.topic
    a = bot.ask("what's the cause", s)
    assert RULE_KIND_PAGE in a.explanation.rules and any("JAK2" in x.text for x in a.snippets)
    assert s.topic == first  # the conversation's page stays


def test_a_question_asking_the_usual_ones_gets_the_sentence_naming_the_common_one(bot: Bot) -> None:
    a = ask_all(bot, "what are the typical symptoms of aplastic anemia")
    assert any("most common symptom" in s.text for s in a.snippets)


def test_a_negation_asked_finds_the_non_sentence(bot: Bot) -> None:
    a = ask_all(bot, "bone marrow necrosis causes", "so cancer isn't the only thing behind it?")
    assert any("Non-cancerous" in s.text for s in a.snippets)


def test_a_link_title_using_all_the_asked_words_beats_prose_using_some(bot: Bot) -> None:
    a = ask_all(bot, "got any handouts about bone marrow culture")
    assert [s.text for s in a.snippets] == ["Bone marrow culture"]


def test_the_sentence_a_quoted_one_leans_on_is_kept_with_it(bot: Bot) -> None:
    from marrowbot.compose import Composer
    from marrowbot.model import Hit

    ps = bot.passages
    lean = next(p for p in ps if p.text.startswith("These cancers include leukemia") and p.doc.startswith("fanconi"))
    before = ps[lean.id - 1]
    # Two more sentences, one leaning on its own sentence before: that one comes in at their score, above the
    # neighbour chosen at a lower score for the first.
    other_lean = next(p for p in ps if p.doc == lean.doc and p.text.startswith("He or she also will screen"))
    other = next(p for p in ps if p.doc == lean.doc and p.section == "Summary" and not p.link_title)
    hits = [Hit(lean, 1.0), Hit(other_lean, 0.9), Hit(other, 0.9), Hit(before, 0.8)]
    composer: Composer = bot.responder.composer
    picked = [p.id for p, _ in composer.select(hits)]
    assert lean.id in picked and before.id in picked


def test_a_rare_word_in_a_long_story_picks_the_sentence_that_uses_it(bot: Bot) -> None:
    # Many story words, one rare word the question is about: the sentence of the section asked for using it.
    a = ask_all(bot, "my brother has taken imatinib every morning for years and now the letter from the clinic says "
                  "bone marrow necrosis. could that medicine be behind it")
    assert not a.abstained
    assert any("imatinib" in s.text for s in a.snippets)


def test_a_treatment_a_seed_names_is_answered_from_the_library_page_titled_with_it(bot: Bot) -> None:
    # "blood transfusion" is named in a seed sentence; the library's page is "Blood Transfusion and Donation".
    a = ask_all(bot, "what happens during a blood transfusion")
    assert RULE_PAGE_OF_NAME in a.explanation.rules
    assert a.topic == "blood-transfusion-and-donation-medlineplus"
    # ... and what follows is about that page.
    b = ask_all(bot, "what happens during a blood transfusion", "are they risky")
    assert b.topic == "blood-transfusion-and-donation-medlineplus" and not b.abstained


def test_a_library_page_held_as_the_topic_does_not_answer_a_kind_it_has_no_section_for(bot: Bot) -> None:
    s = Session()
    bot.ask("what happens in a blood transfusion", s)
    for then in ("how long does it take", "can it be cured"):
        a = bot.ask(then, s)
        assert a.abstained and a.lead.startswith("The documents I have don't say"), then
        assert not any("HIV" in x.text for x in a.snippets)


def test_a_page_of_the_name_answers_only_from_the_kind_asked_or_the_words_asked(bot: Bot) -> None:
    s = Session()
    bot.ask("what is sickle cell disease", s)
    a = bot.ask("he needs blood transfusions every month, what are the risks", s)
    assert any("risk" in x.text.lower() for x in a.snippets)
    a = bot.ask("is it curable", s)
    assert not any("millions of people" in x.text for x in a.snippets)


def test_a_title_is_also_named_without_its_aside_in_brackets(bot: Bot) -> None:
    # "Plasma Cell Neoplasms (Including Multiple Myeloma)": said without the bracket, it is still that page.
    from marrowbot.index import _names_of

    assert _names_of("Plasma Cell Neoplasms (Including Multiple Myeloma)", ()) == ["Plasma Cell Neoplasms"]
    assert _names_of("Aplastic Anemia", ("AA",)) == ["AA"]
    a = ask_all(bot, "could you tell me about plasma cell neoplasms")
    assert not a.abstained and a.topic == "plasma-cell-neoplasms-including-multiple-myeloma-nci"


def test_asking_whether_it_is_only_one_cause_quotes_the_others(bot: Bot) -> None:
    # "always/only X" asks whether there is anything else: the sentence on the other causes answers, not only the one
    # about X.
    a = ask_all(bot, "what causes bone marrow necrosis", "so is it only ever due to leukemia?")
    assert any("Non-cancerous" in s.text or "other cancers" in s.text for s in a.snippets)


def test_someone_without_the_named_cause_gets_the_other_causes(bot: Bot) -> None:
    a = ask_all(bot, "my aunt has bone marrow necrosis", "but she does not have cancer, so what else is behind it")
    assert any("Non-cancerous" in s.text for s in a.snippets)


def test_can_you_catch_it_gets_the_sentence_saying_it_is_not_contagious(bot: Bot) -> None:
    # "you" here is anyone: a yes/no question on whether it spreads, answered by the page that says so.
    a = ask_all(bot, "can you get sickle cell disease from somebody else")
    assert not a.abstained and any("not contagious" in s.text or "cannot catch it" in s.text for s in a.snippets)


def test_what_the_marrow_makes_is_said_by_the_sentences_after_what_it_is(bot: Bot) -> None:
    # The summary says what marrow is, then "It contains stem cells", then what those become: that is the answer,
    # not the list of what goes wrong in its diseases.
    for asked in (("so what does the bone marrow make",),
                  ("tell me what bone marrow is", "and what does it really produce"),
                  ("what does the bone marrow do for the body",)):
        a = ask_all(bot, *asked)
        assert not a.abstained and a.intent == "definition", asked
        said = " ".join(s.text for s in a.snippets)
        assert "spongy tissue" in said and "carry oxygen through your body" in said, asked


def test_what_it_does_to_a_person_or_for_it_is_no_question_of_what_it_makes(bot: Bot) -> None:
    a = ask_all(bot, "tell me about polycythemia vera", "what do they do for it")
    assert a.intent == "treatment"


def test_asking_if_it_is_genetic_quotes_whether_it_is_inherited(bot: Bot) -> None:
    # The page's genetic-changes section names genes; its inheritance section says whether it runs in families.
    a = ask_all(bot, "essential thrombocythemia, what is it", "and is that genetic at all")
    said = " ".join(s.text for s in a.snippets)
    assert not a.abstained and "not inherited" in said


def test_whether_it_makes_the_outlook_worse_is_answered_from_the_outlook(bot: Bot) -> None:
    # "make ... worse" is what the necrosis changes, not what it produces (no "what it is and does" answer).
    a = ask_all(bot, "does marrow necrosis make the outlook worse for a child with ALL")
    assert a.intent == "prognosis" and a.topic == "bone-marrow-necrosis"
    assert a.snippets[0].section == "Prognosis"


def test_red_cells_said_without_blood_find_the_sentence_on_red_blood_cells(bot: Bot) -> None:
    a = ask_all(bot, "so what are red cells and white cells for")
    assert not a.abstained
    assert any("red blood cells that carry oxygen" in s.text for s in a.snippets)


def test_too_many_platelets_names_essential_thrombocythemia(bot: Bot) -> None:
    a = ask_all(bot, "is having way too many platelets a kind of cancer")
    assert not a.abstained and a.topic.startswith("essential-thrombocythemia")


def test_turning_into_another_illness_finds_the_sentence_on_progressing_to_it(bot: Bot) -> None:
    a = ask_all(bot, "is it possible for MDS to turn into leukemia")
    assert "progress to" in a.snippets[0].text
