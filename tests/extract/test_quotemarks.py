import pytest

from kg.extract.quotemarks import is_quotation, quoted_ranges, without_stray_quotes


@pytest.mark.parametrize(
    "text, passages",
    [
        ("“We are ready,” she said.", [("We are ready,", True)]),
        ('"We are ready," she said.', [("We are ready,", True)]),
        ("« Nous sommes prêts », a-t-il dit.", [(" Nous sommes prêts ", True)]),
        ("“One. “Two,” he said.", [("One. ", False), ("Two,", True)]),  # a new opening mark closes the open quote
        ('"One. "Two," he said.', [("One. ", False), ("Two,", True)]),
        ("“Runs to the end of the paragraph", [("Runs to the end of the paragraph", False)]),
        ("It ended.” »", []),  # stray closing marks are ignored
    ],
)
def test_quoted_ranges(text, passages):
    assert [(text[s:e], closed) for s, e, closed in quoted_ranges(text)] == passages


@pytest.mark.parametrize(
    "passage, at_start, expected",
    [("We will act now", False, True), ("humanitarian pauses", False, False), ("calling for de-escalation and calm", False, False),
     ("calling for de-escalation and calm", True, True), ("Yes", False, False)],
)
def test_is_quotation(passage, at_start, expected):
    assert is_quotation(passage, at_paragraph_start=at_start) is expected


@pytest.mark.parametrize(
    "name, clean",
    [
        ('Dubious" assumptions', "Dubious assumptions"),  # an unpaired double quote belongs to the sentence
        ('"Alternative Budget', "Alternative Budget"),
        ('"Baghdad Blogger"', "Baghdad Blogger"),  # a pair around the whole name
        ("economic 'miracle", "economic miracle"),  # an opening single quote never closed
        ("later' Budget", "later Budget"),  # a closing one whose opening was cut off
        ('David "Fathead" Newman', 'David "Fathead" Newman'),  # paired quotes inside a name stay
        ("'pay later' Budget", "'pay later' Budget"),
        ("O'Brien's firm", "O'Brien's firm"),  # apostrophes stay
        ("Oasis' Definitely Maybe", "Oasis' Definitely Maybe"),
        ("rock n' roll", "rock n' roll"),
    ],
)
def test_names_lose_the_quote_marks_of_the_sentence(name, clean):
    assert without_stray_quotes(name) == clean
