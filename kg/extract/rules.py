"""Rules over the spaCy parse: mentions, relations, quotes and dates of one document.

spaCy objects stay inside kg.extract; what leaves it is a `RawExtraction` of plain values
(mentions and the relations, quotes and dates that link them), which `kg.extract.resolve` turns into
entities. Who does what to whom in each clause comes from `kg.extract.clauses`, which `kg.extract.openie` shares;
the modules beside this one add what a graph needs (mentions, names for descriptions, roles,
attribution, dates). The rules are English rules over dependency labels (ClearNLP scheme, as in
en_core_web_sm), named as constants in each module and in kg.extract.lexicon.
"""
from __future__ import annotations

from kg.extract.clauses import SPEECH_VERBS, is_clause_head
from kg.extract.collectives import note_lists
from kg.extract.countries import national_titles
from kg.extract.credits import credited_works
from kg.extract.dates import dates
from kg.extract.described_roles import DESCRIBED_ROLES, description_role
from kg.extract.event_nouns import EVENT_NOUNS, event_noun_relations
from kg.extract.lexicon import COMPANY_DESCRIPTORS, NER_TYPES
from kg.extract.mentions import PERSONAL_PRONOUNS, mention, part_of_title
from kg.extract.referents import referents
from kg.extract.names import holder_of_lead
from kg.extract.noun_places import noun_location
from kg.extract.possessives import possessive_relations
from kg.extract.quotes import attribute_quotes, find_quotes
from kg.extract.relations import verb_relations
from kg.extract.roles import (
    AGENT_PARTICIPLES,
    GROUP_NOUNS,
    appositive_role,
    based_in,
    company_description,
    copular_role,
    employer_of,
    group_members,
    led_by,
    nickname_cues,
    title_role,
    with_relations,
    worth_of,
)
from kg.extract.state import State, frame_of
from kg.model import (
    Document,
    RawExtraction,
)


def extract(document: Document, docs: list) -> RawExtraction:
    """Read mentions, relations, quotes and dates from the parsed paragraphs of `document`."""
    state = State(document)
    last_speaker: int | None = None
    for para_index, doc in enumerate(docs):
        offset = doc.user_data["offset"]
        quote_spans = find_quotes(state, doc, offset)
        for ent in doc.ents:
            if ent.label_ in NER_TYPES and not part_of_title(ent) and holder_of_lead(ent.root).i == ent.root.i:  # "Liberal" of "Liberal Democrat": that name's
                mention(state, para_index, ent.root)
        note_lists(state, para_index, doc)  # before the relations: "the trio" may mean a list just made
        last_speaker = attribute_quotes(state, para_index, doc, offset, quote_spans, last_speaker,
                                        previous=(para_index - 1, docs[para_index - 1]) if para_index else None)
        for token in doc:  # after the quotes: "I" and "we" inside one are its speaker
            if token.tag_ in ("PRP", "PRP$") and token.lower_ in PERSONAL_PRONOUNS:
                mention(state, para_index, token)
            elif token.pos_ == "VERB" and token.lemma_.lower() in SPEECH_VERBS:
                for subject in referents(frame_of(state, para_index, token).subjects):  # "a spokesman said": a later "he" may be him
                    mention(state, para_index, subject)
        for ent in doc.ents:
            if ent.label_ in ("PERSON", "ORG"):  # an ORG only where a role noun titles it (see title_role)
                title_role(state, para_index, ent, offset)
                credited_works(state, para_index, ent, offset)
                employer_of(state, para_index, ent, offset)
        for token in doc:
            if token.pos_ == "NOUN" and token.lemma_.lower() in DESCRIBED_ROLES:
                description_role(state, para_index, token, offset)
        for token in doc:
            if is_clause_head(token):
                verb_relations(state, para_index, token, offset)
            if token.dep_ == "poss":
                possessive_relations(state, para_index, token, offset)
            if token.pos_ == "NOUN" and token.lemma_.lower() in EVENT_NOUNS:
                event_noun_relations(state, para_index, token, offset)
            if token.dep_ == "appos":
                appositive_role(state, para_index, token, offset)
            elif token.dep_ == "attr" and token.head.lemma_ == "be":
                copular_role(state, para_index, token, offset)
            elif token.lower_ == "based" and token.dep_ == "amod":
                based_in(state, para_index, token, offset)
            elif token.lower_ in AGENT_PARTICIPLES and token.dep_ in ("amod", "compound"):
                led_by(state, para_index, token, offset)
            elif token.lower_ == "with" and token.dep_ == "prep":
                with_relations(state, para_index, token, offset)
            elif token.lower_ == "worth" and token.dep_ == "amod":
                worth_of(state, para_index, token, offset)
            elif token.lower_ == "in" and token.dep_ == "prep" and token.head.pos_ in ("NOUN", "PROPN"):
                noun_location(state, para_index, token, offset)
            elif token.pos_ == "NOUN" and token.lemma_.lower() in GROUP_NOUNS:
                group_members(state, para_index, token, offset)
            if token.pos_ == "NOUN" and token.lemma_.lower() in COMPANY_DESCRIPTORS:  # an apposition too: "Parmalat, the dairy firm"
                company_description(state, para_index, token, offset)
        dates(state, doc, offset)
        nickname_cues(state, para_index, doc, offset)
    return RawExtraction(
        document=document,
        mentions=tuple(national_titles(state.mentions, document.text)),
        relations=tuple(state.relations),
        quotes=tuple(state.quotes),
        dates=tuple(state.dates),
        nicknames=tuple(state.nicknames),
    )
