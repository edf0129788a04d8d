"""kg.graph.validate and `kg validate`: graphs kg writes conform to ontology/shapes.ttl, and each kind of
damage is reported on the node that carries it."""
from __future__ import annotations

import datetime as dt
import subprocess
import sys
from collections.abc import Callable

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import PROV, RDF, RDFS, XSD

from kg.cli import main
from kg.graph.formats import RdfFormat, serialize
from kg.graph.namespace import DOC, ENT, KG, OA, SCHEMA
from kg.graph.rdf import document_iri, extraction_graph, new_dataset
from kg.graph.validate import Violation, shapes_text, validate
from kg.model import (
    DateMention,
    Document,
    Entity,
    EntityType,
    Extraction,
    Factuality,
    Quote,
    Relation,
    Span,
)

TEXT = "Blinken urged Israel to act on Thursday. Hamas did not agree. “We will act,” Blinken said."


def sample() -> Extraction:
    doc = Document(
        text=TEXT, source="talks.txt", paragraphs=(Span(0, len(TEXT)),), title='Talks "}" <b>', date=dt.date(2023, 11, 3)
    )
    quote_start = TEXT.index("“")
    return Extraction(
        document=doc,
        entities=(
            Entity("e0", 'Antony "Tony" <Blinken> # }', EntityType.PERSON, ("Blinken",)),
            Entity("e1", "Israel", EntityType.PLACE),
            Entity("e2", "Hamas\\ @prefix", EntityType.ORGANIZATION),
        ),
        relations=(
            Relation("e0", "urge", "e1", Span(0, 40), modality="will", date=dt.date(2023, 11, 2), confidence=0.9),
            Relation("e2", "agree to", "e0", Span(41, 61), factuality=Factuality.NEGATED),
        ),
        quotes=(Quote("We will act,", Span(quote_start + 1, quote_start + 13), Span(quote_start, len(TEXT)), "e0"),),
        dates=(DateMention("Thursday", dt.date(2023, 11, 2), Span(31, 39)),),
    )


DOC_IRI = document_iri(sample().document)
PERSON = ENT["person/antony-tony-blinken"]
STATEMENT = DOC[f"{DOC_IRI.split('/')[-1]}/statement/1"]
QUOTE = DOC[f"{DOC_IRI.split('/')[-1]}/quote/1"]
POSITION = DOC[f"{DOC_IRI.split('/')[-1]}/passage/0-40/position"]
EVIDENCE = DOC[f"{DOC_IRI.split('/')[-1]}/passage/0-40"]


def two_labels(g: Graph) -> set:
    g.add((PERSON, RDFS.label, Literal("Tony Blinken")))
    return {(PERSON, RDFS.label)}


def no_evidence(g: Graph) -> set:
    g.remove((STATEMENT, KG.evidence, None))
    return {(STATEMENT, KG.evidence)}


def no_speaker(g: Graph) -> set:
    g.remove((QUOTE, KG.speaker, None))
    return {(QUOTE, KG.speaker)}


def date_as_string(g: Graph) -> set:
    g.set((STATEMENT, KG.date, Literal("2023-11-02")))
    return {(STATEMENT, KG.date)}


def mentioned_date_as_string(g: Graph) -> set:
    g.add((DOC_IRI, KG.mentionsDate, Literal("Thursday")))
    return {(DOC_IRI, KG.mentionsDate)}


def published_as_datetime(g: Graph) -> set:
    g.set((DOC_IRI, SCHEMA.datePublished, Literal("2023-11-03T09:00:00", datatype=XSD.dateTime)))
    return {(DOC_IRI, SCHEMA.datePublished)}


def no_content_hash(g: Graph) -> set:
    g.remove((DOC_IRI, KG.contentHash, None))
    return {(DOC_IRI, KG.contentHash)}


def negated_as_string(g: Graph) -> set:
    g.set((STATEMENT, KG.negated, Literal("no")))
    return {(STATEMENT, KG.negated)}


def no_document(g: Graph) -> set:
    g.remove((STATEMENT, PROV.wasDerivedFrom, None))
    return {(STATEMENT, PROV.wasDerivedFrom)}


def two_subjects(g: Graph) -> set:
    g.add((STATEMENT, RDF.subject, ENT["place/israel"]))
    return {(STATEMENT, RDF.subject)}


def offsets_as_strings(g: Graph) -> set:
    g.set((POSITION, OA.start, Literal("0")))
    # the selector is wrong, so its passage lacks a position selector, so the statement's evidence is wrong
    return {(POSITION, OA.start), (EVIDENCE, OA.hasSelector), (STATEMENT, KG.evidence)}


def start_after_end(g: Graph) -> set:
    g.set((POSITION, OA.start, Literal(41)))
    return {(POSITION, OA.start), (EVIDENCE, OA.hasSelector), (STATEMENT, KG.evidence)}


BREAKAGES: list[Callable[[Graph], set]] = [
    two_labels, no_evidence, no_speaker, date_as_string, mentioned_date_as_string, published_as_datetime,
    no_content_hash, negated_as_string, no_document, two_subjects, offsets_as_strings, start_after_end,
]


def pairs(violations: tuple[Violation, ...]) -> set:
    return {(v.focus, v.path) for v in violations}


def test_a_graph_kg_writes_conforms():
    report = validate(extraction_graph(sample()))
    assert report.conforms and report.violations == ()
    assert report.text() == "conforms\n"


def test_a_dataset_is_validated_as_the_union_of_its_graphs():
    dataset = new_dataset()
    extraction_graph(sample(), dataset.graph(DOC_IRI), labels=dataset)
    assert validate(dataset).conforms
    # the label sits in another graph than the entity's type: still one label, still conforming
    dataset.graph(URIRef("urn:x-test:other")).add((ENT["place/israel"], RDFS.label, Literal("Israël")))
    assert pairs(validate(dataset).violations) == {(ENT["place/israel"], RDFS.label)}


@pytest.mark.parametrize("damage", BREAKAGES, ids=lambda f: f.__name__)
def test_each_damage_is_reported_on_its_node(damage):
    g = extraction_graph(sample())
    expected = damage(g)
    report = validate(g)
    assert not report.conforms
    assert pairs(report.violations) == expected
    assert all(v.message for v in report.violations)


def test_violations_are_sorted_and_counted():
    g = extraction_graph(sample())
    for damage in (two_labels, no_evidence, no_speaker, date_as_string):
        damage(g)
    report = validate(g)
    assert {v.focus for v in report.violations} == {PERSON, STATEMENT, QUOTE}
    assert list(report.violations) == sorted(report.violations, key=lambda v: (str(v.focus), str(v.path), v.message))
    lines = report.text().splitlines()
    assert lines[-1] == "4 violations" and len(lines) == 5
    doc_id = DOC_IRI.split("/")[-1]
    assert lines[0].startswith(f"doc:{doc_id}/quote/1  kg:speaker  ")
    assert [line.split("  ")[:2] for line in lines[1:3]] == [
        [f"doc:{doc_id}/statement/1", "kg:date"], [f"doc:{doc_id}/statement/1", "kg:evidence"]
    ]
    assert lines[3].startswith("ent:person/antony-tony-blinken  rdfs:label  an entity has exactly one rdfs:label")


def test_report_lines_stay_one_line_whatever_the_data():
    g = extraction_graph(sample())
    g.add((PERSON, RDFS.label, Literal("Evil\nname\x1b[31m")))
    text = validate(g).text()
    assert len(text.splitlines()) == 2 and "\x1b" not in text


def test_shapes_parse_and_use_their_own_namespace():
    shapes = Graph().parse(data=shapes_text(), format="turtle")
    subjects = {s for s in shapes.subjects() if isinstance(s, URIRef)}
    assert subjects and all(s.startswith("https://example.org/kg/shapes#") for s in subjects)


@pytest.mark.model
def test_the_pauses_article_conforms(shared):
    from kg.pipeline.builder import build

    result = build([shared / "corpus" / "pauses-2023-11-03.txt"], html=False)
    report = validate(result.dataset)
    assert report.conforms, report.text()
    assert validate(result.graph).conforms


# --- the command ---------------------------------------------------------------------------


def kg(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "kg.cli", *args], capture_output=True, text=True, timeout=300)


@pytest.mark.parametrize("fmt", [RdfFormat.TURTLE, RdfFormat.TRIG], ids=lambda f: f.label)
def test_cli_conforming_graph_exits_0(tmp_path, fmt):
    path = tmp_path / f"graph.{fmt.extension}"
    path.write_text(serialize(extraction_graph(sample()), fmt), encoding="utf-8")
    proc = kg("validate", str(path))
    assert (proc.returncode, proc.stdout, proc.stderr) == (0, "conforms\n", "")


def test_cli_broken_graph_exits_1_with_one_line_per_violation(tmp_path):
    g = extraction_graph(sample())
    for damage in (two_labels, no_evidence, no_speaker, date_as_string):
        damage(g)
    bad = tmp_path / "bad.nt"
    bad.write_text(serialize(g, RdfFormat.NTRIPLES), encoding="utf-8")
    proc = kg("validate", str(bad))
    assert proc.returncode == 1
    lines = proc.stdout.splitlines()
    assert lines == validate(g).text().splitlines()
    assert lines[-1] == "4 violations"


def test_cli_checks_several_files_as_one_graph(tmp_path):
    g = extraction_graph(sample())
    quote_facts = Graph()
    for triple in g.triples((QUOTE, None, None)):
        quote_facts.add(triple)
        g.remove(triple)
    rest, quotes = tmp_path / "rest.ttl", tmp_path / "quotes.jsonld"
    rest.write_text(serialize(g, RdfFormat.TURTLE), encoding="utf-8")
    quotes.write_text(serialize(quote_facts, RdfFormat.JSONLD), encoding="utf-8")
    assert kg("validate", str(rest)).returncode == 0  # no quote, nothing wrong
    assert kg("validate", str(quotes)).returncode == 1  # a quote whose speaker is no entity
    assert kg("validate", str(rest), str(quotes)).returncode == 0


def test_cli_unreadable_graph_is_one_error_line(tmp_path):
    path = tmp_path / "graph.ttl"
    path.write_text("<urn:a> <urn:b> .\n", encoding="utf-8")
    proc = kg("validate", str(path))
    assert proc.returncode == 1 and proc.stdout == ""
    (line,) = proc.stderr.strip().splitlines()
    assert line.startswith("kg: error:") and str(path) in line


def test_cli_validate_help_has_an_example(capsys):
    with pytest.raises(SystemExit) as info:
        main(["validate", "--help"])
    assert info.value.code == 0
    assert "example" in capsys.readouterr().out
