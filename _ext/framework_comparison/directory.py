"""The ``framework-directory`` directive: every framework, grouped by its kind.

::

    .. framework-directory::
       :status: active, maintained       (optional filter)

The frameworks index uses it. There is one section per term of the ``kind``
vocabulary, in the glossary's order, and a last one for frameworks whose
kind is not recorded; the sections are made while the page is read, so
they are headings in every format and in the page's contents. Under each
heading a placeholder becomes, when the page is written, the list of the
frameworks of that kind: each with its one-line description (``tagline``),
its status and the year of its first release. It takes the options every
view shares (:class:`.views.ViewDirective`).
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from docutils import nodes

from . import fragments
from .inline import framework_ref, term_ref
from .records import is_special
from .schema import FIELDS_BY_KEY, UNKNOWN
from .views import ViewDirective, link_target, register_renderer, select

if TYPE_CHECKING:
    from sphinx.application import Sphinx
    from sphinx.builders import Builder

    from .domain import FrameworkDomain
    from .records import FrameworkRecord
    from .views import framework_view

KIND = "kind"
#: The fields each entry shows; a change to one of them rewrites the index.
SHOWN = (KIND, "tagline", "status", "first-release")
#: The group of the frameworks whose kind is ``unknown`` or missing.
UNRECORDED = UNKNOWN


def setup_directory(app: Sphinx) -> None:
    app.add_directive("framework-directory", FrameworkDirectoryDirective)
    register_renderer("directory", render_directory)


def plural(label: str) -> str:
    """``"toolkit"`` -> ``"Toolkits"``: a kind as a section title."""
    return label[:1].upper() + label[1:] + "s"


def kind_of(record: FrameworkRecord) -> str:
    """The record's kind, or :data:`UNRECORDED` (``none`` says nothing of a kind)."""
    terms = record.terms(KIND)
    return UNRECORDED if is_special(terms[0]) else terms[0]


def kind_sections() -> list[tuple[str, str, str]]:
    """(kind, section title, section id) of each group, in the glossary's order.

    The directory makes these sections, and the sidebar links to them.
    """
    kinds = [(term.label, plural(term.label)) for term in FIELDS_BY_KEY[KIND].vocabulary]
    kinds.append((UNRECORDED, "Kind not yet recorded"))
    sections = []
    for label, title in kinds:
        key = "unrecorded" if label == UNRECORDED else label
        sections.append(
            (label, title, "kind-" + "".join(c if c.isalnum() else "-" for c in key.lower()))
        )
    return sections


class FrameworkDirectoryDirective(ViewDirective):
    """One section per kind, each listing its frameworks when the page is written."""

    def make_view(self) -> list[nodes.Node]:
        sections: list[nodes.Node] = []
        for label, title, section_id in kind_sections():
            section = nodes.section(ids=[section_id], names=[section_id])
            section += nodes.title(title, title)
            self.state.document.note_explicit_target(section)
            section += self.view("directory", SHOWN, kind=label)
            self.set_source_info(section)
            sections.append(section)
        return sections


def render_directory(
    node: framework_view, domain: FrameworkDomain, builder: Builder
) -> list[nodes.Node]:
    label: str = node["kind"]
    records = [record for record in select(domain, node) if kind_of(record) == label]
    intro = nodes.paragraph(classes=["fw-directory-intro"])
    if label == UNRECORDED:
        intro += nodes.Text("Frameworks whose pages do not yet say what kind they are ")
        intro += nodes.Text("(")
        intro += term_ref(UNKNOWN)
        intro += nodes.Text(f"): {len(records)}.")
    else:
        intro += nodes.Text("Frameworks of the kind ")
        intro += term_ref(label)
        intro += nodes.Text(f": {len(records)}.")
    if not records:
        return [intro]
    shown = tuple((link_target(r), *(r.get(key) for key in SHOWN[1:])) for r in records)
    return [intro, fragments.part(("directory", shown), partial(entries, records))]


def entries(records: list[FrameworkRecord]) -> nodes.bullet_list:
    """The list of one kind's frameworks (a list with a class: cached as HTML)."""
    items = nodes.bullet_list(classes=["fw-directory"])
    for record in records:
        items += nodes.list_item("", entry(record))
    return items


def entry(record: FrameworkRecord) -> nodes.paragraph:
    """``Name — description (status; first release 2005)``."""
    para = nodes.paragraph(classes=["fw-directory-entry"])
    para += nodes.strong("", "", framework_ref(record))
    tagline = record.get("tagline")
    if tagline:
        para += nodes.Text(f" \u2014 {tagline}")
    para += nodes.Text(" (")
    status = record.get("status")
    if status:
        para += term_ref(str(status))
        para += nodes.Text("; ")
    para += nodes.Text("first release ")
    year = record.get("first-release")
    para += term_ref(UNKNOWN) if year in (None, UNKNOWN) else nodes.Text(str(year))
    para += nodes.Text(")")
    return para
