"""Loading corpus documents: passages as users see them, and every malformed file refused with FILE:LINE."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import REPO, run_marrowbot

from marrowbot.corpus import load_corpus
from marrowbot.errors import CorpusError

GOOD = """---
id: tiny-doc
title: Tiny doc
source: Test source
publisher: Test publisher
url: https://example.org/tiny
updated: 2020-01-02
aliases: [TD]
---
# Tiny doc

## Summary
First sentence here. Second sentence with a [link](https://example.org/a).[1]

## Further reading
- [A page](https://example.org/page) (Some Publisher)
  - [Also in Spanish](https://example.org/es)

## References
1. Author A. A paper. Journal. 2001; https://example.org/paper
"""


def _write(folder: Path, name: str, text: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def test_a_good_document_becomes_sentences_links_and_references(tmp_path: Path) -> None:
    _write(tmp_path, "tiny.md", GOOD)
    corpus = load_corpus(tmp_path)
    (doc,) = corpus.documents
    assert (doc.id, doc.title, doc.updated, doc.aliases) == ("tiny-doc", "Tiny doc", "2020-01-02", ("TD",))
    assert [s.heading for s in doc.sections] == ["Summary", "Further reading", "References"]
    texts = [p.text for p in corpus.passages]
    assert texts[:2] == ["First sentence here.", "Second sentence with a link."]
    second = corpus.passages[1]
    assert second.refs == (1,) and second.url == "https://example.org/a"
    assert doc.references[0].url == "https://example.org/paper"
    link = corpus.passages[2]
    assert (link.text, link.url, link.publisher, link.section) == ("A page", "https://example.org/page",
                                                                     "Some Publisher", "Further reading")
    nested = corpus.passages[3]
    assert (nested.text, nested.url, nested.context) == ("Also in Spanish", "https://example.org/es", "A page")
    assert [p.position for p in corpus.passages] == list(range(len(corpus.passages)))


def test_the_default_corpus_keeps_gard_references_reachable() -> None:
    corpus = load_corpus(REPO / "corpus")
    doc = corpus.document("bone-marrow-necrosis")
    summary = [p for p in corpus.passages if p.doc == doc.id and "often causes fever" in p.text][0]
    assert summary.refs == (1, 2, 3)
    cited = [r.text for r in doc.references if r.n in summary.refs]
    assert cited[0].startswith("Paydas S")


BROKEN = [
    ("no front matter", "# Title\n\n## S\nText.\n", 1, "no front matter"),
    ("unclosed front matter", "---\nid: a\ntitle: A\n", 1, "not closed"),
    ("missing id", "---\ntitle: A\n---\n## S\nText.\n", 2, "missing 'id'"),
    ("missing title", "---\nid: a\n---\n## S\nText.\n", 2, "missing 'title'"),
    ("bad yaml", "---\nid: a\ntitle: [unclosed\nurl: x\n---\n## S\nText.\n", 4, "bad YAML"),
    ("unknown key", "---\nid: a\ntitle: A\nauthor: me\n---\n## S\nText.\n", 4, "unknown front matter key 'author'"),
    ("bad id", "---\nid: Not A Slug\ntitle: A\n---\n## S\nText.\n", 2, "lowercase slug"),
    ("bad date", "---\nid: a\ntitle: A\nupdated: 4/8/2010\n---\n## S\nText.\n", 4, "ISO date"),
    ("bad aliases", "---\nid: a\ntitle: A\naliases: just one\n---\n## S\nText.\n", 4, "list of names"),
    ("no sections", "---\nid: a\ntitle: A\n---\n# A\n", 5, "no sections"),
    ("empty section", "---\nid: a\ntitle: A\n---\n## S\n\n## T\nText.\n", 5, "section 'S' is empty"),
    ("text before sections", "---\nid: a\ntitle: A\n---\nStray text.\n## S\nText.\n", 5, "before the first"),
    ("duplicate section", "---\nid: a\ntitle: A\n---\n## S\nA.\n## S\nB.\n", 7, "appears twice"),
    ("dangling marker", "---\nid: a\ntitle: A\n---\n## S\nA claim.[2]\n## References\n1. Ref.\n", 6, "[2]"),
]


@pytest.mark.parametrize("case, text, line, message", BROKEN, ids=[b[0] for b in BROKEN])
def test_each_broken_file_is_refused_with_file_and_line(tmp_path: Path, case: str, text: str, line: int,
                                                        message: str) -> None:
    path = _write(tmp_path, "broken.md", text)
    with pytest.raises(CorpusError) as err:
        load_corpus(tmp_path)
    assert str(err.value).startswith(f"{path}:{line}: "), str(err.value)
    assert message in str(err.value)


def test_a_duplicate_id_names_both_files(tmp_path: Path) -> None:
    first = _write(tmp_path, "a.md", GOOD)
    second = _write(tmp_path, "b.md", GOOD)
    with pytest.raises(CorpusError) as err:
        load_corpus(tmp_path)
    assert str(err.value).startswith(f"{second}:2: duplicate document id 'tiny-doc'")
    assert str(first) in str(err.value)


def test_not_utf8_and_missing_folder_are_errors_too(tmp_path: Path) -> None:
    (tmp_path / "bin.md").write_bytes(b"---\nid: a\xff\n")
    with pytest.raises(CorpusError, match=r"bin\.md:2: not UTF-8"):
        load_corpus(tmp_path)
    with pytest.raises(CorpusError, match="corpus folder not found"):
        load_corpus(tmp_path / "nope")
    with pytest.raises(CorpusError, match=r"no corpus documents"):
        load_corpus(_empty(tmp_path))


def _empty(tmp_path: Path) -> Path:
    folder = tmp_path / "empty"
    folder.mkdir()
    return folder


def test_the_cli_refuses_a_broken_corpus_whole_with_exit_2(tmp_path: Path) -> None:
    _write(tmp_path, "good.md", GOOD)
    bad = _write(tmp_path, "zbad.md", "---\nid: b\n---\n## S\nText.\n")
    result = run_marrowbot("ask", "what is tiny doc", "--corpus", str(tmp_path))
    assert result.returncode == 2
    assert f"{bad}:2: front matter is missing 'title'" in result.stderr
    assert "Traceback" not in result.stderr and result.stdout == ""
