"""Coordination and lists in the spaCy parse: the items of a list, each its own argument
("Australia, South Africa and the UK"), the examples a text gives of a noun ("banks such as
HSBC"), and lists the parser broke ("stop and search powers": a shared modifier, no item)."""
from __future__ import annotations

from dataclasses import replace

from kg.extract.lexicon import ACTING_BODY_NOUNS, ACTOR_NOUNS, NAMED_BODY_NOUNS, PERSON_ROLE_HEADS
from kg.model import Span

COORDINATORS = {"and", "or"}
EMPHATIC_AFTER_NOT = {"least", "only", "just", "merely", "even", "simply"}  # "not least his voters": all the more
# Words that open a list of examples of the noun before them: "sites including iTunes and Napster",
# "banks such as HSBC", "countries where ..., in particular the UK and Spain"
EXAMPLE_MARKERS = (("including",), ("such", "as"), ("in", "particular"), ("notably",), ("especially",), ("particularly",))
LIST_OPENERS = {",", "-", "--", "\u2013", "\u2014"}  # what may come between a noun and a list of its examples
# Predicates that pair two lists item by item: "A and B come in for C and D" is A for C, B for D
PAIRING_PREDICATES = frozenset({"replace", "succeed", "come in for", "stand in for", "step in for", "take over from",
                                "make way for", "deputise for", "swap"})
# Nouns for people: a list of examples given of them names people, and people are examples of nothing else
PEOPLE_NOUNS = (ACTOR_NOUNS - ACTING_BODY_NOUNS) | PERSON_ROLE_HEADS | {
    "artist", "player", "athlete", "star", "singer", "actor", "actress", "musician", "politician", "guest",
    "figure", "celebrity", "candidate", "winner", "nominee", "victim", "fan", "supporter", "critic", "man", "woman",
}


def with_conjuncts(tokens) -> list:
    """The tokens, each followed by the later tokens coordinated with it. A list of names whose
    second item the parser made an apposition ("Australia, South Africa, Spain and the UK":
    South Africa appos of Australia, the rest its conjuncts) counts as one coordination: an
    apposition heads no list of its own."""
    out = []
    for t in tokens:
        if (names := kind_named_by_list(t)) is not None:
            out.extend(names)  # "cable firms NTL and Telewest": the two firms, not a third thing
            continue
        out.append(t)
        out.extend(c for c in t.conjuncts if c.i > t.i and not opens_absolute(c))
        for appos in t.children:
            if appos.dep_ == "appos" and negated_apposition(appos):
                out.append(appos)  # "on signature, not ratification": a contrast, negated where it is read
            elif appos.dep_ == "appos" and _name_list(t, appos) and any(c.dep_ == "conj" for c in appos.children) \
                    and not any(d.dep_ == "det" and d.lower_ in ("a", "an") for d in appos.children):
                out.append(appos)  # not "The World, a BBC and WGBH co-production": what it is, no more names
                out.extend(c for c in appos.conjuncts if c.i > appos.i)
    return out


def joint_act(verb) -> bool:
    """Whether the clause of `verb` gives an amount its subjects reach together ("Maserati and Ferrari
    sell 10,000 cars between them", "Korvex and Velta together own 60%"): no item reaches it alone
    ("worked together on the project" each did)."""
    counted = any(o.dep_ == "dobj" and (o.ent_type_ in ("CARDINAL", "PERCENT", "MONEY", "QUANTITY") or any(
        c.dep_ == "nummod" for c in o.children)) for o in verb.children)
    return counted and any(t.lower_ in ("together", "jointly") and t.dep_ == "advmod" and t.head.i == verb.i
                           or t.lower_ in ("them", "themselves") and t.dep_ == "pobj" and t.head.lower_ == "between" for t in verb.subtree)


def alternative(token) -> bool:
    """Whether a noun is an item of a list that "either" opens and "or" joins ("either Tom Hale,
    Lee Hart or Ana Ruiz will replace him", "will buy either Korvex or Delco"): what is said of the
    list holds of one item, no item for sure; so is a plain "or" between names ("plays Ana Ruiz or Kim
    Lee next"). A plain "or" between common nouns is often any of them ("companies, groups or
    individuals who use it"), or says the same again ("$41bn - or 40% of the debt")."""
    if token.pos_ not in ("NOUN", "PROPN"):
        return False
    if token.pos_ == "PROPN" and any(c.dep_ == "nmod" and any(g.dep_ == "cc" and g.lower_ == "or" for g in c.children) for c in token.children):
        return True  # "France's Ian Dunn or Spain's Tom Reed", parsed as one phrase with the first name a modifier
    first = token
    while first.dep_ == "conj" and first.head.i < first.i and first.head.pos_ in ("NOUN", "PROPN"):
        first = first.head
    items = [first, *(c for c in first.conjuncts if c.i > first.i)]
    start = first.left_edge.i
    either = first.doc[start].lower_ == "either" or start > 0 and first.doc[start - 1].lower_ == "either"
    named = all(i.pos_ == "PROPN" and i.ent_type_ in ("PERSON", "ORG", "") for i in items)  # "plays Ana Ruiz or Kim Lee next"
    return (either or named) and len(items) > 1 and any(c.dep_ == "cc" and c.lower_ == "or" for item in items for c in item.children)


def kind_named_by_list(noun) -> list | None:
    """The names a plural common noun is followed by, with no comma, as a list in apposition: in
    "cable firms NTL and Telewest" or "rival banks Lloyds and Barclays" the noun says what the
    names are, and the names are what the clause is about. None for any other token."""
    if noun.tag_ != "NNS" or not noun.is_lower:
        return None
    appos = next((c for c in noun.children if c.dep_ == "appos" and c.left_edge.i == noun.i + 1), None)
    if appos is None or appos.pos_ != "PROPN" or not any(c.dep_ == "conj" for c in appos.children):
        return None
    names = [appos, *(c for c in appos.conjuncts if c.i > appos.i)]
    return names if all(n.pos_ == "PROPN" for n in names) else None


def body_titling(name):
    """The common noun (NAMED_BODY_NOUNS) that says what a name is, in apposition before it ("the
    Catholic movement Opus Dei") or before the list it is in ("cable firms NTL and Telewest",
    "rival banks Lloyds and Barclays"), else None."""
    first = name
    while first.dep_ == "conj" and first.head.i < first.i:
        first = first.head
    noun = first.head if first.dep_ == "appos" else None
    if first is not name and noun is None:  # a later item of a list whose first a plural noun titles
        noun = next((c for c in first.lefts if c.dep_ == "compound" and c.tag_ == "NNS"), None)
    return noun if noun is not None and noun.pos_ == "NOUN" and noun.lemma_.lower() in NAMED_BODY_NOUNS else None


def opens_absolute(name) -> bool:
    """A name after "and" that the parser joined to a list but that is the subject of the participle
    right after it: "Bell hitting the post and [Ward] forcing a save" (Ward is no second post)."""
    doc, after = name.doc, name.right_edge.i + 1
    return (name.pos_ == "PROPN" and name.dep_ == "conj" and after < len(doc) and doc[after].tag_ == "VBG"
            and doc[after].left_edge.i == after and name.left_edge.i > 0 and doc[name.left_edge.i - 1].lower_ == "and")


def _name_list(first, second) -> bool:
    """Two names of one kind, or two proper nouns, the second an apposition going on with "and":
    "Ana Ruiz, The Hollies and the Kinks" is a list of names, not a name and what it is."""
    return bool(first.ent_type_) and second.ent_type_ == first.ent_type_ or first.pos_ == second.pos_ == "PROPN"


def _shared_by_each(obj) -> bool:
    """A plural object each of a list may have had a share of ("undertook reviews on X and Y
    respectively"), not one counted item by item ("have 12 and 11 players")."""
    return obj.tag_ in ("NNS", "NNPS") and not any(
        c.dep_ == "nummod" and any(n.dep_ == "conj" for n in c.children) for c in obj.children)


def paired(verb, subjects: list, pairs: list) -> list[list] | None:
    """Each subject's share of the (predicate, object, weight) `pairs` when a list of subjects and a
    list of objects as long pair up item by item: with "respectively" ("rose 5% and 3%
    respectively"), or a predicate of standing in for someone (PAIRING_PREDICATES: "Heymans and
    Valbon come in for Rougerie and Grandclaude"); a phrase they share goes to each ("... replace C
    and D in the side"). None when every subject takes every pair; when "respectively" pairs lists
    that do not pair up here, only the plural objects, which each may have had a share of."""
    respectively = any(t.lower_ == "respectively" for t in verb.sent)
    by_item = {}  # predicate -> its objects' token indices, one per subject in order
    for predicate in dict.fromkeys(p for p, _, _ in pairs):
        objects = sorted({o.i for p, o, _ in pairs if p == predicate})
        if len(subjects) > 1 and len(objects) == len(subjects) and (respectively or predicate in PAIRING_PREDICATES):
            by_item[predicate] = objects
    if not by_item:  # "A and B played guitar and banjo respectively", the banjo hung elsewhere: no one thing is each's
        shared = [pair for pair in pairs if _shared_by_each(pair[1])]
        return [shared for _ in subjects] if len(subjects) > 1 and any(t.lower_ == "respectively" for t in verb.subtree) else None
    return [[pair for pair in pairs if pair[0] not in by_item or pair[1].i == by_item[pair[0]][k]] for k in range(len(subjects))]


def misattached_list(noun):
    """"indexing programmes from PBS, the NBA and C-SPAN" parsed with the NBA and C-SPAN
    coordinated with "programmes": names of the same kind as the one name in a phrase between
    the noun and them (on the noun or on its verb) go on that name's list.
    (holder of the phrase, preposition, [names]) or None."""
    later = [c for c in noun.conjuncts if c.i > noun.i]
    if noun.pos_ != "NOUN" or not later or any(c.pos_ != "PROPN" for c in later):
        return None
    for prep in [*noun.children, *noun.head.children]:
        if prep.dep_ != "prep" or not noun.i < prep.i < later[0].i:
            continue
        names = [c for c in prep.children if c.dep_ == "pobj" and c.pos_ == "PROPN" and c.ent_type_]
        if len(names) == 1 and not names[0].conjuncts and all(c.ent_type_ == names[0].ent_type_ for c in later):
            return prep.head, prep, [names[0], *later]
    return None


def shared_modifier(noun) -> bool:
    """"stop and search powers", "airplay, digital and physical sales": a bare common noun the
    parser coordinated with a noun that follows it, when "and"/"or" and a modifier of that noun
    come between, modifies that noun with the other modifier."""
    doc = noun.doc
    if noun.pos_ != "NOUN" or noun.i + 2 >= len(doc) or doc[noun.i + 1].lower_ not in COORDINATORS:
        return False
    if any(c.dep_ in ("det", "poss", "nummod", "compound") for c in noun.children):
        return False
    modifier = doc[noun.i + 2]
    return modifier.dep_ in ("compound", "amod", "nmod") and modifier.head.dep_ == "conj" and noun in modifier.head.conjuncts


def examples(noun) -> list:
    """The examples a text gives of a common noun, coordinated ones each: "sites including iTunes
    and Napster", "banks such as HSBC", "countries where it grew, in particular the UK and Spain"
    (a list after a comma that the parser hung on no noun: it goes with the whole phrase before the
    comma, "countries ...", not the last noun in it). A list the parser hung on a noun across a
    verb ("purchasers, who were asked to bring ID, such as a passport") is not the noun's, and
    people are no examples of things, nor things of people."""
    if noun.pos_ != "NOUN":
        return []
    doc = noun.doc
    such = any(c.lower_ == "such" for c in noun.lefts)  # "such classics as SOS": the as-phrase lists them
    heads = [pobj for prep in noun.children if prep.dep_ == "prep" and (
                 prep.i + 1 in (_marker_end(doc, prep.i), _marker_end(doc, prep.i - 1)) or such and prep.lower_ == "as")
             and not any(t.pos_ in ("VERB", "AUX") for t in doc[noun.i : prep.i])
             for pobj in prep.children if pobj.dep_ == "pobj"]
    for comma in range(noun.i + 1, min(noun.right_edge.i + 2, len(doc))):
        start = _marker_end(doc, comma + 1) if doc[comma].text in LIST_OPENERS else None
        if start is None:
            continue
        if any(a.pos_ in ("NOUN", "PROPN") and a.right_edge.i + 1 >= comma for a in noun.ancestors):
            break  # the list goes with a noun phrase around this noun
        if any(t.dep_ == "prep" and t.head.pos_ in ("NOUN", "PROPN") for t in doc[comma + 1 : start]):
            break  # the parser hung the marker on a noun: the first loop had its say
        head = _phrase_head(doc, start)
        if head is not None and all(head.i != h.i for h in heads):
            heads.append(head)
        break
    return [t for h in heads if not _kind_clash(noun, h) for t in [h, *(c for c in h.conjuncts if c.i > h.i)]]


def _kind_clash(noun, example) -> bool:
    """A noun for people with an example that is surely no person, or the other way round."""
    if noun.lemma_.lower() in PEOPLE_NOUNS:
        return example.ent_type_ not in ("PERSON", "") or example.pos_ == "NOUN" and example.lemma_.lower() not in PEOPLE_NOUNS
    return example.ent_type_ == "PERSON" or example.pos_ == "NOUN" and example.lemma_.lower() in PEOPLE_NOUNS


def _marker_end(doc, start: int) -> int | None:
    """The index after an example marker that starts at token `start`, or None."""
    for marker in EXAMPLE_MARKERS:
        if tuple(t.lower_ for t in doc[start : start + len(marker)]) == marker:
            return start + len(marker)
    return None


def _phrase_head(doc, start: int):
    """The noun heading the noun phrase that starts at `start` ("the UK" -> UK), or None."""
    for token in doc[start : start + 6]:
        if token.pos_ in ("NOUN", "PROPN") and token.dep_ not in ("compound", "nmod", "poss"):
            return token
        if token.pos_ not in ("DET", "ADJ", "NUM", "NOUN", "PROPN", "PART"):
            return None
    return None


def listed_example(token) -> bool:
    """Whether the token heads a list of examples the parser hung after a marker ("..., in
    particular the UK" with the UK a subject of "said")."""
    doc = token.doc
    start = token.left_edge.i
    return any(
        start - len(marker) - 1 >= 0 and tuple(t.lower_ for t in doc[start - len(marker) : start]) == marker
        and doc[start - len(marker) - 1].text in (",", "-", "--", "–", "—")
        for marker in EXAMPLE_MARKERS
    )


def negated_apposition(token) -> bool:
    """"signature, not ratification": an apposition that says what it is not; so does a noun after
    "rather than" or "instead of" ("chose Korvex instead of Delco"), which the parser joins to the
    noun before it as if by "and", or makes a second object of the verb."""
    doc = token.doc
    if token.left_edge.i > 0 and _instead(doc[token.left_edge.i - 1]):
        return True  # however the parser hung it: a second object, a conjunct, the object of "of"
    if token.dep_ == "pobj" and any(c.dep_ == "neg" and c.i < token.head.i for c in token.head.children):
        return True  # "changes to fines but not to the limit": the phrase says where the act is not
    if token.dep_ not in ("appos", "conj") or token.head.i >= token.i:
        return False
    between = doc[token.head.i + 1 : token.i]  # "not" hangs on either noun
    return any(
        t.dep_ in ("neg", "preconj") and t.lower_ in ("not", "n't")
        and not (t.i + 1 < len(doc) and doc[t.i + 1].lower_ in EMPHATIC_AFTER_NOT)  # "not least", "not only"
        or _instead(t) for t in (*between, *token.children)
    )


def _instead(word) -> bool:
    """Whether `word` is the "than" of "rather than" or the "of" of "instead of"."""
    return word.lower_ in ("than", "of") and word.i > 0 and word.doc[word.i - 1].lower_ in ("rather", "instead")


def list_remainder(noun) -> bool:
    """"maps, guides and other travel books": an "other" noun that ends a list of two or more items
    after "and"/"or" names the kind the items are of and the rest of it, a thing the text counts (a
    lone "other officials" points away from anything named)."""
    head, start = noun.head, noun.left_edge.i
    if noun.dep_ != "conj" or head.pos_ not in ("NOUN", "PROPN") or head.i > noun.i or start == 0:
        return False
    items = {head.i, *(c.i for c in head.conjuncts if c.i < noun.i)}
    return len(items) >= 2 and noun.doc[start - 1].lower_ in COORDINATORS and noun.doc[start].lower_ == "other" \
        and noun.doc[start].head.i == noun.i


def shared_head_adjectives(noun) -> list:
    """"airplay, digital and physical sales" parsed as a list of four: the adjectives coordinated
    with the list's nouns right before one of them all modify that noun (digital sales, physical
    sales), which is then no item of its own. [] when no such adjectives come before `noun`."""
    doc = noun.doc
    if noun.pos_ != "NOUN" or not noun.is_alpha or noun.dep_ != "conj" or noun.i == 0 or doc[noun.i - 1].pos_ != "ADJ":
        return []
    if noun.i + 1 < len(doc) and doc[noun.i + 1].pos_ in ("NOUN", "PROPN"):
        return []  # "best female and best pop act": the noun modifies one after it
    items = {noun.head.i, *(c.i for c in noun.head.conjuncts)}
    run, i = [], noun.i - 1
    while i >= 0 and (doc[i].pos_ == "ADJ" and doc[i].dep_ == "conj" and doc[i].whitespace_ or doc[i].lower_ in COORDINATORS or doc[i].text == ","):
        if doc[i].pos_ == "ADJ":
            run.insert(0, doc[i])
        i -= 1
    run_at = {t.i for t in run}
    if not run or run[-1].i != noun.i - 1 or any(t.head.i not in items | run_at for t in run):
        return []
    return run


def shared_head(adjective):
    """The noun an adjective of `shared_head_adjectives` modifies, or None."""
    if adjective.pos_ != "ADJ" or adjective.dep_ != "conj":
        return None
    after = next((t for t in adjective.doc[adjective.i + 1 :] if t.pos_ != "ADJ" and t.lower_ not in COORDINATORS and t.text != ","), None)
    return after if after is not None and any(t.i == adjective.i for t in shared_head_adjectives(after)) else None


def adjective_item(nominal, adjective):
    """The mention of one item of `shared_head_adjectives`: the `nominal` mention of the shared
    noun with the adjective before it ("digital sales"), spanning from the adjective."""
    start = adjective.doc.user_data["offset"] + adjective.idx
    text = f"{adjective.text} {nominal.text}"
    return replace(nominal, text=text, name=text, key=f"{adjective.lemma_.lower()} {nominal.key}", span=Span(start, nominal.span.end))


def either_or(verb) -> bool:
    """Whether the clause of `verb` is one of two that "either ... or" offers ("I either decide to
    win titles or to have an easy life", "will either join Leeds or retire"): one of them, neither
    for sure."""
    joined = verb if any(c.dep_ == "cc" and c.lower_ == "or" for c in verb.children) else verb.head if verb.dep_ == "conj" else None
    if joined is None or not any(c.dep_ == "cc" and c.lower_ == "or" for c in joined.children):
        return False
    return any(t.lower_ == "either" and t.dep_ == "preconj" for t in verb.doc[verb.sent.start : joined.i])
