"""Subjects the parser hides in an opening phrase of time: "On Tuesday Mitsubishi, the only
carmaker in the red, confirmed the talks" is read as "on [Tuesday Mitsubishi]" with the
apposition "the only carmaker" as the verb's subject. The name after the day is the subject, and
the noun phrase set off by commas after it describes it.

A description before a name, set off by a comma, that the parser read as a second subject: in
"Zambia's technical director, Kalusha Bwalya is confident" the name is the subject and the
description its apposition.

A title before a role noun and a name, with no comma, that the parser made the subject with the
role and the name as its appositions: in "Super Size Me director Morgan Spurlock has won" the
person is the subject and the title and role words name them, as in "Dogville director Lars von
Trier has won"; so with a title word ("Gibraltar's Chief Minister Peter Caruana will represent").

A name that ends an opening phrase with no comma after it ("from the resultant free-kick Laurent
Robert curled the ball wide"), read as the phrase's noun: the name is the subject of the verb
right after it, which had none, and the common noun before it ends the phrase.

A subject read as the object of the conjunction opening its clause ("as Liverpool reach the
most crucial point", with "as" a preposition): it is the subject of the verb right after it.

A speaker named after the speech verb, between commas, before the clause it reports, that the
parser made a second subject of that clause ("For instance, said Mr Makower, credit cards are rare").

The subject of a second clause read as one more object of the first ("will benefit charities in the
region and the Swiss star will donate her prize money"): a noun phrase after "and" right before a
verb of its own, which has no subject, is that verb's subject; so too before a verb in the past the
parser took for one of time with no word to open it ("donated $1m to the Red Cross and actor X
pledged[advcl] ..."), when the first of the two is the first verb's own object and no list goes on.

What a copula joined to a first verb says its subject is, read as that verb's object ("has been
singing and dancing and was the fastest robot"): the noun after the copula is its complement.

The subject of a reported clause read as the object of the reporting verb ("Labour has always
maintained Mr Brown would have a role", "he said the firm had no plans"): the noun right before a
complement clause's verb that has no subject of its own is that verb's subject."""
from __future__ import annotations

from kg.extract.lexicon import DESCRIBED_PERSON_HEADS, PERSON_ROLE_HEADS, PERSON_TITLES
from kg.extract.repair_modifiers import FINITE_TAGS

# past forms that are no past participles: "Smith, 32, took the title" is no aside
PAST_ONLY_FORMS = {
    "took", "gave", "went", "came", "saw", "won", "wrote", "began", "rose", "fell", "ran", "drove", "spoke", "broke",
    "chose", "flew", "grew", "knew", "threw", "wore", "did", "was", "were", "became", "beat", "ate", "sang", "swam",
}
NAMING_VERBS = {"make", "name", "appoint", "elect", "vote", "crown", "declare", "dub"}  # "made a dame": her title
TIME_PREPS = {"on", "in", "at", "by", "during"}  # "On Tuesday", "In January", "By Friday"
FLOATING_QUANTIFIERS = {"both", "all", "each"}  # "Robinson and Lewsey both did": said of the subject before them
CLAUSE_CONJUNCTIONS = {"as", "while", "since", "until", "after", "before", "because", "when", "once"}  # "as Liverpool reach"
INVERTED_SPEECH_VERBS = {"say", "add", "explain", "insist", "continue", "warn", "argue", "note", "claim"}  # "said Mr X, ..."
REPORTED_CLAUSE_VERBS = INVERTED_SPEECH_VERBS | {  # verbs whose complement is a clause with a subject of its own
    "tell", "state", "declare", "announce", "maintain", "believe", "think", "reckon", "feel", "fear",
    "hope", "know", "suggest", "indicate", "show", "reveal", "find", "admit", "deny", "confirm", "predict", "expect"}


def repair_subjects(doc) -> None:
    """Run, in place and in this order, each repair of this module (see the module's doc)."""
    dated_subjects(doc)  # "On Tuesday Mitsubishi, the only carmaker in the red, confirmed"
    fronted_subjects(doc)  # "from the resultant free-kick Laurent Robert curled the ball wide"
    conjunction_subjects(doc)  # "as Liverpool reach the most crucial point", with "as" a preposition
    conjoined_subjects(doc)  # "benefit charities and the Swiss star will donate"
    subject_titles_read_as_conjuncts(doc)  # "had undergone surgery and Dutch football federation spokesman X said"
    complements_of_joined_copulas(doc)  # "has been singing and dancing and was the fastest robot"
    reported_subjects(doc)  # "maintained Mr Brown[dobj] would have a role"
    described_subjects(doc)  # "Zambia's technical director, Kalusha Bwalya is confident"
    listed_subjects(doc)  # "Cable firms NTL and Telewest have launched"
    renamed_after_relatives(doc)  # "The group which represents X, Universities UK, said": the group is Universities UK
    inverted_speakers(doc)  # "For instance, said Mr Makower, credit cards are rare"
    titled_subjects(doc)  # "Super Size Me director Morgan Spurlock has won"
    subjects_titled_by_a_work(doc)  # "Only Fools and Horses star David Jason criticised": one subject
    participle_asides(doc)  # "The Briton, made a dame in January, won the vote": the participle describes her
    gapped_passive_subjects(doc)  # "payments were halted and accounts frozen": the accounts were frozen
    objects_read_as_clauses(doc)  # "made his debut[ccomp] in 1994": the verb's object
    second_subjects(doc)  # "the decision to 'kill' the offending star[nsubjpass] is relayed": the killing's object


def second_subjects(doc) -> None:
    """Mend, in place, every second subject of one verb that follows a verb with no object of its own
    ("The decision to drown out or 'kill' the offending star with music is relayed": the star is
    what would be killed, the decision what is relayed): a clause has one subject, and a noun phrase
    right after a transitive verb, quote marks aside, is its object."""
    for verb in doc:
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        if len(subjects) < 2:
            continue
        later = subjects[-1]
        before = next((t for t in reversed(doc[subjects[0].i + 1 : later.left_edge.i]) if not (t.is_punct or t.is_quote)), None)
        if before is not None and before.pos_ == "VERB" and before.tag_ in ("VB", "VBD", "VBG") and subjects[0].is_ancestor(before) \
                and not any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in before.children):
            later.head, later.dep_ = before, "dobj"


def participle_asides(doc) -> None:
    """Mend, in place, every participle clause set off by commas right after its sentence's subject
    that the parser made the main verb, with the real verb after the second comma joined to it ("The
    Briton, made a dame in January, won the vote"): no comma parts a subject from its own verb, so
    the participle is said of the subject, which was made a dame, and the verb after it is the
    sentence's. A past form that is no participle ("Smith, took", "went") is left as read."""
    for verb in doc:
        if verb.tag_ not in ("VBD", "VBN") or verb.lower_ in PAST_ONLY_FORMS or verb.i < 2 or doc[verb.i - 1].text != ",":
            continue
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is None or subject.right_edge.i not in (verb.i - 2, verb.i - 1) or subject.pos_ not in ("NOUN", "PROPN") \
                or any(c.dep_ in ("aux", "auxpass", "neg", "cc", "agent") or c.lower_ == "by" for c in verb.children) \
                or any(t.lower_ == "by" and t.head.dep_ == "pobj" for t in verb.subtree):
            continue  # one with a by-phrase: kg.extract.repair_clauses gives it its doers as well
        main = next((c for c in verb.rights if c.dep_ == "conj" and c.tag_ in ("VBD", "VBZ", "VBP") and doc[c.i - 1].text == ","
                     and not any(g.dep_ in ("nsubj", "nsubjpass", "expl") for g in c.children)), None)
        if main is None:
            continue
        main.head, main.dep_ = (main, "ROOT") if verb.dep_ == "ROOT" else (verb.head, verb.dep_)
        for child in [c for c in verb.children if c.i > main.i]:  # the full stop
            child.head = main
        subject.head = main
        verb.head, verb.dep_, verb.tag_ = subject, "acl", "VBN"
        verb.set_morph("Tense=Past|VerbForm=Part")
        for complement in (c for c in verb.children if c.dep_ == "dobj" and verb.lemma_.lower() in NAMING_VERBS):
            complement.dep_ = "oprd"  # "made a dame": what she was made, as in "was made a dame"


def gapped_passive_subjects(doc) -> None:
    """Mend, in place, the subject of every participle joined to a passive verb whose auxiliary it
    leaves out ("Pension payments were halted and bank accounts frozen"): the parser reads it as an
    active subject, so the accounts would have frozen something; they were frozen."""
    for verb in doc:
        head = verb.head
        if verb.tag_ != "VBN" or verb.dep_ != "conj" or head.i == verb.i or any(c.dep_ in ("aux", "auxpass") for c in verb.children) \
                or not any(c.dep_ == "auxpass" for c in head.children):
            continue
        for subject in (c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i):
            subject.dep_ = "nsubjpass"


def dated_subjects(doc) -> None:
    """Mend, in place, every name read as the object of a time phrase ("On Tuesday Mitsubishi, the
    only carmaker in the red, confirmed"; "On Friday Barclays, the biggest lender, raised" with no
    subject at all): the name is the verb's subject and the noun phrase between commas after it
    its apposition."""
    for name in doc:
        prep = name.head
        if name.dep_ != "pobj" or name.pos_ != "PROPN" or prep.lower_ not in TIME_PREPS or name.i + 2 >= len(doc):
            continue
        day = next((c for c in name.lefts if c.dep_ == "compound" and c.ent_type_ in ("DATE", "TIME")), None)
        verb = prep.head
        if day is None or verb.pos_ not in ("VERB", "AUX") or doc[name.i + 1].text != ",":
            continue
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None:  # the apposition read as the subject: "On Tuesday Mitsubishi, the only carmaker ..., confirmed"
            comma = subject.right_edge.i if subject.right_edge.text == "," else subject.right_edge.i + 1
            if subject.pos_ != "NOUN" or subject.left_edge.i != name.i + 2 or comma >= verb.i or doc[comma].text != ",":
                continue
            subject.head, subject.dep_ = name, "appos"
        elif verb.i < name.i or not any(c.dep_ == "appos" for c in name.rights):
            continue  # the verb before the name, or no apposition to say the name is what the clause is about
        day.head, day.dep_ = prep, "pobj"
        name.head, name.dep_ = verb, "nsubj"


def fronted_subjects(doc) -> None:
    """Mend, in place, every name read as the last word of a fronted phrase with no comma after it
    ("from the resultant free-kick Laurent Robert curled the ball wide"): the common noun before the
    name ends the phrase, and the name is the subject of the verb right after it, which had none."""
    for name in doc:
        prep, verb = name.head, doc[name.i + 1] if name.i + 1 < len(doc) else None
        if name.dep_ != "pobj" or name.pos_ != "PROPN" or name.ent_type_ not in ("PERSON", "ORG") or verb is None \
                or prep.dep_ != "prep" or prep.head.i != verb.i or verb.tag_ not in ("VBD", "VBZ", "VBP") or prep.i > name.i \
                or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
            continue
        nouns = [c for c in name.lefts if c.dep_ == "compound" and c.pos_ == "NOUN"]
        if not nouns or prep.i > 0 and doc[prep.i - 1].dep_ not in ("cc", "punct") and not doc[prep.i].is_sent_start:
            continue  # a phrase inside the clause, not one that opens it
        noun = nouns[-1]
        for child in [c for c in name.lefts if c.i < noun.i]:
            child.head = noun
        noun.head, noun.dep_ = prep, "pobj"
        name.head, name.dep_ = verb, "nsubj"


def conjunction_subjects(doc) -> None:
    """Mend, in place, every subject read as the object of the conjunction that opens its clause
    ("Parry is at the helm as Liverpool reach the crucial point", with "as" taken for a
    preposition; "as Arsenal have lost", with "as" a preposition of the noun before; "after their
    hope, Paula Radcliffe, dropped out"): the noun right before a finite verb, or its auxiliaries,
    with no subject of its own is its subject."""
    for noun in doc:
        conjunction = noun.head
        if noun.dep_ != "pobj" or conjunction.dep_ not in ("mark", "prep") or conjunction.lower_ not in CLAUSE_CONJUNCTIONS:
            continue
        verb = conjunction.head if conjunction.dep_ == "mark" else _verb_after_auxiliaries(noun) if noun.pos_ == "PROPN" \
            else _verb_after_name(noun)
        if verb is None or noun.right_edge.i + 1 != verb.left_edge.i and noun.right_edge.i + 1 != verb.i \
                or verb.tag_ not in ("VBD", "VBZ", "VBP") and not any(c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBD", "VBZ", "VBP", "MD")
                                                                      for c in verb.children) \
                or any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
            continue
        governor = None  # for "as" read as a preposition, the verb before it: "struggled as Arsenal have gradually lost"
        if conjunction.dep_ == "prep":
            governor = next((a for a in conjunction.ancestors if a.pos_ in ("VERB", "AUX")), None)
            if governor is None or governor.i > conjunction.i:
                continue
        noun.head, noun.dep_ = verb, "nsubj"
        if governor is not None:  # the clause is one of time on that verb
            conjunction.head, conjunction.dep_ = verb, "mark"
            verb.head, verb.dep_ = governor, "advcl"


def _verb_after_auxiliaries(noun):
    """The verb whose auxiliaries, and adverbs, follow the noun with nothing between ("as Arsenal
    [have gradually] lost"), or None."""
    doc, i = noun.doc, noun.right_edge.i + 1
    if i >= len(doc) or doc[i].dep_ not in ("aux", "auxpass") or doc[i].head.i <= i:
        return None
    verb = doc[i].head
    return verb if all(t.dep_ in ("aux", "auxpass", "advmod", "neg") for t in doc[i:verb.i]) and verb.pos_ == "VERB" else None


def _verb_after_name(noun):
    """The finite verb right after a noun with a person's name set off by commas after it ("after
    their biggest medal hope, Paula Radcliffe, dropped out"), or None."""
    doc, i = noun.doc, noun.right_edge.i + 1
    named = any(c.dep_ == "appos" and c.ent_type_ == "PERSON" and c.i > noun.i for c in noun.children) and doc[i - 1].text == ","
    return doc[i] if named and i < len(doc) and doc[i].tag_ in ("VBD", "VBZ") and doc[i].pos_ == "VERB" else None


def described_subjects(doc) -> None:
    """Mend, in place, every verb with two subjects, a common noun and then a person's name after
    a comma ("Zambia's technical director, Kalusha Bwalya is confident"): the noun phrase becomes
    the name's apposition; right before the name, with no comma, the noun titles it ("Spanish fifth seed Tommy Robredo"), so too
    with two objects ("told the Spanish newspaper El Faro"). Of two objects a name and then a common noun, the name is who
    the act was done to ("denied Marla Quinn her third number one": a dative), as is any object before a sum ("costs users $1")."""
    for verb, dep in ((v, d) for v in doc for d in ("nsubj", "dobj")):
        subjects = [c for c in verb.children if c.dep_ == dep]
        if len(subjects) != 2 or verb.pos_ not in ("VERB", "AUX"):
            continue
        noun, name = subjects
        if dep == "dobj" and _recipient(noun, name):
            noun.dep_ = "dative"
        if dep == "dobj" and not (name.left_edge.i == noun.i + 1 and noun.i < name.i):
            continue  # two objects: "told the Spanish newspaper El Faro" only with the noun right before the name
        end = noun.right_edge.i - (doc[noun.right_edge.i].text == ",")  # the parser may hang the comma on the noun
        if noun.pos_ != "NOUN" or name.pos_ != "PROPN":
            continue
        if name.ent_type_ == "PERSON" and name.left_edge.i == end + 2 and doc[end + 1].text == ",":
            noun.head, noun.dep_ = name, "appos"
        elif name.left_edge.i == noun.i + 1 and noun.right_edge.i == noun.i and noun.is_lower \
                and not any(c.dep_ == "conj" for c in name.children):  # "Spanish fifth seed Tommy Robredo" (a list: listed_subjects)
            noun.head, noun.dep_ = name, "compound"  # secured": the noun titles the name


def _recipient(first, second) -> bool:
    """Whether `first` of two objects of one verb, right before `second`, is who the act was done to:
    a name or a pronoun before a noun with its own article or owner ("denied Marla Quinn her third
    number one"; not "founded the X label"), or any noun before a sum ("costs users $1 an hour")."""
    if second.left_edge.i != first.right_edge.i + 1:
        return False
    if second.ent_type_ == "MONEY" or any(c.tag_ == "$" for c in second.children):
        return first.pos_ in ("NOUN", "PROPN", "PRON")
    return first.pos_ in ("PROPN", "PRON") and second.pos_ == "NOUN" and first.right_edge.i == first.i \
        and second.left_edge.dep_ in ("det", "poss") and not any(c.dep_ == "det" for c in first.children)


def renamed_after_relatives(doc) -> None:
    """Mend, in place, every name set off by commas right after a relative clause on a subject and
    right before the subject's verb ("The group which represents vice-chancellors, Universities UK,
    said"), which the parser made an apposition of the clause's last noun: it renames the subject."""
    for name in doc:
        if name.dep_ != "appos" or name.pos_ != "PROPN" or name.left_edge.i == 0 or doc[name.left_edge.i - 1].text != "," \
                or any(c.dep_ in ("conj", "cc") for c in name.children):
            continue  # not a list ("commissioned by the executive, X, Y and Z,")
        clause = next((a for a in name.ancestors if a.dep_ == "relcl"), None)
        subject = clause.head if clause is not None else None
        after = name.right_edge.i + 1
        if subject is None or subject.dep_ not in ("nsubj", "nsubjpass") or clause.right_edge.i not in (name.right_edge.i, after) \
                or after + 1 >= len(doc) or doc[after].text != "," or doc[after + 1].i != subject.head.i:
            continue
        name.head = subject


def listed_subjects(doc) -> None:
    """Mend, in place, every verb with two subjects, a plural common noun and right after it a list
    of names ("Cable firms NTL and Telewest have launched"): the names are the noun's apposition,
    the noun saying what they are (see kg.extract.lists.kind_named_by_list)."""
    for verb in doc:
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        if len(subjects) != 2:
            continue
        noun, name = subjects
        if noun.tag_ == "NNS" and noun.is_lower and name.pos_ == "PROPN" and name.left_edge.i == noun.i + 1 \
                and any(c.dep_ == "conj" for c in name.children):
            name.head, name.dep_ = noun, "appos"


def inverted_speakers(doc) -> None:
    """Mend, in place, every name right after a speech verb that has no subject, and set off by a
    comma, that the parser made a second subject of the clause the verb reports ("For instance,
    said Mr Makower, credit cards are rare in China"): the name is the speaker, not the cards."""
    for verb in doc:
        if verb.lemma_.lower() not in INVERTED_SPEECH_VERBS or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
            continue
        for clause in (c for c in verb.children if c.dep_ == "ccomp"):
            subjects = [c for c in clause.children if c.dep_ == "nsubj"]
            if len(subjects) == 1 and (aside := _subject_read_apposition(subjects[0])) is not None:
                aside.head, aside.dep_ = clause, "nsubj"  # "said Mr Hogan, 2004 saw a rise": 2004 saw it
                subjects.append(aside)
            if len(subjects) != 2 or subjects[0].left_edge.i != verb.i + 1 or subjects[0].pos_ != "PROPN":
                continue
            end = subjects[0].right_edge.i
            if doc[end].text == "," or end + 1 < len(doc) and doc[end + 1].text == ",":
                subjects[0].head = verb


def _subject_read_apposition(name):
    """The clause's own subject the parser hung on the speaker's name before it as an apposition,
    after a comma and right before the clause's verb ("said Mr Hogan, 2004 saw a significant rise"),
    or None; not a description of the speaker, which a comma closes ("said Ed Moss, an analyst, ...")."""
    doc = name.doc
    for c in name.children:
        after = doc[c.right_edge.i + 1] if c.right_edge.i + 1 < len(doc) else None
        if c.dep_ == "appos" and c.i > name.i and doc[c.left_edge.i - 1].text == "," and after is not None \
                and (after.i == name.head.i or after.head.i == name.head.i and after.dep_ in ("aux", "auxpass", "advmod")):
            return c
    return None


def titled_subjects(doc) -> None:
    """Mend, in place, every subject a role noun and a person's name follow as appositions with no
    comma between ("Super Size Me director Morgan Spurlock has won"): the name is the subject, and
    the role and the title before it are compounds of the name."""
    for name in doc:
        role = name.head
        if (title := _second_title(name)) is not None:  # "Defending champion and top seed Tom Hale": one person
            title.dep_ = "dep"  # no conjunct: neither a second subject nor a word of the name (not "broadcaster X", a body)
        titled = role.is_title and role.lemma_.lower() in PERSON_TITLES and role.dep_ in ("nsubj", "nsubjpass")  # "Chief Minister"
        if name.dep_ != "appos" or name.ent_type_ != "PERSON" or not (role.is_lower or titled) or name.left_edge.i != role.i + 1:
            continue
        subject = next((a for a in role.ancestors if a.dep_ in ("nsubj", "nsubjpass") or a.pos_ in ("VERB", "AUX")), None)
        subject = role if titled else subject
        between = doc[subject.left_edge.i:name.i] if subject is not None else ()
        if subject is None or subject.dep_ not in ("nsubj", "nsubjpass") or any(
                t.is_punct and t.tag_ != "POS" or t.dep_ in ("cc", "conj") or t.dep_ == "poss" and not (titled and t.pos_ == "PROPN")
                for t in between):
            continue  # not "X and his campaign boss Alan Milburn": two people; "Gibraltar's Chief Minister X" is one
        if titled:  # the title's own words ("Gibraltar's Chief") go with it
            name.head, name.dep_, role.head, role.dep_ = role.head, role.dep_, name, "compound"
            continue
        verb, dep = subject.head, subject.dep_
        name.head, name.dep_ = verb, dep
        role.head, role.dep_ = name, "compound"
        subject.head, subject.dep_ = role, "compound"


def subjects_titled_by_a_work(doc) -> None:
    """Mend, in place, every subject a title with "and" in it, a role noun and a person's name make,
    that the parser read as a list ("Only Fools and Horses star David Jason criticised British TV":
    Jason criticised it, the star of the show): the name is the subject, the role its compound and
    the title's words the role's."""
    for name in doc:
        first = name.head
        if name.dep_ != "conj" or name.ent_type_ != "PERSON" or first.dep_ not in ("nsubj", "nsubjpass") or first.i > name.i:
            continue
        k = name.i - 1
        while k > first.i and doc[k].ent_type_ == "PERSON" and doc[k].is_title:
            k -= 1  # "David" of "David Jason"
        role, title = doc[k], doc[first.left_edge.i : k]
        if not role.is_lower or role.lemma_.lower() not in DESCRIBED_PERSON_HEADS | PERSON_ROLE_HEADS or len(title) < 3 \
                or not any(t.lower_ in ("and", "&") for t in title) or not all(t.is_title or t.lower_ in ("and", "&", "of", "the") for t in title):
            continue
        verb, dep = first.head, first.dep_
        name.head, name.dep_ = verb, dep
        role.head, role.dep_ = name, "compound"
        for token in title:
            if not title.start <= token.head.i < title.end or token.i == first.i or token.head.i == first.i and token.dep_ in ("cc", "conj"):
                token.head, token.dep_ = role, "compound"


def _second_title(name):
    """The second of two roles joined by "and" right before a person's name that the parser made an
    apposition of the first ("Defending champion and top seed Tom Hale"), else None: both are his
    titles, and the second is no one of its own."""
    role = name.head
    if name.dep_ != "appos" or name.ent_type_ != "PERSON" or not role.is_lower:
        return None
    return next((c for c in role.children if c.dep_ == "conj" and c.is_lower and c.pos_ == "NOUN"
                 and role.i < c.i and name.left_edge.i == c.i + 1), None)


def conjoined_subjects(doc) -> None:
    """Mend, in place, every subject of a conjoined clause that the parser added to the first
    clause's nouns ("benefit charities and the Swiss star will donate", "had a solid game and Robinson
    and Lewsey both did nothing wrong"): the noun before the verb is its subject, and the verb the
    one conjoined to the first."""
    for verb in doc:  # a complement clause with no "that" and no subject is one such verb too ("help X and the council will pay")
        floating = next((c for c in verb.children if c.dep_ == "nsubj" and c.lower_ in FLOATING_QUANTIFIERS), None)
        unmarked = _unmarked_finite_clause(verb)  # "... to X and actor Y pledged[advcl]"
        if verb.dep_ not in ("conj", "ccomp") and not unmarked or verb.pos_ not in ("VERB", "AUX") or verb.head.pos_ not in ("VERB", "AUX") \
                or any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") and (floating is None or c.i != floating.i) for c in verb.children):
            continue
        start = _finite_start(verb) if floating is None else floating.i if floating.i + 1 == verb.i else None  # "both did"
        noun = None if start is None else next((t for t in doc[:start] if t.right_edge.i == start - 1 and t.dep_ == "conj"
                                                and t.pos_ in ("NOUN", "PROPN") and t.head.pos_ in ("NOUN", "PROPN")), None)
        if noun is None or noun.left_edge.i == 0 or noun.is_ancestor(verb) or unmarked and not _second_of_an_object(noun, verb.head):
            continue  # "a move involving A, B and C culminated[advcl] in": the end of a list on another verb, no subject
        joiner = doc[noun.left_edge.i - 1]
        if joiner.dep_ != "cc" or joiner.lower_ not in ("and", "but") or doc[joiner.i - 1].is_punct and doc[joiner.i - 1].text != ",":
            continue
        noun.head, noun.dep_ = verb, "nsubj"
        joiner.head, verb.dep_ = verb.head, "conj"  # the parser may have made the clause the first verb's complement
        if floating is not None:  # "and Robinson and Lewsey both did nothing wrong": "both" is no subject of its own
            floating.dep_ = "advmod"


def subject_titles_read_as_conjuncts(doc) -> None:
    """Mend, in place, every bare noun the parser added to the objects of a first clause that opens
    the subject of a clause joined to it ("Michels had undergone heart surgery and Dutch football
    federation (KNVB) spokesman Frank Huizinga said"): it is the body in the subject's title, no
    second thing undergone."""
    for verb in doc:
        subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.pos_ == "PROPN"), None)
        if subject is None or verb.dep_ != "conj" or subject.left_edge.i == 0:
            continue
        noun = next((t for t in doc[:subject.left_edge.i] if t.right_edge.i == subject.left_edge.i - 1 and t.dep_ == "conj"
                     and t.pos_ in ("NOUN", "PROPN") and t.head.pos_ in ("NOUN", "PROPN")), None)
        title = next((t for t in subject.subtree if t.dep_ == "compound" and t.pos_ == "NOUN" and t.head.i == subject.i), None)
        if noun is None or title is None or any(c.dep_ in ("det", "poss", "nummod") for c in noun.children):
            continue
        joiner = doc[noun.left_edge.i - 1]
        if joiner.dep_ == "cc" and joiner.lower_ in ("and", "but") and joiner.head.i == noun.head.i:
            noun.head, noun.dep_ = title, "compound"
            joiner.head = verb


def complements_of_joined_copulas(doc) -> None:
    """Mend, in place, every noun the parser made the object of a first verb when a copula joined to
    that verb stands between them with no complement of its own ("Qrio has been singing, jogging and
    dancing and was, until last year, the fastest robot on two legs"): the noun is what Qrio was."""
    for noun in doc:
        verb = noun.head
        if noun.dep_ != "dobj" or verb.i > noun.i:
            continue
        copula = next((c for c in verb.children if c.dep_ == "conj" and c.lemma_ == "be" and c.i < noun.left_edge.i
                       and not any(g.dep_ in ("attr", "acomp", "dobj", "ccomp", "xcomp") for g in c.children)), None)
        if copula is not None:
            noun.head, noun.dep_ = copula, "attr"


def _unmarked_finite_clause(verb) -> bool:
    """A finite verb the parser hung as a clause of time or cause with no word to open it: more often
    a second clause whose subject it added to the first clause's objects."""
    return verb.dep_ == "advcl" and verb.tag_ in FINITE_TAGS and not any(
        c.dep_ == "mark" or c.tag_ in ("WRB", "WDT") for c in verb.children)


def _second_of_an_object(noun, verb) -> bool:
    """Whether `noun` is the second of just two things that `verb` itself takes ("donated $1m to the
    Red Cross and actor X"), not the end of a longer list or of a phrase on another verb."""
    owner = next((a for a in noun.ancestors if a.pos_ in ("VERB", "AUX")), None)
    return len(noun.head.conjuncts) == 1 and owner is not None and owner.i == verb.i and noun.head.dep_ != "appos"


def reported_subjects(doc) -> None:
    """Mend, in place, every subject of a reported clause that the parser made the reporting verb's
    object ("maintained Mr Brown would have a role"): the object right before the clause's verb
    (or its auxiliaries), which has no subject, is that verb's subject."""
    for clause in doc:
        verb = clause.head
        if clause.dep_ != "ccomp" or verb.lemma_.lower() not in REPORTED_CLAUSE_VERBS or clause.i < verb.i \
                or any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj", "mark") for c in clause.children):
            continue
        start = _finite_start(clause)
        noun = None if start is None else next(
            (c for c in verb.children if c.dep_ == "dobj" and c.right_edge.i == start - 1 and c.pos_ in ("NOUN", "PROPN", "PRON")
             and not any(t.lower_ == "that" or t.dep_ == "mark" for t in c.subtree)), None)  # not "... to prove that X"
        if noun is not None:
            noun.head, noun.dep_ = clause, "nsubjpass" if any(c.dep_ == "auxpass" for c in clause.children) else "nsubj"


def _finite_start(verb) -> int | None:
    """Where the clause of a finite `verb` begins, at its first auxiliary, negation or adverb ("the
    star [will] donate"), or None when the verb is not finite: a bare present may be a noun the
    tagger took for a verb ("Ireland lock[VBP] Paul O'Connell"), though never "are" or "have" ("revealed Liverpool are in talks")."""
    if verb.tag_ not in ("VBD", "VBZ") and not (verb.tag_ == "VBP" and verb.lemma_ in ("be", "have")) \
            and not any(c.dep_ in ("aux", "auxpass") for c in verb.lefts):
        return None
    return min([verb.i, *(c.i for c in verb.lefts if c.dep_ in ("aux", "auxpass", "neg", "advmod"))])


def objects_read_as_clauses(doc) -> None:
    """Mend, in place, every common noun the parser hung on a verb as a clause ("made his Davis Cup
    debut[ccomp] in 1994"), with no subject, auxiliary or verb of its own and the verb no object:
    the noun is the verb's object, and a phrase after it is said with it ("make debut in", not "make in")."""
    for noun in doc:
        verb = noun.head
        if noun.dep_ in ("ccomp", "xcomp") and noun.tag_ in ("NN", "NNS") and verb.pos_ == "VERB" and verb.i < noun.i \
                and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "mark", "cop") for c in noun.children) \
                and any(c.dep_ in ("det", "poss", "amod", "compound", "nummod") for c in noun.children) \
                and not any(c.dep_ == "dobj" for c in verb.children):
            noun.dep_ = "dobj"
