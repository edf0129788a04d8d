"""Which body a title before a person's name names, and whether the person holds a post in it:
"WMC chairman Tommie Bergman" names WMC, "Russian minister" a post of Russia, "Russian rival" none,
"City boss Kevin Keegan" the club the tagger missed, "former Tory chancellor" a post of the
government, not of the party, and "Party leader X" at a sentence's start no body at all."""
from __future__ import annotations

from kg.extract.affiliation import ROLE_NOUNS
from kg.extract.lexicon import (
    AGENT_SUFFIXES,
    INDUSTRY_POSTS,
    NATIONALITY_TRADES,
    ORGANIZATION_HEADS,
    PEER_NOUNS,
    PERSON_ROLE_HEADS,
    PERSON_TITLES,
    singular,
)
from kg.extract.lists import PEOPLE_NOUNS

GOVERNMENT_POSTS = {"chancellor", "minister", "secretary", "premier", "president"}  # a party's "Tory chancellor": no party's post
PARTY_ADJECTIVES = {"tory", "labour", "conservative", "liberal", "democrat", "democratic", "republican", "socialist", "green",
                    "nationalist", "unionist"}
LOCAL_POSTS = {"mayor", "governor", "councillor", "councilor", "alderman", "sheriff"}  # a place's, never a party's


def party_after_place(role, word) -> bool:
    """"London's Labour mayor": a party's word after a place that owns a post only a place has says
    the holder's party; the post is the place's ("Britain's Labour leader" leads the party)."""
    return word.lower_ in PARTY_ADJECTIVES and role.lemma_.lower() in LOCAL_POSTS \
        and any(c.dep_ == "poss" and (c.pos_ == "PROPN" or c.ent_type_) for c in role.children)


def post_of_a_country(role, org) -> bool:
    """Whether a place before `role` is the one its holder serves ("Russian minister"), not a peer's ("Russian rival") or a
    thing's; a party's word ("former Tory chancellor") before a post in government says whose government, not whose post."""
    lemma = role.lemma_.lower()
    if org.lower_ in PARTY_ADJECTIVES and lemma in GOVERNMENT_POSTS \
            and not any(t.lower_ == "shadow" for t in role.doc[role.left_edge.i:role.i]):  # a "Tory shadow chancellor" is the party's
        return False
    person = lemma in ROLE_NOUNS | PERSON_TITLES | PEOPLE_NOUNS or lemma.endswith(AGENT_SUFFIXES)
    trade = lemma in NATIONALITY_TRADES or lemma in INDUSTRY_POSTS and any(c.dep_ == "compound" and c.is_lower for c in role.children)
    return person and lemma not in PEER_NOUNS and not trade  # "UK author Diana Wynne Jones" is no author of the UK


PORTFOLIO_ROLES = {"minister", "secretary", "spokesman", "spokeswoman", "spokesperson"}  # "Aid minister", "Health spokesman": a brief, not a body
BRIEF_POSTS = PORTFOLIO_ROLES | {"envoy", "candidate"}  # "the Tory spokesman for the Home Office": the Tories' post, the office its brief


def named_before_role(title):
    """"City boss Kevin Keegan", "Hearts' boss John Robertson": a capitalised word before a role
    noun written in lower case names the club or firm even when the tagger found no name there (a
    capitalised role, as in "Foreign Minister", says nothing of the kind)."""
    roles = [t for t in title if t.pos_ == "NOUN" and t.is_lower and t.lemma_.lower() in ROLE_NOUNS - PORTFOLIO_ROLES]
    if not roles:
        return None
    role = roles[-1]
    owners = [c for c in role.children if c.dep_ == "poss" and c.text[:1].isupper()  # "Hearts' boss" (not "X's fellow defender")
              and not any(w.lower_ == "fellow" for w in role.lefts) and not common_opener(c)]  # not "Women's top seed X"
    named = [t for t in title if t.i < role.i and t.is_title and t.pos_ in ("PROPN", "NOUN")
             and not t.is_sent_start and t.lower_.rstrip(".") not in PERSON_TITLES]
    found = owners or named
    if not found or inside_title(found[-1]):
        return None
    return found[-1]


def inside_title(token) -> bool:
    """"Dancer In The Dark director": a capitalised function word before it makes the word part of
    a work's title, not a body's name (a sentence's first word has its capital anyway: "The Hearts keeper")."""
    before = token.doc[token.i - 1] if token.i else None
    return (before is not None and before.is_title and not before.is_sent_start
            and before.pos_ in ("DET", "ADP", "CCONJ", "PRON"))


def names_organisation(token) -> bool:
    """A title word that names an organisation, party or country ("WMC", "Tory", "Daiwa")."""
    if token.lower_.rstrip(".") in PERSON_TITLES:  # "MP" inside a span the tagger called a body
        return False
    if token.ent_type_ in ("ORG", "NORP", "GPE"):  # not a common noun capitalised as a sentence's first word ("Party leader X")
        return not token.is_lower and not common_opener(token)
    # outside a named entity only an acronym counts: "Foreign" in "Foreign Minister" names nothing
    return token.pos_ == "PROPN" and not token.ent_type_ and token.is_upper and len(token) > 1 and token.lower_.rstrip(".") not in PERSON_TITLES


def common_opener(token) -> bool:
    """A common noun of bodies or people capitalised only as its sentence's first word ("Party leader X", "Women's top seed")."""
    opens = token.is_sent_start or token.doc[token.i - 1].text in (".", "!", "?")  # the parser may run two sentences on
    word = token.lower_  # its lemma, as a name's, may keep the plural: "Women"
    forms = {token.lemma_.lower(), singular(word), word[:-3] + "man" if word.endswith("men") else word}
    return opens and bool(forms & (ORGANIZATION_HEADS | PEOPLE_NOUNS))


# Posts only a body has, never a person ("her director Mike Leigh" directed her film; "his captain" captains his side)
BODY_POSTS = {"director", "captain", "skipper", "chairman", "chairwoman", "president", "leader", "founder", "head", "chief",
              "executive", "editor", "owner", "member", "governor", "minister", "secretary", "chancellor"}


def post_of_a_person(role, owner) -> bool:
    """Whether a post only a body has is owned by a person's "his" or "her" ("her director Mike Leigh"): no post of hers."""
    return owner.lower_ in ("his", "her") and role.lemma_.lower() in BODY_POSTS


def titled_by_owner(owner, noun) -> bool:
    """A name owning a capitalised noun that is no post ("BBC One's Top of the Pops", "Disney's
    Pirates of the Caribbean"): the noun opens a title; "Microsoft's Head of Research" is a role."""
    return owner.pos_ == "PROPN" and owner.text[:1].isupper() and noun.lemma_.lower() not in \
        ROLE_NOUNS | PERSON_TITLES | PERSON_ROLE_HEADS | BODY_POSTS


def remit_elsewhere(role, owner) -> bool:
    """A place owning a post that a name before its noun places elsewhere ("Britain's Olympic champion", "Britain's Labour
    leader", "Britain's former European 100m champion"): the post is of that, and the place only says where its holder is from."""
    return owner.ent_type_ == "GPE" and any(c.ent_type_ and c.ent_type_ not in ("DATE", "TIME", "ORDINAL", "CARDINAL")
                                            and c.i != owner.i for c in role.lefts if c.dep_ in ("amod", "compound"))


OFFICE_CHANGERS = {"deputy", "vice", "shadow", "former", "ex", "assistant", "junior", "under"}  # another office than the bare noun's


def same_office(held: str, said: str) -> bool:
    """Whether a description's title `said` ("prime minister", "the Chester chairman") may name the holder of the title
    `held` ("prime minister", "chairman"): one ends the other, and neither adds a word that makes it another office
    ("Deputy Prime Minister John Prescott" is not "the prime minister", nor "shadow chancellor X" "the chancellor")."""
    longer, shorter = (held, said) if len(held) >= len(said) else (said, held)
    if longer != shorter and not (longer.endswith(" " + shorter) and (" " not in held or longer == held)):
        return False
    return not set(longer[:len(longer) - len(shorter)].split()) & OFFICE_CHANGERS
