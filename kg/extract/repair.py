"""Repairs of parses the small English model gets wrong in a regular way, made on the `Doc`
right after parsing so that every later stage reads the corrected tree.

A sentence whose root is a noun while a finite verb after it was read as that noun's modifier ("Mikoliunas, 20,
barged[amod] linesman Andy Davis", "Trevor Phillips, chairman of the CRE, called[acl] on ..."): the tagger's finite
form (VBD, VBZ, VBP; a participle is VBN) is trusted over the parser, the verb heads the sentence and the noun is its
subject. With no finite verb at all, an -ed word read as an adjective or a participle right after the noun, its age or
an aside of its own ("Rovers qualified[JJ] for", "Kovalenko, 23, shoved[VBN]", "Cable, for the Liberal Democrats, called[VBN] on") is that verb.

A phrase of cause or time after the role a verb gives its subject, hung by the parser on the role noun ("resigned
as development secretary over[secretary] the Iraq war"): a role is not held over or after something; the verb's.

The by-phrase of a passive verb with no agent, hung by the parser on the noun of one of its phrases
("was threatened with the sack by[sack] the club's boss"): a sack is not had by anyone, so the
phrase names the verb's doer, unless the noun is a work, which a by-phrase credits ("was given a
book by Dickens").

A word the tagger read as an adjective where it heads a noun phrase ("reached the final[JJ]", "starred in the musical")
or is a verb's object in -ing ("adding captioning[JJ]"): a noun; one after the noun it heads ("a charity single[amod]")
heads the phrase, as does a common noun made an apposition of the name before it ("Commodore 64 enthusiasts[appos] have
written"); "back" tagged an adverb right after a verb with an object is its particle ("calling back[RB] 17,815 cars").
A post's participle read as the verb of "be" ("has been managing[VBG] director of X"): "be" is the verb and the post
its attribute. A verb form the rule lemmatizer cuts to another word ("fined" -> "fin"): its own lemma.

Names' openers are cut first (`kg.extract.name_openers`); verbs split at a prefix's hyphen, stranded after "had
no choice but to", or heading a time clause read as a prepositional phrase are mended next, in `kg.extract.repair_verbs`;
asides, clefts, quoted words, names after "among them" and "following" as "after" last, in `kg.extract.repair_clauses`.
"""
from __future__ import annotations

from kg.extract.body_briefs import bodies_listing_their_brief
from kg.extract.lexicon import ASIDE_PREPS, PERSON_ROLE_HEADS, TIME_CAUSE_PREPS
from kg.extract.caused_states import haves_read_as_perfects, objects_left_in_a_state, participles_on_copula_nouns, perfects_read_as_haves
from kg.extract.contest_aims import aims_read_as_purposes
from kg.extract.fronted_objects import objects_before_their_verbs
from kg.extract.scores import scores_after_names
from kg.extract.who_clauses import who_clauses_after_names
from kg.extract.hit_nouns import gerunds_read_as_verbs, hits_read_as_verbs, orders_read_as_verbs, trades_read_as_infinitives
from kg.extract.mixed_lists import names_listed_with_dates
from kg.extract.hyphens import DASHES, hyphen_prefix
from kg.extract.names import split_at_commas, split_at_descriptors, widen_cut_names
from kg.extract.name_openers import condition_openers, cut_name_openers
from kg.extract.repair_modifiers import (
    FINITE_TAGS, asides_after_dashes, bodies_cut_apart, counted_lists, credits_on_verbs, gerunds_read_as_objects, laws_read_as_people, nouns_read_as_joined_verbs,
    participles_after_nouns, participles_after_prepositions, participles_naming_kinds, particle_of_hyphened_adverb, phrases_of_listed_posts,
    positions_read_as_verbs, relatives_by_agreement, relatives_on_no_noun, sides_named_by_places, sides_of_fixtures, titles_read_as_infinitives, units_of_amounts,
)
from kg.extract.repair_subjects import repair_subjects
from kg.extract.repair_clauses import repair_clauses
from kg.extract.run_on_names import split_run_on_names
from kg.extract.repair_verbs import repair_verbs, verb_read_noun
from kg.extract.work_titles import join_work_titles

MODIFIER_DEPS = {"amod", "compound", "acl"}  # the labels of a finite verb misread as a noun's modifier
# Nouns of a change in amount: after a comma, a comment on the figure before ("an increase of 4%").
CHANGE_NOUNS = {"increase", "rise", "fall", "drop", "decline", "decrease", "jump", "gain", "growth", "cut",
                "reduction", "improvement", "slump", "surge", "climb", "dip", "leap", "hike"}
NAME_LABELS = {"ORG", "PERSON", "GPE", "NORP", "FAC", "PRODUCT", "LOC"}  # the tagger's names of things
# nouns with a to-phrase of their own: "the sequel to the film", "the answer to the problem" ("the
# follow-up to", which the tokenizer splits at its hyphen, is found by its pieces)
TO_NOUNS = {"sequel", "successor", "heir", "answer", "reply", "response", "alternative", "solution", "key", "prelude",
            "threat", "blow", "boost", "gateway", "access"}
ROLE_PREPS = {"as"}  # "resigned as secretary": the subject's role
VERB_LEVEL_PREPS = TIME_CAUSE_PREPS | {"over", "during", "until"}  # a clause's cause or time, never a role noun's
# Nouns the tagger reads as adjectives ("the final", "the musical", "a single"); a noun when
# they head an argument with a determiner.
NOUN_READ_ADJECTIVES = {"final", "musical", "single", "semi-final", "quarter-final"}
TITLE_PARTICIPLES = {"managing", "acting", "presiding"}  # "managing director", "acting chairman": a post's words
POST_NOUNS = PERSON_ROLE_HEADS | {"partner", "editor"}  # the posts such a participle names
ARGUMENT_DEPS = {"nsubj", "nsubjpass", "dobj", "pobj", "attr", "dative"}
# Verb forms the rule lemmatizer strips to another word ("fined" -> "fin", "dined" -> "din"):
# their lemmas, set on each parse.
VERB_LEMMAS = {
    "fined": "fine", "fining": "fine", "dined": "dine", "dining": "dine", "wined": "wine", "shined": "shine",
    "pined": "pine", "lined": "line", "mined": "mine", "spined": "spine",
    # and the same for these, in -ed and -ing: "staged" -> "stag", "rating" -> "rat", "hoping" -> "hop"
    **{form: base for base in ("bare", "cope", "dote", "hate", "hope", "mate", "mope", "pipe", "prime", "rage", "rape",
                               "rate", "scare", "scrape", "shame", "site", "slate", "stage", "stare", "tape", "tinge", "wage")
       for form in (base + "d", base[:-1] + "ing", base + "s")},  # "rates" -> "rat" too
}
# Nouns a by-phrase may credit with their making ("a novel by Dickens"), not the agent of the verb.
CREDITED_NOUNS = {
    "book", "novel", "film", "movie", "song", "album", "single", "track", "painting", "poem", "play", "goal",
    "report", "letter", "speech", "photograph", "photo", "picture", "work", "design", "study",
}
DOER_LABELS = {"PERSON", "ORG", "GPE", "NORP"}  # names a by-phrase's doer may be tagged with
NOUN_PHRASE_DEPS = {"appos", "compound", "amod", "nmod", "dobj", "npadvmod"}  # nouns the misread verb may sit in


def repair(doc, nlp):
    """`doc` with its misread finite verbs made the heads of their sentences, the verb's phrases hung on its role noun
    given back to it, and nouns read as adjectives retagged (in place); `nlp` (the parser's) lemmatizes a retagged verb."""
    cut_name_openers(doc)  # "Outgoing Leeds chairman X", "he rang Lucy": no part of the name
    condition_openers(doc)  # "Injured Chelsea winger X" (kg.extract.name_openers)
    positions_read_as_verbs(doc)  # "England lock[VB] Danny Grewcock needs": the player's title
    phrases_of_listed_posts(doc)  # "a barrister and chairman of the League": the chairman's
    titles_read_as_infinitives(doc)  # "married to actress[VB] Ruby Dee": her title
    nouns_read_as_joined_verbs(doc)  # "passed fit for Sunday's Six Nations clash[VBP] with Ireland": the clash
    gerunds_read_as_objects(doc, nlp)  # "sent Luscombe streaking[NN] away": what Luscombe was made to do
    participles_after_prepositions(doc)  # "founded by assassinated former prime minister X"
    participles_after_nouns(doc)  # "wandered around the shop packed with his furniture": the shop was packed
    credits_on_verbs(doc)  # "suing Wal-Mart over a CD by rock group Evanescence"
    sides_named_by_places(doc)  # "Liverpool were living dangerously": a team
    units_of_amounts(doc)  # "a loss of $387m": the unit heads the amount
    relatives_by_agreement(doc)  # "the game for Symbian phones which sends": the game sends
    relatives_on_no_noun(doc)  # "46%-owned by Reliance which is run by Mukesh": Reliance is
    laws_read_as_people(doc)  # "the Bill": a law, no man called Bill
    bodies_cut_apart(doc)  # "[the UN Office] for [the Coordination of Humanitarian Affairs]": one name
    bodies_listing_their_brief(doc)  # "the Department for Culture, [Media] and [Sport]" (kg.extract.body_briefs)
    asides_after_dashes(doc)  # "the best web blogs - online spaces where ...": the blogs
    participles_naming_kinds(doc)  # "nominated for supporting roles": no act of supporting
    split_run_on_names(doc)  # "[Korvex] after [Velta Bank]", "[Ciara] - who won": names the tagger ran on
    scores_after_names(doc)  # "beat [Ian Dunn] 6-4 6-3[dobj]": the name is the object (kg.extract.scores)
    who_clauses_after_names(doc)  # "the Sydney Games and Thanou, 30, who won[relcl of Games]" (kg.extract.who_clauses)
    split_at_descriptors(doc)  # "[Barcelona] star [Ronaldinho]" (kg.extract.names)
    split_at_commas(doc)  # "[Ferry], [Mackay]"
    sides_of_fixtures(doc)  # "[Tottenham] v [Brighton]"
    widen_cut_names(doc)  # "[BBC] Three" -> "[BBC Three]", "Republic [of Ireland]" (kg.extract.names)
    counted_lists(doc)  # "two companies turned up for the auction, Gazprom and Baikal": the companies (kg.extract.repair_modifiers)
    hits_read_as_verbs(doc)  # "12 UK hit[VBD] singles", "the Dreamworks hit[VBD] Shrek 2": nouns (kg.extract.hit_nouns)
    gerunds_read_as_verbs(doc)  # "fraud and witness tampering[VBG]": an offence
    orders_read_as_verbs(doc)  # "the Real Madrid starting[VBG] line-up": a line-up
    trades_read_as_infinitives(doc)  # "sold Zomba to record[VB] giant BMG": to BMG
    objects_before_their_verbs(doc)  # "Paver's novel[dobj] Wolf Brother tells of Torak" (kg.extract.fronted_objects)
    names_listed_with_dates(doc)  # "followed in December and [T-Mobile] and O2 are due to" (kg.extract.mixed_lists)
    aims_read_as_purposes(doc)  # "came top of the poll to find[advcl] the best act" (kg.extract.contest_aims)
    objects_left_in_a_state(doc)  # "operations left him[dobj] struggling": he struggles (kg.extract.caused_states)
    participles_on_copula_nouns(doc)  # "is not some hopeful fighting[advcl of is] a seat": the hopeful's
    haves_read_as_perfects(doc)  # "had[aux] winning performances": had performances that won
    perfects_read_as_haves(doc)  # "has so far only published[amod] options": published them
    join_work_titles(doc)  # "the film [Bride] and [Prejudice]": one title (kg.extract.work_titles)
    _join_hyphened_names(doc)  # "Wal-Mart": one name, hung where its first piece was
    _try_and(doc)  # "will try and win the title": try to win it
    repair_verbs(doc)  # split prefixed verbs, "no choice but to", time clauses (kg.extract.repair_verbs)
    repair_subjects(doc)  # subjects hidden in phrases, asides read as verbs, objects read as clauses (kg.extract.repair_subjects)
    for sentence in list(doc.sents):
        verb = _misread_finite_verb(sentence)
        if verb is None:
            continue
        if verb.tag_ not in FINITE_TAGS:
            verb.tag_, verb.pos_ = "VBD", "VERB"
            verb.set_morph("Tense=Past|VerbForm=Fin")
            verb.lemma_ = nlp.get_pipe("lemmatizer").rule_lemmatize(verb)[0]
        _make_head(sentence.root, verb)
    for token in doc:
        if _split_noun_piece(token):  # "executive vice-president": vice and "-" are the president's, not appositions of their own
            last = doc[token.i + 2]
            token.head, token.dep_ = last, "compound"
            doc[token.i + 1].head, doc[token.i + 1].dep_ = last, "punct"
        if _particle_read_adverb(token):  # "is calling back[RB] 17,815 cars": call back, not call
            token.dep_, token.tag_, token.pos_ = "prt", "RP", "ADP"
            for prep in [c for c in token.children if c.dep_ == "prep"]:
                prep.head = token.head  # "stepped back from[back] confrontation": step back from, the verb's phrase
        elif _time_word_read_particle(token) or particle_of_hyphened_adverb(token):  # "winning the race up until last week",
            token.dep_, token.tag_, token.pos_ = "advmod", "RB", "ADV"  # "earned up to £85,000", "competing head-on with": no particle
        if verb_read_noun(token):  # "combines airplay but confines[NNS] its data to": a verb, as its object says
            token.tag_, token.pos_ = "VBZ", "VERB"
            token.lemma_ = nlp.get_pipe("lemmatizer").rule_lemmatize(token)[0]
        if token.pos_ in ("VERB", "AUX") and token.lower_ in VERB_LEMMAS:
            token.lemma_ = VERB_LEMMAS[token.lower_]  # "fined": fine, not the lemmatizer's "fin"
        if token.tag_ == "JJ" and token.lower_ in NOUN_READ_ADJECTIVES and token.dep_ in ARGUMENT_DEPS \
                and any(c.dep_ == "det" for c in token.children) or _gerund_read_adjective(token):
            token.tag_, token.pos_ = "NN", "NOUN"
        elif _noun_read_modifier(token) or _apposition_read_head(token):  # "a charity single[amod]", "Commodore 64 fans[appos]"
            _head_the_phrase(token)
        if _cause_read_head(token):  # "posted a record profit thanks[dobj] to cost-cutting": the profit is posted
            _give_back_the_phrase(token)
        if (post := _participle_title(token)) is not None:  # "is managing[VBG] director of X": a post, not managing one
            _title_after_copula(token, post)
        if (first := _change_after_object(token)) is not None:  # "sold 2.4m cars in 2004, an increase of 4%"
            token.head, token.dep_ = first, "appos"
        if (noun := _aim_of_circumstance(token)) is not None:  # "after surgery to treat X": the surgery's aim
            token.head, token.dep_ = noun, "acl"
        if (noun := _to_phrase_on_verb(token)) is not None:  # "working on the follow-up to[working] their album"
            token.head = noun
        if (last := _conjunct_before(token)) is not None:  # "the world's richest man and a regular at[man] Davos": the regular's
            token.head = last
        if _aside_on_verb(token):  # "John Ison, from the group Fathers 4 Justice, said": Ison's, not the saying's
            token.head = next(c for c in token.head.children if c.dep_ == "nsubj")
        if (owned := _possessor_read_dative(token)) is not None:  # "told [BBC Radio 4's] Today programme"
            token.head, token.dep_ = owned, "poss"
        for prep in _verb_phrases_on_role(token):
            prep.head = token
        for by in _agent_on_noun(token):
            by.head, by.dep_ = token, "agent"
    repair_clauses(doc, nlp)  # asides, clefts, quoted words, "among them", "following" (kg.extract.repair_clauses)
    return doc


def _try_and(doc) -> None:
    """Hang, in place, the bare verb that "and" joins to a bare "try" ("to try and win Grand Slams
    again") as that verb's infinitive, the "and" for its "to": what is tried, not a second act."""
    for word in doc[:-1]:
        verb = doc[word.i + 1]
        if word.lower_ == "and" and word.head.lemma_ == "try" and word.head.tag_ == "VB" \
                and verb.tag_ == "VB" and verb.dep_ == "conj" and verb.head.i == word.head.i:
            verb.dep_, word.dep_, word.head = "xcomp", "aux", verb


def _join_hyphened_names(doc) -> None:
    """A name with a hyphen inside ("Wal-Mart", "Blu-ray"), or a title with a capitalised "And" or
    "Of" inside ("Live And Let Die"), whose pieces the parser hung apart (each its own subject, the
    first an object and the rest subjects: "Shares in Wal-Mart fell", or the first a conjunct and
    the last a subject): the last piece heads the name, where a piece hung as an argument that no
    other word already fills, and the other pieces are its compounds."""
    for ent in doc.ents:
        if _title_read_phrase(ent):  # "the film In The Name Of The Father": a name, not a phrase "in the name"
            last, noun = ent[-1], doc[ent.start - 1]
            last.head, last.dep_ = noun, "appos"
            for token in ent[:-1]:
                token.head, token.dep_ = last, "compound"
            continue
        titled = ent.label_ == "WORK_OF_ART" and any(t.is_title and t.pos_ in ("CCONJ", "ADP", "DET") for t in ent[1:-1])
        if len(ent) < 3 or not titled and (ent.label_ not in NAME_LABELS or not any(t.text in DASHES for t in ent[1:-1])):
            continue  # a title's capitalised "And" or "Of" ("Live And Let Die") says the words are one name too
        outside = [t for t in ent if not ent.start <= t.head.i < ent.end and t.head.i != t.i]
        if len(outside) < 2 or any(t.head.i == t.i for t in ent):
            continue
        filled = {(c.head.i, c.dep_) for c in doc if not ent.start <= c.i < ent.end}
        place = next((t for t in outside if t.dep_ in ARGUMENT_DEPS and (t.head.i, t.dep_) not in filled
                      and not any(ent.start <= a.i < ent.end for a in t.head.ancestors)), None)
        if place is None:
            continue
        last = ent[-1]
        last.head, last.dep_ = place.head, place.dep_
        for token in ent[:-1]:
            token.head, token.dep_ = last, "punct" if token.text in DASHES else "compound"


def _title_read_phrase(ent) -> bool:
    """A work's title that opens with a capitalised preposition, right after the noun saying what
    it is, which the parser read as a prepositional phrase of the verb ("highlighted in the film In
    The Name Of The Father")."""
    if ent.label_ != "WORK_OF_ART" or len(ent) < 2 or ent[0].pos_ != "ADP" or not ent[0].is_title or ent.start == 0:
        return False
    noun = ent.doc[ent.start - 1]  # "the film", "the musical" (an adjective to the tagger, but an object)
    return (noun.pos_ in ("NOUN", "PROPN") or noun.dep_ in ("pobj", "dobj")) and not ent.start <= ent[0].head.i < ent.end \
        and all(ent.start <= t.head.i < ent.end for t in ent[1:])


def _to_phrase_on_verb(prep):
    """The noun right before a to-phrase that the parser hung on the verb, when the noun is the
    object of the verb's preposition and takes a to-phrase of its own ("working on the follow-up to
    their third album" had worked to the album), else None."""
    doc, verb = prep.doc, prep.head
    if prep.dep_ != "prep" or prep.lower_ != "to" or verb.pos_ not in ("VERB", "AUX") or prep.i < 3:
        return None
    noun = doc[prep.i - 1]
    piece = noun.lower_ == "up" and doc[noun.i - 1].text == "-" and doc[noun.i - 2].lower_ in ("follow", "run", "lead", "build")
    if noun.pos_ != "NOUN" or not (piece or noun.lemma_.lower() in TO_NOUNS):
        return None
    # a direct object keeps the phrase: "began the follow-up to their album" reads "begin follow-up to"
    return noun if noun.dep_ == "pobj" and noun.head.head.i == verb.i else None


def _change_after_object(token):
    """The verb's first object when `token` is a second one set off by a comma that names a change
    ("sold 2.4 million cars in 2004, an increase of 4% on the year"): a comment on the first, not
    a thing the verb acts on. None otherwise."""
    doc, verb = token.doc, token.head
    if token.dep_ != "dobj" or token.lemma_.lower() not in CHANGE_NOUNS or doc[token.left_edge.i - 1].text != ",":
        return None
    return next((c for c in verb.children if c.dep_ == "dobj" and c.i < token.i), None)


def _conjunct_before(prep):
    """The last conjunct of a noun, a noun phrase with its own article, that stands between the noun and
    a prepositional phrase the parser hung on the noun ("the world's richest man and a regular at
    Davos"): the phrase is that conjunct's."""
    noun = prep.head
    if prep.dep_ != "prep" or noun.pos_ not in ("NOUN", "PROPN") or noun.i > prep.i:
        return None
    between = [c for c in noun.children if c.dep_ == "conj" and noun.i < c.i < prep.i and c.right_edge.i == prep.i - 1
               and any(d.dep_ == "det" for d in c.children)]  # a noun phrase of its own: not "president and chief executive of X"
    return between[-1] if between else None


def _aim_of_circumstance(verb):
    """The noun of a time or cause phrase right before an infinitive the parser hung on the clause's
    verb ("faces three weeks out after surgery to treat a cartilage problem"), else None: the
    infinitive says what that event is for."""
    if verb.dep_ != "advcl" or verb.tag_ != "VB" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return None
    noun = verb.doc[verb.left_edge.i - 1] if verb.left_edge.i > 0 else None
    return noun if noun is not None and noun.pos_ == "NOUN" and noun.dep_ == "pobj" \
        and noun.head.lower_ in TIME_CAUSE_PREPS and noun.head.head.i == verb.head.i else None


def _aside_on_verb(token) -> bool:
    """A from- or of-phrase set off by commas between a named person and the verb, hung by the
    parser on the verb ("John Ison, from Fathers 4 Justice, said"): it says where the person is from."""
    doc, verb = token.doc, token.head
    if token.dep_ != "prep" or token.lower_ not in ASIDE_PREPS or verb.pos_ != "VERB" or token.i > verb.i:
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    after = token.right_edge.i + 1
    return (subject is not None and (subject.ent_type_ == "PERSON" or subject.pos_ == "PROPN" and not subject.ent_type_)
            and subject.i < token.i and doc[token.i - 1].text == ","
            and after < verb.i and doc[after].text == ",")


def _noun_read_modifier(token) -> bool:
    """A noun the tagger read as an adjective after the noun it heads: "a charity single[amod]"."""
    noun = token.head
    return (token.tag_ == "JJ" and token.lower_ in NOUN_READ_ADJECTIVES and token.dep_ == "amod" and noun.i == token.i - 1
            and noun.pos_ == "NOUN" and noun.dep_ in ARGUMENT_DEPS and not list(token.children))


def _particle_read_adverb(token) -> bool:
    """"back", "together" or "away" tagged an adverb right after a verb with an object after it ("calling back 17,815 cars",
    "beat away a shot") or a phrase of its own ("stepped back from confrontation"): the verb's particle; "together", "apart", "aside" also with none ("were brought together in London")."""
    verb, word = token.head, token.lower_
    if token.dep_ != "advmod" or verb.pos_ != "VERB":
        return False
    after_object = any(c.dep_ == "dobj" and c.right_edge.i == token.i - 1 for c in verb.children)
    if word in ("together", "apart", "aside"):  # or after the object: "brought the players together"
        return verb.i == token.i - 1 or after_object
    if word == "back" and after_object:  # "a party taking Britain back": take back; not "welcomed him back to the race"
        return not list(token.children) and token.doc[token.i - 1].lemma_.lower() != "fight"  # nor "a fight back"
    if word not in ("back", "away") or verb.i != token.i - 1:
        return False
    if any(c.dep_ == "dobj" and c.i > token.i or c.dep_ == "npadvmod" and c.left_edge.i == token.i + 1 for c in verb.children):
        return True  # "clawed back £265m[npadvmod]": an amount, the object
    noun_made = verb.dep_ == "acl" and verb.head.i == verb.i - 1  # "decision making away from": a noun's word, no verb
    return not noun_made and any(c.dep_ == "prep" and c.i == token.i + 1 for c in token.children)  # "stepped back from"


def _apposition_read_head(token) -> bool:
    """A common noun the parser made an apposition of the name right before it, with nothing between
    but its own modifiers: "Commodore 64 enthusiasts[appos] have written" is the enthusiasts."""
    noun = token.head
    return (token.dep_ == "appos" and token.pos_ == "NOUN" and token.is_lower and noun.i < token.i and noun.dep_ in ARGUMENT_DEPS
            and noun.pos_ in ("NOUN", "PROPN") and all(t.head.i == token.i and t.dep_ in ("nummod", "compound", "amod")
                                                      for t in token.doc[noun.i + 1:token.i]))


def _cause_read_head(token) -> bool:
    """"thanks" of "thanks to" read as the head of the noun phrase before it ("a record profit
    thanks[dobj] to cost-cutting"): the phrase is the noun's, and "thanks to" says why."""
    doc = token.doc
    return (token.lower_ == "thanks" and token.i + 1 < len(doc) and doc[token.i + 1].lower_ == "to"
            and token.i > 0 and doc[token.i - 1].head.i == token.i and doc[token.i - 1].dep_ == "compound")


def _give_back_the_phrase(token) -> None:
    """Make the noun right before `token` head the phrase `token` headed; `token` modifies the verb."""
    noun = token.doc[token.i - 1]
    noun.head, noun.dep_ = token.head, token.dep_
    for child in [c for c in token.children if c.i < noun.i]:
        child.head = noun
    token.dep_ = "npadvmod"


def _head_the_phrase(token) -> None:
    """Make `token` head its noun's phrase in the noun's place; the noun modifies it."""
    noun = token.head
    token.head, token.dep_ = noun.head, noun.dep_
    for child in [c for c in noun.children if c.i < noun.i]:
        child.head = token
    noun.head, noun.dep_ = token, "compound"
    token.tag_, token.pos_ = token.tag_ if token.tag_.startswith("NN") else "NN", "NOUN"  # a plural stays plural


def _participle_title(token):
    """The post a title participle the parser read as the verb of "be" names ("has been managing
    director of X", "is acting chairman"), or None."""
    post = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    if token.lower_ not in TITLE_PARTICIPLES or token.tag_ != "VBG" or post is None or post.dep_ != "dobj" \
            or post.head.i != token.i or not any(c.dep_ == "aux" and c.lemma_ == "be" for c in token.children):
        return None
    return post if post.lemma_.lower() in POST_NOUNS else None


def _title_after_copula(participle, post) -> None:
    """Make the auxiliary "be" the verb, the post its attribute and the participle the post's modifier."""
    be = next(c for c in participle.children if c.dep_ == "aux" and c.lemma_ == "be")
    be.head, be.dep_ = (be if participle.head.i == participle.i else participle.head), participle.dep_
    for child in [c for c in participle.children if c.i not in (be.i, post.i)]:
        child.head = be
    post.head, post.dep_ = be, "attr"
    participle.head, participle.dep_, participle.tag_, participle.pos_ = post, "amod", "JJ", "ADJ"


def _split_noun_piece(token) -> bool:
    """A piece of a noun the tokenizer split at its hyphen ("vice", "-" of "vice-president") that
    the parser hung beside the last piece, with the same label on the same head."""
    doc, i = token.doc, token.i
    if not hyphen_prefix(token) or i + 2 >= len(doc) or doc[i + 1].whitespace_:
        return False
    last = doc[i + 2]
    return last.pos_ == "NOUN" and all(p.head.i == last.head.i and p.dep_ == last.dep_ != "ROOT" for p in (token, doc[i + 1]))


def _agent_on_noun(verb) -> list:
    """The by-phrases with a named doer that the parser hung on a noun of the passive `verb`, which
    has no agent of its own: "by Kevin Keegan" in "was threatened with the sack by Kevin Keegan"."""
    if verb.tag_ != "VBN" or not any(c.dep_ == "auxpass" for c in verb.children) or any(c.dep_ == "agent" for c in verb.children):
        return []
    nouns = [c for c in verb.children if c.dep_ == "dobj"]
    nouns += [p for prep in verb.children if prep.dep_ == "prep" and prep.lower_ != "by" for p in prep.children if p.dep_ == "pobj"]
    return [
        by
        for noun in nouns if noun.pos_ == "NOUN" and noun.lemma_.lower() not in CREDITED_NOUNS
        for by in noun.children
        if by.dep_ == "prep" and by.lower_ == "by" and any(c.dep_ == "pobj" and c.ent_type_ in DOER_LABELS for c in by.children)
    ][:1]


def _time_word_read_particle(token) -> bool:
    """"up" read as a verb's particle right before "until", where it opens the time phrase, or
    before the "to" of an amount ("earned up to £85,000 from speeches": earn, not earn up)."""
    doc = token.doc
    following = doc[token.i + 1] if token.i + 1 < len(doc) else None
    return token.dep_ == "prt" and token.lower_ == "up" and following is not None and (
        following.lower_ in ("until", "till") or following.lower_ == "to" and following.dep_ == "quantmod")


def _possessor_read_dative(token):
    """The object a possessor owns when the parser read the possessor, "'s" and all, as the verb's
    indirect object ("told BBC Radio 4's Today programme": the programme was told, not the radio
    told of a programme), else None."""
    if token.dep_ != "dative" or token.doc[token.right_edge.i].tag_ != "POS":  # its "'s", or its number's: "Radio 4's"
        return None
    return next((c for c in token.head.children if c.dep_ == "dobj" and c.left_edge.i == token.right_edge.i + 1), None)


def _gerund_read_adjective(token) -> bool:
    """"was adding captioning for broadcasts", "offers parking": an -ing word a verb takes as its
    direct object is a noun, though the tagger read it as an adjective."""
    return token.tag_ == "JJ" and token.dep_ == "dobj" and token.lower_.endswith("ing") and token.head.pos_ == "VERB"


def _verb_phrases_on_role(verb) -> list:
    """The cause or time phrases the parser hung on the noun of `verb`'s role phrase: "over the
    Iraq war" in "resigned as development secretary over the Iraq war"."""
    if verb.pos_ not in ("VERB", "AUX"):
        return []
    return [
        prep
        for role in verb.children if role.dep_ == "prep" and role.lower_ in ROLE_PREPS
        for noun in role.children if noun.dep_ == "pobj"
        for prep in noun.children if prep.dep_ == "prep" and prep.lower_ in VERB_LEVEL_PREPS
    ]


def _misread_finite_verb(sentence):
    """The first finite verb after a noun root that the parser made a modifier inside the root's
    phrase, with no subject of its own and opening the phrase it sits in; else None."""
    root = sentence.root
    if root.pos_ not in ("NOUN", "PROPN"):
        return None
    verbless = not any(t.tag_ in FINITE_TAGS | {"MD"} for t in sentence)
    for verb in sentence:
        finite = verb.tag_ in FINITE_TAGS or verbless and verb.tag_ in ("JJ", "VBN") and verb.lower_.endswith("ed") \
            and _right_after_subject(root, verb)
        if verb.i <= root.i or not finite or verb.dep_ not in MODIFIER_DEPS:
            continue
        if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "agent") or c.lower_ == "by" for c in verb.children):
            return None  # "The qualifications achieved by those taking part range ...": a participle after all
        if not verb.is_lower:
            return None  # "Subs Not Used: ...": a heading in title case
        carrier = _carrier(root, verb)
        if carrier is None or carrier.left_edge.i != verb.i and carrier.i != verb.i:
            return None
        return verb
    return None


def _right_after_subject(root, verb) -> bool:
    """Whether `verb` follows the noun `root` at once, after an age set off by commas ("Kovalenko, 23, shoved") or a
    phrase of the root's so set off ("Vincent Cable, for the Liberal Democrats, called on"), not after one of its own."""
    between, aside = root.doc[root.i + 1 : verb.i], root.doc[root.i + 2 : verb.i - 1]
    set_off = len(between) > 3 and between[0].text == between[-1].text == "," and aside[0].dep_ == "prep" and aside[0].head.i == root.i
    return set_off and aside[-1].i == aside[0].right_edge.i or all(
        t.text == "," or t.like_num and t.dep_ == "appos" and t.head.i == root.i for t in between) \
        and (not between or between[-1].text == "," and len(between) == 3)


def _carrier(root, verb):
    """The child of `root` whose phrase holds `verb`, through nouns only ("barged linesman Andy
    Davis": Davis, an apposition of the root), or None when a clause lies between them."""
    node = verb
    while node.head.i != root.i:
        node = node.head
        if node.pos_ not in ("NOUN", "PROPN") or node.dep_ not in NOUN_PHRASE_DEPS or node.i < verb.i:
            return None
    return node


def _make_head(root, verb) -> None:
    """Re-hang the sentence under `verb`: the old root becomes its subject, the phrase that held
    the verb its object, and what followed the verb on the root its own (prepositions, punctuation)."""
    carrier = _carrier(root, verb)
    following = [c for c in root.children if c.i > verb.i and c.i != carrier.i]
    verb.head, verb.dep_ = verb, "ROOT"
    root.head, root.dep_ = verb, "nsubj"
    if carrier.i != verb.i:
        carrier.head, carrier.dep_ = verb, "dobj"
    for child in following:
        child.head = verb
