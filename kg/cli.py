"""The `kg` command: a thin layer over kg.pipeline.builder, kg.store.sparql and kg.views.html.

Every library error becomes one line on stderr and a non-zero exit; no tracebacks.
"""
from __future__ import annotations

import argparse
import os
import sys
from contextlib import nullcontext
from pathlib import Path

from kg.errors import KgError

EXIT_ERROR = 1
EXIT_USAGE = 2
EXIT_INVALID = 1  # `kg validate`: the graph breaks a shape
DASK_CONNECT_SECONDS = 30  # a scheduler that does not answer by then is reported as unreachable


def _build(args: argparse.Namespace) -> int:
    from kg.pipeline.blas import (
        one_blas_thread,  # before anything loads numpy, which reads it then
    )
    from kg.pipeline.progress import Progress

    progress = None if args.quiet else Progress(sys.stderr)

    def skipped(path: str, reason: str) -> None:
        message = f"kg: warning: skipped {path}: {reason}"
        if progress is not None:
            progress.note(message)
        else:
            print(message, file=sys.stderr)

    if args.dask and args.workers > 1:
        raise KgError("give --workers or --dask, not both: with --dask the cluster's workers extract")
    with one_blas_thread(), progress or nullcontext():
        if args.store is not None:
            if args.dask:
                raise KgError("--dask builds graph files; leave out --store, or use --workers")
            return _build_into_store(args, progress, skipped)
        with _dask_client(args.dask) if args.dask else nullcontext() as client:
            result = _build_files(args, progress, skipped, client)
    print(result.summary)
    for path in result.files:
        print(f"wrote {path}")
    return 0


def _build_files(args: argparse.Namespace, progress, skipped, client):
    from kg.graph.formats import RdfFormat
    from kg.pipeline.builder import build

    formats = [fmt for group in args.format for fmt in group] if args.format else [RdfFormat.TURTLE]
    return build(
        args.paths, out=args.out or Path("output"), html=not args.no_html, keep_going=args.keep_going, progress=progress,
        on_skip=skipped, formats=formats, workers=args.workers, client=client, min_confidence=args.min_confidence,
    )


def _dask_client(address: str):
    """A dask.distributed Client connected to the scheduler at `address`."""
    try:
        from distributed import Client
    except ImportError:
        raise KgError("--dask needs Dask installed: pip install 'kg-news[dask]'") from None
    try:
        return Client(address, timeout=DASK_CONNECT_SECONDS)
    except (OSError, TimeoutError, ValueError) as exc:
        raise KgError(
            f"cannot reach a Dask scheduler at {address} ({exc}); start one with `dask scheduler` and give "
            "the address it prints (tcp://HOST:8786)"
        ) from None


def _build_into_store(args: argparse.Namespace, progress, skipped) -> int:
    from kg.pipeline.builder import build_store
    from kg.store.embedded import open_store

    given = [flag for flag, value in (("--out", args.out), ("--format", args.format), ("--no-html", args.no_html)) if value]
    if given:
        raise KgError(f"--store writes to the store only; leave out {', '.join(given)}")
    with open_store(args.store) as store:
        result = build_store(
            args.paths, store, keep_going=args.keep_going, progress=progress, on_skip=skipped,
            on_report=print, workers=args.workers, min_confidence=args.min_confidence,
        )
    print(result)
    return 0


def _query_params(items: list[str]) -> dict[str, str]:
    params = {}
    for item in items:
        key, sep, value = item.partition("=")
        if not sep:
            raise KgError(f"--param takes NAME=VALUE, got {item!r}")
        params[key] = value
    return params


def _query_elsewhere(args: argparse.Namespace) -> int:
    """kg query --store DIR or --endpoint URL."""
    from kg.store import sparql as query

    if args.graph:
        raise KgError("give graph files or --store or --endpoint, not several")
    if not args.query:
        raise KgError("give a query: kg query --store DIR 'SELECT …' (or a named query, see --list)")
    params = _query_params(args.param)
    text = args.query
    if text not in query.named_queries() and text.endswith(".rq") and Path(text).is_file():
        text = Path(text).read_text(encoding="utf-8")
    if args.endpoint:
        from kg.store import remote

        endpoint = remote.Endpoint(args.endpoint)
        if text in query.named_queries():
            result = remote.run_named(endpoint, text, **params)
        else:
            result = remote.run_query(endpoint, text, bindings=params or None)
    else:
        from kg.store.embedded import open_store

        with open_store(args.store, create=False) as store:
            if text in query.named_queries():
                result = store.run_named(text, **params)
            else:
                result = store.query(text, bindings=params or None)
    sys.stdout.write(query.format_result(result, query.OutputFormat[args.format.upper()]))
    return 0


def _remove(args: argparse.Namespace) -> int:
    from kg.store.embedded import open_store

    with open_store(args.store, create=False) as store:
        print(store.remove(*args.documents))
        print(f"the store holds {len(store)} triples")
    return 0


def _push(args: argparse.Namespace) -> int:
    from kg.store import remote

    if (args.store is None) == (not args.graph):
        raise KgError("push either a store (--store DIR) or graph files (.trig, .nq), not both or neither")
    endpoint = remote.Endpoint(args.endpoint, store_url=args.store_url)

    def progress(index: int, total: int, graph: str) -> None:
        if not args.quiet:
            print(f"[{index}/{total}] {graph}", file=sys.stderr, flush=True)

    if args.store is not None:
        from kg.store.embedded import open_store

        with open_store(args.store, create=False) as store:
            report = remote.push_store(store, endpoint, prune=args.prune, progress=progress)
    else:
        report = remote.push_files(args.graph, endpoint, prune=args.prune, progress=progress)
    print(report)
    return 0


def _query(args: argparse.Namespace) -> int:
    from kg.store import sparql as query

    if args.list:
        for name, named in sorted(query.named_queries().items()):
            print(f"{name:16} {named.title}")
            for param in named.params:
                print(f"{'':16}   --param {param.name}=…  {param.description}")
        return 0
    if args.store is not None or args.endpoint:
        return _query_elsewhere(args)
    if not args.graph or not args.query:
        raise KgError("give a graph file and a query: kg query GRAPH 'SELECT …' (or a named query, see --list)")
    params = _query_params(args.param)
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
    from kg.graph.validate import validate_files

    report = validate_files(args.graph)
    sys.stdout.write(report.text())
    return 0 if report.conforms else EXIT_INVALID


def _openie(args: argparse.Namespace) -> int:
    from kg.extract import openie

    lines = openie.read_sentences(Path(args.sentences))
    for line in openie.format_lines(openie.extract_lines(lines), openie.OutputFormat(args.format)):
        print(line)
    return 0


def _rdf_formats(text: str) -> list:
    """--format value: one format name or several, comma-separated."""
    from kg.graph.formats import RdfFormat

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
    from kg.graph.formats import RdfFormat

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
        "  kg build --store output/store examples/   # grow a persistent store, article by article\n"
        "  kg build examples/ceasefire-talks.txt --format turtle,trig --format jsonld\n"
        "  kg build examples/ceasefire-talks.txt --min-confidence 0.5   # plain triples only for surer facts\n"
        "  kg build corpus.jsonl.gz --workers 4 --no-html     # one article a line, on 4 processes\n"
        "  kg build corpus.jsonl.gz --dask tcp://scheduler:8786 --no-html",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    b.add_argument("paths", nargs="+", metavar="PATH",
                   help="article files, folders, or .jsonl files of one article a line (any of them .gz)")
    b.add_argument("--out", type=Path, help="output folder (default: output)")
    b.add_argument(
        "--store", type=Path, metavar="DIR",
        help="add the articles to the kg store in DIR (created when missing) instead of writing files: "
        "unchanged articles are skipped, edited ones replace their old version",
    )
    b.add_argument("--no-html", action="store_true", help="do not write graph.html")
    b.add_argument(
        "--min-confidence", type=float, metavar="C",
        help="asserted facts whose confidence (the fitted probability that a reader signs them) is below C stay "
        "statements without a plain triple (default: the threshold fitted on the hand-annotated articles; "
        "0 keeps every asserted fact)",
    )
    b.add_argument("--keep-going", action="store_true", help="skip unreadable articles with a warning instead of stopping")
    b.add_argument("--quiet", action="store_true", help="no progress line (documents done, rate, time left)")
    b.add_argument("--workers", type=int, default=1, metavar="N", help="extract on N processes (default: 1)")
    b.add_argument(
        "--dask", metavar="ADDRESS",
        help="extract on the workers of a Dask cluster, whose scheduler is at ADDRESS (tcp://HOST:8786); "
        "needs pip install 'kg-news[dask]' here and kg on the workers",
    )
    b.add_argument(
        "--format", action="append", type=_rdf_formats, metavar="FORMAT[,FORMAT...]",
        help=f"write OUT/graph.<ext> in each format ({format_names}; repeatable; default: turtle). "
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
    q.add_argument("--format", choices=("table", "csv", "json"), default="table", help="output format (default: table)")
    q.add_argument("--list", action="store_true", help="list the named queries and their parameters")
    q.add_argument("--store", type=Path, metavar="DIR", help="query the kg store in DIR instead of graph files")
    q.add_argument("--endpoint", metavar="URL", help="query this SPARQL endpoint (its query URL) instead of graph files")
    q.set_defaults(func=_query)

    r = sub.add_parser(
        "remove",
        help="retract articles from a kg store",
        description="Remove articles from a kg store, with everything that came from them: their document "
        "graphs. Entities another article still names stay. DOC is the path the article was built from, its "
        "document id (16 hex digits) or its IRI.",
        epilog="examples:\n  kg remove --store output/store articles/monday.txt\n"
        "  kg remove --store output/store d5e45ec96618222a",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    r.add_argument("documents", nargs="+", metavar="DOC", help="article path, document id or document IRI")
    r.add_argument("--store", type=Path, metavar="DIR", required=True, help="the kg store")
    r.set_defaults(func=_remove)

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
    pu.add_argument("--quiet", action="store_true", help="no progress lines")
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
    elsewhere = args.command == "query" and (args.store is not None or args.endpoint)
    if elsewhere and args.query is None and args.graph:
        args.query = args.graph.pop()  # with --store or --endpoint, a positional is the query
    elif args.command == "query" and args.query is None and len(args.graph) >= 2:
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
    except BrokenPipeError:  # "kg ... | head": the reader left; stop quietly, as other tools do
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 141


if __name__ == "__main__":
    sys.exit(main())
