"""kg.store.sparql over a small hand-built graph: two articles, two people, quotes, a negated fact."""
from __future__ import annotations

import datetime as dt
import json
import re
from importlib import resources

import pytest

from pyoxigraph import RdfFormat, Store

from kg.errors import QueryError
from kg.graph.namespace import ENT
from kg.graph.rdf import extraction_graph
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
from kg.store.sparql import (
    OutputFormat,
    QueryResult,
    format_result,
    load_graph_files,
    named_queries,
    run_named,
    run_query,
)

TEXT_A = (
    "Blinken visits Israel\n"
    "Antony J. Blinken urged Israel to allow more aid on Monday. "
    '"We need a ceasefire now," Blinken said. '
    "Benjamin Netanyahu did not meet Blinken. "
    '"Israel will defend itself," Netanyahu said.'
)
TEXT_B = "Blinken presses Israel\nAntony Blinken urged Israel on Tuesday to let aid in."

URGE_A = "Antony J. Blinken urged Israel to allow more aid on Monday."
MEET_A = "Benjamin Netanyahu did not meet Blinken."
URGE_B = "Antony Blinken urged Israel on Tuesday to let aid in."
QUOTE_BLINKEN = "We need a ceasefire now,"
QUOTE_NETANYAHU = "Israel will defend itself,"
SAID_BLINKEN = '"We need a ceasefire now," Blinken said.'
SAID_NETANYAHU = '"Israel will defend itself," Netanyahu said.'
INJECTION = '" } ; DROP ALL # \\'

MONDAY, TUESDAY = dt.date(2024, 1, 8), dt.date(2024, 1, 9)


def span(text: str, part: str) -> Span:
    start = text.index(part)
    return Span(start, start + len(part))


def document(text: str, title: str, source: str, published: dt.date) -> Document:
    whole = (Span(0, len(text)),)
    return Document(text=text, source=source, paragraphs=whole, title=title, date=published)


def blinken(*aliases: str) -> Entity:
    return Entity("blinken", "Antony J. Blinken", EntityType.PERSON, aliases=aliases)


ISRAEL = Entity("israel", "Israel", EntityType.PLACE)
NETANYAHU = Entity("netanyahu", "Benjamin Netanyahu", EntityType.PERSON, aliases=("Netanyahu",))

EXTRACTION_A = Extraction(
    document=document(TEXT_A, "Blinken visits Israel", "a.txt", TUESDAY),
    entities=(blinken("Blinken"), ISRAEL, NETANYAHU),
    relations=(
        Relation("blinken", "urge", "israel", span(TEXT_A, URGE_A), date=MONDAY, confidence=0.9),
        Relation("netanyahu", "meet", "blinken", span(TEXT_A, MEET_A), factuality=Factuality.NEGATED, date=TUESDAY),
    ),
    quotes=(
        Quote(QUOTE_BLINKEN, span(TEXT_A, QUOTE_BLINKEN), span(TEXT_A, SAID_BLINKEN), "blinken"),
        Quote(
            QUOTE_NETANYAHU,
            span(TEXT_A, QUOTE_NETANYAHU),
            span(TEXT_A, SAID_NETANYAHU),
            "netanyahu",
        ),
    ),
)
EXTRACTION_B = Extraction(
    document=document(TEXT_B, "Blinken presses Israel", "b.txt", dt.date(2024, 1, 10)),
    entities=(blinken("Antony Blinken"), ISRAEL),
    relations=(Relation("blinken", "urge", "israel", span(TEXT_B, URGE_B), date=TUESDAY),),
)


@pytest.fixture(scope="module")
def graph():
    return extraction_graph(EXTRACTION_B, extraction_graph(EXTRACTION_A))


@pytest.fixture(scope="module")
def ttl_file(graph, tmp_path_factory):
    path = tmp_path_factory.mktemp("graph") / "news.ttl"
    graph.serialize(path, format="longturtle", encoding="utf-8")
    return path


@pytest.fixture()
def store(ttl_file):
    return load_graph_files([ttl_file])


# --- loading and running -------------------------------------------------------------------


def test_select_returns_iris_and_lexical_forms(store):
    result = run_query(
        store,
        "SELECT ?person ?label ?alias WHERE { ?person a kg:Person ; rdfs:label ?label "
        "OPTIONAL { ?person skos:altLabel ?alias FILTER(?alias = 'Netanyahu') } } ORDER BY ?label",
    )
    assert result == QueryResult(
        ("person", "label", "alias"),
        (
            (str(ENT["person/antony-j-blinken"]), "Antony J. Blinken", None),
            (str(ENT["person/benjamin-netanyahu"]), "Benjamin Netanyahu", "Netanyahu"),
        ),
    )


def test_typed_literals_come_back_as_lexical_forms(store):
    result = run_query(
        store,
        "SELECT ?negated ?date ?confidence WHERE { ?s a kg:Statement ; kg:negated ?negated ; "
        "kg:date ?date ; kg:confidence ?confidence } ORDER BY ?date ?negated",
    )
    # oxigraph keeps numbers in canonical form: the file's 0.90 comes back as 0.9.
    assert result.rows == (
        ("false", "2024-01-08", "0.9"),
        ("false", "2024-01-09", "0.5"),
        ("true", "2024-01-09", "0.5"),
    )


def test_bindings_are_substituted_as_plain_literals(store):
    sparql = "SELECT ?label ?entity WHERE { ?entity rdfs:label ?label }"
    result = run_query(store, sparql, bindings={"label": "Israel"})
    assert result.rows == (("Israel", str(ENT["place/israel"])),)


def test_ask_query(store):
    assert run_query(store, "ASK { ?q a kg:Quote }") == QueryResult(("boolean",), (("true",),))
    assert run_query(store, "ASK { ?q a kg:Event }").rows == (("false",),)


@pytest.mark.parametrize(
    "sparql",
    ["SELECT ?s WHERE { ?s ?p ", "SELECT ?s WHERE { ?s undeclared:p ?o }", "DROP ALL"],
)
def test_malformed_sparql_is_a_query_error(store, sparql):
    with pytest.raises(QueryError, match="syntax error"):
        run_query(store, sparql)


@pytest.mark.parametrize("sparql, message", [
    ("SELECT ?x WHERE {\n  ?x a foo:Bar }", "SPARQL syntax error at line 2, column 15, near 'foo:Bar': unknown prefix 'foo:'"),
    ("SELECT ?s WHERE { ?s ?p ", "SPARQL syntax error at line 1, column 25, near '?p':"),
])
def test_a_syntax_error_is_one_line_with_where_and_what(store, sparql, message):
    with pytest.raises(QueryError) as caught:
        run_query(store, sparql)
    assert str(caught.value).startswith(message) and "\n" not in str(caught.value) and "\\u{" not in str(caught.value)


@pytest.mark.parametrize("text, message", [
    ("who-said", "no named query 'who-said' (did you mean who-said-what"),
    ("multisource", "no named query 'multisource' (did you mean multi-source?)"),
    ("xyzzy", "no named query 'xyzzy' (kg query --list lists them)"),
    ("questions/missing.rq", "questions/missing.rq: no such query file"),
    ("SELECT ?x WHERE { ?x ?y ?z } LIMIT", None),
    ("missing.rq", "missing.rq: no such query file"),
])
def test_a_mistyped_named_query_is_named_not_parsed(store, text, message):
    with pytest.raises(QueryError) as caught:
        run_query(store, text)
    if message is None:  # not one word: the SPARQL parser's to report
        assert str(caught.value).startswith("SPARQL syntax error")
    else:
        assert str(caught.value).startswith(message)


def test_construct_is_refused(store):
    with pytest.raises(QueryError, match="SELECT and ASK"):
        run_query(store, "CONSTRUCT WHERE { ?s ?p ?o }")


def test_binding_an_unselected_variable_is_a_query_error(store):
    with pytest.raises(QueryError, match=r"\?nowhere"):
        run_query(store, "SELECT ?s WHERE { ?s ?p ?o }", bindings={"nowhere": "x"})


@pytest.mark.parametrize(
    "rdflib_format, suffix",
    [("nt", ".nt"), ("xml", ".rdf"), ("json-ld", ".jsonld"), ("trig", ".trig")],
)
def test_every_triples_format_loads_the_same_facts(graph, tmp_path, rdflib_format, suffix):
    path = tmp_path / f"news{suffix}"
    graph.serialize(path, format=rdflib_format, encoding="utf-8")
    store = load_graph_files([path])
    assert len(store) == len(graph)
    assert run_named(store, "relations").rows == (("Antony J. Blinken", "urge", "Israel"),)


def test_quads_keep_their_graph_and_join_the_union(ttl_file, tmp_path):
    quads = tmp_path / "extra.nq"
    quads.write_text(
        f'<{ENT["place/israel"]}> <http://www.w3.org/2004/02/skos/core#altLabel> "State of Israel" '
        "<https://example.org/graph/extra> .\n",
        encoding="utf-8",
    )
    store = load_graph_files([ttl_file, quads])
    union = run_query(store, "SELECT ?alias WHERE { ent:place\\/israel skos:altLabel ?alias }")
    assert union.rows == (("State of Israel",),)
    named = run_query(store, "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }")
    assert named.rows == (("https://example.org/graph/extra",),)


def test_missing_file_names_the_file(tmp_path):
    missing = tmp_path / "nowhere.ttl"
    with pytest.raises(QueryError, match="nowhere.ttl: no such file"):
        load_graph_files([missing])


def test_bad_turtle_names_the_file_and_the_parser_message(tmp_path):
    bad = tmp_path / "broken.ttl"
    bad.write_text("<https://example.org/a> <https://example.org/b> .\n", encoding="utf-8")
    with pytest.raises(QueryError, match=r"broken\.ttl: cannot read it as Turtle: .*line 1"):
        load_graph_files([bad])


def test_unknown_extension_is_a_query_error(tmp_path):
    odd = tmp_path / "graph.txt"
    odd.write_text("", encoding="utf-8")
    with pytest.raises(QueryError, match=r"graph\.txt.*\.ttl"):
        load_graph_files([odd])


# --- named queries -------------------------------------------------------------------------


def test_relations(store):
    result = run_named(store, "relations")
    assert result == QueryResult(
        ("subject", "predicate", "object"), (("Antony J. Blinken", "urge", "Israel"),)
    )


def test_multi_source_counts_documents(store):
    result = run_named(store, "multi-source")
    assert result == QueryResult(
        ("subject", "predicate", "object", "documents"),
        (("Antony J. Blinken", "urge", "Israel", "2"),),
    )


def test_multi_source_needs_two_documents(graph, tmp_path):
    path = tmp_path / "one.ttl"
    extraction_graph(EXTRACTION_A).serialize(path, format="turtle")
    assert run_named(load_graph_files([path]), "multi-source").rows == ()


def test_who_said_what_lists_every_quote_without_a_speaker(store):
    result = run_named(store, "who-said-what")
    assert result == QueryResult(
        ("speaker", "text", "headline"),
        (
            ("Antony J. Blinken", QUOTE_BLINKEN, "Blinken visits Israel"),
            ("Benjamin Netanyahu", QUOTE_NETANYAHU, "Blinken visits Israel"),
        ),
    )


@pytest.mark.parametrize("speaker", ["blinken", "BLINKEN", "antony j", "Antony Blinken"])
def test_who_said_what_filters_by_label_or_alias(store, speaker):
    result = run_named(store, "who-said-what", speaker=speaker)
    assert result.rows == (("Antony J. Blinken", QUOTE_BLINKEN, "Blinken visits Israel"),)


def test_who_said_what_with_none_is_every_quote(store):
    assert len(run_named(store, "who-said-what", speaker=None).rows) == 2


def test_about_entity_includes_negated_statements(store):
    result = run_named(store, "about-entity", name="blinken")
    assert result.columns == ("subject", "predicate", "object", "negated", "date", "sentence")
    assert result.rows == (
        ("Antony J. Blinken", "urge", "Israel", "false", "2024-01-08", URGE_A),
        ("Antony J. Blinken", "urge", "Israel", "false", "2024-01-09", URGE_B),
        ("Benjamin Netanyahu", "meet", "Antony J. Blinken", "true", "2024-01-09", MEET_A),
    )


def test_about_entity_matches_object_and_alias(store):
    assert run_named(store, "about-entity", name="Netanyahu").rows == (
        ("Benjamin Netanyahu", "meet", "Antony J. Blinken", "true", "2024-01-09", MEET_A),
    )
    assert len(run_named(store, "about-entity", name="israel").rows) == 2


def test_not_asserted_lists_what_is_only_denied_with_its_kind(store):
    result = run_named(store, "not-asserted")
    assert result.columns == ("factuality", "subject", "predicate", "object", "source", "sentence", "headline")
    assert result.rows == (
        ("negated", "Benjamin Netanyahu", "meet", "Antony J. Blinken", None, MEET_A, "Blinken visits Israel"),
    )
    assert run_named(store, "not-asserted", factuality="negated").rows == result.rows
    assert run_named(store, "not-asserted", factuality="requested").rows == ()


def test_who_did_what_range_is_inclusive(store):
    result = run_named(store, "who-did-what", **{"from": "2024-01-09", "to": "2024-01-09"})
    assert result.columns == ("date", "subject", "predicate", "object", "negated", "sentence")
    assert result.rows == (
        ("2024-01-09", "Antony J. Blinken", "urge", "Israel", "false", URGE_B),
        ("2024-01-09", "Benjamin Netanyahu", "meet", "Antony J. Blinken", "true", MEET_A),
    )


def test_who_did_what_takes_dates_and_keyword_spelling(store):
    result = run_named(store, "who-did-what", from_=MONDAY, to=MONDAY)
    assert result.rows == (("2024-01-08", "Antony J. Blinken", "urge", "Israel", "false", URGE_A),)


def test_who_did_what_rejects_a_non_date(store):
    with pytest.raises(QueryError, match="from must be a date"):
        run_named(store, "who-did-what", from_="last week", to="2024-01-09")


def test_quotes_by(store):
    result = run_named(store, "quotes-by", name="netanyahu")
    assert result == QueryResult(
        ("speaker", "text", "headline", "published"),
        (("Benjamin Netanyahu", QUOTE_NETANYAHU, "Blinken visits Israel", "2024-01-09"),),
    )


@pytest.mark.parametrize(
    "query, params",
    [
        ("who-said-what", {"speaker": INJECTION}),
        ("about-entity", {"name": INJECTION}),
        ("quotes-by", {"name": INJECTION}),
        ("not-asserted", {"factuality": INJECTION}),
    ],
)
def test_parameter_values_are_data(store, query, params):
    size = len(store)
    assert run_named(store, query, **params).rows == ()
    assert len(store) == size


def test_unknown_named_query_lists_the_named_queries(store):
    with pytest.raises(QueryError, match="who-said-what") as caught:
        run_named(store, "who-knows")
    assert "relations" in str(caught.value)


def test_missing_parameter_says_what_is_needed(store):
    with pytest.raises(QueryError, match="about-entity needs name"):
        run_named(store, "about-entity")
    with pytest.raises(QueryError, match="needs to"):
        run_named(store, "who-did-what", from_="2024-01-01")


def test_unknown_parameter_is_a_query_error(store):
    with pytest.raises(QueryError, match="no parameter 'who'"):
        run_named(store, "relations", who="x")


def test_named_queries_are_the_rq_files():
    rq_files = [f.name for f in resources.files("kg.store.queries").iterdir() if f.name.endswith(".rq")]
    assert list(named_queries()) == sorted(name[:-3] for name in rq_files)
    assert set(named_queries()) >= {
        "who-said-what", "about-entity", "who-did-what", "multi-source", "quotes-by", "relations"
    }


@pytest.mark.parametrize("query", named_queries().values(), ids=lambda q: q.name)
def test_every_rq_starts_with_a_title_and_selects_its_params(query):
    assert query.sparql.startswith("# title: ")
    assert query.title
    select = re.search(r"^SELECT\b(.*?)^WHERE\b", query.sparql, re.MULTILINE | re.DOTALL)
    assert select is not None
    for param in query.params:
        assert param.description
        assert f"?{param.variable}" in select.group(1).split()


def test_params_are_declared():
    queries = named_queries()
    speaker = queries["who-said-what"].params[0]
    assert (speaker.name, speaker.variable, speaker.optional) == ("speaker", "speaker_name", True)
    assert [p.name for p in queries["who-did-what"].params] == ["from", "to"]


# --- output --------------------------------------------------------------------------------

KNOWN = QueryResult(
    ("name", "note"),
    (("Ann", 'says "hi", then\nleaves'), ("Bob\x1b[31m", None)),
)


def test_csv_output():
    assert format_result(KNOWN, OutputFormat.CSV) == (
        'name,note\nAnn,"says ""hi"", then\nleaves"\nBob\ufffd[31m,\n'
    )


def test_json_output():
    text = format_result(KNOWN, OutputFormat.JSON)
    assert text == (
        "[\n"
        "  {\n"
        '    "name": "Ann",\n'
        '    "note": "says \\"hi\\", then\\nleaves"\n'
        "  },\n"
        "  {\n"
        '    "name": "Bob\ufffd[31m",\n'
        '    "note": null\n'
        "  }\n"
        "]\n"
    )
    assert json.loads(text)[1] == {"name": "Bob\ufffd[31m", "note": None}


def test_table_output():
    assert format_result(KNOWN, OutputFormat.TABLE) == (
        "name      note\n"
        "--------  ----------------------\n"
        'Ann       says "hi", then leaves\n'
        "Bob\ufffd[31m\n"
        "2 rows\n"
    )


def test_table_cuts_long_cells_and_counts_one_row():
    result = QueryResult(("text",), (("x" * 100,),))
    lines = format_result(result, OutputFormat.TABLE).splitlines()
    assert lines[2] == "x" * 79 + "…"
    assert lines[-1] == "1 row"


def test_no_control_characters_reach_the_output():
    hostile = QueryResult(("c",), (("a\x1b]0;pwned\x07b\x9b2J\u202ec\r",),))
    for fmt in OutputFormat:
        text = format_result(hostile, fmt)
        assert not any(ch in text for ch in "\x1b\x07\x9b\u202e\r"), fmt


def test_json_output_keeps_booleans_and_numbers_typed():
    store = Store()
    store.load(
        b'<urn:s> <urn:n> 3 ; <urn:flag> false ; <urn:c> 0.90 ; <urn:d> "2023-11-03"^^<http://www.w3.org/2001/XMLSchema#date> ;'
        b' <urn:label> "42" ; <urn:odd> "x"^^<http://www.w3.org/2001/XMLSchema#integer> .',
        format=RdfFormat.TURTLE,
    )
    result = run_query(store, "SELECT ?n ?flag ?c ?d ?label ?odd ?none WHERE { <urn:s> <urn:n> ?n ; <urn:flag> ?flag ;"
                              " <urn:c> ?c ; <urn:d> ?d ; <urn:label> ?label ; <urn:odd> ?odd }")
    records = json.loads(format_result(result, OutputFormat.JSON))
    # an ill-typed integer stays its text; a string that looks like a number stays a string
    assert records == [{"n": 3, "flag": False, "c": 0.9, "d": "2023-11-03", "label": "42", "odd": "x", "none": None}]
    count = run_query(store, "SELECT (COUNT(*) AS ?triples) WHERE { ?s ?p ?o }")
    assert json.loads(format_result(count, OutputFormat.JSON)) == [{"triples": 6}]
    ask = run_query(store, "ASK { <urn:s> <urn:flag> false }")
    assert json.loads(format_result(ask, OutputFormat.JSON)) == [{"boolean": True}]
