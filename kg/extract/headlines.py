"""A headline in telegraphic style ("Short attacks US over aid", "FA charges Rovers") has a verb
in the present with no finite verb anywhere else, and the small model reads the line as one noun
phrase: the verb becomes a plural noun ("attacks/NNS") and the subject its modifier. The repair
re-parses such a line as subject - verb - object when the subject is a name the article's body
uses for a person, an organisation or a place (so "Tough rules for sellers" or "Oil prices rise"
stay), the word after it is a lower-case -s form (the tagger's plural noun, or its verb where
the parser already made it the head), and the rest is a noun phrase followed by prepositional
phrases. The subject is then marked as the body's name ("Short", "Mills": the tagger's adjective
or plural noun, which the entity recognizer passed over), so that it resolves to its person.
"""
from __future__ import annotations

from spacy.tokens import Span

NAME_LABELS = {"PERSON", "ORG", "GPE"}  # a body's names that may be a headline's subject
FINITE_OR_MODAL_TAGS = {"VBD", "VBZ", "VBP", "MD"}  # a headline with one of these has its verb already
NOUN_TAGS = {"NN", "NNS", "NNP", "NNPS"}
# Words of a noun phrase and the dependency each takes on the phrase's last noun.
PHRASE_DEPS = {"DT": "det", "PRP$": "poss", "CD": "nummod", "JJ": "amod", "JJR": "amod", "JJS": "amod",
               "NN": "compound", "NNS": "compound", "NNP": "compound", "NNPS": "compound"}
PREPOSITION_TAG = "IN"


def repair_title(docs: list, title: str | None, nlp) -> None:
    """Repair, in place, the doc among `docs` (an article's parsed paragraphs) that is its
    headline `title`, with the names the other paragraphs use; `nlp` lemmatizes the verb."""
    heads = [d for d in docs if title and d.text.strip() == title.strip()]
    if len(heads) != 1:
        return
    names = {}
    for doc in docs:
        for ent in doc.ents if doc is not heads[0] else ():
            if ent.label_ in NAME_LABELS:
                names.setdefault(ent.text, ent.label_)
                if ent.label_ == "PERSON":
                    names.setdefault(ent[-1].text, ent.label_)  # "Clare Short": "Short"
    repair_headline(heads[0], names, nlp)


def repair_headline(doc, body_names: dict[str, str], nlp) -> None:
    """Re-hang the headline `doc` (in place) as subject - verb - object when it is a telegraphic
    headline whose subject is one of `body_names` (names, and a person's last name, from the
    body, with their entity labels), and mark the subject as that name; `nlp` is the pipeline
    whose lemmatizer lemmatizes the verb."""
    verb_i = next((t.i for t in doc if t.is_lower and t.is_alpha), None)
    if not verb_i or doc[:verb_i].text not in body_names or len(list(doc.sents)) != 1:
        return
    if any(t.tag_ in FINITE_OR_MODAL_TAGS for t in doc if t.i != verb_i):
        return
    verb = doc[verb_i]
    if verb.tag_ not in ("NNS", "VBZ") or not verb.lower_.endswith("s") or verb.lower_.endswith("ss"):
        return
    phrases = _phrases(doc, verb_i + 1)
    if not phrases or phrases[0][0] is not None:
        return  # no object right after the verb: "Rovers fans in clash" is a noun phrase after all
    misread = [w for w in doc[:verb_i] if w.tag_ in ("JJ", "NN", "NNS")]  # "Short", "Mills": taken for common words
    for word in misread:
        word.tag_, word.pos_ = "NNP", "PROPN"
    if misread and not any(t.ent_type_ for t in doc[:verb_i]):  # a name the recognizer passed over
        doc.set_ents([Span(doc, 0, verb_i, label=body_names[doc[:verb_i].text])], default="unmodified")
    if verb.dep_ == "ROOT" and verb.tag_ == "VBZ":
        return  # the parser (or `kg.extract.repair`) has the verb heading the line already
    verb.head, verb.dep_ = verb, "ROOT"
    _hang(doc[:verb_i], verb, "nsubj")
    verb.tag_, verb.pos_ = "VBZ", "VERB"
    verb.set_morph("Number=Sing|Person=3|Tense=Pres|VerbForm=Fin")
    verb.lemma_ = nlp.get_pipe("lemmatizer").rule_lemmatize(verb)[0]
    for preposition, phrase in phrases:
        if preposition is None:
            _hang(phrase, verb, "dobj")
        else:
            preposition.head, preposition.dep_ = verb, "prep"
            _hang(phrase, preposition, "pobj")
    for mark in doc[verb_i + 1 :]:
        if mark.is_punct:
            mark.head, mark.dep_ = verb, "punct"


def _phrases(doc, start: int) -> list | None:
    """(preposition or None, noun phrase span) for the words from `start` to the end: a noun
    phrase, then prepositional phrases; None when the words are not of that shape."""
    phrases, i, end = [], start, len(doc)
    while end > start and doc[end - 1].is_punct:
        end -= 1
    while i < end:
        preposition = None
        if doc[i].tag_ == PREPOSITION_TAG:
            preposition, i = doc[i], i + 1
        j = i
        while j < end and doc[j].tag_ in PHRASE_DEPS:
            j += 1
        if j == i or doc[j - 1].tag_ not in NOUN_TAGS:
            return None
        phrases.append((preposition, doc[i:j]))
        i = j
    return phrases


def _hang(phrase, head, dep: str) -> None:
    """Hang the noun phrase `phrase` on `head` as `dep`, its words on its last noun."""
    noun = phrase[-1]
    noun.head, noun.dep_ = head, dep
    for word in phrase[:-1]:
        word.head, word.dep_ = noun, PHRASE_DEPS.get(word.tag_, "compound")
