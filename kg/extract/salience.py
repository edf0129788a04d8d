"""The order in which a he, she, it or they tries the mentions before it: subjects of its own
sentence first, then subjects of the sentence before, then (when no person is that near) the
main subject of the sentence before that, then every earlier mention from the latest back.

For a pronoun that is itself a subject, a possessive on a subject of the sentence before counts
as a subject, after the subjects: in "His version of Don Gibson's song topped the charts. In
1972, he ...", the "his" of the subject is who the story is about, not the name inside its object."""
from __future__ import annotations

from kg.extract.drafts import votes_person
from kg.model import Mention

Entry = tuple  # (position, entity key, mention), as the resolver keeps its recent mentions


def ranked(m: Mention, earlier: list[Entry], entities: dict, speaking: str | None, own_quotes) -> tuple[list[Entry], set[int], int]:
    """The candidates for the pronoun `m` among `earlier` (text order), best first; the ids of
    those that are subjects of its sentence or the one before; and where the sentence before starts."""
    same_sentence_subjects = [r for r in earlier if (r[2].subject or m.subject and (r[2].owns_subject or r[2].owns_patient))
                              and r[0] >= m.sentence_start]
    # ... a subject's owner too ("Rooney's search for a goal was halted by Martyn when he outpaced Stubbs": Rooney)
    previous_start = max((r[2].sentence_start for r in earlier if r[2].sentence_start < m.sentence_start), default=-1)
    previous_subjects = [r for r in earlier if (r[2].subject or m.subject and r[2].owns_subject) and r[2].sentence_start == previous_start]
    previous_subjects.sort(key=lambda r: not r[2].owns_subject)  # tried from the last: a subject before the
    # possessive of one ("Fuller was given the chance when Berger's pass played him clear. ... he")
    if m.speech_subject:  # "X played down reports that Y will return. '...,' he told": X speaks, not Y
        previous_subjects.sort(key=lambda r: r[2].main_subject)
    elif m.main_subject:  # "X believes Y will win. But he admits ...": who believes goes on as the main clause's subject
        previous_subjects.sort(key=lambda r: r[2].main_subject and r[2].opinion_subject)
    before_previous = max((r[2].sentence_start for r in earlier if r[2].sentence_start < previous_start), default=None)  # "Hill
    # formed a firm with Lynda Obst. Other films included X. In the 90s she ...": Hill, when no one is nearer
    near = m.plural or any(r[2].sentence_start >= previous_start and votes_person(entities[r[1]]) for r in earlier)
    earlier_subjects = [] if near else [r for r in earlier if r[2].main_subject and r[2].sentence_start == before_previous]
    ordered = [r for r in (*reversed(same_sentence_subjects), *reversed(previous_subjects), *reversed(earlier_subjects), *reversed(earlier))
               if r[1] != speaking and not any(q.start <= r[0] < q.end for q in own_quotes)]
    return ordered, {id(r) for r in (*same_sentence_subjects, *previous_subjects)}, previous_start
