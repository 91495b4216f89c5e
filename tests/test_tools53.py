"""Round 53: faults a cold review found in the testers' tools and the loaders, met where a user meets them: the real
command line in a subprocess. A bad file is ``FILE:LINE: what is wrong``, exit 2, never a traceback, and nothing is
half-written."""

from __future__ import annotations

import json
import os
import shutil
import stat
from pathlib import Path

import pytest
from conftest import REPO, copy_intents, run_marrowbot

from marrowbot.corpus import load_corpus

SENTENCE = "Marrow failure in this made-up page is described with one sentence that is long enough to keep."


def _medquad(focus: str, answer: str = SENTENCE, *, source: str = "GARD") -> str:
    return (f'<?xml version="1.0" encoding="UTF-8"?>\n<Document id="0000001" source="{source}" url="https://x.test/a">\n'
            f"<Focus>{focus}</Focus>\n<QAPairs>\n<QAPair pid=\"1\">\n"
            f'<Question qid="1" qtype="information">What is {focus} ?</Question>\n'
            f"<Answer>{answer}</Answer>\n</QAPair>\n</QAPairs>\n</Document>\n")


def _write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def _no_traceback(r) -> None:  # noqa: ANN001
    assert "Traceback" not in r.stderr, r.stderr


def _snapshot(folder: Path) -> dict[str, str]:
    return {f.name: f.read_text(encoding="utf-8") for f in sorted(folder.iterdir())} if folder.exists() else {}


# --- HIGH 1, LOW 14: deep XML, a FIFO --------------------------------------------------------------------------


@pytest.mark.parametrize("kind", ["medquad", "medlineplus"])
def test_deeply_nested_xml_is_refused_with_its_line_not_a_traceback(tmp_path: Path, kind: str) -> None:
    depth = 50_000
    root = "Document" if kind == "medquad" else "health-topics"
    src = _write(tmp_path / "deep.xml", f"<{root}>\n" + "<x>" * depth + "t" + "</x>" * depth + f"</{root}>\n")
    out = tmp_path / "out"
    r = run_marrowbot("import", kind, str(src), "--out", str(out))
    _no_traceback(r)
    assert r.returncode == 2
    assert f"{src}:2: elements nested more than" in r.stderr
    assert not out.exists()


def test_nesting_below_the_limit_is_read_without_recursion() -> None:
    from marrowbot.importers.xmlsafe import MAX_DEPTH, parse_bytes

    depth = MAX_DEPTH - 1
    root = parse_bytes(("<a>" + "<b>x" * (depth - 1) + "</b>" * (depth - 1) + "</a>").encode(), "mem.xml")
    assert root.text == "x" * (depth - 1)
    assert len(root.iter("b")) == depth - 1


def test_a_fifo_given_to_the_importer_is_refused_without_waiting(tmp_path: Path) -> None:
    from marrowbot.errors import SourceError
    from marrowbot.importers.xmlsafe import parse

    fifo = tmp_path / "pipe.xml"
    os.mkfifo(fifo)
    with pytest.raises(SourceError, match="not a regular file"):
        parse(fifo)


# --- HIGH 3: --force matches on the front matter id only -------------------------------------------------------


def _existing(out: Path, name: str, doc_id: str) -> Path:
    return _write(out / name, f"---\nid: {doc_id}   # the clinic's own\ntitle: Precious\n---\n# Precious\n\n"
                              "## Summary\nThe clinic wrote this sentence itself and wants it kept.\n")


def test_force_never_replaces_a_file_whose_name_matches_but_id_differs(tmp_path: Path) -> None:
    src = _write(tmp_path / "foo.xml", _medquad("Foo"))
    out = tmp_path / "out"
    _existing(out, "foo-gard.md", "precious-doc")
    before = _snapshot(out)
    r = run_marrowbot("import", "medquad", str(src), "--out", str(out), "--force")
    _no_traceback(r)
    assert r.returncode == 2
    assert "holds the document id 'precious-doc'" in r.stderr
    assert _snapshot(out) == before


def test_an_id_with_a_comment_is_found_and_named(tmp_path: Path) -> None:
    src = _write(tmp_path / "foo.xml", _medquad("Foo"))
    out = tmp_path / "out"
    _existing(out, "kept-by-the-clinic.md", "foo-gard")
    before = _snapshot(out)
    r = run_marrowbot("import", "medquad", str(src), "--out", str(out))
    assert r.returncode == 2
    assert f"{out / 'kept-by-the-clinic.md'}: document id 'foo-gard' exists already" in r.stderr
    assert _snapshot(out) == before
    r = run_marrowbot("import", "medquad", str(src), "--out", str(out), "--force")
    assert r.returncode == 0, r.stderr
    assert sorted(p.name for p in out.iterdir()) == ["foo-gard.md"]


# --- MEDIUM 4, LOW 12 ------------------------------------------------------------------------------------------


def _topics(*titles: str) -> str:
    topics = "".join(
        f'<health-topic title="{t}" url="https://x.test/{i}" id="{i}" language="English">\n'
        f"<full-summary>&lt;p&gt;{SENTENCE}&lt;/p&gt;</full-summary>\n</health-topic>\n"
        for i, t in enumerate(titles, 1))
    return f'<?xml version="1.0"?>\n<health-topics total="{len(titles)}">\n{topics}</health-topics>\n'


def test_two_medlineplus_topics_with_one_id_are_refused(tmp_path: Path) -> None:
    src = _write(tmp_path / "topics.xml", _topics("Marrow Thing", "Marrow-thing"))
    out = tmp_path / "out"
    r = run_marrowbot("import", "medlineplus", str(src), "--out", str(out))
    _no_traceback(r)
    assert r.returncode == 2
    assert f"{src}:6: makes document id 'marrow-thing', as {src}:3 does" in r.stderr
    assert not out.exists()


def test_importing_nothing_fails_and_writes_nothing(tmp_path: Path) -> None:
    src = _write(tmp_path / "topics.xml", '<?xml version="1.0"?>\n<health-topics total="0">\n</health-topics>\n')
    out = tmp_path / "out"
    r = run_marrowbot("import", "medlineplus", str(src), "--out", str(out))
    _no_traceback(r)
    assert r.returncode == 2
    assert "nothing to import" in r.stderr
    assert not out.exists()


# --- MEDIUM 5: --out a link ------------------------------------------------------------------------------------


def test_out_a_link_updates_the_linked_folder_and_keeps_the_link_and_mode(tmp_path: Path) -> None:
    src = _write(tmp_path / "foo.xml", _medquad("Foo"))
    real = tmp_path / "real"
    _existing(real, "other.md", "other-doc")
    real.chmod(0o750)
    link = tmp_path / "link"
    link.symlink_to(real)
    r = run_marrowbot("import", "medquad", str(src), "--out", str(link))
    assert r.returncode == 0, r.stderr
    assert link.is_symlink()
    assert sorted(p.name for p in real.iterdir()) == ["foo-gard.md", "other.md"]
    assert stat.S_IMODE(real.stat().st_mode) == 0o750


# --- MEDIUM 8: errors name the source; no words lost -----------------------------------------------------------


def test_ctrl_c_between_the_two_renames_puts_the_old_folder_back(tmp_path: Path, monkeypatch) -> None:  # noqa: ANN001
    """A Ctrl-C (or any error) after the old corpus folder is moved aside and before the new one is moved in leaves
    the old folder where it was, whole: never neither."""
    from marrowbot.importers import batch

    out = tmp_path / "corpus"
    out.mkdir()
    (out / "doc.md").write_text("the clinic's document\n")
    stage = tmp_path / "stage"
    stage.mkdir()
    (stage / "new.md").write_text("new\n")
    real_replace = os.replace
    calls = []

    def interrupted(src, dst):  # noqa: ANN001, ANN202
        calls.append((src, dst))
        if len(calls) == 2:  # the new folder's move: the user pressed Ctrl-C just before it
            raise KeyboardInterrupt
        return real_replace(src, dst)

    monkeypatch.setattr(batch.os, "replace", interrupted)
    with pytest.raises(KeyboardInterrupt):
        batch._swap(stage, out)
    assert (out / "doc.md").read_text() == "the clinic's document\n"
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".corpus-old-")]


def test_a_focus_without_latin_letters_names_the_source_line(tmp_path: Path) -> None:
    src = _write(tmp_path / "zh.xml", _medquad("骨髓"))
    out = tmp_path / "out"
    r = run_marrowbot("import", "medquad", str(src), "--out", str(out))
    _no_traceback(r)
    assert r.returncode == 2
    assert f"{src}:3: cannot make a document id from '骨髓'" in r.stderr
    assert "-gard.md" not in r.stderr
    assert not out.exists()


def test_answer_lines_starting_with_hashes_keep_their_words(tmp_path: Path) -> None:
    answer = ("# The first line of this invented answer is kept as a sentence.\n"
              "## A second invented line, also a sentence, must stay in the document too.\n" + SENTENCE)
    src = _write(tmp_path / "heady.xml", _medquad("Heady", answer))
    out = tmp_path / "out"
    r = run_marrowbot("import", "medquad", str(src), "--out", str(out))
    assert r.returncode == 0, r.stderr
    texts = [p.text for p in load_corpus(out).passages]
    assert "The first line of this invented answer is kept as a sentence." in texts
    assert "A second invented line, also a sentence, must stay in the document too." in texts
    assert SENTENCE in texts


# --- HIGH 2: the safety training data read as every loader reads -----------------------------------------------


def test_a_bad_byte_in_the_safety_data_is_file_line_not_a_traceback(tmp_path: Path) -> None:
    intents = copy_intents(tmp_path)
    data = intents / "safety" / "crisis.hand.jsonl"
    lines = data.read_bytes().count(b"\n")
    with data.open("ab") as fh:
        fh.write(b'{"flag": "made_up", "not_example": "a caf\xe9 visit after the clinic"}\n')
    r = run_marrowbot("index", "--library", "none", "--intents", str(intents))
    _no_traceback(r)
    assert r.returncode == 2
    assert f"{data}:{lines + 1}: not UTF-8 text" in r.stderr


def test_a_line_separator_inside_a_json_string_is_text_not_a_line_break(tmp_path: Path) -> None:
    from marrowbot.errors import IntentsError
    from marrowbot.intents import load_intents
    from marrowbot.understanding.safety_data import load_training

    intents = copy_intents(tmp_path)
    data = intents / "safety" / "crisis.hand.jsonl"
    lines = data.read_text(encoding="utf-8").count("\n")
    row = json.dumps({"flag": "made_up", "not_example": "my shift ended\u2028and I went home to rest"},
                     ensure_ascii=False)
    with data.open("a", encoding="utf-8") as fh:
        fh.write(row + "\n" + '{"flag": "made_up", "not_example": }\n')
    with pytest.raises(IntentsError) as caught:
        load_training(intents, load_intents(intents))
    assert caught.value.line == lines + 2  # the broken line, not the one with U+2028 (no "bad JSON" there)
    assert caught.value.path == str(data)


# --- MEDIUM 6, LOW 11, MEDIUM 7, MEDIUM 10, MEDIUM 9, LOW 15: replay ---------------------------------------------

TINY = REPO / "tests" / "tiny" / "corpus"


def _replay(*args: str | Path):  # noqa: ANN202
    return run_marrowbot("--corpus", str(TINY), "replay", *map(str, args))


def _fixture(path: Path, expect: str, user: str = "what is aplastic anemia") -> Path:
    return _write(path, f"name: made up\nturns:\n  - user: {user}\n    expect: {expect}\n")


@pytest.mark.parametrize(("intent", "reported"), [("frequency", "definition"), ("risk", "causes")])
def test_an_intent_answers_never_carry_is_refused_naming_the_one_reported(tmp_path: Path, intent: str,
                                                                           reported: str) -> None:
    f = _fixture(tmp_path / "f.yml", f"{{intent: [{intent}]}}")
    r = _replay(f)
    _no_traceback(r)
    assert r.returncode == 2
    assert f"{f}:4: `intent`: answers to {intent!r} report the intent {reported!r}" in r.stderr


def test_a_phrase_of_the_disclaimer_is_refused_as_a_check_that_cannot_fail(tmp_path: Path) -> None:
    f = _fixture(tmp_path / "f.yml", '{contains: ["NOT  Medical advice"]}')
    r = _replay(f)
    assert r.returncode == 2
    assert f"{f}:4: `contains`: 'NOT  Medical advice' is part of the disclaimer every English answer" in r.stderr
    ok = _fixture(tmp_path / "ok.yml", '{not_contains: ["not medical advice"]}', user="qué es la anemia aplásica")
    assert _replay(ok).returncode == 0  # the English disclaimer in a Spanish answer: a check that can fail


def test_junit_is_rewritten_when_the_corpus_is_broken(tmp_path: Path) -> None:
    f = _fixture(tmp_path / "f.yml", "{intent: definition}")
    junit = tmp_path / "j.xml"
    first = _replay(f, "--junit", junit)
    assert first.returncode == 0, first.stdout + first.stderr
    broken = tmp_path / "broken"
    _write(broken / "bad.md", "no front matter here\n")
    r = run_marrowbot("--corpus", str(broken), "replay", str(f), "--junit", str(junit))
    _no_traceback(r)
    assert r.returncode == 2
    report = junit.read_text(encoding="utf-8")
    assert 'errors="1"' in report and "no front matter" in report
    assert 'failures="0"' in report and "turn 1" not in report


def test_fixtures_in_a_linked_folder_are_replayed_and_a_loop_ends(tmp_path: Path) -> None:
    real = tmp_path / "elsewhere"
    _fixture(real / "linked.yml", "{intent: definition}")
    top = tmp_path / "top"
    _fixture(top / "own.yml", "{intent: definition}")
    (top / "sub").symlink_to(real, target_is_directory=True)
    (real / "back").symlink_to(top, target_is_directory=True)  # a loop
    r = _replay(top)
    _no_traceback(r)
    assert r.returncode == 0, r.stdout + r.stderr
    assert r.stdout.splitlines()[-1] == "2 passed, 0 failed"


def test_line_numbers_after_a_line_separator_are_the_editors(tmp_path: Path) -> None:
    f = _write(tmp_path / "f.yml", 'name: "made\u2028up\u0085name"\nturns:\n  - user: what is aplastic anemia\n'
                                   "    expect: {intnet: definition}\n")
    r = _replay(f)
    assert r.returncode == 2
    assert f"{f}:4: unknown key 'intnet'" in r.stderr
    corpus = tmp_path / "corpus"
    shutil.copytree(TINY, corpus)
    doc = corpus / "aplastic-anemia.md"
    text = doc.read_text(encoding="utf-8").replace("blood disorder in which", "blood\u2028disorder\x0cin which", 1)
    doc.write_text(text + "\n## Summary\nA second section of the same name.\n", encoding="utf-8")
    line = text.count("\n") + 2
    r = run_marrowbot("--corpus", str(corpus), "--library", "none", "index")
    _no_traceback(r)
    assert r.returncode == 2
    assert f"{doc}:{line}: section 'Summary' appears twice" in r.stderr


def test_a_control_character_in_a_fixture_is_one_line_with_its_line(tmp_path: Path) -> None:
    f = _write(tmp_path / "f.yml", "name: made up\nturns:\n  - user: \"héllo \x01 there\"\n")
    r = _replay(f)
    assert r.returncode == 2
    assert f"{f}:3: invalid YAML: the character U+0001 is not allowed" in r.stderr
    assert "position" not in r.stderr and "unicode string" not in r.stderr


# --- LOW 16: recorded fixtures are private ----------------------------------------------------------------------


def test_a_recorded_fixture_is_owner_only(tmp_path: Path) -> None:
    path = tmp_path / "rec.yml"
    r = run_marrowbot("--corpus", str(TINY), "record", str(path), input="what is aplastic anemia\n")
    assert r.returncode == 0, r.stderr
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_a_made_document_that_would_not_load_names_the_source_topic(tmp_path: Path) -> None:
    sites = "".join(f'<site title="{t}" url="https://x.test/{t}"><information-category>{c}</information-category>'
                    "</site>\n" for t, c in (("One", "Read Further"), ("Two", "read further")))
    src = _write(tmp_path / "topics.xml", _topics("Marrow Thing").replace("</full-summary>\n",
                                                                         "</full-summary>\n" + sites))
    out = tmp_path / "out"
    r = run_marrowbot("import", "medlineplus", str(src), "--out", str(out))
    _no_traceback(r)
    assert r.returncode == 2
    assert f"{src}:3: the document 'marrow-thing' made from this would not load (section 'read further'" in r.stderr
    assert ".md" not in r.stderr
    assert not out.exists()
