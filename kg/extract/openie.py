"""Open information extraction: (relation, arg1, arg2, ...) tuples as token spans of a sentence.

The clause analysis is `kg.extract.clauses.clause_frame`, the one `kg build` uses for its relations;
this module only renders a frame the open-IE way, in the sentence's own tokens: arguments are
whole phrases (a token's subtree, cut where it would swallow the clause itself), the relation
carries the auxiliaries, negation, particle and, when the verb has no object, the preposition
("did not approve", "taught at"), and time and place phrases follow as further arguments. A list
object gives one extraction per item, and a subject pronoun is written as the earlier subject of
the sentence it stands for ("The bank said [it] would ..." -> The bank).
Output follows the CaRB benchmark's tabbed format (Bhardwaj et al., EMNLP 2019).
"""
from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from enum import Enum
from pathlib import Path

from kg.errors import InputError
from kg.extract.clauses import (
    COMPLEMENT_DEPS,
    LINKING_VERBS,
    OBJECT_DEPS,
    PASSIVE_SUBJECT_DEPS,
    SPEECH_VERBS,
    SUBJECT_DEPS,
    ClauseFrame,
    WH_TAGS,
    SubjectRule,
    clause_frame,
    is_clause_head,
    shares_passive,
)
from kg.extract.nominal import (
    PURPOSE_DEPS,
    apposition,
    examples,
    noun_location,
    possession,
    purpose,
    title,
)
from kg.extract.parse import load_model, parse_words
from kg.extract.places import containing_places
from kg.extract.spans import (
    IMPLIED_BE,
    Argument,
    ExtractionRule,
    OpenExtraction,
    joined_by_ampersand,
    list_item,
    phrase,
)

# Penn Treebank escapes -> what the tagger was trained on; the output keeps the escapes
PTB_WORDS = {
    "-LRB-": "(", "-RRB-": ")", "-LSB-": "[", "-RSB-": "]", "-LCB-": "{", "-RCB-": "}",
    "``": '"', "''": '"', "`": "'",
}
CLAUSE_HEAD_POS = {"VERB", "AUX"}  # what an infinitive complement must be to merge with its governor
VERB_GROUP_DEPS = {"aux", "auxpass", "neg", "prt"}  # words that belong to the verb: "has not been taken", "picked up"
# further arguments (arg3...) besides prepositional phrases: "last week", "temporarily",
# "allowed employees [to dress casually]"
CIRCUMSTANCE_DEPS = {"npadvmod", "tmod", "advmod", "xcomp"}
# verbs whose clausal object may come first ("Prices rose, he said"); before other verbs a
# clause is a clause of its own, attached there by the parser
REPORTING_VERBS = SPEECH_VERBS | {
    "believe", "think", "know", "suspect", "expect", "hope", "feel", "fear", "estimate", "predict", "report",
    "suggest", "indicate", "show", "find", "agree", "admit", "deny", "contend", "maintain",
}
SUBJECT_CUT_DEPS = {"appos"}  # a subject leaves out its apposition, which gets its own "be" extraction
# confidence of a clause by how its subject was found: stated, or inferred through a rule
RULE_CONFIDENCE = {
    SubjectRule.DIRECT: 0.9,
    SubjectRule.RELATIVE: 0.8,
    SubjectRule.AGENT: 0.85,
    SubjectRule.MODIFIED_NOUN: 0.7,
    SubjectRule.OBJECT_CONTROL: 0.75,
    SubjectRule.INHERITED: 0.75,
    SubjectRule.NONE: 0.5,
}
# how much a clause's position is trusted: main clauses parse best; a clause inside a
# prepositional phrase ("by [raising taxes]") is as often a noun as a clause
CLAUSE_CONFIDENCE = {"ROOT": 1.0, "conj": 0.95, "xcomp": 0.95, "pcomp": 0.7, "prep": 0.7}
EMBEDDED_CONFIDENCE = 0.85  # any other clause: ccomp, advcl, relcl, acl...
GERUND_CONFIDENCE = 0.85  # an -ing form: often a modifier or a noun, not a clause
INCOMPLETE_CONFIDENCE = 0.5  # no arg2: rarely what a reader would write down
CIRCUMSTANCE_ONLY_CONFIDENCE = 0.7  # no arg2 but a time, place or manner ("died [in 1901]"): a fuller statement
INFERENCE_STEP_CONFIDENCE = 0.9  # each further step of subject inheritance ("agreed to try to stop")
CLAUSE_MARKS = {",", ";", ":", "--"}  # punctuation before a remark that opens a stretch of the clause
NEGATION_WORDS = {"not", "n't", "never", "no"}
# a clause inside other clauses ("said [the plan] [which ...]") is less often a fact a reader
# writes down: each clause it is embedded in beyond its own position multiplies its confidence
EMBEDDING_CONFIDENCE = 0.8
EMBEDDING_DEPS = {"ccomp", "advcl", "relcl", "acl", "pcomp", "xcomp"}
REPORTED_REPORT_CONFIDENCE = 0.5  # a report inside a report: "said [officials believed [...]]"
# an object listing at least this many nouns gives one extraction per item ("works in biology,
# cartography and iconography"); a pair stays together ("the tanks and the trucks")
LIST_MIN_ITEMS = 3
LIST_ITEM_POS = {"NOUN", "PROPN", "PRON", "NUM"}
# a subject pronoun and the earlier subject it can stand for (see _antecedent)
PERSONAL_PRONOUNS = {"he": "person", "she": "person", "it": "thing", "they": "plural"}
PLURAL_TAGS = {"NNS", "NNPS"}


class OutputFormat(Enum):
    CARB = "carb"  # sentence<TAB>confidence<TAB>relation<TAB>arg1<TAB>arg2...
    JSON = "json"  # one JSON object per sentence


@dataclass(frozen=True)
class SentenceExtractions:
    sentence: str  # the input line as given
    tokens: tuple[str, ...]
    extractions: tuple[OpenExtraction, ...]


def sentence_tokens(line: str) -> list[str]:
    """The tokens of one pre-tokenised sentence (split on whitespace)."""
    return line.split()


def extract_sentence(tokens: list[str], nlp=None) -> list[OpenExtraction]:
    """Open-IE extractions of one pre-tokenised sentence, highest confidence first; argument
    spans index `tokens`."""
    if not tokens:
        return []
    doc = parse_words([_tagger_word(t) for t in tokens], nlp)
    found: list[OpenExtraction] = containing_places(doc, tokens)
    for token in doc:
        if is_clause_head(token):
            found.extend(_clause_extractions(clause_frame(token), tokens))
        if token.dep_ == "appos":
            found.extend(apposition(token, tokens))
        if token.dep_ == "prep":
            found.extend(noun_location(token, tokens))
            found.extend(examples(token, tokens))
        if token.dep_ in PURPOSE_DEPS:
            found.extend(purpose(token, tokens))
        if token.dep_ == "case":
            found.extend(possession(token, tokens))
        if token.ent_iob_ == "B":
            found.extend(title(token, tokens))
    unique: dict[tuple, OpenExtraction] = {}
    for ex in sorted(found, key=lambda e: -e.confidence):
        unique.setdefault((ex.relation, tuple((a.start, a.end) for a in ex.arguments)), ex)
    return list(unique.values())


def _tagger_word(token: str) -> str:
    """A PTB token as the tagger knows it: "-LRB-" -> "(", "``" -> '"', "6\\/2" -> "6/2"."""
    return PTB_WORDS.get(token, token.replace("\\/", "/").replace("\\*", "*"))


def extract_lines(lines: Iterable[str], nlp=None) -> Iterator[SentenceExtractions]:
    """Extractions of each non-blank line (one pre-tokenised sentence a line)."""
    nlp = nlp or load_model()
    for line in lines:
        sentence = line.rstrip("\n")
        tokens = sentence_tokens(sentence)
        if tokens:
            yield SentenceExtractions(sentence, tuple(tokens), tuple(extract_sentence(tokens, nlp)))


def format_lines(results: Iterable[SentenceExtractions], output: OutputFormat = OutputFormat.CARB) -> Iterator[str]:
    """Output lines (without newline) in the chosen format."""
    for result in results:
        if output is OutputFormat.JSON:
            yield json.dumps(
                {
                    "sentence": result.sentence,
                    "extractions": [
                        {
                            "relation": ex.relation,
                            "arguments": [{"text": a.text, "start": a.start, "end": a.end} for a in ex.arguments],
                            "confidence": ex.confidence,
                            "rule": ex.rule.value,
                            "subject_rule": ex.subject_rule.value if ex.subject_rule else None,
                        }
                        for ex in result.extractions
                    ],
                },
                ensure_ascii=False,
            )
            continue
        sentence = result.sentence.replace("\t", " ")  # a tab would shift the columns
        for ex in result.extractions:
            yield "\t".join([sentence, f"{ex.confidence:.3f}", ex.relation, *(a.text for a in ex.arguments)])


# ---- rendering a clause ----------------------------------------------------------------------


def _clause_extractions(frame: ClauseFrame, words: list[str]) -> list[OpenExtraction]:
    """(subject; verb group [+ preposition]; object; circumstances...) of one clause, if it has
    a subject; one per item when the object is a list of nouns ("sells bread, cheese and wine");
    a subject pronoun stands as the earlier subject it refers to. Confidence comes from the rule
    that found the subject, the clause's place in the parse (how deeply it is embedded) and
    whether it has an object."""
    verb = frame.verb
    if verb.dep_ in ("amod", "compound"):
        return []
    if _merged_into_complement(verb):
        return []  # "has had to close the plants": the extraction is the xcomp's, with this verb in its relation
    if verb.pos_ == "AUX" and not (frame.complements or frame.prep_objects or _stated_clause(frame)):
        return []
    if _noun_infinitive(frame):
        return []  # "the power [to segregate]": whoever would do it is not the sentence's subject
    if _extraposed(frame):
        return []  # "It is possible that ...": "it" stands for the clause, and (It; is; possible) says nothing
    subjects = _surface_subjects(frame)
    if not subjects:
        return []
    subject = subjects[0]
    relation = _relation_tokens(verb)
    blocked = {t.i for t in relation if t is not None}
    arg1 = phrase(_antecedent(subject) or subject, blocked, words, cut=SUBJECT_CUT_DEPS)
    if arg1 is None:
        return []
    adverbs = _relation_adverbs(verb)
    taken = {subject.i} | {c.i for c in subjects} | {a.i for a in adverbs}
    arg2, tail, object_head = _main_object(frame, subject, blocked, words)
    if arg2 is not None:
        taken.update(tail.taken)
    later = [arg2] if arg2 is not None else []
    for child in _circumstances(frame, taken, blocked):
        extra = phrase(child, blocked, words)
        if extra is not None and not any(a.start <= extra.start < a.end for a in later):
            later.append(extra)
    if later:  # "ran [daily] on USA Network"; alone, the adverb stays an argument: "Prices rose [sharply]"
        relation = sorted(relation + adverbs, key=lambda t: t.i if t is not None else -1)
    else:
        later = [Argument(a.i, a.i + 1, words[a.i]) for a in adverbs]
    relation_text = " ".join([words[t.i] if t is not None else IMPLIED_BE for t in relation] + tail.words)
    if frame.negated and not any(t is not None and t.lower_ in NEGATION_WORDS for t in relation):
        relation_text = f"not {relation_text}"  # negated by a governor outside the group: "did not urge X [to go]"
    top = _merged_chain(verb)[-1]  # "has had to close": the subject is had's own
    subject_frame = frame if top.i == verb.i else clause_frame(top)
    confidence = RULE_CONFIDENCE[subject_frame.rule] * CLAUSE_CONFIDENCE.get(top.dep_, EMBEDDED_CONFIDENCE)
    confidence *= INFERENCE_STEP_CONFIDENCE ** max(0, subject_frame.steps - 1)
    if verb.tag_ == "VBG":
        confidence *= GERUND_CONFIDENCE
    if arg2 is None:
        confidence *= CIRCUMSTANCE_ONLY_CONFIDENCE if later else INCOMPLETE_CONFIDENCE
    confidence *= EMBEDDING_CONFIDENCE ** sum(1 for a in top.ancestors if a.dep_ in EMBEDDING_DEPS and a.pos_ in CLAUSE_HEAD_POS)
    if top.dep_ == "ccomp" and top.head.dep_ == "ccomp":
        confidence *= REPORTED_REPORT_CONFIDENCE
    later = [later[0], *sorted(later[1:], key=lambda a: a.start)] if later else []
    objects = _list_items(object_head, arg2, blocked, words) if arg2 is not None else []
    return [
        OpenExtraction(relation_text, (arg1, obj, *later[1:]), round(confidence, 3), ExtractionRule.CLAUSE, subject_frame.rule)
        for obj in objects or later[:1]
    ] or [OpenExtraction(relation_text, (arg1,), round(confidence, 3), ExtractionRule.CLAUSE, subject_frame.rule)]


@dataclass(frozen=True)
class _Tail:
    """Words the relation takes from the object side ("taught [at]", "is [responsible for]")."""

    words: list
    taken: set  # token ids now spoken for (the object's preposition, the adjective...)


def _main_object(frame: ClauseFrame, subject, blocked: set[int], words: list[str]) -> tuple[Argument | None, _Tail, object]:
    """arg2, what the relation takes with it, and arg2's head token (None for a clause): a direct
    object; else a complement ("is [a lawyer]"; an adjective with a prepositional object joins the
    relation: "is responsible for [benefits]"); else a clausal object; else the first
    prepositional object after the verb, whose preposition joins the relation ("taught at [the
    University]")."""
    verb = frame.verb
    if not frame.passive and frame.objects:
        obj = frame.objects[0]
        return phrase(obj, blocked, words), _Tail([], {obj.i}), obj
    retained = [c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i] if frame.passive else []
    if retained:  # "was given [a contract]": a passive keeps its second object
        return phrase(retained[0], blocked, words), _Tail([], {retained[0].i}), retained[0]
    for complement in frame.complements:
        its_preps = [(p, o) for h, p, o in frame.prep_objects if h.i == complement.i and p.i > complement.i]
        if complement.pos_ == "ADJ" and its_preps:
            prep, obj = its_preps[0]
            inner = [c for c in complement.children if c.dep_ == "advmod" and c.i < prep.i and c.i > complement.i]
            tail = [words[complement.i], *(words[c.i] for c in inner), words[prep.i]]
            return phrase(obj, blocked, words), _Tail(tail, {complement.i, prep.i, obj.i, *(c.i for c in inner)}), obj
        return phrase(complement, blocked, words), _Tail([], {complement.i}), complement
    for clause in frame.clausal_objects:
        if clause.i > verb.i or verb.lemma_.lower() in REPORTING_VERBS:
            marks = [c for c in clause.children if c.dep_ == "mark" and c.i == clause.left_edge.i]
            if marks:  # "indicated that [...]": the complementizer joins the relation
                return phrase(clause, blocked | {marks[0].i}, words), _Tail([words[marks[0].i]], {clause.i}), None
            return phrase(clause, blocked, words), _Tail([], {clause.i}), None
    by_agent = [(p, o) for p in verb.children if p.dep_ == "agent" for o in p.children if o.dep_ == "pobj"]
    its_preps = [(p, o) for h, p, o in frame.prep_objects if h.i == verb.i and p.i > verb.i and o.i != subject.i]
    candidates = sorted(by_agent[:1] + its_preps[:1], key=lambda po: po[0].i)
    if candidates:
        prep, obj = candidates[0]
        return phrase(obj, blocked, words), _Tail([words[prep.i]], {prep.i, obj.i}), obj
    return None, _Tail([], set()), None


def _stated_clause(frame: ClauseFrame) -> bool:
    """A copula whose complement is a that-clause after it ("The problem is [that prices rose]");
    not after "it", which stands for nothing there ("It is clear that ...", "It was then that ...")."""
    if any(s.lower_ == "it" for s in frame.subjects):
        return False
    return any(
        clause.i > frame.verb.i and any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children)
        for clause in frame.clausal_objects
    )


def _noun_infinitive(frame: ClauseFrame) -> bool:
    """A to-infinitive modifying a noun ("the power to segregate", "an amendment to hold a
    review") whose doer was inherited from elsewhere in the sentence: the noun says what could be
    done, not who does it (`nominal.purpose` gives the noun its aim). "in order to" is a purpose
    of the clause, whose subject does it."""
    verb = frame.verb
    if verb.dep_ != "acl" or frame.rule is not SubjectRule.INHERITED or verb.head.lower_ == "order":
        return False
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _extraposed(frame: ClauseFrame) -> bool:
    """"It is [possible] [that ...]": a copula with "it" for a subject, an adjective and a clause
    after it that the "it" stands for. (With an infinitive, "it was possible to overcome ...", the
    adjective's phrase keeps the infinitive and says something.)"""
    verb = frame.verb
    if verb.lemma_.lower() not in LINKING_VERBS or not any(s.lower_ == "it" for s in frame.subjects):
        return False
    adjectives = [c for c in verb.children if c.dep_ == "acomp"]
    return bool(adjectives) and any(
        c.dep_ == "ccomp" and c.i > adjectives[0].i for c in [*verb.children, *adjectives[0].children]
    )


def _list_items(head, whole: Argument, blocked: set[int], words: list[str]) -> list[Argument]:
    """"spans biology , cartography , iconography and history" -> [biology, cartography,
    iconography, history]: the phrase of each noun of a list of at least LIST_MIN_ITEMS at
    `head`, each inside `whole` (the argument's span); [] for a shorter coordination or none."""
    if head is None or head.pos_ not in LIST_ITEM_POS:
        return []
    conjuncts = [c for c in head.conjuncts if c.i > head.i and c.pos_ in LIST_ITEM_POS and not joined_by_ampersand(c)]
    if len(conjuncts) + 1 < LIST_MIN_ITEMS:
        return []
    parts = []
    for node in [head, *conjuncts]:
        part = list_item(node, blocked, words)
        if part is None or part.start < whole.start or part.end > whole.end:
            return []
        parts.append(part)
    return parts



def _antecedent(pronoun):
    """The subject of an earlier clause of the sentence that a subject pronoun stands for ("The
    bank said it would ..." -> The bank): the nearest earlier subject of another verb, if it is a
    noun that agrees with the pronoun (he/she: a person; it: one thing; they: several); None
    when there is none, when that subject is itself a pronoun, or for "it" before a copula ("it is
    too early to say" often stands for nothing)."""
    kind = PERSONAL_PRONOUNS.get(pronoun.lower_)
    if kind is None or pronoun.dep_ not in SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS:
        return None
    if kind == "thing" and pronoun.head.lemma_.lower() in LINKING_VERBS:
        return None  # "it is too early to say", "it was clear that": often no antecedent at all
    for token in reversed(pronoun.doc[pronoun.sent.start : pronoun.i]):
        if token.dep_ not in SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS or token.head.i == pronoun.head.i:
            continue
        if token.pos_ == "PRON":
            return None
        if token.pos_ not in ("NOUN", "PROPN"):
            continue
        plural = token.tag_ in PLURAL_TAGS or any(c.dep_ == "conj" for c in token.children)
        person = token.ent_type_ == "PERSON"
        agrees = {"plural": plural, "person": person and not plural, "thing": not plural and not person}[kind]
        return token if agrees else None
    return None


def _circumstances(frame: ClauseFrame, taken: set[int], blocked: set[int]) -> list:
    """Heads of arg3...: prepositional phrases, time phrases and further complements of the verb
    (and of the governors merged into its relation) that arg2 did not take."""
    out = []
    for node in _merged_chain(frame.verb):
        for child in node.children:
            if child.i in taken or child.i in blocked or _bare_wh_word(child) or _sentence_adverb(child):
                continue
            if child.dep_ in ("prep", "agent") or child.dep_ in CIRCUMSTANCE_DEPS:
                out.append(child)
            elif child.dep_ in OBJECT_DEPS | COMPLEMENT_DEPS and not frame.passive:
                out.append(child)  # a second object: "gave [him] [the book]"
    return out


def _bare_wh_word(node) -> bool:
    """A relative or subordinating wh-word standing alone ("[where] he lived", "[on which] it
    rests"): it points at a noun or clause elsewhere and says nothing as an argument."""
    words = [t for t in node.subtree if not t.is_punct]
    return 0 < len(words) <= 2 and words[-1].tag_ in WH_TAGS

def _sentence_adverb(node) -> bool:
    """A one-word adverb that opens its clause or follows a comma, and is followed by one
    ("However ,", "; instead ,", ", though ,"): a remark on the whole statement, not a
    circumstance of the verb."""
    if node.dep_ != "advmod" or node.tag_ != "RB" or node.n_lefts + node.n_rights:
        return False
    doc = node.doc
    opened = node.i == node.head.left_edge.i or doc[node.i - 1].text in CLAUSE_MARKS
    return opened and node.i + 1 < len(doc) and doc[node.i + 1].text == ","


def _surface_subjects(frame: ClauseFrame) -> tuple:
    """The subjects as the sentence puts them: a passive's patients, else the logical subjects."""
    return frame.objects if frame.passive else frame.subjects


def _merged_into_complement(verb) -> bool:
    """A verb whose only complement is an infinitive sharing its subject ("has had [to close]"),
    or a copula whose only complement is such an adjective ("is n't [likely to meet]")."""
    if any(c.dep_ in OBJECT_DEPS for c in verb.children):
        return False
    complements = [c for c in verb.children if c.dep_ in COMPLEMENT_DEPS]
    if any(c.dep_ == "xcomp" and c.pos_ in CLAUSE_HEAD_POS for c in verb.children):
        return not complements
    return (
        verb.lemma_.lower() in LINKING_VERBS and len(complements) == 1 and complements[0].dep_ == "acomp"
        and _merged_into_complement(complements[0])
    )


def _merged_chain(verb) -> list:
    """The verb and the governors merged into its relation ("has had to close": close, had)."""
    chain = [verb]
    while chain[-1].dep_ in ("xcomp", "acomp") and _merged_into_complement(chain[-1].head):
        chain.append(chain[-1].head)
    return chain


def _relation_adverbs(verb) -> list:
    """One-word adverbs of the verb (and of the governors merged into its relation) that belong
    in the relation the way CaRB writes it ("[also] performs", "ran [daily] on"): not the first
    word of the clause nor one set off by a comma ("However , ..."), not a wh-word, not one
    inside the verb group already ("has [sharply] improved")."""
    out = []
    for node in _merged_chain(verb):
        group = [node] + [c for c in node.children if c.dep_ in VERB_GROUP_DEPS]
        first = min(t.i for t in group)
        out += [
            c for c in node.children
            if c.dep_ == "advmod" and c.tag_ == "RB" and c.n_lefts + c.n_rights == 0 and not first < c.i < node.i
            and c.i != node.left_edge.i and (c.i + 1 >= len(c.doc) or c.nbor(1).text != ",")
        ]
    return out


def _relation_tokens(verb) -> list:
    """The verb group in sentence order: auxiliaries, negation, particle, adverbs inside the
    group ("have sharply improved"), the governors merged with it ("has had to close"); None
    stands for an implied "be" ("a think tank [be] founded in 2005")."""
    tokens = []
    for node in _merged_chain(verb):
        group = [node] + [c for c in node.children if c.dep_ in VERB_GROUP_DEPS]
        first = min(t.i for t in group)
        group += [c for c in node.children if c.dep_ == "advmod" and first < c.i < node.i]
        if node.dep_ == "conj" and shares_passive(node):  # "was loved and [was] exalted"
            group += [c for c in node.head.children if c.dep_ in ("aux", "auxpass")]
        tokens.extend(group)
    tokens.sort(key=lambda t: t.i)
    if verb.dep_ == "acl" and verb.tag_ == "VBN" and not any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        tokens.insert(0, None)
    return tokens


def read_sentences(path: Path) -> list[str]:
    """The lines of a sentence file (UTF-8; `-` reads standard input); InputError saying what
    is wrong when it cannot be read."""
    name = "standard input" if str(path) == "-" else str(path)
    try:
        data = sys.stdin.buffer.read() if str(path) == "-" else path.read_bytes()
    except FileNotFoundError:
        raise InputError(f"{name}: no such file; give a text file with one pre-tokenised sentence a line") from None
    except OSError as exc:
        raise InputError(f"{name}: cannot be read ({exc.strerror})") from None
    try:
        return data.decode("utf-8").splitlines()
    except UnicodeDecodeError as exc:
        raise InputError(f"{name}: not UTF-8 text ({exc.reason} at byte {exc.start}); convert it to UTF-8") from None
