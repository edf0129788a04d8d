"""The `kg` command line: its subcommands, their options and help, each with an example."""
from __future__ import annotations

import argparse
from pathlib import Path

from kg.cli.commands import (
    _TIMEOUT_HELP,
    _build,
    _export,
    _openie,
    _push,
    _query,
    _rdf_formats,
    _remove,
    _stats,
    _store_check,
    _validate,
    _view,
)


def parser() -> argparse.ArgumentParser:
    from kg.graph.formats import RdfFormat

    format_names = "|".join(fmt.label for fmt in RdfFormat)
    top = argparse.ArgumentParser(
        prog="kg",
        description="Build a knowledge graph from news articles, and query it.",
        epilog="example: kg build examples/ceasefire-talks.txt --out output",
    )
    top.add_argument("--version", action="version", version=f"kg {_version()}")
    sub = top.add_subparsers(dest="command", required=True, metavar="COMMAND")

    b = sub.add_parser(
        "build",
        help="read articles and write graph.ttl and graph.html",
        description="Read news articles (plain text or HTML; files or folders) and write their knowledge graph "
        "as OUT/graph.ttl (Turtle; other formats with --format) and OUT/graph.html (an interactive view that "
        "opens offline).",
        epilog="examples:\n  kg build examples/ceasefire-talks.txt --out output\n"
        "  kg build --store output/store examples/   # grow a persistent store, article by article\n"
        "  kg build examples/ceasefire-talks.txt --format turtle,trig --format jsonld\n"
        "  kg build examples/ceasefire-talks.txt -f json-ld --base https://news.example.com/kg/\n"
        "  kg build examples/ceasefire-talks.txt --min-confidence 0.5   # plain triples only for surer facts\n"
        "  kg build corpus.jsonl.gz --workers 4 --no-html     # one article a line, on 4 processes\n"
        "  kg build corpus.jsonl.gz --dask tcp://scheduler:8786 --no-html",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    b.add_argument("paths", nargs="+", metavar="PATH",
                   help="article files, folders, or .jsonl files of one article a line (any of them .gz)")
    b.add_argument("-o", "--out", type=Path, help="output folder (default: output)")
    b.add_argument(
        "--store", type=Path, metavar="DIR",
        help="add the articles to the kg store in DIR (created when missing) instead of writing files: "
        "unchanged articles are skipped, edited ones replace their old version",
    )
    b.add_argument(
        "--base", metavar="IRI",
        help="mint the IRIs of entities, documents and predicates under IRI (default: https://example.org/kg/); "
        "a store records its base and refuses another",
    )
    b.add_argument("--no-html", action="store_true", help="do not write graph.html")
    b.add_argument(
        "--min-confidence", type=float, metavar="C",
        help="asserted facts whose confidence (the fitted probability that a reader signs them) is below C stay "
        "statements without a plain triple (default: the threshold fitted on the hand-annotated articles; "
        "0 keeps every asserted fact)",
    )
    b.add_argument("--keep-going", action="store_true", help="skip unreadable articles with a warning instead of stopping")
    b.add_argument("-q", "--quiet", action="store_true", help="no progress line (documents done, rate, time left)")
    b.add_argument("-w", "--workers", type=int, default=1, metavar="N", help="extract on N processes (default: 1)")
    b.add_argument(
        "--dask", metavar="ADDRESS",
        help="extract on the workers of a Dask cluster, whose scheduler is at ADDRESS (tcp://HOST:8786); "
        "needs kg installed with its dask extra here and on the workers (pip install '/path/to/kg[dask]')",
    )
    b.add_argument(
        "-f", "--format", action="append", type=_rdf_formats, metavar="FORMAT[,FORMAT...]",
        help=f"write OUT/graph.<ext> in each format ({format_names}, or as rdflib and Jena name them: ttl, nt, "
        "n-triples, nq, n-quads, json-ld, xml, rdf; repeatable; default: turtle). "
        "trig and nquads keep one named graph per document",
    )
    b.set_defaults(func=_build)

    q = sub.add_parser(
        "query",
        help="run SPARQL or a named query over graph files, a store or a SPARQL endpoint",
        description="Run a SPARQL SELECT/ASK query, a .rq file, or a named query over one or more graph files, "
        "a kg store (--store) or a SPARQL endpoint (--endpoint). The default graph is the union of all graphs. "
        "Parameters of named queries are bound as values, never pasted into the query.",
        epilog="examples:\n  kg query output/graph.ttl who-said-what --param speaker=Blinken\n"
        "  kg query output/graph.ttl 'SELECT ?s ?o WHERE { ?s rel:urge ?o }' --format csv\n"
        "  kg query --store output/store multi-source\n"
        "  kg query --endpoint http://localhost:7878/query about-entity --param name=Blinken\n  kg query --list",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    q.add_argument("graph", nargs="*", metavar="GRAPH", help="graph files (.ttl .nt .nq .trig .jsonld .rdf)")
    q.add_argument("query", nargs="?", metavar="QUERY", help="SPARQL text, a .rq file, or a named query")
    q.add_argument("--param", action="append", default=[], metavar="NAME=VALUE", help="a parameter of the query")
    q.add_argument(
        "-f", "--format", choices=("table", "csv", "json"), default="table",
        help="output format (default: table); json: one object a row, booleans and numbers typed",
    )
    q.add_argument("--list", action="store_true", help="list the named queries and their parameters")
    q.add_argument("--store", type=Path, metavar="DIR", help="query the kg store in DIR instead of graph files")
    q.add_argument("--endpoint", metavar="URL", help="query this SPARQL endpoint (its query URL) instead of graph files")
    q.add_argument("--timeout", type=float, default=30.0, metavar="SECONDS", help=_TIMEOUT_HELP)
    q.set_defaults(func=_query)

    r = sub.add_parser(
        "remove",
        help="retract articles from a kg store",
        description="Remove articles from a kg store, with everything that came from them: their document "
        "graphs. Entities another article still names stay. DOC is the path the article was built from, its "
        "document id (16 hex digits) or its IRI (doc:ID, as output files write it, or in full).",
        epilog="examples:\n  kg remove --store output/store articles/monday.txt\n"
        "  kg remove --store output/store doc:d5e45ec96618222a",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    r.add_argument("documents", nargs="+", metavar="DOC", help="article path, document id or document IRI (doc:ID)")
    r.add_argument("--store", type=Path, metavar="DIR", required=True, help="the kg store")
    r.set_defaults(func=_remove)

    sc = sub.add_parser(
        "store",
        help="look after a kg store: kg store check DIR",
        description="kg store check DIR opens the store read-only and reads every triple, changing no file: it "
        "prints the number of documents and triples of a sound store, or says what is damaged and how to recover "
        "(exit status 1).",
        epilog="example: kg store check output/store",
    )
    sc.add_argument("action", choices=("check",), help="check: is the store sound?")
    sc.add_argument("store", type=Path, metavar="DIR", help="the kg store")
    sc.set_defaults(func=_store_check)

    pu = sub.add_parser(
        "push",
        help="send a store or graph files to a SPARQL server (Graph Store Protocol)",
        description="PUT each document graph of a kg store, or of TriG/N-Quads files, to a SPARQL 1.1 server with "
        "the Graph Store Protocol (STORE_URL?graph=<document IRI>): pushing again replaces each document's graph. "
        "--endpoint is the server's query URL; --store-url its Graph Store URL, by default the Oxigraph one "
        "(.../query -> .../store). Fuseki: --endpoint http://HOST:3030/DS/query --store-url "
        "http://HOST:3030/DS/data. GraphDB: --endpoint http://HOST:7200/repositories/ID --store-url "
        "http://HOST:7200/repositories/ID/rdf-graphs/service.",
        epilog="examples:\n  kg push --store output/store --endpoint http://localhost:7878/query\n"
        "  kg push output/graph.trig --endpoint http://localhost:3030/news/query "
        "--store-url http://localhost:3030/news/data",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    pu.add_argument("graph", nargs="*", metavar="GRAPH", help="TriG or N-Quads files (instead of --store)")
    pu.add_argument("--store", type=Path, metavar="DIR", help="push the kg store in DIR")
    pu.add_argument("--endpoint", metavar="URL", required=True, help="the server's SPARQL query URL")
    pu.add_argument("--store-url", metavar="URL", help="the server's Graph Store Protocol URL (default: Oxigraph's)")
    pu.add_argument(
        "--prune", action="store_true",
        help="also delete the server's document graphs that the source does not hold (articles removed since)",
    )
    pu.add_argument("-q", "--quiet", action="store_true", help="no progress lines")
    pu.add_argument("--timeout", type=float, default=30.0, metavar="SECONDS", help=_TIMEOUT_HELP)
    pu.set_defaults(func=_push)

    v = sub.add_parser(
        "validate",
        help="check graph files against the SHACL shapes",
        description="Check graph files against the SHACL shapes of ontology/shapes.ttl: one line per violation "
        "(focus node, property, message), then the number of violations or 'conforms'. "
        "Exit status 0 when the graph conforms, 1 otherwise. Several files are checked as one graph.",
        epilog="examples:\n  kg validate output/graph.ttl\n  kg validate output/graph.trig more.nq",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    v.add_argument("graph", nargs="+", metavar="GRAPH", help="graph files (.ttl .trig .nq .nt .jsonld .rdf .xml)")
    v.set_defaults(func=_validate)

    o = sub.add_parser(
        "openie",
        help="open information extraction from pre-tokenised sentences (CaRB format)",
        description="Read one pre-tokenised sentence a line (tokens split by spaces, PTB escapes such as -LRB- "
        "allowed) and write every extraction the relation rules of `kg build` find: with --format carb, "
        "sentence<TAB>confidence<TAB>relation<TAB>arg1<TAB>arg2..., arguments in the sentence's own tokens; "
        "with --format json, one JSON object a sentence with token offsets.",
        epilog="examples:\n  kg openie ../shared/bench/carb/dev.txt --format carb > output/carb_dev.tsv\n"
        "  echo 'The council closed the bridge .' | kg openie - --format json",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    o.add_argument("sentences", metavar="SENTENCES", help="text file, one pre-tokenised sentence a line ('-': stdin)")
    o.add_argument("--format", choices=("carb", "json"), default="carb", help="output format (default: carb)")
    o.set_defaults(func=_openie)

    v = sub.add_parser(
        "view",
        help="write an interactive HTML view of graph files or a store",
        description="Write an HTML view (opens offline in any browser) of the whole graph, of one entity's "
        "neighbourhood, or the list of who said what. Named entities and the facts between them are drawn; "
        "concepts are one click away (type filter, side panel).",
        epilog="examples:\n  kg view output/graph.ttl --entity Blinken --depth 2 --out output/blinken.html\n"
        "  kg view output/graph.ttl --quotes --out output/quotes.html\n"
        "  kg view --store output/store --out output/corpus.html",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    v.add_argument("graph", nargs="*", metavar="GRAPH", help="graph files (.ttl .trig .nq .nt .jsonld .rdf)")
    v.add_argument("--store", type=Path, metavar="DIR", help="view the kg store in DIR instead of graph files")
    v.add_argument("--entity", help="only the entities around the one whose name contains this text")
    v.add_argument("--depth", type=int, default=2, help="hops around --entity (default: 2)")
    v.add_argument("--quotes", action="store_true", help="a list of speakers and their quotes instead of the graph")
    v.add_argument("--title", help="page title (default: the article's title, the entity's name or 'N articles')")
    v.add_argument("--out", type=Path, default=Path("output") / "view.html", help="HTML file (default: output/view.html)")
    v.set_defaults(func=_view)

    st = sub.add_parser(
        "stats",
        help="counts and the most central entities of graph files or a store",
        description="Print counts (documents, entities by type, statements, quotes) and the most central "
        "entities by PageRank.",
        epilog="examples:\n  kg stats output/graph.ttl --top 15\n  kg stats --store output/store",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    st.add_argument("graph", nargs="*", metavar="GRAPH", help="graph files")
    st.add_argument("--store", type=Path, metavar="DIR", help="the kg store in DIR instead of graph files")
    st.add_argument("--top", type=int, default=10, help="how many central entities (default: 10)")
    st.set_defaults(func=_stats)

    ex = sub.add_parser(
        "export",
        help="write the entity graph for Gephi, Cytoscape or Neo4j",
        description="Write entities (nodes) and facts (edges, with predicate, negation and sentence) as GraphML "
        "or GEXF (Gephi, yEd), Cytoscape JSON, or nodes.csv + edges.csv for Neo4j LOAD CSV (--out is then a folder).",
        epilog="examples:\n  kg export output/graph.ttl --format gexf --out output/graph.gexf\n"
        "  kg export --store output/store --format csv --out output/neo4j",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    ex.add_argument("graph", nargs="*", metavar="GRAPH", help="graph files")
    ex.add_argument("--store", type=Path, metavar="DIR", help="the kg store in DIR instead of graph files")
    ex.add_argument("--format", required=True, choices=("graphml", "gexf", "cytoscape", "csv"), help="file format")
    ex.add_argument("--out", type=Path, required=True, help="output file (a folder for csv)")
    ex.set_defaults(func=_export)
    return top


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("kg-news")
    except PackageNotFoundError:  # run from a checkout that was never installed
        return "(not installed)"
