"""Plain values that the stages hand each other. No spaCy, no rdflib: offsets are characters
in `Document.text`, entities are referred to by their `key`."""
from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass, field
from enum import Enum


@dataclass(frozen=True)
class Span:
    """Half-open character range [start, end) in a document's text."""

    start: int
    end: int

    def of(self, text: str) -> str:
        return text[self.start : self.end]


@dataclass(frozen=True)
class Document:
    """One article. `paragraphs` are the spans to read (headline included; dateline and page
    furniture left out); `text` is the article text every offset refers to."""

    text: str
    source: str
    paragraphs: tuple[Span, ...]
    title: str | None = None
    date: dt.date | None = None
    url: str | None = None

    @property
    def content_hash(self) -> str:
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()

    @property
    def id(self) -> str:
        """Stable id: the first 16 hex digits of the content hash."""
        return self.content_hash[:16]


class EntityType(Enum):
    PERSON = "Person"
    ORGANIZATION = "Organization"
    PLACE = "Place"
    EVENT = "Event"
    CONCEPT = "Concept"


@dataclass(frozen=True)
class Entity:
    """One real-world thing, however the text names it. `key` is unique within an extraction and
    stable across runs; `aliases` are the other surface names (not pronouns)."""

    key: str
    label: str
    type: EntityType
    aliases: tuple[str, ...] = ()
    mentions: tuple[Span, ...] = ()


@dataclass(frozen=True)
class Relation:
    """subject -predicate-> object as the sentence states it. `predicate` is a verb lemma or
    short phrase ("urge", "agree to", "executive director of")."""

    subject: str
    predicate: str
    object: str
    sentence: Span
    negated: bool = False
    modality: str | None = None
    requested: bool = False
    conditional: bool = False
    attributed_to: str | None = None
    date: dt.date | None = None
    confidence: float = 0.5


@dataclass(frozen=True)
class Quote:
    """Directly quoted words (marks stripped) and who said them; `span` covers the quoted words,
    `sentence` the passage that holds them and the speech verb."""

    text: str
    span: Span
    sentence: Span
    speaker: str | None = None


@dataclass(frozen=True)
class DateMention:
    """A date expression resolved to a day."""

    text: str
    value: dt.date
    span: Span


@dataclass(frozen=True)
class Extraction:
    """Everything read from one document."""

    document: Document
    entities: tuple[Entity, ...] = ()
    relations: tuple[Relation, ...] = ()
    quotes: tuple[Quote, ...] = ()
    dates: tuple[DateMention, ...] = field(default=())
