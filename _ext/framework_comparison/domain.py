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
from .schema import FIELDS, Kind

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
        record = self.by_slug().get(slugify(target))
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
        record = self.by_slug().get(slugify(target))
        if record is None:
            return []
        ref = make_refnode(
            builder, fromdocname, record.docname, record.anchor, contnode, record.name
        )
        return [(f"{DOMAIN}:framework", ref)]

    def get_objects(self) -> Iterator[tuple[str, str, str, str, str, int]]:
        for record in self.by_slug().values():
            yield record.slug, record.name, "framework", record.docname, record.anchor, 1


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
