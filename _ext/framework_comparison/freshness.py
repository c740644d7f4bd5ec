"""Freshness: how long ago each page was checked against its sources.

The original overview died of staleness, so this site shows its own age.
``framework-review-status`` renders every framework by its ``reviewed`` date,
oldest first, and flags those older than ``framework_stale_months`` (default
12). With ``framework_warn_stale = True`` each stale page also gets a
``framework.stale`` warning; it is off by default so that time passing alone
never breaks a contributor's build. The settings are in :mod:`.config`.

Beside each review date it shows the page's ``activity``: the releases that
PyPI's release history lists in the 12 months to a stated date (``make
check-releases O=--write`` refreshes it), a dated fact where the review date is
a person's statement.
"""

from __future__ import annotations

import calendar
import datetime as dt
from typing import TYPE_CHECKING

from docutils import nodes

from .config import today
from .diagnostics import warn
from .domain import get_domain
from .inline import activity_nodes, term_ref
from .tabular import build_table, is_paged
from .validation import parse_activity
from .views import (
    TODAY,
    ViewDirective,
    name_cell,
    no_match,
    register_renderer,
    select,
)

if TYPE_CHECKING:
    from sphinx.application import Sphinx
    from sphinx.builders import Builder
    from sphinx.environment import BuildEnvironment

    from .domain import FrameworkDomain
    from .records import FrameworkRecord
    from .tabular import Row
    from .views import framework_view


def setup_freshness(app: Sphinx) -> None:
    app.add_directive("framework-review-status", ReviewStatusDirective)
    register_renderer("review-status", render_review_status)
    app.connect("env-check-consistency", warn_about_stale_pages)


def months_before(day: dt.date, months: int) -> dt.date:
    """The same day *months* earlier, clamped to the end of a shorter month."""
    index = day.year * 12 + day.month - 1 - months
    year, month = divmod(index, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return dt.date(year, month + 1, min(day.day, last))


def cutoff(env: BuildEnvironment) -> dt.date:
    """Pages reviewed before this date are stale; on it, they are still current."""
    return months_before(today(env.config), env.config.framework_stale_months)


def reviewed(record: FrameworkRecord) -> dt.date | None:
    value = record.get("reviewed")
    return dt.date.fromisoformat(str(value)) if value else None


def is_stale(record: FrameworkRecord, limit: dt.date) -> bool:
    date = reviewed(record)
    return date is None or date < limit


#: The view's title when no :caption: is given, by its sort order.
_DEFAULT_TITLES = {
    "reviewed": "Frameworks by review date, oldest first",
    "-reviewed": "Frameworks by review date, latest first",
}


class ReviewStatusDirective(ViewDirective):
    """Every framework by review date, oldest first, stale ones flagged."""

    default_sort = "reviewed"

    def make_view(self) -> list[nodes.Node]:
        return [self.view("review-status", ["reviewed", "status", "activity", "pypi", TODAY])]


def render_review_status(
    node: framework_view, domain: FrameworkDomain, builder: Builder
) -> list[nodes.Node]:
    limit = cutoff(builder.env)
    records = select(domain, node)
    if not records:
        return [no_match("list")]
    stale = sum(is_stale(record, limit) for record in records)
    summary = nodes.paragraph(
        "",
        f"{len(records)} frameworks; {stale} reviewed before {limit.isoformat()} "
        f"({builder.config.framework_stale_months} months before the build date) "
        "and due for review.",
    )
    activities = [
        found for record in records if (found := parse_activity(str(record.get("activity") or "")))
    ]
    if activities:
        quiet = sum(not activity.count for activity in activities)
        summary += nodes.Text(
            f" Of the {len(activities)} with their PyPI release history counted, {quiet} "
            "published no release in the 12 months before the date it was counted."
        )
    rows: list[Row] = []
    # On paper every link is a footnote; each framework's card keeps the link.
    paged = is_paged(builder)
    for record in records:
        date = reviewed(record)
        flag = "stale" if is_stale(record, limit) else "current"
        status = record.get("status")
        activity = record.get("activity")
        rows.append(
            (
                name_cell(record, domain),
                [
                    [nodes.Text(date.isoformat() if date else "never")],
                    [nodes.inline(flag, flag, classes=[f"fw-{flag}"])],
                    [term_ref(str(status))] if status else [],
                    activity_nodes(record, str(activity), linked=not paged) if activity else [],
                ],
                [f"fw-review-{flag}"],
            )
        )
    return [
        summary,
        *build_table(
            ["Framework", "Reviewed", "Review", "Status", "Activity on PyPI"],
            rows,
            widths=[4, 2, 2, 2, 5],
            classes=["fw-review-status", "fw-sortable"],
            title=node["caption"]
            or _DEFAULT_TITLES.get(node["sort"], "Frameworks by review date"),
        ),
    ]


def warn_about_stale_pages(app: Sphinx, env: BuildEnvironment) -> None:
    if not env.config.framework_warn_stale:
        return
    limit = cutoff(env)
    for record in get_domain(env).records():
        if is_stale(record, limit):
            warn(
                f"{record.name} was last reviewed {record.get('reviewed') or 'never'}, "
                f"before {limit.isoformat()}: check its sources again and update "
                ":reviewed:",
                (record.docname, record.lineno),
                "stale",
            )
