"""Hostile and random article text through the whole pipeline: the Turtle stays valid for an
independent parser and the HTML view never carries live markup from the input."""
from __future__ import annotations

import re

import pyoxigraph
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kg.errors import InputError
from kg.graph import rdf
from kg.pipeline.builder import extract_document
from kg.read.text import document_from_text
from kg.views import html as views
from kg.views import network

pytestmark = pytest.mark.model

PAYLOADS = [
    '<img src=x onerror=alert(1)>',
    '"</script><script>alert(1)</script>',
    "Tom \"Bomb\" O'Neil",
    "Ann\\Lee } # ; . @prefix x: <y> .",
    "DROP ALL ; SELECT * WHERE { ?s ?p ?o }",
    "{{ constructor.constructor('alert(1)')() }}",
    "Zoë\u202eevil\u202c Brandt",
]
ARTICLE = (
    "Minister {name} urged the {org} to release the prisoners.\n\n"
    "“We do not accept {name2},” {name} told reporters on Monday."
)


def graph_and_page(text: str):
    """The graph and page of `text`; (None, None) when ingest rightly refuses it (no prose)."""
    try:
        document = document_from_text(text, source="hostile.txt")
    except InputError:
        return None, None
    ex = extract_document(document, None)
    g = rdf.extraction_graph(ex)
    page = views.render_html(network.to_networkx(g), title=text[:80])
    return g, page


def assert_safe(g, page: str) -> None:
    if g is None:
        return
    turtle = g.serialize(format="longturtle")
    store = pyoxigraph.Store()
    store.load(turtle.encode("utf-8"), format=pyoxigraph.RdfFormat.TURTLE)
    assert len(store) == len(g)
    for quad in store:
        for term in (quad.subject, quad.predicate, quad.object):
            if isinstance(term, pyoxigraph.NamedNode):
                assert not re.search(r"[\s<>\"{}|\\^`]", term.value), term
    # No tag or event handler from the text survives into the page as markup.
    assert not re.search(r"<img\b", page, re.I)
    assert "<script>alert" not in page
    assert not re.search(r"""(?:src|href)\s*=\s*["']?https?://""", page, re.I)


@pytest.mark.parametrize("payload", PAYLOADS)
def test_payloads_in_names_and_quotes(nlp, payload):
    text = ARTICLE.format(name=f"Omar {payload} Haddad", org=payload, name2=payload)
    g, page = graph_and_page(text)
    assert g is not None
    assert_safe(g, page)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=400))
def test_random_text_never_breaks_the_output(nlp, text):
    if not text.strip():
        return
    g, page = graph_and_page(text)
    assert_safe(g, page)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.sampled_from(PAYLOADS + ["Mr. Brandt said", "“", "”", '"', "\n\n", " the council ", "Gaza"]), min_size=1, max_size=30))
def test_shuffled_payloads_and_quote_marks(nlp, parts):
    text = " ".join(parts)
    if not text.strip():
        return
    g, page = graph_and_page(text)
    assert_safe(g, page)
