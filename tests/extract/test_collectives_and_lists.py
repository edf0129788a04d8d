"""Lists and the names around them: "the trio" stands for the three names listed before it, an
"other" noun that ends a list is a thing of its own, adjectives listed with nouns share the noun
after them, a name set off after a subject is what a later "it" means, and a verb's -ing object
the tagger read as an adjective is a noun. Sentences written for the tests -> facts kept and
facts that must not appear."""
from __future__ import annotations

import pytest

from tests.extract.test_extract import facts

pytestmark = pytest.mark.model


COLLECTIVE_REFERENTS = [  # (text, facts kept, facts that must not appear)
    # "the trio" is each of the three people listed before it, in its paragraph or the one before
    ("Maria Lopez, Tom Hale and Ben Cole were shortlisted for the award.\n\nOn Monday the trio attended a reception in Leeds.",
     [("Maria Lopez", "attend", "reception", False), ("Tom Hale", "attend", "reception", False),
      ("Ben Cole", "attend", "reception", False)], [("trio", "attend", None)]),
    # a relative clause on a name may stand inside the list
    ("For Maria Lopez, who won the race, Tom Hale and Li Wei it was a long day. Later the trio visited the museum.",
     [("Maria Lopez", "visit", "museum", False), ("Li Wei", "visit", "museum", False)], []),
    # "the pair" is the last two; "the two" any two names of one kind
    ("Tom Hale and Li Wei were arrested in May. The pair denied the charges.",
     [("Tom Hale", "deny", "charges", False), ("Li Wei", "deny", "charges", False)], [("pair", "deny", None)]),
    ("Tom Hale and Li Wei agreed a deal last year. The two signed the contract in Paris.",
     [("Tom Hale", "sign", "contract", False), ("Li Wei", "sign", "contract", False)], []),
    # a count that fits no list before it stands for nobody named
    ("Tom Hale and Li Wei were arrested in May. The trio denied the charges.",
     [], [("Tom Hale", "deny", None), ("Li Wei", "deny", None)]),
    # a list with an item before its names that the tagger missed (here "Ana Ruiz") is longer than its names
    ("Ana Ruiz, Tom Hale and Ben Cole were shortlisted for the award. The pair attended a reception in Leeds.",
     [], [("Tom Hale", "attend", None), ("Ben Cole", "attend", None)]),
    # a group called "its" acts as one: the band changed its name, not each member
    ("Maria Lopez, Tom Hale and Ben Cole met at school. The trio formed the band Harbour Lights, changing its name to Velta in 2001.",
     [("Maria Lopez", "form", "Harbour Lights", False)], [("Tom Hale", "change name to", None), ("Maria Lopez", "change name to", None)]),
    # "the pair of shoes" is a thing, not two people
    ("Tom Hale and Li Wei run a shop. The pair of shoes cost £80.", [], [("Tom Hale", "cost", None)]),
]


LIST_REMAINDER = [  # (text, facts kept, facts that must not appear)
    # an "other" noun ending a list names the rest of the kind, a thing of its own
    ("The shop sells maps, guides and other travel books.",
     [("shop", "sell", "maps", False), ("shop", "sell", "other travel books", False)], []),
    ("Velta streams news clips, film trailers, and other video and audio files.",
     [("Velta", "stream", "other video and audio files", False)], []),
    # alone it points away from anything named
    ("Ana Ruiz met other officials in Leeds.", [], [("Ana Ruiz", "meet", "other officials")]),
    # a list of one before it is no list
    ("Ana Ruiz met the mayor and other officials.", [("Ana Ruiz", "meet", "mayor", False)], [("Ana Ruiz", "meet", "other officials")]),
]


SHARED_HEAD_OF_LISTED_ADJECTIVES = [  # (text, facts kept, facts that must not appear)
    # adjectives the parser listed with the nouns, right before one of them, each modify that noun
    ("The chart combines airplay, digital and physical sales.",
     [("chart", "combine", "airplay", False), ("chart", "combine", "digital sales", False),
      ("chart", "combine", "physical sales", False)], [("chart", "combine", "sales")]),
    # parsed as the noun's own modifiers, the phrase stays whole
    ("The shop sells beer, red and white wines.", [("shop", "sell", "red and white wines", False)], []),
]


NAME_SET_OFF_AFTER_A_SUBJECT = [  # (text, facts kept, facts that must not appear)
    # "it" in the next sentence means the name an apposition gives the subject; a web name in
    # lower case is a name all the same
    ("Korvex has launched a music service. A smaller rival, vidzo.tv, was launched in May. It streams live concerts.",
     [("vidzo.tv", "stream", "live concerts", False)], [("Korvex", "stream", None)]),
    ("A new carmaker, Velta, was founded last year. It builds electric vans.", [("Velta", "build", "electric vans", False)], []),
]


GERUND_OBJECT_AND_ITS_COMPLEMENT = [  # (text, facts kept, facts that must not appear)
    # an -ing object the tagger read as an adjective is a noun; "add" takes its object's for-phrase
    ("The broadcaster was adding captioning for BBC and ITV shows.",
     [("broadcaster", "add", "captioning", False), ("broadcaster", "add captioning for", "shows", False)], []),
    ("The council added funding for two schools.", [("council", "add funding for", "two schools", False)], []),
    # a speech verb's quoted words are no object with a complement
    ('But he added that the firm was close to achieving: "The best result in years."',
     [], [("he", "add result in", None)]),
]


NAMES_LISTED_AFTER_THEIR_KIND = [  # (text, facts kept, facts that must not appear)
    # a plural noun right before a list of names says what they are: the names act, the noun is no third actor
    ("Cable firms Korvex and Delco have launched new services.",
     [("Korvex", "launch", "new services", False), ("Delco", "launch", "new services", False)], [("cable firms", "launch", None)]),
    ("Cable firms NTL and Telewest have both launched services for gamers.",
     [("NTL", "launch", "services", False), ("Telewest", "launch", "services", False)], [("cable firms", "launch", None)]),
]


@pytest.mark.parametrize("text, kinds", [
    # each name of the list is a body of the kind the noun says, the later ones as much as the first
    ("Rival banks Lloyds and Barclays cut their rates on Monday.", {"Lloyds": "Organization", "Barclays": "Organization"}),
    ("The deal was signed by rival banks Halden and Barclays.", {"Halden": "Organization", "Barclays": "Organization"}),
    ("Cable firms NTL and Telewest have launched new services.", {"NTL": "Organization", "Telewest": "Organization"}),
])
def test_names_listed_after_their_kind_are_of_it(nlp, text, kinds):
    ex, _ = facts(text, nlp)
    found = {e.label: e.type.value for e in ex.entities if e.label in kinds}
    assert found == kinds, found


@pytest.mark.parametrize("text, kinds", [
    # a company's last word makes a name a body's, whatever person the tagger took it for; "he" is then someone else
    ("Kenji Railways was delisted from the stock exchange on Monday. Its founder Ken Sato said he was sad.",
     {"Kenji Railways": "Organization", "Ken Sato": "Person"}),
    ("Arnold Records signed the band in May.", {"Arnold Records": "Organization"}),
    # a descriptor of a company's goods still makes a name a body's
    ("Russian oil producer Yukos said it would appeal.", {"Yukos": "Organization"}),
    # a place keeps its type
    ("Troops left the West Bank on Monday.", {"West Bank": "Place"}),
])
def test_a_company_word_ending_a_name_makes_it_a_body(nlp, text, kinds):
    ex, _ = facts(text, nlp)
    found = {e.label: e.type.value for e in ex.entities if e.label in kinds}
    assert found == kinds, found


@pytest.mark.parametrize("text, kept, dropped", [
    *NAMES_LISTED_AFTER_THEIR_KIND, *COLLECTIVE_REFERENTS, *LIST_REMAINDER, *SHARED_HEAD_OF_LISTED_ADJECTIVES, *NAME_SET_OFF_AFTER_A_SUBJECT, *GERUND_OBJECT_AND_ITS_COMPLEMENT,
])
def test_lists_and_collectives(nlp, text, kept, dropped):
    _, found = facts(text, nlp)
    unwanted = [f for f in found if any(s in f[0] and p == f[1] and o in (None, f[2]) for s, p, o in dropped)]
    assert set(kept) <= found and not unwanted, (sorted(set(kept) - found), unwanted, sorted(found))
