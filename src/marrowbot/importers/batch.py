"""Write imported documents into a corpus folder: all or nothing, never over an existing id without ``force``."""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path

from marrowbot.corpus import corpus_files, front_matter, load_corpus
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
        elif p.exists():
            raise SourceError(p, None, "is not a regular file (a pipe, device or socket)")
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
    """Write every document to ``out`` or none. The folder as it will be (its files, less those whose ids are
    replaced, plus the new documents) is made beside it and checked whole by the corpus loader, then put in its
    place. An id already in ``out`` is refused unless ``force``, which replaces the file that holds it."""
    _check_unique(docs)
    shown = Path(out)
    if shown.is_symlink() and not shown.exists():
        raise MarrowbotError(f"{shown}: a link to a folder that does not exist")
    if shown.exists() and not shown.is_dir():
        raise MarrowbotError(f"{shown}: not a folder")
    # A link to a corpus folder: the folder it points to is the one swapped (the link stays a link).
    out = Path(os.path.realpath(shown)) if shown.is_symlink() else shown
    existing = _ids_in(out) if out.is_dir() else {}
    held = {path.name: doc_id for doc_id, path in existing.items()}
    replaced = {existing[d.id] for d in docs if d.id in existing}
    if replaced and not force:
        d = next(d for d in docs if d.id in existing)
        raise MarrowbotError(f"{shown / existing[d.id].name}: document id {d.id!r} exists already "
                             f"(from {d.source_file}); use --force to replace it")
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        stage = Path(tempfile.mkdtemp(prefix=f".{out.name}-import-", dir=out.parent))
        os.chmod(stage, out.stat().st_mode & 0o7777 if out.is_dir() else _default_folder_mode())
    except OSError as err:
        raise MarrowbotError(f"{shown}: cannot write there: {err.strerror or err}") from err
    try:
        if out.is_dir():
            _copy_folder(out, stage, leave_out=replaced)
        for d in docs:
            target = stage / d.filename
            if os.path.lexists(target):  # a file kept (not replaced) holds another id under this name
                holds = (f"holds the document id {held[d.filename]!r}" if d.filename in held
                         else "is a document the corpus loader refuses")
                raise MarrowbotError(f"{shown / d.filename}: {holds}, so the document {d.id!r} (from "
                                     f"{d.source_file}) cannot be written under this name; nothing was written")
            target.write_text(d.markdown, encoding="utf-8")  # a new file: never written through a hard link
        if docs:
            try:
                load_corpus(stage)  # the loader is the judge of the folder as it will be
            except CorpusError as err:
                made = next((d for d in docs if Path(err.path) == stage / d.filename), None)
                if made is not None:  # a new document: the source it was made from, never a file not written
                    at = f", line {err.line} of the document" if err.line is not None else ""
                    raise SourceError(made.source_file, made.source_line,
                                      f"the document {made.id!r} made from this would not load ({err.message}"
                                      f"{at}); nothing was written") from err
                where = str(err).replace(str(stage), str(shown))
                raise MarrowbotError(f"the folder would not load after this import, so nothing was written: "
                                     f"{where}") from err
        _swap(stage, out)
    except OSError as err:
        raise MarrowbotError(f"{shown}: cannot write the documents: {err.strerror or err}; nothing was "
                             "changed") from err
    finally:
        shutil.rmtree(stage, ignore_errors=True)
    return [shown / d.filename for d in docs]


def _check_unique(docs: list[ImportedDocument]) -> None:
    """Two documents of one import under the same id: the second would overwrite the first."""
    made_by: dict[str, ImportedDocument] = {}
    for d in docs:
        if d.id in made_by:
            raise SourceError(d.source_file, d.source_line,
                              f"makes document id {d.id!r}, as {made_by[d.id].source} does; nothing was written")
        made_by[d.id] = d


def _default_folder_mode() -> int:
    """The mode ``mkdir`` would give a new folder (a temporary folder is private; the corpus need not be)."""
    umask = os.umask(0o022)
    os.umask(umask)
    return 0o777 & ~umask


def _copy_folder(source: Path, target: Path, leave_out: set[Path]) -> None:
    """Everything in ``source`` but ``leave_out`` into ``target`` (an empty folder): hard links where the
    system allows (instant, no space), copies otherwise."""
    def link_or_copy(src: str, dst: str) -> None:
        try:
            os.link(src, dst, follow_symlinks=False)
        except OSError:
            shutil.copy2(src, dst, follow_symlinks=False)

    skip = {p.resolve() for p in leave_out}
    for entry in source.iterdir():
        if entry.resolve() in skip:
            continue
        if entry.is_dir() and not entry.is_symlink():
            shutil.copytree(entry, target / entry.name, symlinks=True, copy_function=link_or_copy)
        else:
            link_or_copy(str(entry), str(target / entry.name))


def _swap(stage: Path, out: Path) -> None:
    """Put the finished ``stage`` folder where ``out`` is: two renames on the same file system."""
    if not out.exists():
        os.replace(stage, out)
        return
    old = Path(tempfile.mkdtemp(prefix=f".{out.name}-old-", dir=out.parent))
    os.replace(out, old / "folder")
    try:
        os.replace(stage, out)
    except BaseException:  # an error, or Ctrl-C between the two renames: the old folder goes back, never away
        if not out.exists():
            os.replace(old / "folder", out)
            shutil.rmtree(old, ignore_errors=True)
        raise
    shutil.rmtree(old, ignore_errors=True)


def _ids_in(folder: Path) -> dict[str, Path]:
    """Ids of the documents already in a folder, by their front matter ``id:`` as the corpus loader reads it (never
    by file name: ``foo-gard.md`` may hold another id). A file the loader refuses is left to the check of the
    folder as it will be, which names it."""
    ids: dict[str, Path] = {}
    for f in corpus_files(folder):
        try:
            meta = front_matter(f)
        except CorpusError:
            continue
        ids.setdefault(meta["id"], f)
    return ids
