"""Where the packaged corpus and intents are (inside the installed package, or the repo for an editable install)."""

from __future__ import annotations

from importlib import metadata, resources
from pathlib import Path


def packaged(name: str) -> Path:
    return Path(str(resources.files("marrowbot") / "data" / name))


def default_corpus_dir() -> Path:
    return packaged("corpus")


def default_library_dir(name: str = "linked") -> Path:
    """A packaged library folder: documents imported from the pages the seed documents link to."""
    return packaged("library") / name


def default_intents_dir() -> Path:
    return packaged("intents")


def version() -> str:
    try:
        return metadata.version("marrowbot")
    except metadata.PackageNotFoundError:
        return "0+unknown"
