"""Control: who does what a verb's complement says when the complement names no doer.

A gerund after a verb's object and a preposition is the object's act: "accused Mr Brown of
hiding the rises", "blamed the firm for losing the files", "stopped fans from entering". An
infinitive after a control verb's prepositional object is that object's: "called on Israel to
halt the raids". (Plain object control, "urged Israel to consider", is in `kg.extract.clauses`;
what the verb says of the act, an accusation or a prevention, in `kg.extract.factuality`.)"""
from __future__ import annotations

from kg.extract.lexicon import REASON_VERBS

PREPOSITIONAL_CONTROL = {  # "called on Israel to halt", "pleaded with him to stay": the preposition's object acts
    "call": {"on", "upon"}, "appeal": {"to"}, "plead": {"with"}, "rely": {"on", "upon"}, "count": {"on"},
    "depend": {"on", "upon"}, "look": {"to"}, "prevail": {"on", "upon"},
}
# verb -> the prepositions whose gerund its object does
GERUND_CONTROL = {
    **dict.fromkeys(REASON_VERBS - {"apologise", "apologize"}, ("for",)),
    **dict.fromkeys(("accuse", "suspect", "convict", "acquit", "clear", "absolve"), ("of",)),
    "charge": ("with",), "congratulate": ("on", "for"), "compliment": ("on", "for"),
    **dict.fromkeys((
        "prevent", "stop", "ban", "bar", "block", "deter", "discourage", "dissuade", "prohibit", "forbid",
        "exclude", "keep", "save", "protect", "restrict", "disqualify", "suspend",
    ), ("from",)),
    **dict.fromkeys(("talk", "persuade", "trick", "force", "pressure", "pressurise", "coerce", "bully", "lure", "push", "fool"), ("into",)),
}


def gerund_control(verb):
    """(governing verb, its object) when `verb` is a gerund after one of the governing verb's
    controlling prepositions ("blamed [the firm] for losing"); None otherwise. The parser hangs
    the preposition on the verb or on its object ("accused [the firm of using]")."""
    prep = verb.head
    if verb.dep_ != "pcomp" or prep.dep_ != "prep" or verb.tag_ != "VBG":
        return None
    governor, obj = prep.head, None
    if governor.dep_ == "dobj":
        governor, obj = governor.head, governor
    if prep.lower_ not in GERUND_CONTROL.get(governor.lemma_.lower(), ()) or governor.pos_ not in ("VERB", "AUX"):
        return None
    obj = obj if obj is not None else next((c for c in governor.children if c.dep_ == "dobj"), None)
    return (governor, obj) if obj is not None else None


def prepositional_controller(governor):
    """Israel in "called on Israel to halt the raids": the object of the preposition a control
    verb takes, who is asked, trusted or begged to act (None for other verbs)."""
    preps = PREPOSITIONAL_CONTROL.get(governor.lemma_.lower(), ())
    for prep in governor.children:
        if prep.dep_ == "prep" and prep.lower_ in preps:
            return next((o for o in prep.children if o.dep_ == "pobj"), None)
    return None
