"""Remote triple stores: push document graphs with the SPARQL 1.1 Graph Store Protocol, and
query with the SPARQL 1.1 Protocol, from the standard library's urllib.

An `Endpoint` is the query URL plus the Graph Store URL, which differ per server:

    Oxigraph  query http://HOST:7878/query               store http://HOST:7878/store (the default)
    Fuseki    query http://HOST:3030/DATASET/query       store http://HOST:3030/DATASET/data
    GraphDB   query http://HOST:7200/repositories/ID     store http://HOST:7200/repositories/ID/rdf-graphs/service

Pushing PUTs each document graph to `STORE?graph=<document IRI>` as N-Triples, so pushing again
replaces a document's graph on the server rather than adding to it. Queries are POSTed as
application/sparql-query and read back as SPARQL JSON results into the same QueryResult as a
local query. Named-query parameters are bound by a VALUES block at the start of the WHERE
clause, each value written as an RDF term by pyoxigraph, never pasted in as text.

The server must make its default graph the union of the named graphs, as kg's local queries
do: `oxigraph serve --union-default-graph`, Fuseki's `tdb2:unionDefaultGraph true`; GraphDB
does so out of the box. When a query finds nothing, kg checks this and says so.

Every failure (refused connection, timeout, an HTTP error status, a redirect loop, an answer
over the size limit) is a RemoteError naming the URL, the status and the first line of the
server's message; nothing local is changed. `Endpoint.timeout` bounds each wait for the server
(to connect, to answer, for the next piece of an answer) and, ten times over, a whole exchange
(a watchdog thread shuts the connection then), so a server that trickles its headers or its
answer cannot hold kg; `Endpoint.max_bytes` bounds an answer's size.
"""
from __future__ import annotations

import contextlib
import functools
import http.client
import re
import socket
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

from kg.errors import GraphError, QueryError, RemoteError
from kg.store.embedded import KgStore
from kg.store.sparql import (
    QUERY_PREFIXES,
    BindingValue,
    QueryResult,
    binding_term,
    load_graph_files,
    named_bindings,
    not_a_named_query,
    query_result,
    without_params,
)

DEFAULT_TIMEOUT = 30.0  # seconds to wait for the server to connect, answer, or send more of its answer
ANSWER_TIMEOUTS = 10  # a whole answer must have come within this many timeouts (a trickling server)
MAX_RESPONSE_BYTES = 1 << 30  # the largest answer read (1 GiB); an endless one stops there
READ_CHUNK = 1 << 16  # bytes read from an answer at a time
MAX_MESSAGE = 200  # characters of a server's error message in a RemoteError
MAX_ERROR_BODY = 1 << 16  # bytes of an error answer read for its first line
SPARQL_QUERY = "application/sparql-query"
SPARQL_RESULTS_JSON = "application/sparql-results+json"
N_TRIPLES = "application/n-triples"
_WHERE = re.compile(r"\bWHERE\s*\{", re.IGNORECASE)
_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
_DOCUMENT_GRAPHS = "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?g a kg:Document } }"
_UNION_PROBE = ("ASK { ?d a kg:Document }", "ASK { GRAPH ?g { ?d a kg:Document } }")


@dataclass(frozen=True)
class Endpoint:
    """A SPARQL server: `query_url` answers the SPARQL Protocol, `store_url` the Graph Store
    Protocol (None: the Oxigraph layout, the query URL with /query turned into /store)."""

    query_url: str
    store_url: str | None = None
    timeout: float = DEFAULT_TIMEOUT  # seconds; see the module docstring
    max_bytes: int = MAX_RESPONSE_BYTES

    def __post_init__(self) -> None:
        if not self.timeout > 0:
            raise RemoteError(f"the timeout must be a positive number of seconds, not {self.timeout!r}")
        for url in (self.query_url, self.store_url):
            if url is None:
                continue
            try:
                parts = urllib.parse.urlsplit(url)
                parts.port  # noqa: B018  (reading it checks the port)
            except ValueError as exc:
                raise RemoteError(f"{url!r} is not a usable URL: {exc}") from None
            if parts.scheme not in ("http", "https") or not parts.hostname:
                raise RemoteError(f"{url!r} is not an http:// or https:// URL")

    @property
    def graph_store(self) -> str:
        if self.store_url:
            return self.store_url
        parts = urllib.parse.urlsplit(self.query_url)
        if not parts.path.endswith("/query"):
            raise RemoteError(
                f"give the Graph Store URL (--store-url) for {self.query_url}: only an Oxigraph query URL "
                "ending in /query has a known one (/store)"
            )
        return urllib.parse.urlunsplit(parts._replace(path=parts.path[: -len("query")] + "store", query=""))


@dataclass(frozen=True)
class PushReport:
    graphs: tuple[str, ...]  # the document graphs PUT, in order
    triples: int
    deleted: tuple[str, ...] = ()  # document graphs removed from the server (prune)

    def __str__(self) -> str:
        text = f"pushed {_count(len(self.graphs), 'document graph')} ({_count(self.triples, 'triple')})"
        return text + (f", deleted {_count(len(self.deleted), 'graph')} not in the source" if self.deleted else "")


# --- querying ------------------------------------------------------------------------------


def run_query(endpoint: Endpoint, sparql: str, *, bindings: Mapping[str, BindingValue] | None = None) -> QueryResult:
    """Run a SELECT or ASK query on the endpoint; `bindings` as for kg.store.sparql.run_query."""
    not_a_named_query(sparql)
    text = _with_values(sparql, bindings or {})
    result = _select(endpoint, text)
    if not result.rows or result.rows == (("false",),) and result.columns == ("boolean",):
        _check_union(endpoint)
    return result


def run_named(endpoint: Endpoint, query_name: str, /, **params: object) -> QueryResult:
    """Run a named query of kg/queries on the endpoint (see kg.store.sparql.run_named)."""
    query, bindings = named_bindings(query_name, params)
    return without_params(query, run_query(endpoint, query.sparql, bindings=bindings))


def _with_values(sparql: str, bindings: Mapping[str, BindingValue]) -> str:
    """The query with kg's prefixes declared and `bindings` as a VALUES block opening its
    WHERE clause, where every pattern and filter of the clause sees them."""
    # on the query's first line, so that the server's error positions keep their line numbers
    prologue = "".join(f"PREFIX {p}: <{iri}> " for p, iri in QUERY_PREFIXES.items())
    if not bindings:
        return prologue + sparql
    names, terms = [], []
    for name, value in bindings.items():
        variable = name.removeprefix("?").removeprefix("$")
        if not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", variable):
            raise QueryError(f"{name!r} is not a SPARQL variable name")
        names.append(f"?{variable}")
        terms.append(str(binding_term(name, value)))
    # comment lines emptied (not dropped, which would shift line numbers) so "WHERE {" in one is not taken
    body = "\n".join("" if line.lstrip().startswith("#") else line for line in sparql.splitlines())
    where = _WHERE.search(body)
    if where is None:
        raise QueryError("to bind parameters on an endpoint, the query needs a 'WHERE {' clause")
    values = f" VALUES ({' '.join(names)}) {{ ({' '.join(terms)}) }} "
    return prologue + body[: where.end()] + values + body[where.end():]


def _select(endpoint: Endpoint, sparql: str) -> QueryResult:
    body = _request(
        "POST", endpoint.query_url, endpoint, data=sparql.encode("utf-8"),
        headers={"Content-Type": f"{SPARQL_QUERY}; charset=utf-8", "Accept": SPARQL_RESULTS_JSON},
    )
    try:
        return query_result(ox.parse_query_results(body, format=ox.QueryResultsFormat.JSON))
    except (SyntaxError, ValueError, OSError) as exc:
        raise RemoteError(f"{endpoint.query_url} did not answer with SPARQL JSON results: {exc}") from None


def _check_union(endpoint: Endpoint) -> None:
    """An empty answer from a server whose default graph leaves out the named graphs says
    nothing about the data; say how to fix the server instead."""
    in_default, in_named = (_select(endpoint, _with_values(ask, {})).rows == (("true",),) for ask in _UNION_PROBE)
    if in_named and not in_default:
        raise RemoteError(
            f"{endpoint.query_url} keeps the documents in named graphs but queries only its default graph; "
            "make the default graph their union (oxigraph serve --union-default-graph, Fuseki "
            "tdb2:unionDefaultGraph true) or add ?union-default-graph to an Oxigraph query URL"
        )


# --- pushing -------------------------------------------------------------------------------


def push_store(
    store: KgStore, endpoint: Endpoint, *, prune: bool = False, progress: Callable[[int, int, str], None] | None = None
) -> PushReport:
    """PUT every document graph of a kg store to the endpoint's Graph Store; with `prune`,
    also DELETE the server's document graphs that the store does not hold (retracted articles)."""
    return _push(store.oxigraph, endpoint, prune=prune, progress=progress)


def push_files(
    paths: Iterable[str | Path], endpoint: Endpoint, *, prune: bool = False,
    progress: Callable[[int, int, str], None] | None = None,
) -> PushReport:
    """PUT every named graph of TriG or N-Quads files (`kg build --format trig`) to the
    endpoint's Graph Store. Triples outside a named graph (Turtle, N-Triples...) are refused:
    they belong to no document, so nothing could replace or retract them later."""
    paths = list(paths)
    try:
        source = load_graph_files(paths)
    except QueryError as exc:
        raise GraphError(str(exc)) from None
    if next(iter(source.quads_for_pattern(None, None, None, ox.DefaultGraph())), None) is not None:
        raise GraphError(
            f"{', '.join(map(str, paths))}: holds triples outside any named graph; push a store (--store DIR) or "
            "TriG/N-Quads files (kg build --format trig), which keep one graph per document"
        )
    return _push(source, endpoint, prune=prune, progress=progress)


def _push(
    source: ox.Store, endpoint: Endpoint, *, prune: bool, progress: Callable[[int, int, str], None] | None
) -> PushReport:
    names = sorted(g.value for g in source.named_graphs() if isinstance(g, ox.NamedNode))
    store_url = endpoint.graph_store
    remote_graphs = _remote_documents(endpoint) if prune else []  # before pushing, so a bad URL stops early
    triples = 0
    for index, name in enumerate(names, start=1):
        body = source.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=ox.NamedNode(name))
        triples += body.count(b"\n")  # N-Triples: one triple a line
        _request("PUT", _graph_url(store_url, name), endpoint, data=body,
                 headers={"Content-Type": f"{N_TRIPLES}; charset=utf-8"}, done=f"{index - 1} of {len(names)} graphs")
        if progress:
            progress(index, len(names), name)
    pushed = set(names)
    stale = tuple(g for g in remote_graphs if g not in pushed)
    for name in stale:
        _request("DELETE", _graph_url(store_url, name), endpoint)
    return PushReport(tuple(names), triples, stale)


def _remote_documents(endpoint: Endpoint) -> list[str]:
    result = _select(endpoint, _with_values(_DOCUMENT_GRAPHS, {}))
    return sorted(row[0] for row in result.rows if row[0])


def _graph_url(store_url: str, graph: str) -> str:
    separator = "&" if urllib.parse.urlsplit(store_url).query else "?"
    return f"{store_url}{separator}{urllib.parse.urlencode({'graph': graph})}"


# --- HTTP ----------------------------------------------------------------------------------


def _request(
    method: str, url: str, endpoint: Endpoint, *, data: bytes | None = None,
    headers: Mapping[str, str] | None = None, done: str = "",
) -> bytearray:
    """The body of the answer to one HTTP request; any failure is one RemoteError line."""
    request = urllib.request.Request(url, data=data, method=method, headers=dict(headers or {}))
    after = f" (after {done})" if done else ""
    watchdog = _Watchdog(ANSWER_TIMEOUTS * endpoint.timeout)
    try:
        body = _exchange(request, url, endpoint, watchdog, method, after)
    except RemoteError:
        if watchdog.fired:  # the failure is the socket the watchdog shut
            raise _too_slow(url, endpoint, after) from None
        raise
    finally:
        watchdog.cancel()
    if watchdog.fired:  # a shut socket reads as the end of the answer: what came is not all of it
        raise _too_slow(url, endpoint, after)
    return body


def _too_slow(url: str, endpoint: Endpoint, after: str, size: int | None = None) -> RemoteError:
    got = f" ({size:,} bytes)" if size is not None else ""
    return RemoteError(
        f"{_short(url)} was still sending its answer after {ANSWER_TIMEOUTS * endpoint.timeout:g} s{after}{got}; "
        "the server is too slow, or give a longer --timeout"
    )


def _exchange(
    request: urllib.request.Request, url: str, endpoint: Endpoint, watchdog: _Watchdog, method: str, after: str
) -> bytearray:
    timeout = endpoint.timeout
    try:
        with watchdog.opener().open(request, timeout=timeout) as response:
            return _read_answer(response, url, endpoint, after)
    except urllib.error.HTTPError as exc:
        if 300 <= exc.code < 400:
            raise RemoteError(f"{method} {_short(url)} failed{after}: the server redirects in a loop or "
                              f"elsewhere than kg follows (HTTP {exc.code}); give the URL it ends at") from None
        message = _first_line(exc.read(MAX_ERROR_BODY) if exc.fp is not None else b"")
        detail = f": {message}" if message else ""
        reason = _first_line(str(exc.reason).encode("utf-8"))
        raise RemoteError(f"{method} {_short(url)} failed{after}: HTTP {exc.code} {reason}{detail}") from None
    except urllib.error.URLError as exc:
        if isinstance(exc.reason, (TimeoutError, socket.timeout)):
            raise RemoteError(f"{_short(url)} did not answer within {timeout:g} s{after}") from None
        reason = exc.reason.strerror if isinstance(exc.reason, OSError) and exc.reason.strerror else exc.reason
        raise RemoteError(
            f"cannot reach {_short(url)}{after}: {_first_line(str(reason).encode())}; is the server running and the URL right?"
        ) from None
    except (TimeoutError, socket.timeout):
        raise RemoteError(f"{_short(url)} did not answer within {timeout:g} s{after}") from None
    except (http.client.HTTPException, ConnectionError) as exc:
        raise RemoteError(f"{_short(url)} broke off the answer{after}: {exc or type(exc).__name__}") from None
    except ValueError as exc:
        raise RemoteError(f"{url!r} is not a usable URL: {exc}") from None


def _read_answer(response: http.client.HTTPResponse, url: str, endpoint: Endpoint, after: str) -> bytearray:
    """The body of `response`, read a piece at a time: at most `endpoint.max_bytes`, and all of it
    within ANSWER_TIMEOUTS timeouts (each piece within one, which the socket sees to)."""
    deadline = time.monotonic() + ANSWER_TIMEOUTS * endpoint.timeout
    body = bytearray()  # grown in place: an answer near the limit is held once, not twice
    while piece := response.read1(READ_CHUNK):
        size = len(body) + len(piece)
        if size > endpoint.max_bytes:
            raise RemoteError(
                f"the answer of {_short(url)}{after} is larger than the {endpoint.max_bytes:,}-byte limit "
                "(Endpoint.max_bytes); ask for less (LIMIT) or raise the limit"
            )
        if time.monotonic() > deadline:
            raise _too_slow(url, endpoint, after, size)
        body += piece
    return body


class _Watchdog:
    """Shuts the sockets of one exchange (redirects included) when it outlasts `seconds`: a
    server that trickles its status line and headers a byte at a time never lets the socket's
    own timeout fire."""

    def __init__(self, seconds: float) -> None:
        self.fired = False
        self._sockets: list[socket.socket] = []
        self._lock = threading.Lock()
        self._timer = threading.Timer(seconds, self._fire)
        self._timer.daemon = True
        self._timer.start()

    def watch(self, sock: socket.socket) -> None:
        with self._lock:
            self._sockets.append(sock)
            if self.fired:
                _shut(sock)

    def cancel(self) -> None:
        self._timer.cancel()

    def opener(self) -> urllib.request.OpenerDirector:
        return urllib.request.build_opener(_WatchedHTTPHandler(self.watch), _WatchedHTTPSHandler(self.watch))

    def _fire(self) -> None:
        with self._lock:
            self.fired = True
            for sock in self._sockets:
                _shut(sock)


def _shut(sock: socket.socket) -> None:
    with contextlib.suppress(OSError):
        sock.shutdown(socket.SHUT_RDWR)  # a read blocked in another thread returns at once


class _Watched:
    """A connection that hands its socket to `watch` once connected (HTTP and HTTPS alike)."""

    def __init__(self, *args: object, watch: Callable[[socket.socket], None], **kwargs: object) -> None:
        super().__init__(*args, **kwargs)
        self._watch = watch

    def connect(self) -> None:
        super().connect()
        self._watch(self.sock)


class _WatchedHTTPConnection(_Watched, http.client.HTTPConnection):
    pass


class _WatchedHTTPSConnection(_Watched, http.client.HTTPSConnection):
    pass


class _WatchedHTTPHandler(urllib.request.HTTPHandler):
    def __init__(self, watch: Callable[[socket.socket], None]) -> None:
        super().__init__()
        self._watch = watch

    def http_open(self, req: urllib.request.Request) -> http.client.HTTPResponse:
        return self.do_open(functools.partial(_WatchedHTTPConnection, watch=self._watch), req)


class _WatchedHTTPSHandler(urllib.request.HTTPSHandler):
    def __init__(self, watch: Callable[[socket.socket], None]) -> None:
        super().__init__()
        self._watch = watch

    def https_open(self, req: urllib.request.Request) -> http.client.HTTPResponse:
        return self.do_open(functools.partial(_WatchedHTTPSConnection, watch=self._watch), req, context=self._context)


def _first_line(body: bytes) -> str:
    text = body.decode("utf-8", errors="replace")
    line = next((line.strip() for line in text.splitlines() if line.strip()), "")
    line = _CONTROL.sub("\ufffd", line)
    return line if len(line) <= MAX_MESSAGE else line[: MAX_MESSAGE - 1] + "…"


def _short(url: str) -> str:
    """The URL without its query string (a graph IRI or a query would make the line long)."""
    parts = urllib.parse.urlsplit(url)
    graph = urllib.parse.parse_qs(parts.query).get("graph")
    base = urllib.parse.urlunsplit(parts._replace(query="", fragment=""))
    return f"{base}?graph={graph[0]}" if graph else base


def _count(n: int, word: str) -> str:
    """"1 document graph", "2 document graphs"."""
    return f"{n} {word}" if n == 1 else f"{n} {word}s"
