"""How well marrowbot tells Spanish from English: accuracy of ``marrowbot.language.detect`` per language on
sets of short messages (one JSON object a line with the message and its language), and how long it takes.
Target: 98% or more in each language. Prints figures; asserts nothing.

The sets, by default all three:
- benchmarks/language-blind-2: held out, written blind by someone else and never read while building the
  detector; the figure to report. Its misses are never printed.
- benchmarks/language-blind-1: written blind, but its misses were looked at to improve the first detector, so
  it is development data now.
- benchmarks/language-dev: development data written while building the detector.

Run: python benchmarks/language_accuracy.py [FILE.jsonl ...] [--show N]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from pathlib import Path

_started = time.perf_counter()
from marrowbot.language import detect, model_log_odds  # noqa: E402

IMPORT_SECONDS = time.perf_counter() - _started
HERE = Path(__file__).resolve().parent
HELD_OUT = HERE / "language-blind-2" / "messages.jsonl"
DEFAULTS = [HELD_OUT, HERE / "language-blind-1" / "messages.jsonl", HERE / "language-dev" / "messages.jsonl"]
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
    parser.add_argument("files", nargs="*", type=Path, default=DEFAULTS)
    parser.add_argument("--show", type=int, default=0,
                        help="print up to N misses of each development set (never of language-blind-2)")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    detect("hola")  # the first message that the word profile cannot decide alone loads the n-gram model
    first = time.perf_counter() - started
    started = time.perf_counter()
    model_log_odds("una frase algo larga / a somewhat longer sentence")  # loads the other n-gram orders
    rest = time.perf_counter() - started
    print(f"import marrowbot.language: {1000 * IMPORT_SECONDS:.0f} ms (model not loaded yet); first detection "
          f"the profile cannot decide (loads the model): {1000 * first:.0f} ms, then {1000 * rest:.0f} ms more "
          "for longer messages")
    timings: list[float] = []
    for path in args.files:
        if not path.is_file():
            print(f"{path}: not found (copy the set there first)")
            return 1
        rows = read(path)
        counts: Counter[tuple[str, str]] = Counter()
        misses = []
        for text, want in rows:
            started = time.perf_counter()
            got = detect(text)
            timings.append(time.perf_counter() - started)
            counts[(want, got)] += 1
            if got != want:
                misses.append((want, got, text))
        total = len(rows)
        right = total - len(misses)
        held_out = path.resolve() == HELD_OUT.resolve()
        name = path.relative_to(HERE.parent) if path.is_relative_to(HERE.parent) else path
        print(f"== {name} ({'held out' if held_out else 'development data'})")
        print(f"messages: {total} ({sum(1 for _, w in rows if w == 'es')} Spanish, "
              f"{sum(1 for _, w in rows if w == 'en')} English)")
        for lang in sorted({w for _, w in rows}):
            n = sum(v for (w, _), v in counts.items() if w == lang)
            ok = counts[(lang, lang)]
            print(f"  {lang}: {ok}/{n} right ({100 * ok / n:.1f}%)")
        print(f"accuracy: {right}/{total} = {100 * right / total:.1f}% (target 98% in each language)")
        for want, got, text in ([] if held_out else misses[: args.show]):
            print(f"  miss: wanted {want}, got {got}: {text!r}")
    if timings:
        timings.sort()
        p50, p99 = timings[len(timings) // 2], timings[min(len(timings) - 1, int(0.99 * len(timings)))]
        print(f"per message (model loaded): p50 {1000 * p50:.3f} ms, p99 {1000 * p99:.3f} ms, "
              f"max {1000 * timings[-1]:.3f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
