"""The ``framework-matrix`` directive: frameworks against one criterion's terms.

::

    .. framework-matrix:: deployment
       :status: active                   (optional filter)

Each row is a framework and each column a term of the criterion; a cell is
marked where the framework has the term, ``?`` where the criterion is not
verified, and left empty where it does not have it. It takes the options
every view shares (:class:`.views.ViewDirective`).
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from docutils import nodes

from . import fragments
from .diagnostics import did_you_mean
from .inline import term_ref
from .schema import CRITERIA, FIELDS_BY_KEY, UNKNOWN
from .tabular import build_table, column_chunks, make_row
from .views import ViewDirective, name_cell, no_match, register_renderer, row_identity, select

if TYPE_CHECKING:
    from sphinx.application import Sphinx
    from sphinx.builders import Builder

    from .domain import FrameworkDomain
    from .records import FrameworkRecord
    from .tabular import Row
    from .views import framework_view

HAS = "\u2713"  # check mark; the LaTeX preamble maps it to \checkmark
NOT_VERIFIED = "?"
#: A matrix's cells are narrow, so paged formats can take more of them.
MATRIX_MAX_COLUMNS = 6


def setup_matrix(app: Sphinx) -> None:
    app.add_directive("framework-matrix", FrameworkMatrixDirective)
    register_renderer("matrix", render_matrix)


class FrameworkMatrixDirective(ViewDirective):
    """A frameworks x terms matrix for one criterion."""

    optional_arguments = 1

    def make_view(self) -> list[nodes.Node]:
        key = self.arguments[0].strip() if self.arguments else ""
        criteria = [fld.key for fld in CRITERIA]
        if key not in criteria:
            self.problem(
                f"a framework matrix needs a criterion, not {key!r}"
                f"{did_you_mean(key, criteria)}; one of: {', '.join(criteria)}"
            )
            return []
        return [self.view("matrix", [key], field=key)]


def mark(record: FrameworkRecord, key: str, label: str) -> list[nodes.Node]:
    terms = record.terms(key)
    if terms == (UNKNOWN,):
        return [nodes.inline(NOT_VERIFIED, NOT_VERIFIED, classes=["fw-unknown"])]
    if label in terms:
        return [nodes.inline(HAS, HAS, classes=["fw-has"])]
    return []


def render_matrix(
    node: framework_view, domain: FrameworkDomain, builder: Builder
) -> list[nodes.Node]:
    fld = FIELDS_BY_KEY[node["field"]]
    records = select(domain, node)
    if not records:
        return [no_match("matrix")]
    terms = [term.label for term in fld.vocabulary]
    legend = nodes.paragraph(classes=["fw-matrix-legend"])
    legend += nodes.Text(f"{HAS}: the framework has the term; {NOT_VERIFIED}: ")
    legend += term_ref(UNKNOWN)
    legend += nodes.Text("; empty: it does not.")
    result: list[nodes.Node] = [legend]
    chunks = column_chunks(len(terms), builder, MATRIX_MAX_COLUMNS)
    for number, chunk in enumerate(chunks, start=1):
        part = [terms[index] for index in chunk]
        title = node["caption"] or f"{fld.heading}: frameworks by term"
        if len(chunks) > 1:
            title += f" ({number} of {len(chunks)})"
        rows: list[Row] = [
            fragments.part(
                (
                    "matrix",
                    fld.key,
                    tuple(part),
                    row_identity(record, domain),
                    record.terms(fld.key),
                ),
                partial(_matrix_row, record, domain, fld.key, part),
            )
            for record in records
        ]
        result += build_table(
            ["Framework", *([term_ref(t)] for t in part)],
            rows,
            widths=[3, *([2] * len(part))],
            classes=["fw-matrix", "fw-sortable"],
            title=title,
        )
    return result


def _matrix_row(
    record: FrameworkRecord, domain: FrameworkDomain, key: str, terms: list[str]
) -> nodes.row:
    return make_row(name_cell(record, domain), [mark(record, key, t) for t in terms], [])
