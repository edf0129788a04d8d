"""kg.store.remote against a real Oxigraph server on 127.0.0.1: push with the Graph Store Protocol,
query with the SPARQL Protocol, the same answers as the embedded store, and clear errors."""
from __future__ import annotations

import contextlib
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pyoxigraph as ox
import pytest
from store_articles import articles

from kg.errors import GraphError, QueryError, RemoteError
from kg.store import remote
from kg.store.embedded import open_store

OXIGRAPH = shutil.which("oxigraph", path=str(Path(sys.executable).parent)) or shutil.which("oxigraph")
pytestmark = pytest.mark.skipif(OXIGRAPH is None, reason="the oxigraph server (pip install oxigraph) is not installed")

HOST = "127.0.0.1"  # the only address these tests talk to
START_SECONDS = 30
INJECTION = '" } } ; DROP ALL ; SELECT * WHERE { ?s ?p ?o # \\'
COUNT_ALL = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"
QUERIES = [
    "SELECT ?label (COUNT(DISTINCT ?doc) AS ?documents) WHERE { ?p a kg:Person ; rdfs:label ?label ; "
    "kg:mentionedIn ?doc } GROUP BY ?label ORDER BY ?label",
    "SELECT DISTINCT ?alias WHERE { ?e rdfs:label 'Antony J. Blinken' ; skos:altLabel ?alias } ORDER BY ?alias",
    "SELECT ?doc ?headline WHERE { ?doc a kg:Document ; schema:headline ?headline } ORDER BY ?doc",
    "ASK { ?q a kg:Quote ; kg:text 'We need a pause,' }",
]
NAMED = [
    ("relations", {}),
    ("multi-source", {}),
    ("who-said-what", {}),
    ("who-said-what", {"speaker": "blinken"}),
    ("about-entity", {"name": "Blinken"}),
    ("quotes-by", {"name": "antony"}),
    ("who-did-what", {"from": "2024-01-09", "to": "2024-01-31"}),
]


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind((HOST, 0))
        return probe.getsockname()[1]


@contextlib.contextmanager
def oxigraph_server(location: Path, *flags: str):
    """An Oxigraph server on a free local port; yields its base URL and stops it afterwards."""
    port = free_port()
    process = subprocess.Popen(
        [OXIGRAPH, "serve", "--location", str(location), "--bind", f"{HOST}:{port}", *flags],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
    )
    base = f"http://{HOST}:{port}"
    try:
        deadline = time.monotonic() + START_SECONDS
        while True:
            ask = urllib.request.Request(
                f"{base}/query", data=b"ASK {}", headers={"Content-Type": "application/sparql-query"}
            )
            try:
                with urllib.request.urlopen(ask, timeout=2):
                    break
            except (urllib.error.URLError, ConnectionError):
                if process.poll() is not None:
                    pytest.fail(f"oxigraph serve stopped: {process.stderr.read().decode(errors='replace')}")
                if time.monotonic() > deadline:
                    pytest.fail(f"oxigraph serve did not answer within {START_SECONDS} s")
                time.sleep(0.1)
        yield base
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        process.stderr.close()


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    with oxigraph_server(tmp_path_factory.mktemp("oxigraph"), "--union-default-graph") as base:
        yield base


@pytest.fixture()
def endpoint(server):
    """The module's server, emptied for each test."""
    update = urllib.request.Request(
        f"{server}/update", data=b"DROP ALL", headers={"Content-Type": "application/sparql-update"}
    )
    urllib.request.urlopen(update, timeout=10).close()
    return remote.Endpoint(f"{server}/query")


@pytest.fixture()
def store(tmp_path):
    with open_store(tmp_path / "store") as opened:
        opened.add(articles())
        yield opened


def remote_count(endpoint: remote.Endpoint) -> int:
    return int(remote.run_query(endpoint, COUNT_ALL).rows[0][0])


# --- push and query ------------------------------------------------------------------------


def test_pushed_store_answers_like_the_embedded_one(store, endpoint):
    report = remote.push_store(store, endpoint)
    assert len(report.graphs) == 3 and report.triples == len(store) == remote_count(endpoint)
    for sparql in QUERIES:
        assert remote.run_query(endpoint, sparql) == store.query(sparql), sparql
    for name, params in NAMED:
        local = store.run_named(name, **params)
        assert remote.run_named(endpoint, name, **params) == local, name
    assert remote.run_named(endpoint, "multi-source").rows == (("Antony J. Blinken", "urge", "Israel", "2"),)


def test_pushing_again_replaces_rather_than_adds(store, endpoint):
    remote.push_store(store, endpoint)
    remote.push_store(store, endpoint)
    assert remote_count(endpoint) == len(store)


def test_prune_deletes_documents_removed_locally(store, endpoint):
    remote.push_store(store, endpoint)
    store.remove("c.txt")
    remote.push_store(store, endpoint)
    assert remote_count(endpoint) > len(store)  # without --prune the server keeps c.txt
    report = remote.push_store(store, endpoint, prune=True)
    assert len(report.deleted) == 1 and remote_count(endpoint) == len(store)
    assert remote.run_query(endpoint, QUERIES[0]) == store.query(QUERIES[0])


def test_named_graph_files_can_be_pushed_and_triples_alone_cannot(store, endpoint, tmp_path):
    trig = tmp_path / "graph.trig"
    store.oxigraph.dump(trig, format=ox.RdfFormat.TRIG)
    assert len(remote.push_files([trig], endpoint).graphs) == 3 and remote_count(endpoint) == len(store)
    turtle = tmp_path / "graph.ttl"
    turtle.write_text("<urn:a> <urn:b> <urn:c> .\n", encoding="utf-8")
    with pytest.raises(GraphError, match="outside any named graph.*--format trig"):
        remote.push_files([turtle], endpoint)


@pytest.mark.parametrize("name, params", [("about-entity", {"name": INJECTION}), ("who-said-what", {"speaker": INJECTION})])
def test_parameters_are_values_on_the_server_too(store, endpoint, name, params):
    remote.push_store(store, endpoint)
    assert remote.run_named(endpoint, name, **params).rows == ()
    assert remote_count(endpoint) == len(store)


def test_an_unbound_query_text_is_refused_before_sending():
    with pytest.raises(QueryError, match="WHERE"):
        remote._with_values("SELECT ?s { ?s ?p ?o }", {"s": "x"})


# --- failures ------------------------------------------------------------------------------


def test_a_server_that_is_down_is_one_clear_error(store):
    down = remote.Endpoint(f"http://{HOST}:{free_port()}/query")
    with pytest.raises(RemoteError, match=r"cannot reach http://127\.0\.0\.1:\d+/query: Connection refused"):
        remote.run_query(down, "ASK { ?s ?p ?o }")
    size, documents = len(store), store.documents()
    with pytest.raises(RemoteError, match="cannot reach .*/store\\?graph=.*after 0 of 3 graphs"):
        remote.push_store(store, down)
    assert len(store) == size and store.documents() == documents


def test_a_wrong_url_is_the_status_and_the_servers_first_line(server, store):
    wrong = remote.Endpoint(f"{server}/sparql/query")
    with pytest.raises(RemoteError) as caught:
        remote.run_query(wrong, "ASK { ?s ?p ?o }")
    assert str(caught.value) == (
        f"POST {server}/sparql/query failed: HTTP 404 Not Found: POST /sparql/query is not supported by this server"
    )
    size = len(store)
    with pytest.raises(RemoteError, match="PUT .* failed .*HTTP 404"):
        remote.push_store(store, remote.Endpoint(f"{server}/query", store_url=f"{server}/nowhere"))
    assert len(store) == size


def test_bad_sparql_is_the_servers_message(endpoint):
    with pytest.raises(RemoteError, match="HTTP 400 Bad Request: error at 1:"):
        remote.run_query(endpoint, "SELECT ?s WHERE { ?s ?p ")


def test_a_server_that_does_not_query_the_union_says_how_to_fix_it(store, tmp_path):
    with oxigraph_server(tmp_path / "plain") as base:
        plain = remote.Endpoint(f"{base}/query")
        remote.push_store(store, plain)
        with pytest.raises(RemoteError, match="--union-default-graph"):
            remote.run_named(plain, "relations")
        union = remote.Endpoint(f"{base}/query?union-default-graph")
        assert remote.run_named(union, "relations") == store.run_named("relations")


@pytest.mark.parametrize(
    "query_url, store_url, expected",
    [
        ("http://127.0.0.1:7878/query", None, "http://127.0.0.1:7878/store"),
        ("http://127.0.0.1:3030/news/query", "http://127.0.0.1:3030/news/data", "http://127.0.0.1:3030/news/data"),
    ],
)
def test_graph_store_url(query_url, store_url, expected):
    assert remote.Endpoint(query_url, store_url).graph_store == expected


def test_a_graph_store_url_is_needed_beyond_oxigraph():
    with pytest.raises(RemoteError, match="--store-url"):
        remote.Endpoint("http://127.0.0.1:7200/repositories/news").graph_store
    with pytest.raises(RemoteError, match="not an http"):
        remote.Endpoint("file:///etc/passwd")


# --- the command line ----------------------------------------------------------------------


def kg(*args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "NO_PROXY": HOST, "no_proxy": HOST}
    return subprocess.run([sys.executable, "-m", "kg.cli", *args], capture_output=True, text=True, timeout=600, env=env)


@pytest.mark.model
def test_cli_push_then_query_the_endpoint_like_the_store(endpoint, tmp_path, shared):
    articles_dir = Path(__file__).resolve().parents[1] / "data" / "store"
    store = str(tmp_path / "store")
    paths = [str(shared / "corpus" / "pauses-2023-11-03.txt"), *map(str, sorted(articles_dir.glob("*.txt")))]
    assert kg("build", "--store", store, *paths, "--quiet").returncode == 0
    pushed = kg("push", "--store", store, "--endpoint", endpoint.query_url, "--quiet")
    assert pushed.returncode == 0, pushed.stderr
    assert pushed.stdout.startswith("pushed 3 document graphs")
    for args in ([QUERIES[0]], [QUERIES[1]], ["multi-source"], ["quotes-by", "--param", "name=Blinken"],
                 ["about-entity", "--param", "name=Netanyahu"]):
        local = kg("query", "--store", store, *args, "--format", "csv")
        served = kg("query", "--endpoint", endpoint.query_url, *args, "--format", "csv")
        assert local.returncode == served.returncode == 0, served.stderr
        assert served.stdout == local.stdout and served.stdout.count("\n") > 1, args


def test_cli_errors_are_one_line_and_keep_the_store(store, server):
    path = str(store.path)
    store.close()
    for args, expected in (
        (["query", "--endpoint", f"http://{HOST}:{free_port()}/query", "relations"], "Connection refused"),
        (["query", "--endpoint", f"{server}/nothing/query", "relations"], "HTTP 404"),
        (["push", "--store", path, "--endpoint", f"http://{HOST}:{free_port()}/query", "--quiet"], "Connection refused"),
        (["push", "--store", path, "--endpoint", f"{server}/query", "--store-url", f"{server}/data", "--quiet"], "HTTP 404"),
    ):
        proc = kg(*args)
        lines = proc.stderr.strip().splitlines()
        assert proc.returncode == 1 and len(lines) == 1 and lines[0].startswith("kg: error:") and expected in lines[0], args
    with open_store(path) as reopened:
        assert [d.source for d in reopened.documents()] == ["a.txt", "b.txt", "c.txt"]


@pytest.mark.parametrize("report, text", [
    (remote.PushReport(("g1",), 1), "pushed 1 document graph (1 triple)"),
    (remote.PushReport(("g1", "g2"), 7, ("g3",)), "pushed 2 document graphs (7 triples), deleted 1 graph not in the source"),
])
def test_push_report_counts_in_good_english(report, text):
    assert str(report) == text
