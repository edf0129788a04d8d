"""What the syntax around a personal pronoun says of what it stands for: the person, gender and
number of each pronoun, an "it" that stands for nothing, the argument that controls a pronoun, the
speaker whose report it opens (or the body a spokesman speaks for), a plural noun a "they" stands
for, and whether it means a pair. Tokens in, tokens out: the mentions are made in
kg.extract.mentions."""
from __future__ import annotations

from kg.extract.affiliation import SPOKESPEOPLE
from kg.extract.clauses import (
    PASSIVE_SUBJECT_DEPS,
    QUANTITY_HEADS,
    SPEECH_VERBS,
    SUBJECT_DEPS,
    SubjectRule,
    is_clause_head,
)
from kg.extract.given_names import given_name_gender, honorific_gender, noun_gender
from kg.extract.lexicon import (
    COLLECTIVE_NOUNS,
    DESCRIBED_PERSON_HEADS,
    ORGANIZATION_HEADS,
    PERSON_ROLE_HEADS,
    PERSON_TITLES,
)
from kg.extract.state import State, frame_of

PERSONAL_PRONOUNS = {
    "he": ("3", "m", False), "him": ("3", "m", False), "his": ("3", "m", False), "himself": ("3", "m", False),
    "she": ("3", "f", False), "her": ("3", "f", False), "hers": ("3", "f", False), "herself": ("3", "f", False),
    "they": ("3", "", True), "them": ("3", "", True), "their": ("3", "", True), "themselves": ("3", "", True),
    "i": ("1", "", False), "me": ("1", "", False), "my": ("1", "", False), "myself": ("1", "", False),
    "we": ("1", "", True), "us": ("1", "", True), "our": ("1", "", True), "ourselves": ("1", "", True),
    "it": ("3", "n", False), "its": ("3", "n", False), "itself": ("3", "n", False),
}
COPULAS = {"be", "seem", "appear", "remain", "become"}  # "it is important that...": "it" stands for nothing
PROPORTION_WORDS = {"%", "percent", "cent", "proportion", "share", "fraction", "quarter", "third"}  # "40% said they"
PEOPLE_NOUNS = PERSON_TITLES | PERSON_ROLE_HEADS | DESCRIBED_PERSON_HEADS | {  # a singular one of these is a he or she
    "man", "woman", "boy", "girl", "father", "mother", "son", "daughter", "husband", "wife", "brother", "sister",
    "friend", "official", "manager", "boss", "coach", "owner", "founder", "lawyer", "doctor", "teacher",
}
REPORTING_VERBS = SPEECH_VERBS | {"confirm", "admit", "deny", "reveal"}  # verbs whose clause a speaker's they or he opens
SPEAKERS_FOR_BODIES = SPOKESPEOPLE | {"representative"}  # whose "they" or "we" is the body they speak for
OBJECT_PRONOUN_DEPS = {"dobj", "dative", "pobj"}  # "them" in "thanked them", "gave them", "for them"


def controller(state: State, para_index: int, pronoun):
    """The token a pronoun most likely stands for by the syntax around it, or None: in "He urged
    the chancellor to admit he had erred", the second "he" is the one urged to admit, the
    chancellor (object control makes the chancellor the subject of "admit")."""
    clause = pronoun.head
    if (topic := _topic(pronoun) or _fronted_owner(pronoun) or _fronted_clause_subject(pronoun)) is not None:
        # "As for Kenenisa Bekele, he was well beaten": Bekele; "When he surprised MPs, Mr Johnson said": Johnson
        return topic
    if pronoun.lower_ == "it" and pronoun.dep_ == "dobj":
        return _parallel_object(pronoun)
    if (doer := _doer_above(pronoun) or _relative_subject(pronoun)) is not None:  # "Veritas was formed by Kilroy-Silk after he
        return doer  # quit UKIP": Kilroy-Silk; "met Ian Dunn, who said he would leave": Dunn
    if pronoun.dep_ != "nsubj" or clause.dep_ != "ccomp" or not is_clause_head(clause.head):
        return None
    frame = frame_of(state, para_index, clause.head)
    if frame.rule is not SubjectRule.OBJECT_CONTROL or not frame.subjects:
        return None
    return frame.subjects[0]


def _doer_above(pronoun):
    """For a he or she that is the subject of a clause hung on another ("after he quit", "claimed
    that he was"), the person who does the other clause's act when its subject is no person: the
    agent of a passive ("Veritas was formed by Kilroy-Silk after he quit UKIP") or the owner of a
    subject ("Burger's award came a week after he won", "Elgindy's team claimed that he was
    fighting"), also across "and" or from a relative clause on the subject ("Rooney's return was always
    a flashpoint, and he was involved", "Meyer's party, which he had represented"). A person named before in the same sentence is nearer than any subject of the one
    before; None where the subject is a person (resolution takes it), where a passive subject's
    owner and its agent are both named, or where no such name is there."""
    clause = pronoun.head
    if pronoun.dep_ not in ("nsubj", "nsubjpass") or pronoun.lower_ not in ("he", "she"):
        return None
    if clause.dep_ == "relcl" and not any(c.tag_ == "WRB" for c in clause.children):  # "Meyer's party, which he had
        # represented": the noun the clause describes (not "X's trial, where he is a witness": a place for anyone)
        subject = clause.head.head if clause.head.dep_ == "appos" else clause.head  # "Meyer's party, Clwyd North West, which"
    elif clause.dep_ in ("advcl", "ccomp", "conj") and clause.head.pos_ in ("VERB", "AUX"):  # also "Rooney's return
        subject = next((c for c in clause.head.children if c.dep_ in SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS), None)  # was ..., and he"
        if clause.dep_ == "advcl" and (fortune := _fortune_of(clause.head, pronoun)) is not None:
            return fortune
    else:
        return None
    if subject is not None and subject.lower_ in ("i", "we") and clause.dep_ in ("conj", "advcl"):
        return _met_by_speaker(clause.head, pronoun)  # "I looked at Gavin, and he gave me a nod": Gavin
    if subject is None or subject.i > pronoun.i or subject.pos_ == "PRON" or agrees(pronoun, subject):
        return None
    doers = [c for c in subject.children if c.dep_ == "poss" and c.pos_ == "PROPN"]
    if subject.dep_ in PASSIVE_SUBJECT_DEPS:  # with an owner too ("Reed's shot was saved by Dunn after he"): either
        doers += [o for a in clause.head.children if a.dep_ == "agent" and a.i < pronoun.i for o in a.children if o.dep_ == "pobj"]
    # a name the tagger took for a body may be a person all the same ("Burger's award"): resolution
    # binds the pronoun to it only if the text made it one
    return doers[0] if len(doers) == 1 and (agrees(pronoun, doers[0]) or doers[0].ent_type_ in ("ORG", "")) else None


def _relative_subject(pronoun):
    """For a he or she that is the subject of a clause inside a who-clause ("met Ian Dunn, who said he
    would leave", "Ian Dunn - who is unlikely to play while he recovers -"), the person the who-clause
    is about, when the pronoun agrees with them and no clause between has a subject of its own."""
    if pronoun.dep_ not in ("nsubj", "nsubjpass") or pronoun.lower_ not in ("he", "she"):
        return None
    clause = pronoun.head
    while clause.dep_ in ("advcl", "ccomp", "xcomp", "conj") and clause.head.pos_ in ("VERB", "AUX"):
        clause = clause.head
        if clause.dep_ != "relcl" and any(c.dep_ in SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS for c in clause.children):
            return None  # "who said Tom Reed knew he ...": the nearer subject's
    if clause.i == pronoun.head.i or clause.dep_ != "relcl" or not any(
            c.dep_ == "nsubj" and c.lower_ in ("who", "that") for c in clause.children):
        return None
    person = clause.head
    return person if person.ent_type_ == "PERSON" and agrees(pronoun, person) else None


def _met_by_speaker(verb, pronoun):
    """The one person an I or a we met, called or looked at in the clause before a he or she ("I rang Ian Dunn and he
    told me", "We looked at Gavin, and he nodded"): the he is no one the speaker names further back; else None."""
    objects = [c for c in verb.children if c.dep_ == "dobj"] + [
        o for p in verb.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"]
    sex = PERSONAL_PRONOUNS[pronoun.lower_][1]
    names = [o for o in objects if o.pos_ == "PROPN" and o.i < pronoun.i
             and (agrees(pronoun, o) or given_name_gender(o.text) == sex)]  # "Gavin", which the tagger calls a place
    return names[0] if len(names) == 1 else None


def _fortune_of(verb, pronoun):
    """The one name a "There was a setback for X" or "It was a good night for X" is about, for a he or
    she opening a clause hung on it ("... as she suffered a recurrence of her injury"): such a sentence
    has no doer, so the name it is for is the nearest person, nearer than any subject before; else None."""
    subject = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS | {"expl"}), None)
    if verb.lemma_ != "be" or subject is None or not (subject.dep_ == "expl" or subject.lower_ == "it"):
        return None
    holders = {verb} | {c for c in verb.children if c.dep_ == "attr"}
    names = [o for h in holders for p in h.children if p.dep_ == "prep" and p.lower_ in ("for", "to") and p.i < pronoun.i
             for o in p.children if o.dep_ == "pobj" and o.pos_ == "PROPN"]
    return names[0] if len(names) == 1 and (agrees(pronoun, names[0]) or names[0].ent_type_ == "PERSON") else None


def _fronted_owner(pronoun):
    """The name that is the subject of the clause a phrase opening the sentence is hung on, for a
    his, her or its inside that phrase ("In his pre-Budget report, Mr Brown surprised ...": Brown's
    report, whoever was named before), when the name is of the pronoun's kind; else None ("In his absence,
    Ian Dunn took charge": someone else's)."""
    opener = pronoun.sent[0]
    if pronoun.dep_ != "poss" or pronoun.lower_ not in ("his", "her", "its") or opener.dep_ != "prep" \
            or pronoun.head.lower_ in ("absence", "place", "stead") \
            or not opener.left_edge.i <= pronoun.i <= opener.right_edge.i or opener.head.pos_ not in ("VERB", "AUX"):
        return None
    subject = next((c for c in opener.head.children if c.dep_ in ("nsubj", "nsubjpass") and c.i > opener.right_edge.i), None)
    kinds = ("ORG",) if pronoun.lower_ == "its" else ("PERSON",)
    return subject if subject is not None and subject.pos_ == "PROPN" and subject.ent_type_ in kinds else None


def _fronted_clause_subject(pronoun):
    """The person named as the subject of the main clause, for a he or she that is the subject of a
    clause of time, cause or concession opening the sentence before it ("In November, when he
    surprised MPs by announcing the move, Mr Johnson said"; "After she won in Leeds, Ana Ruiz
    thanked the crowd"): news names the one such a clause is about right after it; else None."""
    clause = pronoun.head
    when = clause.dep_ == "relcl" and any(c.lower_ == "when" for c in clause.children) and clause.head.dep_ == "pobj" \
        and clause.head.head.dep_ == "prep"  # "In November, when he ...": a time the clause opens on
    main = clause.head.head.head if when else clause.head
    if pronoun.dep_ not in ("nsubj", "nsubjpass") or pronoun.lower_ not in ("he", "she") or main.pos_ not in ("VERB", "AUX") \
            or not (when or clause.dep_ == "advcl" and any(c.dep_ == "mark" or c.tag_ == "WRB" for c in clause.children)):
        return None
    subject = next((c for c in main.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    named = subject is not None and subject.i > clause.right_edge.i and subject.pos_ == "PROPN"
    return subject if named and agrees(pronoun, subject) else None


def _topic(pronoun):
    """The name an "As for X," that opens the sentence sets up, for the subject pronoun of the clause
    it opens, or None."""
    sent = pronoun.sent
    words = [t.lower_ for t in sent[:2]]
    if words != ["as", "for"] or pronoun.dep_ not in ("nsubj", "nsubjpass") or pronoun.head.head.i != pronoun.head.i:
        return None
    name = next((c for c in sent[1].children if c.dep_ == "pobj"), None)
    return name if name is not None and name.pos_ == "PROPN" and pronoun.head.i in {a.i for a in sent[0].ancestors} else None


def reporter(pronoun):
    """The subject of the speech verb that reports the clause a subject pronoun opens, or a clause
    joined to it, when the two agree: "The other nominees said they had made films", "40% said
    they watched less TV", "The coach said he was tired", "Yukos argued that since it had a US
    subsidiary ...". The reported clause is the reporter's own account, so a he, they or (for a
    body) it there is the reporter unless the number or the kind of thing says otherwise; not an it
    that a noun predicate describes ("the firm said it was a mistake")."""
    clause = pronoun.head
    if pronoun.dep_ not in ("nsubj", "nsubjpass") or pronoun.lower_ == "it" and _described_it(clause):  # "claims that it is being punished"
        return None
    for _ in range(3):  # "argued that since it had ...": up through the clauses joined to the reported one
        # (not past a clause coordinated with one whose own subject comes first: that subject is nearer)
        other_subject = clause.dep_ == "conj" and any(c.dep_ in SUBJECT_DEPS and c.i < pronoun.i for c in clause.head.children)
        if clause.dep_ not in ("advcl", "conj") or other_subject:
            break
        clause = clause.head
    if clause.dep_ != "ccomp":
        return None
    verb = clause.head
    if verb.lemma_.lower() not in REPORTING_VERBS or not is_clause_head(verb):
        return None
    speakers = [c for c in verb.children if c.dep_ == "nsubj"]
    if not speakers or speakers[0].i > pronoun.i:
        return None  # "He will win, the coach said": a he the speaker talks about, not the speaker
    return speakers[0] if agrees(pronoun, speakers[0]) else _spoken_for(pronoun, speakers[0])


def _spoken_for(pronoun, speaker):
    """The body a spokesman named with it speaks for, when a they or we he reports is that body ("A
    South Wales Police spokeswoman confirmed that they were looking at it"), else None."""
    if pronoun.lower_ not in ("they", "we") or speaker.lemma_.lower() not in SPEAKERS_FOR_BODIES:
        return None
    return next((c for c in speaker.children if c.dep_ in ("compound", "poss") and (c.ent_type_ in ("ORG", "GPE", "NORP") or c.pos_ == "PROPN")), None)


def _described_it(clause) -> bool:
    """"it was a mistake", "it is time": an it a noun predicate describes is seldom a body."""
    return clause.lemma_.lower() in COPULAS and any(c.dep_ == "attr" for c in clause.children)


def means_a_pair(pronoun) -> bool:
    """Whether the nearest subject above a they, them or their joins two or more things ("Reid and
    Cole are to learn if they will be charged", "Reid and Cole lost their appeal"): the pronoun then
    stands for them together, which no one entity is. An object's own clause is passed over, as
    "Reid and Cole thanked them" thanks somebody else."""
    verbs = [a for a in pronoun.ancestors if a.pos_ in ("VERB", "AUX")]
    if pronoun.dep_ in OBJECT_PRONOUN_DEPS:
        verbs = verbs[1:]
    for verb in verbs:
        subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS and c.i < pronoun.i]
        if subjects:
            first = subjects[0]
            if first.lower_ == "they" and first.i != pronoun.i:
                return means_a_pair(first)  # "They own 29% through their vehicle": as the they is
            return first.pos_ in ("NOUN", "PROPN") and any(c.dep_ == "conj" for c in first.children)
    return _pair_before(pronoun)


def plural_subject_before(pronoun):
    """The nearest subject before a subject they in its sentence, when it is a plural common noun
    ("When players come out, they will play DVDs", "The e-mails show that they came from"), not one
    inside what someone says or thinks ("They understand property rights are not ..., and they"); or
    None. Where the graph keeps no node for those, the pronoun stands for nothing it keeps (a name
    further back would be a guess)."""
    if pronoun.lower_ != "they":
        return None
    nearest = next((t for t in reversed(pronoun.doc[pronoun.sent.start : pronoun.i]) if t.dep_ in SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS), None)
    return nearest if nearest is not None and nearest.tag_ == "NNS" and nearest.pos_ == "NOUN" and nearest.head.dep_ != "ccomp" else None


def _pair_before(pronoun) -> bool:
    """Whether the sentence before the pronoun's ends on two names joined by "and" ("... the
    tycoons JP McManus and John Magnier. They own 29%"), or has two people so joined as its subject
    when the pronoun is a subject. Another pair that is that sentence's subject is left to
    resolution, which finds a word for the group or one of the pair ("Citizens Bank and Canal Bank
    are the two lenders ... They are now closed")."""
    start = pronoun.sent.start
    if start == 0:
        return False
    before = pronoun.doc[start - 1].sent
    last = next((t for t in reversed(before) if t.pos_ in ("NOUN", "PROPN")), None)
    return last is not None and last.pos_ == "PROPN" and last.dep_ == "conj" and last.head.pos_ == "PROPN" \
        or pronoun.dep_ in SUBJECT_DEPS and _named_pair_subject(before.root) and not any(  # not "When players come out, they"
            t.dep_ in SUBJECT_DEPS and t.tag_ in ("NNS", "NNPS") and t.i < pronoun.i for t in pronoun.sent)


def _named_pair_subject(verb) -> bool:
    """Whether a clause's subject is two names joined by "and" ("Kenteris, 31, and Thanou, 30,
    had been charged") or a word for a few people ("the pair"), and no noun after a copula names
    them as one group ("Citizens Bank and Canal Bank are the two lenders"): a they that opens the
    next sentence is the pair."""
    subject = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS), None)
    pair = subject is not None and (subject.pos_ == "PROPN" and any(c.dep_ == "conj" and c.pos_ == "PROPN" for c in subject.children)
                                    or subject.lemma_.lower() in COLLECTIVE_NOUNS)  # "The pair have worked together"
    return pair and not any(c.dep_ == "attr" for c in verb.children)


def agrees(pronoun, noun) -> bool:
    """Whether `noun` can be what `pronoun` stands for by number and kind: they for plurals, groups,
    organisations and proportions of people; he or she for one person."""
    _person, gender, plural = PERSONAL_PRONOUNS[pronoun.lower_]
    if noun.tag_ == "PRP":
        other = PERSONAL_PRONOUNS.get(noun.lower_)
        return other is not None and other[0] == "3" and (other[1], other[2]) == (gender, plural)
    many = noun.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in noun.children) or noun.like_num \
        or noun.lower_ in QUANTITY_HEADS | PROPORTION_WORDS
    if plural:
        return many or noun.ent_type_ in ("ORG", "NORP")
    if gender == "n":  # "Yukos said it would appeal": a name or a body (resolution keeps a person's name from an it)
        return not many and (noun.pos_ == "PROPN" or noun.pos_ == "NOUN" and noun.lemma_.lower() in ORGANIZATION_HEADS)
    if gender and noun_sex(noun) not in ("", gender):
        return False  # "Steve Cram said she ...": she is someone else
    return not many and (noun.ent_type_ == "PERSON" or noun.pos_ == "NOUN" and noun.lemma_.lower() in PEOPLE_NOUNS)


def noun_sex(noun) -> str:
    """"m" or "f" where the words of a noun phrase say the person's sex: an honorific ("Mr Smith"),
    a given name news gives to one sex ("Steve Cram"), a noun for one sex ("the actress"); else ""."""
    before = [c for c in noun.lefts if c.dep_ in ("compound", "nmod")]
    for word in before:
        if sex := honorific_gender([word.lower_.rstrip(".")]):
            return sex
    if noun.ent_type_ == "PERSON" and before and before[0].ent_type_ == "PERSON":
        return given_name_gender(before[0].text)
    return noun_gender(noun.lemma_) if noun.pos_ == "NOUN" else ""


def _parallel_object(pronoun):
    """The object an object "it" repeats from a clause joined to its own, when both clauses have
    one doer: "signed the Charter but never ratified it", "While Russia has signed the Charter, it
    has never ratified it", "bought the car and sold it"."""
    verb = pronoun.head
    if any(c.dep_ in ("oprd", "ccomp", "xcomp", "acomp", "attr") or c.dep_ == "dobj" and c.i != pronoun.i for c in verb.children):
        return None  # "making it the worst Christmas": "it" opens a small clause
    linked = [verb.head] if verb.dep_ in ("advcl", "conj") else []
    linked += [c for c in verb.children if c.dep_ in ("advcl", "conj")]
    for other in linked:
        if other.i > pronoun.i or other.pos_ not in ("VERB", "AUX"):
            continue
        objects = [c for c in other.children if c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN")]
        if len(objects) != 1:
            continue
        mine = [c for c in verb.children if c.dep_ == "nsubj"]
        theirs = [c for c in other.children if c.dep_ == "nsubj"]
        one_doer = not mine or not theirs or mine[0].pos_ == "PRON" or mine[0].lemma_ == theirs[0].lemma_
        if one_doer and not (theirs and theirs[0].pos_ == "PRON" and theirs[0].lower_ != "it" and mine and mine[0].lower_ == "it"):
            return objects[0]
    return None


def listed_name(token) -> bool:
    """A proper name coordinated with another proper name: "Wilson Pickett" in "the sound of Aretha
    Franklin, Otis Redding or Wilson Pickett", or "Aretha Franklin" there."""
    names = lambda t: t.pos_ == "PROPN" or t.ent_type_ in ("PERSON", "ORG")  # noqa: E731
    return names(token) and (token.dep_ == "conj" and names(token.head) or any(c.dep_ == "conj" and names(c) for c in token.children))


def generic_pair(token) -> bool:
    """"he or she", "she/he", "his or her": a pronoun paired with one of the other sex stands for
    anyone of a kind ("a pupil ... he or she"), never for someone the text named."""
    doc, opposite = token.doc, {"m": "f", "f": "m"}.get(_sex(token.lower_))
    return opposite is not None and any(
        0 <= token.i + step < len(doc) and doc[token.i + step // 2].lower_ in ("or", "/", "and")
        and _sex(doc[token.i + step].lower_) == opposite for step in (-2, 2))


def _sex(word: str) -> str:
    """"m", "f", "n" or "" for a personal pronoun; "" for any other word."""
    return PERSONAL_PRONOUNS[word][1] if word in PERSONAL_PRONOUNS else ""


def expletive(token) -> bool:
    """"It" that stands for nothing: "it is important that...", "it emerged that..."."""
    if token.lower_ != "it":
        return False
    if token.dep_ == "expl":
        return True
    head = token.head
    clause = any(c.dep_ in ("ccomp", "xcomp", "csubj") for c in head.children)
    return head.lemma_.lower() in COPULAS and clause or (token.dep_ == "nsubj" and clause and head.tag_ == "VBN")


def commanded_names(token) -> tuple[str, ...]:
    """The last words, lowercased, of the names inside the arguments of the verb a
    subject he or she goes with ("he admired Mr Reed's courage", "she told Reed about it"): a
    pronoun never stands for a name its own clause goes on to give. Names in clauses hung on the
    verb are left out, where the parser may have hung a phrase that belongs elsewhere. Empty for
    other pronouns, but for an owner in an apposition, who is never the one apposed ("Mr Reed, his deputy,")."""
    if token.dep_ == "poss" and token.head.dep_ == "appos" and token.head.head.pos_ == "PROPN":
        return (token.head.head.lower_,)
    if token.lower_ not in ("he", "she") or token.dep_ not in ("nsubj", "nsubjpass"):
        return ()
    verb = token.head
    found = set()
    for t in verb.subtree:
        if t.i <= token.i or t.pos_ != "PROPN" or t.dep_ == "compound" or t.i + 1 < len(t.doc) and (
                t.doc[t.i + 1].ent_iob_ == "I" and t.doc[t.i + 1].pos_ == "PROPN" or t.doc[t.i + 1].text == "-"):
            continue  # not a name's first word, nor one before a noun ("the Markova-Dolin Ballet")
        node = t
        while node.head.i != verb.i and node.pos_ not in ("VERB", "AUX"):
            node = node.head
        if node.head.i == verb.i and node.pos_ not in ("VERB", "AUX") and node.dep_ not in ("advcl", "parataxis", "conj", "npadvmod"):
            found.add(t.lower_)
    return tuple(sorted(found))
