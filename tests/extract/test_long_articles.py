"""A long article, even one on a single line, is read in bounded paragraphs, and the per-mention
lookups of quotation passages are binary searches: extraction stays linear in the article's length
(the speed itself is measured by bench/long_article.py)."""
from __future__ import annotations

import math

from hypothesis import given
from hypothesis import strategies as st

from kg.extract import state as state_module
from kg.extract.state import passage_at
from kg.read.text import MAX_PARAGRAPH_CHARS, document_from_text

SENTENCES = ["“We will not accept these terms,” Minister Anna Berg told reporters.", "He left (again)!",
             "Talks resume on 3 May.", "Is it over?", "She said: “No.”", "x" * 30]


@st.composite
def passages(draw):
    """(start, end, payload) in text order, none overlapping, and a character offset to look up."""
    cuts = sorted(draw(st.sets(st.integers(0, 500), max_size=40)))
    ranges = [(a, b, i) for i, (a, b) in enumerate(zip(cuts[::2], cuts[1::2])) if a < b]
    return ranges, draw(st.integers(-5, 505))


@given(passages())
def test_passage_at_finds_what_a_scan_finds(case):
    ranges, char = case
    scan = next((i for i, (start, end, _) in enumerate(ranges) if start <= char < end), None)
    assert passage_at(ranges, char) == scan


def test_passage_at_is_a_binary_search(monkeypatch):
    ranges = [(10 * i, 10 * i + 5, i) for i in range(100_000)]
    looked = []
    monkeypatch.setattr(state_module, "_START", lambda passage: looked.append(1) or passage[0])
    for char in range(0, 1_000_000, 997):
        expected = char // 10 if char % 10 < 5 else None
        assert passage_at(ranges, char) == expected
    lookups = len(range(0, 1_000_000, 997))
    assert len(looked) <= lookups * (math.log2(len(ranges)) + 2)  # a scan would look at ~50,000 each


def test_an_article_on_one_line_is_read_in_bounded_paragraphs():
    text = " ".join(SENTENCES[i % len(SENTENCES)] for i in range(20_000))  # ~900 KB, no newline
    document = document_from_text(text, source="one-line.txt")
    spans = document.paragraphs
    assert len(spans) > len(text) // MAX_PARAGRAPH_CHARS
    assert all(0 < span.end - span.start <= MAX_PARAGRAPH_CHARS for span in spans)
    assert spans[0].start == 0 and spans[-1].end == len(text)
    for before, after in zip(spans, spans[1:]):  # cut between sentences: only spaces between pieces
        assert before.end < after.start and not text[before.end:after.start].strip()
        assert text[before.end - 1] in ".!?”)" and text[after.start] in "“HTISx"
    assert "".join(span.of(text) + " " for span in spans).strip() == text


def test_a_long_line_without_sentence_ends_is_cut_at_spaces():
    text = " ".join(["word"] * 5_000)
    spans = document_from_text(text, source="words.txt").paragraphs
    assert all(span.end - span.start <= MAX_PARAGRAPH_CHARS for span in spans)
    assert " ".join(span.of(text) for span in spans) == text


def test_ordinary_paragraphs_are_left_whole():
    text = "Headline\n\n" + " ".join(SENTENCES) + "\n\n" + " ".join(SENTENCES[:3])
    document = document_from_text(text, source="short.txt")
    assert [span.of(text) for span in document.paragraphs] == ["Headline", " ".join(SENTENCES), " ".join(SENTENCES[:3])]
