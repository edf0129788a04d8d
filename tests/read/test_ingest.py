from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from kg.errors import InputError, InputWarning
from kg.read import files as ingest
from kg.read.files import html_to_text, read_documents
from kg.read.text import document_from_text

SHARED = Path(__file__).resolve().parents[3] / "shared"

ARTICLE = """\
Harbour council approves new ferry route

By Sam Okafor | Sept. 14, 2022

The harbour council voted on Tuesday to open a ferry route to the island of Marrow.

"It will cut the trip by an hour," said councillor Ana Ruiz.

Share this article

Leave a Reply

Your email address will not be published. Required fields are marked *
"""


def paragraphs(document):
    return [span.of(document.text) for span in document.paragraphs]


def write(path: Path, content: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, str):
        content = content.encode("utf-8")
    path.write_bytes(content)
    return path


def test_article_title_dateline_and_furniture():
    document = document_from_text(ARTICLE, source="ferry.txt")
    assert document.title == "Harbour council approves new ferry route"
    assert document.date == dt.date(2022, 9, 14)
    assert document.text == ARTICLE
    assert document.source == "ferry.txt"
    assert paragraphs(document) == [
        "Harbour council approves new ferry route",
        "The harbour council voted on Tuesday to open a ferry route to the island of Marrow.",
        '"It will cut the trip by an hour," said councillor Ana Ruiz.',
    ]


def test_given_title_and_date_win_but_dateline_is_still_dropped():
    document = document_from_text(ARTICLE, source="s", title="T", date=dt.date(2020, 1, 2),
                                  url="https://example.org/a")
    assert (document.title, document.date, document.url) == ("T", dt.date(2020, 1, 2),
                                                             "https://example.org/a")
    assert not any("Okafor" in p for p in paragraphs(document))


@pytest.mark.parametrize("dateline, expected", [
    ("By | November 3, 2023", dt.date(2023, 11, 3)),
    ("By Jane Doe | Nov. 3, 2023", dt.date(2023, 11, 3)),
    ("November 3, 2023", dt.date(2023, 11, 3)),
    ("3 November 2023", dt.date(2023, 11, 3)),
    ("2023-11-03", dt.date(2023, 11, 3)),
    ("Published: Friday 3 November 2023 10:15 GMT", dt.date(2023, 11, 3)),
    ("Updated Nov 3, 2023", dt.date(2023, 11, 3)),
    ("Sept. 9, 2021", dt.date(2021, 9, 9)),
    ("Posted on 2023-11-03T10:15:00Z", dt.date(2023, 11, 3)),
    ("By Jane Doe and John Roe, Reuters · 9 Dec 2019", dt.date(2019, 12, 9)),
])
def test_dateline_formats(dateline, expected):
    text = f"Storm closes bridge\n\n{dateline}\n\nThe bridge was closed on Friday after the storm."
    document = document_from_text(text, source="s")
    assert document.date == expected
    assert paragraphs(document) == ["Storm closes bridge",
                                    "The bridge was closed on Friday after the storm."]


@pytest.mark.parametrize("paragraph", [
    "Polls open on May 5, 2005.",  # a sentence that mentions a date
    "The vote was held on 3 November 2023 in the capital",  # lower-case prose words
    "February 30, 2023",  # no such day
    "By Jane Doe | " + "x" * 120 + " | Nov. 3, 2023",  # too long for a dateline
])
def test_not_a_dateline(paragraph):
    text = f"Storm closes bridge\n\n{paragraph}\n\nThe bridge was closed on Friday."
    document = document_from_text(text, source="s")
    assert document.date is None
    assert paragraph in paragraphs(document)


def test_dateline_only_among_first_four_paragraphs():
    text = "Headline\n\nOne.\n\nTwo.\n\nThree.\n\nNovember 3, 2023\n\nFour."
    document = document_from_text(text, source="s")
    assert document.date is None
    assert "November 3, 2023" in paragraphs(document)


@pytest.mark.parametrize("first, title", [
    ("Storm closes bridge", "Storm closes bridge"),
    ("# Storm closes bridge", "Storm closes bridge"),
    ("Mayor: 'We will rebuild'", "Mayor: 'We will rebuild'"),
    ("The storm closed the bridge.", None),
    ("Is the bridge safe?", None),
    ("Officials said: 'It is closed.'", None),
    ("Officials said “it is closed!”", None),
    ("Storm notes:", None),
    ("Storm " * 40, None),  # 240 characters: a paragraph, not a headline
])
def test_title_rule(first, title):
    document = document_from_text(f"{first}\n\nThe bridge was closed on Friday.", source="s")
    assert document.title == title
    assert paragraphs(document)[0] == first.strip()  # the headline stays a paragraph


def test_multi_line_first_paragraph_is_not_a_title():
    document = document_from_text("Storm closes\nthe bridge\n\nIt was closed.", source="s")
    assert document.title is None


@pytest.mark.parametrize("furniture", [
    "Leave a Reply",
    "Leave a Reply\nYour email address will not be published.\nComment *\nName *\nPost Comment",
    "Your email address will not be published. Required fields are marked *",
    "Share this article",
    "Related articles",
    "Sign up for our newsletter",
    "Advertisement",
    "Click here to subscribe",
    "© 2023 Harbour Times Ltd",
    "Copyright 2021 Harbour Times",
    "Harbour Times. All rights reserved.",
])
def test_furniture_is_left_out_of_paragraphs_not_text(furniture):
    text = f"Storm closes bridge\n\nThe bridge was closed on Friday.\n\n{furniture}\n"
    document = document_from_text(text, source="s")
    assert paragraphs(document) == ["Storm closes bridge", "The bridge was closed on Friday."]
    assert furniture in document.text


@pytest.mark.parametrize("prose", [
    "Copyright law was the subject of the second debate.",
    "Advertisement spending fell by a fifth, the firm said.",
    "Click here to subscribe, the banner said, and 4,000 readers did. " * 4,  # too long
])
def test_prose_that_looks_like_furniture_is_kept(prose):
    document = document_from_text(f"Headline\n\n{prose}", source="s")
    assert prose.strip() in paragraphs(document)


@pytest.mark.parametrize("text, expected", [
    ("  Headline  \n\n\t First para.  \n\n\n Second\npara. \n", ["Headline", "First para.",
                                                                 "Second\npara."]),
    ("Headline\n \t \nBody.", ["Headline", "Body."]),  # a line of spaces is a blank line
    ("Only one line.", ["Only one line."]),
    ("\u00a0Non-breaking space around\u00a0\n\nBody.", ["Non-breaking space around", "Body."]),
])
def test_paragraph_spans_slice_exactly(text, expected):
    document = document_from_text(text, source="s")
    assert document.text == text
    assert paragraphs(document) == expected
    starts = [span.start for span in document.paragraphs]
    assert starts == sorted(starts)


def test_single_newline_document_gives_one_paragraph_per_line():
    text = "Storm closes bridge\nThe bridge was closed on Friday.\n  Engineers arrive.\n"
    document = document_from_text(text, source="s")
    assert paragraphs(document) == ["Storm closes bridge", "The bridge was closed on Friday.",
                                    "Engineers arrive."]
    assert document.title == "Storm closes bridge"


def test_newlines_and_nfc_are_normalised_and_offsets_follow():
    text = "Cafe\u0301 reopens\r\n\r\nThe cafe\u0301 reopened.\rIt was busy.\r\n"
    document = document_from_text(text, source="s")
    assert document.text == "Café reopens\n\nThe café reopened.\nIt was busy.\n"
    assert paragraphs(document) == ["Café reopens", "The café reopened.\nIt was busy."]


@pytest.mark.parametrize("text, reason", [
    ("", "is empty"),
    (" \n\t\n", "is empty"),
    ("By Jane Doe | Nov. 3, 2023\n\nShare this article\n\nAdvertisement", "has no article text"),
])
def test_document_from_text_errors_name_the_source(text, reason):
    with pytest.raises(InputError, match=rf"^story\.txt: {reason}"):
        document_from_text(text, source="story.txt")


def test_html_to_text_drops_script_style_nav_and_unescapes():
    html = """<!DOCTYPE html><html><head><title>Bridge &amp; ferry</title>
    <style>p { color: red }</style><script>var secret = "SCRIPT";</script></head>
    <body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
    <article><h1>Storm closes   bridge</h1>
    <p>The bridge&nbsp;was closed &ndash; &quot;for now&quot;,
       officials said.<br>Engineers <b>arrive</b> today.</p>
    <aside>Most read</aside><form>Search <input name=q></form><noscript>Enable JS</noscript>
    <table><tr><td>Cars</td><td>1,200</td></tr></table></article>
    <footer>© 2023 Harbour Times</footer><script>document.write("SCRIPT2")</script>
    </body></html>"""
    text, title = html_to_text(html)
    assert title == "Storm closes bridge"  # the article's <h1>, not the page's <title>
    assert text == ("Storm closes bridge\n\n"
                    "The bridge was closed – \"for now\", officials said.\n\n"
                    "Engineers arrive today.\n\n"
                    "Cars 1,200")
    for dropped in ("SCRIPT", "color", "Home", "Most read", "Search", "Enable JS", "Harbour"):
        assert dropped not in text


@pytest.mark.parametrize("html, expected", [
    ("<html><head><meta charset=utf-8><body><p>Hi there</p>", ("Hi there", None)),  # no </head>
    ("<body><svg><title>Menu icon</title></svg><p>Hi</p></body>", ("Hi", None)),
    ("<title>A &lt;b&gt;</title><p>Hi<br/>there</p>", ("Hi\n\nthere", "A <b>")),
])
def test_html_to_text_edge_cases(html, expected):
    assert html_to_text(html) == expected


@pytest.mark.parametrize("html, title", [
    # og:title first, then the article's <h1>, then the page's first <h1>, then <title>
    ('<head><title>Harbour Times | Storm</title><meta property="og:title" content="Storm  closes bridge" />'
     '<meta name="twitter:title" content="Twitter headline"></head><body><h1>Page h1</h1><p>Body.</p>',
     "Storm closes bridge"),
    ('<head><meta name="twitter:title" content="Storm closes bridge"><title>Harbour Times | Storm</title></head>'
     "<body><p>Body.</p>", "Storm closes bridge"),
    ("<head><title>Harbour Times | Storm</title></head><body><header><h1>Harbour Times</h1></header>"
     "<article><h1>Storm closes <em>bridge</em></h1><p>Body.</p><h1>Later h1</h1></article>", "Storm closes bridge"),
    ("<head><title>Harbour Times | Storm</title></head><body><h1>Storm closes bridge</h1><p>Body.</p><h1>Second</h1>",
     "Storm closes bridge"),
    ('<head><title>Harbour Times | Storm</title><meta property="og:title" content="  "></head><body><p>Body.</p>',
     "Harbour Times | Storm"),
    ("<body><nav><h1>Menu</h1></nav><p>Body.</p>", None),
])
def test_html_headline_is_og_title_then_h1_then_title(html, title):
    assert html_to_text(html)[1] == title


def test_frame_and_media_fallback_text_is_not_article_text():
    html = ("<body><p>Before.</p><iframe src='x'>Your browser does not support iframes.</iframe>"
            "<object data='v.swf'><p>Install Flash to see this video.</p></object>"
            "<video src='v.mp4'>Your browser cannot play this video.</video><p>After.</p></body>")
    assert html_to_text(html)[0] == "Before.\n\nAfter."


def test_deeply_nested_html_does_not_recurse():
    depth = 5000
    html = ("<div>" * depth + "<script>hidden()</script>Deep text" + "</div>" * depth
            + "<p>After</p>")
    text, _ = html_to_text(html)
    assert text == "Deep text\n\nAfter"


def test_read_html_file_by_extension_and_by_content(tmp_path):
    page = "<html><head><title>Page title</title></head><body><p>Para one.</p></body></html>"
    write(tmp_path / "a.html", page)
    write(tmp_path / "b.txt", "  <!doctype html>" + page)
    documents = list(read_documents([tmp_path / "a.html", tmp_path / "b.txt"]))
    assert [d.title for d in documents] == ["Page title", "Page title"]
    assert [paragraphs(d) for d in documents] == [["Para one."], ["Para one."]]


def test_html_meta_charset_windows_1252(tmp_path):
    page = ('<html><head><meta charset="windows-1252"><title>Caf\xe9 \x93news\x94</title>'
            "</head><body><p>The caf\xe9 said \x93yes\x94 \x96 twice.</p></body></html>")
    path = write(tmp_path / "page.htm", page.encode("latin-1"))
    [document] = read_documents([path])
    assert document.title == "Café “news”"
    assert paragraphs(document) == ["The café said “yes” – twice."]


def test_html_meta_http_equiv_iso_8859_1_is_read_as_cp1252(tmp_path):
    page = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">'
            "</head><body><p>He said \x93no\x94.</p></body></html>")
    [document] = read_documents([write(tmp_path / "p.html", page.encode("latin-1"))])
    assert paragraphs(document) == ["He said “no”."]


def test_cp1252_plain_text_with_curly_quotes(tmp_path):
    path = write(tmp_path / "cp.txt", "Storm \x93closes\x94 bridge\n\nIt\x92s shut.".encode(
        "latin-1"))
    with pytest.warns(InputWarning, match=r"cp\.txt: is not UTF-8 and declares no encoding; read as cp1252"):
        [document] = read_documents([path])
    assert document.title == "Storm “closes” bridge"
    assert paragraphs(document)[1] == "It’s shut."


def test_a_guessed_encoding_goes_to_on_warning_and_a_declared_one_is_no_guess(tmp_path):
    latin = write(tmp_path / "latin.txt", "Caf\xe9 owners in Z\xfcrich protest\n\nRents rose.".encode("latin-1"))
    declared = write(tmp_path / "page.html", '<meta charset="iso-8859-1"><p>Caf\xe9 owners.</p>'.encode("latin-1"))
    heard = []
    documents = list(read_documents([latin, declared], on_warning=lambda path, message: heard.append((path, message))))
    assert documents[0].title == "Café owners in Zürich protest" and paragraphs(documents[1]) == ["Café owners."]
    assert [(path, message.split(";")[1]) for path, message in heard] == [(str(latin), " read as cp1252 (Windows Western European, which Latin-1 text also reads as)")]


def test_utf8_bom_is_stripped(tmp_path):
    [document] = read_documents([write(tmp_path / "bom.txt", b"\xef\xbb\xbfHeadline\n\nBody.")])
    assert document.text == "Headline\n\nBody."


@pytest.mark.parametrize("name, content, reason", [
    ("empty.txt", b"", "is empty"),
    ("blank.txt", b" \r\n\t\n ", "is empty"),
    ("bom-only.txt", b"\xef\xbb\xbf", "is empty"),
    ("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01", "looks binary, not text"),
    ("controls.txt", b"ab\x01\x02\x03\x04\x05\x06cd" * 10, "looks binary, not text"),
    # Latin-1 "é" after 10 bytes, then 0x81 which cp1252 leaves undefined
    ("latin1.txt", b"Caf\xc3\xa9 news\xe9 \x81 done", r"is not valid UTF-8 \(first bad byte at "
                                                      r"offset 10\); convert it to UTF-8"),
    ("control-c1.txt", b"Storm\x9d closes bridge", r"is not valid UTF-8 \(first bad byte at "
                                                  r"offset 5\)"),
    ("furniture.txt", b"Advertisement\n\nShare this article", "has no article text"),
    ("empty.html", b"<html><script>x()</script></html>", "has no visible text"),
])
def test_bad_files_raise_input_error_naming_the_file(tmp_path, name, content, reason):
    path = write(tmp_path / name, content)
    with pytest.raises(InputError, match=rf"^{path}: {reason}"):
        list(read_documents([path]))


def test_too_large_file_names_the_limit(tmp_path, monkeypatch):
    monkeypatch.setattr(ingest, "MAX_BYTES", 10)
    path = write(tmp_path / "big.txt", "Headline\n\nA body longer than ten bytes.")
    with pytest.raises(InputError, match=rf"^{path}: is larger than the 10-byte limit"):
        list(read_documents([path]))


def test_nonexistent_path(tmp_path):
    missing = tmp_path / "nope.txt"
    with pytest.raises(InputError, match=rf"^{missing}: does not exist"):
        list(read_documents([missing]))


def test_folder_is_read_recursively_sorted_and_hidden_files_skipped(tmp_path):
    for rel in ("b.txt", "a/z.md", "a/c.html", "A2.text", "d/e/f.htm", ".hidden.txt",
                ".git/g.txt", "notes.rst", "image.png"):
        write(tmp_path / rel, f"{rel} headline\n\nBody of {rel}.")
    sources = [Path(d.source).relative_to(tmp_path).as_posix()
               for d in read_documents([tmp_path])]
    assert sources == ["A2.text", "a/c.html", "a/z.md", "b.txt", "d/e/f.htm"]


def test_folder_without_articles(tmp_path):
    write(tmp_path / "image.png", b"\x89PNG")
    with pytest.raises(InputError, match="contains no .txt"):
        list(read_documents([tmp_path]))


def test_single_path_argument_is_not_split_into_characters(tmp_path):
    path = write(tmp_path / "one.txt", "Headline\n\nBody.")
    assert [d.source for d in read_documents(str(path))] == [str(path)]


def test_keep_going_reports_bad_files_and_yields_good_ones(tmp_path):
    write(tmp_path / "1-good.txt", "First headline\n\nBody one.")
    write(tmp_path / "2-empty.txt", "")
    write(tmp_path / "3-binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00")
    write(tmp_path / "4-good.txt", "Second headline\n\nBody two.")
    missing = tmp_path / "missing.txt"
    skipped = []
    documents = list(read_documents([tmp_path, missing], keep_going=True,
                                    on_skip=lambda path, reason: skipped.append((path, reason))))
    assert [d.title for d in documents] == ["First headline", "Second headline"]
    assert [(Path(p).name, r.split(";")[0]) for p, r in skipped] == [
        ("2-empty.txt", "is empty"), ("3-binary.txt", "looks binary, not text"),
        ("missing.txt", "does not exist")]


def test_without_keep_going_the_first_bad_file_stops_reading(tmp_path):
    write(tmp_path / "1-good.txt", "Headline\n\nBody.")
    write(tmp_path / "2-empty.txt", "")
    documents = read_documents([tmp_path])
    assert next(documents).title == "Headline"
    with pytest.raises(InputError, match="2-empty.txt: is empty"):
        next(documents)


def test_shared_article():
    path = SHARED / "corpus" / "pauses-2023-11-03.txt"
    if not path.exists():
        pytest.skip(f"shared corpus not found at {path}")
    [document] = read_documents([path])
    assert document.title == ("Biden administration to pressure Israel to take ‘pauses’ in war "
                              "against Hamas")
    assert document.date == dt.date(2023, 11, 3)
    texts = paragraphs(document)
    assert texts[0] == document.title
    assert not any("November 3, 2023" in p for p in texts)
    assert texts[1].startswith("Secretary of State Antony J. Blinken will urge")
    assert texts[-1].startswith("“We’ve already been able to work with him")
    assert not any("Leave a Reply" in p or "email address" in p for p in texts)
    assert document.text == path.read_text(encoding="utf-8")


def test_folder_with_unreadable_entries_skips_them_with_keep_going(tmp_path):
    import os

    good = tmp_path / "good.txt"
    good.write_text("Headline here\n\nThe council approved the budget on Monday after a long debate.", encoding="utf-8")
    (tmp_path / "broken.txt").symlink_to(tmp_path / "missing")
    os.mkfifo(tmp_path / "pipe.txt")  # reading it would block forever
    skipped = []
    docs = list(read_documents([tmp_path], keep_going=True, on_skip=lambda p, why: skipped.append((Path(p).name, why))))
    assert [Path(d.source).name for d in docs] == ["good.txt"]
    assert sorted(name for name, _ in skipped) == ["broken.txt", "pipe.txt"]
    with pytest.raises(InputError, match="pipe.txt: is not a regular file"):
        list(read_documents([tmp_path / "pipe.txt"]))


def test_a_one_million_character_line_is_read_and_parsed_in_pieces(tmp_path):
    from kg.extract.parse import MAX_PARAGRAPH_CHARS, paragraph_texts

    line = ("The minister met the envoy in Oslo on Tuesday and they discussed the deal. " * 13400)[:1_000_000]
    article = tmp_path / "long.txt"
    article.write_text("One very long line\n\n" + line, encoding="utf-8")
    (document,) = list(read_documents([article]))
    pieces = paragraph_texts(document)
    assert all(len(text) <= MAX_PARAGRAPH_CHARS for _, text in pieces)
    # read as paragraphs cut between sentences (kg.read.text.MAX_PARAGRAPH_CHARS): nothing lost or repeated
    assert " ".join(text for _, text in pieces[1:]) == line.rstrip()
    assert all(document.text[start : start + len(text)] == text for start, text in pieces)
