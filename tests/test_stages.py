"""Each stage of the flow on its own, over the tiny world (tests/tiny/: three short documents, the packaged
intents): load and split -> index and vectors -> intent model, topics, understanding -> retrieval -> compose ->
render, and the cache round trip. The end-to-end tests show what a user sees; these say which stage broke."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from marrowbot import Session, store
from marrowbot.compose import Composer
from marrowbot.corpus import Corpus, load_corpus
from marrowbot.corpus_arrays import corpus_from_arrays, corpus_to_arrays
from marrowbot.index import PassageIndex, collect_names, condition_name
from marrowbot.intents import IntentSet, load_intents
from marrowbot.model import Hit, Snippet, Source
from marrowbot.render import plain, quote_line, source_line
from marrowbot.resources import default_intents_dir
from marrowbot.retrieve import Retriever
from marrowbot.understanding.intent_model import IntentMatcher
from marrowbot.understanding.topics import TopicFinder
from marrowbot.understanding.understand import Understander
from marrowbot.vectors import fit, matrix_from_arrays, matrix_to_arrays, postings_from_arrays

NECROSIS, DISEASES, APLASTIC = "bone-marrow-necrosis", "bone-marrow-diseases", "aplastic-anemia"


@pytest.fixture(scope="module")
def corpus(tiny_corpus_dir: Path) -> Corpus:
    return load_corpus(tiny_corpus_dir)


@pytest.fixture(scope="module")
def index(corpus: Corpus) -> PassageIndex:
    names = collect_names(corpus)
    return PassageIndex(corpus, names, PassageIndex.build_arrays(corpus, names))


@pytest.fixture(scope="module")
def intent_set() -> IntentSet:
    return load_intents(default_intents_dir())


@pytest.fixture(scope="module")
def matcher(intent_set: IntentSet) -> IntentMatcher:
    return IntentMatcher(IntentMatcher.build_arrays(intent_set), IntentMatcher.example_list(intent_set))


@pytest.fixture(scope="module")
def understander(intent_set: IntentSet, matcher: IntentMatcher, index: PassageIndex) -> Understander:
    return Understander(intent_set, matcher, TopicFinder(index, intent_set.abbreviations))


def _file_text(path: Path) -> str:
    """A corpus file as prose: Markdown links and reference markers removed, whitespace collapsed."""
    text = re.sub(r"\[([^\]]+)\]\([^)\s]+\)", r"\1", path.read_text(encoding="utf-8"))
    return " ".join(re.sub(r"(?:\[\d+\])+", "", text).split())


# --- load and split ------------------------------------------------------------------------------------------


def test_the_corpus_loads_into_documents_sections_and_quoted_sentences(corpus: Corpus, tiny_corpus_dir: Path) -> None:
    assert sorted(d.id for d in corpus.documents) == [APLASTIC, DISEASES, NECROSIS]
    necrosis = corpus.document(NECROSIS)
    assert necrosis.section_names() == ("Summary", "Symptoms", "Treatment", "References")
    assert necrosis.aliases == ("BMN", "marrow necrosis") and necrosis.updated == "2010-04-08"
    symptoms = [corpus.passages[i] for i in necrosis.sections[1].passage_ids]
    assert [p.text for p in symptoms] == [
        "Signs and symptoms of bone marrow necrosis, include bone pain, fever, fatigue, and jaundice.",
        "The bone pain may be throughout the body or localized to the lower back and/or legs.",
    ]
    assert symptoms[1].refs == (1,)  # the marker "[1]" left the text and points at the reference
    assert necrosis.references[0].n == 1 and necrosis.references[1].url == "http://www.ncbi.nlm.nih.gov/pubmed/10760751"
    for p in corpus.passages:  # every passage is quoted word for word from its file, ids are positions
        assert p.text in _file_text(tiny_corpus_dir / f"{p.doc}.md"), p.text
        assert corpus.passages[p.id] is p


def test_link_items_keep_their_url_and_nested_links_their_parent(corpus: Corpus) -> None:
    links = {p.text: p for p in corpus.passages if p.link_title}
    test = links["Bone Marrow Test"]
    assert test.url == "https://medlineplus.gov/lab-tests/bone-marrow-tests/"
    assert test.publisher == "National Library of Medicine" and test.context is None
    assert links["Also in Spanish"].context == "Bone Marrow Test"
    inline = next(p for p in corpus.passages if p.inline_links)
    assert inline.text == "It contains stem cells." and inline.inline_links == (
        ("stem cells", "https://medlineplus.gov/stemcells.html"),)


def _cache_arrays(corpus: Corpus) -> dict[str, Any]:
    """What the cache holds for a corpus: its own arrays plus the index's (passage documents and sections)."""
    arrays: dict[str, Any] = corpus_to_arrays(corpus)
    arrays.update(PassageIndex.build_arrays(corpus, collect_names(corpus)))
    return arrays


def _same_corpus(a: Corpus, b: Corpus) -> bool:
    """Equal documents (section passage ids compared as sequences) and passages."""
    def shape(c: Corpus) -> list[Any]:
        return [(d.id, d.title, d.url, d.aliases, [(s.heading, s.line, tuple(s.passage_ids)) for s in d.sections])
                for d in c.documents]
    return shape(a) == shape(b) and tuple(a.passages) == tuple(b.passages)


def test_the_parsed_corpus_survives_its_cached_form(corpus: Corpus) -> None:
    assert _same_corpus(corpus_from_arrays(_cache_arrays(corpus)), corpus)


# --- index and vectors ---------------------------------------------------------------------------------------


def test_vectors_fit_transform_and_round_trip_through_arrays() -> None:
    texts = ["bone pain and fever", "blood transfusions", "fever"]
    vec, matrix = fit(texts, "terms")
    assert matrix.shape == (3, vec.size)
    query = vec.transform(["fever and an unknown word"])
    assert query.nnz == 1  # only the known term counts
    assert (query @ matrix.T).toarray().ravel().argmax() == 2  # "fever" alone is the closest text
    again = type(vec).from_arrays(vec.to_arrays("v"), "v")
    assert (again.transform(texts) != vec.transform(texts)).nnz == 0
    back = matrix_from_arrays(matrix_to_arrays(matrix, "m"), "m")
    assert (back != matrix).nnz == 0
    # What serving reads of a stored matrix (no scipy): the same rows, the same product with a dense vector.
    postings = postings_from_arrays(matrix_to_arrays(matrix, "m"), "m")
    assert postings.shape == matrix.shape
    for row in range(matrix.shape[0]):
        lo, hi = postings.indptr[row], postings.indptr[row + 1]
        assert postings.indices[lo:hi].tolist() == matrix[row].indices.tolist()
    vector = np.arange(vec.size, dtype=np.float32)
    assert np.allclose(postings.dot(vector), matrix @ vector)


def test_a_cached_start_never_imports_scipy_or_sklearn() -> None:
    """Only building needs scipy and scikit-learn: a start from the cache and an answer do without them (tens of
    milliseconds of every cold start)."""
    import subprocess
    import sys

    code = ("import sys\nfrom marrowbot import Bot\nimport marrowbot.index, marrowbot.vectors\n"
            "import marrowbot.understanding.intent_model, marrowbot.understanding.safety_model\n"
            "print(sorted(m for m in sys.modules if m.split('.')[0] in ('scipy', 'sklearn')))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"


def test_names_are_titles_aliases_and_the_conditions_links_name(corpus: Corpus) -> None:
    names = {(n.text, n.doc, n.kind) for n in collect_names(corpus)}
    assert {("Bone marrow necrosis", NECROSIS, "title"), ("BMN", NECROSIS, "alias"),
            ("Aplastic Anemia", DISEASES, "condition"), ("stem cells", DISEASES, "condition")} <= names
    assert condition_name("Aplastic Anemia: MedlinePlus Health Topic") == "Aplastic Anemia"
    assert not any(text == "Also in Spanish" for text, _, _ in names)  # a nested link names nothing


def test_the_index_ranks_passages_and_restricts_to_a_document_and_sections(index: PassageIndex) -> None:
    best = index.search("bone pain and fever", k=3)
    assert best[0].passage.doc == NECROSIS and best[0].score >= best[-1].score
    treatments = index.search("blood transfusions", k=5)
    assert treatments[0].passage.text.startswith("Treatments for aplastic anemia include blood transfusions")
    only = index.search("bone marrow", k=50, doc=APLASTIC, sections=("Causes",))
    assert only and {(h.passage.doc, h.passage.section) for h in only} == {(APLASTIC, "Causes")}
    assert index.search("bone marrow", k=50, doc="no-such-document") == []


# --- understanding: intent model, topics ---------------------------------------------------------------------


@pytest.mark.parametrize(("message", "intent"), [
    ("what are the symptoms of bone marrow necrosis", "symptoms"),
    ("how is aplastic anemia treated", "treatment"),
    ("what causes it", "causes"),
    ("thank you so much", "thanks"),
])
def test_the_intent_model_ranks_intents_as_probabilities(matcher: IntentMatcher, message: str, intent: str) -> None:
    scores = matcher.score(message)
    assert scores.best[0] == intent
    probabilities = [p for _, p in scores.ranked]
    assert probabilities == sorted(probabilities, reverse=True) and abs(sum(probabilities) - 1) < 1e-6


@pytest.mark.parametrize(("message", "doc"), [
    ("what is bone marrow necrosis", NECROSIS),
    ("tell me about BMN", NECROSIS),
    ("what is aplastik anemia", APLASTIC),  # a typo in a word of the name
    ("bone marrow diseases", DISEASES),
])
def test_topics_find_the_document_a_message_names(index: PassageIndex, intent_set: IntentSet, message: str,
                                                  doc: str) -> None:
    found = TopicFinder(index, intent_set.abbreviations).candidates(message)
    assert found and found[0].doc == doc


def test_topics_find_nothing_in_a_message_naming_no_document(index: PassageIndex, intent_set: IntentSet) -> None:
    assert TopicFinder(index, intent_set.abbreviations).candidates("what will the weather be like tomorrow") == []


def test_understanding_carries_the_topic_of_the_conversation(understander: Understander) -> None:
    session = Session()
    first = understander.understand("what are the symptoms of bone marrow necrosis", session)
    assert (first.intent, first.doc, first.followup) == ("symptoms", NECROSIS, False)
    session.remember(first.intent, first.topic)
    then = understander.understand("how is it treated?", session)
    assert (then.intent, then.doc, then.followup) == ("treatment", NECROSIS, True)


# --- retrieval -----------------------------------------------------------------------------------------------


def test_retrieval_for_an_intent_stays_in_the_topic_and_its_sections(
    understander: Understander, index: PassageIndex, intent_set: IntentSet
) -> None:
    u = understander.understand("how is aplastic anemia treated", Session())
    hits, _ = Retriever(index).for_intent(u, intent_set.intent("treatment"))
    assert hits and {(h.passage.doc, h.passage.section) for h in hits} == {(APLASTIC, "Treatment")}


def test_free_retrieval_searches_every_document_but_not_the_references(
    understander: Understander, index: PassageIndex
) -> None:
    u = understander.understand("Paydas Ergin bone pain", Session())
    hits, best = Retriever(index).free(u)
    assert hits and best > 0
    assert hits[0].passage.section == "Symptoms"
    assert all(h.passage.section != "References" for h in hits)


# --- compose and render --------------------------------------------------------------------------------------


def test_compose_quotes_passages_numbers_them_and_lists_their_sources(corpus: Corpus, intent_set: IntentSet) -> None:
    composer = Composer(corpus, intent_set.messages)
    symptoms = [corpus.passages[i] for i in corpus.document(NECROSIS).sections[1].passage_ids]
    link = next(p for p in corpus.passages if p.text == "Bone Marrow Test")
    picked = composer.select([Hit(symptoms[0], 0.9), Hit(symptoms[1], 0.8), Hit(link, 0.7)])
    answer = composer.answer(question="q", intent="symptoms", topic=NECROSIS, confidence=1.7, picked=picked)
    assert [s.text for s in answer.snippets] == [p.text for p, _ in picked]
    assert [s.n for s in answer.snippets] == list(range(1, len(picked) + 1))
    necrosis = next(s for s in answer.sources if s.doc == NECROSIS and not s.source.startswith("linked"))
    assert necrosis.cites == tuple(s.n for s in answer.snippets if s.doc == NECROSIS)
    linked = next(s for s in answer.sources if s.title == "Bone Marrow Test")
    assert linked.url == link.url and linked.source == "linked from Bone Marrow Diseases"
    assert answer.confidence == 1.0 and answer.text.endswith(answer.disclaimer) and answer.disclaimer


def test_compose_an_abstention_quotes_nothing(corpus: Corpus, intent_set: IntentSet) -> None:
    composer = Composer(corpus, intent_set.messages)
    picked = composer.select([Hit(corpus.passages[0], 0.9)])
    answer = composer.answer(question="q", intent="out_of_scope", topic=None, confidence=0.1, picked=picked,
                             abstained=True, lead="Not covered.")
    assert answer.snippets == () and answer.sources == ()
    assert answer.text.startswith("Not covered.")


def test_render_lays_out_lead_quotes_after_sources_and_disclaimer_in_that_order() -> None:
    quote = Snippet(1, "A sentence.", "d", "Doc", "Summary", "https://d", 0.5)
    link = Snippet(2, "A linked page", "d", "Doc", "Further reading", "https://l", 0.4, link_title="A linked page")
    source = Source(1, "Doc", "The Publisher", "https://d", "2020-01-02", "d", (1, 2), "The Website")
    text = plain("Lead.", (quote, link), (source,), "After.", "Not medical advice.")
    assert text.split("\n\n") == [
        "Lead.",
        "\u201cA sentence.\u201d [1]",
        "Read more:\n- A linked page (The Publisher): https://l [2]",  # a link is listed, never quoted
        "After.",
        "Sources:\n[1][2] Doc. The Website, The Publisher. Last updated 2020-01-02. https://d",
        "Not medical advice.",
    ]
    assert quote_line(link) == "A linked page [2]"
    linked = Source(2, "Page", "NLM", "https://p", None, "d", (3,), "linked from Doc")
    assert source_line(linked) == "[3] Page. NLM. https://p (linked from Doc)"


# --- the cache -----------------------------------------------------------------------------------------------


def test_the_cache_round_trips_arrays_and_refuses_a_damaged_or_stale_file(tmp_path: Path, corpus: Corpus) -> None:
    arrays = {"a": np.arange(5), **_cache_arrays(corpus)}
    key = "k" * 32
    assert store.save(tmp_path, key, arrays)
    loaded = store.load(tmp_path, key)
    assert loaded is not None and np.array_equal(loaded["a"], arrays["a"])
    assert _same_corpus(corpus_from_arrays(loaded), corpus)
    assert store.load(tmp_path, "other" * 6) is None  # another key: not this cache
    (store.cache_path(tmp_path, key) / "a.npy").write_bytes(b"not an npy file")
    assert store.load(tmp_path, key) is None  # damage means "rebuild", never an error


def test_the_cache_key_changes_with_any_file_or_version(tmp_path: Path, tiny_corpus_dir: Path) -> None:
    files = sorted(tiny_corpus_dir.glob("*.md"))
    copies = []
    for f in files:
        copies.append(tmp_path / f.name)
        copies[-1].write_bytes(f.read_bytes())
    key = store.fingerprint(copies, "1")
    assert store.fingerprint(copies, "1") == key and store.fingerprint(copies, "2") != key
    copies[0].write_text(copies[0].read_text(encoding="utf-8") + "\n", encoding="utf-8")
    assert store.fingerprint(copies, "1") != key


# --- the wiring ----------------------------------------------------------------------------------------------


def test_the_bot_wires_the_stages_over_the_tiny_world(tiny_bot: Any) -> None:
    answer = tiny_bot.ask("what causes aplastic anemia", Session())
    assert (answer.intent, answer.topic, answer.abstained) == ("causes", APLASTIC, False)
    assert {s.section for s in answer.snippets} == {"Causes"}
    assert tiny_bot.counts()["documents"] == 3
    # The packaged intents name sections the tiny world lacks: warnings, not a refusal.
    assert any("prognosis" in w for w in tiny_bot.info.warnings)
