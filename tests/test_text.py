"""The sentence splitter and input cleaning on the hard cases medical text and real users bring."""

from __future__ import annotations

import pytest

from marrowbot.text import clean_input, split_sentences, strip_ref_markers

GARD = (
    "Bone marrow necrosis often causes fever and bone pain, and is associated with blood cancers, in particular "
    "acute lymphoblastic leukemia (ALL) although it can be associated with other cancers and non-cancerous "
    "conditions (e.g., sickle cell anemia, tuberculosis, infection, and sepsis).[1][2][3] Last one here."
)


def test_abbreviations_parentheses_and_markers_do_not_split_a_sentence() -> None:
    first, second = split_sentences(GARD)
    assert first.endswith("sepsis).[1][2][3]")
    assert "(ALL) although" in first and "(e.g., sickle" in first
    assert second == "Last one here."


def test_reference_markers_are_removed_from_the_quote_and_kept_as_numbers() -> None:
    text, refs = strip_ref_markers(split_sentences(GARD)[0])
    assert text.endswith("and sepsis).")
    assert "[" not in text
    assert refs == (1, 2, 3)


@pytest.mark.parametrize(
    "paragraph, expected",
    [
        ("Matsue K, Takeuchi M. Ann Hematol. 2006; Accessed 4/8/2010. Next.",
         ["Matsue K, Takeuchi M. Ann Hematol. 2006; Accessed 4/8/2010.", "Next."]),
        ("Use e.g. This or that. Then stop.", ["Use e.g. This or that.", "Then stop."]),
        ("Seen by Dr. Smith today. The U.S. Government funds it.",
         ["Seen by Dr. Smith today.", "The U.S. Government funds it."]),
        ("It was 4.5 mg. Later it was 2.", ["It was 4.5 mg.", "Later it was 2."]),
        ("Is it rare? Yes! It is.", ["Is it rare?", "Yes!", "It is."]),
        ("The legs.[1] Lab findings may include anemia.[1][2]",
         ["The legs.[1]", "Lab findings may include anemia.[1][2]"]),
        ("", []),
    ],
)
def test_splitter_cases(paragraph: str, expected: list[str]) -> None:
    assert split_sentences(paragraph) == expected


@pytest.mark.parametrize(
    "raw, expected",
    [
        ("  what is\tit?\n", "what is it?"),
        ("red \x1b[31mtext\x1b[0m here", "red text here"),
        ("bell\x07 and nul\x00 and \x9b csi", "bell and nul and csi"),
        ("\x1b]8;;http://evil\x1b\\link\x1b]8;;\x1b\\", "link"),
        (b"bytes \xff input", "bytes \ufffd input"),
        (None, ""),
        ("\ud800 lone surrogate", "? lone surrogate"),
    ],
)
def test_clean_input_leaves_plain_safe_text(raw: object, expected: str) -> None:
    assert clean_input(raw) == expected


def test_huge_input_is_capped() -> None:
    assert len(clean_input("a" * 1_000_000)) == 2000


def test_stems_are_snowballs_whichever_build_runs() -> None:
    """PyStemmer (C) is used when installed; its stems must be the pure-Python Snowball stemmer's, or a cached
    index and the questions read against it would disagree."""
    from snowballstemmer.english_stemmer import EnglishStemmer

    from marrowbot.corpus import load_corpus
    from marrowbot.resources import default_corpus_dir, default_library_dir
    from marrowbot.text import fold, stem

    reference = EnglishStemmer()
    words = {w for p in load_corpus(default_corpus_dir(), default_library_dir()).passages for w in fold(p.text).split()}
    assert len(words) > 1000
    assert [w for w in sorted(words) if stem(w) != reference.stemWord(w)] == []
