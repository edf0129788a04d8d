"""Files, folders and JSON Lines -> `Document`s: decode, convert HTML, find paragraphs, title and
dateline.

Offsets in a Document refer to its `text`: the decoded file (or the "text" field of a JSON Lines
record) with newlines normalised to "\\n" and NFC applied, nothing else changed. The dateline and
page furniture stay in `text` but are left out of `paragraphs`. Documents are read one at a time,
so a corpus of any size passes through in constant memory.
"""
from __future__ import annotations

import codecs
import datetime as dt
import gzip
import json
import os
import re
import unicodedata
import zlib
from collections.abc import Callable, Iterable, Iterator
from html.parser import HTMLParser
from pathlib import Path

from kg.errors import InputError
from kg.model import Document, Span

MAX_BYTES = 50_000_000  # larger files are not one article; refuse them before reading
ARTICLE_SUFFIXES = (".txt", ".text", ".md", ".html", ".htm")  # one article a file
JSONL_SUFFIXES = (".jsonl", ".ndjson")  # one article a line: {"text": ..., "title", "date", "url", "id"}
GZIP_SUFFIX = ".gz"  # any of the above, gzip-compressed
# What a folder is searched for.
FOLDER_SUFFIXES = tuple(s + z for s in ARTICLE_SUFFIXES + JSONL_SUFFIXES for z in ("", GZIP_SUFFIX))
JSONL_STRING_FIELDS = ("title", "url", "id")  # optional record fields besides "text" and "date"
COUNT_CHUNK = 1 << 20  # bytes read at a time when counting records or skipping an over-long line
HTML_SUFFIXES = (".html", ".htm")
SNIFF_BYTES = 8192  # how much of a file the binary test and the charset search look at
CONTROL_SHARE_LIMIT = 0.05  # text has almost no C0 controls; random bytes have about 12%
CP1252_UNDEFINED = b"\x81\x8d\x8f\x90\x9d"  # bytes cp1252 leaves unassigned: not cp1252 text
TITLE_MAX_CHARS = 200
DATELINE_MAX_CHARS = 120
DATELINE_SEARCH = 4  # the dateline, if any, is among the first paragraphs
DATELINE_MAX_NAMES = 8  # capitalised words (author, place, outlet) a dateline may carry
FURNITURE_MAX_CHARS = 200  # furniture is short; a longer paragraph is prose whatever it says

# Bytes that open an HTML document, whatever the file is called.
_HTML_START = re.compile(rb"\s*(?:<\?xml[^>]*>\s*)?<(?:!doctype\s+html|html)\b", re.I)
# <meta charset="x"> and <meta http-equiv="Content-Type" content="text/html; charset=x">.
_META_CHARSET = re.compile(rb"<meta[^>]*?charset\s*=\s*[\"']?\s*([A-Za-z0-9_.:-]+)", re.I)
# Bytes that are neither text nor the whitespace controls \t \n \f \r.
_CONTROL_BYTES = frozenset(range(32)) - {9, 10, 12, 13} | {127}

# A first paragraph ending like a sentence is prose, not a headline (also when a quote closes it).
TITLE_SENTENCE_END = re.compile(r"[.!?:][\"'’”»]*$")
# Markdown heading marks are not part of the title.
TITLE_MARKUP = re.compile(r"^#{1,6}\s+")

_MONTH = (r"(?P<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?"
          r"|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?")
_ORDINAL = r"(?:st|nd|rd|th)?"
DATE_PATTERNS = (
    # November 3, 2023 / Nov. 3 2023 / Sept. 3rd, 2023
    re.compile(rf"\b{_MONTH}\s+(?P<day>\d{{1,2}}){_ORDINAL},?\s+(?P<year>\d{{4}})\b", re.I),
    # 3 November 2023 / 3rd of Nov. 2023
    re.compile(rf"\b(?P<day>\d{{1,2}}){_ORDINAL}\s+(?:of\s+)?{_MONTH},?\s+(?P<year>\d{{4}})\b",
               re.I),
    # 2023-11-03, or an ISO timestamp 2023-11-03T10:15:00Z
    re.compile(r"\b(?P<year>\d{4})-(?P<month>\d{1,2})-(?P<day>\d{1,2})"
               r"(?:T[\d:.]+(?:Z|[+-]\d\d:?\d\d)?)?(?![\w-])"),
)
_MONTH_NUMBER = {m: i for i, m in enumerate(
    "jan feb mar apr may jun jul aug sep oct nov dec".split(), start=1)}
# Lower-case words a dateline may hold beside the date and capitalised names.
DATELINE_WORDS = frozenset(
    "by and published updated posted last first modified on at date dated am pm a.m p.m "
    "gmt bst utc et est edt pt pst pdt cet cest".split())
# What separates the words of a dateline ("By Jane Doe | Nov. 3, 2023 · 10:15 GMT").
_DATELINE_TOKEN = re.compile(r"[^\s|•·,;:()\[\]/–—-]+")
_TIME_TOKEN = re.compile(r"\d{1,2}(?:am|pm)?", re.I)

# A comment form: a paragraph opening with its heading is furniture whatever follows.
LEAVE_A_REPLY = re.compile(r"leave a (?:reply|comment)\b", re.I)
# Whole short paragraphs that are page furniture, not article prose (matched in full, any case).
FURNITURE_PATTERNS = tuple(re.compile(p, re.I | re.S) for p in (
    r"your email address will not be published\b.*",  # comment-form notice
    r"required fields are marked\s*\*?",  # comment-form notice
    r"(?:name|e-?mail|website|comment)\s*\*|post comment|save my name, email,? and website\b.*",
    r"share (?:this|the) (?:article|story|post|page)\b.*|share (?:on|via) \w+.*|share this:?",
    r"(?:related|recommended|more) (?:articles|stories|posts|reading|coverage|topics)\s*:?",
    r"(?:read more|see also)\s*(?::.*)?",  # link to another article
    r"(?:sign up|subscribe)\b.*\bnewsletters?\b.*",  # newsletter box
    r"advertisement|advertising|sponsored(?: content)?|ad",  # ad slot label
    r"click here\b.*",  # call to action
    r"(?:©|\(c\)|copyright\s*(?:©|\(c\))?\s*\d{4}).*",  # copyright line
    r".*\ball rights reserved\.?",  # copyright line
))

# HTML elements whose text is not article text (svg: icon labels and their <title>s).
SKIP_TAGS = frozenset("script style noscript template head nav footer aside form svg".split())
# HTML elements that end a paragraph where they open and where they close.
BLOCK_TAGS = frozenset("p div h1 h2 h3 h4 h5 h6 li br article section blockquote tr ul ol table "
                       "header main figure figcaption hr pre dl dt dd address".split())
CELL_TAGS = frozenset({"td", "th"})  # neighbouring cells are separate words

_EMPTY = "is empty; add the article text or remove the file"


class _Unreadable(Exception):
    """Why a file (or a JSON Lines record) cannot be a Document; `read_documents` adds where."""


def read_documents(paths: Iterable[str | Path], *, keep_going: bool = False,
                   on_skip: Callable[[str, str], None] | None = None) -> Iterator[Document]:
    """Yield one Document per article, lazily. A path may be a file or a folder (searched
    recursively for FOLDER_SUFFIXES, hidden entries skipped, sorted). A .jsonl (or .ndjson) file
    holds one article a line (see `document_from_record`); a name ending in .gz is decompressed
    as it is read; any other file is one article, whatever its name. A bad file raises
    InputError("<path>: <reason>"), a bad JSON Lines record InputError("<path>:<line>: <reason>");
    with `keep_going` the same two strings go to `on_skip(where, reason)` instead and reading
    goes on. A single path is accepted too."""
    for path in _input_files(paths, keep_going, on_skip):
        if _is_jsonl(path):
            yield from _jsonl_documents(path, keep_going, on_skip)
            continue
        try:
            document = _read_document(path)
        except _Unreadable as exc:
            _skip_or_raise(str(path), str(exc), keep_going, on_skip)
            continue
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
            _check_regular(path)
            with _open_binary(path) as handle:
                total += _count_records(handle)
        except (_Unreadable, OSError, EOFError, zlib.error):
            continue
    return total


def _input_files(paths: Iterable[str | Path], keep_going: bool,
                 on_skip: Callable[[str, str], None] | None) -> Iterator[Path]:
    if isinstance(paths, (str, Path)):
        paths = [paths]
    for given in paths:
        try:
            files = _article_files(Path(given))
        except _Unreadable as exc:
            _skip_or_raise(str(given), str(exc), keep_going, on_skip)
            continue
        yield from files


def _skip_or_raise(path: str, reason: str, keep_going: bool,
                   on_skip: Callable[[str, str], None] | None) -> None:
    if not keep_going:
        raise InputError(f"{path}: {reason}")
    if on_skip is not None:
        on_skip(path, reason)


def _article_files(path: Path) -> list[Path]:
    """[path] for a file (or a missing path: reading it reports it), else the folder's articles."""
    if not path.is_dir():
        return [path]
    found = []
    for folder, dirs, files in os.walk(path):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        found += [Path(folder, f) for f in files
                  if not f.startswith(".") and f.lower().endswith(FOLDER_SUFFIXES)]
    if not found:
        raise _Unreadable(f"contains no {', '.join(ARTICLE_SUFFIXES + JSONL_SUFFIXES)} files "
                          f"(nor {GZIP_SUFFIX} of them); point at a folder of articles")
    return sorted(found, key=lambda p: p.relative_to(path).parts)


def _is_gzip(path: Path) -> bool:
    return path.name.lower().endswith(GZIP_SUFFIX)


def _inner_suffix(path: Path) -> str:
    """The suffix that says what the file holds: ".jsonl" for "a.jsonl.gz"."""
    return (path.with_suffix("") if _is_gzip(path) else path).suffix.lower()


def _is_jsonl(path: Path) -> bool:
    return _inner_suffix(path) in JSONL_SUFFIXES


def _check_regular(path: Path) -> None:
    if path.exists() and not path.is_file():  # a FIFO or device would block or never end
        raise _Unreadable("is not a regular file (a pipe, socket or device); give article files")


def _open_binary(path: Path):
    """The file opened for reading bytes, decompressing a .gz (its errors show while reading)."""
    return gzip.open(path, "rb") if _is_gzip(path) else path.open("rb")


def _read_document(path: Path) -> Document:
    too_large = _Unreadable(f"is larger than the {MAX_BYTES:,}-byte limit (MAX_BYTES); "
                            "split it into one file per article")
    try:
        _check_regular(path)
        if path.stat().st_size > MAX_BYTES:
            raise too_large
        with _open_binary(path) as handle:
            data = handle.read(MAX_BYTES + 1)  # a small .gz may inflate to anything
    except FileNotFoundError:
        raise _Unreadable("does not exist; check the path") from None
    except (OSError, EOFError, zlib.error) as exc:
        raise _unreadable_file(exc) from None
    if len(data) > MAX_BYTES:
        raise too_large
    is_html = _inner_suffix(path) in HTML_SUFFIXES or bool(
        _HTML_START.match(data.removeprefix(codecs.BOM_UTF8)))
    text = _decode(data, is_html=is_html)
    title = None
    if is_html:
        text, title = html_to_text(text)
        if not text.strip():
            raise _Unreadable("has no visible text outside scripts, navigation and forms; "
                              "check that it is an article page")
    return _build_document(text, source=str(path), title=title, date=None, url=None)


def _unreadable_file(exc: OSError | EOFError | zlib.error) -> _Unreadable:
    if isinstance(exc, gzip.BadGzipFile):
        return _Unreadable(f"is not gzip-compressed ({exc}); rename it without .gz if it is plain text")
    if isinstance(exc, (EOFError, zlib.error)):
        return _Unreadable(f"is a damaged or cut-short gzip file ({exc}); compress the original again")
    return _Unreadable(f"cannot be read ({exc.strerror or exc}); check that it is a readable file")


def _jsonl_documents(path: Path, keep_going: bool,
                     on_skip: Callable[[str, str], None] | None) -> Iterator[Document]:
    """The Documents of a JSON Lines file, read line by line; blank lines are passed over."""
    line_number = 0
    try:
        _check_regular(path)
        with _open_binary(path) as handle:
            while line := handle.readline(MAX_BYTES + 1):
                line_number += 1
                where = f"{path}:{line_number}"
                if len(line) > MAX_BYTES and not line.endswith(b"\n"):
                    _skip_line(handle)
                    _skip_or_raise(where, f"is longer than the {MAX_BYTES:,}-byte limit (MAX_BYTES); "
                                   "split the article", keep_going, on_skip)
                    continue
                if not line.strip():
                    continue
                try:
                    document = _record_document(_json_record(line), where)
                except _Unreadable as exc:
                    _skip_or_raise(where, str(exc), keep_going, on_skip)
                    continue
                yield document
    except _Unreadable as exc:
        _skip_or_raise(str(path), str(exc), keep_going, on_skip)
    except FileNotFoundError:
        _skip_or_raise(str(path), "does not exist; check the path", keep_going, on_skip)
    except (OSError, EOFError, zlib.error) as exc:  # while reading line line_number + 1
        where = f"{path}:{line_number + 1}" if line_number else str(path)
        _skip_or_raise(where, str(_unreadable_file(exc)), keep_going, on_skip)


def _skip_line(handle) -> None:
    """Read past the rest of an over-long line without holding it."""
    while (piece := handle.readline(COUNT_CHUNK)) and not piece.endswith(b"\n"):
        pass


def _count_records(handle) -> int:
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
        raise _Unreadable(f"is not valid UTF-8 (first bad byte at column {exc.start + 1}); "
                          "JSON Lines must be UTF-8") from None
    except json.JSONDecodeError as exc:
        raise _Unreadable(f"is not valid JSON ({exc.msg} at column {exc.colno}); "
                          "write one JSON object a line") from None
    if not isinstance(record, dict):
        raise _Unreadable(f"holds a JSON {type(record).__name__}, not an object; "
                          'write one {"text": ...} object a line')
    return record


def document_from_record(record: dict, *, source: str) -> Document:
    """A Document from one JSON Lines record: "text" (required), and optionally "title",
    "date" (ISO 8601, a date or a timestamp), "url" and "id"; other fields are ignored. The
    Document's source is `source`, with "#<id>" added when the record has an id. InputError
    names `source` when a field is missing or of the wrong type, or the text holds no prose."""
    try:
        return _record_document(record, source)
    except _Unreadable as exc:
        raise InputError(f"{source}: {exc}") from None


def _record_document(record: dict, source: str) -> Document:
    text = record.get("text")
    if not isinstance(text, str):
        problem = "has no" if text is None else f"has a {type(text).__name__} as its"
        raise _Unreadable(f'{problem} "text" field; each line needs {{"text": "<the article>"}}')
    if not text.strip():
        raise _Unreadable('has an empty "text"; add the article text or remove the line')
    fields = {}
    for name in JSONL_STRING_FIELDS:
        value = record.get(name)
        if value is not None and not isinstance(value, str):
            raise _Unreadable(f'has a {type(value).__name__} as its "{name}"; give a string or leave it out')
        fields[name] = value or None
    if fields["id"]:
        source = f"{source}#{fields['id']}"
    return _build_document(text, source=source, title=fields["title"], url=fields["url"],
                           date=_iso_date(record.get("date")))


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
    raise _Unreadable(f'has {json.dumps(value)[:40]} as its "date"; give an ISO date such as "2023-11-03"')


def _decode(data: bytes, *, is_html: bool) -> str:
    """UTF-8, else the charset an HTML page declares, else clean cp1252; else _Unreadable."""
    if not data.strip():
        raise _Unreadable(_EMPTY)
    sample = data[:SNIFF_BYTES]
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:  # Windows "Unicode" text: full of NULs, yet text
            return data.decode("utf-16")
        except UnicodeDecodeError:
            pass  # not UTF-16 after all; the binary test below reports it
    controls = sum(b in _CONTROL_BYTES for b in sample)
    if b"\0" in sample or controls > CONTROL_SHARE_LIMIT * len(sample):
        raise _Unreadable("looks binary, not text; pass plain-text, Markdown or HTML articles")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        # decode("utf-8-sig") counts offsets after a BOM; report the offset in the file
        bad_offset = exc.start + (3 if data.startswith(codecs.BOM_UTF8) else 0)
    fallbacks = _declared_encodings(sample) if is_html else []
    if not any(bytes([b]) in data for b in CP1252_UNDEFINED):
        fallbacks.append("cp1252")
    for encoding in fallbacks:
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise _Unreadable(f"is not valid UTF-8 (first bad byte at offset {bad_offset}); "
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


def document_from_text(text: str, *, source: str, title: str | None = None,
                       date: dt.date | None = None, url: str | None = None) -> Document:
    """A Document from decoded plain text. `text` becomes Document.text after newline and NFC
    normalisation; paragraphs are found there, the title and dateline date filled in unless
    given. InputError if the text is empty or holds no paragraph of prose."""
    try:
        return _build_document(text, source=source, title=title, date=date, url=url)
    except _Unreadable as exc:
        raise InputError(f"{source}: {exc}") from None


def _build_document(text: str, *, source: str, title: str | None, date: dt.date | None,
                    url: str | None) -> Document:
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    if not text.strip():
        raise _Unreadable(_EMPTY)
    kept = []
    for index, span in enumerate(_paragraph_spans(text)):
        paragraph = span.of(text)
        dateline_date = _dateline_date(paragraph) if index < DATELINE_SEARCH else None
        if dateline_date is not None:
            date = date or dateline_date
        elif not _is_furniture(paragraph):
            kept.append(span)
    if not kept:
        raise _Unreadable("has no article text, only a dateline or page furniture; "
                          "check that it holds the article itself")
    if title is None:
        first = kept[0].of(text)  # the dateline and furniture may come before the headline
        one_short_line = "\n" not in first and len(first) < TITLE_MAX_CHARS
        if one_short_line and not TITLE_SENTENCE_END.search(first):
            title = TITLE_MARKUP.sub("", first)
    return Document(text=text, source=source, paragraphs=tuple(kept), title=title, date=date,
                    url=url)


def _paragraph_spans(text: str) -> list[Span]:
    """Runs of non-blank lines, trimmed; each line on its own if no blank line separates any."""
    blocks: list[list[tuple[int, int]]] = [[]]
    pos = 0
    for line in text.split("\n"):
        if line.strip():
            blocks[-1].append((pos, pos + len(line)))
        elif blocks[-1]:
            blocks.append([])
        pos += len(line) + 1
    blocks = [b for b in blocks if b]
    if len(blocks) == 1:
        blocks = [[line] for line in blocks[0]]
    spans = []
    for block in blocks:
        start, end = block[0][0], block[-1][1]
        chunk = text[start:end]
        spans.append(Span(start + len(chunk) - len(chunk.lstrip()),
                          end - len(chunk) + len(chunk.rstrip())))
    return spans


def _dateline_date(paragraph: str) -> dt.date | None:
    """The date of a dateline paragraph ("By Jane Doe | Nov. 3, 2023"); None for anything else.
    Beside the date a dateline holds only names, times and DATELINE_WORDS, so prose that
    mentions a date ("Polls open on May 5, 2005.") is not one."""
    if len(paragraph) >= DATELINE_MAX_CHARS:
        return None
    matches = sorted((m for p in DATE_PATTERNS for m in p.finditer(paragraph)),
                     key=lambda m: m.start())
    dates = [date for date in map(_date_of, matches) if date is not None]
    if not dates:
        return None
    rest = paragraph
    for pattern in DATE_PATTERNS:  # "Published 3 Nov 2023, updated 4 Nov 2023" has two
        rest = pattern.sub(" ", rest)
    words = [w.strip(".'\"") for w in _DATELINE_TOKEN.findall(rest)]
    names = [w for w in words if w and w.lower() not in DATELINE_WORDS
             and not _TIME_TOKEN.fullmatch(w)]
    if len(names) <= DATELINE_MAX_NAMES and all(w[0].isupper() for w in names):
        return dates[0]
    return None


def _date_of(match: re.Match) -> dt.date | None:
    month = match.group("month")
    try:
        return dt.date(int(match.group("year")),
                       int(month) if month.isdigit() else _MONTH_NUMBER[month[:3].lower()],
                       int(match.group("day")))
    except ValueError:  # February 30
        return None


def _is_furniture(paragraph: str) -> bool:
    if LEAVE_A_REPLY.match(paragraph):
        return True
    return len(paragraph) <= FURNITURE_MAX_CHARS and any(
        p.fullmatch(paragraph) for p in FURNITURE_PATTERNS)


def html_to_text(html: str) -> tuple[str, str | None]:
    """(text, title) of an HTML page: the visible text, one paragraph per block element, blank
    lines between paragraphs, whitespace collapsed, entities unescaped; the <title> or None.
    Scripts, styles, <head>, navigation, footers, asides, forms and SVG are dropped."""
    parser = _TextExtractor()
    parser.feed(html)
    parser.close()
    parser.end_paragraph()
    return "\n\n".join(parser.paragraphs), parser.title


class _TextExtractor(HTMLParser):
    """Collects paragraphs as html.parser reports tags; keeps a stack of open SKIP_TAGS only,
    so nesting depth costs nothing."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.paragraphs: list[str] = []
        self.title: str | None = None
        self._pieces: list[str] = []
        self._skipping: list[str] = []
        self._title_pieces: list[str] | None = None

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag == "body":
            self._skipping.clear()  # </head> may be left out; the body starts here
        elif tag in SKIP_TAGS:
            self._skipping.append(tag)
        if tag == "title" and self.title is None and set(self._skipping) <= {"head"}:
            self._title_pieces = []
        elif tag in BLOCK_TAGS:
            self.end_paragraph()
        elif tag in CELL_TAGS:
            self._pieces.append(" ")

    def handle_startendtag(self, tag: str, attrs: list) -> None:
        # <br/>, <hr/>: nothing inside, so never pushed on the skip stack
        if tag in BLOCK_TAGS:
            self.end_paragraph()

    def handle_endtag(self, tag: str) -> None:
        if tag in self._skipping:
            while self._skipping.pop() != tag:
                pass  # close elements left open inside it
        if tag == "title" and self._title_pieces is not None:
            self.title = " ".join("".join(self._title_pieces).split()) or None
            self._title_pieces = None
        elif tag in BLOCK_TAGS:
            self.end_paragraph()

    def handle_data(self, data: str) -> None:
        if self._title_pieces is not None:
            self._title_pieces.append(data)
        elif not self._skipping:
            self._pieces.append(data)

    def end_paragraph(self) -> None:
        paragraph = " ".join("".join(self._pieces).split())
        if paragraph:
            self.paragraphs.append(paragraph)
        self._pieces.clear()
