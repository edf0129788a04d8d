"""IRIs of the graph: the kg ontology terms (checked against ontology/kg.ttl) and minting helpers.

Code never types an ontology IRI by hand; it names a term here, and a typo is an AttributeError.
"""
from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass
from functools import cached_property
from importlib import resources

from rdflib import Namespace, URIRef
from rdflib.namespace import DefinedNamespace

from kg.errors import GraphError

BASE = "https://example.org/kg/"  # kg's own: the ontology's namespace, and the default base of minted IRIs
ONTOLOGY_IRI = BASE + "ontology"
_SCHEME = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*:")
_NOT_IN_IRI = re.compile(r'[\x00-\x20<>"{}|^`\\]')


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
    Depicted: URIRef


OA = Namespace("http://www.w3.org/ns/oa#")
SCHEMA = Namespace("https://schema.org/")
PROV = Namespace("http://www.w3.org/ns/prov#")


@dataclass(frozen=True)
class Iris:
    """Where a graph's minted IRIs live: entities under `base`entity/, documents (and their
    statements, quotes, evidence) under `base`doc/, predicates under `base`relation/. The
    ontology's terms (kg:) stay kg's own whatever the base. Passed down the stages as a value;
    DEFAULT_IRIS is kg's own base."""

    base: str = BASE

    def __post_init__(self) -> None:
        if not _SCHEME.match(self.base) or _NOT_IN_IRI.search(self.base) or self.base.endswith(":"):
            raise GraphError(f"the base {self.base!r} is not an absolute IRI; give one such as https://example.com/kg/")
        if not self.base.endswith(("/", "#")):
            object.__setattr__(self, "base", self.base + "/")  # "…/kg" means "…/kg/"

    @classmethod
    def of(cls, base: str | None) -> Iris:
        """The Iris of `base`, or DEFAULT_IRIS for None."""
        return DEFAULT_IRIS if base is None or base == BASE else cls(base)

    @cached_property
    def ent(self) -> Namespace:  # entities, minted from type and canonical name
        return Namespace(self.base + "entity/")

    @cached_property
    def doc(self) -> Namespace:  # documents and what hangs off them (statements, quotes, evidence)
        return Namespace(self.base + "doc/")

    @cached_property
    def rel(self) -> Namespace:  # predicates minted from verb phrases
        return Namespace(self.base + "relation/")

    @cached_property
    def prefixes(self) -> dict[str, Namespace]:
        """The prefixes kg binds in a graph, in this order."""
        return {"kg": KG._NS, "ent": self.ent, "doc": self.doc, "rel": self.rel, "oa": OA, "schema": SCHEMA,
                "prov": PROV}


DEFAULT_IRIS = Iris()
ENT, DOC, REL = DEFAULT_IRIS.ent, DEFAULT_IRIS.doc, DEFAULT_IRIS.rel
PREFIXES = DEFAULT_IRIS.prefixes


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


CURRENCY_SIGNS = {"$": "dollar", "£": "pound", "€": "euro", "¥": "yen"}  # spelled out in slugs


def slug(text: str, *, max_len: int = 60) -> str:
    """A lower-case ASCII slug safe in any IRI path segment; never empty.

    Text that folds to nothing (non-Latin scripts, punctuation) gets a short hash instead,
    so distinct names never share an IRI by accident; currency signs are spelled out ("$2bn"
    and "£2bn" are two sums).
    """
    text = re.sub(r"\s*([$£€¥])\s*", lambda m: f" {CURRENCY_SIGNS[m.group(1)]} ", text).strip()
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    out = re.sub(r"[^a-z0-9]+", "-", folded.lower()).strip("-")[:max_len].strip("-")
    if not out or out != re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:max_len].strip("-"):
        digest = hashlib.sha256(text.encode("utf-8")).hexdigest()[:8]
        out = f"{out}-{digest}" if out else digest
    return out


def predicate_iri(wording: str, iris: Iris = DEFAULT_IRIS) -> URIRef:
    """The IRI of a predicate minted from a verb phrase ("agree to" -> rel:agree-to)."""
    return iris.rel[slug(wording)]
