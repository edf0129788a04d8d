"""The one small exception hierarchy of kg (the CLI turns any of these into one line of text), and
how names are shown in that text."""
from __future__ import annotations

import re


class KgError(Exception):
    """Base of every error kg raises on purpose; its message says what to do."""


class InputError(KgError):
    """An article cannot be read: empty, binary, undecodable, too large, malformed."""


class ModelError(KgError):
    """The spaCy model is missing or unusable."""


class QueryError(KgError):
    """A SPARQL query or a named query cannot be run."""


class OutputError(KgError):
    """The output cannot be written where asked."""


class GraphError(KgError):
    """An RDF file cannot be read, or a graph cannot be written in the syntax asked."""


class StoreError(KgError):
    """A kg store cannot be opened, read or changed: not a kg store, in use, unknown document."""


class RemoteError(KgError):
    """A SPARQL endpoint or Graph Store cannot be reached, or answered with an error."""


class InputWarning(UserWarning):
    """An article was read, but not as it says: its text was guessed (an encoding, say). The
    CLI prints it as one line; from Python it is a warning unless `on_warning` is given."""


# --- names as text --------------------------------------------------------------------------
# A file name is bytes: one that is not UTF-8 reaches Python as "surrogate escapes" (the byte 0xE9
# as U+DCE9), which no UTF-8 output can hold; and any name may hold terminal control sequences.

_NAMED_ESCAPES = {"\n": "\\n", "\r": "\\r", "\t": "\\t", "\x1b": "\\e", "\a": "\\a", "\b": "\\b", "\f": "\\f", "\v": "\\v"}
_SURROGATE = re.compile("[\ud800-\udfff]")
# C0 and C1 controls, DEL, and the bidi overrides and isolates that make text print reordered.
_UNPRINTABLE = re.compile("[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")


def _escape(char: str) -> str:
    code = ord(char)
    if 0xDC80 <= code <= 0xDCFF:  # a byte that was not UTF-8, as os.fsdecode keeps it
        return f"\\x{code - 0xDC00:02x}"
    if char in _NAMED_ESCAPES:
        return _NAMED_ESCAPES[char]
    return f"\\x{code:02x}" if code <= 0xFF else f"\\u{code:04x}"


def unicode_name(text: str) -> str:
    """`text` (a path) as valid Unicode: each byte that was not UTF-8 as `\\xNN`, any other
    surrogate as `\\uXXXX`. What kg records as an article's source."""
    return _SURROGATE.sub(lambda m: _escape(m.group()), text)


def display(text: str, *, newlines: bool = False) -> str:
    """`text` safe to print on a terminal: control characters as `\\e`, `\\n`, `\\xNN`..., bytes
    that were not UTF-8 as `\\xNN`, bidi controls as `\\uXXXX`. With `newlines`, line breaks stay
    (a message of several lines)."""

    def escape(match: re.Match[str]) -> str:
        char = match.group()
        return char if newlines and char == "\n" else _escape(char)

    return _UNPRINTABLE.sub(escape, text)
