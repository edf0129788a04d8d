"""Amounts of money as arguments of facts: sentences written for the tests -> the facts kept
(an amount is a Concept labelled as written) and the facts that must not appear (ranges,
amounts that only size a noun, counts, names that look like amounts)."""
from __future__ import annotations

import pytest

from kg.graph.rdf import entity_iri
from kg.model import EntityType, generic_label
from tests.extract.test_extract import facts


@pytest.mark.model
@pytest.mark.parametrize(
    "text, kept, dropped",
    [
        # a price in a for-phrase, with the buyer and the thing sold still there
        ("The state sold the mill to a rival for $2.1bn.", ("state", "sell for", "$2.1bn", False), None),
        ("The state sold the mill to a rival for $2.1bn.", ("state", "sell mill to", "rival", False), None),
        ("The state sold the mill to a rival for $2.1bn.", ("state", "sell", "mill", False), None),
        ("The company was sold for 5bn euros.", ("company", "be sold for", "5bn euros", False), None),
        # a claim: the conversion in brackets is the same amount, no node of its own
        ("The miner has sued the province for $5bn (£2.7bn).", ("miner", "sue for", "$5bn", False),
         ("miner", "sue for", "£2.7bn")),
        # a level reached, with its rate
        ("Velta shares rose to $12.40 a share.", ("shares", "rise to", "$12.40 a share", False), None),
        ("The price of copper ended at $42.12.", ("price of copper", "end at", "$42.12", False), None),
        # what a barrel of crude did, crude did; "down" says by how much
        ("A barrel of light crude ended Friday down $1.20 to $40.10.", ("light crude", "end down", "$1.20", False), None),
        ("A barrel of light crude ended Friday down $1.20 to $40.10.", ("light crude", "end to", "$40.10", False),
         ("barrel", "end to", None)),
        # a bare measure of a verb of change says by how much
        ("US crude fell 32 cents to $51.43 a barrel.", ("crude", "fall by", "32 cents", False), None),
        ("Brent crude rose $1.05 to $48.20.", ("brent crude", "rise by", "$1.05", False), None),
        ("Velta Nights earned $5m a week.", ("Velta Nights", "earn", "$5m a week", False), ("Velta Nights", "earn by", None)),
        # an object, with the unit the tokenizer split off and a qualifier
        ("Korvex paid $2m to the regulator.", ("Korvex", "pay", "$2m", False), ("Korvex", "pay", "m")),
        ("Korvex lost about $180bn last year.", ("Korvex", "lose", "about $180bn", False), None),
        ("Korvex raised £300m from investors.", ("Korvex", "raise", "£300m", False), None),
        # a currency written out before its amount belongs to the noun after the amount: the profit was made
        ("Korvex made a record Australian dollars 648m profit last year.",
         ("Korvex", "make", "record Australian dollars 648m profit", False), ("Korvex", "make", "record Australian dollars")),
        # worth, after a linking verb and after a noun
        ("Its stake in the mill is worth $3bn.", ("stake", "be worth", "$3bn", False), None),
        ("Velta rejected an offer worth 3.1bn Australian dollars.", ("offer", "worth", "3.1bn Australian dollars", False), None),
        ("Korvex signed a deal worth 25m euros.", ("deal", "worth", "25m euros", False), None),
        # the change of an object: the level is the object's, not the verb's
        ("Korvex cut its debt to £160m from £610m.", ("Korvex", "cut", "debt", False), ("Korvex", "cut to", None)),
        # a change from one level to another: the argument is where it went
        ("Lending fell to £25bn in May from £26bn.", ("lending", "fall to", "£25bn", False), ("lending", "fall from", None)),
        # a range, and a change with a level read as one amount: no amount
        ("The consoles will cost between £130 and £200.", None, ("consoles", "cost", None)),
        ("Oil fell by $1.10 to $40.15 a barrel.", None, ("oil", "fall by", None)),
        # an amount that says how big a thing is: the thing is the argument
        ("The regulator reached a $140m deal with Korvex.", None, ("regulator", "reach", "$140m")),
        # a sum does nothing itself: "spend $3bn to buy" is the spender's buying
        ("Velta said it would spend $3.3bn (£1.8bn) to buy a rival bank.", ("Velta", "spend", "$3.3bn", False),
         ("$3.3bn", "buy", None)),
        # nor is a plan to borrow money an agreement to the money
        ("Korvex has agreed a plan with its banks to borrow $10bn.", None, ("Korvex", "agree", "$10bn")),
        # counts and percentages stay out, and a name with a number is a name
        ("Korvex employs 2,000 staff in 20 countries.", None, ("Korvex", "employ", "2,000")),
        ("Velta shares rose 5% to 300p.", None, ("shares", "rise", "5%")),
        # after a verb of gaining or losing a measure, the level reached is no recipient
        ("Korvex shares climbed 2.7% to 717p, and Velta added 5.3% to 740 yen.", None, ("Velta", "add to", None)),
        ("Korvex lost 4% to 120 yen.", None, ("Korvex", "lose to", None)),
        ("Korvex gained 3% to 250 yen.", None, ("Korvex", "gain to", None)),
        ("50 Cent appeared on an album.", ("50 Cent", "appear on", "album", False), None),
        # a tie between bodies keeps the name that says whose: "owner" alone says nothing
        ("Korvex owner sues Velta for $2bn", ("Korvex owner", "sue for", "$2bn", False), ("owner", "sue for", None)),
        ("The Korvex owner sued Velta.", ("Korvex owner", "sue", "Velta", False), None),
        ("Velta sold its Korvex unit to a rival.", ("Velta", "sell", "Korvex unit", False), None),
    ],
)
def test_amounts_as_arguments(nlp, text, kept, dropped):
    _, found = facts(text, nlp)
    if kept:
        assert kept in found, f"{kept} not in {sorted(found)}"
    if dropped:
        assert not any((s, p) == dropped[:2] and (dropped[2] is None or o == dropped[2]) for s, p, o, _ in found), sorted(found)


@pytest.mark.model
@pytest.mark.parametrize(
    "text, amount",
    [
        ("The state sold the mill for $2.1bn.", "$2.1bn"),
        ("Velta rejected an offer worth 3.1bn Australian dollars.", "3.1bn Australian dollars"),
        ("Foster's spent A$584m on the stake.", "A$584m"),
    ],
)
def test_an_amount_is_its_articles_own_concept(nlp, text, amount):
    ex, _ = facts(text, nlp)
    entity = next(e for e in ex.entities if e.label == amount)
    assert entity.type is EntityType.CONCEPT
    assert entity.scope == ex.document.id  # "$2.1bn" in two articles is two nodes


@pytest.mark.model
def test_amounts_of_one_article_stay_apart(nlp):
    ex, found = facts("Korvex paid $2m for the mill. Velta paid £2m for the land. Anna Berg paid $3m for a farm.", nlp)
    amounts = [e for e in ex.entities if e.label in ("$2m", "£2m", "$3m")]
    assert len(amounts) == 3, sorted(found)
    assert len({entity_iri(e) for e in amounts}) == 3


@pytest.mark.parametrize(
    "label, generic",
    [
        ("$9.3bn", True),
        ("A$584m", True),
        ("3.1bn Australian dollars", True),
        ("more than $27bn", True),
        ("Energy Charter Treaty", False),
        ("Hot 100", False),
        ("50 Cent", False),
    ],
)
def test_amount_labels_are_generic(label, generic):
    assert generic_label(label) is generic

