"""Verb repairs (kg.extract.repair_verbs): a verb split at its prefix's hyphen is one verb again,
a verb after "had no choice but to" is the act of the one who had no choice, and a time clause
the parser read as a preposition with a noun gets its verb and subject back, and the adverb of a
phrasal-prepositional verb ("went back on") is part of the verb. Each table has
sentences the model misparses so, checked on the repaired tree and on the facts."""
from __future__ import annotations

import pytest

from kg.extract.parse import parse
from kg.read.text import document_from_text
from tests.extract.test_pronoun_antecedents import triples as facts
from tests.extract.test_repair import _token

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, stem, fact", [
    # the prefix, the hyphen and the stem hung side by side as clauses of the reporting verb
    ("He said that the group will co-operate with police.", "operate", ("group", "co-operate with", "police")),
    ("The mayor announced that a panel of experts will co-ordinate the clean-up.", "ordinate",
     ("panel of experts", "co-ordinate", "clean-up")),
    # the prefix read as the complement of "is": "is" is the participle's auxiliary
    ("Aid went to the Red Cross, which is co-ordinating the relief effort, on Monday.", "ordinating",
     ("Red Cross", "co-ordinate", "relief effort")),
])
def test_prefixed_verb_is_one_verb(nlp, text, stem, fact):
    token = _token(text, stem, nlp)
    prefix, hyphen = token.doc[token.i - 2], token.doc[token.i - 1]
    assert prefix.head.i == token.i and hyphen.head.i == token.i, [(t.text, t.dep_, t.head.i) for t in token.doc]
    assert any(c.dep_ == "nsubj" for c in token.children), [(c.text, c.dep_) for c in token.children]
    assert fact in facts(text, nlp)


def test_prefixed_participle_after_a_noun_is_its_clause(nlp):
    text = "The 2010 World Cup, co-hosted by Spain and Portugal, was a success."
    token = _token(text, "hosted", nlp)
    assert token.dep_ == "acl" and token.head.text == "Cup", (token.dep_, token.head.text)
    assert {("Spain", "co-host", "World Cup"), ("Portugal", "co-host", "World Cup")} <= facts(text, nlp)


@pytest.mark.parametrize("text, fact", [
    ("The company had no alternative but to close the plant.", ("company", "close", "plant")),
    ("The board had no option but to sack the manager.", ("board", "sack", "manager")),
    ("The league said the panel had no choice but to fine the club.", ("panel", "fine", "club")),
])
def test_no_choice_but_to_is_the_act(nlp, text, fact):
    found = facts(text, nlp)
    assert fact in found, found
    _, predicate, obj = fact
    assert not any(p == predicate and o == obj and s != fact[0] for s, p, o in found), found  # the noun does not act


@pytest.mark.parametrize("text, verb, subject, fact", [
    # the verb read as an adjective of its object
    ("Prices rose after militant attacks in the capital briefly renewed fears of shortages.", "renewed", "attacks",
     ("militant attacks", "renew", "fears of shortages")),
    # the verb read as a conjunct of the main verb, after an apposition
    ("Shares fell after the bank, the biggest lender in Italy, reported losses.", "reported", "bank",
     ("bank", "report", "losses")),
    # the verb read as a clause of the main verb with no subject, whose subject the main verb's then seemed
    ("Fans booed the board after the sale of striker Tom Reed weakened the side.", "weakened", "sale",
     ("sale", "weaken", "side")),
    ("The club sacked Reed after the defeat by Leeds left the team fourth.", "left", "defeat",
     ("defeat", "leave", "team")),
])
def test_time_clause_gets_its_verb(nlp, text, verb, subject, fact):
    token = _token(text, verb, nlp)
    assert token.dep_ == "advcl", token.dep_
    assert any(c.text == subject and c.dep_ == "nsubj" for c in token.children), [(c.text, c.dep_) for c in token.children]
    assert fact in facts(text, nlp)


@pytest.mark.parametrize("text, fact", [
    # the adverb read as a modifier of the verb: without it, "went on a pledge" says the opposite
    ("The mayor went back on a promise to cut fares.", ("mayor", "go back on", "promise")),
    ("The lawyers got away with a warning.", ("lawyers", "get away with", "warning")),
    # a particle the object parts from its verb, read as an adverb or a preposition with no object
    ("She watched the river pull her brother away.", ("river", "pull away", "brother")),
    ("Ana Ruiz turned Velta Air around after years of losses.", ("Ana Ruiz", "turn around", "Velta Air")),
    # "out" before "of" after the object of a verb of putting out: "ruled X out of the final" rules X out
    ("A knee injury has ruled Tom Hale out of the final.", ("knee injury", "rule out", "Tom Hale")),
    ("Leeds knocked Hull City out of the cup on Saturday.", ("Leeds", "knock out", "Hull City")),
    ("The closure left 300 people out of work.", ("closure", "leave", "300 people")),  # no verb of putting out: a phrase
])
def test_adverb_of_a_phrasal_verb_is_its_particle(nlp, text, fact):
    assert fact in facts(text, nlp)


@pytest.mark.parametrize("text", [
    # a hyphenated adjective
    "A co-operative bank opened in Leeds.",
    # a time phrase with a noun, and a time clause the parser reads right
    "Prices rose after the attacks in Riyadh.",
    "The team collapsed after Smith scored a late goal.",
    # a conjunct joined by "and" is a second main verb, not a clause of the time phrase
    "Shares fell after the results and recovered later.",
])
def test_other_parses_stay(nlp, text):
    repaired = parse(document_from_text(text, source="t.txt"), nlp)[0]
    assert [(t.dep_, t.head.i, t.tag_) for t in repaired] == [(t.dep_, t.head.i, t.tag_) for t in nlp(text)]


@pytest.mark.parametrize("text", [
    # the time phrase sits in a participle's phrase set off by commas: the verb after it is the main
    # verb, whose subject is the noun before the participle (kg.extract.repair_subjects.participle_asides)
    "Smith's first-half try, poached after a quick line-out, helped the Welsh to a 7-0 lead.",
    "Jones's early try, grabbed after a tap-penalty, helped the English to a 10-3 lead.",
])
def test_a_time_phrase_inside_a_participle_aside_stays(nlp, text):
    repaired = parse(document_from_text(text, source="t.txt"), nlp)[0]
    helped = next(t for t in repaired if t.lower_ == "helped")
    assert helped.dep_ == "ROOT" and [c.lower_ for c in helped.children if c.dep_ == "nsubj"] == ["try"]
    assert next(t for t in repaired if t.lower_ in ("poached", "grabbed")).dep_ == "acl"


def test_a_time_phrase_ending_in_a_conjunct_stays_a_phrase(nlp):
    """The verb after the phrase's last conjunct is a new clause's, whose subject that conjunct is
    (kg.extract.repair_subjects.conjoined_subjects), not a time clause of the phrase."""
    doc = parse(document_from_text("Brown was forced off after a clash with Smith and Jones came on to replace him.",
                                   source="t.txt"), nlp)[0]
    after, clash, jones, came = (next(t for t in doc if t.text == w) for w in ("after", "clash", "Jones", "came"))
    assert (after.dep_, clash.dep_, clash.head.i) == ("prep", "pobj", after.i)
    assert (jones.dep_, jones.head.i) == ("nsubj", came.i)


@pytest.mark.parametrize("text, fact, wrong", [
    # a singular verb joined by "and" to a plural one below goes on from the singular one above
    ("At its worst, spyware watches everything that people do with their PC and steals login details.",
     ("spyware", "steal", "login details"), ("people", "steal", "login details")),
    ("The spyware records what users type and sends the data to a server.",
     ("spyware", "send", "data"), ("users", "send", "data")),
    # a past verb after "but", joined to the present verb that reports a past clause, goes on from that clause
    ("The film claims Kim Park was not shot, but married a nurse and died in Leeds.",
     ("Kim Park", "die in", "Leeds"), ("film", "die in", "Leeds")),
])
def test_verb_goes_on_from_the_one_it_agrees_with(nlp, text, fact, wrong):
    found = facts(text, nlp)
    assert fact in found and wrong not in found, found


def test_a_verb_after_a_name_inside_its_own_clause_stays_a_verb(nlp):
    # the name is the verb's own (deep in its subject): making the verb its noun would hang the clause on itself
    text = '"Being asked to voice The Guide is like winning the lottery," said Tom Hale, a self-confessed fan of the book.'
    doc = next(iter(parse(document_from_text(text, source="t.txt"), nlp)))
    verb = next(t for t in doc if t.lower_ == "is")
    assert verb.tag_ == "VBZ" and all(len(list(t.ancestors)) < len(doc) for t in doc)


@pytest.mark.parametrize("text, fact", [
    # a present verb the tagger read as a plural noun after "but" or "and": its object says it is a verb
    ("The new chart combines airplay and sales but confines its airplay information to US radio stations.",
     ("new chart", "confine to", "US radio stations")),
    ("The new index tracks big firms but excludes its own members from the list.", ("new index", "exclude", "own members")),
])
def test_verb_read_as_a_noun_after_a_verb(nlp, text, fact):
    assert fact in facts(text, nlp)


@pytest.mark.parametrize("text, kept, span", [
    # a span of time before "later" that the parser made the object says when: no fact has it as an end
    ("Leeds took the lead but Ian Dunn hit back moments later.", ("Leeds", "take", "lead"), "moments"),
])
def test_a_span_of_time_is_no_object(nlp, text, kept, span):
    found = facts(text, nlp)
    assert kept in found and not any(span in (s, o) for s, _, o in found), found


@pytest.mark.parametrize("text, fact, wrong", [
    # a plural noun after a named object, read as a present verb with no subject: the name's noun, received
    ("Tom Hale received Velta Centre honours in 2004.", ("Tom Hale", "receive", "honours"), ("Tom Hale", "receive", "Velta Centre")),
    # a past form with no auxiliary in a with-clause is a passive participle: its noun undergoes it
    ("The drama was named best film, with its star Tom Hale named best actor.",
     ("Tom Hale", "be named", "best actor"), ("Tom Hale", "name", "best actor")),
    ("Leeds were praised, with Tom Hale singled out as the man of the match.",  # read as the object of "with"
     ("Tom Hale", "be singled out as", "man of the match"), ("Tom Hale", "single out as", "man of the match")),
    ("With Hull striker Ian Dunn named in the squad, the club has a good chance.",  # "with" read as a marker
     ("Ian Dunn", "be named in", "squad"), ("Ian Dunn", "name in", "squad")),
    # a player's position read as a verb before the name is the name's title; the name does what follows
    ("Lock Tom Hale replaces veteran Ed Moss in the second row.", ("Tom Hale", "replace", "Ed Moss"), None),
    ("Up front, Ian Dunn plays at hooker and lock Tom Hale replaces veteran Ed Moss.", ("Tom Hale", "replace", "Ed Moss"),
     ("Ian Dunn", "lock", "Tom Hale")),
    ("The fans lock Tom Hale out of the ground.", ("fans", "lock", "Tom Hale"), None),  # a lock that is done stays
    # a participle opening the sentence and running into its subject with no comma is a word of the title
    ("Defending champion and second seed Tom Hale beat Ian Dunn in Leeds.", ("Tom Hale", "beat", "Ian Dunn"), ("Tom Hale", "defend", "champion")),
    # a "have" whose own thing has a participle after it: undergone, not owned
    ("An MP has had more than £600 and his passport stolen in Nairobi.", None, ("MP", "have", "more than £600")),
    ("Ana Ruiz had her bag stolen in Leeds.", None, ("Ana Ruiz", "have", "bag")),
    ("The club has a squad built on youth.", ("club", "have", "squad"), None),  # no owner's word: owned
    # a phrase on a verb of beginning or going on belongs to the act it begins
    ("Across Europe, vinyl sales are starting to rise.", ("vinyl sales", "rise across", "Europe"), ("vinyl sales", "start across", "Europe")),
])
def test_a_misread_word_is_read_again(nlp, text, fact, wrong):
    found = facts(text, nlp)
    assert (fact is None or fact in found) and wrong not in found, found


def test_a_participle_under_a_bare_modal_describes_the_name_after_it(nlp):
    # a modal takes a participle only through "have" or "be": "as will newly elected leader X" elects nobody
    found = facts("The new president, Ian Dunn, will also be there - as will newly elected Velta leader Tom Hale.", nlp)
    assert not any(p == "elect" for _, p, _ in found), found
