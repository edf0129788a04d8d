"""Words the tagger read as verbs that head no clause: a title word before a person's name
("shadow chancellor Oliver Letwin", "England rugby union captain Jason Robinson"), a participle
inside a list of nouns ("copper, coking coal, thermal coal and zinc"), and a noun read as a
present-tense verb ("TV shows such as Battlestar Galactica", "afterwards model Caprice left").
`kg.extract.relations` gives them no relations."""
from __future__ import annotations

from kg.extract.lexicon import HONORIFICS, PERSON_ROLE_HEADS, PERSON_TITLES

NOUN_DEPS = {"nsubj", "nsubjpass", "dobj", "pobj", "compound"}  # where only a noun goes


def title_word(verb) -> bool:
    """A word the tagger took for a verb that opens a person's title: a title noun and a person's
    name follow ("shadow chancellor Oliver Letwin"; not "accuse Mr Brown", an honorific being no
    title noun), or, after a name and in the present, up to two more lower-case words first
    ("England rugby union captain Jason Robinson")."""
    doc, i = verb.doc, verb.i
    reach = 4 if verb.tag_ in ("VB", "VBP") and i > 0 and doc[i - 1].pos_ == "PROPN" else 2
    title = next((j for j in range(i + 1, min(i + reach, len(doc) - 1)) if doc[j + 1].ent_type_ == "PERSON"), None)
    return title is not None and all(t.is_lower for t in doc[i + 1:title + 1]) and doc[title].lower_ in (PERSON_TITLES | PERSON_ROLE_HEADS) - HONORIFICS


def noun_read_present(verb) -> bool:
    """A noun the tagger read as a verb in the present ("shows", "model"): the parser then hangs it
    where only a noun goes (a subject, an object: "TV shows[nsubj] such as Battlestar Galactica
    have"), or makes it a clause of the verb after it with no subject of its own ("Shortly
    afterwards model[advcl] Caprice and actor Jeremy Edwards left"), which a verb in the present
    never is: it would take the main clause's subject for its own."""
    if verb.tag_ not in ("VBZ", "VBP"):
        return False
    if verb.dep_ in NOUN_DEPS:
        return True
    return verb.dep_ == "advcl" and verb.head.i > verb.i and not any(
        c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj", "mark", "aux") for c in verb.children)


def noun_list_item(verb) -> bool:
    """A participle after a comma in a list of nouns that the parser made a clause: in "copper,
    coking coal, thermal coal and zinc" or "timber, roofing slate, building sand and glass" the
    participle has the next bare noun for its object, the list goes on from that noun, and the
    item before the comma is a bare common noun in the list (not "cut costs, closing plants")."""
    doc, i = verb.doc, verb.i
    if verb.tag_ not in ("VBG", "VBN") or i < 2 or i + 1 >= len(doc) or doc[i - 1].text != ",":
        return False
    following, before = doc[i + 1], doc[i - 2]
    if following.dep_ != "dobj" or following.head.i != i or not any(c.dep_ == "conj" for c in following.children):
        return False
    bare = before.pos_ == "NOUN" and not any(c.dep_ in ("det", "poss") for c in before.children)
    return bare and (verb.head.i == before.i or before.dep_ in ("conj", "attr", "appos"))


EXCEPTING_WORDS = {"bar", "save"}  # "Bar a slight dip at the New Year, the index rose": a preposition, "except"
DISCOURSE_PARTICIPLES = {"speak", "talk"}  # "Speaking of noise, ...", "Talking about money, ...", "Strictly speaking, ..."


def discourse_opener(verb) -> bool:
    """A participle of speaking that opens the sentence and is set off by a comma ("Speaking of
    noise, the game is ...", "Strictly speaking, ..."): the writer turning to a topic, no act of the
    sentence's subject."""
    sentence = verb.sent
    start = sentence.start + (sentence[0].pos_ == "ADV" and sentence[0].i < verb.i)
    return verb.tag_ == "VBG" and verb.lemma_.lower() in DISCOURSE_PARTICIPLES and verb.i == start and _comma_after(verb) \
        and not any(c.dep_ in ("prep", "dobj", "dative") and c.lower_ not in ("of", "about") for c in verb.children)  # "Speaking to reporters,"


def excepting_word(verb) -> bool:
    """An opening "Bar" or "Save" the tagger read as a verb, set off by a comma ("Bar a slight dip,
    the index rose"): a preposition, "except", no act."""
    return verb.i == verb.sent.start and verb.lower_ in EXCEPTING_WORDS and _comma_after(verb)


def _comma_after(verb) -> bool:
    after = verb.right_edge.i + 1
    return after < len(verb.doc) and verb.doc[after].text == ","
