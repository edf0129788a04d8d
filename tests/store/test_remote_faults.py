"""kg.store.remote against servers that misbehave (tiny servers on 127.0.0.1 started here): an endless
answer, a redirect loop, a trickle, silence, a malformed URL. Each is one line, in bounded time."""
from __future__ import annotations

import contextlib
import http.server
import socket
import subprocess
import sys
import threading
import time

import pytest

from kg import cli
from kg.errors import RemoteError
from kg.store import remote

HOST = "127.0.0.1"
SERVE_SECONDS = 20  # no handler runs longer than this, whatever the client does


class Handler(http.server.BaseHTTPRequestHandler):
    behaviour = "endless"

    def log_message(self, *args: object) -> None:
        pass

    def do_POST(self) -> None:  # noqa: N802  (http.server's name)
        self.rfile.read(int(self.headers.get("Content-Length", 0)))
        getattr(self, self.behaviour)()

    do_PUT = do_GET = do_POST  # noqa: N815

    def endless(self) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "application/sparql-results+json")
        self.send_header("Transfer-Encoding", "chunked")
        self.end_headers()
        chunk = b"x" * 65536
        stop = time.monotonic() + SERVE_SECONDS
        with contextlib.suppress(OSError):
            while time.monotonic() < stop:
                self.wfile.write(b"%x\r\n%s\r\n" % (len(chunk), chunk))

    def redirect(self) -> None:
        self.send_response(302)
        self.send_header("Location", self.path)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def trickle(self) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "application/sparql-results+json")
        self.send_header("Content-Length", "1000000")
        self.end_headers()
        stop = time.monotonic() + SERVE_SECONDS
        with contextlib.suppress(OSError):
            while time.monotonic() < stop:
                self.wfile.write(b" ")
                self.wfile.flush()
                time.sleep(0.05)

    def trickle_headers(self) -> None:
        stop = time.monotonic() + SERVE_SECONDS
        with contextlib.suppress(OSError):
            self.wfile.write(b"HTTP/1.1 200 OK\r\nX-Slow: ")
            while time.monotonic() < stop:  # one header line that never ends, a byte at a time
                self.wfile.write(b"a")
                self.wfile.flush()
                time.sleep(0.05)

    def silent(self) -> None:
        time.sleep(SERVE_SECONDS)


@contextlib.contextmanager
def server(behaviour: str):
    handler = type(f"{behaviour.title()}Handler", (Handler,), {"behaviour": behaviour})
    httpd = http.server.ThreadingHTTPServer((HOST, 0), handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://{HOST}:{httpd.server_address[1]}/query"
    finally:
        httpd.shutdown()
        httpd.server_close()


def test_an_endless_answer_stops_at_the_size_limit():
    with server("endless") as url:
        started = time.monotonic()
        with pytest.raises(RemoteError, match=r"larger than the 1,000,000-byte limit"):
            remote.run_query(remote.Endpoint(url, max_bytes=1_000_000, timeout=5), "ASK {}")
    assert time.monotonic() - started < 10


def test_an_answer_near_the_limit_is_held_once(tmp_path):
    """Peak memory of reading an endless answer up to a 256 MiB limit, in a child process."""
    limit = 256 << 20
    code = (
        "import resource, sys; from kg.errors import RemoteError; from kg.store import remote\n"
        "before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss\n"
        "try:\n"
        f"    remote.run_query(remote.Endpoint(sys.argv[1], max_bytes={limit}, timeout=10), 'ASK {{}}')\n"
        "except RemoteError as exc:\n"
        "    print(exc, file=sys.stderr)\n"
        "print((resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before) * 1024)\n"
    )
    with server("endless") as url:
        done = subprocess.run([sys.executable, "-c", code, url], capture_output=True, text=True, timeout=60)
    assert "larger than the 268,435,456-byte limit" in done.stderr
    assert int(done.stdout) < 1.5 * limit  # joining pieces at the end would need twice the limit


def test_a_trickling_server_is_cut_off_at_the_deadline():
    with server("trickle") as url:
        started = time.monotonic()
        with pytest.raises(RemoteError, match=r"still sending its answer after 5 s"):
            remote.run_query(remote.Endpoint(url, timeout=0.5), "ASK {}")
    assert time.monotonic() - started < 9


def test_a_server_trickling_its_headers_is_cut_off_at_the_deadline(capsys):
    with server("trickle_headers") as url:
        started = time.monotonic()
        assert cli.main(["query", "--endpoint", url, "--timeout", "0.3", "ASK {}"]) == 1
        assert time.monotonic() - started < 8
    assert capsys.readouterr().err == (
        f"kg: error: {url} was still sending its answer after 3 s; the server is too slow, or give a longer --timeout\n"
    )


def test_a_silent_server_times_out_in_one_line(tmp_path, capsys):
    trig = tmp_path / "one.trig"
    trig.write_text("<https://example.org/kg/doc/1> { <https://example.org/s> <https://example.org/p> 'o' . }\n")
    with server("silent") as url:
        started = time.monotonic()
        assert cli.main(["query", "--endpoint", url, "--timeout", "0.5", "ASK {}"]) == 1
        assert time.monotonic() - started < 5
        started = time.monotonic()
        assert cli.main(["push", "--endpoint", url, "--timeout", "0.5", "--store-url", url, "--quiet",
                         str(trig)]) == 1
        assert time.monotonic() - started < 5
    err = capsys.readouterr().err.splitlines()
    assert err == [f"kg: error: {url} did not answer within 0.5 s",
                   f"kg: error: {url}?graph=https://example.org/kg/doc/1 did not answer within 0.5 s (after 0 of 1 graphs)"]


def test_a_redirect_loop_is_one_line(capsys):
    with server("redirect") as url:
        assert cli.main(["query", "--endpoint", url, "--timeout", "5", "ASK {}"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "redirects in a loop" in err and url in err


@pytest.mark.parametrize("url", ["http://[::1/query", "http://127.0.0.1:99999/query", "http:///query", "ftp://x/query"])
def test_a_malformed_url_is_one_line(url, capsys):
    assert cli.main(["query", "--endpoint", url, "ASK {}"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith(f"kg: error: {url!r} is not")


def test_a_refused_connection_is_still_one_line(capsys):
    with socket.socket() as probe:
        probe.bind((HOST, 0))
        port = probe.getsockname()[1]  # closed again: nothing listens there
    assert cli.main(["query", "--endpoint", f"http://{HOST}:{port}/query", "ASK {}"]) == 1
    assert capsys.readouterr().err.startswith(f"kg: error: cannot reach http://{HOST}:{port}/query: ")
