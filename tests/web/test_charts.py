"""Chart geometry and small helpers of the web package (pure functions, no app needed)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from sync_server.web.access import safe_next
from sync_server.web.charts import MAX_SERIES, daily_chart, tactic_chart, tick_step

TACTICS = ("trust_building", "secrecy", "sexual", "meeting")


@pytest.mark.parametrize(("top", "step"), [(0, 1), (3, 1), (6, 2), (9, 5), (17, 5), (40, 10), (130, 50)])
def test_tick_step_is_1_2_5(top: int, step: int) -> None:
    assert tick_step(top) == step


def test_tactic_bars_scale_to_the_number_of_reports() -> None:
    chart = tactic_chart({"secrecy": 4, "meeting": 2}, 4, TACTICS)
    rows = {r.tactic: r for r in chart.rows}
    assert [r.tactic for r in chart.rows] == list(TACTICS)
    assert rows["secrecy"].bar_width == chart.bar_area and rows["meeting"].bar_width == chart.bar_area / 2
    assert rows["trust_building"].bar_width == 0 and rows["trust_building"].count == 0
    assert rows["meeting"].severe and rows["sexual"].severe and not rows["secrecy"].severe
    assert chart.description == "Of 4 reports: secrecy 4, meeting 2."
    assert tactic_chart({}, 0, TACTICS).description == "No tactic was named in these reports."


def test_daily_columns_stack_to_their_totals() -> None:
    days = [date(2026, 11, 1) + timedelta(days=i) for i in range(30)]
    platforms = [f"p{i}" for i in range(MAX_SERIES + 2)]
    counts = {days[0]: {"p0": 3, "p1": 1}, days[-1]: {p: 1 for p in platforms}}
    chart = daily_chart(days, counts, platforms)
    assert len(chart.columns) == 30 and chart.y_max >= 7
    last = chart.columns[-1]
    assert last.total == len(platforms)
    assert [s.series for s in last.segments] == [*range(MAX_SERIES), -1]  # the two smallest fold into "other"
    assert last.segments[-1].count == 2
    scale = chart.plot_height / chart.y_max
    for column in chart.columns:
        assert sum(s.height for s in column.segments) == pytest.approx(column.total * scale, abs=0.5)
        for seg in column.segments:  # inside the plot
            assert chart.top - 0.1 <= seg.y and seg.y + seg.height <= chart.top + chart.plot_height + 0.1
    assert chart.x_labels[-1][1] == "30 Nov"  # today is always labelled
    assert chart.legend[-1][1].startswith("other (2 platforms)")
    assert "busiest day 30 Nov with 7" in chart.description


def test_empty_month_still_draws_axes() -> None:
    days = [date(2026, 11, 1) + timedelta(days=i) for i in range(30)]
    chart = daily_chart(days, {}, [])
    assert chart.y_max == 1 and all(not c.segments for c in chart.columns) and chart.legend == []


@pytest.mark.parametrize(("target", "safe"), [
    ("/moderator/queue?status=all", True), ("/moderator/", True), (None, False), ("", False),
    ("https://evil.example/", False), ("//evil.example", False), ("/\\evil.example", False),
    ("javascript:alert(1)", False), ("moderator/queue", False),
])
def test_safe_next(target: str | None, safe: bool) -> None:
    assert (safe_next(target) is not None) is safe


def test_device_letters_are_per_suspect_and_run_past_z() -> None:
    from types import SimpleNamespace

    from sync_server.web.views import device_letters

    timeline = [SimpleNamespace(device=f"d{i}") for i in range(28)] + [SimpleNamespace(device="d0")]
    letters = device_letters(SimpleNamespace(timeline=timeline, timeline_page=None))  # type: ignore[arg-type]
    assert [letters[f"d{i}"] for i in (0, 1, 25, 26, 27)] == ["A", "B", "Z", "AA", "AB"]
    assert len(letters) == 28
