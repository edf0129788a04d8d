"""Relations an event noun states with its doer (kg.extract.event_nouns), where a happening
takes place, and a place named with the larger place it is in (kg.extract.roles). Sentences
written for the tests -> facts kept and (subject, predicate) pairs that must not appear."""
from __future__ import annotations

import pytest

from tests.extract.test_extract import facts

pytestmark = pytest.mark.model


EVENT_NOUNS = [  # (text, facts kept, (subject, predicate) that must not appear)
    # the possessor did it to the of-object
    ("Orion's takeover of Delta Air was approved on Monday.", [("Orion", "take over", "Delta Air", False)], []),
    ("Regulators examined Halden Group's purchase of Brightwater.", [("Halden Group", "buy", "Brightwater", False)], []),
    # a by-phrase is the doer; the possessor then is what was done to
    ("Delta Air's takeover by Orion was approved.", [("Orion", "take over", "Delta Air", False)], []),
    # the noun's other phrases go with its verb, and a for-phrase the parser hung on the doer
    ("The board rejected a bid by Orion for Delta Air.",
     [("Orion", "bid for", "Delta Air", False), ("Orion", "make", "bid", False)], []),
    ("Delta Air is waiting to hear about its filing in a US court for bankruptcy protection.",
     [("Delta Air", "file in", "US court", False), ("Delta Air", "file for", "bankruptcy protection", False)], []),
    # what a visit is to is what was visited
    ("Ann Lowe praised the welcome during her visit to Japan.", [("Ann Lowe", "visit", "Japan", False)], []),
    # a light verb's phrases are the noun's
    ("Carl Brandt makes his return in a cup game at Leeds.", [("Carl Brandt", "return in", "cup game", False)], []),
    # an attitude its possessor has
    ("Despite her reservations about the Golden Globes, Ann Lowe will attend.",
     [("Ann Lowe", "have reservations about", "Golden Globes", False)], []),
    # without an object, the possessor of a sale is what was sold, not the seller
    ("Delta Air's sale to Orion was approved.", [], [("Delta Air", "sell to")]),
    # no doer: the sale does not say who sold
    ("Shareholders opposed the sale of the unit to Orion.", [], [("shareholders", "sell to")]),
    # a possessive pronoun whose clause has another subject is left alone
    ("Ann Lowe won. Critics said her visit to Japan was a mistake.", [], [("critics", "visit")]),
    # an offer is too often made to someone for something to read as a bid
    ("Argon Bank's repayment offer for savers closes on Friday.", [], [("Argon Bank", "offer for")]),
]

GOALS = [
    # a name before a goal, or before a shot a win came with, scored it
    ("City won 2-0 with a late Tomas Ruiz header.", [("Tomas Ruiz", "score", "late Tomas Ruiz header", False)], []),
    ("Tomas Ruiz's goal gave City the lead.", [("Tomas Ruiz", "score", "Tomas Ruiz's goal", False)], []),
    # a shot that was saved is no goal
    ("The keeper made a fine save from Tomas Ruiz's header.", [], [("Tomas Ruiz", "score")]),
    # a winner of a prize scored nothing
    ("Tomas Ruiz's winner in the poetry contest was a sonnet.", [], [("Tomas Ruiz", "score")]),
]

PLACES = [
    # where a happening took place; a price in a place is no happening
    ("Markets fell after bomb attacks in Lagos on Sunday.", [("bomb attacks", "take place in", "Lagos", False)], []),
    ("Prices in Lagos rose sharply.", [], [("prices", "take place in")]),
    # a named organisation before a named place; the parser hangs the in-phrase on the role noun
    ("Shares rose, said Jane Roe, economist at Acme Bank in Paris.", [("Acme Bank", "be in", "Paris", False)], []),
    ("said Anna Berg, chief economist for oil at HB Markets in Madrid.", [("HB Markets", "be in", "Madrid", False)], []),
    # a place named with the larger place it is in, not a list of places
    ("The fair takes place in Lyon, France, each spring.", [("Lyon", "be in", "France", False)], []),
    ("Sales rose in France, Italy and Spain.", [], [("France", "be in")]),
    # ... nor names standing alone, as in a team sheet
    ("Replacements: Kizys, Horvath.", [], [("Kizys", "be in")]),
    ("Not used: Vincze, Kizys.", [], [("Vincze", "be in")]),
    # a place after the body of a meeting is where the meeting is, not the body
    ("Tom Hale will chair a meeting of the Velta Trade Council in Lyon.", [], [("Velta Trade Council", "be in")]),
    # nor after the work of a premiere or a screening
    ("Ana Ruiz signed autographs at the UK premiere of Velta Nights in London.", [], [("Velta Nights", "be in")]),
    # a person an act is done to or for was not put there by the phrase: the act took place there
    ("Tom Hale ran a fast 3,000m to win clear of Sarah Jones in Boston.", [], [("Sarah Jones", "be in")]),
    ("The crowd cheered for Sarah Jones in Lyon on Sunday.", [], [("Sarah Jones", "be in")]),
    ("What happened to Sarah Jones in Athens was a shock to her fans.", [], [("Sarah Jones", "be in")]),
    # a subject is where the phrase puts it
    ("The BBC's Sarah Jones in Lagos says the talks have stalled.", [("Sarah Jones", "be in", "Lagos", False)], []),
]


@pytest.mark.parametrize("text, kept, dropped", EVENT_NOUNS + GOALS + PLACES)
def test_noun_phrase_relations(nlp, text, kept, dropped):
    _, found = facts(text, nlp)
    for fact in kept:
        assert fact in found, f"{fact} not in {sorted(found)}"
    for subject, predicate in dropped:
        assert not any((s, p) == (subject, predicate) for s, p, _, _ in found), sorted(found)
