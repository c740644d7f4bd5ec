"""Plain docutils nodes for field values, shared by the card, tables and matrices.

Everything here builds standard nodes (paragraphs, references, pending
cross-references), so the HTML, LaTeX and ePub builders all render it without
visitors of ours. Terms link to their glossary entries through Sphinx's own
``term`` cross-reference, so the glossary stays the single place of definition.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from docutils import nodes
from sphinx import addnodes

from .domain import DOMAIN
from .records import is_special
from .schema import Kind
from .validation import PYPI_HISTORY_URL, parse_activity

if TYPE_CHECKING:
    from collections.abc import Sequence

    from .records import FrameworkRecord
    from .schema import Field

SPDX_URL = "https://spdx.org/licenses/{}.html"
PYPI_URL = "https://pypi.org/project/{}/"
_SPDX_OPERATORS = {"AND", "OR", "WITH"}

#: CSS classes that set ``none`` and ``unknown`` apart from real values.
VALUE_CLASSES = {"none": "fw-none", "unknown": "fw-unknown"}


def term_ref(label: str) -> nodes.Node:
    """A link to a glossary term, styled by what kind of value it is."""
    classes = ["xref", "std", "std-term", VALUE_CLASSES.get(label, "fw-term")]
    ref = addnodes.pending_xref(
        "",
        nodes.inline(label, label, classes=classes),
        refdomain="std",
        reftype="term",
        reftarget=label,
        refexplicit=True,
        refwarn=True,
    )
    return ref


def framework_ref(record: FrameworkRecord) -> nodes.Node:
    """A link to a framework's card, resolved by the domain when pages are written."""
    return addnodes.pending_xref(
        "",
        nodes.inline(record.name, record.name, classes=["xref", DOMAIN, "fw-name"]),
        refdomain=DOMAIN,
        reftype="framework",
        reftarget=record.name,
        refexplicit=True,
        refwarn=True,
    )


def link(url: str, text: str | None = None) -> nodes.reference:
    text = text or url
    return nodes.reference(text, text, refuri=url)


def short_url(url: str, limit: int = 60) -> str:
    """A URL without its scheme, shortened in the middle for narrow columns."""
    bare = re.sub(r"^https?://", "", url).rstrip("/")
    if len(bare) <= limit:
        return bare
    head = limit // 2
    return bare[:head] + "\u2026" + bare[-(limit - head - 1) :]


def licence_nodes(expression: str, *, linked: bool = True) -> list[nodes.Node]:
    """An SPDX expression with each identifier linked to its SPDX page."""
    if expression == "unknown":
        return [term_ref("unknown")]
    result: list[nodes.Node] = []
    for token in re.split(r"(\s+|[()])", expression):
        if not token:
            continue
        if token in _SPDX_OPERATORS or not re.fullmatch(r"[A-Za-z0-9.+-]+", token):
            result.append(nodes.Text(token))
        elif not linked:
            result.append(nodes.inline(token, token, classes=["fw-licence"]))
        elif token.startswith("LicenseRef-"):
            # Plain text, not a literal: narrow columns may break it at hyphens.
            result.append(nodes.inline(token, token, classes=["fw-licenseref"]))
        else:
            result.append(link(SPDX_URL.format(token.removesuffix("+")), token))
    return result


def joined(parts: list[nodes.Node], separator: str = ", ") -> list[nodes.Node]:
    result: list[nodes.Node] = []
    for index, part in enumerate(parts):
        if index:
            result.append(nodes.Text(separator))
        result.append(part)
    return result


def value_nodes(
    record: FrameworkRecord, fld: Field, *, short: bool = False, paged: bool = False
) -> list[nodes.Node]:
    """The inline nodes showing one field of a record (empty when it has no value).

    *short* shortens URLs for table cells. *paged* (LaTeX, ePub) shows URLs
    as their bare host name and licences without links: a URL cannot break
    across lines in a narrow column, and every external link on paper becomes
    a footnote, which a 40-row table cannot hold. Each framework's card keeps
    the full links.
    """
    if fld.is_criterion:
        return joined([term_ref(label) for label in record.terms(fld.key)])
    value = record.get(fld.key)
    if value is None:
        return []
    if fld.kind is Kind.STATUS:
        return [term_ref(str(value))]
    if fld.kind is Kind.SPDX:
        return licence_nodes(str(value), linked=not paged)
    if fld.kind is Kind.URL:
        if paged:
            host = urlsplit(str(value)).hostname or str(value)
            return [nodes.inline(host, host)]
        return [link(str(value), short_url(str(value)) if short else None)]
    if fld.kind is Kind.URLS:
        return joined([link(url, short_url(url)) for url in value], "\n")
    if fld.kind is Kind.NAMES:
        return [nodes.Text(", ".join(value))]
    if fld.kind is Kind.RELATIONS:
        return relation_nodes([(kind, name) for kind, name in record.relations()])
    if fld.kind is Kind.PYPI:
        if paged:
            return [nodes.inline(str(value), str(value))]
        return [link(PYPI_URL.format(value), str(value))]
    if fld.kind is Kind.PARTIAL_DATE and is_special(str(value)):
        return [term_ref(str(value))]
    if fld.kind is Kind.ACTIVITY:
        return activity_nodes(record, str(value), linked=not paged)
    return [nodes.Text(str(value))]


def name_ref(name: str) -> nodes.Node:
    """A link to a framework by one of its names, resolved when the page is written."""
    return addnodes.pending_xref(
        "",
        nodes.inline(name, name, classes=["xref", DOMAIN, "fw-name"]),
        refdomain=DOMAIN,
        reftype="framework",
        reftarget=name,
        refexplicit=True,
        refwarn=True,
    )


def relation_nodes(pairs: Sequence[tuple[str, FrameworkRecord | str]]) -> list[nodes.Node]:
    """``built on Starlette; succeeded by Pyramid``: each kind once, linked names.

    A name that is not a framework of this site (a former name) is plain text.
    """
    grouped: dict[str, list[nodes.Node]] = {}
    for label, other in pairs:
        if isinstance(other, str):
            shown: nodes.Node = nodes.Text(other)
        else:
            shown = framework_ref(other)
        grouped.setdefault(label, []).append(shown)
    parts: list[nodes.Node] = []
    for label, names in grouped.items():
        part = nodes.inline(classes=["fw-relation"])
        part += nodes.Text(f"{label} ")
        part += joined(names)
        parts.append(part)
    return joined(parts, "; ")


def activity_nodes(record: FrameworkRecord, value: str, *, linked: bool) -> list[nodes.Node]:
    """The activity as a dated, sourced fact: "..., the last on D (as of D, from PyPI's ...)"."""
    activity = parse_activity(value)
    if activity is None:  # the directive keeps only valid values
        return [nodes.Text(value)]
    head = value.removesuffix(")")
    source = "PyPI's release history"
    url = PYPI_HISTORY_URL.format(record.get("pypi"))
    cited = link(url, source) if linked else nodes.Text(source)
    return [nodes.Text(f"{head}, from "), cited, nodes.Text(")")]


def value_text(record: FrameworkRecord, fld: Field) -> str:
    """The plain text of a field, for sorting and filtering."""
    if fld.is_criterion:
        return ", ".join(record.terms(fld.key))
    value = record.get(fld.key)
    if fld.kind is Kind.RELATIONS:
        return "; ".join(f"{kind} {name}" for kind, name in record.relations())
    if isinstance(value, tuple):
        return (", " if fld.kind is Kind.NAMES else " ").join(value)
    return "" if value is None else str(value)
