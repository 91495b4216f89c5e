"""Write imported documents into a corpus folder: all or nothing, never over an existing id without ``force``."""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path

from marrowbot.corpus import corpus_files, load_corpus
from marrowbot.errors import CorpusError, MarrowbotError, SourceError
from marrowbot.importers.document import ImportedDocument


def source_files(paths: Iterable[str | Path], suffix: str = ".xml") -> list[Path]:
    """Files given, and the ``*.xml`` files inside folders given, in a stable order."""
    out: list[Path] = []
    for p in map(Path, paths):
        if p.is_dir():
            found = sorted(f for f in p.rglob(f"*{suffix}") if f.is_file())
            if not found:
                raise SourceError(p, None, f"no {suffix} files in this folder")
            out.extend(found)
        elif p.is_file():
            out.append(p)
        else:
            raise SourceError(p, None, "no such file or folder")
    return list(dict.fromkeys(out))


def convert_all(files: list[Path], convert: Callable[[Path], ImportedDocument | None],
                progress: Callable[[int, int], None] | None = None) -> tuple[list[ImportedDocument], list[Path]]:
    """Documents made from the files (stops at the first bad file) and the files with nothing to import."""
    docs: list[ImportedDocument] = []
    empty: list[Path] = []
    made_by: dict[str, str] = {}
    for i, f in enumerate(files, start=1):
        doc = convert(f)
        if doc is None:
            empty.append(f)
        else:
            if doc.id in made_by:
                raise SourceError(f, None, f"makes document id {doc.id!r}, as {made_by[doc.id]} does")
            made_by[doc.id] = str(f)
            docs.append(doc)
        if progress is not None:
            progress(i, len(files))
    return _without_others_titles(docs), empty


def _without_others_titles(docs: list[ImportedDocument]) -> list[ImportedDocument]:
    """A synonym that is another imported page's own title belongs to that page (GARD lists subtypes such as
    "Juvenile myelomonocytic leukemia" among the synonyms of the group's page)."""
    titles = {d.title.lower(): d.id for d in docs}
    out = []
    for d in docs:
        keep = [a for a in d.aliases if titles.get(a.lower(), d.id) == d.id]
        out.append(d if keep == list(d.aliases) else d.with_aliases(keep))
    return out


def write_documents(docs: list[ImportedDocument], out: str | Path, *, force: bool = False) -> list[Path]:
    """Write every document to ``out`` or none: checked by the corpus loader in a temporary folder first,
    then moved in. An id already in ``out`` is refused unless ``force``."""
    out = Path(out)
    if out.exists() and not out.is_dir():
        raise MarrowbotError(f"{out}: not a folder")
    if out.is_dir() and not force:
        existing = _ids_in(out)
        for d in docs:
            if d.id in existing:
                raise MarrowbotError(f"{existing[d.id]}: document id {d.id!r} exists already "
                                     f"(from {d.source_file}); use --force to replace it")
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{out.name}-import-", dir=out.parent))
    try:
        for d in docs:
            (tmp / d.filename).write_text(d.markdown, encoding="utf-8")
        if docs:
            try:
                load_corpus(tmp)  # the loader is the judge of what an importer made
            except CorpusError as err:
                raise MarrowbotError(f"an imported document is not valid (a bug in the importer): {err}") from err
        if not out.exists():
            os.replace(tmp, out)
            return [out / d.filename for d in docs]
        written = []
        for d in docs:
            os.replace(tmp / d.filename, out / d.filename)
            written.append(out / d.filename)
        return written
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def _ids_in(folder: Path) -> dict[str, Path]:
    """Ids of the documents already in a folder (by their front matter ``id:`` line, else their file name)."""
    ids: dict[str, Path] = {}
    for f in corpus_files(folder):
        ids[f.stem] = f
        try:
            with f.open(encoding="utf-8") as fh:
                for _, line in zip(range(40), fh):
                    if line.startswith("id:"):
                        ids[line[3:].strip().strip("'\"")] = f
                        break
        except (OSError, UnicodeDecodeError):
            continue
    return ids
