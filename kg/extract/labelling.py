"""Verbs that say what their object is, is called or is left as: "called the camp a scandal",
"described her win as overwhelming", "kept the door ajar", "was named player of the year".

The point of such a clause is the label or the state, which a triple of the verb and its bare
object drops: "Amnesty called Camp Delta" and "Parry kept the door" are facts no reader signs,
and "the comedy was named the best film" says what the comedy now is. So the object of a
labelling clause gives no fact of its own (`labelled`), and a passive one says of its patient
what it was named or made (`given_labels`: the comedy -be named-> best film).
"""
from __future__ import annotations

# Verbs whose as-phrase or "to be" says what the object is taken for: "described it as a new era",
# "is seen by experts as backsliding", "is considered to be one of the finest". ("dismissed the
# claims as nonsense", "hailed him as a hero": the dismissing and the praising are facts.)
# (Verbs of regarding keep theirs: "the manager sees me as one of the most experienced players" is
# how the manager sees him, a fact the annotators list.)
LABELLING_VERBS = frozenset({
    "describe", "label", "brand", "call", "dub", "term", "name", "portray", "paint", "depict",
    "characterise", "characterize", "class", "classify", "list", "bill", "tout", "cast", "nickname",
})
# Verbs whose adjective after the object says the state they leave it in, which the fact keeps in
# its predicate: "made the patches available" (make available), "kept us informed" (keep informed).
RESULTATIVE_VERBS = frozenset({"make", "keep", "leave", "render", "get"})
MISS_WORDS = {"wide", "high"}  # "pushed the penalty wide", "fired his shot high": where a missed shot went
# Where a verb of placing leaves its object in a contest: "put Leeds ahead", "pulled the sides level"
POSITION_WORDS, PLACING_VERBS = {"ahead", "level", "clear", "behind"}, {"put", "pull", "bring", "move", "send", "edge", "nudge", "keep", "take"}
ALSO_WORDS = {"also", "too", "all", "both", "still"}  # words between a with-phrase's noun and what it does
ORDINAL_WORDS = frozenset({"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "last"})
# Verbs whose object a participle after it says what it is doing ("kept the players waiting",
# "found the trio handling ballots") or what was done to it ("have seen revenues squeezed"). Verbs
# of seeing and having take a participle that only narrows their object as often ("seen the
# stories linking him", "had the capacity needed"), so they are left out where that is the rule.
DOING_CLAUSE_VERBS = frozenset({"keep", "leave", "find", "catch", "send"})
DONE_TO_CLAUSE_VERBS = frozenset({"keep", "leave", "see", "want"})
PERCEPTION_VERBS = frozenset({"see", "watch", "hear"})  # "sees members of the public given surgery"


def labelled(verb) -> bool:
    """Whether the clause of `verb` gives its object a label, a quality or a state: a small
    clause's predicate ("called the targets unambitious", "was made a lord", "kept them waiting";
    not the state a verb of making keeps in its predicate, "kept us informed", nor an amount's
    "worth"), or for a verb of describing, an as-phrase or "to be" after it."""
    state = resulting_state(verb)
    small_clause = any(c.dep_ == "oprd" and (state is None or c.i != state.i) and c.lower_ != "worth" for c in verb.children)
    if small_clause or _participle_clause(verb):
        return True
    if verb.lemma_.lower() not in LABELLING_VERBS:
        return False
    arguments = [c for c in verb.children if c.dep_ == "dobj"] + [  # the parser may hang "as" on the object or agent
        p for a in verb.children if a.dep_ == "agent" for p in a.children if p.dep_ == "pobj"]
    return any(c.dep_ == "prep" and c.lower_ == "as" and c.i > verb.i for h in (verb, *arguments) for c in h.children) \
        or any(c.dep_ == "xcomp" and c.lemma_.lower() == "be" for c in verb.children) \
        or any(a.dep_ == "amod" and a.i > o.i for o in arguments for a in o.children)  # 'called the targets "impressive"'


def resulting_state(verb):
    """The adjective or participle a verb of making or keeping leaves its object in, or None:
    "made the patches available", "will keep the airlines informed"; and where a shot went when it
    missed ("pushed an easy penalty wide": push wide, not push the penalty) or where a goal put a side
    ("put Leeds ahead": put ahead, not put Leeds)."""
    if not any(c.dep_ == "dobj" for c in verb.children):
        return None
    lemma = verb.lemma_.lower()
    if (place := next((c for c in verb.children if c.dep_ in ("advmod", "oprd") and c.i > verb.i and (
            c.lower_ in MISS_WORDS or c.lower_ in POSITION_WORDS and lemma in PLACING_VERBS)), None)) is not None:
        return place
    if lemma not in RESULTATIVE_VERBS:
        return None
    return next((c for c in verb.children if c.dep_ == "oprd" and c.tag_ in ("JJ", "VBN")), None)


def with_state(verb, wording: str) -> str:
    """A predicate's wording with the state its verb leaves the object in: "keep informed"."""
    state = resulting_state(verb)
    return wording if state is None else f"{wording} {state.lower_}"


def ranked(verb, wording: str) -> str:
    """A predicate's wording with the place its verb gives its subject in an order: "finished third
    in the heptathlon" (finish third in), "came second", "was ranked 158th"."""
    if verb.lemma_.lower() == "be" or any(c.dep_ == "dobj" for c in verb.children):
        return wording  # "is 91st in the rankings": the copula's own; "left the team fourth": the object's
    place = next((c for c in verb.children if c.i > verb.i and c.dep_ in ("advmod", "oprd")
                  and (c.ent_type_ == "ORDINAL" or c.lower_ in ORDINAL_WORDS)
                  and not (c.i + 1 < len(c.doc) and c.nbor(1).text == "-")), None)  # not "second-from-bottom"
    return wording if place is None else f"{wording} {place.lower_}"


def part_of(prep, pobj) -> str:
    """" part of" where the object of "as" is a part of the thing named after it ("were detained as part of the
    war on terror": be detained as part of the war, not as the war), " one of" where the object is one
    of the things named after it ("is seen as one of the more gifted players": not as all of them), " place
    of" where "in place of" stands for "instead of" ("steps up in place of Morgan": not in Morgan), else ""."""
    of = any(c.dep_ == "prep" and c.lower_ == "of" for c in pobj.children)
    if of and prep.lower_ == "as" and pobj.lemma_.lower() == "part":
        return " part of"
    if of and prep.lower_ == "in" and pobj.lower_ == "place" and not any(c.dep_ in ("det", "poss") for c in pobj.children):
        return " place of"
    return one_of(pobj)


def state_before(verb, prep) -> str:
    """The adjective a verb gives its patient or its subject right before a preposition, with a space
    after it ("was passed fit for the match": be passed fit for; "pleaded guilty in the probe"), or ""."""
    return next((f"{c.lower_} " for c in verb.children if c.dep_ in ("oprd", "acomp") and c.pos_ == "ADJ" and c.i + 1 == prep.i), "")


def one_of(noun) -> str:
    """" one of" where `noun` is "one" with an of-phrase naming the many it is one of, else ""."""
    return " one of" if noun.lower_ == "one" and any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children) \
        and not any(c.i < noun.i for c in noun.children) and noun.doc[noun.i - 1].pos_ not in ("NOUN", "PROPN") else ""  # not "round one of"


def distance(prep) -> str:
    """The measure right before a preposition of place that says how far ("was sitting two yards
    from me", "sits 20km from the border"), with a space after it, or "": the fact is about being
    that far from the place, not about coming from it."""
    doc = prep.doc
    if prep.lower_ not in ("from", "off", "outside", "inside", "behind", "ahead", "away") or prep.i == 0:
        return ""
    measure = doc[prep.i - 1]
    if measure.dep_ != "npadvmod" or measure.ent_type_ not in ("QUANTITY", "CARDINAL") or measure.i + 1 != prep.i:
        return ""
    return doc[measure.left_edge.i:measure.i + 1].text.lower() + " "


def _participle_clause(verb) -> bool:
    """A participle saying what the object of a verb of keeping or seeing does or undergoes: "kept
    the players waiting" (on the object), "sees members of the public given surgery" (on the verb)."""
    lemma = verb.lemma_.lower()
    tags = {"VBG"} if lemma in DOING_CLAUSE_VERBS else set()
    tags |= {"VBN"} if lemma in DONE_TO_CLAUSE_VERBS else set()
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    return any(p.dep_ == "acl" and p.tag_ in tags and p.i > o.i for o in objects for p in o.children) or lemma in PERCEPTION_VERBS \
        and any(c.dep_ == "ccomp" and c.tag_ in ("VBG", "VBN") and any(o.i < c.i for o in objects) for c in verb.children)


def absolute_with(prep, noun=None) -> bool:
    """A with-phrase set off by a comma whose noun has a predicate of its own: a participle, an
    adjective, an adverb or a place in an order after it (", with closest rival JFE down 3.4%",
    ", with the press conference coinciding with its start", ", with Britain second", ", with Kenya's
    Ian Dunn in third", ", with Sri Lanka and India among the worst hit"), or any after the verb's
    object (", with a pay rise"); also, comma or none, a
    common noun at a level ("with the score at 1-1"). It says how things stood beside the act; its
    noun is no argument of the verb."""
    doc = prep.doc
    noun = noun if noun is not None else next((c for c in prep.children if c.dep_ == "pobj"), None)
    if prep.lower_ == "with" and noun is not None and noun.pos_ == "NOUN" and _level_at(doc, noun.i + 1):
        return True  # "was evacuated with the score at 1-1", "with inflation at 2%", comma or none
    if prep.lower_ != "with" or noun is None or prep.i == 0 or doc[prep.i - 1].text != ",":
        return False
    if any(c.dep_ == "acl" and c.tag_ in ("VBG", "VBN") and c.i > noun.i for c in noun.children) \
            or noun.ent_type_ == "ORDINAL" and any(c.dep_ == "compound" for c in noun.children):  # ", with Korvex United 14th[pobj]"
        return True
    if prep.head.pos_ in ("VERB", "AUX") and any(c.dep_ in ("dobj", "attr", "agent", "dative", "oprd") and c.i < prep.i for c in prep.head.children):
        return True  # after the verb's object, an aside on the act or the object: "signed a deal, with a pay rise of 10%"
    # the parser hangs "also" on the noun or leaves it after: ", with Streep and Freeman also up for prizes"
    places = {noun.i + 1, noun.right_edge.i + 1} | ({noun.right_edge.i} if noun.right_edge.lower_ in ALSO_WORDS else set())
    return any(_predicate_at(doc, i) for i in places if i < len(doc))


LEVEL_TYPES = {"MONEY", "CARDINAL", "QUANTITY", "PERCENT"}  # what a price or a rate stands at
SHARE_CHANGE_VERBS = {"add", "lose", "gain", "shed"}  # "Daiwa added 5.3%": its shares rose by that
GAP_WORDS = {"behind", "clear", "ahead", "adrift", "short"}  # "slipped to 13 points behind Barcelona": the gap to Barcelona


def gap_measure(pobj, verb=None) -> bool:
    """Whether `pobj` is a measure right before a word of distance ("to 13 points behind leaders Barcelona",
    "to five points clear of Arsenal"): it says how far from the one named after it, no place the subject went;
    or the one named after such a measure ("took Arsenal back into second, five points behind Chelsea"): a standing;
    or the level reached by a verb of gaining or losing a measure ("added 5.3% to 740 yen", "lost 4% to 120p"), where
    "to" would read as a recipient ("rose 5% to 300p" keeps "rise to": it reads as the level it is)."""
    prep = pobj.head
    if verb is not None and verb.lemma_.lower() in SHARE_CHANGE_VERBS and prep.lower_ == "to" and pobj.ent_type_ in LEVEL_TYPES and any(
            c.dep_ in ("dobj", "npadvmod") and c.ent_type_ in ("PERCENT", "MONEY") and c.i < prep.i for c in verb.children):
        return True
    if prep.lower_ in GAP_WORDS and any(c.dep_ == "npadvmod" and any(n.dep_ == "nummod" for n in c.children)
                                        and c.left_edge.i > 0 and pobj.doc[c.left_edge.i - 1].text == "," for c in prep.children):
        return True  # after a comma: not "finished three seconds behind Korvex"
    after = pobj.right_edge.i + 1
    return pobj.pos_ == "NOUN" and any(c.dep_ == "nummod" for c in pobj.children) and after < len(pobj.doc) \
        and pobj.doc[after].lower_ in GAP_WORDS


def no_argument_phrase(prep, noun=None) -> bool:
    """A prepositional phrase whose noun is no argument of the verb it hangs on: an absolute with-phrase
    (`absolute_with`), or an "as" whose noun a verb with no subject of its own follows, the noun being
    that verb's subject ("powered through as a tired Davenport looked to fade")."""
    noun = noun if noun is not None else next((c for c in prep.children if c.dep_ == "pobj"), None)
    after = noun.right_edge.i + 1 if noun is not None else len(prep.doc)
    return absolute_with(prep, noun) or prep.lower_ == "as" and after < len(prep.doc) and _subjectless(prep.doc[after]) \
        or _after_absolute(prep)


def _after_absolute(prep) -> bool:
    """A phrase hung on the verb right after an absolute with-phrase, no comma between (", with Leeds
    14th in the table"): it goes on saying how the with-phrase's noun stands."""
    doc = prep.doc
    return any(w.dep_ == "prep" and w.lower_ == "with" and w.i < prep.i and absolute_with(w)
               and not any(t.is_punct for t in doc[w.i + 1:prep.i]) for w in prep.head.children)


def _subjectless(word) -> bool:
    """Whether `word` is a finite verb the parser gave no subject."""
    return word.tag_ in ("VBD", "VBZ", "VBP") and not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in word.children)


FEELING_NOUNS = {"delight", "dismay", "surprise", "horror", "relief", "amazement", "disappointment", "frustration",
                 "annoyance", "joy", "anger", "astonishment", "consternation", "chagrin", "embarrassment", "fury", "glee"}


def feeling_phrase(prep, noun) -> bool:
    """A to-phrase that says how someone took the act ("was saved to the delight of the fans", "to
    the dismay of ministers"): no place the act went to."""
    return prep.lower_ == "to" and noun.lemma_.lower() in FEELING_NOUNS


def _level_at(doc, i: int) -> bool:
    """Whether the words at `i` put the noun before them at a number ("at 1-1", "at 2%", "at $5")."""
    number = i + 1 + (i + 2 < len(doc) and doc[i + 1].tag_ == "$")
    return number < len(doc) and doc[i].lower_ == "at" and doc[number].like_num


def _predicate_at(doc, i: int) -> bool:
    """Whether the words at `i` say what the noun before them does or how it stands."""
    after = doc[i]
    if after.lower_ in ALSO_WORDS:
        return i + 1 < len(doc) and (doc[i + 1].pos_ in ("ADV", "ADJ", "ADP") or doc[i + 1].tag_ in ("VBG", "VBN"))
    if after.pos_ == "ADP":  # "in third": a place in an order; "among the worst hit": a place in a set
        return after.lower_ == "among" or any(c.dep_ == "pobj" and (c.ent_type_ == "ORDINAL" or c.lower_ in ORDINAL_WORDS)
                                               for c in after.children)
    return after.pos_ in ("ADV", "ADJ") or after.tag_ in ("VBG", "VBN") or after.ent_type_ == "ORDINAL"  # ", with Leeds 14th"


def given_labels(verb) -> list:
    """The nouns a passive clause names its patient by: "was named best musical actress" ->
    actress, "was made a lord" -> lord, "X, made a lord in 2004," -> lord; none for an adjective ("was made redundant")."""
    if not any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children) and not (verb.dep_ == "acl" and verb.tag_ == "VBN"):
        return []
    return [c for c in verb.children if c.dep_ == "oprd" and c.pos_ in ("NOUN", "PROPN")]


def contrary_turn(token) -> bool:
    """The noun of an ", only for" phrase ("touched down for Fiji, only for a needless trip by X to
    hand Samoa the win"): what came next and undid the act, no argument of its verb."""
    prep = token.head
    return token.dep_ == "pobj" and prep.lower_ == "for" and prep.i >= 2 and token.doc[prep.i - 1].lower_ == "only" \
        and token.doc[prep.i - 2].text == ","
