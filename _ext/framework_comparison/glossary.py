"""The ``framework-glossary`` directive: every status and vocabulary term, defined once.

The terms and their definitions come from :mod:`.vocabulary`; they are made
into Sphinx's own glossary nodes while the page is read, so ``:term:`` works
from any page and every term is in the index. Under each definition, a
placeholder becomes the list of frameworks that have the term when the page
is written. The directive makes::

    section (Core concepts)               -- one per group below; no back-links here
    section (Status)
        paragraph (what the field means)
        glossary
            definition_list.glossary
                definition_list_item
                    term (registered with the standard domain, indexed)
                    definition
                        <the term's definition>
                        framework_view(view="backlinks", field=..., term=...)
    section (one per criterion, in the overview's order)
    section (Values in every criterion: none, unknown)
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from docutils import nodes
from sphinx import addnodes
from sphinx.domains.std import make_glossary_term

from . import fragments
from .diagnostics import warn
from .domain import DOMAIN, OPTIONAL
from .inline import framework_ref, joined
from .lenient import LenientDirective
from .records import is_special
from .schema import CRITERIA, FIELDS_BY_KEY
from .views import link_target, placeholder, register_renderer
from .vocabulary import CONCEPTS, SPECIAL_TERMS, STATUSES, VOCABULARIES, Term

if TYPE_CHECKING:
    from collections.abc import Sequence

    from sphinx.application import Sphinx
    from sphinx.builders import Builder

    from .domain import FrameworkDomain
    from .records import FrameworkRecord
    from .views import framework_view

#: Pseudo-field for the back-links of ``none`` and ``unknown``.
ANY_CRITERION = "*"
CRITERIA_KEYS = [fld.key for fld in CRITERIA]
#: Every criterion's terms by label, for their rules.
TERMS_BY_LABEL: dict[str, Term] = {
    term.label: term for terms in VOCABULARIES.values() for term in terms
}


def setup_glossary(app: Sphinx) -> None:
    app.add_directive("framework-glossary", FrameworkGlossaryDirective)
    register_renderer("backlinks", render_backlinks)


class FrameworkGlossaryDirective(LenientDirective):
    """Glossary sections for the statuses, every criterion's terms, none and unknown."""

    def make_nodes(self) -> list[nodes.Node]:
        if "glossary-concepts" in self.state.document.ids:
            warn(
                "this page already has a framework glossary; the second one was left out "
                "(the glossary defines each term once)",
                self.get_location(),
                "duplicate",
            )
            return []
        status = FIELDS_BY_KEY["status"]
        sections: list[nodes.Node] = [
            self.section(
                "concepts",
                "Core concepts",
                "The ideas behind the criteria, kept apart as the original "
                "overview kept them apart.",
                [(t.label, t.definition, "") for t in CONCEPTS],
            ),
            self.section(
                "status",
                "Status",
                status.description,
                [(s.label, s.definition, "status") for s in STATUSES],
            ),
        ]
        for fld in CRITERIA:
            sections.append(
                self.section(
                    fld.key,
                    fld.heading,
                    f"Terms of the :{fld.key}: field. {fld.description}",
                    [(t.label, t.definition, fld.key) for t in fld.vocabulary],
                )
            )
        sections.append(
            self.section(
                "special",
                "Values in every criterion",
                "Two values are valid in every criterion, and they are never the same thing.",
                [(t.label, t.definition, ANY_CRITERION) for t in SPECIAL_TERMS],
            )
        )
        return sections

    def rule_nodes(self, term: Term | None) -> list[nodes.Node]:
        """When a framework gets the term, with an example and a counter-example."""
        if term is None or not term.rule:
            return []
        found: list[nodes.Node] = []
        for heading, text in (
            ("When", term.rule),
            ("Example", term.example),
            ("Not", term.counter),
        ):
            if text:
                parsed = self.parse_text_to_nodes(f"**{heading}:** {text}")
                for para in parsed:
                    if isinstance(para, nodes.Element):
                        para["classes"].append(f"fw-rule-{heading.lower()}")
                        # The rules name this site's frameworks, but the glossary is
                        # built by every project of the extension (test roots, a
                        # fresh site): there an absent framework is plain text, not a
                        # warning. tests/test_vocabulary_rules.py checks the names.
                        for ref in para.findall(addnodes.pending_xref):
                            if ref.get("refdomain") == DOMAIN:
                                ref[OPTIONAL] = True
                found += parsed
        return found

    def section(
        self, key: str, title: str, intro: str, terms: list[tuple[str, str, str]]
    ) -> nodes.section:
        section = nodes.section(ids=[f"glossary-{key}"], names=[f"glossary-{key}"])
        section += nodes.title(title, title)
        section += nodes.paragraph(intro, intro)
        # Explicit: the sections are :ref: targets (glossary-deployment...).
        self.state.document.note_explicit_target(section)
        items = []
        for label, definition, field_key in terms:
            term = make_glossary_term(
                self.env,
                [nodes.Text(label)],
                None,
                *self.get_source_info(),
                node_id=None,
                document=self.state.document,
            )
            body = self.parse_text_to_nodes(definition)
            body += self.rule_nodes(TERMS_BY_LABEL.get(label))
            if field_key:  # concepts are not values of a field: no back-links
                depends = CRITERIA_KEYS if field_key == ANY_CRITERION else [field_key]
                body.append(placeholder(self, "backlinks", depends, field=field_key, term=label))
            items.append(nodes.definition_list_item("", term, nodes.definition("", *body)))
        dlist = nodes.definition_list("", *items, classes=["glossary"])
        glossary = addnodes.glossary("", dlist, sorted=False)
        self.set_source_info(glossary)
        section += glossary
        return section


def render_backlinks(
    node: framework_view, domain: FrameworkDomain, builder: Builder
) -> list[nodes.Node]:
    """ "Frameworks: A, B." under a term, or the frameworks with ``none``/``unknown``."""
    label = node["term"]
    if node["field"] == ANY_CRITERION and is_special(label):
        holders = {
            fld.key: tuple(link_target(r) for r in domain.with_term(fld.key, label))
            for fld in CRITERIA
        }
        special = ("special-backlinks", label, tuple(holders.items()))
        return [fragments.part(special, partial(_special_backlinks, label, domain))]
    records = domain.with_term(node["field"], label)
    key = ("backlinks", label, tuple(link_target(r) for r in records))
    return [fragments.part(key, partial(_backlinks, records))]


def _backlinks(records: Sequence[FrameworkRecord]) -> nodes.paragraph:
    """``Frameworks (2): A, B.``: a paragraph with a class, so it can be cached as HTML."""
    para = nodes.paragraph(classes=["fw-backlinks"])
    if not records:
        para += nodes.emphasis("", "No framework in this overview has this term yet.")
        return para
    para += nodes.strong("", f"Frameworks ({len(records)}): ")
    para += joined([framework_ref(record) for record in records])
    return para


def _special_backlinks(label: str, domain: FrameworkDomain) -> nodes.Node:
    """Frameworks with ``none`` or ``unknown`` somewhere, and in which criteria."""
    fields_of: dict[str, list[str]] = {}
    records = {}
    for fld in CRITERIA:
        for record in domain.with_term(fld.key, label):
            fields_of.setdefault(record.slug, []).append(fld.label.lower())
            records[record.slug] = record
    para = nodes.paragraph(classes=["fw-backlinks"])
    if not records:
        para += nodes.emphasis("", f"No framework in this overview has '{label}' anywhere.")
        return para
    para += nodes.strong("", f"Frameworks with '{label}' values ({len(records)}): ")
    parts: list[nodes.Node] = []
    for record in sorted(records.values(), key=lambda r: r.sort_key):
        item = nodes.inline()
        item += framework_ref(record)
        item += nodes.Text(f" ({', '.join(fields_of[record.slug])})")
        parts.append(item)
    para += joined(parts, "; ")
    return para
