"""The ``fw`` domain: every framework record of the project, keyed by document.

Sphinx reads pages one at a time (or in parallel workers) and keeps this
domain's data in the pickled environment. ``clear_doc`` and
``merge_domaindata`` are what keep incremental and parallel builds right:
a re-read or deleted page drops its records, and a worker's records join the
main process's. The domain also resolves ``:framework:`Name``` references
and lists frameworks in ``objects.inv`` for intersphinx. Which pages show
which records, and when they are written again, is :mod:`.views`' business.
"""

from __future__ import annotations

import posixpath
from typing import TYPE_CHECKING, Any, ClassVar, cast

from sphinx.domains import Domain, ObjType
from sphinx.roles import XRefRole
from sphinx.util.nodes import make_refnode

from .diagnostics import did_you_mean, warn
from .records import FrameworkRecord, slugify
from .schema import FIELDS, RELATION_KINDS, Kind

if TYPE_CHECKING:
    from collections.abc import Iterator, Set

    from docutils import nodes
    from docutils.nodes import Element
    from sphinx.addnodes import pending_xref
    from sphinx.application import Sphinx
    from sphinx.builders import Builder
    from sphinx.environment import BuildEnvironment
    from sphinx.util.typing import RoleFunction

DOMAIN = "fw"
#: On a pending reference: an absent framework is plain text, not a warning.
OPTIONAL = "fw-optional"


def setup_domain(app: Sphinx) -> None:
    app.add_domain(FrameworkDomain)
    # ``:framework:`Django``` is the short spelling contributors type;
    # ``:fw:framework:`` is the same role through the domain (and intersphinx).
    app.add_role("framework", FrameworkRole())


class FrameworkRole(XRefRole):
    """``:framework:`Name``` -- a link to a framework's page, by its name."""

    def run(self) -> tuple[list[nodes.Node], list[nodes.system_message]]:
        self.name = f"{DOMAIN}:framework"
        return super().run()


class FrameworkDomain(Domain):
    """Holds the records; resolves references to frameworks."""

    name = DOMAIN
    label = "Python web frameworks"
    object_types: ClassVar[dict[str, ObjType]] = {"framework": ObjType("framework", "framework")}
    roles: ClassVar[dict[str, RoleFunction | XRefRole]] = {"framework": XRefRole()}
    initial_data: ClassVar[dict[str, Any]] = {
        "records": {},  # docname -> tuple[FrameworkRecord, ...]
    }
    data_version = 3

    def __init__(self, env: BuildEnvironment) -> None:
        super().__init__(env)
        self._changed()

    # -- storing -----------------------------------------------------------

    @property
    def _records(self) -> dict[str, tuple[FrameworkRecord, ...]]:
        return cast("dict[str, tuple[FrameworkRecord, ...]]", self.data["records"])

    def add_record(self, record: FrameworkRecord) -> None:
        self._records[record.docname] = (*self._records.get(record.docname, ()), record)
        self._changed()

    def _changed(self) -> None:
        # Views read the sorted records once per page and every reference
        # resolves through them: sort once per change, not once per look-up.
        self._sorted: list[FrameworkRecord] | None = None
        self._by_slug: dict[str, FrameworkRecord] | None = None
        self._by_term: dict[tuple[str, str], list[FrameworkRecord]] | None = None
        self._by_any_name: dict[str, FrameworkRecord] | None = None
        self._lineage: dict[str, list[tuple[str, FrameworkRecord | str]]] | None = None

    def clear_doc(self, docname: str) -> None:
        self._records.pop(docname, None)
        self._changed()

    def merge_domaindata(self, docnames: Set[str], otherdata: dict[str, Any]) -> None:
        for docname in docnames:
            if docname in otherdata["records"]:
                self._records[docname] = otherdata["records"][docname]
        self._changed()

    # -- reading -----------------------------------------------------------

    def records_of(self, docname: str) -> tuple[FrameworkRecord, ...]:
        """The records defined on one page (a framework page has one)."""
        return self._records.get(docname, ())

    def all_records(self) -> list[FrameworkRecord]:
        """Every record read, in a fixed order (by name, then location)."""
        if self._sorted is None:
            self._sorted = sorted(
                (record for records in self._records.values() for record in records),
                key=lambda record: record.sort_key,
            )
        return self._sorted

    def records(self) -> list[FrameworkRecord]:
        """The record of each framework (one per name), in the fixed order."""
        return list(self.by_slug().values())

    def by_slug(self) -> dict[str, FrameworkRecord]:
        """The record that keeps each name, by :func:`keeper`, in the fixed order."""
        if self._by_slug is None:
            same: dict[str, list[FrameworkRecord]] = {}
            for record in self.all_records():
                same.setdefault(record.slug, []).append(record)
            kept = {id(keeper(records)) for records in same.values()}
            self._by_slug = {r.slug: r for r in self.all_records() if id(r) in kept}
        return self._by_slug

    def find(self, name: str) -> FrameworkRecord | None:
        """The record a name or an alias refers to (compared by slug), if any."""
        return self.all_names().get(slugify(name))

    def all_names(self) -> dict[str, FrameworkRecord]:
        """The slug of every name and alias -> the record it refers to."""
        if self._by_any_name is None:
            found: dict[str, FrameworkRecord] = {}
            for record in self.records():
                for alias in record.aliases():
                    found.setdefault(slugify(alias), record)
            found.update(self.by_slug())  # a framework's own name beats an alias
            self._by_any_name = found
        return self._by_any_name

    def lineage(self, record: FrameworkRecord) -> list[tuple[str, FrameworkRecord | str]]:
        """The relations of *record* read from both ends, as ``(label, other)``.

        ``other`` is the related record, or the name as written where it is
        not a framework of this site. A relation is stated once, on one page;
        the other page shows it under the inverse label (``succeeded by``).
        """
        if self._lineage is None:
            index: dict[str, list[tuple[str, FrameworkRecord | str]]] = {}
            for stating in self.records():
                for kind, name in stating.relations():
                    other = self.find(name)
                    if kind == "renamed from" or other is None:
                        index.setdefault(stating.slug, []).append((kind, name))
                        continue
                    if other is stating:
                        continue
                    index.setdefault(stating.slug, []).append((kind, other))
                    index.setdefault(other.slug, []).append((RELATION_KINDS[kind], stating))
            self._lineage = index
        return self._lineage.get(record.slug, [])

    def successors(self, record: FrameworkRecord) -> list[FrameworkRecord]:
        """The frameworks that name *record* as what they succeed."""
        return [
            other
            for label, other in self.lineage(record)
            if label == RELATION_KINDS["successor of"] and not isinstance(other, str)
        ]

    def with_term(self, key: str, label: str) -> list[FrameworkRecord]:
        """The records (in the fixed order) whose field *key* holds *label*.

        Built once per change for all fields, so the glossary's back-links cost
        one pass over the records, not one pass per term.
        """
        if self._by_term is None:
            index: dict[tuple[str, str], list[FrameworkRecord]] = {}
            for record in self.records():
                for fld in FIELDS:
                    if fld.is_criterion:
                        labels = record.terms(fld.key)
                    elif fld.kind is Kind.STATUS and record.get(fld.key):
                        labels = (str(record.get(fld.key)),)
                    else:
                        continue
                    for term in labels:
                        index.setdefault((fld.key, term), []).append(record)
            self._by_term = index
        return self._by_term.get((key, label), [])

    # -- checking and resolving --------------------------------------------

    def check_consistency(self) -> None:
        """Warn, on each page that lost it, about a framework name taken by another page."""
        kept = self.by_slug()
        for record in self.all_records():
            winner = kept[record.slug]
            if winner is record:
                continue
            warn(
                f"the framework name {record.name!r} is taken: "
                f"{self.env.doc2path(winner.docname, base=False)}:{winner.lineno} describes "
                f"{winner.name!r}, and the page whose file name is {record.slug!r} (or else "
                "whose path sorts first) keeps a name. This record is in no table, matrix "
                "or link: edit that page instead, or give this framework another name",
                (record.docname, record.lineno),
                "duplicate",
            )
        self.check_aliases()
        self.check_relations()

    def check_aliases(self) -> None:
        """An alias may not be another framework's name or alias."""
        owner: dict[str, FrameworkRecord] = {r.slug: r for r in self.records()}
        for record in self.records():
            for alias in record.aliases():
                slug = slugify(alias)
                other = owner.setdefault(slug, record)
                if other is not record:
                    warn(
                        f"the alias {alias!r} of {record.name!r} is already a name of "
                        f"{other.name!r} ({self.env.doc2path(other.docname, base=False)}:"
                        f"{other.lineno}); an alias names one framework only",
                        (record.docname, record.lineno),
                        "duplicate",
                    )

    def check_relations(self) -> None:
        """Unknown names, self-references, renamings without an alias, and cycles."""
        names = [r.name for r in self.records()] + [a for r in self.records() for a in r.aliases()]
        edges: dict[str, set[str]] = {}
        for record in self.records():
            where = (record.docname, record.lineno)
            for kind, name in record.relations():
                other = self.find(name)
                if kind == "renamed from":
                    if slugify(name) not in {slugify(a) for a in record.aliases()}:
                        warn(
                            f"{record.name!r} is 'renamed from {name}', which is not one of "
                            f"its :aliases:; add {name!r} there",
                            where,
                            "relation",
                        )
                elif other is None:
                    warn(
                        f"{name!r} in :relations: is not a framework of this site"
                        f"{did_you_mean(name, names)}; it is shown as plain text. Name a "
                        "framework that has a page, or describe the relation in the prose",
                        where,
                        "relation",
                    )
                elif other is record:
                    warn(
                        f"{record.name!r} names itself in :relations: ({kind} {name}); "
                        "a relation links two frameworks",
                        where,
                        "relation",
                    )
                else:
                    edges.setdefault(record.slug, set()).add(other.slug)
        for cycle in _cycles(edges):
            first = self.by_slug()[cycle[0]]
            among = ", ".join(self.by_slug()[slug].name for slug in cycle)
            warn(
                f"the relations go round in a circle among {among}; a framework cannot be "
                "built on, succeed or fork its own descendant. Remove one of them",
                (first.docname, first.lineno),
                "relation",
            )

    def resolve_xref(
        self,
        env: BuildEnvironment,
        fromdocname: str,
        builder: Builder,
        typ: str,
        target: str,
        node: pending_xref,
        contnode: Element,
    ) -> nodes.reference | None:
        record = self.find(target)
        if record is None and node.get(OPTIONAL):
            return contnode  # type: ignore[return-value]
        if record is None:
            names = [record.name for record in self.records()]
            warn(
                f"unknown framework {target!r} in :framework: reference"
                f"{did_you_mean(target, names)}",
                node,
                "reference",
            )
            # Sphinx puts whatever node is returned in place: plain text, warned once.
            return contnode  # type: ignore[return-value]
        return make_refnode(
            builder, fromdocname, record.docname, record.anchor, contnode, record.name
        )

    def resolve_any_xref(
        self,
        env: BuildEnvironment,
        fromdocname: str,
        builder: Builder,
        target: str,
        node: pending_xref,
        contnode: Element,
    ) -> list[tuple[str, nodes.reference]]:
        record = self.find(target)
        if record is None:
            return []
        ref = make_refnode(
            builder, fromdocname, record.docname, record.anchor, contnode, record.name
        )
        return [(f"{DOMAIN}:framework", ref)]

    def get_objects(self) -> Iterator[tuple[str, str, str, str, str, int]]:
        for record in self.by_slug().values():
            yield record.slug, record.name, "framework", record.docname, record.anchor, 1


def _cycles(edges: dict[str, set[str]]) -> list[list[str]]:
    """The nodes of each cycle (strongly connected component), sorted; in linear time."""
    order: list[str] = []
    seen: set[str] = set()
    nodes = sorted(set(edges) | {n for targets in edges.values() for n in targets})
    for start in nodes:  # Kosaraju, first pass: finishing order, without recursion
        if start in seen:
            continue
        seen.add(start)
        stack = [(start, iter(sorted(edges.get(start, ()))))]
        while stack:
            node, children = stack[-1]
            child = next((c for c in children if c not in seen), None)
            if child is None:
                order.append(node)
                stack.pop()
            else:
                seen.add(child)
                stack.append((child, iter(sorted(edges.get(child, ())))))
    reverse: dict[str, set[str]] = {}
    for node, targets in edges.items():
        for target in targets:
            reverse.setdefault(target, set()).add(node)
    assigned: set[str] = set()
    cycles = []
    for start in reversed(order):  # second pass, on the reversed graph
        if start in assigned:
            continue
        component, todo = [], [start]
        assigned.add(start)
        while todo:
            node = todo.pop()
            component.append(node)
            for prev in reverse.get(node, ()):
                if prev not in assigned:
                    assigned.add(prev)
                    todo.append(prev)
        if len(component) > 1:
            cycles.append(sorted(component))
    return sorted(cycles)


def keeper(records: list[FrameworkRecord]) -> FrameworkRecord:
    """Of records sharing a slug, the one that keeps the name, by a rule you can predict.

    The record on the page whose file name is the slug (``frameworks/web-py.rst``
    for web.py) keeps it; failing that, the record on the page whose path sorts
    first. A new page can therefore never take a name from an existing page
    named after it.
    """
    named_after = [r for r in records if posixpath.basename(r.docname) == r.slug]
    return min(named_after or records, key=lambda r: (r.docname, r.lineno))


def get_domain(env: BuildEnvironment) -> FrameworkDomain:
    return cast("FrameworkDomain", env.domains[DOMAIN])
