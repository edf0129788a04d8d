"""Relations from clauses: who does what to whom in a verb's clause (`clauses.clause_frame`), attributed, conditioned, dated."""
from __future__ import annotations

from kg.extract.amounts import amount_pairs, is_amount, measure
from kg.extract.clauses import INTENT_NOUNS, MAX_CLIMB, PASSIVE_SUBJECT_DEPS, SPEECH_VERBS, SUBJECT_DEPS, SubjectRule, agents, patients, with_conjuncts
from kg.extract.collectives import collective_members
from kg.extract.complements import (bare_object_kept, beside_object, carried_to, complement_pairs, counted_subset, described_as,
                                    idiom_phrases, judged_object, made_into, prize_won, stranded_subject, sole_content_object, supplied, undergone, with_object, without_completed)
from kg.extract.dates import clause_date
from kg.extract.factuality import argument_factuality, factuality
from kg.extract.lexicon import (ACTOR_NOUNS, ADJECTIVE_IDIOMS, ADJECTIVE_LINKING_VERBS, AGREEMENT_NOUNS, CHARGE_PHRASES, GERUND_CLAUSE_VERBS,
                                LIGHT_VERB_PHRASES, ON_COMPLEMENT_NOUNS, REASON_VERBS, RECIPROCAL_IDIOMS, TIME_CAUSE_PREPS,
                                TO_COMPLEMENT_NOUNS, light_verb_object)
from kg.extract.labelling import (RESULTATIVE_VERBS, distance, gap_measure, given_labels, labelled, no_argument_phrase, one_of, part_of,
                                  ranked, state_before, with_state)
from kg.extract.lists import PEOPLE_NOUNS, alternative, examples, joint_act, paired
from kg.extract.mentions import mention
from kg.extract.referents import antecedent, referents
from kg.extract.no_clause import discourse_opener, excepting_word, noun_list_item, noun_read_present, title_word
from kg.extract.plans import plan_words, planned
from kg.extract.reported import direct_quote
from kg.extract.state import State, frame_of, passage_at
from kg.extract.unasserted import SEEMING_VERBS, played_part
from kg.model import Factuality, RawRelation, Span

BECOMING_VERBS = {"become", "remain", "stay"}  # with a noun complement, the phrase on the verb says where or when
STATIVE_PREPS = {  # "located in", "based on", "accused of", "married to": what a passive state is about
    "in", "on", "at", "as", "under", "near", "of", "to", "with", "for", "from", "into", "about", "against",
}
STANCE_VERBS = {  # for or against what is planned: "criticised plans to lower X" is criticise plan to lower, X
    "criticise", "criticize", "attack", "condemn", "oppose", "welcome", "support", "back", "praise", "slam",
    "denounce", "applaud", "resist", "reject", "question", "challenge",
}
TRANSFER_VERBS = {  # verbs whose object goes to someone: "delivered a message to the Council"
    "deliver", "send", "give", "hand", "present", "sell", "pass", "provide", "offer", "supply", "ship",
    "transfer", "lend", "pay", "promise", "submit", "return", "grant", "award", "donate", "leak", "report", "show",
    "export", "import", "introduce", "read",
}
FEELING_VERBS = SEEMING_VERBS | {"feel", "sound"}  # "feels betrayed": how the subject is, no act of theirs
VERB_PREFIXES = {"re", "co", "pre", "de", "over", "under", "out", "mis", "un", "cross", "double", "counter"}
# Nouns that take a to-phrase of their own: in "avoid harm to civilians" the to-phrase belongs to
# "harm", wherever the parser hangs it, and "avoid to civilians" is no fact.
TIME_PREPS = TIME_CAUSE_PREPS | {"during", "until", "throughout", "because", "including"}  # when or why, not what; examples of another
CIRCUMSTANCE_PREPS = {  # prepositions that say where or when, not what, once a verb has its object
    "in", "on", "at", "during", "since", "after", "before", "until", "within", "across", "throughout", "despite",
    "amid", "over", "under", "near", "like", "as",
}
# Prepositions that still say where when their phrase opens the sentence ("In London, trading
# was suspended"); any other fronted phrase frames the clause ("For Liverpool, this result is
# important", "With prices falling, analysts said ...") and is none of its arguments.
PLACE_PREPS = {"in", "at", "across", "inside", "outside", "near", "throughout", "within", "around", "from"}
# Words of change, by direction: "rose 5%, with the biggest rise (increase, jump) in France" tells
# where the verb's own change was, so France is where it rose.
CHANGE_WORDS = {
    **dict.fromkeys(("rise", "increase", "grow", "growth", "jump", "gain", "surge", "climb"), "up"),
    **dict.fromkeys(("fall", "drop", "decline", "decrease", "slump", "dip", "slide"), "down"),
}
REPORTING_VERBS = SPEECH_VERBS | {"show", "find", "suggest", "reveal", "indicate"}  # "prices rose, the survey found"
PREPOSITION_PARTICIPLES = {"following", "regarding", "concerning", "barring"}  # "following the defeat": after it
MEMBER_PLACE_PREPS = {"in", "at", "on", "among", "from"}  # where a set is ("artists in the top 10"), each member is


def verb_relations(state: State, para_index: int, verb, offset: int) -> None:
    """Relations between mentions from the clause of `verb` (see `kg.extract.clauses.clause_frame`)."""
    if verb.pos_ == "AUX" and not any(c.dep_ == "acomp" for c in verb.children):
        return
    if verb.dep_ in ("amod", "compound"):  # "occupied Palestine": an adjective, not a clause
        return
    if title_word(verb):  # "shadow chancellor Oliver Letwin", "acting president Ana Ruiz": part of a title
        return
    if _according_to(verb) is not None or _as_preposition(verb):  # "according to the Red Cross": a source, not a fact
        return
    if noun_list_item(verb) or noun_read_present(verb) or discourse_opener(verb) or excepting_word(verb):  # "copper, coking coal";
        return  # "TV shows[VBZ] such as"; "Speaking of noise, ..."; "Bar a slight dip, ..."
    if verb.dep_ == "acomp" and verb.tag_ == "VBN" and (verb.head.lemma_ in FEELING_VERBS or verb.head.lemma_ == "be") \
            and not any(c.dep_ == "agent" for c in verb.children):  # "feels betrayed over X": the feeling verb's phrase (feel
        return  # betrayed over), no betraying by the one who feels it; "are both nominated[acomp] for": be nominated for, no nominating
    if verb.dep_ == "conj" and _conjunct_across_quote(state, verb) and not any(
        c.dep_ in SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS for c in verb.children
    ):
        return  # 'introduced a resolution "for peace in Israel and occupied Palestine"': no shared subject
    frame = frame_of(state, para_index, verb)
    subjects = [s for s in referents(_idiom_controllers(state, para_index, frame.subjects)) if not is_amount(s)]  # a sum does nothing
    subjects += [e for s in subjects for e in examples(s)]  # "banks such as HSBC raised rates": HSBC did
    for label, patient in [(n, p) for n in given_labels(verb) for p in referents(patients(verb))] if subjects else []:
        relate(state, para_index, patient, f"be {verb.lower_}", label, confidence=0.7, clause=verb)  # "named X by the LTA"
    if not subjects and frame.passive and not agents(verb):
        _stative_relations(state, para_index, verb, frame, offset)
        return
    if not subjects or len(subjects) > 1 and joint_act(verb):  # "X and Y sell 10,000 cars between them": neither alone
        return
    base = ranked(verb, f"{_verb_lemma(verb)} {frame.particle}" if frame.particle else _verb_lemma(verb))  # "finish third"
    lemma = verb.lemma_.lower()
    idiom = next((o for o in frame.objects if o.dep_ == "dobj" and light_verb_object(lemma, o)), None)
    idiom_prep = next(((h, p, o) for h, p, o in frame.prep_objects
                       if h.i == verb.i and (lemma, p.lower_, o.lemma_.lower()) in LIGHT_VERB_PHRASES and o.is_lower), None)
    if idiom is not None:  # "took place in Stockholm": one predicate, "take place", and no "place"
        base = f"{base} {idiom.lemma_.lower()}"
    elif idiom_prep is not None:  # "came into effect on signature"
        base = f"{base} {idiom_prep[1].lower_} {idiom_prep[2].lemma_.lower()}"
    adjective = None if idiom is not None else _idiom_adjective(verb)
    if adjective is not None:  # "steer clear of the slogans": one predicate, "steer clear"
        base = f"{base} {adjective.lower_}"
    object_wording = with_state(verb, base) if adjective is None else f"{base} {ADJECTIVE_IDIOMS[(lemma, adjective.lemma_.lower())]}".strip()
    pairs: list[tuple[str, object, float]] = list(_resultative(verb, base))
    if idiom is not None and (lemma, idiom.lemma_.lower()) in RECIPROCAL_IDIOMS and not any(
        p.lower_ == "with" for p in [*verb.children, *idiom.children] if p.dep_ == "prep"
    ):  # "Korvex and Velta joined forces": with each other
        pairs.extend((f"{base} with", other, 0.8) for other in subjects[1:])
    measures = [o for o in frame.objects if measure(verb, o)]  # not arguments, yet the verb has an object
    objects = [o for o in frame.objects if not _conjunct_across_quote(state, o) and o is not idiom
               and not stranded_subject(verb, o) and o not in measures and not _gerund_subject(verb, o) and not counted_subset(o)
               and not undergone(verb, o) and not made_into(verb, o)]  # "had a bucket of slurry thrown over him": no having
    direct = any(o.dep_ == "dobj" for o in objects)
    to_noun = any(o.dep_ == "dobj" and o.lemma_.lower() in TO_COMPLEMENT_NOUNS for o in objects)
    # the one object's noun goes into a prepositional fact's predicate, unless an idiom's word is there
    sole = sole_content_object(objects, verb) if idiom is None and adjective is None else None
    to_oneself = any(o.dep_ == "dative" and o.lower_.endswith(("self", "selves")) for o in objects)
    for obj in objects:
        if obj.dep_ == "dative" and obj.pos_ == "ADP":  # "delivered a message [to the Council]"
            pairs.extend((f"{with_object(base, sole)} {obj.lower_}", antecedent(p), 0.8)
                         for p in with_conjuncts([c for c in obj.children if c.dep_ == "pobj"]))
            continue
        if obj.dep_ == "dative" and direct:  # "brought us the dossier": us is who it went to ("bring dossier to"); with no
            pairs.extend([(f"{with_object(base, sole)} to", antecedent(obj), 0.7)] if sole is not None or any(
                is_amount(o) for o in objects if o.dep_ == "dobj") else [])  # noun or sum ("lent Russia $6bn"), "deny to" says nothing
            continue
        if obj.dep_ == "dative" and verb.lemma_.lower() not in SPEECH_VERBS or to_oneself:
            continue  # "brought us" with the thing brought lost to the parse: a recipient is no patient; "gave himself the best start" is no giving
        intended = _intended_objects(obj) if lemma in STANCE_VERBS else []  # "outlined plans to tackle X" is not about X
        complements = complement_pairs(object_wording, obj, transfer=lemma in TRANSFER_VERBS)  # "take responsibility for"
        if (not intended or lemma not in STANCE_VERBS) and bare_object_kept(obj, complements) and not labelled(verb) \
                and not judged_object(verb, obj) and lemma != "say":  # not "criticise attempts", "find - policies" ("found the
            # policies abhorrent"), "say - report" ("said the report showed": what is said is a clause, never a thing)
            pairs.append((object_wording + one_of(obj), antecedent(obj), 0.9))  # nor "set target" beside "set target of"
        pairs.extend([*((f"{object_wording} {obj.lemma_.lower()} to {act}", i, 0.7) for act, i in intended if not is_amount(i)),
                      *complements])  # "opposed the plan to close the school": oppose plan to close, school
        for prep in obj.children:  # "delivered a message to the Council": the to-phrase is the verb's
            if prep.dep_ == "prep" and prep.lower_ == "to" and not frame.passive and verb.lemma_.lower() in TRANSFER_VERBS:
                pairs.extend((f"{with_object(base, obj)} to", antecedent(p), 0.7) for p in prep.children if p.dep_ == "pobj")
            if prep.dep_ == "prep" and prep.lower_ == "with" and AGREEMENT_NOUNS & {obj.lemma_.lower(), obj.lower_} \
                    and not any(c.dep_ in ("xcomp", "ccomp") for c in verb.children):  # not "ordered contracts with X to be examined"
                pairs.extend((f"{base} {obj.lower_} with", antecedent(p), 0.7)  # "reached an agreement with GM"
                             for p in with_conjuncts([c for c in prep.children if c.dep_ == "pobj"]))
    idiom_word = idiom if idiom is not None else (adjective if adjective is not None and adjective.dep_ != "acomp" else idiom_prep and idiom_prep[2])
    idiom_preps = [] if idiom_word is None else [  # "put pressure [on the bidder]", "got in touch [with X]": the idiom's phrase is the verb's
        (verb, prep, pobj) for prep in idiom_word.children if prep.dep_ == "prep"
        for pobj in with_conjuncts([c for c in prep.children if c.dep_ == "pobj"])]
    for holder, prep, pobj in [*frame.prep_objects, *idiom_preps]:
        if prep.lower_ == "by" and (frame.passive or direct and not is_amount(pobj)) or (holder, prep, pobj) == idiom_prep:
            continue  # "saw this leaflet by the BNP", "a late header by Dan Ruiz earned Leeds a draw": the object's maker
        if prep.lower_ in CIRCUMSTANCE_PREPS and (objects or measures or verb.lemma_.lower() in SPEECH_VERBS
                                                  or described_as(verb, prep, frame.prep_objects)
                                                  or prep.lower_ in PLACE_PREPS and _infinitive_taken(verb)) \
                or verb.lemma_.lower() in SPEECH_VERBS and direct_quote(verb, prep):  # '"all about X," he said': the quote's
            continue  # "resolve problems in Gaza", "said at the White House": where, not what
        if prep.lower_ in TIME_PREPS or pobj.dep_ == "pcomp" or pobj.ent_type_ in ("DATE", "TIME") \
                or prep.i > 0 and ((prep.lower_, prep.nbor(-1).lower_) in (("than", "rather"), ("to", "thanks")) or prep.nbor(-1).lower_ in ("halfway", "midway")):
            continue  # when, never what ("sued during the crisis", "halfway into the race"); a clause ("in opposing ...") or a date is no entity; not "rather than Reed"
        if _framing(prep, verb, frame.subjects) or lemma == "do" and sole is None:  # "as well as he did in Sheffield", "done it with X"
            continue  # "For Andrea Arnold, ..., the past month has thrust them": a frame, not an argument; a "do" standing for another verb
        if prep.lower_ == "with" and _change_told(verb, pobj) is not None or no_argument_phrase(prep, pobj) or gap_measure(pobj, verb) \
                or prep.lower_ == "against" and any(is_amount(t) or t.ent_type_ == "MONEY" for t in pobj.subtree):
            continue  # "rose 5%, with the biggest rise in France": how the change went (below); "a loss, against a $375m profit": a comparison
        if holder.i == verb.i and (prep.lower_ == "to" and to_noun and verb.lemma_.lower() not in TRANSFER_VERBS
                                   or prep.lower_ == "on" and prep.i > 0 and prep.nbor(-1).pos_ == "NOUN"
                                   and prep.nbor(-1).lemma_.lower() in ON_COMPLEMENT_NOUNS):
            continue  # "avoid harm to civilians", "agreed to a moratorium on repayments": the noun's phrase
        if (direct and not frame.passive or frame.passive and frame.rule is SubjectRule.AGENT) and (prep.lower_ == "for" and lemma in REASON_VERBS or (lemma, prep.lower_) in CHARGE_PHRASES):
            continue  # "hailed Ruiz for his goal", "was cleared of doping by Segas": why Ruiz was hailed, said of Ruiz
        if holder.i == verb.i and lemma in BECOMING_VERBS and any(c.dep_ in ("attr", "oprd") and c.pos_ in ("NOUN", "PROPN") for c in verb.children):
            continue  # "In New Zealand, Grewcock became the second player to be sent off": where he became it, no fact of it
        holder = verb if adjective is not None and holder.i == adjective.i else _adjective_before(verb, prep) or holder
        if (partner := beside_object(verb, prep, pobj, direct, sole, transfer=lemma in TRANSFER_VERBS) if holder.i == verb.i else None) is False:
            continue  # "took the lead with a backhand pass": how; "scooped the Globe for the role": drops what ("held talks with X")
        named = None if is_amount(pobj) or prep.lower_ == "with" and not partner else sole  # "ban camera phone from"; not "sue for $5bn"
        wording = with_object(base, named) if holder.i == verb.i else f"{base} {_graded(holder)}{holder.lower_}"
        held = state_before(verb, prep) if holder.i == verb.i else ""  # "pleaded guilty in the probe": no "plead in"
        if held.strip() in wording.split():
            held = ""  # an idiom's adjective is in its wording already ("steer clear")
        pairs.append((prize_won(verb, prep, base) or f"{wording} {distance(prep)}{held}{prep.lower_}{part_of(prep, pobj)}", antecedent(pobj), 0.8))  # "sit two yards from"
    pairs = supplied(without_completed(pairs, lemma, base, sole, objects), lemma, base, direct or frame.passive and bool(agents(verb)))
    pairs = [*carried_to(pairs, verb, base), *((f"{base} in", antecedent(place), 0.7) for place in _where_changed(verb))]
    pairs.extend(amount_pairs(verb, base))  # "is worth $3bn", "sold it to a rival for $2bn"
    pairs = [opinion for pair in pairs for opinion in _through_opinion(pair)]
    # "has rivals including Air Deccan" names a tie, no having of Air Deccan ("beat rivals including" beat it)
    pairs += [(predicate, e, weight * 0.9) for predicate, obj, weight in pairs if predicate != "have" for e in examples(obj)]
    if not pairs:
        return
    sentence = verb.sent
    sent_span = Span(offset + sentence.start_char, offset + sentence.end_char)
    fact = factuality(verb)
    plan = plan_words(verb, fact)  # "plans to buy X": a plan, no purchase
    attributed = _attribution(state, para_index, verb)
    date = clause_date(state, verb)
    confidence_base = 0.85 ** frame.steps
    members = [(member, [(predicate, place, 0.7)]) for member, predicate, place in _member_places(verb, frame, objects)]
    own = zip(subjects, paired(verb, subjects, pairs) or [pairs] * len(subjects))  # "A and B replace C and D": A C, B D
    for subject_token, subject_pairs in [*own, *members]:
        for subject in collective_members(state, para_index, subject_token, verb) or [mention(state, para_index, subject_token)]:
            for predicate, obj_token, weight in subject_pairs if subject is not None else []:
                if obj_token.i == subject_token.i:
                    continue
                obj = mention(state, para_index, obj_token)
                if obj is None or obj == subject:
                    continue
                state.relations.append(
                    RawRelation(
                        subject=subject, predicate=planned(predicate, plan), object=obj, sentence=sent_span,
                        factuality=fact if not fact.asserted else argument_factuality(subject_token) or argument_factuality(obj_token, verb) or fact,
                        modality=frame.modality, attributed_to=attributed, date=date,
                        confidence=round(weight * confidence_base, 2),
                    )
                )


def _change_told(verb, noun):
    """The verb whose change an accompanying with-phrase's noun names: the verb itself ("rose ...,
    with the biggest rise in"), or the verb of the clause a reporting verb governs ("prices rose,
    the survey found, with the biggest increase in"); None when the noun names no such change."""
    direction = CHANGE_WORDS.get(noun.lemma_.lower())
    if direction is None:
        return None
    if CHANGE_WORDS.get(verb.lemma_.lower()) == direction:
        return verb
    if verb.lemma_.lower() in REPORTING_VERBS:
        reported = [c for c in verb.children if c.dep_ == "ccomp"] + ([verb.head] if verb.dep_ == "parataxis" else [])
        return next((c for c in reported if CHANGE_WORDS.get(c.lemma_.lower()) == direction), None)
    return None


def _where_changed(verb) -> list:
    """The places of a with-phrase that tells where the verb's change was: "sales rose 5%, with
    the biggest rise in France and Spain" -> [France, Spain] for "rose"; the phrase may hang on
    the reporting verb around the clause or beside it ("..., the survey found, with ...")."""
    holders = [verb] + ([verb.head] if verb.dep_ == "ccomp" else []) + [c for c in verb.children if c.dep_ == "parataxis"]
    return [
        place
        for holder in holders for prep in holder.children if prep.dep_ == "prep" and prep.lower_ == "with" and prep.i > verb.i
        for noun in prep.children if noun.dep_ == "pobj" and getattr(_change_told(holder, noun), "i", None) == verb.i
        for inner in noun.children if inner.dep_ == "prep" and inner.lower_ == "in"
        for place in with_conjuncts([c for c in inner.children if c.dep_ == "pobj"]) if place.ent_type_ not in ("DATE", "TIME")
    ]


def _member_places(verb, frame, objects) -> list:
    """"Other artists in the top 10 include Ana Ruiz and Tom Hale": the members a plural subject
    includes are where the set is -> (Ana Ruiz, "be in", top 10), (Tom Hale, ...)."""
    if verb.lemma_.lower() != "include" or frame.passive:
        return []
    found = []
    for subject in frame.subjects:
        if subject.tag_ != "NNS":
            continue
        for prep in subject.children:
            if prep.dep_ != "prep" or prep.lower_ not in MEMBER_PLACE_PREPS:
                continue
            places = [p for p in with_conjuncts([c for c in prep.children if c.dep_ == "pobj"]) if p.ent_type_ not in ("DATE", "TIME")]
            found.extend((member, f"be {prep.lower_}", antecedent(place)) for member in objects for place in places)
    return found


def _stative_relations(state: State, para_index: int, verb, frame, offset: int) -> None:
    """A passive with no agent says something of its patient through its prepositions: "the
    valuation was based on lower prices", "the mine, located in South Australia", "he was
    accused of fraud" -> patient -be based on / be located in / be accused of-> object; and a
    verb of giving through the object it keeps ("was awarded the Nobel Prize": be awarded)."""
    patients_found = referents([antecedent(p) for p in patients(verb)])
    if not patients_found:
        return
    sentence = verb.sent
    phrases = [(state_before(verb, prep) + prep.lower_ + part_of(prep, pobj), pobj) for holder, prep, pobj in frame.prep_objects if holder.i == verb.i and prep.lower_ != "by"
               and pobj.dep_ != "pcomp" and pobj.ent_type_ not in ("DATE", "TIME") and prep.lower_ in STATIVE_PREPS
               and not _framing(prep, verb, patients_found)]
    if verb.lemma_.lower() in TRANSFER_VERBS:  # "was awarded the Nobel Prize", "were given no chance": what the patient got
        phrases += [("", o) for o in verb.children if o.dep_ == "dobj" and not is_amount(o)]
    phrases = [("", label) for label in given_labels(verb)] or idiom_phrases(verb.lemma_.lower(), phrases)  # "was named X"
    fact = factuality(verb)
    plan = plan_words(verb, fact)  # "is set to be sold to X"
    for word, pobj in phrases:
        for patient, thing in [(p, o) for p in patients_found for o in (pobj, *examples(pobj))]:  # "downloaded from sites including X"
            subject = mention(state, para_index, patient)
            obj = mention(state, para_index, antecedent(thing))
            if subject is None or obj is None or subject == obj:
                continue
            state.relations.append(
                RawRelation(
                    subject=subject, predicate=planned(" ".join(filter(None, ("be", ranked(verb, verb.lower_), frame.particle, word))), plan),
                    object=obj,
                    sentence=Span(offset + sentence.start_char, offset + sentence.end_char),
                    factuality=fact if not fact.asserted else (argument_factuality(thing) if not word or alternative(thing) else None) or fact,  # "no chance", "X or Y"
                    modality=frame.modality,
                    attributed_to=_attribution(state, para_index, verb), date=clause_date(state, verb),
                    confidence=round(0.7 * 0.85 ** frame.steps, 2),
                )
            )


def _idiom_controllers(state: State, para_index: int, subjects) -> list:
    """The subjects of a clause with the noun of a light-verb idiom replaced by the idiom's own
    subject: in "X and Y joined forces to develop Z" and "she had trouble adapting to it" the
    forces and the trouble do nothing; X and Y develop, she adapts."""
    found = []
    for token in subjects:
        head = token.head
        if token.dep_ == "dobj" and light_verb_object(head.lemma_.lower(), token):
            found.extend(frame_of(state, para_index, head).subjects)
        else:
            found.append(token)
    return found


def _adjective_before(verb, prep):
    """"is open for talks" parsed with the for-phrase on "is": the adjective right before a
    preposition of a copula (or after the copula, when the phrase is fronted) holds it, or None."""
    if verb.lemma_.lower() not in ADJECTIVE_LINKING_VERBS or prep.head.i != verb.i:  # "became famous for": the adjective's
        return None
    if prep.i < verb.i and any(c.tag_ in ("WDT", "WP") for c in prep.children):  # fronted in a relative clause
        return next((c for c in verb.children if c.dep_ == "acomp" and c.i > verb.i), None)  # "to which he became accustomed"
    return next((c for c in verb.children if c.dep_ in ("acomp", "oprd") and c.i < prep.i  # quote marks may come between
                 and all(t.is_quote for t in verb.doc[c.i + 1 : prep.i]) and c.lower_ not in ("more", "less", "much")), None)


def _graded(adjective) -> str:
    """"more ", "less " or "too " when that word grades `adjective` ("is less profitable than Vantor",
    "was too old for the game": no "be profitable than", "be old for"), else ""."""
    return next((f"{c.lower_} " for c in adjective.children if c.dep_ == "advmod" and c.lower_ in ("more", "less", "too") and c.i < adjective.i), "")


def _as_preposition(verb) -> bool:
    """Whether `verb` is a participle standing for a preposition, with no subject or auxiliary of
    its own ("under pressure following their poor start": after it, no following of it), nor a
    noun for those who could do it ("fans following the team")."""
    on_doer = verb.dep_ == "acl" and (verb.head.pos_ != "NOUN" or verb.head.ent_type_ != ""
                                      or verb.head.lemma_.lower() in PEOPLE_NOUNS | ACTOR_NOUNS)
    return verb.lower_ in PREPOSITION_PARTICIPLES and verb.tag_ == "VBG" and verb.dep_ in ("advcl", "prep", "acl") \
        and not on_doer and not any(c.dep_ in ("aux", "nsubj") for c in verb.children)


def _idiom_adjective(verb):
    """The adjective of an idiom like "steer clear" or "make clear" among the verb's modifiers, or None."""
    lemma = verb.lemma_.lower()
    return next((c for c in verb.children if c.dep_ in ("advmod", "oprd", "acomp", "amod", "dobj")
                 and (lemma, c.lemma_.lower()) in ADJECTIVE_IDIOMS), None)


def _gerund_subject(verb, obj) -> bool:
    """"She enjoys people guessing": after a verb of liking, a noun that a gerund right after it
    modifies is the subject of the clause liked, not the thing liked."""
    following = obj.doc[obj.i + 1] if obj.i + 1 < len(obj.doc) else None
    return (verb.lemma_.lower() in GERUND_CLAUSE_VERBS and following is not None and following.tag_ == "VBG"
            and following.head.i == obj.i and following.dep_ in ("acl", "amod"))


VERDICT_NOUNS = {"shock", "surprise", "upset", "twist", "blow", "setback", "coup", "move", "boost"}  # what a turn of events was


def _infinitive_taken(verb) -> bool:
    """Whether `verb` takes an infinitive ("plans to create", "is alleged to have told"): where it happens
    is then the infinitive's act's ("In Africa, the Office plans to create jobs"), no plan in Africa
    (the on-phrase of "called on Congress to cut" is who is asked, no place)."""
    return any(c.dep_ == "xcomp" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children) for c in verb.children)


def _framing(prep, verb, subjects) -> bool:
    """A prepositional phrase opening the sentence before the clause's subject, set off by a
    comma, that says no place: "For Liverpool, this result is vital", "With prices falling,
    analysts said ...". It frames the clause; it is none of its arguments."""
    doc = verb.doc
    first = min([verb.i, *(s.i for s in subjects)])
    opening = all(t.is_punct or t.pos_ in ("CCONJ", "ADV") for t in doc[prep.sent.start:prep.i])  # "But for ..."
    nouns = [n for o in prep.children if o.dep_ == "pobj" for n in (o, *(p for c in o.children if c.lower_ == "of" for p in c.children))]
    verdict = any(n.lemma_.lower() in VERDICT_NOUNS for n in nouns)  # "In one of the night's biggest shocks, he lost": how it was taken
    return opening and (prep.lower_ not in PLACE_PREPS or verdict) and prep.i < first and any(t.text == "," for t in doc[prep.i:first])


def _verb_lemma(verb) -> str:
    """The verb's lemma with a prefix the tokenizer split off: "re-working" -> "re-work"."""
    doc, i = verb.doc, verb.i
    if i >= 2 and doc[i - 1].text == "-" and not doc[i - 1].whitespace_ and not doc[i - 2].whitespace_ \
            and doc[i - 2].lower_ in VERB_PREFIXES:
        return f"{doc[i - 2].lower_}-{verb.lemma_.lower()}"
    return verb.lemma_.lower()


def _conjunct_across_quote(state: State, token) -> bool:
    """Whether `token` is coordinated with a word on the other side of a quotation mark: in
    'introduced a resolution "calling for a cease-fire"' the parser may join resolution and
    cease-fire, but coordination does not cross into or out of a quotation."""
    if token.dep_ != "conj":
        return False
    first = token
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    offset = token.doc.user_data["offset"]

    def marks(char: int) -> int | None:
        return passage_at(state.marked, char)

    return marks(offset + token.idx) != marks(offset + first.idx)


def _intended_objects(noun) -> list:
    """"attempts to bring in trial without jury" -> [("bring in", trial)]: the intended act and its object (an
    xcomp when the noun was misread as a verb: "..., plans to lower the burden of proof")."""
    if noun.lemma_.lower() not in INTENT_NOUNS:
        return []
    for clause in noun.children:
        if clause.dep_ in ("acl", "relcl", "xcomp") and clause.pos_ == "VERB" and (clause.dep_ == "xcomp" or any(
                c.dep_ == "aux" and c.lower_ == "to" for c in clause.children)):  # not "the move which earned X": done
            act = " ".join([clause.lemma_.lower(), *(c.lower_ for c in clause.children if c.dep_ == "prt")])
            return [(act, o) for o in with_conjuncts([c for c in clause.children if c.dep_ in ("dobj",)])]
    return []


def _according_to(verb):
    """The source named by "according to X" when `verb` is that "according", else None."""
    if verb.lower_ != "according":
        return None
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ == "to":
            return next((c for c in prep.children if c.dep_ == "pobj"), None)
    return None


def _attribution(state: State, para_index: int, verb) -> int | None:
    """Who the sentence says stated this clause ("officials said [Blinken will urge ...]",
    "..., according to the Red Cross")."""
    for node in (verb, *verb.ancestors):
        source = next((_according_to(c) for c in node.children if _according_to(c) is not None), None)
        if source is not None:
            return mention(state, para_index, source)
    node = verb
    for _ in range(MAX_CLIMB):
        if node.head.i == node.i:
            return None
        if node.dep_ == "ccomp" and node.head.lemma_.lower() in SPEECH_VERBS:
            subjects = referents(frame_of(state, para_index, node.head).subjects)
            return mention(state, para_index, subjects[0]) if subjects else None
        node = node.head
    return None


OPINION_NOUNS = {"opinion", "view", "verdict", "judgement", "judgment", "stance", "position", "assessment"}
OPINION_PREPS = {"of", "on", "about", "over"}


def _through_opinion(pair):
    """"commit to an opinion of Hollywood", "gave his view on the merger": what the opinion is of is
    the argument, and the opinion goes into the predicate (commit to opinion of -> Hollywood)."""
    predicate, obj, weight = pair
    if obj.lemma_.lower() in OPINION_NOUNS:
        inner = [(prep, pobj) for prep in obj.children if prep.dep_ == "prep" and prep.lower_ in OPINION_PREPS
                 for pobj in prep.children if pobj.dep_ == "pobj" and pobj.pos_ in ("NOUN", "PROPN")]
        if inner:
            yield from ((f"{predicate} {obj.lemma_.lower()} {prep.lower_}", antecedent(pobj), weight) for prep, pobj in inner)
            return
    yield pair


def _resultative(verb, base: str):
    """"make hospitals cleaner", "kept prices low": the thing that ends up so, under "make cleaner", when the parser
    read the small clause as a clause of its own ("cleaner" is often RBR); not "making the shirt his own"."""
    if verb.lemma_.lower() not in RESULTATIVE_VERBS or any(c.dep_ == "dobj" for c in verb.children):
        return
    for clause in verb.children:
        if clause.dep_ in ("ccomp", "xcomp") and (clause.pos_ == "ADJ" or clause.tag_ == "RBR") and clause.lower_ != "own":  # not "make own"
            for noun in clause.children:
                if noun.dep_ == "nsubj" and noun.pos_ in ("NOUN", "PROPN"):
                    yield f"{base} {clause.lower_}", antecedent(noun), 0.7


def relate(state: State, para_index: int, subject_token, predicate: str, object_token, *, confidence: float,
           clause=None, modified: Factuality | None = None) -> None:
    """Add the relation subject -predicate-> object found by a noun-phrase rule, evidenced by the
    sentence of `subject_token`, unless either side names nothing or both name the same; with the
    factuality of `clause` when the phrase is a clause's ("asked if she was a member of it"), and
    depicted when it is the part an actor plays ("plays Cheadle's wife Tatiana"), though the work
    the part is in is the work's ("played Brookside's Marie Jackson"); `modified`, what a modifier of
    the phrase says of it ("the expected complaint"), when the clause asserts it."""
    subject = mention(state, para_index, subject_token)
    obj = mention(state, para_index, object_token)
    if subject is None or obj is None or subject == obj:
        return
    offset = subject_token.doc.user_data["offset"]
    sentence = subject_token.sent
    if clause is not None:
        said = factuality(clause)
    elif predicate != "of" and (played_part(subject_token) or played_part(object_token)):
        said = Factuality.DEPICTED
    else:
        said = Factuality.ASSERTED
    said = modified if modified is not None and said.asserted else said
    state.relations.append(
        RawRelation(
            subject=subject, predicate=predicate, object=obj, factuality=said,
            sentence=Span(offset + sentence.start_char, offset + sentence.end_char), confidence=confidence,
        )
    )
