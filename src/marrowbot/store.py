"""The on-disk cache: folders of uncompressed ``.npy`` arrays, two kinds with their own keys.

``models-<key>`` holds the intent matcher and the safety detectors (key: the intents, the detectors' training
data, the engine's code, the version): they do not depend on the corpus. ``index-<key>`` holds the parsed corpus,
its names and the passage index (key: the corpus files, the engine's code, the version). A clinic that edits a
document rebuilds the index alone (seconds), and a damaged member of one kind rebuilds that kind alone.

Arrays are memory-mapped when loaded (``np.load(mmap_mode="r")``), so a start reads only what it touches: the
postings of the words asked about, the texts of the passages quoted. Written into a temporary folder and renamed
into place (atomic), never pickled (``allow_pickle=False`` both ways); a damaged or foreign folder is rebuilt.
"""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import tempfile
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import numpy as np

#: Bump when the stored arrays change meaning.
FORMAT = "11"
#: The kinds of cache folder.
KINDS = ("models", "index")
_KEY_FILE = "cache.key"
_MEMBERS_FILE = "members.txt"  # the arrays' names, one a line: a folder missing one is not read
_NAME = re.compile(r"^[A-Za-z0-9_.]+$")


def default_cache_dir() -> Path:
    env = os.environ.get("MARROWBOT_CACHE_DIR")
    if env:
        return Path(env)
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("marrowbot", appauthor=False))


def fingerprint(files: Iterable[str | Path], version: str, kind: str = "index") -> str:
    """The cache key: kind, format, version, and each file's name, size and modification time (reading 11,000
    documents' bytes would cost more than the cached start saves; an edit changes the size or the time)."""
    h = hashlib.sha256(f"marrowbot-{kind} {FORMAT} {version}\n".encode())
    for path in files:
        st = os.stat(path)
        h.update(f"{os.path.basename(path)} {st.st_size} {st.st_mtime_ns}\n".encode())
    return h.hexdigest()[:32]


def cache_path(cache_dir: Path, key: str, kind: str = "index") -> Path:
    if kind not in KINDS:
        raise ValueError(f"cache kind must be one of {', '.join(KINDS)}, not {kind!r}")
    return Path(cache_dir) / f"{kind}-{key}"


def load(cache_dir: Path, key: str, kind: str = "index") -> dict[str, np.ndarray] | None:
    """The cached arrays, memory-mapped, or None when missing, unreadable or damaged (the caller rebuilds)."""
    folder = cache_path(cache_dir, key, kind)
    try:
        if (folder / _KEY_FILE).read_text(encoding="ascii") != key:
            return None
        members = (folder / _MEMBERS_FILE).read_text(encoding="ascii").split()
        # Every member listed, none left out (a missing one would otherwise be noticed only by the code that
        # reads it, or not at all where it has a default).
        # (Each as a plain array over its memory map: indexing a ``np.memmap`` runs Python code for every item taken,
        # on every question; the plain array reads the same mapped pages.)
        arrays = {name: np.asarray(np.load(folder / f"{name}.npy", mmap_mode="r", allow_pickle=False))
                  for name in members if _NAME.match(name)}
        if len(arrays) != len(members):
            return None
    except Exception:  # noqa: BLE001 - any damage to a cache folder just means "rebuild"
        return None
    return arrays


def save(cache_dir: Path, key: str, arrays: dict[str, Any], kind: str = "index") -> bool:
    """Write a new folder under a temporary name, then rename it into place; False if the cache folder is not
    writable. Never raises. The key file is written last: a folder without it is never read."""
    tmp = None
    try:
        cache_dir = Path(cache_dir)
        cache_dir.mkdir(parents=True, exist_ok=True)
        final = cache_path(cache_dir, key, kind)
        tmp = Path(tempfile.mkdtemp(prefix=f".{kind}-", suffix=".tmp", dir=cache_dir))
        for name, value in arrays.items():
            if not _NAME.match(name):
                raise ValueError(f"bad array name {name!r}")
            np.save(tmp / f"{name}.npy", np.asarray(value), allow_pickle=False)
        (tmp / _MEMBERS_FILE).write_text("".join(f"{name}\n" for name in arrays), encoding="ascii")
        (tmp / _KEY_FILE).write_text(key, encoding="ascii")
        if final.exists():  # a damaged folder (or a finished one from a concurrent start): move it away first
            trash = Path(tempfile.mkdtemp(prefix=".trash-", dir=cache_dir))
            os.replace(final, trash / "old")
            shutil.rmtree(trash, ignore_errors=True)
        os.replace(tmp, final)
        tmp = None
        _prune(cache_dir, kind, keep=final.name)
        return True
    except (OSError, ValueError):
        return False
    finally:
        if tmp is not None:
            shutil.rmtree(tmp, ignore_errors=True)


def _prune(cache_dir: Path, kind: str, keep: str, max_entries: int = 8) -> None:
    """Keep the cache folder small: only the newest few folders of each kind survive (counted per kind: a clinic
    editing documents makes many indexes and one set of models, which must not be pruned for them), and no older
    single-file caches."""
    entries = sorted((e for e in cache_dir.glob(f"{kind}-*") if e.is_dir()), key=lambda p: p.stat().st_mtime,
                     reverse=True)
    for old in [e for e in entries if e.name != keep][max_entries - 1 :] + list(cache_dir.glob("index-*.npz")):
        try:
            shutil.rmtree(old) if old.is_dir() else old.unlink()
        except OSError:
            pass
