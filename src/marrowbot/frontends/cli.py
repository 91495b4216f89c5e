"""The command line: a thin argparse layer over ``Bot``; each subcommand is a few lines."""

from __future__ import annotations

import argparse
import importlib
import json
import sys
from collections.abc import Iterable
from pathlib import Path

from marrowbot.errors import MarrowbotError

_COMMON_HELP = {
    "corpus": "folder of corpus documents (*.md); default: the packaged corpus",
    "intents": "folder of intents files; default: the packaged intents",
    "library": "the linked library (NIH pages the seed documents link to) next to the seeds: linked (default) or none",
}


def _common(suppress: bool) -> argparse.ArgumentParser:
    # The same options on the main parser and on every subcommand, so they work before or after it.
    p = argparse.ArgumentParser(add_help=False)
    default = argparse.SUPPRESS if suppress else None
    p.add_argument("--corpus", type=Path, metavar="DIR", default=default, help=_COMMON_HELP["corpus"])
    p.add_argument("--intents", type=Path, metavar="DIR", default=default, help=_COMMON_HELP["intents"])
    p.add_argument("--library", choices=("linked", "none"), default=default, help=_COMMON_HELP["library"])
    return p


def build_parser() -> argparse.ArgumentParser:
    from marrowbot.resources import version

    parser = argparse.ArgumentParser(
        prog="marrowbot", parents=[_common(False)],
        description="Answers questions about bone marrow diseases by quoting trusted documents. "
                    "General information, not medical advice.",
    )
    parser.add_argument("--version", action="version", version=f"marrowbot {version()}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    common = _common(True)

    chat = sub.add_parser("chat", parents=[common], help="the interactive chat (the default)")
    _chat_options(chat)
    _chat_options(parser)

    ask = sub.add_parser("ask", parents=[common], help="answer one question, or one a line from standard input")
    ask.add_argument("question", nargs="*", help="the question; none: read one question a line from stdin")
    ask.add_argument("--json", action="store_true", help="one JSON object a line (contracts section 3)")
    ask.add_argument("--independent", action="store_true",
                     help="with stdin: answer each line on its own, not as one conversation")

    replay = sub.add_parser("replay", parents=[common], help="run transcript fixtures (YAML)")
    replay.add_argument("paths", nargs="+", type=Path, metavar="PATH", help="fixture files or folders")
    replay.add_argument("--junit", type=Path, metavar="FILE", help="also write a JUnit XML report")

    record = sub.add_parser("record", parents=[common], help="chat, then save the conversation as a fixture")
    record.add_argument("file", type=Path, metavar="FILE")
    record.add_argument("--force", action="store_true", help="overwrite FILE if it exists")

    sub.add_parser("index", parents=[common], help="check the corpus and intents, build the index, print counts")

    serve = sub.add_parser("serve", parents=[common], help="the HTTP API and the chat page")
    serve.add_argument("--host", default="127.0.0.1", help="address to listen on (default: 127.0.0.1)")
    serve.add_argument("--port", type=int, default=8000, help="port (default: 8000)")
    serve.add_argument("--workers", type=int, default=1, help="worker processes (default: 1)")
    serve.add_argument("--kiosk", action="store_true", help="serve the page in kiosk mode")
    serve.add_argument("--config", type=Path, metavar="FILE", help="kiosk configuration (YAML)")

    from marrowbot.frontends import importer

    importer.add_parser(sub, common)

    kiosk = sub.add_parser("kiosk", parents=[common], help="the locked-down full-screen kiosk terminal")
    kiosk.add_argument("--config", type=Path, metavar="FILE", help="kiosk configuration (YAML)")
    kiosk.add_argument("--no-color", action="store_true", help="no colours")
    return parser


def _chat_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--history", type=Path, metavar="FILE", default=None,
                   help="keep your own input history in FILE (off by default: nothing is written)")
    p.add_argument("--no-color", action="store_true", default=False, help="no colours")


# Front ends live in their own modules and are imported only when used (start-up time matters).
_FRONT_ENDS = {
    "chat": "marrowbot.frontends.repl",
    "replay": "marrowbot.frontends.replay",
    "record": "marrowbot.frontends.record",
    "serve": "marrowbot.web.serve",
    "kiosk": "marrowbot.frontends.kiosk",
    "import": "marrowbot.frontends.importer",
}


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    command = args.command or "chat"
    try:
        if command == "ask":
            return _cmd_ask(args)
        if command == "index":
            return _cmd_index(args)
        module = importlib.import_module(_FRONT_ENDS[command])
        return int(module.command(args) or 0)
    except MarrowbotError as err:
        message = f"marrowbot: {err}" if "\n" not in str(err) else f"marrowbot:\n{err}"
        if _isatty(sys.stderr):
            message = "\r\x1b[K" + message  # over the progress line, if one was shown, not glued to it
        print(message, file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0


def _isatty(stream: object) -> bool:
    try:
        return bool(stream.isatty())  # type: ignore[attr-defined]
    except (AttributeError, ValueError, OSError):
        return False


def load_bot(args: argparse.Namespace, **kwargs: object):  # noqa: ANN201 - Bot, imported lazily
    from marrowbot.bot import Bot
    from marrowbot.frontends.progress import terminal_progress

    kwargs.setdefault("progress", terminal_progress())
    kwargs.setdefault("library", getattr(args, "library", None))
    return Bot.load(args.corpus, args.intents, **kwargs)  # type: ignore[arg-type]


def _cmd_ask(args: argparse.Namespace) -> int:
    from marrowbot.frontends import terminal as term
    from marrowbot.session import Session

    bot = load_bot(args)
    questions: Iterable[str]
    if args.question:
        questions = [" ".join(args.question)]
    else:
        questions = (line for line in term.input_lines() if line.strip())
    session = Session()
    for i, question in enumerate(questions):
        if args.independent:
            session = Session()
        answer = bot.ask(question, session)
        if args.json:
            utf8 = (getattr(sys.stdout, "encoding", None) or "").lower().replace("-", "") == "utf8"
            term.stream_write(sys.stdout, json.dumps(answer.to_dict(), ensure_ascii=not utf8) + "\n")
        else:
            term.stream_write(sys.stdout, ("\n" + "-" * 40 + "\n\n" if i else "") + term.plain_answer(answer))
        sys.stdout.flush()
    return 0


def _cmd_index(args: argparse.Namespace) -> int:
    bot = load_bot(args)
    counts = bot.counts()
    print(f"corpus:  {bot.info.corpus_dir}")
    if bot.info.library_dir:
        print(f"library: {bot.info.library_dir}")
    print(f"intents: {bot.info.intents_dir}")
    print(f"documents: {counts['documents']}, sections: {counts['sections']}, passages: {counts['passages']}")
    print(f"intents: {counts['intents']}, examples: {counts['examples']}")
    info = bot.info
    for kind, where in (("index", info.cache_file), ("models", info.models_file)):
        print(f"{kind}: {'built' if kind in info.built else 'loaded from cache'} ({where or 'memory only'})")
    for warning in bot.info.warnings:
        print(f"warning: {warning}", file=sys.stderr)
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
