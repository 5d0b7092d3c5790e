"""Geometry for the inline SVG charts. Pure functions: numbers in, coordinates out; the templates draw
them (so every label is escaped by Jinja) and CSS colours them (classes, no inline styles: the pages'
Content-Security-Policy forbids those). No JavaScript, no chart library.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date

from ..services.priority import SEVERE_TACTICS

MAX_SERIES = 5  # platforms drawn in their own colour; the rest are summed into "other"
OTHER = "other"


def tick_step(top: float, ticks: int = 4) -> int:
    """A 1-2-5 step (at least 1: counts are whole) that splits 0..top into about `ticks` intervals."""
    raw = max(top / ticks, 1.0)
    magnitude = 10 ** math.floor(math.log10(raw))
    return int(next(m * magnitude for m in (1, 2, 5, 10) if m * magnitude >= raw))


# ---------------------------------------------------------------- tactics (horizontal bars)


@dataclass(frozen=True)
class TacticRow:
    tactic: str
    label: str
    count: int
    severe: bool
    y: float  # top of the row
    bar_width: float
    value_x: float  # where the "n of N" text starts


@dataclass(frozen=True)
class TacticChart:
    width: int
    height: int
    label_width: int
    bar_area: int
    row_height: int
    bar_height: int
    total: int  # reports of this suspect
    rows: list[TacticRow]
    description: str


def tactic_chart(counts: Mapping[str, int], total: int, tactics: Sequence[str]) -> TacticChart:
    """One bar per tactic: how many of the suspect's `total` reports named it."""
    width, label_width, row_height, bar_height, value_room = 520, 120, 30, 18, 40
    bar_area = width - label_width - value_room
    rows = []
    for i, tactic in enumerate(tactics):
        count = int(counts.get(tactic, 0))
        bar = bar_area * count / total if total else 0.0
        rows.append(TacticRow(
            tactic=tactic, label=tactic.replace("_", " "), count=count, severe=tactic in SEVERE_TACTICS,
            y=i * row_height, bar_width=round(bar, 1), value_x=round(label_width + bar + 8, 1),
        ))
    named = [f"{r.label} {r.count}" for r in rows if r.count]
    description = (f"Of {total} report{'s' if total != 1 else ''}: " + ", ".join(named) + "."
                   if named else "No tactic was named in these reports.")
    return TacticChart(width=width, height=len(rows) * row_height, label_width=label_width, bar_area=bar_area,
                       row_height=row_height, bar_height=bar_height, total=total, rows=rows,
                       description=description)


# ---------------------------------------------------------------- reports per day (stacked columns)


@dataclass(frozen=True)
class Segment:
    series: int  # colour index; -1 is "other"
    name: str
    count: int
    y: float
    height: float


@dataclass(frozen=True)
class DayColumn:
    day: date
    total: int
    x: float
    width: float
    slot_x: float  # the whole slot, for the hover title
    slot_width: float
    segments: list[Segment] = field(default_factory=list)


@dataclass(frozen=True)
class DailyChart:
    width: int
    height: int
    left: int
    top: int
    plot_width: int
    plot_height: int
    y_max: int
    y_ticks: list[tuple[float, int]]  # (y, value)
    x_labels: list[tuple[float, str]]  # (centre x, text)
    columns: list[DayColumn]
    legend: list[tuple[int, str, int]]  # (series, name, total)
    description: str


def day_label(day: date) -> str:
    return f"{day.day} {day.strftime('%b')}"


def daily_chart(days: Sequence[date], counts: Mapping[date, Mapping[str, int]], platforms: Sequence[str]) -> DailyChart:
    """Stacked columns: one per day, one colour per platform (the busiest MAX_SERIES, then "other")."""
    width, height, left, right, top, bottom = 1000, 300, 44, 28, 12, 36
    plot_width, plot_height = width - left - right, height - top - bottom
    shown = list(platforms[:MAX_SERIES])
    has_other = len(platforms) > MAX_SERIES

    def series_counts(day: date) -> list[tuple[int, str, int]]:
        per = counts.get(day, {})
        out = [(i, p, int(per.get(p, 0))) for i, p in enumerate(shown)]
        if has_other:
            out.append((-1, OTHER, sum(int(n) for p, n in per.items() if p not in shown)))
        return out

    totals = [sum(n for _, _, n in series_counts(d)) for d in days]
    peak = max(totals, default=0)
    step = tick_step(peak)
    y_max = max(step, math.ceil(peak / step) * step)
    scale = plot_height / y_max
    slot = plot_width / max(len(days), 1)
    bar_width = round(slot * 0.72, 1)

    columns = []
    for i, day in enumerate(days):
        slot_x = left + i * slot
        y = float(top + plot_height)
        segments = []
        for series, name, n in series_counts(day):
            if n:
                h = n * scale
                y -= h
                segments.append(Segment(series=series, name=name, count=n, y=round(y, 1), height=round(h, 1)))
        columns.append(DayColumn(day=day, total=totals[i], x=round(slot_x + (slot - bar_width) / 2, 1),
                                 width=bar_width, slot_x=round(slot_x, 1), slot_width=round(slot, 1),
                                 segments=segments))

    y_ticks = [(round(top + plot_height - v * scale, 1), v) for v in range(0, y_max + 1, step)]
    last = len(days) - 1
    x_labels = [(round(left + (i + 0.5) * slot, 1), day_label(d)) for i, d in enumerate(days) if (last - i) % 5 == 0]
    legend = [(i, p, sum(int(counts.get(d, {}).get(p, 0)) for d in days)) for i, p in enumerate(shown)]
    if has_other:
        legend.append((-1, f"{OTHER} ({len(platforms) - MAX_SERIES} platforms)",
                       sum(n for d in days for s, _, n in series_counts(d) if s == -1)))
    total = sum(totals)
    if days:
        busiest = max(range(len(days)), key=lambda i: (totals[i], i))
        description = (f"{total} reports from {day_label(days[0])} to {day_label(days[-1])}; "
                       f"busiest day {day_label(days[busiest])} with {totals[busiest]}.")
    else:
        description = "No days to show."
    return DailyChart(width=width, height=height, left=left, top=top, plot_width=plot_width,
                      plot_height=plot_height, y_max=y_max, y_ticks=y_ticks, x_labels=x_labels, columns=columns,
                      legend=legend, description=description)


# ---------------------------------------------------------------- grouped horizontal bars (model versions side by side)


@dataclass(frozen=True)
class GroupBar:
    series: int  # colour index
    name: str
    value: float
    text: str
    y: float
    width: float
    text_x: float


@dataclass(frozen=True)
class BarGroup:
    label: str
    y: float  # top of the group
    height: float
    bars: list[GroupBar]


@dataclass(frozen=True)
class GroupedChart:
    width: int
    height: int
    label_width: int
    bar_area: int
    bar_height: int
    groups: list[BarGroup]
    description: str


def grouped_bars(groups: Sequence[tuple[str, Sequence[float]]], series: Sequence[str], *,
                 fmt: str = "{:.2f}", scale_max: float | None = None, width: int = 560) -> GroupedChart:
    """One row group per label, one bar per series inside it (e.g. per tactic, one bar per model version).
    Bars share one scale: `scale_max`, or the largest value."""
    label_width, value_room, bar_height, gap, pad = 130, 64, 14, 3, 10
    bar_area = width - label_width - value_room
    top = max([v for _, values in groups for v in values] + [0.0])
    top = scale_max if scale_max is not None else top
    out, y = [], 0.0
    for label, values in groups:
        bars = []
        for i, value in enumerate(values):
            w = bar_area * value / top if top > 0 else 0.0
            by = y + i * (bar_height + gap)
            bars.append(GroupBar(series=i, name=series[i], value=value, text=fmt.format(value), y=round(by, 1),
                                 width=round(max(w, 0.0), 1), text_x=round(label_width + w + 6, 1)))
        height = len(values) * (bar_height + gap) - gap
        out.append(BarGroup(label=label, y=round(y, 1), height=height, bars=bars))
        y += height + pad
    parts = [f"{g.label}: " + ", ".join(f"{b.name} {b.text}" for b in g.bars) for g in out]
    return GroupedChart(width=width, height=max(int(y - pad), 1), label_width=label_width, bar_area=bar_area,
                        bar_height=bar_height, groups=out, description="; ".join(parts) + "." if parts else "No data.")
