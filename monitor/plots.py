"""PNG plots of per-day series (``monitor report coverage|official --plot FILE.png``).

Drawn with matplotlib's Agg canvas directly (no pyplot, no display, no global backend
switch), so plotting is safe in a daemon, in tests and on a headless server.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, timedelta
from pathlib import Path

from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.dates import DateFormatter, DayLocator
from matplotlib.figure import Figure
from matplotlib.ticker import MaxNLocator

FIGURE_INCHES = (10.0, 5.0)  # wide enough for two weeks of daily ticks with readable labels
DPI = 100  # 1000 x 500 px: sharp on screen, small enough to attach to an email
MAX_SERIES = 8  # more lines than this cannot be told apart; the rest become "other"
OTHER = "other"
MAX_DAYS = 3_660  # ten years of days; more means a wrong --since, not a plot
MAX_DAY_TICKS = 15  # labelled days on the x axis; more overlap at this width


def _days(first: date, last: date) -> list[date]:
    span = (last - first).days
    if span > MAX_DAYS:
        raise ValueError(f"{span} days is too long a span to plot (at most {MAX_DAYS})")
    return [first + timedelta(days=i) for i in range(span + 1)]


def _top(series: Mapping[str, Mapping[str, int]]) -> dict[str, dict[str, int]]:
    """The ``MAX_SERIES - 1`` largest series by total, the rest summed as "other"."""
    ranked = sorted(series, key=lambda k: (-sum(series[k].values()), k))
    if len(ranked) <= MAX_SERIES:
        return {k: dict(series[k]) for k in ranked}
    kept = {k: dict(series[k]) for k in ranked[: MAX_SERIES - 1]}
    other: dict[str, int] = {}
    for k in ranked[MAX_SERIES - 1:]:
        for day, n in series[k].items():
            other[day] = other.get(day, 0) + n
    kept[OTHER] = other
    return kept


def plot_daily(
    series: Mapping[str, Mapping[str, int]],
    path: Path,
    *,
    title: str,
    ylabel: str,
    first: date | None = None,
    last: date | None = None,
) -> Path:
    """Draw ``{name: {ISO day: count}}`` as one line per name; days without data count 0.

    The x axis runs from ``first`` to ``last`` (default: the data's first and last day).
    An empty ``series`` still gives a valid PNG that says "no data". Returns ``path``.
    """
    all_days = sorted({d for values in series.values() for d in values})
    start = first or (date.fromisoformat(all_days[0]) if all_days else None)
    end = last or (date.fromisoformat(all_days[-1]) if all_days else None)
    fig = Figure(figsize=FIGURE_INCHES, dpi=DPI)
    FigureCanvasAgg(fig)
    ax = fig.add_subplot()
    ax.set_title(title)
    ax.set_ylabel(ylabel)
    if start is None or end is None or not series:
        ax.text(0.5, 0.5, "no data in this window", ha="center", va="center",
                transform=ax.transAxes)
    else:
        days = _days(start, end)
        for name, values in _top(series).items():
            ys = [values.get(d.isoformat(), 0) for d in days]
            ax.plot(days, ys, marker="o", markersize=3, linewidth=1.6, label=name)  # type: ignore[arg-type]
        ax.set_ylim(bottom=0)
        ax.yaxis.set_major_locator(MaxNLocator(integer=True))  # counts: no 0.5 articles
        step = max(1, -(-len(days) // MAX_DAY_TICKS))
        # matplotlib.dates ships without annotations on these two constructors
        ax.xaxis.set_major_locator(DayLocator(interval=step))  # type: ignore[no-untyped-call]
        ax.xaxis.set_major_formatter(DateFormatter("%Y-%m-%d"))  # type: ignore[no-untyped-call]
        ax.grid(True, alpha=0.3)
        ax.legend(loc="upper left", fontsize="small", ncols=2)
        fig.autofmt_xdate()
    fig.tight_layout()
    path.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(path, format="png")
    return path
