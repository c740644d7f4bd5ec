"""The field's history as pictures: a timeline and a family tree, from the records.

::

    .. framework-timeline::
       :group-by: kind                  (a criterion; one picture per term)

    .. framework-family-tree::

The timeline draws one bar per framework, from its first release to the end
of its project (``:ended:``), or open-ended while it is active or
maintained, coloured by status, with the eras of WSGI, async/await and
ASGI marked. The family tree draws the frameworks that :relations: connect,
family by family, on the same time axis, with an arrow from each framework
to the one that grew out of it. Both are vector pictures in every format
(:mod:`.pictures`) with a text equivalent, and both are views: written again
when a date, a status or a relation changes on any page.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from docutils import nodes

from .config import today
from .diagnostics import did_you_mean
from .inline import framework_ref, term_ref
from .pictures import Box, Canvas, Line, Link, Text, place
from .schema import CRITERIA, STALE_STATUSES, UNKNOWN
from .validation import partial_date, release_date
from .views import SHARED_OPTIONS, TODAY, ViewDirective, no_match, register_renderer, select

if TYPE_CHECKING:
    from sphinx.application import Sphinx
    from sphinx.builders import Builder

    from .domain import FrameworkDomain
    from .records import FrameworkRecord
    from .views import framework_view

#: Moments that changed how Python web applications are written.
ERAS = (
    (dt.date(2003, 12, 7), "WSGI (PEP 333)"),
    (dt.date(2015, 9, 13), "async/await (Python 3.5)"),
    (dt.date(2019, 3, 1), "ASGI 3.0"),
)
#: One colour per status, readable on white and told apart without colour by the legend.
COLOURS = {
    "active": "#2e7d32",
    "maintained": "#1565c0",
    "dormant": "#ef6c00",
    "historical": "#757575",
}
FIRST_YEAR = 1995
NAME_UNITS = 11.0  # room for the names, left of the axis
YEAR_UNITS = 1.1  # one year on the axis
ROW = 1.1  # one framework


def setup_timeline(app: Sphinx) -> None:
    app.add_directive("framework-timeline", TimelineDirective)
    app.add_directive("framework-family-tree", FamilyTreeDirective)
    register_renderer("timeline", render_timeline)
    register_renderer("family-tree", render_family_tree)


class TimelineDirective(ViewDirective):
    """One bar per framework, from its first release to its end or to today."""

    known_options = ("group-by", *SHARED_OPTIONS)

    def make_view(self) -> list[nodes.Node]:
        group_by = self.options.get("group-by", "").strip()
        criteria = [fld.key for fld in CRITERIA]
        if group_by and group_by not in criteria:
            self.problem(
                f"unknown :group-by: {group_by!r}{did_you_mean(group_by, criteria)}; "
                f"one of: {', '.join(criteria)}"
            )
            group_by = ""
        depends = ["first-release", "ended", "latest-release", "status", TODAY, group_by]
        return [self.view("timeline", [d for d in depends if d], group_by=group_by)]


class FamilyTreeDirective(ViewDirective):
    """The frameworks that relations connect, family by family, over time."""

    def make_view(self) -> list[nodes.Node]:
        depends = [
            "first-release",
            "ended",
            "latest-release",
            "status",
            "relations",
            "aliases",
            TODAY,
        ]
        return [self.view("family-tree", depends)]


# -- dates ---------------------------------------------------------------------------


def year_of(text: str | None) -> float | None:
    """A date of YYYY, YYYY-MM or YYYY-MM-DD as a fractional year."""
    parts = partial_date(text) if text else None
    if parts is None:
        return None
    year, month, day = parts
    return year + (max(month, 1) - 1) / 12 + (max(day, 1) - 1) / 365


def span(record: FrameworkRecord, now: dt.date) -> tuple[float | None, float | None, bool]:
    """(start, end, open-ended) of a framework's bar; None where not known."""
    start = year_of(str(record.get("first-release") or ""))
    status = record.get("status")
    if status in STALE_STATUSES:
        end = year_of(str(record.get("ended") or ""))
        if end is None:
            end = year_of(release_date(str(record.get("latest-release") or "")))
        return start, end, False
    return start, now.year + (now.timetuple().tm_yday - 1) / 365, True


def x_of(year: float) -> float:
    return NAME_UNITS + (year - FIRST_YEAR) * YEAR_UNITS


def axis(canvas: Canvas, top: float, bottom: float, now: dt.date) -> None:
    """Year ticks at the top, era markers down the whole picture."""
    for year in range(FIRST_YEAR, now.year + 1, 5):
        canvas.add(Text(x_of(year), top - 0.3, str(year), anchor="middle", size=0.55))
        canvas.add(Line(x_of(year), top, x_of(year), bottom, dashed=True))
    for number, (date, label) in enumerate(ERAS):
        moment = year_of(date.isoformat()) or 0.0
        height = 1.0 + 0.7 * (number % 2)  # close eras take turns, so labels never overlap
        canvas.add(Line(x_of(moment), top - height - 0.3, x_of(moment), bottom))
        canvas.add(Text(x_of(moment) + 0.15, top - height, label, size=0.55, bold=True))


def canvas_width(now: dt.date) -> float:
    return x_of(now.year + 1.5) + 0.5


# -- the timeline ----------------------------------------------------------------------


def render_timeline(
    node: framework_view, domain: FrameworkDomain, builder: Builder
) -> list[nodes.Node]:
    records = select(domain, node)
    if not records:
        return [no_match("timeline")]
    now = today(builder.config)
    groups: dict[str, list[FrameworkRecord]] = {}
    for record in records:
        key = node["group_by"]
        label = record.terms(key)[0] if key else ""
        groups.setdefault(label, []).append(record)
    result: list[nodes.Node] = []
    for label, members in sorted(groups.items(), key=lambda item: (item[0] == UNKNOWN, item[0])):
        members.sort(key=lambda r: (span(r, now)[0] or 9999, r.name.casefold()))
        title = node["caption"] or "Frameworks over time"
        if label:
            title += f": {label}"
            result.append(nodes.rubric(label, label))
        result += place(
            draw_bars(members, now, title),
            builder,
            node["docname"],
            [timeline_text(members, now)],
            f"timeline-{len(result)}",
        )
    legend = nodes.paragraph(classes=["fw-timeline-legend"])
    legend += nodes.Text("Bars run from the first release to the end of the project, or on ")
    legend += nodes.Text("past today while it is ")
    legend += term_ref("active")
    legend += nodes.Text(" or ")
    legend += term_ref("maintained")
    legend += nodes.Text(". Colours: ")
    legend += nodes.Text(", ".join(f"{status} {colour_name(status)}" for status in COLOURS))
    legend += nodes.Text(".")
    return [legend, *result]


def colour_name(status: str) -> str:
    return {"active": "green", "maintained": "blue", "dormant": "orange"}.get(status, "grey")


def draw_bars(records: list[FrameworkRecord], now: dt.date, title: str) -> Canvas:
    top = 2.9
    canvas = Canvas(canvas_width(now), top + ROW * len(records) + 0.6, title)
    axis(canvas, top, top + ROW * len(records), now)
    for row, record in enumerate(records):
        y = top + row * ROW
        start, end, open_end = span(record, now)
        link = Link(record.docname, record.anchor)
        canvas.add(Text(NAME_UNITS - 0.3, y + 0.75, record.name, anchor="end", link=link))
        colour = COLOURS.get(str(record.get("status")), "#757575")
        if start is None:
            canvas.add(Text(x_of(FIRST_YEAR) + 0.1, y + 0.75, "first release unknown", size=0.5))
            continue
        finish = end if end is not None else start
        canvas.add(Box(x_of(start), y + 0.2, (finish - start) * YEAR_UNITS, 0.7, colour, open_end))
    return canvas


def timeline_text(records: list[FrameworkRecord], now: dt.date) -> nodes.bullet_list:
    """The timeline as a list: one line per framework."""
    items = nodes.bullet_list(classes=["fw-timeline-text"])
    for record in records:
        first = str(record.get("first-release") or UNKNOWN)
        status = str(record.get("status"))
        if status in STALE_STATUSES:
            end = str(record.get("ended") or UNKNOWN)
            words = f": first release {first}, ended {end} ({status})"
        else:
            words = f": first release {first}, still {status}"
        para = nodes.paragraph("", "", framework_ref(record), nodes.Text(words))
        items += nodes.list_item("", para)
    return items


# -- the family tree -------------------------------------------------------------------


def families(
    domain: FrameworkDomain, records: list[FrameworkRecord]
) -> list[list[FrameworkRecord]]:
    """The groups of frameworks that relations connect, each in order of first release."""
    chosen = {record.slug for record in records}
    parent: dict[str, str] = {}

    def root(slug: str) -> str:
        while parent.get(slug, slug) != slug:
            slug = parent[slug]
        return slug

    for record in records:
        for _, other in domain.lineage(record):
            if isinstance(other, str) or other.slug not in chosen:
                continue
            parent.setdefault(record.slug, record.slug)
            parent.setdefault(other.slug, other.slug)
            parent[root(record.slug)] = root(other.slug)
    grouped: dict[str, list[FrameworkRecord]] = {}
    for record in records:
        if record.slug in parent:
            grouped.setdefault(root(record.slug), []).append(record)
    now = dt.date.today()
    ordered = [
        sorted(members, key=lambda r: (span(r, now)[0] or 9999, r.name.casefold()))
        for members in grouped.values()
    ]
    return sorted(ordered, key=lambda members: (span(members[0], now)[0] or 9999, members[0].name))


def render_family_tree(
    node: framework_view, domain: FrameworkDomain, builder: Builder
) -> list[nodes.Node]:
    records = select(domain, node)
    groups = families(domain, records)
    if not groups:
        return [no_match("family tree")]
    now = today(builder.config)
    top = 2.9
    rows = sum(len(group) for group in groups) + len(groups) - 1
    canvas = Canvas(
        canvas_width(now), top + ROW * rows + 0.6, node["caption"] or "Families of frameworks"
    )
    axis(canvas, top, top + ROW * rows, now)
    row_of: dict[str, float] = {}
    row = 0
    for group in groups:
        for record in group:
            y = top + row * ROW
            row_of[record.slug] = y
            start, end, open_end = span(record, now)
            canvas.add(Text(
                NAME_UNITS - 0.3, y + 0.75, record.name, anchor="end",
                link=Link(record.docname, record.anchor),
            ))  # fmt: skip
            if start is not None:
                finish = end if end is not None else start
                colour = COLOURS.get(str(record.get("status")), "#757575")
                canvas.add(
                    Box(x_of(start), y + 0.2, (finish - start) * YEAR_UNITS, 0.7, colour, open_end)
                )
            row += 1
        row += 1
    text = nodes.bullet_list(classes=["fw-family-text"])
    for group in groups:
        for record in group:
            for kind, other in _stated(domain, record):
                if other.slug not in row_of:
                    continue  # filtered out of this tree by :status:
                start = span(record, now)[0]
                x = x_of(start) if start is not None else x_of(FIRST_YEAR)
                ancestor, child = row_of[other.slug], row_of[record.slug]
                if ancestor < child:
                    y1, y2 = ancestor + 0.9, child + 0.2
                else:
                    y1, y2 = ancestor + 0.2, child + 0.9
                canvas.add(Line(x, y1, x, y2, arrow=True))
                canvas.add(Text(x + 0.2, (y1 + y2) / 2 + 0.2, kind, size=0.45))
                para = nodes.paragraph("", "", framework_ref(record), nodes.Text(f" is {kind} "))
                para += framework_ref(other)
                text += nodes.list_item("", para)
    return place(canvas, builder, node["docname"], [text], "family-tree")


def _stated(domain: FrameworkDomain, record: FrameworkRecord) -> list[tuple[str, FrameworkRecord]]:
    """The relations *record* states that link two frameworks of the site."""
    stated = []
    for kind, name in record.relations():
        other = domain.find(name)
        if kind != "renamed from" and other is not None and other is not record:
            stated.append((kind, other))
    return stated
