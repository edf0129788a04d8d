"""Extraction rules: short articles written for the tests -> the facts a reader would write down."""
from __future__ import annotations

import datetime as dt

import pytest

from kg.model import EntityType
from kg.pipeline.builder import extract_document
from kg.read.text import document_from_text

pytestmark = pytest.mark.model


def facts(text: str, nlp, date: dt.date | None = dt.date(2024, 3, 15)):
    """(subject label, predicate, object label, negated) of each relation."""
    ex = extract_document(document_from_text(text, source="t.txt", date=date), nlp)
    label = {e.key: e.label for e in ex.entities}
    return ex, {(label[r.subject], r.predicate, label[r.object], r.negated) for r in ex.relations}


@pytest.mark.parametrize(
    "text, expected",
    [
        # active voice, subject-verb-object
        ("Maria Lopez praised the new budget.", ("Maria Lopez", "praise", "new budget", False)),
        # a verb the rule lemmatizer cuts to another word ("fined" -> "fin") keeps its own lemma
        ("The league fined the club for the late kick-off.", ("league", "fine", "club", False)),
        ("The band staged a comeback concert in Leeds.", ("band", "stage", "comeback concert", False)),
        ("Critics are rating the new album highly.", ("critics", "rate", "new album", False)),
        ("The coach rates the young striker highly.", ("coach", "rate", "young striker", False)),
        # passive with agent: the agent is the subject
        ("The bridge was closed by the city council.", ("city council", "close", "bridge", False)),
        # participle with agent ("hostages freed by Hamas")
        ("Officials welcomed the sailors released by the navy.", ("navy", "release", "sailors", False)),
        # prepositional object
        ("Chancellor Olaf Weber arrived in Vienna.", ("Olaf Weber", "arrive in", "Vienna", False)),
        # phrasal verb
        ("The rescuers picked up the stranded hikers.", ("rescuers", "pick up", "stranded hikers", False)),
        # object control: urge X to do Y gives urge(S, X) and do(X, Y)
        ("Senator Jane Holt urged the regulator to review the merger.", ("Jane Holt", "urge", "regulator", False)),
        ("Senator Jane Holt urged the regulator to review the merger.", ("regulator", "review", "merger", False)),
        # subject control
        ("The union agreed to suspend the strike.", ("union", "agree to suspend", "strike", False)),
        # negation is kept as a negated statement
        ("The ministry did not approve the pipeline.", ("ministry", "approve", "pipeline", True)),
        # relative clause: the antecedent is the subject
        ("Farmers blocked the road that links Arlon to the border.", ("road", "link", "Arlon", False)),
        # coordination of objects gives two facts
        ("The mayor thanked the firefighters and the nurses.", ("mayor", "thank", "nurses", False)),
        # adjectival predicate
        ("The opposition remained opposed to the tax.", ("opposition", "remain opposed to", "tax", False)),
        # appositive role
        ("Catherine Doyle, the executive director of Oxfam, criticised the plan.", ("Catherine Doyle", "executive director of", "Oxfam", False)),
        # "once" before the post: no longer held
        ("Tom Hale, once the chairman of Korvex, was jailed in May.", ("Tom Hale", "former chairman of", "Korvex", False)),
        ("Ian Dunn, once Ruritania's richest man, was jailed in May.", ("Ian Dunn", "former richest man of", "Ruritania", False)),
        # a word that describes the holder is no part of the post
        ("Tom Hale, the straight-talking former head of Korvex, has died.", ("Tom Hale", "former head of", "Korvex", False)),
        # a superlative over the many of "one of" is no post of the one ("one of Ruritania's richest men")
        ("Ian Dunn, one of Ruritania's richest men, was jailed in May.", ("Ian Dunn", "rich man of", "Ruritania", False)),
        # a post in a part of a body names the part: head of its services, not head of the body
        ("Demand is weak, said Ian Hale, head of third party services at Korvex.",
         ("Ian Hale", "head of third party services at", "Korvex", False)),
        ("Ann Lee, director of marketing at Delco, said sales rose.", ("Ann Lee", "director of marketing at", "Delco", False)),
        ("Ian Hale, Delco's director of marketing, said sales rose.", ("Ian Hale", "director of marketing of", "Delco", False)),
        # clause frames shared with `kg openie` (kg.extract.clauses): raising out of a passive governor
        ("The ministry is expected to approve the pipeline.", ("ministry", "approve", "pipeline", False)),
        # a relative clause without a pronoun: the noun is its object
        ("The deal the ministry signed worried the farmers.", ("ministry", "sign", "deal", False)),
        # a relative clause or participle on a predicate noun is said of the subject
        ("Vantor is a company that builds satellites.", ("Vantor", "build", "satellites", False)),
        ("Vantor is a firm founded by Anna Berg.", ("Anna Berg", "found", "Vantor", False)),
        # a participle coordinated with a passive: its own agent, the shared patient
        ("The prisoners were freed by Hamas and flown to Cairo by the army.", ("army", "fly", "prisoners", False)),
        # a gerund after a passive verb's preposition is done by the passive subject
        ("Labour and the Greens were united in relying on fear.", ("Greens", "rely on", "fear", False)),
        # a purpose clause is done by the object when the object can act, else by the subject
        ("The president sent troops to protect civilians.", ("troops", "protect", "civilians", False)),
        ("The board hired a firm to audit the accounts.", ("firm", "audit", "accounts", False)),
        ("The council dragged millions of residents into the scheme to pay the levy.", ("residents", "pay", "levy", False)),
        ("The army must take every precaution to avoid harm to civilians.", ("army", "avoid", "harm", False)),
        # a to-phrase the parser marks as a dative: who the thing went to
        ("The envoy delivered a stern message to the Northern Council on Monday.",
         ("envoy", "deliver message to", "Northern Council", False)),
        # the country in a named company's description
        ("Australian mining firm Korvex Resources said Australia would gain.", ("Korvex Resources", "be based in", "Australia", False)),
        ("German carmaker BMW sold more cars.", ("BMW", "be based in", "Germany", False)),
        # so does the description set off after the name, which makes a name the tagger missed a company
        ("Velmora, the Italian dairy company, hopes to return to the stock market. The firm cut 500 jobs.",
         ("Velmora", "be based in", "Italy", False)),
        ("Velmora, the Italian dairy company, hopes to return to the stock market. The firm cut 500 jobs.",
         ("Velmora", "cut", "500 jobs", False)),
        # and whose it is
        ("Britain's biggest retailer, Tesco, posted record profits.", ("Tesco", "biggest retailer of", "Britain", False)),
        ("In 2003 Korvex acquired Chile's largest copper miner - Velta Holdings.",
         ("Velta Holdings", "largest copper miner of", "Chile", False)),
        # a participle right after the object describes the object, wherever the parser hangs it
        ("The firm is now selling a cheap phone based on old parts.", ("cheap phone", "base on", "old parts", False)),
        # a passive with no agent: what the state is about
        ("The valuation was based on lower copper prices.", ("valuation", "be based on", "lower copper prices", False)),
        ("The former minister was accused of fraud.", ("former minister", "be accused of", "fraud", False)),
        # "X-based"
        ("Shares in London-based Barrow Bank fell.", ("Barrow Bank", "be based in", "London", False)),
        # a based-in description of a name is the name's: in apposition, or with the name after it
        ("Group Menatep, the Gibraltar-based holding company, sued Russia.", ("Group Menatep", "be based in", "Gibraltar", False)),
        ("The London-based bank Barclays cut 500 jobs.", ("Barclays", "be based in", "London", False)),
        # a people's adjective before "-based" is its country
        ("Scottish-based band Snow Patrol played in Leeds.", ("Snow Patrol", "be based in", "Scotland", False)),
        ("Swiss-based Korvex bought the mine.", ("Korvex", "be based in", "Switzerland", False)),
        # a copula with a role noun
        ("Halden Mining is the largest producer of zinc.", ("Halden Mining", "largest producer of", "zinc", False)),
        # a facility name keeps its head noun
        ("Halden Mining owns the Karsk Valley mine.", ("Halden Mining", "own", "Karsk Valley mine", False)),
        # what a company has, and where: "with operations in", after a copula or an apposition
        ("Korvex is a mining group with operations in Chile, Peru and Ghana.", ("Korvex", "operations in", "Peru", False)),
        # a verb prefix the tokenizer splits off stays on the predicate
        ("While the unions are re-working their offer, the council waits.", ("unions", "re-work", "offer", False)),
        ("Velta, a Finnish bank with branches in Oslo and Riga, was sold.", ("Velta", "branches in", "Riga", False)),
        # a list of places whose second item the parser takes for an apposition is still a list
        ("Korvex is a mining group with operations in Australia, South Africa, Spain, Germany and the UK.",
         ("Korvex", "operations in", "Germany", False)),
        # "A and B-based X": both places
        ("The regulator approved the purchase of Velta by Zurich and London-based Korvex.",
         ("Korvex", "be based in", "Zurich", False)),
        ("The regulator approved the purchase of Velta by Zurich and London-based Korvex.",
         ("Korvex", "be based in", "London", False)),
        # "his party" is the party its possessor was said to lead or belong to
        ("Tom Reed, a member of the Green Party, said his party would oppose the pension plan.",
         ("Green Party", "oppose", "pension plan", False)),
        ("Sara Holt, the leader of the Reform Alliance, said her party was ready for the election.",
         ("Reform Alliance", "be ready for", "election", False)),
        # a rank hyphened onto a superlative stays with it: the fourth-largest is not the largest
        ("Velta Bank, Norway's fourth-largest lender, agreed a merger with Korvex.",
         ("Velta Bank", "fourth-largest lender of", "Norway", False)),
        # and so does one written apart
        ("Ruritania is the second largest producer of feta.", ("Ruritania", "second largest producer of", "feta", False)),
        ("Velta Bank, Norway's third biggest lender, agreed a merger with Korvex.",
         ("Velta Bank", "third biggest lender of", "Norway", False)),
        # what a named place or body is of another: an apposition either way round
        ("The strike closed Marseille, the main port of France, on Monday.", ("Marseille", "main port of", "France", False)),
        ("The state seized Velta's main refining arm, Norvik, last year.", ("Norvik", "main refining arm of", "Velta", False)),
        ("Arsenal's manager, Paul Dorn, praised the fans.", ("Paul Dorn", "manager of", "Arsenal", False)),
        # a company described before its name, whatever the tagger called the name
        ("The singer with British rock band Keel has left.", ("Keel", "be based in", "UK", False)),
        # members of a named body, each its own fact; "US" is the country, not "us"
        ("An alliance of the US, Canada and Mexico will share the data.", ("Canada", "member of", "alliance", False)),
        ("An alliance of the US, Canada and Mexico will share the data.", ("US", "member of", "alliance", False)),
        # a name hyphened to a participle did it, to the name after it
        ("Critics attacked Moscow-backed candidate Ian Dunn.", ("Moscow", "back", "Ian Dunn", False)),
        ("Critics attacked the UN-led mission in the north.", ("UN", "lead", "UN-led mission", False)),
        # a light verb and its noun are one predicate; a light noun is no thing
        ("The summit will take place in Lisbon next May.", ("summit", "take place in", "Lisbon", False)),
        ("The treaty came into force on Monday in Geneva.", ("treaty", "come into force in", "Geneva", False)),
        ("Investors lost the value of their shares.", ("investors", "lose", "shares", False)),
    ],
)
def test_relation_rules(nlp, text, expected):
    _, found = facts(text, nlp)
    assert expected in found, f"{expected} not in {sorted(found)}"


@pytest.mark.parametrize("text, word, node", [
    ("On some occasions the players had to travel by bus.", "occasions", False),
    ("Welch wanted to explain how he got to this place in life.", "place", False),
    ("The firm is studying the possibility of opening a plant.", "possibility", False),
    # however many or different: "more details", "the different ways", "people's lives"
    ("The auditors said they would study the information contained in the filing.", "information", False),
    ("The new report provided more details on the merger.", "details", False),
    ("Shoppers were confused by the different ways to pay.", "ways", False),
    ("Smartphones are a big part of people's lives.", "lives", False),
    # "a version of", "a generation of": the of-object is the thing
    ("Sony launched a cheaper version of its console.", "version", False),
    ("Two firms joined forces to develop a generation of mobile networks.", "generation", False),
    # but "a new version of", "the next generation of" is a thing of its own, which follows the one named
    # (seeds 2281 and 2287: "the next version of Windows (codenamed Longhorn)" is no Windows codenamed Longhorn)
    ("Sony launched a new version of its console.", "new version of its console", True),
    ("Two firms joined forces to develop the next generation of mobile networks.", "next generation of mobile networks", True),
    # a modifier that says which makes it a thing
    ("The results will include programme and episode information like the channel.", "programme and episode information", True),
    ("Korvex is weighing value-creating options.", "value-creating options", True),
    # a capitalised word completed by the number after it is one name
    ("Her debut single went straight into the Top 20.", "Top 20", True),
    ("Their new chart - the Pop 50 - also counts downloads.", "Pop 50", True),
])
def test_a_light_noun_is_no_node(nlp, text, word, node):
    ex, _ = facts(text, nlp)
    labels = [e.label for e in ex.entities]
    assert (word in labels if node else not any(word in label.split() for label in labels)), labels


def test_negated_fact_is_not_positive(nlp):
    _, found = facts("The ministry did not approve the pipeline.", nlp)
    assert ("ministry", "approve", "pipeline", False) not in found


def test_names_titles_and_surnames_merge(nlp):
    text = (
        "Prime Minister Anna Berg met President Luis Ortega in Madrid.\n\n"
        "Ms. Berg said the talks were useful. Mr. Ortega thanked Berg for the visit."
    )
    ex, found = facts(text, nlp)
    people = [e for e in ex.entities if e.type.value == "Person"]
    assert sorted(e.label for e in people) == ["Anna Berg", "Luis Ortega"]
    berg = next(e for e in people if e.label == "Anna Berg")
    assert {"Ms. Berg", "Prime Minister Anna Berg"} <= set(berg.aliases)
    assert ("Luis Ortega", "thank", "Anna Berg", False) in found


def test_a_body_named_for_a_person_keeps_its_short_name(nlp):
    # "Talbot" after the company "Henry Talbot" is the company; a later person of that surname is someone else
    text = ("Media group Henry Talbot has settled charges that it failed to disclose payments. Talbot failed to tell "
            "investors that it employed three children of directors. The firm has denied wrongdoing. The airline is "
            "owned by fellow former Talbot director Roy Talbot.")
    ex, _found = facts(text, nlp)
    company = next(e for e in ex.entities if e.label == "Henry Talbot")
    person = next(e for e in ex.entities if e.label == "Roy Talbot")
    assert company.type.value == "Organization" and "Talbot" in company.aliases
    assert person.type.value == "Person" and "Talbot" not in person.aliases


def test_same_surname_different_first_names_stay_apart(nlp):
    text = "Judith Marsh and her daughter, Natalie Marsh, were freed on Monday."
    ex, _ = facts(text, nlp)
    labels = {e.label for e in ex.entities if e.type.value == "Person"}
    assert {"Judith Marsh", "Natalie Marsh"} <= labels


def test_pronoun_prefers_subject_of_its_sentence(nlp):
    # Both are men, so only the subject preference decides: Berg, though Ortega is nearer.
    text = "Mr. Berg will discuss the plan with Mr. Ortega when he arrives in Lisbon."
    _, found = facts(text, nlp)
    assert ("Berg", "arrive in", "Lisbon", False) in found
    assert ("Ortega", "arrive in", "Lisbon", False) not in found


def test_a_pronoun_in_a_clause_under_object_control_is_the_object(nlp):
    # "urged the mayor to admit he ...": the one who admits is the mayor, though Berg is the subject
    text = "Mr. Berg spoke in Lisbon. He urged the mayor to admit he had blocked the new tram line."
    ex, found = facts(text, nlp)
    assert ("mayor", "block", "new tram line", False) in found
    assert ("Berg", "block", "new tram line", False) not in found
    assert next(e for e in ex.entities if e.label == "mayor").type.value == "Person"  # a role noun is somebody


def test_role_description_refers_to_titled_person(nlp):
    text = (
        "Secretary of State Mark Ellis visited Oslo.\n\n"
        "“We are making progress,” the secretary of state said."
    )
    ex = extract_document(document_from_text(text, source="t.txt"), nlp)
    label = {e.key: e.label for e in ex.entities}
    assert [(label[q.speaker], q.text[:9]) for q in ex.quotes] == [("Mark Ellis", "We are ma")]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("“We do not support a boycott,” said Lena Olsen, a spokeswoman for the Dock Workers Union.",
         ("Lena Olsen", "support", "boycott", True)),
        ("“I signed the contract,” said Kim Park.", ("Kim Park", "sign", "contract", False)),
        # one who speaks for a side, with no body named: their role (a minister's "we" is no one: see
        # test_pronoun_antecedents.test_we_of_a_speaker_without_a_body)
        ("A Velta spokesman said: “We will close the plant.”", ("Velta", "close", "plant", False)),
        # "we" is the body the speaker holds a role in, when the article names one
        ("“We will open a new plant,” said Ana Ruiz, chief executive of Norvale.", ("Norvale", "open", "new plant", False)),
        ("Harbour City manager Sam Blake said: “We lost the game.”", ("Harbour City", "lose", "game", False)),
        # "I" stays the speaker
        ("“I will open a new plant,” said Ana Ruiz, chief executive of Norvale.", ("Ana Ruiz", "open", "new plant", False)),
    ],
)
def test_first_person_in_quote_is_the_speaker(nlp, text, expected):
    _, found = facts(text, nlp)
    assert expected in found, found


@pytest.mark.parametrize(
    "text",
    [
        "“We had a mountain to climb,” said the striker Tom Reed.",
        "Tom Reed met the fans. “We got so many warm reactions,” he said.",
        "“We will look at a tour together,” wrote Mary Jones.",
    ],
)
def test_the_we_of_a_person_who_speaks_for_no_named_side_is_no_one(nlp, text):
    # a player's or a singer's "we" is a team or a band the text does not name, not the speaker alone
    _, found = facts(text, nlp)
    assert not [f for f in found if f[0] in ("Tom Reed", "Mary Jones") and f[1] != "meet"], found


def test_a_third_person_pronoun_in_a_quote_is_not_its_speaker(nlp):
    text = "Tom Reed met the envoy on Monday. “We worked with him to free the crew,” said Mr. Reed, a spokesman for Harbour Authority."
    _, found = facts(text, nlp)
    assert ("Tom Reed", "work with", "envoy", False) in found, found


@pytest.mark.parametrize(
    "text, speaker, starts",
    [
        ("“The road is open again,” the mayor, Tom Reed, said.", "Tom Reed", "The road"),
        ("Tom Reed said: “The road is open again.”", "Tom Reed", "The road"),
        ('"The road is open again," said Tom Reed.', "Tom Reed", "The road"),
        # split quote, speaker in the middle: one quote
        ("“The road is open,” Tom Reed said. “Drivers should still take care.”", "Tom Reed", "The road"),
        # unbalanced: the closing mark is missing
        ("“The road is open and drivers can use it again, Tom Reed said.", None, "The road"),
    ],
)
def test_quotes(nlp, text, speaker, starts):
    ex = extract_document(document_from_text(text, source="t.txt"), nlp)
    label = {e.key: e.label for e in ex.entities}
    assert len(ex.quotes) == 1
    quote = ex.quotes[0]
    assert quote.text.startswith(starts)
    if speaker is not None:
        assert label[quote.speaker] == speaker


def test_scare_quotes_are_not_quotations(nlp):
    ex = extract_document(document_from_text("Officials called for “humanitarian pauses” in the fighting.", source="t.txt"), nlp)
    assert ex.quotes == ()


def test_dates_resolve_against_the_article_date(nlp):
    # 15 March 2024 is a Friday
    text = "The envoy said Thursday that she will arrive in Oslo on Monday. The deal was signed on March 2."
    ex = extract_document(document_from_text(text, source="t.txt", date=dt.date(2024, 3, 15)), nlp)
    assert {(d.text, d.value.isoformat()) for d in ex.dates} >= {
        ("Thursday", "2024-03-14"), ("Monday", "2024-03-18"), ("March 2", "2024-03-02"),
    }


def test_every_relation_carries_its_sentence(nlp):
    text = "Maria Lopez praised the budget. The council rejected it."
    ex = extract_document(document_from_text(text, source="t.txt"), nlp)
    for rel in ex.relations:
        sentence = rel.sentence.of(ex.document.text)
        assert sentence in ("Maria Lopez praised the budget.", "The council rejected it.")
        assert 0 < rel.confidence <= 1


@pytest.mark.parametrize(
    "text, expected, absent",
    [
        # "it" as the organisation that is the subject just before
        ("The ministry announced new rules on Monday. It also banned night flights.", ("ministry", "ban", "night flights", False), None),
        # expletive "it" names nothing
        ("The council met. It is important that the mayor resigns.", None, "important"),
        # an object "it" repeats the object of a clause joined to its own, when one doer does both
        ("While Peru has signed the treaty, it has never ratified it.", ("Peru", "ratify", "treaty", True), None),
        ("The company bought the factory in 2001 and sold it last year.", ("company", "sell", "factory", False), None),
        ("The bakery closed the shop but reopened it in May.", ("bakery", "reopen", "shop", False), None),
    ],
)
def test_it(nlp, text, expected, absent):
    ex, found = facts(text, nlp)
    if expected:
        assert expected in found
    if absent:
        assert not any(absent in e.label for e in ex.entities)


def test_an_it_opening_a_small_clause_repeats_no_object(nlp):
    _, found = facts("The storm hit the town in May and made it the worst month on record.", nlp)
    assert not any(f[1] == "make" for f in found), found  # "made it the worst month": not "made the town"


def test_nickname_introduced_by_the_text(nlp):
    text = (
        "President Anna Berg spoke about Prime Minister Oskar Lindqvist, using his nickname.\n\n"
        "“I told Ossi that we must act,” Ms. Berg said."
    )
    ex = extract_document(document_from_text(text, source="t.txt"), nlp)
    oskar = next(e for e in ex.entities if e.label == "Oskar Lindqvist")
    assert "Ossi" in oskar.aliases


def test_according_to_is_a_source_not_a_fact(nlp):
    ex, found = facts("The rebels released twelve prisoners on Monday, according to the Red Cross.", nlp)
    assert ("rebels", "release", "twelve prisoners", False) in found
    assert not any(p.startswith("accord") for _, p, _, _ in found)
    label = {e.key: e.label for e in ex.entities}
    (release,) = [r for r in ex.relations if r.predicate == "release"]
    assert label[release.attributed_to] == "Red Cross"


def test_surname_typed_otherwise_and_first_name_alone_join_the_person(nlp):
    text = (
        "Conte denied the claims on Monday.\n\n"
        "Victor Conte, who runs the laboratory, said he would sue. Ms. Marion Jones won three gold medals in Sydney. "
        "Marion said she was pleased."
    )
    ex, _ = facts(text, nlp)
    people = {e.label: e for e in ex.entities if e.type.value == "Person"}
    assert "Victor Conte" in people and "Conte" in people["Victor Conte"].aliases
    assert "Marion" in people["Marion Jones"].aliases
    assert not any(e.label == "Conte" for e in ex.entities)


def test_a_body_named_after_a_person_stays_the_body(nlp):
    """"Indie rock band Marrow", named after "Lena Marrow": the band's name is no bare surname of hers."""
    text = ("Indie rock band Marrow built up a cult following in 2004. The band's name was inspired by Lena Marrow, "
            "a poet from Ohio. Marrow will headline the festival in June.")
    _, found = facts(text, nlp)
    assert ("Marrow", "headline", "festival", False) in found and ("Lena Marrow", "headline", "festival", False) not in found, found


@pytest.mark.parametrize(
    "text, kept, dropped",
    [
        # "other officials" names nobody in particular: no node, no fact about it
        ("Minister Ana Ruiz met other officials in Porto.", None, "other officials"),
        ("The envoy delivered a similar message to the council.", None, "similar message"),
        ("Another ship reached the port of Split.", None, "Another ship"),
        # nor do "others", "everyone", "someone": whoever they are, the sentence does not say
        ("The Korvex board will sue Delco and others.", ("Korvex board", "sue", "Delco", False), "others"),
        ("Others criticised the plan to close the Velta plant.", None, "others"),
        # "such" points back at what the text named: kept, as that thing
        ("The charity called for pauses. Aid groups also called for such pauses.",
         ("aid groups", "call for", "pauses", False), None),
    ],
)
def test_non_specific_nouns_are_no_entities(nlp, text, kept, dropped):
    ex, found = facts(text, nlp)
    if kept:
        assert kept in found, f"{kept} not in {sorted(found)}"
    if dropped:
        assert not any(dropped.lower() in e.label.lower() for e in ex.entities)
        assert not any(dropped.lower() in (s + " " + o).lower() for s, _, o, _ in found)


@pytest.mark.parametrize(
    "text, kept, dropped",
    [
        # a to-phrase after a noun that takes one belongs to the noun, wherever the parser hangs it
        ("The army must take every precaution to avoid harm to civilians.", ("army", "avoid", "harm", False),
         ("army", "avoid to", "civilians", False)),
        ("The regulator blocked access to the archive.", ("regulator", "block", "access to the archive", False),
         ("regulator", "block to", "archive", False)),
        # an on-phrase right after a noun that takes one is the noun's: "a moratorium on repayments"
        ("The lenders agreed to a moratorium on repayments for the flooded towns.",
         ("lenders", "agree to", "moratorium", False), ("lenders", "agree on", "repayments", False)),
        ("The ministers agreed on a new budget.", ("ministers", "agree on", "new budget", False), None),
        ("The charter came into effect on ratification.", ("charter", "come into effect on", "ratification", False), None),
        # other verbs keep their to-phrase, with their object's noun: "move troops to the border"
        ("The army moved troops to the border.", ("army", "move troop to", "border", False), None),
        # a verb that judges someone: the for-phrase is why, said of the one judged
        ("The coach, Lena Ruiz, hailed Tom Reed for his late goal.", ("Lena Ruiz", "hail", "Tom Reed", False),
         ("Lena Ruiz", "hail for", "late goal", False)),
        ("The minister blamed the builders for the long delay.", ("minister", "blame", "builders", False),
         ("minister", "blame for", "long delay", False)),
        ("Velta boss Tom Hale rapped his captain Ian Dunn for his comments.", ("Tom Hale", "rap", "Ian Dunn", False),
         ("Tom Hale", "rap captain for", "comments", False)),
        ("The league banned Ana Ruiz for six matches.", ("league", "ban", "Ana Ruiz", False), ("league", "ban for", "six matches", False)),
        # with no object, or in the passive, the for-phrase is the fact's
        ("The airline apologised for the long delay.", ("airline", "apologise for", "long delay", False), None),
        ("Tom Reed was hailed for his late goal.", ("Tom Reed", "be hailed for", "late goal", False), None),
        # nor does a verb inside the marks share the subject of one outside them
        ("Senators filed a motion “for peace in Israel and occupied Palestine.”",
         ("senators", "file", "motion", False), ("senators", "occupy", "Palestine", False)),
        # a place before a comma is no second base: "In Paris, London-based Korvex"
        ("In Paris, London-based Korvex bought Velta.", ("Korvex", "be based in", "London", False),
         ("Korvex", "be based in", "Paris", False)),
        # without quote marks, coordination still gives two facts
        ("The mayor thanked the firefighters and the nurses.", ("mayor", "thank", "nurses", False), None),
        # a with-phrase beside an object: a means or a manner is no argument; a partner keeps the object's noun
        ("Tom Hale took the lead with a superb backhand pass.", ("Tom Hale", "take", "lead", False),
         ("Tom Hale", "take with", "superb backhand pass", False)),
        ("Velta completed the rout with a fine drive.", ("Velta", "complete", "rout", False), ("Velta", "complete with", "fine drive", False)),
        ("Carol Hale started a band with Ian Dunn.",
         ("Carol Hale", "start band with", "Ian Dunn", False), ("Carol Hale", "start with", "Ian Dunn", False)),
        # a for-phrase beside a name or a list says nothing without it; a price still does
        ("Tom Hale scooped the Golden Globe and the Bafta for the role.",
         ("Tom Hale", "scoop", "Golden Globe", False), ("Tom Hale", "scoop for", "role", False)),
        ("The coach introduced Ian Dunn for Tom Reed.", ("coach", "introduce", "Ian Dunn", False), ("coach", "introduce for", "Tom Reed", False)),
        ("Velta sold the Korvex unit for $2bn.", ("Velta", "sell for", "$2bn", False), None),
        # a "which" the clause after a game's place has for its object is the game, not the place
        ("Ana Ruiz praised the match at Wembley, which Velta won.", ("Velta", "win", "match", False), ("Velta", "win", "Wembley", False)),
        ("The claims came after the game at Harbury, which Velta lost.", ("Velta", "lose", "game", False),
         ("Velta", "lose", "Harbury", False)),
        # but a clause with the place for its subject is the place's
        ("Tom Reed scored in the final at Velta Park, which holds 30,000 fans.", ("Velta Park", "hold", "30,000 fans", False), None),
        # a thing two names joined by "and" own is the object, not the first name; a person is two people
        ("Velta ended Tom Reed and Ian Dunn's hopes with a late goal.", ("Velta", "end", "Tom Reed and Ian Dunn's hopes", False),
         ("Velta", "end", "Tom Reed", False)),
        ("Velta signed Tom Reed and Ian Dunn's brother.", ("Velta", "sign", "Tom Reed", False), None),
        ("Harbury unveiled a robot to rival Velta's Asimo and Korvex's Qrio robots.", ("Harbury", "rival", "Asimo", False), None),
        # where a missed shot went stays with the verb: the shot was missed, not taken
        ("Tom Hale pushed an easy penalty wide.", ("Tom Hale", "push wide", "easy penalty", False),
         ("Tom Hale", "push", "easy penalty", False)),
        # where a goal put a side stays with the verb: the side was put ahead, not put
        ("Harbury drew level late on, after Tom Hale had put Velta ahead.", ("Tom Hale", "put ahead", "Velta", False),
         ("Tom Hale", "put", "Velta", False)),
        ("Tom Hale put Velta ahead with a fine header.", ("Tom Hale", "put ahead", "Velta", False), None),
        # beating rivals to something is winning it
        ("Ana Ruiz beat Carol Hale and Tom Reed to the best actress prize.", ("Ana Ruiz", "win", "best actress prize", False),
         ("Ana Ruiz", "beat to", "best actress prize", False)),
        ("Ana Ruiz was beaten to the title by Carol Hale.", ("Carol Hale", "win", "title", False), ("Carol Hale", "beat to", "title", False)),
        # an including-phrase lists examples of something, no argument of the verb's
        ("Velta has endured a hard year, including a row with Korvex.", ("Velta", "endure", "row", False),
         ("Velta", "endure including", "row", False)),
        # beside what a verb of relying relies on, a for-phrase says what that is for
        ("Delcorp is relying on new treatments for conditions such as asthma to lift growth.",
         ("Delcorp", "rely on", "new treatments", False), ("Delcorp", "rely for", "conditions", False)),
        ("Delcorp is relying on new drugs for growth after several poor years.", ("Delcorp", "rely on", "new drugs", False),
         ("Delcorp", "rely for", "growth", False)),
        # of two objects side by side, the first is who is given the second
        ("The Velta channel is offering its subscribers the chance to vote online.",
         ("channel", "offer chance to", "subscribers", False), ("channel", "offer", "subscribers", False)),
        # unless the verb takes the phrase as a second object, or it names an ailment
        ("The Velta board replaced the old logo with a red star.", ("Velta board", "replace logo with", "red star", False), None),
        ("Tom Reed missed the game with a hamstring injury.", ("Tom Reed", "miss with", "hamstring injury", False), None),
    ],
)
def test_attachment_repairs(nlp, text, kept, dropped):
    _, found = facts(text, nlp)
    assert kept in found, f"{kept} not in {sorted(found)}"
    if dropped:
        assert dropped not in found


def test_punctuation_and_amount_units_are_no_entities(nlp):
    ex, _ = facts("The resolution called for immediate de-escalation and a cease-fire.", nlp)
    assert all(any(ch.isalnum() for ch in e.label) for e in ex.entities)
    ex, _ = facts("Underlying pre-tax profits rose to £300m, while Korvex bought Velta in turn.", nlp)
    labels = {e.label for e in ex.entities}
    assert not labels & {"m", "£", "300", "300m", "£300"}  # the pieces of an amount are no nodes
    assert {"Korvex", "Velta", "£300m"} <= labels  # the amount as written is one (see test_amounts)



def test_a_negated_copula_has_no_with_relation(nlp):
    _, found = facts("Korvex is not a group with operations in Chile.", nlp)
    assert not any(p == "operations in" for _, p, _, _ in found)


def test_a_recipient_without_the_thing_given_is_no_patient(nlp):
    # the small model sometimes loses "the report" to another clause; "us" alone is not what was brought
    _, found = facts("The ministry that brought us this report is now publishing a second one.", nlp)
    assert not any(p == "bring" and o in ("us", "we") for _, p, o, _ in found)


@pytest.mark.parametrize(
    "text, names",
    [
        # a party named with "Party" and by its members, or in the singular and the plural, is one
        ("The Green Party won two seats. The Greens said they would cut fares.", {"Green Party", "Greens"}),
        # and named by its members in the singular and the plural
        ("The Tories gained seats. Tory leaders met in Bath.", {"Tories", "Tory"}),
    ],
)
def test_one_organisation_however_its_name_is_inflected(nlp, text, names):
    ex, _ = facts(text, nlp)
    holding = [e for e in ex.entities if names & {e.label, *e.aliases}]
    assert len(holding) == 1 and names <= {holding[0].label, *holding[0].aliases}, [(e.label, e.aliases) for e in ex.entities]


@pytest.mark.parametrize(
    "text, kept, dropped",
    [
        # what was done to the subject of "have" or "get" is no having of it
        ("Ana Ruiz has had a bucket of paint thrown over her by a protester.", None, ("Ana Ruiz", "have", "bucket of paint")),
        ("Tom Hale had his car stolen last week.", None, ("Tom Hale", "have", "car")),
        # but a state is: a plant based somewhere is a plant one has
        ("Velta has a plant based in Leeds.", ("Velta", "have", "plant"), None),
    ],
)
def test_an_experience_is_no_having(nlp, text, kept, dropped):
    _, found = facts(text, nlp)
    triples = {(s, p, o) for s, p, o, _ in found}
    assert (kept is None or kept in triples) and (dropped is None or dropped not in triples), triples


def test_a_people_is_not_a_company_named_after_it(nlp):
    # "the Americans" (a team, a nation) are not American Airlines, whose name without "Airlines" is "American"
    ex, _ = facts("American Airlines cut 500 jobs. The Americans named an unchanged team for the final.", nlp)
    airline = next(e for e in ex.entities if e.label == "American Airlines")
    assert "Americans" not in airline.aliases, [(e.label, e.aliases) for e in ex.entities]



def test_his_party_without_a_known_party_stays_a_description(nlp):
    ex, found = facts("Tom Reed said his party would oppose the pension plan.", nlp)
    assert ("party", "oppose", "pension plan", False) in found


def test_his_office_is_not_the_party_he_leads(nlp):
    # a leader's office is his own staff, not the party "his party" would be
    ex, found = facts("Reform Alliance leader Tom Reed gave a donation to his office.", nlp)
    assert ("Tom Reed", "leader of", "Reform Alliance", False) in found
    assert not any(o == "Reform Alliance" for s, p, o, _ in found if p.startswith("give")), found


def test_a_role_in_apposition_makes_a_name_a_person(nlp):
    # the small model tags "Sara Holt" as an organisation here; "the leader of" says otherwise
    ex, found = facts("Sara Holt, the leader of the Reform Alliance, said her party was ready for the election.", nlp)
    assert ("Sara Holt", "leader of", "Reform Alliance", False) in found
    assert next(e for e in ex.entities if e.label == "Sara Holt").type.value == "Person"


def test_a_participle_after_the_object_is_not_said_of_the_subject(nlp):
    _, found = facts("The agency is now issuing a dodgy forecast based on dodgy figures.", nlp)
    assert ("dodgy forecast", "base on", "dodgy figures", False) in found
    assert not any(s == "agency" and p == "base on" for s, p, _, _ in found)


def test_coordination_does_not_cross_a_quotation_mark(nlp):
    """The parse the small model gives the NYT's "introduced a resolution “calling for ... and a
    cease-fire”", fixed here so that the test does not depend on the model: the quoted noun is
    joined to the object outside the marks, and is still not what was introduced."""
    from spacy.tokens import Doc

    from kg.extract import resolve
    from kg.extract import rules as extract

    text = "Lawmakers introduced a resolution “calling for calm and a truce.”"
    words = ["Lawmakers", "introduced", "a", "resolution", "“", "calling", "for", "calm", "and", "a", "truce", ".", "”"]
    spaces = [True, True, True, True, False, True, True, True, True, True, False, False, False]
    heads = [1, 1, 3, 1, 5, 3, 5, 6, 3, 10, 3, 1, 1]
    deps = ["nsubj", "ROOT", "det", "dobj", "punct", "acl", "prep", "pobj", "cc", "det", "conj", "punct", "punct"]
    pos = ["NOUN", "VERB", "DET", "NOUN", "PUNCT", "VERB", "ADP", "NOUN", "CCONJ", "DET", "NOUN", "PUNCT", "PUNCT"]
    tags = ["NNS", "VBD", "DT", "NN", "``", "VBG", "IN", "NN", "CC", "DT", "NN", ".", "''"]
    lemmas = ["lawmaker", "introduce", "a", "resolution", "“", "call", "for", "calm", "and", "a", "truce", ".", "”"]
    doc = Doc(nlp.vocab, words=words, spaces=spaces, heads=heads, deps=deps, pos=pos, tags=tags, lemmas=lemmas)
    doc.user_data["offset"] = 0
    document = document_from_text(text, source="t.txt")
    assert document.text == doc.text
    ex = resolve.resolve(extract.extract(document, [doc]))
    label = {e.key: e.label for e in ex.entities}
    found = {(label[r.subject], r.predicate, label[r.object]) for r in ex.relations}
    assert ("lawmakers", "introduce", "resolution") in found
    assert ("lawmakers", "introduce", "truce") not in found



def test_a_description_opening_a_sentence_is_labelled_as_anywhere_else(nlp):
    """"Mediators press ..." and "the mediators" are one node, labelled in lower case, so that
    separate builds agree on its label; a description is its article's own node (scope)."""
    ex = extract_document(document_from_text(
        "Mediators met the rebel leaders on Monday. The rebel leaders thanked the mediators.", source="t.txt"), nlp)
    labels = {e.label: e for e in ex.entities}
    assert "mediators" in labels and "Mediators" not in labels
    assert labels["mediators"].scope == ex.document.id


def test_a_country_is_one_node_by_its_short_names(nlp):
    ex, _ = facts("The US will lead the effort. Critics said America wanted to control the aid.", nlp)
    places = [e for e in ex.entities if e.label in ("US", "America")]
    assert len(places) == 1 and set(places[0].aliases) | {places[0].label} == {"US", "America"}


@pytest.mark.parametrize("text, absent", [
    # a title word the tagger reads as a verb opens a title, not a clause
    ("Voters liked the poster showing shadow chancellor Oliver Letwin.", ("poster", "shadow", "Oliver Letwin")),
    ("Wales rugby union captain Gareth Hale has targeted a win over France.", ("Wales", "rugby", "union captain")),
    # an example after "like" is done by nobody the sentence names
    ("The makers added new features, like rotating screens and bigger keys.", ("makers", "rotate", "rotating screens")),
])
def test_what_is_not_a_clause(nlp, text, absent):
    _, found = facts(text, nlp)
    assert not any((s, p) == absent[:2] for s, p, _, _ in found), sorted(found)


def test_a_day_before_a_name_is_not_part_of_it(nlp):
    ex, _ = facts("On Tuesday Mitsubishi said its profits rose.", nlp)
    assert not any("Tuesday" in e.label for e in ex.entities), [e.label for e in ex.entities]


@pytest.mark.parametrize("text, expected", [
    # a described person opening a clause is the one person in focus ("the guitarist", not in a quote)
    ("Tom Hale has left the band Vexa. The guitarist thanked the fans.", ("Tom Hale", "thank", "fans", False)),
    # ... and one titled by a body, the person named beside it in its sentence
    ("Tom Hale was sent off for wrestling the ball away from Ian Dunn and leaving the Leeds keeper on the ground.",
     ("Ian Dunn", "keeper of", "Leeds", False)),
])
def test_a_described_person_is_the_person_in_focus(nlp, text, expected):
    _, found = facts(text, nlp)
    assert expected in found, sorted(found)


@pytest.mark.parametrize("text, absent", [
    # with two or more people in view and none described so, a description is a guess: given to nobody
    # (measured on the audits' articles, the last subject was the wrong one more often than the right one)
    ("Maria Lopez beat Serena Williams in the final. The 2019 champion claimed her fifth title.",
     {("Maria Lopez", "claim", "fifth title", False), ("Serena Williams", "claim", "fifth title", False)}),
    ("Ann Cole crossed for Tom Hale. The midfielder struck a long shot which the keeper tipped over.",
     {("Ann Cole", "strike", "long shot", False), ("Tom Hale", "strike", "long shot", False)}),
])
def test_a_description_with_several_people_in_view_is_nobody(nlp, text, absent):
    _, found = facts(text, nlp)
    assert not absent & found, sorted(found)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The island trades with the rest of the world.", ("island", "trade with", "rest of the world", False)),
        ("The league paid the remainder of the debt.", ("league", "pay", "remainder of the debt", False)),
    ],
)
def test_the_rest_of_something_is_not_the_thing(nlp, text, expected):
    _, found = facts(text, nlp)
    assert expected in found, found


@pytest.mark.parametrize(
    "text, expected",
    [
        # a small clause after make/keep: the thing that ends up so
        ("The new lights made the streets safer.", ("new lights", "make safer", "streets", False)),
        # an opinion goes into the predicate; what it is of is the argument
        ("The minister gave his view on the merger.", ("minister", "give view on", "merger", False)),
        ("The court changed its position on the ban.", ("court", "change position on", "ban", False)),
        ("Lena Fox will not commit to an opinion of the festival.", ("Lena Fox", "commit to opinion of", "festival", True)),
    ],
)
def test_small_clauses_and_opinions(nlp, text, expected):
    _, found = facts(text, nlp)
    assert expected in found, found


@pytest.mark.parametrize(
    "text, expected",
    [
        # a capitalised word before a lower-case role noun names the body, tagged or not
        ("The side was praised by Harbour boss Tom Reed on Sunday.", ("Tom Reed", "boss of", "Harbour", False)),
        ("Rovers' manager Sam Blake said the pitch was poor.", ("Sam Blake", "manager of", "Rovers", False)),
        ("Delta striker Kim Park scored twice.", ("Kim Park", "striker of", "Delta", False)),
        # a word of tenure before the title stays in the role: a post left is not held now
        ("Former Harbour boss Tom Reed said the pitch was poor.", ("Tom Reed", "former boss of", "Harbour", False)),
        ("The fans cheered former Delta striker Kim Park.", ("Kim Park", "former striker of", "Delta", False)),
        ("Outgoing Rovers chairman Sam Blake signed the papers.", ("Sam Blake", "outgoing chairman of", "Rovers", False)),
        # a dash that opens a line of a list is no part of the body's name
        ("- Preston manager Sam Blake said the pitch was poor.", ("Sam Blake", "manager of", "Preston", False)),
        # so does "shadow": an opposition post is not the office
        ("Shadow Treasury chief secretary Ana Ruiz attacked the budget.", ("Ana Ruiz", "shadow chief secretary of", "Treasury", False)),
        # and a rank before the body: a deputy is no leader
        ("Deputy Labour leader Tom Reed spoke first.", ("Tom Reed", "deputy leader of", "Labour", False)),
        ("Mr Blake met deputy Rovers chairman Sam Kerr.", ("Sam Kerr", "deputy chairman of", "Rovers", False)),
    ],
)
def test_a_role_before_a_name_ties_the_person_to_the_body(nlp, text, expected):
    _, found = facts(text, nlp)
    assert expected in found, found


@pytest.mark.parametrize("text", [
    "Trade minister Ana Ruiz opened the fair.",
    "Shadow Home Secretary Ana Ruiz opened the fair.",  # tagged a body: "Shadow Home"
    "They insulted current Supreme Leader Ayatollah Ali Khamenei.",  # tagged a body: "Supreme"
    "He met Supreme Leader Ali Khamenei in Tehran.",
])
def test_a_brief_before_a_role_is_no_body(nlp, text):
    _, found = facts(text, nlp)
    assert not any(f[1].endswith(("minister of", "secretary of", "leader of")) for f in found), found


@pytest.mark.parametrize("text, present, absent", [
    # an envoy is sent to one body by another: "ambassador to" the one, "ambassador of" the other
    ("Tom Hale, Britain's ambassador to the UN, said the bid failed.", ("Tom Hale", "ambassador to", "UN"), ("Tom Hale", "ambassador of", "UN")),
    ("Carlo Trojan, the EU ambassador to the WTO, said the bid must be treated independently.",
     ("Carlo Trojan", "ambassador of", "EU"), ("Carlo Trojan", "ambassador of", "WTO")),
    ("\"Growth is strong,\" said Paul Boateng, chief secretary to the Treasury.", ("Paul Boateng", "chief secretary to", "Treasury"),
     ("Paul Boateng", "chief secretary of", "Treasury")),
])
def test_a_post_to_a_body_is_no_post_of_it(nlp, text, present, absent):
    _, found = facts(text, nlp)
    assert present in {f[:3] for f in found} and absent not in {f[:3] for f in found}, found


@pytest.mark.parametrize(
    "text, word, inside",
    [
        ("She met Walking In The Rain director Lars Holm.", "Rain", True),  # a film's title
        ("She met Harbour boss Tom Reed.", "Harbour", False),
    ],
)
def test_a_word_of_a_title_before_a_role_is_no_body(nlp, text, word, inside):
    from kg.extract.posts import inside_title

    doc = nlp(text)
    assert inside_title(next(t for t in doc if t.text == word)) is inside


@pytest.mark.parametrize(
    "text, expected, absent",
    [
        # "used X to do Y": the user does Y, not X
        ("The club used the money to buy a new striker.", ("club", "buy", "new striker", False), "money"),
        ("The airline plans to use the cash to cut its debt.", ("airline", "cut", "debt", False), "cash"),
        # a past form after a noun the parser tied to an earlier verb is the noun's own clause
        ("The villagers found the wreck, and the police called in divers.", ("police", "call in", "divers", False), None),
    ],
)
def test_the_doer_of_a_purpose_and_a_misread_clause(nlp, text, expected, absent):
    _, found = facts(text, nlp)
    assert expected in found, found
    if absent:
        assert not any(f[0] == absent for f in found), found


@pytest.mark.parametrize(
    "text, expected",
    [
        # a named place after a named thing or a site says where it is
        ("The firm owns the Kestrel Ridge mine in Western Australia.", ("Kestrel Ridge mine", "be in", "Western Australia")),
        ("The Halden Institute in Oslo published the study.", ("Halden Institute", "be in", "Oslo")),
        ("The guests met at the Academy's headquarters in Beverly Hills.", ("Academy", "have headquarters in", "Beverly Hills")),
    ],
)
def test_a_named_place_after_a_thing_locates_it(nlp, text, expected):
    _, found = facts(text, nlp)
    assert (*expected, False) in found, found


@pytest.mark.parametrize(
    "text",
    [
        "Prices in Asia rose sharply on Monday.",  # where something happened, no thing located
        "A storm hit a fishing village in Norway.",  # a thing no name identifies
        "They opened offices in Lyon in France and Porto in Portugal.",
    ],
)
def test_no_location_for_events_or_a_farther_phrase(nlp, text):
    _, found = facts(text, nlp)
    assert not any(f[1] == "be in" and f[2] == "Portugal" and f[0] != "Porto" for f in found), found
    assert not any(f[1] == "be in" and f[0] in ("prices", "fishing village") for f in found), found


def test_a_person_named_in_full_stays_a_person(nlp):
    # a role word opening the sentence is no part of the name; the surname alone, opening a sentence
    # or tagged as a body, is still the person; and so "he" has someone to stand for
    text = ("Novelist Arthur Brenning has died at the age of 84. Born in Luton, Brenning was the only child of a miner. "
            "Brenning emigrated to Canada in 1947. In 1950 Brenning worked as a screenwriter before turning to novels. "
            "By 1960 Brenning had sold a million books. He served as a pilot in the war.")
    ex, found = facts(text, nlp)
    people = [e for e in ex.entities if "Brenning" in e.label]
    assert [(e.label, e.type) for e in people] == [("Arthur Brenning", EntityType.PERSON)]
    for fact in (("emigrate to", "Canada"), ("work as", "screenwriter"), ("serve as", "pilot")):
        assert ("Arthur Brenning", *fact, False) in found, sorted(found)


def test_a_body_reporting_what_is_done_to_it_is_its_it(nlp):
    # "it" as the passive subject of what a body claims is that body, and an "its" after that it is the same,
    # though the tagger called the body's name a person's and a body was named before
    text = ("Menatep, Yanok main shareholders' group, has also threatened legal action. Yanok claims that it is being "
            "punished for the political ambitions of its founder, Mikhail Khodorkovsky.")
    _ex, found = facts(text, nlp)
    assert ("Yanok", "be punished for", "political ambitions", False) in found, sorted(found)
    assert ("Mikhail Khodorkovsky", "founder of", "Yanok", False) in found, sorted(found)
    assert ("Mikhail Khodorkovsky", "founder of", "Menatep", False) not in found, sorted(found)


def test_an_it_that_speaks_is_no_person_who_spoke(nlp):
    # "It says" after a person's quote is the body, and so is the it of what it says
    text = ('"Creditors would seek strong sanctions against Korvex," said Tom Hale, governor of the Velta bank. Korvex has '
            'said further help could hurt its credibility. It says it wants fair guidelines on the burden.')
    _ex, found = facts(text, nlp)
    assert ("Korvex", "want", "fair guidelines", False) in found and ("Tom Hale", "want", "fair guidelines", False) not in found, found


def test_a_body_reporting_on_itself_is_its_it(nlp):
    # "it" in what a body argues or maintains is that body, also in a clause joined to the reported
    # one; and a one-word name the tagger calls a person is the body its description said it is
    text = ("Russian oil firm Yanok has sued a German bank. Yanok says the bank helped Rosneft buy Tomskgaz, its main unit. "
            "Yanok argued that since it had a US subsidiary and local bank accounts, the court could hear the case. "
            "Yanok maintains that it filed for bankruptcy in the US because it feared the Russian courts.")
    ex, found = facts(text, nlp)
    assert [e.type for e in ex.entities if e.label == "Yanok"] == [EntityType.ORGANIZATION]
    for fact in (("have", "US subsidiary"), ("have", "local bank accounts"), ("file for", "bankruptcy")):
        assert ("Yanok", *fact, False) in found, sorted(found)
