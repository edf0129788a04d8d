"""Words read into the wrong phrase (kg.extract.repair_modifiers and the repairs beside it): a
word of condition opening a sentence is no word of the name after it, a participle right after a
preposition describes the noun after it, the subject of a second clause is not one more object of
the first, "m." after a number ends a sentence, and a with-phrase whose noun is placed in a set
says how things stood. Sentences written for these tests."""
from __future__ import annotations

import pytest

from kg.extract.repair_modifiers import positions_read_as_verbs
from kg.pipeline.builder import extract_document
from kg.read.text import document_from_text
from tests.extract.test_pronoun_antecedents import triples as facts

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, present, absent", [
    # a word of condition opening the sentence describes the person, not the club
    ("Injured Arsenal striker Tom Hale insists he will be fit.",
     ("Tom Hale", "striker of", "Arsenal"), ("Tom Hale", "striker of", "Injured Arsenal")),
    ("Jailed Velta boss Ian Dunn wrote to the court.",
     ("Ian Dunn", "boss of", "Velta"), ("Ian Dunn", "boss of", "Jailed Velta")),
    ("Teenage Everton striker Sam Reed scored twice.",
     ("Sam Reed", "striker of", "Everton"), ("Sam Reed", "striker of", "Teenage Everton")),
    # a participle after a preposition with no object: the noun after it is that object
    ("Shares in Medco, the Syrian company founded by assassinated former prime minister Omar Farid, fell 15% in Damascus.",
     ("Omar Farid", "found", "Medco"), ("Medco", "assassinate", "Omar Farid")),
    # the subject of a second clause that the parser added to the first clause's objects
    ("The scheme will help farmers in Kent and the council will pay the bill.",
     ("council", "pay", "bill"), None),
    # also when the parser took that clause's verb for one of time, with no word to open it
    ("Actress Ann Cole has donated $2m to The British Heart Trust and actor Tom Reed pledged a generous cash donation to Oxfam.",
     ("Tom Reed", "pledge", "generous cash donation"), ("Ann Cole", "donate to", "Tom Reed")),
    # a named thing turned or made into something: what it became is no fact of the subject
    ("Mr Reed transformed Korvex into a profitable business.",
     ("Reed", "transform", "Korvex"), ("Reed", "transform into", "profitable business")),
    ("Ms Hale turned Velta into a global brand.",  # nor "turn - Velta": a turning with no result says nothing
     None, ("Hale", "turn into", "global brand")),
    # an adverb "together" after a verb with an object is its particle
    ("The summit pulls together charities and aid agencies.",
     ("summit", "pull together", "charities"), ("summit", "pull", "charities")),
    # the idiom's own phrase after "in touch"
    ("Tom Hale got in touch with the Velta Trust.",
     ("Tom Hale", "get in touch with", "Velta Trust"), None),
    # "m." after a number ends its sentence: the next sentence's subject is not the last one's object
    ("Ann Cole is running in the 1500m. Swiss hurdler Mia Roth will contest the 60m hurdles.",
     ("Mia Roth", "contest", "60m hurdles"), ("Ann Cole", "run in", "Mia Roth")),
    # a with-phrase whose noun is placed among others: how things stood, no argument
    ("Twelve towns were flooded, with Ripon and Selby among the worst hit.",
     None, ("twelve towns", "be flooded with", "Ripon")),
    # an act set beside a name is no post of the name's
    ("For analyst Tom Hale, Velta's initial decision to delay the launch was an error.",
     None, ("Tom Hale", "initial decision of", "Velta")),
    # a by-phrase right after a noun credits the noun; an active verb has no doer in it
    ("The parents are suing Korvex over a song by the band Velta that contains swear words.",
     ("parents", "sue", "Korvex"), ("parents", "sue by", "Velta")),
    # a name put somewhere: the bare fact says nothing; a thing put somewhere keeps it
    ("Tom Hale put Leeds in front with ten minutes left.", None, ("Tom Hale", "put", "Leeds")),
    ("The budget would put more police on the streets.", ("budget", "put", "more police"), None),
    ("Tom Hale turned Velta Bank into one of the ten biggest lenders in Europe.", None, ("Tom Hale", "turn", "Velta Bank")),
    # a sum set "against" another is a comparison, no argument
    ("Velta posted a loss of $44m, against a profit of $375m a year earlier.", ("Velta", "post", "loss of $44m"),
     ("Velta", "post loss against", "profit of $375m")),
    # beside a direct object, a by-phrase says whose the object is or how: no doer of an active verb
    ("Ana Ruiz was nominated to leave the show by fellow housemates.", None, ("Ana Ruiz", "leave show by", "fellow housemates")),
    ("The Greens would fund free care by a new tax on high incomes.", ("Greens", "fund", "free care"),
     ("Greens", "fund care by", "new tax on high incomes")),
    # a place's name with a plural verb is a side, which a "they" can stand for
    ("Chelsea had the better of the first half. Nevertheless, Leeds were living dangerously and they needed a fine save from Ian Dunn.",
     ("Leeds", "need", "fine save"), ("Chelsea", "need", "fine save")),
    # a peer's noun with a body's name before it is no post of that body's
    ("Sony boss Tom Hale will meet his Microsoft counterpart Ann Reed on Friday.",
     ("Tom Hale", "meet", "Ann Reed"), ("Ann Reed", "counterpart of", "Microsoft")),
    ("Ian Dunn replaces his injured Newport Rovers colleague Tom Hale.",
     ("Ian Dunn", "replace", "Tom Hale"), ("Tom Hale", "colleague of", "Newport Rovers")),
    # a to-phrase of how someone took the act names no place it went to
    ("The penalty was saved to the delight of the home fans.", None, ("penalty", "be saved to", "delight of the home fans")),
    # a counted span with an into-phrase says when, and is no object
    ("Tom Hale, who replaced Ian Dunn just three games into the season, was sacked.",
     ("Tom Hale", "replace", "Ian Dunn"), ("Tom Hale", "replace", "three games")),
    # the unit written onto an amount's number stays with it
    ("Velta's parent Korvex reported a loss of $387m (£206m) for the year.",
     ("Korvex", "report", "loss of $387m"), ("Korvex", "report", "loss of $387")),
    # "have", an adverb and a participle: a perfect, not a having
    ("The Strays played their first gig in 2001 and have since supported bands including Velta.",
     ("Strays", "support", "bands"), None),
    # the subject of a reported clause, not the reporting verb's object
    ("The party has always maintained Mr Brown would play a key role in the race.",
     ("Brown", "play role in", "race"), ("party", "maintain", "Brown")),
    # a relative clause goes with the noun its verb agrees with
    ("Also launched was the Velta game for Korvex phones which sends messages to premium numbers.",
     ("game", "send", "messages"), ("Korvex phones", "send", "messages")),
    # a body's name cut at its "for": one name
    ("Ann Reed, head of the UN Office for the Coordination of Humanitarian Affairs, spoke.",
     ("Ann Reed", "head of", "UN Office for the Coordination of Humanitarian Affairs"), ("Ann Reed", "head of", "UN Office")),
    # ... or cut after the place that opens a party's name
    ("UK Independence Party leader Tom Reed attacked the plans.",
     ("Tom Reed", "leader of", "UK Independence Party"), ("Tom Reed", "leader of", "UK")),
    # ... or read as a nation's adjective and a party's adjective before a post: the nation's party
    ("Scottish Conservative leader Ann Hale resigned on Monday.",
     ("Ann Hale", "leader of", "Scottish Conservative"), ("Ann Hale", "conservative leader of", "Scotland")),
    ("Scottish Labour chairman Tom Reed backed the plan.", ("Tom Reed", "chairman of", "Scottish Labour"), None),
    # ... or cut after a saint's name in the owner's form: the school, church or hospital named after the saint
    ("Tom Hale met two girls from St Egwin's Middle School in Evesham.",
     ("Tom Hale", "meet girl from", "St Egwin's Middle School"), ("Tom Hale", "meet girl from", "Middle School")),
    ("Tom Hale met two girls from St Mary's Primary School in Leeds.",
     ("St Mary's Primary School", "be in", "Leeds"), ("Primary School", "be in", "Leeds")),
    ("The choir sang at St Paul's Cathedral on Sunday.", ("choir", "sing at", "St Paul's Cathedral"), ("choir", "sing at", "Cathedral")),
    # ... and a relative clause the parser hung on no noun is the clause of the name before its "which"
    ("Korvex is 46%-owned by Velta Holdings which in turn is run by Tom Reed.",
     ("Tom Reed", "run", "Velta Holdings"), ("Tom Reed", "run", "Korvex")),
    # ... also a passive relative clause
    ("The van belongs to Velta, the only driving school for deaf pupils which is based in Leeds.",
     ("Velta", "be based in", "Leeds"), ("deaf pupils", "be based in", "Leeds")),
    # a noun phrase run on across a dash that opens an aside: the noun before the dash
    ("The Velta Prize honours the best local papers - small titles that cover one town - of the year.",
     ("Velta Prize", "honour", "best local papers"), ("Velta Prize", "honour", "best local papers - small titles")),
    ("Korvex has its own profitable phone arm - assets which helped it.",
     ("Korvex", "have", "own profitable phone arm"), ("Korvex", "have", "assets")),
    # an -ing word before a noun it names a kind of is no act on the noun
    ("Ann Reed and Tom Hale were both nominated for supporting roles.",
     ("Ann Reed", "be nominated for", "supporting roles"), ("Ann Reed", "support", "roles")),
    ("The dispute between Love and surviving band members Ian Dunn and drummer Tom Hale was settled in 2002.",
     None, ("dispute", "survive", "band members")),
    ("Leeds, stripped of attacking talent such as Tom Hale, fielded two young strikers.",
     ("Leeds", "be stripped of", "attacking talent"), ("Leeds", "attack", "talent")),
    # "away" right after a verb with an object is its particle
    ("The keeper had to stand his ground to beat away a powerful shot from Tom Hale.",
     ("keeper", "beat away", "powerful shot"), ("keeper", "beat", "powerful shot")),
    # a day said as a word before "the" is no part of the name after it
    ('She said: "Today the Tories are promising more nurses for Leeds."',
     ("Tories", "promise", "more nurses"), ("Today the Tories", "promise", "more nurses")),
    # a post with "no" before it is denied
    ("Leeds manager Tom Hale is no respecter of reputations.", None, ("Tom Hale", "respecter of", "reputations")),
    # a measure after a copula compares, it is no tie
    ("The country's banking market is three times the size of Velta's.", None, ("banking market", "size of", "Velta")),
    ("The new stadium in Leeds is twice the size of Wembley.", None, ("new stadium", "size of", "Wembley")),
    # a name run into "hit" and a noun, inside a noun phrase, is no subject of hitting
    ("Ana Ruiz has had 12 UK hit singles since 1990.", None, ("UK", "hit", "singles")),
    ("The top DVD of the year was the Dreamworks hit Blue Moon, which sold two million copies.", None, ("Dreamworks", "hit", "Blue Moon")),
    ("The Taliban hit the base on Monday.", ("Taliban", "hit", "base"), None),
    # the object of a preposition that a gerund follows is that gerund's subject, not what the verb reaches
    ("Velta Music's back catalogue was re-released in 2000, leading to the band undertaking a world tour in 2001.",
     ("Velta Music", "undertake", "world tour"), ("Velta Music's back catalogue", "lead to", "Velta Music")),
    # a noun of a trade after "to", before a word for a business and a name, is no infinitive
    ("Tom Hale sold Korvex to record giant Velta for £1.6bn.", ("Tom Hale", "sell to", "Velta"), ("Korvex", "record", "Velta")),
    # a past form joined to a passive with "been" is passive too, with an object only a verb of giving keeps
    ("Mr Tom Hale is in prison, having been charged with fraud and tax evasion and repeatedly denied bail.",
     None, ("Tom Hale", "deny", "bail")),
    ("Ian Dunn had been charged with theft in Leeds and admitted the offence.", ("Ian Dunn", "admit", "offence"), None),
    # "have" before an -ing word and a noun, with no "been", is the verb; the -ing word describes the noun
    ("Ana Ruiz had winning performances in Madrid and Leeds.", ("Ana Ruiz", "have", "winning performances"),
     ("Ana Ruiz", "win", "performances")),
    # a particle after the verb's prepositional phrase says how the phrase's noun stood, it is no particle of the verb
    ("City came back from two goals down to draw with Hull.", ("City", "come back from", "two goals"),
     ("City", "come back down from", "two goals")),
    # a plural opening the sentence before a list of people says who they are, no word of the first name
    ("Contestants Tom Hale, Ian Dunn, Sarah Cole and Mark Lewis were told by the hosts.",
     ("hosts", "tell", "Tom Hale"), ("hosts", "tell", "Contestants Tom Hale")),
    # a noun for a work the parser read as the object of the verb after its title is the subject, the title its name
    ("Ana Ruiz's novel Wolf Brother tells of Torak.", ("Wolf Brother", "tell of", "Torak"),
     ("Wolf Brother", "tell", "Ana Ruiz's novel")),
    # ... but a given name ending in "s" before a name with no list after it is the name's
    ("Anders Igels, chief executive of Velta, tipped it as the next big thing.", ("Anders Igels", "chief executive of", "Velta"),
     ("Igels", "chief executive of", "Velta")),
    # a month's short form with its stop, where the tagger ran one sentence into the next, is no word of a name
    ("The news was given to the contestants by hosts Ant and Dec. Sarah Cole's decision to quit the show was a shock.",
     ("Sarah Cole", "decide to quit", "show"), ("Dec. Sarah Cole", "decide to quit", "show")),
    # an age after a comma with no space is no part of the name
    ("Former pop singer Ana Ruiz,31, walked out of the show in Leeds.", ("Ana Ruiz", "walk out of", "show"),
     ("Ana Ruiz,31", "walk out of", "show")),
    # a number the tagger read as a time with the word after it opens a title
    ("Ana Ruiz starred in the film 24 Hour Party People in 2002.",
     ("Ana Ruiz", "star", "24 Hour Party People"), ("Ana Ruiz", "star", "Hour Party People")),
    # an -ing noun after a bare noun that closes a list is an offence, no clause of its own
    ("Tom Hale was convicted of racketeering, securities fraud, obstruction of justice and witness tampering.",
     ("Tom Hale", "be convicted of", "witness tampering"), ("Tom Hale", "be convicted of", "witness")),
    # a phrase after the last of two nouns joined by "and" is that noun's, though the parser hung it on the first
    ("Velta founder Tom Hale, the world's richest man and a regular at Davos, will campaign for good causes.", None,
     ("Tom Hale", "richest man of", "Davos")),
    # names listed after a comma, as many as a plural noun before them counts, are who it counts, not more of the noun after
    ("But just two companies turned up for the auction, Gazprom and the unknown Velta Finance Group, named after a lake.", None,
     ("two companies", "turn up for", "Gazprom")),
    # a people's word with "a"/"an" in apposition, which the tagger may take for a name, describes the name before it
    ("Tom Hale, an Iraqi Kurd living in Swansea, has won the award.", ("Tom Hale", "live in", "Swansea"),
     ("Kurd", "live in", "Swansea")),
    ("The prize went to Ian Dunn, a Spaniard who lives in Leeds.", ("Ian Dunn", "live in", "Leeds"),
     ("Spaniard", "live in", "Leeds")),
    # a capitalised post's person in apposition, whose name the tagger ran on, is who acts
    ("Scottish Finance Minister, Tom Hale MSP, announced an additional grant for councils.",
     ("Tom Hale", "announce", "additional grant"), ("Scottish Finance Minister", "announce", "additional grant")),
    # a thing given to oneself is no giving
    ("Tom Hale gave himself the perfect start with a win over Ian Dunn.", None, ("Tom Hale", "give", "perfect start")),
    ("Velta scored twice to give themselves some breathing space.", None, ("Velta", "give", "breathing space")),
    # ... and an amount is no post
    ("The new Velta coupe is tens of thousands of pounds cheaper than the old one.", None, ("new Velta coupe", "thousand of", "pounds")),
    # "both" after the subject of a second clause is no subject of its own
    ("I thought Sam Ward had a solid game and Tom Hale and Ian Dunn both did well.",
     None, ("Sam Ward", "have", "Tom Hale")),
    # a "which" after a person's post of a body is the body's
    ("said Tom Hale, director of Velta Games, which attracts about two million players a month.",
     ("Velta Games", "attract", "about two million players"), ("Tom Hale", "attract", "about two million players")),
    # ... also when the body's name ends in a list of places
    ("Responding to the plan, the chairman of the Teachers Federation of Kent and Surrey, which represents school staff, said it was unfair.",
     ("Teachers Federation of Kent", "represent", "school staff"), ("chairman", "represent", "school staff")),
    # a "who" after the place people come from is theirs
    ("The scheme will return pupils from Albania who have failed their exams.",
     ("pupils", "fail", "exams"), ("Albania", "fail", "exams")),
    # a common noun at a level is how things stood, comma or none
    ("The stadium was evacuated with the score at 2-2.", None, ("stadium", "be evacuated with", "score")),
    ("Just 250 guests attended with ticket prices at $5.", None, ("250 guests", "attend with", "ticket prices")),
    # a participle of speaking that opens the sentence before a comma turns to a topic: no act of the subject
    ("Talking of money, the club has spent £20m this year.", None, ("club", "talk of", "money")),
    ("Speaking to reporters, Tom Hale said the deal was done.", ("Tom Hale", "speak to", "reporters"), None),
    # an opening "Bar" or "Save" before a comma is "except", no verb
    ("Bar a brief fall in March, the shares had risen steadily all year.", None, ("shares", "bar", "brief fall")),
    ("Save a late penalty, the match was dull.", None, ("match", "save", "late penalty")),
    # a with-phrase after a comma that follows the verb's object or agent is an aside, no argument of the verb
    ("Tom Hale signed a new deal, with a pay rise of 10%.", ("Tom Hale", "sign", "new deal"), ("Tom Hale", "sign with", "pay rise of 10%")),
    ("All the sounds are made by six old consoles, with a mix of older models and newer ones.",
     None, ("six old consoles", "make with", "mix of older models")),
    # "now" before the last of a list says when, and is no word of the thing
    ("Korvex builds vans, buses and now lorries at the plant.", ("Korvex", "build", "lorries"), ("Korvex", "build", "now lorries")),
    # a second subject of one verb, right after a verb with no object, is that verb's object
    ("Bill Hale has led the Oscars orchestra for years. The decision to drown out or 'kill' the offending star with music "
     "is relayed from the director's box to the orchestra via Hale's earpiece.",
     ("decision", "be relayed to", "orchestra"), ("Bill Hale", "be relayed to", "orchestra")),
    # a show's title with "and" in it, a role and a name, read as a list of three subjects: one person
    ("And last week Only Kings and Queens star Tom Reed criticised the new channel for being too safe.",
     ("Tom Reed", "criticise", "new channel"), ("Only Kings", "criticise", "new channel")),
    # a participle of filling right after a place is said of the place, not of the sentence's subject
    ("Tom Evans perched on a stool as shoppers wandered around the open-fronted shop packed with his furniture.",
     ("open-fronted shop", "be packed with", "furniture"), ("Tom Evans", "pack with", "furniture")),
    # a person's title after "to" with a name right after it is the name's, no infinitive
    ("Tom Hale, who was married to actress Ann Cole, died on Friday.", ("Tom Hale", "be married to", "Ann Cole"), ("Tom Hale", "actress", "Ann Cole")),
    ("Fans paid tribute to singer Ian Dunn at the funeral.", ("fans", "pay tribute to", "Ian Dunn"), ("fans", "singer", "Ian Dunn")),
    ("Ann Cole will go on to coach England.", ("Ann Cole", "coach", "England"), None),  # a title that is a verb too stays one
    # a phrase of a body after the second of two nouns beside a name is the second's, when the first is a trade
    ("Tom Hale, a barrister and chairman of the Ramblers Association, said it was unfair.",
     ("Tom Hale", "chairman of", "Ramblers Association"), ("Tom Hale", "barrister of", "Ramblers Association")),
    ("Tom Hale, a lawyer and former director of Vodafone, said it was unfair.", ("Tom Hale", "former director of", "Vodafone"), None),
    ("Jean Smith, president and chief executive of Vivendi, said the firm would grow.", ("Jean Smith", "president of", "Vivendi"), None),
    # a post of a named body that is at another: the post is of the first
    ("Tom Hale, chairman of the Centre for Family Studies at the University of Leeds, spoke.",
     ("Tom Hale", "chairman of", "Centre for Family Studies"), ("Tom Hale", "chairman of", "University of Leeds")),
    # a post with its remit is the post; the same post without the remit is none ("UK chief executive", not the chief executive)
    ("Velta has drafted in its UK chief executive Tom Hale to run the Japanese arm.",
     ("Tom Hale", "UK chief executive of", "Velta"), ("Tom Hale", "chief executive of", "Velta")),
    # "its" post in a list of parties after a name is no post the name holds
    ("The regulator filed complaints against media giant Korvex Universal, its boss and another top executive.",
     None, ("Korvex Universal", "boss of", "regulator")),
])
def test_words_read_into_the_wrong_phrase(nlp, text, present, absent):
    found = facts(text, nlp)
    assert present is None or present in found, found
    assert absent is None or absent not in found, found


@pytest.mark.parametrize("text, present", [
    # a word of condition inside the sentence stays as it was
    ("The club said injured Leeds winger Tom Hale would miss the final.", ("Tom Hale", "winger of", "Leeds")),
    # a common noun made something: the fuller fact stays
    ("The council converted the depot into flats.", ("council", "convert depot into", "flats")),
    # a noun after "and" with no verb of its own stays the first clause's
    ("The grant will help farmers in Kent and the council.", ("grant", "help", "farmers")),
    # an -ing word with a determiner on its object stays a verb
    ("Korvex was praised for supporting the ruling party.", ("Korvex", "support", "ruling party")),
    # a word split at its hyphen is no aside
    ("Traders saw some profit - taking after prices had risen.", ("traders", "see", "profit - taking")),
    # a range of names across a dash stays one phrase
    ("Fans watched the Arsenal - Chelsea game.", ("fans", "watch", "Arsenal - Chelsea game")),
    # a nation's party before a group that holds no post stays in the group's label
    ("Scottish Labour MSPs backed the pension plan.", ("Scottish Labour MSPs", "back", "pension plan")),
    # a saint's name alone, or a town named after one, stays as it is
    ("St Helens beat Wigan at Knowsley Road.", ("St Helens", "beat", "Wigan")),
    ("Newcastle lost at St James' Park on Sunday.", ("Newcastle", "lose at", "St James' Park")),
    # a "who" after a place whose phrase hangs on one person is the place's, as it may be a side's
    ("The team beat a side from Wales who had won twice.", ("team", "beat", "side")),
])
def test_parses_that_stay(nlp, text, present):
    found = facts(text, nlp)
    assert present in found, found


@pytest.mark.parametrize("text, label, etype", [
    # a singular noun for a sportsperson right before a name makes it a person's, whatever the tagger said
    ("Swedish pole vault medallist Petra Kluft won in Oslo.", "Petra Kluft", "Person"),
    ("The rally was won by Finnish rally driver Aki Lehto.", "Aki Lehto", "Person"),
    # a name after "the" and a year is a thing of that year
    ("The 1959 Martin Drake was played by Tom Reed in Paris.", "Martin Drake", "Concept"),
])
def test_the_words_before_a_name_say_its_kind(nlp, text, label, etype):
    ex = extract_document(document_from_text(text, source="t.txt"), nlp)
    assert {e.label: e.type.value for e in ex.entities}.get(label) == etype


def _parsed(nlp, rows):
    """A Doc with the parse given row by row: (word, tag, pos, dep, head index)."""
    from spacy.tokens import Doc
    words, tags, pos, deps, heads = (list(column) for column in zip(*rows))
    return Doc(nlp.vocab, words=words, tags=tags, pos=pos, deps=deps, heads=heads)


def _no_cycle(doc) -> bool:
    for token in doc:
        seen, node = set(), token
        while node.head.i != node.i:
            if node.i in seen:
                return False
            seen.add(node.i)
            node = node.head
    return True


def test_a_position_read_as_the_root_gives_its_place_to_the_verb_after_the_name(nlp):
    # "Wales and Ospreys lock[VBP, root] Tom Hale has dismissed the reports": the name is the subject of "dismissed"
    doc = _parsed(nlp, [
        ("Wales", "NNP", "PROPN", "nsubj", 3), ("and", "CC", "CCONJ", "cc", 0), ("Ospreys", "NNP", "PROPN", "conj", 0),
        ("lock", "VBP", "VERB", "ROOT", 3), ("Tom", "NNP", "PROPN", "compound", 5), ("Hale", "NNP", "PROPN", "dobj", 3),
        ("has", "VBZ", "AUX", "aux", 7), ("dismissed", "VBN", "VERB", "ccomp", 3), ("the", "DT", "DET", "det", 9),
        ("reports", "NNS", "NOUN", "dobj", 7), (".", ".", "PUNCT", "punct", 3),
    ])
    positions_read_as_verbs(doc)
    assert _no_cycle(doc)
    assert (doc[5].dep_, doc[5].head.i) == ("nsubj", 7) and doc[7].dep_ == "ROOT" and doc[3].dep_ == "compound"


def test_a_verb_deeper_in_the_positions_tree_is_left_alone(nlp):
    # re-hanging the name on a verb under the position word would make a cycle: nothing moves
    doc = _parsed(nlp, [
        ("Lock", "VB", "VERB", "ROOT", 0), ("Tom", "NNP", "PROPN", "compound", 2), ("Hale", "NNP", "PROPN", "dobj", 0),
        ("says", "VBZ", "VERB", "relcl", 4), ("it", "PRP", "PRON", "dobj", 0), (".", ".", "PUNCT", "punct", 0),
    ])
    positions_read_as_verbs(doc)
    assert _no_cycle(doc) and doc[2].dep_ == "dobj"


@pytest.mark.parametrize("text, side", [
    # the two sides of a fixture are two names, and a side named alone elsewhere is not the fixture
    ("Cup draw\n\nRovers were drawn at home, while Wexley entertain Penbury at Mill Lane.\n\nKelworth v Penbury\n\nArlow v Stanmere\n",
     "Penbury"),
])
def test_the_sides_of_a_fixture_are_two_names(nlp, text, side):
    ex = extract_document(document_from_text(text, source="t.txt"), nlp)
    labels = {e.label for e in ex.entities}
    assert side in labels and not any(" v " in label for label in labels), labels
    names = {e.key: e.label for e in ex.entities}
    assert any(names.get(r.object) == side and r.predicate == "entertain" for r in ex.relations), ex.relations


def test_a_name_run_on_to_a_small_word_ends_before_it(nlp):
    # the tagger's "[the Institute for the Study of Trade at] [Leeds University]": no name ends on "at"
    from spacy.tokens import Span

    from kg.extract.name_openers import cut_name_openers
    doc = nlp("Tom Reed heads the Institute for the Study of Trade at Leeds University.")
    doc.set_ents([Span(doc, 0, 2, "PERSON"), Span(doc, 3, 11, "ORG"), Span(doc, 11, 13, "ORG")])
    cut_name_openers(doc)
    assert [e.text for e in doc.ents] == ["Tom Reed", "the Institute for the Study of Trade", "Leeds University"]


@pytest.mark.parametrize("text, kept, broken", [
    # a people's adjective before a person's name is no word of the name (a given name "German", tagged a name, is)
    ("Hungarian throwers Kovacs and Szabo both refused to give samples while Russian Orlova tested positive for a banned drug.",
     "Orlova", "Russian Orlova"),
    ("Economy minister German Volkov told the Izvestia newspaper that it was unjustified.", "German Volkov", "Volkov"),
    # "New" opening the sentence before a body and a post, when the article names the body without it
    ("New Leicester manager Tom Hale faces his old club Derby. Leicester were drawn at home to Derby.", "Leicester", "New Leicester"),
    ("New Zealand coach Tom Hale named his side. They play Wales on Saturday.", "New Zealand", "Zealand"),
])
def test_words_opening_a_name_that_are_not_of_it(nlp, text, kept, broken):
    labels = {e.label for e in extract_document(document_from_text(text, source="t.txt"), nlp).entities}
    assert kept in labels and broken not in labels, labels


def test_a_colon_title_the_sentence_wraps_round_is_left_as_parsed(nlp):
    # "films such as Kelso of The Glen and Tom Hale: The Long Summer": the words before the colon
    # hang on a word inside the title, through "Glen"; joining them would make a cycle
    from kg.extract.work_titles import colon_titles
    doc = _parsed(nlp, [
        ("films", "NNS", "NOUN", "ROOT", 0), ("such", "JJ", "ADJ", "amod", 2), ("as", "IN", "ADP", "prep", 0),
        ("Kelso", "NNP", "PROPN", "pobj", 2), ("of", "IN", "ADP", "prep", 3), ("The", "DT", "DET", "det", 9),
        ("Glen", "NNP", "PROPN", "amod", 9), ("and", "CC", "CCONJ", "cc", 6), ("Tom", "NNP", "PROPN", "conj", 6),
        ("Hale", "NNP", "PROPN", "pobj", 4), (":", ":", "PUNCT", "punct", 3), ("The", "DT", "DET", "det", 13),
        ("Long", "NNP", "PROPN", "compound", 13), ("Summer", "NNP", "PROPN", "appos", 3), (".", ".", "PUNCT", "punct", 0),
    ])
    colon_titles(doc)
    assert _no_cycle(doc)
