"""Views built late: placeholders left at read time, filled in when pages are written.

A view (table, matrix, review status, glossary back-links) shows fields of
every record, so it cannot be built while one page is read. This module is
the whole life of a view, in the order the data flows:

1. **Placeholder.** A view directive (:class:`ViewDirective`) leaves a
   :class:`framework_view` node and notes which fields its page shows
   (:func:`placeholder`). A ``:framework:`` reference in prose is noted too
   (:func:`note_references`).
2. **Fingerprint.** After reading, a hash of each field over all records
   (:func:`fingerprints`) says which fields changed since the last build.
3. **Rewrite.** Sphinx writes again, without re-reading, every page whose
   views show a changed field, and every page that refers to a framework
   whose record came, went, moved or was renamed
   (:func:`pages_to_rewrite`).
4. **Resolve.** When a page is written, :class:`ViewResolver` replaces each
   placeholder with the plain docutils nodes its renderer builds from the
   current records.

The options that every view shares (``:status:``, ``:sort:``,
``:caption:``) are read once, in :class:`ViewDirective`, and applied once, in
:func:`select`, so one option behaves one way in every view.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, ClassVar

from docutils import nodes
from sphinx import addnodes
from sphinx.transforms.post_transforms import SphinxPostTransform

from . import fragments
from .config import today
from .diagnostics import did_you_mean
from .domain import DOMAIN, get_domain
from .inline import framework_ref, joined, value_text
from .lenient import LenientDirective, split_list
from .records import is_special, slugify
from .schema import FIELDS, FIELDS_BY_KEY, STALE_STATUSES, STATUS_LABELS, Kind
from .validation import partial_date, release_date

if TYPE_CHECKING:
    from collections.abc import Iterable, Set

    from sphinx.application import Sphinx
    from sphinx.builders import Builder
    from sphinx.environment import BuildEnvironment

    from .domain import FrameworkDomain
    from .records import FrameworkRecord

    Renderer = Callable[["framework_view", FrameworkDomain, Builder], list[nodes.Node]]

#: Pseudo-fields of view dependencies: the set of records, the build date, and
#: the successors that the rows of stale frameworks name.
NAMES, TODAY, SUCCESSION = "@names", "@today", "@succession"
#: The options every view takes; :class:`ViewDirective` reads them.
SHARED_OPTIONS = ("status", "sort", "caption")
#: Relative column widths times this gives the text builder's widths in characters.
TEXT_CHARS_PER_UNIT = 5


def setup_views(app: Sphinx) -> None:
    app.add_node(framework_view)
    app.connect("doctree-read", note_references)
    app.connect("env-purge-doc", purge_page)
    app.connect("env-merge-info", merge_pages)
    app.connect("env-get-updated", pages_to_rewrite)
    app.add_post_transform(ViewResolver)


@dataclass
class ViewIndex:
    """What the pages show of the records; kept in the pickled environment."""

    #: docname -> the fields its views show (or filter and sort by)
    depends: dict[str, tuple[str, ...]] = field(default_factory=dict)
    #: docname -> the slugs of the frameworks its prose refers to
    references: dict[str, frozenset[str]] = field(default_factory=dict)
    #: per field (and NAMES, TODAY): a hash of what the views were last written from
    fingerprints: dict[str, str] = field(default_factory=dict)
    #: slug -> (name, docname, anchor): where each reference pointed last time
    targets: dict[str, tuple[str, str, str]] = field(default_factory=dict)
    #: docname -> a hash of what a page-specific view showed last time (lineage)
    page_marks: dict[str, str] = field(default_factory=dict)


def changed_pages(env: BuildEnvironment, marks: dict[str, object]) -> list[str]:
    """The pages whose *marks* (what their own late content shows) changed.

    For content that differs per page, such as a card's lineage: each page
    is written again only when its own mark changed, not when any record did.
    """
    index = view_index(env)
    current = {docname: _digest(mark) for docname, mark in marks.items()}
    changed = [d for d, digest in current.items() if index.page_marks.get(d) != digest]
    index.page_marks = current
    return sorted(changed)


def view_index(env: BuildEnvironment) -> ViewIndex:
    index = getattr(env, "framework_views", None)
    if not isinstance(index, ViewIndex):
        index = ViewIndex()
        # Our own attribute of the environment, so that Sphinx pickles it with it.
        env.framework_views = index  # type: ignore[attr-defined]
    return index


def purge_page(app: Sphinx, env: BuildEnvironment, docname: str) -> None:
    index = view_index(env)
    index.depends.pop(docname, None)
    index.references.pop(docname, None)


def merge_pages(
    app: Sphinx, env: BuildEnvironment, docnames: Set[str], other: BuildEnvironment
) -> None:
    """Take a parallel worker's notes on the pages it read."""
    index, theirs = view_index(env), view_index(other)
    for docname in docnames:
        if docname in theirs.depends:
            index.depends[docname] = theirs.depends[docname]
        if docname in theirs.references:
            index.references[docname] = theirs.references[docname]


# -- 1. Placeholder -----------------------------------------------------------


class framework_view(nodes.General, nodes.Element):  # noqa: N801
    """Placeholder for a view; never reaches a writer."""


def placeholder(
    directive: LenientDirective, view: str, depends: Iterable[str], **attributes: Any
) -> framework_view:
    """A placeholder for *view*, located at *directive*.

    *depends* names the fields the view shows (or filters and sorts by): the
    page is written again whenever one of them changes on any framework page.
    """
    node = framework_view(view=view, docname=directive.env.docname, **attributes)
    directive.set_source_info(node)
    note_depends(directive.env, directive.env.docname, depends)
    return node


def note_depends(env: BuildEnvironment, docname: str, depends: Iterable[str]) -> None:
    """Note that *docname* shows the fields *depends* of every record."""
    index = view_index(env)
    known = index.depends.get(docname, ())
    index.depends[docname] = tuple(sorted({*known, NAMES, *depends}))


def note_references(app: Sphinx, doctree: nodes.document) -> None:
    """Note the frameworks a page's prose refers to with ``:framework:``."""
    slugs = frozenset(
        slugify(node["reftarget"])
        for node in doctree.findall(addnodes.pending_xref)
        if node.get("refdomain") == DOMAIN
    )
    if slugs:
        view_index(app.env).references[app.env.docname] = slugs


class ViewDirective(LenientDirective):
    """Base of the views of every record: reads the options all views share.

    ``:status:`` keeps the rows of the given statuses (comma-separated, any
    case); ``:sort:`` orders rows by a field key or ``name`` (``-key``
    reverses); ``:caption:`` replaces the view's title.
    """

    known_options: ClassVar[tuple[str, ...]] = SHARED_OPTIONS
    #: the row order when ``:sort:`` is not given
    default_sort: ClassVar[str] = "name"

    def make_nodes(self) -> list[nodes.Node]:
        return self.make_view()

    def make_view(self) -> list[nodes.Node]:
        raise NotImplementedError

    def view(self, name: str, depends: Iterable[str], **attributes: Any) -> framework_view:
        """The placeholder of view *name*, carrying the shared options."""
        statuses = self.chosen_statuses()
        sort = self.chosen_sort()
        # A stale framework's row names its successor. The status filter of the
        # HTML tables reads each row's status from a file of its own, so rows
        # depend on a status only when the view shows, filters or sorts by it.
        depends = {*depends, SUCCESSION, sort.lstrip("-")} - {"name"}
        if statuses:
            depends.add("status")
        return placeholder(
            self,
            name,
            depends,
            statuses=statuses,
            sort=sort,
            caption=" ".join(self.options.get("caption", "").split()),
            **attributes,
        )

    def chosen_statuses(self) -> list[str]:
        chosen = []
        for status in split_list(self.options.get("status")):
            if status.casefold() in STATUS_LABELS:
                chosen.append(status.casefold())
            else:
                self.problem(
                    f"unknown status {status!r} in :status:{did_you_mean(status, STATUS_LABELS)}"
                    f"; use one or more of: {', '.join(STATUS_LABELS)}"
                )
        return chosen

    def chosen_sort(self) -> str:
        sort = (self.options.get("sort") or "").strip() or self.default_sort
        if sort.lstrip("-") != "name" and sort.lstrip("-") not in FIELDS_BY_KEY:
            self.problem(f"unknown :sort: key {sort!r}{did_you_mean(sort, FIELDS_BY_KEY)}")
            return self.default_sort
        return sort


def sort_key(record: FrameworkRecord, key: str) -> tuple[int, tuple[int, ...], str]:
    """Real values first, then ``none``, then ``unknown`` or absent.

    Dates sort as dates (``2003`` before ``2003-05``), releases by their
    date, numbers as numbers, everything else as case-folded text.
    """
    if key == "name":
        return (0, (), record.name.casefold())
    fld = FIELDS_BY_KEY[key]
    text = value_text(record, fld)
    if not text or text == "unknown":
        return (2, (), "")
    if is_special(text):
        return (1, (), text)
    number: tuple[int, ...] = ()
    if fld.kind in (Kind.PARTIAL_DATE, Kind.DATE):
        number = partial_date(text) or ()
    elif fld.kind is Kind.RELEASE:
        date = release_date(text)
        number = (partial_date(date) if date else None) or ()
        if not number:
            return (2, (), text.casefold())  # a release with no date sorts as unknown
    elif text.isdigit():
        number = (int(text),)
    return (0, number, text.casefold())


def select(domain: FrameworkDomain, node: framework_view) -> list[FrameworkRecord]:
    """The rows of a view: filtered by ``:status:``, ordered by ``:sort:``."""
    # by_slug() is in name order, so the sort below is stable by name.
    records = list(domain.by_slug().values())
    if node["statuses"]:
        records = [r for r in records if r.get("status") in node["statuses"]]
    sort: str = node["sort"]
    if sort.lstrip("-") != "name":
        key = sort.lstrip("-")
        records.sort(key=lambda r: sort_key(r, key), reverse=sort.startswith("-"))
    elif sort.startswith("-"):
        records.reverse()
    return records


def name_cell(record: FrameworkRecord, domain: FrameworkDomain) -> list[nodes.Node]:
    """A row's framework cell: its link, and the successor of a stale framework."""
    cell: list[nodes.Node] = [framework_ref(record)]
    if record.get("status") in STALE_STATUSES:
        successors = domain.successors(record)
        if successors:
            cell.append(nodes.Text(" (succeeded by "))
            cell += joined([framework_ref(other) for other in successors])
            cell.append(nodes.Text(")"))
    return cell


def row_identity(record: FrameworkRecord, domain: FrameworkDomain) -> tuple[object, ...]:
    """What a row's framework cell shows: the record's link, and its successors' links.

    Part of the key of a cached row (:mod:`.fragments`): equal identities give
    equal cells.
    """
    successors: tuple[tuple[str, str, str], ...] = ()
    if record.get("status") in STALE_STATUSES:
        successors = tuple(link_target(other) for other in domain.successors(record))
    return (*link_target(record), successors)


def link_target(record: FrameworkRecord) -> tuple[str, str, str]:
    """Where a link to *record* points, and the name it shows."""
    return (record.name, record.docname, record.anchor)


def no_match(what: str) -> nodes.paragraph:
    """What a view shows when no framework passes its filter."""
    return nodes.paragraph("", "", nodes.emphasis("", f"No framework matches this {what}."))


# -- 2. Fingerprint -----------------------------------------------------------


def fingerprints(domain: FrameworkDomain, env: BuildEnvironment) -> dict[str, str]:
    """A hash per field of every record's value, one of the set of records, one of today.

    A view shows some fields of every record, so it is stale when one of
    those fields changed on any page, or when a record came, went, or
    moved (``NAMES``). The review status also depends on the date and the
    staleness limit (``TODAY``); a row's name cell on the successors of the
    stale frameworks (``SUCCESSION``).
    """
    records = domain.records()
    parts: dict[str, object] = {NAMES: [(r.name, r.docname, r.lineno) for r in records]}
    for fld in FIELDS:
        parts[fld.key] = [(r.slug, r.get(fld.key)) for r in records]
    parts[TODAY] = f"{today(env.config).isoformat()}|{env.config.framework_stale_months}"
    parts[SUCCESSION] = [
        (r.slug, [other.slug for other in domain.successors(r)])
        for r in records
        if r.get("status") in STALE_STATUSES
    ]
    return {key: _digest(part) for key, part in parts.items()}


def _digest(value: object) -> str:
    return hashlib.sha256(repr(value).encode()).hexdigest()


# -- 3. Rewrite ---------------------------------------------------------------


def pages_to_rewrite(app: Sphinx, env: BuildEnvironment) -> list[str]:
    """Name the pages to write again, without re-reading them, from the current records.

    An edited, added or deleted framework page never leaves a stale table,
    matrix, glossary entry or link behind, and a page whose views do not
    show the edited field is left alone.
    """
    index = view_index(env)
    domain = get_domain(env)
    current = fingerprints(domain, env)
    changed = {key for key, value in current.items() if index.fingerprints.get(key) != value}
    index.fingerprints = current
    if NAMES in changed:
        changed |= set(current)
    pages = {page for page, depends in index.depends.items() if changed.intersection(depends)}

    targets = {
        slug: (record.name, record.docname, record.anchor)
        for slug, record in domain.all_names().items()
    }
    moved = {
        slug
        for slug in targets.keys() | index.targets.keys()
        if targets.get(slug) != index.targets.get(slug)
    }
    index.targets = targets
    pages |= {docname for docname, slugs in index.references.items() if slugs & moved}
    return sorted(pages)


# -- 4. Resolve ---------------------------------------------------------------

#: view name -> function that renders it; filled by each view module's setup.
RENDERERS: dict[str, Renderer] = {}


def register_renderer(name: str, renderer: Renderer) -> None:
    RENDERERS[name] = renderer


class ViewResolver(SphinxPostTransform):
    """Replace every view placeholder with the nodes its renderer builds."""

    # Before ReferencesResolver (10): the nodes built here hold pending_xref
    # nodes (framework names, glossary terms) that must still be resolved.
    default_priority = 5

    def run(self, **kwargs: Any) -> None:
        domain = get_domain(self.env)
        # As Sphinx's own ReferencesResolver does: `self.app` is deprecated.
        builder = self.env._app.builder
        for node in list(self.document.findall(framework_view)):
            built = RENDERERS[node["view"]](node, domain, builder)
            built = fragments.resolve(built, self.document, self.env._app)
            for new in built:
                # LaTeX labels every titled table; ids follow document order,
                # so they are the same in every build.
                for table in new.findall(nodes.table):
                    if not table["ids"]:
                        self.document.set_id(table)
                    table.source, table.line = node.source, node.line
                    if builder.format == "text":
                        # The text writer reads widths as characters.
                        for colspec in table.findall(nodes.colspec):
                            colspec["colwidth"] *= TEXT_CHARS_PER_UNIT
            node.replace_self(built)
