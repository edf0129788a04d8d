"""Closed word lists that several stages need: one place, so extraction, within-article
resolution and cross-article identity agree on what a title or a company suffix is."""
from kg.model import EntityType

HONORIFICS = frozenset({"mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "lady", "prof", "rev"})
MALE_HONORIFICS = frozenset({"mr", "sir", "lord"})
FEMALE_HONORIFICS = frozenset({"mrs", "ms", "miss", "dame", "lady"})
CORPORATE_SUFFIXES = frozenset({  # "WMC Resources" is "WMC"
    "inc", "ltd", "plc", "corp", "corporation", "co", "company", "group", "holdings", "resources", "securities",
    "sa", "ag", "gmbh", "llc", "limited", "international", "bank", "airlines", "motors", "industries",
    "party",  # "the Labour party" is Labour
})
PERSON_ROLE_HEADS = frozenset({  # role nouns a definite description uses for a person already in the story
    "leader", "chairman", "chairwoman", "chief", "executive", "president", "minister", "secretary", "spokesman",
    "spokeswoman", "spokesperson", "senator", "governor", "mayor", "chancellor", "premier", "director", "ambassador",
    "envoy",
})


def without_corporate_suffix(words: list[str]) -> list[str]:
    """The name's words without trailing company suffixes ("WMC Resources" -> ["WMC"]); one word stays."""
    words = list(words)
    while len(words) > 1 and words[-1].lower().rstrip(".") in CORPORATE_SUFFIXES:
        words.pop()
    return words


def singular(name: str) -> str:
    """The name with its last word in the singular: "Tories" -> "Tory", "Liberal Democrats" ->
    "Liberal Democrat"; words ending in -ss, -us, -is stay ("Swiss", "Rebus")."""
    head, _, last = name.rpartition(" ")
    lower = last.lower()
    if len(last) > 4 and lower.endswith("ies"):
        last = last[:-3] + "y"
    elif len(last) > 3 and lower.endswith("s") and not lower.endswith(("ss", "us", "is")):
        last = last[:-1]
    return f"{head} {last}" if head else last


NER_TYPES = {  # spaCy entity label -> our type; other labels (DATE, CARDINAL...) are not entities
    "PERSON": EntityType.PERSON,
    "ORG": EntityType.ORGANIZATION,
    "GPE": EntityType.PLACE,
    "LOC": EntityType.PLACE,
    "FAC": EntityType.PLACE,
    "NORP": EntityType.ORGANIZATION,
    "EVENT": EntityType.EVENT,
}
NON_ENTITY_LABELS = {"DATE", "TIME", "CARDINAL", "ORDINAL", "PERCENT", "MONEY", "QUANTITY"}
PERSON_TITLES = {  # title words that make the name after them a person
    "president", "secretary", "minister", "senator", "sen", "rep", "representative", "governor", "gov",
    "mayor", "king", "queen", "prince", "princess", "pope", "chancellor", "premier", "judge", "justice",
    "general", "gen", "colonel", "col", "captain", "capt", "ambassador", "spokesman", "spokeswoman",
    "chairman", "chairwoman", "director", "commissioner", "envoy", "leader", "chief", "speaker",
} | HONORIFICS
ORGANIZATION_HEADS = {  # common nouns that name organised bodies
    "administration", "government", "ministry", "committee", "council", "agency", "department", "party",
    "company", "firm", "group", "union", "court", "parliament", "army", "police", "commission", "bank",
    "board", "organisation", "organization", "coalition", "team", "club", "league", "office", "cabinet",
}
