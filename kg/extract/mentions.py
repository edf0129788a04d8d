"""Mentions: which noun phrase, name or pronoun an argument is, and what the graph calls it
(a proper name with its title, a role, a demonym, a common-noun phrase)."""
from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span as SpacySpan

from kg.extract import amounts, full_labels, pronouns, quotemarks
from kg.extract.clauses import PASSIVE_SUBJECT_DEPS, QUANTITY_HEADS, SUBJECT_DEPS, of_object
from kg.extract.factuality_cues import BELIEF_VERBS
from kg.extract.description_phrases import age_noun, dated_thing, described_body, label_opener, likened_name, people_noun, verb_before_noun
from kg.extract.lexicon import (
    ADVERBIAL_PHRASES, AGENT_SUFFIXES, BODY_NAME_ENDINGS, BODY_TIE_NOUNS, CLUB_ENDINGS, CLUB_OPENERS, COMPANY_DESCRIPTORS, COMPASS_ADJECTIVES,
    COMPOUND_PREPOSITIONS, DEGREE_MODIFIERS, DESCRIBED_PERSON_HEADS, FACILITY_HEADS, HONORIFICS, LIGHT_NOUNS, MONTHS,
    NAMED_BODY_NOUNS, NER_TYPES, NON_ENTITY_LABELS, ORGANIZATION_HEADS, PERSON_ROLE_HEADS, PERSON_TITLES,
    SHORT_HONORIFICS, SKIP_ARGUMENT_LEMMAS, TENURE_WORDS, WORK_NOUNS,
)
from kg.extract.labelling import contrary_turn
from kg.extract.lists import adjective_item, body_titling, shared_head, shared_head_adjectives
from kg.extract.hyphens import capitalised_start, hyphen_prefix, hyphenated_start, split_modifier, split_prefix, split_stem
from kg.extract.names import (
    TITLED_NAME_LABELS, bare_participle, cut_lead, descriptor_word, holder_of_lead, known_name, leading_number, leading_word, name_end, numbered_name, outlet, postnominal_adverb, sentence_role, shared_surname, subject_apposition, title_opener, titled_of_phrase, whole_name,
)
from kg.extract.possessive_names import possessive_end
from kg.extract.referents import referents
from kg.extract.pronouns import PERSONAL_PRONOUNS
from kg.extract.shell_nouns import anaphoric_shell, content_frame, non_specific
from kg.extract.state import State, passage_at
from kg.extract.timex import MONTHS as MONTHS_BY_NAME
from kg.model import EntityType, Mention, MentionKind, Span

NAMED_MODIFIER_TYPES = {"PERSON", "ORG", "GPE", "LOC", "FAC"}  # names inside a common-noun phrase
METONYM_HEADS = {"government", "forces", "military", "army", "troops", "authorities", "regime", "navy", "air force"}
NAMING_PREPS = {"of", "without"}  # a bare noun after these belongs to the name of the thing
REMAINDER_HEADS = {"rest", "remainder"}  # named with their whole of-phrase
MAGNITUDES = {"hundred", "thousand", "million", "billion"}  # counted only after "a" or a number: alone, a title's first word
PROPERTY_DEPS = {"acomp", "oprd"}  # a copula's adjective or a small clause's predicate: "were British"
OPINION_VERBS = BELIEF_VERBS | {"expect", "hope", "fear", "doubt"}  # "Greene believes Gatlin will win": his view, of which he is the topic


def _quote_index(state: State, char: int) -> int | None:
    at = passage_at(state.quote_of_char, char)
    return None if at is None else state.quote_of_char[at][2]


def mention(state: State, para_index: int, token) -> int | None:
    """The mention id for the argument headed by `token`, creating it; None if it names nothing."""
    token = holder_of_lead(token)  # "Liberal", tagged apart, is a word of "Liberal Democrat"
    key = (para_index, token.i)
    if key in state.by_token:
        return state.by_token[key]
    state.by_token[key] = None  # guards against cycles while the mention is built
    mention = _build_mention(state, para_index, token)
    if mention is not None:
        mention = replace(
            mention,
            text=quotemarks.without_stray_quotes(mention.text),
            name=quotemarks.without_stray_quotes(mention.name),
            subject=token.dep_ in SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS or _topic_root(token) or subject_apposition(token),
            property_word=token.pos_ == "ADJ" or token.dep_ in PROPERTY_DEPS,
            modifier=token.dep_ == "compound" and token.head.pos_ == "NOUN" and token.head.i > token.i,
            listed=pronouns.listed_name(token), owns_subject=token.dep_ == "poss" and _subject_owned(token.head),
            owns_patient=token.dep_ == "poss" and token.head.dep_ in PASSIVE_SUBJECT_DEPS,
            speech_subject=token.dep_ == "nsubj" and token.head.lemma_.lower() in pronouns.REPORTING_VERBS,  # "Parry ... admits"
            main_subject=token.dep_ == "nsubj" and (token.head.dep_ == "ROOT" or token.head.dep_ == "conj" and token.head.head.dep_ == "ROOT"),
            opinion_subject=token.dep_ == "nsubj" and token.head.lemma_.lower() in OPINION_VERBS,
            sentence_start=token.doc.user_data["offset"] + token.sent.start_char,
            previous_sentence_start=None if token.sent.start == 0 else (  # None: first in its paragraph
                token.doc.user_data["offset"] + token.doc[token.sent.start - 1].sent.start_char),
        )
        state.mentions.append(mention)
        state.by_token[key] = mention.id
        return mention.id
    return None


def _build_mention(state: State, para_index: int, token) -> Mention | None:
    offset = token.doc.user_data["offset"]
    lower = token.lower_
    if (token.tag_ in ("PRP", "PRP$") or lower in PERSONAL_PRONOUNS) and not _capitalised_name(token):
        if lower not in PERSONAL_PRONOUNS or pronouns.expletive(token) or pronouns.generic_pair(token):
            return None  # "it is clear that", "he or she": nobody the text named
        if lower.endswith(("self", "selves")):
            return None  # "the Russian hit himself": a fact of a thing with itself tells nothing
        if (named := _bracketed_name(token)) is not None:  # "to finish him (Mr Galloway) off": the writer says who
            return _name_mention(state, named, offset)
        person, gender, plural = PERSONAL_PRONOUNS[lower]
        char = offset + token.idx
        reporter = pronouns.reporter(token) if person == "3" else None
        controlling = pronouns.controller(state, para_index, token) if person == "3" and reporter is None else None
        controller = mention(state, para_index, controlling) if controlling is not None else None
        if reporter is not None:  # "The officials said they ...": the officials, or nothing we keep
            named = referents([reporter])
            controller = mention(state, para_index, named[0]) if len(named) == 1 else None
        if (noun := pronouns.plural_subject_before(token) if controller is None and reporter is None else None) is not None:
            controller = mention(state, para_index, noun)  # "When players come out, they will": the players, or nothing we keep
        return Mention(
            id=len(state.mentions), span=Span(char, char + len(token)), text=token.text, kind=MentionKind.PRONOUN,
            name=lower, title=gender or None, plural=plural, quote=_quote_index(state, char), key=person,
            controller=controller, commands=pronouns.commanded_names(token),
            unbound=reporter is not None and controller is None or plural and person == "3" and pronouns.means_a_pair(token)
            or noun is not None and controller is None,
        )
    if not any(ch.isalnum() for ch in token.text):  # a dash or a quote mark tagged as a noun
        return None
    if (head := shared_head(token)) is not None or shared_head_adjectives(token):  # "airplay, digital and physical sales"
        return adjective_item(_nominal_mention(state, head, offset), token) if head is not None else None
    if token.dep_ == "pobj" and (token.head.lower_, lower) in COMPOUND_PREPOSITIONS:
        return None  # "en route to", "as a result of": part of a preposition
    if token.dep_ == "pobj" and (token.head.lower_, token.lemma_.lower()) in ADVERBIAL_PHRASES and not token.ent_type_:
        return None  # "at the moment", "from close range": how or when, not a thing
    if split_stem(token) is not None:
        return None  # the "de" of "de-escalation": the word's last piece is the mention
    if split_modifier(token) or likened_name(token) or contrary_turn(token):
        return None  # "pushing a McGeady shot wide": the shot was pushed, not McGeady; "the new Maradona" is someone else; ", only for a trip"
    if age_noun(token):  # "the 19-year-old signed": the parser's adjective (the tagger's date) is a person
        start = min(c.left_edge.i for c in token.lefts if c.dep_ != "det")
        char = offset + token.doc[start].idx
        text = token.doc[start : token.i + 1].text
        return Mention(
            id=len(state.mentions), span=Span(char, offset + token.idx + len(token)), text=text, kind=MentionKind.ROLE,
            name=text, title=text.lower(), quote=_quote_index(state, char), key=text.lower(),
        )
    if token.ent_type_ in NON_ENTITY_LABELS or token.like_num and not (token.is_title and token.ent_iob_ == "I") \
            or lower in SKIP_ARGUMENT_LEMMAS or amounts.counted(token) \
            or lower in MONTHS and any(c.dep_ == "nummod" for c in token.children):  # "9 November", tagged an event
        if not (lower in QUANTITY_HEADS and of_object(token) is not None):
            return amounts.amount_mention(state, token, offset)  # "sold for $2bn": an amount; else nothing
    if token.ent_type_ == "NORP" and (token.dep_ in ("amod", "compound") and token.head.pos_ in ("NOUN", "PROPN")
                                      or token.dep_ == "acomp" or token.head.lower_ == "based"):  # "Tory leader", "were
        # British", "Swiss-based Xstrata": a people's adjective stands for its state or party
        ent = entity_of(token)
        ent = token.doc[ent.start - cut_lead(token.doc, ent.start):ent.end]  # "Liberal Democrat"
        char = offset + ent.start_char
        return Mention(
            id=len(state.mentions), span=Span(char, offset + ent.end_char), text=ent.text, kind=MentionKind.DEMONYM,
            type=EntityType.ORGANIZATION, name=ent.text, quote=_quote_index(state, char), key=ent.text.lower(),
        )
    if token.ent_type_ == "NORP" and postnominal_adverb(token):
        return _nominal_mention(state, token, offset)  # "Europeans online": a group of people, not the people
    if people_noun(token):  # "the Russian turned his ankle", "the 34-year-old American": one person, by where they are from
        start = min([c.left_edge.i for c in token.lefts if c.dep_ != "det"] + [token.i])
        char, text = offset + token.doc[start].idx, token.doc[start : token.i + 1].text
        return Mention(
            id=len(state.mentions), span=Span(char, offset + token.idx + len(token)), text=text, kind=MentionKind.ROLE,
            type=EntityType.PERSON, name=text, title=text.lower(), quote=_quote_index(state, char), key=text.lower(),
        )
    ent = entity_of(token)
    if ent is not None and ent[-1].dep_ == "compound" and outlet(ent[-1].head):
        return _nominal_mention(state, ent[-1].head, offset)  # "BBC News" in "the BBC News website": the website
    if token.ent_type_ in NER_TYPES:
        return _name_mention(state, token, offset)
    if (title_end := titled_of_phrase(token)) is not None:  # "Call of Duty", "Medal of Honor"
        return _name_mention(state, token, offset, end=title_end)
    if hyphen_prefix(token):  # "mid" of "mid-size": the phrase is named from its head
        return None
    if token.pos_ not in ("NOUN", "PROPN"):
        if lower in QUANTITY_HEADS and of_object(token) is not None:
            return _build_mention(state, para_index, of_object(token))
        return None
    if lower in QUANTITY_HEADS and of_object(token) is not None and not (token.is_title and token.ent_type_ in TITLED_NAME_LABELS) \
            or full_labels.named_place(token) is not None:  # "a series of pauses" ("A Series of Unfortunate Events" is a title)
        return _build_mention(state, para_index, of_object(token))  # "the province of Buenos Aires"
    # a light noun names no thing of its own, but "the movie version of the novel" is a work of its own,
    # and "the next version of Windows" a thing that follows the one named (full_labels.successor)
    if token.pos_ == "NOUN" and token.lemma_.lower() in LIGHT_NOUNS and not any(c.lemma_.lower() in WORK_NOUNS for c in token.lefts) \
            and not full_labels.successor(token):
        inner = None if full_labels.told_in_predicate(token) else of_object(token)  # "the value of its shareholding": the
        # shareholding; "the possibility of opening": nothing; "gave details of X": the predicate's (kg.extract.full_labels)
        if inner is not None:
            return _build_mention(state, para_index, inner) if inner.pos_ in ("NOUN", "PROPN") else None
        if not any(c.dep_ in ("amod", "compound", "nmod") and c.lower_ not in DEGREE_MODIFIERS for c in token.lefts):
            return None  # "on some occasions", "this place", "more details"; but "value-creating options" are things
    if token.pos_ == "PROPN" and (token.text[:1].isupper() or token.text[1:2].isupper()) or numbered_name(token) \
            or known_name(token, state.mentions):  # also "TiVo", "iPod"; a lower-case "PROPN" is a tagging slip
        return _name_mention(state, token, offset)
    if non_specific(token) or anaphoric_shell(token) or content_frame(token):
        return None  # "other officials", "the issue": no particular thing (kg.extract.shell_nouns)
    nominal = full_labels.with_owner_and_complement(_nominal_mention(state, token, offset), token)
    if nominal.kind is MentionKind.NOMINAL and (token.lemma_.lower() in ORGANIZATION_HEADS or full_labels.ownable(nominal, token)):
        owner = next((c for c in token.children if c.dep_ == "poss" and c.tag_ == "PRP$"), None)
        if owner is not None:  # "his party": the party of whoever "his" is; "his career": whose (kg.extract.resolve)
            nominal = replace(nominal, possessor=state.by_token.get((para_index, owner.i)))
    return nominal


def _subject_owned(noun) -> bool:
    """Whether a possessive on `noun` owns the subject: on the subject itself, or on the of-phrase of a subject that
    counts it ("One of his fellow pupils was Vladimir Putin": the story is his)."""
    counter = noun.head.head if noun.dep_ == "pobj" else noun
    counted = counter.lower_ in QUANTITY_HEADS and counter.dep_ in SUBJECT_DEPS and getattr(of_object(counter), "i", None) == noun.i
    return noun.dep_ in SUBJECT_DEPS or counted


def _who_is_a_person(head) -> bool:
    """Whether a relative clause on the name `head` says it is someone: "who is" or "who was" and a
    person's noun ("who is Liverpool's leading scorer", "who was the club's captain"); not a team's
    plural ("Chelsea, who are the league leaders")."""
    for clause in (c for c in head.children if c.dep_ == "relcl" and c.lemma_ == "be" and c.lower_ in ("is", "was")):
        if any(c.dep_ == "nsubj" and c.lower_ == "who" for c in clause.children):
            return any(c.dep_ == "attr" and c.tag_ == "NN" and (c.lemma_ in DESCRIBED_PERSON_HEADS | PERSON_ROLE_HEADS or c.lemma_.endswith(
                AGENT_SUFFIXES)) for c in clause.children)
    return False


def _topic_root(token) -> bool:
    """A name the parser made the root of a sentence that has a verb: what the sentence is about,
    like a subject ("Reid, 20, barged linesman Ian Lowe", read with "barged" as an adjective)."""
    return token.dep_ == "ROOT" and token.pos_ == "PROPN" and any(t.pos_ == "VERB" for t in token.sent)


def _bracketed_name(pronoun):
    """The head of a name in brackets right after a pronoun, by which the writer says who it is."""
    doc, i = pronoun.doc, pronoun.i
    if i + 3 >= len(doc) or doc[i + 1].text != "(":
        return None
    start = i + 3 if doc[i + 2].lower_.rstrip(".") in HONORIFICS else i + 2  # "(Mr Galloway)"
    if doc[start].ent_type_ not in ("PERSON", "ORG", "GPE"):
        return None
    ent = entity_of(doc[start])
    return ent.root if ent.start == start and ent.end < len(doc) and doc[ent.end].text == ")" else None


def _capitalised_name(token) -> bool:
    """"US" (the country), not "us": a pronoun's letters written in capitals, or tagged as a place."""
    return token.ent_type_ in ("GPE", "ORG") or (token.is_upper and len(token) > 1)


def name_start(doc, start: int, end: int) -> int:
    """Where a name really starts: widened over proper-noun compounds the NER left out ("Antony"
    in "Antony J. Blinken"), stopping at a title word, and over a direction ("the northern US")."""
    start -= start > 0 and doc[start - 1].lower_ in COMPASS_ADJECTIVES and doc[start].ent_type_ in ("GPE", "LOC")
    start -= start > 0 and doc[start - 1].lower_ in CLUB_OPENERS and doc[start - 1].is_title and not doc[start - 1].ent_type_
    while start > 0 and doc[start - 1].head.i < end and (
            doc[start - 1].dep_ == "compound" and (doc[start - 1].pos_ == "PROPN" or _named_adjective(doc[start - 1], doc[start])) or (
            doc[start - 1].pos_ == "NUM" and doc[start - 1].is_title and doc[start - 1].is_alpha and (doc[start - 1].dep_ == "compound"
            or doc[start - 1].dep_ == "nummod" and (not doc[start - 1].is_sent_start or doc[start - 1].lower_ in MAGNITUDES))
            or leading_number(doc, start))):  # "Six Nations"; "Million Dollar Baby" (a count would say "A million")
        if doc[start - 1].lower_.rstrip(".") in PERSON_TITLES | TENURE_WORDS or sentence_role(doc[start - 1], doc[start]) \
                or descriptor_word(doc[start - 1]) or _plural_opener(doc[start - 1], doc[start]):
            break  # "Secretary Blinken", "Outgoing Leeds", "overcame[NNP] Melzer", "DJ duo[NNP] JK": a title, a verb, a description
        start -= 1
    start = capitalised_start(doc, start - cut_lead(doc, start))  # "Liberal Democrat leader": the capital the tagger cut off; "Half-Life"
    return start - (start > 0 and title_opener(doc[start - 1]))  # "My Family": a title's first word


def _named_adjective(word, first) -> bool:
    """A capitalised adjective the parser made a compound of a name that is no person's: "Electronic Arts"
    (a person's is a description: "Unseeded Tom Hale", "Conservative Ian Dunn")."""
    return word.tag_ == "JJ" and word.is_title and not word.ent_type_ and first.ent_type_ != "PERSON"


def _plural_opener(word, first) -> bool:
    """A plural opening the sentence before a person's tagged name ("Contestants Paul Burrell, Joe Pasquale and
    Fran Cosgrave were told"): says who they are, capitalised only because it opens the sentence."""
    listed = word.dep_ == "compound" and any(c.dep_ in ("conj", "appos") and c.ent_type_ == "PERSON" for c in word.head.children)
    return word.is_sent_start and first.ent_type_ == "PERSON" and first.ent_iob_ == "B" and word.lower_.endswith("s") \
        and not word.lower_.endswith(("ss", "'s")) and listed  # not "Anders Igels, chief executive of"


def part_of_title(ent) -> bool:
    """"State" in "Secretary of State Antony Blinken": a name inside a person's title is part of
    the title, not a thing the article talks about."""
    root = ent.root
    if ent.text.islower() and not ent.root.like_url:  # "the secretary of state": no proper name ("blinkx.tv" is one)
        return True
    title = root.head.head if root.dep_ == "pobj" and root.head.lower_ in ("of", "for") else None
    return (title is not None and title.lower_.rstrip(".") in PERSON_TITLES and title.dep_ in ("compound", "nmod")
            and title.head.ent_type_ == "PERSON")


def entity_of(token):
    """The named-entity span holding `token` (None outside one), found from the token's IOB tags:
    scanning `doc.ents` for it would cost the whole paragraph at every call."""
    if not token.ent_type_:
        return None
    doc = token.doc
    start = token.i
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    end = token.i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return SpacySpan(doc, start, end, label=token.ent_type_)


def _name_mention(state: State, token, offset: int, *, end: int | None = None) -> Mention | None:
    """A proper-name mention: the entity span (widened over its compounds), any title; `end` ends a name untagged."""
    doc = token.doc
    if token.ent_iob_ != "O" and token.ent_type_:
        ent = entity_of(token)
        start, end, label = ent.start, name_end(doc, ent.start, ent.end), ent.label_
    else:
        start, end, label = token.i, end or token.i + 1, ""
    head = doc[end - 1] if doc[end - 1].dep_ != "case" else doc[end - 2]
    start = name_start(doc, start, end)
    start = max([start, *(i + 1 for i in range(start + 1, end - 1) if doc[i].lower_.rstrip(".") in SHORT_HONORIFICS)])  # "[Centre] Mr Straw"
    while start < end - 1 and leading_word(doc, start, end, label):
        start += 1
    while end > start and doc[end - 1].tag_ == "POS":
        end -= 1
    if (marked := possessive_end(doc, start, end)) > end:
        end, label = marked, "ORG"  # "Foster's spent": the business's whole name (kg.extract.possessive_names)
    end += numbered_name(doc[end - 1])  # "the Pop 100", "Band Aid 20": the number is part of the name
    if (whole := whole_name(doc, start, end, label)) is None:
        return None  # a piece of a name the parser reads apart ("Sea" of "the premiere of Beyond the Sea"): no node, not a broken one
    start, end = whole  # "Desperate Housewives", not "Housewives"
    start += end - start > 1 and doc[start].text.endswith(".") and doc[start].lower_[:-1] in MONTHS_BY_NAME  # "Ant and Dec. Natalie X"
    titles = title_tokens(doc, start, head)
    surname = shared_surname(doc, start, end)  # "Mike and Bob Bryan": Mike Bryan
    name = doc[start:end].text + (f" {surname}" if surname else "")
    surface_start = titles[0].i if titles else start
    surface = doc[surface_start:end].text
    title = " ".join(t.lower_.rstrip(".") for t in titles) or None
    etype = NER_TYPES.get(label)
    etype = EntityType.ORGANIZATION if doc[end - 1].lower_ in BODY_NAME_ENDINGS and etype is not EntityType.PLACE \
        or end - start > 1 and doc[end - 1].lower_ in CLUB_ENDINGS or doc[start].lower_ in CLUB_OPENERS else etype  # clubs
    if titles and (any(t.lower_.rstrip(".") in PERSON_TITLES for t in titles) or titles[-1].tag_ == "NN" and titles[-1].lemma_.lower() in DESCRIBED_PERSON_HEADS) \
            or end - start > 1 and doc[start].lower_.rstrip(".") in HONORIFICS and doc[start + 1].lower_ != "of" \
            and not any(t.tag_ == "POS" for t in doc[start:end]):  # "Tory peer [Lord Tebbit]", not "[Lord Dubs' Succession] Bill"
        etype = EntityType.PERSON
    elif titles and titles[-1].lemma_.lower() in NAMED_BODY_NOUNS:  # "investment firm Grant Samuel"
        etype = EntityType.ORGANIZATION
    elif (body := body_titling(head)) is not None:  # "the Catholic movement Opus Dei", "cable firms NTL and Telewest"
        etype = EntityType.ORGANIZATION
        title = title or body.lemma_.lower()
    elif _who_is_a_person(head):  # "Baros, who is Liverpool's leading scorer,": tagged a place
        etype = EntityType.PERSON
    elif etype is EntityType.PERSON and (titles and titles[-1].lemma_.lower() in WORK_NOUNS or dated_thing(doc, start) or any(
            h.dep_ == "appos" and h.head.pos_ == "NOUN" and h.head.lemma_.lower() in WORK_NOUNS | {"role", "part"} for h in (head, doc[end - 1]))):
        etype = EntityType.CONCEPT  # "the film, A Different Story,": a title, not the person the tagger took it for; "another
        # role, Ed Wood,": the film or the part, no one the article's he or she may be
    char = offset + doc[surface_start].idx
    return Mention(
        id=len(state.mentions),
        span=Span(char, offset + doc[end - 1].idx + len(doc[end - 1])),
        text=surface,
        kind=MentionKind.NAME,
        type=etype,
        name=name,
        title=title,
        plural=head.tag_ in ("NNS", "NNPS") and etype is not EntityType.PERSON,  # "Gaydos[NNPS]" is one man
        quote=_quote_index(state, char),
        key=" ".join(t.lower_ for t in doc[start:end]) + (f" {surname.lower()}" if surname else ""),
    )


def title_tokens(doc, start: int, head) -> list:
    """Tokens before a name that title it: "Mr.", "President", "Secretary of State", "Israeli Prime Minister"."""
    i = start - 1
    tokens = []
    while i >= 0:
        t = doc[i]
        if t.lower_ in ("the", "a", "an") or t.pos_ in ("PUNCT", "VERB", "AUX", "PRON", "DET", "CCONJ"):
            break
        role_noun = t.dep_ == "compound" and t.pos_ == "NOUN"  # "analyst" in "Daiwa analyst Mark Pervan"
        if t.is_title or t.is_upper or role_noun or t.lower_.rstrip(".") in PERSON_TITLES or t.lower_ in ("of", "for"):
            if t.head.i != head.i and not _is_ancestor(head, t):
                break
            tokens.insert(0, t)
            i -= 1
            continue
        break
    while tokens and tokens[0].lower_ in ("of", "for"):
        tokens.pop(0)
    if tokens and not any(t.lower_.rstrip(".") in PERSON_TITLES or t.pos_ == "NOUN" or sentence_role(t, head) and t.lower_ not in COMPANY_DESCRIPTORS | ORGANIZATION_HEADS
                              for t in tokens) and [(t.ent_type_, doc[t.i + 1].ent_iob_) for t in tokens] != [("NORP", "B")]:
        return []
    return tokens


def _is_ancestor(node, token) -> bool:
    return any(a.i == node.i for a in token.ancestors)


def _nominal_mention(state: State, token, offset: int) -> Mention:
    doc = token.doc
    head_lemma = token.lemma_.lower()
    det = next((c for c in token.lefts if c.dep_ == "det"), None)
    definite = det is not None and det.lower_ in ("the", "this", "that")
    # "the Liberal Democrat leader"; "the US tycoon", "the former Liverpool striker": the one in view, as "the
    # tycoon" is, though "the Arsenal keeper" may be anyone Arsenal fields
    described = head_lemma in DESCRIBED_PERSON_HEADS and token.tag_ == "NN" and (
        not any(c.ent_type_ == "ORG" for c in token.lefts) or any(c.lower_ == "former" for c in token.lefts))
    person_role = definite and (head_lemma in PERSON_TITLES or described)
    # "Gaza residents" are residents; "the Biden administration" is a name
    named_outlet = outlet(token)
    named_part = head_lemma not in ORGANIZATION_HEADS | FACILITY_HEADS | BODY_TIE_NOUNS and not person_role and not named_outlet
    left = [
        c for c in token.lefts
        if c.dep_ in ("amod", "compound", "nummod", "nmod", "npadvmod", "advmod") and c.lower_ not in ("such", "only", "just", "even", "also")  # "such claims", "only his party"
        and not verb_before_noun(c)  # "but argued detention powers had helped", "when X was penalised, the boot cut": a verb
        and (c.ent_type_ not in ("DATE", "TIME") or c.i == token.i - 1 and c.i > 0 and doc[c.i - 1].tag_ == "HYPH")  # "year-ago levels"
        and not (named_part and c.ent_type_ in NAMED_MODIFIER_TYPES and c.dep_ in ("compound", "nmod")
                 and not (c.i + 1 < token.i and (doc[c.i + 1].like_num and doc[c.i + 1].dep_ == "nummod" or doc[c.i + 1].lower_ in ("type", "style"))))
        # "the FTSE 100 index", "a Pop Idol type competition": the name is the label's
    ]
    prefix = split_prefix(token)
    if prefix is not None:  # "immediate de-escalation": the word and what modifies its first piece
        left += [c for c in prefix.lefts if c.dep_ in ("amod", "compound", "nummod")]
    start = min([token.i if prefix is None else prefix.i] + [c.left_edge.i for c in left])
    while start < token.i and label_opener(doc[start]):  # "the", "how many", "particularly"
        start += 1
    start = hyphenated_start(doc, start)  # "mid-size jet", which the parser split at its hyphen
    end = token.i + 1
    if end < len(doc) and (doc[end].dep_ == "nummod" or doc[end].dep_ == "appos" and token.lower_ == "number") \
            and doc[end].head.i == token.i and doc[end].ent_type_ in ("", "CARDINAL") and (doc[end].is_digit or doc[end].is_lower):
        end += 1  # "the sales top 10", "the British number one": the number after the noun is part of its name
    if postnominal_adverb(token) or end == token.i + 1 and end < len(doc) and bare_participle(doc[end], token):
        end += 1  # "the number of Europeans online rose": Europeans online; "the countries involved"
    of_phrase = bare_of_phrase(token)
    if of_phrase is not None:  # "the politics of fear", "the burden of proof": the of-phrase names it
        end = of_phrase.i + 1
    elif head_lemma in REMAINDER_HEADS and (inner := of_object(token)) is not None:
        end = inner.right_edge.i + 1  # "the rest of the world" is not the world
    span = doc[start:end]
    text = span.text
    if doc[start].is_sent_start and doc[start].pos_ != "PROPN" and doc[start].text[:1].isupper() \
            and not doc[start].is_upper and not any(c.isupper() for c in doc[start].text[1:]):  # "MPs" stays "MPs"
        text = text[:1].lower() + text[1:]  # "Mediators press ..." names the mediators of any other sentence
    lemmas = " ".join(t.lemma_.lower() for t in span if not t.is_punct)
    demonym = next((c for c in token.lefts if c.ent_type_ == "NORP" and c.dep_ in ("amod", "compound")), None)
    named = next((c for c in token.lefts if c.dep_ == "compound" and c.ent_type_ in ("GPE", "ORG")), None)
    char = offset + doc[start].idx
    common = dict(
        id=len(state.mentions), span=Span(char, offset + token.idx + len(token)), text=text,
        plural=token.tag_ == "NNS", quote=_quote_index(state, char), key=lemmas,
    )
    if token.lower_ in METONYM_HEADS and (demonym is not None or named is not None):
        modifier = demonym if demonym is not None else named
        kind = MentionKind.DEMONYM if demonym is not None else MentionKind.NAME
        return Mention(kind=kind, type=EntityType.PLACE, name=modifier.text, title=head_lemma, **common)
    if named_outlet or head_lemma in ORGANIZATION_HEADS and any(c.dep_ == "compound" and c.ent_type_ in NAMED_MODIFIER_TYPES for c in token.lefts) \
            and not (definite and head_lemma in COMPANY_DESCRIPTORS and described_body(token)):  # "the UK firm": a company in view
        return Mention(kind=MentionKind.NAME, type=EntityType.ORGANIZATION, name=text, **common)
    if head_lemma in FACILITY_HEADS and any(c.dep_ == "compound" and c.ent_type_ in NAMED_MODIFIER_TYPES for c in token.lefts):
        return Mention(kind=MentionKind.NAME, type=EntityType.PLACE, name=text, **common)  # "the Olympic Dam mine"
    if definite and (person_role or (not named and not demonym) or described_body(token)) and not full_labels.category_prize(token):
        role_type = EntityType.ORGANIZATION if head_lemma in ORGANIZATION_HEADS else None
        return Mention(kind=MentionKind.ROLE, type=role_type, name=text, title=" ".join(t.lower_ for t in span) + _of_tail(token), **common)
    etype = EntityType.ORGANIZATION if head_lemma in ORGANIZATION_HEADS else EntityType.CONCEPT
    if head_lemma in PERSON_ROLE_HEADS and not token.tag_.endswith("S"):
        etype = EntityType.PERSON  # "a spokesman for the BPI", "an executive at Xstrata": somebody
    return Mention(kind=MentionKind.NOMINAL, type=etype, name=text, **common)


def bare_of_phrase(token):
    """The object of a following "of"/"without": a common noun with no determiner, only adjectives and
    nouns ("politics of fear", "the drafting of new rules"; not "the future of the BBC")."""
    if token.i + 2 >= len(token.doc) or token.doc[token.i + 1].lower_ not in NAMING_PREPS:
        return None
    pobj = next((c for c in token.doc[token.i + 1].children if c.dep_ == "pobj"), None)
    if pobj is None or pobj.pos_ != "NOUN" or (pobj.ent_type_ and not pobj.is_lower) or pobj.left_edge.i != token.i + 2:
        return None
    return pobj if all(t.dep_ in ("amod", "compound") and t.ent_type_ == "" for t in token.doc[token.i + 2:pobj.i]) else None


def _of_tail(token) -> str:
    """" of state" for "the secretary of state": a title may carry an of-phrase."""
    for child in token.rights:
        if child.dep_ == "prep" and child.lower_ == "of":
            objects = [c for c in child.children if c.dep_ == "pobj"]
            if objects and objects[0].pos_ in ("PROPN", "NOUN") and objects[0].lower_ == objects[0].lemma_.lower():
                return " of " + " ".join(t.lower_ for t in objects[0].subtree)
    return ""
