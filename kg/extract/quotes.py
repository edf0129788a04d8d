"""Quotes: passages between quote marks that are quotations, and who said each."""
from __future__ import annotations

from collections.abc import Iterable

from kg.extract import quotemarks
from kg.extract.clauses import (
    SPEECH_VERBS,
)
from kg.extract.mentions import mention
from kg.extract.referents import referents
from kg.extract.state import State, frame_of
from kg.model import (
    Quote,
    RawQuote,
    Span,
)


# Verbs that introduce the words quoted in their own sentence, though no speech verb elsewhere ("Helen Reed admitted: '...'")
QUOTING_VERBS = {"admit", "reveal", "observe", "joke", "quip", "confess", "concede", "comment", "remark", "boast", "complain",
                 "stress", "predict", "exclaim", "enthuse", "muse", "agree"}


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


def attribute_quotes(state, para_index, doc, offset, spans, last_speaker, previous=None):
    """Give each quotation of the paragraph its speaker: the subject of the nearest speech verb
    outside the marks in the quote's own sentence, else of the speech verb heading the sentence
    right before it ('She said she had worn them. "I always take them off"'), or before the
    paragraph when the quote opens it. A quote with neither continues the
    words of the last speaker of the article ('Benitez said: "It was a great night. "The players
    ran hard..."'), not whoever the quote or its paragraph names; only before any speaker is known
    does the nearest speech verb of the paragraph decide. Returns the last speaker. (Split quotes
    are joined in kg.extract.resolve, once speakers are entities.)"""
    if not spans:
        return last_speaker

    def inside(token) -> bool:
        return any(s <= token.idx < e for s, e in spans)

    verbs = [t for t in doc if t.pos_ == "VERB" and t.lemma_.lower() in SPEECH_VERBS | QUOTING_VERBS and not inside(t)]
    speech = [t for t in verbs if t.lemma_.lower() in SPEECH_VERBS]
    parts: list[tuple[int, int, int | None, tuple[int, int], bool]] = []
    for start, end in spans:
        sentence = _sentence_around(doc, start, end)
        own = [t for t in verbs if sentence[0] <= t.idx < sentence[1]]  # also "admitted: '...'" in the quote's sentence
        if not own and (tag := _attribution_after(doc, end, verbs)) is not None:  # '"How can you be happy?" Dechy said.'
            own, sentence = [tag.root], (sentence[0], tag.end_char)
        others = [t for t in speech if not sentence[0] <= t.idx < sentence[1]]
        speaker, sentence = _speaker(state, para_index, own, start, end, sentence, inside)
        if speaker is None and own:
            speaker = _nearby_name(state, para_index, min(own, key=lambda t: _distance(t.idx, start, end)), inside)
        if speaker is None and not own:  # 'She said she wished she had worn them. "I always take them off"': hers
            before = _sentence_before(doc, sentence[0])
            speaker, sentence = _speaker(state, para_index, [t for t in speech if before[0] <= t.idx < before[1]
                                                             and t.dep_ == "ROOT"], start, end, sentence, inside)
            if speaker is None and before[0] == before[1] and previous is not None:  # the paragraph opens with it
                speaker = _lead_in_speaker(state, *previous)
        if speaker is None:
            speaker = last_speaker
        if speaker is None:
            speaker, sentence = _speaker(state, para_index, others, start, end, sentence, inside)
        last_speaker = speaker if speaker is not None else last_speaker
        parts.append((start, end, speaker, sentence, bool(own)))
    previous_end = None
    for start, end, speaker, sentence, attributed in parts:
        # A passage continues the previous one when no sentence starts between them outside
        # the marks and it has no speech verb of its own: "“A,” she said. “B.”" is one quote;
        # "“A,” he said. He left. “B.”" and "“A,” he said. “B,” he added." are two.
        continues = previous_end is not None and not attributed and not any(
            previous_end < s.start_char < start - 1 for s in doc.sents)
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
    return last_speaker


def _speaker(state, para_index, verbs, start, end, sentence, inside):
    """(speaker, evidence sentence range) from the nearest of `verbs` with a subject outside the marks."""
    for verb in sorted(verbs, key=lambda t: _distance(t.idx, start, end)):
        subjects = [s for s in referents(frame_of(state, para_index, verb).subjects) if not inside(s)]
        speaker = mention(state, para_index, subjects[0]) if subjects else None
        if speaker is not None:
            return speaker, (min(sentence[0], verb.sent.start_char), max(sentence[1], verb.sent.end_char))
    return None, sentence


def _nearby_name(state, para_index, verb, inside):
    """A speech verb the parser left without a subject: the name right after it ('..., added
    Welch') or else the closest person or organisation named before it in its sentence ("...,
    from Gaza, John Kirby, a spokesman, said")."""
    after = [e for e in verb.sent.ents if e.label_ in ("PERSON", "ORG") and verb.i < e.start <= verb.i + 2]
    if after and not inside(after[0].root):
        return mention(state, para_index, after[0].root)
    names = [e for e in verb.sent.ents if e.label_ in ("PERSON", "ORG") and e.end <= verb.i and not inside(e.root)]
    names.sort(key=lambda e: (e.label_ == "PERSON", e.start))
    return mention(state, para_index, names[-1].root) if names else None


def _attribution_after(doc, end: int, verbs):
    """The sentence the tagger split off after a quote that ends on a question or an exclamation
    mark ('"How can you be happy?" Dechy said.'), when it is a speech verb's and its subject: the
    quote's attribution. None otherwise."""
    after = next((s for s in doc.sents if s.start_char >= end and not doc.text[end:s.start_char].strip(' "\u201d\u2019')), None)
    if after is None or after.root not in verbs or len(after) > 8:
        return None
    return after if any(c.dep_ == "nsubj" for c in after.root.children) else None


def _sentence_around(doc, start: int, end: int) -> tuple[int, int]:
    """Character range (paragraph-relative) of the sentences overlapping [start, end)."""
    sents = [s for s in doc.sents if s.start_char < end and s.end_char > start]
    if not sents:
        return start, end
    return sents[0].start_char, sents[-1].end_char


def _lead_in_speaker(state, para_index, doc):
    """The subject of the speech verb heading the last sentence of the paragraph `doc`, when that
    verb is outside any quote ('Ozzy said he was "just coming to grips" with it.' before a paragraph
    that opens with a quote), or None."""
    last = list(doc.sents)[-1]
    offset = doc.user_data["offset"]
    verbs = [t for t in last if t.dep_ == "ROOT" and t.pos_ == "VERB" and t.lemma_.lower() in SPEECH_VERBS
             and not any(s <= offset + t.idx < e for s, e, _ in state.quote_of_char)]
    subjects = [s for v in verbs for s in referents(frame_of(state, para_index, v).subjects)]
    return mention(state, para_index, subjects[0]) if subjects else None


def _sentence_before(doc, start: int) -> tuple[int, int]:
    """Character range of the sentence that ends right before `start` in the paragraph, or an empty one."""
    before = [s for s in doc.sents if s.end_char <= start]
    return (before[-1].start_char, before[-1].end_char) if before else (start, start)


def _distance(pos: int, start: int, end: int) -> int:
    return start - pos if pos < start else max(0, pos - end)


def join_split_quotes(raw_quotes: Iterable[RawQuote], of: dict[int, str]) -> tuple[Quote, ...]:
    """A passage that continues the one before it, with the same speaker, joins it (a split quote)."""
    quotes: list[Quote] = []
    for q in raw_quotes:
        speaker = of.get(q.speaker) if q.speaker is not None else None
        if quotes and q.continues and quotes[-1].speaker == speaker:
            prev = quotes[-1]
            quotes[-1] = Quote(
                text=f"{prev.text} {q.text}",
                span=Span(prev.span.start, q.span.end),
                sentence=Span(min(prev.sentence.start, q.sentence.start), max(prev.sentence.end, q.sentence.end)),
                speaker=speaker,
            )
        else:
            quotes.append(Quote(text=q.text, span=q.span, sentence=q.sentence, speaker=speaker))
    return tuple(quotes)
