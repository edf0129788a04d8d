"""IRIs of the graph: the kg ontology terms (checked against ontology/kg.ttl) and minting helpers.

Code never types an ontology IRI by hand; it names a term here, and a typo is an AttributeError.
"""
from __future__ import annotations

import hashlib
import re
import unicodedata
from importlib import resources

from rdflib import Namespace, URIRef
from rdflib.namespace import DefinedNamespace

BASE = "https://example.org/kg/"
ONTOLOGY_IRI = BASE + "ontology"


class KG(DefinedNamespace):
    """Terms of ontology/kg.ttl."""

    _NS = Namespace(BASE + "ontology#")
    _fail = True

    Entity: URIRef
    Person: URIRef
    Organization: URIRef
    Place: URIRef
    Event: URIRef
    Concept: URIRef
    Document: URIRef
    Statement: URIRef
    Quote: URIRef
    Evidence: URIRef
    relatedTo: URIRef
    speaker: URIRef
    attributedTo: URIRef
    evidence: URIRef
    mentionedIn: URIRef
    text: URIRef
    negated: URIRef
    modality: URIRef
    factuality: URIRef
    confidence: URIRef
    minConfidence: URIRef
    date: URIRef
    mentionsDate: URIRef
    contentHash: URIRef
    sourcePath: URIRef
    Factuality: URIRef
    Asserted: URIRef
    Scheduled: URIRef
    Negated: URIRef
    Possible: URIRef
    Conditional: URIRef
    Requested: URIRef
    Desired: URIRef
    Attempted: URIRef
    Question: URIRef


ENT = Namespace(BASE + "entity/")  # entities, minted from type and canonical name
DOC = Namespace(BASE + "doc/")  # documents and what hangs off them (statements, quotes, evidence)
REL = Namespace(BASE + "relation/")  # predicates minted from verb phrases
OA = Namespace("http://www.w3.org/ns/oa#")
SCHEMA = Namespace("https://schema.org/")
PROV = Namespace("http://www.w3.org/ns/prov#")

PREFIXES = {
    "kg": KG._NS,
    "ent": ENT,
    "doc": DOC,
    "rel": REL,
    "oa": OA,
    "schema": SCHEMA,
    "prov": PROV,
}


class CachedTerms:
    """A namespace whose terms are looked up once. rdflib makes a DefinedNamespace or Namespace
    term anew at every `NS.term`; writing a graph uses a few dozen terms a million times."""

    def __init__(self, namespace: object) -> None:
        self._namespace = namespace

    def __getattr__(self, name: str) -> URIRef:
        term = getattr(self._namespace, name)
        setattr(self, name, term)
        return term


def ontology_text() -> str:
    """The Turtle source of the kg ontology, as shipped with the package."""
    return resources.files("kg.ontology").joinpath("kg.ttl").read_text(encoding="utf-8")


def slug(text: str, *, max_len: int = 60) -> str:
    """A lower-case ASCII slug safe in any IRI path segment; never empty.

    Text that folds to nothing (non-Latin scripts, punctuation) gets a short hash instead,
    so distinct names never share an IRI by accident.
    """
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    out = re.sub(r"[^a-z0-9]+", "-", folded.lower()).strip("-")[:max_len].strip("-")
    if not out or out != re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:max_len].strip("-"):
        digest = hashlib.sha256(text.encode("utf-8")).hexdigest()[:8]
        out = f"{out}-{digest}" if out else digest
    return out


def predicate_iri(wording: str) -> URIRef:
    """The IRI of a predicate minted from a verb phrase ("agree to" -> rel:agree-to)."""
    return REL[slug(wording)]
