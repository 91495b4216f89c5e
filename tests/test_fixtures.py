"""Fixture loading and validation (contracts §5), and the pure check of an answer against its `expect`."""

from __future__ import annotations

from pathlib import Path

import pytest

from marrowbot.errors import FixtureError, ManyErrors
from marrowbot.frontends.checks import check_answer
from marrowbot.frontends.transcripts import (
    Expect,
    find_fixture_files,
    load_fixture,
    load_fixture_files,
    parse_fixture,
)
from marrowbot.model import Answer, Snippet

HERE = Path(__file__).parent / "fixtures" / "replay"
INVALID = sorted((HERE / "invalid").glob("*.yml"))
DOCS = ("bone-marrow-diseases", "bone-marrow-necrosis")
DISCLAIMER = "This is general information, not medical advice."


def marks(path: Path) -> list[tuple[int, str]]:
    """The `#! text` marks of an invalid fixture: (line, text the error on that line must contain)."""
    found = []
    for number, line in enumerate(path.read_text().splitlines(), start=1):
        if "#!" in line:
            found.append((number, line.split("#!", 1)[1].strip()))
    return found


@pytest.mark.parametrize("path", INVALID, ids=[p.name for p in INVALID])
def test_each_invalid_fixture_reports_every_problem_at_its_line(path: Path) -> None:
    with pytest.raises(ManyErrors) as caught:
        load_fixture(path, doc_ids=DOCS)
    got = [(e.line, e.message) for e in caught.value.errors]
    want = marks(path)
    assert want, "an invalid fixture must mark what is wrong with it"
    assert len(got) == len(want), f"reported {got}, marked {want}"
    for (line, message), (want_line, want_text) in zip(got, want, strict=True):
        assert line == want_line and want_text in message, f"reported {line}: {message}; marked {want_line}"
    for error in caught.value.errors:
        assert str(error) == f"{path}:{error.line}: {error.message}"


def test_all_files_problems_come_at_once_and_a_valid_file_does_not_hide_them(tmp_path: Path) -> None:
    good = tmp_path / "good.yml"
    good.write_text("name: fine\nturns:\n  - user: hello\n")
    with pytest.raises(ManyErrors) as caught:
        load_fixture_files([good, *INVALID], doc_ids=DOCS)
    reported_files = {Path(e.path).name for e in caught.value.errors}
    assert reported_files == {p.name for p in INVALID}
    assert len(caught.value.errors) == sum(len(marks(p)) for p in INVALID)
    assert all(isinstance(e, FixtureError) for e in caught.value.errors)


def test_intents_are_checked_against_the_names_given_else_the_contract_list() -> None:
    text = "turns:\n  - user: hi\n    expect: {intent: small_talk}\n"
    with pytest.raises(ManyErrors, match=r"x.yml:3: `intent`: unknown intent 'small_talk'"):
        parse_fixture(text, "x.yml")
    fixture = parse_fixture(text, "x.yml", intent_names=["small_talk", "greeting"])
    assert fixture.conversations[0].turns[0].expect.intent == ("small_talk",)


def test_both_forms_load_with_names_lines_and_text_as_written() -> None:
    single = parse_fixture(
        "name: one\nturns:\n  - user: 911\n    expect:\n      intent: [emergency, symptom_check]\n"
        "      topic: null\n      urgent: yes\n      max_snippets: 0\n  - user: ''\n",
        "single.yml",
    )
    (conversation,) = single.conversations
    assert conversation.name == "one"
    first, second = conversation.turns
    assert (first.user, first.line, second.user, second.line) == ("911", 3, "", 9)
    assert first.expect == Expect(
        intent=("emergency", "symptom_check"), topic=(None,), urgent=True, max_snippets=0
    )
    assert second.expect == Expect()

    several = parse_fixture(
        "conversations:\n  - name: a\n    turns: [{user: hi}]\n  - turns: [{user: bye}, {user: x}]\n",
        "many.yml",
    )
    assert [c.name for c in several.conversations] == ["a", "many #2"]
    assert several.turn_count == 3


def test_finding_fixtures_in_folders_and_refusing_paths_that_run_nothing(tmp_path: Path) -> None:
    (tmp_path / "deep" / "er").mkdir(parents=True)
    for name in ("b.yml", "a.yaml", "deep/er/c.YML", "notes.txt"):
        (tmp_path / name).write_text("turns: [{user: hi}]\n")
    found = find_fixture_files([tmp_path, tmp_path / "b.yml"])
    assert [p.relative_to(tmp_path).as_posix() for p in found] == ["a.yaml", "b.yml", "deep/er/c.YML"]

    (tmp_path / "empty").mkdir()
    with pytest.raises(ManyErrors) as caught:
        find_fixture_files([tmp_path / "empty", tmp_path / "missing.yml"])
    assert [str(e) for e in caught.value.errors] == [
        f"{tmp_path / 'empty'}: no *.yml or *.yaml fixture files in this folder",
        f"{tmp_path / 'missing.yml'}: no such file or folder",
    ]


def test_a_file_that_is_not_utf8_is_reported_not_raised(tmp_path: Path) -> None:
    path = tmp_path / "latin1.yml"
    path.write_bytes("turns: [{user: caf\xe9}]\n".encode("latin-1"))
    with pytest.raises(ManyErrors, match=r"latin1.yml:\d+: not UTF-8"):
        load_fixture(path)


@pytest.mark.parametrize("path", sorted(HERE.glob("*.yml")), ids=lambda p: p.name)
def test_the_projects_own_replay_fixtures_are_valid(path: Path) -> None:
    assert load_fixture(path, doc_ids=DOCS).turn_count > 0


# ------------------------------------------------------------------------------------------- check_answer


def answer(**changes: object) -> Answer:
    snippets = (
        Snippet(
            1,
            "Signs include bone pain, fever, fatigue, and jaundice.",
            "bone-marrow-necrosis",
            "BMN",
            "Symptoms",
            "u",
            0.6,
        ),
        Snippet(
            2,
            "Tests include blood and bone marrow tests.",
            "bone-marrow-diseases",
            "BMD",
            "Summary",
            "u",
            0.3,
        ),
    )
    fields: dict[str, object] = {
        "question": "q",
        "intent": "symptoms",
        "topic": "bone-marrow-necrosis",
        "confidence": 0.9,
        "abstained": False,
        "urgent": False,
        "text": "Signs include bone pain, fever,\nfatigue, and jaundice. [1]\nTests include ... [2]\n"
        + DISCLAIMER,
        "snippets": snippets,
        "disclaimer": DISCLAIMER,
    }
    fields.update(changes)
    return Answer(**fields)  # type: ignore[arg-type]


def test_an_answer_meeting_every_expectation_has_no_failures() -> None:
    expect = Expect(
        intent=("definition", "symptoms"),
        topic=("bone-marrow-necrosis",),
        cites=("bone-marrow-necrosis", "bone-marrow-diseases"),
        not_cites=("other-doc",),
        contains=("BONE PAIN, FEVER, FATIGUE, AND JAUNDICE",),  # case and line breaks don't matter
        contains_any=("nausea", "jaundice"),
        not_contains=("dose",),
        abstained=False,
        urgent=False,
        min_snippets=2,
        max_snippets=2,
    )
    assert check_answer(answer(), expect) == []


def test_each_kind_of_expectation_reports_what_was_wanted_and_what_came() -> None:
    expect = Expect(
        intent=("treatment",),
        topic=(None,),
        cites=("other-doc",),
        not_cites=("bone-marrow-diseases",),
        contains=("supportive measures",),
        contains_any=("nausea", "vomiting"),
        not_contains=("jaundice",),
        abstained=True,
        urgent=True,
        min_snippets=3,
    )
    assert check_answer(answer(), expect) == [
        "intent: expected treatment, got symptoms",
        "topic: expected null, got bone-marrow-necrosis",
        "cites: expected a snippet from other-doc, cited [bone-marrow-necrosis, bone-marrow-diseases]",
        "not_cites: bone-marrow-diseases was cited",
        "contains: 'supportive measures' is not in the text",
        "contains_any: none of 'nausea', 'vomiting' is in the text",
        "not_contains: 'jaundice' is in the text",
        "abstained: expected true, got false",
        "urgent: expected true, got false",
        "min_snippets: expected at least 3 snippets, got 2",
    ]
    assert check_answer(answer(), Expect(intent=("a", "b"), max_snippets=1)) == [
        "intent: expected one of a, b, got symptoms",
        "max_snippets: expected at most 1 snippets, got 2",
    ]


def test_every_turn_needs_a_disclaimer_shown_in_the_text() -> None:
    assert check_answer(answer(disclaimer=" "), Expect()) == ["disclaimer: the answer has no disclaimer"]
    assert check_answer(answer(text="Signs include bone pain."), Expect()) == [
        "disclaimer: the disclaimer is missing from the text"
    ]
