"""Factuality: each cue class of kg.extract.factuality, on sentences written for these tests.

A row is (sentence, predicate, expected factuality of the relation with that predicate)."""
from __future__ import annotations

import pytest
from rdflib import Literal
from rdflib.namespace import RDF

from kg.graph.namespace import KG
from kg.graph.rdf import extraction_graph
from kg.model import Factuality
from kg.pipeline.builder import extract_document
from kg.read.text import document_from_text

pytestmark = pytest.mark.model

F = Factuality


def factualities(text: str, nlp) -> dict[str, set[Factuality]]:
    ex = extract_document(document_from_text(text, source="t.txt"), nlp)
    out: dict[str, set[Factuality]] = {}
    for r in ex.relations:
        out.setdefault(r.predicate, set()).add(r.factuality)
    return out


def _values(expected) -> str:
    return "+".join(sorted(e.value for e in expected)) if isinstance(expected, set) else expected.value


CASES = [  # (sentence, predicate, the factuality of the relation with that predicate), by cue class
    # asserted
    ("The council approved the new bridge.", "approve", F.ASSERTED),
    ("Officials said the army had closed the border.", "close", F.ASSERTED),  # reported: still stated
    ("The minister said she rejected the pay offer.", "reject", F.ASSERTED),
    ("The Greens promised to cut fares and won the election.", "win", F.ASSERTED),  # its own tense: no promise
    ("The mayor liked to praise the volunteers.", "praise", F.ASSERTED),  # a habit, done
    # negated
    ("The ministry did not approve the pipeline.", "approve", F.NEGATED),
    ("The union never signed the agreement.", "sign", F.NEGATED),
    ("The board refused to sell the stadium.", "sell", F.NEGATED),
    ("The club failed to sign the striker.", "sign", F.NEGATED),
    ("The company declined to name the buyer.", "name", F.NEGATED),
    ("Nobody from the committee opposed the pension plan.", "oppose", F.NEGATED),
    ("Velta in no way misled its customers.", "mislead", F.NEGATED),
    ("Ana Ruiz made her debut in 1990 in No Way Home.", "make", F.ASSERTED),  # a title, no negation
    ("A new coach has yet to be appointed by the club.", "appoint", F.NEGATED),
    ("The mother was unable to find a babysitter.", "find", F.NEGATED),
    ("No date has been set for the launch.", "be set for", F.NEGATED),
    ("The minister has absolutely no idea about the pension plan.", "have idea about", F.NEGATED),
    ("The regulator said the bank would not block the merger.", "block", F.NEGATED),
    ("The firm left the market without paying its suppliers.", "pay", F.NEGATED),
    ("The speaker cautioned members against using hidden earpieces.", "use", F.NEGATED),  # warned against: not done
    ("The upgrade is meant to add speed rather than change the design.", "change", F.NEGATED),
    ("Why did nobody from the committee oppose the pension plan?", "oppose", F.NEGATED),  # a question that says nobody did
    ("The regulator said it would not block the merger.", "block", F.NEGATED),  # "it": the regulator
    ("The pay offer was not made for the benefit of the workers.", "be made for", F.NEGATED),
    ("There is nothing in the plan that would help farmers.", "help", F.NEGATED),  # the plan, negated
    ("Nobody at the club would comment on the transfer.", "comment on", F.NEGATED),
    ("Neither Korvex nor Delco commented on the reports.", "comment on", F.NEGATED),  # "neither ... nor" subjects
    ("The league will take no action over the remarks of the coach.", "take action over", F.NEGATED),  # "no" on the verb's noun
    ("The bank gave no money to the charity last year.", "give money to", F.NEGATED),
    ("Tom Hale hardly ever watches the awards on television.", "watch", F.NEGATED),  # "hardly" hung on "ever"
    ("Tom Hale almost always wins the race.", "win", F.ASSERTED),  # "almost always": so it is
    ("The chief has focused on cutting costs rather than follow a policy of rapid growth.", "follow", F.NEGATED),  # not a conjunct
    ("The final almost ended in farce.", "end in", F.NEGATED),  # almost: it did not
    ("Tom Hale has pleaded not guilty to the charges.", "plead guilty to", F.NEGATED),  # the adjective's "not"
    ("Tom Hale pleaded guilty to fraud.", "plead guilty to", F.ASSERTED),
    ("Rather than paying its suppliers, the board spent the money on bonuses.", "pay", F.NEGATED),
    ("Instead of buying new players, the club paid its debts.", "buy", F.NEGATED),
    ("The new rules will prevent high rents forcing families out of the city.", "force out", F.NEGATED),  # prevent X doing
    ("The government has ruled out raising the state pension age.", "raise", F.NEGATED),  # a phrasal verb of refusal
    ("The minister has ruled out taking part in the television debates.", "take part in", F.NEGATED),  # read as a participle
    # a denial denied leaves the act open
    ("The minister has not ruled out taking part in the television debates.", "take part in", F.POSSIBLE),
    ("The council has not ruled out closing the library.", "close", F.POSSIBLE),
    ("Tom Hale did not deny that he had taken the money.", "take", F.POSSIBLE),  # a report not denied: not confirmed either
    ("The club did not refuse to sell the striker.", "sell", F.POSSIBLE),  # nor a refusal refused
    # an owner's interest in doing it is a wish
    ("The mayor shares the council's interest in protecting the old library.", "protect", F.DESIRED),
    # what must come first in the present is not yet so; a past "before" tells the order of what happened
    ("Much work is needed before the city is ready for the games.", "be ready for", F.POSSIBLE),
    ("The mayor believes more work is needed before the city was ready for the games.", "be ready for", F.POSSIBLE),
    ("The club sold two players before it signed Tom Hale.", "sign", F.ASSERTED),
    ("A licence is required before a shop sells alcohol.", "sell", F.POSSIBLE),
    ("In Sunday's singles, Tom Hale takes on Ann Reed before Kim Park faces Lee Hart.", "face", F.ASSERTED),  # a fixture list
    ("The bakery has given up selling bread on Sundays.", "sell", F.NEGATED),  # of giving up: no longer done
    # a verb of leaving a post or an activity: what one left is no longer so
    ("Ms Ann Lowe has resigned from managing the city orchestra.", "manage", F.NEGATED),
    ("Tom Hale stepped down from chairing the housing committee.", "chair", F.NEGATED),
    ("The coach retired from playing rugby after the final.", "play", F.NEGATED),
    ("The studio is still to announce a release date.", "announce", F.NEGATED),  # not yet done
    ("Such sites rarely use advertising.", "use", F.NEGATED),
    ("The carmaker no longer builds engines in Wales.", "build", F.NEGATED),  # "no" hangs on "longer"
    ("Critics said the chairman was no longer an asset to the club.", "asset to", F.NEGATED),
    ("Ana Ruiz is in the team despite not yet confirming her fitness.", "confirm", F.NEGATED),  # "not" hangs on "yet"
    ("The club has not only sold the ground but also bought a new one.", "sell", F.ASSERTED),  # "not only": still done
    ("The levy makes it too costly for farmers to buy new tractors.", "buy", F.NEGATED),  # too ... to: not done
    ("The captain was too injured to play against Leeds.", "play against", F.NEGATED),
    ("The board moved too slowly to save the factory.", "save", F.NEGATED),
    # the verbs after the first of a list in the same relative clause share its negation
    ("There was nothing in the plan that would build new homes, make streets safer or give towns more money.", "give", F.NEGATED),
    ("There was nothing in the plan that would build new homes, make streets safer or give towns more money.", "make safer", F.NEGATED),
    ("The treaty took effect on signature, not ratification.", "take effect on", {F.ASSERTED, F.NEGATED}),
    ("The firm sold the plant to Siemens, not Bosch.", "sell plant to", {F.ASSERTED, F.NEGATED}),
    ("The pension plan includes changes to bus fares but not to the congestion charge.", "include change to", F.NEGATED),
    ("The league will take no action against the club's manager.", "take action against", F.NEGATED),  # the idiom's "no"
    # possible
    ("Korvex looks set to buy Velta next month.", "buy", F.POSSIBLE),  # a plan only as it looks: a forecast
    # a clause on the noun a noun of prospect is of says what may happen
    ("Users have talked about the possibility of a new kind of iPod being shown at the CeBIT conference.", "be shown at", F.POSSIBLE),
    ("Analysts raised the risk of a new version of Windows being delayed by the Velta lawsuit.", "delay", F.POSSIBLE),
    ('"I either stay to win titles or leave for an easy life," said Tom Reed.', "win", F.POSSIBLE),  # either ... or: neither for sure
    ("Digital recorders are set to replace video recorders.", "replace", F.POSSIBLE),  # no one to plan it: a forecast
    ("The club will be hard pressed to find a new coach.", "find", F.POSSIBLE),  # hard pressed: unlikely, not done
    ("Thousands of fans are expected at the stadium on Saturday.", "be expected at", F.POSSIBLE),  # a forecast verb's own passive
    ("The singer is tipped for the top prize.", "be tipped for", F.POSSIBLE),
    ("The result was expected by analysts.", "expect", F.ASSERTED),  # with its doer: they did expect it
    ("Ana Ruiz plays Kate Hale or Lena Vogt in the next round.", "play", F.POSSIBLE),  # a plain "or" between names: one of them
    ("The new party will have little impact in Wales or Scotland.", "have impact in", F.SCHEDULED),  # places: both
    ("Korvex Motors looks set for a record profit this year.", "look set for", F.POSSIBLE),  # how it looks ahead
    ("Tom Reed had even rehearsed lighting the cauldron.", "light", F.POSSIBLE),  # practised, not done
    ("Chelsea's expected complaint to Uefa was delayed.", "complain to", F.POSSIBLE),  # an event noun's modifier
    ("Velta's planned takeover of Korvex was approved.", "take over", F.SCHEDULED),
    ("Korvex's failed bid for Velta cost it millions.", "bid for", F.ATTEMPTED),
    ("Tom Reed is set to join Leeds on loan.", "be set to join", F.SCHEDULED),  # a person's, a plan
    ("It is believed that Korvex has cut its borrowing.", "cut", F.POSSIBLE),  # nobody's claim: a guess
    ("Tom Reed left the club, though many believed he was upset with the board.", "be upset with", F.POSSIBLE),  # a crowd's guess
    ("The new chip could cut the cost of phones.", "cut", F.POSSIBLE),
    ("The report may trigger a rival bid.", "trigger", F.POSSIBLE),
    ("Firms such as Korvex provide readers with the software to share their own photos.", "share", F.POSSIBLE),  # the means only
    ("It has been hard for small labels to fight piracy.", "fight", F.POSSIBLE),  # hard for X to: not said they did
    ("The new laws make it difficult for Tom Reed to open new shops.", "open", F.POSSIBLE),  # makes it hard for X to
    ("The surgeons were going to put a metal plate in his leg.", "put", F.POSSIBLE),  # a past plan, not said to be done
    ("Tom Reed said he was going to sell the club.", "be going to sell", F.SCHEDULED),  # ... but a reported one is his plan
    ("It is impossible for the banks to lend more money.", "lend", F.NEGATED),
    ("The minister dismissed the claim he had gone back on a promise to the unions.", "go back on", F.POSSIBLE),  # a claim's content, no "that"
    # a participle on what a hedged verb says a thing is, or brings into being, is as hedged
    ("By 2010 the Greens may have replaced the Liberals as the party challenging Labour.", "challenge", F.POSSIBLE),
    ("There are rumours that Nexacom is poised to produce its own browser based on Firefox.", "be based on", F.POSSIBLE),
    ("Mr Hale said video calling would be the next big application to drive broadband sales.", "drive", F.POSSIBLE),  # a forecast, not a plan
    ("Helen Marsh is tipped to win the best actress prize.", "win", F.POSSIBLE),
    ("The bank is expected to raise interest rates.", "raise", F.POSSIBLE),
    ("The striker is likely to join the club.", "join", F.POSSIBLE),
    ("Many owners were thinking of upgrading to the new phones.", "upgrade to", F.POSSIBLE),
    ("A ceasefire would help the rebels.", "help", F.POSSIBLE),
    ("Helen Marsh is second favourite to take the best actress award.", "take", F.POSSIBLE),  # favourite to
    ("Hopefully the team will reach the final.", "reach", F.POSSIBLE),
    ("The president can go to the voters and say he has tamed the banks.", "tame", F.POSSIBLE),  # a saying that may come
    ("The police have not confirmed that the driver caused the crash.", "cause", F.POSSIBLE),  # a saying denied: unsaid
    ("The chairman never claimed that the club had paid the fee.", "pay", F.POSSIBLE),
    ("The mayor is expected to announce that the council will close the library.", "close", F.POSSIBLE),  # may come
    ("The chairman smiled and said the club had paid the fee.", "pay", F.ASSERTED),  # a saying done: stated
    ("Rebel MPs want a date to be set for the leader to be replaced by a deputy.", "replace", F.DESIRED),  # for X to
    ("Operators could send the films to viewers, bypassing the cinemas.", "bypass", F.POSSIBLE),  # a participle shares its modal
    ("The minister did not resign, having lost the vote.", "lose", F.ASSERTED),  # but not its negation
    ("The ruling raised concerns that nurses are hampered by the new rules.", "hamper", F.POSSIBLE),  # a concern
    # an offer is a proposal, not the act; a fear of an act, or being well placed for it, is no act
    ("Velta offered to buy Korvex for 5m dollars.", "buy", F.ATTEMPTED),
    ("The board has made an offer to renew the contract of Tom Reed.", "renew", F.ATTEMPTED),
    ("Malcolm Reed has made a fresh approach to buy the club.", "buy", F.ATTEMPTED),
    ("The minister is terrified of facing proper scrutiny.", "face", F.POSSIBLE),
    ("Tom Reed is well-placed to take on the job.", "take on", F.POSSIBLE),
    # an aim of talks is not done yet, the phrase between them and it notwithstanding
    ("Brill Motors is in negotiations with Velta to take a stake in the venture.", "take", F.POSSIBLE),
    ("Velta held talks with Korvex to buy its mobile unit.", "buy", F.POSSIBLE),
    ("The aim of the fund is to help small firms.", "help", F.DESIRED),  # what the subject of "is to" says
    # what one sees something doing, now, is a vision ("saw X doing" was seen)
    ("We see the new player evolving beyond music.", "evolve beyond", F.POSSIBLE),
    ("Tom Reed saw Velta buying shares in Korvex.", "buy", F.ASSERTED),
    # a "would" reported by a verb of claiming or warning, or by forecasters, is a forecast
    ("Tom Reed claimed the Greens would cut spending on roads.", "cut", F.POSSIBLE),
    ("The union warned that Velta would close the Leeds plant.", "close", F.POSSIBLE),
    ("Analysts said Velta would cut 500 jobs next year.", "cut", F.POSSIBLE),
    ("BBC correspondent Ana Ruiz said Mr Reed would draw clear lines with the Greens.", "draw", F.POSSIBLE),  # a commentator's view
    ("The 30-year-old has set her sights on winning the world title in Oslo.", "win", F.DESIRED),  # an aim
    # a speaker's own "would", quoted, is no reported "will"
    ('The coach told reporters: "Harbour City would think about any offer for the striker."', "think about", F.POSSIBLE),
    ('Tom Reed added: "I would send the minister to the camp at once."', "send", F.POSSIBLE),
    ("The software giant will probably play a bigger role in the market.", "play role in", F.POSSIBLE),
    ("The firm allegedly paid the officials.", "pay", F.POSSIBLE),
    ("Velta is also reputedly working on a new search tool.", "work on", F.POSSIBLE),
    # a move or an act towards an end is taken, the end not reached; a move somewhere to do a thing keeps it
    ("Korvex has moved to pre-empt a break-up of its business.", "pre-empt", F.ATTEMPTED),
    ("The bank acted to stop the run on its deposits.", "stop", F.ATTEMPTED),
    ("Tom Reed moved to Leeds to play for Ian Dunn.", "play for", F.ASSERTED),
    ("Ana Ruiz, who had moved to the US in May to set up Velta USA, agreed.", "set up", F.ASSERTED),
    ("The league is awaiting the referee's report before acting against the winger.", "act against", F.POSSIBLE),
    ("The winger apologised before leaving the ground.", "leave", F.ASSERTED),  # before, in the past: done
    ("Analysts said the valuation would put pressure on the bidder.", "put pressure on", F.POSSIBLE),
    ("The valuation could put pressure on the bidder.", "put pressure on", F.POSSIBLE),
    ("It is likely that the bank will raise its rates.", "raise", F.POSSIBLE),
    ("The carrier is poised to launch a rival service.", "launch", F.POSSIBLE),
    ("The survey suggested the bank had raised its fees.", "raise", F.POSSIBLE),
    ("The new law allows farmers to sell their land.", "sell", F.POSSIBLE),
    ("Tenants have the right to stay in their homes.", "stay in", F.POSSIBLE),
    ("The ability to stream films at home is changing how families spend evenings.", "stream", F.POSSIBLE),
    # an infinitive on the object of a verb of wanting is wanted too; on a used object, done
    ("The union wants a pay rise of 5% to cover rising rents.", "cover", F.DESIRED),
    ("The former coach will return to the club to strengthen its defence.", "strengthen", F.DESIRED),  # the aim of a plan
    ("The club used the transfer money to buy two strikers.", "buy", F.ASSERTED),
    ("Tom Hale quit Leeds United to join Celtic.", "join", F.ASSERTED),
    # ... but the aim of what is still under way, or only begun, lies ahead
    ("The village is raising money to rebuild its old school.", "rebuild", F.DESIRED),
    ("Tom Reed is travelling to Paris to meet the minister.", "meet", F.DESIRED),
    ("The party leader has begun a tour to persuade young voters.", "persuade", F.DESIRED),
    ("The campaigners launched a petition to save the library.", "save", F.DESIRED),
    ("Farmers are using drones to spray their crops.", "spray", F.ASSERTED),  # a means in use: done
    ("Thousands of fans were queuing outside to buy the tickets.", "buy", F.ASSERTED),  # a story told: done
    # ... and an effect an act sought is aimed at, not said to have come about; a task one was hired for lies ahead
    ("The studio has filed a lawsuit to prevent leaks of its scripts.", "prevent", F.DESIRED),
    ("The club sold its training ground to reduce its debts.", "reduce", F.DESIRED),
    ("The singer staged a concert in Leeds to raise money for the hospital.", "raise", F.DESIRED),
    ("The family hired a Leeds law firm to initiate legal action.", "initiate", F.DESIRED),
    ("The bank selected Velta to manage its pension fund.", "manage", F.DESIRED),  # chosen for the task
    ("Tom Hale beat Ian Dunn to reach the final in Oslo.", "reach", F.ASSERTED),  # arriving: the story's outcome
    # ... after a means and its object too, and for every verb the sought one is coordinated with
    ("Tom Hale used his savings to enhance his house.", "enhance", F.DESIRED),
    ("Ana Ruiz used the new drug to boost her stamina and hide her fatigue.", "hide", F.DESIRED),
    ("The two firms switched on filters to spot and stop fraud.", "stop", F.DESIRED),
    ("The new rules forced the banks to reduce their fees.", "reduce", F.ASSERTED),  # made to: the banks did
    ("The champion served 19 aces to secure the win.", "secure", F.ASSERTED),  # winning: the outcome
    # so is one confident of winning, and what one believed was so in the past (the story may say otherwise)
    ("Tom Hale is confident of winning a medal at next week's championships.", "win", F.POSSIBLE),
    ("Tom Hale believed the firm was hiding its losses.", "hide", F.POSSIBLE),
    # a favourite to win, the tagger's adjective or its noun, is only tipped
    ("Its star Ana Ruiz is favourite to win best actress while Tom Hale is tipped to win best actor.", "win", F.POSSIBLE),
    # a choice between acts makes neither one done
    ("The council may choose between closing the library and selling the land.", "close", F.POSSIBLE),
    ("Only the regulator has the authority to close the mine.", "close", F.POSSIBLE),
    ("The new council lacks the capacity to collect the waste.", "collect", F.POSSIBLE),
    ("The chip maker believes the market will grow from a small base.", "grow from", F.POSSIBLE),  # a forecast
    ("The coach is confident that the new contract will keep Tom Reed at the club.", "keep", F.POSSIBLE),  # so after an adjective
    ("Fans thought they would see the champion win the race again.", "win", F.POSSIBLE),
    ("The rules should not allow a website to install software.", "install", F.NEGATED),  # the allowing denied
    ("The board refused to allow the club to sell the stadium.", "sell", F.NEGATED),
    ("The board is relying on its sponsors to fund the stadium.", "fund", F.POSSIBLE),  # trusted to, not done
    ("The bank hopes to grow by buying smaller lenders.", "buy", F.DESIRED),  # the means shares the hope
    ("Officials said the deal would help the region by cutting its costs.", "cut", F.POSSIBLE),
    ("Campaigners said the Mental Health Bill would allow forced treatment.", "allow", F.POSSIBLE),  # a law's effect, forecast
    ("Harbour are primed to sign the Iceland striker.", "sign", F.POSSIBLE),  # primed, poised: not yet done
    ("Velta Bank is competing with Norvale Bank to buy the club.", "buy", F.ATTEMPTED),  # a contest for it, not done
    ("Fans are worried that Velta Bank will close the Leeds branch.", "close", F.POSSIBLE),  # a worry, not a plan
    ("Staff are concerned that Korvex has sold the plant.", "sell", F.POSSIBLE),
    # a that-clause a noun of talk, hope or fear is said to be is what the noun says
    ("The talk in the City is that Velta Bank will bid for Korvex.", "bid for", F.POSSIBLE),
    ("The hope is that Korvex will sign Tom Hale.", "sign", F.DESIRED),
    ("The problem is that Korvex has lost the contract.", "lose", F.ASSERTED),  # a problem is so
    ("Tom Reed did his best to save the club.", "save", F.ATTEMPTED),  # doing one's best to: tried
    # what one has the means or the time to do is not said to be done
    ("Velta Bank has the money to buy Korvex.", "buy", F.POSSIBLE),
    ("The council has had four years to prepare for the new law.", "prepare for", F.POSSIBLE),
    # one of a list "either" opens: no item for sure
    ("Velta Bank will buy either Korvex or Delco.", "buy", F.POSSIBLE),
    ("Harbour will be coached by either Tom Hale, Lee Hart or Ana Ruiz.", "coach", F.POSSIBLE),
    ("Reed will play France's Olivier Mutis or Germany's Lars Burgsmuller in the next round.", "play", F.POSSIBLE),  # untagged names
    ("Dunn will play Italy's Marco Patience or Germany's Rainer Schuettel in the next round.", "play", F.POSSIBLE),  # one phrase
    # ... though a clause on the item itself says it of that one: "the man he beat" he did beat
    ("Tom Hale won in Leeds. Hale will play France's Olivier Patience or Germany's Rainer Kessler - the man he beat in the "
     "2003 final - in the next round.", "beat", F.ASSERTED),
    ("Harbour were drawn away against either Leeds or Hull in the next round.", "be drawn away against", F.POSSIBLE),  # passive
    ("Korvex sells phones or tablets to schools in Leeds.", "sell", F.ASSERTED),  # a plain "or": any of them
    ("Velta Bank is in competition with Norvale Bank to buy the club.", "buy", F.ATTEMPTED),  # the noun of a contest too
    ("Korvex is in a race with Delco to build the new plant.", "build", F.ATTEMPTED),
    ("Three firms are vying to buy the club.", "buy", F.ATTEMPTED),
    ("Ana Ruiz is a shoo-in for best actress, the critic said.", "shoo in for", F.POSSIBLE),  # tipped to win: a forecast
    ("Critics said the Kyoto Treaty would cost thousands of jobs.", "cost", F.POSSIBLE),
    ("The club won the league by beating its rivals.", "beat", F.ASSERTED),
    ("Velta Bank did not sell its shares but bought new ones.", "buy", F.ASSERTED),  # "but": the denial is the first verb's
    ("The new biography claims Kim Park was not murdered, but fled to Spain.", "flee to", F.ASSERTED),
    ("The firms say their calls are not adverts, for instance by asking about voting plans.", "ask about", F.ASSERTED),
    # scheduled is still a fact
    ("The minister will visit the flooded towns.", "visit", F.SCHEDULED),
    ("The airline plans to open a new route.", "plan to open", F.SCHEDULED),
    ("Leeds are being earmarked by the pundits to win the league.", "win", F.POSSIBLE),  # picked out, as tipped
    ("She said a Green government would scrap the toll on the bridge.", "scrap", F.CONDITIONAL),  # a government to come
    ("The Green Party unveiled its own proposals to raise the tax threshold.", "raise", F.REQUESTED),  # a proposal is put to others, no plan of record
    ("The president is due to meet the envoy.", "be due to meet", F.SCHEDULED),
    ("Officials said the minister would visit the camp.", "visit", F.SCHEDULED),  # the future of a report
    ("Velta said it would cut 500 jobs.", "cut", F.SCHEDULED),  # a body's "it": its own plan
    ("The Greens say they would fund free care by a new tax.", "fund", F.CONDITIONAL),  # a present saying: were they in power
    ("Tom Reed says he would sign for Leeds.", "sign for", F.CONDITIONAL),
    # a condition put by inversion, with no "if", before or after what hangs on it; a question is asked
    ("Had Velta won the contract, it would have hired 300 workers.", "win", F.CONDITIONAL),
    ("Tom Reed was jailed for ten years - it would have been longer had he denied the charge.", "deny", F.CONDITIONAL),
    ("Were the bank to raise rates, Velta would cut jobs.", "raise", F.CONDITIONAL),
    ("Should he win the election, Tom Reed has earmarked 4 billion pounds for tax cuts.", "earmark", F.ASSERTED),  # done already
    ("Tom Reed's plan is to sell the club.", "sell", F.SCHEDULED),
    # a promise is undertaken, not scheduled: what is promised is wanted, not done
    ("The mayor pledged to cut bus fares.", "cut", F.DESIRED),
    ("The coach had promised to pick Ian Dunn for the final.", "pick", F.DESIRED),
    ("The party vowed to scrap the new tax.", "scrap", F.DESIRED),
    ("The mayor's promise to cut bus fares won him votes.", "cut", F.DESIRED),
    ("The final episode will air in the US on 13 May.", "air in", F.SCHEDULED),  # a thing's schedule
    # ... but what a thing will bring about, or what a place will see, is a forecast
    ("The rising deficit will force the government to borrow more.", "force", F.POSSIBLE),
    ("The new rules will hurt small farmers, the report says.", "hurt", F.POSSIBLE),
    ("The Baltic states will see 5% growth this year.", "see", F.POSSIBLE),
    ("The minister believes the army paid the rebels.", "pay", F.ASSERTED),  # a belief about the past: reported
    ("Once the talks ended, the troops left the city.", "leave", F.ASSERTED),  # once, in the past: so it was
    ("Tom Reed said he was confident he had made the right decision.", "make", F.ASSERTED),  # so after an adjective
    # requested
    ("The senator urged the regulator to review the merger.", "review", F.REQUESTED),
    ("The union asked the company to raise wages.", "raise", F.REQUESTED),
    ("The board says it is worth debating a cap on fees.", "debate", F.REQUESTED),  # commended, not done
    ("Tom Hale is aware of the pressure on councils to cut costs.", "cut", F.REQUESTED),  # pressed for, not done
    ("The government must protect the refugees.", "protect", F.REQUESTED),
    ("Large listed firms already have to meet the new rules.", "meet", F.REQUESTED),  # have to: must ("had to" was done)
    ("The council had to close the library in March.", "close", F.ASSERTED),
    # every infinitive of a list the parser hung on the verb above is needed too
    ("The report said Ruritania needed to ease rules on investment, reform its labour laws and cut duties.", "cut", F.REQUESTED),
    ("Websites will need to update their content.", "update", F.REQUESTED),
    ("The club has got to win its next two games.", "win", F.REQUESTED),  # have got to: must
    ("The fans deserve to see the full report.", "see", F.REQUESTED),
    ("It is important that the government protects the refugees.", "protect", F.REQUESTED),
    ("It\u2019s important that the government protects the refugees.", "protect", F.REQUESTED),  # a curly apostrophe
    ("It is vital that the club commits to building a new stadium.", "build", F.REQUESTED),  # through "commit to"
    ("MPs have urged the broadcaster to give the watchdog more freedom.", "give", F.REQUESTED),
    ("The fans pleaded with the owner to keep the manager.", "keep", F.REQUESTED),  # however the infinitive is parsed
    ("The council appealed to residents to save water.", "save", F.REQUESTED),
    ("The liquidator sued Velta Bank to return the fees.", "return", F.REQUESTED),  # asked of a court
    ("Kelnet is suing Velta Bank to recover its losses.", "recover", F.REQUESTED),  # sought, not yet had
    # desired
    ("The defender wants to stay at the club.", "stay at", F.DESIRED),
    ("The firm is keen to expand its factories.", "expand", F.DESIRED),
    ("The broadcaster would like to index all the programmes.", "index", F.DESIRED),
    ("The firm said it still hoped to make a cash offer.", "make", F.DESIRED),  # "hoped" whatever its lemma
    ("The studios are waiting to agree a new licence.", "agree", F.DESIRED),
    ("The coach is looking forward to meeting the fans.", "meet", F.DESIRED),
    ("Defender Lee Hart keen to join Celtic", "join", F.DESIRED),  # a headline without its copula
    ("The president remains committed to halving the deficit.", "halve", F.DESIRED),  # an aim, not done
    ("The city cut its taxes so as to attract investors.", "attract", F.DESIRED),
    # a deal or a plan takes the factuality of the verb that has it: hoped to announce, only hoped for
    ("The minister hopes to unveil a deal to freeze loan repayments.", "freeze", F.DESIRED),
    ("The minister may unveil a deal to freeze loan repayments.", "freeze", F.POSSIBLE),
    ("Velta did not sign a deal to buy Korvex.", "buy", F.NEGATED),
    # attempted
    ("The families tried to leave the city.", "leave", F.ATTEMPTED),
    ("Tom Reed will try and win the title.", "win", F.ATTEMPTED),  # "try and": try to
    ("Comedian Tom Reed remains 3/1 favourite to win the show.", "win", F.POSSIBLE),  # still only favourite
    ("Tom Reed is now targeting playing for Wales in the final.", "play for", F.ATTEMPTED),  # aimed at, not yet played
    # desired: what a thing was meant or designed to do, not what it did
    ("The game was intended to convert many fans to the new console.", "convert", F.DESIRED),
    # what a government not yet in office will do is a condition of its election; the one in office plans it
    ('"A Conservative government will axe 162 quangos as part of its drive for efficiency."', "axe", F.CONDITIONAL),
    ("The government will axe 162 quangos next year.", "axe", F.SCHEDULED),
    # a participle on the noun a denied copula gives its subject is denied with it, wherever the parser hangs it
    ('Tom Hale praised Ian Dunn. Tom Hale said: "He is not some unknown hopeful fighting an unwinnable seat."', "fight", F.NEGATED),
    # a measure designed to do something is aimed at it; a device designed to do something does it
    ("The move is designed to help Velta attract more investment.", "attract", F.DESIRED),
    ("The new phone is designed to play music from the web.", "play", F.ASSERTED),
    ("Its bright graphics were meant to lure young buyers.", "lure", F.DESIRED),
    ("The treaty was designed to settle disputes over energy deals.", "settle", F.ASSERTED),  # a design is what it does
    ("Tom Reed intends to sell the club.", "intend to sell", F.SCHEDULED),  # the owner's own intent is his plan
    ("The firm targeted young buyers with its adverts.", "target", F.ASSERTED),
    ("The company is seeking to recover its losses.", "recover", F.ATTEMPTED),
    ("Maria Lopez spoke in a bid to convince the voters.", "convince", F.ATTEMPTED),
    # conditional
    ("If the talks succeed, the army will release the prisoners.", "release", F.CONDITIONAL),
    ("Subject to a medical, the club has agreed to sign the striker.", "sign", F.CONDITIONAL),  # a proviso
    ("Provided the board agrees, the club will sell the stadium.", "sell", F.CONDITIONAL),
    ("The tax rises are certain if the party wins the election.", "win", F.CONDITIONAL),
    ("Tom Reed told the director: \"You must act now or I'm going to leave the show.\"", "leave", F.CONDITIONAL),  # or else
    ("Tom Reed said the board must act now or he will leave the club.", "leave", F.CONDITIONAL),
    ("Unless the bank lends the money, the firm will close the plant.", "lend", F.CONDITIONAL),
    ("Once the club receives the letter, we will comment.", "receive", F.CONDITIONAL),  # once, in the present
    ("Maria Lopez is the best jumper in the world. Every time she breaks the record she gets a bonus.", "get", F.CONDITIONAL),
    ("Whenever the price rises, the firm sells more shares.", "sell", F.CONDITIONAL),
    ("Under the new law, it is a crime for British firms to bribe foreign officials.", "bribe", F.CONDITIONAL),  # what a rule covers
    ("The firm sells more shares every year.", "sell", F.ASSERTED),
    ("Tom Reed will stay until the club finds a new coach.", "find", F.CONDITIONAL),
    ("Fifa cannot comment until the English FA have informed us of their decision.", "inform of", F.CONDITIONAL),  # present perfect
    ("Once the software is installed on the PCs, data can be stolen.", "be installed on", F.CONDITIONAL),  # present passive
    ("If the appeal fails and Delco keeps the money, it could be fined.", "keep", F.CONDITIONAL),  # joined to the condition
    ("The trial will last six weeks and if found guilty the banker faces a long jail term.", "face", F.CONDITIONAL),  # its own
    ("Tom Reed will sell the club and leave the city if the council refuses.", "sell", F.CONDITIONAL),  # after both verbs
    ("The firm cut 300 jobs and will close two plants if sales fall.", "cut", F.ASSERTED),  # the later verb's own auxiliary
    ("The AutoLink feature comes with the latest toolbar and provides links to shops if it finds a book's number.",
     "come with", F.ASSERTED),  # what it does whenever: the condition is the last verb's
    # an assumption, and what holds on it; a past verb's "assuming" says why it was done
    ("Assuming that Velta keeps its market share, profits will rise.", "keep", F.CONDITIONAL),
    ("Korvex will buy the stadium, assuming the board agrees.", "buy", F.CONDITIONAL),
    ("Korvex bought the stadium, assuming it would gain fans.", "buy", F.ASSERTED),
    # question
    ("Why did the referee award the penalty?", "award", F.QUESTION),
    ("The coach asked whether the club had sold the striker.", "sell", F.QUESTION),
    ("Reporters asked if the club had sold the striker.", "sell", F.QUESTION),  # "if" after asking: no condition
    ("The board faces the question of how the bank lost the money.", "lose", F.QUESTION),
    # the noun or adjective an infinitive belongs to, though the parser hung it on the verb
    ("Traders said that South Korea and Taiwan had lodged bids to buy dollars.", "buy", F.ATTEMPTED),
    ("Traders said that South Korea and Taiwan had withdrawn their bids to buy dollars.", "buy", F.NEGATED),  # given up
    ("Baroness Hale played no part in drafting the answer.", "draft", F.NEGATED),  # a share in the act denied
    ("Tom Reed played a big part in drafting the answer.", "draft", F.ASSERTED),
    ("The government has until June 2006 to hold a general election.", "hold", F.REQUESTED),  # a deadline, not yet held
    ("UWB makes it possible to send video images to TV screens.", "send", F.POSSIBLE),
    # possible: what signs point to, what was close to happening
    ("The signs pointed towards coach Tom Reed handing a first cap to Ian Dowd.", "hand", F.POSSIBLE),
    ("Evidence points to the firm hiding its losses.", "hide", F.POSSIBLE),
    ("Delco said it was close to striking a deal with Barclays.", "strike", F.POSSIBLE),
    ("Leeds manager Tom Reed is closing in on signing Korvex striker Ian Dowd.", "sign", F.ATTEMPTED),  # not yet signed
    # possible: the content of a claim the parser hung on the verb above
    ("Delco is to be investigated by a watchdog over claims its campaign has broken the rules.", "break", F.POSSIBLE),
    # a participle describes the noun it hangs on, which then governs nothing
    ("A quick move involving Jones and Smith ended in a goal.", "involve", F.ASSERTED),
    ("The advertising campaign featuring Kim Marsh was launched by Delco.", "feature", F.ASSERTED),
    ("The Delco bid backed by two pension funds was rejected.", "back", F.ASSERTED),
    ("There is speculation that Delco had held talks with Korvex.", "hold talk with", F.POSSIBLE),  # a clause of its own
    # negated: "nor" opening a clause; opposing an act ("disagree with", "object to") is not doing it
    ("Tom Reed does not drink, nor does he smoke cigarettes.", "smoke", F.NEGATED),
    ("Mr Reed said he fundamentally disagrees with locking people up without trial.", "lock up", F.NEGATED),
    ("Tom Reed disapproves of censoring live broadcasts of the Velta awards.", "censor", F.NEGATED),
    ("Residents objected to building the road through the park.", "build", F.NEGATED),
    ("The union strongly opposes giving the managers new powers.", "give", F.NEGATED),
    ("The president vetoed raising the sales tax.", "raise", F.NEGATED),
    ("The board decided against selling the club's stadium to Korvex.", "sell", F.NEGATED),
    # ... nor is losing or missing out on it
    ("Leeds lost out on signing Tom Hale.", "sign", F.NEGATED),
    ("The club missed out on winning the title.", "win", F.NEGATED),
    ("Velta just lost out to adding the Trophy when they were beaten in the final.", "add", F.NEGATED),
    # possible: on course for it, however the parser hangs the infinitive
    ("Tom Reed was on course to break the world record when he fell.", "break", F.POSSIBLE),
    ("The firm is on track to meet its sales target.", "meet", F.POSSIBLE),
    ("Delco is on target to sell a million cars this year.", "sell", F.POSSIBLE),
    # depicted
    ("The party printed a poster showing the leaders holding a banner.", "hold", F.DEPICTED),
    # the part an actor plays: the story's ties, not the actor's or the named person's
    ("Jane Hale, who plays Tom Reed's wife Anna, was nominated for an award.", "wife of", F.DEPICTED),
    ("Kim Marsh portrays Queen Victoria's daughter Beatrice in the new drama.", "daughter of", F.DEPICTED),
    ("Jane Hale, the wife of Tom Reed, plays a nurse in the film.", "wife of", F.ASSERTED),
    ("Anna Lee, who played Eastfield's Mary Cole when the soap began, has died.", "of", F.ASSERTED),  # the part's own work
    # a role said by a copula takes the copula's factuality
    ("Ruth Kelly spoke on Monday. Asked if she was a member of Opus Dei, Ms Kelly said she had friends there.", "member of", F.QUESTION),
    ("He did not consider the new law to be an infringement of civil liberties.", "infringement of", F.NEGATED),
    # negated: what one was wrongly or falsely convicted or accused of doing
    ("Tom Reed was wrongly convicted of planting the bombs.", "plant", F.NEGATED),
    ("Ana Ruiz was falsely accused of stealing the paintings.", "steal", F.NEGATED),
    ("Tom Reed was convicted of planting the bombs.", "plant", F.ASSERTED),
    # negated: what a passive patient was given none of
    ("Wales were given no chance going into the game.", "be given", F.NEGATED),
    # possible: what a copula's adjective says is hard for its for-subject, under "could prove"
    ("Yet it could prove tough for Velta Motors to steal market share from the majors.", "steal", F.POSSIBLE),
    # possible: what reports or rumours say, and what forecasts say by "according to"
    ("Mr Dunn declined to be drawn on reports that Korvex had held merger talks with Velta Bank.", "hold merger talk with",
     F.POSSIBLE),
    ("According to analysts' forecasts, Korvex will report profits of £9bn later this month.", "report", F.POSSIBLE),
    ("According to the Red Cross, the convoy reached Kastel on Monday.", "reach", F.ASSERTED),
    # possible: what a held view says ("the perception that", "the assumption that")
    ("Critics challenged the perception that Korvex dominates the market.", "dominate", F.POSSIBLE),
    ("The plan rests on the assumption that Velta will cut its prices.", "cut", F.POSSIBLE),
    # an infinitive on the object of a verb's preposition is as sure as the verb ("in time to rival")
    ("He expected Korvex to build 10,000 cars in enough time to overtake Velta.", "overtake", F.POSSIBLE),
    # possible: what a speaker only thinks or believes is a view, not a fact ("I think", "we believe")
    ("\"I think Tom Hale scored a perfectly good goal,\" said Ian Dunn.", "score", F.POSSIBLE),
    ("\"We believe the club made the right decision,\" he said.", "make", F.POSSIBLE),
    # possible: what a legal filing says is its maker's allegation, not a fact the article states
    ("The lawsuit said the singer had pushed a photographer.", "push", F.POSSIBLE),
    ("The suit claims Tom Hale hid the money from his partners.", "hide", F.POSSIBLE),
    ("Court papers say the trader sold the shares in May.", "sell", F.POSSIBLE),
    ("Her lawyer said the singer had pushed a photographer.", "push", F.ASSERTED),  # a person's report stays reported speech
    # negated: what one was at a loss to do
    ("Tom Reed was at a loss to explain his poor form.", "explain", F.NEGATED),
    # negated: what a noun after "without" does
    ("The war could be illegal without a second UN resolution sanctioning military action.", "sanction", F.NEGATED),
    # negated: a plan or a deal given up, or left, is not carried out
    ("Shares fell after Velta pulled out of an agreement to buy Korvex last week.", "buy", F.NEGATED),
    ("Velta withdrew from a deal to buy Korvex.", "buy", F.NEGATED),
    ("Velta walked away from a deal to sell its oil unit.", "sell", F.NEGATED),
    ("Velta abandoned its bid to buy Korvex.", "buy", F.NEGATED),
    ("Velta signed a deal to buy Korvex.", "buy", F.SCHEDULED),
    # desired: what an infinitive or gerund of ensuring aims at; a finite "ensured" says it came about
    ("Chris Tomlinson has cut his schedule to ensure he is fully fit for the championships.", "be fit for", F.DESIRED),
    ("The bank raised its rates to guarantee that savers get a fair return.", "get", F.DESIRED),
    ("Chris Tomlinson ensured that he was fit for the championships.", "be fit for", F.ASSERTED),
    # negated: a subject of "few" without "a" says most did not ("a few" did)
    ("Too few banks are lending to small firms, said the report.", "lend to", F.NEGATED),
    ("Few voters backed the new tax.", "back", F.NEGATED),
    ("A few banks lent to small firms.", "lend to", F.ASSERTED),
    # an infinitive with a for-subject is as sure as the clause it completes
    ("Analysts said a higher offer would be enough for Delco to win control of Velta.", "win control of", F.POSSIBLE),
    ("The late goal was enough for Leeds to win the cup.", "win", F.ASSERTED),
    # what one is or will be able to do is a capability; what one was able to do, or has been, was done
    ("Kestrel Air will be able to carry ten million passengers a year.", "carry", F.POSSIBLE),
    ("Tom Hale is able to appeal to the tribunal.", "appeal to", F.POSSIBLE),
    ("Tom Hale was able to escape from the camp.", "escape from", F.ASSERTED),
    ("Tom Hale has been able to work with the new coach.", "work with", F.ASSERTED),
    ("Tom Hale said he was proud to be able to join the club.", "join", F.ASSERTED),  # a glad "to be able", of what he did
    # one committed to an act has pledged it; one capable of it may do it; "as long as" is a condition
    ("The Greens are committed to scrapping the toll on the Harbour Bridge.", "scrap", F.DESIRED),
    ("Tom Hale has committed to making a film of the Velta novel.", "make film of", F.DESIRED),
    ("The young Leeds side is capable of beating the champions.", "beat", F.POSSIBLE),
    ("Ana Ruiz is currently favourite to win the Velta prize.", "win", F.POSSIBLE),  # the copula's adjective
    ("Tom Hale will not play for Leeds as long as Ian Dunn remains in charge.", "remain in", F.CONDITIONAL),
    # a "going to" said of a named other is a forecast; one's own is a plan
    ("Kestrel Systems is going to dominate the market next year.", "dominate", F.POSSIBLE),
    ("Ana Ruiz said she is going to open two stores in Leeds.", "be going to open", F.SCHEDULED),
    # a plan or a schedule in the past perfect was overtaken or given up
    ("Ana Ruiz had been due to face Tom Hale in the final.", "face", F.POSSIBLE),
    ("Velta had planned to open a plant in Leeds.", "open", F.POSSIBLE),
    ("Velta had been set to buy Korvex before the crash.", "buy", F.POSSIBLE),
    ("Velta is due to open a plant in Leeds.", "be due to open", F.SCHEDULED),
    # ... and so was one that "was to" happen, unless it was to prove or become what it did
    ("Shooting of the period drama Night Road, which was to star Tom Hale, was postponed.", "star", F.POSSIBLE),
    ("Tom Hale was to meet Ian Dunn in Leeds on Monday.", "meet", F.POSSIBLE),
    ("Velta is to open a plant in Leeds.", "open", F.SCHEDULED),
    ("Tom Hale was one of 300 aspiring runners to enter the first race.", "enter", F.ASSERTED),  # one of those who did
    ("Tom Hale is about to receive the trophy.", "be about to receive", F.SCHEDULED),
    # what a necessity adjective with a for-subject says is needed, unless it is past
    ("Tom Hale starts as coach on Friday, and it will be important for him to get a good result.", "get", F.REQUESTED),
    ("It was important for the club to gain promotion last year.", "gain", F.ASSERTED),
    # incitement to an act is a call for it, not the act
    ("Tom Hale was arrested on suspicion of incitement to commit criminal damage.", "commit", F.REQUESTED),
    # negated: what one delayed or postponed doing is not done yet
    ("Ann Cole has simply delayed signing the new contract.", "sign", F.NEGATED),
    ("The council postponed closing the library until the spring.", "close", F.NEGATED),
    # the content of a noun of thought with no "that", however the parser hangs it, is what the noun says
    ("Ann Cole rejected the idea Tom Hale posed a threat to the club.", "pose", F.POSSIBLE),
    ("She dismissed suggestions the company had misled investors.", "mislead", F.POSSIBLE),
    ("The board welcomed news the firm had hired 200 staff.", "hire", F.ASSERTED),
    ("Tom Hale sold the house his father built for his mother.", "build", F.ASSERTED),
    ("Critics praised the way the council had handled the floods.", "handle", F.ASSERTED),
    # a time clause of a would-clause is as sure as it
    ("Tom Hale would stay on as leader when he contested the seat in Derby.", "contest", F.POSSIBLE),
    ("Tom Hale kept fighting when he contested the seat in Derby.", "contest", F.ASSERTED),
    # the infinitive of a noun of leave, standing or wish is not done: "approval to build", "his keenness to play"
    ("Velta has been granted approval to build a plant in Leeds.", "build", F.POSSIBLE),
    ("The council is not in a position to sell the land before May.", "sell", F.POSSIBLE),
    ("Ann Cole has often made public her keenness to stand for the council.", "stand for", F.DESIRED),
    ("Tom Hale showed great determination to win the race.", "win", F.DESIRED),
    ("Ann Cole was the first woman to win the race.", "win", F.ASSERTED),
    # possible: what a passive of saying or reporting gives only as heard, and what somebody alleges
    ("Tom Hale and Ian Dunn are said to have fallen out over the budget.", "fall out over", F.POSSIBLE),
    ("Velta is understood to have made an offer for Korvex.", "make offer for", F.POSSIBLE),
    ("The new console is supposed to sell for £99 in the UK.", "sell for", F.POSSIBLE),  # expected, not shown
    # one undecided or unsure about doing it has not settled whether to
    ("Ana Ruiz is still undecided about competing in the Indoor Championships in Paris next month.", "compete in", F.QUESTION),
    ("Tom Hale is unsure about signing the new contract.", "sign", F.QUESTION),
    # one confident in someone's winning expects it; one backed to win is tipped to
    ("Ana Ruiz is confident in Leeds winning that final.", "win", F.POSSIBLE),
    ("The coach backed Leeds to win the league this season.", "win", F.POSSIBLE),
    # the one thing "everything but" leaves out is not done
    ("Leeds have done everything but win a game this season.", "win", F.NEGATED),
    ("Tom Hale did everything and won the game.", "win", F.ASSERTED),
    ("Velta is reported to have sold its oil unit.", "sell", F.POSSIBLE),
    ("Velta is reported by Reuters to have sold its oil unit.", "sell", F.ASSERTED),  # a named source's report
    ("The minister was reported in May to have met the rebels.", "meet", F.POSSIBLE),  # a phrase between: still heard
    # what one side of a debate, or "many" or "some", say is a view in it; what officials say is a report
    ("Critics say the new stadium ruined the town centre.", "ruin", F.POSSIBLE),
    ("Opponents of the scheme argue that Velta misled investors.", "mislead", F.POSSIBLE),
    ("Some say Tom Hale lied to the court.", "lie to", F.POSSIBLE),
    ("Officials said Tom Hale lied to the court.", "lie to", F.ASSERTED),
    # one who claims to have done something is the only source of it ("claimed that X did": a report, as the gold counts it)
    ("Ana Ruiz claimed to have seen the letter.", "see", F.POSSIBLE),
    ("Ian Dunn claims to have met the president in Paris.", "meet", F.POSSIBLE),
    ("Leeds claimed a 2-1 win to reach the final.", "reach", F.ASSERTED),  # an object between: the outcome of the win
    # a view held by a share of those asked, or by "most" of a group, is a view, not a fact
    ("In the poll, 52% of voters think the mayor is doing a good job.", "do", F.POSSIBLE),
    ("Most fans believe the coach made a mistake in the final.", "make", F.POSSIBLE),
    ("Police believe the two men fled to Spain.", "flee to", F.ASSERTED),  # an official's belief, reported as the gold counts it
    ("Tom Hale admitted he thought Velta were going out of the cup at half-time.", "go out of", F.POSSIBLE),  # a past belief
    ("The singer alleges the label cut his song without asking him.", "cut", F.POSSIBLE),
    ("The singer said the label cut his song without asking him.", "cut", F.ASSERTED),
    ("The firm insisted that it had complied fully with the law.", "comply with", F.ASSERTED),  # a reported claim, as the guidelines count it
    ("The union insisted that the firm reopen the plant.", "reopen", F.REQUESTED),  # a demand
    ("Tom Hale insists he will return to the squad next year.", "return to", F.SCHEDULED),  # his own plan, not a demand
]


@pytest.mark.parametrize("text, predicate, expected", CASES, ids=[f"{_values(e)}: {s}" for s, _, e in CASES])
def test_factuality_of_a_clause(text, predicate, expected, nlp):
    found = factualities(text, nlp)
    assert found.get(predicate) == (expected if isinstance(expected, set) else {expected}), found


def test_every_value_has_a_case():
    assert {expected for _, _, expected in CASES if not isinstance(expected, set)} == set(Factuality)


def test_only_asserted_and_scheduled_facts_are_plain_triples(nlp):
    text = ("The minister will visit the camp. The army did not close the border. "
            "The bank could raise rates. The senator urged the regulator to review the merger.")
    ex = extract_document(document_from_text(text, source="t.txt"), nlp)
    graph = extraction_graph(ex)
    by_value = {}
    for st in graph.subjects(KG.factuality, None):
        by_value.setdefault(graph.value(st, KG.factuality), []).append(st)
    assert {KG.Scheduled, KG.Negated, KG.Possible, KG.Requested} <= set(by_value)
    for value, statements in by_value.items():
        for st in statements:
            plain = (graph.value(st, RDF.subject), graph.value(st, RDF.predicate), graph.value(st, RDF.object))
            assert (plain in graph) is (value in (KG.Asserted, KG.Scheduled)), (value, plain)
            assert (st, KG.negated, Literal(value == KG.Negated)) in graph

