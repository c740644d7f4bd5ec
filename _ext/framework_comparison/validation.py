"""Parsing and checking of field values, one function per field kind.

Everything here is pure: a raw string goes in, a cleaned value and a list of
:class:`Problem` come out. The directive turns problems into located warnings
and keeps every value that passed, so one mistake never costs a contributor
the rest of the record.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass, field
from functools import cache
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from packaging.licenses import InvalidLicenseExpression, canonicalize_license_expression

# The SPDX licence list that packaging ships (the lock pins packaging), with
# whether each identifier is deprecated.
from packaging.licenses._spdx import LICENSES as _SPDX_LICENSES

from .diagnostics import did_you_mean
from .schema import NONE, RELATION_KINDS, STATUS_LABELS, UNKNOWN, Kind, Value
from .vocabulary import VOCABULARIES

if TYPE_CHECKING:
    from .schema import Field

_PARTIAL_DATE = re.compile(r"\d{4}(?:-\d{2}){0,2}")
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
# PEP 508 distribution names.
_PYPI_NAME = re.compile(r"[A-Z0-9]([A-Z0-9._-]*[A-Z0-9])?", re.IGNORECASE)
#: Python 0.9.0 was published in February 1991: no framework is older.
_EARLIEST_YEAR = 1991
#: Longer names break table columns and file names; the longest real one is 30.
NAME_MAX_LENGTH = 64
_VERSION = r"[0-9][0-9A-Za-z.+!-]*"
_NOTE = r"[\w .'/-]+"
_RELEASE = re.compile(
    rf"(?P<version>{_VERSION}) \((?:date unknown|(?P<date>\d{{4}}(?:-\d{{2}}){{0,2}})"
    rf"(?:, (?P<note>{_NOTE}))?)\)"
)
_ACTIVITY = re.compile(
    r"(?P<count>\d+) (?P<noun>releases?) in 12 months, the last on (?P<last>\d{4}-\d{2}-\d{2}) "
    r"\(as of (?P<as_of>\d{4}-\d{2}-\d{2})\)"
)
#: Where the :activity: field's numbers come from, for a :pypi: name.
PYPI_HISTORY_URL = "https://pypi.org/project/{}/#history"
_PYTHON_ITEM = r"[23]\.\d{1,2}(?:\+| to [23]\.\d{1,2})?"
_PYTHON = re.compile(rf"{_PYTHON_ITEM}(?:, {_PYTHON_ITEM})*(?: \({_NOTE}\))?")
#: Unicode categories a name may not hold: controls, format characters (zero
#: width, direction marks and overrides), private use, unassigned, separators.
_INVISIBLE = {"Cc", "Cf", "Co", "Cs", "Cn", "Zl", "Zp"}
#: Scripts whose letters look alike; a name mixing them is a look-alike of another.
_CONFUSABLE_SCRIPTS = {"LATIN", "CYRILLIC", "GREEK"}


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


def check_name(name: str) -> str | None:
    """Why *name* cannot name a framework, or ``None`` if it can.

    Names in any script are welcome; what is refused is what would hide a
    name's real spelling or pass it off as another's.
    """
    if len(name) > NAME_MAX_LENGTH:
        return f"is {len(name)} characters long; a name has at most {NAME_MAX_LENGTH}"
    for char in name:
        if unicodedata.category(char) in _INVISIBLE or (char.isspace() and char != " "):
            code = f"U+{ord(char):04X} {unicodedata.name(char, 'unnamed character')}"
            return (
                f"holds the invisible or direction-changing character {code}; "
                "type the name again without it"
            )
    for word in re.findall(r"\w+", name):
        scripts = {
            unicodedata.name(char, "").split(" ")[0] for char in word if char.isalpha()
        } & _CONFUSABLE_SCRIPTS
        if len(scripts) > 1:
            return (
                f"mixes letters of the {' and '.join(sorted(scripts))} scripts in {word!r}, "
                "which look alike; write each word in one script"
            )
    return None


def parse_value(fld: Field, raw: str, today: dt.date) -> Parsed:
    """Parse and check the raw text of *fld*; never raises on user input."""
    text = " ".join(raw.split()) if fld.kind is not Kind.URLS else raw.strip()
    if not text:
        return Parsed(None, [Problem("empty", f"the :{fld.key}: field is empty")])
    parser = _PARSERS[fld.kind]
    return parser(fld, text, today)


def _text(fld: Field, text: str, today: dt.date) -> Parsed:
    if fld.max_length and len(text) > fld.max_length:
        return Parsed(
            text,
            [
                Problem(
                    "length",
                    f"the :{fld.key}: value is {len(text)} characters long; keep it to "
                    f"{fld.max_length} at most (one line). The value was kept",
                )
            ],
        )
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
    # White space separates URLs; a comma inside a URL is part of it, and
    # one at its end is taken for a separator.
    for url in (item.removesuffix(",") for item in text.split()):
        if not url:
            continue
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
        expression = str(canonicalize_license_expression(text))
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
    deprecated = [
        token
        for token in re.findall(r"[A-Za-z0-9.+-]+", expression)
        if (info := _SPDX_LICENSES.get(token.lower())) and info["deprecated"]
    ]
    if deprecated:
        fixes = "; ".join(f"{token}{_spdx_replacement(token)}" for token in deprecated)
        return Parsed(
            None,
            [
                Problem(
                    "licence",
                    f"{text!r} uses deprecated SPDX identifiers ({fixes}); use the current "
                    "identifier from https://spdx.org/licenses/",
                )
            ],
        )
    return Parsed(expression)


def _spdx_replacement(identifier: str) -> str:
    """``" -> GPL-2.0-only"``: the current identifier for a deprecated one, if clear."""
    stem = identifier.removesuffix("+")
    candidates = [f"{stem}-or-later"] if identifier.endswith("+") else [f"{stem}-only"]
    for candidate in candidates:
        known = _SPDX_LICENSES.get(candidate.lower())
        if known and not known.get("deprecated"):
            return f" -> {known['id']}"
    return ""


def _partial_date(fld: Field, text: str, today: dt.date) -> Parsed:
    if text.casefold() == UNKNOWN:
        return Parsed(UNKNOWN)
    if not _PARTIAL_DATE.fullmatch(text):
        return Parsed(
            None,
            [
                Problem(
                    "date",
                    f"the :{fld.key}: value {text!r} is not a date such as 2005, 2005-07 or "
                    "2005-07-21 (or 'unknown')",
                )
            ],
        )
    reason = _partial_date_problem(text, today)
    if reason:
        return Parsed(None, [Problem("date", f"the :{fld.key}: date {text} {reason}")])
    return Parsed(text)


def partial_date(text: str) -> tuple[int, int, int] | None:
    """``(year, month, day)`` of YYYY, YYYY-MM or YYYY-MM-DD (0 for what is not given)."""
    if not _PARTIAL_DATE.fullmatch(text):
        return None
    year, month, day = ([int(part) for part in text.split("-")] + [0, 0])[:3]
    return (year, month, day)


def release_date(text: str) -> str | None:
    """The date of a ``:latest-release:`` value, ``"2.1 (2026-03-10)"`` -> ``"2026-03-10"``."""
    match = _RELEASE.fullmatch(text)
    return match["date"] if match and match["date"] else None


def _relations(fld: Field, text: str, today: dt.date) -> Parsed:
    kept: list[str] = []
    problems: list[Problem] = []
    for clause in (part.strip() for part in text.split(";")):
        if not clause:
            continue
        kind = next((k for k in RELATION_KINDS if clause.casefold().startswith(k + " ")), None)
        if kind is None:
            first = " ".join(clause.split()[:2])
            problems.append(
                Problem(
                    "relation",
                    f"{clause!r} does not start with a kind of relation"
                    f"{did_you_mean(first, RELATION_KINDS)}; write one of: "
                    f"{', '.join(RELATION_KINDS)}, then the names",
                )
            )
            continue
        for name in (n.strip() for n in clause[len(kind) :].split(",")):
            reason = check_name(name) if name else "is empty"
            if reason:
                problems.append(Problem("relation", f"the name {name!r} after {kind!r} {reason}"))
            elif f"{kind}:{name}" not in kept:
                kept.append(f"{kind}:{name}")
    return Parsed(tuple(kept) or None, problems)


def _names(fld: Field, text: str, today: dt.date) -> Parsed:
    kept: list[str] = []
    problems: list[Problem] = []
    for name in (part.strip() for part in text.split(",")):
        if not name:
            continue
        reason = check_name(name)
        if reason:
            problems.append(Problem("argument", f"the :{fld.key}: name {name!r} {reason}"))
        elif name not in kept:
            kept.append(name)
    return Parsed(tuple(kept) or None, problems)


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


def _release(fld: Field, text: str, today: dt.date) -> Parsed:
    match = _RELEASE.fullmatch(text)
    if match is None:
        return Parsed(
            None,
            [
                Problem(
                    "release",
                    f"the :{fld.key}: value {text!r} is not a version and a date; write "
                    f"{fld.kind.how}",
                )
            ],
        )
    reason = _partial_date_problem(match["date"], today) if match["date"] else None
    if reason:
        return Parsed(None, [Problem("date", f"the :{fld.key}: date {match['date']} {reason}")])
    return Parsed(text)


def _partial_date_problem(text: str, today: dt.date) -> str | None:
    """Why YYYY, YYYY-MM or YYYY-MM-DD is not a real, past date; None if it is."""
    parts = [int(part) for part in text.split("-")]
    try:
        first_day = dt.date(parts[0], *(parts[1:] or [1]), *([] if len(parts) == 3 else [1]))
    except ValueError:
        return "is not a real date (YYYY-MM-DD, YYYY-MM or YYYY)"
    if parts[0] < _EARLIEST_YEAR:
        return f"is before Python's first release ({_EARLIEST_YEAR})"
    if first_day > today:
        return "is in the future"
    return None


@dataclass(frozen=True)
class Activity:
    """An ``:activity:`` value: releases in the 12 months to *as_of*, and the last one."""

    count: int
    last: dt.date
    as_of: dt.date

    def __str__(self) -> str:
        noun = "release" if self.count == 1 else "releases"
        return (
            f"{self.count} {noun} in 12 months, the last on {self.last.isoformat()} "
            f"(as of {self.as_of.isoformat()})"
        )


def year_before(day: dt.date) -> dt.date:
    """The same day a year earlier (28 February for 29 February)."""
    return day.replace(year=day.year - 1, day=min(day.day, 28) if day.month == 2 else day.day)


def in_window(release: dt.date, as_of: dt.date) -> bool:
    """Whether a release of that day counts among the 12 months to *as_of*."""
    return year_before(as_of) < release <= as_of


def parse_activity(text: str) -> Activity | None:
    """The activity a valid ``:activity:`` value states (None if it does not parse)."""
    match = _ACTIVITY.fullmatch(text)
    if match is None:
        return None
    try:
        last, as_of = (dt.date.fromisoformat(match[key]) for key in ("last", "as_of"))
    except ValueError:
        return None
    return Activity(int(match["count"]), last, as_of)


def _activity(fld: Field, text: str, today: dt.date) -> Parsed:
    match = _ACTIVITY.fullmatch(text)
    activity = parse_activity(text)
    if match is None or activity is None:
        form = "is not in its form" if match is None else "holds a date that does not exist"
        message = f"the :{fld.key}: value {text!r} {form}; write {fld.kind.how}"
        return Parsed(None, [Problem("activity", message)])
    reason: str | None = None
    if activity.as_of > today:
        reason = f"is as of {activity.as_of}, which is in the future"
    elif activity.last > activity.as_of:
        reason = f"has its last release ({activity.last}) after its date ({activity.as_of})"
    elif activity.count and not in_window(activity.last, activity.as_of):
        reason = (
            f"counts {activity.count} in the 12 months to {activity.as_of}, but its last "
            f"release ({activity.last}) is older than that"
        )
    elif not activity.count and in_window(activity.last, activity.as_of):
        reason = (
            f"counts no release in the 12 months to {activity.as_of}, but its last release "
            f"({activity.last}) falls in them"
        )
    elif str(activity) != text:
        reason = f"should read {str(activity)!r}"
    if reason:
        return Parsed(
            None,
            [Problem("activity", f"the :{fld.key}: value {reason}; run make check-releases")],
        )
    return Parsed(text)


def check_activity_source(values: dict[str, Value]) -> Problem | None:
    """Why a record's ``:activity:`` is not sourced, or None: it needs the PyPI history cited."""
    if not values.get("activity"):
        return None
    name = values.get("pypi")
    if not name:
        return Problem(
            "activity",
            "the :activity: field counts releases on PyPI, but the page has no :pypi: "
            "name; add :pypi: or delete :activity:",
        )
    url = PYPI_HISTORY_URL.format(name)
    if url not in (values.get("sources") or ()):
        return Problem(
            "activity",
            f"the :activity: field comes from PyPI's release history, {url}, which "
            ":sources: does not list; add it there and cite it in the Sources section",
        )
    return None


def _python(fld: Field, text: str, today: dt.date) -> Parsed:
    if _PYTHON.fullmatch(text):
        return Parsed(text)
    return Parsed(
        None,
        [
            Problem(
                "release",
                f"the :{fld.key}: value {text!r} is not a list of Python versions; write "
                f"{fld.kind.how}",
            )
        ],
    )


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
    if fld.single and len(kept) > 1:
        problems.append(
            Problem(
                "vocabulary",
                f":{fld.key}: takes one term, not {len(kept)}; {kept[0]!r} was kept and "
                f"{', '.join(repr(label) for label in kept[1:])} dropped",
            )
        )
        kept = kept[:1]
    return Parsed(tuple(kept) or None, problems)


_PARSERS = {
    Kind.TEXT: _text,
    Kind.RELEASE: _release,
    Kind.ACTIVITY: _activity,
    Kind.PYTHON: _python,
    Kind.URL: _url,
    Kind.URLS: _urls,
    Kind.PYPI: _pypi,
    Kind.SPDX: _spdx,
    Kind.PARTIAL_DATE: _partial_date,
    Kind.RELATIONS: _relations,
    Kind.NAMES: _names,
    Kind.DATE: _date,
    Kind.STATUS: _status,
    Kind.TERMS: _terms,
}
