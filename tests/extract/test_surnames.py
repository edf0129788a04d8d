"""A person's last name the tagger read as an adverb, once the article named the person in full
(kg.extract.surnames). Articles written for the tests -> facts kept and facts that must not appear."""
from __future__ import annotations

import pytest

from tests.extract.test_extract import facts

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, kept, dropped", [
    # the name alone before its verb is the verb's subject, and the person named in full
    ("Charlton goalkeeper Dean Kiely made three fine saves on Saturday.\n\n"
     "Kiely blocked a shot from Tom Reed in the first half.",
     [("Dean Kiely", "block", "shot", False)], []),
    # a role noun before it titles the name: the person acts, not "World Cup winner"
    ("Former Chelsea captain Marcel Desailly said on Monday that the club had changed.\n\n"
     "World Cup winner Desailly saw huge changes during his time at the club.",
     [("Marcel Desailly", "see", "huge changes", False)], [("World Cup winner", "see", None)]),
    # and "he" after it is that person, not someone named before
    ("Former Chelsea captain Marcel Desailly said on Monday that Roman Abramovich had changed the club.\n\n"
     "Desailly is one of the most decorated players in the history of football. He won the World Cup with France.",
     [("Marcel Desailly", "win", "World Cup", False)], [("Roman Abramovich", "win", None)]),
    # a surname read as a common noun is the person where it is the subject, and so is "he" after it
    ("Former France centre Philippe Sella thinks coach Tom Reed must pick Ian Dunn.\n\n"
     "Sella admitted he had been impressed by fly-half Yann Delaigue so far.",
     [("Yann Delaigue", "impress", "Philippe Sella", False)], [("Yann Delaigue", "impress", "Tom Reed")]),
    # a proper noun the recognizer left out, as a subject, is the person named in full before
    ("Maurice Greene won bronze in Athens. Greene believes Justin Gatlin will again prove the biggest threat to his "
     "ambitions in Finland. But he also admits he faces more than one rival for the world crown.",
     [("Maurice Greene", "face", "more than one rival", False)], [("Justin Gatlin", "face", None)]),
    # a noun with words of its own stays a word: "price" is no Alan Price
    ("Alan Price runs a bakery in Leeds.\n\nThe price rose sharply in May.", [], [("Alan Price", "rise", None)]),
])
def test_surname_read_as_a_word_is_the_person(nlp, text, kept, dropped):
    _, found = facts(text, nlp)
    unwanted = [f for f in found if any(s in f[0] and p == f[1] and o in (None, f[2]) for s, p, o in dropped)]
    assert set(kept) <= found and not unwanted, (sorted(set(kept) - found), unwanted, sorted(found))


def test_a_sentence_opening_word_stays_a_word_unless_it_is_the_subject(nlp):
    # "Early" is Tom Early's last name, but a capital opening a sentence is no sign of a name
    ex, _ = facts("Tom Early joined the club in May.\n\nEarly signs suggest the move has worked. Early on, fans were unsure.", nlp)
    early = next(e for e in ex.entities if e.label == "Tom Early")
    assert len(early.mentions) == 1, early.mentions
