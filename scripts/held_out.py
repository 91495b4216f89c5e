"""The one reader of benchmarks/held_out.txt: the held-out evaluation sets, never trained on.

Every other ``safety-blind-*``, ``safety-dev-*`` and ``conversations-blind-*`` folder under benchmarks/ is
development data. The intent-example generator (make_intent_examples.py), the grouped replay
(benchmarks/conversations_cv.py, through it) and the leak test of tests/test_understanding.py read the list here.
A missing list, or a name that is no folder beside it, is ``FILE:LINE: what is wrong`` (``ManyErrors``): a misspelt
name would otherwise make a held-out set development data without a word.
"""

from __future__ import annotations

from pathlib import Path

from marrowbot.errors import LocatedError, ManyErrors

BENCHMARKS = Path(__file__).resolve().parents[1] / "benchmarks"


def held_out_names(benchmarks: Path = BENCHMARKS) -> set[str]:
    """The folder names benchmarks/held_out.txt lists (one a line; ``#`` starts a comment)."""
    path = benchmarks / "held_out.txt"
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as err:
        raise ManyErrors([LocatedError(path, None, f"cannot read the list of held-out sets ({err}): one folder "
                                                   "name under benchmarks/ a line")]) from err
    names = {number: line.split("#", 1)[0].strip() for number, line in enumerate(lines, 1)}
    errors = [LocatedError(path, number, f"no folder benchmarks/{name}: list held-out set folders only")
              for number, name in names.items() if name and not (benchmarks / name).is_dir()]
    if errors:
        raise ManyErrors(errors)
    return set(names.values()) - {""}
