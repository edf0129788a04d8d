"""A confidence that is a probability: the chance that a careful reader signs a fact.

The extraction rules give each relation a fixed confidence from how it was found (0.9 for a verb's
direct object, 0.8 for a prepositional object, 0.7 for an inferred one, times 0.85 for each step
of subject inference). That says which rule fired, not how often the rule is right. Here each
resolved relation is described by plain values (`features`, the candidates): that rule
confidence, its factuality, the predicate's wording, the type, salience and kind of name of each
end, whether an end was only named by a pronoun in the sentence or inside a direct quote, how
far apart the sentence names the two ends, the sentence's length. A
logistic regression (`ConfidenceModel`) over the candidates that `bench/fit_confidence.py`
selects, fitted there on the hand-annotated articles and on facts of other articles judged by a
reader (bench/audit/), scaled to the reader's judgments and shipped as `confidence.json`, turns
them into a probability; `calibrated` writes it into each relation, rounded to 2 decimals. The fitted
file also holds the default threshold below which a statement is kept without a plain triple
(see kg.graph.rdf).

The model is fitted on asserted and scheduled facts, the ones a threshold can cut. On a negated
or hedged statement the confidence is the same model's: the chance that the reader would sign
that subject, predicate and object, were the article to assert them.
"""
from __future__ import annotations

import json
import math
import re
from collections import Counter
from dataclasses import dataclass, replace
from functools import cache
from importlib import resources

from kg.extract.bare_ends import dropped_complement, people_word, trailing_complement, unresolved_description
from kg.extract.countries import PEOPLE_WORDS
from kg.extract.lexicon import CALENDAR_WORDS, NAME_PARTICLES, PERSON_TITLES
from kg.extract.mentions import PERSONAL_PRONOUNS
from kg.model import Entity, EntityType, Extraction, Factuality, Relation

MODEL_FILE = "confidence.json"  # beside this module, in the package
PREPOSITIONS = frozenset({  # a predicate ending in one of these is a verb + prepositional object ("arrive in")
    "in", "on", "at", "to", "for", "from", "with", "of", "by", "about", "against", "into", "over", "under",
    "as", "after", "before", "between", "through", "across", "near", "toward", "towards", "within", "without",
})
# Prepositions whose phrase is as often an adjunct (how, why, with whom, on what occasion) as what a
# verb is done to: "won with a late goal", "went for a walk", "touched down for Fiji".
LOOSE_PREPOSITIONS = frozenset({"with", "for", "on", "over", "as", "about", "against", "into", "by", "without", "through"})
LIGHT_VERBS = frozenset({  # verbs whose object says little alone: "take place", "join forces", "have the option"
    "be", "have", "take", "make", "get", "give", "do", "go", "come", "put", "find", "face", "see", "use", "join",
})
TYPED = (EntityType.PERSON, EntityType.ORGANIZATION, EntityType.PLACE)  # Event and Concept are the baseline
SIDES = ("subject", "object")
DETERMINERS = {"the", "a", "an", "this", "that", "these", "those"}  # a capital that names nothing: "The firm"
NEUTER_PRONOUNS = {"it", "its", "itself", "they", "them", "their", "themselves"}
RIVAL_WINDOW = 300  # characters before a sentence where a pronoun's other candidates are looked for
# Capitalised words that stand before a name without being part of it: "The", "Mr", "President", "Brazilian", "Sunday"
NAME_NEIGHBOURS = DETERMINERS | PERSON_TITLES | PEOPLE_WORDS | CALENDAR_WORDS | {"may", "and", "but", "or", "as", "at", "in", "on", "by"}

FEATURES = (  # the candidates; the shipped model uses those bench/fit_confidence.py selects
    "rule",  # the rule's fixed confidence (rule weight x 0.85 per inference step)
    "scheduled",  # kg:Scheduled rather than kg:Asserted
    "attributed",  # "officials said ...": reported through a source
    "dated",  # the clause has a resolved date
    "predicate_preposition",  # "arrive in", "executive director of"
    "predicate_of",  # a post or tie: "executive director of", "spokesman of"
    "predicate_loose",  # a preposition that as often says how, why or with whom as what: "win with", "go for"
    "predicate_words",
    "predicate_copular",  # "be based in", "be accused of"
    "predicate_light",  # a light verb: "take", "have", "make"
    *(f"{side}_{t.value.lower()}" for side in SIDES for t in TYPED),
    *(f"{side}_{name}" for side in SIDES for name in (
        "named",  # a proper name, not a common-noun concept
        "salience",  # log(1 + mentions in the article)
        "once",  # mentioned once: what no other sentence needs is seldom what a reader writes down
        "degree",  # log of how many relations of the article it is in
        "lead",  # mentioned in the headline or the first paragraph
        "label_words",
        "generic",  # a single common noun: "people", "officials"
        "modified",  # a common noun with modifiers: "several topics", "stiff competition"
        "plural",  # a common-noun label in the plural
        "pronoun",  # named only by a pronoun in the sentence
        "neuter",  # ... by an it or a they, which say less of what they stand for than a he or a she
        "described",  # named in the sentence only by words none of its names share: "the company", "the 26-year-old"
        "absent",  # not named in the sentence at all: an end carried over from another clause
        "rivals",  # for an end the sentence does not name: log(1 + other things of its type named near it)
        "unresolved",  # only "the firm", "this problem" in the sentence, with no name found (kg.extract.bare_ends)
        "stripped",  # a bare noun whose possessor or complement the label leaves out: "responsibility [for X]"
        "trailing",  # a common noun whose of-phrase or that-clause the label leaves out: "growing needs [of X]"
        "cut",  # named in the sentence by capitalised words that run on into more the name leaves out: "Million [Dollar Baby]"
    )),
    "both_named",  # named at both ends
    "both_generic",  # a single common noun at both ends: "companies sell ringtones", "officials express concern"
    "self_titled",  # the holder of a post is named only by that post: "an Apple spokesman" - spokesman of - Apple
    "self_owned",  # the object's label names the subject as its owner: "Schrader make Schrader's film" says no more than the label
    "quoted",  # an end is named inside a direct quote: what a speaker says is less often plain fact
    "distance",  # how far apart the two ends are named in the sentence, as a share of its length
    "sentence_words",  # log of the sentence's length in words
    "sentence_relations",  # log of how many relations its sentence gave
)


def features(extraction: Extraction) -> list[dict[str, float]]:
    """One feature dict (every name of FEATURES) per relation of `extraction`, in order."""
    entities = {e.key: e for e in extraction.entities}
    text = extraction.document.text
    per_sentence = Counter(r.sentence for r in extraction.relations)
    degree = Counter(key for r in extraction.relations for key in (r.subject, r.object))
    paragraphs = extraction.document.paragraphs
    lead_end = paragraphs[min(1, len(paragraphs) - 1)].end if paragraphs else 0
    quoted = tuple(q.span for q in extraction.quotes)
    rows = []
    for rel in extraction.relations:
        row = dict.fromkeys(FEATURES, 0.0)
        row.update(_relation_features(rel))
        for side, key in zip(SIDES, (rel.subject, rel.object)):
            entity = entities[key]
            row.update(_entity_features(side, entity, rel, text))
            if row[f"{side}_pronoun"] or row[f"{side}_described"] or row[f"{side}_absent"]:
                row[f"{side}_rivals"] = math.log(1 + _rivals(entity, rel, extraction.entities))
            row[f"{side}_degree"] = math.log(degree[key])
            row[f"{side}_lead"] = float(bool(entity.mentions) and entity.mentions[0].start < lead_end)
        row["both_named"] = row["subject_named"] * row["object_named"]
        row["both_generic"] = row["subject_generic"] * row["object_generic"]
        row["self_owned"] = float(_owned_by(entities[rel.object], entities[rel.subject]))
        row["self_titled"] = float(_titled_by(entities[rel.subject], rel.predicate))
        row.update(_placement(rel, entities[rel.subject], entities[rel.object], quoted))
        row["sentence_words"] = math.log(1 + len(rel.sentence.of(text).split()))
        row["sentence_relations"] = math.log(per_sentence[rel.sentence])
        rows.append(row)
    return rows


def _relation_features(rel: Relation) -> dict[str, float]:
    words = rel.predicate.split() or [""]
    return {
        "rule": rel.confidence,
        "scheduled": float(rel.factuality is Factuality.SCHEDULED),
        "attributed": float(rel.attributed_to is not None),
        "dated": float(rel.date is not None),
        "predicate_preposition": float(len(words) > 1 and words[-1] in PREPOSITIONS),
        "predicate_words": float(len(words)),
        "predicate_copular": float(words[0] == "be" and len(words) > 1),
        "predicate_of": float(len(words) > 1 and words[-1] == "of" and words[0] != "be"),
        "predicate_loose": float(len(words) > 1 and words[-1] in LOOSE_PREPOSITIONS),
        "predicate_light": float(words[0] in LIGHT_VERBS),
    }


def _placement(rel: Relation, subject: Entity, obj: Entity, quoted: tuple) -> dict[str, float]:
    """Where the sentence names the two ends: inside a direct quote or not, and how far apart
    (0 when an end is not named in the sentence itself)."""
    def named_here(entity: Entity) -> list:
        return [m for m in entity.mentions if rel.sentence.start <= m.start and m.end <= rel.sentence.end]

    here = named_here(subject), named_here(obj)
    inside = any(q.start <= m.start and m.end <= q.end for q in quoted for m in (*here[0], *here[1]))
    length = max(1, rel.sentence.end - rel.sentence.start)
    apart = min(abs(s.start - o.start) for s in here[0] for o in here[1]) / length if all(here) else 0.0
    return {"quoted": float(inside), "distance": apart}


def _entity_features(side: str, entity: Entity, rel: Relation, text: str) -> dict[str, float]:
    label_words = entity.label.split()
    in_sentence = [m for m in entity.mentions if rel.sentence.start <= m.start and m.end <= rel.sentence.end]
    row = {f"{side}_{t.value.lower()}": float(entity.type is t) for t in TYPED}
    row.update({
        f"{side}_named": float(_named(entity)),
        f"{side}_salience": math.log(1 + len(entity.mentions)),
        f"{side}_label_words": float(len(label_words)),
        f"{side}_once": float(len(entity.mentions) <= 1),
        f"{side}_generic": float(len(label_words) == 1 and entity.label.islower() or people_word(entity)),
        f"{side}_modified": float(len(label_words) > 1 and entity.label.islower()),
        f"{side}_plural": float(entity.label.islower() and entity.label.endswith("s") and not entity.label.endswith("ss")),
        # the sentence names it only by a pronoun: the fact stands on resolution being right
        f"{side}_pronoun": float(bool(in_sentence) and all(m.of(text).lower() in PERSONAL_PRONOUNS for m in in_sentence)),
        f"{side}_neuter": float(bool(in_sentence) and all(m.of(text).lower() in NEUTER_PRONOUNS for m in in_sentence)),
        f"{side}_described": float(bool(in_sentence) and not any(_names_it(m.of(text), entity) for m in in_sentence)
                                   and not all(m.of(text).lower() in PERSONAL_PRONOUNS for m in in_sentence)),
        f"{side}_absent": float(not in_sentence),
        f"{side}_unresolved": float(unresolved_description(entity, rel, text)),
        f"{side}_stripped": float(dropped_complement(entity, rel, text)),
        f"{side}_trailing": float(trailing_complement(entity, rel, text)),
        f"{side}_cut": float(any(_cut_short(m, rel, text) for m in in_sentence)),
    })
    return row


def _cut_short(mention, rel: Relation, text: str) -> bool:
    """Whether a capitalised mention runs on, with only a space between, into a capitalised word it
    leaves out ("Million [Dollar Baby]", "[Blazin'] Squad"), or into a particle of a name ("Os [du
    Randt]"), other than a word that stands before names (`NAME_NEIGHBOURS`: "Brazilian Ana Ruiz",
    "Mr Hale") or one opening the sentence: the tagger's name is most likely a piece of a longer one."""
    if not text[mention.start:mention.end][:1].isupper():
        return False
    before = re.search(r"(?<=\S )(\S+) $", text[rel.sentence.start:mention.start])  # a word, not the sentence's first
    after = re.match(r"('?) (\S+)", text[mention.end:rel.sentence.end])
    words = [before.group(1)] if before and before.group(1)[-1].isalnum() and not before.group(1).endswith(("'s", "’s")) else []
    # (not "Blair, Brown" nor "Hale's Ruiz")
    words += [after.group(2).rstrip(".,;:!?)'\"’”")] if after else []
    return any(word in NAME_PARTICLES - {"of", "the", "and"} or word[:1].isupper() and word.lower() not in NAME_NEIGHBOURS
               for word in words) or bool(after and after.group(1) and after.group(2)[:1].isupper())  # "Blazin' Squad"


def _rivals(entity: Entity, rel: Relation, entities) -> int:
    """How many other things of the entity's type the sentence and the text just before it name:
    the candidates a pronoun or a description could also have meant."""
    start = max(0, rel.sentence.start - RIVAL_WINDOW)
    return sum(1 for other in entities if other.type is entity.type and other.key != entity.key
               and any(start <= m.start < rel.sentence.end for m in other.mentions))


def _names_it(words: str, entity: Entity) -> bool:
    """Whether a mention's words share a capitalised word with one of the entity's names."""
    names = {w.lower() for name in (entity.label, *entity.aliases) for w in name.split() if w[:1].isupper()} - DETERMINERS
    if not names:  # a concept: its label's words
        names = {w.lower() for w in entity.label.split()}
    return any(w.strip(".,'\"").lower() in names or w.lower().removesuffix("'s") in names for w in words.split())


def _owned_by(thing: Entity, owner: Entity) -> bool:
    """Whether the label of `thing` opens with a name of `owner` as its possessor ("Paul Schrader" and
    "Schrader's film")."""
    names = (owner.label, *owner.aliases, owner.label.split()[-1]) if owner.label else ()
    return any(thing.label.startswith((f"{name}'s ", f"{name}' ")) for name in names)


def _titled_by(holder: Entity, predicate: str) -> bool:
    """Whether every name of the holder of a post ends with the post's noun ("spokesman" and
    "spokesman of", "Japanese prime minister" and "prime minister of"): the fact says no more than
    the holder's label."""
    words = predicate.split()
    return len(words) > 1 and words[-1] == "of" and all(
        name.lower().split()[-1:] == [words[-2]] for name in (holder.label, *holder.aliases))


def _named(entity: Entity) -> bool:
    """Whether some name of the entity is a proper name: a capitalised word after its first, or
    a one-word name in capitals or title case that is not a common noun opening a sentence, nor a
    people's word for a person ("the American")."""
    if people_word(entity):
        return False
    for name in (entity.label, *entity.aliases):
        words = name.split()
        if any(w[:1].isupper() for w in words[1:]) or (len(words) == 1 and words[0][:1].isupper()
                                                      and entity.type is not EntityType.CONCEPT):
            return True
    return False


@dataclass(frozen=True)
class ConfidenceModel:
    """A logistic regression over standardised FEATURES: P(correct) = sigmoid(intercept + sum
    weight * (value - mean) / scale). `threshold` is the default minimum confidence of a plain
    triple, chosen when the model was fitted."""

    names: tuple[str, ...]
    mean: tuple[float, ...]
    scale: tuple[float, ...]
    weights: tuple[float, ...]
    intercept: float
    threshold: float = 0.0

    def log_odds(self, row: dict[str, float]) -> float:
        return self.intercept + sum(
            w * (row.get(n, 0.0) - m) / s for n, m, s, w in zip(self.names, self.mean, self.scale, self.weights)
        )

    def probability(self, row: dict[str, float]) -> float:
        z = self.log_odds(row)
        return 1.0 / (1.0 + math.exp(-z)) if z > -700 else 0.0

    def to_json(self) -> dict:
        return {"features": list(self.names), "mean": list(self.mean), "scale": list(self.scale),
                "weights": list(self.weights), "intercept": self.intercept, "threshold": self.threshold}

    @classmethod
    def from_json(cls, data: dict) -> ConfidenceModel:
        return cls(tuple(data["features"]), tuple(data["mean"]), tuple(data["scale"]), tuple(data["weights"]),
                   float(data["intercept"]), float(data.get("threshold", 0.0)))


@cache
def shipped_model() -> ConfidenceModel:
    """The model fitted by bench/fit_confidence.py, read from the package once."""
    text = resources.files("kg.extract").joinpath(MODEL_FILE).read_text(encoding="utf-8")
    return ConfidenceModel.from_json(json.loads(text))


def default_threshold() -> float:
    """The minimum confidence of a plain triple when a build is not told otherwise."""
    return shipped_model().threshold


def calibrated(extraction: Extraction, model: ConfidenceModel | None = None) -> Extraction:
    """`extraction` with each relation's rule confidence replaced by the model's probability
    that a careful reader signs the fact, rounded to 2 decimals."""
    if not extraction.relations:
        return extraction
    model = model or shipped_model()
    relations = tuple(
        replace(rel, confidence=round(model.probability(row), 2))
        for rel, row in zip(extraction.relations, features(extraction))
    )
    return replace(extraction, relations=relations)
