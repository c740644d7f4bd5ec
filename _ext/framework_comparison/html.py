"""HTML-only polish, layered on top of the plain nodes every builder renders.

The card is a set of plain containers and a table in every format; for HTML
this post-transform adds sphinx-design's card classes, and the extension's
stylesheet and script are added to HTML pages. With JavaScript off, or in
LaTeX and ePub, the same content shows in its plain form.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

from docutils import nodes
from sphinx.transforms.post_transforms import SphinxPostTransform

from .domain import get_domain
from .schema import FIELDS, Kind
from .vocabulary import SPECIAL_TERMS, STATUSES

if TYPE_CHECKING:
    from sphinx.application import Sphinx

STATIC_DIR = Path(__file__).parent / "static"

#: Our classes -> the sphinx-design classes that make them a card.
CARD_CLASSES = {
    "framework-card": ["sd-card", "sd-sphinx-override", "sd-mb-4", "sd-shadow-sm"],
    "framework-card-header": ["sd-card-header"],
    "framework-card-body": ["sd-card-body"],
}


#: The vocabularies as the script reads them, written into ``_static``.
VOCABULARY_JS = "framework-vocabulary.js"
#: Each framework's status, for the tables' status filter; loaded by the script.
STATUSES_JS = "framework-statuses.js"
#: Static files of the web site that the ePub leaves out.
WEB_ONLY = ("framework-comparison.js", "framework-comparison-web.css")


def setup_html(app: Sphinx) -> None:
    app.add_post_transform(CardForHtml)
    app.connect("builder-inited", add_static_files)
    # Before any page is written, so that every build links it with the same
    # checksum (a file written at the end would be new to a clean build only).
    app.connect("builder-inited", write_vocabulary_now)
    # Not linked from any page (the script loads it), so writing it last is
    # safe: no page carries its checksum, and a status edit need not rewrite
    # every table.
    app.connect("build-finished", write_statuses)
    # After furo (500) and furo_sidebar (600) have made the navigation tree.
    app.connect("html-page-context", caption_levels, priority=700)


#: Sphinx writes a toctree's caption as role="heading" with no level, which
#: assistive technology cannot place (axe: aria-required-attr).
_CAPTION = 'role="heading"><span class="caption-text">'
_CAPTION_WITH_LEVEL = 'role="heading" aria-level="2"><span class="caption-text">'


def caption_levels(
    app: Sphinx, pagename: str, templatename: str, context: dict[str, Any], doctree: Any
) -> None:
    """Give every toctree caption, in the page and in furo's sidebar, a heading level."""
    for key in ("body", "furo_navigation_tree"):
        value = context.get(key)
        if isinstance(value, str) and _CAPTION in value:
            context[key] = value.replace(_CAPTION, _CAPTION_WITH_LEVEL)


def scripted(app: Sphinx) -> bool:
    """HTML with the script; e-readers get the plain tables, no scripted content."""
    return app.builder.format == "html" and not app.builder.name.startswith("epub")


def add_static_files(app: Sphinx) -> None:
    if app.builder.format != "html":
        return
    app.config.html_static_path.append(str(STATIC_DIR))
    app.add_css_file("framework-comparison.css")
    if app.builder.name.startswith("epub"):
        # The book packs every static file: not the web site's own.
        web = [f"_static/{name}" for name in WEB_ONLY]
        app.config.epub_exclude_files = [*app.config.epub_exclude_files, *web]
    if scripted(app):
        app.add_css_file("framework-comparison-web.css")
        app.add_js_file(VOCABULARY_JS, loading_method="defer")
        app.add_js_file("framework-comparison.js", loading_method="defer")


def vocabulary_data() -> dict[str, Any]:
    """Every field with its kind, and every term with its aliases, for the script.

    Filters and the finder match what a reader types against these, as
    terms: an alias selects its term, and no substring ever matches.
    """
    fields = []
    for fld in FIELDS:
        entry: dict[str, Any] = {"key": fld.key, "label": fld.label, "kind": fld.kind.name}
        if fld.is_criterion:
            terms = [*fld.vocabulary, *SPECIAL_TERMS]
            entry["terms"] = [{"label": t.label, "aliases": list(t.aliases)} for t in terms]
        elif fld.kind is Kind.STATUS:
            entry["terms"] = [{"label": s.label, "aliases": []} for s in STATUSES]
        fields.append(entry)
    return {"fields": fields, "statuses": [s.label for s in STATUSES]}


def write_vocabulary_now(app: Sphinx) -> None:
    write_vocabulary(app, None)


def write_vocabulary(app: Sphinx, exception: Exception | None) -> None:
    if exception is not None or not scripted(app):
        return
    text = json.dumps(vocabulary_data(), ensure_ascii=False, separators=(",", ":"))
    path = Path(app.builder.outdir, "_static", VOCABULARY_JS)
    content = f"window.FW_VOCABULARY = {text};\n"
    path.parent.mkdir(parents=True, exist_ok=True)
    if not path.is_file() or path.read_text(encoding="utf-8") != content:
        path.write_text(content, encoding="utf-8")


def write_statuses(app: Sphinx, exception: Exception | None) -> None:
    """``window.FW_STATUSES``: slug -> status of every framework, for the status filter."""
    if exception is not None or not scripted(app):
        return
    statuses = {r.slug: r.get("status") for r in get_domain(app.env).records()}
    text = json.dumps(statuses, ensure_ascii=False, separators=(",", ":"), sort_keys=True)
    path = Path(app.builder.outdir, "_static", STATUSES_JS)
    content = f"window.FW_STATUSES = {text};\n"
    path.parent.mkdir(parents=True, exist_ok=True)
    if not path.is_file() or path.read_text(encoding="utf-8") != content:
        path.write_text(content, encoding="utf-8")


class CardForHtml(SphinxPostTransform):
    """Give the card's containers sphinx-design's card classes."""

    default_priority = 200
    formats = ("html",)

    def run(self, **kwargs: Any) -> None:
        for node in self.document.findall(nodes.container):
            for ours, theirs in CARD_CLASSES.items():
                if ours in node["classes"]:
                    node["classes"].extend(theirs)
