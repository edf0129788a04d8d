"""The `kg` command: a thin layer over kg.pipeline.builder, kg.store.sparql and kg.views.html.

Every library error becomes one line on stderr and a non-zero exit; no tracebacks. The command
functions are in kg.cli.commands, the options and help in kg.cli.arguments.
"""
from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from kg.cli.arguments import parser
from kg.cli.commands import EXIT_ERROR
from kg.errors import KgError, display

__all__ = ["main", "parser"]


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
        print(f"kg: error: {display(str(exc), newlines=True)}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print("kg: interrupted; outputs already written are complete, nothing is half-written", file=sys.stderr)
        return 130
    except BrokenPipeError:  # "kg ... | head": the reader left; stop quietly, as other tools do
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 141


if __name__ == "__main__":
    sys.exit(main())
