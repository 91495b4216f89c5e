"""MedQuAD XML (one NIH page's question-answer pairs) -> one corpus document, sentences word for word.

The answers are cut back into paragraphs and list items; nothing is reworded. What is left out: the question
templates, answers' restated questions, bare headings, dangling "See ..." cross-references, GARD's flattened
phenotype tables with their boilerplate, the resource-name lists that stand in for GHR's treatment answers, and
sentences repeated by a repeated question. The known quirks are listed in docs/library.md.
"""

from __future__ import annotations

import re
from pathlib import Path

from marrowbot.errors import SourceError
from marrowbot.importers.document import Block, ImportedDocument, document_id, keep_sentences, render, slug
from marrowbot.importers.xmlsafe import Element, parse

ATTRIBUTION = "copy in MedQuAD, before 2019"
LICENSE_NOTE = ("Copied before 2019 (MedQuAD's first commit: 2019-01-25) from MedQuAD, "
                "https://github.com/abachaa/MedQuAD, CC BY 4.0.")
CITATION = ("Ben Abacha A, Demner-Fushman D. A question-entailment approach to question answering. "
            "BMC Bioinformatics 20, 511 (2019).")

#: MedQuAD's ``source`` attribute -> (the website as readers know it, its publisher, a short id suffix).
SITES: dict[str, tuple[str, str, str]] = {
    "GARD": ("Genetic and Rare Diseases Information Center (GARD)",
             "National Center for Advancing Translational Sciences", "gard"),
    "GHR": ("MedlinePlus Genetics (Genetics Home Reference)", "National Library of Medicine", "ghr"),
    "MPlusHealthTopics": ("MedlinePlus", "National Library of Medicine", "medlineplus"),
    "CancerGov": ("cancer.gov PDQ", "National Cancer Institute", "nci"),
    "NHLBI": ("NHLBI Health Topics", "National Heart, Lung, and Blood Institute", "nhlbi"),
    "NIDDK": ("NIDDK Health Information", "National Institute of Diabetes and Digestive and Kidney Diseases", "niddk"),
    "NINDS": ("NINDS Disorders", "National Institute of Neurological Disorders and Stroke", "ninds"),
    "NIHSeniorHealth": ("NIHSeniorHealth", "National Institute on Aging", "seniorhealth"),
    "CDC": ("CDC", "Centers for Disease Control and Prevention", "cdc"),
}

#: MedQuAD question types -> the section headings the intents answer from (intents/intents.yml ``sections:``).
SECTIONS: dict[str, str] = {
    "information": "Summary",
    "symptoms": "Symptoms",
    "causes": "Causes",
    "susceptibility": "Who is at risk",
    "genetic changes": "Genetic changes",
    "inheritance": "Inheritance",
    "frequency": "Frequency",
    "exams and tests": "Diagnosis",
    "treatment": "Treatment",
    "outlook": "Outlook",
    "stages": "Stages",
    "complications": "Complications",
    "prevention": "Prevention",
    "considerations": "Considerations",
    "research": "Research",
    "support groups": "Support",
}
_ORDER = list(dict.fromkeys(SECTIONS.values()))

_DASH_ITEM = re.compile(r"(?:^|\s)-\s+(?=\S)")
#: A term joined to what it means by a dash ("Hematocrit - how much space ..."): a few words, no sentence's end.
_TERM = re.compile(r"^[^.!?:;]{1,60}$")
_TERM_MAX_WORDS = 6
_LONG_GAP = re.compile(r"\s{3,}")
_FULL_STOP = re.compile(r"[.!?:;][\"')\]]*$")
_SEE = re.compile(r"^\(\s*See\b|^See (?:the )?[A-Z][\w ,'-]*\.$|^See the (?:following|PDQ)\b")
_FURNITURE = re.compile(r"^(?:For more (?:detailed )?information\b.*\bgo to\b|Learn more about\b|NIH: )|\bthe video\b")
_HPO_START = "The Human Phenotype Ontology provides the following list"
_HPO_END = "In these cases, the sign or symptom may be rare or common."
#: A line this short with no full stop is a heading (or, after "...include:", a list item).
_HEADING_WORDS = 12
_SUMMARY_LABEL = re.compile(r"^\s*Summary\s*:\s*")


def convert(path: str | Path) -> ImportedDocument | None:  # noqa: C901 - one pass over the QA pairs, one branch per quirk of the XML
    """One MedQuAD XML file -> one corpus document, or None when no answer text is left (a GARD page whose
    only answer is its phenotype table). ``FILE:LINE: what is wrong`` for a file that is not MedQuAD XML."""
    path = Path(path)
    root = parse(path)
    if root.tag != "Document":
        raise SourceError(path, root.line, f"not a MedQuAD file: the root element is <{root.tag}>, not <Document>")
    focus_el = root.find("Focus")
    focus = " ".join((focus_el.text if focus_el is not None else "").split())
    if not focus:
        raise SourceError(path, focus_el.line if focus_el is not None else root.line, "no <Focus> (the page's topic)")
    site, publisher, suffix = SITES.get(root.attrib.get("source", ""), (root.attrib.get("source", ""), "", ""))
    if not site:
        raise SourceError(path, root.line, "<Document> has no source attribute (GARD, GHR, CancerGov, ...)")
    suffix = suffix or slug(site)
    url = root.attrib.get("url", "").strip()
    title = focus[0].upper() + focus[1:]
    answers: dict[str, list[Block]] = {}
    seen: set[str] = set()
    pairs = root.iter("QAPair")
    if not pairs:
        raise SourceError(path, root.line, "no <QAPair> in this file")
    for qa in pairs:
        q = qa.find("Question")
        if q is None:
            raise SourceError(path, qa.line, "<QAPair> without a <Question>")
        qtype = q.attrib.get("qtype", "").strip().lower()
        if qtype not in SECTIONS:
            known = ", ".join(SECTIONS)
            raise SourceError(path, q.line, f"unknown question type {qtype!r} (known: {known})")
        answer = qa.findtext("Answer")
        if not answer.strip():
            continue
        if suffix == "ghr" and qtype == "treatment":
            continue  # a list of resource names whose links are gone, not treatment information
        blocks = answer_blocks(answer, focus)
        section = answers.setdefault(SECTIONS[qtype], [])
        for b in blocks:  # a repeated question adds its answer to the same section; repeated sentences go
            if b.text not in seen:
                seen.add(b.text)
                section.append(b)
    sections = [(h, answers[h]) for h in _ORDER if answers.get(h)]
    if not sections:
        return None
    doc_id = document_id(path, focus_el.line if focus_el is not None else root.line, focus, suffix)
    aliases = _aliases(root, title)
    rel = "/".join(path.parts[-2:])
    comments = [LICENSE_NOTE, CITATION, f"Source file: {rel} (MedQuAD document {root.attrib.get('id', '?')}).",
                "Changes: answers cut into sentences and list items; templates, headings, cross-references and "
                "tables left out."]
    markdown = render(doc_id=doc_id, title=title, source=f"{site}, {ATTRIBUTION}", publisher=publisher, url=url,
                      aliases=aliases, sections=sections, comments=comments)
    return ImportedDocument(doc_id, title, str(path), markdown, tuple(aliases), root.line)


def _aliases(root: Element, title: str) -> list[str]:
    syn = root.find("FocusAnnotations")
    names = [" ".join(s.text.split()) for s in (syn.iter("Synonym") if syn is not None else [])]
    out: list[str] = []
    seen = {title.lower()}
    for n in names:
        # Two-letter abbreviations ("PV", "ET") match too much as names; the intents' abbreviations cover them.
        if len(n) >= 3 and n.lower() not in seen and '"' not in n:
            seen.add(n.lower())
            out.append(n)
    return out


def answer_blocks(answer: str, focus: str = "") -> list[Block]:
    """An answer's text -> paragraphs and list items, in order, each word for word from the answer."""
    answer = _SUMMARY_LABEL.sub("", answer)
    answer = _without_phenotype_table(answer)
    blocks: list[Block] = []
    list_mode = False  # after a line ending in ":", lines without a full stop are list items (NHLBI)
    skip_items = False  # the items of a "Key Points" block repeat the sub-headings that follow (cancer.gov)
    for raw in answer.split("\n"):
        line = raw.strip()
        if not line:
            continue
        if line == "Key Points":
            skip_items = True
            continue
        found = _inline_list(line)
        if skip_items and found and found[0].kind == "item":
            skip_items = False
            continue
        skip_items = False
        if len(found) == 1 and found[0].kind == "para" and not _FULL_STOP.search(line):
            if list_mode:
                blocks.append(Block("item", line))
            elif len(line.split()) > _HEADING_WORDS:
                blocks.append(Block("para", line))
            # else: a bare heading ("Overview", "Diagnostic Tests"): left out
            continue
        blocks.extend(found)
        list_mode = found[-1].kind == "para" and found[-1].text.endswith(":")
    out: list[Block] = []
    orphans = False  # the items of a list whose introduction was dropped ("See the following PDQ summaries:")
    for b in blocks:
        if b.kind == "item" and orphans:
            continue
        text = keep_sentences(b.text, _dropped)
        orphans = b.kind == "para" and b.text.rstrip().endswith(":") and not text.endswith(":")
        if text:
            out.append(Block(b.kind, text))
    return out


def _inline_list(line: str) -> list[Block]:
    """'Causes include   - A    - B       In many people...' -> para, item A, item B, para."""
    parts = _dash_items(line)
    lead = " ".join(parts[0].split())
    blocks = [Block("para", lead)] if lead else []
    group: list[str] = []
    for part in parts[1:]:
        raw = part.strip()
        gap = _LONG_GAP.search(raw)  # the last item runs on into the prose after it, after a run of spaces
        item = " ".join((raw[: gap.start()] if gap else raw).split())
        after = " ".join(raw[gap.end() :].split()) if gap else ""
        # NIHSeniorHealth repeats a list's items as run-on text right after it: "- a - b - c. a b c. Prose".
        if group:
            prefix = " ".join(group)
            at = item.find(prefix)
            if at > 0:
                head, rest = item[:at].strip(), item[at + len(prefix) :].strip()
                if rest.startswith(head):
                    item = head
                    after = " ".join(x for x in (rest[len(head) :].strip(), after) if x)
        if item:
            blocks.append(Block("item", item))
            group.append(item)
        if after:
            blocks.append(Block("para", after))
            group = []
    return blocks


def _dash_items(line: str) -> list[str]:
    """The line cut at the dashes that start list items: the text before the list, then each item. In a list that
    spaces its items out (a run of spaces before each dash), a dash with one space before it right after an item's
    first few words joins a term to what it means ("- Hematocrit - how much space red blood cells take up in your
    blood"): it starts no item."""
    parts: list[str] = []
    start, spaced = 0, False
    for m in _DASH_ITEM.finditer(line):
        before = line[start:m.start()]
        term = " ".join(before.split())
        this_spaced = m.start() > 0 and line[m.start() - 1].isspace()
        if spaced and not this_spaced and _TERM.match(term) and len(term.split()) <= _TERM_MAX_WORDS:
            continue  # (the term's dash: the item goes on)
        parts.append(before)
        start, spaced = m.end(), this_spaced
    parts.append(line[start:])
    return parts


def _without_phenotype_table(answer: str) -> str:
    """GARD's Human Phenotype Ontology table is one run-on line of 'term 90%' pairs: leave it out, with the
    sentences that introduce and explain it, keeping any prose before and after."""
    start = answer.find(_HPO_START)
    if start < 0:
        return answer
    end = answer.find(_HPO_END, start)
    after = answer[end + len(_HPO_END) :] if end >= 0 else ""
    return answer[:start] + " " + after


def _dropped(sentence: str) -> bool:
    s = sentence.strip()
    return (not s or s.endswith("?") or s.endswith('?"') or bool(_SEE.search(s)) or bool(_FURNITURE.search(s)))
