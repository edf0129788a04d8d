"""A gerund after a verb's object and a preposition ("blamed the firm for losing", "accused the
mayor of hiding", "kept the club from signing") is done by that object, not by the verb's
subject, and what the verb says of it decides its factuality: an accusation or a charge is no
fact, being cleared of something or kept from it negates it, blame and praise leave it stated
(kg.extract.control; sentences written for the tests). One after a noun someone owns ("Wales's
role in making music") is the owner's."""
from __future__ import annotations

import pytest

from kg.model import Factuality
from kg.pipeline.builder import extract_document
from kg.read.text import document_from_text

pytestmark = pytest.mark.model

F = Factuality


def facts(text: str, nlp) -> dict[tuple[str, str, str], Factuality]:
    ex = extract_document(document_from_text(text, source="t.txt"), nlp)
    label = {e.key: e.label for e in ex.entities}
    return {(label[r.subject], r.predicate, label[r.object]): r.factuality for r in ex.relations}


@pytest.mark.parametrize("text, fact, factuality, not_doer", [
    # blame and praise: the object did it, as stated
    ("Union leaders blamed the airline for cancelling the flights.", ("airline", "cancel", "flights"), F.ASSERTED, "Union leaders"),
    ("Economists blamed the strong pound for hurting exports.", ("strong pound", "hurt", "exports"), F.ASSERTED, "Economists"),
    ("The coach praised the defenders for blocking every cross.", ("defenders", "block", "cross"), F.ASSERTED, "coach"),
    # the preposition hung on the object rather than the verb
    ("The council thanked the volunteers for clearing the beach.", ("volunteers", "clear", "beach"), F.ASSERTED, "council"),
    # banned or suspended for it: the reason, stated (banned from it: kept from it, below)
    ("The league suspended the goalkeeper for kicking a steward.", ("goalkeeper", "kick", "steward"), F.ASSERTED, "league"),
    ("The opposition attacked the minister for ignoring the report.", ("minister", "ignore", "report"), F.ASSERTED, "opposition"),
    ("Tom Hale rapped his players for missing the training session.", ("players", "miss", "training session"), F.ASSERTED, "Tom Hale"),
    # turning on someone for it: the object of the preposition did it
    ("The singer clashed with the magazine for printing her letters.", ("magazine", "print", "letters"), F.ASSERTED, "singer"),
    ("Ms Ann Lowe hit out at the council for closing the library.", ("council", "close", "library"), F.ASSERTED, "Ann Lowe"),
    ("The manager was furious with the referee for ignoring the handball.", ("referee", "ignore", "handball"), F.ASSERTED, "manager"),
    # a noun someone owns: the owner does what the noun's phrase says, not the verb's subject
    ("Ana Ruiz joined the panel to discuss Wales's role in making modern music.", ("Wales", "make", "modern music"), F.ASSERTED,
     "Ana Ruiz"),
    ("The minister praised the firm's record in creating jobs.", ("firm", "create", "jobs"), F.ASSERTED, "minister"),
    # accusations and charges: the object is said to have done it, which is no fact
    ("The regulator accused the bank of hiding its losses.", ("bank", "hide", "losses"), F.POSSIBLE, "regulator"),
    ("Prosecutors charged the driver with causing the crash.", ("driver", "cause", "crash"), F.POSSIBLE, "Prosecutors"),
    ("The minister was accused of misleading Parliament.", ("minister", "mislead", "Parliament"), F.POSSIBLE, None),
    # sued or cited for it: alleged, by whoever sues
    ("The record companies sued Tom Reed for sharing 600 songs online.", ("Tom Reed", "share", "600 songs"), F.POSSIBLE, "record companies"),
    ("The lawsuits cite the students for swapping films over the internet.", ("students", "swap", "films"), F.POSSIBLE, "lawsuits"),
    # a case brought against someone for it: alleged, by whoever brings the case
    ("The authorities brought charges against the sprinters for missing a drugs test.", ("sprinters", "miss", "drugs test"),
     F.POSSIBLE, "authorities"),
    ("Investors filed a lawsuit against the bank for hiding its losses.", ("bank", "hide", "losses"), F.POSSIBLE, "Investors"),
    # cleared of it, kept or stopped from it: it did not happen
    ("The jury cleared the nurse of stealing the drugs.", ("nurse", "steal", "drugs"), F.NEGATED, "jury"),
    ("The injunction stopped the union from calling a strike.", ("union", "call", "strike"), F.NEGATED, "injunction"),
    ("A court ruling kept the company from selling its oil unit.", ("company", "sell", "oil unit"), F.NEGATED, "court ruling"),
])
def test_the_object_does_the_gerund(nlp, text, fact, factuality, not_doer):
    found = facts(text, nlp)
    assert found.get(fact) == factuality, found
    assert not any(s == not_doer and p == fact[1] for s, p, _ in found), found


@pytest.mark.parametrize("text, fact", [
    # no object: the gerund is the subject's own (a passive's subject is the one praised)
    ("The airline apologised for cancelling the flights.", ("airline", "cancel", "flights")),
    ("Ian Rush was praised for scoring the winner.", ("Ian Rush", "score", "winner")),
    # a gerund after a verb outside the lexicon keeps the subject as its doer
    ("Arsenal celebrated the title by singing the club anthem.", ("Arsenal", "sing", "club anthem")),
])
def test_without_a_controlling_object(nlp, text, fact):
    found = facts(text, nlp)
    assert found.get(fact) == F.ASSERTED, found


@pytest.mark.parametrize("text, absent", [
    # what a plan or a job consists of is done by whoever carries it out, not by the plan
    ("This tactic involved signing customers up for a weekly subscription.", ("tactic", "sign up")),
    ("The plan means cutting 500 jobs at the plant.", ("plan", "cut")),
    ("The scheme requires registering every phone.", ("scheme", "register")),
])
def test_content_of_a_plan_has_no_doer(nlp, text, absent):
    found = facts(text, nlp)
    assert not any(f[:2] == absent for f in found), found
