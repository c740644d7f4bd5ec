"""Table nodes for the views: one shape in every format, split into parts on paper.

:func:`build_table` makes the standard docutils table every view uses, with
a LaTeX column spec from relative widths. In formats without sideways
scrolling (LaTeX, ePub) a wide view is split by :func:`column_chunks` into
several narrower tables, each repeating the framework column.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from docutils import nodes
from sphinx import addnodes

if TYPE_CHECKING:
    from collections.abc import Sequence
    from typing import TypeAlias

    from sphinx.builders import Builder

    #: One row: the framework cell, the data cells, and the row's classes; or a
    #: lazy part (:func:`.fragments.part`) that makes the row when it must.
    Row: TypeAlias = (
        tuple[Sequence[nodes.Node], Sequence[list[nodes.Node]], list[str]] | nodes.Element
    )

#: In formats without horizontal scrolling (LaTeX, ePub), a wide table is split
#: into several narrower ones, each repeating the framework name column.
PAGED_MAX_COLUMNS = 5


def is_paged(builder: Builder) -> bool:
    """Whether the builder's output has fixed-width pages (no sideways scroll)."""
    return builder.format != "html" or builder.name.startswith("epub")


def column_chunks(count: int, builder: Builder, limit: int = PAGED_MAX_COLUMNS) -> list[range]:
    """Ranges of data columns per table: all at once in HTML, a few at a time on paper."""
    if not is_paged(builder) or count <= limit - 1:
        return [range(count)]
    parts = -(-count // (limit - 1))  # ceiling division
    size = -(-count // parts)  # balanced: 9 columns in 3 parts of 3, not 4 + 4 + 1
    return [range(start, min(start + size, count)) for start in range(0, count, size)]


def make_row(
    name: Sequence[nodes.Node], cells: Sequence[list[nodes.Node]], classes: list[str]
) -> nodes.row:
    """One body row: the framework cell, then the data cells."""
    row = nodes.row(classes=classes)
    row += nodes.entry("", nodes.paragraph("", "", *name))
    for cell in cells:
        # An empty cell gets no paragraph: most matrix cells are empty, and
        # every node costs time in each transform and writer.
        row += nodes.entry("", nodes.paragraph("", "", *cell)) if cell else nodes.entry()
    return row


def build_table(
    headers: Sequence[str | list[nodes.Node]],
    rows: Sequence[Row],
    *,
    widths: Sequence[int],
    classes: Sequence[str] = (),
    title: str | None = None,
) -> list[nodes.Node]:
    """A standard table node with a header row; ``rows`` hold (name, cells, row classes)
    or lazy parts.

    The LaTeX column spec uses the relative widths, and every table is a
    ``longtable``, so it breaks across pages.
    """
    table = nodes.table(classes=["fw-table", *classes])
    if title:
        table += nodes.title(title, title)
    tgroup = nodes.tgroup(cols=len(headers))
    table += tgroup
    for width in widths:
        tgroup += nodes.colspec(colwidth=width)
    thead = nodes.thead()
    tgroup += thead
    header_row = nodes.row()
    for header in headers:
        cell = [nodes.Text(header)] if isinstance(header, str) else header
        header_row += nodes.entry("", nodes.paragraph("", "", *cell))
    thead += header_row
    tbody = nodes.tbody()
    tgroup += tbody
    for row in rows:
        # a lazy part (see fragments) is made only when its HTML is not cached
        tbody += row if isinstance(row, nodes.Node) else make_row(*row)
    # Always longtable: even a short table can outgrow a page when its cells
    # wrap (long licence expressions), and only longtable breaks across pages.
    table["classes"].append("longtable")
    # \Y is \X set ragged right (defined in latex.py): narrow cells, no wide gaps.
    total = sum(widths)
    spec = "".join(rf"\Y{{{w}}}{{{total}}}" for w in widths)
    return [addnodes.tabular_col_spec(spec=spec), table]
