"""Labels that say which thing a common noun is: a short complement ("a firm order for 30 of the
aircraft", "the selection of a jury"), a named owner ("Jansen's career", "the LSE's rebuff") and,
for a clause's subject, the name an owner pronoun stands for once resolved ("His indictment
includes ..." -> "Bernie Ebbers' indictment", `owned_label`, read by kg.extract.resolve). A reader
signs "Japan Airlines made a firm order for 30 of the aircraft" and "injury dogged Jansen's
career"; "made firm order" and "dogged career" say nothing.

Only concepts: people, groups of people, bodies and places are named by their own rules. A
complement holds no name, which is an end of its own ("the likes of Intel" is Intel), and a kind
of place named by its of-phrase is that place ("the province of Buenos Aires", `named_place`).
"his party", the body its owner leads, is found here too (`owners_body`).
"""
from __future__ import annotations

from dataclasses import replace

from kg.extract.affiliation import role_of
from kg.extract.drafts import EntityDraft, draft_label
from kg.extract.lexicon import (
    ACTOR_NOUNS,
    LIGHT_NOUNS,
    ON_COMPLEMENT_NOUNS,
    ORGANIZATION_HEADS,
    PEER_NOUNS,
    PERSON_ROLE_HEADS,
    PERSON_TITLES,
    TO_COMPLEMENT_NOUNS,
)
from kg.extract.labelling import ORDINAL_WORDS
from kg.extract.lists import PEOPLE_NOUNS
from kg.model import EntityType, Mention, MentionKind, RawRelation

# Nouns whose for-phrase says what they are of ("an order for 30 jets", "demand for oil"); after
# other nouns "for" more often says whom or why ("a break for the hostages").
FOR_NOUNS = {
    "order", "demand", "bid", "need", "search", "call", "appetite", "responsibility", "support", "plan",
    "proposal", "request", "deal", "contract", "licence", "license", "warrant", "market", "target", "price",
}
# Nouns whose into-phrase says what they are about ("an inquiry into the visa application"): without
# it "the inquiry" is any inquiry. An on-phrase is the noun's own after ON_COMPLEMENT_NOUNS ("a ban on
# smoking", "a vote on the treaty").
INTO_NOUNS = {"inquiry", "enquiry", "investigation", "probe", "review", "study", "research", "look", "insight", "move"}
# Nouns of a change whose in-phrase says what changed ("a 26% rise in annual profits"): "a 26% rise" alone is no news.
CHANGE_NOUNS = {"rise", "fall", "increase", "decrease", "drop", "jump", "surge", "growth", "decline", "slump", "cut", "reduction",
                "boost", "hike", "gain", "dip", "slowdown", "upturn", "downturn", "investment", "improvement", "change"}
COMPLEMENT_NOUNS = {"for": FOR_NOUNS, "into": INTO_NOUNS, "on": ON_COMPLEMENT_NOUNS, "in": CHANGE_NOUNS, "to": TO_COMPLEMENT_NOUNS}
# Words a short complement may be made of: determiners, modifiers, numbers and a nested of-phrase
# ("30 of the aircraft"); no clause, no second preposition that could belong to the verb.
COMPLEMENT_DEPS = {"det", "amod", "compound", "nummod", "poss", "case", "quantmod", "pobj", "punct", "nmod"}
# After a noun counted by an ordinal, these say which ones are counted: "his first goal for the club".
ORDINAL_PREPOSITIONS = {"for", "on", "in", "at", "since"}
MAX_COMPLEMENT = 6  # words after the head: longer phrases are clauses in all but name
SPAN_UNITS = {"decade", "year", "month", "week", "day", "century", "season", "generation"}  # "in a decade", "for 29 years"
# Nouns for a kind of place named by its of-phrase: "the province of Buenos Aires" is Buenos Aires.
PLACE_KIND_NOUNS = {"province", "city", "state", "region", "county", "district", "island", "town", "village", "port",
                    "emirate", "kingdom", "republic", "territory", "municipality"}
# A place's possessive stays out of a label: "Israel's bombardment" is its army's, "Britain's economy"
# its people's, and what a place did is a fact of its own (kg.extract.event_nouns).
PLACE_TYPES = {"GPE", "LOC", "NORP"}
# Pronouns whose owner a label may name once resolved ("his career" -> "Matt Jansen's career"); not
# "their", which too often finds the nearest plural noun (as in kg.extract.possessives).
OWNER_PRONOUNS = {"his", "her", "its"}
PRIZE_WORDS = frozenset({"award", "prize", "trophy", "title", "gong", "honour", "honor"})
TELLING_NOUNS, TELLING_VERBS = frozenset({"detail", "information"}), frozenset({"give", "have", "get", "seek", "receive"})
MEMBER_WORDS = frozenset({"member", "head", "founder", "candidate", "mp"})  # "member of": who belongs to it
NAMED_TYPES = {"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC", "PRODUCT", "WORK_OF_ART", "EVENT", "LAW"}


def complement_end(token) -> int | None:
    """The index after a short complement of the noun `token` ("for 30 of the aircraft"), or None."""
    doc = token.doc
    if (end := _since_end(token)) is not None:
        return end
    if token.i + 2 >= len(doc) or doc[token.i + 1].head.i != token.i or doc[token.i + 1].dep_ != "prep":
        return None
    prep = doc[token.i + 1]
    counted = prep.lower_ in ORDINAL_PREPOSITIONS and any(c.dep_ == "amod" and c.lower_ in ORDINAL_WORDS for c in token.lefts)
    if not (prep.lower_ == "of" or token.lemma_.lower() in COMPLEMENT_NOUNS.get(prep.lower_, ()) or counted):
        return None  # counted: "her first appearance on home soil", "his first Test in a year", the first of those only
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if obj is None or obj.pos_ not in ("NOUN", "NUM") and not (successor(token) and obj.pos_ == "PROPN") \
            or prep.lower_ == "in" and obj.ent_type_ in ("DATE", "TIME") and not counted \
            or prep.lower_ == "for" and obj.lemma_.lower() in ("time", "while") and any(c.lower_ in ("some", "a", "long") for c in obj.children):
        return None  # "a rise in the year to March", "opposed the bid for some time": when or how long, not what
    words = list(obj.subtree)
    while words and words[-1].text in (".", ",", ";", ":", "!", "?"):
        words.pop()  # "the tune of $600m." ends before its full stop
    end = _short_phrase_end(prep, obj, words) if not successor(token) else _named_phrase_end(prep, [t for t in words if t.i <= obj.i])
    if end is None and _only_narrowed(obj):  # "the idea of a levy on the drinks industry": up to the noun
        end = _short_phrase_end(prep, obj, [t for t in words if t.i <= obj.i])
    return end


def _since_end(token) -> int | None:
    """The index after a phrase that restarts the count of a noun counted by an ordinal or ranked by a
    superlative: since a time ("their first defeat since October", "his first match since winning the
    Open", "the lowest level since 2001"), or in or for a span of time ("her first title in almost five
    years", "its most serious power cuts in a decade", "the lowest unemployment for 29 years"), which the
    parser most often hangs on the verb: without it the label says the first or the most ever. None when
    there is none, or it is long."""
    doc = token.doc
    if token.i + 2 >= len(doc) or not any(c.dep_ == "amod" and (c.lower_ in ORDINAL_WORDS or _superlative(c)) for c in token.lefts):
        return None
    prep = doc[token.i + 1]
    verb = token.head.head if token.head.dep_ == "prep" else token.head  # "slipped to their lowest level since 2001"
    if prep.lower_ not in ("since", "in", "for") or prep.dep_ != "prep" or prep.head.i not in (token.i, token.head.i, verb.i):
        return None
    words = [t for t in prep.subtree if t.i > prep.i]
    while words and words[-1].is_punct:
        words.pop()
    if prep.lower_ != "since" and not (words and words[-1].lemma_.lower() in SPAN_UNITS and words[-1].dep_ == "pobj"
                                        and any(c.dep_ in ("nummod", "det") or c.lower_ in ("several", "many") for c in words[-1].children)):
        return None  # "his first goal in the league", "the best team in 2003": where or when, no span the count restarts after
    if not words or len(words) > MAX_COMPLEMENT or any(t.is_punct or t.pos_ == "PRON" for t in words) \
            or any(t.pos_ in ("VERB", "AUX") and not (t.dep_ == "pcomp" and t.tag_ == "VBG") for t in words):
        return None  # "since he joined the club in 2003": a clause of its own
    return words[-1].i + 1


def _superlative(adjective) -> bool:
    """"lowest", "most serious": an adjective that ranks its noun first of all."""
    return adjective.tag_ == "JJS" or any(c.dep_ == "advmod" and c.lower_ in ("most", "least") for c in adjective.children)


def successor(noun) -> bool:
    """"the next version of Windows", "the new generation of consoles": a thing of its own that
    follows the one named (no light noun that stands for its of-phrase), labelled with it."""
    return noun.lemma_.lower() in ("version", "generation") and any(
        c.lower_ in ("next", "new", "latest", "future", "upcoming") for c in noun.lefts)


def _only_narrowed(noun) -> bool:
    """Whether what follows the noun `noun` of a complement only narrows it, so that the complement
    may end at the noun: a phrase or a clause ("a levy on the drinks industry", "a young mum who
    ...") or an of-phrase holding a name, an end of its own ("the visa application of Ms Casalme");
    not a light noun's, which says what it is ("the weather of the type that ..."), nor a plain
    of-phrase ("tens of thousands")."""
    after = [c for c in noun.rights if not c.is_punct]
    if noun.pos_ != "NOUN" or noun.lemma_.lower() in LIGHT_NOUNS or not after:
        return False
    first = after[0]
    return not (first.dep_ == "prep" and first.lower_ == "of") or any(
        c.dep_ == "pobj" and (c.pos_ == "PROPN" or c.ent_type_ in NAMED_TYPES) for c in first.children)


def _named_phrase_end(prep, words: list) -> int | None:
    """The index after `words`, a successor's of-phrase ("of Windows", "of its software"), when they
    are few and hold no clause nor punctuation, else None."""
    if not words or len(words) + 1 > MAX_COMPLEMENT or words[0].i != prep.i + 1 \
            or any(t.pos_ in ("VERB", "AUX") or t.is_punct for t in words):
        return None
    return words[-1].i + 1


def _short_phrase_end(prep, obj, words: list) -> int | None:
    """The index after `words`, the complement of `prep`, when they are few and plain (no clause,
    no name, no second preposition but an of-phrase of `obj`), else None."""
    if not words or len(words) + 1 > MAX_COMPLEMENT or words[0].i != prep.i + 1:
        return None
    for t in words:
        nested_of = t.dep_ == "prep" and t.lower_ == "of" and t.head.i == obj.i  # "30 of the aircraft"
        hyphened = t.dep_ == "npadvmod" and t.i + 1 < len(t.doc) and t.nbor(1).text == "-"  # the "sex" of "sex-related"
        if not (nested_of or hyphened) and t.i != obj.i and t.dep_ not in COMPLEMENT_DEPS \
                or t.pos_ in ("VERB", "AUX") and t.dep_ != "amod" or t.pos_ == "PRON":  # "sex-related[amod] spam" is a modifier
            return None
        owner = t.dep_ in ("poss", "case") or t.dep_ == "compound" and t.head.dep_ == "poss"  # "of Presley's birth": whose
        people = t.ent_type_ == "NORP" and t.dep_ in ("compound", "amod")  # "the Tory manifesto": a people's word, no end
        if (t.pos_ == "PROPN" or t.ent_type_ in NAMED_TYPES) and not (owner or people) or t.text in (",", ";", ":", "(", ")"):
            return None
    return words[-1].i + 1


def possessor_start(token) -> int | None:
    """The index where a named possessor of the noun `token` starts ("the LSE's rebuff" -> LSE), or None."""
    owner = next((c for c in token.lefts if c.dep_ == "poss"), None)
    if owner is None or owner.pos_ != "PROPN" or not (owner.ent_type_ or owner.is_title) or owner.ent_type_ in PLACE_TYPES \
            or token.lemma_.lower() in PEOPLE_NOUNS | ACTOR_NOUNS | PEER_NOUNS:
        return None
    start = owner.left_edge
    while start.dep_ == "det" and start.i < owner.i:
        start = start.nbor()
    return start.i if all(t.pos_ == "PROPN" or t.dep_ == "case" for t in token.doc[start.i:owner.i + 1]) else None


def with_owner_and_complement(nominal: Mention, token) -> Mention:
    """`nominal`, a concept's mention at the noun `token`, with its named possessor and short complement in
    its label (its span stays the noun's own words: the possessor and the complement are mentions of their own)."""
    if nominal.kind not in (MentionKind.NOMINAL, MentionKind.ROLE) or nominal.type not in (None, EntityType.CONCEPT):
        return nominal
    if token.lemma_.lower() in PERSON_TITLES | PERSON_ROLE_HEADS | ORGANIZATION_HEADS:
        return nominal  # "the president of France", "the owner of Yukos": roles, named by kg.extract.roles
    doc = token.doc
    end = complement_end(token) if nominal.text.endswith(token.text) else None  # not past "the politics of fear"
    first = next(t.i for t in doc if t.idx + doc.user_data["offset"] >= nominal.span.start)
    start = possessor_start(token)
    if start is not None and (start >= first or any(t.dep_ == "poss" for t in doc[first:token.i])):
        start = None
    if end is None and start is None:
        return nominal
    left = doc[start:first].text_with_ws if start is not None else ""
    right = token.whitespace_ + doc[token.i + 1:end].text if end is not None else ""
    words = [t.lemma_.lower() for t in doc[start:first] if not t.is_punct] if start is not None else []
    key = " ".join(words + [nominal.key] + [t.lemma_.lower() for t in doc[token.i + 1:end or token.i + 1] if not t.is_punct])
    # a description with its complement or owner names a thing of its own ("the selection of a jury"), not a known name
    return replace(nominal, kind=MentionKind.NOMINAL, type=EntityType.CONCEPT, title=None, text=left + nominal.text + right,
                   name=left + nominal.text + right, key=key)


def ownable(nominal: Mention, token) -> bool:
    """Whether the concept `nominal` at `token` is a clause's subject with an owner pronoun ("his
    career has been dogged by injury") whose antecedent its label should name (see `owned_label`).
    Not an object: "Dunne turned his career around" is about the subject's own career, which the
    fact names already."""
    owner = next((c for c in token.lefts if c.dep_ == "poss"), None)
    subject = token.dep_ in ("nsubj", "nsubjpass")  # as an object it is most often the subject's own ("turned his career")
    return (subject and nominal.type in (None, EntityType.CONCEPT) and owner is not None and owner.lower_ in OWNER_PRONOUNS
            and token.lemma_.lower() not in PEOPLE_NOUNS | ACTOR_NOUNS | PEER_NOUNS | ORGANIZATION_HEADS)


def owned_label(owner: EntityDraft | None, text: str) -> str:
    """`text` with the name of the person or body its owner pronoun stands for ("Matt Jansen's
    career"); `text` alone when the pronoun stands for nothing named, or for a place."""
    if owner is None or not owner.named or owner.type not in (EntityType.PERSON, EntityType.ORGANIZATION):
        return text
    name = draft_label(owner)
    return f"{name}' {text}" if name.endswith("s") else f"{name}'s {text}"


def owners_body(owner: str, before: int, relations: tuple[RawRelation, ...], of: dict[int, str],
                entities: dict[str, EntityDraft]) -> EntityDraft | None:
    """"his party", "her company": the organisation the entity `owner` was said to lead or belong
    to before character `before` ("the Liberal Democrat leader" -> leader of the Liberal Democrats),
    by `of` (mention id -> entity key); None when no relation says so."""
    found = None
    for r in relations:
        if r.sentence.start > before or role_of(r) not in PERSON_ROLE_HEADS | MEMBER_WORDS or of.get(r.subject) != owner:
            continue  # "leader of", "co-founder of"
        org = of.get(r.object)
        if org is not None and entities[org].type in (EntityType.ORGANIZATION, EntityType.PLACE):  # the tagger calls firms places
            found = entities[org]
    return found


def named_place(token):
    """The name a noun of a kind of place stands for ("the province of [Buenos Aires]", "the city
    of [Basra]"), or None."""
    if token.lemma_.lower() not in PLACE_KIND_NOUNS or token.i + 2 >= len(token.doc) or token.doc[token.i + 1].lower_ != "of":
        return None
    obj = next((c for c in token.doc[token.i + 1].children if c.dep_ == "pobj"), None)
    return obj if obj is not None and obj.ent_type_ in ("GPE", "LOC") and obj.pos_ == "PROPN" else None


def told_in_predicate(noun) -> bool:
    """"gave details of the plan", "has information about X": a light noun of telling, the object of a
    verb of giving or having, stays in the predicate ("give details of" the plan), no node of its own
    nor a stand-in for the plan (no one gave the plan)."""
    return noun.dep_ == "dobj" and noun.lemma_.lower() in TELLING_NOUNS and noun.head.lemma_.lower() in TELLING_VERBS


def category_prize(noun) -> bool:
    """"won the award for best adapted writer": a prize its for-phrase names the category of is that
    category's prize, no earlier award the article named ("the Special Award")."""
    phrases = [*noun.children, *(c for c in noun.head.children if c.i == noun.right_edge.i + 1)]  # or hung on the verb
    return noun.lemma_.lower() in PRIZE_WORDS and any(
        c.dep_ == "prep" and c.lower_ == "for" and any(o.dep_ == "pobj" and any(t.lower_ == "best" for t in o.subtree) for o in c.children)
        for c in phrases)
