"""A noun the small model makes the object of a verb that comes after it, though a subject stands
between them: in "Michelle Paver's novel Wolf Brother tells of Torak" the parser reads "novel" as
what is told and "Wolf Brother" as the teller. An English main clause puts its object after its
verb; a common noun right before the name that is the verb's subject is what the name is (the
novel, whose title is Wolf Brother), and the two are the subject together. So is a noun the
parser makes the head of a sentence with no verb, the verb a clause on it ("[novel] Wolf Brother
tells[relcl] of Torak."), when that clause has no object for the noun to be. A clause on a noun
keeps that order ("the novel Tom Reed wrote": the novel is what Reed wrote), so only a main
clause's verb is mended."""
from __future__ import annotations


def objects_before_their_verbs(doc) -> None:
    """Hang, in place, each common noun read as the object of a main verb after it, right before that
    verb's named subject, as the subject, with the name in apposition to it."""
    for verb in doc:
        rooted = verb.dep_ == "relcl" and verb.head.dep_ == "ROOT" and verb.head.pos_ == "NOUN" and verb.head.i < verb.i \
            and not any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in verb.children)  # "[novel] Wolf Brother tells[relcl] of Torak."
        if not (verb.dep_ == "ROOT" or rooted) or verb.pos_ not in ("VERB", "AUX"):
            continue
        subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.pos_ == "PROPN"), None)
        noun = verb.head if rooted else next((c for c in verb.children if c.dep_ == "dobj" and c.i < verb.i), None)
        if subject is None or noun is None or noun.pos_ != "NOUN" or subject.left_edge.i != noun.i + 1:
            continue
        if rooted:  # the verb heads the sentence, the noun before the name is its subject
            for token in noun.sent:
                if token.head.i == noun.i and token.i != verb.i and token.i > verb.i:
                    token.head = verb
            verb.head, verb.dep_ = verb, "ROOT"
            noun.head = verb
        noun.dep_ = "nsubj"
        subject.head, subject.dep_ = noun, "appos"
