"""Choosing by typing: folding, word starts before substrings, recency."""

from __future__ import annotations

from datetime import datetime, timedelta

from hypothesis import given
from hypothesis import strategies as st

from cocreatie.entry.matching import Candidate, Fit, fit, fold, ranked, resolve
from cocreatie.entry.recency import RecentChoices

MARLOES = Candidate("p-marloes", "Marloes · Professional", "wijkagent Politie mr-7")
PIET = Candidate("p-piet", "Piet · Bewoner")
CAFE = Candidate("cafe", "Café de Zwaan")


def test_fold_ignores_case_and_accents() -> None:
    assert fold("Café ÉÉN") == "cafe een"


def test_accents_and_case_do_not_matter_either_way() -> None:
    assert fit("cafe", CAFE) is Fit.WORD_START
    assert fit("CAFÉ ZW", CAFE) is Fit.WORD_START
    assert fit("café", Candidate("x", "Cafe")) is Fit.EXACT


def test_a_person_is_found_by_function_organisation_and_pseudonym() -> None:
    for typed in ("wijka", "polit", "mr-7", "marl"):
        assert ranked(typed, [PIET, MARLOES]) == [MARLOES], typed


def test_word_starts_rank_above_substrings() -> None:
    inside = Candidate("b", "Bewonersgroep")  # "groep" inside a word
    start = Candidate("g", "Groepsgesprek")
    assert fit("groep", inside) is Fit.SUBSTRING
    assert ranked("groep", [inside, start]) == [start, inside]


def test_every_typed_word_must_be_found() -> None:
    assert fit("wijk gemeente", Candidate("a", "Wijkagent", "Politie")) is None
    assert fit("wijk pol", Candidate("a", "Wijkagent", "Politie")) is Fit.WORD_START


def test_empty_query_keeps_every_candidate_in_order() -> None:
    assert ranked("  ", [PIET, MARLOES, CAFE]) == [PIET, MARLOES, CAFE]


def test_equal_fits_keep_the_given_order() -> None:
    a, b = Candidate("a", "Wijkagent"), Candidate("b", "Wijkregisseur")
    assert ranked("wijk", [b, a]) == [b, a]


def test_resolve_prefers_the_exact_label_and_reports_ties() -> None:
    agent, youth = Candidate("a", "Wijkagent"), Candidate("j", "Wijkagent jeugd")
    assert resolve("wijkagent", [agent, youth]).unique == agent
    tie = resolve("wijk", [agent, youth])
    assert tie.ambiguous and tie.unique is None
    assert resolve("zzz", [agent]).missing


@given(st.text(max_size=12), st.lists(st.text(max_size=20), max_size=8))
def test_ranked_only_returns_given_candidates_without_duplicates(
    query: str, labels: list[str]
) -> None:
    pool = [Candidate(str(i), label) for i, label in enumerate(labels)]
    found = ranked(query, pool)
    assert len({c.value for c in found}) == len(found)
    assert all(c in pool for c in found)


@given(st.text(alphabet="abcdeéèAB ", min_size=1, max_size=15))
def test_a_label_always_finds_itself(label: str) -> None:
    candidate = Candidate("x", label)
    if label.strip():
        assert ranked(label, [candidate]) == [candidate]


def test_recent_choices_come_first_most_recent_first() -> None:
    recent = RecentChoices()
    pool = [Candidate(v, v) for v in "abcd"]
    recent.use("actor", "c")
    recent.use("actor", "a")
    recent.use("actor", "c")
    assert [c.value for c in recent.ordered("actor", pool)] == ["c", "a", "b", "d"]
    assert [c.value for c in recent.ordered("wish", pool)] == ["a", "b", "c", "d"]


def test_items_added_this_evening_count_as_recent() -> None:
    opened = datetime(2026, 5, 1, 19, 0)
    recent = RecentChoices(since=opened)
    recent.added(
        "actor",
        [
            ("old", opened - timedelta(days=3)),
            ("new1", opened + timedelta(minutes=5)),
            ("new2", opened + timedelta(minutes=9)),
        ],
    )
    assert recent.recent("actor") == ["new2", "new1"]
    recent.use("actor", None)  # nothing picked: nothing changes
    assert recent.recent("actor") == ["new2", "new1"]
