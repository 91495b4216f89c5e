"""``marrowbot import medquad|medlineplus ... --out DIR``: source files -> corpus documents (contracts section 1)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from marrowbot.errors import MarrowbotError


def add_parser(sub: Any, common: argparse.ArgumentParser) -> None:
    imp = sub.add_parser("import", parents=[common], help="turn MedQuAD or MedlinePlus XML into corpus documents")
    kinds = imp.add_subparsers(dest="kind", metavar="KIND", required=True)
    mq = kinds.add_parser("medquad", parents=[common], help="MedQuAD XML files (one document a file)")
    mq.add_argument("paths", nargs="+", type=Path, metavar="FILE_OR_DIR", help="XML files, or folders of them")
    mp = kinds.add_parser("medlineplus", parents=[common], help="MedlinePlus health-topics XML (NLM's download)")
    mp.add_argument("paths", nargs=1, type=Path, metavar="FILE.xml", help="the health-topics XML file")
    mp.add_argument("--topic", action="append", default=[], metavar="TITLE", help="import this topic (repeatable)")
    mp.add_argument("--group", action="append", default=[], metavar="NAME",
                    help="import the topics of this group (repeatable)")
    for p in (mq, mp):
        p.add_argument("--out", type=Path, required=True, metavar="DIR", help="corpus folder to write into")
        p.add_argument("--force", action="store_true", help="replace documents whose id exists in DIR")


def command(args: argparse.Namespace) -> int:
    from marrowbot.importers import batch, medlineplus, medquad  # only when importing (start-up time)

    show = _progress if sys.stderr.isatty() else None
    if args.kind == "medquad":
        files = batch.source_files(args.paths)
        docs, empty = batch.convert_all(files, medquad.convert, show)
    else:
        docs = medlineplus.convert(args.paths[0], topics=tuple(args.topic), groups=tuple(args.group))
        empty = []
    if show:
        print("\r\x1b[K", end="", file=sys.stderr, flush=True)
    for f in empty:
        print(f"skipped {f}: no answer text left (only a table or templates)", file=sys.stderr)
    if not docs:
        raise MarrowbotError(f"nothing to import from {', '.join(map(str, args.paths))}; nothing was written")
    written = batch.write_documents(docs, args.out, force=args.force)
    print(f"imported {len(written)} document{'s' if len(written) != 1 else ''} into {args.out}")
    return 0


def _progress(done: int, total: int) -> None:
    if total >= 50 and (done % 25 == 0 or done == total):
        print(f"\rimporting {done}/{total} files", end="", file=sys.stderr, flush=True)

