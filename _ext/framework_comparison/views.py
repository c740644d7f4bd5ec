"""Views built late: placeholders left at read time, filled in when pages are written.

A view directive (table, matrix, glossary back-links) only leaves a
``framework_view`` placeholder in the doctree and notes its page in the
domain. When Sphinx writes the page, :class:`ViewResolver` replaces each
placeholder with plain docutils nodes built from the current records. Pages
that hold views are therefore never re-read when a framework page changes:
they are re-written (see :func:`.domain.rewrite_views_when_records_change`).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, ClassVar

from docutils import nodes
from docutils.parsers.rst import directives
from sphinx import addnodes
from sphinx.transforms.post_transforms import SphinxPostTransform
from sphinx.util.docutils import SphinxDirective

from .diagnostics import did_you_mean, warn
from .domain import NAMES, get_domain

if TYPE_CHECKING:
    from collections.abc import Iterable, Sequence

    from sphinx.application import Sphinx
    from sphinx.builders import Builder

    from .domain import FrameworkDomain

    Renderer = Callable[["framework_view", FrameworkDomain, Builder], list[nodes.Node]]

#: view name -> function that renders it; filled by each view module's setup.
RENDERERS: dict[str, Renderer] = {}

#: In formats without horizontal scrolling (LaTeX, ePub), a wide table is split
#: into several narrower ones, each repeating the framework name column.
PAGED_MAX_COLUMNS = 5
#: Relative column widths times this gives the text builder's widths in characters.
TEXT_CHARS_PER_UNIT = 5


class AnyOption(dict):
    """An option spec that accepts any option, so a typo becomes our warning.

    docutils rejects a directive with an unknown option outright, losing the
    whole table; with this spec every option reaches :class:`ViewDirective`,
    which warns about the unknown ones (naming the nearest) and goes on.
    """

    def __missing__(self, key: str) -> Callable[[str | None], str]:
        return directives.unchanged

    def __bool__(self) -> bool:  # docutils parses options only if the spec is truthy
        return True


class ViewDirective(SphinxDirective):
    """Base of the view directives: lenient parsing, located warnings."""

    #: the options the directive understands
    known_options: ClassVar[tuple[str, ...]] = ()
    has_content = True
    option_spec = AnyOption()

    def run(self) -> list[nodes.Node]:
        name = f"{self.name} directive"
        for option in sorted(set(self.options) - set(self.known_options)):
            hint = did_you_mean(option, self.known_options, quote=":")
            known = ", ".join(f":{o}:" for o in self.known_options) or "none"
            self.problem(f"unknown option :{option}: of the {name}{hint}; it takes: {known}")
        if self.content:
            self.problem(f"the {name} takes no content; the content was ignored")
        return self.make_view()

    def make_view(self) -> list[nodes.Node]:
        raise NotImplementedError

    def problem(self, message: str) -> None:
        warn(message, self.get_location(), "view")


class framework_view(nodes.General, nodes.Element):  # noqa: N801
    """Placeholder for a view; never reaches a writer."""


def setup_views(app: Sphinx) -> None:
    app.add_node(framework_view)
    app.add_post_transform(ViewResolver)


def register_renderer(name: str, renderer: Renderer) -> None:
    RENDERERS[name] = renderer


def placeholder(
    directive: Any, view: str, depends: Iterable[str], **attributes: Any
) -> framework_view:
    """A placeholder for *view*, located at *directive*.

    *depends* names the fields the view shows (or filters and sorts by): the
    page is written again whenever one of them changes on any framework page.
    """
    node = framework_view(view=view, **attributes)
    directive.set_source_info(node)
    get_domain(directive.env).note_view(directive.env.docname, [NAMES, *depends])
    return node


class ViewResolver(SphinxPostTransform):
    """Replace every view placeholder with the nodes its renderer builds."""

    # Before ReferencesResolver (10): the nodes built here hold pending_xref
    # nodes (framework names, glossary terms) that must still be resolved.
    default_priority = 5

    def run(self, **kwargs: Any) -> None:
        domain = get_domain(self.env)
        for node in list(self.document.findall(framework_view)):
            renderer = RENDERERS[node["view"]]
            # As Sphinx's own ReferencesResolver does: `self.app` is deprecated.
            built = renderer(node, domain, self.env._app.builder)
            for new in built:
                # LaTeX labels every titled table; ids follow document order,
                # so they are the same in every build.
                for table in new.findall(nodes.table):
                    if not table["ids"]:
                        self.document.set_id(table)
                    table.source, table.line = node.source, node.line
                    if self.env._app.builder.format == "text":
                        # The text writer reads widths as characters.
                        for colspec in table.findall(nodes.colspec):
                            colspec["colwidth"] *= TEXT_CHARS_PER_UNIT
            node.replace_self(built)


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


def build_table(
    headers: Sequence[str | list[nodes.Node]],
    rows: Sequence[tuple[Sequence[nodes.Node], Sequence[list[nodes.Node]], list[str]]],
    *,
    widths: Sequence[int],
    classes: Sequence[str] = (),
    title: str | None = None,
) -> list[nodes.Node]:
    """A standard table node with a header row; ``rows`` hold (name, cells, row classes).

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
    for name, cells, row_classes in rows:
        row = nodes.row(classes=row_classes)
        row += nodes.entry("", nodes.paragraph("", "", *name))
        for cell in cells:
            # An empty cell gets no paragraph: most matrix cells are empty, and
            # every node costs time in each transform and writer.
            row += nodes.entry("", nodes.paragraph("", "", *cell)) if cell else nodes.entry()
        tbody += row
    # Always longtable: even a short table can outgrow a page when its cells
    # wrap (long licence expressions), and only longtable breaks across pages.
    table["classes"].append("longtable")
    total = sum(widths)
    spec = "".join(rf"\X{{{w}}}{{{total}}}" for w in widths)
    return [addnodes.tabular_col_spec(spec=spec), table]
