"""SPARQL over built graphs: load RDF files into pyoxigraph, run queries, print the answers.

Queries see the default graph as the union of every loaded graph, and every kg prefix
(kg, ent, doc, rel, oa, schema, prov, plus rdf, rdfs, skos, owl, xsd) is predeclared, so the
IRIs come from kg.graph.namespace only and the shipped queries need no PREFIX lines.

Named queries are the `.rq` files of kg/queries. Each starts with comment lines:

    # title: One line saying what the query answers
    # param: NAME [?VARIABLE] [date] [optional] — what the value is

A param binds the SPARQL variable ?NAME, or ?VARIABLE when given; `date` makes the value an
xsd:date (a date or "YYYY-MM-DD"); `optional` lets the caller leave it out, which leaves the
variable unbound. Values are bound with pyoxigraph's substitutions, never pasted into the text.
oxigraph substitutes only variables listed in the SELECT clause, so each query lists its param
variables there and run_named drops those columns from the result.
"""
from __future__ import annotations

import csv
import datetime as dt
import difflib
import io
import json
import keyword
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from enum import Enum
from importlib import resources
from pathlib import Path
from typing import Union

import rdflib
from pyoxigraph import (
    BlankNode,
    Literal,
    NamedNode,
    QueryBoolean,
    QuerySolutions,
    Store,
    Variable,
)
from pyoxigraph import (
    RdfFormat as OxigraphFormat,
)
from rdflib.namespace import OWL, RDF, RDFS, SKOS, XSD

from kg.errors import GraphError, QueryError
from kg.graph.formats import READ_EXTENSIONS, check_rdf_xml_file, too_long
from kg.graph.formats import RdfFormat as KgFormat
from kg.graph.namespace import DEFAULT_IRIS, Iris
from kg.graph.rdf import union_graph


def query_prefixes(iris: Iris = DEFAULT_IRIS) -> dict[str, str]:
    """The prefixes every query may use, ent:, doc: and rel: those of a graph minted under `iris`."""
    return {
        **{prefix: str(ns) for prefix, ns in iris.prefixes.items()},
        "rdf": str(RDF),
        "rdfs": str(RDFS),
        "skos": str(SKOS),
        "owl": str(OWL),
        "xsd": str(XSD),
    }


QUERY_PREFIXES = query_prefixes()
ASK_COLUMN = "boolean"  # the one column of an ASK answer, named as in SPARQL JSON results
MAX_CELL = 80  # characters of a table cell before it is cut with "…"
# C0/C1 controls except \t and \n (terminal escapes start here) and the bidi overrides and
# isolates, which can make printed text read differently from the data.
_UNSAFE_CHARS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
_PARAM_SEPARATOR = "—"
_ONE_WORD = re.compile(r"[A-Za-z_][A-Za-z0-9_.-]*")  # a named query's name; never a SPARQL query
# Datatypes whose values `--format json` writes as JSON booleans and numbers.
_XSD_BOOLEAN = str(XSD.boolean)
_XSD_INTEGERS = frozenset(str(XSD[name]) for name in (
    "integer", "int", "long", "short", "byte", "nonNegativeInteger", "positiveInteger", "nonPositiveInteger",
    "negativeInteger", "unsignedLong", "unsignedInt", "unsignedShort", "unsignedByte"))
_XSD_REALS = frozenset(str(XSD[name]) for name in ("decimal", "double", "float"))
_INTEGER = re.compile(r"[+-]?[0-9]+")
_REAL = re.compile(r"[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][+-]?[0-9]+)?")  # no INF or NaN: not JSON

BindingValue = Union[
    str, bool, int, float, dt.date, NamedNode, BlankNode, Literal, rdflib.URIRef, rdflib.Literal
]


@dataclass(frozen=True)
class QueryResult:
    """A SELECT answer as plain strings: IRIs as the IRI, literals as their lexical form,
    blank nodes as `_:id`, unbound as None. An ASK answer is one row in column "boolean"."""

    columns: tuple[str, ...]
    rows: tuple[tuple[str | None, ...], ...]
    # the datatype IRI of each cell that is a literal, else None (row by row, as `rows`); empty
    # when unknown. Only `--format json` reads it, so it takes no part in comparing results.
    datatypes: tuple[tuple[str | None, ...], ...] = field(default=(), compare=False, repr=False)


class ParamKind(Enum):
    STRING = "string"
    DATE = "date"


@dataclass(frozen=True)
class QueryParam:
    name: str
    description: str
    variable: str  # the SPARQL variable it binds, without "?"
    kind: ParamKind = ParamKind.STRING
    optional: bool = False


@dataclass(frozen=True)
class NamedQuery:
    """One `.rq` file of kg/queries; `sparql` is the whole file (its header is comments)."""

    name: str
    title: str
    params: tuple[QueryParam, ...]
    sparql: str

    def usage(self) -> str:
        """One line per param, for error messages and --help text."""
        if not self.params:
            return f"{self.name} takes no parameters"
        lines = [f"{self.name} takes:"]
        for p in self.params:
            extras = ", ".join(x for x in (p.kind.value, "optional" if p.optional else "") if x)
            lines.append(f"  {p.name} ({extras}) — {p.description}")
        return "\n".join(lines)


class OutputFormat(Enum):
    TABLE = "table"
    CSV = "csv"
    JSON = "json"


# --- loading -------------------------------------------------------------------------------


def load_graph_files(paths: Iterable[str | Path]) -> Store:
    """An in-memory Store holding every file of `paths`, each parsed by its extension."""
    store = Store()
    for path in map(Path, paths):
        fmt = READ_EXTENSIONS.get(path.suffix.lower())  # triples go to the default graph; quads keep theirs
        if fmt is None:
            known = ", ".join(READ_EXTENSIONS)
            raise QueryError(f"{path}: unknown RDF file extension {path.suffix!r}; use {known}")
        rdf_format = fmt.oxigraph
        if not path.is_file():
            raise QueryError(f"{path}: no such file")
        if fmt is KgFormat.RDFXML:
            try:
                check_rdf_xml_file(path)
            except GraphError as exc:
                raise QueryError(str(exc)) from None
        try:
            store.load(path=path, format=rdf_format, base_iri=path.resolve().as_uri())
        except (SyntaxError, ValueError, OSError) as exc:
            raise QueryError(f"{path}: cannot read it as {rdf_format.name}: {exc}") from exc
        except MemoryError as exc:
            raise QueryError(too_long(str(path), exc)) from None
    return store


# --- running -------------------------------------------------------------------------------


def run_query(
    store: Store, sparql: str, *, bindings: Mapping[str, BindingValue] | None = None,
    prefixes: Mapping[str, str] = QUERY_PREFIXES,
) -> QueryResult:
    """Run a SELECT or ASK query. `bindings` maps variable names (with or without "?") to
    values: str -> plain literal, bool/int/float -> typed literal, date -> xsd:date, datetime ->
    xsd:dateTime, NamedNode/URIRef -> IRI. A bound variable must be listed in the SELECT clause."""
    not_a_named_query(sparql)
    substitutions = {
        _variable(name): _term(name, value) for name, value in (bindings or {}).items()
    }
    try:
        answer = store.query(
            sparql,
            prefixes=dict(prefixes),
            use_default_graph_as_union=True,
            substitutions=substitutions or None,
        )
        return query_result(answer)
    except SyntaxError as exc:
        raise QueryError(syntax_error(sparql, str(exc))) from None
    except (RuntimeError, ValueError, OSError) as exc:
        raise QueryError(f"the query failed: {exc}") from exc


def not_a_named_query(text: str) -> None:
    """Raise a QueryError naming the closest named queries when `text` is one word (a named
    query mistyped), or saying there is no such file when it names a .rq file: no SPARQL query
    is either."""
    word = text.strip()
    if word.endswith(".rq") and len(word.split()) == 1:
        if Path(word).is_file():  # the command line reads it; from Python, the text is given
            raise QueryError(f"{word} is a query file; pass its text, Path({word!r}).read_text()")
        raise QueryError(f"{word}: no such query file")
    if not _ONE_WORD.fullmatch(word) or word in named_queries():
        return
    close = difflib.get_close_matches(word, named_queries(), n=3, cutoff=0.5)
    hint = f"did you mean {' or '.join(close)}?" if close else "kg query --list lists them"
    raise QueryError(f"no named query {word!r} ({hint})")


def syntax_error(sparql: str, message: str) -> str:
    """pyoxigraph's "error at LINE:COLUMN: expected one of …" as one line: where, the text
    there, and what was expected when that is short (not a list of Unicode ranges)."""
    where = re.match(r"error at (\d+):(\d+): ?(.*)", message, re.DOTALL)
    if where is None:
        return f"SPARQL syntax error: {' '.join(message.split())}"
    line, column = int(where.group(1)), int(where.group(2))
    expected = re.sub(r",? \[_\]", "", " ".join(where.group(3).split()))  # [_]: the parser's "anything else"
    lines = sparql.splitlines() or [""]
    text = lines[line - 1] if 0 < line <= len(lines) else ""
    before = text[: column - 1].split()
    after = text[column - 1 :].split()
    token = before[-1] if before and (column > len(text) or text[column - 2 : column - 1].strip()) else ""
    token = token or (after[0] if after else "")
    near = f", near {token[:40]!r}" if token else ", at the end of the query"
    if "Prefix not found" in expected:
        reason = f"unknown prefix {token.split(':')[0] + ':'!r}" if ":" in token else "unknown prefix"
    elif len(expected) <= 100 and "\\u{" not in expected:
        reason = expected
    else:
        reason = "unexpected text"
    return f"SPARQL syntax error at line {line}, column {column}{near}: {reason}"


def graph_store(graph: rdflib.Graph) -> Store:
    """An in-memory pyoxigraph store holding the triples of an rdflib graph (the union of a Dataset)."""
    if isinstance(graph, rdflib.Dataset):
        graph = union_graph(graph)
    store = Store()
    store.load(graph.serialize(format="nt", encoding="utf-8"), format=OxigraphFormat.N_TRIPLES)
    return store


def ask(store: Store, text: str, /, **params: object) -> QueryResult:
    """SPARQL text, or the named query `text` with `params`, over the store. SPARQL text may bind
    variables too, which must be in the SELECT list (an oxigraph rule)."""
    if text in named_queries():
        return run_named(store, text, **params)
    return run_query(store, text, bindings=dict(params) or None)


def query_result(answer: object) -> QueryResult:
    """A pyoxigraph answer (from a store or parsed from a SPARQL endpoint's results) as a
    QueryResult; the solutions are read here."""
    if isinstance(answer, QueryBoolean):
        return QueryResult((ASK_COLUMN,), ((_plain(Literal(bool(answer))),),), ((str(XSD.boolean),),))
    if not isinstance(answer, QuerySolutions):
        raise QueryError("only SELECT and ASK queries can be run here; this one builds triples")
    columns = tuple(v.value for v in answer.variables)
    solutions = [tuple(solution[name] for name in columns) for solution in answer]
    rows = tuple(tuple(_plain(term) for term in terms) for terms in solutions)
    datatypes = tuple(tuple(_datatype(term) for term in terms) for terms in solutions)
    return QueryResult(columns, rows, datatypes)


def binding_term(name: str, value: BindingValue) -> NamedNode | BlankNode | Literal:
    """The RDF term a binding value stands for (see run_query); str() of it is its N-Triples
    form, which is also its SPARQL form."""
    return _term(name, value)


def _variable(name: str) -> Variable:
    try:
        return Variable(name.removeprefix("?").removeprefix("$"))
    except ValueError as exc:
        raise QueryError(f"{name!r} is not a SPARQL variable name") from exc


def _term(name: str, value: BindingValue) -> NamedNode | BlankNode | Literal:
    if isinstance(value, (NamedNode, BlankNode, Literal)):
        return value
    # rdflib terms are str subclasses, so they are told apart before plain str.
    if isinstance(value, rdflib.URIRef):
        return NamedNode(str(value))
    if isinstance(value, rdflib.Literal):
        if value.language:
            return Literal(str(value), language=value.language)
        return Literal(str(value), datatype=NamedNode(str(value.datatype or XSD.string)))
    if isinstance(value, rdflib.term.Node):
        raise QueryError(f"cannot bind ?{name} to the {type(value).__name__} {value!r}")
    if isinstance(value, (str, bool, int, float)):
        return Literal(value)
    if isinstance(value, dt.datetime):  # before date: a datetime is a date
        return Literal(value.isoformat(), datatype=NamedNode(str(XSD.dateTime)))
    if isinstance(value, dt.date):
        return Literal(value.isoformat(), datatype=NamedNode(str(XSD.date)))
    raise QueryError(f"cannot bind ?{name} to a {type(value).__name__}; give a str, number or date")


def _datatype(term: object) -> str | None:
    return term.datatype.value if isinstance(term, Literal) else None


def _plain(term: object) -> str | None:
    if term is None:
        return None
    if isinstance(term, BlankNode):
        return f"_:{term.value}"
    if isinstance(term, (NamedNode, Literal)):
        return term.value
    return str(term)  # a quoted triple


# --- named queries -------------------------------------------------------------------------


def named_queries() -> dict[str, NamedQuery]:
    """Every `.rq` file of kg/store/queries by file stem, sorted by name."""
    files = sorted(
        (f for f in resources.files("kg.store.queries").iterdir() if f.name.endswith(".rq")),
        key=lambda f: f.name,
    )
    queries = (_parse_named(f.name[:-3], f.read_text(encoding="utf-8")) for f in files)
    return {q.name: q for q in queries}


def _parse_named(name: str, text: str) -> NamedQuery:
    title = None
    params = []
    for line in text.splitlines():
        if not line.startswith("#"):
            break  # the header ends at the first line that is not a comment
        key, _, rest = line.lstrip("# ").partition(":")
        if key == "title":
            title = rest.strip()
        elif key == "param":
            params.append(_parse_param(name, rest))
    if not title:
        raise QueryError(f"{name}.rq: the first lines must include '# title: …'")
    return NamedQuery(name, title, tuple(params), text)


def _parse_param(query: str, spec: str) -> QueryParam:
    head, separator, description = spec.partition(_PARAM_SEPARATOR)
    words = head.split()
    if not separator or not words or not description.strip():
        raise QueryError(f"{query}.rq: write a param as '# param: NAME [options] — description'")
    name, variable, kind, optional = words[0], words[0], ParamKind.STRING, False
    for word in words[1:]:
        if word.startswith("?"):
            variable = word[1:]
        elif word == "optional":
            optional = True
        elif word in {k.value for k in ParamKind}:
            kind = ParamKind(word)
        else:
            raise QueryError(f"{query}.rq: unknown option {word!r} of param {name!r}")
    return QueryParam(name, description.strip(), variable, kind, optional)


def run_named(store: Store, query_name: str, /, **params: object) -> QueryResult:
    """Run the named query `query_name` with its params as keywords. A trailing underscore is
    dropped, so a param named like a Python keyword can be passed (`from_="2024-01-01"`).
    A param given as None counts as left out."""
    query, bindings = named_bindings(query_name, params)
    return without_params(query, run_query(store, query.sparql, bindings=bindings))


def named_bindings(query_name: str, params: Mapping[str, object]) -> tuple[NamedQuery, dict[str, BindingValue]]:
    """The named query and its params as bindings of its SPARQL variables, checked against the
    params it declares (see run_named)."""
    queries = named_queries()
    query = queries.get(query_name)
    if query is None:
        known = ", ".join(queries)
        raise QueryError(f"no named query {query_name!r}; the named queries are: {known}")
    declared = {p.name: p for p in query.params}
    given = {}
    for key, value in params.items():
        name = key[:-1] if key.endswith("_") and keyword.iskeyword(key[:-1]) else key
        if name not in declared:
            raise QueryError(f"{query_name} has no parameter {name!r}\n{query.usage()}")
        if value is not None:
            given[name] = value
    missing = [p.name for p in query.params if not p.optional and p.name not in given]
    if missing:
        raise QueryError(f"{query_name} needs {', '.join(missing)}\n{query.usage()}")
    bindings = {
        declared[n].variable: _param_value(query_name, declared[n], v) for n, v in given.items()
    }
    return query, bindings


def without_params(query: NamedQuery, result: QueryResult) -> QueryResult:
    """`result` without the columns of the query's param variables."""
    inputs = {p.variable for p in query.params}
    keep = [i for i, column in enumerate(result.columns) if column not in inputs]
    return QueryResult(
        tuple(result.columns[i] for i in keep),
        tuple(tuple(row[i] for i in keep) for row in result.rows),
        tuple(tuple(row[i] for i in keep) for row in result.datatypes),
    )


def _param_value(query: str, param: QueryParam, value: object) -> BindingValue:
    if param.kind is ParamKind.DATE:
        if isinstance(value, dt.datetime):
            return value.date()
        if isinstance(value, dt.date):
            return value
        try:
            return dt.date.fromisoformat(str(value))
        except ValueError:
            message = f"{query}: {param.name} must be a date like 2024-05-31, not {value!r}"
            raise QueryError(message) from None
    return str(value)


# --- output --------------------------------------------------------------------------------


def format_result(result: QueryResult, fmt: OutputFormat) -> str:
    """The result as text ending in a newline. Graph text is data: control characters other
    than newline and tab (and bidi overrides) become U+FFFD, so nothing reaches the terminal as
    an escape sequence."""
    if fmt is OutputFormat.TABLE:
        return _table(result)
    if fmt is OutputFormat.CSV:
        buffer = io.StringIO()
        # "\n", not csv's "\r\n": the text is printed or written in text mode, which adds its own.
        writer = csv.writer(buffer, lineterminator="\n")
        writer.writerow([_safe(c) for c in result.columns])
        writer.writerows([["" if v is None else _safe(v) for v in row] for row in result.rows])
        return buffer.getvalue()
    if fmt is OutputFormat.JSON:
        types = result.datatypes or [()] * len(result.rows)
        records = [
            {c: _json_value(v, t) for c, v, t in zip(result.columns, row, kinds or [None] * len(row))}
            for row, kinds in zip(result.rows, types)
        ]
        return json.dumps(records, ensure_ascii=False, indent=2) + "\n"
    raise QueryError(f"unknown output format {fmt!r}")


def _json_value(value: str | None, datatype: str | None) -> object:
    """A cell as a JSON value: an xsd:boolean as true/false, an integer or a decimal, float or
    double as a number (when its lexical form is a valid one), anything else as a string."""
    if value is None:
        return None
    if datatype == _XSD_BOOLEAN and value in ("true", "false", "1", "0"):
        return value in ("true", "1")
    if datatype in _XSD_INTEGERS and _INTEGER.fullmatch(value):
        return int(value)
    if datatype in _XSD_REALS and _REAL.fullmatch(value):
        return float(value)
    return _safe(value)


def _safe(text: str) -> str:
    return _UNSAFE_CHARS.sub("\ufffd", text)


def _cell(value: str | None) -> str:
    if value is None:
        return ""
    text = re.sub(r"[\n\t]+", " ", _safe(value))  # one line per row
    return text if len(text) <= MAX_CELL else text[: MAX_CELL - 1] + "…"


def _table(result: QueryResult) -> str:
    header = [_cell(c) for c in result.columns]
    body = [[_cell(v) for v in row] for row in result.rows]
    widths = [max(len(line[i]) for line in [header, *body]) for i in range(len(header))]

    def line(cells: list[str]) -> str:
        return "  ".join(cell.ljust(width) for cell, width in zip(cells, widths)).rstrip()

    count = len(result.rows)
    lines = [line(header), line(["-" * w for w in widths]), *(line(r) for r in body)]
    lines.append(f"{count} row" + ("" if count == 1 else "s"))
    return "\n".join(lines) + "\n"
