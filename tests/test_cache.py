"""The index is built once, cached without pickle, and a bad cache only ever means a rebuild."""

from __future__ import annotations

import os
from pathlib import Path

import numpy as np
import pytest
from conftest import REPO, with_models

from marrowbot import Bot, Session
from marrowbot import store as cache_mod
from marrowbot.vectors import ANALYZERS, Vectorizer, fit


def test_query_vectors_equal_scikit_learns_and_survive_a_round_trip() -> None:
    from sklearn.feature_extraction.text import TfidfVectorizer

    texts = [p.text for p in Bot.load().passages]
    queries = ["bone pain and fever", "what causes bone marrow necrosis?", "zzz unknown", ""]
    for analyzer in ("terms", "chars"):
        vec, _ = fit(texts, analyzer)
        reference = TfidfVectorizer(analyzer=ANALYZERS[analyzer], sublinear_tf=True).fit(texts)
        assert np.allclose(vec.transform(queries).toarray(), reference.transform(queries).toarray(), atol=1e-6)
        again = Vectorizer.from_arrays(vec.to_arrays("v"), "v")
        assert np.array_equal(again.transform(queries).toarray(), vec.transform(queries).toarray())


def test_second_load_comes_from_the_cache_and_answers_the_same(tmp_path: Path, trained_models: Path) -> None:
    first = Bot.load(cache_dir=with_models(trained_models, tmp_path))
    second = Bot.load(cache_dir=tmp_path)
    assert not first.info.from_cache and first.info.built == ("index",)  # the models did not need the corpus
    assert second.info.from_cache and second.info.built == ()
    # Fresh passages and the memory-mapped table (passages made on demand) must quote alike: list items
    # after a lead-in, the "Also in Spanish" links, follow-ups in a session.
    questions = ["what are the symptoms of bone marrow necrosis", "what are the symptoms of ALL",
                 "enfermedades de la médula ósea en español", "what is bone marrow disease", "and how is it treated"]
    s1, s2 = Session(), Session()
    answers = [(first.ask(q, s1), second.ask(q, s2)) for q in questions]
    assert all(a.to_dict() == b.to_dict() and a.own_language_links == b.own_language_links for a, b in answers)
    assert any(a.own_language_links for a, _ in answers)
    assert any(s.text.endswith(":") and len(a.snippets) > 2 for a, _ in answers for s in a.snippets)
    (stored,) = tmp_path.glob("index-*")
    assert stored.is_dir() and not list(tmp_path.glob(".*"))  # renamed into place, no temporary left
    for f in stored.glob("*.npy"):  # plain arrays, loadable with pickle refused: nothing pickled inside
        np.load(f, allow_pickle=False, mmap_mode="r")
    assert (stored / "text.vocab.npy").exists() and (stored / "passage.text.npy").exists()


def test_a_corrupt_or_foreign_cache_file_means_a_rebuild(tmp_path: Path, trained_models: Path) -> None:
    Bot.load(cache_dir=with_models(trained_models, tmp_path))
    (stored,) = tmp_path.glob("index-*")
    (stored / "text_t.data.npy").write_bytes(b"not an array at all")
    bot = Bot.load(cache_dir=tmp_path)
    assert not bot.info.from_cache and bot.info.built == ("index",)  # the models kept
    assert bot.ask("what is bone marrow necrosis", Session()).snippets
    assert Bot.load(cache_dir=tmp_path).info.from_cache  # rewritten whole
    (foreign,) = tmp_path.glob("index-*")
    (foreign / "cache.key").write_text("0" * 32, encoding="ascii")  # another key's folder under this name
    bot = Bot.load(cache_dir=tmp_path)
    assert bot.info.built == ("index",) and bot.ask("what is bone marrow necrosis", Session()).snippets


@pytest.mark.skipif(os.geteuid() == 0, reason="root can write anywhere")
def test_an_unwritable_cache_folder_still_answers(tmp_path: Path) -> None:
    tmp_path.chmod(0o500)
    try:
        bot = Bot.load(cache_dir=tmp_path / "sub")
        assert bot.ask("what is bone marrow necrosis", Session()).snippets
    finally:
        tmp_path.chmod(0o700)


def test_a_cache_path_that_is_a_file_still_answers(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    bot = Bot.load(cache_dir=blocker)
    assert not bot.info.from_cache and bot.ask("what is bone marrow necrosis", Session()).snippets


def test_each_kind_is_pruned_alone(tmp_path: Path) -> None:
    """Many indexes (a clinic editing documents) never push out the one set of models, and each kind keeps its
    newest few."""
    assert cache_mod.save(tmp_path, "m" * 32, {"a": np.arange(3)}, "models")
    for i in range(12):
        assert cache_mod.save(tmp_path, f"{i:032d}", {"a": np.arange(i)}, "index")
    assert len(list(tmp_path.glob("index-*"))) == 8 and cache_mod.load(tmp_path, f"{11:032d}") is not None
    assert cache_mod.load(tmp_path, "m" * 32, "models") is not None
    assert cache_mod.load(tmp_path, "m" * 32) is None  # a models key is not an index
    with pytest.raises(ValueError):
        cache_mod.cache_path(tmp_path, "k" * 32, "other")


def test_the_cache_key_follows_the_corpus_content(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for f in (REPO / "corpus").glob("*.md"):
        (corpus / f.name).write_bytes(f.read_bytes())
    key = cache_mod.fingerprint(sorted(corpus.glob("*.md")), "1")
    target = corpus / "bone-marrow-necrosis.md"
    target.write_text(target.read_text() + "\n## Extra\nA new sentence.\n")
    assert cache_mod.fingerprint(sorted(corpus.glob("*.md")), "1") != key
    files = sorted(corpus.glob("*.md"))
    assert cache_mod.fingerprint(files, "2") != cache_mod.fingerprint(files, "1")
    assert cache_mod.fingerprint(files, "1", "models") != cache_mod.fingerprint(files, "1", "index")
