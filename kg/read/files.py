"""Files, folders and JSON Lines -> `Document`s: decode, convert HTML, find paragraphs, title and
dateline.

Offsets in a Document refer to its `text`: the decoded file (or the "text" field of a JSON Lines
record) with newlines normalised to "\\n" and NFC applied, nothing else changed. The dateline and
page furniture stay in `text` but are left out of `paragraphs`. Documents are read one at a time,
so a corpus of any size passes through in constant memory.
"""
from __future__ import annotations

import codecs
import os
import re
import warnings
import zlib
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from kg.errors import InputWarning, unicode_name
from kg.model import Document
from kg.read.html import html_to_text
from kg.read.jsonl import count_records, jsonl_documents
from kg.read.opening import (
    EMPTY,
    GZIP_SUFFIX,
    MAX_BYTES,
    Unreadable,
    check_regular,
    is_gzip,
    open_binary,
    skip_or_raise,
    unreadable_file,
)
from kg.read.text import build_document

ARTICLE_SUFFIXES = (".txt", ".text", ".md", ".html", ".htm")  # one article a file
JSONL_SUFFIXES = (".jsonl", ".ndjson")  # one article a line: {"text": ..., "title", "date", "url", "id"}
# What a folder is searched for.
FOLDER_SUFFIXES = tuple(s + z for s in ARTICLE_SUFFIXES + JSONL_SUFFIXES for z in ("", GZIP_SUFFIX))
HTML_SUFFIXES = (".html", ".htm")
SNIFF_BYTES = 8192  # how much of a file the binary test and the charset search look at
CONTROL_SHARE_LIMIT = 0.05  # text has almost no C0 controls; random bytes have about 12%
CP1252_UNDEFINED = b"\x81\x8d\x8f\x90\x9d"  # bytes cp1252 leaves unassigned: not cp1252 text
# Bytes that open an HTML document, whatever the file is called.
_HTML_START = re.compile(rb"\s*(?:<\?xml[^>]*>\s*)?<(?:!doctype\s+html|html)\b", re.I)
# <meta charset="x"> and <meta http-equiv="Content-Type" content="text/html; charset=x">.
_META_CHARSET = re.compile(rb"<meta[^>]*?charset\s*=\s*[\"']?\s*([A-Za-z0-9_.:-]+)", re.I)
# Bytes that are neither text nor the whitespace controls \t \n \f \r.
_CONTROL_BYTES = frozenset(range(32)) - {9, 10, 12, 13} | {127}


def read_documents(paths: Iterable[str | Path], *, keep_going: bool = False,
                   on_skip: Callable[[str, str], None] | None = None,
                   on_warning: Callable[[str, str], None] | None = None) -> Iterator[Document]:
    """Yield one Document per article, lazily. A path may be a file or a folder (searched
    recursively for FOLDER_SUFFIXES, hidden entries skipped, sorted). A .jsonl (or .ndjson) file
    holds one article a line (see `document_from_record`); a name ending in .gz is decompressed
    as it is read; any other file is one article, whatever its name. A bad file raises
    InputError("<path>: <reason>"), a bad JSON Lines record InputError("<path>:<line>: <reason>");
    with `keep_going` the same two strings go to `on_skip(where, reason)` instead and reading
    goes on. An article read by a guess (a file that is not UTF-8 and declares no encoding,
    read as cp1252) goes to `on_warning(path, message)`, or is an InputWarning when that is None.
    A single path is accepted too."""
    for path in _input_files(paths, keep_going, on_skip):
        if _is_jsonl(path):
            yield from jsonl_documents(path, keep_going, on_skip)
            continue
        try:
            document, guessed = _read_document(path)
        except Unreadable as exc:
            skip_or_raise(unicode_name(str(path)), str(exc), keep_going, on_skip)
            continue
        if guessed is not None:
            message = (f"is not UTF-8 and declares no encoding; read as {guessed} (Windows Western European, "
                       "which Latin-1 text also reads as); convert it to UTF-8 if that is wrong")
            if on_warning is not None:
                on_warning(str(path), message)
            else:
                warnings.warn(f"{path}: {message}", InputWarning, stacklevel=2)
        yield document


def count_documents(paths: Iterable[str | Path]) -> int:
    """How many articles `read_documents(paths)` will read at most: one a file, one a non-blank
    line of a JSON Lines file. Reads the JSON Lines files once more (a byte scan in constant
    memory, decompressing .gz); unreadable paths count as nothing here and fail when read."""
    total = 0
    for path in _input_files(paths, keep_going=True, on_skip=None):
        if not _is_jsonl(path):
            total += 1
            continue
        try:
            check_regular(path)
            with open_binary(path) as handle:
                total += count_records(handle)
        except (Unreadable, OSError, EOFError, zlib.error):
            continue
    return total


def _input_files(paths: Iterable[str | Path], keep_going: bool,
                 on_skip: Callable[[str, str], None] | None) -> Iterator[Path]:
    if isinstance(paths, (str, Path)):
        paths = [paths]
    for given in paths:
        try:
            files = _article_files(Path(given), keep_going, on_skip)
        except Unreadable as exc:
            skip_or_raise(unicode_name(str(given)), str(exc), keep_going, on_skip)
            continue
        yield from files


def _article_files(path: Path, keep_going: bool, on_skip: Callable[[str, str], None] | None) -> list[Path]:
    """[path] for a file (or a missing path: reading it reports it), else the folder's articles.
    A sub-folder that cannot be listed stops the search (InputError), or with `keep_going` goes
    to `on_skip`."""
    if not path.is_dir():
        return [path]

    def unlisted(exc: OSError) -> None:
        where = unicode_name(str(exc.filename or path))
        reason = f"is a folder that cannot be read ({exc.strerror or exc}); check its permissions"
        skip_or_raise(where, reason, keep_going, on_skip)

    found = []
    for folder, dirs, files in os.walk(path, onerror=unlisted):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        found += [Path(folder, f) for f in files
                  if not f.startswith(".") and f.lower().endswith(FOLDER_SUFFIXES)]
    if not found:
        raise Unreadable(f"contains no {', '.join(ARTICLE_SUFFIXES + JSONL_SUFFIXES)} files "
                          f"(nor {GZIP_SUFFIX} of them); point at a folder of articles")
    return sorted(found, key=lambda p: p.relative_to(path).parts)


def _inner_suffix(path: Path) -> str:
    """The suffix that says what the file holds: ".jsonl" for "a.jsonl.gz"."""
    return (path.with_suffix("") if is_gzip(path) else path).suffix.lower()


def _is_jsonl(path: Path) -> bool:
    return _inner_suffix(path) in JSONL_SUFFIXES


def _read_document(path: Path) -> tuple[Document, str | None]:
    """The article in `path`, and the encoding it was read in when that was a guess (else None)."""
    too_large = Unreadable(f"is larger than the {MAX_BYTES:,}-byte limit (MAX_BYTES); "
                            "split it into one file per article")
    try:
        check_regular(path)
        if path.stat().st_size > MAX_BYTES:
            raise too_large
        with open_binary(path) as handle:
            data = handle.read(MAX_BYTES + 1)  # a small .gz may inflate to anything
    except FileNotFoundError:
        raise Unreadable("does not exist; check the path") from None
    except (OSError, EOFError, zlib.error) as exc:
        raise unreadable_file(exc) from None
    if len(data) > MAX_BYTES:
        raise too_large
    is_html = _inner_suffix(path) in HTML_SUFFIXES or bool(
        _HTML_START.match(data.removeprefix(codecs.BOM_UTF8)))
    text, guessed = _decode(data, is_html=is_html)
    title = None
    if is_html:
        text, title = html_to_text(text)
        if not text.strip():
            raise Unreadable("has no visible text outside scripts, navigation and forms; "
                              "check that it is an article page")
    return build_document(text, source=str(path), title=title, date=None, url=None), guessed


def _decode(data: bytes, *, is_html: bool) -> tuple[str, str | None]:
    """UTF-8, else the charset an HTML page declares, else clean cp1252 (a guess: its name comes
    back as the second value, else None); else Unreadable."""
    if not data.strip():
        raise Unreadable(EMPTY)
    sample = data[:SNIFF_BYTES]
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:  # Windows "Unicode" text: full of NULs, yet text
            return data.decode("utf-16"), None
        except UnicodeDecodeError:
            pass  # not UTF-16 after all; the binary test below reports it
    controls = sum(b in _CONTROL_BYTES for b in sample)
    if b"\0" in sample or controls > CONTROL_SHARE_LIMIT * len(sample):
        raise Unreadable("looks binary, not text; pass plain-text, Markdown or HTML articles")
    try:
        return data.decode("utf-8-sig"), None
    except UnicodeDecodeError as exc:
        # decode("utf-8-sig") counts offsets after a BOM; report the offset in the file
        bad_offset = exc.start + (3 if data.startswith(codecs.BOM_UTF8) else 0)
    declared = _declared_encodings(sample) if is_html else []
    for encoding in declared:
        try:
            return data.decode(encoding), None
        except UnicodeDecodeError:
            continue
    if not any(bytes([b]) in data for b in CP1252_UNDEFINED):
        return data.decode("cp1252"), "cp1252"
    raise Unreadable(f"is not valid UTF-8 (first bad byte at offset {bad_offset}); "
                      "convert it to UTF-8")


def _declared_encodings(sample: bytes) -> list[str]:
    """Codecs for a <meta> charset, as browsers read it (latin-1 and ASCII mean cp1252)."""
    match = _META_CHARSET.search(sample)
    if not match:
        return []
    try:
        name = codecs.lookup(match.group(1).decode("ascii")).name
    except LookupError:
        return []
    if name.startswith(("utf-16", "utf-32")):
        return []  # a page with no NUL bytes is not UTF-16, whatever it declares
    return ["cp1252", name] if name in ("iso8859-1", "ascii") else [name]
