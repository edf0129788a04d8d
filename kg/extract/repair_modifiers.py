"""Words the small model reads into the wrong phrase where they say how a person or a thing stands.

Words the tagger puts at the head of a name ("Outgoing Leeds chairman", "Injured Chelsea winger")
are cut off it first, in `kg.extract.name_openers`. An -ing word read as a second object ("sent Luscombe streaking[NN] away")
is what the object was made to do. Nor is a noun the tagger read as a verb joined to the clause's with no
"and" ("passed fit for Sunday's Six Nations clash with Ireland") a clause of its own: it heads its phrase.

A participle right after a preposition that has no object ("founded by assassinated former prime
minister Rafik Hariri"): the parser reads it as a verb of its own with the noun phrase after it as
its object, so the company founded would have assassinated him. The participle describes the
noun, and the noun is the preposition's object.

A place's name as the subject of a plural verb ("Liverpool were living dangerously", "England have
named"): British English makes a team or a side plural, never a place, so the name is a body's
and a "they" after it can stand for it.

The unit of an amount written onto its number ("$387m", "£5.2bn") that the parser made a second
object beside the number ("a loss of $387[pobj] m[pobj]"): the unit heads the amount, as it does
where the parser reads it right, so the amount keeps it ("a loss of $387m", not "of $387").

A relative clause hung on the noun of a prepositional phrase whose number its verb does not
agree with ("the Mosquito game for Symbian phones which sends messages", "the members of the
board who are"): the clause is the noun's before the preposition, which agrees with it.

A body's name the tagger cut at its "for" or "of" ("the UN Office | for the Coordination of
Humanitarian Affairs"): a name ending in a word for a body, then "for" or "of" and another name,
is one name; so is a party's name the tagger cut after the place opening it ("UK | Independence Party").

A by-phrase naming a maker right after a noun, hung by the parser on an active verb ("are suing
Wal-Mart over a CD by rock group Evanescence"): an active verb has no doer in a by-phrase, so it
credits the noun before it (a CD by Evanescence).

A noun phrase the parser ran on across a spaced dash that opens an aside ("the best web blogs -
online spaces where people write - of the year"): the phrase ends at the dash, and the aside is
set beside it. An -ing word that, with the noun after it, names a kind of the noun ("nominated for
supporting roles", "surviving band members"): no verb. A particle written onto the word before
it by a hyphen ("head-on", "built-in"): a piece of that word, no verb's particle."""
from __future__ import annotations

from spacy.tokens import Span as SpacySpan

from kg.extract.affiliation import ROLE_NOUNS
from kg.extract.amounts import AMOUNT_UNITS
from kg.extract.body_briefs import BODY_HEAD_WORDS
from kg.extract.lexicon import ADJECTIVAL_PARTICIPLES, DESCRIBED_PERSON_HEADS, PERSON_ROLE_HEADS, PERSON_TITLES
from kg.extract.hyphens import glued_hyphen, spaced_dash
from kg.extract.names import LAW_NOUNS, NUMBER_WORDS
from kg.extract.work_titles import hang_in_place

NATION_ADJECTIVES = {"scottish", "welsh"}  # the nations with parties of their own ("Scottish Labour", "Welsh Conservatives")
NATION_PARTIES = {"Labour", "Conservative", "Conservatives", "Tory", "Liberal", "Green", "Socialist", "Nationalist"}
OWNER_FORMS = {"'s", "\u2019s", "'", "\u2019"}
SAINTS_SITES = {"church", "cathedral", "chapel", "abbey", "park"}  # places named after a saint
SAINTS_INSTITUTIONS = SAINTS_SITES | {"school", "college", "academy", "hospital", "infirmary", "hospice", "university"}

PARTICIPLE_TAGS = {"VBD", "VBN"}  # the tagger's past and participle, one spelling in English
FINITE_TAGS = {"VBD", "VBZ", "VBP"}  # a finite verb: past or present, not a participle (VBN, VBG)
# Titles of people that are no verbs, read as one after "to" ("married to actress[VB] Ruby Dee")
INFINITIVE_READ_TITLES = DESCRIBED_PERSON_HEADS - {"star", "prop", "champion", "skipper", "forward", "jockey", "veteran", "year-old"} \
    | PERSON_ROLE_HEADS
POST_LINKS = ("of", "at", "for")  # the prepositions naming the body a post is held in
ASIDE_REACH = 24  # how many words after a dash a second dash may close its aside


# Participles of what fills a place: said of the place before them, never of a person ("covered in mud" may be either)
FILLING_PARTICIPLES = {"pack", "fill", "cram", "crowd", "line", "stock", "stack", "jam", "litter", "furnish"}


def participles_after_nouns(doc) -> None:
    """Hang, in place, on the noun right before it each bare past participle of filling that the
    parser made a clause of the sentence's verb ("Evans perched on a stool as shoppers wandered
    around the shop packed with his furniture": the shop was packed, not Evans): no subject,
    auxiliary, mark or object of its own, a preposition right after it, and the noun an object right
    before it, with no comma. Clauses the parser hung before the participle go back to the verb it
    hung the participle on."""
    for word in doc:
        noun = doc[word.i - 1] if word.i > 0 else None
        if word.tag_ != "VBN" or word.dep_ != "advcl" or word.lemma_.lower() not in FILLING_PARTICIPLES \
                or noun is None or noun.pos_ != "NOUN" or noun.dep_ not in ("pobj", "dobj") \
                or any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "mark", "dobj") for c in word.children) \
                or not any(c.dep_ == "prep" and c.i == word.i + 1 for c in word.children) \
                or any(noun.i in (t.i for t in c.subtree) for c in word.rights):
            continue
        for child in [c for c in word.children if c.i < word.i]:
            child.head = word.head
        word.head, word.dep_ = noun, "acl"


def participles_after_prepositions(doc) -> None:
    """Mend, in place, every participle read as a verb right after a preposition with no object
    ("founded by assassinated former prime minister Rafik Hariri", "a message from jailed leader
    X"): its object is the preposition's, and the participle an adjective of it."""
    for prep in doc:
        if prep.dep_ not in ("prep", "agent") or prep.i + 1 >= len(doc) or any(True for _ in prep.children):
            continue
        word = doc[prep.i + 1]
        noun = next((c for c in word.children if c.dep_ == "dobj"), None)
        subject = next((c for c in word.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if word.tag_ not in PARTICIPLE_TAGS or not word.is_lower or noun is None or word.dep_ == "ROOT" \
                or subject is not None and not subject.i < prep.i or any(c.dep_ in ("aux", "auxpass") for c in word.children) \
                or any(t.is_punct or t.pos_ in ("VERB", "AUX", "ADP", "DET", "PRON") for t in doc[word.i + 1:noun.left_edge.i]) \
                or noun.left_edge.i != word.i + 1 and doc[word.i + 1].dep_ not in ("amod", "compound", "nmod"):
            continue
        # "Solidere, the Lebanese company founded by": the company, read as the participle's subject, is Solidere's apposition
        named = doc[subject.left_edge.i - 2] if subject is not None and subject.left_edge.i > 1 \
            and doc[subject.left_edge.i - 1].text == "," and doc[subject.left_edge.i - 2].pos_ in ("NOUN", "PROPN") else None
        if word.is_ancestor(prep) and not (subject is not None and subject.is_ancestor(prep) and named is not None) \
                or named is not None and word.is_ancestor(named):
            continue  # the preposition inside the participle's own phrase: no phrase to give the noun to
        old_head = word.head
        for child in [c for c in word.children if c.i != noun.i and c is not subject]:
            child.head = old_head
        if subject is not None:
            subject.head, subject.dep_ = (named, "appos") if named is not None else (old_head, "dep")
        noun.head, noun.dep_ = prep, "pobj"
        word.head, word.dep_, word.tag_, word.pos_ = noun, "amod", "JJ", "ADJ"


def credits_on_verbs(doc) -> None:
    """Mend, in place, every by-phrase naming a person or a body right after a noun that the parser
    hung on an active verb ("suing Wal-Mart over a CD by rock group Evanescence"): it is the noun's."""
    for prep in doc:
        verb, noun = prep.head, doc[prep.i - 1] if prep.i > 0 else None
        if prep.lower_ != "by" or prep.dep_ != "prep" or noun is None or noun.pos_ not in ("NOUN", "PROPN") \
                or verb.pos_ not in ("VERB", "AUX") or any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children) \
                or not verb.is_ancestor(noun) or noun.is_ancestor(prep):
            continue
        maker = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if maker is not None and any(t.pos_ == "PROPN" or t.ent_type_ in ("PERSON", "ORG") for t in maker.subtree):
            prep.head = noun


PLURAL_FORMS = {"are", "were", "have", "'re", "'ve"}  # a verb that agrees with a plural subject
SINGULAR_FORMS = {"is", "was", "has", "'s"}


def _agreeing_word(verb):
    """The word of `verb`'s clause that agrees with its subject: its first auxiliary ("were
    living"), or the verb itself."""
    return min([verb, *(c for c in verb.children if c.dep_ in ("aux", "auxpass"))], key=lambda t: t.i)


def sides_named_by_places(doc) -> None:
    """Mend, in place, every place name (or one the tagger took for a product) that is the subject of a plural verb form
    ("Liverpool were", "England have"): a team or a side, named as a body."""
    sides = []
    for ent in doc.ents:
        name = ent.root
        if ent.label_ not in ("GPE", "LOC", "PRODUCT") or name.dep_ != "nsubj" or name.tag_ not in ("NNP", "NNPS") or any(c.dep_ == "conj" for c in name.children):
            continue
        first = _agreeing_word(name.head)
        if first.lower_ in PLURAL_FORMS and first.i > name.i:
            sides.append(SpacySpan(doc, ent.start, ent.end, label="ORG"))
    if sides:
        doc.set_ents(sides, default="unmodified")


def sides_of_fixtures(doc) -> None:
    """Cut, in place, each tagged name that holds the "v" of a fixture between capitalised words
    ("Tottenham v Brighton", "Man Utd vs Exeter"): two sides, each named as a body, and the "v" no
    word of either; a name found alone elsewhere ("Spurs entertain Brighton") is then not taken
    for the fixture's. A law or a work ("Roe v Wade") is left whole."""
    spans, outside = [], []
    for ent in doc.ents:
        cut = [t.i for t in ent[1:-1] if t.lower_ in ("v", "vs", "v.", "vs.") and doc[t.i - 1].is_title and doc[t.i + 1].is_title]
        if len(cut) != 1 or ent.label_ in ("LAW", "WORK_OF_ART"):
            continue
        spans += [SpacySpan(doc, ent.start, cut[0], label="ORG"), SpacySpan(doc, cut[0] + 1, ent.end, label="ORG")]
        outside.append(SpacySpan(doc, cut[0], cut[0] + 1))
    if spans:
        doc.set_ents(spans, outside=outside, default="unmodified")


def units_of_amounts(doc) -> None:
    """Mend, in place, every unit written onto its number that the parser hung beside the number
    instead of over it ("a loss of $387m": "m" and "387" both the preposition's objects): the unit
    takes the number's place, and the number counts it."""
    for unit in doc:
        number = doc[unit.i - 1] if unit.i > 0 else None
        if unit.lower_ not in AMOUNT_UNITS or number is None or not number.like_num or number.whitespace_ \
                or number.head.i == unit.i or unit.head.i == number.i or unit.is_ancestor(number) or number.is_ancestor(unit):
            continue
        head, dep = number.head, number.dep_
        for child in [c for c in number.children if c.dep_ in ("nmod", "quantmod", "compound") and c.i < number.i]:
            child.head = unit  # the currency sign
        unit.head, unit.dep_ = (head, dep) if head.i != number.i else (unit, dep)
        number.head, number.dep_ = unit, "nummod"


PLURAL_NOUN_TAGS = {"NNS", "NNPS"}
RELATIVE_WORDS = {"which", "who", "that"}


def relatives_by_agreement(doc) -> None:
    """Mend, in place, every relative clause whose present verb does not agree in number with the
    noun it hangs on, when the noun the phrase belongs to does ("a game for phones which sends",
    "a school for drivers which is based"): the clause is that noun's."""
    for verb in doc:
        noun, owner = verb.head, verb.head.head.head  # "game" of "game for phones"
        relative = next((c for c in verb.children if c.lower_ in RELATIVE_WORDS and c.dep_ in ("nsubj", "nsubjpass")), None)
        if verb.dep_ != "relcl" or noun.dep_ != "pobj" or relative is None or owner.pos_ not in ("NOUN", "PROPN") \
                or noun.head.dep_ != "prep" or relative.i - noun.i not in (1, 2):
            continue  # only right after the noun: "companies like EA, which comes" is EA's
        first = _agreeing_word(verb)
        singular = first.tag_ == "VBZ" or first.lower_ in SINGULAR_FORMS
        plural = first.tag_ == "VBP" or first.lower_ in PLURAL_FORMS
        if singular and noun.tag_ in PLURAL_NOUN_TAGS and owner.tag_ not in PLURAL_NOUN_TAGS \
                or plural and noun.tag_ not in PLURAL_NOUN_TAGS and owner.tag_ in PLURAL_NOUN_TAGS:
            verb.head = owner


def relatives_on_no_noun(doc) -> None:
    """Mend, in place, every relative clause the parser hung on a word that is no noun ("46%-owned by Reliance
    Industries which in turn is run by Mukesh"): it is the clause of the name or noun right before its "which"."""
    for verb in doc:
        relative = next((c for c in verb.children if c.lower_ in RELATIVE_WORDS and c.dep_ in ("nsubj", "nsubjpass")), None)
        if verb.dep_ != "relcl" or relative is None or verb.head.pos_ in ("NOUN", "PROPN", "PRON") or relative.i == 0:
            continue
        noun = doc[relative.i - 1] if doc[relative.i - 1].text != "," or relative.i < 2 else doc[relative.i - 2]
        if noun.pos_ in ("NOUN", "PROPN") and not verb.is_ancestor(noun) and not noun.is_ancestor(verb.head):
            verb.head = noun


PARTY_NAME_HEADS = {"party", "front", "alliance", "league", "movement", "congress"}  # "UK Independence Party": one name


def laws_read_as_people(doc) -> None:
    """Mend, in place, every "the Bill" or "the Act" the tagger took for a person's name: the common noun of a law,
    which stands for the one the story names ("the Prevention of Terrorism Bill ... the Bill"), as "the bill" would."""
    laws = [e for e in doc.ents if e.label_ == "PERSON" and len(e) == 1 and e[0].lower_ in LAW_NOUNS
            and e.start > 0 and doc[e.start - 1].lower_ == "the"]
    for law in laws:
        law[0].tag_, law[0].pos_, law[0].lemma_ = "NN", "NOUN", law[0].lower_
    if laws:
        doc.set_ents([], outside=laws, default="unmodified")


def bodies_cut_apart(doc) -> None:
    """Mend, in place, every body's name the tagger cut in two at "for" or "of" ("the UN Office"
    and "the Coordination of Humanitarian Affairs"), or after the place that opens it ("UK" and
    "Independence Party leader"), at a hyphen ("ASK" and "Raymond James"), or after an "and" it
    kept ("the Organisation for Economic Co-operation and" Development): one name."""
    ents, merged = list(doc.ents), []
    for first, second in zip(ents, ents[1:]):
        gap = doc[first.end:second.start]
        cut_at_for = first.label_ == "ORG" and len(gap) == 1 and gap[0].lower_ in ("for", "of") and first[-1].is_title \
            and first[-1].lower_ in BODY_HEAD_WORDS
        cut_at_place = first.label_ == "GPE" and not gap and second[-1].is_title and second[-1].lower_ in PARTY_NAME_HEADS
        cut_at_hyphen = len(gap) == 1 and gap[0].text == "-" and not first[-1].whitespace_ and not gap[0].whitespace_ \
            and "ORG" in (first.label_, second.label_) and {first.label_, second.label_} <= {"ORG", "PERSON"}  # "ASK-Raymond James"
        if (second.label_ == "ORG" and (cut_at_for or cut_at_place) or cut_at_hyphen) and not any(first.start <= m.end for m in merged):
            merged.append(SpacySpan(doc, first.start, second.end, label="ORG"))
    for ent in ents:  # "[St Egwin's] Middle School": the place named after the saint
        if (end := _saints_place_end(ent)) is not None and not any(m.start < end and ent.start < m.end for m in merged):
            merged.append(SpacySpan(doc, ent.start, end, label="FAC" if doc[end - 1].lower_ in SAINTS_SITES else "ORG"))
    for ent in ents:  # "[the Organisation for Economic Co-operation and] Development": the name goes on after its "and"
        if ent.label_ != "ORG" or len(ent) < 3 or ent[-1].lower_ != "and" or not any(t.lower_ in ("for", "of") for t in ent):
            continue
        end = ent.end
        while end < len(doc) and doc[end].is_title and doc[end].pos_ == "PROPN" and doc[end].ent_type_ in ("", "ORG"):
            end += 1
        if end > ent.end and not any(m.start < end and ent.start < m.end for m in merged):
            merged.append(SpacySpan(doc, ent.start, end, label="ORG"))
            hang_in_place(SpacySpan(doc, ent.start + (ent[0].lower_ == "the"), end))  # no list of two: one name
    if merged:
        doc.set_ents(merged, default="unmodified")
    _nations_parties(doc)


def _nations_parties(doc) -> None:
    """A nation's adjective before a party's word, which the tagger reads as two adjectives of the post
    after them ("Scottish Conservative leader David McLetchie"): the party of that nation, one name
    ("Scottish Conservative"), which the post is of, as the tagger makes of "Welsh Labour leader"."""
    found = []
    for nation in doc[:-2]:
        party = doc[nation.i + 1]
        end = party.i + 1 + (party.text == "Liberal" and doc[party.i + 1].text.startswith("Democrat"))
        if nation.lower_ in NATION_ADJECTIVES and nation.is_title and party.text in NATION_PARTIES and not party.ent_type_ \
                and end < len(doc) and doc[end - 1].head.i == end and doc[end].lower_ in ROLE_NOUNS:  # "Scottish Labour leader"
            found.append(SpacySpan(doc, nation.i, end, label="ORG"))
            for word in doc[nation.i:end]:
                word.tag_, word.pos_, word.dep_, word.head = "NNP", "PROPN", "compound", doc[end - 1]
            doc[end - 1].dep_, doc[end - 1].head = "compound", doc[end]
    if found:
        doc.set_ents(found, default="unmodified")


def _saints_place_end(ent) -> int | None:
    """Where the name of a school, church or hospital named after a saint ends, when the tagger
    cut it after the saint's name in the owner's form ("[St Egwin's] Middle School", "[St Paul]'s
    Cathedral"): the title-case words after the "'s", up to the institution's word. None otherwise."""
    doc = ent.doc
    if ent[0].text.rstrip(".") not in ("St", "Saint") or len(ent) < 2:
        return None
    end = ent.end + (ent[-1].lower_ not in OWNER_FORMS and ent.end < len(doc) and doc[ent.end].lower_ in OWNER_FORMS)
    if doc[end - 1].lower_ not in OWNER_FORMS:
        return None
    while end < len(doc) and end - ent.end < 5 and doc[end].is_title and doc[end].pos_ in ("PROPN", "NOUN"):
        end += 1
        if doc[end - 1].lower_ in SAINTS_INSTITUTIONS:
            return end
    return None


def asides_after_dashes(doc) -> None:
    """Mend, in place, every noun phrase the parser ran on across a dash that opens an aside ("the
    best web blogs - online spaces where people write -", "its own mobile arm - factors which
    helped"): the noun before the dash heads the phrase, with what it had on its left, and the
    one after it is set beside it. Not a range of names ("the Arsenal - Chelsea game"), nor a word
    split at its hyphen (see `_opens_aside`)."""
    for dash in doc:
        if not spaced_dash(dash) or dash.i < 1 or dash.i + 1 >= len(doc) or doc[dash.i + 1].pos_ == "PROPN":
            continue
        first = doc[dash.i - 1]
        head = next((a for a in first.ancestors if a.i > dash.i), None)  # the noun after the dash it hangs on
        if first.pos_ not in ("NOUN", "PROPN") or head is None or head.pos_ not in ("NOUN", "PROPN") \
                or first.head.i != head.i or head.dep_ in ("appos", "conj", "ROOT") or not _opens_aside(dash, head):
            continue
        moved = [c for c in head.children if c.i < dash.i and c.i != first.i and not c.is_ancestor(first)]
        after = [c for c in first.children if c.i > dash.i]
        first.head, first.dep_ = head.head, head.dep_
        for child in moved:
            child.head = first
        for child in after:
            child.head = head
        head.head, head.dep_ = first, "appos"
        dash.head = head


def _opens_aside(dash, head) -> bool:
    """Whether the words after a spaced dash describe the phrase before it: an adjective opening a
    noun phrase ("- online spaces"), the noun itself with a clause on it ("- factors which
    helped"), a participle or a preposition opening an aside a second dash closes ("the diva -
    played by Bening - grows tired"), or the dash that closes one. Not the pieces of a word a text
    split at its hyphen ("equity - purchase warrants", "profit - taking", "year - to - date")."""
    doc = dash.doc
    after = doc[dash.i + 1]
    if any(spaced_dash(t) and _aside_opener(doc[t.i + 1]) for t in doc[max(dash.sent.start, dash.i - ASIDE_REACH // 2) : dash.i - 2]):
        return True  # it closes an aside ("the diva - played by Bening - grows tired")
    if after.i == head.i:
        return any(c.dep_ in ("relcl", "acl") for c in head.children)
    closed = any(spaced_dash(t) for t in doc[dash.i + 3 : min(dash.sent.end, dash.i + ASIDE_REACH + 1)])  # not "year - to - date"
    return after.pos_ == "ADJ" and after.dep_ != "compound" or closed and _aside_opener(after)


def _aside_opener(word) -> bool:
    """A word that may open an aside after a dash: an adjective, a participle, a preposition or a
    determiner ("- played by", "- in collaboration with", "- a 1998 song -")."""
    return word.pos_ in ("ADJ", "ADP", "DET") and word.dep_ != "compound" or word.tag_ in ("VBN", "VBG")


def participles_naming_kinds(doc) -> None:
    """Mend, in place, every -ing word the parser made a verb with the noun right after it as its
    object, where the two name a kind of the noun ("nominated for supporting roles", "praised
    for winning goals"): the -ing word describes the noun, which takes its place."""
    for word in doc:
        noun = next((c for c in word.children if c.dep_ == "dobj" and c.left_edge.i == word.i + 1), None)  # "surviving band members"
        if word.tag_ != "VBG" or noun is None or noun.lemma_.lower() not in ADJECTIVAL_PARTICIPLES.get(word.lower_, ()) \
                or any(c.dep_ in ("det", "poss") for c in noun.children) or word.head.i == word.i:
            continue
        for child in [c for c in word.children if c.i != noun.i]:
            child.head, child.dep_ = noun, "appos" if child.dep_ == "dobj" else child.dep_  # "members Krist Novoselic and ..."
        noun.head, noun.dep_ = word.head, {"pcomp": "pobj", "acl": "appos"}.get(word.dep_, word.dep_)
        word.head, word.dep_, word.tag_, word.pos_ = noun, "amod", "JJ", "ADJ"


def particle_of_hyphened_adverb(token) -> bool:
    """A particle written onto the word before it by a hyphen ("competing head-on with BMW", "PCs
    with built-in hardware"): the last piece of an adverb or an adjective, not a verb's particle; or
    one right after the verb's prepositional phrase (`_particle_after_phrase`)."""
    return token.dep_ == "prt" and token.i > 1 and glued_hyphen(token.doc, token.i - 1) or _particle_after_phrase(token)


def _particle_after_phrase(token) -> bool:
    """A particle right after its verb's prepositional phrase ("came back from two goals down"): it says how the
    phrase's noun stood (two goals down), no particle of the verb, which puts its particle before such a phrase."""
    return token.dep_ == "prt" and any(c.dep_ == "prep" and c.i > token.head.i and c.right_edge.i == token.i - 1 for c in token.head.children)


POSITION_WORDS = {"lock", "prop", "hooker", "centre", "wing", "flanker"}  # players' positions a tagger may read as verbs


def positions_read_as_verbs(doc) -> None:
    """"England lock Danny Grewcock needs to", "and lock Rob Sidoli replaces X": a player's position
    the tagger read as a verb, with the name right after it as its object, is the name's title; the
    name is the subject of the verb that follows it, or of the one the position word was subject of."""
    for token in doc:
        name = next((c for c in token.children if c.dep_ == "dobj" and c.pos_ == "PROPN" and c.left_edge.i == token.i + 1), None)
        if token.lower_ not in POSITION_WORDS or token.pos_ != "VERB" and token.dep_ != "dep" or name is None:
            continue
        after = doc[name.i + 1] if name.i + 1 < len(doc) else None
        helped = after is not None and after.dep_ in ("aux", "auxpass") and after.tag_ in FINITE_TAGS
        after = after.head if helped else after  # "lock Paul O'Connell has dismissed": the verb "has" helps
        if after is not None and after.head.i != token.i and any(a.i == token.i for a in after.ancestors):
            continue  # a verb further down the position word's own tree: re-hanging it would make a cycle
        if after is not None and (helped or after.tag_ in FINITE_TAGS) and not any(c.dep_ in ("nsubj", "nsubjpass") for c in after.children):
            if after.head.i == token.i:  # the verb after the name hung on the position word: it takes its place
                after.head, after.dep_ = (after if token.head.i == token.i else token.head), token.dep_
            name.head, name.dep_ = after, "nsubj"
        elif token.dep_ in ("nsubj", "nsubjpass"):
            name.head, name.dep_ = token.head, token.dep_
        elif (side := doc[token.i - 1]).dep_ == "pobj" and (after is None or after.is_punct):  # "alongside Blues prop[VBP] X."
            name.head, name.dep_, side.head, side.dep_ = side.head, "pobj", name, "compound"
        else:
            continue
        token.head, token.dep_, token.pos_, token.tag_ = name, "compound", "NOUN", "NN"
        for child in token.children:  # "England lock": the side stays on its player's title
            child.dep_ = "compound" if child.dep_ in ("nsubj", "nsubjpass") else child.dep_


def titles_read_as_infinitives(doc) -> None:
    """"married to actress Ruby Dee", "paid tribute to actor Ossie Davis": a person's title after
    "to", with a name right after it, that the tagger read as an infinitive with the name its
    object. The title is the name's, and the name is the object of "to", a preposition on the word
    the infinitive hung on. Titles that are verbs as well ("to star Tom Cruise") are left alone."""
    for token in doc:
        to = doc[token.i - 1] if token.i else None
        name = next((c for c in token.children if c.dep_ == "dobj" and c.pos_ == "PROPN" and c.left_edge.i == token.i + 1), None)
        if token.tag_ != "VB" or token.lower_ not in INFINITIVE_READ_TITLES or name is None \
                or to is None or to.lower_ != "to" or to.dep_ != "aux" or to.head.i != token.i or token.head.i == token.i:
            continue
        to.head, to.dep_, to.tag_, to.pos_ = token.head, "prep", "IN", "ADP"
        name.head, name.dep_ = to, "pobj"
        token.head, token.dep_, token.tag_, token.pos_ = name, "compound", "NN", "NOUN"
        token.lemma_ = token.lower_


def phrases_of_listed_posts(doc) -> None:
    """"John Cooper, a barrister and chairman of the League": an of-, at- or for-phrase after the
    second of two nouns set beside a name, which the parser hung on the first, is the second's when
    the first is a trade that is no post of a body. The post becomes the name's apposition too, so
    Cooper chairs the League and is no barrister of it. Two posts ("president and chief executive of
    Vivendi") keep the phrase where it is."""
    for post in doc:
        trade = post.head
        if post.dep_ != "conj" or post.pos_ != "NOUN" or trade.dep_ != "appos" or trade.pos_ != "NOUN":
            continue
        if trade.lemma_.lower() not in ROLE_NOUNS | PERSON_TITLES:
            for prep in [c for c in trade.children if c.dep_ == "prep" and c.lower_ in POST_LINKS and c.i > post.i]:
                prep.head = post
        if any(c.dep_ == "prep" and c.lower_ in POST_LINKS for c in post.children):  # "a lawyer and former director of Menatep"
            post.head, post.dep_ = trade.head, "appos"


def nouns_read_as_joined_verbs(doc) -> None:
    """Mend, in place, every noun the tagger read as a present verb right after the noun phrase it
    heads, which the parser then joined to the clause's verb with no "and" and no comma, or hung on it
    as a clause with no subject ("passed fit for Sunday's Six Nations clash[VBP] with Ireland"): the word heads that phrase, whose words
    modify it, and its own phrases stay on it ("the clash with Ireland")."""
    for token in doc:
        verb, noun = token.head, doc[token.i - 1] if token.i > 0 else None
        if token.tag_ not in ("VB", "VBP") or token.dep_ not in ("conj", "advcl") or noun is None or noun.pos_ not in ("NOUN", "PROPN") \
                or noun.dep_ not in ("pobj", "dobj") or not any(a.i == verb.i for a in noun.ancestors) \
                or any(c.dep_ == "cc" and c.i < token.i for c in verb.children) \
                or any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "dobj", "neg", "mark") for c in token.children):
            continue
        token.head, token.dep_ = noun.head, noun.dep_
        for child in [c for c in noun.children if c.i < noun.i]:
            child.head = token
        noun.head, noun.dep_ = token, "compound"
        token.tag_, token.pos_, token.lemma_ = "NN", "NOUN", token.lower_


def gerunds_read_as_objects(doc, nlp) -> None:
    """Mend, in place, every -ing word the tagger read as a noun object right after the verb's other
    object ("sent Luscombe[dative] streaking[NN] away to the line"): it is what that object was made
    to do, so the name is the object and the -ing word its complement (lemmatised by `nlp`), which takes the adverbs and
    phrases after it ("Luscombe | streak away to | line", no "send streaking to Luscombe")."""
    for token in doc:
        verb, before = token.head, doc[token.i - 1] if token.i > 0 else None
        if token.tag_ != "NN" or token.dep_ != "dobj" or not token.lower_.endswith("ing") or before is None \
                or before.pos_ not in ("PROPN", "PRON") or any(c.dep_ in ("det", "poss", "amod", "nummod") for c in token.children):
            continue
        if before.head.i == token.i and before.dep_ == "compound":  # "sent Southwell[compound] streaking": the name, read into the noun
            before.head = verb
        elif before.head.i != verb.i or before.dep_ not in ("dative", "dobj"):
            continue
        before.dep_ = "dobj"
        token.tag_, token.pos_, token.dep_ = "VBG", "VERB", "xcomp"
        token.lemma_ = nlp.get_pipe("lemmatizer").rule_lemmatize(token)[0]
        for child in [c for c in verb.children if c.i > token.i and c.dep_ in ("advmod", "prep", "prt")]:
            child.head = token



def counted_lists(doc) -> None:
    """Hang, in place, a list of names the parser joined to a singular noun after a comma ("just two
    companies turned up for the auction, Gazprom and Baikal") on the plural noun before it that counts
    as many ("two companies"): the names are who the count is of, no more auctions."""
    for name in doc:
        noun = name.head
        if name.dep_ != "conj" or name.pos_ != "PROPN" or noun.pos_ != "NOUN" or noun.tag_ != "NN" or doc[name.i - 1].text != ",":
            continue
        items = [name, *(c for c in name.subtree if c.dep_ == "conj" and c.pos_ == "PROPN" and c.head.i == name.i)]
        counted = [t for t in doc[name.sent.start:noun.i] if t.tag_ == "NNS" and any(
            NUMBER_WORDS.get(c.lower_) == len(items) or c.like_num and c.text == str(len(items)) for c in t.children if c.dep_ == "nummod")]
        if len(items) > 1 and counted:
            name.head, name.dep_ = counted[-1], "appos"
