"""Linear-time text rules: time for 1x, 2x and 4x input of each hostile family, and the ratios.

Linear growth prints ratios near 2 and 4; quadratic growth would print 4 and 16. Also the memory of the
passage index for 1x, 2x, 4x sections (tracemalloc peak while building and loading it).

    python benchmarks/hostile_scaling.py [--base N]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))

from marrowbot.corpus import load_corpus  # noqa: E402
from marrowbot.text import clean_input, split_sentences, strip_markdown


def corpus_text(lines: list[str]) -> str:
    return "---\nid: hostile\ntitle: Hostile\n---\n## Start\nSome text.\n" + "\n".join(lines) + "\n"


def parse(text: str) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        (Path(tmp) / "hostile.md").write_text(text, encoding="utf-8")
        try:
            load_corpus(tmp)
        except Exception:  # noqa: BLE001 - a refusal is fine; only the time matters here
            pass


#: family -> (make input of size n, work on it); n is in "units" of the family.
FAMILIES: dict[str, tuple[Callable[[int], object], Callable[[object], object]]] = {
    "sentences 'e.g. A'": (lambda n: "e.g. A " * n, lambda s: split_sentences(s)),  # type: ignore[arg-type]
    "sentences 'A. '": (lambda n: "Word A. " * n, lambda s: split_sentences(s)),  # type: ignore[arg-type]
    "'##' + spaces": (lambda n: corpus_text(["##" + " " * (5 * n)]), parse),  # type: ignore[arg-type]
    "'-' + spaces": (lambda n: corpus_text(["-" + " " * (5 * n)]), parse),  # type: ignore[arg-type]
    "'- [t](u)' + spaces": (lambda n: corpus_text(["- [t](u)" + " " * (5 * n) + "x"]), parse),  # type: ignore[arg-type]
    "unclosed '[' links": (lambda n: "[a](" + "[x" * n, lambda s: strip_markdown(s)),  # type: ignore[arg-type]
    "unclosed '*'": (lambda n: "*a " * n, lambda s: strip_markdown(s)),  # type: ignore[arg-type]
    "paragraph of lines": (lambda n: corpus_text(["word"] * n), parse),  # type: ignore[arg-type]
    "clean_input": (lambda n: "\u2066\x1b[31m\u2028a\x0c" * n, lambda s: clean_input(s, limit=10**9)),  # type: ignore[arg-type]
}


def best_time(work: Callable[[object], object], data: object, repeat: int = 3) -> float:
    best = float("inf")
    for _ in range(repeat):
        started = time.perf_counter()
        work(data)
        best = min(best, time.perf_counter() - started)
    return best


def ratios(make: Callable[[int], object], work: Callable[[object], object], base: int) -> tuple[float, ...]:
    times = [best_time(work, make(base * k)) for k in (1, 2, 4)]
    return times[0], times[1] / max(times[0], 1e-9), times[2] / max(times[0], 1e-9)


def sections_memory(n: int) -> float:
    """Peak MB while building and loading the passage index of a corpus of ``n`` sections."""
    from marrowbot.index import PassageIndex, collect_names

    body = "\n".join(f"## Heading {i}\nSentence number {i} is here." for i in range(n))
    with tempfile.TemporaryDirectory() as tmp:
        (Path(tmp) / "many.md").write_text("---\nid: many\ntitle: Many\n---\n" + body + "\n", encoding="utf-8")
        corpus = load_corpus(tmp)
        names = collect_names(corpus)
        tracemalloc.start()
        arrays = PassageIndex.build_arrays(corpus, names)
        PassageIndex(corpus, names, arrays)
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
    return peak / 1e6


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--base", type=int, default=20_000, help="units of the 1x input (default 20000)")
    parser.add_argument("--sections", type=int, default=5_000, help="sections of the 1x corpus (default 5000)")
    args = parser.parse_args()
    print(f"{'family':28} {'1x s':>8} {'2x/1x':>6} {'4x/1x':>6}")
    for name, (make, work) in FAMILIES.items():
        t1, r2, r4 = ratios(make, work, args.base)
        print(f"{name:28} {t1:8.4f} {r2:6.2f} {r4:6.2f}")
    sections_memory(args.sections)  # warm up: imports and caches allocate once
    peaks = [sections_memory(args.sections * k) for k in (1, 2, 4)]
    print(f"{'index memory, sections':28} {peaks[0]:7.1f}M {peaks[1] / peaks[0]:6.2f} {peaks[2] / peaks[0]:6.2f}"
          f"   ({args.sections}, {2 * args.sections}, {4 * args.sections} sections: "
          f"{peaks[0]:.0f}, {peaks[1]:.0f}, {peaks[2]:.0f} MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
