"""The ``framework-table`` directive: chosen fields of every framework, side by side.

::

    .. framework-table::
       :group: sessions                  (or :fields: licence, status, deployment)
       :status: active, maintained       (optional filter)
       :sort: first-release              (a field key or "name"; "-key" reverses)
       :caption: Sessions, identification and authentication

``:status:``, ``:sort:`` and ``:caption:`` are the options every view shares
(:class:`.views.ViewDirective`). Options are checked when the page is read;
the table itself is built when the page is written, from the records of
every page (see :mod:`.views`).
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from . import fragments
from .diagnostics import did_you_mean
from .inline import value_nodes
from .lenient import split_list
from .schema import FIELDS_BY_KEY, GROUPS_BY_KEY, Kind, fields_in_group
from .tabular import build_table, column_chunks, is_paged, make_row
from .views import (
    SHARED_OPTIONS,
    ViewDirective,
    link_target,
    name_cell,
    no_match,
    register_renderer,
    row_identity,
    select,
)

if TYPE_CHECKING:
    from collections.abc import Callable, Hashable, Sequence

    from docutils import nodes
    from sphinx.application import Sphinx
    from sphinx.builders import Builder

    from .domain import FrameworkDomain
    from .records import FrameworkRecord
    from .schema import Field
    from .tabular import Row
    from .views import framework_view

#: Relative column widths by field kind (the name column is 3).
_WIDTHS = {
    Kind.TERMS: 4,
    Kind.URL: 4,
    Kind.URLS: 5,
    Kind.TEXT: 3,
    Kind.RELEASE: 3,
    Kind.ACTIVITY: 4,
    Kind.PYTHON: 3,
}
_NAME_WIDTH = 3


def setup_table(app: Sphinx) -> None:
    app.add_directive("framework-table", FrameworkTableDirective)
    register_renderer("table", render_table)


class FrameworkTableDirective(ViewDirective):
    """A comparison table of the chosen fields of all (or some) frameworks."""

    known_options = ("fields", "group", *SHARED_OPTIONS)

    def make_view(self) -> list[nodes.Node]:
        fields = self.chosen_fields()
        return [self.view("table", fields, fields=fields)]

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


def render_table(
    node: framework_view, domain: FrameworkDomain, builder: Builder
) -> list[nodes.Node]:
    fields: list[Field] = [FIELDS_BY_KEY[key] for key in node["fields"]]
    records = select(domain, node)
    if not fields:
        return []
    if not records:
        return [no_match("table")]
    return field_tables(
        records,
        fields,
        builder,
        title=node["caption"] or None,
        name=lambda record: name_cell(record, domain),
        identity=lambda record: row_identity(record, domain),
        domain=domain,
        widths=[_NAME_WIDTH, *(_WIDTHS.get(fld.kind, 2) for fld in fields)],
        classes=["fw-comparison", "fw-sortable"],
    )


def _table_row(
    record: FrameworkRecord,
    fields: Sequence[Field],
    name: Callable[[FrameworkRecord], list[nodes.Node]],
    paged: bool,
) -> nodes.row:
    cells = [value_nodes(record, fld, short=True, paged=paged) for fld in fields]
    return make_row(name(record), cells, [])


def value_key(record: FrameworkRecord, fld: Field, domain: FrameworkDomain) -> Hashable:
    """What a cell of *fld* shows for *record*: equal keys give equal cells."""
    if fld.is_criterion:
        return record.terms(fld.key)
    if fld.kind is Kind.RELATIONS:
        return tuple(
            (kind, name, link_target(other) if (other := domain.find(name)) else None)
            for kind, name in record.relations()
        )
    if fld.kind is Kind.ACTIVITY:
        return (record.get(fld.key), record.get("pypi"))
    return record.get(fld.key)


def field_tables(
    records: Sequence[FrameworkRecord],
    fields: Sequence[Field],
    builder: Builder,
    *,
    title: str | None,
    name: Callable[[FrameworkRecord], list[nodes.Node]],
    identity: Callable[[FrameworkRecord], Hashable],
    domain: FrameworkDomain,
    widths: Sequence[int],
    classes: Sequence[str],
) -> list[nodes.Node]:
    """The *fields* of *records* as one table, or on paper several, each titled "(n of m)".

    *name* makes a row's framework cell, and *identity* says what that cell
    shows (for the row's cache key); *widths* gives the name column's width,
    then each field's.
    """
    chunks = column_chunks(len(fields), builder)
    paged = is_paged(builder)
    result: list[nodes.Node] = []
    for number, chunk in enumerate(chunks, start=1):
        part = [fields[index] for index in chunk]
        part_title = title
        if part_title and len(chunks) > 1:
            part_title = f"{part_title} ({number} of {len(chunks)})"
        shown = tuple(fld.key for fld in part)
        rows: list[Row] = [
            fragments.part(
                (
                    "table",
                    shown,
                    paged,
                    identity(record),
                    tuple(value_key(record, fld, domain) for fld in part),
                ),
                partial(_table_row, record, part, name, paged),
            )
            for record in records
        ]
        result += build_table(
            ["Framework", *(fld.label for fld in part)],
            rows,
            widths=[widths[0], *(widths[1 + index] for index in chunk)],
            classes=classes,
            title=part_title,
        )
    return result
