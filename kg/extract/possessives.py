"""Relations a possessive states: "Mike Leigh's new film Vera Drake" -> Leigh -make-> Vera Drake,
"the Bank's inflation report" -> Bank -publish-> report, "Fulham's Edwin van der Sar" -> van der
Sar -of-> Fulham. Only a named person or body (or a pronoun standing for one) owns this way:
"Britain's economy" and "Saturday's game" state no such fact, and a role noun ("Rangers' boss
Alex McLeish") is left to `kg.extract.roles`. A work with no name that a clause makes ("is poised to
produce its own browser") is left to that clause, which says how sure the making is; a film or a song
with no name ("her classic film") and works in the plural ("his songs") are no one work a reader
can tell, and make no fact."""
from __future__ import annotations

from enum import Enum

from kg.extract.lexicon import CREATION_VERBS, HONORIFICS, NON_ENTITY_LABELS, PERSON_TITLES
from kg.extract.mentions import entity_of, mention
from kg.extract.relations import relate
from kg.extract.state import State

# What the owner of a work did to make it, by the noun that names the work: "Leigh's film" -> make.
WORK_VERBS = {
    **dict.fromkeys(("film", "movie", "documentary", "drama", "comedy", "thriller", "sitcom", "biopic"), "make"),
    **dict.fromkeys(("song", "single", "album", "track", "ballad", "anthem"), "record"),
    **dict.fromkeys(("book", "novel", "biography", "autobiography", "memoir", "screenplay", "script", "poem",
                     "column", "report"), "write"),
    **dict.fromkeys(("chart", "magazine", "newspaper"), "publish"),
    "entry": "enter",  # "McKendry's entry, ...": what he entered in a contest
}
# A body's report is published, a person's written: "the Bank's inflation report", "the referee's report".
PUBLISHED_BY_BODIES = {"report"}
# What only a body makes (a person's phone is the one they own): "Nintendo's new console" -> make.
PRODUCT_NOUNS = {"console", "handset", "software", "product", "drug", "chip", "processor", "browser"}
UNNAMED_VAGUE = {"make", "record"}  # a film or a song with no name is vague; a report or a book is the one of its owner
NAMED_WORK_TYPES = {"WORK_OF_ART"}  # a name the tagger knows for a work needs no noun to say so
PRODUCT_TYPES = {"PRODUCT"}  # "Sony's PlayStation Portable"


class Owner(Enum):
    """What kind of possessor a "poss" word is, which decides what it can own."""

    PERSON = "person"  # a person's name, "his", "her", "my": makes and writes works
    BODY = "body"  # an organisation's or a party's name, "its", "our": publishes, makes products, has members
    PLACE = "place"  # a country's or a city's name: owns no work, but a named person may be "of" it
    NAME = "name"  # a name the tagger did not type ("The Drifters' new single")


OWNER_KINDS = {"PERSON": Owner.PERSON, "ORG": Owner.BODY, "NORP": Owner.BODY, "GPE": Owner.PLACE}  # by spaCy label
# Not "your" (the reader owns nothing), nor "their", which too often finds the nearest plural noun
# ("the fans' ... their third album") rather than the band.
PRONOUN_OWNERS = {"his": Owner.PERSON, "her": Owner.PERSON, "my": Owner.PERSON, "its": Owner.BODY, "our": Owner.BODY}


FOUNDING_VERBS = {"start", "found", "establish", "open"}  # "start her own magazine": what is made, not yet had


def possessive_relations(state: State, para_index: int, owner, offset: int) -> None:
    """The relation the possessive `owner` (a "poss" dependent) states with what it owns."""
    kind = _owner_kind(owner)
    if kind is None:
        return
    thing = owner.head
    described = []
    while thing.dep_ == "compound" and thing.head.i > thing.i and thing.head.pos_ in ("NOUN", "PROPN"):
        described.append(thing)  # "Amazon's book chart", "Brown's first book Angels": the phrase's head
        thing = thing.head
    if thing.pos_ == "PROPN":  # "Berg's debut novel Winter Roads": a noun before the name says what it names
        nouns = sorted(described + [c for c in thing.lefts if c.dep_ == "compound"], key=lambda t: -t.i)
    else:  # the head noun itself: "its product range" is a range, no product
        nouns = [thing]
    work = next((n for n in nouns if n.pos_ == "NOUN" and n.is_lower and _verb(n, kind) is not None), None)
    if work is not None:
        title = thing if thing.pos_ == "PROPN" else _title_after(work)
        if title is None or mention(state, para_index, title) is None:
            if thing.dep_ == "dobj" and thing.head.lemma_.lower() in CREATION_VERBS | FOUNDING_VERBS \
                    and not any(c.pos_ == "PROPN" for c in thing.lefts):
                return  # "is poised to produce its own browser", "should start her own magazine": the clause says how sure
            if title is None and _verb(work, kind) == "enter":
                return  # "Tony Blair's entry [in the register]": with no title, no entry in anything named
            if work.tag_ == "NNS" or title is None and WORK_VERBS.get(work.lemma_.lower()) in UNNAMED_VAGUE and owner.lower_ != "my":
                return  # "his songs", "her new film": no one work a reader can tell ("my film", in an interview, is its subject)
            title = work  # a title that is no mention ("Everything In This Country Must"): the noun stands for it
        relate(state, para_index, owner, _verb(work, kind), title, confidence=0.7)
    elif thing.pos_ == "PROPN" and not _same_name(owner, thing):
        _named_possession(state, para_index, owner, kind, thing)


def _owner_kind(owner) -> Owner | None:
    """What kind of owner the possessive `owner` is, or None for a date, a number, a common noun
    or a pronoun that owns nothing here."""
    if owner.tag_ == "PRP$":
        return PRONOUN_OWNERS.get(owner.lower_)
    if owner.pos_ != "PROPN" or not owner.text[:1].isupper():
        return None
    return OWNER_KINDS.get(owner.ent_type_, Owner.NAME if not owner.ent_type_ else None)


def _verb(noun, kind: Owner) -> str | None:
    """What an owner of `kind` did to the work `noun` names, or None when it names none."""
    lemma = noun.lemma_.lower()
    if lemma in PRODUCT_NOUNS:
        return "make" if kind is Owner.BODY else None
    if kind is Owner.PLACE:
        return None  # "Italy's entry", "France's Le Figaro newspaper": a country makes no work
    if lemma in PUBLISHED_BY_BODIES and kind is Owner.BODY:
        return "publish"
    return WORK_VERBS.get(lemma)


def _named_possession(state: State, para_index: int, owner, kind: Owner, thing) -> None:
    """A possessive before a name with no noun: "Fulham's Edwin van der Sar" (a person of a body),
    "Scorsese's The Aviator" (a work), "Sony's PlayStation Portable" (a product), "Westlife's
    Flying Without Wings - a 1999 track" (a work its apposition names)."""
    described = next((c for c in thing.children if c.dep_ == "appos" and c.pos_ == "NOUN" and _verb(c, kind)), None)
    if any(t.lower_ == "fellow" for t in thing.doc[owner.i : thing.i]):
        return  # "Gabbidon's fellow defender Weston": the owner's peer, nothing of the owner's
    if thing.ent_type_ == "PERSON" and kind in (Owner.BODY, Owner.PLACE) and owner.tag_ != "PRP$":
        relate(state, para_index, thing, f"{_capital_title(owner, thing)}of", owner, confidence=0.6)
    elif described is not None:
        relate(state, para_index, owner, _verb(described, kind), thing, confidence=0.65)
    elif thing.ent_type_ in NAMED_WORK_TYPES and kind is not Owner.PLACE:
        relate(state, para_index, owner, "make", thing, confidence=0.6)
    elif thing.ent_type_ in PRODUCT_TYPES and kind is Owner.BODY:
        relate(state, para_index, owner, "make", thing, confidence=0.6)


def _capital_title(owner, person) -> str:
    """The post written in capitals between a possessive and a person's name, as the relation's
    words ("Spain's Prime Minister Jose Zapatero": "prime minister "), or "" when none is."""
    name = entity_of(person)
    words = list(person.doc[owner.i + 2 : name.start]) if name is not None else []
    if words and all(w.is_title and w.is_alpha and w.lower_.rstrip(".") not in HONORIFICS for w in words) \
            and words[-1].lemma_.lower() in PERSON_TITLES:  # not "the EIU's Mr Hensel"
        return " ".join(w.lower_ for w in words) + " "
    return ""


def _title_after(noun):
    """The name of the work `noun` describes: its apposition ("his film, Ray,"), or the name right
    after it that the parser hung elsewhere ("her gritty drama Wasp is ...", "his entry, Shine, won")."""
    named = next((c for c in noun.children if c.dep_ == "appos" and _names_something(c)), None)
    if named is not None:
        return named
    doc = noun.doc
    at = noun.i + 1
    if at < len(doc) and doc[at].text == "," and noun.dep_ not in ("pobj", "dobj"):
        at += 1  # after a comma only when the noun opens the clause: not "In his report, Smith said"
    if at >= len(doc) or not _names_something(doc[at]):
        return None
    name = entity_of(doc[at])
    root = name.root if name is not None else doc[at]
    while root.dep_ == "compound" and root.head.i > root.i and root.head.pos_ == "PROPN":
        root = root.head
    if root.head.i == noun.i or root.head.i == noun.head.i and root.dep_ in (noun.dep_, "nsubj", "appos"):
        return root
    return None


def _names_something(token) -> bool:
    """A capitalised word of a name inside the sentence (not a date or a number)."""
    return (token.text[:1].isupper() and not token.is_sent_start and token.ent_type_ not in NON_ENTITY_LABELS
            and (token.pos_ == "PROPN" or token.ent_type_ != ""))


def _same_name(owner, thing) -> bool:
    """"Gulliver's Travels", "Howl's Moving Castle": the possessive is inside the title."""
    span = entity_of(thing)
    return span is not None and span.start <= owner.i < span.end
