"""Paper-only polish for the LaTeX (PDF) output.

* Table cells set ragged right. Sphinx's ``\\X`` columns justify their
  paragraphs, which in a narrow cell leaves wide gaps between words
  ("BSD-3-Clause-Modification    AND"). Every table of this extension uses
  ``\\Y``, defined here as ``\\X`` set ragged right.
* sphinx-design's linked cards (the landing page's) make the whole card a
  link through a hidden "stretched" link after the card's body. On paper
  there is no stretching: the link's text lands on its own line, read as
  the start of the next card. Here the card's title becomes the link, and
  the stretched link goes.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from docutils import nodes
from sphinx import addnodes
from sphinx.transforms.post_transforms import SphinxPostTransform

if TYPE_CHECKING:
    from sphinx.application import Sphinx
    from sphinx.config import Config

#: ``\Y{width}{total}``: a ``\X`` column whose paragraphs are ragged right.
RAGGED_COLUMN = r"""
% framework_comparison: table cells ragged right, not justified (latex.py).
% Sphinx sets each cell in a varwidth box, which resets \rightskip: the
% cell's paragraphs are made ragged where they start (\sphinxAtStartPar).
\makeatletter
\newcommand*\fw@raggedcell{\let\fw@atstartpar\sphinxAtStartPar
  \def\sphinxAtStartPar{\raggedright\fw@atstartpar}}
\newcolumntype{\Y}[2]{>{\fw@raggedcell\raggedright\arraybackslash}p{\dimexpr
  (\linewidth-\spx@arrayrulewidth)*#1/#2-\tw@\tabcolsep-\spx@arrayrulewidth\relax}}
\makeatother
"""


def setup_latex(app: Sphinx) -> None:
    app.add_post_transform(CardTitleLinks)
    # Before the LaTeX builder reads latex_elements, which it does on creation.
    app.connect("config-inited", add_ragged_column)


def add_ragged_column(app: Sphinx, config: Config) -> None:
    elements = dict(config.latex_elements)
    if RAGGED_COLUMN not in elements.get("preamble", ""):
        elements["preamble"] = elements.get("preamble", "") + RAGGED_COLUMN
    config.latex_elements = elements


class CardTitleLinks(SphinxPostTransform):
    """On paper, a linked card's title is its link; the stretched link goes."""

    # Before Sphinx resolves references (10), so the moved link still resolves.
    default_priority = 6
    formats = ("latex",)

    def run(self, **kwargs: Any) -> None:
        for link in list(self.document.findall(addnodes.pending_xref)):
            if "sd-stretched-link" not in link.get("classes", ()):
                continue
            holder = link.parent
            card = holder.parent
            title = next(
                (
                    node
                    for node in card.findall(nodes.Element)
                    if "sd-card-title" in node.get("classes", ())
                ),
                None,
            )
            if title is None or not title.children:
                continue
            inner = title.children[0]
            if not isinstance(inner, nodes.Element):
                continue
            text = inner.astext()
            link["classes"] = [c for c in link["classes"] if not c.startswith("sd-")]
            link["refexplicit"] = True
            link.children = []
            link += nodes.inline(text, text)
            inner.children = []
            inner += link
            holder.parent.remove(holder)
