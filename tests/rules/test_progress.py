"""Progress against targets: where a pair stands, and when it is stalled."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from shadowdesk.rules.progress import (
    PairActivity,
    PairProgressStatus,
    Targets,
    pair_progress,
    program_progress,
    sessions_expected,
)

START, END = date(2026, 1, 1), date(2026, 12, 31)
TARGETS = Targets(4, 16.0)


def progress(done: int, today: date, last: date | None = None, planned: date | None = None):
    activity = PairActivity(done, done * 1.5, last, planned, START)
    return pair_progress(activity, TARGETS, START, END, today, stalled_after_days=21)


def test_one_of_four_sessions_is_not_the_whole_target():
    halfway = date(2026, 7, 2)
    assert progress(1, halfway, last=halfway).status is PairProgressStatus.BEHIND
    assert progress(2, halfway, last=halfway).status is PairProgressStatus.ON_TRACK
    assert progress(4, halfway, last=halfway).status is PairProgressStatus.DONE
    assert progress(0, halfway).status is PairProgressStatus.NOT_STARTED


def test_a_pair_idle_for_the_stall_period_with_nothing_planned_is_stalled():
    today = date(2026, 6, 1)
    assert progress(1, today, last=today - timedelta(days=21)).stalled
    assert not progress(1, today, last=today - timedelta(days=20)).stalled
    assert not progress(1, today, last=today - timedelta(days=40), planned=today + timedelta(days=3)).stalled
    assert not progress(4, today, last=today - timedelta(days=40)).stalled  # its target is met
    assert not progress(1, END + timedelta(days=30), last=END - timedelta(days=60)).stalled  # program over
    assert progress(0, START + timedelta(days=21)).stalled  # idle since it was paired


@given(st.integers(0, 12), st.dates(START - timedelta(days=30), END + timedelta(days=30)))
def test_expected_sessions_grow_with_time_and_never_pass_the_target(target, today):
    expected = sessions_expected(target, START, END, today)
    assert 0 <= expected <= target
    assert sessions_expected(target, START, END, today + timedelta(days=1)) >= expected
    assert sessions_expected(target, START, END, END) == target


@given(st.lists(st.integers(0, 6), max_size=30), st.dates(START, END))
def test_every_pair_is_counted_once_in_the_program_summary(done, today):
    pairs = [progress(n, today, last=today) for n in done]
    summary = program_progress(pairs)
    assert summary.pairs == len(pairs) == sum(summary.by_status.values())
