"""Quotes: passages between quote marks that are quotations, and who said each."""
from __future__ import annotations

from kg.extract import quotemarks
from kg.extract.clauses import (
    SPEECH_VERBS,
    clause_frame,
)
from kg.extract.mentions import mention, referents
from kg.extract.state import State
from kg.model import (
    RawQuote,
    Span,
)


def find_quotes(state: State, doc, offset: int) -> list[tuple[int, int]]:
    """Quoted passages of the paragraph (paragraph-relative offsets) that are quotations."""
    text = doc.text
    spans = []
    for start, end, _closed in quotemarks.quoted_ranges(text):
        state.marked.append((offset + start, offset + end))
        passage = text[start:end]
        at_start = not text[: start - 1].strip()
        if quotemarks.is_quotation(passage, at_paragraph_start=at_start):
            spans.append((start, end))
    return spans


def attribute_quotes(state, para_index, doc, offset, spans, last_speaker):
    """Give each quotation of the paragraph its speaker: the subject of the nearest speech verb
    outside the marks; with none in the paragraph, the previous paragraph's speaker. (Split
    quotes are joined in kg.extract.resolve, once speakers are entities.)"""
    if not spans:
        return None

    def inside(token) -> bool:
        return any(s <= token.idx < e for s, e in spans)

    speech = [t for t in doc if t.lemma_.lower() in SPEECH_VERBS and t.pos_ == "VERB" and not inside(t)]
    parts: list[tuple[int, int, int | None, tuple[int, int]]] = []
    for start, end in spans:
        speaker = None
        sentence = _sentence_around(doc, start, end)
        ranked = sorted(speech, key=lambda t: (not (sentence[0] <= t.idx < sentence[1]), _distance(t.idx, start, end)))
        for verb in ranked:
            subjects = [s for s in referents(clause_frame(verb).subjects) if not inside(s)]
            if subjects:
                speaker = mention(state, para_index, subjects[0])
                if speaker is not None:
                    sentence = (min(sentence[0], verb.sent.start_char), max(sentence[1], verb.sent.end_char))
                    break
        if speaker is None:
            speaker = _nearby_name(state, para_index, ranked[0], inside) if ranked else last_speaker
        parts.append((start, end, speaker, sentence))
    previous_end = None
    for start, end, speaker, sentence in parts:
        # A passage continues the previous one when no sentence starts between them outside
        # the marks: "“A,” she said. “B.”" is one quote, "“A,” he said. He left. “B.”" two.
        continues = previous_end is not None and not any(previous_end < s.start_char < start - 1 for s in doc.sents)
        previous_end = end
        state.quote_of_char.append((offset + start, offset + end, len(state.quotes)))
        state.quotes.append(
            RawQuote(
                text=doc.text[start:end].strip(),
                span=Span(offset + start, offset + end),
                sentence=Span(offset + sentence[0], offset + sentence[1]),
                speaker=speaker,
                continues=continues,
            )
        )
    return parts[-1][2]


def _nearby_name(state, para_index, verb, inside):
    """A speech verb the parser left without a subject ("..., from Gaza, John Kirby, a
    spokesman, said"): the closest person or organisation named before it in its sentence."""
    names = [e for e in verb.sent.ents if e.label_ in ("PERSON", "ORG") and e.end <= verb.i and not inside(e.root)]
    names.sort(key=lambda e: (e.label_ == "PERSON", e.start))
    return mention(state, para_index, names[-1].root) if names else None


def _sentence_around(doc, start: int, end: int) -> tuple[int, int]:
    """Character range (paragraph-relative) of the sentences overlapping [start, end)."""
    sents = [s for s in doc.sents if s.start_char < end and s.end_char > start]
    if not sents:
        return start, end
    return sents[0].start_char, sents[-1].end_char


def _distance(pos: int, start: int, end: int) -> int:
    return start - pos if pos < start else max(0, pos - end)
