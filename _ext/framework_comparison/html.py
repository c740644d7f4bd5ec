"""HTML-only polish, layered on top of the plain nodes every builder renders.

The card is a set of plain containers and a table in every format; for HTML
this post-transform adds sphinx-design's card classes, and the extension's
stylesheet and script are added to HTML pages. With JavaScript off, or in
LaTeX and ePub, the same content shows in its plain form.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from docutils import nodes
from sphinx.transforms.post_transforms import SphinxPostTransform

if TYPE_CHECKING:
    from sphinx.application import Sphinx

STATIC_DIR = Path(__file__).parent / "static"

#: Our classes -> the sphinx-design classes that make them a card.
CARD_CLASSES = {
    "framework-card": ["sd-card", "sd-sphinx-override", "sd-mb-4", "sd-shadow-sm"],
    "framework-card-header": ["sd-card-header"],
    "framework-card-body": ["sd-card-body"],
}


def setup_html(app: Sphinx) -> None:
    app.add_post_transform(CardForHtml)
    app.connect("builder-inited", add_static_files)


def add_static_files(app: Sphinx) -> None:
    if app.builder.format != "html":
        return
    app.config.html_static_path.append(str(STATIC_DIR))
    app.add_css_file("framework-comparison.css")
    if not app.builder.name.startswith("epub"):
        # E-readers get the plain tables: no scripted content in the book.
        app.add_js_file("framework-comparison.js", loading_method="defer")


class CardForHtml(SphinxPostTransform):
    """Give the card's containers sphinx-design's card classes."""

    default_priority = 200
    formats = ("html",)

    def run(self, **kwargs: Any) -> None:
        for node in self.document.findall(nodes.container):
            for ours, theirs in CARD_CLASSES.items():
                if ours in node["classes"]:
                    node["classes"].extend(theirs)
