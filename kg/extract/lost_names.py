"""Text that lost a name: a paragraph that opens in lowercase ("was back on record-breaking form",
"led the way for Russia") is a sentence whose subject the source dropped, often after a dangling
"Russian" or "Jamaica's" that ended the paragraph before. A he or she, or a description of a person
("the Olympic champion"), in that paragraph or the next, before any person is named again, stands
for the lost one: resolution binds it to nobody rather than to the last person the text still names."""
from __future__ import annotations

import bisect

from kg.model import Document, EntityType, Mention, MentionKind


class LostNames:
    """Where `document` lost a name, and whether a mention is likely to stand for it."""

    def __init__(self, document: Document | None, mentions) -> None:
        self.reaches: list[tuple[int, int]] = []  # (start of the lowercase paragraph, end of the paragraph after it)
        paragraphs = document.paragraphs if document is not None else ()
        for k, paragraph in enumerate(paragraphs):
            opening = document.text[paragraph.start : paragraph.end].lstrip()[:1]
            if opening.isalpha() and opening.islower():
                end = paragraphs[k + 1].end if k + 1 < len(paragraphs) else paragraph.end
                self.reaches.append((paragraph.start, end))
        self.starts = [start for start, _end in self.reaches]
        self.people = sorted(m.span.start for m in mentions if m.kind is MentionKind.NAME and m.type is EntityType.PERSON)

    def stands_for(self, m: Mention) -> bool:
        """Whether `m` falls where the text lost a name, with no person named between the loss and it."""
        i = bisect.bisect_right(self.starts, m.span.start) - 1
        if i < 0 or m.span.start >= self.reaches[i][1]:
            return False
        named = bisect.bisect_left(self.people, self.starts[i])
        return named >= len(self.people) or self.people[named] >= m.span.start
