"""Answers as a new user sees them, and the answer JSON of contracts section 3, exactly."""

from __future__ import annotations

import json

import pytest

from marrowbot import Bot, Emergency, Session

CONTRACT_KEYS = ["question", "intent", "topic", "confidence", "abstained", "urgent", "text", "snippets", "disclaimer"]
SNIPPET_KEYS = ["n", "text", "doc", "title", "section", "url", "score"]


def test_necrosis_symptoms_quote_the_symptoms_sentence_with_a_citation(bot: Bot) -> None:
    a = bot.ask("what are the symptoms of bone marrow necrosis", Session())
    assert (a.intent, a.topic, a.abstained, a.urgent) == ("symptoms", "bone-marrow-necrosis", False, False)
    first = a.snippets[0]
    assert "bone pain, fever, fatigue, and jaundice" in first.text and first.section == "Symptoms"
    assert f"\u201c{first.text}\u201d [1]" in a.text
    assert "rarediseases.info.nih.gov" in a.text and "Last updated 2010-04-08" in a.text
    assert a.text.endswith(a.disclaimer)


def test_treatment_of_bone_marrow_disease_quotes_the_medlineplus_summary(bot: Bot) -> None:
    a = bot.ask("how is bone marrow disease treated", Session())
    assert a.intent == "treatment" and a.topic == "bone-marrow-diseases"
    assert any("blood transfusions or a bone marrow transplant" in s.text for s in a.snippets)
    # "They might involve..." leans on the sentence before it, which is quoted too.
    assert any(s.text.startswith("Treatments depend on the disorder") for s in a.snippets)


def test_an_unrelated_question_abstains_and_offers_topics(bot: Bot) -> None:
    a = bot.ask("what is the capital of France", Session())
    assert a.abstained and a.snippets == () and a.intent == "out_of_scope"
    assert "Bone marrow necrosis" in a.text and "medlineplus.gov" in a.text
    assert a.disclaimer and a.text.endswith(a.disclaimer)


def test_the_json_has_exactly_the_contract_fields(bot: Bot) -> None:
    d = bot.ask("what are the symptoms of bone marrow necrosis", Session()).to_dict()
    assert list(d) == CONTRACT_KEYS + ["lang"]  # contracts section 3 allows extra keys: the language
    assert json.loads(json.dumps(d)) == d
    assert isinstance(d["confidence"], float) and 0 <= d["confidence"] <= 1
    assert [s["n"] for s in d["snippets"]] == list(range(1, len(d["snippets"]) + 1))
    for s in d["snippets"]:
        assert list(s) == SNIPPET_KEYS
        assert s["url"].startswith("https://") and isinstance(s["score"], float)
    abstained = bot.ask("tell me a joke about the weather", Session()).to_dict()
    assert list(abstained) == CONTRACT_KEYS + ["lang"] and abstained["snippets"] == [] and abstained["topic"] is None


def test_every_quote_is_a_sentence_of_the_corpus_word_for_word(bot: Bot) -> None:
    texts = {p.text for p in bot.passages}
    for q in ["what causes bone marrow necrosis", "what is bone marrow", "tests for bone marrow disease",
              "is there research on bone marrow necrosis", "what is polycythemia vera"]:
        for s in bot.ask(q, Session()).snippets:
            assert s.text in texts


def test_a_link_only_condition_is_answered_with_its_trusted_pages(bot: Bot) -> None:
    seeds = Bot.load(library="none")  # the two seed documents alone: the seed's links are the answer
    a = seeds.ask("what is polycythemia vera", Session())
    assert a.topic == "bone-marrow-diseases" and a.snippets
    assert all(s.url.startswith("https://") and "olycythemia" in s.text for s in a.snippets)
    assert "mayoclinic.org" in a.text
    # With the linked library (the default) the NIH pages answer, and the seed's link is still listed.
    b = bot.ask("what is polycythemia vera", Session())
    assert b.topic in bot.index.linked_docs and "copy in MedQuAD, before 2019" in b.text
    assert "mayoclinic.org" in b.text


def test_an_emergency_comes_first_with_what_to_do_now(bot: Bot) -> None:
    a = bot.ask("my dad has crushing chest pain and is sweating", Session())
    assert a.urgent and a.intent == "emergency" and a.text.startswith(a.lead) and "911" in a.lead
    crisis = bot.ask("i dont want to live anymore", Session())
    assert crisis.urgent and "988" in crisis.text


def test_emergency_numbers_are_configuration() -> None:
    uk = Bot.load(emergency=Emergency(call="999", crisis_line="116 123"))
    a = uk.ask("he collapsed and is not breathing", Session())
    assert a.urgent and "999" in a.text and "911" not in a.text


def test_personal_advice_is_refused_kindly_without_a_diagnosis(bot: Bot) -> None:
    for q in ["do I have leukemia?", "should I stop taking my imatinib", "how much iron should I take a day"]:
        a = bot.ask(q, Session())
        assert a.intent == "personal_advice", q
        assert "you have" not in a.text.lower()
        assert "care team" in a.text


def test_a_session_remembers_the_topic_for_follow_ups_and_round_trips(bot: Bot) -> None:
    s = Session()
    bot.ask("tell me about bone marrow necrosis", s)
    follow = bot.ask("and how is it treated?", s)
    assert follow.topic == "bone-marrow-necrosis" and "supportive measures" in follow.text
    again = Session.from_dict(json.loads(json.dumps(s.to_dict())))
    assert bot.ask("what causes it?", again).topic == "bone-marrow-necrosis"
    s.reset()
    assert bot.ask("what causes it?", s).abstained


@pytest.mark.parametrize("bad", [[], "x", {"topic": 5}, {"topic": "Bad Id"}, {"turns": -5}, {"evil": 1},
                                 {"intent": "x" * 100}, {"condition": "y" * 5000}])
def test_a_malformed_session_is_refused(bad: object) -> None:
    with pytest.raises(ValueError):
        Session.from_dict(bad)


# -- which sentence answers (retrieval answers the question) -------------------------------------------------


def test_a_list_lead_in_without_a_colon_is_quoted_with_its_items(bot: Bot) -> None:
    from marrowbot.text.questions import leads_into_list

    assert leads_into_list("It can cause many symptoms, such as") and leads_into_list("Types include:")
    assert not leads_into_list("It is rare.") and not leads_into_list("Soaking night sweats")
    a = bot.ask("lymphoma: what symptoms can it give", Session())
    texts = [s.text for s in a.snippets]
    lead = next(i for i, t in enumerate(texts) if t.endswith("such as"))
    assert any("night sweats" in t for t in texts[lead + 1 :]), texts


def test_everyday_phrases_are_read_in_the_documents_words(bot: Bot) -> None:
    s = Session()
    bot.ask("tell me about bone marrow necrosis", s)
    # "grow back" is recovery, not the lower back of the symptoms sentence.
    a = bot.ask("once it is over, will the bone marrow grow back", s)
    assert "grow and thrive again" in a.text and "lower back" not in a.text
    # Not knowing why is what "cannot be determined" says.
    a = bot.ask("do the doctors sometimes never figure out what caused it", s)
    assert "cannot be determined" in a.text
    # Platelets that go down are thrombocytopenia.
    a = bot.ask("could it reduce her platelets", s)
    assert "thrombocytopenia" in a.snippets[0].text and "lower back" not in a.text


def test_a_word_the_document_never_uses_does_not_hide_the_one_it_does(bot: Bot) -> None:
    s = Session()
    bot.ask("what causes bone marrow necrosis", s)
    # "tied" and "sure" are how it is asked (the document never uses them); "imatinib" is what.
    a = bot.ask("what about imatinib, tied to it for sure?", s)
    assert "imatinib mesylate" in a.snippets[0].text
    # In a yes/no question the word the document lacks may be the thing asked: no sentence speaks to it.
    a = bot.ask("is it infectious? could i get it from hugging him", s)
    assert a.abstained and not a.snippets


def test_a_qualifier_comes_with_the_sections_opening_sentence(bot: Bot) -> None:
    a = bot.ask("what is the outlook of bone marrow necrosis for adults", Session())
    assert a.intent == "prognosis"
    assert "depends on the age" in a.text and "Adults with bone marrow necrosis" in a.text
    # A yes/no question is answered by the sentence that speaks to it alone.
    a = bot.ask("can medicines cause bone marrow necrosis", Session())
    assert all("drugs" in s.text for s in a.snippets)


def test_a_section_named_in_everyday_words_comes_first(bot: Bot) -> None:
    s = Session()
    bot.ask("where can I find experts on bone marrow diseases", s)
    a = bot.ask("is there something for kids", s)
    assert "Diamond-Blackfan Anemia (For Parents)" in a.text


def test_a_test_the_document_links_to_is_not_the_conversations_subject(bot: Bot) -> None:
    s = Session()
    a = bot.ask("my dad may have a bone marrow illness, which test finds it", s)
    assert "Tests for bone marrow diseases" in a.text
    a = bot.ask("and what causes this illness", s)
    assert "genetics and environmental factors" in a.text and "I don't have details" not in a.text


def test_another_page_with_the_same_title_answers_what_the_first_one_does_not_say(bot: Bot) -> None:
    s = Session()
    a = bot.ask("tell me what polycythemia vera is", s)
    first = a.topic
    a = bot.ask("which tests show it", s)
    assert not a.abstained and a.intent == "diagnosis" and a.snippets
    assert bot.responder.asked.document(a.topic).title.lower() == "polycythemia vera" and a.topic != first


def test_who_is_at_risk_answers_from_that_section_under_the_contracts_name_causes(bot: Bot) -> None:
    # Contracts section 2: risk factors are `causes`; the finer kind of question picks the section.
    for question in ("who is at risk for aplastic anemia", "who usually gets polycythemia vera"):
        answer = bot.ask(question, Session())
        assert answer.intent == "causes" and answer.snippets, question
        assert any(s.section == "Who is at risk" for s in answer.snippets), [s.section for s in answer.snippets]
        assert any("(risk), reported as causes" in n for n in answer.explanation.notes)


def test_how_common_a_condition_is_answers_from_its_frequency_section_under_the_contracts_name_definition(
        bot: Bot) -> None:
    # Contracts section 2 has no frequency intent: how common a condition is tells what it is.
    for question in ("how many babies are born with diamond blackfan anemia",
                     "how common is fanconi anemia in children"):
        answer = bot.ask(question, Session())
        assert answer.intent == "definition" and answer.snippets, question
        assert any(s.section == "Frequency" for s in answer.snippets), [s.section for s in answer.snippets]
        assert any("(frequency), reported as definition" in n for n in answer.explanation.notes)


def test_a_phrase_with_a_filler_word_in_it_is_still_read_in_the_documents_words(bot: Bot) -> None:
    s = Session()
    bot.ask("tell me about bone marrow necrosis", s)
    # "comes back" is the marrow recovering, though "back" alone is a filler (not the back that hurts).
    a = bot.ask("after the treatment is finished, is there a chance the marrow comes back?", s)
    assert not a.abstained and "grow and thrive again" in a.text and "lower back" not in a.text
    # An illness that clears up stops.
    a = bot.ask("will bone marrow necrosis clear up", Session())
    assert "Once the necrosis stops" in a.text
    # Going back to a subject is no recovery.
    a = bot.ask("going back to bone marrow necrosis, which signs does it have", s)
    assert a.intent == "symptoms" and "grow and thrive" not in a.text


def test_a_group_of_people_named_in_general_is_what_is_asked_about(bot: Bot) -> None:
    s = Session()
    bot.ask("tell me about bone marrow necrosis", s)
    a = bot.ask("does it happen in kids as well", s)
    assert not a.abstained and "Children" in a.snippets[0].text
    # The asker's own child is who asks, not what: the treatment question is answered from its section.
    a = bot.ask("my kid was told he has it, what is the treatment", s)
    assert a.intent == "treatment" and "supportive measures" in a.text


def test_a_term_is_explained_by_the_sentence_that_says_what_it_is_wherever_it_is(bot: Bot) -> None:
    s = Session()
    bot.ask("what are bone marrow diseases", s)
    a = bot.ask("explain hematocrit", s)
    assert not a.abstained and a.snippets[0].text.startswith("Hematocrit is a measure")
    # A word explained is not a new subject: the conversation is still about bone marrow diseases.
    a = bot.ask("how are they treated", s)
    assert a.topic == "bone-marrow-diseases"
    # With no conversation, a word only the linked library explains is no subject of the bot's own.
    assert bot.ask("explain hematocrit", Session()).abstained


def test_the_abbreviation_of_the_topics_name_is_the_name_not_what_is_asked(bot: Bot) -> None:
    # "TB" is the topic's name: the treatment sentence answers, not the sentences that say "TB" most.
    a = bot.ask("what medicines treat tb", Session())
    assert a.topic == "tuberculosis-medlineplus" and "several medicines" in a.text


def test_find_out_is_finding_not_a_word_to_look_for(bot: Bot) -> None:
    s = Session()
    bot.ask("what is leukemia", s)
    # Not the sentence with "crowd out" in it: how it is found is the diagnosis.
    a = bot.ask("how can doctors find out a person has it", s)
    assert a.intent == "diagnosis" and "crowd out" not in a.text and a.snippets[0].section == "Diagnosis"
    # Not knowing why is still what "cannot be determined" says.
    bot.ask("what causes bone marrow necrosis", s)
    assert "cannot be determined" in bot.ask("so doctors may never find out the reason?", s).text


def test_a_question_asking_which_ones_gets_the_whole_list_of_links(bot: Bot) -> None:
    a = bot.ask("which of the bone marrow diseases are inherited", Session())
    titles = [s.link_title for s in a.snippets if s.link_title]
    assert len(titles) >= 6 and any(t.startswith("Fanconi anemia") for t in titles)
    # Not asked which: a couple of the links, as before.
    a = bot.ask("are bone marrow diseases genetic", Session())
    assert len([s for s in a.snippets if s.link_title]) <= 3


def test_a_question_whether_something_exists_gets_the_sections_opening(bot: Bot) -> None:
    s = Session()
    bot.ask("what is bone marrow necrosis", s)
    # The sentence with the asked words comes with what the section says first (not only that sentence).
    a = bot.ask("is there a support group with lists of doctors", s)
    assert a.intent == "support" and any(x.text.startswith("Support and advocacy groups") for x in a.snippets)
    assert any("lists of doctors" in x.text for x in a.snippets)


def test_a_page_sharing_a_name_with_the_conversations_page_answers_what_it_does_not_say(bot: Bot) -> None:
    s = Session()
    bot.ask("tell me about myelofibrosis", s)  # a summary-only page, one of whose other names is another page's
    a = bot.ask("which genes play a part", s)
    assert not a.abstained and any("JAK2" in x.text for x in a.snippets)
    # Worse as time goes by is the summary's "progressively worse".
    s = Session()
    bot.ask("tell me about myelofibrosis", s)
    assert "progressively worse" in bot.ask("will it become worse with time", s).snippets[0].text


def test_a_list_of_the_kind_asked_for_comes_before_the_sections_general_opening(bot: Bot) -> None:
    s = Session()
    bot.ask("tell me about leukemia", s)
    a = bot.ask("what signs and symptoms does leukemia have", s)
    assert a.intent == "symptoms" and any(x.text == "frequent infections" for x in a.snippets)


def test_an_everyday_word_whose_documents_word_is_known_is_no_unknown_subject(bot: Bot) -> None:
    s = Session()
    bot.ask("what causes bone marrow necrosis", s)
    # "chemo" is the documents' "anticancer": not something they never name.
    a = bot.ask("could chemo be behind it", s)
    assert not a.abstained and "anticancer drugs" in a.text


def test_how_fast_is_read_in_the_documents_words(bot: Bot) -> None:
    s = Session()
    bot.ask("what is leukemia", s)
    a = bot.ask("is it fast or slow", s)
    assert not a.abstained and any("quickly or slowly" in x.text or "rapidly" in x.text for x in a.snippets)


# -- retrieval answers the question (issue 10): the question's own words, the documents' own summaries ----------


def test_a_name_asked_in_another_form_is_that_page(bot: Bot) -> None:
    a = bot.ask("how does a bone marrow transplant work", Session())
    assert a.topic == "bone-marrow-transplantation-medlineplus" and not a.abstained
    assert any("replaces a person's faulty bone marrow stem cells" in s.text for s in a.snippets)


def test_a_condition_said_in_another_form_is_named_and_the_question_words_rank(bot: Bot) -> None:
    # "a blood transfusion" names "blood transfusions"; "risky" is asked in the documents' word "risk".
    a = bot.ask("is a blood transfusion risky", Session())
    assert any("risk of catching a virus" in s.text for s in a.snippets)


def test_the_question_words_about_a_named_condition_pick_its_sentence_in_any_section(bot: Bot) -> None:
    a = bot.ask("can lymphoma spread to the bone marrow", Session())
    assert any("can spread into the bone marrow" in s.text for s in a.snippets)


def test_a_kind_of_question_without_words_of_its_own_gets_the_documents_summary_of_it(bot: Bot) -> None:
    a = bot.ask("what is the treatment for myelodysplastic syndromes", Session())
    assert any("includes supportive care, drug therapy, and stem cell transplantation" in s.text for s in a.snippets)


def test_a_keyword_of_several_words_counts_where_a_sentence_says_it(bot: Bot) -> None:
    genetics = bot.intent_set.intent("genetics")
    assert bot.responder.retriever.speaks_to("multiple-myeloma-medlineplus", genetics)  # "It can run in families."


def test_asking_whether_the_cause_can_always_be_found_quotes_that_it_cannot(bot) -> None:  # noqa: ANN001
    s = Session()
    bot.ask("what leads to bone marrow necrosis", s)
    a = bot.ask("do doctors always manage to find out what caused it", s)
    assert "cannot be determined" in a.text
