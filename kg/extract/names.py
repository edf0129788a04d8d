"""Where a name's words begin and end when the tagger's span is cut short or runs on: a title
with an of-phrase ("Call of Duty", "Sports Personality of the Year"), a dash before a
parenthetical ("Deutsche Boerse - whose ..."), a word split at its hyphen ("mid-size"), a score
after a name ("Ancic 6-4"), a capitalised "A" or "My" opening a title ("My Family"), a trade
opening a sentence before a name ("Analyst Bill Thompson"), a rank apart from its superlative
("second largest"); and where a description's label ends: an outlet with its owner's name ("the
BBC News website"), a participle saying which ones ("the countries involved")."""
from __future__ import annotations

from spacy.tokens import Span as SpacySpan

from kg.extract.lexicon import (
    AGENT_SUFFIXES, CALENDAR_WORDS, COMPASS_ADJECTIVES, DESCRIBED_PERSON_HEADS, HONORIFICS, MEDIA_HEADS,
    NAME_PARTICLES, PARTY_NAME_OPENERS, PERSON_ROLE_HEADS, PERSON_TITLES, SHORT_HONORIFICS,
)
from kg.extract.body_briefs import lists_brief
from kg.extract.given_names import given_name_gender
from kg.extract.hyphens import DASHES
from kg.extract.posts import titled_by_owner
from kg.extract.scores import score_number
from kg.model import MentionKind

# Trades and positions a capitalised word before a person's name may be, as a sentence opens ("Striker
# Nicolas Anelka", "Actress Julia Roberts", "Lock Ben Kay"): a description, no part of the name.
# Not "star", "champion", "winner", "veteran": words that are also names ("Star Jones").
NAME_WORD_TRADES = {"star", "champion", "winner", "veteran"}  # trades that are also names ("Star Jones"): only before two words
NAME_OPENING_TRADES = DESCRIBED_PERSON_HEADS - NAME_WORD_TRADES - {"year-old"} | {
    "lock", "prop", "hooker", "flanker", "winger", "fly-half", "scrum-half", "full-back", "sprinter", "batsman",
    "bowler", "jockey", "skipper", "comedian", "presenter", "producer", "newcomer", "analyst", "briton", "adviser", "advisor", "broker",
    "agent", "wing", "dj", "beatle", "attorney", "solicitor", "barrister", "prosecutor",  # and bodies' trades ("Telco BT"):
    "telco", "miner", "carmaker", "retailer", "broadcaster", "insurer", "drugmaker", "chipmaker",
}
POST_NOMINALS = {"MEP", "MSP", "MLA", "QC", "KC", "OBE", "CBE", "MBE", "KBE"}  # "Ann Hale MEP": letters after a name, no word of it
# Kinds of work a sentence may open with before the work's title ("Drama Vera Drake won three awards").
OPENING_GENRES = {"comedy", "drama", "thriller", "documentary", "musical", "sitcom", "biopic", "film", "movie", "album", "novel", "cartoon"}
# Words that, opening a sentence, link it to the one before or set a name against another: no
# name starts with them ("Nevertheless Franz Ferdinand won", "Rival Sony said").
LINKING_OPENERS = {"nevertheless", "nonetheless", "meanwhile", "elsewhere", "instead", "however", "moreover",
                    "furthermore", "likewise", "similarly", "separately", "consequently", "rival", "fellow"}
TITLED_NAME_LABELS = {"WORK_OF_ART", "ORG", "PRODUCT", "EVENT", "LAW", "FAC"}  # names that may hold a verb: titles, bodies

POSTNOMINAL_ADVERBS = {"online", "offline", "abroad", "overseas", "worldwide", "nationwide"}  # "the number of Europeans online"
SENTENCE_OPENERS = {'"', "\u201c", "'", "\u2018", "``", ":", "(", *DASHES}  # a capital after these opens a sentence
TITLE_LINKS = {"of", "the", "and", "for", "&"}
TITLE_WORD_TAGS = {"PROPN", "NOUN", "NUM", "ADJ", "ADP", "DET", "CCONJ", "PRON", "VERB", "AUX"}  # words of a capitalised title  # small words inside a title: "Medal of Honor", "Lord of the Rings"


def post_modifiers(noun, keep=lambda modifier: True) -> list:
    """The words before a post's noun that say which post it is (those of its modifiers `keep` keeps),
    with the adjectives of a noun among them ("largest mutual life insurer", "foreign affairs spokesman"); no name."""
    return [t for c in noun.lefts if c.dep_ in ("amod", "compound") and not c.ent_type_ and keep(c)
            for t in (*(a for a in c.lefts if a.dep_ == "amod" and not a.ent_type_ and c.dep_ == "compound" or rank_of(a, c)), c)]


def _title_tail(doc, end: int) -> int:
    """The end of a title's capitalised of-phrase starting at token `end`, or `end` when none:
    "of the Year" after "Sports Personality", "of Duty" after "Call"."""
    i = end
    while i < len(doc) and doc[i].lower_ in TITLE_LINKS:
        i += 1
    if i == end or doc[end].lower_ not in ("of", "for") or i >= len(doc):
        return end
    last = end
    while i < len(doc) and (doc[i].is_title or doc[i].is_upper) and doc[i].pos_ in ("PROPN", "NOUN", "NUM"):
        last = i + 1
        i += 1
        while i < len(doc) and doc[i].lower_ in TITLE_LINKS and i + 1 < len(doc) and doc[i + 1].is_title:
            i += 1
    return last


TITLE_OPENERS = {"a", "an", "my", "your", "our", "his", "her"}  # "A Touch of Frost", "My Family"


def title_opener(word) -> bool:
    """An article or a possessive written with a capital inside a sentence, before a capitalised
    word: only a title's first word is written so ("appeared in My Family and A Touch of Frost"),
    so it belongs to the name ("The", also a paper's or a band's, is left to the tagger)."""
    doc, i = word.doc, word.i
    return (word.text[:1].isupper() and word.lower_ in TITLE_OPENERS and i > 0 and not opens_sentence(word)
            and doc[i - 1].text not in SENTENCE_OPENERS and i + 1 < len(doc) and doc[i + 1].is_title)


def leading_word(doc, i: int, end: int, label: str) -> bool:
    """Whether the word at `i`, opening the name that ends at `end`, is no part of it: an article (but the capital "The" of a
    one-word title, "The World"), a day or month ("On Tuesday Mitsubishi said"; "the Sunday Times" keeps it), a rank or a trade
    the tagger took into a person's name ("Striker Nicolas Anelka", "Rapper Eminem", "Rapper 50 Cent"), a kind of work opening the
    sentence before a title ("Comedy Meet The Fockers"), a word linking the sentence to the last ("Nevertheless"), a word
    before a closing bracket the name has not opened, or a participle opening the sentence."""
    word = doc[i]
    if ")" in (words := [t.text for t in doc[i : end - 1]]) and "(" not in words[: words.index(")")]:
        return True  # "the agency's (Nasa) Ames Research Center": the name opens after the bracket
    if title_opener(word):
        return False
    if word.lower_ in ("the", "a", "an"):
        return not (word.text == "The" and end - i == 2 and not word.is_sent_start and label in ("ORG", "WORK_OF_ART"))
    if word.lower_ in CALENDAR_WORDS:
        return not (i > 0 and doc[i - 1].lower_ == "the")
    if word.lower_ in LINKING_OPENERS and opens_sentence(word) and end - i > 1:
        return True  # "Nevertheless Franz Ferdinand", "Rival Sony"
    if (label in ("PERSON", "") or end - i > 2 or opens_sentence(word)) and end - i > 1 and opening_trade(word) and word.is_title \
            and (doc[i + 1].is_title or doc[i + 1].is_upper and len(doc[i + 1]) > 1 or doc[i + 1].like_num and end - i > 2):
        return True  # "Prop Phil Vickery", tagged a product; "Newcomers Keane" opening a sentence; "Rapper 50 Cent"
    if end - i > 2 and doc[i + 1].is_title and opens_sentence(word) and word.lower_ in OPENING_GENRES | NAME_WORD_TRADES:
        return True  # "Comedy Meet The Fockers": what the title is; "Star Ann Briar", not "Star Jones"
    return label == "PERSON" and word.lower_ in PERSON_TITLES - HONORIFICS and end - i > 2 or word.tag_ == "VBG" and word.dep_ == "advcl" \
        and opens_sentence(word) and any(c.dep_ == "dobj" and i < c.i < end for c in word.children)  # "Praising Celtic, she said"


def name_end(doc, start: int, end: int) -> int:
    """The end of a name spanning [start, end): past a capitalised of-phrase the tagger cut
    ("BBC Sports Personality of" -> "... of the Year") or the proper nouns up to the head of its
    last word ("Office of the Deputy" -> "... Deputy Prime Minister"), else before trailing dashes
    and small words ("Deutsche Boerse -" -> "Deutsche Boerse") or letters after a name ("QC"), and before a "the" that opens an owner ("told the
    Courier the Greens' plans": the paper's name, then whose plans)."""
    end = next((k for k in range(start + 1, end - 1) if doc[k].lower_ == "the" and doc[k - 1].lower_ not in TITLE_SMALL_WORDS
                and _owner(doc[k + 1])), end)
    if end - start > 1 and doc[end - 1].lower_ in TITLE_LINKS:
        longer = _title_tail(doc, end - 1)
        if longer > end - 1:
            return longer
    last = doc[end - 1]
    if end - start > 2 and last.ent_type_ in ("ORG", "FAC") and last.dep_ == "compound" and last.head.i >= end and all(
            t.pos_ == "PROPN" and not t.ent_type_ for t in doc[end : last.head.i + 1]) and not (
            last.head.dep_ == "compound" and last.head.head.ent_type_ == "PERSON"):  # "Medical Research Council Professor [Nancy Rothwell]"
        return last.head.i + 1  # "the Office of the Deputy [Prime Minister]": the name goes on to its head
    while end - start > 1 and (doc[end - 1].text in DASHES or doc[end - 1].lower_ in TITLE_LINKS or doc[end - 1].text in POST_NOMINALS
                               or _score_start(doc, end - 1) or _score_end(doc, start, end - 1) or _clause_verb(doc, start, end - 1)):
        end -= 1
    return end


def _clause_verb(doc, start: int, i: int) -> bool:
    """Whether token i, last of a tagged name, is the verb the name's words are the subject of
    ("[Pascal Cygan missed] Arsenal's best chance"): the clause's, no word of the name."""
    return doc[i].is_lower and doc[i].pos_ == "VERB" and any(
        t.head.i == i and t.dep_ in ("nsubj", "nsubjpass") for t in doc[start:i])


def _score_start(doc, i: int) -> bool:
    """"6" in "beat Mario Ancic 6-4": the first number of a score or range is no part of a name."""
    return score_number(doc[i]) and not doc[i].whitespace_ and i + 1 < len(doc) and doc[i + 1].text in DASHES


def _score_end(doc, start: int, i: int) -> bool:
    """"1" in "beat Olympiakos 3-1", a score the tagger took into the name: its last number, no spaces ("G-8" keeps its 8)."""
    return (score_number(doc[i]) and i - 2 > start and doc[i - 1].text in DASHES and score_number(doc[i - 2])
            and not doc[i - 2].whitespace_ and not doc[i - 1].whitespace_)


def titled_of_phrase(token) -> int | None:
    """The end of a title made of a capitalised noun and a capitalised of-phrase ("Call of Duty",
    "Medal of Honor", "Flying Without Wings"), or None: such a noun is the first word of a name,
    not a thing of its own."""
    if not token.is_title or token.pos_ not in ("NOUN", "PROPN") or token.ent_type_:
        return None
    if (end := _capitalised_link_tail(token)) is not None:
        return end
    if any(c.dep_ == "det" and not title_opener(c) or c.dep_ == "poss" and not titled_by_owner(c, token) for c in token.lefts):
        return None  # "the Call of Duty" is a name too, but "the Head of Sales" a role
    doc = token.doc
    if token.i + 1 >= len(doc) or doc[token.i + 1].lower_ != "of":
        return None
    end = _title_tail(doc, token.i + 1)
    if end < len(doc) and doc[end].tag_ == "POS":  # "Members of Van Gogh's family": the of-phrase runs on
        return None
    return end if end > token.i + 2 else None


def _capitalised_link_tail(token) -> int | None:
    """The end of a title whose second word is a preposition written with a capital inside a
    sentence ("Westlife's Flying Without Wings", "Dancer In The Dark"): only a title capitalises
    one, so the words are a name whatever stands before them. None when the next word is no such
    preposition or no capitalised word follows it."""
    doc = token.doc
    link = token.i + 1
    if link >= len(doc) or not doc[link].is_title or doc[link].pos_ != "ADP" or opens_sentence(doc[link]):
        return None
    end = link + 1
    while end < len(doc) and (doc[end].is_title or doc[end].is_upper) and doc[end].pos_ in TITLE_WORD_TAGS:
        end += 1
    while end > link + 1 and doc[end - 1].pos_ in ("ADP", "DET", "CCONJ"):
        end -= 1  # "... Without The": a title ends on a word of its own
    return end if end > link + 1 else None


def opens_sentence(token) -> bool:
    """A sentence's first word after a stop, not one where the parser split a title ("Dancer | In
    The Dark")."""
    return token.is_sent_start and (token.i == 0 or token.doc[token.i - 1].is_punct)


def sentence_role(word, name) -> bool:
    """A role noun opening the sentence, capitalised only for that, before a person's name:
    "Novelist Arthur Hailey", "Guitarist Ana Ruiz"."""
    return opens_sentence(word) and name.ent_type_ == "PERSON" and (word.lower_.endswith(AGENT_SUFFIXES) or opening_trade(word))


def opening_trade(word) -> bool:
    """A trade, or a word for where one is from, that news writes before a name, in the singular or
    for a pair ("Analyst Bill Thompson", "Sprinters Kostas Kenteris and Katerina Thanou")."""
    return word.lower_ in NAME_OPENING_TRADES or word.lower_.endswith("s") and word.lower_[:-1] in NAME_OPENING_TRADES


def known_name(token, mentions) -> bool:
    """A capitalised word opening its sentence that the tagger took for a common noun but that the
    text already used as a name: "Brenning emigrated to Canada" after "Novelist Arthur Brenning"."""
    return (opens_sentence(token) and token.is_title and token.pos_ == "NOUN" and not token.ent_type_
            and any(m.kind is MentionKind.NAME and token.text in m.name.split() for m in mentions))


def bare_participle(word, noun) -> bool:
    """A past participle alone right after a subject noun, saying which ones: "the firms involved"
    (after an object it may be a clause of its own: "ordered 30 projects halted", "had a shot blocked")."""
    return (word.head.i == noun.i and word.dep_ in ("acl", "amod") and word.tag_ == "VBN" and not any(True for _ in word.children)
            and noun.dep_ in ("nsubj", "nsubjpass"))


def outlet(token) -> bool:
    """"the BBC News website", "the China Daily newspaper": an outlet named by its owner's name."""
    return token.lemma_.lower() in MEDIA_HEADS and not token.ent_type_ and any(
        c.dep_ == "compound" and c.ent_type_ == "ORG" for c in token.lefts)


SUBJECT_POSITION_DEPS = {"nsubj", "nsubjpass"}  # where an apposition's name stands in for its head


def subject_apposition(token) -> bool:
    """A name set off after a subject ("A smaller service, Vidzo, was launched"): the name is
    what the subject is, so a later "it" may mean it as it may mean the subject."""
    return token.dep_ == "appos" and bool(token.ent_type_) and token.head.dep_ in SUBJECT_POSITION_DEPS and token.head.i < token.i


def hyphened(modifier, word: str) -> str:
    """`word` (the modifier's form) with the word hyphened onto the modifier before it: "fourth-largest",
    which the parser splits into an adverb, a hyphen and the adjective ("Japan's fourth-largest bank"
    is not its largest)."""
    doc, i = modifier.doc, modifier.i
    if i >= 1 and rank_of(doc[i - 1], modifier):  # "second largest", written apart
        return f"{doc[i - 1].lower_} {word}"
    return f"{doc[i - 2].lower_}-{word}" if i >= 2 and doc[i - 1].tag_ == "HYPH" and doc[i - 2].head.i == i else word


def rank_of(word, superlative) -> bool:
    """Whether `word` is the ordinal that ranks a superlative right after it: "second" in "the second
    largest producer" (the producer is not the largest)."""
    return superlative.tag_ == "JJS" and word.head.i == superlative.i == word.i + 1 and (word.ent_type_ == "ORDINAL" or word.lower_ == "next")


def cut_lead(doc, start: int) -> bool:
    """Whether the word before token `start`, the first of a body's name, is a capitalised word of
    that name the tagger cut off or tagged apart, inside a sentence (where a capital says name):
    "Liberal" in "said Liberal Democrat leader X", "All" in "by All England Club chairman X"; a
    party's opening adjective also at a sentence's start ("Liberal Democrat leader X said")."""
    if start == 0 or doc[start].ent_type_ not in ("ORG", "NORP", "FAC") or doc[start].ent_iob_ != "B":
        return False
    word = doc[start - 1]
    # at a sentence's start a capital says nothing, but a party's name may open with its adjective there
    inside = not word.is_sent_start and doc[start - 2].text not in SENTENCE_OPENERS or word.lower_ in PARTY_NAME_OPENERS
    return (word.is_title and word.is_alpha and len(word) > 1 and inside and bool(word.whitespace_)
            and word.dep_ in ("amod", "compound", "det", "nmod") and word.head.i >= start and word.ent_type_ in ("", "ORG")
            and word.lower_ not in ("the", "a", "an") and word.lower_ not in SHORT_HONORIFICS)


def holder_of_lead(token):
    """The root of the name that holds `token`, that name's cut-off first word tagged as a name of its own ("Liberal" -> the
    "Democrat" of "Liberal Democrat"); the person's name before letters after it ("Brian Monteith MSP"); else `token`."""
    doc, i = token.doc, token.i
    if token.text in POST_NOMINALS and i > 0 and doc[i - 1].ent_type_ == "PERSON":
        return doc[i - 1]
    if token.ent_iob_ != "B" or i + 1 >= len(doc) or doc[i + 1].ent_iob_ != "B" or not cut_lead(doc, i + 1):
        return token
    end = i + 2
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return doc[i + 1:end].root


def postnominal_adverb(token) -> bool:
    """Whether an adverb that says which of them ("online", "abroad") follows the noun, on the
    noun or hung by the parser on the verb after it ("the number of Europeans online rose")."""
    doc, after = token.doc, token.i + 1
    return (after < len(doc) and doc[after].lower_ in POSTNOMINAL_ADVERBS and doc[after].dep_ == "advmod"
            and (doc[after].head.i > after or doc[after].head.i == token.i))


def word_of_a_title(token) -> bool:
    """A capitalised verb inside a name the tagger found ("Meet" of the film "Meet the Fockers",
    "Crying" of "Crying Out Love") or inside a sentence (see `capital_inside_sentence`): a word of
    a name or a title, no verb of the sentence."""
    doc, i = token.doc, token.i
    return token.ent_type_ in TITLED_NAME_LABELS and token.is_title and not token.is_sent_start and (
        token.ent_iob_ == "I" or i + 1 < len(doc) and doc[i + 1].ent_iob_ == "I") or capital_inside_sentence(token)


def capital_inside_sentence(token, *, acronyms: bool = False) -> bool:
    """A word with a capital inside a sentence written in lower case, not after a quote, a colon,
    a dash or a bracket that opens a clause of its own ("the Leeds and Reading festivals", "Carry
    On Matron", "his hit Hide and Seek"): only a name or a title capitalises it there, so it is a
    word of one, not a verb of the sentence, whatever the tagger read ("Reading" as "read").
    A heading in title case ("Subs Not Used") capitalises every word and says nothing. With
    `acronyms`, a word all in capitals counts too ("the Nintendo DS")."""
    doc, i = token.doc, token.i
    if not (token.is_title or acronyms and token.is_upper and token.is_alpha) or token.is_sent_start \
            or doc[i - 1].text in SENTENCE_OPENERS | {"``", "''"}:
        return False
    return any(t.is_lower and t.is_alpha and t.pos_ in ("NOUN", "VERB", "ADJ", "ADV") for t in token.sent)


# Small words a title or a body's name holds between its capitalised words ("A Passage to India",
# "Top of the Pops", "Campaign for Borders Rail"); not "and", "on", "with" or "in", which as often
# join two names or a name and a place ("Blair and Brown", "Cottenham in Cambridgeshire").
RUN_LINKS = {"of", "the", "for", "to", "a", "an", "&"}
LAW_NOUNS = frozenset({"bill", "act"})  # "the Bill", "the Act": the law a story names, no man called Bill
TITLE_SMALL_WORDS = RUN_LINKS | {"and", "in", "on", "at", "with", "by", "from", "or"}  # written with a capital, inside a title
OFFICE_TITLES = {"attorney", "councillor", "councilor", "alderman"}  # titles that make no person on their own
NAME_TITLES = frozenset(PERSON_TITLES) | OFFICE_TITLES  # a word before a name that titles its holder
NOT_NAME_WORDS = NAME_TITLES | HONORIFICS | CALENDAR_WORDS  # capitalised, but no word of a name ("Secretary", "Monday")
COMMON_CAPITALS = {"TV", "DVD", "PC", "SMS", "IT", "DJ", "DJs", "QC", "AM", "PM", "CEO", "GP"}


def _stray_capital(word, *, titles: bool = False) -> bool:
    """A capitalised word inside a lower-case sentence that no name the tagger found holds and that
    is no rank, date, initial or common capitalised noun ("TV", "DJ"), nor a title unless `titles`
    (inside a name: "the Office of the Deputy Prime Minister"): a word of a name."""
    return (capital_inside_sentence(word, acronyms=True) and not word.ent_type_ and len(word) > 1 and word.text not in COMMON_CAPITALS
            and not any(ch.isdigit() for ch in word.text) and word.pos_ not in ("PRON", "DET", "SCONJ", "CCONJ", "PART", "PUNCT")
            and word.lemma_.lower().rstrip(".") not in (CALENDAR_WORDS if titles else NOT_NAME_WORDS))


def name_run(doc, start: int, end: int, label: str) -> tuple[int, int] | None:
    """The whole name when the one at [start, end) is a piece of it whose other words the tagger left
    out: capitalised words, alone in a lower-case sentence, next to it or a small word or two away
    ("Housewives" of "Desperate Housewives", "Office" of "the Office of the Deputy Prime Minister",
    "Sea" of "the premiere of Beyond the Sea"); None when the name is whole. A person's name "of" or
    "to" a body ("Gordon Redgate of Commodity Foods"), a place after "of" ("EVA of Taiwan") and a
    name the tagger did not find, across a small word ("a bid by Orion for Delta Air"), are two names."""
    links = RUN_LINKS - ({"of", "to", "for"} if label == "PERSON" else set()) if label else set()  # untagged: two names
    sent = doc[start].sent

    def title_link(word) -> bool:  # a small word written with a capital: a word inside a title ("Here To Stay")
        return word.is_title and word.lower_ in TITLE_SMALL_WORDS and not word.is_sent_start and doc[word.i - 1].text not in SENTENCE_OPENERS

    def titled(j: int) -> bool:  # capitals ending in a title: no name goes on ("UK Foreign Secretary Jack Straw")
        while j < sent.end and (doc[j].is_title or doc[j].is_upper) and doc[j].lemma_.lower() not in NAME_TITLES:
            j += 1
        return j < sent.end and doc[j].lemma_.lower() in NAME_TITLES

    first, last = start, end
    while True:
        i = first - 1
        while i >= max(sent.start, first - 2) and (doc[i].lower_ in links or title_link(doc[i])):
            i -= 1
        if i >= sent.start and _stray_capital(doc[i]) and not (doc[first - 1].lower_ == "of" and label in ("GPE", "LOC")):
            first = i
            continue
        first -= first > sent.start and title_link(doc[first - 1]) and doc[first - 1].lower_ not in ("the", "a", "an")  # "Here To Stay"
        break
    while True:
        j = last
        while j < min(sent.end, last + 2) and (doc[j].lower_ in links or title_link(doc[j])):
            j += 1
        if j < sent.end and _stray_capital(doc[j], titles=j > last or last > end) and not (j == last == end and titled(j)):
            last = j + 1
            continue
        last += title_link(doc[last]) if last < sent.end else 0  # "Carry On at your Convenience": "Carry On"
        break
    return (first, last) if (first, last) != (start, end) else None


def _owner(word) -> bool:
    """Whether `word` opens a possessive that owns a noun of its own ("the Tories' plans")."""
    while word.dep_ == "compound" and word.head.i > word.i:
        word = word.head
    return word.dep_ == "poss"


def whole_name(doc, start: int, end: int, label: str) -> tuple[int, int] | None:
    """The name at [start, end) with the words the tagger left out of it (`name_run`) when the parser
    reads them all as one noun's phrase; None when it reads them apart ("the premiere of Beyond[prep]
    the Sea") or they would begin or end on a small word ("Carry On at your Convenience"): a broken piece."""
    if (run := name_run(doc, start, end, label)) is None:
        return start, end
    roots = [t for t in doc[run[0]:run[1]] if not run[0] <= t.head.i < run[1] or t.head.i == t.i]
    if len(roots) == 1 and roots[0].dep_ == "compound" and roots[0].head.ent_type_ == "PERSON":
        return start, end  # words before a person's name title the person: "Nottingham City Councillor Brian Parbutt"
    if len(roots) > 1 or roots[0].pos_ not in ("NOUN", "PROPN", "NUM") or doc[run[0]].lower_ in TITLE_SMALL_WORDS \
            or doc[run[1] - 1].lower_ in TITLE_SMALL_WORDS:
        return None
    return run


def descriptor_word(word) -> bool:
    """A lower-case word before or inside a name, other than a particle names hold ("van", "bin")
    or a direction ("northern England"): a word that describes the name ("DJ duo[NNP] JK") or a
    verb the tagger took for a name ("overcame[NNP] Melzer"), no word of the name."""
    return word.is_lower and word.is_alpha and word.lower_ not in NAME_PARTICLES | COMPASS_ADJECTIVES


def split_at_descriptors(doc) -> None:
    """Cut, in place, each tagged name of a person, a body or a place that holds a lower-case common
    noun before a capitalised word ("Barcelona star Ronaldinho" tagged one body): the noun describes
    the name after it, which is a person's when the noun names a person ("star", "chief"); the
    capitalised words before the noun ("Barcelona") stay a name of the tagger's kind."""
    spans, outside = [], []
    for ent in doc.ents:
        if ent.label_ not in ("PERSON", "ORG", "GPE", "NORP", "FAC", "LOC", "PRODUCT"):
            continue
        noun = next((t for t in ent[1:-1] if t.pos_ == "NOUN" and descriptor_word(t) and doc[t.i + 1].is_title  # not "Co-operation and"
                     and any(u.is_title for u in ent[t.i - ent.start + 1:])), None)
        if noun is None:
            continue
        person = noun.lemma_.lower() in DESCRIBED_PERSON_HEADS | PERSON_ROLE_HEADS
        spans.append(SpacySpan(doc, noun.i + 1, ent.end, label="PERSON" if person else ent.label_))
        before = doc[ent.start:noun.i]
        named = all(t.is_title or t.is_upper or not t.is_alpha for t in before)
        spans += [SpacySpan(doc, ent.start, noun.i, label=ent.label_)] * named
        outside.append(SpacySpan(doc, noun.i if named else ent.start, noun.i + 1))
    if spans:
        doc.set_ents(spans, outside=outside, default="unmodified")


def split_at_commas(doc) -> None:
    """Cut, in place, each tagged name of a person or a body that holds a comma between capitalised
    words ("Ferry, Mackay", "Burnley, Crystal Palace" tagged one name): the comma lists two names.
    A name whose words go on to an "&" is a title of that shape and is left whole; one that goes on
    to an "and" lists its last name after it too ("Ferry, Mackay and Eno")."""
    spans, outside = [], []
    for ent in doc.ents:
        commas = [t.i for t in ent[1:-1] if t.text == "," and doc[t.i - 1].is_title and doc[t.i + 1].is_title]
        if ent.label_ not in ("PERSON", "ORG") or not commas or any(t.text == "&" for t in doc[commas[0]:ent.end]) or lists_brief(ent):
            continue  # "Mind, Body & Soul", "Earth, Wind & Fire": one title; "the Department for Culture, Media and Sport"
        commas += [t.i for t in doc[commas[-1]:ent.end - 1] if t.lower_ == "and"]  # "Ferry, Mackay and Eno"
        bounds = [ent.start, *commas, ent.end]
        spans += [SpacySpan(doc, a + (a != ent.start), b, label=ent.label_) for a, b in zip(bounds, bounds[1:])]
        outside += [SpacySpan(doc, i, i + 1) for i in commas]
    if spans:
        doc.set_ents(spans, outside=outside, default="unmodified")


NUMBER_WORDS = {w: n for n, w in enumerate(("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"), 1)}


def join_numbered_names(doc) -> None:
    """Widen, in place, each tagged name of a body or a thing that a capitalised number word right
    after it completes ("BBC Three", "Formula One", "Channel Four"): a count is not capitalised."""
    spans = [SpacySpan(doc, ent.start, ent.end + 1, label=ent.label_) for ent in doc.ents
             if ent.label_ in ("ORG", "FAC", "PRODUCT", "EVENT") and ent.end < len(doc) and doc[ent.end].is_title
             and doc[ent.end].lower_ in NUMBER_WORDS and doc[ent.end].ent_type_ in ("", "CARDINAL") and not doc[ent.end].is_sent_start]
    for span in spans:
        number = span[-1]
        if number.dep_ == "nummod" and number.head.i != span[-2].i and not any(a.i == number.i for a in span[-2].ancestors):
            number.head, number.dep_ = span[-2], "compound"  # "BBC Three controller": the number was the controller's
    if spans:
        doc.set_ents(spans, default="unmodified")


def widen_cut_names(doc) -> None:
    """Widen, in place, the tagged names the tagger cut short: by a number word after them
    (`join_numbered_names`) or by the head before the "of" they open ("Republic [of Ireland]",
    when "Republic" opens the sentence): a name never starts with a lower-case "of"."""
    join_numbered_names(doc)
    spans = [SpacySpan(doc, ent.start - 1, ent.end, label=ent.label_) for ent in doc.ents
             if ent[0].lower_ == "of" and ent[0].is_lower and ent.start > 0 and doc[ent.start - 1].is_title
             and doc[ent.start - 1].pos_ == "PROPN" and not doc[ent.start - 1].ent_type_]
    if spans:
        doc.set_ents(spans, default="unmodified")


def leading_number(doc, start: int) -> bool:
    """A number opening the name at `start` ("50 Cent", "24 Hour Party People"): no count ("300 Spartans"), date, sum or score."""
    number, first = doc[start - 1], doc[start]
    return number.pos_ == "NUM" and number.text[:1].isdigit() and (number.ent_type_ in ("", "ORDINAL", "CARDINAL") or number.ent_type_
                                                                    in ("TIME", "DATE") and first.ent_iob_ == "I") \
        and first.tag_ == "NNP" and first.is_title and number.head.i >= start and "-" not in number.text


def numbered_name(token) -> bool:
    """A capitalised word inside a sentence that the tagger left out of any name and that a
    number right after it completes: "the Pop 100", "the Top 40", "Channel 4"."""
    doc, i = token.doc, token.i
    if token.is_sent_start or not token.is_title or token.pos_ not in ("NOUN", "PROPN") or i + 1 >= len(doc):
        return False
    number, after = doc[i + 1], doc[i + 2] if i + 2 < len(doc) else None  # a name of more words, or tagged: "Band Aid 20", "Doom 3"
    return number.tag_ == "CD" and number.dep_ == "nummod" and number.head.i == i and number.ent_type_ in ("", "CARDINAL") and (
        not token.ent_type_ and not any(c.dep_ != "det" for c in token.lefts) or number.is_digit and (after is None or after.pos_ in (
            "VERB", "AUX", "PUNCT", "ADP", "CCONJ") and after.text not in DASHES and not after.is_digit))  # no score: "Leeds 2 Hull 1"


def shared_surname(doc, start: int, end: int) -> str | None:
    """The surname a lone given name shares with the full name joined to it by "and" ("Mike and Bob
    Bryan": Mike Bryan; "Venus and Serena Williams"), or None: both words must be given names news
    knows, and the full name two words a person's."""
    after = end + 1
    if end - start != 1 or after + 2 > len(doc) or doc[end].lower_ != "and" or doc[after].ent_type_ != "PERSON":
        return None
    full = [t for t in doc[after : after + 3] if t.ent_type_ == "PERSON" and t.pos_ == "PROPN"]
    if len(full) != 2 or full[1].i + 1 < len(doc) and doc[full[1].i + 1].ent_type_ == "PERSON" and doc[full[1].i + 1].ent_iob_ == "I":
        return None
    return full[1].text if given_name_gender(doc[start].text) and given_name_gender(full[0].text) else None
