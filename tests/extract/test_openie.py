"""`kg openie`: CaRB-format output through the CLI entry point, and the extractions it makes."""
from __future__ import annotations

import contextlib
import io
import json

import pytest

from kg.cli import main
from kg.extract.openie import ExtractionRule, extract_sentence

pytestmark = pytest.mark.model

SENTENCES = [
    "The council closed the bridge near the river on Monday .",
    "Mr. Baker found an opening under the house that led to a fume - filled coal mine .",
    "The ministry did not approve the pipeline .",
    "Chrysler has had to close the plants in St. Louis .",
    "The bridge was closed by the city council in 2019 .",
    "Nancy Craig , advertising manager for the Red Cross , praised the volunteers .",
    "Gideon Rodan taught at the University of Connecticut -LRB- UConn -RRB- until 1985 .",
    "`` We will appeal the ruling , '' the company said .",
    "Celeski is an Australian footballer who plays as a midfielder for the Newcastle Jets .",
    "The debt ceiling is scheduled to fall to $ 2.8 trillion at midnight .",
    "LTV would be responsible only for benefits paid under the new plans .",
    "Jesus was loved by God and exalted by the prophets .",
    "The Institut is a think tank founded in January 2005 in Lausanne .",
    "He held a post he kept for fourteen years .",
    "The rescuers picked up the stranded hikers .",
    "Four other countries in Europe have approved Proleukin .",
]


@pytest.fixture(scope="module")
def carb_lines(tmp_path_factory) -> list[list[str]]:
    """kg openie --format carb over SENTENCES, run through the entry point once."""
    path = tmp_path_factory.mktemp("openie") / "sentences.txt"
    path.write_text("\n".join(SENTENCES) + "\n", encoding="utf-8")
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        assert main(["openie", str(path), "--format", "carb"]) == 0
    return [line.split("\t") for line in out.getvalue().splitlines()]


def tuples(lines: list[list[str]], sentence: str) -> set[tuple[str, ...]]:
    """(relation, arg1, arg2...) of each extraction of one sentence."""
    return {tuple(cols[2:]) for cols in lines if cols[0] == sentence}


def test_carb_columns_are_sentence_confidence_relation_arguments(carb_lines):
    assert carb_lines, "no extractions at all"
    for cols in carb_lines:
        assert len(cols) >= 5, cols  # every extraction here has a subject and at least one more argument
        sentence, confidence, relation, *arguments = cols
        assert sentence in SENTENCES
        assert 0.0 <= float(confidence) <= 1.0
        assert relation.strip() and relation == " ".join(relation.split())
        tokens = sentence.split()
        for argument in arguments:
            words = argument.split(" ")
            spans = [i for i in range(len(tokens)) if tokens[i : i + len(words)] == words]
            assert spans, f"{argument!r} is not a contiguous span of the tokens of {sentence!r}"


def test_every_sentence_gets_extractions(carb_lines):
    assert {cols[0] for cols in carb_lines} == set(SENTENCES)


def test_ptb_escapes_and_quote_marks_stay_as_given(carb_lines):
    found = tuples(carb_lines, SENTENCES[6]) | tuples(carb_lines, SENTENCES[7])
    assert ("taught at", "Gideon Rodan", "the University of Connecticut -LRB- UConn -RRB-", "until 1985") in found
    assert ("said", "the company", "`` We will appeal the ruling , ''") in found


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # n-ary: the object, then place and time as arg3, arg4
        (SENTENCES[0], ("closed", "The council", "the bridge", "near the river", "on Monday")),
        # the relative clause's subject is its antecedent; a relative clause with no comma before
        # it picks out its noun and stays in the argument
        (SENTENCES[1], ("found", "Mr. Baker", "an opening under the house that led to a fume - filled coal mine")),
        (SENTENCES[1], ("led to", "the house", "a fume - filled coal mine")),
        # negation belongs to the relation
        (SENTENCES[2], ("did not approve", "The ministry", "the pipeline")),
        # control verbs join the relation
        (SENTENCES[3], ("has had to close", "Chrysler", "the plants in St. Louis")),
        # passive: the patient is arg1, the agent's preposition joins the relation
        (SENTENCES[4], ("was closed by", "The bridge", "the city council", "in 2019")),
        # an apposition gives an implied "be" extraction and stays out of the subject
        (SENTENCES[5], ("be", "Nancy Craig", "advertising manager for the Red Cross")),
        (SENTENCES[5], ("praised", "Nancy Craig", "the volunteers")),
        # a relative clause on a predicate noun is said of the subject
        (SENTENCES[8], ("plays as", "Celeski", "a midfielder for the Newcastle Jets")),
        # raising out of a passive: the ceiling falls
        (SENTENCES[9], ("is scheduled to fall to", "The debt ceiling", "$ 2.8 trillion", "at midnight")),
        # an adjective with a prepositional object joins the relation
        (SENTENCES[10], ("would be responsible for", "LTV", "benefits paid under the new plans")),
        # a participle coordinated with a passive is passive too
        (SENTENCES[11], ("was exalted by", "Jesus", "the prophets")),
        # a reduced relative clause: an implied "be", said of the subject of "is a think tank"
        (SENTENCES[12], ("be founded in", "The Institut", "January 2005", "in Lausanne")),
        # a relative clause without a pronoun: its noun is the object
        (SENTENCES[13], ("kept", "he", "a post", "for fourteen years")),
        # particles
        (SENTENCES[14], ("picked up", "The rescuers", "the stranded hikers")),
        # a named place after a noun
        (SENTENCES[15], ("be in", "Four other countries", "Europe")),
    ],
)
def test_extractions(carb_lines, sentence, expected):
    found = tuples(carb_lines, sentence)
    assert expected in found, f"{expected} not in {sorted(found)}"


def test_confidence_ranks_stated_subjects_above_inferred_ones():
    found = extract_sentence(SENTENCES[1].split())
    by_relation = {ex.relation: ex.confidence for ex in found}
    assert by_relation["found"] > by_relation["led to"]
    assert [ex.confidence for ex in found] == sorted((ex.confidence for ex in found), reverse=True)


def test_an_extraction_without_object_is_less_sure_than_one_with():
    with_object = extract_sentence("The committee rejected the plan .".split())
    without = extract_sentence("The committee resigned .".split())
    assert with_object[0].confidence > without[0].confidence
    assert [len(ex.arguments) for ex in without] == [1]


def test_json_format_gives_token_offsets(tmp_path, capsys):
    path = tmp_path / "one.txt"
    path.write_text(SENTENCES[4] + "\n\n", encoding="utf-8")  # a blank line is skipped
    assert main(["openie", str(path), "--format", "json"]) == 0
    records = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert len(records) == 1 and records[0]["sentence"] == SENTENCES[4]
    tokens = SENTENCES[4].split()
    for ex in records[0]["extractions"]:
        assert ex["rule"] in {r.value for r in ExtractionRule}
        for arg in ex["arguments"]:
            assert " ".join(tokens[arg["start"] : arg["end"]]) == arg["text"]


def test_missing_file_is_one_clear_error(tmp_path, capsys):
    assert main(["openie", str(tmp_path / "nope.txt")]) == 1
    err = capsys.readouterr().err
    assert err.startswith("kg: error:") and "nope.txt" in err and len(err.strip().splitlines()) == 1


def test_help_has_an_example(capsys):
    with pytest.raises(SystemExit) as exit_info:
        main(["openie", "--help"])
    assert exit_info.value.code == 0
    assert "example" in capsys.readouterr().out
