"""What each `kg` command does: argparse namespaces in, library calls, one line per error."""
from __future__ import annotations

import argparse
import sys
from contextlib import nullcontext
from pathlib import Path

from kg.errors import KgError, display

EXIT_ERROR = 1
EXIT_USAGE = 2
EXIT_INVALID = 1  # `kg validate`: the graph breaks a shape
DASK_CONNECT_SECONDS = 30  # a scheduler that does not answer by then is reported as unreachable
_TIMEOUT_HELP = (
    "with --endpoint: how long to wait for the server to connect, answer, or send more of its answer "
    "(default: 30); a whole answer must come within ten times that"
)


def _build(args: argparse.Namespace) -> int:
    from kg.pipeline.blas import (
        one_blas_thread,  # before anything loads numpy, which reads it then
    )
    from kg.pipeline.progress import Progress

    progress = None if args.quiet else Progress(sys.stderr)

    def warn(message: str) -> None:
        message = display(message)
        if progress is not None:
            progress.note(message)
        else:
            print(message, file=sys.stderr)

    def skipped(path: str, reason: str) -> None:
        warn(f"kg: warning: skipped {path}: {reason}")

    def guessed(path: str, message: str) -> None:
        warn(f"kg: warning: {path}: {message}")

    if args.dask and args.workers > 1:
        raise KgError("give --workers or --dask, not both: with --dask the cluster's workers extract")
    with one_blas_thread(), progress or nullcontext():
        if args.store is not None:
            if args.dask:
                raise KgError("--dask builds graph files; leave out --store, or use --workers")
            return _build_into_store(args, progress, skipped, guessed)
        with _dask_client(args.dask) if args.dask else nullcontext() as client:
            result = _build_files(args, progress, skipped, guessed, client)
    print(result.summary)
    for path in result.files:
        print(display(f"wrote {path}"))
    for path in result.removed:
        print(display(f"removed {path} (an earlier build's; this build did not write it)"))
    return 0


def _build_files(args: argparse.Namespace, progress, skipped, guessed, client):
    from kg.graph.formats import RdfFormat
    from kg.pipeline.builder import build

    formats = [fmt for group in args.format for fmt in group] if args.format else [RdfFormat.TURTLE]
    return build(
        args.paths, out=args.out or Path("output"), html=not args.no_html, keep_going=args.keep_going, progress=progress,
        on_skip=skipped, on_warning=guessed, formats=formats, workers=args.workers, client=client, base=args.base,
        min_confidence=args.min_confidence,
    )


def _dask_client(address: str):
    """A dask.distributed Client connected to the scheduler at `address`."""
    try:
        from distributed import Client
    except ImportError:
        raise KgError("--dask needs Dask installed: pip install 'dask[distributed]' (or install kg with its dask extra)") from None
    try:
        return Client(address, timeout=DASK_CONNECT_SECONDS)
    except (OSError, TimeoutError, ValueError) as exc:
        raise KgError(
            f"cannot reach a Dask scheduler at {address} ({exc}); start one with `dask scheduler` and give "
            "the address it prints (tcp://HOST:8786)"
        ) from None


def _build_into_store(args: argparse.Namespace, progress, skipped, guessed) -> int:
    from kg.pipeline.builder import build_store
    from kg.store.embedded import open_store

    given = [flag for flag, value in (("--out", args.out), ("--format", args.format), ("--no-html", args.no_html)) if value]
    if given:
        raise KgError(f"--store writes to the store only; leave out {', '.join(given)}")
    with open_store(args.store, base=args.base) as store:
        result = build_store(
            args.paths, store, keep_going=args.keep_going, progress=progress, on_skip=skipped,
            on_warning=guessed, on_report=lambda report: print(display(str(report))), workers=args.workers,
            min_confidence=args.min_confidence,
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

        endpoint = remote.Endpoint(args.endpoint, timeout=args.timeout)
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
        print(display(str(store.remove(*args.documents))))
        print(f"the store holds {len(store)} triples")
    return 0


def _store_check(args: argparse.Namespace) -> int:
    from kg.store.embedded import check_store

    print(display(str(check_store(args.store))))
    return 0


def _push(args: argparse.Namespace) -> int:
    from kg.store import remote

    if (args.store is None) == (not args.graph):
        raise KgError("push either a store (--store DIR) or graph files (.trig, .nq), not both or neither")
    endpoint = remote.Endpoint(args.endpoint, store_url=args.store_url, timeout=args.timeout)

    def progress(index: int, total: int, graph: str) -> None:
        if not args.quiet:
            print(display(f"[{index}/{total}] {graph}"), file=sys.stderr, flush=True)

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
        return RdfFormat.coerce(text)
    except KgError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def _view(args: argparse.Namespace) -> int:
    from kg import api

    path = api.view(args.graph or None, args.out, entity=args.entity, depth=args.depth, quotes=args.quotes,
                    title=args.title, store=args.store)
    print(display(f"wrote {path}"))
    return 0


def _stats(args: argparse.Namespace) -> int:
    from kg import api

    counts, central = api.stats(args.graph or None, args.top, store=args.store)
    for key, value in counts.items():
        print(f"{key:>14}: {value}")
    print("\nmost central entities (PageRank, degree):")
    for label, rank, degree in central:
        print(f"  {rank:7.4f} {degree:4d}  {_printable(label)}")
    return 0


def _export(args: argparse.Namespace) -> int:
    from kg import api

    for path in api.export(args.graph or None, args.out, args.format, store=args.store):
        print(f"wrote {path}")
    return 0


def _printable(text: str) -> str:
    """Text from an article, safe to print on a terminal (no control sequences)."""
    return "".join(ch if ch.isprintable() else "\ufffd" for ch in text)
