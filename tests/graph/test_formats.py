"""kg.graph.formats: every syntax round-trips through rdflib and through pyoxigraph, TriG and N-Quads keep
one named graph per document, and the same graph gives the same bytes in any process."""
from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pyoxigraph
import pytest
from rdflib import BNode, Dataset, Graph, Literal, URIRef
from rdflib.compare import graph_diff, isomorphic, to_isomorphic
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID
from rdflib.namespace import RDFS, SKOS, XSD

from kg.errors import GraphError
from kg.graph.formats import (
    READ_EXTENSIONS,
    RdfFormat,
    json_ld_context,
    parse,
    read_files,
    serialize,
)
from kg.graph.namespace import ENT, PREFIXES
from kg.graph.rdf import document_iri, extraction_graph, new_dataset, union_graph
from kg.model import (
    Document,
    Entity,
    EntityType,
    Extraction,
    Factuality,
    Quote,
    Relation,
    Span,
)
from kg.store import sparql as query

# Names that break a naive writer of each syntax: quotes, markup, Turtle and TriG punctuation,
# backslashes, line breaks (CR LF too), triple quotes, JSON and XML specials, right-to-left text.
HOSTILE = [
    'Tom "Bomb" <script>alert(1)</script>',
    "Ann\\ > } # ;. @prefix x: <y> .",
    "Zoë\r\nO’Brien\t'''\"\"\" {\"@id\": \"x\"}",
    "خالد & <![CDATA[ ]]> GRAPH <g> { }",
]
# rdflib's own parser names, so that the rdflib round trip does not go through kg.graph.formats.
RDFLIB_PARSER = {
    RdfFormat.TURTLE: "turtle",
    RdfFormat.TRIG: "trig",
    RdfFormat.NQUADS: "nquads",
    RdfFormat.NTRIPLES: "nt",
    RdfFormat.JSONLD: "json-ld",
    RdfFormat.RDFXML: "xml",
}
BAD_IRI = re.compile(r"[\s<>\"{}|\\^`]")


def article(index: int, name: str, hamas: str = "Hamas") -> Extraction:
    first = f"{name} urged Israel to act."
    text = f"{first} {hamas} did not agree. “We will act,” {name} said. ({index})"
    start = len(first)
    quote_start = text.index("“")
    doc = Document(
        text=text, source=f"article {index} <{name}>.txt", paragraphs=(Span(0, len(text)),),
        title=f"{name} #{index}", date=dt.date(2023, 11, 3),
    )
    return Extraction(
        document=doc,
        entities=(
            Entity("e0", name, EntityType.PERSON, (f"Mr. {name}",)),
            Entity("e1", "Israel", EntityType.PLACE),
            Entity("e2", hamas, EntityType.ORGANIZATION),
        ),
        relations=(
            Relation("e0", "urge", "e1", Span(0, start), modality="will", date=dt.date(2023, 11, 2), confidence=0.9),
            Relation("e2", "agree to", "e0", Span(start + 1, quote_start - 1), factuality=Factuality.NEGATED),
        ),
        quotes=(Quote("We will act,", Span(quote_start + 1, quote_start + 13), Span(quote_start, len(text)), "e0"),),
    )


def articles() -> list[Extraction]:
    """One article per hostile name; they share Israel and name Hamas two ways."""
    return [article(index, name, hamas="HAMAS" if index % 2 else "Hamas") for index, name in enumerate(HOSTILE)]


def sample_dataset() -> Dataset:
    """One named graph per article."""
    dataset = new_dataset()
    for extraction in articles():
        extraction_graph(extraction, dataset.graph(document_iri(extraction.document)), labels=dataset)
    return dataset


def named_graphs(dataset: Dataset) -> dict[URIRef, Graph]:
    return {g.identifier: g for g in dataset.graphs() if g.identifier != DATASET_DEFAULT_GRAPH_ID and len(g)}


def document_iris() -> set[URIRef]:
    return {document_iri(extraction.document) for extraction in articles()}


def same_graph(got: Graph, want: Graph) -> None:
    if not isomorphic(got, want):
        _, only_got, only_want = graph_diff(to_isomorphic(got), to_isomorphic(want))
        pytest.fail(f"graphs differ\nonly parsed:\n{only_got.serialize(format='nt')}\nonly original:\n{only_want.serialize(format='nt')}")


def from_oxigraph(term) -> object:
    """pyoxigraph term -> rdflib term, written here so the check does not use kg.graph.formats."""
    if isinstance(term, pyoxigraph.NamedNode):
        return URIRef(term.value)
    if isinstance(term, pyoxigraph.BlankNode):
        return BNode(term.value)
    if term.language:
        return Literal(term.value, lang=term.language)
    datatype = term.datatype.value
    return Literal(term.value, datatype=None if datatype == str(XSD.string) else URIRef(datatype))


@pytest.fixture(scope="module")
def dataset() -> Dataset:
    return sample_dataset()


@pytest.mark.parametrize("fmt", list(RdfFormat), ids=lambda f: f.label)
def test_rdflib_reads_back_the_same_graph(dataset, fmt):
    back = Dataset()
    back.parse(data=serialize(dataset, fmt), format=RDFLIB_PARSER[fmt])
    same_graph(union_graph(back), union_graph(dataset))
    if fmt.named_graphs:
        graphs = named_graphs(back)
        assert set(graphs) == document_iris()
        for name, graph in named_graphs(dataset).items():
            same_graph(graphs[name], graph)


@pytest.mark.parametrize("fmt", list(RdfFormat), ids=lambda f: f.label)
def test_pyoxigraph_reads_back_the_same_graph(dataset, fmt):
    text = serialize(dataset, fmt)
    quads = list(pyoxigraph.parse(text, format=fmt.oxigraph))
    union = Graph()
    for quad in quads:
        union.add((from_oxigraph(quad.subject), from_oxigraph(quad.predicate), from_oxigraph(quad.object)))
    same_graph(union, union_graph(dataset))
    names = {q.graph_name for q in quads}
    if fmt.named_graphs:
        assert {URIRef(n.value) for n in names} == document_iris()
    else:
        assert names == {pyoxigraph.DefaultGraph()}
    store = pyoxigraph.Store()
    store.load(text.encode("utf-8"), format=fmt.oxigraph)
    assert len(store) == len(set(quads))


@pytest.mark.parametrize("fmt", list(RdfFormat), ids=lambda f: f.label)
def test_no_iri_has_spaces_or_illegal_characters(dataset, fmt):
    quads = pyoxigraph.parse(serialize(dataset, fmt), format=fmt.oxigraph)
    iris = {t.value for q in quads for t in (q.subject, q.predicate, q.object, q.graph_name) if isinstance(t, pyoxigraph.NamedNode)}
    assert iris and not [iri for iri in iris if BAD_IRI.search(iri)]


@pytest.mark.parametrize("fmt", list(RdfFormat), ids=lambda f: f.label)
def test_two_builds_serialise_byte_identically(fmt):
    assert serialize(sample_dataset(), fmt) == serialize(sample_dataset(), fmt)


def test_output_does_not_depend_on_the_process():
    # rdflib keeps named graphs and some namespaces in sets, whose order follows the hash seed.
    script = (
        "import hashlib, runpy, sys\n"
        "from kg.graph.formats import RdfFormat, serialize\n"
        "dataset = runpy.run_path(sys.argv[1])['sample_dataset']()\n"
        "for fmt in RdfFormat:\n"
        "    print(fmt.label, hashlib.sha256(serialize(dataset, fmt).encode()).hexdigest())\n"
    )
    here = {fmt.label: hashlib.sha256(serialize(sample_dataset(), fmt).encode()).hexdigest() for fmt in RdfFormat}
    for seed in ("1", "2"):
        proc = subprocess.run(
            [sys.executable, "-c", script, __file__], capture_output=True, text=True, timeout=120,
            env={**os.environ, "PYTHONHASHSEED": seed},
        )
        assert proc.returncode == 0, proc.stderr
        assert dict(line.split() for line in proc.stdout.splitlines()) == here


def test_an_entity_keeps_one_label_across_documents(dataset):
    union = union_graph(dataset)
    hamas = ENT["organization/hamas"]
    assert list(union.objects(hamas, RDFS.label)) == [Literal("Hamas")]
    assert set(union.objects(hamas, SKOS.altLabel)) == {Literal("HAMAS")}
    # every document's graph holds the same label, so each graph can be used on its own
    holding = [g for g in named_graphs(dataset).values() if (hamas, None, None) in g]
    assert len(holding) == len(HOSTILE) and all(set(g.objects(hamas, RDFS.label)) == {Literal("Hamas")} for g in holding)


def test_json_ld_is_compacted_with_the_shipped_context(dataset):
    document = json.loads(serialize(dataset, RdfFormat.JSONLD))
    context = json_ld_context()
    assert document["@context"] == context
    for prefix, namespace in PREFIXES.items():
        assert context[prefix] == str(namespace), prefix
    ids = {node["@id"] for node in document["@graph"]}
    assert "ent:place/israel" in ids and not [i for i in ids if i.startswith("http")]
    israel = next(node for node in document["@graph"] if node["@id"] == "ent:place/israel")
    assert israel["@type"] == "kg:Place" and israel["rdfs:label"] == "Israel"


def test_triples_written_as_quads_go_to_the_default_graph():
    graph = extraction_graph(article(0, "Ann"))
    text = serialize(graph, RdfFormat.NQUADS)
    quads = list(pyoxigraph.parse(text, format=pyoxigraph.RdfFormat.N_QUADS))
    assert len(quads) == len(graph) and {q.graph_name for q in quads} == {pyoxigraph.DefaultGraph()}


def test_rdfxml_refuses_what_xml_cannot_hold_and_the_others_keep_it():
    graph = extraction_graph(article(0, "Form\x0cfeed"))
    with pytest.raises(GraphError, match="U\\+000C"):
        serialize(graph, RdfFormat.RDFXML)
    for fmt in set(RdfFormat) - {RdfFormat.RDFXML}:
        same_graph(union_graph(parse(serialize(graph, fmt), fmt)), graph)


def test_files_are_read_by_extension(tmp_path, dataset):
    paths = []
    for fmt in RdfFormat:
        path = tmp_path / f"graph.{fmt.extension}"
        path.write_text(serialize(dataset, fmt), encoding="utf-8")
        paths.append(path)
        back = read_files([path])
        same_graph(union_graph(back), union_graph(dataset))
        assert len(named_graphs(back)) == (len(HOSTILE) if fmt.named_graphs else 0)
    same_graph(union_graph(read_files(paths)), union_graph(dataset))
    assert set(READ_EXTENSIONS) >= {".ttl", ".trig", ".nq", ".nt", ".jsonld", ".rdf", ".xml"}


@pytest.mark.parametrize(
    "name, content, message",
    [
        ("g.txt", "", "unknown RDF file extension"),
        ("missing.ttl", None, "no such file"),
        ("broken.ttl", "<urn:a> <urn:b> \"open .\n", "cannot read it as turtle"),
        ("remote.jsonld", '{"@context": "https://example.com/ctx.jsonld", "@id": "urn:a"}', "cannot read it as jsonld"),
    ],
)
def test_unreadable_files_name_the_file_and_the_reason(tmp_path, name, content, message):
    path = tmp_path / name
    if content is not None:
        path.write_text(content, encoding="utf-8")
    with pytest.raises(GraphError, match=message) as info:
        read_files([path])
    assert str(path) in str(info.value)


@pytest.mark.parametrize("label, fmt", [
    ("turtle", RdfFormat.TURTLE), ("TriG", RdfFormat.TRIG), ("nq", RdfFormat.NQUADS), (".jsonld", RdfFormat.JSONLD),
    # as rdflib and Apache Jena name them
    ("ttl", RdfFormat.TURTLE), ("TTL", RdfFormat.TURTLE), ("nt", RdfFormat.NTRIPLES), ("N-Triples", RdfFormat.NTRIPLES),
    ("n-quads", RdfFormat.NQUADS), ("json-ld", RdfFormat.JSONLD), ("JSON-LD", RdfFormat.JSONLD),
    ("xml", RdfFormat.RDFXML), ("rdf", RdfFormat.RDFXML), ("RDF/XML", RdfFormat.RDFXML),
])
def test_formats_are_named_by_label_extension_or_the_usual_names(label, fmt):
    assert RdfFormat.from_label(label) is fmt


@pytest.mark.parametrize("value, formats", [
    (RdfFormat.TRIG, [RdfFormat.TRIG]),
    ("trig", [RdfFormat.TRIG]),
    ("ttl,n-quads", [RdfFormat.TURTLE, RdfFormat.NQUADS]),
])
def test_coerce_takes_formats_and_names(value, formats):
    assert RdfFormat.coerce(value) == formats


def test_coerce_refuses_what_is_no_format():
    with pytest.raises(GraphError, match="not 3"):
        RdfFormat.coerce(3)


def test_unknown_format_lists_the_choices():
    with pytest.raises(GraphError, match="turtle, trig, nquads, ntriples, jsonld, rdfxml"):
        RdfFormat.from_label("n3")


# --- a real article through the pipeline -----------------------------------------------------


@pytest.fixture(scope="module")
def pauses_build(shared, tmp_path_factory):
    from kg.pipeline.builder import build

    out = tmp_path_factory.mktemp("pauses")
    return build([shared / "corpus" / "pauses-2023-11-03.txt"], out=out, html=False, formats=list(RdfFormat)), out


@pytest.mark.model
def test_build_writes_every_format_with_one_graph_per_document(pauses_build):
    result, out = pauses_build
    assert sorted(p.name for p in result.files) == sorted(f"graph.{fmt.extension}" for fmt in RdfFormat)
    union = union_graph(result.dataset)
    for fmt in RdfFormat:
        back = read_files([out / f"graph.{fmt.extension}"])
        assert isomorphic(union_graph(back), union), fmt
        assert len(named_graphs(back)) == (result.summary.documents if fmt.named_graphs else 0)


@pytest.mark.model
def test_sparql_finds_the_sentence_and_its_offsets(pauses_build):
    _, out = pauses_build
    store = query.load_graph_files([out / "graph.trig"])
    sparql = """
        SELECT ?sentence ?start ?end ?text WHERE {
          ?st rdf:subject ?who ; rdf:predicate rel:urge ; rdf:object ?whom ;
              kg:evidence ?ev ; prov:wasDerivedFrom ?doc .
          ?who rdfs:label ?name . FILTER(CONTAINS(?name, "Blinken"))
          ?whom rdfs:label "Israel" .
          ?ev oa:hasSelector ?quote, ?position .
          ?quote oa:exact ?sentence .
          ?position oa:start ?start ; oa:end ?end .
          ?doc schema:text ?text .
        }"""
    rows = query.run_query(store, sparql).rows
    assert rows
    for sentence, start, end, text in rows:
        assert text[int(start) : int(end)] == sentence
        assert "Blinken" in sentence and "urge" in sentence


@pytest.mark.model
def test_cli_build_writes_the_formats_asked(tmp_path):
    from kg.cli import main

    example = Path(__file__).resolve().parents[2] / "examples" / "ceasefire-talks.txt"
    code = main(["build", str(example), "--out", str(tmp_path), "--no-html", "--quiet", "--format", "trig,nquads", "--format", "jsonld"])
    assert code == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == ["graph.jsonld", "graph.nq", "graph.trig", "kg-build.json"]


def test_cli_build_rejects_an_unknown_format(capsys):
    from kg.cli import main

    with pytest.raises(SystemExit) as info:
        main(["build", "article.txt", "--format", "turtle,n3"])
    assert info.value.code == 2
    assert "unknown RDF format 'n3'" in capsys.readouterr().err
