"""Relations from noun phrases: roles from appositions, titles and descriptions ("WMC chairman
Tommie Bergman"), where a company is based, what it has and where, nicknames."""
from __future__ import annotations

from dataclasses import replace

from kg.extract.affiliation import ROLE_NOUNS
from kg.extract.clauses import QUANTITY_HEADS, of_object, with_conjuncts
from kg.extract.countries import COUNTRY_OF
from kg.extract.description_phrases import act_noun, named_owner
from kg.extract.lexicon import (
    ASIDE_PREPS,
    COMPANY_DESCRIPTORS,
    HONORIFICS,
    MEDIA_HEADS,
    NER_TYPES,
    NOW_WORDS,
    PEER_NOUNS,
    PERSON_ROLE_HEADS,
    PERSON_TITLES,
    TENURE_WORDS,
    WORK_NOUNS,
)
from kg.extract.mentions import entity_of, mention, name_start, title_tokens
from kg.extract.referents import antecedent
from kg.extract.hyphens import hyphen_prefix, whole_word
from kg.extract.names import hyphened, post_modifiers, rank_of
from kg.extract.passives import thing_apposed_to_person
from kg.extract.posts import (
    BRIEF_POSTS,
    common_opener,
    named_before_role,
    names_organisation,
    party_after_place,
    post_of_a_country,
    post_of_a_person,
    remit_elsewhere,
)
from kg.extract.relations import relate
from kg.extract.state import State
from kg.model import (
    EntityType,
    MentionKind,
)

NICKNAME_NOUNS = {"nickname", "nicknamed", "dubbed", "moniker"}  # words that introduce another name for someone
AGENT_PARTICIPLES = {  # "US-led", "state-owned": the name before the hyphen did it
    "led", "owned", "run", "backed", "funded", "controlled", "sponsored", "operated", "financed", "brokered",
}
GROUP_NOUNS = {  # bodies made of named members: "an alliance of the US, India and Japan"
    "alliance", "coalition", "consortium", "bloc", "federation", "association", "partnership", "union", "league",
}
# Possessives whose antecedent a role (of ROLE_NOUNS: a post, not kin) may be of ("its founder
# Mikhail Khodorkovsky"); not "their", which too often finds the nearest plural noun ("the fans")
# rather than the band or firm.
OWNER_PRONOUNS = {"its", "his", "her", "our"}
PERSON_TRADES = {"producer", "developer", "publisher", "distributor", "maker"}  # a company's, or a person's ("producer Gil Cates")
ARTS_WORDS = {"film", "movie", "record", "music", "tv", "television", "theatre", "stage", "executive", "games", "series"}
NAMED_THING_TYPES = {"ORG", "GPE", "LOC", "FAC"}  # names of bodies and places (a role of a person is above)


# participles that name a kind of post: the words of tenure ("acting", "outgoing") and these
POST_PARTICIPLES = TENURE_WORDS | {"managing", "founding", "retiring", "presiding", "commanding", "reigning", "defending",
                                  "elected", "designated", "appointed", "operating", "supervising", "consulting",
                                  "contributing", "visiting", "coordinating", "investigating"}  # "chief operating officer"


def appositive_role(state: State, para_index: int, appos, offset: int) -> None:
    """"Catherine Russell, the executive director of UNICEF" -> Russell -executive director of-> UNICEF;
    "Ron Dermer, one of Mr. Netanyahu's top advisers" -> Dermer -adviser of-> Netanyahu."""
    person = appos.head
    if _larger_place(person, appos):
        relate(state, para_index, person, "be in", appos, confidence=0.7)  # "Cannes, France": Cannes is in France
        return
    if appos.pos_ == "PROPN" and person.pos_ == "NOUN" and appos.ent_type_ in NAMED_THING_TYPES | {"PERSON"}:
        # "Yukos' main production arm, Yugansk", "Rangers' boss Alex McLeish": the name is the apposition
        person, appos = appos, person
    if appos.pos_ not in ("NOUN", "NUM", "PRON"):
        return
    if person.ent_type_ in NAMED_THING_TYPES and appos.lemma_.lower() not in PERSON_ROLE_HEADS:
        # "Riyadh, the capital of Saudi Arabia": a role of a thing (a leader's name is a person's, below)
        _thing_role(state, para_index, person, appos)
        return
    if person.ent_type_ != "PERSON" and not (person.pos_ == "PROPN" and appos.lemma_.lower() in PERSON_ROLE_HEADS):
        return
    if appos.lemma_.lower() in MEDIA_HEADS | WORK_NOUNS:  # "for the Times newspaper, Ms Dunwoody": no post
        return
    if person.ent_type_ != "PERSON":  # a role noun makes a name a person's, whatever the tagger said
        named = mention(state, para_index, person)
        if named is not None:
            state.mentions[named] = replace(state.mentions[named], type=EntityType.PERSON)
    role = appos
    if role.lower_ in QUANTITY_HEADS and of_object(role) is not None:
        role = of_object(role)
    if role.pos_ != "NOUN" or act_noun(role):  # "X, Yahoo's initial decision to delay": an act beside the name, no post
        return
    organisation, unit = None, ""
    destination = next((c for p in role.children if p.dep_ == "prep" and p.lower_ == "to" for c in p.children
                        if c.dep_ == "pobj" and c.ent_type_ in NER_TYPES), None)  # "Britain's ambassador to the UN": sent there
    if destination is not None:  # "chief secretary to the Treasury", "then economic adviser to President Putin"
        words = [(t.lemma_ if _plain_degree(t) else t.lower_) + ("-" if hyphen_prefix(t) else "")
                 for t in post_modifiers(role, lambda c: not c.is_punct and not _describing_modifier(c))]
        relate(state, para_index, person, " ".join([*words, whole_word(role), "to"]).replace("- ", "-"), destination, confidence=0.85)
    fellow = any(c.lower_ == "fellow" for c in role.lefts)  # "Dunn's fellow defender Reed": Dunn's peer, no post of Dunn's
    brief_of_owner = role.lemma_.lower() in BRIEF_POSTS and any(c.dep_ == "poss" for c in role.children)  # "the party's Treasury spokesman"
    for child in role.children:
        if child.dep_ == "prep" and child.lower_ in ("of", "at", "for"):
            objects = [c for c in child.children if c.dep_ == "pobj" and c.ent_type_ in NER_TYPES]
            party = next((c for c in role.lefts if c.dep_ in ("amod", "compound") and c.ent_type_ in ("NORP", "ORG", "GPE")), None)
            if objects and not (organisation is not None and organisation.head.lower_ == "of"):  # "chairman of the Center at Y"
                organisation = party if child.lower_ == "for" and party is not None and role.lemma_.lower() in BRIEF_POSTS else objects[0]
            part = next((c for c in child.children if c.dep_ == "pobj" and c.pos_ == "NOUN" and not c.ent_type_), None)
            if child.lower_ == "of" and part is not None:  # "head of third party services at Vodafone": a post in a part of it
                unit = " ".join(t.lower_ for t in role.doc[part.left_edge.i : part.i + 1] if t.dep_ != "det")
                organisation = organisation or _body_of_part(part)
        elif child.dep_ == "poss" and not fellow and not common_opener(child) and not post_of_a_person(role, child) and (
                child.ent_type_ in NER_TYPES or child.pos_ == "PROPN"
                                                      or child.lower_ in OWNER_PRONOUNS and role.lemma_.lower() in ROLE_NOUNS):
            organisation = child  # "its founder Mikhail Khodorkovsky": whoever "its" stands for
        elif child.dep_ == "compound" and role.lemma_.lower() not in PEER_NOUNS and not brief_of_owner and not party_after_place(role, child) \
                and (child.ent_type_ == "ORG" or child.ent_type_ in ("GPE", "NORP") and post_of_a_country(role, child)
                                            and named_owner(role) is None and not fellow):  # a place after an owner is a remit;
            # "fellow UK nominees X": compatriots, no post of the UK ("fellow Cardiff defender": the club's)
            organisation = child  # not "the Hindi song Chadti Jawani", "his Russian rival Feofanova", "the paper's US editor"
    if organisation is None or remit_elsewhere(role, organisation) or organisation.lower_ in OWNER_PRONOUNS and role.conjuncts:
        # "Britain's Olympic champion X": no champion of Britain; "Vivendi, its boss and another executive": a list
        return
    remit = remit_tokens(role, organisation) if organisation.dep_ == "poss" else []  # "Sony's European president"
    modifiers = [t.text if t in remit else (t.lemma_ if _plain_degree(t) else t.lower_) + ("-" if hyphen_prefix(t) else "")  # "co-founder"
                 for t in sorted([*post_modifiers(role, lambda c: not c.is_punct and not _describing_modifier(c)), *remit], key=lambda t: t.i)]
    lead = [c for c in role.head.children if c.i < role.i] if role.dep_ == "appos" else []  # "X, once Russia's richest man"
    if (any(c.dep_ == "advmod" and c.lower_ in ("once", "formerly") for c in (*role.children, *lead))  # also "(former Wales coach)",
            or any(t.lower_ == "former" for t in role.doc[role.left_edge.i : role.i])) and "former" not in modifiers:  # "former" on "Wales"
        modifiers = ["former", *modifiers]  # "once Russia's richest man": no longer
    post = " ".join(modifiers + [whole_word(role), "of"]).replace("- ", "-")  # "son-in-law of", not "son of"
    link = organisation.head.lower_ if organisation.dep_ == "pobj" else "of"  # "Merck's head of research": of research, of Merck
    if unit and link in ("at", "for", "to", "of"):
        if len(unit.split()) > 4:
            return
        post = f"{post} {unit} {link}"  # not head of Vodafone, but of its services, at Vodafone
    relate(state, para_index, person, post, organisation, confidence=0.85)


def remit_tokens(role, owner) -> list:
    """The names of places or peoples between a body's post and its noun: the remit of the post
    ("Sony's European president", "its UK chief executive"), which the post without them overstates.
    None after a person's name or pronoun: "Sharapova's Russian coach" is a coach who is Russian."""
    if owner.ent_type_ == "PERSON" or owner.lower_ in ("his", "her", "my", "your"):
        return []
    return [c for c in role.lefts if c.dep_ in ("amod", "compound", "nmod") and c.ent_type_ in ("NORP", "GPE") and c.i > owner.i]


def _describing_modifier(word) -> bool:
    """A word before a role noun that describes the holder, not the post: the last piece of a hyphened adjective ("five-time"), a
    participle naming no post ("the beleaguered chairman"; not "managing director"), "present", or "most" on the plural of "one of"
    ("one of Britain's most senior judges": a senior judge)."""
    hyphened = word.i > 1 and word.doc[word.i - 1].text == "-" and (not hyphen_prefix(word.doc[word.i - 2]) or word.doc[word.i - 2].like_num)
    return hyphened or word.tag_ in ("VBG", "VBN") and word.lower_ not in POST_PARTICIPLES or word.lower_ in NOW_WORDS \
        or word.tag_ == "RBS" and word.head.tag_ == "NNS"


def _plain_degree(word) -> bool:
    """A superlative on the plural of "one of", which says the post in its plain degree ("one of Russia's biggest companies": big)."""
    return word.tag_ == "JJS" and word.head.tag_ == "NNS"


def _body_of_part(part):
    """The named body an at- or for-phrase on a part of it names ("services [at Vodafone]"), else None."""
    return next((o for p in part.children if p.dep_ == "prep" and p.lower_ in ("at", "for")
                 for o in p.children if o.dep_ == "pobj" and o.ent_type_ in NER_TYPES), None)


def _larger_place(place, appos) -> bool:
    """"Cannes, France", "Dayton, Ohio": a place named with the larger place it is in, not a list
    of places ("France, Italy and Spain") or names standing alone that the parser read as an apposition."""
    doc = place.doc
    after = appos.right_edge.i + 1
    return (place.ent_type_ == "GPE" and appos.ent_type_ == "GPE" and place.pos_ == appos.pos_ == "PROPN" and place.dep_ != "ROOT"
            and (place.left_edge.i == 0 or doc[place.left_edge.i - 1].text != ":")  # "Subs: Vincze, Horvath", a team sheet
            and appos.i > place.i and doc[appos.left_edge.i - 1].text == "," and not place.conjuncts and not appos.conjuncts
            and not (after < len(doc) and doc[after].lower_ in (",", "and", "or") and after + 1 < len(doc)
                     and doc[after + 1].ent_type_ == "GPE"))


def _thing_role(state: State, para_index: int, thing, role) -> None:
    """"Riyadh, the capital of Saudi Arabia" -> Riyadh -capital of-> Saudi Arabia; "Yugansk, Yukos' main production arm"
    -> Yugansk -main production arm of-> Yukos: what a named place or body is of another ("mutual life insurer": all its words)."""
    if role.pos_ != "NOUN":
        return
    owners = [c for c in role.children if c.dep_ == "poss" and c.ent_type_ in NAMED_THING_TYPES | {"PERSON"}]
    for prep in role.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            owners += [c for c in prep.children if c.dep_ == "pobj" and c.ent_type_ in NAMED_THING_TYPES | {"PERSON"}]
    modifiers = [hyphened(t, t.lower_) for t in post_modifiers(role, lambda c: c.pos_ != "NUM") if not rank_of(t, t.nbor())]  # "third biggest"
    for owner in owners[:1]:
        relate(state, para_index, thing, " ".join(modifiers + [whole_word(role), "of"]), owner, confidence=0.8)


MEASURE_NOUNS = {"size", "height", "length", "width", "weight", "value", "price", "cost", "level", "rate", "amount", "total",
                 "equivalent", "average", "population", "area", "speed", "distance", "age"}  # "the size of X": how big, no tie


def copular_role(state: State, para_index: int, attr, offset: int) -> None:
    """"WMC Resources is the third-largest producer of nickel" -> WMC -largest producer of-> nickel;
    "Kirby is a spokesman for the council" -> Kirby -spokesman for-> council."""
    copula = attr.head
    subjects = [c for c in copula.children if c.dep_ in ("nsubj",)]
    if attr.lower_ in QUANTITY_HEADS and of_object(attr) is not None and of_object(attr).lemma_.lower() in ROLE_NOUNS:
        attr = of_object(attr)  # "he was one of the founders of Menatep": a founder of it (not "one of the proudest nights of")
    if attr.ent_type_ in ("CARDINAL", "MONEY", "QUANTITY", "PERCENT") and attr.tag_ == "NNS":
        return  # "is tens of thousands of pounds cheaper": an amount, no role (but "was a third of Seagram": a share)
    if not subjects or attr.pos_ != "NOUN" or any(c.dep_ == "neg" or c.dep_ == "det" and c.lower_ == "no" for c in (*copula.children, *attr.children)):
        return  # "was not", "is no respecter of reputations"
    if subjects[0].pos_ == "PRON" and subjects[0].lower_ not in ("he", "she", "i", "we"):
        return  # "it was a temporary cessation of operations": "it" is no agent
    if _plural(subjects[0]) and attr.tag_ == "NN":
        return  # "we are a nation of many faiths": a singular noun said of many describes them all, it is no role
    for role in with_conjuncts([attr]):
        for prep in role.children:
            if prep.dep_ != "prep" or prep.lower_ not in ("of", "for", "at", "to") or not role.is_alpha or role.lemma_.lower() in MEASURE_NOUNS:
                continue  # "is about 40% of GDP": a share, no role; "is three times the size of Hong Kong's": a measure
            modifiers = [hyphened(c, c.lower_) for c in role.lefts if c.dep_ in ("amod", "compound") and not c.ent_type_ and c.pos_ != "NUM"]
            wording = " ".join(modifiers + [role.lemma_.lower(), prep.lower_])
            for pobj in with_conjuncts([c for c in prep.children if c.dep_ == "pobj"]):
                relate(state, para_index, antecedent(subjects[0]), wording, antecedent(pobj), confidence=0.75, clause=copula)


def _plural(noun) -> bool:
    """A plural subject: "we", "they", "the firms", "Korvex and Velta"."""
    return noun.tag_ in ("NNS", "NNPS") or noun.lower_ in ("we", "they") or any(c.dep_ == "conj" for c in noun.children)


def based_in(state: State, para_index: int, based, offset: int) -> None:
    """"Swiss-based Xstrata", "a London-based bank" -> Xstrata / bank -be based in-> Swiss / London;
    "Zurich and London-based Xstrata" -> both, however the parser hangs "Zurich"."""
    doc = based.doc
    owner = based.head
    if owner.pos_ != "PROPN" and not owner.ent_type_:
        # "Menatep, the Gibraltar-based holding company", "the London-based bank Barclays": the name's, no person's
        named = [a] if (a := thing_apposed_to_person(owner)) is not None else [owner.head] if owner.dep_ in ("appos", "compound") else []
        named += [c for c in owner.children if c.dep_ == "appos"]
        named = [n for n in named if n.pos_ == "PROPN" or n.ent_type_ in NAMED_THING_TYPES]
        if not named:
            return  # "a London-based bank", "US-based programmes": the description already says it
        owner = named[0]
    places = with_conjuncts([c for c in based.children if c.dep_ in ("npadvmod", "compound", "nmod") and c.pos_ == "PROPN"])
    if places:
        first = min(places, key=lambda t: t.i).left_edge.i
        joiners = ("and", "or")  # "Zurich and London-based", then "Paris, Zurich and ..."; not "In Paris, London-based"
        while first >= 2 and doc[first - 1].lower_ in joiners and doc[first - 2].ent_type_ in ("GPE", "LOC"):
            place = entity_of(doc[first - 2])
            places.append(place.root)
            first = place.start
            joiners = (",",)
    for place in places:
        relate(state, para_index, owner, "be based in", place, confidence=0.8)


def led_by(state: State, para_index: int, participle, offset: int) -> None:
    """"Google-owned YouTube", "Moscow-backed candidate Viktor Yanukovych" -> Google -own-> YouTube, Moscow -back->
    Yanukovych, "the US-led coalition" -> US -lead-> coalition: a name hyphened to a participle is the agent of
    the name or the definite thing after it; not of "a Labour-led coalition", which may never be."""
    doc = participle.doc
    i = participle.i
    if i < 2 or doc[i - 1].text != "-" or doc[i - 1].whitespace_ or doc[i - 2].whitespace_:
        return
    agent = doc[i - 2]
    if agent.pos_ != "PROPN" and agent.ent_type_ not in NAMED_THING_TYPES | {"PERSON", "NORP"}:
        return
    named = participle.head.head if participle.head.dep_ == "compound" and participle.head.head.pos_ == "PROPN" else participle.head
    definite = any(c.dep_ == "det" and c.lower_ == "the" for c in named.children) and agent.ent_type_ != "NORP"
    if named.pos_ != "PROPN" and not definite:  # "a Labour-led coalition": one that may never be, named by its own words
        return
    relate(state, para_index, agent, participle.lemma_.lower(), named, confidence=0.75)  # also "X-backed candidate Y": Y


def _people_word(adjective) -> str:
    """The whole people's adjective `adjective` ends, in lower case ("South African")."""
    return next((e.text.lower() for e in adjective.doc.ents if e.start <= adjective.i < e.end), adjective.lower_)


def _person_trade(descriptor) -> bool:
    """A descriptor that is also a person's trade ("producer"), alone or after words of the arts
    ("film producer"), not of a company's goods ("oil producer")."""
    words = {c.lower_ for c in descriptor.children if c.dep_ in ("compound", "amod") and c.i < descriptor.i}
    return descriptor.lemma_.lower() in PERSON_TRADES and words <= ARTS_WORDS


def company_description(state: State, para_index: int, descriptor, offset: int) -> None:
    """What the description before a company's name says: its country ("Australian mining firm
    WMC Resources", "German carmaker BMW" -> be based in Australia / German) and whose it is
    ("Britain's biggest retailer, Tesco", "Australia's largest copper miner - MIM Holdings" ->
    biggest retailer of Britain / largest copper miner of Australia)."""
    if descriptor.dep_ == "compound" and descriptor.head.pos_ == "PROPN":
        company = descriptor.head
        holders = [descriptor, company]
    elif descriptor.dep_ == "appos" and descriptor.head.pos_ == "PROPN" and descriptor.head.is_title:
        company, holders = descriptor.head, [descriptor]  # "Parmalat, the Italian dairy company"
    else:
        company = next((c for c in descriptor.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
        holders = [descriptor]
    if company is None or company.ent_type_ not in ("ORG", "", "PERSON"):
        return
    if company.ent_type_ == "PERSON" and _person_trade(descriptor):
        return  # "producer Gil Cates", "film producer Tom Hall": a person's trade, as the tagger says
    if company.ent_type_ in ("PERSON", ""):  # "Russian oil firm Yukos": the description says what the tagger missed
        named = mention(state, para_index, company)
        if named is not None:
            state.mentions[named] = replace(state.mentions[named], type=EntityType.ORGANIZATION)
    for modifier in descriptor.children:
        if modifier.i < descriptor.i and (
            modifier.dep_ == "amod" and modifier.ent_type_ == "NORP" and _people_word(modifier) in COUNTRY_OF  # not "the Basque paper", "European":
            or modifier.dep_ == "compound" and modifier.ent_type_ == "GPE"  # a people with no state of that name
        ):
            relate(state, para_index, company, "be based in", modifier, confidence=0.7)
    owner = next((c for h in holders for c in h.children if c.dep_ == "poss" and c.ent_type_ in ("GPE", "ORG", "NORP")), None)
    if owner is not None:
        words = sorted(
            (c for h in holders for c in h.children
             if c.dep_ in ("amod", "compound") and c.i < descriptor.i and not c.ent_type_ and c.pos_ != "PROPN"),
            key=lambda c: c.i,
        )
        wording = " ".join([hyphened(w, w.lower_) for w in words] + [descriptor.lemma_.lower(), "of"])
        relate(state, para_index, company, wording, owner, confidence=0.7)


def with_relations(state: State, para_index: int, with_, offset: int) -> None:
    """"Xstrata is a mining giant with operations in Spain", "Xstrata, a miner with offices in
    Zug" -> Xstrata -operations in-> Spain, -offices in-> Zug: what the subject has, and where."""
    head = with_.head
    if head.dep_ == "attr" and head.head.lemma_ == "be":
        owners = [c for c in head.head.children if c.dep_ == "nsubj"]
    elif head.dep_ == "appos":
        owners = [head.head]
    else:
        return
    if not owners or any(c.dep_ == "neg" for c in head.head.children):
        return
    owner = antecedent(owners[0])
    for noun in with_conjuncts([c for c in with_.children if c.dep_ == "pobj" and c.pos_ == "NOUN"]):
        for prep in noun.children:
            if prep.dep_ == "prep" and prep.lower_ in ("in", "across", "at"):
                for place in with_conjuncts([c for c in prep.children if c.dep_ == "pobj"]):
                    relate(state, para_index, owner, f"{noun.lower_} {prep.lower_}", antecedent(place), confidence=0.7)


POST_RANKS = {"shadow", "deputy", "vice", "assistant", "junior"}  # "deputy Labour leader": another post than the leader's
TITLE_ADJECTIVES = {"supreme", "prime", "chief", "grand", "high", "lord"}  # "Supreme Leader", tagged a body and a role: one title


def title_role(state: State, para_index: int, ent, offset: int) -> None:
    """"WMC chairman Tommie Bergman" -> Bergman -chairman of-> WMC: an organisation, party or
    country named in the title before the role noun."""
    head = ent.root
    title = title_tokens(ent.doc, name_start(ent.doc, ent.start, ent.end), head)
    title = [t for t in title if not any(w.lower_ == "fellow" and w.i >= t.i for w in title)]  # "X's fellow Velta defender"
    if ent.label_ != "PERSON":
        if not title or not (title[-1].is_lower and title[-1].lemma_.lower() in ROLE_NOUNS | PERSON_TITLES) \
                or title[-1].tag_ == "NNS":  # "analysts Jupiter Research", "lawyers Linklaters": a firm of them
            return
        named = mention(state, para_index, head)  # "keeper Nicky Weaver", tagged a body: a role makes it a person
        if named is not None:
            state.mentions[named] = replace(state.mentions[named], type=EntityType.PERSON)
    org = next((t for t in title if names_organisation(t)), None)
    if org is None and (org := named_before_role(title)) is not None:
        as_organisation_name(state, para_index, org)
    if org is None:
        return
    owner = named_owner(title[-1]) or next((c for c in (*title[-1].children, *head.children)  # "its UK chief executive X":
                                            if c.dep_ == "poss" and c.lower_ == "its"), None)  # "its" may hang on the name
    org = owner if party_after_place(title[-1], org) else org  # "Bristol's Labour mayor": Bristol's
    remit = []
    if org.ent_type_ in ("NORP", "GPE") and owner is not None and (owner.ent_type_ in ("ORG", "GPE") or owner.pos_ in ("PROPN", "PRON")):
        org, remit = owner, [t.text for t in remit_tokens(title[-1], owner)]  # "Korvex's French manager", "its UK chief executive"
    if org.ent_type_ and any(t.lower_.rstrip(".") in PERSON_TITLES for t in entity_of(org)):
        return  # "pro-war Labour MP" tagged as one body: which part names it is anyone's guess
    role = [t for t in title if t.i > org.i and not names_organisation(t) and t.lower_ not in ("of", "for")
            and t.lower_.rstrip(".") not in HONORIFICS]  # "Tory spokesman Mr Lewis": spokesman of, not "spokesman mr of"
    if not role or not any(t.pos_ in ("NOUN", "PROPN") for t in role):
        return
    if any(t.lemma_.lower() in COMPANY_DESCRIPTORS for t in role):
        return  # "Russian oil firm Yukos": a company, described (see company_description), not a person's title
    if org.ent_type_ in ("NORP", "GPE") and not post_of_a_country(role[-1], org) or role[-1].lemma_.lower() in PEER_NOUNS and org.ent_type_ != "PERSON":
        return  # "Russian rival Feofanova": a rival who is Russian; "his LSE counterpart X": someone's peer, no post
    brief = [t for t in entity_of(org) or () if not (t.is_sent_start and t.lower_ in TENURE_WORDS | NOW_WORDS | {"new"})]
    if org.ent_type_ == "ORG" and role[-1].is_title and role[-1].lower_ in ("secretary", "minister") and (
            len(brief) == 1 and not org.is_upper or any(t.lower_ == "and" for t in entity_of(org))):
        return  # "Home Secretary", "New Home Secretary", "Trade and Industry Secretary": a brief, no body ("Labour Party Secretary" is one)
    if org.ent_type_ and entity_of(org)[0].lower_ == "shadow" or len(brief) == 1 and brief[0].lower_ in TITLE_ADJECTIVES:
        return  # "Shadow Home Secretary", "Supreme Leader", tagged a body: a brief or a word of the title
    organisation = entity_of(org).root if org.ent_type_ else org
    before = [ent.doc[title[0].i - 1]] if title[0].i > 0 else []  # a lower-case "former" ends the title's tokens
    tenure = [t.lower_ for t in before + title if t.i < org.i and t.lower_ in TENURE_WORDS | POST_RANKS][:2]  # "former Labour leader"
    relate(state, para_index, head, " ".join(tenure + remit + [t.lower_ for t in role] + ["of"]), organisation, confidence=0.8)  # "shadow ... of"


def employer_of(state: State, para_index: int, ent, offset: int) -> None:
    """"Junya Tanase of JPMorgan Chase", "Emmanuel Gaillard of Shearman and Sterling" -> the person
    -of-> the firm: an of-phrase right after a person's name names the body they are with (a firm
    named "X and Y" may be tagged in its last part only), or set off by a comma ("John Ison, from
    the group Fathers 4 Justice, said")."""
    doc, at = ent.doc, ent.end
    if ent.label_ != "PERSON" or at >= len(doc):
        return
    if doc[at].text == "," and at + 1 < len(doc) and doc[at + 1].lower_ in ASIDE_PREPS:
        at += 1  # "John Ison, from the group Fathers 4 Justice, said"
    elif doc[at].lower_ != "of":
        return
    prep = doc[at]
    if prep.head.i != ent.root.i:
        return
    objects = [c for c in prep.children if c.dep_ == "pobj"]
    for body in objects + [c for o in objects if o.pos_ == "NOUN" for c in o.children if c.dep_ == "appos"]:  # "the group X"
        if body.ent_type_ == "ORG" or body.pos_ == "PROPN" and any(c.ent_type_ == "ORG" for c in body.conjuncts):
            if not body.ent_type_:
                as_organisation_name(state, para_index, body)
            relate(state, para_index, ent.root, "of", entity_of(body).root if body.ent_type_ else body, confidence=0.7)


def as_organisation_name(state: State, para_index: int, token) -> None:
    """The mention of `token` names an organisation, written as the text writes it ("Hearts", not a description's "hearts")."""
    found = mention(state, para_index, token)
    if found is not None and state.mentions[found].kind is MentionKind.NOMINAL:
        m = state.mentions[found]
        written = state.document.text[m.span.start : m.span.end]
        state.mentions[found] = replace(m, kind=MentionKind.NAME, type=EntityType.ORGANIZATION, name=written, text=written)
    elif found is not None and state.mentions[found].type in (None, EntityType.CONCEPT):
        state.mentions[found] = replace(state.mentions[found], type=EntityType.ORGANIZATION)


def nickname_cues(state: State, para_index: int, doc, offset: int) -> None:
    """"using a common nickname to refer to Mr Netanyahu": the next unknown first name may be it."""
    for token in doc:
        if token.lemma_.lower() in NICKNAME_NOUNS:
            people = [e for e in token.sent.ents if e.label_ == "PERSON"]
            if people:
                person = mention(state, para_index, people[-1].root)
                if person is not None:
                    state.nicknames.append((offset + token.idx, person))


def group_members(state: State, para_index: int, group, offset: int) -> None:
    """"an alliance of the US, India, Australia and Japan" -> each -member of-> alliance."""
    for prep in group.children:
        if prep.dep_ != "prep" or prep.lower_ != "of":
            continue
        members = with_conjuncts([c for c in prep.children if c.dep_ == "pobj"])
        if len(members) > 1 and all(m.ent_type_ in NAMED_THING_TYPES | {"PERSON", "NORP"} for m in members):
            for member in members:
                relate(state, para_index, member, "member of", group, confidence=0.8)


def worth_of(state: State, para_index: int, worth, offset: int) -> None:
    """"a bid worth £4bn" -> bid -worth-> £4bn: what a noun that a worth-phrase follows is worth
    (the amount is a node only when it is money, see `kg.extract.amounts`)."""
    noun = worth.head
    if noun.pos_ not in ("NOUN", "PROPN"):
        return
    clause = noun.head if noun.head.pos_ == "VERB" else None  # "could make a bid worth £4bn": as the clause puts it
    for amount in worth.children:
        if amount.dep_ == "npadvmod":
            relate(state, para_index, antecedent(noun), "worth", amount, confidence=0.7, clause=clause)
