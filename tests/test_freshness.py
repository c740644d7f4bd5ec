"""The review-status page orders and flags pages by their review date."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from framework_comparison.freshness import months_before

from .conftest import warnings_of

_ROW = re.compile(
    r'<tr class="(?P<classes>[^"]*)">\s*<td><p><a[^>]*><span[^>]*>(?P<name>[^<]+)</span></a></p>'
    r'\s*</td>\s*<td><p>(?P<date>[^<]+)</p>\s*</td>\s*<td><p><span class="fw-(?P<flag>\w+)">'
)


@pytest.mark.parametrize(
    ("day", "months", "expected"),
    [
        (dt.date(2026, 11, 26), 12, dt.date(2025, 11, 26)),
        (dt.date(2024, 2, 29), 12, dt.date(2023, 2, 28)),
        (dt.date(2026, 3, 31), 1, dt.date(2026, 2, 28)),
        (dt.date(2026, 1, 15), 13, dt.date(2024, 12, 15)),
    ],
)
def test_months_before(day, months, expected):
    assert months_before(day, months) == expected


@pytest.mark.sphinx("html", testroot="views-freshness")
def test_pages_by_review_date_with_the_boundary_current(app):
    app.build()
    assert warnings_of(app) == []
    html = (app.outdir / "status.html").read_text(encoding="utf-8")
    rows = [(m["name"], m["date"], m["flag"]) for m in _ROW.finditer(html)]
    assert rows == [
        ("Early", "2024-02-29", "stale"),
        ("Day Before", "2025-11-25", "stale"),
        ("Boundary", "2025-11-26", "current"),
        ("Also Recent", "2026-06-01", "current"),
        ("Recent", "2026-06-01", "current"),
    ]
    assert "5 frameworks; 2 reviewed before 2025-11-26" in html


@pytest.mark.sphinx("html", testroot="views-freshness")
def test_activity_beside_the_review_date(app):
    app.build()
    html = (app.outdir / "status.html").read_text(encoding="utf-8")
    assert '<th class="head"><p>Activity on PyPI</p></th>' in html
    assert (
        "<td><p>0 releases in 12 months, the last on 2025-03-01 (as of 2026-06-01, from "
        '<a class="reference external" href="https://pypi.org/project/recent-web/#history">'
        "PyPI's release history</a>)</p></td>"
    ) in html
    assert (
        "Of the 1 with their PyPI release history counted, 1 published no release in the 12 "
        "months before the date it was counted."
    ) in html


@pytest.mark.sphinx(
    "html", testroot="views-freshness", confoverrides={"framework_stale_months": 6}
)
def test_the_limit_is_configurable(app):
    app.build()
    html = (app.outdir / "status.html").read_text(encoding="utf-8")
    flags = {m["name"]: m["flag"] for m in _ROW.finditer(html)}
    assert flags == {
        "Early": "stale",
        "Day Before": "stale",
        "Boundary": "stale",
        "Also Recent": "current",
        "Recent": "current",
    }


@pytest.mark.sphinx(
    "html", testroot="views-freshness", confoverrides={"framework_warn_stale": True}
)
def test_stale_warnings_when_switched_on(app):
    app.build()
    prefix = f"{app.srcdir}/"
    assert [line.replace(prefix, "") for line in warnings_of(app)] == [
        "day-before.rst:4: WARNING: Day Before was last reviewed 2025-11-25, before "
        "2025-11-26: check its sources again and update :reviewed: [framework.stale]",
        "early.rst:4: WARNING: Early was last reviewed 2024-02-29, before 2025-11-26: "
        "check its sources again and update :reviewed: [framework.stale]",
    ]
