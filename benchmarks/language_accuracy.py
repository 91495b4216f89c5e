"""How well marrowbot tells Spanish from English: accuracy of ``marrowbot.language.detect`` on a held-out set
of short messages written blind (benchmarks/language-blind-1/messages.jsonl: one JSON object a line with the
message and its language). Target: 98% or more. Prints figures and the misses; asserts nothing.

Run: python benchmarks/language_accuracy.py [FILE.jsonl ...]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

from marrowbot.language import detect

HERE = Path(__file__).resolve().parent
DEFAULT = HERE / "language-blind-1" / "messages.jsonl"
_TEXT_KEYS = ("text", "message", "user", "question")
_LANG_KEYS = ("lang", "language", "label")


def read(path: Path) -> list[tuple[str, str]]:
    """(message, "en" or "es") pairs; the field names of the set are found, not assumed."""
    rows = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        item = json.loads(line)
        text = next((item[k] for k in _TEXT_KEYS if k in item), None)
        lang = next((item[k] for k in _LANG_KEYS if k in item), None)
        if not isinstance(text, str) or not isinstance(lang, str):
            raise SystemExit(f"{path}:{number}: expected a message and its language")
        rows.append((text, _code(lang)))
    return rows


def _code(lang: str) -> str:
    lang = lang.strip().lower()
    return {"english": "en", "spanish": "es", "español": "es", "espanol": "es"}.get(lang, lang[:2])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*", type=Path, default=[DEFAULT])
    parser.add_argument("--show", type=int, default=20, help="how many misses to print (default 20)")
    args = parser.parse_args(argv)
    for path in args.files:
        if not path.is_file():
            print(f"{path}: not found (copy the held-out set there first)")
            return 1
        rows = read(path)
        counts: Counter[tuple[str, str]] = Counter()
        misses = []
        for text, want in rows:
            got = detect(text)
            counts[(want, got)] += 1
            if got != want:
                misses.append((want, got, text))
        total = len(rows)
        right = total - len(misses)
        print(f"== {path.relative_to(HERE.parent) if path.is_relative_to(HERE.parent) else path}")
        print(f"messages: {total} ({sum(1 for _, w in rows if w == 'es')} Spanish, "
              f"{sum(1 for _, w in rows if w == 'en')} English)")
        for lang in sorted({w for _, w in rows}):
            n = sum(v for (w, _), v in counts.items() if w == lang)
            ok = counts[(lang, lang)]
            print(f"  {lang}: {ok}/{n} right ({100 * ok / n:.1f}%)")
        print(f"accuracy: {right}/{total} = {100 * right / total:.1f}% (target 98%)")
        for want, got, text in misses[: args.show]:
            print(f"  miss: wanted {want}, got {got}: {text!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
