"""``marrowbot import``: MedQuAD and MedlinePlus XML -> corpus documents, through the real command line."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

from conftest import REPO, run_marrowbot
from hang_guard import HANG_GUARD

from marrowbot.corpus import load_corpus

MEDQUAD = REPO / "sources" / "linked" / "medquad"
SMALL = REPO / "tests" / "fixtures" / "medlineplus" / "health-topics-small.xml"
PV_GHR = MEDQUAD / "3_GHR_QA" / "0000806.xml"
PV_NHLBI = MEDQUAD / "8_NHLBI_QA_XML" / "0000106.xml"


def _xml_text(path: Path) -> str:
    import html

    text = path.read_text(encoding="utf-8")
    for _ in range(2):  # XML markup, then the HTML escaped inside MedlinePlus summaries
        text = html.unescape(re.sub(r"<[^>]+>", " ", text))
    return re.sub(r" ([,.;:])", r"\1", " ".join(text.split()))  # "<a>anemia</a>," left "anemia ,"


def test_medquad_files_become_documents_word_for_word(tmp_path: Path) -> None:
    out = tmp_path / "corpus"
    r = run_marrowbot("import", "medquad", str(PV_GHR), str(PV_NHLBI), "--out", str(out))
    assert r.returncode == 0, r.stderr
    assert "imported 2 documents" in r.stdout
    assert "importing" not in r.stderr  # no progress line when stderr is not a terminal
    corpus = load_corpus(out)
    assert {d.id for d in corpus.documents} == {"polycythemia-vera-ghr", "polycythemia-vera-nhlbi"}
    source = _xml_text(PV_GHR) + " " + _xml_text(PV_NHLBI)
    for p in corpus.passages:
        assert p.text in source, p.text
    nhlbi = corpus.document("polycythemia-vera-nhlbi")
    assert "copy in MedQuAD, before 2019" in nhlbi.source
    assert nhlbi.url == "http://www.nhlbi.nih.gov/health/health-topics/topics/poly"
    assert {"Summary", "Symptoms", "Causes", "Who is at risk", "Diagnosis", "Treatment"} <= set(nhlbi.section_names())
    # NHLBI's one-line-per-item list comes back as list items; its bare headings are gone.
    texts = [p.text for p in corpus.passages if p.doc == "polycythemia-vera-nhlbi"]
    assert "Unexplained weight loss" in texts
    assert "Overview" not in texts and "Polycythemia Vera Complications" not in texts
    markdown = (out / "polycythemia-vera-nhlbi.md").read_text()
    assert "CC BY 4.0" in markdown and "\n- Unexplained weight loss\n" in markdown


def test_a_folder_is_imported_and_a_second_run_does_not_overwrite(tmp_path: Path) -> None:
    src = tmp_path / "src"
    shutil.copytree(MEDQUAD / "1_CancerGov_QA", src)
    out = tmp_path / "out"
    assert run_marrowbot("import", "medquad", str(src), "--out", str(out)).returncode == 0
    before = {f.name: f.read_text() for f in out.glob("*.md")}
    assert len(before) == len(list(src.glob("*.xml")))
    target = out / "polycythemia-vera-nci.md"
    target.write_text(target.read_text() + "\n<!-- edited by the clinic -->\n")
    again = run_marrowbot("import", "medquad", str(src), "--out", str(out))
    assert again.returncode == 2
    assert "exists already" in again.stderr and "--force" in again.stderr
    assert "edited by the clinic" in target.read_text()  # nothing was written
    forced = run_marrowbot("import", "medquad", str(src), "--out", str(out), "--force")
    assert forced.returncode == 0, forced.stderr
    assert target.read_text() == before["polycythemia-vera-nci.md"]


def test_bad_xml_is_file_and_line_and_nothing_is_written(tmp_path: Path) -> None:
    src = tmp_path / "src"
    src.mkdir()
    shutil.copy(PV_GHR, src / "a.xml")
    lines = PV_NHLBI.read_text().splitlines()
    lines[4] = lines[4] + "<unclosed>"
    (src / "b.xml").write_text("\n".join(lines))
    out = tmp_path / "out"
    r = run_marrowbot("import", "medquad", str(src), "--out", str(out))
    assert r.returncode == 2
    assert re.search(r"b\.xml:\d+: not well-formed XML", r.stderr), r.stderr
    assert not out.exists()
    assert not list(tmp_path.glob(".out-import-*"))


def test_entities_and_unknown_question_types_are_refused(tmp_path: Path) -> None:
    bomb = tmp_path / "bomb.xml"
    bomb.write_text('<?xml version="1.0"?>\n<!DOCTYPE d [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]>\n'
                    "<Document><Focus>&b;</Focus></Document>\n")
    r = run_marrowbot("import", "medquad", str(bomb), "--out", str(tmp_path / "out"))
    assert r.returncode == 2 and "bomb.xml:2: a DOCTYPE" in r.stderr, r.stderr
    odd = tmp_path / "odd.xml"
    odd.write_text(PV_GHR.read_text().replace('qtype="frequency"', 'qtype="horoscope"'))
    r = run_marrowbot("import", "medquad", str(odd), "--out", str(tmp_path / "out"))
    line = next(i for i, t in enumerate(odd.read_text().splitlines(), 1) if "horoscope" in t)
    assert r.returncode == 2 and f"odd.xml:{line}: unknown question type 'horoscope'" in r.stderr, r.stderr
    assert not (tmp_path / "out").exists()


def test_medlineplus_topics_and_groups(tmp_path: Path) -> None:
    everything = tmp_path / "all"
    r = run_marrowbot("import", "medlineplus", str(SMALL), "--out", str(everything))
    assert r.returncode == 0, r.stderr
    corpus = load_corpus(everything)
    assert [d.id for d in corpus.documents] == ["anemia", "tuberculosis"]  # the Spanish topic is not a document
    anemia = corpus.document("anemia")
    assert anemia.aliases == ("Iron-poor blood", "Low blood") and anemia.source == "MedlinePlus"
    texts = [p.text for p in corpus.passages]
    assert "Blood loss" in texts  # an <li> is a list item
    assert "The most common cause of anemia is not having enough iron." in texts
    link = next(p for p in corpus.passages if p.link_title == "Anemia" and p.section == "Learn More")
    assert link.url == "https://www.nhlbi.nih.gov/health/anemia"
    spanish = next(p for p in corpus.passages if p.link_title == "Also in Spanish")
    assert spanish.url == "https://www.nhlbi.nih.gov/es/salud/anemia" and spanish.context == "Anemia"
    summary = _xml_text(SMALL)
    for p in corpus.passages:
        if p.section == "Summary":
            assert p.text in summary, p.text

    by_group = tmp_path / "group"
    r = run_marrowbot("import", "medlineplus", str(SMALL), "--group", "Infections", "--out", str(by_group))
    assert r.returncode == 0 and [f.name for f in by_group.glob("*.md")] == ["tuberculosis.md"]
    by_topic = tmp_path / "topic"
    r = run_marrowbot("import", "medlineplus", str(SMALL), "--topic", "anemia", "--out", str(by_topic))
    assert r.returncode == 0 and [f.name for f in by_topic.glob("*.md")] == ["anemia.md"]
    missing = run_marrowbot("import", "medlineplus", str(SMALL), "--topic", "Gout", "--out", str(tmp_path / "x"))
    assert missing.returncode == 2 and "no English health topic titled 'gout'" in missing.stderr
    assert not (tmp_path / "x").exists()


def test_an_imported_medlineplus_corpus_answers(tmp_path: Path) -> None:
    out = tmp_path / "mine"
    assert run_marrowbot("import", "medlineplus", str(SMALL), "--out", str(out)).returncode == 0
    r = run_marrowbot("--corpus", str(out), "ask", "how is tuberculosis treated?")
    assert r.returncode == 0, r.stderr
    assert "several medicines" in r.stdout and "https://medlineplus.gov/tuberculosis.html" in r.stdout


def test_not_a_medlineplus_file(tmp_path: Path) -> None:
    r = run_marrowbot("import", "medlineplus", str(PV_GHR), "--out", str(tmp_path / "o"))
    assert r.returncode == 2 and "0000806.xml:2: not a MedlinePlus health-topics file" in r.stderr, r.stderr


def test_a_long_import_shows_progress_on_a_terminal(tmp_path: Path) -> None:
    import sys

    import pexpect

    child = pexpect.spawn(sys.executable, ["-m", "marrowbot", "import", "medquad", str(MEDQUAD), "--out",
                                           str(tmp_path / "out")], encoding="utf-8", timeout=HANG_GUARD)
    child.expect(r"importing 61/61 files")
    child.expect(r"imported 59 documents")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0


def test_force_replaces_the_file_that_holds_the_id_and_the_folder_still_loads(tmp_path: Path) -> None:
    out = tmp_path / "corpus"
    assert run_marrowbot("import", "medquad", str(PV_GHR), "--out", str(out)).returncode == 0
    (out / "polycythemia-vera-ghr.md").rename(out / "pv-renamed-by-the-clinic.md")  # the id, in another file
    (out / "README.md").write_text("the clinic's notes\n")
    mode = out.stat().st_mode & 0o777
    forced = run_marrowbot("import", "medquad", str(PV_GHR), str(PV_NHLBI), "--out", str(out), "--force")
    assert forced.returncode == 0, forced.stderr
    assert sorted(f.name for f in out.iterdir()) == ["README.md", "polycythemia-vera-ghr.md",
                                                     "polycythemia-vera-nhlbi.md"]
    assert (out / "README.md").read_text() == "the clinic's notes\n" and out.stat().st_mode & 0o777 == mode
    assert len(load_corpus(out).documents) == 2
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []  # nothing left beside it


def test_an_import_that_cannot_finish_changes_nothing(tmp_path: Path) -> None:
    out = tmp_path / "corpus"
    assert run_marrowbot("import", "medquad", str(PV_GHR), "--out", str(out)).returncode == 0
    before = {f.name: f.read_text() for f in out.iterdir()}
    (out / "broken.md").write_text("---\nid: broken\n---\nno title\n")  # a clinic's file the loader refuses
    r = run_marrowbot("import", "medquad", str(PV_NHLBI), "--out", str(out))
    assert r.returncode == 2 and "Traceback" not in r.stderr
    assert "broken.md" in r.stderr and "nothing was written" in r.stderr
    assert {f.name: f.read_text() for f in out.iterdir() if f.name != "broken.md"} == before


def test_a_pipe_given_as_a_source_is_named_for_what_it_is(tmp_path: Path) -> None:
    import os

    fifo = tmp_path / "source.xml"
    os.mkfifo(fifo)
    r = run_marrowbot("import", "medquad", str(fifo), "--out", str(tmp_path / "out"))
    assert r.returncode == 2 and "not a regular file" in r.stderr and not (tmp_path / "out").exists()
