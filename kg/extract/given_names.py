"""Given names that news usually gives to one sex, and the nouns and titles that say a person's
sex: what lets resolution keep a "she" off a man and a "he" off a woman. A name given to both
often enough (Jordan, Alex, Sam, Chris, Jean, Andrea) is in neither list and says nothing."""
from __future__ import annotations

from kg.extract.lexicon import FEMALE_HONORIFICS, MALE_HONORIFICS


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


MALE_GIVEN_NAMES = _words("""
aaron abdul abdullah abraham adam adrian ahmad ahmed aidan alan alastair albert alberto alec alejandro
alexander alexandre alexei alexey alfred alfredo ali alistair allan alvaro amir anders andre andreas andrei
andrew andy angus anthony antoine anton antonio archie arnold arsene arthur ashraf barack barry ben benjamin
benoit bernard bernie bill billy bjorn bob boris brad bradley brendan brett brian bruce bruno bryan callum
calvin carl carlo carlos charles christian christoph christophe christopher cillian clarence claudio clint
clive colin conor craig cristiano damian damien dan daniel danny darren dave david davide dean declan dennis
derek desmond diego dieter dimitri dimitris dirk dmitry dominic don donald doug douglas duncan dwight dylan
eamonn ed eddie edgar edmund eduardo edward elliot elliott emil emmanuel enrique eric erik ernest ethan eugene
evan fabio felipe felix fergus fernando francesco francis franco francois frank franz fred frederick gabriel
gareth garry gary gavin geoff geoffrey george georgios gerald gerard gerhard gerry gianluca gilbert giorgio
giovanni giuseppe glen glenn gonzalo gordon graeme graham grant greg gregory guillaume gunnar gustavo guy
hamid hamish hans harold harry harvey hassan hector helmut henri henrik henry herbert hosni hugh hugo hussein
iain ian ibrahim igor imran ivan jack jackson jacob jacques jake jakub jamal james jason javier jeff jeffrey
jens jeremy jerome jerry jim jimmy joachim joe joel johan johann johannes john johnny jonathan jorge jose
josef joseph josh joshua juan julian julien jurgen justin karl keanu keith ken kenneth kenny kevin khalid kieran
kjell kofi kostas kurt lance larry lars laurent lawrence leo leon leonard leonardo leonid lewis liam lionel
lloyd lorenzo louis luca lucas luigi luis luke malcolm manmohan manuel marc marcel marco marcus mario mark
martin mateo matt matthew matthias maurice max maxim mehmet michael michel miguel mike mikhail miles mitchell
mohamed mohammad mohammed muhammad murray narendra nathan neil nelson nestor niall nicholas nick nicolas nigel
nikolai nils noel norman olaf oliver olivier omar osama oscar owen pablo paddy paolo pascal patrick paul pavel
pedro pervez pete peter phil philip philippe pierre piers piotr rafa rafael rahul rajesh ralph ramon randy
raul ray raymond reginald rhys ricardo richard rick ricky rio rob robbie robert roberto rod rodney rodrigo
roger roland roman ron ronald ronan ronnie rory ross roy rupert russell ruud ryan saddam salman sami samuel
sanjay scott seamus sean sebastian sergei sergey sergio seth shane shaun shinzo sidney silvio simon stan
stanley stefan stefano stephen steve steven stewart stuart sven tariq ted terence thabo theo thierry thomas
tim timothy tobias todd tom tomasz tommy tony trevor tyler uwe valentino victor viktor vincent vittorio
vladimir vladislav walt walter warren wayne wes wesley will william willie wim wolfgang xavier yasser yevgeny youssef yuri
yusuf zac zach zachary
""")

FEMALE_GIVEN_NAMES = _words("""
abigail ada adele adriana agnes aisha alexandra alice alicia alison amanda amber amelia amelie amy ana
anastasia angela angelina angie anita ann anna anne annette annie antonia april arlene audrey barbara beatrice
becky belinda beth bethany betty beverley beverly bianca brenda bridget britney brooke camilla carla carmen
carol carole caroline carolyn catherine cathy cecilia celine charlotte cherie cheryl chloe christina christine
claire clara clare claudia colleen condoleezza connie cynthia daisy daniela danielle daphne dawn debbie
deborah debra denise diana diane dinara donna doris dorothy edith eileen elaine eleanor elena elisabeth eliza
elizabeth ella ellen eloise elsa emily emma erica erin estelle esther eva eve fatima fiona florence frances
francesca gabriela gabrielle gail gemma georgia geraldine gillian gina gisele gloria grace gwen gwyneth hannah
harriet hazel heather heidi helen helena hillary holly imelda ingrid irene iris isabel isabella isabelle
jacqueline jacqui jane janet janice jelena jennifer jenny jessica jill joan joanna joanne jodie josephine joy
joyce judith judy julia julie juliet june justine karen kate katharine katherine kathleen kathryn kathy katie
katrina kelly kimberly kirsty kylie laura lauren leah leila lily linda lisa liz liza lois lorna lorraine louise lucy
lydia lynda lynne madeleine madonna maggie mandy margaret margot maria marian marie marina marion martha
martina mary maureen megan melanie melinda melissa mia michaela michelle mildred miranda miriam molly monica
monique nadia nancy naomi natalie natasha nathalie nicole nina nora olga olivia oprah paige pamela patricia
paula paulette pauline penelope penny petra philippa phyllis polly priscilla rachel rebecca regina renee rita
roberta rosa rosalind rose rosemary ruth sally samantha sandra sania sara sarah serena shakira sharon sheila
shelley shirley silvia sofia sonia sophia sophie steffi stella stephanie susan susanne suzanne svetlana sylvia
tamara tanni tanya teresa tessa theresa tina tracey ursula valentina valerie vanessa vera veronica victoria
violet virginia vivienne wendy whitney yolanda yvette yvonne zara zoe
""")

# Nouns and titles that name a person by sex: "the actress", "his mother", "Queen Elizabeth".
MALE_PERSON_NOUNS = frozenset({
    "man", "boy", "father", "dad", "son", "brother", "husband", "uncle", "nephew", "grandfather", "grandson",
    "king", "prince", "duke", "earl", "baron", "emperor", "sultan", "sheikh", "pope", "monk", "priest",
    "boyfriend", "fiance", "widower", "actor", "chairman", "spokesman", "businessman", "sportsman", "congressman",
    "policeman", "fireman", "headmaster", "schoolboy", "gentleman", "stepfather", "godfather",
})
FEMALE_PERSON_NOUNS = frozenset({
    "woman", "girl", "mother", "mum", "mom", "daughter", "sister", "wife", "aunt", "niece", "grandmother",
    "granddaughter", "queen", "princess", "duchess", "countess", "baroness", "empress", "nun", "girlfriend",
    "fiancee", "widow", "actress", "chairwoman", "spokeswoman", "businesswoman", "sportswoman", "congresswoman",
    "policewoman", "headmistress", "schoolgirl", "lady", "stepmother", "godmother", "heiress", "hostess",
    "waitress", "ballerina",
})


def given_name_gender(word: str) -> str:
    """"m" or "f" for a given name news mostly gives to one sex ("Steve", "Kelly"), else ""."""
    word = word.lower().rstrip(".")
    if word in MALE_GIVEN_NAMES:
        return "m"
    if word in FEMALE_GIVEN_NAMES:
        return "f"
    return ""


def noun_gender(word: str) -> str:
    """"m" or "f" for a noun or title that names a person by sex ("actress", "king"), else ""."""
    word = word.lower()
    if word in MALE_PERSON_NOUNS:
        return "m"
    if word in FEMALE_PERSON_NOUNS:
        return "f"
    return ""


def honorific_gender(words) -> str:
    """"m" or "f" where an honorific among `words` (lower case, no full stop) says a person's sex:
    "Mr", "Sir" or "Lord"; "Mrs", "Ms", "Miss", "Dame" or "Lady"; else ""."""
    words = set(words)
    return "m" if words & MALE_HONORIFICS else "f" if words & FEMALE_HONORIFICS else ""
