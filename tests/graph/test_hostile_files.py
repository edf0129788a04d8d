"""Graph files that would exhaust the reader: RDF/XML entity expansion ("billion laughs") and terms
longer than pyoxigraph reads. Each is one line from query, stats, view and validate; and the
longest article kg builds writes a graph kg reads back."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pyoxigraph
import pytest
from rdflib import Literal, URIRef

from kg.errors import GraphError
from kg.graph.formats import MAX_TERM_BYTES, RdfFormat, parse, read_files
from kg.graph.writers import nt_line
from kg.read.text import MAX_TEXT_LITERAL_BYTES, document_from_text, literal_bytes
from kg.errors import InputError

MEMORY_LIMIT = 2 << 30  # bytes of address space for each command: the expansion needs far more
ENTITIES = '<!ENTITY a0 "ha">' + "".join(f'<!ENTITY a{i} "{("&a%d;" % (i - 1)) * 10}">' for i in range(1, 10))
LAUGHS = f"""<?xml version="1.0"?>
<!DOCTYPE rdf:RDF [{ENTITIES}]>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:e="http://example.org/">
<rdf:Description rdf:about="http://example.org/s"><e:p>&a9;</e:p></rdf:Description></rdf:RDF>
"""
COMMANDS = [["query", "{file}", "ASK {{ ?s ?p ?o }}"], ["stats", "{file}"], ["view", "{file}", "--out", "{out}"],
            ["validate", "{file}"]]


def run_kg(args: list[str]) -> subprocess.CompletedProcess:
    """`kg ARGS` in a process whose address space is capped."""
    code = (
        "import resource, sys; resource.setrlimit(resource.RLIMIT_AS, ({0}, {0})); "
        "from kg.cli import main; sys.exit(main(sys.argv[1:]))"
    ).format(MEMORY_LIMIT)
    return subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, timeout=120)


@pytest.mark.parametrize("command", COMMANDS, ids=[c[0] for c in COMMANDS])
def test_entity_expansion_in_rdf_xml_is_refused_in_one_line(tmp_path, command):
    laughs = tmp_path / "laughs.rdf"
    laughs.write_text(LAUGHS, encoding="utf-8")
    done = run_kg([part.format(file=laughs, out=tmp_path / "v.html") for part in command])
    assert done.returncode == 1
    assert done.stderr == (
        f"kg: error: {laughs}: declares a DTD (<!DOCTYPE ...> or <!ENTITY ...>), which kg does not read: entity "
        "declarations can expand a small file into gigabytes; remove the declaration and write the IRIs out\n"
    )


def test_rdf_xml_without_a_dtd_still_reads(tmp_path):
    plain = tmp_path / "plain.rdf"
    plain.write_text(LAUGHS.replace(f"<!DOCTYPE rdf:RDF [{ENTITIES}]>\n", "").replace("&a9;", "ha"), encoding="utf-8")
    assert len(read_files([plain])) == 1
    with pytest.raises(GraphError, match="declares a DTD"):
        parse(LAUGHS, RdfFormat.RDFXML)


@pytest.fixture(scope="module")
def huge_literal(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("huge") / "huge.nt"
    path.write_text(nt_line(URIRef("http://example.org/s"), URIRef("http://example.org/p"),
                            Literal("word " * (MAX_TERM_BYTES // 5 + 1))), encoding="utf-8")
    return path


@pytest.mark.parametrize("command", COMMANDS, ids=[c[0] for c in COMMANDS])
def test_a_term_longer_than_the_parser_reads_is_one_line(huge_literal, tmp_path, command):
    done = run_kg([part.format(file=huge_literal, out=tmp_path / "v.html") for part in command])
    assert done.returncode == 1
    assert done.stderr == (
        f"kg: error: {huge_literal}: holds a term or line longer than {MAX_TERM_BYTES:,} bytes, the most the RDF "
        "parser (pyoxigraph) reads in one piece; kg build refuses articles that would write one\n"
    )


def test_the_longest_article_text_kg_takes_reads_back():
    # the worst case: every character escaped (a quote mark is written \")
    paragraph = "A sentence of prose that says something. "
    text = paragraph + '"' * ((MAX_TEXT_LITERAL_BYTES - len(paragraph)) // 2)
    assert literal_bytes(text) <= MAX_TEXT_LITERAL_BYTES
    document = document_from_text(text, source="long.txt")
    line = nt_line(URIRef("http://example.org/d"), URIRef("http://schema.org/text"), Literal(document.text))
    (quad,) = pyoxigraph.parse(line, format=pyoxigraph.RdfFormat.N_TRIPLES)
    assert quad.object.value == text
    with pytest.raises(InputError, match=r"is too long for one article \(16,776,195 bytes as an RDF literal; the limit is 16,776,192"):
        document_from_text(text + '""', source="long.txt")
