"""Article text -> `Document`: paragraphs with offsets, the headline, the dateline and page furniture."""
from __future__ import annotations

import datetime as dt
import re
import unicodedata

from kg.errors import InputError
from kg.model import Document, Span
from kg.read.opening import EMPTY, Unreadable

# The article text is written into the graph as one literal, and pyoxigraph, which reads graph
# files back (kg query, stats, view, validate), reads no term longer than 16 MiB
# (kg.graph.formats.MAX_TERM_BYTES). So the text, escaped as N-Triples and Turtle write it, must
# stay under that, with room for the quotes and datatype around it.
MAX_TEXT_LITERAL_BYTES = 16 * 1024 * 1024 - 1024
_TWO_CHAR_ESCAPES = '"\\\n\r\t\b\f'  # written as \" \\ \n ...: one byte more each
_OTHER_CONTROLS = re.compile("[\x00-\x07\x0b\x0e-\x1f\x7f]")  # written as \uXXXX: five more
# A paragraph longer than this (a whole article on one line) is read as several, cut at sentence
# ends: the rules look at a paragraph as a whole (each quote against every sentence and speech
# verb of its paragraph), so one of megabytes would take hours. News paragraphs are far shorter.
MAX_PARAGRAPH_CHARS = 5_000
# Where a sentence ends and the next begins: ". " (or "?", "!", with closing quote marks) before
# a capital letter or an opening quote mark.
_SENTENCE_BREAK = re.compile(r"[.!?][\"'’”»)\]]*\s+(?=[\"'‘“«(\[]*[A-Z0-9])")
TITLE_MAX_CHARS = 200
DATELINE_MAX_CHARS = 120
DATELINE_SEARCH = 4  # the dateline, if any, is among the first paragraphs
DATELINE_MAX_NAMES = 8  # capitalised words (author, place, outlet) a dateline may carry
FURNITURE_MAX_CHARS = 200  # furniture is short; a longer paragraph is prose whatever it says
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


def document_from_text(text: str, *, source: str, title: str | None = None,
                       date: dt.date | None = None, url: str | None = None) -> Document:
    """A Document from decoded plain text. `text` becomes Document.text after newline and NFC
    normalisation; paragraphs are found there, the title and dateline date filled in unless
    given. InputError if the text is empty or holds no paragraph of prose."""
    try:
        return build_document(text, source=source, title=title, date=date, url=url)
    except Unreadable as exc:
        raise InputError(f"{source}: {exc}") from None


def build_document(text: str, *, source: str, title: str | None, date: dt.date | None,
                    url: str | None) -> Document:
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    if not text.strip():
        raise Unreadable(EMPTY)
    if (size := literal_bytes(text)) > MAX_TEXT_LITERAL_BYTES:
        raise Unreadable(f"is too long for one article ({size:,} bytes as an RDF literal; the limit is "
                          f"{MAX_TEXT_LITERAL_BYTES:,}, what RDF parsers read back in one piece); split it")
    kept = []
    for index, span in enumerate(_paragraph_spans(text)):
        paragraph = span.of(text)
        dateline_date = _dateline_date(paragraph) if index < DATELINE_SEARCH else None
        if dateline_date is not None:
            date = date or dateline_date
        elif not _is_furniture(paragraph):
            kept.append(span)
    if not kept:
        raise Unreadable("has no article text, only a dateline or page furniture; "
                          "check that it holds the article itself")
    if title is None:
        first = kept[0].of(text)  # the dateline and furniture may come before the headline
        one_short_line = "\n" not in first and len(first) < TITLE_MAX_CHARS
        if one_short_line and not TITLE_SENTENCE_END.search(first):
            title = TITLE_MARKUP.sub("", first)
    return Document(text=text, source=source, paragraphs=tuple(kept), title=title, date=date,
                    url=url)


def literal_bytes(text: str) -> int:
    """The length in bytes of `text` written as an N-Triples or Turtle string (without quotes)."""
    escaped = sum(text.count(char) for char in _TWO_CHAR_ESCAPES)
    return len(text.encode("utf-8", errors="surrogatepass")) + escaped + 5 * len(_OTHER_CONTROLS.findall(text))


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
        spans.extend(_bounded(text, start + len(chunk) - len(chunk.lstrip()), end - len(chunk) + len(chunk.rstrip())))
    return spans


def _bounded(text: str, start: int, end: int) -> list[Span]:
    """The paragraph text[start:end] as spans of at most MAX_PARAGRAPH_CHARS, cut after the last
    sentence end that fits, else at the last space, else anywhere; offsets stay those of `text`."""
    spans = []
    while end - start > MAX_PARAGRAPH_CHARS:
        limit = start + MAX_PARAGRAPH_CHARS
        cut = None
        for cut in _SENTENCE_BREAK.finditer(text, start + MAX_PARAGRAPH_CHARS // 2, limit):
            pass  # the last one
        if cut is not None:
            piece_end, next_start = cut.start() + len(cut.group().rstrip()), cut.end()
        else:
            space = text.rfind(" ", start + 1, limit)
            piece_end = space if space > start else limit
            next_start = piece_end
        piece = text[start:piece_end].rstrip()
        spans.append(Span(start, start + len(piece)))
        start = next_start
        while start < end and text[start].isspace():
            start += 1
    if start < end:
        spans.append(Span(start, end))
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
