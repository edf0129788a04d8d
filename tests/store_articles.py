"""Three small hand-built extractions about the same people, for the store and remote tests
(no model needed): two name Antony Blinken differently, one names two Raanans and "Mr. Blinken"."""
from __future__ import annotations

import datetime as dt

from kg.model import (
    Document,
    Entity,
    EntityType,
    Extraction,
    Factuality,
    Quote,
    Relation,
    Span,
)

PERSON, PLACE, CONCEPT = EntityType.PERSON, EntityType.PLACE, EntityType.CONCEPT

TEXT_A = (
    "Blinken visits Israel\n"
    "Antony J. Blinken urged Israel to allow more aid on Monday. "
    "“We need a pause,” Blinken said."
)
TEXT_B = (
    "Blinken presses Israel\n"
    "U.S. Secretary of State Antony Blinken urged Israel on Tuesday to let aid in. "
    "Benjamin Netanyahu rejected a ceasefire."
)
TEXT_C = (
    "Two hostages freed\n"
    "Judith Raanan and Natalie Raanan were freed on Friday. "
    "Mr. Blinken welcomed Natalie Raanan home."
)


def span(text: str, part: str) -> Span:
    start = text.index(part)
    return Span(start, start + len(part))


def document(text: str, source: str, published: dt.date) -> Document:
    return Document(text=text, source=source, paragraphs=(Span(0, len(text)),), title=text.split("\n")[0], date=published)


def article_a(source: str = "a.txt", text: str = TEXT_A) -> Extraction:
    return Extraction(
        document=document(text, source, dt.date(2024, 1, 8)),
        entities=(
            Entity("blinken", "Antony J. Blinken", PERSON, aliases=("Blinken",)),
            Entity("israel", "Israel", PLACE),
            Entity("aid", "more aid", CONCEPT),
        ),
        relations=(
            Relation("blinken", "urge", "israel", span(text, "Antony J. Blinken urged Israel"), date=dt.date(2024, 1, 8)),
            Relation("israel", "allow", "aid", span(text, "Antony J. Blinken urged Israel"), factuality=Factuality.REQUESTED),
        ),
        quotes=(Quote("We need a pause,", span(text, "We need a pause,"), span(text, "“We need a pause,” Blinken said."), "blinken"),),
    )


def article_b(source: str = "b.txt", text: str = TEXT_B) -> Extraction:
    return Extraction(
        document=document(text, source, dt.date(2024, 1, 9)),
        entities=(
            Entity("blinken", "Antony Blinken", PERSON, aliases=("U.S. Secretary of State Antony Blinken",)),
            Entity("israel", "Israel", PLACE),
            Entity("netanyahu", "Benjamin Netanyahu", PERSON),
            Entity("ceasefire", "ceasefire", CONCEPT),
        ),
        relations=(
            Relation("blinken", "urge", "israel", span(text, "Antony Blinken urged Israel"), date=dt.date(2024, 1, 9)),
            Relation("netanyahu", "reject", "ceasefire", span(text, "Benjamin Netanyahu rejected a ceasefire.")),
        ),
    )


def article_c(source: str = "c.txt", text: str = TEXT_C) -> Extraction:
    return Extraction(
        document=document(text, source, dt.date(2024, 1, 12)),
        entities=(
            Entity("judith", "Judith Raanan", PERSON),
            Entity("natalie", "Natalie Raanan", PERSON),
            Entity("blinken", "Blinken", PERSON, aliases=("Mr. Blinken",)),
        ),
        relations=(Relation("blinken", "welcome", "natalie", span(text, "Mr. Blinken welcomed Natalie Raanan home.")),),
    )


def articles() -> list[Extraction]:
    return [article_a(), article_b(), article_c()]
