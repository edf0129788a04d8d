"""Rules over the spaCy parse: mentions, relations, quotes and dates of one document.

spaCy objects stay inside this module; what leaves it is a `RawExtraction` of plain values
(mentions and the relations, quotes and dates that link them), which `kg.resolve` turns into
entities. Who does what to whom in each clause comes from `kg.clauses`, which `kg.openie` shares;
this module adds what a graph needs (mentions, names for descriptions, attribution, dates). The
rules are English rules over dependency labels (ClearNLP scheme, as in en_core_web_sm), named as
constants below.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace

from spacy.tokens import Span as SpacySpan

from kg import quotemarks
from kg.clauses import (
    INTENT_NOUNS,
    MAX_CLIMB,
    PASSIVE_SUBJECT_DEPS,
    QUANTITY_HEADS,
    SPEECH_VERBS,
    SUBJECT_DEPS,
    SubjectRule,
    agents,
    clause_frame,
    control_chain,
    is_clause_head,
    of_object,
    patients,
    relative_antecedent,
    with_conjuncts,
)
from kg.lexicon import HONORIFICS, PERSON_ROLE_HEADS
from kg.model import (
    DateMention,
    Document,
    EntityType,
    Mention,
    MentionKind,
    RawExtraction,
    RawQuote,
    RawRelation,
    Span,
)
from kg.timex import Tense, resolve_date

NER_TYPES = {  # spaCy entity label -> our type; other labels (DATE, CARDINAL...) are not entities
    "PERSON": EntityType.PERSON,
    "ORG": EntityType.ORGANIZATION,
    "GPE": EntityType.PLACE,
    "LOC": EntityType.PLACE,
    "FAC": EntityType.PLACE,
    "NORP": EntityType.ORGANIZATION,
    "EVENT": EntityType.EVENT,
}
STATIVE_PREPS = {  # "located in", "based on", "accused of", "married to": what a passive state is about
    "in", "on", "at", "as", "under", "near", "of", "to", "with", "for", "from", "into", "about", "against",
}
FACILITY_HEADS = {  # common nouns that end the name of a place: "the Olympic Dam mine", "the Rafah crossing"
    # (not "border": "the Gaza-Egypt border" is described by the places it divides, not named)
    "mine", "airport", "port", "bridge", "prison", "hospital", "station", "stadium", "camp", "crossing", "gate",
    "plant", "refinery", "base", "dam", "square", "street", "road", "river", "lake", "valley", "field",
}
NAMED_MODIFIER_TYPES = {"PERSON", "ORG", "GPE", "LOC", "FAC"}  # names inside a common-noun phrase
NON_ENTITY_LABELS = {"DATE", "TIME", "CARDINAL", "ORDINAL", "PERCENT", "MONEY", "QUANTITY"}
AMOUNT_UNITS = {"m", "bn", "mn", "tn", "k", "million", "billion", "trillion", "thousand"}  # "£300m", "$2 billion"
PERSON_TITLES = {  # title words that make the name after them a person
    "president", "secretary", "minister", "senator", "sen", "rep", "representative", "governor", "gov",
    "mayor", "king", "queen", "prince", "princess", "pope", "chancellor", "premier", "judge", "justice",
    "general", "gen", "colonel", "col", "captain", "capt", "ambassador", "spokesman", "spokeswoman",
    "chairman", "chairwoman", "director", "commissioner", "envoy", "leader", "chief", "speaker",
} | HONORIFICS
# Modifiers that make a common noun name no particular thing: "other officials", "a similar
# message" point away from what the text names, so they are no node of the graph. ("such
# pauses" points back at pauses the text named: it stays.)
NON_SPECIFIC_MODIFIERS = {"other", "another", "similar"}
METONYM_HEADS = {"government", "forces", "military", "army", "troops", "authorities", "regime", "navy", "air force"}
ORGANIZATION_HEADS = {  # common nouns that name organised bodies
    "administration", "government", "ministry", "committee", "council", "agency", "department", "party",
    "company", "firm", "group", "union", "court", "parliament", "army", "police", "commission", "bank",
    "board", "organisation", "organization", "coalition", "team", "club", "league", "office", "cabinet",
}
SPEECH_NOUNS = {"statement", "report", "letter", "announcement", "communique", "communiqué", "spokesman", "spokeswoman", "spokesperson"}  # "a statement from X said": X said
PERSONAL_PRONOUNS = {
    "he": ("3", "m", False), "him": ("3", "m", False), "his": ("3", "m", False), "himself": ("3", "m", False),
    "she": ("3", "f", False), "her": ("3", "f", False), "hers": ("3", "f", False), "herself": ("3", "f", False),
    "they": ("3", "", True), "them": ("3", "", True), "their": ("3", "", True), "themselves": ("3", "", True),
    "i": ("1", "", False), "me": ("1", "", False), "my": ("1", "", False), "myself": ("1", "", False),
    "we": ("1", "", True), "us": ("1", "", True), "our": ("1", "", True), "ourselves": ("1", "", True),
    "it": ("3", "n", False), "its": ("3", "n", False), "itself": ("3", "n", False),
}
NICKNAME_NOUNS = {"nickname", "nicknamed", "dubbed", "moniker"}  # words that introduce another name for someone
COPULAS = {"be", "seem", "appear", "remain", "become"}  # "it is important that...": "it" stands for nothing
SKIP_ARGUMENT_LEMMAS = {  # pronoun-like words that name nothing we can resolve
    "this", "that", "these", "those", "what", "everything", "something", "anything", "nothing",
    "thing", "one", "who", "which", "there", "here", "itself", "you", "yourself", "way", "lot", "time",
}
CONDITION_MARKERS = {"if", "unless"}
NAMING_PREPS = {"of", "without"}  # a bare noun after these belongs to the name of the thing
TRANSFER_VERBS = {  # verbs whose object goes to someone: "delivered a message to the Council"
    "deliver", "send", "give", "hand", "present", "sell", "pass", "provide", "offer", "supply", "ship",
    "transfer", "lend", "pay", "promise", "submit", "return", "grant", "award", "donate", "leak", "report",
}
VERB_PREFIXES = {"re", "co", "pre", "de", "over", "under", "out", "mis", "un", "cross", "double", "counter"}
COMPANY_DESCRIPTORS = {  # what a company is called before its name: "US bank Citigroup", "German carmaker BMW"
    "firm", "company", "bank", "group", "carmaker", "automaker", "miner", "retailer", "insurer", "airline",
    "broadcaster", "giant", "maker", "producer", "manufacturer", "lender", "brewer", "chain", "supermarket",
    "operator", "conglomerate", "publisher", "developer", "distributor", "exporter", "importer",
}
# Nouns that take a to-phrase of their own: in "avoid harm to civilians" the to-phrase belongs to
# "harm", wherever the parser hangs it, and "avoid to civilians" is no fact.
TO_COMPLEMENT_NOUNS = {
    "harm", "damage", "threat", "risk", "danger", "injury", "access", "visit", "trip", "response", "reply",
    "answer", "solution", "commitment", "contribution", "exposure", "resistance", "objection", "obstacle",
    "challenge", "alternative", "approach", "key", "loyalty", "attention", "reference", "transition", "return",
}
TIME_PREPS = {"during", "since", "until", "throughout", "following", "amid", "despite", "after", "before"}  # when, not what
CIRCUMSTANCE_PREPS = {  # prepositions that say where or when, not what, once a verb has its object
    "in", "on", "at", "during", "since", "after", "before", "until", "within", "across", "throughout", "despite",
    "amid", "over", "under", "near", "like", "as",
}
NEGATION_WORDS = {"not", "n't", "never", "no"}


@dataclass
class _State:
    """Mutable bookkeeping while one document is read; never leaves this module."""

    document: Document
    mentions: list[Mention] = field(default_factory=list)
    by_token: dict[tuple[int, int], int | None] = field(default_factory=dict)
    quote_of_char: list[tuple[int, int, int]] = field(default_factory=list)  # (start, end, quote index)
    marked: list[tuple[int, int]] = field(default_factory=list)  # every passage between quote marks, quotation or not
    relations: list[RawRelation] = field(default_factory=list)
    quotes: list[RawQuote] = field(default_factory=list)
    dates: list[DateMention] = field(default_factory=list)
    nicknames: list[tuple[int, int]] = field(default_factory=list)


def extract(document: Document, docs: list) -> RawExtraction:
    """Read mentions, relations, quotes and dates from the parsed paragraphs of `document`."""
    state = _State(document)
    last_speaker: int | None = None
    for para_index, doc in enumerate(docs):
        offset = doc.user_data["offset"]
        quote_spans = _find_quotes(state, doc, offset)
        for ent in doc.ents:
            if ent.label_ in NER_TYPES and not _part_of_title(ent):
                _mention(state, para_index, ent.root)
        last_speaker = _attribute_quotes(state, para_index, doc, offset, quote_spans, last_speaker)
        for token in doc:  # after the quotes: "I" and "we" inside one are its speaker
            if token.tag_ in ("PRP", "PRP$") and token.lower_ in PERSONAL_PRONOUNS:
                _mention(state, para_index, token)
        for ent in doc.ents:
            if ent.label_ == "PERSON":
                _title_role(state, para_index, ent, offset)
        for token in doc:
            if token.pos_ == "NOUN" and token.lemma_.lower() in PERSON_TITLES:
                _description_role(state, para_index, token, offset)
        for token in doc:
            if is_clause_head(token):
                _verb_relations(state, para_index, token, offset)
            if token.dep_ == "appos":
                _appositive_role(state, para_index, token, offset)
            elif token.dep_ == "attr" and token.head.lemma_ == "be":
                _copular_role(state, para_index, token, offset)
            elif token.lower_ == "based" and token.dep_ == "amod":
                _based_in(state, para_index, token, offset)
            elif token.lower_ == "with" and token.dep_ == "prep":
                _with_relations(state, para_index, token, offset)
            elif token.pos_ == "NOUN" and token.lemma_.lower() in COMPANY_DESCRIPTORS:
                _company_description(state, para_index, token, offset)
        _dates(state, doc, offset)
        _nickname_cues(state, para_index, doc, offset)
    return RawExtraction(
        document=document,
        mentions=tuple(state.mentions),
        relations=tuple(state.relations),
        quotes=tuple(state.quotes),
        dates=tuple(state.dates),
        nicknames=tuple(state.nicknames),
    )


# ---- quotes ----------------------------------------------------------------------------------


def _find_quotes(state: _State, doc, offset: int) -> list[tuple[int, int]]:
    """Quoted passages of the paragraph (paragraph-relative offsets) that are quotations."""
    text = doc.text
    spans = []
    for start, end, _closed in quotemarks.quoted_ranges(text):
        state.marked.append((offset + start, offset + end))
        passage = text[start:end]
        at_start = not text[: start - 1].strip()
        if quotemarks.is_quotation(passage, at_paragraph_start=at_start):
            spans.append((start, end))
    return spans


def _attribute_quotes(state, para_index, doc, offset, spans, last_speaker):
    """Give each quotation of the paragraph its speaker: the subject of the nearest speech verb
    outside the marks; with none in the paragraph, the previous paragraph's speaker. (Split
    quotes are joined in kg.resolve, once speakers are entities.)"""
    if not spans:
        return None

    def inside(token) -> bool:
        return any(s <= token.idx < e for s, e in spans)

    speech = [t for t in doc if t.lemma_.lower() in SPEECH_VERBS and t.pos_ == "VERB" and not inside(t)]
    parts: list[tuple[int, int, int | None, tuple[int, int]]] = []
    for start, end in spans:
        speaker = None
        sentence = _sentence_around(doc, start, end)
        ranked = sorted(speech, key=lambda t: (not (sentence[0] <= t.idx < sentence[1]), _distance(t.idx, start, end)))
        for verb in ranked:
            subjects = [s for s in _referents(clause_frame(verb).subjects) if not inside(s)]
            if subjects:
                speaker = _mention(state, para_index, subjects[0])
                if speaker is not None:
                    sentence = (min(sentence[0], verb.sent.start_char), max(sentence[1], verb.sent.end_char))
                    break
        if speaker is None:
            speaker = _nearby_name(state, para_index, ranked[0], inside) if ranked else last_speaker
        parts.append((start, end, speaker, sentence))
    previous_end = None
    for start, end, speaker, sentence in parts:
        # A passage continues the previous one when no sentence starts between them outside
        # the marks: "“A,” she said. “B.”" is one quote, "“A,” he said. He left. “B.”" two.
        continues = previous_end is not None and not any(previous_end < s.start_char < start - 1 for s in doc.sents)
        previous_end = end
        state.quote_of_char.append((offset + start, offset + end, len(state.quotes)))
        state.quotes.append(
            RawQuote(
                text=doc.text[start:end].strip(),
                span=Span(offset + start, offset + end),
                sentence=Span(offset + sentence[0], offset + sentence[1]),
                speaker=speaker,
                continues=continues,
            )
        )
    return parts[-1][2]


def _nearby_name(state, para_index, verb, inside):
    """A speech verb the parser left without a subject ("..., from Gaza, John Kirby, a
    spokesman, said"): the closest person or organisation named before it in its sentence."""
    names = [e for e in verb.sent.ents if e.label_ in ("PERSON", "ORG") and e.end <= verb.i and not inside(e.root)]
    names.sort(key=lambda e: (e.label_ == "PERSON", e.start))
    return _mention(state, para_index, names[-1].root) if names else None


def _sentence_around(doc, start: int, end: int) -> tuple[int, int]:
    """Character range (paragraph-relative) of the sentences overlapping [start, end)."""
    sents = [s for s in doc.sents if s.start_char < end and s.end_char > start]
    if not sents:
        return start, end
    return sents[0].start_char, sents[-1].end_char


def _distance(pos: int, start: int, end: int) -> int:
    return start - pos if pos < start else max(0, pos - end)


def _quote_index(state: _State, char: int) -> int | None:
    for start, end, index in state.quote_of_char:
        if start <= char < end:
            return index
    return None


# ---- mentions --------------------------------------------------------------------------------


def _mention(state: _State, para_index: int, token) -> int | None:
    """The mention id for the argument headed by `token`, creating it; None if it names nothing."""
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
            subject=token.dep_ in SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS,
            sentence_start=token.doc.user_data["offset"] + token.sent.start_char,
        )
        state.mentions.append(mention)
        state.by_token[key] = mention.id
        return mention.id
    return None


def _build_mention(state: _State, para_index: int, token) -> Mention | None:
    offset = token.doc.user_data["offset"]
    lower = token.lower_
    if token.tag_ in ("PRP", "PRP$") or lower in PERSONAL_PRONOUNS:
        if lower not in PERSONAL_PRONOUNS or _expletive(token):
            return None
        person, gender, plural = PERSONAL_PRONOUNS[lower]
        char = offset + token.idx
        return Mention(
            id=len(state.mentions), span=Span(char, char + len(token)), text=token.text, kind=MentionKind.PRONOUN,
            name=lower, title=gender or None, plural=plural, quote=_quote_index(state, char), key=person,
            controller=_controller(state, para_index, token) if person == "3" else None,
        )
    if not any(ch.isalnum() for ch in token.text):  # a dash or a quote mark tagged as a noun
        return None
    if token.ent_type_ in NON_ENTITY_LABELS or token.like_num or lower in SKIP_ARGUMENT_LEMMAS:
        if not (lower in QUANTITY_HEADS and of_object(token) is not None):
            return None
    if token.ent_type_ == "NORP" and token.dep_ in ("amod", "compound") and token.head.pos_ in ("NOUN", "PROPN"):
        # "Tory leader", "Israeli Prime Minister": a people's adjective stands for its state or party
        ent = _entity_of(token)
        char = offset + ent.start_char
        return Mention(
            id=len(state.mentions), span=Span(char, offset + ent.end_char), text=ent.text, kind=MentionKind.DEMONYM,
            type=EntityType.ORGANIZATION, name=ent.text, quote=_quote_index(state, char), key=ent.text.lower(),
        )
    if token.ent_type_ in NER_TYPES:
        return _name_mention(state, token, offset)
    if token.pos_ not in ("NOUN", "PROPN"):
        if lower in QUANTITY_HEADS and of_object(token) is not None:
            return _build_mention(state, para_index, of_object(token))
        return None
    if lower in QUANTITY_HEADS and of_object(token) is not None:
        return _build_mention(state, para_index, of_object(token))
    if token.pos_ == "PROPN" and (token.is_title or token.is_upper):  # a lower-case "PROPN" is a tagging slip
        return _name_mention(state, token, offset)
    if any(c.dep_ in ("amod", "det") and c.lower_ in NON_SPECIFIC_MODIFIERS for c in token.lefts):
        return None
    if lower in AMOUNT_UNITS and any(c.ent_type_ in NON_ENTITY_LABELS for c in token.lefts):
        return None  # "£300m", "$2bn": an amount, not a thing
    mention = _nominal_mention(state, token, offset)
    if mention.kind is MentionKind.NOMINAL and token.lemma_.lower() in ORGANIZATION_HEADS:
        owner = next((c for c in token.children if c.dep_ == "poss" and c.tag_ == "PRP$"), None)
        if owner is not None:  # "his party": the party of whoever "his" is (see kg.resolve)
            mention = replace(mention, possessor=state.by_token.get((para_index, owner.i)))
    return mention


def _controller(state: _State, para_index: int, pronoun) -> int | None:
    """The mention a subject pronoun most likely stands for by the syntax around it: in "He urged
    the chancellor to admit he had erred", the second "he" is the one urged to admit, the
    chancellor (object control makes the chancellor the subject of "admit")."""
    clause = pronoun.head
    if pronoun.dep_ != "nsubj" or clause.dep_ != "ccomp" or not is_clause_head(clause.head):
        return None
    frame = clause_frame(clause.head)
    if frame.rule is not SubjectRule.OBJECT_CONTROL or not frame.subjects:
        return None
    return _mention(state, para_index, frame.subjects[0])


def _expletive(token) -> bool:
    """"It" that stands for nothing: "it is important that...", "it emerged that..."."""
    if token.lower_ != "it":
        return False
    if token.dep_ == "expl":
        return True
    head = token.head
    clause = any(c.dep_ in ("ccomp", "xcomp", "csubj") for c in head.children)
    return head.lemma_.lower() in COPULAS and clause or (token.dep_ == "nsubj" and clause and head.tag_ == "VBN")


def _name_start(doc, start: int, end: int) -> int:
    """Where a name really starts: widened over proper-noun compounds the NER left out ("Antony"
    in "Antony J. Blinken"), stopping at a title word."""
    while start > 0 and doc[start - 1].dep_ == "compound" and doc[start - 1].pos_ == "PROPN" and doc[start - 1].head.i < end:
        if doc[start - 1].lower_.rstrip(".") in PERSON_TITLES:
            break
        start -= 1
    return start


def _part_of_title(ent) -> bool:
    """"State" in "Secretary of State Antony Blinken": a name inside a person's title is part of
    the title, not a thing the article talks about."""
    root = ent.root
    if ent.text.islower():  # "the secretary of state": a lower-case span is no proper name
        return True
    title = root.head.head if root.dep_ == "pobj" and root.head.lower_ in ("of", "for") else None
    return (
        title is not None
        and title.lower_.rstrip(".") in PERSON_TITLES
        and title.dep_ in ("compound", "nmod")
        and title.head.ent_type_ == "PERSON"
    )


def _entity_of(token):
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


def _name_mention(state: _State, token, offset: int) -> Mention:
    """A proper-name mention: the entity span (widened over the name's compounds) plus any title."""
    doc = token.doc
    if token.ent_iob_ != "O" and token.ent_type_:
        ent = _entity_of(token)
        start, end, label = ent.start, ent.end, ent.label_
    else:
        start, end, label = token.i, token.i + 1, ""
    head = doc[end - 1] if doc[end - 1].dep_ != "case" else doc[end - 2]
    start = _name_start(doc, start, end)
    while start < end and doc[start].lower_ in ("the", "a", "an"):
        start += 1
    while end > start and doc[end - 1].tag_ == "POS":
        end -= 1
    title_tokens = _title_tokens(doc, start, head)
    name = doc[start:end].text
    surface_start = title_tokens[0].i if title_tokens else start
    surface = doc[surface_start:end].text
    title = " ".join(t.lower_.rstrip(".") for t in title_tokens) or None
    etype = NER_TYPES.get(label)
    if title_tokens and any(t.lower_.rstrip(".") in PERSON_TITLES for t in title_tokens):
        etype = EntityType.PERSON
    elif title_tokens and title_tokens[-1].lemma_.lower() in ORGANIZATION_HEADS:  # "investment firm Grant Samuel"
        etype = EntityType.ORGANIZATION
    char = offset + doc[surface_start].idx
    return Mention(
        id=len(state.mentions),
        span=Span(char, offset + doc[end - 1].idx + len(doc[end - 1])),
        text=surface,
        kind=MentionKind.NAME,
        type=etype,
        name=name,
        title=title,
        plural=head.tag_ in ("NNS", "NNPS"),
        quote=_quote_index(state, char),
        key=" ".join(t.lower_ for t in doc[start:end]),
    )


def _title_tokens(doc, start: int, head) -> list:
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
    if tokens and not any(t.lower_.rstrip(".") in PERSON_TITLES or t.pos_ == "NOUN" for t in tokens):
        return []
    return tokens


def _is_ancestor(node, token) -> bool:
    return any(a.i == node.i for a in token.ancestors)


def _nominal_mention(state: _State, token, offset: int) -> Mention:
    doc = token.doc
    head_lemma = token.lemma_.lower()
    det = next((c for c in token.lefts if c.dep_ == "det"), None)
    definite = det is not None and det.lower_ in ("the", "this", "that")
    person_role = definite and head_lemma in PERSON_TITLES  # "the Liberal Democrat leader"
    # "Gaza residents" are residents; "the Biden administration" is a name
    named_part = head_lemma not in ORGANIZATION_HEADS | FACILITY_HEADS and not person_role
    left = [
        c for c in token.lefts
        if c.dep_ in ("amod", "compound", "nummod", "nmod", "npadvmod", "advmod")
        and c.ent_type_ not in ("DATE", "TIME")
        and not (named_part and c.ent_type_ in NAMED_MODIFIER_TYPES and c.dep_ in ("compound", "nmod"))
    ]
    start = min([token.i] + [c.left_edge.i for c in left])
    while start < token.i and (doc[start].dep_ in ("det", "predet", "poss", "case", "punct") or doc[start].is_punct):
        start += 1
    end = token.i + 1
    of_phrase = _bare_of_phrase(token)
    if of_phrase is not None:  # "the politics of fear", "the burden of proof": the of-phrase names it
        end = of_phrase.i + 1
    span = doc[start:end]
    text = span.text
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
    if head_lemma in ORGANIZATION_HEADS and any(c.dep_ == "compound" and c.ent_type_ in NAMED_MODIFIER_TYPES for c in token.lefts):
        return Mention(kind=MentionKind.NAME, type=EntityType.ORGANIZATION, name=text, **common)
    if head_lemma in FACILITY_HEADS and any(c.dep_ == "compound" and c.ent_type_ in NAMED_MODIFIER_TYPES for c in token.lefts):
        return Mention(kind=MentionKind.NAME, type=EntityType.PLACE, name=text, **common)  # "the Olympic Dam mine"
    if definite and (person_role or (not named and not demonym)):
        role_type = EntityType.ORGANIZATION if head_lemma in ORGANIZATION_HEADS else None
        return Mention(kind=MentionKind.ROLE, type=role_type, name=text, title=" ".join(t.lower_ for t in span) + _of_tail(token), **common)
    etype = EntityType.ORGANIZATION if head_lemma in ORGANIZATION_HEADS else EntityType.CONCEPT
    return Mention(kind=MentionKind.NOMINAL, type=etype, name=text, **common)


def _bare_of_phrase(token):
    """The object of a following "of"/"without" when it is a bare common noun ("politics of fear",
    "detention without trial"; not "cessations of military operations")."""
    if token.i + 2 >= len(token.doc) or token.doc[token.i + 1].lower_ not in NAMING_PREPS:
        return None
    pobj = token.doc[token.i + 2]
    if pobj.head.i != token.i + 1 or pobj.dep_ != "pobj" or pobj.pos_ != "NOUN" or (pobj.ent_type_ and not pobj.is_lower):
        return None
    return pobj  # token.i + 2 is the pobj itself, so it has no left modifiers


def _of_tail(token) -> str:
    """" of state" for "the secretary of state": a title may carry an of-phrase."""
    for child in token.rights:
        if child.dep_ == "prep" and child.lower_ == "of":
            objects = [c for c in child.children if c.dep_ == "pobj"]
            if objects and objects[0].pos_ in ("PROPN", "NOUN") and objects[0].lower_ == objects[0].lemma_.lower():
                return " of " + " ".join(t.lower_ for t in objects[0].subtree)
    return ""


# ---- relations -------------------------------------------------------------------------------


def _antecedent(token):
    """The noun a relative pronoun stands for; a common-noun apposition's named head."""
    token = relative_antecedent(token)
    if token.dep_ == "appos" and token.pos_ == "NOUN" and token.head.pos_ == "PROPN":
        return token.head
    if token.pos_ == "NOUN":  # "the mayor, Tom Reed, said": the name stands for the description
        named = [c for c in token.children if c.dep_ == "appos" and c.ent_type_ in ("PERSON", "ORG")]
        if named:
            return named[0]
    return token


def _source(token):
    """"The latest statement from the committee called for ...": the committee did."""
    if token.lemma_.lower() in SPEECH_NOUNS:
        for child in token.children:
            if child.dep_ == "prep" and child.lower_ in ("from", "by", "of"):
                named = [c for c in child.children if c.dep_ == "pobj" and c.ent_type_ in NER_TYPES]
                if named:
                    return named[0]
    return token


def _verb_relations(state: _State, para_index: int, verb, offset: int) -> None:
    """Relations between mentions from the clause of `verb` (see `kg.clauses.clause_frame`)."""
    if verb.pos_ == "AUX" and not any(c.dep_ == "acomp" for c in verb.children):
        return
    if verb.dep_ in ("amod", "compound"):  # "occupied Palestine": an adjective, not a clause
        return
    if _according_to(verb) is not None:  # "according to the Red Cross": a source, not a fact
        return
    if verb.dep_ == "conj" and _conjunct_across_quote(state, verb) and not any(
        c.dep_ in SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS for c in verb.children
    ):
        return  # 'introduced a resolution "for peace in Israel and occupied Palestine"': no shared subject
    frame = clause_frame(verb)
    subjects = _referents(frame.subjects)
    if not subjects and frame.passive and not agents(verb):
        _stative_relations(state, para_index, verb, frame, offset)
        return
    if not subjects:
        return
    base = _verb_lemma(verb)
    if frame.particle:
        base = f"{base} {frame.particle}"
    pairs: list[tuple[str, object, float]] = []
    objects = [o for o in frame.objects if not _conjunct_across_quote(state, o)]
    direct = any(o.dep_ == "dobj" for o in objects)
    to_noun = any(o.dep_ == "dobj" and o.lemma_.lower() in TO_COMPLEMENT_NOUNS for o in objects)
    for obj in objects:
        if obj.dep_ == "dative" and obj.pos_ == "ADP":  # "delivered a message [to the Council]"
            pairs.extend((f"{base} {obj.lower_}", _antecedent(p), 0.8)
                         for p in with_conjuncts([c for c in obj.children if c.dep_ == "pobj"]))
            continue
        if obj.dep_ == "dative" and direct:  # "brought us the dossier": us is who it went to
            pairs.append((f"{base} to", _antecedent(obj), 0.7))
            continue
        if obj.dep_ == "dative" and verb.lemma_.lower() not in SPEECH_VERBS:
            continue  # "brought us" with the thing brought lost to the parse: a recipient is no patient
        pairs.append((base, _antecedent(obj), 0.9))
        pairs.extend((base, inner, 0.7) for inner in _intended_objects(obj))
        for prep in obj.children:  # "delivered a message to the Council": the to-phrase is the verb's
            if prep.dep_ == "prep" and prep.lower_ == "to" and not frame.passive and verb.lemma_.lower() in TRANSFER_VERBS:
                pairs.extend((f"{base} to", _antecedent(p), 0.7) for p in prep.children if p.dep_ == "pobj")
    for holder, prep, pobj in frame.prep_objects:
        if prep.lower_ == "by" and frame.passive:
            continue
        if prep.lower_ in CIRCUMSTANCE_PREPS and (frame.objects or verb.lemma_.lower() in SPEECH_VERBS):
            continue  # "resolve problems in Gaza", "said at the White House": where, not what
        if prep.lower_ in TIME_PREPS:
            continue  # "sued during the crisis", "filed following allegations": when, never what
        if pobj.dep_ == "pcomp" or pobj.ent_type_ in ("DATE", "TIME"):
            continue  # a clause ("in opposing ...") or a date is not an entity
        if prep.lower_ == "to" and holder.i == verb.i and to_noun and verb.lemma_.lower() not in TRANSFER_VERBS:
            continue  # "avoid harm to civilians": the to-phrase is the object's
        wording = base if holder.i == verb.i else f"{base} {holder.lower_}"
        pairs.append((f"{wording} {prep.lower_}", _antecedent(pobj), 0.8))
    if not pairs:
        return
    sentence = verb.sent
    sent_span = Span(offset + sentence.start_char, offset + sentence.end_char)
    conditional = _conditional(verb)
    attributed = _attribution(state, para_index, verb)
    date = _clause_date(state, verb)
    confidence_base = 0.85 ** frame.steps
    for subject_token in subjects:
        subject = _mention(state, para_index, subject_token)
        if subject is None:
            continue
        for predicate, obj_token, weight in pairs:
            if obj_token.i == subject_token.i:
                continue
            obj = _mention(state, para_index, obj_token)
            if obj is None or obj == subject:
                continue
            state.relations.append(
                RawRelation(
                    subject=subject, predicate=predicate, object=obj, sentence=sent_span,
                    negated=frame.negated, modality=frame.modality, requested=frame.requested, conditional=conditional,
                    attributed_to=attributed, date=date, confidence=round(weight * confidence_base, 2),
                )
            )


def _stative_relations(state: _State, para_index: int, verb, frame, offset: int) -> None:
    """A passive with no agent says something of its patient through its prepositions: "the
    valuation was based on lower prices", "the mine, located in South Australia", "he was
    accused of fraud" -> patient -be based on / be located in / be accused of-> object."""
    patients_found = _referents([_antecedent(p) for p in patients(verb)])
    if not patients_found:
        return
    sentence = verb.sent
    for holder, prep, pobj in frame.prep_objects:
        if holder.i != verb.i or prep.lower_ == "by" or pobj.dep_ == "pcomp" or pobj.ent_type_ in ("DATE", "TIME"):
            continue
        if prep.lower_ not in STATIVE_PREPS:
            continue
        for patient in patients_found:
            subject = _mention(state, para_index, patient)
            obj = _mention(state, para_index, _antecedent(pobj))
            if subject is None or obj is None or subject == obj:
                continue
            state.relations.append(
                RawRelation(
                    subject=subject, predicate=f"be {verb.lower_} {prep.lower_}", object=obj,
                    sentence=Span(offset + sentence.start_char, offset + sentence.end_char),
                    negated=frame.negated, modality=frame.modality, conditional=_conditional(verb),
                    attributed_to=_attribution(state, para_index, verb), date=_clause_date(state, verb),
                    confidence=round(0.7 * 0.85 ** frame.steps, 2),
                )
            )


def _referents(tokens) -> list:
    """What the subjects of a clause name for the graph: an apposition's name, a statement's
    source, and what is coordinated with those ("managers Walker and Jeffries")."""
    out = {}
    for token in tokens:
        named = _source(_antecedent(token))
        for t in [named] if named.i == token.i else with_conjuncts([named]):
            out.setdefault(t.i, t)
    return list(out.values())


def _verb_lemma(verb) -> str:
    """The verb's lemma with a prefix the tokenizer split off: "re-working" -> "re-work"."""
    doc, i = verb.doc, verb.i
    if i >= 2 and doc[i - 1].text == "-" and not doc[i - 1].whitespace_ and not doc[i - 2].whitespace_ \
            and doc[i - 2].lower_ in VERB_PREFIXES:
        return f"{doc[i - 2].lower_}-{verb.lemma_.lower()}"
    return verb.lemma_.lower()


def _conjunct_across_quote(state: _State, token) -> bool:
    """Whether `token` is coordinated with a word on the other side of a quotation mark: in
    'introduced a resolution "calling for a cease-fire"' the parser may join resolution and
    cease-fire, but coordination does not cross into or out of a quotation."""
    if token.dep_ != "conj":
        return False
    first = token
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    offset = token.doc.user_data["offset"]

    def marks(char: int) -> int | None:
        return next((i for i, (start, end) in enumerate(state.marked) if start <= char < end), None)

    return marks(offset + token.idx) != marks(offset + first.idx)


def _intended_objects(noun) -> list:
    """"attempts to bring in trial without jury" -> [trial]: the object of the intended act."""
    if noun.lemma_.lower() not in INTENT_NOUNS:
        return []
    for clause in noun.children:
        if clause.dep_ in ("acl", "relcl") and clause.pos_ == "VERB":
            return with_conjuncts([c for c in clause.children if c.dep_ in ("dobj",)])
    return []


def _conditional(verb) -> bool:
    for node in control_chain(verb):
        if any(c.dep_ == "mark" and c.lower_ in CONDITION_MARKERS for c in node.children):
            return True
        for child in node.children:
            if child.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in CONDITION_MARKERS for m in child.children):
                return True
    return False


def _according_to(verb):
    """The source named by "according to X" when `verb` is that "according", else None."""
    if verb.lower_ != "according":
        return None
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ == "to":
            return next((c for c in prep.children if c.dep_ == "pobj"), None)
    return None


def _attribution(state: _State, para_index: int, verb) -> int | None:
    """Who the sentence says stated this clause ("officials said [Blinken will urge ...]",
    "..., according to the Red Cross")."""
    for node in (verb, *verb.ancestors):
        source = next((_according_to(c) for c in node.children if _according_to(c) is not None), None)
        if source is not None:
            return _mention(state, para_index, source)
    node = verb
    for _ in range(MAX_CLIMB):
        if node.head.i == node.i:
            return None
        if node.dep_ == "ccomp" and node.head.lemma_.lower() in SPEECH_VERBS:
            subjects = _referents(clause_frame(node.head).subjects)
            return _mention(state, para_index, subjects[0]) if subjects else None
        node = node.head
    return None


def _relate(state: _State, para_index: int, subject_token, predicate: str, object_token, *, confidence: float) -> None:
    """Add the relation subject -predicate-> object found by a noun-phrase rule, evidenced by the
    sentence of `subject_token`, unless either side names nothing or both name the same."""
    subject = _mention(state, para_index, subject_token)
    obj = _mention(state, para_index, object_token)
    if subject is None or obj is None or subject == obj:
        return
    offset = subject_token.doc.user_data["offset"]
    sentence = subject_token.sent
    state.relations.append(
        RawRelation(
            subject=subject, predicate=predicate, object=obj,
            sentence=Span(offset + sentence.start_char, offset + sentence.end_char), confidence=confidence,
        )
    )


def _appositive_role(state: _State, para_index: int, appos, offset: int) -> None:
    """"Catherine Russell, the executive director of UNICEF" -> Russell -executive director of-> UNICEF;
    "Ron Dermer, one of Mr. Netanyahu's top advisers" -> Dermer -adviser of-> Netanyahu;
    "John F. Kirby, a National Security Council spokesman" -> Kirby -spokesman of-> NSC."""
    person = appos.head
    if appos.pos_ not in ("NOUN", "NUM", "PRON"):
        return
    if person.ent_type_ != "PERSON" and not (person.pos_ == "PROPN" and appos.lemma_.lower() in PERSON_ROLE_HEADS):
        return
    if person.ent_type_ != "PERSON":  # a role noun makes a name a person's, whatever the tagger said
        named = _mention(state, para_index, person)
        if named is not None:
            state.mentions[named] = replace(state.mentions[named], type=EntityType.PERSON)
    role = appos
    if role.lower_ in QUANTITY_HEADS and of_object(role) is not None:
        role = of_object(role)
    if role.pos_ != "NOUN":
        return
    organisation = None
    for child in role.children:
        if child.dep_ == "prep" and child.lower_ in ("of", "at", "for", "to"):
            objects = [c for c in child.children if c.dep_ == "pobj" and c.ent_type_ in NER_TYPES]
            if objects:
                organisation = objects[0]
        elif child.dep_ == "poss" and (child.ent_type_ in NER_TYPES or child.pos_ == "PROPN"):
            organisation = child
        elif child.dep_ == "compound" and child.ent_type_ in ("ORG", "GPE", "NORP"):
            organisation = child
    if organisation is None:
        return
    modifiers = [c.lower_ for c in role.lefts if c.dep_ in ("amod", "compound") and not c.ent_type_]
    _relate(state, para_index, person, " ".join(modifiers + [role.lemma_.lower(), "of"]), organisation, confidence=0.85)


def _copular_role(state: _State, para_index: int, attr, offset: int) -> None:
    """"WMC Resources is the third-largest producer of nickel" -> WMC -largest producer of-> nickel;
    "Kirby is a spokesman for the council" -> Kirby -spokesman for-> council."""
    subjects = [c for c in attr.head.children if c.dep_ in ("nsubj",)]
    if not subjects or attr.pos_ != "NOUN" or any(c.dep_ == "neg" for c in attr.head.children):
        return
    if subjects[0].pos_ == "PRON" and subjects[0].lower_ not in ("he", "she", "i", "we"):
        return  # "it was a temporary cessation of operations": "it" is no agent
    for role in with_conjuncts([attr]):
        for prep in role.children:
            if prep.dep_ != "prep" or prep.lower_ not in ("of", "for", "at", "to"):
                continue
            modifiers = [c.lower_ for c in role.lefts if c.dep_ in ("amod", "compound") and not c.ent_type_ and c.pos_ != "NUM"]
            wording = " ".join(modifiers + [role.lemma_.lower(), prep.lower_])
            for pobj in with_conjuncts([c for c in prep.children if c.dep_ == "pobj"]):
                _relate(state, para_index, _antecedent(subjects[0]), wording, _antecedent(pobj), confidence=0.75)


def _based_in(state: _State, para_index: int, based, offset: int) -> None:
    """"Swiss-based Xstrata", "a London-based bank" -> Xstrata / bank -be based in-> Swiss / London;
    "Zurich and London-based Xstrata" -> both, however the parser hangs "Zurich"."""
    doc = based.doc
    places = with_conjuncts([c for c in based.children if c.dep_ in ("npadvmod", "compound", "nmod") and c.pos_ == "PROPN"])
    if places:
        first = min(places, key=lambda t: t.i).left_edge.i
        joiners = ("and", "or")  # "Zurich and London-based", then "Paris, Zurich and ..."; not "In Paris, London-based"
        while first >= 2 and doc[first - 1].lower_ in joiners and doc[first - 2].ent_type_ in ("GPE", "LOC"):
            place = _entity_of(doc[first - 2])
            places.append(place.root)
            first = place.start
            joiners = (",",)
    for place in places:
        _relate(state, para_index, based.head, "be based in", place, confidence=0.8)


def _company_description(state: _State, para_index: int, descriptor, offset: int) -> None:
    """What the description before a company's name says: its country ("Australian mining firm
    WMC Resources", "German carmaker BMW" -> be based in Australia / German) and whose it is
    ("Britain's biggest retailer, Tesco", "Australia's largest copper miner - MIM Holdings" ->
    biggest retailer of Britain / largest copper miner of Australia)."""
    if descriptor.dep_ == "compound" and descriptor.head.pos_ == "PROPN":
        company = descriptor.head
        holders = [descriptor, company]
    else:
        company = next((c for c in descriptor.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
        holders = [descriptor]
    if company is None or company.ent_type_ not in ("ORG", ""):
        return
    for modifier in descriptor.children:
        if modifier.i < descriptor.i and (
            modifier.dep_ == "amod" and modifier.ent_type_ == "NORP" or modifier.dep_ == "compound" and modifier.ent_type_ == "GPE"
        ):
            _relate(state, para_index, company, "be based in", modifier, confidence=0.7)
    owner = next((c for h in holders for c in h.children if c.dep_ == "poss" and c.ent_type_ in ("GPE", "ORG", "NORP")), None)
    if owner is not None:
        words = sorted(
            (c for h in holders for c in h.children
             if c.dep_ in ("amod", "compound") and c.i < descriptor.i and not c.ent_type_ and c.pos_ != "PROPN"),
            key=lambda c: c.i,
        )
        wording = " ".join([w.lower_ for w in words] + [descriptor.lemma_.lower(), "of"])
        _relate(state, para_index, company, wording, owner, confidence=0.7)


def _with_relations(state: _State, para_index: int, with_, offset: int) -> None:
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
    owner = _antecedent(owners[0])
    for noun in with_conjuncts([c for c in with_.children if c.dep_ == "pobj" and c.pos_ == "NOUN"]):
        for prep in noun.children:
            if prep.dep_ == "prep" and prep.lower_ in ("in", "across", "at"):
                for place in with_conjuncts([c for c in prep.children if c.dep_ == "pobj"]):
                    _relate(state, para_index, owner, f"{noun.lower_} {prep.lower_}", _antecedent(place), confidence=0.7)


def _title_role(state: _State, para_index: int, ent, offset: int) -> None:
    """"WMC chairman Tommie Bergman" -> Bergman -chairman of-> WMC: an organisation, party or
    country named in the title before the role noun."""
    head = ent.root
    title = _title_tokens(ent.doc, _name_start(ent.doc, ent.start, ent.end), head)
    org = next((t for t in title if _names_organisation(t)), None)
    if org is None:
        return
    role = [t for t in title if t.i > org.i and not _names_organisation(t) and t.lower_ not in ("of", "for")]
    if not role or not any(t.pos_ in ("NOUN", "PROPN") for t in role):
        return
    organisation = _entity_of(org).root if org.ent_type_ else org
    _relate(state, para_index, head, " ".join([t.lower_ for t in role] + ["of"]), organisation, confidence=0.8)


def _names_organisation(token) -> bool:
    """A title word that names an organisation, party or country ("WMC", "Tory", "Daiwa")."""
    if token.ent_type_ in ("ORG", "NORP", "GPE"):
        return not token.is_lower
    # outside a named entity only an acronym counts: "Foreign" in "Foreign Minister" names nothing
    return token.pos_ == "PROPN" and not token.ent_type_ and token.is_upper and len(token) > 1 and token.lower_.rstrip(".") not in PERSON_TITLES


def _description_role(state: _State, para_index: int, token, offset: int) -> None:
    """"the Liberal Democrat leader" -> (whoever that is) -leader of-> Liberal Democrats."""
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in token.lefts):
        return
    org = next((c for c in token.lefts if c.dep_ in ("compound", "amod") and c.ent_type_ in ("ORG", "NORP", "GPE")), None)
    if org is None:
        return
    role = [c for c in token.lefts if c.dep_ in ("amod", "compound") and not c.ent_type_] + [token]
    _relate(state, para_index, token, " ".join([t.lemma_.lower() for t in role] + ["of"]), _entity_of(org).root, confidence=0.7)


def _nickname_cues(state: _State, para_index: int, doc, offset: int) -> None:
    """"using a common nickname to refer to Mr Netanyahu": the next unknown first name may be it."""
    for token in doc:
        if token.lemma_.lower() in NICKNAME_NOUNS:
            people = [e for e in token.sent.ents if e.label_ == "PERSON"]
            if people:
                person = _mention(state, para_index, people[-1].root)
                if person is not None:
                    state.nicknames.append((offset + token.idx, person))


# ---- dates -----------------------------------------------------------------------------------


def _tense(verb) -> Tense:
    if verb is None:
        return Tense.PAST
    for node in control_chain(verb):
        if any(c.lower_ in ("will", "'ll", "shall") for c in node.children if c.dep_ == "aux"):
            return Tense.FUTURE
    if verb.tag_ in ("VBZ", "VBP"):
        return Tense.PRESENT
    if verb.tag_ == "VB" and not any(c.dep_ == "aux" and c.tag_ == "MD" and c.lower_ in ("would", "could") for c in verb.children):
        return Tense.FUTURE if any(c.lower_ in ("will", "'ll") for c in verb.children) else Tense.PRESENT
    return Tense.PAST


def _governing_verb(token):
    node = token
    for _ in range(MAX_CLIMB):
        if node.pos_ in ("VERB", "AUX"):
            return node
        if node.head.i == node.i:
            return None
        node = node.head
    return None


def _dates(state: _State, doc, offset: int) -> None:
    anchor = state.document.date
    for ent in doc.ents:
        if ent.label_ != "DATE":
            continue
        value = resolve_date(ent.text, anchor, _tense(_governing_verb(ent.root)))
        if value is not None:
            state.dates.append(DateMention(ent.text, value, Span(offset + ent.start_char, offset + ent.end_char)))


def _clause_date(state: _State, verb) -> dt.date | None:
    """The day a date expression attached to this verb names ("said Thursday", "on October 20")."""
    anchor = state.document.date
    for child in verb.children:
        candidates = [child] if child.dep_ in ("npadvmod", "tmod") else []
        if child.dep_ == "prep":
            candidates = [c for c in child.children if c.dep_ == "pobj"]
        for cand in candidates:
            if cand.ent_type_ == "DATE":
                ent = _entity_of(cand)
                if ent is not None:
                    value = resolve_date(ent.text, anchor, _tense(verb))
                    if value is not None:
                        return value
    if verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX") and verb.head.i < verb.i:
        return _clause_date(state, verb.head)  # "visited the crossing on Friday and met Brandt there"
    return None
