"""JSON Lines corpus files: one article a line, {"text": ..., "title", "date", "url", "id"}."""
from __future__ import annotations

import datetime as dt
import json
import re
import zlib
from collections.abc import Callable, Iterator
from pathlib import Path

from kg.errors import InputError, unicode_name
from kg.model import Document
from kg.read.opening import (
    MAX_BYTES,
    Unreadable,
    check_regular,
    open_binary,
    skip_or_raise,
    unreadable_file,
)
from kg.read.text import build_document

JSONL_STRING_FIELDS = ("title", "url", "id")  # optional record fields besides "text" and "date"
# A JSON escape such as "\ud800" that is half of a surrogate pair stands for no character; no
# UTF-8 file or RDF literal can hold it, so the record is refused (a bad record, like bad JSON).
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")
COUNT_CHUNK = 1 << 20  # bytes read at a time when counting records or skipping an over-long line


def jsonl_documents(path: Path, keep_going: bool,
                     on_skip: Callable[[str, str], None] | None) -> Iterator[Document]:
    """The Documents of a JSON Lines file, read line by line; blank lines are passed over."""
    line_number = 0
    name = unicode_name(str(path))
    try:
        check_regular(path)
        with open_binary(path) as handle:
            while line := handle.readline(MAX_BYTES + 1):
                line_number += 1
                where = f"{name}:{line_number}"
                if len(line) > MAX_BYTES and not line.endswith(b"\n"):
                    _skip_line(handle)
                    skip_or_raise(where, f"is longer than the {MAX_BYTES:,}-byte limit (MAX_BYTES); "
                                   "split the article", keep_going, on_skip)
                    continue
                if not line.strip():
                    continue
                try:
                    document = _record_document(_json_record(line), where)
                except Unreadable as exc:
                    skip_or_raise(where, str(exc), keep_going, on_skip)
                    continue
                yield document
    except Unreadable as exc:
        skip_or_raise(name, str(exc), keep_going, on_skip)
    except FileNotFoundError:
        skip_or_raise(name, "does not exist; check the path", keep_going, on_skip)
    except (OSError, EOFError, zlib.error) as exc:  # while reading line line_number + 1
        where = f"{name}:{line_number + 1}" if line_number else name
        skip_or_raise(where, str(unreadable_file(exc)), keep_going, on_skip)


def _skip_line(handle) -> None:
    """Read past the rest of an over-long line without holding it."""
    while (piece := handle.readline(COUNT_CHUNK)) and not piece.endswith(b"\n"):
        pass


def count_records(handle) -> int:
    count = 0
    filled = False  # the line read so far holds more than whitespace
    while piece := handle.readline(COUNT_CHUNK):
        filled = filled or bool(piece.strip())
        if piece.endswith(b"\n"):
            count += filled
            filled = False
    return count + filled


def _json_record(line: bytes) -> dict:
    try:
        record = json.loads(line.decode("utf-8-sig"))
    except UnicodeDecodeError as exc:
        raise Unreadable(f"is not valid UTF-8 (first bad byte at column {exc.start + 1}); "
                          "JSON Lines must be UTF-8") from None
    except json.JSONDecodeError as exc:
        raise Unreadable(f"is not valid JSON ({exc.msg} at column {exc.colno}); "
                          "write one JSON object a line") from None
    if not isinstance(record, dict):
        raise Unreadable(f"holds a JSON {type(record).__name__}, not an object; "
                          'write one {"text": ...} object a line')
    return record


def document_from_record(record: dict, *, source: str) -> Document:
    """A Document from one JSON Lines record: "text" (required), and optionally "title",
    "date" (ISO 8601, a date or a timestamp), "url" and "id"; other fields are ignored. The
    Document's source is `source`, with "#<id>" added when the record has an id. InputError
    names `source` when a field is missing or of the wrong type, or the text holds no prose."""
    try:
        return _record_document(record, source)
    except Unreadable as exc:
        raise InputError(f"{source}: {exc}") from None


def _record_document(record: dict, source: str) -> Document:
    text = record.get("text")
    if not isinstance(text, str):
        problem = "has no" if text is None else f"has {_a_type(text)} as its"
        raise Unreadable(f'{problem} "text" field; each line needs {{"text": "<the article>"}}')
    if not text.strip():
        raise Unreadable('has an empty "text"; add the article text or remove the line')
    _check_unicode("text", text)
    fields = {}
    for name in JSONL_STRING_FIELDS:
        value = record.get(name)
        if value is not None and not isinstance(value, str):
            raise Unreadable(f'has {_a_type(value)} as its "{name}"; give a string or leave it out')
        if value:
            _check_unicode(name, value)
        fields[name] = value or None
    if fields["id"]:
        source = f"{source}#{fields['id']}"
    return build_document(text, source=source, title=fields["title"], url=fields["url"],
                           date=_iso_date(record.get("date")))


def _check_unicode(name: str, value: str) -> None:
    bad = _LONE_SURROGATE.search(value)
    if bad is not None:
        raise Unreadable(f'has a lone surrogate (\\u{ord(bad.group()):04x}) at character {bad.start() + 1} of its '
                          f'"{name}", which is no character; write the character itself or its full surrogate pair')


def _iso_date(value: object) -> dt.date | None:
    """The day of an ISO 8601 date or timestamp ("2023-11-03", "2023-11-03T10:15:00Z")."""
    if value is None:
        return None
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            pass
        try:  # Python 3.10 reads no "Z" suffix
            return dt.datetime.fromisoformat(value.removesuffix("Z").removesuffix("z")).date()
        except ValueError:
            pass
    raise Unreadable(f'has {json.dumps(value)[:40]} as its "date"; give an ISO date such as "2023-11-03"')


def _a_type(value: object) -> str:
    """"an int", "a list": the Python type of a JSON value, with its article."""
    name = type(value).__name__
    return f"{'an' if name[0] in 'aeiou' else 'a'} {name}"
