"""A people's adjective for its country when the text never names the country: "German investment
bank Deutsche Bank" is based in Germany, "French finance minister Herve Gaymard" is a minister of
France. Where the article names the country, resolve binds the adjective to it first (Resolver.demonym)."""
from __future__ import annotations

import re
from dataclasses import replace

from kg.extract.given_names import given_name_gender
from kg.extract.lexicon import BODY_NAME_ENDINGS, DEMONYM_NOUNS, NAMED_BODY_NOUNS, ORGANIZATION_HEADS, PERSON_TITLES
from kg.model import EntityType, Mention, MentionKind

COUNTRY_OF = {  # nationality adjective -> the country's name as news writes it
    "afghan": "Afghanistan", "american": "US", "argentine": "Argentina", "argentinian": "Argentina",
    "australian": "Australia", "austrian": "Austria", "belgian": "Belgium", "brazilian": "Brazil",
    "british": "UK", "canadian": "Canada", "chilean": "Chile", "chinese": "China", "colombian": "Colombia",
    "croatian": "Croatia", "cuban": "Cuba", "czech": "Czech Republic", "danish": "Denmark", "dutch": "Netherlands",
    "egyptian": "Egypt", "english": "England", "finnish": "Finland", "french": "France", "german": "Germany",
    "greek": "Greece", "hungarian": "Hungary", "indian": "India", "indonesian": "Indonesia", "iranian": "Iran",
    "iraqi": "Iraq", "irish": "Ireland", "israeli": "Israel", "italian": "Italy", "japanese": "Japan",
    "jordanian": "Jordan", "kenyan": "Kenya", "korean": "Korea", "lebanese": "Lebanon", "malaysian": "Malaysia",
    "mexican": "Mexico", "moroccan": "Morocco", "nigerian": "Nigeria", "norwegian": "Norway",
    "pakistani": "Pakistan", "polish": "Poland", "portuguese": "Portugal", "romanian": "Romania",
    "russian": "Russia", "saudi": "Saudi Arabia", "scottish": "Scotland", "serbian": "Serbia",
    "singaporean": "Singapore", "slovak": "Slovakia", "spanish": "Spain", "swedish": "Sweden", "swiss": "Switzerland",
    "syrian": "Syria", "taiwanese": "Taiwan", "thai": "Thailand", "turkish": "Turkey", "ukrainian": "Ukraine",
    "venezuelan": "Venezuela", "vietnamese": "Vietnam", "welsh": "Wales", "zimbabwean": "Zimbabwe",
    "soviet": "Soviet Union", "yugoslav": "Yugoslavia", "ethiopian": "Ethiopia", "algerian": "Algeria",
    "bulgarian": "Bulgaria", "estonian": "Estonia", "latvian": "Latvia", "lithuanian": "Lithuania", "icelandic": "Iceland",
    "peruvian": "Peru", "filipino": "Philippines", "sudanese": "Sudan", "somali": "Somalia", "tunisian": "Tunisia",
    "libyan": "Libya", "ugandan": "Uganda", "tanzanian": "Tanzania", "zambian": "Zambia", "ghanaian": "Ghana",
    "cameroonian": "Cameroon", "senegalese": "Senegal", "uruguayan": "Uruguay", "ecuadorian": "Ecuador",
    "bolivian": "Bolivia", "jamaican": "Jamaica", "bangladeshi": "Bangladesh", "nepalese": "Nepal", "kazakh": "Kazakhstan",
    "belarusian": "Belarus", "slovenian": "Slovenia", "slovakian": "Slovakia", "bosnian": "Bosnia", "albanian": "Albania", "cypriot": "Cyprus",
    "maltese": "Malta", "kuwaiti": "Kuwait", "yemeni": "Yemen", "paraguayan": "Paraguay",
    "armenian": "Armenia", "azerbaijani": "Azerbaijan", "macedonian": "Macedonia", "moldovan": "Moldova",
    "mongolian": "Mongolia", "burmese": "Burma", "cambodian": "Cambodia",
    "south african": "South Africa", "new zealand": "New Zealand", "northern irish": "Northern Ireland", "sri lankan": "Sri Lanka",
    "south korean": "South Korea", "north korean": "North Korea",
}


PEOPLE_WORDS = COUNTRY_OF.keys() | DEMONYM_NOUNS  # "American", "Briton": one of a people
EVENT_OR_BODY_WORDS = NAMED_BODY_NOUNS | {"awards", "prize", "cup", "championship", "championships", "open", "games", "grand"}


def country_named(m: Mention) -> Mention | None:
    """The mention as a name of the country its people's adjective stands for, or None when the
    adjective is no nationality the table knows (a party, a faith, a region's people)."""
    country = COUNTRY_OF.get(m.name.lower())
    if country is None:
        return None
    return replace(m, kind=MentionKind.NAME, name=country, type=EntityType.PLACE)


def national_titles(mentions: list[Mention], text: str) -> list[Mention]:
    """A person's full name that the tagger opened with a people's word ("Argentine David
    Nalbandian", "American Serena Williams") is the name after the word, which titles it: so the
    node is named as the person is, and a later "the Argentine" can find who was called that. A
    two-word name the tagger took for a place may be a person's too (`_person_by_given_name`)."""
    return [_person_by_given_name(_titled_by_people(m, text), text) for m in mentions]


def _person_by_given_name(m: Mention, text: str) -> Mention:
    """A two-word name the tagger took for a place ("Russia's Elena Dementieva", tagged a building)
    is a person's when it opens with a known given name and the text calls it by its last word
    alone ("... Dementieva said"), as news calls a person and never a place."""
    words = m.name.split()
    if m.kind is MentionKind.NAME and m.type is EntityType.PLACE and m.title is None and len(words) == 2 \
            and all(w.isalpha() and w.istitle() for w in words) and given_name_gender(words[0]) and _called_by_surname(words, text):
        return replace(m, type=EntityType.PERSON)
    return m


def _called_by_surname(words: list[str], text: str) -> bool:
    """The text calls the name by its last word alone somewhere ("Taylor Dent ... Dent won"), as news calls a person:
    after no capitalised word and no "the", which would make it a body's ("the Institute") or another name's."""
    for found in re.finditer(rf"\b{re.escape(words[-1])}\b", text):
        before = text[max(0, found.start() - 40):found.start()].split()
        if not before or before[-1][-1] in '.!?"\u201d' or not (before[-1][:1].isupper() or before[-1].lower() == "the"):
            return True  # also opening a sentence
    return False


def _titled_by_people(m: Mention, text: str) -> Mention:
    names = m.name.split()
    size = 2 if " ".join(names[:2]).lower() in PEOPLE_WORDS else 1  # "New Zealander Peter Jackson"
    first, words = " ".join(names[:size]), names[size:]
    rest = " ".join(words)
    before = text[max(0, m.span.start - 20):m.span.start].split()[-1:]  # "South" of "South African Ernie Els", left out of the name
    joined = " ".join([*before, first]).lower()
    people = joined if joined in PEOPLE_WORDS else first.lower()
    if m.kind is not MentionKind.NAME or m.title is not None or len(words) < 2 or not first.istitle() \
            or people not in PEOPLE_WORDS or not m.text.startswith(first + " "):
        return m
    if words[-1].lower() in BODY_NAME_ENDINGS | ORGANIZATION_HEADS or any(w.lower() in EVENT_OR_BODY_WORDS for w in words):
        return m  # "Scottish Borders Council", "American Film Institute", "American Music Awards": no person
    if not (m.type is EntityType.PERSON or m.type is None and given_name_gender(words[0])
            or m.type in (None, EntityType.ORGANIZATION) and len(words) == 2 and all(w.isalpha() and w.istitle() for w in words)
            and (_called_by_surname(words, text) or (people in DEMONYM_NOUNS or m.type is None and people in COUNTRY_OF)
                 and not {w.lower() for w in words} & PERSON_TITLES)):
        return m  # a name the tagger left untyped (or took for a body's) is a person's only with a known given name, or when
    # the text calls it by its last word alone ("American Taylor Dent ... Dent"), a man's noun titles it ("Frenchman Arnaud Clement")
    # or, the tagger typing none of it, a people's adjective does ("beat American Lee Carver")
    return replace(m, name=rest, text=m.text[len(first) + 1:], title=people, key=m.key.split(" ", first.count(" ") + 1)[-1],
                   type=EntityType.PERSON)
