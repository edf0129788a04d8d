"""Input that is not what it claims: lone surrogates in JSON Lines, file names that are not UTF-8
or carry terminal escapes, folders that cannot be listed. Each is one line naming where, or a
warning with --keep-going; nothing is printed raw."""
from __future__ import annotations

import json
import os
from pathlib import Path

import pyoxigraph
import pytest

from kg import cli
from kg.errors import InputError, display, unicode_name
from kg.read.files import read_documents

PROSE = "Minister Anna Berg met Luis Ortega in Oslo on Tuesday to discuss the agreement."
FIELDS = ("text", "title", "id", "url")


def corpus(tmp_path: Path, bad_field: str) -> Path:
    """Three records; the second has a lone surrogate in `bad_field` (written as the JSON escape)."""
    good = json.dumps({"text": PROSE, "id": "one"})
    record = {"text": PROSE, "title": "Talks", "id": "two", "url": "https://example.org/two"}
    record[bad_field] = record[bad_field][:3] + "\\ud800" + record[bad_field][3:]
    bad = json.dumps(record).replace("\\\\ud800", "\\ud800")  # the escape itself, not an escaped backslash
    path = tmp_path / "articles.jsonl"
    third = json.dumps({"text": PROSE.replace("Oslo", "Bergen"), "id": "three"})  # another text: no duplicate
    path.write_text("\n".join([good, bad, third]) + "\n", encoding="utf-8")
    assert "\\ud800" in bad and json.loads(bad)[bad_field][3] == "\ud800"
    return path


@pytest.mark.parametrize("field", FIELDS)
def test_a_lone_surrogate_stops_the_build_naming_file_and_line(tmp_path, field):
    path = corpus(tmp_path, field)
    with pytest.raises(InputError) as caught:
        list(read_documents([path]))
    assert str(caught.value) == (
        f'{path}:2: has a lone surrogate (\\ud800) at character 4 of its "{field}", which is no character; '
        "write the character itself or its full surrogate pair"
    )


@pytest.mark.parametrize("field", FIELDS)
def test_a_lone_surrogate_is_skipped_with_keep_going(tmp_path, field):
    path = corpus(tmp_path, field)
    skipped = []
    documents = list(read_documents([path], keep_going=True, on_skip=lambda where, why: skipped.append(where)))
    assert [d.source for d in documents] == [f"{path}:1#one", f"{path}:3#three"]
    assert skipped == [f"{path}:2"]


@pytest.mark.model
@pytest.mark.parametrize("store", [False, True], ids=["files", "store"])
def test_a_lone_surrogate_is_one_warning_in_a_build(tmp_path, store, capsys):
    path = corpus(tmp_path, "text")
    target = ["--store", str(tmp_path / "s")] if store else ["--out", str(tmp_path / "out"), "--no-html"]
    assert cli.main(["build", str(path), *target, "--quiet"]) == 1
    err = capsys.readouterr().err
    assert err.startswith(f"kg: error: {path}:2: has a lone surrogate") and err.count("\n") == 1
    assert cli.main(["build", str(path), *target, "--quiet", "--keep-going"]) == 0
    captured = capsys.readouterr()
    assert captured.err.startswith(f"kg: warning: skipped {path}:2: has a lone surrogate") and captured.err.count("\n") == 1
    assert "2 documents" in captured.out and "(1 skipped)" in captured.out


def test_display_escapes_controls_and_bytes_that_are_not_utf8():
    name = os.fsdecode(b"caf\xe9\x1b]0;owned\x07\x1b[2J\xe2\x80\xae.txt")
    assert display(name) == "caf\\xe9\\e]0;owned\\a\\e[2J\\u202e.txt"
    assert unicode_name(name) == "caf\\xe9\x1b]0;owned\x07\x1b[2J\u202e.txt"
    assert display("two\nlines") == "two\\nlines" and display("two\nlines", newlines=True) == "two\nlines"
    assert display("Zoë Brandt – “quoted”") == "Zoë Brandt – “quoted”"  # ordinary text is left alone


@pytest.mark.model
def test_a_file_name_that_is_not_utf8_builds_and_is_recorded_escaped(tmp_path, capsys):
    folder = tmp_path / "in"
    folder.mkdir()
    article = os.path.join(os.fsencode(folder), b"caf\xe9.txt")
    with open(article, "wb") as handle:
        handle.write(PROSE.encode())
    out, store = tmp_path / "out", tmp_path / "store"
    assert cli.main(["build", str(folder), "--out", str(out), "--quiet", "--no-html"]) == 0
    (quad,) = [q for q in pyoxigraph.parse(path=out / "graph.ttl") if q.predicate.value.endswith("sourcePath")]
    assert quad.object.value == f"{folder}/caf\\xe9.txt"
    assert cli.main(["build", "--store", str(store), str(folder), "--quiet"]) == 0
    assert f"added     {folder}/caf\\xe9.txt" in capsys.readouterr().out
    assert cli.main(["remove", "--store", str(store), os.fsdecode(article)]) == 0  # the name as given
    assert capsys.readouterr().out.startswith(f"removed {folder}/caf\\xe9.txt")


def test_a_file_name_with_terminal_escapes_is_printed_escaped(tmp_path, capsys):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "x\x1b]0;owned\x07\x1b[2J.txt").write_bytes(b"")  # empty: an error naming it
    assert cli.main(["build", str(folder), "--out", str(tmp_path / "out"), "--quiet"]) == 1
    err = capsys.readouterr().err
    assert "\x1b" not in err and "\x07" not in err
    assert err == f"kg: error: {folder}/x\\e]0;owned\\a\\e[2J.txt: is empty; add the article text or remove the file\n"


@pytest.fixture()
def locked_folder(tmp_path, monkeypatch) -> Path:
    """A folder of articles whose sub-folder "locked" cannot be listed (tests run as root, where
    chmod 000 does not stop reading: os.scandir is made to refuse it)."""
    root = tmp_path / "articles"
    (root / "locked").mkdir(parents=True)
    (root / "locked" / "hidden.txt").write_text(PROSE, encoding="utf-8")
    (root / "open.txt").write_text(PROSE, encoding="utf-8")
    real = os.scandir

    def scandir(path="."):
        if os.fspath(path).endswith("locked"):
            raise PermissionError(13, "Permission denied", os.fspath(path))
        return real(path)

    monkeypatch.setattr(os, "scandir", scandir)
    return root


def test_an_unreadable_sub_folder_stops_the_build_naming_it(locked_folder):
    with pytest.raises(InputError) as caught:
        list(read_documents([locked_folder]))
    assert str(caught.value) == (
        f"{locked_folder / 'locked'}: is a folder that cannot be read (Permission denied); check its permissions"
    )


def test_an_unreadable_sub_folder_is_a_warning_with_keep_going(locked_folder):
    skipped = []
    documents = list(read_documents([locked_folder], keep_going=True, on_skip=lambda *s: skipped.append(s)))
    assert [Path(d.source).name for d in documents] == ["open.txt"]
    assert skipped == [(str(locked_folder / "locked"), "is a folder that cannot be read (Permission denied); "
                                                         "check its permissions")]


def test_a_graph_file_name_that_is_not_utf8_is_viewed_and_named_escaped(tmp_path, capsys):
    graph = os.path.join(os.fsencode(tmp_path), b"g\xe9.ttl")
    with open(graph, "wb") as handle:
        handle.write(b'<https://example.org/kg/entity/person/anna-berg> a <https://example.org/kg/ontology#Person> ;\n'
                     b'    <http://www.w3.org/2000/01/rdf-schema#label> "Anna Berg" .\n')
    page = os.path.join(os.fsencode(tmp_path), b"v\xe9.html")
    assert cli.main(["view", os.fsdecode(graph), "--out", os.fsdecode(page)]) == 0
    assert capsys.readouterr().out == f"wrote {tmp_path}/v\\xe9.html\n"
    with open(page, "rb") as handle:
        handle.read().decode("utf-8")  # the page holds no byte that is not UTF-8
