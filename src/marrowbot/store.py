"""The on-disk index cache: one .npz file per corpus+intents+version hash, written atomically, never pickled."""

from __future__ import annotations

import hashlib
import os
import tempfile
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import numpy as np

from marrowbot.corpus import Corpus, corpus_from_json

#: Bump when the stored arrays change meaning.
FORMAT = "9"


def default_cache_dir() -> Path:
    env = os.environ.get("MARROWBOT_CACHE_DIR")
    if env:
        return Path(env)
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("marrowbot", appauthor=False))


def fingerprint(files: Iterable[Path], version: str) -> str:
    h = hashlib.sha256(f"marrowbot-index {FORMAT} {version}\n".encode())
    for path in files:
        data = Path(path).read_bytes()
        h.update(f"{Path(path).name} {len(data)}\n".encode())
        h.update(data)
    return h.hexdigest()[:32]


def load(cache_dir: Path, key: str) -> dict[str, np.ndarray] | None:
    """The cached arrays, or None when missing, unreadable or corrupt (the caller rebuilds)."""
    path = Path(cache_dir) / f"index-{key}.npz"
    try:
        with np.load(path, allow_pickle=False) as data:
            arrays = {name: data[name] for name in data.files}
    except Exception:  # noqa: BLE001 - any damage to a cache file just means "rebuild"
        return None
    if str(arrays.get("cache.key", "")) != key:
        return None
    return arrays


def save(cache_dir: Path, key: str, arrays: dict[str, np.ndarray]) -> bool:
    """Write atomically (temp file + rename); False if the folder is not writable. Never raises."""
    try:
        cache_dir = Path(cache_dir)
        cache_dir.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".index-", suffix=".npz.tmp", dir=cache_dir)
        try:
            with os.fdopen(fd, "wb") as fh:
                np.savez(fh, **arrays, **{"cache.key": np.asarray(key)})
            os.replace(tmp, cache_dir / f"index-{key}.npz")
        finally:
            if os.path.exists(tmp):
                os.unlink(tmp)
        _prune(cache_dir, keep=f"index-{key}.npz")
        return True
    except OSError:
        return False


def _prune(cache_dir: Path, keep: str, max_files: int = 8) -> None:
    """Keep the cache folder small: only the newest few indexes survive."""
    files = sorted(cache_dir.glob("index-*.npz"), key=lambda p: p.stat().st_mtime, reverse=True)
    for old in [f for f in files if f.name != keep][max_files - 1 :]:
        try:
            old.unlink()
        except OSError:
            pass


def cached_corpus(arrays: dict[str, Any] | None) -> Corpus | None:
    if arrays is None or "corpus.json" not in arrays:
        return None
    try:
        return corpus_from_json(arrays["corpus.json"].tobytes())
    except (ValueError, KeyError, TypeError, IndexError):  # a damaged cache only means parsing again
        return None
