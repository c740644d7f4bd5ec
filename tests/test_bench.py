"""The benchmark's synthetic projects are valid and say the same thing in every variant.

This checks the benchmark's inputs, not its timings: performance claims come
from ``make bench`` itself.
"""

from __future__ import annotations

import json
import re

import pytest

from bench.generate import VARIANTS, edit_one_field, make_records, write_project
from bench.measure import snapshot, sphinx_build

pytestmark = pytest.mark.slow  # builds each variant's synthetic project


def test_every_variant_builds_without_warnings_and_holds_every_framework(tmp_path):
    records = make_records(6)
    for variant in VARIANTS:
        src = write_project(tmp_path / variant / "src", variant, records)
        out = tmp_path / variant / "html"
        build = sphinx_build(src, out)
        assert build.warnings == 0, build.log
        glance = (out / "comparisons" / "at-a-glance.html").read_text(encoding="utf-8")
        for record in records:
            assert record.name in glance, (variant, record.name)
            assert record.values["licence"] in glance
        glossary = (out / "glossary.html").read_text(encoding="utf-8")
        assert re.search(r"Frameworks \(\d+\)", glossary), variant


def test_incremental_measure_sees_one_page_read(tmp_path):
    records = make_records(6)
    src = write_project(tmp_path / "src", "ours", records)
    out = tmp_path / "html"
    sphinx_build(src, out)
    edit_one_field(src, records[2])
    build = sphinx_build(src, out, quiet=False)
    assert build.read == 1
    assert build.written >= 2
    data = json.loads((out / "frameworks.json").read_text(encoding="utf-8"))
    assert data["frameworks"][2]["status"] != records[2].values["status"]
    assert snapshot(out)["frameworks.json"] == (out / "frameworks.json").read_text("utf-8")


def test_the_finder_of_a_large_project_shows_its_first_hundred_and_then_all(tmp_path):
    """The benchmark's finder measure runs, and a long result list is cut until asked."""
    from bench.browser import CHROMIUM_ARGS, measure_finder, serve

    from .conftest import require_tool

    chromium = require_tool("chromium", "chromium")
    sync_api = pytest.importorskip("playwright.sync_api")
    records = make_records(120)
    src = write_project(tmp_path / "src", "ours", records)
    out = tmp_path / "html"
    assert sphinx_build(src, out).warnings == 0
    figures = measure_finder(out, repeat=1)
    assert figures is not None and figures["rows"] == 120
    assert figures["bytes_per_framework"] > 0
    with serve(out) as base, sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium, args=CHROMIUM_ARGS)
        page = browser.new_page()
        page.goto(f"{base}/finder.html")
        rows = page.locator("table.fw-finder-results tbody tr")
        assert rows.count() == 100
        page.locator("button.fw-finder-more").click()
        assert rows.count() == 120
        assert page.locator("button.fw-finder-more").is_hidden()
        browser.close()
