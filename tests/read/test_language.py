import pytest

from kg.cli import main
from kg.read.language import not_english_reason

FRENCH = ("Le ministre des affaires étrangères a rencontré hier à Genève le négociateur en chef de l’alliance "
          "du Nord pour discuter d’une prolongation de la trêve de deux semaines dans la région, selon son bureau.")
GERMAN = ("Die Außenministerin traf gestern in Genf den Chefunterhändler der Nordallianz, um über eine Verlängerung "
          "der Waffenruhe um zwei Wochen in der Region zu sprechen, wie ihr Büro am Abend mitteilte.")
RUSSIAN = ("Министр иностранных дел встретилась вчера в Женеве с главным переговорщиком Северного альянса, "
           "чтобы обсудить продление перемирия на две недели в регионе, сообщили в её офисе вечером.")
ENGLISH = ("The foreign minister met the chief negotiator of the Northern Alliance in Geneva on Tuesday to discuss "
           "a two-week extension of the truce in the region, her office said in a statement.")


@pytest.mark.parametrize("text", [FRENCH, GERMAN, RUSSIAN])
def test_other_languages_are_named_as_such(text):
    assert "English" in not_english_reason(text)


def test_english_and_short_texts_pass():
    assert not_english_reason(ENGLISH) is None
    assert not_english_reason("Bonjour tout le monde") is None  # too short to judge


def test_build_refuses_a_french_article_with_one_line(tmp_path, capsys):
    article = tmp_path / "fr.txt"
    article.write_text(FRENCH, encoding="utf-8")
    assert main(["build", str(article), "--out", str(tmp_path / "out")]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "fr.txt" in err[0] and "English" in err[0]
    assert not (tmp_path / "out").exists()
