"""HTML -> the article's text and title (scripts, navigation and forms left out)."""
from __future__ import annotations

from html.parser import HTMLParser

# HTML elements whose text is not article text (svg: icon labels and their <title>s; iframe,
# object, video, audio, canvas: fallback text for browsers that cannot show them).
SKIP_TAGS = frozenset("script style noscript template head nav footer aside form svg "
                      "iframe object video audio canvas".split())
HEADLINE_META = ("og:title", "twitter:title")  # <meta property|name=... content=...>, in this order
# HTML elements that end a paragraph where they open and where they close.
BLOCK_TAGS = frozenset("p div h1 h2 h3 h4 h5 h6 li br article section blockquote tr ul ol table "
                       "header main figure figcaption hr pre dl dt dd address".split())
CELL_TAGS = frozenset({"td", "th"})  # neighbouring cells are separate words


def html_to_text(html: str) -> tuple[str, str | None]:
    """(text, headline) of an HTML page: the visible text, one paragraph per block element, blank
    lines between paragraphs, whitespace collapsed, entities unescaped; the headline or None.
    Scripts, styles, <head>, navigation, footers, asides, forms, SVG and the fallback text of
    embedded frames and media are dropped. The headline is the page's og:title (or
    twitter:title) meta, else its article's first <h1> (or the page's), else its <title>, which
    often carries the site's name ("Storm closes bridge | Harbour Times")."""
    parser = _TextExtractor()
    parser.feed(html)
    parser.close()
    parser.end_paragraph()
    meta = next((parser.meta[name] for name in HEADLINE_META if name in parser.meta), None)
    return "\n\n".join(parser.paragraphs), meta or parser.h1 or parser.title


class _TextExtractor(HTMLParser):
    """Collects paragraphs as html.parser reports tags; keeps a stack of open SKIP_TAGS only,
    so nesting depth costs nothing."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.paragraphs: list[str] = []
        self.title: str | None = None
        self.h1: str | None = None  # the first <h1> inside an <article>, else the first of the page
        self.meta: dict[str, str] = {}  # HEADLINE_META names -> content
        self._pieces: list[str] = []
        self._skipping: list[str] = []
        self._title_pieces: list[str] | None = None
        self._h1_pieces: list[str] | None = None
        self._articles = 0  # <article> elements open
        self._h1_in_article = False

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag == "meta":
            self._meta(attrs)
        elif tag == "article":
            self._articles += 1
        elif tag == "h1" and not self._skipping and (self.h1 is None or self._articles and not self._h1_in_article):
            self._h1_pieces = []
        if tag == "body":
            self._skipping.clear()  # </head> may be left out; the body starts here
        elif tag in SKIP_TAGS:
            self._skipping.append(tag)
        if tag == "title" and self.title is None and set(self._skipping) <= {"head"}:
            self._title_pieces = []
        elif tag in BLOCK_TAGS:
            self.end_paragraph()
        elif tag in CELL_TAGS:
            self._pieces.append(" ")

    def handle_startendtag(self, tag: str, attrs: list) -> None:
        # <br/>, <hr/>: nothing inside, so never pushed on the skip stack
        if tag == "meta":
            self._meta(attrs)
        elif tag in BLOCK_TAGS:
            self.end_paragraph()

    def _meta(self, attrs: list) -> None:
        values = dict(attrs)
        name = (values.get("property") or values.get("name") or "").strip().lower()
        content = " ".join((values.get("content") or "").split())
        if name in HEADLINE_META and content and name not in self.meta:
            self.meta[name] = content

    def handle_endtag(self, tag: str) -> None:
        if tag == "h1" and self._h1_pieces is not None:
            self.h1 = " ".join("".join(self._h1_pieces).split()) or self.h1
            self._h1_in_article = self._h1_in_article or bool(self._articles and self.h1)
            self._h1_pieces = None
        elif tag == "article" and self._articles:
            self._articles -= 1
        if tag in self._skipping:
            while self._skipping.pop() != tag:
                pass  # close elements left open inside it
        if tag == "title" and self._title_pieces is not None:
            self.title = " ".join("".join(self._title_pieces).split()) or None
            self._title_pieces = None
        elif tag in BLOCK_TAGS:
            self.end_paragraph()

    def handle_data(self, data: str) -> None:
        if self._title_pieces is not None:
            self._title_pieces.append(data)
        elif not self._skipping:
            self._pieces.append(data)
            if self._h1_pieces is not None:
                self._h1_pieces.append(data)

    def end_paragraph(self) -> None:
        paragraph = " ".join("".join(self._pieces).split())
        if paragraph:
            self.paragraphs.append(paragraph)
        self._pieces.clear()
