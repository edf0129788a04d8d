"""Repairs of the shape of a clause that the small model misreads in a regular way, made on the
`Doc` after the word-level repairs of `kg.extract.repair`.

A passive participle with a by-phrase set off by commas after a subject ("Tom Reed, asked about it
by reporters, said") describes the subject, which is the main verb's; one the parser made a second
verb with no "and", or a verb on which it hung the phrase of the noun before it ("sold it in a
deal branded a disaster by fans", "in a move branded a retreat"), describes that noun. The who-
or that-clause of a cleft ("It was Tom Reed who scored"), which the parser may make a complement of
"be", is a relative clause on its focus. A clause right after the quote mark that opens what a
speech verb introduces ("I said, 'have a go at me'") is what was said, not the speaker's act.
Names right after "among them" that the parser made the verb's object ("are due to attend, among
them Will Smith") say who "them" are. "following" with an object and no clause of its own
("resigned following the defeat") is the preposition "after". A participle of casting
("starring", "featuring") set off by a comma after a work named as an object ("was highlighted in
the film Velta Nights, starring Tom Reed"), which the parser made a clause of the main verb, says
who is in the work, not in the subject. A participle that describes a name after it ("joined
struggling Leeds", "at struggling Leeds"), which the parser made a verb with the name as object,
is the name's adjective. An -ing word after a place named without an article ("was taken to
hospital suffering from flu", "remains in hospital recovering from surgery"), which the parser
made a noun with the place as its modifier, is a participle of its own: how the subject was
when taken there, with the phrase after it its own ("suffering from flu", not "taken from flu").
A noun phrase set off by dashes after a verb's object that the parser made a second object ("raised
rates to 5.8% - its first hike in nine years - in October") comments on the act: no object.

A participle or a noun set off by dashes after a noun ("The pills - called COX-2 inhibitors - are
sold", "the drug - known as Vioxx - was withdrawn", "Tom Hale - star of the film Velta - has won"),
which the parser made the clause's argument or the modifier of one, with the noun before the dash
hung on it, is an aside on that noun, which holds the clause's place. A noun two names joined by
"and" own ("ended Tom Reed and Ian Dunn's hopes"), which the parser made a conjunct of the first
name, holds the place of that name, which is its other owner. A name after a comma that the parser made
the verb's object, where the verb's phrase before the comma ends on a noun ("decided against competing
in the warm-up event, the Sydney International") renames that noun. The subject of a reported clause that
an aside parts from its verb ("he added some projects, such as the C-17, were doing well"), which
the parser made the speech verb's object with the clause's verb as a conjunct, is that verb's. A
noun after "and" with the same preposition as the noun it was joined to ("won best song for X and
best album for Y") pairs with a second object of the verb, which the sentence leaves out: no conjunct.
"""
from __future__ import annotations

from kg.extract.clauses import SPEECH_VERBS
from kg.extract.lexicon import BARE_PLACE_NOUNS, PEER_NOUNS, RELATIONAL_NOUNS, WORK_NOUNS
from kg.extract.lists import PEOPLE_NOUNS
from kg.extract.hyphens import spaced_dash
from kg.extract.participle_asides import passive_aside, reputation_read_as_clause
from kg.extract.passives import RELATIVE_PRONOUNS

FOLLOWED_EVENTS = {  # what "following" is "after": "a night out following the win"
    "win", "victory", "defeat", "loss", "draw", "death", "talks", "meeting", "decision", "announcement", "match", "game",
    "election", "attack", "crash", "collapse", "report", "ruling", "review", "investigation", "takeover", "merger",
    "sale", "deal", "release", "launch", "arrest", "resignation", "injury", "operation", "row", "dispute", "strike",
    "visit", "departure", "appointment", "move", "success", "failure", "fall", "rise", "news", "reports", "claims",
}
THINKING_VERBS = {"agree", "admit", "accept", "concede", "believe", "think", "know", "suspect", "fear", "feel", "suggest", "deny"}
DESCRIBING_PARTICIPLES = {"struggle", "ail", "flounder", "boom", "improve", "rise", "fade"}  # "struggling Leeds", "ailing Rover"
CASTING_PARTICIPLES = {"starring", "featuring", "co-starring"}
NAMING_PARTICIPLES = {"call", "name", "entitle", "title", "dub"}  # "a song called X": the song is X
OWNED_PEOPLE = PEOPLE_NOUNS | RELATIONAL_NOUNS | PEER_NOUNS | {"colleague", "agent", "boss", "coach", "manager"}  # a person, not a thing
ASIDE_PLACES = {"nsubj", "nsubjpass", "dobj", "pobj"}  # the clause's places an aside set off by dashes may be read into
CLOSING_QUOTES = {'"', "''", "'", "\u201d", "\u2019"}


def _joint_owner(token) -> bool:
    """A noun owned by two names joined by "and" ("ended Tom Reed and Ian Dunn's hopes") that the
    parser made a conjunct of the first name, which took the noun's place in the clause. Two people
    own it; two bodies are a list ("US Airways and Delta's Comair unit"), and a person owned is a
    second person ("signed Tom Reed and Ian Dunn's brother" signs two men)."""
    owner = token.head
    second = next((c for c in token.children if c.dep_ == "poss" and c.pos_ == "PROPN"), None)
    return (token.dep_ == "conj" and token.pos_ == "NOUN" and owner.pos_ == "PROPN" and second is not None
            and token.lemma_.lower() not in OWNED_PEOPLE  # "signed Reed and Dunn's brother": two men
            and owner.ent_type_ == second.ent_type_ == "PERSON" and second.left_edge.pos_ == "PROPN"  # not "Honda's Asimo and Sony's robots"
            and owner.i < second.left_edge.i and token.doc[second.left_edge.i - 1].lower_ == "and"
            and owner.dep_ in ("dobj", "nsubj", "nsubjpass", "pobj"))


# Nouns a relative clause with no gap in its arguments describes all the same: "the way they use their phones"
GAP_NOUNS = {"way", "time", "day", "year", "moment", "reason", "place", "extent", "manner", "point", "stage", "week", "month"}
# Nouns of what is said, thought or feared, whose content may follow with no "that"
CONTENT_NOUNS = {"idea", "suggestion", "claim", "allegation", "notion", "view", "belief", "theory", "rumour", "rumor", "fear",
                 "speculation", "assertion", "impression", "hope", "news", "fact", "possibility", "prospect", "warning"}


def repair_clauses(doc, nlp) -> None:
    """Mend, in place, every clause of `doc` read in one of the shapes above; `nlp`, the pipeline
    that parsed it, lemmatizes a word retagged as a verb."""
    for token in doc:
        if (noun := _noun_before_dash_aside(token)) is not None:  # "The pills - called[amod] COX-2 inhibitors - are sold"
            _as_aside(token, noun)
        if _object_in_dash_aside(token):  # "raised rates to 5.8% - its first hike in nine years - in October"
            token.dep_ = "parataxis"
        if (place := _place_before_participle(token)) is not None:  # "taken to hospital suffering[NN] from flu"
            _as_participle_clause(token, place, nlp)
        if (aside := passive_aside(token)) is not None:  # "Tom Reed, asked[VBD] about it by reporters, said"
            subject, main, agent = aside
            if agent is not None:  # "about the remark by[remark] reporters": the asking's doers
                agent.head, agent.dep_ = token, "agent"
            if main.head.i == token.i:  # the participle was the root, the main verb its conjunct
                main.head, main.dep_ = main, "ROOT"
            subject.head, subject.dep_ = main, "nsubj"
            token.head, token.dep_, token.tag_ = subject, "acl", "VBN"
        if (noun := reputation_read_as_clause(token)) is not None:  # "the city of Hyderabad known[advcl] for producing"
            token.head, token.dep_ = noun, "acl"
        if (verb := _participle_read_modifier(token)) is not None:  # "reported a rise in profit, topping[amod] forecasts"
            noun = token.head
            token.head, token.dep_, token.pos_ = verb, "advcl", "VERB"
            noun.head, noun.dep_ = token, "dobj"
        if (descriptor := _name_after_descriptor(token)) is not None:  # "sold it to US carmaker Korvex[npadvmod]"
            token.head, token.dep_ = descriptor.head, "dobj" if descriptor.dep_ == "npadvmod" else descriptor.dep_
            descriptor.head, descriptor.dep_ = token, "compound"
        if (pair := _gapped_pair(token)) is not None:  # "won best song for X and best album[conj of X] for Y"
            token.head, token.dep_ = pair[0], "dep"  # the verb's, not X's: what it pairs with the sentence leaves out
            pair[1].head, pair[1].dep_ = token, "prep"
        if _following_read_verb(token):  # "resigned following[VBG] the defeat": after it, no following done
            _as_preposition(token)
        if _joint_owner(token):  # "ended [Tom Reed] and Ian Dunn's hopes": the two own the hopes, Reed is no object
            owner = token.head
            token.head, token.dep_ = owner.head, owner.dep_
            owner.head, owner.dep_ = token, "poss"
        if _quoted_clause_read_complement(token):  # "I said, 'have[xcomp] a go at me'": the words said, not my act
            token.dep_ = "ccomp"
        if (noun := _apposition_read_object(token)) is not None:  # "competing in the warm-up event, the Sydney International[dobj]"
            token.head, token.dep_ = noun, "appos"
        if (subject := _said_subject_read_object(token)) is not None:  # "added some projects[dobj], such as X, were doing well"
            speech = subject.head
            if token.dep_ == "ROOT":
                speech.head, speech.dep_ = speech, "ROOT"
            subject.head, subject.dep_ = token, "nsubj"
            token.head, token.dep_ = speech, "ccomp"
        if _content_read_relative(token):  # "dismissed suggestions the firm had misled[relcl] investors"
            token.dep_ = "acl"
        if (noun := _content_noun_read_clause(token)) is not None:  # "rejected[ccomp] the idea Tom Reed posed[ROOT] a threat"
            clause = token.head
            token.head, token.dep_ = (token, "ROOT") if clause.dep_ == "ROOT" else (clause.head, clause.dep_)
            clause.head, clause.dep_ = noun, "acl"
        if (focus := _cleft_focus(token)) is not None:  # "It was Tom Reed [who scored]": a relative clause on him
            token.head, token.dep_ = focus, "relcl"
        if (members := _members_read_object(token)) is not None:  # "due to attend, among them [Will Smith]"
            token.head, token.dep_ = members, "appos"
        if (name := _described_name(token)) is not None:  # "joined struggling[xcomp] Leeds": struggling describes Leeds
            name.head, name.dep_ = token.head, "pobj" if token.dep_ == "pcomp" else "dobj"
            token.head, token.dep_ = name, "amod"
        if (work := _cast_work(token)) is not None:  # "the film Velta Nights, starring[advcl] Tom Reed"
            token.head, token.dep_ = work, "acl"
        elif (noun := _cast_of_phrase(token)) is not None:  # "a tribute to Ray Charles featuring[acl] Bonnie Raitt"
            token.head = noun
        if (noun := _named_by_participle(token)) is not None:  # "features a song called Cardiff Afterlife[oprd]"
            token.head, token.dep_ = noun, "appos"
        if (noun := _participle_read_clause(token)) is not None:  # "sold it in a deal branded[conj] a disaster by fans"
            if noun.head.head.i == token.i:  # "[in] a move branded[advcl]": the phrase the parser hung on the participle
                noun.head.head = token.head
            token.head, token.dep_, token.tag_ = noun, "acl", "VBN"


def _gapped_pair(noun):
    """The verb a noun after "and" is a second object of when it carries the preposition it was hung under ("won
    best song for Jesus Walks and best album[conj of Walks] for Dropout"): no conjunct of the first phrase's object, but
    a pair of its own whose verb the sentence leaves out. Else None."""
    prep = noun.head.head
    if noun.dep_ != "conj" or noun.pos_ != "NOUN" or noun.head.dep_ != "pobj" or prep.dep_ not in ("prep", "dative") \
            or prep.head.pos_ != "VERB" or not any(o.dep_ == "dobj" and o.i < prep.i for o in prep.head.children):
        return None
    own = [c for c in noun.children if c.dep_ == "prep"] + [c for c in prep.head.children if c.i == noun.i + 1]  # or hung on the verb
    second = next((c for c in own if c.dep_ in ("prep", "dative") and c.lower_ == prep.lower_), None)
    return None if second is None else (prep.head, second)


def _named_by_participle(name):
    """The noun a name is given to by "called", "named", "entitled" or "dubbed" right after it ("a song
    called Cardiff Afterlife", "a band named The Vells"): the name names the thing, as an apposition
    would, so the thing has its name; else None."""
    participle = name.head
    if name.pos_ != "PROPN" or name.dep_ not in ("oprd", "dobj", "attr") or participle.tag_ != "VBN" \
            or participle.lemma_.lower() not in NAMING_PARTICIPLES or participle.dep_ != "acl":
        return None
    noun, doc, after = participle.head, name.doc, name.i + 1
    if after + 1 < len(doc) and doc[after].text == "," and doc[after + 1].is_title:
        return None  # "a technology called Evolution, Data Optimised": a name the tagger cut at its comma
    return noun if noun.pos_ == "NOUN" and noun.i + 1 == participle.i else None


def _following_read_verb(token) -> bool:
    """"following" as a participle of no clause of its own, with an object ("resigned following the
    defeat", "a night out following the win"): the preposition "after", not an act of following."""
    if token.lower_ != "following" or token.tag_ != "VBG" or token.dep_ not in ("prep", "acl", "advcl") \
            or any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in token.children):
        return False
    objects = [c for c in token.children if c.dep_ == "dobj"]
    # the parser's own preposition; else the object must be an event, not someone followed ("fans following the team")
    return bool(objects) and (token.dep_ == "prep" or any(o.lemma_.lower() in FOLLOWED_EVENTS for o in objects))


def _as_preposition(token) -> None:
    """Make `token` a preposition on the verb of its clause, its object the preposition's."""
    token.tag_, token.pos_, token.dep_ = "IN", "ADP", "prep"
    verb = next((a for a in token.ancestors if a.pos_ in ("VERB", "AUX")), None)
    if verb is not None:
        token.head = verb
    for child in token.children:
        if child.dep_ == "dobj":
            child.dep_ = "pobj"


def _quoted_clause_read_complement(verb) -> bool:
    """A verb right after the quote mark that opens the words a speech verb introduces ("I said,
    'have a go at me'"), which the parser made an open complement or a second verb of the speech
    verb: the clause is what was said, with a subject of its own or none (an order), not the
    speaker's act."""
    doc, head = verb.doc, verb.head
    if verb.dep_ not in ("xcomp", "conj", "advcl") or head.i >= verb.i or head.lemma_.lower() not in SPEECH_VERBS:
        return False
    before = verb.left_edge.i - 1
    return before > head.i and doc[before].tag_ == "``"


def _apposition_read_object(token):
    """The noun a name after a comma renames when the parser made the name the verb's object, though
    the verb's phrase before the comma ends on that noun ("decided against competing in the warm-up
    event, the Sydney International."): the name is its apposition, no object; else None."""
    doc, verb = token.doc, token.head
    comma = token.left_edge.i - 1
    if token.dep_ != "dobj" or token.pos_ != "PROPN" or comma < 1 or doc[comma].text != "," or verb.i > comma \
            or any(c.dep_ == "dobj" and c.i < comma for c in verb.children):
        return None
    noun = doc[comma - 1]
    return noun if noun.dep_ == "pobj" and noun.pos_ in ("NOUN", "PROPN") and any(a.i == verb.i for a in noun.ancestors) else None


def _said_subject_read_object(verb):
    """The subject of a reported clause, set off from its verb by an aside, that the parser made
    the object of the speech verb, with the clause's verb as the speech verb's conjunct (no "and"),
    its adverbial clause (no "when" or "as"), its clausal object ("agreed the Act, which governs X, was unfair") or
    the root with the speech verb below it ("he added some projects, such as the C-17, were doing well"), else None."""
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children) or not (
            verb.tag_ in ("VBD", "VBZ", "VBP") or any(c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBD", "VBZ", "VBP", "MD") for c in verb.children)):
        return None
    if verb.dep_ == "conj" or verb.dep_ == "advcl" and not any(c.dep_ == "mark" for c in verb.children):
        speech = verb.head
    elif verb.dep_ == "ROOT":
        speech = next((c for c in verb.children if c.dep_ == "ccomp" and c.i < verb.i), None)
    elif verb.dep_ == "ccomp" and verb.head.i < verb.i:  # "agreed the Act, which governs X, was[ccomp] unfair"
        speech = verb.head
    else:
        return None
    if speech is None or speech.lemma_.lower() not in SPEECH_VERBS | THINKING_VERBS or not any(c.dep_ == "nsubj" for c in speech.children):
        return None
    noun = next((c for c in speech.children if c.dep_ == "dobj" and c.i < verb.i), None)
    doc = verb.doc
    first = min([verb.i, *(c.i for c in verb.children if c.dep_ in ("aux", "auxpass", "neg", "advmod") and c.i < verb.i)])
    if noun is None or doc[first - 1].text != "," or speech.lemma_.lower() == "tell" or any(
            t.dep_ == "cc" and t.head.i == speech.i or t.text in (":", '"', "\u201c") for t in doc[noun.i:verb.i]):
        return None  # the aside closes with a comma; "told BBC News: 'Those who ...'" names whom he told
    return noun


def _content_read_relative(verb) -> bool:
    """A clause the parser hung on a noun as a relative clause though it has no gap: its own
    subject, its own object and no relative word ("dismissed suggestions the company had misled
    investors"): what the noun says, not a description of it ("the way they use their phones" is one)."""
    if verb.dep_ != "relcl" or verb.head.lemma_.lower() in GAP_NOUNS or any(
            c.lower_ in RELATIVE_PRONOUNS or c.tag_ in ("WDT", "WP", "WP$", "WRB") for c in verb.subtree):
        return False
    subject = any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
    return subject and (any(c.dep_ in ("dobj", "attr", "ccomp") for c in verb.children) or any(
        c.dep_ == "auxpass" for c in verb.children) and not any(c.dep_ == "prep" and not list(c.children) for c in verb.children))


def _content_noun_read_clause(verb):
    """The noun of what is said or thought that ends a clause the parser made a complement of the
    clause right after it ("Mr Hale rejected[ccomp] the idea Tom Reed posed[ROOT] a threat"): the
    later clause is the noun's content, the first the sentence's own."""
    clause = verb.head
    if verb.dep_ != "ccomp" or verb.i > clause.i or verb.pos_ not in ("VERB", "AUX"):
        return None
    noun = next((c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in CONTENT_NOUNS), None)
    subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < clause.i), None)
    if noun is None or subject is None or noun.right_edge.i != verb.right_edge.i or subject.left_edge.i != noun.right_edge.i + 1:
        return None
    return noun


def _cleft_focus(clause):
    """The focus of a cleft ("It was Tom Reed who scored", "It is the banks that pay") when the
    parser made the who- or that-clause a complement of "be": the clause is said of the focus."""
    head = clause.head
    if clause.dep_ != "ccomp" or head.lemma_ != "be" or not any(c.dep_ == "nsubj" and c.lower_ == "it" for c in head.children):
        return None
    focus = next((c for c in head.children if c.dep_ == "attr" and c.i < clause.i), None)
    relative = clause.doc[clause.left_edge.i]
    return focus if focus is not None and relative.lower_ in ("who", "that", "which") and relative.head.i == clause.i else None


def _members_read_object(token):
    """The pronoun of "among them" (or "us", "whom") right before a name the parser made the verb's
    direct object ("are due to attend, among them Will Smith"): the names say who "them" are, and
    nothing is attended; else None."""
    doc, before = token.doc, token.left_edge.i
    if token.dep_ != "dobj" or before < 2 or doc[before - 2].lower_ != "among" or doc[before - 1].tag_ not in ("PRP", "WP"):
        return None
    return doc[before - 1] if doc[before - 2].head.i == token.head.i else None


def _participle_read_clause(token):
    """The noun right before a past participle that has no subject, which the parser made a verb
    of the clause: a second verb with a by-phrase and no "and" to join it ("sold it in a deal
    branded a disaster by fans"), or a verb on which it hung the phrase of that noun ("in a move
    branded a retreat"): the noun was branded. Else None."""
    doc = token.doc
    if token.dep_ not in ("conj", "advcl") or token.tag_ not in ("VBD", "VBN") or token.i == 0:
        return None
    noun = doc[token.i - 1]
    if noun.pos_ != "NOUN" or any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "mark") for c in token.children):
        return None
    if noun.dep_ == "pobj" and noun.head.head.i == token.i and noun.head.i < noun.i:
        return noun
    joined = any(t.dep_ == "cc" or t.text in (",", ";") for t in doc[token.head.i + 1 : token.i])
    return noun if token.dep_ == "conj" and not joined and any(c.dep_ == "agent" for c in token.children) else None


def _cast_work(token):
    """The work named right before the comma in front of a participle of casting that the parser
    hung on the clause's verb ("highlighted in the film Velta Nights, starring Tom Reed", "opened by
    a screening of comedy Velta Nights, starring Tom Reed"), or None."""
    doc = token.doc
    if token.lower_ not in CASTING_PARTICIPLES or token.dep_ not in ("advcl", "conj") or token.i < 3 \
            or doc[token.i - 1].text != "," or not any(c.dep_ == "dobj" for c in token.children):
        return None
    work = doc[token.i - 2]
    while work.dep_ in ("compound", "flat") and work.head.i > work.i:
        work = work.head
    noun = work.head if work.dep_ == "appos" else work  # "the film [Velta Nights]"
    if noun.dep_ not in ("pobj", "dobj", "appos") or noun.i == token.head.i:
        return None
    kinds = [noun, *(c for c in work.children if c.dep_ == "compound")]  # "the comedy [Velta Nights]", "comedy Velta Nights"
    return work if work.ent_type_ == "WORK_OF_ART" or any(k.lemma_.lower() in WORK_NOUNS for k in kinds) else None


def _cast_of_phrase(token):
    """The common noun whose phrase names the person a participle of casting was hung on ("a
    tribute to Ray Charles featuring Bonnie Raitt": the tribute features her, not Charles), or None."""
    person = token.head
    if token.lower_ not in CASTING_PARTICIPLES or token.dep_ != "acl" or person.ent_type_ != "PERSON" or person.dep_ != "pobj":
        return None
    noun = person.head.head
    return noun if noun.pos_ == "NOUN" and noun.i < person.i else None


def _described_name(token):
    """The name right after a participle of state ("struggling", "ailing") that the parser read as
    the participle's object, where the participle stands in a noun's place (an object or a
    preposition's), or None."""
    doc = token.doc
    if token.tag_ != "VBG" or token.lemma_.lower() not in DESCRIBING_PARTICIPLES or token.i + 1 >= len(doc):
        return None
    name = doc[token.i + 1]
    if name.pos_ != "PROPN" or name.dep_ != "dobj" or name.head.i != token.i or token.dep_ not in ("xcomp", "pcomp", "dobj"):
        return None
    return name


def _place_before_participle(word):
    """The place when `word` is an -ing word right after a place named without an article, the
    object of a verb's preposition ("taken to hospital suffering from flu"), that the parser made a
    noun with the place as its only modifier, with a phrase or an object after it, or a clause on
    the place ("in hospital recovering[acl] from surgery"); else None."""
    doc, i = word.doc, word.i
    if not word.lower_.endswith("ing") or i < 2 or i + 1 >= len(doc):
        return None
    place = doc[i - 1]
    if word.tag_ == "VBG" and word.dep_ == "acl" and place.dep_ == "pobj" and word.head.i == place.i:
        prep = place.head
    elif word.tag_ in ("NN", "VBG") and word.dep_ == "pobj" and place.dep_ == "compound" and place.head.i == i:
        prep = word.head
        if any(c.i < i and c.i != place.i for c in word.children) or not (
                doc[i + 1].dep_ in ("prep", "dobj") and doc[i + 1].head.i in (i, prep.head.i)):
            return None
    else:
        return None
    return place if place.lemma_.lower() in BARE_PLACE_NOUNS and prep.i == i - 2 and prep.head.pos_ in ("VERB", "AUX") else None


def _as_participle_clause(word, place, nlp) -> None:
    """Make `place` the object of the preposition and `word` a participle of the verb, with the
    phrase right after it that the parser hung on the verb."""
    prep = place.head if place.dep_ == "pobj" else word.head
    verb = prep.head
    place.head, place.dep_ = prep, "pobj"
    word.head, word.dep_, word.pos_ = verb, "advcl", "VERB"
    if word.tag_ != "VBG":
        word.tag_ = "VBG"
        word.lemma_ = nlp.get_pipe("lemmatizer").rule_lemmatize(word)[0]
    after = word.doc[word.i + 1]
    if after.head.i == verb.i:
        after.head = word


def _noun_before_dash_aside(word):
    """The noun before the dash when `word` opens an aside set off by dashes and the parser hung
    that noun on it, with the aside made the clause's argument: a participle made the modifier of
    the noun that closes the aside ("The pills - called[amod] COX-2 inhibitors - are sold") or the
    clause's subject ("The drug - known[csubjpass] as Vioxx - was withdrawn"), or a noun ("Tom Hale
    - star[nsubj] of the film Velta - has won", "Veritas - Latin[nsubj] for truth - will avoid");
    else None."""
    doc, i = word.doc, word.i
    if i < 2 or not spaced_dash(doc[i - 1]):
        return None
    noun = doc[i - 2]
    if noun.head.i != i or noun.pos_ not in ("NOUN", "PROPN") or noun.right_edge.i != i - 2:
        return None
    if word.tag_ == "VBN" and word.dep_ == "amod" and word.head.i > i and word.head.pos_ in ("NOUN", "PROPN"):
        closing = word.head.right_edge.i + 1
    elif word.tag_ == "VBN" and word.dep_ in ("csubj", "csubjpass") or word.pos_ in ("NOUN", "PROPN") and word.dep_ in ASIDE_PLACES:
        closing = word.right_edge.i + 1
    else:
        return None
    while closing < len(doc) and doc[closing].text in CLOSING_QUOTES:  # 'Latin for "truth" -'
        closing += 1
    return noun if closing < len(doc) and spaced_dash(doc[closing]) else None


def _object_in_dash_aside(noun) -> bool:
    """A noun phrase set off by dashes (or a dash and the sentence's end) after the object of its
    verb, which the parser made a second object: it comments on the act ("raised rates by 0.27
    points to 5.8% - its first hike in nine years - in October"), and nothing was done to it."""
    doc, verb = noun.doc, noun.head
    start, end = noun.left_edge.i, noun.right_edge.i + 1
    if noun.dep_ != "dobj" or start < 1 or not spaced_dash(doc[start - 1]) or not any(
            c.dep_ == "dobj" and c.i < start for c in verb.children):
        return False
    return spaced_dash(doc[end - 1]) or end >= len(doc) or spaced_dash(doc[end]) or doc[end].is_punct  # its closing dash


def _as_aside(word, noun) -> None:
    """Give `noun` the clause's place that the aside held, with the words before it that the parser
    hung on the aside ("Actor Gerard Hale - star of ..."), and make the aside its clause, with the
    noun the parser made the participle's head its complement ("called COX-2 inhibitors"), or its
    apposition."""
    holder = word.head if word.dep_ == "amod" else word
    noun.head, noun.dep_ = holder.head, {"csubj": "nsubj", "csubjpass": "nsubjpass"}.get(holder.dep_, holder.dep_)
    for child in [c for c in holder.children if c.i < noun.i]:  # "Dirty[-> uncut] War - screened uncut -"
        child.head, child.dep_ = noun, "compound" if child.pos_ == "PROPN" else child.dep_
    if holder.i != word.i:
        holder.head, holder.dep_ = word, "oprd"
    word.head, word.dep_ = noun, "acl" if word.tag_ == "VBN" else "appos"


def _participle_read_modifier(token):
    """The verb of the object whose conjunct an -ing word after a comma opens ("has reported a 60%
    rise in profit, topping[amod] market forecasts": a participle clause, whose object is the noun
    the parser made the object's conjunct), else None; a list ("cars, trucks and leading brands")
    has an "and" or "or", not a comma, before its last item."""
    noun, doc = token.head, token.doc
    if token.tag_ != "VBG" or token.dep_ != "amod" or noun.dep_ != "conj" or token.i != noun.left_edge.i:
        return None
    first = noun.head
    if token.i == 0 or doc[token.i - 1].text != "," or first.dep_ != "dobj" or any(c.dep_ == "cc" for c in first.children):
        return None
    return first.head


def _name_after_descriptor(name):
    """The common noun right before a name that the parser hung on the verb as a loose modifier
    ("transferring its operations to Japanese manufacturer Sharp[npadvmod]"): the noun describes
    the name, which is the preposition's object. So does a rank ("beat world number five[npadvmod]
    Guillermo Coria[npadvmod]", "lost to world number 12 Tereza Malkova[appos]"), which the parser
    may leave loose, make the rank's apposition or a second subject: the name is the argument. Else None."""
    if name.pos_ != "PROPN" or name.left_edge.i == 0:
        return None
    noun = name.doc[name.left_edge.i - 1]
    if noun.dep_ == "nummod" and noun.head.i == noun.i - 1 and noun.head.lower_ == "number":
        noun = noun.head  # "world number one Roger Federer", the name its apposition or loose beside it
        beside = name.dep_ == noun.dep_ and noun.head.i == name.head.i and noun.head.i != noun.i  # "number one[nsubj] X[nsubj] lost"
        if name.dep_ == "appos" and name.head.i == noun.i or beside and (name.dep_ != "npadvmod" or noun.head.pos_ == "VERB"
                                                                          and not any(c.dep_ == "dobj" for c in noun.head.children)):
            return noun
    if name.dep_ != "npadvmod" or name.ent_type_ in ("DATE", "TIME", ""):
        return None  # not "introduce a budget next February[npadvmod]": when
    return noun if noun.dep_ in ("pobj", "dobj") and noun.pos_ == "NOUN" and noun.head.i < noun.i else None
