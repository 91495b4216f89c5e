"""The package's layout is the flow: the library never imports a front end or the web extra, and no module grows
past a size a newcomer can read."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "marrowbot"
FRONT = ("marrowbot.frontends", "marrowbot.web")


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    out: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module:
            out.add(node.module)
        elif isinstance(node, ast.Import):
            out.update(a.name for a in node.names)
    return out


def _library_modules() -> list[Path]:
    return [p for p in PACKAGE.rglob("*.py")
            if p.relative_to(PACKAGE).parts[0] not in ("frontends", "web") and p.name != "__main__.py"]


def test_the_library_never_imports_a_front_end() -> None:
    offenders = {str(p.relative_to(PACKAGE)): sorted(m for m in _imports(p) if m.startswith(FRONT))
                 for p in _library_modules()}
    assert {k: v for k, v in offenders.items() if v} == {}
    assert len(_library_modules()) > 10  # the walk found the library


def test_no_module_is_too_long_to_read() -> None:
    sizes = {str(p.relative_to(PACKAGE)): len(p.read_text(encoding="utf-8").splitlines())
             for p in PACKAGE.rglob("*.py")}
    assert {k: n for k, n in sizes.items() if n > 500} == {}


def test_the_installed_command_points_at_a_real_function() -> None:
    import importlib
    import tomllib

    pyproject = tomllib.loads((PACKAGE.parents[1] / "pyproject.toml").read_text(encoding="utf-8"))
    for name, target in pyproject["project"]["scripts"].items():
        module, _, function = target.partition(":")
        assert callable(getattr(importlib.import_module(module), function)), name
