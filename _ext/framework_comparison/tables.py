"""The ``framework-table`` directive: chosen fields of every framework, side by side.

::

    .. framework-table::
       :group: sessions                  (or :fields: licence, status, deployment)
       :status: active, maintained       (optional filter)
       :sort: first-release              (a field key or "name"; "-key" reverses)
       :caption: Sessions, identification and authentication

Options are checked when the page is read; the table itself is built when the
page is written, from the records of every page (see :mod:`.views`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from docutils import nodes

from .diagnostics import did_you_mean
from .records import is_special
from .render import framework_ref, value_nodes, value_text
from .schema import FIELDS_BY_KEY, GROUPS_BY_KEY, STATUS_LABELS, Kind, fields_in_group
from .views import (
    ViewDirective,
    build_table,
    column_chunks,
    is_paged,
    placeholder,
    register_renderer,
)

if TYPE_CHECKING:
    from sphinx.application import Sphinx
    from sphinx.builders import Builder

    from .domain import FrameworkDomain
    from .records import FrameworkRecord
    from .schema import Field
    from .views import framework_view

#: Relative column widths by field kind (the name column is 3).
_WIDTHS = {Kind.TERMS: 4, Kind.URL: 4, Kind.URLS: 5, Kind.TEXT: 3}
_NAME_WIDTH = 3


def setup_tables(app: Sphinx) -> None:
    app.add_directive("framework-table", FrameworkTableDirective)
    register_renderer("table", render_table)


def split_list(text: str | None) -> list[str]:
    return [part.strip() for part in (text or "").split(",") if part.strip()]


class FrameworkTableDirective(ViewDirective):
    """A comparison table of the chosen fields of all (or some) frameworks."""

    known_options = ("fields", "group", "status", "sort", "caption")

    def make_view(self) -> list[nodes.Node]:
        fields = self.chosen_fields()
        statuses = self.chosen_statuses()
        sort = self.chosen_sort()
        caption = self.options.get("caption", "")
        # Rows carry their status (for the HTML status filter) whatever the fields.
        depends = {*fields, "status", sort.lstrip("-")}
        node = placeholder(
            self, "table", depends, fields=fields, statuses=statuses, sort=sort, caption=caption
        )
        return [node]

    def chosen_fields(self) -> list[str]:
        group = self.options.get("group", "").strip()
        keys = split_list(self.options.get("fields"))
        if group:
            if group not in GROUPS_BY_KEY:
                self.problem(f"unknown :group: {group!r}{did_you_mean(group, GROUPS_BY_KEY)}")
            else:
                keys = [fld.key for fld in fields_in_group(group)] + keys
        chosen = []
        for key in keys:
            if key not in FIELDS_BY_KEY:
                self.problem(
                    f"unknown field {key!r} in :fields:{did_you_mean(key, FIELDS_BY_KEY)}"
                )
            elif key not in chosen:
                chosen.append(key)
        if not chosen:
            self.problem("a framework table needs :fields: or :group:")
        return chosen

    def chosen_statuses(self) -> list[str]:
        chosen = []
        for status in split_list(self.options.get("status")):
            if status.casefold() in STATUS_LABELS:
                chosen.append(status.casefold())
            else:
                self.problem(
                    f"unknown status {status!r} in :status:{did_you_mean(status, STATUS_LABELS)}"
                )
        return chosen

    def chosen_sort(self) -> str:
        sort = self.options.get("sort", "name").strip() or "name"
        if sort.lstrip("-") != "name" and sort.lstrip("-") not in FIELDS_BY_KEY:
            self.problem(f"unknown :sort: key {sort!r}{did_you_mean(sort, FIELDS_BY_KEY)}")
            return "name"
        return sort


def sort_key(record: FrameworkRecord, key: str) -> tuple:
    """Real values first (numbers numerically), then ``none``, then ``unknown``/absent."""
    if key == "name":
        return (0, 0, record.name.casefold())
    text = value_text(record, FIELDS_BY_KEY[key])
    if not text or text == "unknown":
        rank = 2
    elif is_special(text):
        rank = 1
    else:
        rank = 0
    number = int(text) if text.isdigit() else 0
    return (rank, number, text.casefold())


def select(domain: FrameworkDomain, statuses: list[str], sort: str) -> list[FrameworkRecord]:
    # by_slug() is already in name order, so the sort below is stable by name.
    records = list(domain.by_slug().values())
    if statuses:
        records = [r for r in records if r.get("status") in statuses]
    key = sort.lstrip("-")
    records.sort(key=lambda r: sort_key(r, key), reverse=sort.startswith("-"))
    return records


def row_classes(record: FrameworkRecord) -> list[str]:
    status = record.get("status")
    return [f"fw-status-{status}"] if status else []


def render_table(
    node: framework_view, domain: FrameworkDomain, builder: Builder
) -> list[nodes.Node]:
    fields: list[Field] = [FIELDS_BY_KEY[key] for key in node["fields"]]
    records = select(domain, node["statuses"], node["sort"])
    if not fields:
        return []
    if not records:
        return [nodes.paragraph("", "", nodes.emphasis("", "No framework matches this table."))]
    chunks = column_chunks(len(fields), builder)
    paged = is_paged(builder)
    result: list[nodes.Node] = []
    for number, chunk in enumerate(chunks, start=1):
        part = [fields[index] for index in chunk]
        title = node["caption"] or None
        if title and len(chunks) > 1:
            title = f"{title} ({number} of {len(chunks)})"
        rows = [
            (
                [framework_ref(record)],
                [value_nodes(record, fld, short=True, paged=paged) for fld in part],
                row_classes(record),
            )
            for record in records
        ]
        result += build_table(
            ["Framework", *(fld.label for fld in part)],
            rows,
            widths=[_NAME_WIDTH, *(_WIDTHS.get(fld.kind, 2) for fld in part)],
            classes=["fw-comparison", "fw-sortable"],
            title=title,
        )
    return result
