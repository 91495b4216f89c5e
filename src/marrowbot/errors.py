"""The one root exception and its file-and-line subclasses."""

from __future__ import annotations

from pathlib import Path


class MarrowbotError(Exception):
    """Root of every error marrowbot raises on purpose (bad input files, bad configuration)."""


class LocatedError(MarrowbotError):
    """An error in a file the user gave us, reported as ``FILE:LINE: what is wrong``."""

    def __init__(self, path: str | Path, line: int | None, message: str) -> None:
        self.path = str(path)
        self.line = line
        self.message = message
        super().__init__(self.__str__())

    def __str__(self) -> str:
        where = self.path if self.line is None else f"{self.path}:{self.line}"
        return f"{where}: {self.message}"


class CorpusError(LocatedError):
    """A corpus document breaks the format of contracts section 1."""


class IntentsError(LocatedError):
    """An intents, lexicon or messages file is malformed."""


class FixtureError(LocatedError):
    """A transcript fixture is malformed."""


class ConfigError(LocatedError):
    """A kiosk or server configuration file is malformed."""


class SourceError(LocatedError):
    """A source file given to ``marrowbot import`` is unreadable or not in the expected format."""


class ManyErrors(MarrowbotError):
    """Several located errors found in one pass, reported together (one per line)."""

    def __init__(self, errors: list[LocatedError]) -> None:
        self.errors = list(errors)
        super().__init__("\n".join(str(e) for e in self.errors))
