"""A verb that leaves or keeps someone in a state, with an object and an -ing participle after it: in "a
series of operations left him struggling for fitness" the parser reads "him" as what was left and
the operations as the ones struggling. The object is the participle's subject (he struggles), and
the verb has no object of its own: the operations did not leave him. The object becomes the
subject of the participle's clause, which the verb takes whole.

So a participle right after the noun a copula says its subject is, with no comma, describes that
noun, though the parser hung it on the copula ("He is not some unknown hopeful fighting an
unwinnable seat"): what the copula denies of the subject, it denies of the participle too.

And a "have" the parser made the auxiliary of an -ing word ("Ceplak had winning performances in
Madrid"): no tense is made of "have" and an -ing word without "been", so "have" is the verb, and the
-ing word describes its object (winning performances), no act of winning them. The other way about,
a "have" the parser made a verb whose object's adjective is a past participle, with adverbs between
("he has so far only published options"): the adverbs make it the participle's perfect."""
from __future__ import annotations

from kg.extract.clauses import SPEECH_VERBS

KEEPING_VERBS = {"leave", "keep"}  # "left him struggling", "kept fans waiting" (who "sent X streaking away" did send X)


def objects_left_in_a_state(doc) -> None:
    """Hang, in place, each object of a verb of leaving or keeping that a participle follows as that participle's subject."""
    for verb in doc:
        if verb.lemma_.lower() not in KEEPING_VERBS or verb.pos_ != "VERB":
            continue
        state = next((c for c in verb.children if c.dep_ in ("xcomp", "ccomp", "oprd") and c.tag_ == "VBG"), None)  # ("kept
        # the banks informed": kept informed, a state worded into the predicate)
        thing = next((c for c in verb.children if c.dep_ == "dobj"), None)
        if state is None or thing is None or not thing.i < state.i or thing.right_edge.i + 1 != state.i \
                or any(c.dep_ in ("nsubj", "nsubjpass") for c in state.children) or state.lemma_.lower() in SPEECH_VERBS:
            continue  # "left UKIP saying Kilroy-Silk would deliver better": he left, and said so
        thing.head, thing.dep_ = state, "nsubj"
        state.dep_ = "ccomp"


def participles_on_copula_nouns(doc) -> None:
    """Hang, in place, on the noun before it each -ing clause the parser hung on the copula whose complement that noun is."""
    for word in doc[1:]:
        noun = doc[word.i - 1]
        if word.tag_ == "VBG" and word.dep_ == "advcl" and word.head.lemma_ == "be" and noun.dep_ == "attr" \
                and noun.head.i == word.head.i and noun.pos_ == "NOUN" and not any(c.dep_ in ("nsubj", "mark", "aux") for c in word.children):
            word.head, word.dep_ = noun, "acl"


def haves_read_as_perfects(doc) -> None:
    """Mend, in place, each -ing word the parser made a verb with "have" for its auxiliary and a noun right after it
    for its object, and no "been" between: "have" heads the clause, the -ing word is the object's adjective."""
    for word in doc:
        have = next((c for c in word.children if c.dep_ == "aux" and c.lemma_ == "have"), None)
        thing = next((c for c in word.children if c.dep_ == "dobj" and c.i == word.i + 1), None)
        if word.tag_ != "VBG" or have is None or thing is None or any(c.dep_ == "aux" and c.lower_ == "been" for c in word.children):
            continue
        for child in [c for c in word.children if c.i != thing.i and c.i != have.i]:
            child.head = have
        have.head, have.dep_ = (have if word.dep_ == "ROOT" else word.head), word.dep_
        have.pos_ = "VERB"
        thing.head = have
        word.head, word.dep_, word.pos_, word.tag_ = thing, "amod", "ADJ", "JJ"


def perfects_read_as_haves(doc) -> None:
    """Mend, in place, each "have" the parser made a verb whose object's adjective is a past participle
    with adverbs between them: "he has so far only published[amod] options" - he published them; the
    adverbs make "has ... published" the perfect of the participle, not a having of published options."""
    for word in doc:
        noun, have = word.head, word.head.head
        if word.tag_ != "VBN" or word.dep_ != "amod" or noun.dep_ != "dobj" or have.lemma_ != "have" or have.pos_ not in ("VERB", "AUX") \
                or not have.i + 1 < word.i or not all(t.pos_ == "ADV" for t in doc[have.i + 1:word.i]):
            continue
        for child in [c for c in have.children if c.i != noun.i]:
            child.head = word
        for adverb in doc[have.i + 1:word.i]:
            adverb.head, adverb.dep_ = (word, "advmod") if adverb.head.i in (have.i, word.i, noun.i) else (adverb.head, adverb.dep_)
        word.head, word.dep_ = (word if have.dep_ == "ROOT" else have.head), have.dep_
        word.pos_ = "VERB"
        have.head, have.dep_, have.pos_ = word, "aux", "AUX"
        noun.head = word
