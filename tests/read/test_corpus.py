"""Corpus input: JSON Lines, gzip, folders of both, errors that name the file and the line, and
reading that streams (constant memory however large the file)."""
from __future__ import annotations

import datetime as dt
import gzip
import json
import tracemalloc
from pathlib import Path

import pytest

from kg.errors import InputError
from kg.read import jsonl as jsonl_reader
from kg.read.files import count_documents, read_documents
from kg.read.jsonl import document_from_record

BODY = "The harbour council voted on Tuesday to open a ferry route to Marrow."


def jsonl(*records: object) -> str:
    return "".join((r if isinstance(r, str) else json.dumps(r)) + "\n" for r in records)


def write(path: Path, text: str, *, compress: bool = False) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    data = text.encode("utf-8")
    path.write_bytes(gzip.compress(data, mtime=0) if compress else data)
    return path


def test_jsonl_fields_become_the_document():
    record = {"id": "a-1", "title": "Ferry route approved", "date": "2023-11-03", "url": "https://example.org/a",
              "text": f"{BODY}\n\nA second paragraph.", "category": "ignored"}
    document = document_from_record(record, source="news.jsonl:1")
    assert document.source == "news.jsonl:1#a-1"
    assert (document.title, document.date, document.url) == ("Ferry route approved", dt.date(2023, 11, 3),
                                                             "https://example.org/a")
    assert document.text == record["text"]
    assert [p.of(document.text) for p in document.paragraphs] == [BODY, "A second paragraph."]


@pytest.mark.parametrize("value, day", [
    ("2023-11-03", dt.date(2023, 11, 3)),
    ("2023-11-03T23:15:00Z", dt.date(2023, 11, 3)),
    ("2023-11-03T10:15:00+02:00", dt.date(2023, 11, 3)),
    (None, None),
])
def test_jsonl_date_is_iso_date_or_timestamp(value, day):
    assert document_from_record({"text": BODY, "date": value}, source="s").date == day


def test_without_id_the_source_is_file_and_line(tmp_path):
    path = write(tmp_path / "news.jsonl", jsonl({"text": BODY}, "", "   ", {"text": BODY + " Again.", "id": "x"}))
    assert [d.source for d in read_documents(path)] == [f"{path}:1", f"{path}:4#x"]


@pytest.mark.parametrize("line, reason", [
    ('{"text": "unterminated', "is not valid JSON"),
    ("[1, 2]", "holds a JSON list, not an object"),
    ('{"title": "No text here"}', 'has no "text" field'),
    ('{"text": 42}', 'has an int as its "text" field'),
    ('{"text": "   "}', 'has an empty "text"'),
    ('{"text": "Body.", "title": 7}', 'has an int as its "title"'),
    ('{"text": "Body.", "date": "3 November"}', 'has "3 November" as its "date"; give an ISO date'),
])
def test_bad_line_is_an_error_naming_file_and_line(tmp_path, line, reason):
    path = write(tmp_path / "news.jsonl", jsonl({"text": BODY}, {"text": BODY + " More."}, line))
    documents = read_documents([path])
    assert len([next(documents), next(documents)]) == 2  # the good lines before it are read
    with pytest.raises(InputError, match=rf"^{path}:3: {reason}"):
        next(documents)


def test_keep_going_skips_bad_lines_with_file_and_line(tmp_path):
    path = write(tmp_path / "news.jsonl", jsonl({"text": BODY}, "not json", {"id": "no-text"}, {"text": "Last one."}))
    skipped = []
    documents = list(read_documents(path, keep_going=True, on_skip=lambda where, why: skipped.append((where, why))))
    assert [d.text for d in documents] == [BODY, "Last one."]
    assert [(where, why.split(" (")[0].split(";")[0]) for where, why in skipped] == [
        (f"{path}:2", "is not valid JSON"), (f"{path}:3", 'has no "text" field')]


def test_gzip_jsonl_and_gzip_text_read_like_the_plain_files(tmp_path):
    lines = jsonl({"id": "1", "text": BODY}, {"id": "2", "text": "Another article body."})
    article = f"Ferry route approved\n\n{BODY}\n"
    plain = [*read_documents(write(tmp_path / "a.jsonl", lines)), *read_documents(write(tmp_path / "b.txt", article))]
    packed = [*read_documents(write(tmp_path / "a.jsonl.gz", lines, compress=True)),
              *read_documents(write(tmp_path / "b.txt.gz", article, compress=True))]
    assert [(d.text, d.title, d.paragraphs) for d in packed] == [(d.text, d.title, d.paragraphs) for d in plain]
    assert packed[0].source.endswith("a.jsonl.gz:1#1") and packed[2].source.endswith("b.txt.gz")
    assert packed[2].title == "Ferry route approved"


def test_gzip_html_is_read_as_html(tmp_path):
    page = f"<html><head><title>Ferry</title></head><body><p>{BODY}</p><script>x()</script></body></html>"
    [document] = read_documents(write(tmp_path / "page.html.gz", page, compress=True))
    assert document.title == "Ferry" and document.text == BODY


def test_folder_finds_jsonl_and_gzip_files_sorted(tmp_path):
    write(tmp_path / "b.jsonl", jsonl({"text": "From b one."}, {"text": "From b two."}))
    write(tmp_path / "a" / "c.jsonl.gz", jsonl({"text": "From c."}), compress=True)
    write(tmp_path / "d.txt.gz", "From d.", compress=True)
    write(tmp_path / "notes.gz", "not an article suffix", compress=True)
    assert [d.text for d in read_documents(tmp_path)] == ["From c.", "From b one.", "From b two.", "From d."]
    assert count_documents([tmp_path]) == 4


def test_count_documents_counts_non_blank_lines_and_files(tmp_path):
    path = write(tmp_path / "news.jsonl", jsonl({"text": "a"}, "", {"text": "b"}) + '{"text": "no newline"}')
    article = write(tmp_path / "one.txt", "Body.")
    assert count_documents([path, article]) == 4
    assert count_documents([tmp_path / "missing.jsonl"]) == 0


def test_not_gzip_despite_the_name(tmp_path):
    path = write(tmp_path / "news.jsonl.gz", jsonl({"text": BODY}))
    with pytest.raises(InputError, match=rf"^{path}: is not gzip-compressed"):
        list(read_documents(path))


def test_cut_short_gzip_names_the_line_it_broke_in(tmp_path):
    lines = jsonl(*({"text": f"Article number {i}. {BODY}"} for i in range(2000)))
    data = gzip.compress(lines.encode("utf-8"), mtime=0)
    path = tmp_path / "news.jsonl.gz"
    path.write_bytes(data[: len(data) // 2])
    read = []
    with pytest.raises(InputError, match=rf"^{path}:(\d+): is a damaged or cut-short gzip file") as error:
        for document in read_documents(path):
            read.append(document)
    assert 0 < len(read) < 2000
    assert error.match(rf"^{path}:{len(read) + 1}:")


def test_over_long_line_is_refused_and_the_next_one_read(tmp_path, monkeypatch):
    monkeypatch.setattr(jsonl_reader, "MAX_BYTES", 200)
    path = write(tmp_path / "news.jsonl", jsonl({"text": "x " * 500}, {"text": "Short one."}))
    skipped = []
    documents = list(read_documents(path, keep_going=True, on_skip=lambda where, why: skipped.append(where)))
    assert [d.text for d in documents] == ["Short one."] and skipped == [f"{path}:1"]
    with pytest.raises(InputError, match=rf"^{path}:1: is longer than the 200-byte limit"):
        list(read_documents(path))


class CountingReader:
    """A binary file that remembers how many bytes were read from it."""

    def __init__(self, handle) -> None:
        self.handle, self.read_bytes = handle, 0

    def readline(self, limit: int = -1) -> bytes:
        line = self.handle.readline(limit)
        self.read_bytes += len(line)
        return line

    def __enter__(self):
        return self

    def __exit__(self, *exc_info) -> None:
        self.handle.close()


def big_jsonl(path: Path, articles: int, *, compress: bool = False) -> Path:
    paragraph = " ".join([BODY] * 12)
    records = ({"id": str(i), "title": f"Article {i}", "text": f"{paragraph}\n\n{paragraph} ({i})"}
               for i in range(articles))
    return write(path, jsonl(*records), compress=compress)


@pytest.mark.parametrize("name", ["big.jsonl", "big.jsonl.gz"])
def test_reading_is_lazy(tmp_path, monkeypatch, name):
    path = big_jsonl(tmp_path / name, 5000, compress=name.endswith(".gz"))
    readers = []
    real_open = jsonl_reader.open_binary
    monkeypatch.setattr(jsonl_reader, "open_binary", lambda p: readers.append(CountingReader(real_open(p))) or readers[-1])
    documents = read_documents(path)
    first = next(documents)
    assert first.source.endswith(":1#0")
    total = len(gzip.decompress(path.read_bytes())) if name.endswith(".gz") else path.stat().st_size
    assert readers[0].read_bytes < total / 1000  # the first line, not the file
    assert sum(1 for _ in documents) == 4999
    assert readers[0].read_bytes == total


def test_memory_stays_flat_however_long_the_file(tmp_path):
    path = big_jsonl(tmp_path / "big.jsonl", 5000)
    size = path.stat().st_size
    tracemalloc.start()
    try:
        count = sum(1 for _ in read_documents(path))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert count == 5000 and size > 5_000_000
    assert peak < size / 50  # a few documents at a time (about 40 kB); holding them all takes more than the file
