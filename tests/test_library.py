"""The packaged linked library: word for word from the MedQuAD XML in sources/linked/, attributed in every
answer, on by default after the two seed documents, off with --library none."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET  # the files checked here are the project's own, byte for byte from MedQuAD
from pathlib import Path

import pytest
from conftest import REPO, run_marrowbot

from marrowbot.corpus import load_corpus
from marrowbot.errors import ConfigError
from marrowbot.frontends.config import parse_kiosk_config
from marrowbot.importers import batch, medquad
from marrowbot.session import Session

LIBRARY = REPO / "library" / "linked"
SOURCES = REPO / "sources" / "linked" / "medquad"
_SOURCE_FILE = re.compile(r"^# Source file: (\S+) ", re.M)


def _answers(xml: Path) -> str:
    root = ET.parse(xml).getroot()
    return " ".join(" ".join((a.text or "").split()) for a in root.iter("Answer"))


@pytest.fixture(scope="module")
def library():  # noqa: ANN201
    return load_corpus(LIBRARY)


def test_every_sentence_is_in_the_source_xml(library) -> None:  # noqa: ANN001
    checked = 0
    for doc in library.documents:
        rel = _SOURCE_FILE.search(Path(doc.path).read_text()).group(1)
        xml = SOURCES / rel
        source = _answers(xml)
        root = ET.parse(xml).getroot()
        assert doc.url == root.get("url")
        assert doc.source.endswith(", copy in MedQuAD, before 2019")
        for pid in (i for s in doc.sections for i in s.passage_ids):
            text = library.passages[pid].text
            assert text in source, f"{doc.id}: {text!r} is not in {rel}"
            checked += 1
    assert checked > 4000


def test_no_run_on_sentences(library) -> None:  # noqa: ANN001
    # Flattened lists and GARD's phenotype tables would make one enormous "sentence".
    longest = max(library.passages, key=lambda p: len(p.text))
    assert len(longest.text) < 600, longest.text
    assert not any("Human Phenotype Ontology" in p.text for p in library.passages)
    assert not any(p.text.startswith("(See ") or p.text.endswith("?") for p in library.passages)


def test_the_library_is_what_the_importer_makes_of_the_sources() -> None:
    docs, empty = batch.convert_all(batch.source_files([SOURCES]), medquad.convert)
    assert {d.filename for d in docs} == {p.name for p in LIBRARY.glob("*.md") if p.name != "README.md"}
    for d in docs:
        assert (LIBRARY / d.filename).read_text(encoding="utf-8") == d.markdown, d.filename
    # The two files left out hold only a phenotype table; the README names them.
    readme = (LIBRARY / "README.md").read_text()
    assert len(empty) == 2 and all("/".join(p.parts[-2:]) in readme for p in empty)
    assert (LIBRARY / "LICENSE-MedQuAD.txt").read_text().startswith("Attribution 4.0 International")


def test_seeds_first_and_keep_their_ids(bot) -> None:  # noqa: ANN001
    assert [d.id for d in bot.documents[:2]] == ["bone-marrow-diseases", "bone-marrow-necrosis"]
    assert len(bot.documents) > 50
    assert "bone-marrow-diseases" not in bot.index.linked_docs


def test_the_seed_answers_before_the_linked_page(bot) -> None:  # noqa: ANN001
    a = bot.ask("What is aplastic anemia?", Session())
    assert a.snippets[0].doc == "bone-marrow-diseases"
    assert any(s.doc in bot.index.linked_docs for s in a.snippets)
    assert "copy in MedQuAD, before 2019" in a.text and "nih.gov" in a.text


def test_a_linked_page_answers_with_the_seed_link_listed(bot) -> None:  # noqa: ANN001
    a = bot.ask("what are the symptoms of polycythemia vera?", Session())
    assert a.topic in bot.index.linked_docs and not a.abstained
    assert a.snippets[-1].doc == "bone-marrow-diseases" and a.snippets[-1].link_title
    assert "copy in MedQuAD, before 2019" in a.text


def test_questions_naming_no_page_stay_with_the_seeds(bot) -> None:  # noqa: ANN001
    for q in ("how is diabetes treated?", "what are the symptoms of arthritis"):
        a = bot.ask(q, Session())
        assert a.abstained, (q, a.text)


def test_library_none_gives_the_two_seeds() -> None:
    r = run_marrowbot("--library", "none", "index")
    assert r.returncode == 0 and "documents: 2," in r.stdout, r.stdout + r.stderr
    r = run_marrowbot("ask", "--library", "none", "what is polycythemia vera?")
    assert r.returncode == 0 and "MedQuAD" not in r.stdout
    r = run_marrowbot("ask", "what is polycythemia vera?")
    assert r.returncode == 0 and "copy in MedQuAD, before 2019" in r.stdout


def test_kiosk_configuration_key() -> None:
    assert parse_kiosk_config("library: none\n").library == "none"
    assert parse_kiosk_config("idle_seconds: 60\n").library == "linked"
    with pytest.raises(ConfigError) as err:
        parse_kiosk_config("idle_seconds: 60\nlibrary: all\n", "kiosk.yml")
    assert str(err.value).startswith("kiosk.yml:2: 'library' must be linked or none")


def test_serve_workers_read_the_library_setting(monkeypatch: pytest.MonkeyPatch) -> None:
    from marrowbot.web import serve

    for name in (serve.ENV_CORPUS, serve.ENV_INTENTS, serve.ENV_CONFIG, serve.ENV_KIOSK):
        monkeypatch.delenv(name, raising=False)
    bots = {}
    for library in ("none", "linked"):
        monkeypatch.setenv(serve.ENV_LIBRARY, library)
        monkeypatch.setattr(serve, "create_app", lambda bot, library=library, **_: bots.setdefault(library, bot))
        serve.app_from_env()  # what each uvicorn worker runs
    assert len(bots["none"].documents) == 2 and len(bots["linked"].documents) > 50
