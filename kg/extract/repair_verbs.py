"""Repairs of verbs the small English model breaks up or strands, run by `kg.extract.repair`.

A verb with a prefix the tokenizer split at its hyphen ("co-ordinate" -> co, -, ordinate),
whose pieces the parser hung side by side as three clauses ("announced that the alliance will
co-ordinate the drive"): the stem takes the clause's place and the prefix and hyphen hang on it,
as they do when the parse is right ("re-work the plan").

A verb after "have no option / choice / alternative but to" ("had no choice but to resign"),
which the parser hangs on "but": the phrase says what "had to resign" says, so the verb becomes
the open complement of "have" and gets its subject; the noun stays on "have", no longer as an
object that would be read as the doer ("urged him to resign").

A clause after a conjunction of time that the parser read as a preposition with a noun object
("rose after militant attacks in the capital renewed fears"): the finite verb after the noun's
phrase, hung as an adjective of the next noun or as a clause coordinated without "and" with
the main verb, is the verb of the time clause, and the noun its subject.

The adverb of a phrasal-prepositional verb, which the parser hangs on the verb as a modifier
("went back on a pledge", "came up with a plan"), becomes its particle: "went on a pledge" would
say the opposite.

A capitalised name after "and" that the tagger read as a verb joined to the clause's verb, with
the noun after it as its object ("will headline the Leeds and Reading festivals": "Reading" as
"read"): the two names say which festivals, so the noun is the verb's object, the name before
"and" its modifier and the capitalised word a name joined to that one.

A singular present verb joined by "and" to a plural one in a clause below ("spyware watches
everything that people do and steals data") goes on from the nearest singular verb above it.

The phrase of a verb's idiom that the parser hangs on a noun of the verb's object ("put the
threat of penalties on hold", with "on hold" on "penalties") is the verb's: penalties are not on hold.

Of two direct objects the parser gives one verb side by side ("offering broadband users the chance to
watch"), the first is the recipient: the verb's second object is what is given.

A span of time before "later", "earlier" or "ago" that the parser made the verb's object ("hit back
moments later") says when: it is the adverb's measure, no object.

A participle after "have" and an adverb, read as an adjective of the noun after it ("have since
supported bands", "has already signed players"): "have" is its auxiliary, and the noun its object.
"""
from __future__ import annotations

from kg.extract.amounts import CURRENCY_WORDS
from kg.extract.lexicon import AGENT_SUFFIXES, LIGHT_VERB_PHRASES, TIME_SPANS
from kg.extract.hyphens import glued_hyphen
from kg.extract.names import capital_inside_sentence
from kg.extract.lists import PEOPLE_NOUNS
from kg.extract.relations import TRANSFER_VERBS, VERB_PREFIXES
from kg.extract.repair_modifiers import FINITE_TAGS

# "had no choice but to": the nouns of a forced act
NO_CHOICE_NOUNS = {"option", "choice", "alternative"}
TIME_CONJUNCTIONS = {"after", "before", "since", "until", "till"}  # words that open a clause or a noun phrase
NOUN_MODIFIER_DEPS = {"appos", "amod", "compound"}  # a participle's piece hung on a noun: the participle is its clause (acl)
PARTICLE_ADVERBS = {"back", "up", "down", "out", "away", "off", "forward", "ahead", "along", "over", "around", "round"}
LOOKING_NOUNS = {"look", "walk", "stroll", "glance", "tour"}  # "took a look around": the noun's adverb, no verb's particle
OUT_OF_VERBS = {"rule", "knock", "kick", "throw", "force", "vote", "price", "talk"}  # "ruled him out of the match"
SEPARABLE_PARTICLES = {"out", "off", "down", "up", "back", "away", "around", "round"}  # "shut him out", not "a future ahead of it"
CLAUSE_OPENER_DEPS = {"nsubj", "nsubjpass", "mark"}
GIVING_VERBS = {"owe", "teach", "tell", "earn", "cost", "win", "buy", "allow", "deny", "bring", "get", "leave", "lend"}  # a clause's subject and marker, which belong on its verb


def repair_verbs(doc) -> None:
    """Mend, in place, verbs split at a prefix's hyphen, verbs stranded after "no choice but to",
    time clauses read as prepositional phrases, particles read as adverbs, infinitives of a list
    joined to the verb above them, finite verbs joined to an infinitive and singular verbs joined
    to a plural one below their subject."""
    for token in doc:
        if _split_prefix_verb(token):
            _join_prefix(token)
        verb = _forced_act(token)
        if verb is not None:  # "had no choice but to send him off": had to send him off
            verb.head, verb.dep_ = token.head, "xcomp"
            token.dep_ = "npadvmod"  # the noun is no object whose owner would do the act
        verb = _time_clause_verb(token)
        if verb is not None:
            _make_time_clause(token, verb)
        if _adverb_particle(token):  # "went back on a pledge": the verb is "go back on", not "go on"
            token.dep_ = "prt"  # ("ruled Davenport out of the Open": the of-phrase stays the particle's, no "Bronchitis rule out of")
            for of in [c for c in token.children if c.lower_ == "of" and token.i == token.head.i + 1]:
                of.head = token.head  # "pulled out of the show": pull out of - show, and no "pull with" for the rest
        if (infinitive := _listed_infinitive(token)) is not None:  # "needed to ease X, reform Y and cut Z"
            token.head, token.dep_ = infinitive, "conj"
        elif _finite_after_infinitive(token):  # "promised to cut taxes and won the election": won is no promise
            token.head = token.head.head
        elif (agreeing := _agreeing_verb(token)) is not None:  # "spyware watches what people do and steals X"
            token.head = agreeing
        elif (claimed := _claimed_conjunct(token)) is not None:  # "claims Jesus was not crucified but married X"
            token.head = claimed
        if (name := _name_read_verb_conjunct(token)) is not None:  # "headline the Leeds and Reading[VBG] festivals"
            _join_names_before_noun(name, token)
        if (verb := _idiom_phrase_on_object(token)) is not None:  # "put the threat of penalties on[penalties] hold"
            token.head = verb
        if _recipient_read_object(token):  # "offering broadband users[dobj] the chance[dobj] to watch"
            token.dep_ = "dative"
        if _span_read_object(token):  # "hit back moments[dobj] later": when, not what was hit
            token.dep_ = "npadvmod"
        if (participle := _perfect_read_adjective(token)) is not None:  # "have since supported[amod] bands"
            _make_perfect(token, participle)
        if _noun_read_verb(token):  # "received Kennedy Center honours[VBZ] in 2004": the honours were received
            _make_noun_of_name(token)
        if (noun := _noun_after_currency(token)) is not None:  # "made a record Australian dollars 648m profit": the profit
            noun.head, noun.dep_ = token.head, token.dep_
            token.head, token.dep_ = noun, "nmod"
        if _modal_participle(token):  # "as will newly elected[VBN] leader X": no verb, a word of the name's description
            named = next(c for c in token.children if c.dep_ == "dobj")
            named.head, named.dep_ = token.head, "dep"
            token.head, token.dep_ = named, "amod"
        if (act := _phase_of(token)) is not None:  # "Across Europe sales are starting to rise": they rise across Europe
            for prep in [c for c in token.children if c.dep_ == "prep"]:
                prep.head = act
        if (had := _undergone_object(token)) is not None:  # "had his passport stolen": undergone, not owned
            had.dep_ = "dep"
        if (subject := _absolute_participle(token)) is not None:  # "with its star DiCaprio named[VBD] best actor"
            _make_absolute_passive(token, subject)
        if (subject := _title_participle(token)) is not None:  # "Defending[advcl] champion and top seed Andy Roddick rallied"
            obj = next(c for c in token.children if c.dep_ == "dobj")
            token.head, token.dep_, obj.head, obj.dep_ = obj, "amod", subject, "compound"


def _adverb_particle(token) -> bool:
    """An adverb of a phrasal-prepositional verb, right before the verb's preposition: "went back
    on", "came up with", "get away with", "cut back on", "look forward to"; or one of a phrasal verb
    right after the object that parts it from its verb, read as an adverb or an objectless
    preposition, with nothing after it that it could open ("turned the airline around and")."""
    doc, verb = token.doc, token.head
    if token.dep_ not in ("advmod", "prep") or token.lower_ not in PARTICLE_ADVERBS or verb.pos_ != "VERB" or verb.i > token.i:
        return False
    if token.dep_ == "advmod" and token.i + 1 < len(doc) and doc[token.i + 1].dep_ == "prep" and doc[token.i + 1].head.i == verb.i \
            or token.dep_ == "prep" and token.lower_ == "out" and token.i == verb.i + 1 and [c.lower_ for c in token.children] == ["of"] \
            and verb.dep_ not in ("acl", "amod"):  # not "balances conjured out of thin air": a description
        return True  # "pulled out[prep] of the show": out of, a phrasal verb's
    after = doc[token.i + 1] if token.i + 1 < len(doc) else None  # no noun phrase: "curled the ball round the wall" is a place
    out_of = token.lower_ == "out" and verb.lemma_.lower() in OUT_OF_VERBS and [c.lower_ for c in token.children] == ["of"]
    return (token.lower_ in SEPARABLE_PARTICLES and (not any(token.children) or out_of)  # "had people out of work": a phrase
            and (after is None or after.is_punct or after.pos_ in ("ADP", "ADV", "PART", "CCONJ", "SCONJ")) and any(
                c.dep_ == "dobj" and c.right_edge.i + 1 == token.i and c.lemma_.lower() not in LOOKING_NOUNS for c in verb.children))


def _span_read_object(token) -> bool:
    """A span of time the parser made the verb's object, before the adverb it measures ("Rush hit
    back moments later", "sold it two weeks after"): it says when, no thing the act was done to."""
    doc = token.doc
    return (token.dep_ == "dobj" and token.lemma_.lower() in TIME_SPANS and token.i + 1 < len(doc)
            and doc[token.i + 1].lower_ in ("later", "earlier", "ago", "before", "after") and doc[token.i + 1].dep_ == "advmod")


def _listed_infinitive(verb):
    """The infinitive a bare verb goes on from when the parser joined it to the finite verb above ("India needed to ease X,
    reform Y and cut Z": needed too), or the nearest infinitive below it ("pointed to plans to raise X to cut Y, ease Z"), or None."""
    head = verb.head
    if verb.tag_ not in ("VB", "VBP") or verb.dep_ not in ("conj", "advcl") or head.tag_ not in ("VBD", "VBZ", "VBP") or any(
            c.dep_ in ("aux", "mark", "nsubj", "nsubjpass") for c in verb.children):
        return None
    to_verbs = [t for t in verb.doc[head.i + 1 : verb.i] if t.tag_ == "VB" and any(a.dep_ == "aux" and a.lower_ == "to" for a in t.children)]
    return next((t for t in to_verbs if t.dep_ == "xcomp" and t.head.i == head.i), None) or next(  # "pointed to plans to raise
        (t for t in reversed(to_verbs) if verb.tag_ == "VB" and any(a.i == head.i for a in t.ancestors)), None)  # X to cut Y, ease Z"


def _finite_after_infinitive(verb) -> bool:
    """A past or present verb the parser joined to an infinitive ("promised to cut taxes and won
    the election"): it goes on from the verb that governs the infinitive, in its own tense."""
    head = verb.head
    return (verb.dep_ == "conj" and verb.tag_ in ("VBD", "VBZ") and head.tag_ == "VB" and head.dep_ == "xcomp"
            and any(a.dep_ == "aux" and a.lower_ == "to" for a in head.children) and head.head.tag_ in ("VBD", "VBZ", "VBP"))


def _split_prefix_verb(stem) -> bool:
    """Whether `stem` is the verb of a word split at a prefix's hyphen ("ordinate" of
    "co-ordinate") whose prefix and hyphen the parser did not hang on it."""
    doc, i = stem.doc, stem.i
    if i < 2 or not glued_hyphen(doc, i - 1) or doc[i - 2].lower_ not in VERB_PREFIXES:
        return False
    prefix, hyphen = doc[i - 2], doc[i - 1]
    return stem.tag_.startswith("VB") and prefix.tag_.startswith("VB") \
        and not (prefix.head.i == stem.i and hyphen.head.i == stem.i)


def _join_prefix(stem) -> None:
    """Give `stem` the place of the highest of its word's pieces, their other children, and the
    prefix and hyphen as its own children."""
    doc = stem.doc
    prefix, hyphen = doc[stem.i - 2], doc[stem.i - 1]
    pieces = (prefix, hyphen, stem)  # side by side, the prefix holds the clause's place ("re/ccomp -/ccomp valued/xcomp")
    top = next(p for p in pieces if not any(q.is_ancestor(p) for q in pieces if q.i != p.i))
    children = [c for p in (prefix, hyphen) for c in p.children
                if c.i not in {p.i for p in pieces} and not c.is_ancestor(stem)]
    if top.i != stem.i:
        head_i, dep = top.head.i, top.dep_
        prefix.head, hyphen.head = prefix, hyphen  # cut first, so that no piece hangs below the stem's new head
        stem.head = stem if head_i == top.i else doc[head_i]
        stem.dep_ = "acl" if stem.head.pos_ in ("NOUN", "PROPN") and dep in NOUN_MODIFIER_DEPS else dep
        if dep in ("attr", "acomp") and stem.head.lemma_ == "be" and stem.tag_ in ("VBG", "VBN"):
            _be_as_auxiliary(stem)
    for child in children:
        child.head = stem
    for aux in [c for c in stem.children if c.dep_ == "aux"]:  # "a panel will co-ordinate": the subject hung on "will"
        for child in [c for c in aux.children if c.dep_ in CLAUSE_OPENER_DEPS]:
            child.head = stem
    prefix.head, prefix.dep_ = stem, "dep"
    hyphen.head, hyphen.dep_ = stem, "punct"
    prefix.tag_, prefix.pos_ = "AFX", "ADJ"
    hyphen.tag_, hyphen.pos_ = "HYPH", "PUNCT"


def _be_as_auxiliary(stem) -> None:
    """"which is co-ordinating the effort", parsed as "is" with the participle its complement:
    the participle heads the clause and "is" is its auxiliary."""
    be = stem.head
    children = [c for c in be.children if c.i != stem.i]
    stem.head = stem if be.head.i == be.i else be.head
    stem.dep_ = be.dep_
    for child in children:
        child.head = stem
    be.head, be.dep_ = stem, "aux" if stem.tag_ == "VBG" else "auxpass"


def _forced_act(noun):
    """The verb of "but to V" after `noun` when `noun` is "no option/choice/alternative", the
    object of "have"; else None."""
    doc = noun.doc
    if noun.lower_ not in NO_CHOICE_NOUNS or noun.dep_ != "dobj" or noun.head.lemma_ != "have" \
            or not any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children):
        return None
    if noun.i + 3 >= len(doc) or doc[noun.i + 1].lower_ != "but" or doc[noun.i + 2].lower_ != "to":
        return None
    verb = doc[noun.i + 3]
    if verb.tag_ != "VB" or verb.head.i != noun.i + 1:
        return None
    return verb


def _time_clause_verb(prep):
    """The finite verb of the clause that `prep` ("after", "before" ...) opens when the parser
    took it for a preposition with the clause's subject as its object, else None: the first word
    after the object's phrase (past commas and the verb's adverbs), a finite verb with no subject
    of its own, hung as an adjective of the following noun, as an unmarked conjunct or as a clause
    with no marker of its own ("may sue after the arrival of X disrupted flights"). The verb
    the time phrase hangs on has its own subject before it, not a comma right before it, and the
    object's phrase ends in no conjunct."""
    if prep.lower_ not in TIME_CONJUNCTIONS or prep.dep_ != "prep" or prep.head.pos_ not in ("VERB", "AUX"):
        return None
    governor = prep.head
    subjects = [c for c in governor.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < governor.i]
    if not subjects or governor.doc[governor.i - 1].text == ",":
        return None  # "a try, poached after a tap-penalty, helped ...": a participle's phrase, whose comma ends it
    subject = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if subject is None or subject.pos_ not in ("NOUN", "PROPN") or subject.right_edge.dep_ == "conj":
        return None  # "after a clash with Smith and Jones came on": the verb has its own subject, the conjunct
    doc = prep.doc
    i = subject.right_edge.i + 1
    while i < len(doc) and (doc[i].is_punct and doc[i].text == "," or doc[i].dep_ == "advmod" and doc[i].head.i > i):
        i += 1
    if i >= len(doc):
        return None
    verb = doc[i]
    if verb.tag_ not in FINITE_TAGS or any(c.dep_ in ("nsubj", "nsubjpass", "cc") for c in verb.children):
        return None
    as_modifier = verb.dep_ in ("amod", "compound") and verb.head.i == i + 1 and verb.head.pos_ in ("NOUN", "PROPN")
    as_conjunct = verb.dep_ == "conj" and verb.head.i == prep.head.i and not any(c.dep_ == "cc" for c in prep.head.children)
    as_bare_clause = verb.dep_ == "advcl" and verb.head.i == prep.head.i and not any(c.dep_ == "mark" for c in verb.children)
    return verb if as_modifier or as_conjunct or as_bare_clause else None


def _make_time_clause(prep, verb) -> None:
    """Hang `verb` as a clause on the verb `prep` hung on, with `prep` its marker, the
    preposition's object its subject and a noun it was read to modify its object."""
    subject = next(c for c in prep.children if c.dep_ == "pobj")
    governor, modified = prep.head, verb.head if verb.dep_ in ("amod", "compound") else None
    verb.head, verb.dep_ = governor, "advcl"
    verb.pos_ = "VERB"
    if modified is not None:
        modified.head, modified.dep_ = verb, "dobj"
    prep.head, prep.dep_ = verb, "mark"
    subject.head, subject.dep_ = verb, "nsubj"


def _agreeing_verb(verb):
    """The verb a singular present verb goes on from when the parser joined it to a plural one in
    a clause below ("spyware watches everything that people do with their PC and steals data":
    people do not steal it, spyware does): the nearest verb above in the same form, else None."""
    head = verb.head
    if verb.dep_ != "conj" or verb.tag_ != "VBZ" or head.tag_ != "VBP" or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    return next((a for a in head.ancestors if a.tag_ == "VBZ" and a.i < verb.i), None)


def _claimed_conjunct(verb):
    """The past clause a past verb after "but" goes on from when the parser joined it to the present
    verb that reports that clause ("The book claims Jesus was not crucified, but married Mary
    Magdalene": Jesus married her, the book did not): the reported clause before it, else None."""
    head = verb.head
    doc = verb.doc
    if verb.dep_ != "conj" or verb.tag_ != "VBD" or head.tag_ not in ("VBZ", "VBP") or verb.i < 2 \
            or doc[verb.i - 1].lower_ != "but" or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    return next((c for c in head.children if c.dep_ == "ccomp" and c.i < verb.i and (
        c.tag_ == "VBD" or any(a.dep_ in ("aux", "auxpass") and a.tag_ == "VBD" for a in c.children))), None)


def _name_read_verb_conjunct(word):
    """The name before "and" when `word` is a capitalised word inside a sentence that the parser
    read as a verb joined to the verb whose object that name is, with a noun right after it as
    its own object ("headline the Leeds and Reading festivals"), else None."""
    doc, verb = word.doc, word.head
    if word.dep_ != "conj" or word.pos_ != "VERB" or verb.pos_ != "VERB" or word.i < 2 or not capital_inside_sentence(word):
        return None
    name = doc[word.i - 2]
    if doc[word.i - 1].lower_ not in ("and", "&") or doc[word.i - 1].head.i not in (verb.i, name.i, word.i):
        return None
    if name.dep_ != "dobj" or name.head.i != verb.i or name.pos_ != "PROPN" or name.right_edge.i not in (name.i, word.i - 1):
        return None
    noun = next((c for c in word.children if c.dep_ == "dobj"), None)
    if noun is None or noun.pos_ != "NOUN" or noun.left_edge.i != word.i + 1 or any(
            c.dep_ in CLAUSE_OPENER_DEPS | {"aux", "dobj"} and c.i != noun.i for c in word.children):
        return None
    return name


def _join_names_before_noun(name, word) -> None:
    """Make the object of `word` the object of the verb in the place of `name`, with the words
    before `name` (its article, its owner) and `name` itself its modifiers, and `word` a name
    joined to `name` by the "and" between them; what else hung on `word` ("next month") is the verb's."""
    doc, verb = word.doc, word.head
    noun = next(c for c in word.children if c.dep_ == "dobj")
    for child in [c for c in word.children if c.i != noun.i]:
        child.head = verb
    noun.head, noun.dep_ = verb, name.dep_
    for child in [c for c in name.children if c.i < name.i]:
        child.head = noun
    name.head, name.dep_ = noun, "compound"
    word.head, word.dep_, word.pos_, word.tag_, word.lemma_ = name, "conj", "PROPN", "NNP", word.text
    doc[word.i - 1].head = name


def _idiom_phrase_on_object(prep):
    """The verb whose idiom (LIGHT_VERB_PHRASES) the preposition `prep` opens when the parser hung
    it on a noun inside that verb's direct object ("put the threat of penalties on hold"), else None."""
    if prep.dep_ != "prep" or prep.head.pos_ not in ("NOUN", "PROPN"):
        return None
    word = next((c.lemma_.lower() for c in prep.children if c.dep_ == "pobj"), None)
    noun = prep.head
    while noun.dep_ in ("pobj", "conj", "compound") and noun.head.pos_ in ("ADP", "NOUN", "PROPN"):
        noun = noun.head.head if noun.dep_ == "pobj" else noun.head
    verb = noun.head
    if noun.dep_ != "dobj" or verb.pos_ != "VERB" or (verb.lemma_.lower(), prep.lower_, word) not in LIGHT_VERB_PHRASES:
        return None
    return verb


def _recipient_read_object(token) -> bool:
    """The first of two noun phrases read as direct objects of one verb, the second right after it:
    "offered broadband users the chance", "gave the hosts a 3-1 lead" (a date is no object: "beat
    Spain last week")."""
    if token.dep_ != "dobj" or token.head.lemma_.lower() not in TRANSFER_VERBS | GIVING_VERBS or not _recipient(token):
        return False
    after = token.right_edge.i + 1
    return after < len(token.doc) and any(c.dep_ == "dobj" and c.left_edge.i == after and c.pos_ == "NOUN" and not c.ent_type_
                                          and not _recipient(c) for c in token.head.children)


def _recipient(noun) -> bool:
    """A person, a body or a group of people: who can be given something."""
    lemma = noun.lemma_.lower()
    return noun.ent_type_ in ("PERSON", "ORG", "NORP", "GPE") or lemma in PEOPLE_NOUNS or lemma.endswith(AGENT_SUFFIXES)


def verb_read_noun(token) -> bool:
    """A present verb the tagger read as a plural noun, joined by "but" or "and" to a present verb
    before it and with an object of its own ("combines airplay and sales but confines[NNS] its
    airplay data to US stations"): nouns take no objects."""
    return (token.tag_ == "NNS" and token.dep_ == "conj" and token.head.tag_ == "VBZ" and token.lower_.endswith("s")
            and any(c.dep_ == "dobj" for c in token.children) and any(c.dep_ == "cc" and c.i < token.i for c in token.head.children))


PERFECT_ADVERBS = {"since", "already", "now", "never", "also", "just", "recently", "long", "often", "twice", "once", "still"}


def _perfect_read_adjective(have):
    """The participle of "have since supported bands", read as an adjective of the object of "have"
    right after an adverb of time, else None."""
    if have.lemma_.lower() != "have" or have.pos_ not in ("VERB", "AUX") or have.i + 2 >= len(have.doc):
        return None
    adverb, participle = have.doc[have.i + 1], have.doc[have.i + 2]
    noun = participle.head
    if adverb.lower_ not in PERFECT_ADVERBS or participle.tag_ != "VBN" or participle.dep_ != "amod" or not (
            noun.head.i == have.i and noun.dep_ == "dobj" or noun.head.i == adverb.i and adverb.head.i == have.i):
        return None  # the noun the object of "have", or of "since" read as a preposition
    return participle


def _make_perfect(have, participle) -> None:
    """Make `participle` the verb, with "have" as its auxiliary and the noun as its object."""
    noun, adverb = participle.head, have.doc[have.i + 1]
    participle.head, participle.dep_ = (have.head, have.dep_) if have.head.i != have.i else (participle, have.dep_)
    participle.pos_ = "VERB"
    for child in [c for c in have.children if c.i not in (participle.i, noun.i)]:
        child.head = participle
    noun.head, noun.dep_ = participle, "dobj"
    adverb.head, adverb.dep_, adverb.pos_ = participle, "advmod", "ADV"
    have.head, have.dep_, have.pos_ = participle, "aux", "AUX"


def _absolute_participle(verb):
    """The subject of a past form with no auxiliary in a with-clause ("with its star X named best
    actor", "with Y sacked"), which the tagger read as a past tense done by its subject: a passive
    participle, undergone by it. None when `verb` is no such form."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if verb.tag_ not in ("VBD", "VBN") or verb.dep_ not in ("advcl", "conj", "pcomp") or subject is None or any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return None
    opener = next((c for c in verb.children if c.dep_ in ("prep", "mark") and c.lower_ == "with" and c.i < subject.i), None)
    if opener is None and verb.dep_ == "pcomp" and verb.head.lower_ == "with":
        opener = verb.head  # "with Xavi singled out as the star", the clause read as the object of "with"
    return subject if opener is not None and all(t.pos_ != "VERB" for t in verb.doc[opener.i + 1:subject.i]) else None


def _title_participle(verb):
    """The subject a sentence's opening participle and its object run into with no comma between
    ("Defending champion and top seed Andy Roddick rallied"): the participle is a word of the
    title before the name, no act of the name's. None when `verb` opens no such sentence."""
    children = list(verb.children)
    if verb.tag_ != "VBG" or verb.dep_ != "advcl" or verb.i != verb.sent.start or len(children) != 1 or children[0].dep_ != "dobj":
        return None
    obj, subject = children[0], next((c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if obj.i != verb.i + 1 or subject is None or subject.pos_ != "PROPN" or subject.left_edge.i != obj.right_edge.i + 1:
        return None
    return subject


def _make_absolute_passive(verb, subject) -> None:
    """Read the with-clause's past form `verb` as a passive of `subject`: the "with" opens the
    clause and is no phrase of the verb, and the object is what the subject was named or made."""
    verb.tag_, subject.dep_ = "VBN", "nsubjpass"
    for child in verb.children:
        if child.dep_ == "dobj":
            child.dep_ = "oprd"
        elif child.dep_ == "prep" and child.lower_ == "with" and child.i < subject.i:
            child.dep_ = "mark"


def _undergone_object(have):
    """The object of a "have" whose own thing, or one listed with it, has a participle after it ("has
    had more than £600 and his passport stolen", "had her appeal rejected"): the subject underwent
    what was done to it, and has none of it. None for any other verb."""
    objects = [c for c in have.children if c.dep_ == "dobj"] if have.lemma_ == "have" else []
    for obj in objects:
        for noun in (obj, *obj.conjuncts, *(c for c in have.children if c.dep_ == "conj" and c.pos_ == "NOUN")):  # also read as the verb's
            owned = any(c.dep_ == "poss" and c.tag_ == "PRP$" for c in noun.children)
            if owned and any(c.dep_ == "acl" and c.tag_ == "VBN" and c.i > noun.i for c in noun.children):
                return obj
    return None


PHASE_VERBS = {"start", "begin", "continue", "cease"}  # "started to rise": a phase of the act, which holds its phrases


def _phase_of(verb):
    """The act whose phase a verb of beginning or going on says ("is starting to rise"), or None."""
    if verb.lemma_.lower() not in PHASE_VERBS or any(c.dep_ == "dobj" for c in verb.children):
        return None
    return next((c for c in verb.children if c.dep_ == "xcomp" and c.tag_ == "VB" and any(a.lower_ == "to" for a in c.children)), None)


def _noun_read_verb(word) -> bool:
    """A plural noun after a name that is a verb's object, read as a present verb with no subject of
    its own ("received Kennedy Center honours[VBZ]", "sold Velta shares[VBZ]"): the name's noun."""
    name = word.doc[word.i - 1] if word.i else None
    return (word.tag_ == "VBZ" and word.is_lower and word.lower_.endswith("s") and word.lemma_ not in ("be", "have", "do")
            and name is not None and name.pos_ == "PROPN"
            and name.dep_ in ("dobj", "pobj") and bool(name.whitespace_) and word.dep_ in ("advcl", "conj", "dep", "ccomp")
            and name.head.i != word.i and not any(a.i == word.i for a in name.head.ancestors)  # the name hangs outside its clause
            and not any(c.dep_ in ("nsubj", "nsubjpass", "dobj", "ccomp", "xcomp") for c in word.children))


def _make_noun_of_name(word) -> None:
    """Make `word` the noun of the name before it, in the name's place ("Kennedy Center honours")."""
    name = word.doc[word.i - 1]
    word.tag_, word.pos_, word.dep_, word.head = "NNS", "NOUN", name.dep_, name.head
    name.dep_, name.head = "compound", word


def _modal_participle(word) -> bool:
    """A past participle the parser made a verb under a bare modal ("as will newly elected leader
    Mahmoud Abbas"): a modal takes a participle only through "have" or "be", so the word describes
    the noun after it."""
    aux = {c.lower_ for c in word.children if c.dep_ in ("aux", "auxpass")}
    return (word.tag_ == "VBN" and word.dep_ != "ROOT" and any(c.tag_ == "MD" and c.dep_ == "aux" for c in word.children)
            and not aux & {"have", "has", "had", "be", "been", "being"} and any(c.dep_ == "dobj" and c.i > word.i for c in word.children))


def _noun_after_currency(word):
    """The noun a currency written out before its amount belongs to ("a record Australian dollars
    648m profit", parsed as "dollars" made and "profit" a loose adverb): the object is the profit.
    None when `word` is no such currency."""
    after = word.doc[word.i + 1:word.i + 4]
    if word.lower_ not in CURRENCY_WORDS or word.dep_ not in ("dobj", "pobj", "nsubj") or not after or not after[0].like_num:
        return None
    noun = next((t for t in after[1:] if t.pos_ == "NOUN" and t.dep_ in ("npadvmod", "appos", "dep", "dobj")), None)
    return noun if noun is not None and noun.head.i == word.head.i else None
