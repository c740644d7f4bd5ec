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

if TYPE_CHECKING:
    from collections.abc import Iterable

    from docutils import nodes

WARNING_TYPE = "framework"

logger = logging.getLogger(__name__)


def warn(
    message: str,
    location: nodes.Node | tuple[str, int | None] | str | None,
    subtype: str,
) -> None:
    """Log one located, typed warning."""
    logger.warning(message, location=location, type=WARNING_TYPE, subtype=subtype)


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
