"""Lineage: relations between frameworks, stated once and shown from both ends.

A page states a relation on the newer framework (``:relations: successor
of Pylons``); the domain reads it from both ends (:meth:`.domain
.FrameworkDomain.lineage`). When a framework page is written,
:class:`CardLineage` adds a *Relations* row to its card, so that Pylons'
card says "succeeded by Pyramid" from Pyramid's record alone. After each
read, :func:`pages_with_new_lineage` names the framework pages whose
lineage changed, and only those are written again (see :mod:`.views`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from docutils import nodes
from sphinx.transforms.post_transforms import SphinxPostTransform

from .domain import get_domain
from .inline import relation_nodes
from .schema import FIELDS_BY_KEY
from .views import changed_pages

if TYPE_CHECKING:
    from sphinx.application import Sphinx
    from sphinx.environment import BuildEnvironment

LABEL = FIELDS_BY_KEY["relations"].label


def setup_lineage(app: Sphinx) -> None:
    app.connect("env-get-updated", pages_with_new_lineage)
    app.add_post_transform(CardLineage)


def pages_with_new_lineage(app: Sphinx, env: BuildEnvironment) -> list[str]:
    """The framework pages whose relations, read from both ends, changed."""
    domain = get_domain(env)
    marks: dict[str, object] = {}
    for record in domain.records():
        marks[record.docname] = [
            (label, other if isinstance(other, str) else (other.name, other.docname))
            for label, other in domain.lineage(record)
        ]
    return changed_pages(env, marks)


class CardLineage(SphinxPostTransform):
    """Add the Lineage row, read from both ends, to the card of a framework page."""

    # After the views (5), before references are resolved (10).
    default_priority = 6

    def run(self, **kwargs: Any) -> None:
        domain = get_domain(self.env)
        records = domain.records_of(self.env.docname)
        if not records:
            return
        record = domain.by_slug().get(records[0].slug)
        if record is not records[0]:
            return  # a record that lost its name to another page: no lineage
        lineage = domain.lineage(record)
        if not lineage:
            return
        for table in self.document.findall(nodes.table):
            if "framework-card-fields" in table["classes"]:
                tbody = next(iter(table.findall(nodes.tbody)))
                row = nodes.row(classes=["fw-lineage"])
                row += nodes.entry("", nodes.paragraph("", LABEL))
                row += nodes.entry("", nodes.paragraph("", "", *relation_nodes(lineage)))
                before = next(
                    (i for i, r in enumerate(tbody.children) if r.astext().startswith("Reviewed")),
                    len(tbody.children),
                )
                tbody.insert(before, row)
                for node in row.findall():
                    node.source, node.line = table.source, table.line
                break
