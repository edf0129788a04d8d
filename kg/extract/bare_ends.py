"""Ends of a fact named by a bare common noun whose content the sentence puts elsewhere: values
for the confidence model (kg.extract.confidence), read from the text around the end's mentions.

A reader signs "Parmalat gained protection", not "the firm gained protection" where no name was
found for "the firm", nor "the issue attracted interest" or "Hewitt told the programme": an end
that is a definite description resolution left without a name (`unresolved_description`), "the
American" among them, names nothing the reader can look up. Nor "Kelly took responsibility" or "Deutsche Boerse responded to
the rebuff": the noun's content is in a phrase its label leaves out, a possessor before it ("the
LSE's rebuff") or a complement after it ("responsibility for the policies", "hints that ...")
(`dropped_complement`). Plain text only: the extraction stage's spaCy tokens are gone here.
"""
from __future__ import annotations

from kg.extract.countries import PEOPLE_WORDS
from kg.model import Entity, EntityType, Relation, Span

DEFINITE_WORDS = frozenset({"the", "this", "that", "these", "those"})  # "the firm", "this problem"
# Words that open a noun's complement: "responsibility for", "the views of", "hints that",
# "concerns about", "the furore around", "a row over".
COMPLEMENT_WORDS = frozenset({"of", "for", "that", "about", "around", "over", "against", "on", "to"})
POSSESSIVE_ENDINGS = ("'s", "\u2019s", "s'", "s\u2019")  # "the LSE's rebuff", "the players' union"
LOOK_BACK = 2  # words before a noun that a possessor may stand at: "GMTV's Sunday programme"
# Words that open what a noun with modifiers is of or says, which its label leaves out: "the
# growing needs [of the economy]", "a genuinely held view [that ...]", "a solid case [against X]".
# ("a sharp rise in profits", "a firm bid for Velta" say what they are without it.)
TRAILING_WORDS = frozenset({"of", "that", "against"})


def _in_sentence(entity: Entity, rel: Relation) -> list[Span]:
    return [m for m in entity.mentions if rel.sentence.start <= m.start and m.end <= rel.sentence.end]


def people_word(entity: Entity) -> bool:
    """A person named only by a people's word ("the American", "the Spaniard"): no more a name of
    who than "the player" would be."""
    return entity.type is EntityType.PERSON and entity.label.lower() in PEOPLE_WORDS


def _bare(entity: Entity) -> bool:
    """A label of one common noun: "firm", "issue", "views", or a people's word for a person."""
    return len(entity.label.split()) == 1 and (entity.label.islower() or people_word(entity))


def _words_before(text: str, span: Span, sentence: Span, n: int) -> list[str]:
    return text[sentence.start:span.start].split()[-n:]


def _word_after(text: str, span: Span, sentence: Span) -> str:
    after = text[span.end:sentence.end].split()
    return after[0].lower().strip(",;:") if after else ""


def unresolved_description(entity: Entity, rel: Relation, text: str) -> bool:
    """Whether `entity` is, in the sentence of `rel`, only a definite description of one common
    noun that no name resolved: "the firm", "this problem", "the trend"."""
    spans = _in_sentence(entity, rel)
    return _bare(entity) and bool(spans) and all(
        [w.lower() for w in _words_before(text, m, rel.sentence, 1)][-1:] in ([d] for d in DEFINITE_WORDS) for m in spans)


def trailing_complement(entity: Entity, rel: Relation, text: str) -> bool:
    """Whether `entity`, a common noun of any length, is followed in the sentence of `rel` by an
    of-phrase, a that-clause or an against-phrase its label leaves out: "overtook the combined
    length of two terms", "explained his genuinely held view that ..."."""
    if not entity.label.islower():
        return False
    last = entity.label.split()[-1].lower()
    return any(m.of(text).lower().endswith(last) and _word_after(text, m, rel.sentence) in TRAILING_WORDS
               for m in _in_sentence(entity, rel))


def dropped_complement(entity: Entity, rel: Relation, text: str) -> bool:
    """Whether `entity` is, in the sentence of `rel`, a bare common noun with a possessor before it
    or a complement after it that its label leaves out: "the LSE's rebuff", "responsibility for
    the policies", "hints that her ambition had waned"."""
    if not _bare(entity):
        return False
    for m in _in_sentence(entity, rel):
        before = _words_before(text, m, rel.sentence, LOOK_BACK)
        if any(w.endswith(POSSESSIVE_ENDINGS) for w in before) or _word_after(text, m, rel.sentence) in COMPLEMENT_WORDS:
            return True
    return False
