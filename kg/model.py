"""Plain values that the stages hand each other. No spaCy, no rdflib: offsets are characters
in `Document.text`, entities are referred to by their `key`."""
from __future__ import annotations

import datetime as dt
import hashlib
import re
from dataclasses import dataclass, field
from enum import Enum
from functools import cached_property


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

    @cached_property  # the text never changes; a long article's hash is asked for at every IRI
    def content_hash(self) -> str:
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()

    @property
    def id(self) -> str:
        """Stable id: the first 16 hex digits of the content hash."""
        return self.content_hash[:16]


class Factuality(Enum):
    """How the article puts a fact (one value per statement; the ontology's kg:Factuality scheme).
    Only asserted and scheduled facts become plain triples: the others stay statements that say
    why they are not facts."""

    ASSERTED = "asserted"  # happened or holds, as the article (or a source it reports) states it
    SCHEDULED = "scheduled"  # announced or planned to happen: "will urge", "is due to", "plans to"
    NEGATED = "negated"  # stated not to hold: "did not", "never", "refused to", "nobody"
    POSSIBLE = "possible"  # speculated: "could", "may", "is expected to", "is tipped to"
    CONDITIONAL = "conditional"  # holds only if something else does: "if talks succeed, ..."
    REQUESTED = "requested"  # asked, urged or required of someone: "urged Israel to consider"
    DESIRED = "desired"  # wanted, hoped for or promised: "wants to stay", "is keen to", "pledged to cut"
    ATTEMPTED = "attempted"  # tried, with no outcome stated: "tried to leave"
    QUESTION = "question"  # asked, not stated: "Why did nobody claim a penalty?"
    DEPICTED = "depicted"  # shown by a picture or a story: "a poster showing two leaders holding a banner"

    @property
    def asserted(self) -> bool:
        """Whether a fact of this kind is one a reader takes as true (a plain triple)."""
        return self in (Factuality.ASSERTED, Factuality.SCHEDULED)


class EntityType(Enum):
    PERSON = "Person"
    ORGANIZATION = "Organization"
    PLACE = "Place"
    EVENT = "Event"
    CONCEPT = "Concept"


# An amount as `kg.extract.amounts` labels it: a number with a currency sign before it or a word after it
AMOUNT_LABEL = re.compile(r"(?:[a-z ]+ )?(?:[A-Z]{0,2}[$£€¥] ?\d|\d[\d.,]*\s?(?:bn|m|k|tn|million|billion|trillion)?(?: [A-Z][a-z]+)? (?:dollars?|pounds?|euros?|yen|yuan|francs?|roubles?|rubles?|rupees?|cents?|pence|pesos?|sterling)\b)")


@dataclass(frozen=True)
class Entity:
    """One real-world thing, however the text names it. `key` is unique within an extraction and
    stable across runs; `aliases` are the other surface names (not pronouns)."""

    key: str
    label: str
    type: EntityType
    aliases: tuple[str, ...] = ()
    mentions: tuple[Span, ...] = ()
    scope: str | None = None  # the document id of a generic description ("people", "the government"):
    # such a node is that article's own and never merges with another article's

    @property
    def generic(self) -> bool:
        """Named by a common-noun phrase ("people", "the government"), see `generic_label`."""
        return generic_label(self.label)


def generic_label(label: str) -> bool:
    """A description, not a name: no word of the label is capitalised ("people", "the government"),
    or an amount of money ("US$5m", "7.4bn Australian dollars"), which is no one thing across articles."""
    return not any(word[:1].isupper() for word in label.split()) or bool(AMOUNT_LABEL.match(label))


@dataclass(frozen=True)
class Relation:
    """subject -predicate-> object as the sentence states it. `predicate` is a verb lemma or
    short phrase ("urge", "agree to", "executive director of")."""

    subject: str
    predicate: str
    object: str
    sentence: Span
    factuality: Factuality = Factuality.ASSERTED
    modality: str | None = None
    attributed_to: str | None = None
    date: dt.date | None = None
    confidence: float = 0.5

    @property
    def negated(self) -> bool:
        return self.factuality is Factuality.NEGATED


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


class MentionKind(Enum):
    NAME = "name"  # a proper name: "Antony J. Blinken", "Mr. Blinken", "Hamas"
    ROLE = "role"  # a definite description that may name a known entity: "the secretary of state"
    DEMONYM = "demonym"  # a state through its people or government: "the Israeli government"
    PRONOUN = "pronoun"  # he, she, they, I, we...
    NOMINAL = "nominal"  # any other noun phrase: "brief pauses", "humanitarian aid"


@dataclass(frozen=True)
class Mention:
    """One way the text refers to something, before resolution. `text` is the surface form a
    reader would accept as a name (determiners dropped); `name` is the bare name for NAME
    mentions (titles dropped); `title` a title or role ("secretary of state", "mr")."""

    id: int
    span: Span
    text: str
    kind: MentionKind
    type: EntityType | None = None
    name: str = ""
    title: str | None = None
    plural: bool = False
    quote: int | None = None  # index of the quote the mention sits in
    key: str = ""  # normalised form used to merge nominal mentions (lemmas)
    subject: bool = False  # the mention is a clause's subject (preferred antecedent)
    sentence_start: int = 0  # where its sentence starts in the document text
    previous_sentence_start: int | None = None  # where the sentence before it starts (None: first in its paragraph)
    possessor: int | None = None  # the mention id of "his" in "his party"
    controller: int | None = None  # of a pronoun: the mention its clause makes the likely antecedent
    speech_subject: bool = False  # the subject of a speech verb ("He added:"): likely the last speaker
    main_subject: bool = False  # the subject of its sentence's main clause, not of a clause inside it ("reports that X ...")
    opinion_subject: bool = False  # the subject of a verb of believing ("Greene believes Gatlin will ..."): whom a he goes on with
    unbound: bool = False  # of a pronoun: the syntax names its antecedent, but as nothing the graph keeps
    # ("The other nominees said they ..."), so it binds to nothing rather than to a wrong thing
    listed: bool = False  # a name coordinated with another name ("Aretha Franklin, Otis Redding or
    # Wilson Pickett"): one item of a list, which a later he or she hardly ever means, unless a subject
    owns_subject: bool = False  # the possessive of an active clause's subject ("his" in "His version of
    # X's song topped the charts"): who the clause is about, as a subject is
    owns_patient: bool = False  # the possessive of a passive clause's subject ("Rooney's search for a goal was
    # halted by Martyn when he outpaced Stubbs"): who a he or she of its own sentence is about
    property_word: bool = False  # an adjective or a copula's complement ("were British"): says what
    # something is, so no pronoun stands for it
    modifier: bool = False  # a name before a common noun ("three Narcotics Anonymous meetings"): says
    # what kind of thing the noun is, so no he or she stands for it there
    commands: tuple[str, ...] = ()  # of a subject he or she: the last words of the names in its own clause
    # ("he admired Mr Reed's courage", "she told Reed that ..."), whom it cannot stand for


@dataclass(frozen=True)
class RawRelation:
    """A relation between mention ids, as the extraction stage finds it."""

    subject: int
    predicate: str
    object: int
    sentence: Span
    factuality: Factuality = Factuality.ASSERTED
    modality: str | None = None
    attributed_to: int | None = None
    date: dt.date | None = None
    confidence: float = 0.5


@dataclass(frozen=True)
class RawQuote:
    """One passage between quote marks; `continues` when it goes on from the passage before it
    in the same paragraph with only an attribution between ("“A,” she said. “B.”")."""

    text: str
    span: Span
    sentence: Span
    speaker: int | None = None
    continues: bool = False


@dataclass(frozen=True)
class RawExtraction:
    """What the extraction stage hands to resolution: mentions and what links them."""

    document: Document
    mentions: tuple[Mention, ...]
    relations: tuple[RawRelation, ...]
    quotes: tuple[RawQuote, ...]
    dates: tuple[DateMention, ...]
    nicknames: tuple[tuple[int, int], ...] = ()  # (char offset of the cue, person mention id): "a nickname for Mr X"
