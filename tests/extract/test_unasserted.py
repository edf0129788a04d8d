"""Open questions on a noun or a verb and depictions (kg.extract.unasserted), on sentences written for these
tests. A row is (sentence, predicate, expected factualities of the relations with that predicate)."""
from __future__ import annotations

import pytest

from kg.model import Factuality
from tests.extract.test_factuality import factualities

pytestmark = pytest.mark.model

F = Factuality

CASES = [
    # a wh-clause on a noun of asking or arguing is what is asked, not what happened
    ("The board faces the question of how the bank lost the money.", "lose", F.QUESTION),
    ("The firm has a problem of why shoppers leave the website.", "leave", F.QUESTION),
    ("There is a row over why the club paid the fine.", "pay", F.QUESTION),
    ("The committee held a debate about how the council should spend the money.", "spend", F.REQUESTED),  # its own modal first
    ("The mystery of where the painter hid the paintings remains.", "hide", F.QUESTION),
    ("There were doubts about whether the club sold the striker.", "sell", F.QUESTION),
    # ... but a relative clause on such a noun, or a wh-clause on another noun, is stated
    ("The council discussed the issue which the members raised.", "raise", F.ASSERTED),
    ("The book tells the story of how the soldier crossed the desert.", "cross", F.ASSERTED),
    ("The board discussed the question with the bankers.", "discuss", F.ASSERTED),
    # a wh-clause after a verb or adjective that does not tell its answer is asked, not stated
    ("The board will decide which bidder buys the factory.", "buy", F.QUESTION),
    ("Analysts are debating how the bank will pay for the merger.", "pay for", F.QUESTION),
    ("The coach is worrying about where the striker will play his football.", "play", F.QUESTION),
    ("Doubts remain as to how the council will fund the new bridge.", "fund", F.QUESTION),
    ("It is unclear how the thieves entered the museum.", "enter", F.QUESTION),
    ("The club is still to announce which striker will replace the captain.", "replace", F.POSSIBLE),  # not yet told
    # ... and so is the answer a verb of telling is said not to give, read as a time clause or not
    ("Velta Motors has not yet announced when the new van will be available in Spain.", "be available in", F.QUESTION),
    ("The club did not say when the striker will return to training.", "return to", F.QUESTION),
    ("The minister refused to say where the council spent the money.", "spend", F.QUESTION),
    ("The coach declined to reveal how the team will line up against Leeds.", "line up against", F.QUESTION),
    # ... but a time clause on a verb that gives no answer, or on one that gives its own, says when
    ("The mayor did not speak when the council met the protesters.", "meet", F.ASSERTED),
    ("The coach did not say a word when the team lost the final.", "lose", F.ASSERTED),
    ("Velta Motors announced when the new van will be available in Spain.", "be available in", F.SCHEDULED),
    # ... and a wh-infinitive is a way to act, not an act
    ("The manager showed the youngsters how to beat the champions.", "beat", F.POSSIBLE),
    ("The players are learning how to win matches.", "win", F.POSSIBLE),
    # ... but after a verb of telling or knowing it is stated, and a relative pronoun asks nothing
    ("The witness described how the thieves entered the museum.", "enter", F.ASSERTED),
    ("The minister explained why the council closed the library.", "close", F.ASSERTED),
    ("Tom Reed was paid according to how many tickets he sold to Velta Bank.", "sell ticket to", F.ASSERTED),
    ("The new screens offer sharp pictures which Velta Films is keen to show in the coming year.", "show in", F.DESIRED),
    # a finite or infinitive clause on a noun of claiming or believing is held, not stated
    ("There were allegations that the firm had hidden its losses.", "hide", F.POSSIBLE),
    ("The coach rejected the claim that the club had sold the striker.", "sell", F.POSSIBLE),
    ("Fans share the belief that the team will win the cup.", "win", F.POSSIBLE),
    # ... but a participle on such a noun is the noun's own act
    ("A government claim accusing the firms of fraud was dismissed.", "accuse", F.ASSERTED),
    # a participle on the object of a depicting verb is what a picture or a story shows
    ("The party printed a poster showing the leaders holding a banner.", "hold", F.DEPICTED),
    ("The painting depicts a farmer ploughing a field.", "plough", F.DEPICTED),
    ("The new play portrays a doctor treating the wounded soldiers.", "treat", F.DEPICTED),
    ("The advert features a soldier crossing the desert.", "cross", F.DEPICTED),
    ("The cartoon showed the minister stealing a car.", "steal", F.DEPICTED),
    # ... but figures or footage that show something are evidence, and a depicting verb's own act is done
    ("The footage showed a man stealing the car.", "steal", F.ASSERTED),
    ("The documentary features the singer talking about his career.", "talk about", F.ASSERTED),
    ("The figures showed the bank making a profit.", "make", F.ASSERTED),
    ("The studio released a film featuring the actor.", "release", F.ASSERTED),
    ("The magazine showed the photographs to the minister.", "show photograph to", F.ASSERTED),
]


@pytest.mark.parametrize("text, predicate, expected", CASES, ids=[f"{e.value}: {s}" for s, _, e in CASES])
def test_open_questions_and_depictions(text, predicate, expected, nlp):
    assert factualities(text, nlp).get(predicate) == {expected}
