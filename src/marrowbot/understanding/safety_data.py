"""The safety detectors' training data: the files under ``intents/safety/``, the red flags' examples and the other
intents' examples as everyday negatives, checked as they are read, and each detector's training set."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from marrowbot.errors import IntentsError
from marrowbot.intents import IntentSet
from marrowbot.text.safety import safety_normal
from marrowbot.yamlio import read_text

DETECTORS = ("emergency", "crisis")
MAX_TRAINING_BYTES = 64 * 1024 * 1024  # one training file; the largest is 1.5 MB

@dataclass(frozen=True)
class Example:
    text: str
    detector: str  # emergency | crisis
    positive: bool
    flag: str  # the category (or the group of a not_example)
    source: str  # FILE:LINE


def safety_folder(intents_dir: Path) -> Path:
    folder = Path(intents_dir) / "safety"
    if not folder.is_dir():
        from marrowbot.resources import default_intents_dir

        folder = default_intents_dir() / "safety"
    return folder


def training_files(intents_dir: Path) -> list[Path]:
    """The detectors' data files; a folder without its own ``safety/`` uses the packaged data."""
    folder = safety_folder(intents_dir)
    # <detector>.jsonl (composed by scripts/make_safety_data.py) and <detector>.<anything>.jsonl (hand-written).
    return [p for d in DETECTORS for p in sorted(folder.glob(f"{d}.*jsonl")) if p.is_file()]


def load_training(intents_dir: Path, intent_set: IntentSet, normals: dict[str, str] | None = None) -> list[Example]:
    """Every training example of both detectors, checked: ``FILE:LINE: what is wrong`` on a bad line.
    ``normals``, if given, is filled with the normal form of each file example read (text -> normal form)."""
    out: list[Example] = []
    for path in training_files(intents_dir):
        detector = path.name.split(".")[0]
        seen: dict[str, tuple[bool, int]] = {}
        # As every loader reads (a regular file, bounded, bad UTF-8 as FILE:LINE), and lines split at "\n" only: a
        # U+2028 inside a JSON string is legal text, not the end of a line.
        text = read_text(path, IntentsError, max_bytes=MAX_TRAINING_BYTES, what="training data file")
        for n, line in enumerate(text.split("\n"), start=1):
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            try:
                row = json.loads(line)
            except json.JSONDecodeError as err:
                raise IntentsError(path, n, f"bad JSON: {err.msg}") from err
            if not isinstance(row, dict) or set(row) - {"flag", "example", "not_example"} or "flag" not in row \
                    or len(set(row) & {"example", "not_example"}) != 1:
                raise IntentsError(path, n, 'expected {"flag": NAME, "example": TEXT} or '
                                            '{"flag": NAME, "not_example": TEXT}')
            positive = "example" in row
            text = row["example" if positive else "not_example"]
            if not isinstance(text, str) or not text.strip() or not isinstance(row["flag"], str):
                raise IntentsError(path, n, "flag and text must be non-empty text")
            key = safety_normal(text)
            if key in seen and seen[key][0] != positive:
                raise IntentsError(path, n, f"the same message is an example and a not_example (line {seen[key][1]})")
            seen[key] = (positive, n)
            out.append(Example(text.strip(), detector, positive, row["flag"], f"{path}:{n}"))
            if normals is not None:
                normals[out[-1].text] = key  # (the normal form ignores the spaces around a text)
    red_flags = Path(intent_set.path) / "red_flags.yml"
    for flag in intent_set.red_flags:
        out.extend(Example(t, flag.kind, True, flag.name, str(red_flags)) for t in flag.examples)
        out.extend(Example(t, flag.kind, False, flag.name, str(red_flags)) for t in flag.not_examples)
    # How people ask everything else: everyday negatives for both detectors.
    for intent in intent_set.intents:
        if intent.name != "emergency":
            out.extend(Example(t, d, False, f"intent:{intent.name}", "intents.yml") for t in intent.examples
                       for d in DETECTORS)
    return out


#: Emergency flags whose positives are no crisis negatives: an overdose may be an attempt. A file's own prefix
#: ("hand:", "written1e:") does not count: "hand:poisoning_overdose" is an overdose too.
NOT_CRISIS_NEGATIVES = frozenset({"poisoning_overdose", "overdose"})
#: Round 4 (files <detector>.round4.jsonl) trains only its own detector, like the frames: its emergencies (injuries,
#: poisonings, collapses told by bystanders) as crisis negatives taught the crisis detector that hurt and blood
#: ("banged his head", "bleeding") are no crisis, and self-harm told in those words fell below its threshold.
#: Round 5's emergency file (flags "round5e:...": wounds, seizure clusters, choking, failing inhalers) likewise, and
#: round 6's ("round6e:...": belly, confusion, gut bleeding, fever on treatment, head knocks, deep wounds, poisonings).
#: Round 7's ("round7e:...": stories of fainting, bleeding and wounds told as over, lists of signs denied) too.
#: The Spanish file's emergencies ("spanishe:...", scripts/make_safety_spanish.py) too, and round 32's ("round32e:...":
#: pregnancy, bleeding of low platelets, a bone through the skin, someone found hanging, which is a crisis too).
#: Round 33's ("round33rece:...": emergencies by their bare names, an overdose among them, second seizures, a heart
#: attack's other signs) too.
EMERGENCY_ONLY_PREFIX = ("round4:", "round5e:", "round6e:", "round7e:", "spanishe:", "round32e:", "round33rece:")
#: Emergencies written blind for training (round 22): no crisis negatives, but their safe messages are.
EMERGENCY_POSITIVES_ONLY_PREFIX = ("written1e:",)


def training_sets(examples: list[Example]) -> dict[str, tuple[list[str], np.ndarray, list[str]]]:
    """Per detector: texts, labels (1 = positive) and flags. A crisis is also urgent, so crisis examples are
    left out of the emergency detector's negatives; emergencies that are not overdoses are crisis negatives."""
    sets: dict[str, tuple[list[str], np.ndarray, list[str]]] = {}
    for d in DETECTORS:
        other = "crisis" if d == "emergency" else "emergency"
        rows = [(e.text, int(e.positive), e.flag) for e in examples if e.detector == d]
        if d == "crisis":
            rows += [(e.text, 0, f"emergency:{e.flag}") for e in examples
                     if e.detector == other and e.positive and e.flag.rsplit(":", 1)[-1] not in NOT_CRISIS_NEGATIVES
                     and not e.flag.startswith((*EMERGENCY_ONLY_PREFIX, *EMERGENCY_POSITIVES_ONLY_PREFIX))]
        # The other detector's negatives are this one's too, except its frame negatives (written for it alone:
        # "how would i help if my brother ..." teaches the crisis detector a frame, the emergency one nothing).
        rows += [(e.text, 0, e.flag) for e in examples if e.detector == other and not e.positive
                 and not e.flag.startswith(("frame:", *EMERGENCY_ONLY_PREFIX))]
        texts = [r[0] for r in rows]
        sets[d] = (texts, np.asarray([r[1] for r in rows], dtype=np.int8), [r[2] for r in rows])
    return sets
