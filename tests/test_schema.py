"""Unit tests of the field declarations, the vocabularies and the validation."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from framework_comparison.records import slugify
from framework_comparison.schema import (
    CRITERIA,
    FIELDS,
    FIELDS_BY_KEY,
    GROUPS_BY_KEY,
    TODAY_REQUIRED,
    Kind,
    all_glossary_labels,
)
from framework_comparison.validation import parse_value, term_lookup

TODAY = dt.date(2026, 11, 26)


def parse(key: str, raw: str):
    return parse_value(FIELDS_BY_KEY[key], raw, TODAY)


ORIGINAL = [
    "deployment",
    "development",
    "environment",
    "persistence",
    "sessions",
    "identification",
    "authentication",
    "presentation",
]
TODAYS_CRITERIA = [
    "realtime",
    "api",
    "validation",
    "migrations",
    "admin",
    "testing",
    "i18n",
    "background",
]


def test_the_criteria_of_the_original_overview_come_first_and_are_required():
    # :kind: is ours, not the original overview's: optional, and one term only.
    assert FIELDS_BY_KEY["kind"].single and not FIELDS_BY_KEY["kind"].required
    assert [fld.key for fld in CRITERIA] == ["kind", *ORIGINAL, *TODAYS_CRITERIA]
    assert {fld.key for fld in CRITERIA if fld.group == "today"} == set(TODAYS_CRITERIA)
    required = {fld.key for fld in FIELDS if fld.required}
    today = set(TODAYS_CRITERIA) if TODAY_REQUIRED else set()
    assert required == {"licence", "status", "reviewed", "sources", *ORIGINAL, *today}


def test_every_field_belongs_to_a_declared_group_and_criteria_have_terms():
    for fld in FIELDS:
        assert fld.group in GROUPS_BY_KEY
        assert fld.label and fld.description
        assert bool(fld.vocabulary) == (fld.kind is Kind.TERMS)


def test_glossary_labels_are_unique_case_insensitively():
    labels = [label.casefold() for label in all_glossary_labels()]
    assert len(labels) == len(set(labels))


def test_aliases_never_point_at_two_terms():
    for fld in CRITERIA:
        spellings = [s.casefold() for t in fld.vocabulary for s in (t.label, *t.aliases)]
        assert len(spellings) == len(set(spellings)), fld.key


@pytest.mark.parametrize(
    ("key", "raw", "value"),
    [
        ("licence", "mit", "MIT"),
        ("licence", "BSD-3-Clause AND PSF-2.0", "BSD-3-Clause AND PSF-2.0"),
        ("licence", "LicenseRef-Repoze", "LicenseRef-Repoze"),
        ("licence", "Unknown", "unknown"),
        ("status", "Active", "active"),
        ("first-release", "1999", "1999"),
        ("first-release", "unknown", "unknown"),
        ("reviewed", "2026-11-26", "2026-11-26"),
        ("deployment", "wsgi,  Jinja2", None),
        ("presentation", "jinja2, ZPT", ("Jinja", "Page Templates")),
        ("deployment", "WSGI, WSGI", ("WSGI",)),
        (
            "sources",
            "https://a.example/x\n  https://b.example/y",
            ("https://a.example/x", "https://b.example/y"),
        ),
        ("pypi", "Flask-SQLAlchemy", "Flask-SQLAlchemy"),
        ("kind", "Micro-framework", ("microframework",)),
        ("tagline", "  A small   framework  ", "A small framework"),
    ],
)
def test_values_are_normalised(key, raw, value):
    parsed = parse(key, raw)
    if value is None:
        assert parsed.problems
    else:
        assert parsed.value == value
        assert parsed.problems == []


@pytest.mark.parametrize(
    ("key", "raw", "subtype"),
    [
        ("licence", "GPL", "licence"),
        ("licence", "MIT AND", "licence"),
        ("first-release", "1850", "date"),
        ("first-release", "2027", "date"),
        ("reviewed", "2026-11-27", "date"),
        ("reviewed", "26/11/2026", "date"),
        ("status", "alive", "status"),
        ("homepage", "www.example.org", "url"),
        ("homepage", "https://", "url"),
        ("pypi", "not a name", "pypi"),
        ("sessions", "cookies please", "vocabulary"),
        ("python", "   ", "empty"),
        ("kind", "toolkit, microframework", "vocabulary"),
        ("tagline", "x" * 81, "length"),
    ],
)
def test_bad_values_are_reported_with_their_subtype(key, raw, subtype):
    parsed = parse(key, raw)
    assert [problem.subtype for problem in parsed.problems] == [subtype]


def test_every_term_and_alias_is_accepted_in_any_case():
    for fld in CRITERIA:
        for spelling, label in term_lookup(fld.key).items():
            assert parse(fld.key, spelling.upper()).value == (label,)


@pytest.mark.parametrize(
    ("name", "slug"),
    [
        ("web.py", "web-py"),
        ("Webware for Python 3", "webware-for-python-3"),
        ("mod_python", "mod-python"),
        ("Émmett", "emmett"),
    ],
)
def test_slugs(name, slug):
    assert slugify(name) == slug


@settings(max_examples=300, deadline=None)
@given(key=st.sampled_from([fld.key for fld in FIELDS]), raw=st.text(max_size=80))
def test_no_value_ever_raises(key, raw):
    parsed = parse(key, raw)
    kept = parsed.value
    assert kept is None or isinstance(kept, str | tuple)
    for problem in parsed.problems:
        assert problem.subtype.isidentifier() and problem.subtype == problem.subtype.lower()
