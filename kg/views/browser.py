"""Open a page in headless Chromium and drive it through the DevTools protocol (standard library only).

For checking and measuring the pages kg writes (tests, bench/views_bench.py, bench/screenshots.py):
what a reader sees is what the browser draws, so labels, clicks and timings are measured there.

    with Browser(page_path) as page:
        page.wait_for("window.kgStill === true")
        page.evaluate("window.kgCounts")
        page.click(x, y)
"""
from __future__ import annotations

import base64
import json
import os
import re
import shutil
import socket
import struct
import subprocess
import tempfile
import time
import urllib.request
from pathlib import Path

from kg.errors import KgError

CHROMIUM_FLAGS = (
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
)
WINDOW = (1280, 900)
START_SECONDS = 60
_LISTENING = re.compile(r"DevTools listening on (ws://[^\s]+)")


def chromium() -> str | None:
    """The path of Debian's chromium, or None when it is not installed."""
    return shutil.which("chromium")


class BrowserError(KgError):
    """Chromium could not be started or answered with an error."""


class Browser:
    """One headless Chromium showing one page; a context manager that stops it on exit."""

    def __init__(self, page: Path | str, *, window: tuple[int, int] = WINDOW, fragment: str = "") -> None:
        binary = chromium()
        if binary is None:
            raise BrowserError("chromium is not installed (apt-get install chromium)")
        self._profile = tempfile.TemporaryDirectory(prefix="kg-chromium-", ignore_cleanup_errors=True)
        url = Path(page).resolve().as_uri() + fragment
        self.started = time.perf_counter()
        self._process = subprocess.Popen(
            [binary, *CHROMIUM_FLAGS, f"--user-data-dir={self._profile.name}", "--remote-debugging-port=0",
             f"--window-size={window[0]},{window[1]}", url],
            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
        )
        self._next_id = 0
        try:
            self._socket = _connect(self._page_socket_url(url))
        except BaseException:
            self.close()
            raise

    def _page_socket_url(self, url: str) -> str:
        deadline = time.monotonic() + START_SECONDS
        browser_url = None
        while browser_url is None:
            line = self._process.stderr.readline()
            if not line and self._process.poll() is not None:
                raise BrowserError(f"chromium stopped (exit {self._process.returncode})")
            found = _LISTENING.search(line)
            browser_url = found.group(1) if found else None
            if time.monotonic() > deadline:
                raise BrowserError("chromium did not open its DevTools port")
        port = int(browser_url.split(":")[2].split("/")[0])
        while time.monotonic() < deadline:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/json/list", timeout=10) as answer:
                targets = json.load(answer)
            pages = [t for t in targets if t.get("type") == "page" and t.get("url", "").startswith("file:")]
            if pages:
                return pages[0]["webSocketDebuggerUrl"]
            time.sleep(0.05)
        raise BrowserError("chromium did not open the page")

    def __enter__(self) -> Browser:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def close(self) -> None:
        sock = getattr(self, "_socket", None)
        if sock is not None:
            sock.close()
            self._socket = None
        if self._process.poll() is None:
            self._process.terminate()
            try:
                self._process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self._process.kill()
                self._process.wait()
        if self._process.stderr is not None:
            self._process.stderr.close()
        self._profile.cleanup()

    # -- protocol

    def call(self, method: str, **params: object) -> dict:
        """Send one DevTools command and return its result (events in between are dropped)."""
        self._next_id += 1
        _send(self._socket, json.dumps({"id": self._next_id, "method": method, "params": params}))
        while True:
            message = json.loads(_receive(self._socket))
            if message.get("id") == self._next_id:
                if "error" in message:
                    raise BrowserError(f"{method}: {message['error']}")
                return message.get("result", {})

    def evaluate(self, expression: str) -> object:
        """The value of a JavaScript expression in the page (JSON-like values only)."""
        result = self.call("Runtime.evaluate", expression=expression, returnByValue=True, awaitPromise=True)
        if "exceptionDetails" in result:
            raise BrowserError(f"{expression[:80]}: {result['exceptionDetails'].get('exception', {}).get('description')}")
        return result["result"].get("value")

    def wait_for(self, expression: str, *, timeout: float = 60.0) -> float:
        """Wait until `expression` is true in the page; returns the seconds since the browser started."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            try:
                if self.evaluate(expression) is True:
                    return time.perf_counter() - self.started
            except BrowserError:
                pass  # the page is still loading: its globals are not there yet
            time.sleep(0.05)
        raise BrowserError(f"timed out waiting for {expression!r}")

    def click(self, x: float, y: float, *, count: int = 1) -> None:
        """A left click (count=2: a double click) at page coordinates, as a mouse would."""
        self.call("Input.dispatchMouseEvent", type="mouseMoved", x=x, y=y)
        for n in range(1, count + 1):
            self.call("Input.dispatchMouseEvent", type="mousePressed", x=x, y=y, button="left", clickCount=n)
            self.call("Input.dispatchMouseEvent", type="mouseReleased", x=x, y=y, button="left", clickCount=n)

    def type_text(self, selector: str, text: str) -> None:
        """Focus the element and type `text` into it, key by key."""
        self.evaluate(f"document.querySelector({json.dumps(selector)}).focus()")
        self.call("Input.insertText", text=text)

    def press_enter(self) -> None:
        for kind in ("keyDown", "keyUp"):
            self.call("Input.dispatchKeyEvent", type=kind, key="Enter", code="Enter", windowsVirtualKeyCode=13)

    def screenshot(self, path: Path) -> Path:
        data = self.call("Page.captureScreenshot", format="png")["data"]
        path.write_bytes(base64.b64decode(data))
        return path


def _connect(url: str) -> socket.socket:
    """A WebSocket client connection (RFC 6455 handshake) to a ws:// URL."""
    match = re.match(r"ws://([^/:]+):(\d+)(/.*)", url)
    if not match:
        raise BrowserError(f"unexpected DevTools address {url}")
    host, port, path = match.group(1), int(match.group(2)), match.group(3)
    sock = socket.create_connection((host, port), timeout=120)
    key = base64.b64encode(os.urandom(16)).decode()
    sock.sendall(
        f"GET {path} HTTP/1.1\r\nHost: {host}:{port}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
        f"Sec-WebSocket-Key: {key}\r\nSec-WebSocket-Version: 13\r\n\r\n".encode()
    )
    answer = b""
    while b"\r\n\r\n" not in answer:
        chunk = sock.recv(4096)
        if not chunk:
            raise BrowserError("the DevTools socket closed during the handshake")
        answer += chunk
    if b" 101 " not in answer.split(b"\r\n", 1)[0]:
        raise BrowserError(f"DevTools refused the WebSocket: {answer[:80]!r}")
    return sock


def _send(sock: socket.socket, text: str) -> None:
    payload = text.encode("utf-8")
    mask = os.urandom(4)
    size = len(payload)
    if size < 126:
        head = struct.pack("!BB", 0x81, 0x80 | size)
    elif size < 1 << 16:
        head = struct.pack("!BBH", 0x81, 0x80 | 126, size)
    else:
        head = struct.pack("!BBQ", 0x81, 0x80 | 127, size)
    masked = bytes(b ^ mask[i % 4] for i, b in enumerate(payload))
    sock.sendall(head + mask + masked)


def _exactly(sock: socket.socket, n: int) -> bytes:
    data = bytearray()
    while len(data) < n:
        chunk = sock.recv(n - len(data))
        if not chunk:
            raise BrowserError("the DevTools socket closed")
        data += chunk
    return bytes(data)


def _receive(sock: socket.socket) -> str:
    """One whole text message (continuation frames joined; server frames are not masked)."""
    parts = []
    while True:
        first, second = _exactly(sock, 2)
        size = second & 0x7F
        if size == 126:
            size = struct.unpack("!H", _exactly(sock, 2))[0]
        elif size == 127:
            size = struct.unpack("!Q", _exactly(sock, 8))[0]
        payload = _exactly(sock, size)
        opcode = first & 0x0F
        if opcode == 0x8:
            raise BrowserError("the DevTools socket closed")
        if opcode in (0x9, 0xA):
            continue  # ping/pong
        parts.append(payload)
        if first & 0x80:
            return b"".join(parts).decode("utf-8")
