"""An infinitive right after a contest noun says what the contest is for: in "came top of the
Sound of 2005 poll to find the most promising new act" the small model hangs "to find" on "came",
so the band would find the act. A poll, vote or competition is run by someone to find, choose or
decide something; the infinitive belongs to the noun (`kg.extract.control.disposition_holders`
then gives it no doer but the contest's owner)."""
from __future__ import annotations

from kg.extract.control import CONTEST_NOUNS


def aims_read_as_purposes(doc) -> None:
    """Hang, in place, each infinitive read as its clause's purpose on the contest noun right before it."""
    for verb in doc:
        if verb.dep_ not in ("advcl", "xcomp") or verb.tag_ != "VB" or verb.i < 2:
            continue
        to, noun = doc[verb.i - 1], doc[verb.i - 2]
        if to.lower_ != "to" or to.head.i != verb.i or noun.lemma_.lower() not in CONTEST_NOUNS or noun.pos_ != "NOUN":
            continue
        if any(a.i == verb.head.i for a in noun.ancestors):  # the noun is in the clause the infinitive was hung on
            verb.head, verb.dep_ = noun, "acl"
