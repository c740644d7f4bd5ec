"""The sources check: a framework page's ``:sources:`` and the links in its prose agree.

Every fact on a framework page must be checkable from a source cited on that
page. The ``:sources:`` field is the machine-readable list (in the card and
``frameworks.json``), and the prose cites the same sources inline and in its
*Sources* section. This transform keeps the two in step: a link cited in the
prose but missing from ``:sources:``, or a source listed in ``:sources:`` but
cited nowhere on the page, is a located ``framework.sources`` warning.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from docutils import nodes
from sphinx.transforms import SphinxTransform

from .diagnostics import located, warn
from .domain import get_domain

if TYPE_CHECKING:
    from sphinx.application import Sphinx


def setup_sources(app: Sphinx) -> None:
    app.add_transform(CheckSources)


class CheckSources(SphinxTransform):
    """Compare a framework page's cited links with its ``:sources:`` field."""

    default_priority = 900  # after docutils has resolved every hyperlink reference

    def apply(self, **kwargs: Any) -> None:
        records = get_domain(self.env).records_of(self.env.docname)
        if len(records) != 1:
            return  # only framework pages: one record each
        (record,) = records
        sources = set(record.get("sources") or ())
        cited: dict[str, nodes.Node] = {}
        for ref in self.document.findall(nodes.reference):
            uri = ref.get("refuri", "")
            if not uri.startswith(("http://", "https://")) or _in_card(ref):
                continue
            cited.setdefault(uri, ref)
        for uri, citing in cited.items():
            if uri not in sources:
                warn(
                    f"{uri} is cited on the page but missing from :sources:; add it there",
                    located(citing),
                    "sources",
                )
        for uri in sorted(sources - set(cited)):
            warn(
                f"{uri} is in :sources: but cited nowhere on the page; cite it where it "
                "supports a fact and in the Sources section",
                (record.docname, record.lineno),
                "sources",
            )


def _in_card(node: nodes.Node) -> bool:
    parent = node.parent
    while parent is not None:
        if isinstance(parent, nodes.container) and "framework-card" in parent["classes"]:
            return True
        parent = parent.parent
    return False
