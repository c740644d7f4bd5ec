"""Parsing and checking of field values, one function per field kind.

Everything here is pure: a raw string goes in, a cleaned value and a list of
:class:`Problem` come out. The directive turns problems into located warnings
and keeps every value that passed, so one mistake never costs a contributor
the rest of the record.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from functools import cache
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from packaging.licenses import InvalidLicenseExpression, canonicalize_license_expression

from .diagnostics import did_you_mean
from .schema import NONE, STATUS_LABELS, UNKNOWN, Kind, Value
from .vocabulary import VOCABULARIES

if TYPE_CHECKING:
    from .schema import Field

_YEAR = re.compile(r"\d{4}")
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
# PEP 508 distribution names.
_PYPI_NAME = re.compile(r"[A-Z0-9]([A-Z0-9._-]*[A-Z0-9])?", re.IGNORECASE)
_EARLIEST_YEAR = 1989  # the year Python was started: no framework is older


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a value: the warning subtype and its message."""

    subtype: str
    message: str


@dataclass
class Parsed:
    """The outcome of parsing one field: the value kept, and what was wrong."""

    value: Value
    problems: list[Problem] = field(default_factory=list)


def parse_value(fld: Field, raw: str, today: dt.date) -> Parsed:
    """Parse and check the raw text of *fld*; never raises on user input."""
    text = " ".join(raw.split()) if fld.kind is not Kind.URLS else raw.strip()
    if not text:
        return Parsed(None, [Problem("empty", f"the :{fld.key}: field is empty")])
    parser = _PARSERS[fld.kind]
    return parser(fld, text, today)


def _text(fld: Field, text: str, today: dt.date) -> Parsed:
    return Parsed(text)


def check_url(url: str) -> str | None:
    """The reason *url* is not a usable http(s) link, or ``None`` if it is."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return "is not a valid URL"
    if parts.scheme not in {"http", "https"}:
        return "is not an http(s) URL"
    if not parts.hostname or any(c.isspace() for c in url):
        return "is not a valid URL"
    return None


def _url(fld: Field, text: str, today: dt.date) -> Parsed:
    reason = check_url(text)
    if reason is None:
        return Parsed(text)
    return Parsed(None, [_url_problem(fld, text, reason)])


def _url_problem(fld: Field, url: str, reason: str) -> Problem:
    return Problem(
        "url",
        f"the :{fld.key}: value {url!r} {reason}; the link was dropped "
        "(write it as http:// or https://)",
    )


def _urls(fld: Field, text: str, today: dt.date) -> Parsed:
    kept: list[str] = []
    problems: list[Problem] = []
    for url in text.replace(",", " ").split():
        reason = check_url(url)
        if reason is None:
            if url not in kept:
                kept.append(url)
        else:
            problems.append(_url_problem(fld, url, reason))
    return Parsed(tuple(kept) or None, problems)


def _pypi(fld: Field, text: str, today: dt.date) -> Parsed:
    if _PYPI_NAME.fullmatch(text):
        return Parsed(text)
    return Parsed(
        None,
        [Problem("pypi", f"{text!r} is not a valid PyPI distribution name (:{fld.key}:)")],
    )


def _spdx(fld: Field, text: str, today: dt.date) -> Parsed:
    if text.casefold() == UNKNOWN:
        return Parsed(UNKNOWN)
    try:
        return Parsed(str(canonicalize_license_expression(text)))
    except InvalidLicenseExpression as exc:
        return Parsed(
            None,
            [
                Problem(
                    "licence",
                    f"{text!r} is not a valid SPDX licence expression ({exc}); use an "
                    "identifier from https://spdx.org/licenses/, LicenseRef-<Name> for "
                    "a licence with no SPDX identifier, or 'unknown'",
                )
            ],
        )


def _year(fld: Field, text: str, today: dt.date) -> Parsed:
    if text.casefold() == UNKNOWN:
        return Parsed(UNKNOWN)
    if not _YEAR.fullmatch(text) or int(text) < _EARLIEST_YEAR:
        return Parsed(
            None,
            [
                Problem(
                    "date",
                    f"the :{fld.key}: value {text!r} is not a year such as 2005 (or 'unknown')",
                )
            ],
        )
    if int(text) > today.year:
        return Parsed(None, [Problem("date", f"the :{fld.key}: year {text} is in the future")])
    return Parsed(text)


def _date(fld: Field, text: str, today: dt.date) -> Parsed:
    try:
        if not _DATE.fullmatch(text):
            raise ValueError
        date = dt.date.fromisoformat(text)
    except ValueError:
        return Parsed(
            None,
            [
                Problem(
                    "date",
                    f"the :{fld.key}: value {text!r} is not an ISO date "
                    "(YYYY-MM-DD, for example 2026-11-24)",
                )
            ],
        )
    if date > today:
        return Parsed(None, [Problem("date", f"the :{fld.key}: date {text} is in the future")])
    return Parsed(text)


def _status(fld: Field, text: str, today: dt.date) -> Parsed:
    folded = text.casefold()
    if folded in STATUS_LABELS:
        return Parsed(folded)
    choices = ", ".join(STATUS_LABELS)
    return Parsed(
        None,
        [
            Problem(
                "status",
                f"unknown :status: {text!r}{did_you_mean(text, STATUS_LABELS)}; "
                f"use one of: {choices}",
            )
        ],
    )


@cache
def term_lookup(criterion: str) -> dict[str, str]:
    """Every accepted spelling of a criterion's terms (case-folded) -> its label."""
    lookup = {NONE: NONE, UNKNOWN: UNKNOWN}
    for term in VOCABULARIES[criterion]:
        for spelling in (term.label, *term.aliases):
            lookup[spelling.casefold()] = term.label
    return lookup


def _terms(fld: Field, text: str, today: dt.date) -> Parsed:
    lookup = term_lookup(fld.key)
    labels = [term.label for term in fld.vocabulary]
    kept: list[str] = []
    problems: list[Problem] = []
    for item in (part.strip() for part in text.split(",")):
        if not item:
            continue
        label = lookup.get(item.casefold())
        if label is None:
            problems.append(
                Problem(
                    "vocabulary",
                    f"{item!r} is not a term of :{fld.key}:{did_you_mean(item, labels)}; "
                    f"the terms are listed in the glossary",
                )
            )
        elif label not in kept:
            kept.append(label)
    special = [label for label in kept if label in {NONE, UNKNOWN}]
    if special and len(kept) > 1:
        problems.append(
            Problem(
                "vocabulary",
                f"'{special[0]}' cannot be combined with other terms in :{fld.key}:; "
                f"'{special[0]}' was dropped",
            )
        )
        kept = [label for label in kept if label not in {NONE, UNKNOWN}]
    return Parsed(tuple(kept) or None, problems)


_PARSERS = {
    Kind.TEXT: _text,
    Kind.URL: _url,
    Kind.URLS: _urls,
    Kind.PYPI: _pypi,
    Kind.SPDX: _spdx,
    Kind.YEAR: _year,
    Kind.DATE: _date,
    Kind.STATUS: _status,
    Kind.TERMS: _terms,
}
