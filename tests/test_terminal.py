"""Terminal rendering: what a person sees for an answer, in colour or not, and that nothing reaches the
terminal raw (escape sequences from a question or a corpus file show as inert text)."""

from __future__ import annotations

import os
import re

from hypothesis import given, settings
from hypothesis import strategies as st
from wcwidth import wcswidth

from marrowbot.bot import SourceEntry, TopicEntry
from marrowbot.frontends import terminal as term
from marrowbot.model import Answer, Explanation, Snippet, Source
from marrowbot.render import plain

DISCLAIMER = "This is general information, not medical advice."
URL = "https://rarediseases.info.nih.gov/diseases/10724/bone-marrow-necrosis"
OURS = re.compile(r"\x1b\[[0-9;]*m|\x1b\]8;;[\x21-\x7e]*\x1b\\")  # our own SGR and OSC-8 sequences only


def make_answer(*, text: str = "Bone marrow necrosis is a rare condition.", title: str = "Bone marrow necrosis",
                urgent: bool = False, lead: str = "", after: str = "", suggestions: tuple[str, ...] = (),
                abstained: bool = False) -> Answer:
    snippets = () if abstained else (
        Snippet(1, text, "bone-marrow-necrosis", title, "Summary", URL, 0.61),
        Snippet(2, "The most common symptom is bone pain.", "bone-marrow-necrosis", title, "Symptoms", URL, 0.5),
        Snippet(3, "Bone Marrow Test", "bone-marrow-diseases", "Bone marrow diseases", "Further reading",
                "https://medlineplus.gov/lab-tests/bone-marrow-tests/", 0.3, link_title="Bone Marrow Test"),
    )
    sources = () if abstained else (
        Source(1, title, "National Center for Advancing Translational Sciences", URL, "2010-04-08",
               "bone-marrow-necrosis", cites=(1, 2), source="Genetic and Rare Diseases Information Center (GARD)"),
        Source(2, "Bone Marrow Test", "National Library of Medicine",
               "https://medlineplus.gov/lab-tests/bone-marrow-tests/", None, "bone-marrow-diseases", cites=(3,)),
    )
    if suggestions:
        listing = "I can tell you about:\n" + "\n".join(f"- {s}" for s in suggestions)
        after = "\n\n".join(x for x in (after, listing) if x)
    return Answer(
        question="what is it", intent="emergency" if urgent else "definition", topic="bone-marrow-necrosis",
        confidence=0.8, abstained=abstained, urgent=urgent, snippets=snippets,
        text=plain(lead, snippets, sources, after, DISCLAIMER),
        disclaimer=DISCLAIMER, sources=sources, lead=lead, after=after, suggestions=suggestions,
        explanation=Explanation(intent_scores=(("definition", 0.8), ("symptoms", 0.15)),
                                matched_terms=("bone marrow necrosis",), followup=True),
    )


def test_plain_answer_shows_quotes_citations_sources_and_disclaimer() -> None:
    out = term.render_answer(make_answer(), width=200)
    assert "\x1b" not in out
    lines = out.splitlines()
    assert "• “Bone marrow necrosis is a rare condition.” [1]" in lines
    assert "• “The most common symptom is bone pain.” [2]" in lines
    # A link item is a page to read, not a quote: its title once, under "Read more:", not again as a source.
    link = "https://medlineplus.gov/lab-tests/bone-marrow-tests/"
    assert f"• Bone Marrow Test — National Library of Medicine {link} [3]" in lines
    assert lines.index("Read more:") < lines.index("Sources")
    assert out.count("Bone Marrow Test") == 1
    assert "Sources" in lines
    assert ("[1][2] Bone marrow necrosis — Genetic and Rare Diseases Information Center (GARD), "
            "National Center for Advancing Translational Sciences, last updated 2010-04-08") in lines
    assert f"       {URL}" in lines
    assert lines[-1] == DISCLAIMER
    # quotes come before the sources, the disclaimer last
    assert out.index("bone pain") < out.index("Sources") < out.index(DISCLAIMER)


def test_urgent_advice_comes_first_and_stands_out() -> None:
    answer = make_answer(urgent=True, lead="Call 911 or your local emergency number now. Do not wait.")
    plain = term.render_answer(answer, width=80)
    assert plain.splitlines()[0] == "!! Call 911 or your local emergency number now. Do not wait."
    coloured = term.render_answer(answer, width=80, color=True)
    assert coloured.startswith("\x1b[1;97;41m!! ")  # white on red, before anything else


def test_abstention_lists_what_it_can_talk_about() -> None:
    answer = make_answer(abstained=True, lead="I'm sorry, I don't have information about that.",
                         after="Try MedlinePlus.", suggestions=("Bone marrow necrosis", "Aplastic anemia"))
    out = term.render_answer(answer, width=80)
    assert out.splitlines()[:7] == ["I'm sorry, I don't have information about that.", "", "Try MedlinePlus.", "",
                                    "I can tell you about:", "- Bone marrow necrosis", "- Aplastic anemia"]
    assert "Sources" not in out and out.rstrip().endswith(DISCLAIMER)


def test_text_wraps_to_the_width_with_a_hanging_indent() -> None:
    long = " ".join(["Necrosis of the marrow is seen with sickle cell disease and with cancer."] * 4)
    out = term.render_answer(make_answer(text=long), width=40)
    for line in out.splitlines():
        if "https://" not in line:  # URLs stay whole so they can be copied
            assert wcswidth(line) <= 40, line
    quote = out.splitlines()[:6]
    assert quote[0].startswith("• “Necrosis") and all(line.startswith("  ") for line in quote[1:6])
    assert f"       {URL}" in out.splitlines()


def test_wide_characters_count_as_two_columns() -> None:
    out = term.render_answer(make_answer(text="骨髄壊死は まれな 病気です。" * 6), width=30)
    assert all(wcswidth(line) <= 30 for line in out.splitlines() if "https://" not in line)


def test_colour_and_hyperlinks() -> None:
    out = term.render_answer(make_answer(), width=100, color=True, hyperlinks=True)
    assert f"\x1b]8;;{URL}\x1b\\" in out  # OSC 8: the URL is clickable...
    assert f"{URL}\x1b[0m\x1b]8;;\x1b\\" in out  # ...and still shown as text
    assert "\x1b[1;36m[1]\x1b[0m" in out and "\x1b[1;36m[1][2] \x1b[0m" in out
    no_links = term.render_answer(make_answer(), width=100, color=True)
    assert "\x1b]8" not in no_links and "\x1b[" in no_links


def test_escape_sequences_in_corpus_text_are_shown_inert() -> None:
    evil = "Bone \x1b[2J\x1b]0;pwned\x07marrow\x9b31m \u202eevil\r done"
    answer = make_answer(text=evil, title="Title\x1b[31m")
    for out in (term.render_answer(answer), term.render_answer(answer, color=True, hyperlinks=True)):
        assert not re.search(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202e]", OURS.sub("", out))
        assert "Bone ␛[2J␛]0;pwned␇marrow<U+009B>31m <U+202E>evil␍ done" in " ".join(out.split())
        assert "Title␛[31m" in out


def test_a_url_cannot_break_out_of_its_hyperlink() -> None:
    answer = make_answer()
    bad = Source(1, "x", "y", "https://a.example/\x1b]8;;\x07evil", None, "d")
    text = plain("", answer.snippets, (bad,), "", DISCLAIMER)
    answer = Answer(**{**answer.__dict__, "sources": (bad,), "text": text})
    out = term.render_answer(answer, color=True, hyperlinks=True)
    assert not re.search(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]", OURS.sub("", out))
    assert "\x1b]8;;https://a.example/]8;;evil\x1b\\" in out  # only printable ASCII inside the link


@settings(max_examples=150, deadline=None)
@given(st.text(), st.text())
def test_any_text_renders_without_raw_control_characters(snippet: str, title: str) -> None:
    out = term.render_answer(make_answer(text=snippet, title=title), width=50, color=True, hyperlinks=True)
    assert not re.search(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff]", OURS.sub("", out))
    out.encode("utf-8")  # never a lone surrogate that would break writing


def test_sanitize_keeps_ordinary_text() -> None:
    text = "Anémie aplasique — 骨髄 — “quoted” (ok)\nsecond line\twith tab"
    assert term.sanitize(text) == text.replace("\t", "    ")
    assert term.sanitize("a\nb", newlines=False) == "a b"


def test_colour_follows_the_conventions() -> None:
    master, slave = os.openpty()
    try:
        with os.fdopen(os.dup(slave), "w") as tty:
            assert term.color_wanted(tty, environ={"TERM": "xterm-256color"})
            assert not term.color_wanted(tty, no_color=True, environ={"TERM": "xterm-256color"})
            assert not term.color_wanted(tty, environ={"TERM": "xterm", "NO_COLOR": "1"})
            assert not term.color_wanted(tty, environ={"TERM": "dumb"})
    finally:
        os.close(master)
        os.close(slave)
    import io

    assert not term.color_wanted(io.StringIO(), environ={"TERM": "xterm"})  # not a terminal
    assert term.hyperlinks_wanted(True, environ={"TERM": "xterm-256color"})
    assert not term.hyperlinks_wanted(True, environ={"TERM": "linux"})
    assert not term.hyperlinks_wanted(False, environ={"TERM": "xterm-256color"})


def test_why_topics_and_sources() -> None:
    why = term.render(term.why_blocks(make_answer()), width=100)
    assert "Intent: definition (confidence 0.80)" in why
    assert "Intent scores: definition 0.80, symptoms 0.15" in why
    assert "Matched terms: bone marrow necrosis" in why and "Flags: follow-up" in why
    assert "Nothing has been asked yet." in term.render(term.why_blocks(None))
    topics = term.render(term.topics_blocks(
        [TopicEntry("bmn", "Bone marrow necrosis", ("BMN",), ("sickle cell",))],
        intro="I can tell you about:"))
    assert topics.splitlines() == ["I can tell you about:", "• Bone marrow necrosis (also: BMN)",
                                   "  mentions: sickle cell"]
    sources = term.render(term.sources_blocks(
        [SourceEntry("bmn", "Bone marrow necrosis", "", "GARD", URL, "2010-04-08")]))
    assert sources.splitlines() == ["[1] Bone marrow necrosis — GARD, last updated 2010-04-08", f"    {URL}"]


def test_words_after_the_quotes_are_kept() -> None:
    after = "Only a health care provider can find the cause."
    out = term.render_answer(make_answer(lead="Many conditions can cause this.", after=after), width=100)
    lines = out.splitlines()
    assert lines[0] == "Many conditions can cause this."
    assert lines.index(after) > lines.index("• “The most common symptom is bone pain.” [2]")
    assert lines.index(after) < lines.index("Sources")
