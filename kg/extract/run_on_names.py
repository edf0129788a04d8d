"""Names the small model ran on past their end: over a word of time or a verb's preposition into the
next name ("[Korvex after Velta Bank]"), over a dash or an open bracket ("[Ciara - who]"), over the
verb of their own clause ("[Anthony became Lopez]'s third husband"), or over the common noun a
person's name stands before ("the Lopez and [Anthony duet]")."""
from __future__ import annotations

from spacy.tokens import Span as SpacySpan

from kg.extract.lexicon import CALENDAR_WORDS, NAME_PARTICLES
from kg.extract.hyphens import spaced_dash
from kg.extract.repair_modifiers import FINITE_TAGS  # "became", "says": a clause's verb, no word of a name

TIME_WORDS = {"after", "before", "since", "during", "until", "while", "when", "whereas"}  # never inside a name


def split_run_on_names(doc) -> None:
    """A name the tagger ran on over a lower-case word of time into the next name ("bought it from
    Korvex after Velta Bank agreed"), over its clause's verb ("Anthony became Lopez's"), or over a preposition of the verb ("gave control of Korvex to
    Velta", "debated in [the Commons on Monday]"; "for" or "of" are often a name's own): no name holds "after", so the two
    are names of their own (or a name and a day). Nor
    does a name run across a dash set off by spaces ("Newcomer Ciara - who recently won", "The Chorus
    - has"), or an opening bracket it does not close ("Roma (Gypsies"): the words after the dash or
    the bracket are a name of their own only when all are capitalised. A person's name ends before a
    lower-case noun ("the Lopez and Anthony duet": the duet is theirs, no word of his name)."""
    spans, outside = [], []
    for ent in doc.ents:
        cut = next((t for t in ent[1:-1] if t.is_lower and (t.lower_ in TIME_WORDS or t.tag_ in FINITE_TAGS and t.lower_ not in NAME_PARTICLES or _clause_preposition(t, ent))), None)
        dash = next((t for t in ent[1:] if spaced_dash(t) or t.text == "(" and not any(c.text == ")" for c in ent)), None)
        if cut is None and dash is not None:
            rest = doc[dash.i + 1:ent.end]
            named = len(rest) > 0 and all(t.is_title or t.is_upper for t in rest)
            spans += [SpacySpan(doc, ent.start, dash.i, label=ent.label_)] + [SpacySpan(doc, dash.i + 1, ent.end, label=ent.label_)] * named
            outside.append(SpacySpan(doc, dash.i, ent.end if not named else dash.i + 1))
        if cut is None and dash is None and ent.label_ == "PERSON" and len(ent) > 1 and ent[-1].is_lower and ent[-1].tag_ in ("NN", "NNS"):
            spans.append(SpacySpan(doc, ent.start, ent.end - 1, label=ent.label_))  # "the Lopez and [Anthony duet]"
            outside.append(SpacySpan(doc, ent.end - 1, ent.end))
        if cut is None:
            continue
        dated = all(t.lower_ in CALENDAR_WORDS for t in doc[cut.i + 1:ent.end])  # "[the Commons on Monday]": a day
        spans += [SpacySpan(doc, ent.start, cut.i, label=ent.label_), SpacySpan(doc, cut.i + 1, ent.end, label="DATE" if dated else ent.label_)]
        outside.append(SpacySpan(doc, cut.i, cut.i + 1))
    if spans:
        doc.set_ents(spans, outside=outside, default="unmodified")


def _clause_preposition(token, ent) -> bool:
    """A preposition inside a tagged name that the parser hung on a verb outside it: "gave control of
    [Yuganskneftegas to Rosneft]" holds two names ("Campaign to Protect ..." keeps its "to")."""
    dated = token.lower_ in ("on", "in") and token.i + 1 < len(token.doc) and token.doc[token.i + 1].lower_ in CALENDAR_WORDS
    return token.dep_ == "prep" and (token.lower_ in ("to", "from", "into", "against", "than") or dated) \
        and token.head.pos_ in ("VERB", "AUX") and not ent.start <= token.head.i < ent.end  # not "Office for the Deputy PM"
