"""Predicates that keep the object noun whose phrase carries the content (kg.extract.complements):
sentences written for the tests -> the facts they give and the facts they must not give."""
from __future__ import annotations

import pytest

from tests.extract.test_extract import facts
from tests.extract.test_pronoun_antecedents import triples

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, fact", [
    # a light verb's object noun with its complement: the complement is the fact's object
    ("Maria Lopez took responsibility for the new housing policies.", ("Maria Lopez", "take responsibility for", "new housing policies")),
    ("Tarlin Air has taken control of Velta Airways.", ("Tarlin Air", "take control of", "Velta Airways")),
    ("Korvex made an approach for the striker Tom Reed.", ("Korvex", "make approach for", "Tom Reed")),
    ("The minister has sympathy for the striking nurses.", ("minister", "have sympathy for", "striking nurses")),
    ("Velta Bank won a contract with the Ruritanian government.", ("Velta Bank", "win contract with", "Ruritanian government")),
    ("Brenmoor Foods accepted responsibility for the outbreak.", ("Brenmoor Foods", "accept responsibility for", "outbreak")),
    # a noun of part before the complement's noun: the thing is its of-phrase
    ("Tarlin Air faces stiff competition from the likes of Velta Airways.", ("Tarlin Air", "face competition from", "Velta Airways")),
    # a verb's own prepositional phrase beside a common-noun object keeps the object's noun
    ("The council banned camera phones from its offices.", ("council", "ban camera phone from", "offices")),
    ("Maria Lopez has spiritual support from the Order of Saint Anne.", ("Maria Lopez", "have support from", "Order of Saint Anne")),
    ("The ministry sent troops to the border.", ("ministry", "send troop to", "border")),
    # an adjective a verb takes before its preposition is part of what it says ("tested positive for")
    ("Ana Ruiz has tested positive for a banned stimulant.", ("Ana Ruiz", "test positive for", "banned stimulant")),
    # a prize's category keeps its words from "best" on
    ("Ana Ruiz won best supporting actress for Harbour Lights.", ("Ana Ruiz", "win best supporting actress for", "Harbour Lights")),
    ("Tom Reed took the best debut performance prize for Velta Nights.",
     ("Tom Reed", "take best debut performance prize for", "Velta Nights")),
    # a feeling, a belief or a tie one has is one predicate with "have", its phrase the thing
    ("Tom Reed has complete faith in Ana Ruiz.", ("Tom Reed", "have faith in", "Ana Ruiz")),
    ("Velta has a close relationship with Korvex.", ("Velta", "have relationship with", "Korvex")),
    # an amount's unit is no noun of the object ("a £2m donation")
    ("Tom Reed made a £2m donation to the Harbour Trust.", ("Tom Reed", "make donation to", "Harbour Trust")),
    # so does a prize named by its words before "award" or "prize"
    ("Tom Reed won the spoken word award for his memoir.", ("Tom Reed", "win spoken word award for", "memoir")),
    # a to-phrase the parser marks as a dative keeps the object's noun too
    ("Velta sold the plant to Korvex.", ("Velta", "sell plant to", "Korvex")),
    # the noun a relative clause with no object of its own is on is that clause's object
    ("Tom Reed resigned over remarks he made about nurses.", ("Tom Reed", "make remark about", "nurses")),
    ("Ana Ruiz apologised for the comments she made about the referee.", ("Ana Ruiz", "make comment about", "referee")),
    # the "more" or "less" that grades an adjective before "than" is part of what it says
    ("Korvex is less profitable than Vantor.", ("Korvex", "be less profitable than", "Vantor")),
    ("Kestrel Motors is more optimistic than Velta about next year.", ("Kestrel Motors", "be more optimistic than", "Velta")),
    # and so is a "too", which says the opposite of the adjective alone ("too old for" is no "old for")
    ("By the time he was 40, Tom Reed had decided he was too old for the comic game.", ("Tom Reed", "be too old for", "comic game")),
    ("Ana Ruiz is too young for the senior team, the club said.", ("Ana Ruiz", "be too young for", "senior team")),
])
def test_complement_kept(nlp, text, fact):
    found = triples(text, nlp)
    assert fact in found, found


@pytest.mark.parametrize("text, absent", [
    # with a verb that is no light verb the object names a thing of its own, and its phrase is not the fact's
    ("Maria Lopez told a radio station in Madrid that she would stay.", ("Maria Lopez", "tell radio station in", "Madrid")),
    ("Brenmoor Foods warned any buyer of Velta Dairies.", ("Brenmoor Foods", "warn buyer of", "Velta Dairies")),
    # a noun of quantity names no thing the verb acts on
    ("Velta Bank has sold half of its shares in Korvex.", ("Velta Bank", "sell half of", "shares")),
    # a name or a pronoun as the object is an argument of its own: no complement predicate
    ("Korvex took Velta Bank to court.", ("Korvex", "take Velta Bank to", "court")),
    # an idiom's word ("steer clear of") keeps the predicate; the object is the idiom's thing
    ("The party's new posters, shown on Monday, steer clear of the Fagin or flying pig images.",
     ("new posters", "steer clear pig image of", "Fagin")),
    # a second object with its own phrase after "and" pairs with that phrase, not with the first one's
    ("Ana Ruiz won best song for Harbour Lights and best album for Blue Coast.", ("Ana Ruiz", "win best song for", "best album")),
    ("Velta sold its plant to Korvex and its shops to Delco.", ("Velta", "sell plant to", "Delco")),
    # what one is accused or charged with is said of the one named, who is the point
    ("Ana Ruiz accused the Tories of opportunism.", ("Ana Ruiz", "accuse of", "opportunism")),
    ("The league charged Tom Reed with misconduct.", ("league", "charge with", "misconduct")),
    # so too when the one named is a passive's subject and the doer its by-phrase
    ("The two sprinters were cleared of doping offences by the Velta Athletics Federation.",
     ("Velta Athletics Federation", "clear of", "doping offences")),
    ("Tom Reed was accused of fraud by the council.", ("council", "accuse of", "fraud")),
    # nor is having a feeling, an idea or a chance a fact about a thing had
    ("Ana Ruiz had a feeling the match would be hard.", ("Ana Ruiz", "have", "feeling")),
    ("Tom Reed had an early opportunity to score.", ("Tom Reed", "have", "early opportunity")),
    # a "do" standing for another verb says nothing of its own with its phrase
    ("Tom Reed ran as fast as he did in Leeds.", ("Tom Reed", "do in", "Leeds")),
    ("Ana Ruiz said she had done it with Tom Reed.", ("Ana Ruiz", "do with", "Tom Reed")),
    # an adverbial phrase is no complement
    ("Maria Lopez made the call in the end.", ("Maria Lopez", "make call in", "end")),
])
def test_no_complement(nlp, text, absent):
    found = triples(text, nlp)
    assert absent not in found, found


@pytest.mark.parametrize("text, negated", [
    # a negated object noun ("no sign of") keeps its negation: no asserted complement fact
    ("Tom Reed showed no sign of the injury.", ("Tom Reed", "show sign of", "injury")),
    ("Velta Bank has made no provision for the losses.", ("Velta Bank", "make provision for", "losses")),
])
def test_negated_noun_gives_no_asserted_complement(nlp, text, negated):
    _, found = facts(text, nlp)
    assert (*negated, False) not in found, found


@pytest.mark.parametrize("text, fuller, bare", [
    # a light verb's object whose complement carries the news: the fuller fact, and no bare one beside it
    ("Tarlin Air set a target of 300 orders.", ("Tarlin Air", "set target of", "300 orders"), ("Tarlin Air", "set", "target")),
    ("The council set a date for the vote.", ("council", "set date for", "vote"), ("council", "set", "date")),
    ("The new dam has received criticism from farmers.", ("new dam", "receive criticism from", "farmers"),
     ("new dam", "receive", "criticism")),
    ("The club made an approach for the striker.", ("club", "make approach for", "striker"), ("club", "make", "approach")),
    # a verb whose phrase completes its object: the fact is the verb with the object's noun and the phrase
    ("Dealers attributed the slump to weak demand.", ("dealers", "attribute slump to", "weak demand"), ("dealers", "attribute", "slump")),
    ("The new program turns photographs into paintings.",
     ("new program", "turn photograph into", "paintings"), ("new program", "turn", "photographs")),
    # the award for a category is that category's, no award named before
    ("Ann Cole won the Special Award at the ceremony. Tom Hale won the award for best adapted writer for Harbour Lights.",
     ("Tom Hale", "win award for", "best adapted writer"), ("Tom Hale", "win", "Special Award")),
    # details or information given or had are told of their thing, which is not itself given
    ("Tom Hale gave more details of the planned reforms in a speech.",
     ("Tom Hale", "give detail of", "planned reforms"), ("Tom Hale", "give", "planned reforms")),
    ("Velta gave information about the merger.", ("Velta", "give information about", "merger"), ("Velta", "give", "merger")),
    # what a thing is confined to is the point, however the object is worded
    ("The new chart confines its airplay information to US radio stations.",
     ("new chart", "confine to", "US radio stations"), ("new chart", "confine", "airplay information")),
])
def test_bare_object_dropped_beside_its_complement(nlp, text, fuller, bare):
    found = triples(text, nlp)
    assert fuller in found, found
    assert bare not in found, found


@pytest.mark.parametrize("text, bare", [
    # an in-phrase after the object is as often where the act took place: the bare fact stays
    ("The singer faced theft charges in court.", ("singer", "face", "theft charges")),
    # a verb that is no light verb: its object is a thing of its own, kept beside the verb's phrase
    ("The council banned camera phones from its offices.", ("council", "ban", "camera phones")),
    # a for-phrase after a bare noun of a kind made or added says whom it is for
    ("Korvex makes memory chips for most of the world's laptops.", ("Korvex", "make", "memory chips")),
    ("The broadcaster added subtitles for its news bulletins.", ("broadcaster", "add", "subtitles")),
    # a number before the noun is news the fuller fact's predicate would lose (its own label keeps a short complement)
    ("Tom Reed received a two-year ban for doping.", ("Tom Reed", "receive", "two-year ban")),
    ("Korvex has a 40% share of the chip market.", ("Korvex", "have", "40% share of the chip market")),
    # so is an adjective before it, or an of-phrase its name keeps
    ("The club made an illegal approach for the striker.", ("club", "make", "illegal approach")),
    ("The council paid the rest of the bill.", ("council", "pay", "rest of the bill")),
    # an agreement stays the object beside its party and its matter (tests/extract/test_agreements.py)
    ("The two unions reached an agreement on pensions.", ("two unions", "reach", "agreement")),
    # a phrase of manner ("with regret") is no complement
    ("The governor accepted the court ruling with regret.", ("governor", "accept", "court ruling")),
    # a negated noun gives no complement fact, so nothing replaces the bare one
    ("Velta Bank has made no provision for the losses.", ("Velta Bank", "make", "provision")),
])
def test_bare_object_kept(nlp, text, bare):
    found = triples(text, nlp)
    assert bare in found, found



@pytest.mark.parametrize("text, present, absent", [
    # a verb of supplying: its object gets what the with-phrase names
    ("Corvane Telecom provides its customers with free handsets.",
     {("Corvane Telecom", "provide", "free handsets"), ("Corvane Telecom", "provide to", "customers")},
     {("Corvane Telecom", "provide", "customers")}),
    ("Grantly Bank supplied the Fenwick Group with fresh capital last year.",
     {("Grantly Bank", "supply", "fresh capital"), ("Grantly Bank", "supply to", "Fenwick Group")},
     {("Grantly Bank", "supply", "Fenwick Group")}),
    ("The customers are provided with free handsets by Corvane.",
     {("Corvane", "provide", "free handsets")}, {("Corvane", "provide with", "free handsets")}),
    ("The actor Tom Reed is to be presented with an award at the festival.", set(), {("Tom Reed", "present", "award")}),
    # a threat or a reward names what with, active or passive; a means ("hit him with a bottle") does not
    ("Keegan threatened Tom Reed with the sack.", {("Keegan", "threaten with", "sack")}, set()),
    ("Tom Reed was once threatened with the sack by City boss Ian Dunn.", {("Ian Dunn", "threaten with", "sack")}, set()),
    ("The club rewarded Ana Ruiz with a new contract.", {("club", "reward with", "new contract")}, set()),
    ("Tom Reed hit Ian Dunn with a bottle.", {("Tom Reed", "hit", "Ian Dunn")}, {("Tom Reed", "hit with", "bottle")}),
    # without a with-phrase the object is what is supplied
    ("Grantly Bank supplied fresh capital to the Fenwick Group.", {("Grantly Bank", "supply", "fresh capital")}, set()),
    # an as-phrase after "think of X", "refer to X" says what X is taken to be
    ("Dr Ana Sousa decided to think of the region's farmers as a potential market.",
     {("Ana Sousa", "decide to think of", "farmers")}, {("Ana Sousa", "decide to think as", "potential market")}),
    ("Lena Moss referred to the minister as a coward.", {("Lena Moss", "refer to", "minister")},
     {("Lena Moss", "refer as", "coward"), ("Lena Moss", "refer to as", "coward")}),
    # "as" after a verb with no such frame is still the subject's role
    ("Lena Moss worked in Leeds as a nurse.", {("Lena Moss", "work as", "nurse")}, set()),
    # a preposition fronted in a relative clause is the adjective's after the copula
    ("The screaming girls to which Simpson had become accustomed have gone.",
     {("Simpson", "become accustomed to", "screaming girls")}, {("Simpson", "become to", "screaming girls")}),
    # a passive verb of giving keeps what its patient got
    ("Ana Ruiz was awarded the Nobel Prize in 2001.", {("Ana Ruiz", "be awarded", "Nobel Prize")}, set()),
    ("At the ceremony Tom Reed was handed a special award for writing.", {("Tom Reed", "be handed", "special award")}, set()),
    # also a passive gerund, done to the subject of the clause it hangs on
    ("Tom Reed was sent off after being shown a red card.", {("Tom Reed", "be shown", "red card")}, {("Tom Reed", "show", "red card")}),
    ("Ana Ruiz left the club after being given a free transfer.", {("Ana Ruiz", "be given", "free transfer")},
     {("Ana Ruiz", "give", "free transfer")}),
    # an object carried to an outcome: the outcome goes into the predicate
    ("Scrum-half Ian Dunn booted France to victory at Twickenham.", {("Ian Dunn", "boot to victory", "France")},
     {("Ian Dunn", "boot", "France"), ("Ian Dunn", "boot to", "victory")}),
    ("Ana Ruiz sent the letter to the council.", {("Ana Ruiz", "send letter to", "council")}, set()),
    # ... or to a state, or off a position: the place goes into the predicate too
    ("The president took the country to war in 1991.", {("president", "take to war", "country")}, {("president", "take", "country")}),
    ("The new phone has pushed Velta off the top of the sales chart.", {("new phone", "push off top", "Velta")},
     {("new phone", "push", "Velta")}),
    ("The film Dog Days has knocked Velta Nights from the top spot.", {("Dog Days", "knock from top spot", "Velta Nights")},
     {("Dog Days", "knock", "Velta Nights")}),
    # a next or new version is a thing of its own, labelled with its of-phrase, not the thing it follows
    ("The studio made a new version of the film in 2004.", {("studio", "make", "new version of the film")}, {("studio", "make", "film")}),
    ("Velta is building a search tool for the next version of Orbix.", {("Velta", "build search tool for", "next version of Orbix")},
     {("Velta", "build search tool for", "Orbix")}),
    # a to-phrase that counts: no fact of the bare object
    ("Tom Reed took his goal tally to 24 with a late header.", set(), {("Tom Reed", "take", "goal tally")}),
    ("Tom Reed added the relay crown to his indoor title.", {("Tom Reed", "add", "relay crown")}, set()),
    # a verb of disliking with a noun and its -ing clause dislikes the act, not the people
    ("Halden detested old men shouting at referees, he said.", set(), {("Halden", "detest", "old men")}),
])
def test_what_a_verb_takes_with_its_object(nlp, text, present, absent):
    found = triples(text, nlp)
    assert present <= found and not absent & found, (present - found, absent & found, found)


@pytest.mark.parametrize("text, absent", [
    # a phrase that says when or how far ("to date", "in turn", "at the time") is no object of the verb
    ("Korvex has sold two million phones to date.", ("Korvex", "sell phone to", "date")),
    ("Ian Dunn was impressed by Yann Delaigue to date.", ("Yann Delaigue", "impress to", "date")),
    ("Korvex agreed in turn.", ("Korvex", "agree in", "turn")),
    ("Korvex collapsed in the end.", ("Korvex", "collapse in", "end")),
    ("Ana Ruiz broke clear of the field halfway into the race.", ("Ana Ruiz", "break into", "race")),
    ("Tom Reed scored halfway into the match.", ("Tom Reed", "score into", "match")),
    # what a choice or a speed is set against is no object: "rather than", "than"
    ("The club chose Ian Dunn rather than Tom Reed.", ("club", "choose than", "Tom Reed")),
    # a count out of a set is no act on the whole set
    ("Chester have won only two of their last 10 League games.", ("Chester", "win", "last 10 League games")),
    ("Korvex sold three of its five factories.", ("Korvex", "sell", "five factories")),
    # a measure before a comparative says by how much, not what was done
    ("Allan Scott ran 0.04secs slower than his rival.", ("Allan Scott", "run", "0.04secs")),
])
def test_what_names_no_object_of_the_verb(nlp, text, absent):
    found = triples(text, nlp)
    assert absent not in found, found


@pytest.mark.parametrize("text, absent, present", [
    # what a making turns into something named after it is no thing made, nor is the second noun
    ("The Greens have made rail fares one of their three election themes.", ("Greens", "make", "rail fares"), None),
    ("Ian Dunn is in fine form, making the Velta number nine shirt his own.", ("Ian Dunn", "make own", "Velta number nine shirt"), None),
    ("Labour made low taxes, jobs and mortgage rates the centrepiece of a new campaign.", ("Labour", "make", "low taxes"), None),
    ("The council made the bypass its priority.", ("council", "make", "priority"), None),
    # a making of a thing stays one
    ("Korvex made a loss of £5m.", None, ("Korvex", "make", "loss of £5m")),
    ("Velta made the Zephyr, a small car, in Leeds.", None, ("Velta", "make", "Zephyr")),
    # what keeps someone in a place in an order keeps them there: no keeping of the person alone
    ("The Vells kept Tom Hale at number two in the chart.", ("Vells", "keep", "Tom Hale"), None),
    ("The Vells kept Tom Hale at number two and Ian Dunn in third place.", ("Vells", "keep", "Ian Dunn"), None),
    ("Korvex kept its promise.", None, ("Korvex", "keep", "promise")),
    ("The new contract kept Tom Hale at the club.", None, ("new contract", "keep", "Tom Hale")),
    # what a thing leaves someone with, or a result leaves them with, is no leaving of them
    ("Tom Hale's injury leaves Ian Dunn with a selection problem.", ("Tom Hale's injury", "leave", "Ian Dunn"), None),
    ("Tom Hale's injury leaves Ian Dunn with a selection problem.", ("Tom Hale's injury", "leave with", "selection problem"), None),
    ("The defeat left the Vells with only two points.", ("defeat", "leave", "Vells"), None),
    ("The Greens won four seats, leaving Labour with 30 MPs.", ("Greens", "leave", "Labour"), None),
    # who leaves a place with something does leave it
    ("Tom Hale left Velta with a shoulder injury.", None, ("Tom Hale", "leave", "Velta")),
])
def test_what_a_making_turns_into(nlp, text, absent, present):
    found = triples(text, nlp)
    assert absent is None or absent not in found, found
    assert present is None or present in found, found


@pytest.mark.parametrize("text, absent", [
    # what one means or wants an object to do makes that object the doer, not a thing meant or wanted
    ("Korvex intends its new tablet to replace the laptop in schools.", ("Korvex", "intend", "new tablet")),
    ("The coach wants his strikers to shoot more often.", ("coach", "want", "strikers")),  # a guard: the parser's clause already
])
def test_an_object_meant_to_act_is_no_thing_meant(nlp, text, absent):
    found = triples(text, nlp)
    assert absent not in found, found
