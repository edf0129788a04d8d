"""The `kg` command: a thin layer over kg.pipeline, kg.query and kg.views.

Every library error becomes one line on stderr and a non-zero exit; no tracebacks.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from kg.errors import KgError

EXIT_ERROR = 1
EXIT_USAGE = 2
EXIT_INVALID = 1  # `kg validate`: the graph breaks a shape


def _build(args: argparse.Namespace) -> int:
    from kg.formats import RdfFormat
    from kg.pipeline import build

    def progress(index: int, total: int, document) -> None:
        if total > 1 and not args.quiet:
            print(f"[{index}/{total}] {document.source}", file=sys.stderr, flush=True)

    def skipped(path: str, reason: str) -> None:
        print(f"kg: warning: skipped {path}: {reason}", file=sys.stderr)

    formats = [fmt for group in args.format for fmt in group] if args.format else [RdfFormat.TURTLE]
    result = build(
        args.paths, out=args.out, html=not args.no_html, keep_going=args.keep_going, progress=progress,
        on_skip=skipped, formats=formats, workers=args.workers,
    )
    print(result.summary)
    for path in result.files:
        print(f"wrote {path}")
    return 0


def _query(args: argparse.Namespace) -> int:
    from kg import query

    if args.list:
        for name, named in sorted(query.named_queries().items()):
            print(f"{name:16} {named.title}")
            for param in named.params:
                print(f"{'':16}   --param {param.name}=…  {param.description}")
        return 0
    if not args.graph or not args.query:
        raise KgError("give a graph file and a query: kg query GRAPH 'SELECT …' (or a named query, see --list)")
    params = {}
    for item in args.param:
        key, sep, value = item.partition("=")
        if not sep:
            raise KgError(f"--param takes NAME=VALUE, got {item!r}")
        params[key] = value
    store = query.load_graph_files(args.graph)
    text = args.query
    named = query.named_queries()
    if text in named:
        result = query.run_named(store, text, **params)
    else:
        if text.endswith(".rq") and Path(text).is_file():
            text = Path(text).read_text(encoding="utf-8")
        result = query.run_query(store, text, bindings=params or None)
    sys.stdout.write(query.format_result(result, query.OutputFormat[args.format.upper()]))
    return 0


def _validate(args: argparse.Namespace) -> int:
    from kg.validate import validate_files

    report = validate_files(args.graph)
    sys.stdout.write(report.text())
    return 0 if report.conforms else EXIT_INVALID


def _openie(args: argparse.Namespace) -> int:
    from kg import openie

    lines = sys.stdin.read().splitlines() if args.sentences == "-" else openie.read_sentences(Path(args.sentences))
    for line in openie.format_lines(openie.extract_lines(lines), openie.OutputFormat(args.format)):
        print(line)
    return 0


def _rdf_formats(text: str) -> list:
    """--format value: one format name or several, comma-separated."""
    from kg.formats import RdfFormat

    try:
        return [RdfFormat.from_label(name) for name in text.split(",") if name.strip()]
    except KgError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def _view(args: argparse.Namespace) -> int:
    from kg import api

    title = args.title or f"{'quotes' if args.quotes else 'graph'} of {', '.join(Path(p).name for p in args.graph)}"
    path = api.view(args.graph, args.out, entity=args.entity, depth=args.depth, quotes=args.quotes, title=title)
    print(f"wrote {path}")
    return 0


def _stats(args: argparse.Namespace) -> int:
    from kg import api

    graph = api.as_graph(args.graph)
    for key, value in api.counts(graph).items():
        print(f"{key:>14}: {value}")
    print("\nmost central entities (PageRank, degree):")
    for label, rank, degree in api.central_entities(graph, args.top):
        print(f"  {rank:7.4f} {degree:4d}  {_printable(label)}")
    return 0


def _printable(text: str) -> str:
    """Text from an article, safe to print on a terminal (no control sequences)."""
    return "".join(ch if ch.isprintable() else "\ufffd" for ch in text)


def parser() -> argparse.ArgumentParser:
    from kg.formats import RdfFormat

    format_names = "|".join(fmt.label for fmt in RdfFormat)
    top = argparse.ArgumentParser(
        prog="kg",
        description="Build a knowledge graph from news articles, and query it.",
        epilog="example: kg build examples/ceasefire-talks.txt --out output",
    )
    sub = top.add_subparsers(dest="command", required=True, metavar="COMMAND")

    b = sub.add_parser(
        "build",
        help="read articles and write graph.ttl and graph.html",
        description="Read news articles (plain text or HTML; files or folders) and write their knowledge graph "
        "as OUT/graph.ttl (Turtle; other formats with --format) and OUT/graph.html (an interactive view that "
        "opens offline).",
        epilog="examples:\n  kg build examples/ceasefire-talks.txt --out output\n"
        "  kg build examples/ceasefire-talks.txt --format turtle,trig --format jsonld",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    b.add_argument("paths", nargs="+", metavar="PATH", help="article files or folders")
    b.add_argument("--out", type=Path, default=Path("output"), help="output folder (default: output)")
    b.add_argument("--no-html", action="store_true", help="do not write graph.html")
    b.add_argument("--keep-going", action="store_true", help="skip unreadable articles with a warning instead of stopping")
    b.add_argument("--quiet", action="store_true", help="no progress lines")
    b.add_argument("--workers", type=int, default=1, metavar="N", help="extract on N processes (default: 1)")
    b.add_argument(
        "--format", action="append", type=_rdf_formats, metavar="FORMAT[,FORMAT...]",
        help=f"write OUT/graph.<ext> in each format ({format_names}; repeatable; default: turtle). "
        "trig and nquads keep one named graph per document",
    )
    b.set_defaults(func=_build)

    q = sub.add_parser(
        "query",
        help="run SPARQL or a named query over graph files",
        description="Run a SPARQL SELECT/ASK query, a .rq file, or a named query over one or more graph files. "
        "Parameters of named queries are bound as values, never pasted into the query.",
        epilog="examples:\n  kg query output/graph.ttl who-said-what --param speaker=Blinken\n"
        "  kg query output/graph.ttl 'SELECT ?s ?o WHERE { ?s rel:urge ?o }' --format csv\n  kg query --list",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    q.add_argument("graph", nargs="*", metavar="GRAPH", help="graph files (.ttl .nt .nq .trig .jsonld .rdf)")
    q.add_argument("query", nargs="?", metavar="QUERY", help="SPARQL text, a .rq file, or a named query")
    q.add_argument("--param", action="append", default=[], metavar="NAME=VALUE", help="a parameter of the query")
    q.add_argument("--format", choices=("table", "csv", "json"), default="table", help="output format (default: table)")
    q.add_argument("--list", action="store_true", help="list the named queries and their parameters")
    q.set_defaults(func=_query)

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
        help="write an interactive HTML view of graph files",
        description="Write an HTML view (opens offline in any browser) of the whole graph, of one entity's "
        "neighbourhood, or of who said what.",
        epilog="examples:\n  kg view output/graph.ttl --entity Blinken --depth 2 --out output/blinken.html\n"
        "  kg view output/graph.ttl --quotes --out output/quotes.html",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    v.add_argument("graph", nargs="+", metavar="GRAPH", help="graph files (.ttl .trig .nq .nt .jsonld .rdf)")
    v.add_argument("--entity", help="only the entities around the one whose name contains this text")
    v.add_argument("--depth", type=int, default=2, help="hops around --entity (default: 2)")
    v.add_argument("--quotes", action="store_true", help="speakers and their quotes instead of facts")
    v.add_argument("--title", help="page title")
    v.add_argument("--out", type=Path, default=Path("output") / "view.html", help="HTML file (default: output/view.html)")
    v.set_defaults(func=_view)

    st = sub.add_parser(
        "stats",
        help="counts and the most central entities of graph files",
        description="Print counts (documents, entities by type, statements, quotes) and the most central "
        "entities by PageRank.",
        epilog="example: kg stats output/graph.ttl --top 15",
    )
    st.add_argument("graph", nargs="+", metavar="GRAPH", help="graph files")
    st.add_argument("--top", type=int, default=10, help="how many central entities (default: 10)")
    st.set_defaults(func=_stats)
    return top


def _split_graph_and_query(args: argparse.Namespace) -> None:
    """argparse gives every positional to GRAPH; the last one is the query."""
    if args.command == "query" and args.query is None and len(args.graph) >= 2:
        args.query = args.graph.pop()
    elif args.command == "query" and args.query is None and len(args.graph) == 1 and not Path(args.graph[0]).exists():
        args.query = args.graph.pop()


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    _split_graph_and_query(args)
    try:
        return args.func(args)
    except KgError as exc:
        print(f"kg: error: {exc}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print("kg: interrupted; outputs already written are complete, nothing is half-written", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
