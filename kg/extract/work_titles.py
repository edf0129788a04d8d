"""Titles of works named right after the noun that says what they are ("the film Bride and
Prejudice", "the comedy Meet the Fockers", "the remake Assault On Precinct 13"), which the tagger
cuts into pieces or misses and the parser reads as a list, a verb or a phrase of the sentence.

After a singular noun for a work (kg.extract.lexicon.WORK_NOUNS), two or more capitalised words that
follow with a small word between them ("and", "the", "of", "on"), or an owner's "'s" ("Howl's Moving
Castle"), are one title: the words are tagged
as one work's name and hung on its last word, which is in apposition to the noun (capitalised words
with no small word between them the tagger reads well enough). A comma ends the title ("the film
Titanic, Kate Winslet said") unless capitalised words after it go on to an "and" ("Lock, Stock and
Two Smoking Barrels"), and so does any lower-case word other than the small ones ("the film Titanic
director James Cameron"). No title runs into the next sentence ("the Today programme. Mr Blair ..."),
opens with an honorific, or follows "game" or "series", which also name matches; a lower-case
"with", "by" or "from" before a person's name ends it ("the song Here We Go Again with Norah Jones").
Capitalised words joined by "and" that a verb in the singular takes as its subject are one name
too ("Harry Potter and the Half-Blood Prince takes up the story", "Marks and Spencer has cut"), and
so are capitalised words with a small word between them after a broadcaster's "'s" ("BBC One's
Breakfast with Frost programme"), unless a person's name comes before the small word ("the BBC's
Ann Cole in Paris").
"""
from __future__ import annotations

from spacy.tokens import Span as SpacySpan

from kg.extract.lexicon import HONORIFICS, WORK_NOUNS
from kg.extract.names import TITLE_SMALL_WORDS

# Work nouns that also name a match or a round of them ("the Group B game Cameroon's Sable Batie won"): no title after them
SPORTING_WORK_NOUNS = {"game", "series"}
TITLES_FOUND = "work_titles"  # doc.user_data key: the words of each title found after a noun for a work
CREDIT_WORDS = {"with", "by", "from"}  # in lower case before a person's name: a credit after the title
LIST_WORDS = {"and", "or"}
BROADCAST_WORDS = {"BBC", "ITV", "Radio", "Channel", "Sky", "CNN", "CBS", "NBC", "ABC"}  # an owner whose programmes titles follow


def join_work_titles(doc) -> None:
    """Tag and hang, in place, each title that follows a noun for a work (see the module's doc)."""
    spans = []
    for noun in doc:
        read_adjective = noun.tag_ == "JJ" and noun.dep_ == "amod" and noun.i > 0 and doc[noun.i - 1].dep_ in ("det", "poss")
        read_verb = noun.tag_ in ("VB", "VBP") and noun.dep_ in ("pobj", "dobj", "nsubj", "attr") and any(c.dep_ == "det" for c in noun.children)
        if not (noun.tag_ == "NN" or read_adjective or read_verb) or noun.lemma_.lower() not in WORK_NOUNS - SPORTING_WORK_NOUNS \
                or noun.i + 1 >= len(doc):
            continue  # "the novel[JJ] Harbour of the Lost Kings": a noun, as the title after it says
        start = noun.i + 1 + (doc[noun.i + 1].text == "," and noun.i + 2 < len(doc))  # "his latest film, Howl's Moving Castle,"
        end = _title_end(doc, start)
        if end is None or start > noun.i + 1 and (end < len(doc) and doc[end].text not in (",", ".") or _listed_words(doc, start)) \
                or _already_whole(doc, noun, end):
            continue  # after a comma only a title the next comma or the stop closes: "the film, Ray, and the play": no list
        span = SpacySpan(doc, start, end, label="WORK_OF_ART")
        if _overlaps(span, spans) or not span.start <= noun.head.i < span.end \
                and any(span.start <= a.i < span.end for a in noun.ancestors):
            continue  # a noun the parser hung below a word of the title, through others: left as it is
        spans.append(span)
        if read_adjective or read_verb:  # "the night show[VBP] Bethan and Huw in Wales": a noun, as the title after it says
            noun.tag_, noun.pos_ = "NN", "NOUN"
        _hang_on_noun(noun, span)
    if spans:
        doc.set_ents(spans, default="unmodified")
    spans += [span for span in singular_pairs(doc) if span.label_ == "WORK_OF_ART"] + colon_titles(doc) + titles_before_works(doc) + outlet_titles(doc)
    doc.user_data[TITLES_FOUND] = [tuple(t.text for t in span) for span in spans]


def colon_titles(doc) -> list:
    """Tag and hang in place, and return, the titles written as capitalised words, a colon and more
    capitalised words inside a sentence ("Metallica: Some Kind Of Monster was named best
    documentary", "the game Hitman: Contracts"), which the tagger cuts at the colon. Not a colon
    that opens what someone says or a list ("told the BBC: \"...", "Wales: G Thomas; H Luscombe"),
    nor a heading's ("Update: Shares fell"): at a sentence's start the part after the colon must be
    two capitalised words or more."""
    spans = []
    for colon in doc:
        if colon.text != ":" or colon.is_sent_start or colon.i + 1 >= len(doc) or colon.nbor(-1).sent != colon.nbor(1).sent:
            continue
        start = _capitals_start(doc, colon.i)
        end = _capitals_end(doc, colon.i + 1)
        after = doc[end] if end < len(doc) else None
        if start == colon.i or end == colon.i + 1 or after is not None and (after.text in (";", ":", "(", "-") or after.is_title) \
                or start == colon.sent.start and sum(map(_capital, doc[colon.i + 1 : end])) < 2 or _overlaps(doc[start:end], spans):
            continue
        span = SpacySpan(doc, start, end, label="WORK_OF_ART")
        _lift_clause(span)
        if _wrapped(span):
            continue  # "Shaun of The Dead and Bridget Jones: ...": left as parsed
        spans.append(span)
        hang_in_place(span)
    if spans:
        doc.set_ents(spans, default="unmodified")
    return spans


def titles_before_works(doc) -> list:
    """Tag and hang in place, and return, the titles named right before a comma and an apposition
    whose noun is a work's ("Man to Man, a historical epic starring X, opens the festival"):
    capitalised words with a small word between them, which the tagger leaves untagged or cuts."""
    spans = []
    for noun in doc:
        comma = noun.left_edge.i - 1
        if noun.dep_ != "appos" or noun.tag_ != "NN" or noun.lemma_.lower() not in WORK_NOUNS or comma < 2 \
                or doc[comma].text != "," or noun.left_edge.lower_ not in ("a", "an", "the"):
            continue
        start = _capitals_start(doc, comma)
        inside = doc[start:comma]
        if sum(map(_capital, inside)) < 2 or not any(t.lower_ in TITLE_SMALL_WORDS for t in inside[1:]) \
                or not start <= noun.head.i < comma or _tagged_whole(doc, start, comma) or _overlaps(inside, spans) or _wrapped(inside):
            continue  # one name the tagger has, or words the sentence wraps round: left as parsed
        spans.append(SpacySpan(doc, start, comma, label="WORK_OF_ART"))
        hang_in_place(spans[-1])
    if spans:
        doc.set_ents(spans, default="unmodified")
    return spans


def outlet_titles(doc) -> list:
    """Tag and hang in place, and return, the titles of programmes named after a broadcaster's
    "'s" ("told BBC One's Breakfast with Frost programme", "BBC Radio Four's the World at One"):
    capitalised words with a small word between them, whoever's name the tagger finds among them."""
    spans = []
    for mark in doc:
        if mark.tag_ != "POS" or mark.i < 1 or mark.i + 2 >= len(doc) \
                or not BROADCAST_WORDS & {t.text for t in doc[_capitals_start(doc, mark.i):mark.i]}:
            continue
        start = mark.i + 1 + (doc[mark.i + 1].lower_ == "the")
        end = _capitals_end(doc, start)
        inside = doc[start:end]
        small = next((t.i for t in inside if t.lower_ in TITLE_SMALL_WORDS), None)
        if sum(map(_capital, inside)) < 2 or small is None or any(t.ent_type_ == "PERSON" for t in doc[start:small]) \
                or _tagged_whole(doc, start, end) or _overlaps(inside, spans) or _wrapped(inside):
            continue  # "the BBC's Sarah Rainsford in Moscow": a reporter, and where she is
        spans.append(SpacySpan(doc, start, end, label="WORK_OF_ART"))
        hang_in_place(spans[-1])
    if spans:
        doc.set_ents(spans, default="unmodified")
    return spans


def _capitals_start(doc, end: int) -> int:
    """The start of the capitalised words that end right before `end`, small words between them
    included ("Call of Duty"), inside the sentence; `end` where none are."""
    start = i = end
    while i > doc[end].sent.start and (_capital(doc[i - 1]) or doc[i - 1].lower_ in TITLE_SMALL_WORDS - LIST_WORDS and start < end):
        i -= 1
        start = i if _capital(doc[i]) else start
    return start


def _lift_clause(span) -> None:
    """Make the title one phrase in the place of the subject the parser found inside it, when it
    found one: the words before the colon, made the sentence's root or a clause of their own
    ("Bridget Jones[ROOT]: The Edge of Reason was named[acl]"), become the subject's, and its verb
    the root again. Not where the verb hangs, through others, on a word of the title."""
    inside = lambda token: span.start <= token.i < span.end  # noqa: E731
    subject = next((t for t in span if t.dep_ in ("nsubj", "nsubjpass") and not inside(t.head)), None)
    if subject is None or not inside(subject.head.head) and any(inside(a) for a in subject.head.ancestors):
        return
    verb = subject.head
    if inside(verb.head):
        verb.head, verb.dep_ = verb, "ROOT"
    for token in span:
        if token.i != subject.i and (not inside(token.head) or token.head.i == token.i):
            token.head, token.dep_ = subject, "compound"


def _capital(token) -> bool:
    return (token.is_title or token.is_upper) and token.is_alpha or token.like_num


def _capitals_end(doc, start: int) -> int:
    """The end of the capitalised words from `start`, small words between them included ("The Edge of
    Reason"), but not an "and" or an "or", which more often joins two things than runs on a title."""
    end = i = start
    while i < len(doc) and (_capital(doc[i]) or doc[i].lower_ in TITLE_SMALL_WORDS - LIST_WORDS and end > start):
        if _capital(doc[i]):
            end = i + 1
        i += 1
    return end


def singular_pairs(doc) -> list:
    """Tag and hang in place, and return, the capitalised words joined by "and" that stand as the
    subject of a verb in the singular ("Harry Potter and the Half-Blood Prince takes up the story",
    "Marks and Spencer has cut prices"): one work's or one body's name, not two things."""
    spans = []
    for verb in doc:
        head = verb.head if verb.dep_ in ("aux", "auxpass") else verb
        first = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < head.i), None) if verb.tag_ == "VBZ" else None
        second = next((c for c in first.children if c.dep_ == "conj"), None) if first is not None else None
        if second is None or not any(c.dep_ == "cc" and c.lower_ in ("and", "&") for c in first.children):
            continue
        span = doc[first.left_edge.i : second.right_edge.i + 1]
        if span.end > verb.i or len(span) < 3 or not all(t.is_title or t.is_upper or t.lower_ in TITLE_SMALL_WORDS | {"&"} for t in span) \
                or _overlaps(span, spans):
            continue
        spans.append(SpacySpan(doc, span.start, span.end, label="ORG" if any(t.ent_type_ == "ORG" for t in span) else "WORK_OF_ART"))
        hang_in_place(spans[-1])
    if spans:
        doc.set_ents(spans, default="unmodified")
    return spans


def repeated_titles(docs: list) -> None:
    """Tag, in place, each later or earlier mention of a title the article gave after a noun for a
    work ("Howl's Moving Castle set a box office record" after "his latest film, Howl's Moving
    Castle"): the same words, written alike, are one work's name, hung on its last word where the
    phrase of the words stood in the sentence."""
    titles = {words for doc in docs for words in doc.user_data.get(TITLES_FOUND, ())}
    for doc in docs:
        spans = []
        for words in sorted(titles, key=len, reverse=True):
            for i in range(len(doc) - len(words) + 1):
                if doc[i].text != words[0] or tuple(t.text for t in doc[i : i + len(words)]) != words:
                    continue
                span = SpacySpan(doc, i, i + len(words), label="WORK_OF_ART")
                whole = doc[i].ent_type_ == "WORK_OF_ART" and _tagged_whole(doc, span.start, span.end)
                if whole or _overlaps(span, spans) or _wrapped(span):
                    continue  # the title's words wrap round a word of the sentence: left as parsed
                spans.append(span)
                hang_in_place(span)
        if spans:
            doc.set_ents(spans, default="unmodified")


def hang_in_place(span) -> None:
    """Make the title's last word take the place of the words' phrase in the sentence (the first of
    its words the parser hung outside them), and the other words its compounds."""
    last = next(t for t in reversed(span) if not t.like_num and t.lower_ not in TITLE_SMALL_WORDS)  # "World at One": World
    root = _phrase_root(span)
    if root.i != last.i:
        last.head, last.dep_ = (last, "ROOT") if root.head.i == root.i else (root.head, root.dep_)
    for token in span:
        for child in list(token.children):
            if not span.start <= child.i < span.end:
                child.head = last
    for token in span:
        if token.i != last.i:
            token.head, token.dep_ = last, "nummod" if token.i > last.i else "compound"
    last.tag_, last.pos_ = "NNP", "PROPN"


def _title_end(doc, start: int) -> int | None:
    """The end of the title that starts at `start`, or None when no title of two or more capitalised words
    with a small word between them starts there, inside the sentence ("the Today programme Mr Blair ...": no title)."""
    if not (doc[start].is_title or doc[start].is_upper) or doc[start].pos_ == "PRON":
        return None
    end, capitals, credited = start, 0, False
    for token in doc[start:]:
        if token.is_title or token.is_upper:
            capitals += 1
            end = token.i + 1
        elif token.like_num and end == token.i and capitals:
            end = token.i + 1  # "Precinct 13"
        elif _inner_possessive(doc, token) and end == token.i:
            continue  # "Howl's Moving Castle", "Dead Man's Shoes": an owner inside the title
        elif token.lower_ in CREDIT_WORDS and token.i + 1 < len(doc) and doc[token.i + 1].ent_type_ == "PERSON":
            credited = end == token.i  # "Here We Go Again with Norah Jones": who sang it with him, no word of the title
            break
        elif not (token.lower_ in TITLE_SMALL_WORDS or token.text == "," and capitals and _listed_words(doc, token.i + 1)):
            break
    inside = doc[start:end]
    return end if capitals >= 2 and (credited or any(t.lower_ in TITLE_SMALL_WORDS or _inner_possessive(doc, t) for t in inside)) and not any(t.is_sent_start for t in inside) \
        and doc[start].lower_.rstrip(".") not in HONORIFICS else None


def _inner_possessive(doc, token) -> bool:
    """An "'s" written onto a capitalised word, with a capitalised word after it: a title's."""
    return token.tag_ == "POS" and not doc[token.i - 1].whitespace_ and doc[token.i - 1].is_title \
        and token.i + 1 < len(doc) and doc[token.i + 1].is_title


def _listed_words(doc, i: int) -> bool:
    """Whether capitalised words from i go on to an "and" and more capitalised words, none a person's
    name: "Lock, Stock and Two Smoking Barrels" is one title, "Titanic, Kate Winslet said" is not."""
    while i < len(doc) and doc[i].is_title and doc[i].ent_type_ != "PERSON":
        i += 1
    return i + 1 < len(doc) and doc[i].lower_ == "and" and (doc[i + 1].is_title or doc[i + 1].like_num)


def _already_whole(doc, noun, end: int) -> bool:
    """Whether the tagger has the words as one name that the parser reads as one phrase on `noun`."""
    start = noun.i + 1
    heads = [t for t in doc[start:end] if not start <= t.head.i < end or t.head.i == t.i]
    return _tagged_whole(doc, start, end) and len(heads) == 1 and heads[0].head.i == noun.i


def _tagged_whole(doc, start: int, end: int) -> bool:
    """Whether the tagger has doc[start:end] as one name, neither more nor less."""
    return doc[start].ent_iob_ == "B" and all(t.ent_iob_ == "I" for t in doc[start + 1:end]) \
        and (end == len(doc) or doc[end].ent_iob_ != "I")


def _phrase_root(span):
    """The first of the span's words that the parser hung outside it (or on nothing)."""
    return next(t for t in span if not span.start <= t.head.i < span.end or t.head.i == t.i)


def _wrapped(span) -> bool:
    """Whether the span's words wrap round a word of the sentence: the word its phrase hangs on hangs,
    through others, on a word of the span (joining the words would make the parse a cycle)."""
    return any(span.start <= a.i < span.end for a in _phrase_root(span).head.ancestors)


def _overlaps(span, spans) -> bool:
    return any(s.start < span.end and span.start < s.end for s in spans)


def _hang_on_noun(noun, span) -> None:
    """Make the title's last word an apposition of `noun` and the other words its compounds; a noun
    the parser hung inside the title takes the title's place in the sentence, with the words before it
    ("the"). A number ending the title counts its last word ("Assault On Precinct 13")."""
    last = next(t for t in reversed(span) if not t.like_num)
    if span.start <= noun.head.i < span.end:
        root = next((t for t in span if not span.start <= t.head.i < span.end and t.i != noun.i), None)
        if root is None or root.head.i == root.i:
            noun.head, noun.dep_ = noun, "ROOT"
        else:
            noun.head, noun.dep_ = root.head, root.dep_
    for token in span:
        for child in list(token.children):
            if not span.start <= child.i < span.end and child.i != noun.i:
                child.head = noun if child.i < noun.i else last  # "the" is the noun's; a phrase after, the title's
    last.head, last.dep_ = noun, "appos"
    last.tag_, last.pos_ = "NNP", "PROPN"  # "Kings[NNS]" of "Harbour of the Lost Kings": a name's word
    for token in span:
        if token.i != last.i:
            token.head, token.dep_ = last, "nummod" if token.i > last.i else "compound"
