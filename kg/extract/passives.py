"""Passive clauses over the spaCy parse: whether a verb's clause is passive, what it is about
(its patients) and who does it (the nouns of its by-phrase).

A verb is passive with a passive subject ("was closed"), as a participle after a noun ("hostages
freed by Hamas"), as a participle clause opening its sentence ("Founded in 1990, the firm ..."),
or coordinated with a verb whose subject it shares ("was arrested and [was] released"). Used by
`kg.extract.clauses`, which gives a passive clause its agents for subjects and its patients for
objects.
"""
from __future__ import annotations

from kg.extract.given_names import given_name_gender
from kg.extract.lexicon import (
    BODY_DESCRIPTION_NOUNS, DESCRIBED_PERSON_HEADS, NAMED_BODY_NOUNS, FACILITY_HEADS, HONORIFICS, MEDIA_HEADS, OBJECT_CONTROL_VERBS, PERSON_ROLE_HEADS, PERSON_TITLES, RESULT_PARTICIPLES,
    TIME_CAUSE_PREPS,
    WORK_NOUNS,
)
from kg.extract.surnames import PERSON_SURNAMES

SUBJECT_DEPS = {"nsubj", "csubj"}  # active subjects
PASSIVE_SUBJECT_DEPS = {"nsubjpass", "csubjpass"}  # the patient of a passive verb
GERUND_TIME_PREPS = TIME_CAUSE_PREPS | {"without", "upon", "on"}  # "after being shown", "despite being sold"
RELATIVE_PRONOUNS = {"who", "whom", "which", "that", "whose"}
LINKING_VERBS = {"be", "become", "remain"}  # "X is (became, remained) a Y": the Y is said of X
PERSONAL_OBJECTS = {"him", "her", "me", "us"}  # object pronouns that are always people ("an offer for him which ...")
THING_NOUNS = WORK_NOUNS | MEDIA_HEADS | FACILITY_HEADS  # nouns that are never a "who" ("the author of the book who")
PERSON_HEADS = PERSON_ROLE_HEADS | DESCRIBED_PERSON_HEADS  # nouns for a person ("the chairman", "the striker")
TRADE_WORDS = PERSON_TITLES | DESCRIBED_PERSON_HEADS  # a person's title or trade before a name ("singer Joss Stone")
TRADE_SUFFIXES = ("ist", "ian")  # and trades the lists miss ("journalist", "historian"); not "-er", which makers share
SMALL_CLAUSE_VERBS = {"see", "watch", "have", "get", "leave", "want", "need", "find"}  # "saw Reed sacked", "had his licence revoked"
RETAINED_OBJECT_VERBS = {"deny", "refuse", "grant", "award", "offer", "give", "hand", "show", "allow", "fine", "promise"}  # "denied bail"
SOURCE_PARTICIPLES = {"report", "quote", "cite"}  # in brackets after a noun, they name the story's source, not the noun's
# Nouns for a body or a thing that an apposition the parser hung on a person's name cannot describe
APPOSED_THINGS = NAMED_BODY_NOUNS | BODY_DESCRIPTION_NOUNS | THING_NOUNS | {"tank", "equipment", "technology", "device", "product", "software"}
# What an act brings about, told by a "which" as by a participle ("..., which ended a run", "..., which sparked a crisis")
CLAUSE_RESULT_VERBS = RESULT_PARTICIPLES | {"bring", "lead", "extend", "secure", "seal", "clinch", "complete", "condemn", "lift",
                                            "earn", "set", "take"}


def is_passive(verb) -> bool:
    """A passive clause: "was closed", "hostages freed by", "loved by God and [exalted]", "has yet to be appointed"; not "hints that hopes had [faded]"."""
    own_subject = any(c.dep_ in SUBJECT_DEPS for c in verb.children)
    if any(c.dep_ in PASSIVE_SUBJECT_DEPS for c in verb.children) or (_acl_participle(verb) and not misread_clause(verb) and not own_subject):
        return True
    if verb.dep_ in ("xcomp", "advcl") and verb.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in verb.children) and not own_subject:
        return True  # also "..., having been awarded a contract last year": the subject above was awarded it
    return reduced_passive(verb) or shares_passive(verb) or passive_gerund(verb) or small_clause_passive(verb)


def small_clause_passive(verb) -> bool:
    """"a dispute which saw The Game thrown out of G-Unit", "the row saw Reed sacked by Velta": a past participle
    with a subject and no auxiliary, as what a verb of seeing or having takes, says what was done to that subject."""
    return verb.tag_ == "VBN" and verb.dep_ in ("ccomp", "xcomp", "oprd") and verb.head.lemma_.lower() in SMALL_CLAUSE_VERBS \
        and any(c.dep_ == "nsubj" for c in verb.children) and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)


def _acl_participle(verb) -> bool:
    """A past participle hung on a noun ("hostages freed by"), also one the tagger called a past tense
    after a comma, with no subject and an as-phrase ("The Fast Show, cited as his favourite": cited, not
    citing; but "an impressive Argentina appeared in control": the parser's misreading of a main verb)."""
    return verb.dep_ == "acl" and (verb.tag_ == "VBN" or verb.tag_ == "VBD" and verb.doc[verb.i - 1].text == "," and not any(
        c.dep_ in SUBJECT_DEPS or c.tag_ in ("WDT", "WP") for c in verb.children) and any(c.dep_ == "prep" and c.lower_ == "as" for c in verb.children))


def trailing_passive(verb) -> bool:
    """"gave his views in interviews, conducted as part of X": a past participle after a comma at a
    clause's end, with no auxiliary, subject or by-phrase, tells what was done to something, by
    nobody the sentence names (not by the clause's subject). One with a clause of its own ("on trial,
    accused of overseeing a fraud") is said of the subject, who does what the clause says."""
    return (verb.dep_ == "advcl" and verb.tag_ == "VBN" and verb.i > verb.head.i and verb.doc[verb.i - 1].text == ","
            and not any(c.dep_ in ("aux", "auxpass", "agent", "xcomp", "ccomp", *SUBJECT_DEPS)
                        or c.dep_ == "prep" and any(g.dep_ == "pcomp" for g in c.children) for c in verb.children))


def reduced_passive(verb) -> bool:
    """"When asked about her plans, Holmes said", "Founded in 1990, the firm ...": a participle
    clause opening its sentence, with no auxiliary and no subject, is said of its governor's subject
    (one after a noun, "FleetBoston, bought by BOA", may be the noun's)."""
    opener = all(t.dep_ in ("advmod", "mark", "cc") for t in verb.doc[verb.sent.start:verb.i])  # "And when asked ..."
    return opener and verb.dep_ == "advcl" and verb.tag_ == "VBN" and not any(c.dep_ in ("aux", "auxpass", *SUBJECT_DEPS) for c in verb.children)


def passive_gerund(verb) -> bool:
    """"was sent off after being shown the red card": a passive gerund with no subject of its own
    after a preposition of time or concession, said of its governor's subject, which it is done to
    (not "accused the men of being involved": the men)."""
    return verb.tag_ == "VBN" and verb.dep_ == "pcomp" and verb.head.lower_ in GERUND_TIME_PREPS and any(
        c.dep_ == "auxpass" and c.lower_ == "being" for c in verb.children) and not any(
        c.dep_ in SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS for c in verb.children)


def misread_clause(verb) -> bool:
    """"..., and the courts sent in bailiffs": a past form right after a noun the parser coordinated
    with a verb is that noun's own clause, not a participle describing it (no by-phrase follows)."""
    noun = verb.head
    return (
        verb.dep_ == "acl" and verb.tag_ in ("VBN", "VBD") and verb.i == noun.i + 1 and noun.dep_ == "conj"
        and noun.head.pos_ in ("VERB", "AUX") and not agents(verb)
        and any(c.dep_ in ("dobj", "prt", "prep") for c in verb.children)
    )


def shares_passive(verb) -> bool:
    """A participle sharing the subject of a verb it is coordinated with, and passive: "was arrested and released",
    "was arrested and was released", "sued and was fined", "having been charged and [tagged past tense] denied bail"."""
    deps = {c.dep_ for c in verb.children}
    if verb.dep_ != "conj" or verb.tag_ not in ("VBN", "VBD") or verb.head.i == verb.i or verb.head.pos_ not in ("VERB", "AUX") \
            or deps & (SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS):
        return False
    if verb.tag_ == "VBD":  # a past form after a passive with "been", the same word ("having been charged and denied
        # bail"): passive too, with no object or one a verb of giving keeps ("and admitted the offence" is active)
        return "aux" not in deps and any(c.dep_ == "auxpass" and c.lower_ == "been" for c in verb.head.children) \
            and ("dobj" not in deps or verb.lemma_.lower() in RETAINED_OBJECT_VERBS)
    return "auxpass" in deps or "aux" not in deps and is_passive(verb.head)


def patients(verb) -> list:
    """What a passive verb's clause is about: its nsubjpass, the noun a participle modifies, or
    the patient of the passive verb it is coordinated with."""
    own = [c for c in verb.children if c.dep_ in PASSIVE_SUBJECT_DEPS or c.dep_ == "nsubj" and small_clause_passive(verb)]
    if own:
        return own
    if verb.dep_ == "xcomp" and verb.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in verb.children) or reduced_passive(verb):
        # "a coach has yet to be appointed", "When asked about it, Holmes said": the governor's subject; "ordered
        # the contracts to be examined": the object of a verb that hands an act on
        handed = [c for c in verb.head.children if c.dep_ == "dobj" and c.i < verb.i] if verb.dep_ == "xcomp" \
            and verb.head.lemma_.lower() in OBJECT_CONTROL_VERBS and any(c.lower_ == "to" for c in verb.children) else []
        return handed or [c for c in verb.head.children if c.dep_ in SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS]
    if _acl_participle(verb):
        if verb.lemma_.lower() in SOURCE_PARTICIPLES and verb.i > 0 and verb.doc[verb.i - 1].text == "(":
            return []  # "waiting for the doors to open (reported by the paper X)": where the story comes from
        return [_closing_item(verb) or predicated(verb.head)]
    if passive_gerund(verb) and (governor := next((a for a in verb.ancestors if a.pos_ in ("VERB", "AUX")), None)) is not None:
        return [c for c in governor.children if c.dep_ in SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS]  # "after being shown the card"
    if shares_passive(verb):  # the patient of a passive governor, or the doer of an active one
        return patients(verb.head) or [c for c in verb.head.children if c.dep_ in SUBJECT_DEPS]
    return []


NAMING_NOUNS = {"name", "moniker", "nickname", "alias", "pseudonym", "codename", "handle", "surname"}  # not "title": "won by PlayStation title Singstar"


def agents(verb) -> list:
    """The nouns of a passive verb's by-phrase; not a name one goes by ("known only by his moniker Deathifier")."""
    return [p for c in verb.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj" and not any(
        w.lemma_.lower() in NAMING_NOUNS for w in (p, *(n for n in p.children if n.dep_ == "compound")))]


def predicated(noun, relative=None):
    """The subject a predicate noun is said of ("Celeski is a footballer [who plays]": Celeski;
    "I was the one [who]": I); other nouns as they are, also the name a cleft puts in focus ("It
    was Velta Bank [that] bought it": Velta Bank). A `relative` "which" the parser hung on a person
    stands for the thing named right before it ("a spokesman for the BSA[,] which commissioned"), or
    for the noun the person's phrase hangs on (see `_governor_of_misplaced`)."""
    before = thing_before(relative) if relative is not None and relative.lower_ == "which" else None
    if before is not None and before.i > noun.i and (noun.ent_type_ == "PERSON" or noun.lemma_.lower() in PERSON_ROLE_HEADS):
        return before  # also "Geoff Graber, director of Yahoo Games, which attracts": Yahoo Games
    if relative is not None and _hung_across(noun, relative):
        return relative  # "suing Wal-Mart over a CD by Evanescence that contains ...": not Wal-Mart, nor sure which
    if relative is not None and (governor := _governor_of_misplaced(noun, relative)) is not None:
        return governor
    if relative is not None and _clause_which(noun, relative):
        return relative  # "lost at Old Trafford, which ended a run": the defeat did, no one we can name
    if relative is not None and (agreeing := _agreeing_item(noun, relative)) is not None:
        return agreeing
    if noun.dep_ == "attr" and noun.head.lemma_.lower() in LINKING_VERBS:
        subjects = [c for c in noun.head.children if c.dep_ in SUBJECT_DEPS]
        cleft = subjects and subjects[0].lower_ == "it" and noun.pos_ == "PROPN"  # not "it is a body that has": the body is it
        if subjects and not cleft and subjects[0].lower_ not in RELATIVE_PRONOUNS and subjects[0].dep_ != "expl":
            return subjects[0]
    return _specified(noun) or noun


def _specified(noun):
    """The name a "the"-noun is said to be by "be" ("The only player offering a threat was Tom Reed",
    "the man who scored was Ian Dunn"): the noun picks out that one; else None."""
    verb = noun.head
    if noun.dep_ != "nsubj" or noun.pos_ != "NOUN" or verb.lemma_ != "be" or any(c.dep_ == "neg" for c in verb.children) \
            or not any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children):
        return None
    return next((c for c in verb.children if c.dep_ == "attr" and c.pos_ == "PROPN" and c.ent_type_ in ("PERSON", "ORG")), None)


def _closing_item(participle):
    """The last item of a list of things each with its "a" that a participle after the list's
    closing comma is about ("a mother and a younger brother, played by X": the brother), or None
    ("China and India, followed by Indonesia": both)."""
    noun, start = participle.head, participle.left_edge.i
    items = [c for c in noun.conjuncts if noun.i < c.i < participle.i]
    if not items or start < 2 or participle.doc[start - 1].text != "," or items[-1].right_edge.i != start - 2:
        return None
    single = all(any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in n.children) for n in (noun, items[-1]))
    return items[-1] if single else None


def _hung_across(noun, relative) -> bool:
    """Whether the parser hung a relative clause with no comma before it on a noun across words
    that are not the noun's ("suing Wal-Mart over a CD by Evanescence that contains"): such a
    clause follows its noun's phrase, so the noun it was hung on is not the one it is about."""
    clause = next((a for a in relative.ancestors if a.dep_ == "relcl"), None)
    if clause is None or clause.head.i != noun.i or clause.left_edge.i < 1 or noun.doc[clause.left_edge.i - 1].is_punct:
        return False  # "..., which gives them an edge": a clause after a comma may be about all that came before
    inside = {t.i for t in noun.subtree} - {t.i for t in clause.subtree}
    between = range(max(inside) + 1, clause.left_edge.i) if inside else ()
    return any(not noun.doc[i].is_punct for i in between)


def thing_apposed_to_person(noun):
    """What an apposition naming a body or a thing stands for when the parser hung it on a person's
    name: the body named between them ("Andrew Nachison, director of the Media Center, a think-tank
    that ...": the Media Center), else the apposition itself ("Dr Paniccia, telecoms equipment
    that ..."), never the person; None for other nouns."""
    person = noun.head
    if noun.dep_ != "appos" or noun.pos_ != "NOUN" or not _person(person) or noun.lemma_.lower() not in APPOSED_THINGS:
        return None
    bodies = [e for e in noun.doc.ents if e.label_ == "ORG" and person.i < e.start and e.end <= noun.left_edge.i]
    return bodies[-1].root if bodies else noun


def thing_before(pronoun):
    """The noun, no person's name, that ends right before a relative pronoun or the punctuation
    before it ("Ian Dunn, head of Velta, which"), or None; a body's name that ends in a list of
    places stands for the body (see `_named_body`)."""
    i = pronoun.i - 1
    while i >= 0 and pronoun.doc[i].is_punct:
        i -= 1
    word = _named_body(pronoun.doc[i]) if i >= 0 else None
    return word if word is not None and word.pos_ in ("NOUN", "PROPN") and word.ent_type_ != "PERSON" else None


def _named_body(word):
    """The body whose name ends in `word` when it ends in a list of places ("the Police Federation
    of England and Wales": the Federation), else `word`."""
    first = word
    while first.dep_ == "conj" and first.head.i < first.i:
        first = first.head
    owner = first.head.head if first is not word and first.dep_ == "pobj" and first.head.lower_ == "of" else None
    return owner if owner is not None and owner.pos_ == "PROPN" and owner.ent_type_ not in ("", "PERSON", "GPE") else word


def _clause_which(noun, relative) -> bool:
    """A "which" after a comma that follows where a clause's act happened and tells what the act
    brought about ("Arsenal lost 2-0 at Old Trafford, which ended a 49-match unbeaten run"): it
    stands for the act, not for the place the parser hangs it on."""
    doc = relative.doc
    return relative.lower_ == "which" and relative.i > 0 and doc[relative.i - 1].text == "," and noun.dep_ == "pobj" \
        and noun.head.lower_ in ("at", "in", "on") and noun.head.head.pos_ == "VERB" and relative.head.lemma_.lower() in CLAUSE_RESULT_VERBS


def _governor_of_misplaced(noun, relative):
    """A relative clause the parser hung on the object of a noun's preposition that cannot be what
    its pronoun stands for: "which" after a person ("an offer for Reid which beat ..."), "who" after
    a thing ("the author of the book who lives ..."). It is about the noun the preposition hangs on
    ("offer", "author"). A "which" whose person's phrase hangs on a verb stands for nothing we can
    name: the relative itself. None when the noun can be what the pronoun stands for, is in no
    prepositional phrase, or the noun the phrase hangs on cannot be what it stands for either."""
    if relative.lower_ == "which":
        misplaced = _person(noun)
    else:
        if relative.lower_ == "who" and (people := _origin(noun)) is not None:
            return people  # "children from Albania who have failed": the children
        misplaced = relative.lower_ == "who" and noun.pos_ == "NOUN" and not noun.ent_type_ \
            and noun.lemma_.lower() in THING_NOUNS
    if not misplaced:
        return None
    if relative.lower_ == "which" and (host := _participle_host(noun)) is not None:
        return host  # "a gig starring Clapton and Holland, which raised £1m", "the novel written by Zaidi, which looks at"
    if noun.dep_ != "pobj" or noun.head.dep_ not in ("prep", "dative"):
        return None  # "will play cult leader Humma Kavula, which was created by Adams": a character, maybe
    governor = noun.head.head
    if governor.pos_ not in ("NOUN", "PROPN"):  # "wrote to Tom Hall which ...": about nothing we can name
        return relative if relative.lower_ == "which" else None  # "the hospital who": a body may be a "who"
    person = governor.ent_type_ == "PERSON" or governor.lemma_.lower() in PERSON_HEADS
    return governor if person == (relative.lower_ == "who") else None


def _participle_host(noun):
    """The thing a participle phrase hangs on when `noun`, or the list it heads, is the participle's
    object or agent ("a gig starring Clapton and Holland", "the novel written by Zaidi": the gig, the
    novel; "the novel of the same name written by": the novel); None when there is no such phrase or
    it hangs on a person."""
    while noun.dep_ == "conj" and noun.head.i < noun.i:
        noun = noun.head
    if noun.dep_ == "pobj" and noun.head.dep_ == "agent":
        verb = noun.head.head
    elif noun.dep_ == "dobj":
        verb = noun.head
    else:
        return None
    host = verb.head
    if verb.dep_ != "acl" or verb.tag_ not in ("VBG", "VBN") or host.pos_ != "NOUN":
        return None
    if host.dep_ == "pobj" and host.head.lower_ == "of" and host.head.head.pos_ == "NOUN":
        host = host.head.head  # the noun a kind, name or list of things is said of
    return None if host.ent_type_ == "PERSON" or host.lemma_.lower() in PERSON_HEADS else host


def _origin(noun):
    """The people a place's name says where they come from ("children from Albania", "return
    children from Albania" with the phrase on the verb), or None."""
    if noun.ent_type_ not in ("GPE", "LOC") or noun.dep_ != "pobj" or noun.head.lower_ != "from" or noun.head.i < 1:
        return None
    people = noun.doc[noun.head.i - 1]  # the phrase's noun or, on a verb, its object right before "from"
    held = people.i == noun.head.head.i or people.dep_ == "dobj" and people.head.i == noun.head.head.i
    return people if held and people.tag_ == "NNS" and people.ent_type_ == "" else None


def _person(noun) -> bool:
    """A person's pronoun ("him"), a name opened by a given name or an honorific ("Ana Ruiz", "Ms
    Lowe"), or a last name the article gave with a given name elsewhere ("Reid" after "Mark Reid").
    The entity tag alone does not tell: a firm's name may be tagged as a person's ("Biogen Idec")."""
    if noun.lower_ in PERSONAL_OBJECTS:
        return True
    if noun.pos_ != "PROPN" or noun.ent_type_ not in ("", "PERSON"):
        return False
    first = noun.doc[noun.left_edge.i]
    return noun.text in noun.doc.user_data.get(PERSON_SURNAMES, ()) or first.i < noun.i and (
        first.lower_.rstrip(".") in HONORIFICS or given_name_gender(first.text) != "") or any(
        t.dep_ == "compound" and t.pos_ == "NOUN" and (t.lemma_.lower() in TRADE_WORDS or t.lower_.endswith(TRADE_SUFFIXES))
        for t in noun.doc[first.i:noun.i])  # "journalist S Hussain Zaidi", "singer Joss Stone": a person's trade before the name


def _agreeing_item(noun, relative):
    """What a relative clause right after a list is about, by the number of its verb: the last item
    for a singular verb ("Levy and Bogdanovic - who has played in two rubbers": Bogdanovic), the
    whole list (its first item) for a plural verb after a singular item ("Reed and Ruiz, who have
    both played"); None when the number does not tell ("which have risen" after "shares"). A
    "which" with a verb of no number after a comma ("Edge of Darkness, Vertical Limit and Beyond
    Borders, which starred X") is about the last thing, the one reading true whether it means that
    item or all of them (a "who" after a list of people is more often about all of them)."""
    verb = relative.head
    forms = [verb, *(c for c in verb.children if c.dep_ in ("aux", "auxpass"))]
    items = [c for c in noun.conjuncts if noun.i < c.i < relative.i]
    plural = any(t.tag_ == "VBP" or t.lower_ == "were" for t in forms)
    closes_list = bool(items) and relative.i - items[-1].right_edge.i in (1, 2)  # right after the last item, or its comma
    if len(items) >= 2 and closes_list and any(c.lower_ == "both" for c in verb.children):
        return items[-2]  # "winger Downing and strikers Hasselbaink and Viduka, who both ended": the last two
    if items and relative.i - items[-1].i <= 3 and any(t.tag_ == "VBZ" or t.lower_ == "was" for t in forms):
        return items[-1]
    if closes_list and not plural and relative.lower_ == "which" and relative.doc[relative.i - 1].text == "," \
            and not any(t.lower_ in ("respectively", "both", "all") for t in verb.subtree):  # not "which make X and Y respectively"
        return items[-1]
    first = noun
    while first.dep_ == "conj" and first.head.i < first.i and first.head.pos_ in ("NOUN", "PROPN"):
        first = first.head
    if first is not noun and noun.tag_ in ("NN", "NNP") and plural:
        return first
    return None
