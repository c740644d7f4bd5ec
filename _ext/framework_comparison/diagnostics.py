"""Warnings for contributors: one type, a subtype per family of mistakes.

Every warning this extension emits goes through :func:`warn`, so each carries
a location, the type ``framework`` and a snake_case subtype. A contributor (or
a maintainer) can silence one family with ``suppress_warnings``, for example
``suppress_warnings = ["framework.stale"]``.
"""

from __future__ import annotations

import difflib
from typing import TYPE_CHECKING

from sphinx.util import logging

from .vocabulary import STATUSES

if TYPE_CHECKING:
    from collections.abc import Iterable

    from docutils import nodes

WARNING_TYPE = "framework"

#: Every subtype, with what it means and how to fix it. The contributing
#: guide's warning reference is generated from this table.
SUBTYPES: dict[str, str] = {
    "argument": "The directive has no usable name. Write it after the colons: "
    "``.. framework:: Name``, in any script, at most 64 characters, with no invisible "
    "or direction-changing characters and without mixing look-alike scripts.",
    "page": "The framework directive is not where a record can be: a page holds one "
    "framework, and framework pages live in ``frameworks/``.",
    "syntax": "A line inside the field list is not a field. Fields look like "
    "``:licence: MIT``; leave a blank line before the summary paragraph.",
    "option": "The field name is not one of the declared fields (the message "
    "suggests the nearest). See the field reference above.",
    "duplicate_option": "A field is given twice; the first value was kept. "
    "Delete one of the two lines.",
    "missing": "A required field is absent. Where the sources do not settle a "
    "criterion, write ``unknown``: never leave it out.",
    "empty": "A field is present but has no value.",
    "summary": "The directive has no summary paragraph after its fields.",
    "vocabulary": "A criterion holds a term that is not in its vocabulary (the "
    "message names the nearest terms), or ``none``/``unknown`` is combined "
    "with other terms, or a one-term criterion (``:kind:``) holds more than one. "
    "Every term is defined in the glossary.",
    "licence": "The licence is not a valid SPDX expression. Use identifiers "
    "from the SPDX licence list, ``LicenseRef-Name`` for a licence without "
    "one, or ``unknown``.",
    "status": "The status is not one of: " + ", ".join(s.label for s in STATUSES) + ".",
    "date": "A date is not ISO 8601 (YYYY-MM-DD), a year is not four digits, "
    "or either lies in the future or before Python's first release (1991).",
    "release": "A version field is not in its form: ``:latest-release:`` is a version "
    "and its date in brackets, ``2.1 (2026-03-10)``; ``:python:`` lists versions such "
    "as ``3.10+``. Neither takes markup.",
    "activity": "The ``:activity:`` value is not in its form, ``5 releases in 12 months, "
    "the last on 2026-11-20 (as of 2026-12-01)``, its numbers disagree with each other, or "
    "the page does not cite where they come from: its ``:pypi:`` name and PyPI's release "
    "history, ``https://pypi.org/project/NAME/#history``, in ``:sources:`` and the Sources "
    "section. ``make check-releases O=--write`` writes the field and both citations.",
    "url": "A URL in a field is not http(s), or a link in the prose has a scheme other "
    "than http, https or mailto (``javascript:``, ``data:``, ``file:``...). The link was "
    "dropped and its text kept; write the full ``https://`` address.",
    "unsafe": "The page uses something switched off on this site because a pull request "
    "could abuse it: the ``raw`` directive or role, ``include``, ``literalinclude``, "
    "``csv-table`` with ``:file:`` or ``:url:``, or an image or download outside the "
    "project. The content was left out; write it as reStructuredText.",
    "encoding": "A page is not UTF-8. The message names the file, the line and the byte "
    "offset; the page was left out of the build until it is saved as UTF-8.",
    "relation": "A ``:relations:`` clause does not start with a kind of relation (built "
    "on, successor of, fork of, renamed from), names a framework that has no page here "
    "(the message suggests the nearest), names the page's own framework, renames from a "
    "name that is not in ``:aliases:``, or the relations go round in a circle.",
    "length": "A one-line text field, such as ``:tagline:``, is longer than its limit "
    "(the message gives it). Say it in fewer words; the long value was kept.",
    "pypi": "The PyPI name is not a valid distribution name.",
    "duplicate": "Two pages describe a framework of the same name (the "
    "message names both). The page whose file name is the name's slug "
    "(``web-py.rst`` for web.py) keeps the record; failing that, the page whose path "
    "sorts first. Keep one page per framework. Also: a second ``framework-glossary``.",
    "reference": "A ``:framework:`` reference names no known framework (the "
    "message suggests the nearest).",
    "sources": "A link cited on a framework page is missing from ``:sources:``, or "
    "a ``:sources:`` URL is cited nowhere on the page. Keep the field, the inline "
    "citations and the Sources section in step.",
    "placeholder": "A placeholder written by ``make new`` is still on the page. "
    "Replace each ``<fill in: ...>`` with sourced text.",
    "view": "A table, matrix or review-status directive has a bad option (an "
    "unknown field, group, status or sort key).",
    "stale": "The page was reviewed longer ago than ``framework_stale_months``. "
    "Off by default; maintainers switch it on with ``framework_warn_stale``.",
}

logger = logging.getLogger(__name__)


def warn(
    message: str,
    location: nodes.Node | tuple[str, int | None] | str | None,
    subtype: str,
) -> None:
    """Log one located, typed warning."""
    if subtype not in SUBTYPES:  # a bug in this extension, not in a page
        raise ValueError(f"undeclared warning subtype {subtype!r}")
    logger.warning(message, location=location, type=WARNING_TYPE, subtype=subtype)


def located(node: nodes.Node) -> nodes.Node:
    """The node itself or its nearest ancestor that knows its line."""
    while node.line is None and node.parent is not None:
        node = node.parent
    return node


def nearest(word: str, choices: Iterable[str], n: int = 3) -> list[str]:
    """The choices closest to *word*, best first (case is ignored)."""
    by_folded: dict[str, str] = {}
    for choice in choices:
        by_folded.setdefault(choice.casefold(), choice)
    matches = difflib.get_close_matches(word.casefold(), by_folded, n=n, cutoff=0.6)
    return [by_folded[match] for match in matches]


def did_you_mean(word: str, choices: Iterable[str], quote: str = "'") -> str:
    """A ``did you mean ...?`` clause, or an empty string when nothing is close."""
    matches = nearest(word, choices)
    if not matches:
        return ""
    return " (did you mean " + " or ".join(f"{quote}{m}{quote}" for m in matches) + "?)"
