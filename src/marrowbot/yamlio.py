"""The one loader discipline for every file marrowbot reads (corpus, intents, configuration, fixtures).

- ``read_text``: a regular file only (never a FIFO, device or folder), at most ``max_bytes``, UTF-8; a file that
  cannot be read (permissions, a dangling link) is ``FILE: what is wrong``; bad UTF-8 is ``FILE:LINE``.
- ``compose`` / ``load_yaml_with_nodes``: YAML parsed once into line-numbered nodes, then checked before any
  value is built: nesting depth, aliases (no recursion, bounded expansion), integers of sane length, valid
  dates, no duplicate keys, explicit tags that construct. Every problem is ``FILE:LINE: what is wrong``
  (raised as the caller's ``LocatedError`` class); nothing is returned half-loaded.
"""

from __future__ import annotations

import bisect
import errno
import os
import stat
from pathlib import Path
from typing import Any

import yaml

from marrowbot.errors import LocatedError

_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

MAX_YAML_BYTES = 4 * 1024 * 1024  # the packaged intents are 80 KB; a 4 MB fixture is ~40,000 turns
MAX_TEXT_BYTES = 8 * 1024 * 1024  # one corpus document
MAX_DEPTH = 50  # nesting of mappings and lists; the project's files use 6 at most
MAX_ALIASES = 1000  # uses of an anchor (*name)
MAX_EXPANDED = 200_000  # nodes aliases may add beyond the file's own (a "billion laughs" stops here)
MAX_NUMBER_CHARS = 40  # an integer longer than this is a mistake (and Python refuses > 4300 digits)

_TAG = "tag:yaml.org,2002:"
_OTHER_BREAKS = ("\x85", "\u2028", "\u2029")  # line breaks to YAML, text inside a line to an editor
_MERGE = _TAG + "merge"


def read_text(path: str | Path, error: type[LocatedError] = LocatedError, *, max_bytes: int = MAX_YAML_BYTES,
              what: str = "file") -> str:
    """A regular UTF-8 text file's content, or ``error`` with FILE or FILE:LINE. Never blocks on a FIFO."""
    return decode(read_bytes(path, error, max_bytes=max_bytes, what=what), path, error)


def read_bytes(path: str | Path, error: type[LocatedError] = LocatedError, *, max_bytes: int = MAX_YAML_BYTES,
               what: str = "file") -> bytes:
    """A regular file's bytes (bounded), or ``error``: missing, a folder, not a regular file, unreadable, too big."""
    fd = _open_checked(path, error, max_bytes, what)
    try:
        os.set_blocking(fd, True)
        chunks: list[bytes] = []
        size = 0
        while True:
            chunk = os.read(fd, 1 << 20)
            if not chunk:
                break
            size += len(chunk)
            if size > max_bytes:  # it grew while being read
                raise error(str(path), None, f"is too large (more than {max_bytes:,} bytes)")
            chunks.append(chunk)
        return b"".join(chunks)
    except OSError as err:
        raise error(str(path), None, f"cannot be read ({_reason(err)})") from None
    finally:
        os.close(fd)


def _open_checked(path: str | Path, error: type[LocatedError], max_bytes: int, what: str) -> int:
    name = str(path)
    try:
        # O_NONBLOCK: opening a FIFO must not wait for a writer; the fstat below refuses it anyway.
        fd = os.open(name, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0))
    except FileNotFoundError:
        dangling = os.path.islink(name)
        raise error(name, None, "a link to a file that does not exist" if dangling else "no such file") from None
    except IsADirectoryError:
        raise error(name, None, f"is a folder, expected a {what}") from None
    except OSError as err:
        raise error(name, None, f"cannot be read ({_reason(err)})") from None
    try:
        info = os.fstat(fd)
        if stat.S_ISDIR(info.st_mode):
            raise error(name, None, f"is a folder, expected a {what}")
        if not stat.S_ISREG(info.st_mode):
            raise error(name, None, f"is not a regular file (a pipe, device or socket), expected a {what}")
        if info.st_size > max_bytes:
            raise error(name, None, f"is too large ({info.st_size:,} bytes, at most {max_bytes:,})")
    except BaseException:
        os.close(fd)
        raise
    return fd


def files_under(folder: Path, suffixes: tuple[str, ...], error: type[LocatedError],
                errors: list[Any]) -> list[Path]:
    """Regular files with one of ``suffixes`` in a folder tree; a subfolder that cannot be listed and a
    dangling link are added to ``errors`` (as ``error``), never skipped silently."""
    found: list[Path] = []

    def unreadable(err: OSError) -> None:
        errors.append(error(err.filename or str(folder), None, f"cannot list this folder ({_reason(err)})"))

    seen: set[str] = set()
    # Links to folders are followed (a fixture folder linked in is never skipped silently); a folder reached twice
    # (a link loop, or two links to one folder) is walked once.
    for root, dirs, names in os.walk(folder, onerror=unreadable, followlinks=True):
        real = os.path.realpath(root)
        if real in seen:
            dirs[:] = []
            continue
        seen.add(real)
        dirs[:] = [d for d in dirs if os.path.realpath(os.path.join(root, d)) not in seen]
        for name in names:
            path = Path(root) / name
            if path.suffix.lower() not in suffixes:
                continue
            if path.is_file():
                found.append(path)
            elif path.is_symlink() and not path.exists():
                errors.append(error(str(path), None, "a link to a file that does not exist"))
    return found


def decode(data: bytes, path: str | Path, error: type[LocatedError] = LocatedError) -> str:
    """UTF-8 (a leading byte-order mark is dropped), or ``error`` at the line of the first bad byte."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as err:
        line = data.count(b"\n", 0, err.start) + 1
        column = err.start - data.rfind(b"\n", 0, err.start)
        raise error(str(path), line, f"not UTF-8 text (byte 0x{data[err.start]:02x} at column {column})") from None
    return text[1:] if text.startswith("\ufeff") else text


def _reason(err: OSError) -> str:
    if err.errno in (errno.EACCES, errno.EPERM):
        return "permission denied"
    return err.strerror or str(err)


# --- YAML ---------------------------------------------------------------------------------------------------


def compose(text: str, path: str | Path = "<yaml>", error: type[LocatedError] = LocatedError, *,
            first_line: int = 1, bad: str = "bad YAML") -> yaml.Node | None:
    """The checked node tree of one YAML document (``first_line``: the file line where ``text`` starts)."""
    loader = _Loader(text)
    lines = _Lines(text)
    try:
        node = loader.get_single_node()
    except yaml.MarkedYAMLError as err:
        mark = err.problem_mark or err.context_mark
        line = lines.of(mark) + first_line if mark is not None else first_line
        problem = err.problem or err.context or "invalid YAML"
        raise error(str(path), line, f"{bad}: {problem}") from None
    except yaml.reader.ReaderError as err:  # a character YAML refuses: one line, at its true line
        at = err.position
        if _Loader is not yaml.SafeLoader:  # libyaml counts bytes of UTF-8, PyYAML characters
            at = len(text.encode("utf-8")[:at].decode("utf-8", "ignore"))
        char = err.character if isinstance(err.character, int) else ord(str(err.character)[:1] or "?")
        raise error(str(path), text.count("\n", 0, at) + first_line,
                    f"{bad}: the character U+{char:04X} is not allowed ({err.reason})") from None
    except yaml.YAMLError as err:
        raise error(str(path), first_line, f"{bad}: {err}") from None
    except RecursionError:
        raise error(str(path), first_line, f"{bad}: nested more than {MAX_DEPTH} levels deep") from None
    finally:
        loader.dispose()
    if node is not None:
        _check(node, str(path), error, first_line)
        if lines.shifted:
            _true_lines(node, lines)
    return node


class _Lines:
    """Line numbers as editors count them: YAML also ends a line at U+0085, U+2028 and U+2029, which would shift
    every line number after one; a mark's character index gives the true line (counting "\n" only)."""

    def __init__(self, text: str) -> None:
        self.shifted = any(c in text for c in _OTHER_BREAKS)
        self._ends = [i for i, c in enumerate(text) if c == "\n"] if self.shifted else []

    def of(self, mark: Any) -> int:
        """0-based line of a mark."""
        return bisect.bisect_left(self._ends, mark.index) if self.shifted else int(mark.line)


def _true_lines(root: yaml.Node, lines: _Lines) -> None:
    """Every node's start mark with its true line (each node once, aliases included)."""
    seen: set[int] = set()
    stack = [root]
    while stack:
        node = stack.pop()
        if id(node) in seen:
            continue
        seen.add(id(node))
        m = node.start_mark
        node.start_mark = yaml.Mark(m.name, m.index, lines.of(m), m.column, None, 0)
        stack.extend(_children(node))


def construct(node: yaml.Node | None, path: str | Path = "<yaml>", error: type[LocatedError] = LocatedError, *,
              first_line: int = 1) -> Any:
    """Plain Python values of a node tree that ``compose`` checked."""
    if node is None:
        return None
    loader = _Loader("")
    try:
        return loader.construct_document(node)
    except yaml.MarkedYAMLError as err:
        mark = err.problem_mark or err.context_mark
        line = mark.line + first_line if mark is not None else first_line
        raise error(str(path), line, f"bad YAML: {err.problem or err.context}") from None
    except (yaml.YAMLError, ValueError, TypeError, OverflowError, RecursionError) as err:
        raise error(str(path), node_line(node, first_line), f"bad YAML: {err}") from None
    finally:
        loader.dispose()


def load_yaml_with_nodes(text: str, path: str | Path = "<yaml>", error: type[LocatedError] = LocatedError, *,
                         first_line: int = 1) -> tuple[yaml.Node | None, Any]:
    """Return (checked node tree, plain value). Nodes carry ``start_mark.line`` for error messages."""
    node = compose(text, path, error, first_line=first_line)
    return node, construct(node, path, error, first_line=first_line)


def load_file(path: str | Path, error: type[LocatedError] = LocatedError, *,
              max_bytes: int = MAX_YAML_BYTES) -> tuple[yaml.Node | None, Any]:
    """``read_text`` then ``load_yaml_with_nodes``."""
    return load_yaml_with_nodes(read_text(path, error, max_bytes=max_bytes, what="YAML file"), path, error)


def scalar_value(node: yaml.ScalarNode) -> Any:
    """The value of one scalar node (already checked by ``compose``)."""
    return construct(node)


def _check(root: yaml.Node, path: str, error: type[LocatedError], first_line: int) -> None:
    """Depth, aliases, expansion, numbers, dates, explicit tags and duplicate keys, without recursion."""

    def fail(node: yaml.Node, message: str) -> None:
        raise error(path, node.start_mark.line + first_line, message)

    size: dict[int, int] = {}  # id(node) -> nodes it stands for, aliases expanded
    stack: list[tuple[yaml.Node, int, bool]] = [(root, 1, False)]
    on_path: set[int] = set()
    scalars = _Loader("")
    try:
        _walk(root, stack, size, on_path, scalars, fail)
    finally:
        scalars.dispose()


def _walk(  # noqa: C901 - one walk checks depth, size, aliases and scalars together
    root: yaml.Node, stack: list[tuple[yaml.Node, int, bool]], size: dict[int, int], on_path: set[int],
    scalars: Any, fail: Any,
) -> None:
    unique = 0
    aliases = 0
    while stack:
        node, depth, done = stack.pop()
        key = id(node)
        if done:
            on_path.discard(key)
            children = _children(node)
            size[key] = 1 + sum(size[id(c)] for c in children)
            if size[key] > MAX_EXPANDED + unique:
                fail(node, f"aliases expand this to more than {MAX_EXPANDED:,} values; write it out instead")
            continue
        if key in on_path:
            fail(node, "an alias refers to a value that contains it (a recursive alias)")
        if key in size:  # seen before: the same node again, through an alias
            aliases += 1
            if aliases > MAX_ALIASES:
                fail(node, f"more than {MAX_ALIASES} aliases (*name) in one file")
            continue
        if depth > MAX_DEPTH:
            fail(node, f"nested more than {MAX_DEPTH} levels deep")
        unique += 1
        if isinstance(node, yaml.ScalarNode):
            _check_scalar(node, fail, scalars)
            size[key] = 1
            continue
        if isinstance(node, yaml.MappingNode):
            seen: set[str] = set()
            for k, _ in node.value:
                if isinstance(k, yaml.ScalarNode) and k.tag != _MERGE:
                    if k.value in seen:
                        fail(k, f"duplicate key {k.value[:80]!r} (given twice)")
                    seen.add(k.value)
        size[key] = 0  # mark as seen (an alias to a node still on the path is caught above)
        on_path.add(key)
        stack.append((node, depth, True))
        stack.extend((child, depth + 1, False) for child in reversed(_children(node)))


def _children(node: yaml.Node) -> list[yaml.Node]:
    if isinstance(node, yaml.SequenceNode):
        return list(node.value)
    if isinstance(node, yaml.MappingNode):
        return [n for pair in node.value for n in pair]
    return []


def _check_scalar(node: yaml.ScalarNode, fail: Any, loader: Any) -> None:
    tag = node.tag
    if not tag.startswith(_TAG) or tag in (_TAG + "str", _TAG + "null", _TAG + "bool", _MERGE):
        return
    if tag == _TAG + "int" and len(node.value) > MAX_NUMBER_CHARS:
        fail(node, f"a number of {len(node.value):,} characters is too long (at most {MAX_NUMBER_CHARS}); "
                   "put it in quotes if it is text")
    try:
        loader.construct_object(node)
    except (yaml.YAMLError, ValueError, TypeError, OverflowError) as err:
        what = {"int": "whole number", "float": "number", "timestamp": "date"}.get(tag[len(_TAG):], f"{tag} value")
        shown = node.value if len(node.value) <= 40 else node.value[:40] + "..."
        problem = getattr(err, "problem", None) or err
        fail(node, f"{shown!r} is not a valid {what} ({problem}); put it in quotes if it is text")


def node_line(node: yaml.Node | None, offset: int = 1) -> int:
    """1-based line of a node (plus an offset for text that started later in its file)."""
    return (node.start_mark.line if node is not None else 0) + offset


def mapping_items(node: yaml.Node | None) -> dict[str, tuple[yaml.Node, yaml.Node]]:
    """Key text -> (key node, value node) for a mapping node."""
    if not isinstance(node, yaml.MappingNode):
        return {}
    return {k.value: (k, v) for k, v in node.value if isinstance(k, yaml.ScalarNode)}
