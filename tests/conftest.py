"""Shared test set-up: a private index cache for the whole run, one Bot for the in-process tests."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest
from hang_guard import HANG_GUARD

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="session", autouse=True)
def _private_cache(tmp_path_factory: pytest.TempPathFactory) -> None:
    # Tests (and the marrowbot processes they start) never touch the user's own cache folder.
    folder = tmp_path_factory.mktemp("marrowbot-cache")
    old = os.environ.get("MARROWBOT_CACHE_DIR")
    os.environ["MARROWBOT_CACHE_DIR"] = str(folder)
    yield
    if old is None:
        os.environ.pop("MARROWBOT_CACHE_DIR", None)
    else:
        os.environ["MARROWBOT_CACHE_DIR"] = old


@pytest.fixture(scope="session")
def bot(_private_cache: None):  # noqa: ANN201
    from marrowbot import Bot

    return Bot.load()


@pytest.fixture(scope="session")
def seeds_bot(_private_cache: None):  # noqa: ANN201
    """The two seed documents alone (``--library none``): for behaviour that depends on what they lack."""
    from marrowbot import Bot

    return Bot.load(library="none")


def ask_all(bot, *messages: str):  # noqa: ANN001, ANN201
    """The answer to the last of ``messages``, asked one after another in one conversation."""
    from marrowbot import Session

    s = Session()
    answer = None
    for m in messages:
        answer = bot.ask(m, s)
    assert answer is not None
    return answer


def copy_intents(parent: Path) -> Path:
    """A copy of the project's ``intents/`` in ``parent`` (to edit one file and see what the loaders say)."""
    import shutil

    target = parent / "intents"
    shutil.copytree(REPO / "intents", target)
    return target


def run_marrowbot(*args: str, input: str | None = None, timeout: float = HANG_GUARD, env: dict | None = None):  # noqa: A002
    """The real command line in a subprocess (``python -m marrowbot``, the same entry point as the script)."""
    import subprocess

    full_env = dict(os.environ)
    full_env.update(env or {})
    return subprocess.run([sys.executable, "-m", "marrowbot", *args], input=input, capture_output=True,
                          text=True, timeout=timeout, env=full_env)


TINY_CORPUS = Path(__file__).resolve().parent / "tiny" / "corpus"


@pytest.fixture(scope="session")
def tiny_corpus_dir() -> Path:
    """Three short documents (tests/tiny/README.md): a world small enough to check each stage by hand."""
    return TINY_CORPUS


@pytest.fixture(scope="session")
def tiny_bot(_private_cache: None):  # noqa: ANN201
    """The tiny corpus with the packaged intents: its own index, the packaged intents' models (one cache folder:
    the models do not depend on the corpus, so they are trained once for both)."""
    from marrowbot import Bot

    return Bot.load(TINY_CORPUS)


@pytest.fixture(scope="session")
def trained_models(_private_cache: None) -> Path:
    """The packaged intents' models (intent matcher, safety detectors) trained once in the run's cache folder: the
    folder to copy into a test's own cache when the test is about the index, not the training (13 s a start)."""
    from marrowbot import Bot

    info = Bot.load(library="none").info
    assert info.models_file is not None
    return Path(info.models_file)


def with_models(models: Path, cache_dir: Path) -> Path:
    """``cache_dir`` holding a copy of the trained ``models`` folder (a start there builds the index alone)."""
    import shutil

    cache_dir.mkdir(parents=True, exist_ok=True)
    shutil.copytree(models, cache_dir / models.name)
    return cache_dir
