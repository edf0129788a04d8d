"""HTML -> the article's text and title (scripts, navigation and forms left out)."""
from __future__ import annotations

from html.parser import HTMLParser

# HTML elements whose text is not article text (svg: icon labels and their <title>s).
SKIP_TAGS = frozenset("script style noscript template head nav footer aside form svg".split())
# HTML elements that end a paragraph where they open and where they close.
BLOCK_TAGS = frozenset("p div h1 h2 h3 h4 h5 h6 li br article section blockquote tr ul ol table "
                       "header main figure figcaption hr pre dl dt dd address".split())
CELL_TAGS = frozenset({"td", "th"})  # neighbouring cells are separate words


def html_to_text(html: str) -> tuple[str, str | None]:
    """(text, title) of an HTML page: the visible text, one paragraph per block element, blank
    lines between paragraphs, whitespace collapsed, entities unescaped; the <title> or None.
    Scripts, styles, <head>, navigation, footers, asides, forms and SVG are dropped."""
    parser = _TextExtractor()
    parser.feed(html)
    parser.close()
    parser.end_paragraph()
    return "\n\n".join(parser.paragraphs), parser.title


class _TextExtractor(HTMLParser):
    """Collects paragraphs as html.parser reports tags; keeps a stack of open SKIP_TAGS only,
    so nesting depth costs nothing."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.paragraphs: list[str] = []
        self.title: str | None = None
        self._pieces: list[str] = []
        self._skipping: list[str] = []
        self._title_pieces: list[str] | None = None

    def handle_starttag(self, tag: str, attrs: list) -> None:
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
        if tag in BLOCK_TAGS:
            self.end_paragraph()

    def handle_endtag(self, tag: str) -> None:
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

    def end_paragraph(self) -> None:
        paragraph = " ".join("".join(self._pieces).split())
        if paragraph:
            self.paragraphs.append(paragraph)
        self._pieces.clear()
