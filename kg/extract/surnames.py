"""A person's last name that the tagger read as a common word where it stands alone. "Marcel
Desailly insists ..." and "Former Chelsea captain Desailly, who ..." are names to the entity
recognizer, but a later "Desailly is one of the most decorated players" is tagged as an adverb
(the -ly of "daily") and passed over, and "World Cup winner Desailly saw huge changes" makes
"winner" the subject with the name hung on the verb as its adverb. A capitalised adverb or
adjective is a person's name when the article elsewhere read the same word as the last word of
a person's name: it is marked as a name, and, right before a verb with no subject of its own,
made the verb's subject (a role noun before it is then the name's title).

A capital opening a sentence says nothing, so there the word is re-read only where it would be
the subject of a verb that has none ("Early signs suggest", "Early on, fans ..." stay words).
A name the tagger made a common noun is a noun phrase already, but no name: "Sella admitted he
had been impressed" left "he" to the last person named before. A singular noun spelled as the
surname, with no article, possessor or modifier of its own, is the name where it is a clause's
subject; so is a proper noun the recognizer left out ("Greene believes Gatlin will ..."). The entity recognizer's own names stay as they are.
"""
from __future__ import annotations

from spacy.tokens import Span

from kg.extract.given_names import given_name_gender

MISREAD_TAGS = {"RB", "JJ"}  # what a surname was taken for: "Desailly/RB", "Kiely/RB"
NOUN_MODIFIER_DEPS = {"det", "poss", "amod", "compound", "nummod"}  # what makes a noun a common one: "the price"
SUBJECT_DEPS = {"nsubj", "nsubjpass", "expl", "csubj"}
PERSON_SURNAMES = "person_surnames"  # doc.user_data key: last names the article gave with a given name (no body's)


def misread_surnames(docs: list) -> None:
    """Mark, in place, each word of the article's `docs` (its parsed paragraphs) that is the last
    name of a person it named elsewhere but that the tagger read there as an adverb or adjective."""
    surnames = {ent[-1].text for doc in docs for ent in doc.ents if ent.label_ == "PERSON" and ent[-1].tag_ == "NNP"}
    bodies = {ent.text for doc in docs for ent in doc.ents if ent.label_ in ("ORG", "GPE", "NORP")}  # "Labour" also a body's
    given_surnames = frozenset(ent[-1].text for doc in docs for ent in doc.ents if ent.label_ == "PERSON" and len(ent) > 1
                               and ent[-1].tag_ == "NNP" and given_name_gender(ent[0].text))  # "Mike Tindall"
    for doc in docs:
        doc.user_data[PERSON_SURNAMES] = given_surnames - bodies  # what a lone name is, though tagged as no one's
        for word in doc:
            if word.text in surnames and word.tag_ in MISREAD_TAGS and not word.ent_type_ and word.text[1:].islower() \
                    and (not word.is_sent_start or (verb := _verb_after(word)) is not None and _subject(verb) is None):
                _mark(doc, word)  # at a sentence's start only as the subject: "Early signs suggest" is a word
            elif word.text in surnames - bodies and _bare_noun_subject(word) and (word.tag_ == "NN" or word.text in given_surnames):
                _mark(doc, word)  # "Sella admitted he had been impressed"; a proper noun only after a given name ("Maurice
                # Greene ... Greene believes"), not a club the tagger called a person ("Kelton Albion ... Albion paid")


def _bare_noun_subject(word) -> bool:
    """A capitalised singular noun, common or proper, outside the recognizer's names, that is a
    verb's subject with no word of its own ("Sella/NN admitted", "Greene/NNP believes"; not "Price
    rises slowed", "The Brown family")."""
    return word.tag_ in ("NN", "NNP") and not word.ent_type_ and word.text[1:].islower() and word.dep_ in ("nsubj", "nsubjpass") \
        and word.head.pos_ in ("VERB", "AUX") and not any(c.dep_ in NOUN_MODIFIER_DEPS for c in word.children)


def _verb_after(word):
    """The verb right after `word` when the parser hung `word` on it as an adverb, else None."""
    verb = word.head
    return verb if word.dep_ == "advmod" and verb.i == word.i + 1 and verb.pos_ in ("VERB", "AUX") else None


def _subject(verb):
    return next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)


def _mark(doc, word) -> None:
    """Make `word` a person's name, and the subject of the verb right after it that has none."""
    word.tag_, word.pos_ = "NNP", "PROPN"
    doc.set_ents([Span(doc, word.i, word.i + 1, label="PERSON")], default="unmodified")
    if (verb := _verb_after(word)) is None:
        return
    subject = _subject(verb)
    if subject is None:
        word.dep_ = "nsubj"  # "Desailly is one of ...": the name is what the clause is about
    elif subject.i == word.i - 1 and subject.pos_ == "NOUN" and subject.is_lower:
        word.dep_ = subject.dep_  # "World Cup winner Desailly saw": the role titles the name
        subject.head, subject.dep_ = word, "compound"
