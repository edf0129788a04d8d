"""Closed word lists that several stages need: one place, so extraction, within-article
resolution and cross-article identity agree on what a title or a company suffix is."""
import re

from kg.model import EntityType

HONORIFICS = frozenset({"mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "lady", "prof", "rev"})
SHORT_HONORIFICS = frozenset({"mr", "mrs", "ms", "dr"})  # never a word of a body's or a work's name ("Lord of the Rings")
NAMED_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})  # spaCy's labels of named places
MALE_HONORIFICS = frozenset({"mr", "sir", "lord"})
FEMALE_HONORIFICS = frozenset({"mrs", "ms", "miss", "dame", "lady"})
CORPORATE_SUFFIXES = frozenset({  # "WMC Resources" is "WMC"
    "inc", "ltd", "plc", "corp", "corporation", "co", "company", "group", "holdings", "resources", "securities",
    "sa", "ag", "gmbh", "llc", "limited", "international", "bank", "airlines", "motors", "industries",
    "party",  # "the Labour party" is Labour
})
# Nouns that describe a person the story is about ("the champion", "the 34-year-old", "the
# guitarist"): as the subject of a clause, elegant variation for the person in focus.
DESCRIBED_PERSON_HEADS = frozenset({
    # (not "manager", "boss", "coach": roles that other people in the story hold over the person)
    "champion", "winner", "player", "defender", "striker", "midfielder", "forward", "keeper", "goalkeeper",
    "guitarist", "singer", "drummer", "bassist", "rapper", "musician", "actor", "actress", "star", "veteran",
    "author", "writer", "film-maker", "filmmaker", "year-old", "athlete", "runner", "swimmer", "cyclist",
    "golfer", "boxer", "tycoon", "billionaire", "legend", "icon", "sprinter", "hurdler", "batsman", "bowler",
    "winger", "flanker", "prop", "scrum-half", "fly-half", "full-back", "skipper", "medallist", "medalist",
    "heptathlete", "decathlete", "jumper", "thrower", "rower", "jockey", "olympian",
})
# Adjectives of direction that make a region of a place: "the northern US" is not the US.
COMPASS_ADJECTIVES = frozenset({"northern", "southern", "eastern", "western", "central", "north-eastern", "north-western",
                                "south-eastern", "south-western", "northeastern", "northwestern", "southeastern", "southwestern",
                                "north", "south", "east", "west"})  # "south Devon"
# The short names a country goes by in news, to one key: "the US", "America", "the United States".
COUNTRY_NAMES = {
    **dict.fromkeys(("us", "usa", "america", "united states", "united states of america"), "country:us"),
    **dict.fromkeys(("uk", "britain", "great britain", "united kingdom"), "country:uk"),
    **dict.fromkeys(("uae", "united arab emirates"), "country:uae"),
}
# Nouns for people and bodies: the object that does what a purpose clause says ("sent troops
# to protect civilians"); an object that cannot act leaves it to the subject ("took steps to avoid harm").
ACTING_BODY_NOUNS = frozenset({  # bodies that act, as people do: "set up a panel to look into it"
    "firm", "company", "team", "agency", "body", "panel", "committee", "commission", "inquiry", "taskforce", "unit", "board", "group", "council"})
AGENT_SUFFIXES = ("er", "or", "ist", "ian", "ant")  # nouns for a doer: "sprinter", "director", "cyclist", "comedian", "consultant"
# Verbs whose object they bring into being: "produce a browser based on X" is no browser yet.
CREATION_VERBS = frozenset({"produce", "make", "build", "create", "develop", "design", "launch", "release", "write", "form"})
ACTOR_NOUNS = ACTING_BODY_NOUNS | {
    "people", "person", "citizen", "resident", "civilian", "worker", "voter", "family", "child", "parent",
    "teacher", "student", "official", "troop", "soldier", "police", "officer", "doctor", "nurse", "shareholder",
    "investor", "customer", "consumer", "member", "staff", "employee", "farmer", "refugee", "volunteer",
    "journalist", "reporter", "expert", "lawyer", "taxpayer", "pensioner",
}
# Verbs of leaving a post or an activity and their preposition: a gerund after them is what one no
# longer does ("resigned from running the unit", "stepped down from chairing the board", "are moving away from buying albums")
LEAVING_PREPOSITIONS = frozenset((verb, "from") for verb in ("resign", "retire", "step", "withdraw", "move", "turn", "pull", "walk", "shy"))
# Phrasal verbs that say a gerund after them is not done: "ruled out raising the age", "gave up smoking"
NEGATING_PHRASAL_VERBS = frozenset({("rule", "out"), ("call", "off"), ("back", "away"), ("hold", "off"), ("put", "off"), ("give", "up")})
# Verbs whose object does what their infinitive says, whatever the object is ("urged Israel to
# halt", "allowed the plant to reopen", "hired consultants to review"); after other verbs the
# infinitive is the subject's purpose, whatever the object ("visited Kenya to highlight the plight",
# "beat Rovers to reach the final": the visitor highlights it, the winner reaches it).
OBJECT_CONTROL_VERBS = frozenset({
    "ask", "urge", "call", "press", "pressure", "push", "encourage", "invite", "tell", "order", "instruct",
    "advise", "warn", "beg", "implore", "challenge", "dare", "persuade", "convince", "force", "compel",
    "oblige", "require", "allow", "permit", "enable", "let", "help", "want", "expect", "need", "like",
    "prefer", "get", "cause", "lead", "prompt", "leave", "trust", "appoint", "elect", "choose", "tip", "back",
    "hire", "recruit", "sign", "send", "commission", "pay", "bring", "draft", "deploy", "assign",  # for a task: "hired X to review"
    "select", "nominate", "name", "train", "fund", "enlist", "dispatch", "drop", "recall", "pick",
    "schedule", "time", "design", "program", "programme", "engineer",  # a thing made for what it will do: "designed the car to run on"
})
# Verbs whose participle after a clause tells what that clause brought about ("did not bid, leaving
# the way open for X"; "failed to score, handing the title to Y"): after a negated clause the result
# is the absence's, not an act of the subject.
MONTHS = frozenset({"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
                    "november", "december"})
# days and months that open a name the tagger ran on ("On Tuesday Mitsubishi said"); not "may", a name too
CALENDAR_WORDS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}) | MONTHS - {"may"}
RESULT_PARTICIPLES = frozenset({
    "leave", "give", "hand", "allow", "let", "put", "make", "mean", "open", "send", "mirror", "reflect",
    "cause", "ensure", "end", "keep", "gift", "offer", "present", "spark", "prompt", "trigger",
})
# Of those and others, participles that comment on what the clause before them tells, whose doer is
# that event, no one in it: "all four won awards - mirroring the Oscars", "..., marking a first"
COMMENT_PARTICIPLES = frozenset({"mirror", "reflect", "echo", "mark", "signal", "underline", "underscore", "represent"})
# Reports of a view of what will happen, not of a plan announced: a "would" in the clause they
# report is a forecast ("Blair claimed the Tories would cut £35bn"; "analysts said Velta would cut
# jobs"), where "Velta said it would cut jobs" announces Velta's own plan.
FORECASTING_VERBS = frozenset({"claim", "warn", "predict", "forecast", "argue", "fear", "allege", "speculate",
                               "suggest", "reckon", "estimate"})
FORECASTER_NOUNS = frozenset({"analyst", "economist", "expert", "observer", "commentator", "pundit", "forecaster",
                              "strategist", "bookmaker", "critic", "poll", "survey", "correspondent", "editor"})
# Verbs whose passive hands its subject to the infinitive after it ("is expected to win", "was said
# to be", "is set to leave"); after other passives the infinitive is the doer's aim ("the previews
# were delayed to give the actors a rest": whoever delayed them gives it; "the money will be used to
# fund redundancy payments": whoever uses it funds them).
RAISING_VERBS = frozenset({
    "say", "report", "know", "understand", "see", "suppose", "believe", "think", "expect", "tip", "earmark", "set",
    "schedule", "slate", "poise", "due", "rumour", "rumor", "consider", "estimate", "predict", "forecast",
    "reckon", "feel", "claim", "allege", "bind", "destine", "intend", "design", "plan", "prepare", "make",
    "prime", "determined", "show", "find", "hold", "deem", "rate", "fancy", "favour", "favor", "reveal", "prove", "mean",
    "link", "rank", "list", "pencil", "earmark", "entitle", "qualify", "fit", "equip", "authorise",
    "authorize", "empower", "license", "contract", "commit", "determine", "dispose", "inclined", "disposed",
})
PERSON_ROLE_HEADS = frozenset({  # role nouns a definite description uses for a person already in the story
    "leader", "chairman", "chairwoman", "chief", "executive", "president", "minister", "secretary", "spokesman",
    "spokeswoman", "spokesperson", "senator", "governor", "mayor", "chancellor", "premier", "director", "ambassador",
    "envoy",
})
# nouns that name a tie to someone or something, so that "X 's N" says X has an N ("the firm 's
# chairman", "Kesey 's son"); most possessed nouns do not ("Iraq 's oil", "the bank 's decision")
RELATIONAL_NOUNS = PERSON_ROLE_HEADS | frozenset({
    "father", "mother", "son", "daughter", "wife", "husband", "brother", "sister", "grandmother", "grandfather",
    "uncle", "aunt", "nephew", "niece", "cousin", "friend", "parent", "child", "children", "partner",
    "biographer", "founder", "owner", "subsidiary", "unit",
})
# ties between bodies that the name before them says whose ("the Korvex owner", "its Velta unit"):
# the name stays in the description, which says nothing without it
BODY_TIE_NOUNS = frozenset({"owner", "parent", "subsidiary", "unit", "founder"})


def without_corporate_suffix(words: list[str]) -> list[str]:
    """The name's words without trailing company suffixes ("WMC Resources" -> ["WMC"]); one word stays."""
    words = list(words)
    while len(words) > 1 and words[-1].lower().rstrip(".") in CORPORATE_SUFFIXES:
        words.pop()
    return words


def singular(name: str) -> str:
    """The name with its last word in the singular: "Tories" -> "Tory", "Liberal Democrats" ->
    "Liberal Democrat"; words ending in -ss, -us, -is stay ("Swiss", "Rebus")."""
    head, _, last = name.rpartition(" ")
    lower = last.lower()
    if len(last) > 4 and lower.endswith("ies"):
        last = last[:-3] + "y"
    elif len(last) > 3 and lower.endswith("s") and not lower.endswith(("ss", "us", "is")):
        last = last[:-1]
    return f"{head} {last}" if head else last


def acronym_letters(text: str) -> str | None:
    """An acronym's letters ("u.s." -> "us"), or None when the text is not one."""
    compact = text.replace(".", "").replace(" ", "")
    return compact if 2 <= len(compact) <= 6 and compact.isalpha() and len(text.split()) == 1 else None


def initials(text: str) -> str | None:
    """The initials of a name of several words, as an acronym would spell them ("United States" ->
    "us"); None for one word, or for a name holding an acronym ("UBS Securities" is no "US")."""
    words = [w for w in text.split() if w.lower() not in ("of", "the", "and", "for")]
    if len(words) < 2 or any(len(w) > 1 and w.isalpha() and w.isupper() for w in words):
        return None
    return "".join(w[0].lower() for w in words)


def name_words(name: str) -> list[str]:
    words = [w for w in re.split(r"\s+", name.strip()) if w]
    while words and words[0].lower().rstrip(".") in HONORIFICS | {"the"} and (len(words) < 2 or words[1].lower() != "of"):
        words.pop(0)  # not "Lord of the Rings", "Prince of Wales": the title is the name
    while words and words[-1] in ("'s", "’s", "'", "’"):
        words.pop()
    return words


NER_TYPES = {  # spaCy entity label -> our type; other labels (DATE, CARDINAL...) are not entities
    "PERSON": EntityType.PERSON,
    "ORG": EntityType.ORGANIZATION,
    "GPE": EntityType.PLACE,
    "LOC": EntityType.PLACE,
    "FAC": EntityType.PLACE,
    "NORP": EntityType.ORGANIZATION,
    "EVENT": EntityType.EVENT,
}
NON_ENTITY_LABELS = {"DATE", "TIME", "CARDINAL", "ORDINAL", "PERCENT", "MONEY", "QUANTITY"}
# Prepositions of a clause's time or cause ("after the match", "despite the ban"): a noun after
# one is a circumstance, not an argument of the verb or of a noun beside it.
TIME_CAUSE_PREPS = frozenset({"after", "before", "following", "since", "despite", "amid"})
# Prepositions of an aside after a name ("John Ison, from the group Fathers 4 Justice, said"):
# where the person is from.
ASIDE_PREPS = frozenset({"from", "of"})
# Lower-case words inside a person's or a body's name ("Jeroen van der Veer", "Al-Walid bin Talal"), and
# "v" of a fixture ("Everton v Sunderland"); any other lower-case word describes the name after it ("DJ duo JK").
NAME_PARTICLES = frozenset({"van", "von", "der", "den", "de", "di", "da", "del", "della", "du", "la", "le", "ter", "ten",
                            "bin", "ibn", "al", "el", "y", "dos", "das", "of", "the", "and", "v", "vs"})
# Places named without an article after a preposition ("taken to hospital", "sent to prison", "in
# court"): a word after one is no word of its name but starts a phrase of its own.
BARE_PLACE_NOUNS = frozenset({"hospital", "prison", "jail", "court", "custody", "bed", "school", "church", "college", "hospice"})
# Adjectives that open the names of political parties ("Liberal Democrat", "Social Democrat",
# "Christian Democrat", "Free Democrat", "Ulster Unionist"): part of the name even where a sentence
# starts with them and its capital says nothing.
PARTY_NAME_OPENERS = frozenset({"liberal", "social", "christian", "free", "ulster", "democratic", "national"})
# Last words that make a name a party, whatever the tagger called it ("the Lib Dems", "the Tories")
PARTY_WORDS = frozenset({"dem", "dems", "democrats", "republicans", "tories", "conservatives", "unionists",
                         "nationalists", "socialists", "liberals", "greens"})
# Last words that make a name a body's, whatever person the tagger took it for: a party's, or a
# company's ("Seibu Railways", "Nissan Motors", "Virgin Records")
BODY_NAME_ENDINGS = PARTY_WORDS | CORPORATE_SUFFIXES - {"party", "co", "sa", "ag"} | frozenset({
    "railways", "railway", "airways", "systems", "foods", "media", "records", "pictures", "studios", "networks",
    "telecom", "communications", "technologies", "electronics", "pharmaceuticals", "partners", "investments",
})
# Words before a title that say when or how long its holder held it ("former Labour leader Neil
# Kinnock", "veteran US television host"): kept in the role's wording, so a post left is not read as
# held now, and never part of a name.
TENURE_WORDS = frozenset({"former", "outgoing", "incoming", "acting", "interim", "late", "veteran", "longtime", "long-time"})
NOW_WORDS = frozenset({"present", "current"})  # "the present Tory spokesman": now, as any post without "former" is
PERSON_TITLES = {  # title words that make the name after them a person
    "president", "secretary", "minister", "senator", "sen", "rep", "representative", "governor", "gov",
    "mayor", "king", "queen", "prince", "princess", "pope", "chancellor", "premier", "judge", "justice",
    "general", "gen", "colonel", "col", "captain", "capt", "ambassador", "spokesman", "spokeswoman",
    "chairman", "chairwoman", "director", "commissioner", "envoy", "leader", "chief", "speaker",
    "mp", "mep", "msp",
    "constable", "inspector", "sergeant", "superintendent", "detective", "lieutenant", "admiral", "commander", "sheriff", "professor",
} | HONORIFICS
ORGANIZATION_HEADS = {  # common nouns that name organised bodies
    "administration", "government", "ministry", "committee", "council", "agency", "department", "party",
    "company", "firm", "group", "union", "court", "parliament", "army", "police", "commission", "bank",
    "board", "organisation", "organization", "coalition", "team", "club", "league", "office", "cabinet",
    "watchdog", "regulator", "exchange", "broadcaster", "network", "charity",
}
COMPANY_DESCRIPTORS = {  # what a company is called before its name: "US bank Citigroup", "German carmaker BMW"
    "firm", "company", "bank", "group", "carmaker", "automaker", "miner", "retailer", "insurer", "airline",
    "broadcaster", "giant", "maker", "producer", "manufacturer", "lender", "brewer", "chain", "supermarket",
    "operator", "conglomerate", "publisher", "developer", "distributor", "exporter", "importer",
    "band", "label", "studio", "network", "newspaper", "magazine", "charity", "agency", "club", "outfit",
    "carrier", "utility", "exchange", "watchdog", "regulator",
}
# Nouns any company or body may be called by, whatever it does ("the firm", "the group").
GENERIC_BODY_NOUNS = frozenset({
    "firm", "company", "group", "business", "concern", "corporation", "organisation", "organization",
    "agency", "committee", "party",
})
# Nouns a definite description of a body ends in ("the carmaker", "the bank"): see kg.extract.descriptions.
BODY_DESCRIPTION_NOUNS = frozenset(COMPANY_DESCRIPTORS | GENERIC_BODY_NOUNS | {
    "automaker", "chipmaker", "airline", "club", "team", "band",
})
# Outlets named by their owner's name before them: "the BBC News website", "the Sky News channel".
MEDIA_HEADS = frozenset({"website", "newspaper", "magazine", "programme", "channel", "radio", "paper"})
FACILITY_HEADS = {  # common nouns that end the name of a place: "the Olympic Dam mine", "the Rafah crossing"
    # (not "border": "the Gaza-Egypt border" is described by the places it divides, not named)
    "mine", "airport", "port", "bridge", "prison", "hospital", "station", "stadium", "camp", "crossing", "gate",
    "plant", "refinery", "base", "dam", "square", "street", "road", "river", "lake", "valley", "field",
}
# Nouns for works a name in apposition to is the title of ("the film Velta Nights"): what a cast is in
WORK_NOUNS = frozenset({
    "film", "movie", "drama", "comedy", "thriller", "documentary", "series", "sitcom", "show", "play", "musical",
    "production", "programme", "program", "video", "opera", "adaptation", "remake", "sequel", "biopic", "novel",
    "album", "single", "song", "book", "game", "epic", "hit", "blockbuster", "romance", "satire",
})
# Nouns a name in apposition to, or titled by, is an organisation: "the Catholic movement Opus Dei",
# "the rock band Queen", "investment firm Grant Samuel" - whatever person the tagger took it for.
NAMED_BODY_NOUNS = frozenset(ORGANIZATION_HEADS | {
    "movement", "sect", "order", "band", "church", "society", "foundation", "trust", "institute", "association",
    "federation", "brand", "label", "retailer", "chain", "carrier", "airline", "publisher", "manufacturer",
    "supplier", "provider", "carmaker", "automaker", "insurer", "lender", "brewer", "conglomerate", "supermarket",
})
# A verb and an object noun that say one thing together, the noun part of the predicate ("took place in Stockholm").
LIGHT_VERB_OBJECTS = frozenset({
    *(("take", n) for n in ("place", "part", "effect", "care", "note", "advantage", "charge", "aim", "issue", "shape", "action", "stock")),
    *(("make", n) for n in ("sure", "way", "use", "progress", "headway", "reference", "sense", "history", "amends",
                            "most", "best")),  # "made the most of the settings"
    ("have", "trouble"), ("have", "difficulty"), ("have", "access"), *(("have", n) for n in (  # "had a feeling", "has faith in"
        "chance", "opportunity", "feeling", "faith", "confidence", "idea", "impact", "start", "affection", "spell", "look",
        "say", "go", "game", "relationship", "contact", "concern", "doubt", "fear")),
    ("play", "role"), ("play", "part"), ("play", "host"), ("pay", "attention"), ("pay", "tribute"), ("give", "way"),
    ("give", "evidence"), ("keep", "track"), ("lose", "sight"), ("lose", "touch"), ("lose", "place"), ("catch", "fire"), ("keep", "pace"),
    ("thank", "goodness"), ("thank", "god"), ("thank", "heaven"), ("put", "pressure"), ("exert", "pressure"), ("pile", "pressure"),
    ("join", "force"), ("join", "hand"), ("gain", "ground"), ("lose", "ground"), ("set", "sight"), ("set", "heart"),  # "set his sights on"
    ("give", "backing"), ("give", "support"), ("lend", "support"), ("give", "blessing"), ("give", "approval"),
    ("throw", "weight"),  # "gave his backing to the decision": one act towards the decision, nothing given
})


def light_verb_object(verb_lemma: str, noun) -> bool:
    """Whether the object token `noun` makes one predicate with its verb (LIGHT_VERB_OBJECTS): not when a rank
    modifies it ("took third place in the elections" is a result), nor a place someone holds ("took Hale's place")."""
    return (verb_lemma, noun.lemma_.lower()) in LIGHT_VERB_OBJECTS and not any(c.ent_type_ == "ORDINAL" or c.dep_ == "nummod"
                                                                              or c.dep_ == "poss" and c.pos_ != "PRON" and verb_lemma == "take" for c in noun.children)


# A verb and an adjective that say one thing together ("steer clear of the slogans", "made clear
# to voters"), to the preposition that introduces the idiom's thing; a direct object the parser
# gave the verb is that thing. "" for idioms that take a direct object ("made clear its view").
ADJECTIVE_IDIOMS = {
    ("steer", "clear"): "of", ("stay", "clear"): "of", ("keep", "clear"): "of",
    ("make", "clear"): "", ("make", "plain"): "", ("make", "public"): "", ("make", "known"): "",
    ("come", "clean"): "about", ("hold", "true"): "for", ("play", "fair"): "with",
}
# Verbs of liking whose object may be a gerund clause with its own subject: in "she enjoys people
# guessing" she enjoys the guessing, not the people.
GERUND_CLAUSE_VERBS = frozenset({
    "enjoy", "like", "love", "hate", "dislike", "mind", "resent", "relish", "imagine", "fear", "welcome", "regret",
    "detest", "loathe", "abhor", "tolerate",
})
# Dealings with another party: in "Fiat reached an agreement with GM" GM is the verb's other
# party (Fiat reach agreement with GM), wherever the parser hangs the with-phrase.
AGREEMENT_NOUNS = frozenset({
    "deal", "agreement", "settlement", "talks", "contract", "partnership", "alliance", "truce", "accord", "pact",
    "negotiations", "discussions", "merger", "treaty", "ceasefire", "venture",
})
# Idioms that coordinated subjects do with each other: "Korvex and Velta joined forces" -> Korvex
# join force with Velta.
RECIPROCAL_IDIOMS = frozenset({("join", "force"), ("join", "hand")})
# The same with a prepositional phrase: "came into effect on signature" -> come into effect on.
LIGHT_VERB_PHRASES = frozenset({
    ("come", "into", "effect"), ("come", "into", "force"), ("come", "into", "play"), ("come", "into", "being"),
    ("go", "into", "effect"), ("go", "into", "administration"), ("go", "on", "trial"), ("go", "on", "sale"),
    ("come", "to", "power"), ("come", "to", "end"), ("come", "to", "light"), ("bring", "to", "end"),
    ("put", "into", "practice"), ("put", "to", "death"), ("take", "into", "account"), ("take", "into", "custody"),
    ("set", "on", "fire"), ("come", "under", "pressure"), ("come", "under", "fire"), ("come", "under", "attack"),
    ("come", "off", "bench"),  # "came off the bench for O'Shea": replaced him, no coming for him
    ("put", "in", "charge"),  # "was put in charge of education": be put in charge of
    ("put", "in", "touch"), ("get", "in", "touch"), ("keep", "in", "touch"),  # "was put in touch with the group"
    ("put", "on", "hold"), ("place", "on", "hold"), ("put", "in", "place"), ("call", "into", "question"), ("hold", "at", "bay"),
    ("bring", "to", "justice"), ("put", "on", "trial"), ("put", "for", "sale"),  # "put the talks on hold": shelved
    ("keep", "under", "pressure"), ("put", "under", "pressure"), ("keep", "in", "check"), ("hold", "in", "check"), ("keep", "at", "bay"),
    ("keep", "in", "custody"), ("hold", "in", "custody"), ("keep", "under", "wrap"), ("keep", "in", "dark"), ("keep", "under", "review"),
    ("place", "under", "arrest"), ("put", "under", "arrest"),  # a state the object is kept in: "kept the Irish under pressure"
})
# Nouns that name no thing of their own: the of-phrase after one is the argument ("the value of
# its shareholding" -> shareholding, "the possibility of opening" -> no thing), and alone it is none
# ("on some occasions", "got to this place").
LIGHT_NOUNS = frozenset({
    "possibility", "occasion", "way", "kind", "sort", "type", "amount", "level", "degree", "size",
    "fact", "matter", "thing", "stuff", "form", "example", "instance", "aspect", "element", "place",
    "effect", "reason", "option", "value", "benefit", "interest", "bit", "piece", "proportion", "percentage", "total",
    "sum", "extent", "manner", "means", "basis", "regard", "respect", "generation", "version", "variety",
    "information", "detail", "life",  # "review the information", "people's lives": no thing named
    "right",  # "has the right to be protected": what one may do; but "TV rights", "sole rights" are things
})
# A preposition and a noun that together make one compound preposition or adverb ("as a result
# of", "en route to", "in spite of"): the noun is no argument of the verb.
# Prepositional phrases that say how, when or why, whatever the noun's modifiers: never an argument
# ("scored from close range", "doing well at the moment", "closing in an effort to save money").
ADVERBIAL_PHRASES = frozenset({
    ("in", "order"), ("in", "effort"), ("in", "bid"), ("in", "attempt"), ("in", "hope"), ("in", "future"),
    ("in", "past"), ("in", "meantime"), ("at", "moment"), ("for", "moment"), ("to", "contrary"), ("on", "contrary"),
    ("in", "person"), ("from", "range"), ("from", "point"), ("in", "fact"), ("in", "particular"), ("in", "tandem"),
    ("in", "general"), ("on", "heel"), ("in", "teen"), ("in", "twenty"), ("in", "thirty"), ("to", "extent"),
    ("at", "pace"), ("in", "style"), ("in", "vain"), ("at", "least"), ("at", "most"), ("on", "average"),
    ("with", "regret"), ("with", "pleasure"), ("with", "interest"), ("with", "caution"), ("with", "care"), ("with", "ease"),
    ("to", "date"), ("in", "turn"), ("at", "time"), ("in", "end"), ("on", "occasion"), ("to", "name"), ("in", "mind"),
    ("of", "course"), ("at", "stretch"), ("at", "last"), ("in", "short"), ("by", "far"), ("for", "good"), ("in", "full"),
    ("by", "chance"), ("in", "return"), ("on", "purpose"), ("in", "public"), ("in", "private"), ("in", "advance"),
    ("on", "time"), ("in", "time"), ("in", "detail"), ("at", "length"), ("at", "once"), ("in", "earnest"), ("in", "effect"),
    ("in", "row"),  # "twice in a row": how often
    # a speaker's stance or a turn of the argument: "in my opinion X played well", "in contrast X will ..."
    ("in", "opinion"), ("in", "view"), ("in", "contrast"), ("by", "contrast"), ("in", "comparison"), ("by", "comparison"),
    ("in", "reality"), ("in", "practice"), ("in", "theory"), ("in", "principle"), ("in", "essence"),
    ("in", "hindsight"), ("with", "hindsight"), ("in", "retrospect"), ("on", "balance"), ("for", "example"), ("for", "instance"),
    ("with", "fanfare"), ("by", "standard"), ("by", "standards"),  # "forthright by the standards of diplomacy": measured how
})
COMPOUND_PREPOSITIONS = frozenset({
    ("en", "route"), ("as", "result"), ("as", "consequence"), ("in", "addition"), ("in", "spite"),
    ("on", "behalf"), ("in", "view"), ("in", "light"), ("by", "dint"), ("in", "lieu"), ("in", "terms"),
    ("for", "fear"),  # "banned phones for fear of leaks": why, not a thing banned for
})
# Nouns that describe one by another ("Boeing's European rival" is Airbus, "Russian rival Feofanova"
# is Russian, not Russia's): descriptions for the resolver, never an owner's thing or a country's post.
PEER_NOUNS = frozenset({
    "competitor", "rival", "partner", "ally", "opponent", "neighbour", "neighbor", "successor", "predecessor",
    "compatriot", "countryman", "countrywoman", "team-mate", "teammate", "counterpart", "challenger", "colleague",
})
# Verbs whose gerund says what a thing consists of, done by nobody the clause names ("the tactic
# involved signing people up", "the plan means cutting jobs", "the scheme requires registering").
CONTENT_VERBS = frozenset({"involve", "entail", "mean", "require", "include"})
# Verbs that judge someone, whose for-phrase is the reason ascribed to the one judged ("hailed Ruiz
# for his goal", "blamed the firm for the delay"): with an object, "hail for goal" is no fact. So is what one is accused,
# charged or cleared of ("accused the Tories of opportunism": who was accused is the point; "cleared them of doping").
CHARGE_PHRASES = frozenset({("accuse", "of"), ("charge", "with"), ("convict", "of"), ("suspect", "of"), ("clear", "of"),
                            ("acquit", "of"), ("absolve", "of"), ("indict", "for"), ("indict", "on")})
REASON_VERBS = frozenset({
    "praise", "hail", "thank", "blame", "criticise", "criticize", "fault", "punish", "reward", "congratulate",
    "commend", "condemn", "applaud", "salute", "forgive", "scold", "rebuke", "berate", "slam", "laud", "credit",
    "fine", "penalise", "penalize", "book", "caution", "sack", "arrest", "jail", "detain", "apologise", "apologize",
    "admire", "respect", "love", "hate", "remember", "know", "attack", "rap", "lambast", "castigate", "chastise",
    "reprimand", "censure", "mock", "ridicule", "suspend", "honour", "honor", "knight", "ban", "discipline",
})
# Verbs that link a subject to an adjective, whose prepositional phrase the adjective holds ("became
# famous for its academy", "will get harder for Holmes"): the predicate keeps the adjective. (Wider
# than clauses.LINKING_VERBS, the verbs whose noun complement is said of the subject.)
ADJECTIVE_LINKING_VERBS = frozenset({"be", "become", "get", "remain", "stay", "seem", "appear", "look", "sound", "feel", "prove", "grow",
                                     "test", "come", "finish", "fall", "run", "turn"})  # "tested positive for", "came close to", "fell short of"
# What a person undergoes: "had an operation to trim the cartilage" -- the surgeons trim it, not
# the one who "had" it, so the purpose clause has no doer named.
UNDERGONE_NOUNS = frozenset({
    "operation", "surgery", "treatment", "transplant", "injection", "scan", "check-up", "checkup", "procedure",
    "therapy", "x-ray", "test", "tests",
})
UNDERGO_VERBS = frozenset({"have", "undergo", "receive", "get", "need", "require", "face"})  # "ran tests": the firm's own
# Nouns whose on-phrase is their own ("a moratorium on repayments", "a ban on imports", "talks on
# trade"), wherever the parser hangs it: right after such a noun, "agree on repayments" is no fact
# ("effect" is not one: "came into effect on signature").
ON_COMPLEMENT_NOUNS = frozenset({
    "moratorium", "ban", "tax", "levy", "duty", "tariff", "cap", "limit", "restriction", "curb", "embargo", "sanction",
    "freeze", "crackdown", "clampdown", "veto", "debate", "report", "inquiry", "talk", "decision", "ruling", "vote",
    "referendum", "consultation", "focus", "impact", "attack", "stance", "view", "comment", "advice",
    "guidance", "information", "detail", "data", "figure", "statement", "update", "research", "study", "emphasis",
    "spending", "discount", "interest", "rate", "charge", "fee", "fine", "lead", "grip", "hold", "stake",
})
# Nouns for a set of people of a known size: "the trio attended", "the pair were fined"
COLLECTIVE_NOUNS = {"pair": 2, "duo": 2, "twosome": 2, "trio": 3, "threesome": 3, "quartet": 4, "foursome": 4}
# Nouns a name in apposition right after them names one of: "the film Velta Nights", "the band
# Gothic Plague", "the magazine Us Weekly", "the charity Care Aid" (that name is the thing meant)
NAMED_KINDS = WORK_NOUNS | MEDIA_HEADS | ORGANIZATION_HEADS | {"band", "label", "brand", "festival"}
# Last words of football and rugby clubs' names, which the tagger often takes for people's: "Leeds
# United", "Blackburn Rovers", "Derby County"
CLUB_NAME_ENDINGS = frozenset({"united", "city", "rovers", "athletic", "wanderers", "albion", "county", "rangers", "villa",
                               "hotspur", "argyle", "orient", "fc", "afc", "rfc", "harlequins", "saracens", "wasps", "tigers"})
# The last words of a club's name that no place's name ends in ("Leeds United", "Bristol Rovers";
# not "City" or "County": "Mexico City", "Orange County")
CLUB_ENDINGS = CLUB_NAME_ENDINGS - {"city", "county", "tigers", "wasps", "saracens", "harlequins"}
# Words that open a club's name before its town ("Real Sociedad", "Inter Milan", "Sporting Lisbon")
CLUB_OPENERS = {"real", "inter", "sporting", "atletico", "dynamo", "dinamo", "olympique", "borussia", "deportivo", "racing"}
# Posts in an industry a noun before them names: "a US record executive" is no executive of the US
INDUSTRY_POSTS = {"executive", "analyst", "consultant", "engineer", "dealer", "trader", "banker"}
# Trades one plies wherever one is from: a UK author is no author of the UK (a UK minister is its minister)
NATIONALITY_TRADES = {"author", "writer", "novelist", "actor", "actress", "singer", "musician", "rapper", "comedian", "artist", "poet",
                      "playwright", "designer", "model", "photographer", "businessman", "tycoon", "billionaire", "presenter",
                      "broadcaster", "host", "director", "producer", "composer", "dancer", "chef", "journalist", "star",
                      "entrepreneur", "investor", "guitarist", "drummer", "painter", "architect", "scientist", "economist",
                      "historian", "lawyer", "activist", "campaigner", "comic", "screenwriter", "songwriter", "winner", "finalist",
                      "pianist", "violinist", "cellist", "conductor", "sculptor", "filmmaker"}
SKIP_ARGUMENT_LEMMAS = {  # pronoun-like words that name nothing we can resolve, and time zones ("at 0900 GMT")
    "this", "that", "these", "those", "what", "everything", "something", "anything", "nothing",
    "thing", "one", "who", "which", "there", "here", "itself", "you", "yourself", "way", "lot", "time",
    "other", "others", "another", "someone", "somebody", "everyone", "everybody", "anyone", "anybody",  # "sue X and others"
    "gmt", "bst", "utc", "cet", "cest", "edt", "pst", "pdt"}
# Verbs whose with-phrase is a second object beside the direct one: "replaced X with Y", "credited her with the goal"
# Verbs of relying, whose on-phrase says on what and a for-phrase beside it what for ("relies on new
# drugs for growth": no "rely for growth")
RELIANCE_VERBS = frozenset({"rely", "depend", "count", "lean", "bank"})
# Participles that say how a thing is, not what was done to it: "has a plant based in Leeds" is having one
STATE_PARTICIPLES = frozenset({"base", "locate", "situate", "own", "make", "call", "name", "know", "list", "value", "link", "tie",
                               "design", "aim", "worth", "set", "due", "schedule", "plan", "build", "need", "require"})
# Verbs of getting somewhere before rivals, whose to-phrase is what was won: "beat Foxx to the prize"
OUTDOING_VERBS = frozenset({"beat", "pip", "edge", "outbid", "outpace"})
WITH_OBJECT_VERBS = frozenset({
    "replace", "share", "discuss", "provide", "supply", "present", "credit", "charge", "link", "associate", "combine", "merge",
    "compare", "equip", "fill", "pack", "load", "swap", "exchange", "trade", "sign", "settle", "negotiate", "reach", "strike", "agree",
    "arrange", "bombard", "flood", "confront", "face", "serve", "issue", "tie", "pair", "team", "threaten", "reward", "saddle", "slap",
})
# What a with-phrase names as the reason one missed something: "missed the game with a knee injury"
AILMENT_NOUNS = frozenset({"injury", "illness", "virus", "infection", "strain", "knock", "problem", "complaint", "condition", "cancer"})
# Modifiers that say how much or how many, not which: "more details", "different ways" are no
# more a thing than "details" and "ways" (see LIGHT_NOUNS).
DEGREE_MODIFIERS = {"more", "less", "further", "fewer", "different", "various", "additional", "much", "many", "several"}
# Events whose of-phrase names what they are of, not where that is: "the UK premiere of Lemony Snicket in London"
GATHERING_NOUNS = {"meeting", "summit", "conference", "session", "congress", "convention", "gathering", "assembly", "premiere",
                   "screening", "launch", "opening", "concert", "performance", "trial", "hearing", "funeral", "ceremony", "release"}
# Events a place is named for ("the game at Bolton, which Arsenal lost": the game was lost, not Bolton)
EVENT_HOSTS = GATHERING_NOUNS | {"game", "match", "final", "tie", "fixture", "derby", "race", "semi-final", "quarter-final", "contest",
                                 "election", "by-election", "poll", "vote", "tournament", "championship"}
HAPPENING_NOUNS = {  # events that happen somewhere: "militant attacks in Riyadh", "the troubles in Northern Ireland"
    "attack", "bombing", "blast", "explosion", "fighting", "violence", "clash", "riot", "protest", "war", "troubles",
    "conflict", "earthquake", "flood", "shooting", "uprising", "unrest", "massacre",
}
# Endings of the names of a people: Egyptian, American, Israeli, Chinese, British
# Nouns for one person of a people, which the tagger may take for a name ("the Briton won"): not adjectives
DEMONYM_NOUNS = frozenset({
    "briton", "brit", "scot", "scotsman", "scotswoman", "englishman", "englishwoman", "welshman", "welshwoman",
    "irishman", "irishwoman", "frenchman", "frenchwoman", "dutchman", "dutchwoman", "spaniard", "swede", "dane",
    "finn", "pole", "turk", "kiwi", "aussie", "argentine", "new zealander", "kurd", "arab", "basque", "catalan",
})
DEMONYM_SUFFIXES = ("ians", "ian", "ans", "an", "is", "i", "ese", "ish", "s", "")
# Words that end a place's name: "the Gaza Strip", "Mexico City"
PLACE_HEADS = {"strip", "city", "province", "region", "county", "district", "island", "islands", "valley", "peninsula"}
# Nouns whose to-phrase is their own, not the verb's: "avoid harm to civilians", "a threat to Nintendo",
# "published an introduction to the manifesto"
TO_COMPLEMENT_NOUNS = frozenset({
    "harm", "damage", "threat", "risk", "danger", "injury", "access", "visit", "trip", "response", "reply",
    "answer", "solution", "commitment", "contribution", "exposure", "resistance", "objection", "obstacle",
    "challenge", "alternative", "approach", "key", "loyalty", "attention", "reference", "transition", "return",
    "introduction", "sequel", "successor", "follow-up", "tribute",
})
WOULD_VERBS = {"like", "love", "prefer"}  # desire only with "would": "would like to index"
NEGATIVE_NOUNS = {"nothing", "nobody", "none", "no one"}  # "nothing [that would put more police]"
MISTAKEN_ADVERBS = {"wrongly", "wrongfully", "falsely", "mistakenly"}  # on "convicted of", "accused of" the act was not done
CHOOSING_VERBS = {"decide", "vote", "opt", "choose"}  # "decided against selling": the choosers would have sold
# Words of how a person or a body stands that open a headline-like sentence before a name
# ("Injured Chelsea winger X", "Jailed Yukos boss Y"): capitalised there, and no word of the name.
CONDITION_WORDS = frozenset({
    "injured", "jailed", "imprisoned", "detained", "struggling", "embattled", "beleaguered", "troubled", "ailing",
    "ousted", "sacked", "axed", "suspended", "banned", "disgraced", "exiled", "deposed", "departing", "retiring",
    "relegated", "crocked", "stricken", "unbeaten", "teenage", "in-form", "out-of-form", "on-loan", "under-fire",
    "cash-strapped", "debt-laden", "debt-ridden", "loss-making", "bankrupt", "murdered", "assassinated", "slain",
    "kidnapped", "missing", "fugitive", "convicted", "accused", "unsettled", "unhappy", "resurgent",
})
TIME_SPANS = frozenset({"moment", "second", "minute", "hour", "day", "week", "month", "year", "decade"})  # "moments later"

# -ing words that, right before these nouns with nothing between, name a kind of the noun, not an
# act on it ("nominated for supporting roles", "for winning goals"): "supporting" is no verb there
ADJECTIVAL_PARTICIPLES = {
    "supporting": {"role", "actor", "actress", "cast", "part", "player"},
    "leading": {"role", "man", "lady", "actor", "actress", "figure", "light", "scorer", "part", "member"},
    "ruling": {"party", "coalition", "council", "junta", "family"},
    "governing": {"body", "party", "council", "coalition"},
    "winning": {"goal", "try", "run", "streak", "margin", "entry", "shot", "side", "team", "bid", "ticket"},
    "founding": {"member", "father", "partner", "director"},
    "opposing": {"team", "side", "player", "camp", "party"},
    "surviving": {"member", "relative", "partner", "brother", "sister", "son", "daughter", "victim", "founder"},
    "attacking": {"talent", "player", "midfielder", "option", "threat", "force", "flair", "football", "intent"},
}
