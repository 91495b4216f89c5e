"""How stable the intent reading is under surface variants a person might type for the same question.

Every user turn with an expected intent in the development conversation sets (held-out sets skipped) is asked on a
fresh Session, and so is each of its surface variants (apostrophes, a final "?", capitals, doubled spaces, a
trailing "thanks"/"please", "u"/"r", a common typo). A flip is a variant read as another intent than the turn as
written. Prints the flip rate per kind of variant and the worst examples. A quality figure, not a timed test.

    PYTHONPATH=src python benchmarks/intent_stability.py [--max-set 36] [--every 1] [--worst 25]
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter, defaultdict
from collections.abc import Callable
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent

#: Words that take an apostrophe, both ways ("what's" <-> "whats").
_APOSTROPHE = {"what's": "whats", "it's": "its", "don't": "dont", "doesn't": "doesnt", "i'm": "im",
               "can't": "cant", "isn't": "isnt", "that's": "thats", "there's": "theres", "won't": "wont",
               "he's": "hes", "she's": "shes", "i've": "ive", "didn't": "didnt", "how's": "hows",
               "who's": "whos", "aren't": "arent", "wasn't": "wasnt", "you're": "youre", "let's": "lets"}
_UNAPOSTROPHE = {v: k for k, v in _APOSTROPHE.items() if v not in ("its", "lets", "hes", "shes", "wont")}
_WORD = re.compile(r"[A-Za-z']+")


def _swap_words(text: str, table: dict[str, str]) -> str:
    def one(m: re.Match[str]) -> str:
        w = m.group(0)
        new = table.get(w.lower().replace("\u2019", "'"))
        if new is None:
            return w
        return new.capitalize() if w[:1].isupper() else new
    return _WORD.sub(one, text)


def apostrophes(text: str) -> str:
    """Apostrophes dropped where the text has them, put in where it has none."""
    t = text.replace("\u2019", "'")
    return _swap_words(t, _APOSTROPHE) if "'" in t else _swap_words(t, _UNAPOSTROPHE)


def question_mark(text: str) -> str:
    t = text.rstrip()
    return t.rstrip("?").rstrip() if t.endswith("?") else t + "?"


def lower(text: str) -> str:
    return text.lower()


def capitals(text: str) -> str:
    """A capital first letter, or none when it has one."""
    if text[:1].isupper():
        return text[:1].lower() + text[1:]
    return text[:1].upper() + text[1:]


def all_caps(text: str) -> str:
    return text.upper()


def double_spaces(text: str) -> str:
    return "  ".join(text.split(" "))


def thanks(text: str) -> str:
    """A trailing "thanks" on a question of three words or more (on "hi" it is another message)."""
    return text.rstrip() + " thanks" if len(text.split()) >= 3 else text


def please(text: str) -> str:
    return text.rstrip() + " please" if len(text.split()) >= 3 else text


def you_u(text: str) -> str:
    """"you" -> "u", "are" -> "r", "your" -> "ur"."""
    return _swap_words(text, {"you": "u", "are": "r", "your": "ur"})


#: Common typos: a letter doubled or dropped, two letters swapped, in one word of five letters or more.
def typo(text: str) -> str:
    words = list(_WORD.finditer(text))
    long = [m for m in words if len(m.group(0)) >= 5 and "'" not in m.group(0)]
    if not long:
        return text
    m = long[len(long) // 2]  # a word in the middle: deterministic
    w = m.group(0)
    i = len(w) // 2
    new = w[:i] + w[i + 1] + w[i] + w[i + 2:] if w[i] != w[i + 1] else w[:i] + w[i + 1:]
    return text[:m.start()] + new + text[m.end():]


VARIANTS: dict[str, Callable[[str], str]] = {
    "apostrophe": apostrophes, "question_mark": question_mark, "lowercase": lower, "first_capital": capitals,
    "all_caps": all_caps, "double_spaces": double_spaces, "thanks": thanks, "please": please, "u_r": you_u,
    "typo": typo,
}


def turns(max_set: int) -> list[str]:
    held = {line.strip() for line in (ROOT / "benchmarks/held_out.txt").read_text().splitlines()
            if line.strip() and not line.startswith("#")}
    out: list[str] = []
    for n in range(1, max_set + 1):
        name = f"conversations-blind-{n}"
        if name in held or not (ROOT / "benchmarks" / name).is_dir():
            continue
        for path in sorted((ROOT / "benchmarks" / name).glob("*.yml")):
            data = yaml.safe_load(path.read_text()) or {}
            for conv in data.get("conversations", []):
                for turn in conv.get("turns", []):
                    if (turn.get("expect") or {}).get("intent") and isinstance(turn.get("user"), str):
                        out.append(turn["user"])
    return list(dict.fromkeys(out))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--max-set", type=int, default=36)
    ap.add_argument("--every", type=int, default=1, help="read every Nth turn only (a quicker sample)")
    ap.add_argument("--worst", type=int, default=25, help="examples shown")
    args = ap.parse_args(argv)
    from marrowbot import Bot, Session

    bot = Bot.load()

    def intent(text: str) -> str:
        return bot.ask(text, Session()).intent

    asked = turns(args.max_set)[:: args.every]
    flips: Counter[str] = Counter()
    counted: Counter[str] = Counter()
    examples: dict[str, list[tuple[str, str, str, str]]] = defaultdict(list)
    flipped_turns: Counter[str] = Counter()
    for text in asked:
        base = intent(text)
        for kind, make in VARIANTS.items():
            variant = make(text)
            if variant == text:
                continue
            counted[kind] += 1
            got = intent(variant)
            if got != base:
                flips[kind] += 1
                flipped_turns[text] += 1
                examples[kind].append((text, base, variant, got))
    total_n, total_f = sum(counted.values()), sum(flips.values())
    print(f"turns {len(asked)}, variants {total_n}")
    print(f"{'kind':<15}{'variants':>9}{'flips':>7}{'rate':>8}")
    for kind in VARIANTS:
        n = counted[kind]
        print(f"{kind:<15}{n:>9}{flips[kind]:>7}{(flips[kind] / n if n else 0):>8.3f}")
    print(f"{'ALL':<15}{total_n:>9}{total_f:>7}{(total_f / total_n if total_n else 0):>8.3f}")
    print("\nworst turns (most variants flipped):")
    for text, k in flipped_turns.most_common(args.worst):
        print(f"  {k:>2}  {text!r}")
    print("\nexamples per kind:")
    for kind in VARIANTS:
        for text, base, variant, got in examples[kind][:3]:
            print(f"  [{kind}] {text!r} -> {base} | {variant!r} -> {got}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
