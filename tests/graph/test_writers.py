"""Streamed output: files written a document at a time read back as the graph written whole,
state shared triples once, and a build that fails leaves the earlier files as they were."""
from __future__ import annotations

import io
import re

import pytest
from rdflib import Literal, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import RDFS
from test_formats import HOSTILE, articles, named_graphs, same_graph

from kg.errors import GraphError, InputError
from kg.graph.formats import RdfFormat, parse, read_files, serialize
from kg.graph.namespace import KG
from kg.graph.rdf import document_iri, extraction_triples, new_dataset, union_graph
from kg.graph.writers import StreamWriter, TurtleTerms, nt_term
from kg.views import network

EXAMPLES = ["examples/ceasefire-talks.txt", "examples/truce-extended.txt", "examples/aid-reaches-kastel.txt"]
STREAMED = [RdfFormat.TURTLE, RdfFormat.NTRIPLES, RdfFormat.TRIG, RdfFormat.NQUADS]


def streamed(fmt: RdfFormat) -> str:
    """The hostile sample articles written through one StreamWriter, a document at a time."""
    out = io.StringIO()
    writer = StreamWriter(out, fmt.label)
    labels: dict = {}
    for extraction in articles():
        writer.add(extraction_triples(extraction, labels), document_iri(extraction.document))
    return out.getvalue()


def written_whole() -> object:
    dataset = new_dataset()
    labels: dict = {}
    for extraction in articles():
        graph = dataset.graph(document_iri(extraction.document))
        for triple in extraction_triples(extraction, labels):
            graph.add(triple)
    return dataset


@pytest.mark.parametrize("fmt", STREAMED, ids=lambda f: f.label)
def test_a_stream_reads_back_as_the_graph_written_whole(fmt):
    back = parse(streamed(fmt), fmt)
    whole = written_whole()
    same_graph(union_graph(back), union_graph(whole))
    if fmt.named_graphs:
        assert set(named_graphs(back)) == set(named_graphs(whole))
        for name, graph in named_graphs(whole).items():
            same_graph(named_graphs(back)[name], graph)


@pytest.mark.parametrize("fmt", [RdfFormat.TURTLE, RdfFormat.NTRIPLES], ids=lambda f: f.label)
def test_a_triple_several_documents_state_is_written_once(fmt):
    text = streamed(fmt)
    lines = [line for line in text.split("\n") if line.strip()]
    if fmt is RdfFormat.NTRIPLES:
        assert len(lines) == len(set(lines))
    # Israel is in every article: each says it mentions Israel, the first alone gives its label
    label = f"{nt_term(RDFS.label) if fmt is RdfFormat.NTRIPLES else 'rdfs:label'} {nt_term(Literal('Israel'))}"
    mentioned = nt_term(KG.mentionedIn) if fmt is RdfFormat.NTRIPLES else "kg:mentionedIn"
    assert text.count(label) == 1
    israel = nt_term(URIRef("https://example.org/kg/entity/place/israel"))
    blocks = text.split(f"{israel}\n") if fmt is RdfFormat.TURTLE else [line for line in lines if line.startswith(israel)]
    assert sum(1 for block in blocks if mentioned in block.split(" .")[0]) == len(articles())


def test_the_same_document_twice_is_written_once():
    out = io.StringIO()
    writer = StreamWriter(out, "nquads")
    extraction = articles()[0]
    triples = extraction_triples(extraction, {})
    writer.add(triples, document_iri(extraction.document))
    once = out.getvalue()
    writer.add(triples, document_iri(extraction.document))
    assert out.getvalue() == once and once.count("\n") == len(triples)


@pytest.mark.parametrize("name", HOSTILE)
def test_hostile_literals_come_back_unchanged(name):
    text = Literal(name + "\x00\x1f\x7f\u2028\\u0041")
    triple = (URIRef("https://example.org/kg/entity/person/x"), RDFS.label, text)
    for fmt in STREAMED:
        out = io.StringIO()
        StreamWriter(out, fmt.label).add([triple], URIRef("https://example.org/kg/doc/d"))
        (got,) = list(union_graph(parse(out.getvalue(), fmt)))
        assert got == triple, fmt


@pytest.mark.parametrize("iri", ["https://example.org/a b", "https://example.org/a>b", "https://example.org/{a}"])
def test_an_iri_no_syntax_can_hold_is_refused(iri):
    with pytest.raises(GraphError, match="IRI"):
        nt_term(URIRef(iri))
    with pytest.raises(GraphError, match="IRI"):
        TurtleTerms().term(URIRef(iri))


def test_prefixed_names_only_where_the_local_part_is_plain():
    terms = TurtleTerms()
    assert terms.term(RDFS.label) == "rdfs:label"
    assert terms.term(URIRef("https://example.org/kg/relation/agree-to")) == "rel:agree-to"
    # "/" and a final "." would need escapes in a prefixed name: the whole IRI is written
    assert terms.term(URIRef("https://example.org/kg/entity/person/x")) == "<https://example.org/kg/entity/person/x>"
    assert terms.term(URIRef("https://example.org/kg/relation/end.")) == "<https://example.org/kg/relation/end.>"


# --- through the pipeline --------------------------------------------------------------------


@pytest.mark.model
def test_a_streamed_build_holds_what_a_build_in_memory_holds(tmp_path):
    from kg.pipeline.builder import build

    result = build(EXAMPLES, out=tmp_path, html=False, formats=STREAMED)
    assert result.kept is None  # nothing was held: the graph is read back from the files
    in_memory = build(EXAMPLES)
    for fmt in STREAMED:
        back = read_files([tmp_path / f"graph.{fmt.extension}"])
        assert isomorphic(union_graph(back), in_memory.graph), fmt
        if fmt.named_graphs:
            assert set(named_graphs(back)) == {document_iri(d) for d in _documents()}
    assert isomorphic(result.graph, in_memory.graph)
    assert result.summary == in_memory.summary
    assert set(named_graphs(result.dataset)) == set(named_graphs(in_memory.dataset))


@pytest.mark.model
def test_without_a_named_graph_file_a_streamed_build_has_no_dataset(tmp_path):
    from kg.pipeline.builder import build

    result = build(EXAMPLES[:1], out=tmp_path, html=False)
    assert result.dataset is None
    assert len(result.graph) > 100


@pytest.mark.model
def test_a_build_that_fails_midway_leaves_the_earlier_files(tmp_path):
    from kg.pipeline.builder import build

    build(EXAMPLES[:1], out=tmp_path, formats=[RdfFormat.TURTLE, RdfFormat.NQUADS])
    before = {path.name: path.read_bytes() for path in tmp_path.iterdir()}

    def fail_on_second(done, total, document):
        if done == 2:
            raise InputError("stopped on purpose")

    with pytest.raises(InputError, match="on purpose"):
        build(EXAMPLES, out=tmp_path, formats=[RdfFormat.TURTLE, RdfFormat.NQUADS], progress=fail_on_second)
    assert {path.name: path.read_bytes() for path in tmp_path.iterdir()} == before  # and no temporary file


@pytest.mark.model
def test_the_view_draws_the_same_from_the_triples_it_keeps(tmp_path):
    from kg.pipeline.builder import build

    graph = build(EXAMPLES).graph
    kept = type(graph)()
    for triple in graph:
        if triple[1] in network.DRAWN_PREDICATES:
            kept.add(triple)
    assert len(kept) < len(graph)
    full, drawn = network.to_networkx(graph), network.to_networkx(kept)
    assert list(full.nodes(data=True)) == list(drawn.nodes(data=True))
    assert list(full.edges(keys=True, data=True)) == list(drawn.edges(keys=True, data=True))
    assert full.number_of_edges() > 10
    quotes, kept_quotes = network.quote_network(graph), network.quote_network(kept)
    assert list(quotes.nodes(data=True)) == list(kept_quotes.nodes(data=True))


def _documents():
    from kg.read.files import read_documents

    return list(read_documents(EXAMPLES))


def test_streamed_turtle_and_whole_turtle_share_one_layout():
    whole = serialize(written_whole(), RdfFormat.TURTLE)
    stream = streamed(RdfFormat.TURTLE)
    assert whole.split("\n\n", 1)[0] == stream.split("\n\n", 1)[0]  # the same prefix header


@pytest.mark.model
def test_the_view_of_a_big_corpus_draws_its_first_articles(tmp_path, monkeypatch):
    """graph.html keeps (in memory) and draws only the first VIEW_DOCUMENTS articles; the files
    hold them all."""
    from kg.pipeline import builder as pipeline

    monkeypatch.setattr(pipeline, "VIEW_DOCUMENTS", 1)
    result = pipeline.build(EXAMPLES, out=tmp_path / "all")
    page = (tmp_path / "all" / "graph.html").read_text(encoding="utf-8")
    assert "the first 1 of 3 articles" in page
    pipeline.build(EXAMPLES[:1], out=tmp_path / "first")
    drawn = (tmp_path / "first" / "graph.html").read_text(encoding="utf-8")
    count = re.compile(r'<meta name="kg-node-count" content="(\d+)">')
    assert count.search(page).group(1) == count.search(drawn).group(1)
    assert result.summary.entities > int(count.search(page).group(1))
