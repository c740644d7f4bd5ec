"""The finder and the side-by-side comparison: from a question to a short list.

::

    .. framework-finder::

    .. framework-compare::

``framework-finder`` renders, in every format, the plain table of every
framework with its kind, status, latest release and every criterion: what a
reader without JavaScript, and the PDF and ePub, get. For the HTML builder it
also writes the records as a JSON block inside the page, from which
``framework-comparison.js`` builds the facets (one per criterion, plus
status and kind), matches terms as terms (their aliases select them, no
substring ever does) and keeps the state in the URL query: one parameter per
field, named as the directive option, with term names as values separated by
commas (``finder.html?deployment=ASGI&status=active,maintained``).

``framework-compare`` shows two to four frameworks side by side
(``compare.html?f=flask,fastapi``), from the same JSON block. Without
JavaScript, and on paper, it says what it needs and links to the tables.

Both are views (see :mod:`.views`): the JSON is written from the current
records when the page is written, and the page is written again whenever a
field it shows changes on any framework page.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from docutils import nodes
from sphinx import addnodes

from .export import page_url
from .inline import framework_ref
from .schema import CRITERIA, FIELDS_BY_KEY, Kind
from .table import field_tables
from .tabular import is_paged
from .views import ViewDirective, link_target, no_match, register_renderer, select

if TYPE_CHECKING:
    from sphinx.application import Sphinx
    from sphinx.builders import Builder

    from .domain import FrameworkDomain
    from .records import FrameworkRecord
    from .views import framework_view

#: The fields of every result row, before the chosen criteria.
LEADING = ("kind", "status", "latest-release")
#: Every field the finder shows: the facets are status and every criterion.
SHOWN = (*LEADING, *(fld.key for fld in CRITERIA if fld.key not in LEADING))
#: The facets, in their order on the page: kind and status first.
FACETS = ("kind", "status", *(fld.key for fld in CRITERIA if fld.key != "kind"))
#: The compare page's rows: every field but those that name one project alone
#: (its description, its links, its PyPI name), which would always differ.
COMPARED = tuple(
    key
    for key in FIELDS_BY_KEY
    if key not in ("sources", "tagline", "homepage", "repository", "pypi")
)
_WIDTHS = {Kind.TERMS: 4, Kind.STATUS: 2, Kind.RELEASE: 3}


def setup_finder(app: Sphinx) -> None:
    app.add_directive("framework-finder", FrameworkFinderDirective)
    app.add_directive("framework-compare", FrameworkCompareDirective)
    register_renderer("finder", render_finder)
    register_renderer("compare", render_compare)


class FrameworkFinderDirective(ViewDirective):
    """Facets over every criterion; the full table where there is no script."""

    def make_view(self) -> list[nodes.Node]:
        return [self.view("finder", [*SHOWN, "tagline"])]


class FrameworkCompareDirective(ViewDirective):
    """Two to four frameworks side by side, chosen in the URL."""

    def make_view(self) -> list[nodes.Node]:
        return [self.view("compare", [*COMPARED, "tagline"])]


def scripted(builder: Builder) -> bool:
    """Whether the output runs the extension's script (HTML, not the ePub)."""
    return builder.format == "html" and not is_paged(builder)


def records_json(records: list[FrameworkRecord], builder: Builder, keys: tuple[str, ...]) -> str:
    """The records as the script reads them: name, slug, URL and the fields *keys*."""
    rows: list[dict[str, Any]] = []
    for record in records:
        row: dict[str, Any] = {
            "name": record.name,
            "slug": record.slug,
            "url": page_url(builder, record),
            "tagline": record.get("tagline") or "",
        }
        for key in keys:
            fld = FIELDS_BY_KEY[key]
            value = record.terms(key) if fld.is_criterion else record.get(key)
            row[key] = list(value) if isinstance(value, tuple) else value
        rows.append(row)
    text = json.dumps({"frameworks": rows}, ensure_ascii=False, separators=(",", ":"))
    # Inside <script>, "</" could end the element early; "<\/" reads the same in JSON.
    return text.replace("</", "<\\/")


def data_block(kind: str, text: str) -> nodes.raw:
    return nodes.raw(
        "",
        f'<script type="application/json" class="fw-{kind}-data">{text}</script>',
        format="html",
    )


def render_finder(
    node: framework_view, domain: FrameworkDomain, builder: Builder
) -> list[nodes.Node]:
    records = select(domain, node)
    if not records:
        return [no_match("finder")]
    fields = [FIELDS_BY_KEY[key] for key in SHOWN]
    container = nodes.container(classes=["fw-finder"])
    if scripted(builder):
        container += data_block("finder", records_json(records, builder, SHOWN))
    intro = (
        f"All {len(records)} frameworks, with their kind, status, latest release and "
        "every criterion."
    )
    container += nodes.paragraph(intro, intro, classes=["fw-finder-all"])
    container += field_tables(
        records,
        fields,
        builder,
        title=node["caption"] or "Every framework and criterion",
        name=lambda record: [framework_ref(record)],
        identity=link_target,
        domain=domain,
        widths=[3, *(_WIDTHS.get(fld.kind, 3) for fld in fields)],
        classes=["fw-finder-table"],
    )
    return [container]


def render_compare(
    node: framework_view, domain: FrameworkDomain, builder: Builder
) -> list[nodes.Node]:
    records = select(domain, node)
    container = nodes.container(classes=["fw-compare"])
    if scripted(builder) and records:
        container += data_block("compare", records_json(records, builder, COMPARED))
    need = nodes.paragraph(classes=["fw-compare-needs"])
    if scripted(builder):
        need += nodes.Text(
            "This page shows two to four frameworks side by side, with the criteria as "
            "rows and the differences marked. It needs JavaScript, which is switched off "
            "or not available here. Every framework and every criterion is also in "
        )
    else:
        need += nodes.Text(
            "In the HTML version of this site, this page shows two to four frameworks "
            "side by side, chosen by the reader. A book cannot choose, so here every "
            "framework and criterion is compared in "
        )
    links = [
        _doc_link(builder, docname, text)
        for docname, text in (
            ("finder", "the finder's full table"),
            ("comparisons/index", "the comparison tables"),
        )
    ]
    need += links[0]
    need += nodes.Text(" and in ")
    need += links[1]
    need += nodes.Text(".")
    container += need
    return [container]


def _doc_link(builder: Builder, target: str, text: str) -> nodes.Node:
    """A link to the page *target* (a docname), resolved like :doc:; text if no such page."""
    if target not in builder.env.all_docs:
        return nodes.Text(text)
    return addnodes.pending_xref(
        "",
        nodes.inline(text, text, classes=["xref", "std", "std-doc"]),
        refdomain="std",
        reftype="doc",
        reftarget=f"/{target}",
        refexplicit=True,
        refwarn=True,
    )
