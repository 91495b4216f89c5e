"""The default corpus keeps every sentence and every link of the raw sources in sources/, word for word.

The raw files are parsed here on their own terms (extraction artifacts, link markers, emphasis and
reference markers stripped; whitespace normalised), independently of marrowbot's text rules, and the
result is compared with what the real loader makes of corpus/*.md.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import pytest

from marrowbot.corpus import Corpus, load_corpus
from marrowbot.model import Passage

REPO = Path(__file__).resolve().parents[1]
MEDLINEPLUS_RAW = REPO / "sources" / "medlineplus-bone-marrow-diseases.txt"
GARD_RAW = REPO / "sources" / "gard-bone-marrow-necrosis.txt"
MP, GARD = "bone-marrow-diseases", "bone-marrow-necrosis"

# Link markers as the extraction left them: [<URL>], [[URL](URL)] (with escaped underscores), [URL].
_MARKER = re.compile(
    r"\[\[(?P<a>[^\]\s]+)\]\((?P<b>[^)\s]+)\)\]|\[<(?P<c>[^>\s]+)>\]|\[(?P<d>https?://[^\]\s]+)\]"
)
_REFS = re.compile(r"(?:\[\d+\])+")
_BOLD = re.compile(r"\*\*(.+?)\*\*")
_ITALIC = re.compile(r"\*(.+?)\*")
_BULLET = re.compile(r"^\s*(?:[-•]\s+)")
# A sentence ends at . ! ? (then maybe a closing quote and reference markers), before a capital letter.
_SENTENCE_END = re.compile(r"[.!?][\"”]?(?:\[\d+\])*(?=\s+[A-Z])")
_ANY_URL = re.compile(r"https?://[^\s\]>)]+")


@dataclass(frozen=True)
class RawSentence:
    text: str  # plain, word for word
    urls: tuple[str, ...]  # link targets inside it, in order
    refs: tuple[int, ...]  # reference markers at its end
    line: int  # line in the raw file


def _unescape(url: str) -> str:
    return re.sub(r"\\+_", "_", url)  # the extraction wrote "#\\_28" for "#_28"


def _marker_url(m: re.Match[str]) -> str:
    return _unescape(m.group("b") or m.group("a") or m.group("c") or m.group("d"))


def _plain(text: str) -> str:
    """Raw extracted text -> the words a reader sees: no markers, no emphasis, no extraction spacing."""
    text = text.replace("\u00a0", " ")
    text = _MARKER.sub("", text)
    text = _REFS.sub("", text)
    text = _BOLD.sub(r"\1", text)
    text = _ITALIC.sub(r"\1", text)
    text = re.sub(r"\s+", " ", text).strip()
    return re.sub(r" ([,.;:])", r"\1", text)  # "leukemia [<url>] , a" left "leukemia , a"


def _sentences(line: str, number: int) -> list[RawSentence]:
    line = _BULLET.sub("", line.replace("\u00a0", " ")).strip()
    # A link marker is followed by " ." at a sentence end: glue it so the split sees "... ]." first.
    line = re.sub(r"\] \.", "].", line)
    chunks, start = [], 0
    for m in _SENTENCE_END.finditer(line):
        chunks.append(line[start : m.end()])
        start = m.end()
    chunks.append(line[start:])
    out = []
    for chunk in chunks:
        if not chunk.strip():
            continue
        refs = tuple(int(n) for block in _REFS.findall(chunk) for n in re.findall(r"\d+", block))
        urls = tuple(_marker_url(m) for m in _MARKER.finditer(chunk))
        out.append(RawSentence(_plain(chunk), urls, refs, number))
    return out


def _raw_lines(path: Path) -> list[tuple[int, str]]:
    return [(i, line.rstrip("\n")) for i, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)]


def _medlineplus_prose() -> dict[str, list[RawSentence]]:
    """The MedlinePlus summary (prose and bullets) and closing paragraphs, by the section they belong in."""
    lines = _raw_lines(MEDLINEPLUS_RAW)
    summary: list[RawSentence] = []
    tail: list[tuple[int, str]] = []
    where = None
    for n, line in lines:
        if line.startswith("## "):
            where = {"## Bone Marrow Diseases": "summary", "## Related Health Topics": "tail"}.get(line)
            continue
        if where == "summary" and line.strip():
            summary.extend(_sentences(line, n))
        elif where == "tail" and len(_plain(line).split()) >= 8:  # prose, not a short link or label
            tail.append((n, line))
    by_section: dict[str, list[RawSentence]] = {"Summary": summary}
    openings = {
        "The primary NIH": "National Institutes of Health",
        "Find health information": "Other Languages",
        "MedlinePlus links to": "About MedlinePlus",
        "The information on this site": "About MedlinePlus",
    }
    for n, line in tail:
        section = next(s for start, s in openings.items() if line.startswith(start))
        by_section.setdefault(section, []).extend(_sentences(line, n))
    return by_section


# GARD's page template parts, after the five medical parts: where each paragraph belongs.
GARD_TEMPLATE = {
    "Research helps us": ("Research", None),
    "The Research Portfolio": ("Research", "Clinical Research Resources"),
    "Support and advocacy groups": ("Support", None),
    "These resources provide": ("Learn More", None),
    "PubMed is a searchable": ("Learn More", "In-Depth Information"),
    "Questions sent to GARD": ("GARD Answers", None),
}
GARD_MEDICAL = ("Summary", "Symptoms", "Causes", "Treatment", "Prognosis")


def _gard_prose() -> list[tuple[str, str | None, list[RawSentence]]]:
    """Every GARD paragraph as (section, subsection, sentences).

    The medical parts are told apart by the "Last updated" line that closes each of them; headings, labels
    and the page header end without a full stop."""
    out = []
    closed = 0
    for n, line in _raw_lines(GARD_RAW):
        text = _BULLET.sub("", line.replace("\u00a0", " ")).strip()
        if text.startswith("Last updated:"):
            closed += 1
            continue
        if not re.search(r"[.!?][\"”]?(?:\[\d+\])*$", text) or re.match(r"^\d+\.\s", text):
            continue  # header, title, labels, sub-headings, references (checked on their own)
        if closed < len(GARD_MEDICAL):
            section, subsection = GARD_MEDICAL[closed], None
        else:
            section, subsection = next(v for start, v in GARD_TEMPLATE.items() if text.startswith(start))
        out.append((section, subsection, _sentences(line, n)))
    return out


def _medlineplus_link_items() -> list[tuple[str, str, str | None, int]]:
    """(url, title, publisher, line) of every link in MedlinePlus's link lists.

    From "Diagnosis and Tests" up to the "National Institutes of Health" label; titles split from their URL
    line and publishers alone on the next line are joined back."""
    lines = _raw_lines(MEDLINEPLUS_RAW)
    first = next(i for i, (_, line) in enumerate(lines) if line == "## Diagnosis and Tests")
    last = next(i for i, (_, line) in enumerate(lines) if line == "National Institutes of Health")
    out = []
    for idx in range(first, last):
        n, line = lines[idx]
        pos = 0
        for m in _MARKER.finditer(line):
            title = _plain(_BULLET.sub("", line[pos : m.start()]))
            if not title:  # title alone on an earlier line: "Treatment Option Overview (...)"
                title = next(
                    _plain(_BULLET.sub("", prev)) for _, prev in reversed(lines[:idx]) if prev.strip()
                )
            pub = re.match(r"\s*\(([^()]+)\)\s*$", line[m.end() :])
            if pub is None:  # publisher alone on the next line: "(Nemours Foundation)"
                pub = re.match(r"^\s*\(([^()]+)\)\s*$", lines[idx + 1][1])
            out.append((_marker_url(m), title, pub.group(1) if pub else None, n))
            pos = m.end()
    return out


@pytest.fixture(scope="module")
def corpus() -> Corpus:
    return load_corpus(REPO / "corpus")


def _passages(corpus: Corpus, doc: str) -> list[Passage]:
    return [p for p in corpus.passages if p.doc == doc]


def _find(corpus: Corpus, doc: str, sentence: RawSentence) -> Passage:
    """The one passage quoting this sentence: exactly it, once in its document (a copy is a defect)."""
    found = [p for p in _passages(corpus, doc) if p.text == sentence.text]
    assert found, f"{doc}: sentence of raw line {sentence.line} is missing or changed: {sentence.text!r}"
    assert len(found) == 1, (
        f"{doc}: sentence of raw line {sentence.line} is quoted {len(found)} times: "
        + ", ".join(f"line {p.line} ({p.section})" for p in found)
    )
    return found[0]


def _all_raw_sentences() -> list[tuple[str, str, str | None, RawSentence]]:
    out = [(MP, section, None, s) for section, sents in _medlineplus_prose().items() for s in sents]
    out += [(GARD, section, sub, s) for section, sub, sents in _gard_prose() for s in sents]
    return out


def test_raw_sources_parse_into_the_expected_amount_of_prose() -> None:
    # Guards the parsing above: if it silently dropped paragraphs, the checks below would prove nothing.
    mp = _medlineplus_prose()
    assert len(mp["Summary"]) == 12
    assert sum(len(v) for v in mp.values()) == 19
    gard = _gard_prose()
    assert len(gard) == 14
    assert [section for section, _, _ in gard[:8]] == [
        "Summary",
        "Symptoms",
        "Causes",
        "Causes",
        "Causes",
        "Causes",
        "Treatment",
        "Prognosis",
    ]
    assert sum(len(s) for _, _, s in gard) == 41


def test_every_sentence_of_the_sources_is_quoted_word_for_word_in_its_section(corpus: Corpus) -> None:
    for doc, section, subsection, sentence in _all_raw_sentences():
        passage = _find(corpus, doc, sentence)
        assert (passage.section, passage.subsection) == (section, subsection), (
            f"{doc} raw line {sentence.line} {sentence.text[:60]!r} is under "
            f"{passage.section!r}/{passage.subsection!r}, expected {section!r}/{subsection!r}"
        )


def test_no_prose_passage_says_anything_the_sources_do_not(corpus: Corpus) -> None:
    raw: dict[str, list[str]] = {MP: [], GARD: []}
    for doc, _, _, sentence in _all_raw_sentences():
        raw[doc].append(sentence.text)
    for p in corpus.passages:
        if p.link_title is None and p.section != "References":
            assert any(p.text in s for s in raw[p.doc]), (
                f"{p.doc} line {p.line}: {p.text!r} is not in the source"
            )


def test_reference_markers_become_the_passages_reference_numbers(corpus: Corpus) -> None:
    marked = 0
    for doc, _, _, sentence in _all_raw_sentences():
        passage = _find(corpus, doc, sentence)
        assert passage.refs == sentence.refs, f"{doc} raw line {sentence.line}: {sentence.text[:60]!r}"
        assert "[" not in passage.text and "]" not in passage.text
        marked += bool(sentence.refs)
    assert marked == 10


def test_a_prose_passage_cites_the_links_of_its_own_sentence(corpus: Corpus) -> None:
    for doc, _, _, sentence in _all_raw_sentences():
        passage = _find(corpus, doc, sentence)
        expected = sentence.urls[0] if sentence.urls else None
        assert passage.url == expected, (
            f"{doc} raw line {sentence.line}: {passage.text!r} has url {passage.url!r}, expected {expected!r}"
        )
        assert tuple(url for _, url in passage.inline_links) == sentence.urls, (
            f"{doc} raw line {sentence.line}: {passage.text!r} carries links {passage.inline_links!r}, "
            f"expected only {sentence.urls!r}"
        )


def test_every_url_of_the_sources_is_cited_by_a_passage(corpus: Corpus) -> None:
    page_url = {MP: "https://medlineplus.gov/bonemarrowdiseases.html", GARD: None}
    for doc, path in ((MP, MEDLINEPLUS_RAW), (GARD, GARD_RAW)):
        raw_urls = {_unescape(u).rstrip(".;,") for u in _ANY_URL.findall(path.read_text(encoding="utf-8"))}
        raw_urls.discard(page_url[doc])  # the "URL of this page" line: the document's own url
        assert raw_urls, path
        passages = _passages(corpus, doc)
        # A second link inside one sentence ("... our [quality guidelines](criteria.html).") is carried in
        # that sentence's inline_links; every other URL is some passage's own url.
        cited = {p.url for p in passages} | {url for p in passages for _, url in p.inline_links}
        assert sorted(raw_urls - cited) == [], f"{doc}: URLs of the source that no passage cites"
        assert not any("\\" in (p.url or "") for p in passages)


def test_every_link_keeps_its_title_and_publisher(corpus: Corpus) -> None:
    items = _medlineplus_link_items()
    assert len(items) == 89
    for url, title, publisher, line in items:
        matches = [p for p in _passages(corpus, MP) if p.url == url and p.link_title == title]
        assert matches, f"raw line {line}: no link item [{title}]({url})"
        assert any(p.publisher == publisher for p in matches), (
            f"raw line {line}: [{title}]({url}) should have publisher {publisher!r}, "
            f"got {[p.publisher for p in matches]}"
        )
        assert all(p.text == title for p in matches)


def test_also_in_spanish_items_sit_under_their_parent_link(corpus: Corpus) -> None:
    items = _medlineplus_link_items()
    spanish = 0
    for i, (url, title, _, line) in enumerate(items):
        if title != "Also in Spanish":
            continue
        parent = next(t for _, t, _, _ in reversed(items[:i]) if t != "Also in Spanish")
        (passage,) = [p for p in _passages(corpus, MP) if p.url == url]
        assert passage.link_title == "Also in Spanish" and passage.publisher is None, line
        assert passage.context == parent, (
            f"raw line {line}: Spanish link of {parent!r} sits under {passage.context!r}"
        )
        spanish += 1
    assert spanish == 26


def test_gard_medical_sections_hold_what_they_should(corpus: Corpus) -> None:
    def section_text(section: str) -> str:
        return " ".join(p.text for p in _passages(corpus, GARD) if p.section == section)

    assert "bone pain, fever, fatigue, and jaundice" in section_text("Symptoms")
    assert "supportive measures" in section_text("Treatment")
    assert "poor circulation of oxygen and nutrients" in section_text("Summary")
    assert "fludarabine, imatinib mesylate, and interferon alfa" in section_text("Causes")
    assert "better chance of complete recovery" in section_text("Prognosis")
    for section in GARD_MEDICAL:
        assert "Research helps us" not in section_text(section)


def test_front_matter_matches_the_sources(corpus: Corpus) -> None:
    mp_raw = MEDLINEPLUS_RAW.read_text(encoding="utf-8")
    gard_raw = GARD_RAW.read_text(encoding="utf-8")
    mp, gard = corpus.document(MP), corpus.document(GARD)

    page = re.search(r"URL of this page: <([^>]+)>", mp_raw)
    assert page and mp.url == page.group(1) == "https://medlineplus.gov/bonemarrowdiseases.html"
    assert f"## {mp.title}\n" in mp_raw and mp.title == "Bone Marrow Diseases"
    assert (mp.source, mp.publisher, mp.updated) == ("MedlinePlus", "National Library of Medicine", None)
    assert {"bone marrow disorders", "bone marrow disease"} <= set(mp.aliases)

    dates = set(re.findall(r"Last updated: (\d+)/(\d+)/(\d{4})", gard_raw))
    assert len(dates) == 1
    ((month, day, year),) = dates
    assert gard.updated == f"{year}-{int(month):02d}-{int(day):02d}" == "2010-04-08"
    assert f"\n{gard.title}\n" in gard_raw and gard.title == "Bone marrow necrosis"
    assert gard.source == "Genetic and Rare Diseases Information Center (GARD)"
    assert gard.publisher == "National Center for Advancing Translational Sciences"
    assert gard.url == "https://rarediseases.info.nih.gov/diseases/10724/bone-marrow-necrosis"
    assert {"BMN", "marrow necrosis"} <= set(gard.aliases)
    assert not {a.lower() for a in mp.aliases} & {a.lower() for a in gard.aliases}


def test_sections_in_source_order_none_empty(corpus: Corpus) -> None:
    assert corpus.document(MP).section_names() == (
        "Summary",
        "Diagnosis and Tests",
        "Treatments and Therapies",
        "Specifics",
        "Genetics",
        "Clinical Trials",
        "Journal Articles",
        "Find an Expert",
        "Children",
        "Patient Handouts",
        "Medical Encyclopedia",
        "Related Health Topics",
        "National Institutes of Health",
        "Other Languages",
        "About MedlinePlus",
    )
    assert corpus.document(GARD).section_names() == (
        "Summary",
        "Symptoms",
        "Causes",
        "Treatment",
        "Prognosis",
        "Research",
        "Support",
        "Learn More",
        "GARD Answers",
        "References",
    )
    for doc in corpus.documents:
        for section in doc.sections:
            assert section.passage_ids, f"{doc.id}: section {section.heading!r} is empty"


def test_references_are_kept_exactly(corpus: Corpus) -> None:
    raw = [
        (int(m.group(1)), _plain(m.group(2)))
        for m in re.finditer(r"^\s*(\d+)\. (.+)$", GARD_RAW.read_text(encoding="utf-8"), re.M)
    ]
    refs = corpus.document(GARD).references
    assert [(r.n, r.text) for r in refs] == raw and len(raw) == 4
    assert [r.url for r in refs] == [None, None, None, "http://www.ncbi.nlm.nih.gov/pubmed/10760751"]


NOISE = (
    "Last updated",
    "Not a rare disease",
    "Learn how to cite",
    "URL of this page",
    "Health Topics](",
    "a program of the National Center",
    "Organizations Supporting",
    "Organizations Providing",
    "\u00a0",
    "  ",
    "**",
    "[<",
    "](",
    "\\_",
    "•",
    " ,",
    " .",
)


def test_the_noise_is_gone(corpus: Corpus) -> None:
    for p in corpus.passages:
        for noise in NOISE:
            assert noise not in p.text and noise not in (p.link_title or ""), (
                f"{p.doc} line {p.line}: {p.text!r}"
            )
    for path in sorted((REPO / "corpus").glob("*.md")):
        text = path.read_text(encoding="utf-8")
        for noise in (
            "Last updated",
            "Not a rare disease",
            "Learn how to cite",
            "\u00a0",
            "\\_",
            "[<",
            "[[",
            "•",
        ):
            assert noise not in text, f"{path.name}: {noise!r}"
