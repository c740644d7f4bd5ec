"""The contributing guide's reference lists, generated from the declarations.

``framework-field-reference`` lists every field (from :data:`.schema.FIELDS`)
with whether it is required, how to write it and, for criteria and the status,
every term linked to the glossary. ``framework-warning-reference`` lists every
warning subtype (from :data:`.diagnostics.SUBTYPES`) with its fix. Adding a
field or a subtype updates the guide with no edit to it.
"""

from __future__ import annotations

import textwrap
from typing import TYPE_CHECKING

from docutils import nodes

from .diagnostics import SUBTYPES, WARNING_TYPE
from .inline import joined, term_ref
from .lenient import LenientDirective
from .schema import GROUPS, STATUS_LABELS, Kind, fields_in_group

if TYPE_CHECKING:
    from sphinx.application import Sphinx

    from .schema import Field


def setup_contributing(app: Sphinx) -> None:
    app.add_directive("framework-field-reference", FieldReferenceDirective)
    app.add_directive("framework-warning-reference", WarningReferenceDirective)


class FieldReferenceDirective(LenientDirective):
    """One definition list per group: ``:key:`` -> label, required, kind, terms."""

    def make_nodes(self) -> list[nodes.Node]:
        result: list[nodes.Node] = []
        for group in GROUPS:
            result.append(nodes.rubric(group.label, group.label))
            items = nodes.definition_list(classes=["fw-field-reference"])
            for fld in fields_in_group(group.key):
                term = nodes.term()
                term += nodes.literal(f":{fld.key}:", f":{fld.key}:")
                required = "required" if fld.required else "optional"
                term += nodes.Text(f" \u2014 {fld.label}, {required}")
                body = [
                    nodes.paragraph(fld.description, fld.description),
                    nodes.paragraph("", f"Write {fld.how}."),
                ]
                labels = field_terms(fld)
                if labels:
                    para = nodes.paragraph()
                    para += nodes.strong("", "Terms: ")
                    para += joined([term_ref(label) for label in labels])
                    body.append(para)
                items += nodes.definition_list_item("", term, nodes.definition("", *body))
            for node in items.findall():
                self.set_source_info(node)
            result.append(items)
        return result


def field_terms(fld: Field) -> list[str]:
    """The values a criterion or the status may take (empty for other fields)."""
    if fld.kind is Kind.TERMS:
        return [t.label for t in fld.vocabulary]
    if fld.kind is Kind.STATUS:
        return list(STATUS_LABELS)
    return []


def field_reference_text(width: int = 79) -> str:
    """The field reference as plain text, for the terminal (``make fields``)."""
    wrap = textwrap.TextWrapper(width=width, initial_indent="    ", subsequent_indent="    ")
    lines: list[str] = []
    for group in GROUPS:
        lines += [group.label, "-" * len(group.label), ""]
        for fld in fields_in_group(group.key):
            required = "required" if fld.required else "optional"
            lines.append(f":{fld.key}: \u2014 {fld.label}, {required}")
            lines += wrap.wrap(fld.description)
            lines += wrap.wrap(f"Write {fld.how}.")
            terms = field_terms(fld)
            if terms:
                lines += wrap.wrap("Terms: " + ", ".join(terms) + ".")
            lines.append("")
    return "\n".join(lines)


class WarningReferenceDirective(LenientDirective):
    """Every warning subtype, as it appears at the end of a warning line."""

    def make_nodes(self) -> list[nodes.Node]:
        items = nodes.definition_list(classes=["fw-warning-reference"])
        for subtype, meaning in SUBTYPES.items():
            code = f"[{WARNING_TYPE}.{subtype}]"
            term = nodes.term("", "", nodes.literal(code, code))
            items += nodes.definition_list_item(
                "", term, nodes.definition("", *self.parse_text_to_nodes(meaning))
            )
        return [items]


__all__ = ["setup_contributing"]
