"""Who does what, where a pronoun or a misparse could name the wrong doer (articles written for
the tests): a reflexive pronoun ("himself") names the clause's own subject, so a fact of a thing
with itself would tell nothing and it is never an argument; a subject the parser gets wrong in a
recognisable way gives no fact rather than a wrong doer (kg.extract.clauses)."""
from __future__ import annotations

import pytest

from tests.extract.test_pronoun_antecedents import triples as facts

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, kept, wrong_object", [
    ("Agassi beat Ivan Petrov. The Russian hit himself on the head in one outburst.",
     ("Agassi", "beat", "Ivan Petrov"), "Ivan Petrov"),
    ("Jo Lamb praised Tom Reyes. Later she blamed herself for the defeat.",
     ("Jo Lamb", "praise", "Tom Reyes"), "Tom Reyes"),
])
def test_reflexive_is_no_argument(nlp, text, kept, wrong_object):
    found = facts(text, nlp)
    assert kept in found, found
    later = {f for f in found if f != kept}
    assert not any(wrong_object in (s, o) for s, _, o in later), later


@pytest.mark.parametrize("text, not_doer", [
    # a stretch of time read as an apposition of the names is the real subject
    ("For Anna Field, who won the race, Rakesh Kumar and Gary Doyle the past month has thrust them from obscurity into the limelight.", "Gary Doyle"),
    ("For Jo Bryant, Vikram Singh and Sean Doyle the past month has lifted them from obscurity into the spotlight.", "Sean Doyle"),
    # a name one goes by, after "known by", is no agent of the knowing
    ("The Dutch player, known only by his gaming moniker Zorblax, bought the castle.", "Zorblax"),
    ("The singer, known by her stage name Lulu, sang.", "Lulu"),
])
def test_names_that_are_no_doers(nlp, text, not_doer):
    found = facts(text, nlp)
    assert not any(s == not_doer for s, _, _ in found), found


@pytest.mark.parametrize("text, fact", [
    # an age or a description in apposition leaves the named subject the doer
    ("Tom Bell, 25, beat Leo Grant in the final.", ("Tom Bell", "beat", "Leo Grant")),
    ("Ana Reyes, the club's new captain, thanked the fans.", ("Ana Reyes", "thank", "fans")),
])
def test_other_appositions_keep_the_doer(nlp, text, fact):
    assert fact in facts(text, nlp)


@pytest.mark.parametrize("text, fact", [
    # the object of the preposition a control verb takes is who is asked to act
    ("The UN called on Israel to halt the raids.", ("Israel", "halt", "raids")),
    ("Liverpool fans pleaded with Steven Gerrard to reject the Chelsea offer.", ("Steven Gerrard", "reject", "offer")),
    ("Ms Cole appealed to Mr Hart to drop the lawsuit.", ("Hart", "drop", "lawsuit")),
    # whoever is given the means to act is who may act ("provided users with the tools to publish")
    ("Firms such as Korvex provide readers with the software to share their own photos.", ("readers", "share", "own photos")),
    # a means ("by doing") inside a result ("make X safer") is done by the maker, not by X
    ("Microsoft is planning to make Windows and Internet Explorer more secure by including software to give people control.",
     ("Microsoft", "include", "software")),
    # a body set up or hired to do something does it
    ("Jacques Rogge has set up a disciplinary body to look into the doping claims.", ("disciplinary body", "look into", "doping claims")),
    # a particle the parser read as a preposition: its noun is the one brought in to act
    ("Nexacom has drafted in its finance director Helen Marsh to take charge of the Dutch unit.",
     ("Helen Marsh", "take charge of", "Dutch unit")),
    # a gerund right after a preposition's noun is that noun's act, not the sentence subject's
    ("The album was reissued in 2001, leading to the band playing a world tour.", ("band", "play", "world tour")),
    ("The supporters objected to the club selling Ian Dowd.", ("club", "sell", "Ian Dowd")),
    # an infinitive the parser made a relative clause of the noun before it is the clause's subject's act
    ("Cable firm Kelnet is to offer a video recorder in a set-top box to challenge Sky Plus.", ("Kelnet", "challenge", "Sky Plus")),
    # a place or a thing after a verb that does not hand the act on is where or with what the
    # subject does it ("visited Kenya to highlight"), unlike the object of "urge" or "hire"
    ("Ms Ortega is visiting Ghana to highlight the plight of farmers.", ("Ortega", "highlight", "plight of farmers")),
    ("Nokia and Sony have agreed a deal to work on music for handsets.", ("Sony", "work on", "music")),
    ("Brussels urged France to cut its deficit.", ("France", "cut", "deficit")),
    ("The club signed Paul Irwin to replace Dean Mays.", ("Paul Irwin", "replace", "Dean Mays")),
    # a person or a body after such a verb too: beating, suing or calling someone is no handing on
    ("The Tigers beat Rovers to reach the final.", ("Tigers", "reach", "final")),
    ("Kelnet is suing Velta Bank to recover its losses.", ("Kelnet", "recover", "losses")),
    ("The parties telephoned voters to ask for their support.", ("parties", "ask for", "support")),
    ("The club hired Anna Berg to run its academy.", ("Anna Berg", "run", "academy")),
    # the party pressure is put on would do what it is pressed to do
    ("Tom Hale is aware of the pressure on councils to cut costs and keep down taxes.", ("councils", "keep down", "taxes")),
    # a thing made or timed for what it will do does it
    ("Tom Reed scheduled his press conference to clash with the chancellor's keynote speech.",
     ("press conference", "clash with", "keynote speech")),
    ("Korvex designed the car to run on hydrogen.", ("car", "run on", "hydrogen")),
    ("Ana Ruiz and Ian Dowd, who both won medals, were honoured.", ("Ian Dowd", "win", "medals")),  # after the list: each
    # a club's name ending in "RFC" or "AFC" is a body's, so no "he" stands for it
    ("The collapse of his region forced Tom Hale to take a contract with Dunmore RFC. Although he got match time "
     "with the Ospreys, he later moved to Gloucester.", ("Tom Hale", "move to", "Gloucester")),
    # after a passive the aim is the doer's, named by the by-phrase; a raising passive hands its subject on
    ("Fares were cut by Velta Air to attract new passengers.", ("Velta Air", "attract", "new passengers")),
    ("Tom Reed is expected to join Velta Bank.", ("Tom Reed", "join", "Velta Bank")),
    # an aim after a list of people is theirs: the list's members would do it
    ("Korvex drew up a list of senior bankers to replace its chairman Tom Reed.", ("senior bankers", "replace", "Tom Reed")),
    # a list of absolute clauses: the name before each participle does it
    ("Scotland have made two changes, Tom Webb replacing Ian Dale on the wing and Sam Tait returning for his first Test in a year.",
     ("Sam Tait", "return for", "first Test in a year")),  # the ordinal keeps what it counts (kg.extract.full_labels)
])
def test_who_is_asked_or_acts(nlp, text, fact):
    found = facts(text, nlp)
    assert fact in found, found


@pytest.mark.parametrize("text, fact, wrong", [
    # a name set off by commas after the noun that "after" opens a clause with is that clause's doer
    ("Velta lifted the gloom after their biggest medal hope, Kate Hale, dropped out of the marathon and the 10,000m.",
     ("Kate Hale", "drop out of", "marathon"), ("Velta", "drop out of", "marathon")),
    # the second of two absolute clauses has its own doer, whether the parser hangs its name on the
    # first participle or on that participle's object
    ("Harbour City had chances of their own, Tom Reed twice shooting wide and Ian Marsh forcing Leo Dunn to save.",
     ("Ian Marsh", "force", "Leo Dunn"), ("Tom Reed", "force", "Leo Dunn")),
    ("Rovers pressed hard, Tom Bell hitting the post and Sam Ward forcing Leo Grant into a fine save.",
     ("Sam Ward", "force", "Leo Grant"), ("Tom Bell", "hit", "Sam Ward")),  # "into a fine save" is the keeper's (no "force into")
    # an infinitive after a noun of a leaning or a practice is done by whoever has it, not by the
    # subject of the clause that names it (kg.extract.control.DISPOSITION_NOUNS)
    ("Gil Reed said he strongly disapproved of the growing tendency to censor live broadcasts.",
     ("Gil Reed", "disapprove of", "growing tendency"), ("Gil Reed", "censor", "live broadcasts")),
    ("Tom Reed criticised the habit of clubs to sack managers.", ("Tom Reed", "criticise", "habit of clubs"), ("Tom Reed", "sack", "managers")),
    # a passive handed on by a verb of asking or ordering is done to its object, by nobody the sentence names
    ("The judge ordered the documents to be released to the press.",
     ("documents", "be released to", "press"), ("documents", "release document to", "press")),
    ("President Tom Reed has ordered all existing contracts with foreign firms to be examined.",
     ("Tom Reed", "order", "existing contracts"), ("existing contracts", "examine", "Tom Reed")),
    # a relative clause between a name and the names joined to it is that name's alone
    ("But Tom Reed, who had four nominations, and Ana Ruiz and Ian Dowd, who were up for three awards, got nothing.",
     ("Tom Reed", "have", "four nominations"), ("Ana Ruiz", "have", "four nominations")),
    # ... not a participle opening the sentence, which is said of the subject
    ("Born in 1922 to poor immigrants from Romania, Stan Lee got a job in Timely Publications.",
     ("Stan Lee", "be born to", "poor immigrants"), ("job", "be born to", "poor immigrants")),
])
def test_each_act_its_own_doer(nlp, text, fact, wrong):
    found = facts(text, nlp)
    assert fact in found and wrong not in found, found


@pytest.mark.parametrize("text, wrong", [
    # a noun of a list read as a verb, joined by a comma alone and in another tense, has no doer
    ("Charles Kennedy criticised attempts to bring in trial without jury, plans to lower the burden of proof and curbs on protest.",
     ("Charles Kennedy", "lower", "burden of proof")),
])
def test_comma_joined_verb_of_another_tense_has_no_doer(nlp, text, wrong):
    assert wrong not in facts(text, nlp)


@pytest.mark.parametrize("text, kept, wrong", [
    # criticising plans to do X is about doing X, with the act kept (criticising X would be the
    # opposite); outlining them is not doing anything to X
    ("Labour criticised plans to scrap trial by jury.", ("Labour", "criticise plan to scrap", "trial"), ("Labour", "criticise", "trial")),
    ("Tom Reed opposed the plan to close the village school.", ("Tom Reed", "oppose plan to close", "village school"),
     ("Tom Reed", "oppose", "village school")),
    ("The Greens outlined their plans to tackle air pollution.", ("Greens", "plan to tackle", "air pollution"), ("Greens", "outline", "air pollution")),
    # a move that was made is no plan: what it did is its own fact
    ("Tom Reed applauded the bold move which won the game.", ("Tom Reed", "applaud", "bold move"), ("Tom Reed", "applaud move to win", "game")),
    # an owned intent is its owner's: the act it names is the owner's, as the noun says
    ("Tom Reed announced his decision to quit the party.", ("Tom Reed", "decide to quit", "party"), ("Tom Reed", "announce", "party")),
    ("The unions attacked the minister's plan to close the plant.", ("minister", "plan to close", "plant"), ("unions", "plan to close", "plant")),
])
def test_what_a_plan_is_about(nlp, text, kept, wrong):
    found = facts(text, nlp)
    assert kept in found, found
    assert wrong not in found, found


def test_verbs_joined_by_and_share_the_doer(nlp):
    found = facts("Maria Lopez arrived in Madrid on Monday and plans to meet the prime minister.", nlp)
    assert ("Maria Lopez", "plan to meet", "prime minister") in found, found


@pytest.mark.parametrize("text, not_doer", [
    # warned against doing: the warner does not do it, and nor do those who campaign against it
    ("Mr Martin cautioned members against using hidden earpieces.", "Martin"),
    ("Residents campaigned against building the new road.", "residents"),
])
def test_against_doing_is_not_done_by_the_subject(nlp, text, not_doer):
    found = facts(text, nlp)
    assert not any(s == not_doer and p in ("use", "build") for s, p, _ in found), found


@pytest.mark.parametrize("text, fact, bare", [
    # for or against what is planned: what is criticised is the planned act on its object
    ("Charles Kennedy criticised plans to close the rural hospitals.", ("Charles Kennedy", "criticise plan to close", "rural hospitals"),
     ("Charles Kennedy", "criticise", "plans")),
])
def test_stance_on_a_plan_is_about_its_object(nlp, text, fact, bare):
    found = facts(text, nlp)
    assert fact in found and bare not in found, found


@pytest.mark.parametrize("text, kept, wrong", [
    # the purpose of a treatment someone has or undergoes is the doctors' act, not theirs
    ("Tom Reed had a small operation to trim knee cartilage.", ("Tom Reed", "have", "small operation"),
     ("Tom Reed", "trim", "knee cartilage")),
    ("Ana Ruiz underwent surgery to repair her knee.", None, ("Ana Ruiz", "repair", "knee")),
    # a test one runs oneself keeps its doer
    ("The Harbour Authority ran tests to find the fault.", ("Harbour Authority", "find", "fault"), None),
    # what ", only for" brings in came next and undid the act: no argument of it, and none of its doers' acts
    ("Tom Hale touched down for Fiji, only for a needless trip by Sam Ward to give Samoa the win.",
     ("Tom Hale", "touch down for", "Fiji"), ("Tom Hale", "give win to", "Samoa")),
    ("Tom Hale touched down for Fiji, only for a needless trip by Sam Ward to give Samoa the win.",
     None, ("Tom Hale", "touch down for", "needless trip")),
])
def test_the_purpose_of_a_treatment_has_no_doer(nlp, text, kept, wrong):
    found = facts(text, nlp)
    if kept:
        assert kept in found, found
    if wrong:
        assert wrong not in found, found


@pytest.mark.parametrize("text, fact, not_fact", [
    # a participle clause opening the sentence is passive, said of the main clause's subject
    ("When asked about the merger, Ms Lane said the talks had ended.",
     ("Lane", "be asked about", "merger"), ("Lane", "ask about", "merger")),
    ("And when asked about the deal, Ms Lane declined to comment.", ("Lane", "be asked about", "deal"), ("Lane", "ask about", "deal")),
    ("Born in Cardiff, the singer moved to London in 1999.", ("singer", "be born in", "Cardiff"), ("singer", "bear in", "Cardiff")),
    ("Asked by reporters about the strike, Mr Pike refused to comment.", ("reporters", "ask", "Pike"), ("Pike", "ask about", "strike")),
    # a clause inside it is done by the one it is said of
    ("Once jailed for fraud after selling fake shares, Tom Reed now runs a charity.", ("Tom Reed", "sell", "fake shares"), None),
])
def test_opening_participle_is_passive(nlp, text, fact, not_fact):
    found = facts(text, nlp)
    assert fact in found, found
    assert not_fact is None or not_fact not in found, found


@pytest.mark.parametrize("text, fact, not_active", [
    # a passive coordinated with another verb is still passive, its own auxiliary or not
    ("Mr Dowd was arrested in Leeds and was released on police bail.", ("Dowd", "be released on", "police bail"), "release on"),
    ("The smelter was closed and sold to Norsk Metals.", ("smelter", "be sold to", "Norsk Metals"), "sell to"),
])
def test_coordinated_passive(nlp, text, fact, not_active):
    found = facts(text, nlp)
    assert fact in found, found
    assert not any(p == not_active for _, p, _ in found), found


@pytest.mark.parametrize("text, wrong", [
    # an infinitive after a noun of time or cause is that event's aim, not the subject's act
    ("Velta striker Tom Reed faces a month out after surgery to repair a torn ligament.", ("Tom Reed", "repair", "torn ligament")),
    ("The minister flew home after talks to end the strike.", ("minister", "end", "strike")),
    ("Tom Reed has turned out for Rovers in recent weeks during a short-term loan to improve his fitness.",
     ("Tom Reed", "improve", "fitness")),
    # an infinitive after a passive with no by-phrase is the aim of whoever did it
    ("The opening nights have been delayed to give the young actors a rest.", ("opening nights", "give", "rest")),
    ("The money will be used to fund new hospitals.", ("money", "fund", "new hospitals")),
    # an -ing after a passive of spending: what was spent does nothing
    ("The minister said the grant was spent repairing roads.", ("grant", "repair", "roads")),
    ("Ann Hale said the budget was spent buying new buses.", ("budget", "buy", "new buses")),
    # a with-phrase whose names have a predicate of their own, "also" first: how things stood, no partner
    ("Kim Park has been given two nominations, with Ana Ruiz and Tom Reed also up for prizes.", ("Kim Park", "be given with", "Ana Ruiz")),
    # a statement that comes or follows is an event, not its author speaking
    ("The Velta Bank statement sparked a sell-off in the markets.", ("Velta Bank", "spark", "sell-off")),
])
def test_no_doer_of_a_circumstance(nlp, text, wrong):
    assert wrong not in facts(text, nlp)


@pytest.mark.parametrize("text, result_verb", [
    # what a clause that did not happen brought about is no act of its subject
    ("Tarco did not put in an offer for the field, leaving the way open for Brill Motors.", "leave"),
    ("Rovers failed to score in the second half, handing the title to City.", "hand"),
    ("The two favourites did not figure in the nominations, giving Anna Reed a better chance.", "give"),
    # a participle that comments on what the clause tells has that event for its doer, nobody in it
    ("Ana Ruiz, Tom Hale and Lee Hart all won acting awards - mirroring the eventual Oscars outcome.", "mirror"),
    ("Velta Bank cut its prices by a tenth on Monday, marking its first cut in a decade.", "mark"),
    # an opening "To be" and an adjective says how the speaker puts it: nobody in the clause is fair
    ("To be fair to Everton, Chelsea were lucky to win.", "be"),
    ("To be fair to the referee, Tom Hale said the decision was right.", "be"),
])
def test_result_of_what_did_not_happen_has_no_doer(nlp, text, result_verb):
    found = facts(text, nlp)
    assert not any(p.split()[0] == result_verb for _, p, _ in found), found


@pytest.mark.parametrize("text, fact", [
    # ... but the result of what happened is the subject's, and a negated clause's own participle too
    ("Tom Bell scored twice, giving Rovers the lead.", ("Tom Bell", "give lead to", "Rovers")),
    ("Tom Bell did not play on Sunday, preferring to rest his knee.", ("Tom Bell", "rest", "knee")),
])
def test_result_of_what_happened_keeps_its_doer(nlp, text, fact):
    assert fact in facts(text, nlp)


@pytest.mark.parametrize("text, wrong", [
    # a past participle after a comma at a clause's end is done to something, not by the subject
    ("Tom Reed and Anna Berg gave their views in interviews, conducted as part of the paper's campaign.",
     ("Tom Reed", "conduct as", "campaign")),
    ("Velta launched the new phone in Leeds, priced at 200 pounds.", ("Velta", "price at", "200 pounds")),
])
def test_trailing_participle_is_not_the_subjects_act(nlp, text, wrong):
    assert wrong not in facts(text, nlp)


def test_trailing_participle_with_a_clause_is_said_of_the_subject(nlp):
    # ... but one with a clause of its own is about the subject: "accused of doing" is the subject's
    found = facts("Tom Reed is now on trial, accused of running a huge fraud.", nlp)
    assert ("Tom Reed", "run", "huge fraud") in found, found


@pytest.mark.parametrize("text, fact, wrong", [
    # "his job is to X": whoever holds the job does X, not the job
    ("Tom Reed is a scout at Velta. His job is to find young players.", ("Tom Reed", "find", "young players"), "job"),
    ("Anna Berg's task is to rebuild the squad.", ("Anna Berg", "rebuild", "squad"), "task"),
])
def test_a_task_is_its_holders(nlp, text, fact, wrong):
    found = facts(text, nlp)
    assert fact in found and not any(wrong in s for s, _, _ in found), found


@pytest.mark.parametrize("text, kept, wrong", [
    # a speaker named after "said", between commas, says the clause that follows; it does not do it
    ("In the past, said Mr Hale, banks lent too much money.", ("banks", "lend", "too much money"), ("Hale", "lend", "too much money")),
    ("In the end, said Ms Hale, voters chose the safer candidate.", ("voters", "choose", "safer candidate"),
     ("Hale", "choose", "safer candidate")),
    # also where the parser made the clause's own subject an apposition of the name
    ("But, said Mr Hale, 2004 saw a sharp rise in fraud.", None, ("Hale", "see", "sharp rise")),
])
def test_speaker_after_said_is_not_the_reported_doer(nlp, text, kept, wrong):
    found = facts(text, nlp)
    assert (kept is None or kept in found) and wrong not in found, found


@pytest.mark.parametrize("text, fact, wrong", [
    # the person a verb of engaging took on does its purpose clause, wherever the parser hangs it
    ("Rapper Jay-Z signed West up to his record label to produce numerous artists on his roster.",
     ("West", "produce", "numerous artists"), ("Rapper Jay-Z", "produce", "numerous artists")),
    ("Korvex signed the deal to expand its business.", ("Korvex", "expand", "business"), None),
    # who beat a rival to an act did it
    ("The move came a year after Citigroup beat Standard Chartered to buy Korvex Bank.", ("Citigroup", "buy", "Korvex Bank"),
     ("Standard Chartered", "buy", "Korvex Bank")),
    # ... or held a rival off, or left a place or a body, to do it ("left the players to decide": the players decide)
    ("Tom Hale ran a fine last leg, holding off Ian Dunn to bring the team home first.", None, ("Ian Dunn", "bring", "team")),
    ("Mr Hale left Hull Grammar School to go to Durham University.", ("Hale", "go to", "Durham University"),
     ("Hull Grammar School", "go to", "Durham University")),
    ("The coach left the players to decide the tactics.", ("players", "decide", "tactics"), ("coach", "decide", "tactics")),
    # ... or bought something to do it
    ("Velta Corp bought the Romanian firm Korvex Software to get hold of its anti-virus technology.", ("Velta Corp", "get hold of", "anti-virus technology"),
     ("Korvex Software", "get hold of", "anti-virus technology")),
    # ... or visited or met someone to do it
    ("A delegation of European firms visited the Velta Commission in May to press for change.", None,
     ("Velta Commission", "press for", "change")),
    ("Tom Hale met the Korvex board in Leeds to discuss the pension deal.", ("Tom Hale", "discuss", "pension deal"),
     ("Korvex board", "discuss", "pension deal")),
    # a participle of state before a name describes it: nobody "struggles" Leeds
    ("Tom Reed joined struggling Leeds in May.", ("Tom Reed", "join", "Leeds"), ("Tom Reed", "struggle", "Leeds")),
    ("Gold will now turn his attention to the semi-final at struggling Leeds.", ("gold", "turn", "attention"),
     ("gold", "struggle", "Leeds")),
    # the name in apposition to "one of X" is the doer
    ("Nevertheless, one of Mr Bakrie's deputies, Mahendra Siregar, told AFP news agency that the offer was welcome.",
     ("Mahendra Siregar", "tell", "AFP news agency"), ("Mr Bakrie's deputies", "tell", "AFP news agency")),
])
def test_doer_of_a_task_and_of_one_of_a_group(nlp, text, fact, wrong):
    found = facts(text, nlp)
    assert (fact is None or fact in found) and wrong not in found, found
