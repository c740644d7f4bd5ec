"""The HTML's interactive parts, in a real browser (Debian's Chromium via Playwright)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from bench.browser import CHROMIUM_ARGS, serve

from .conftest import REPO, require_tool

ARTEFACTS = REPO / "_build" / "artefacts" / "browser"

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def server(site_html: Path):
    with serve(site_html) as base:
        yield base


@pytest.fixture(scope="module")
def browser():
    executable = require_tool("chromium", "chromium")
    ARTEFACTS.mkdir(parents=True, exist_ok=True)
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    yield page
    context.close()
    assert errors == [], errors


DATE = re.compile(r"\d{4}(?:-\d{2}){0,2}")


def visible_rows(table) -> list[list[str]]:
    return table.evaluate(
        """t => Array.from(t.tBodies[0].rows).filter(r => !r.hidden)
                .map(r => Array.from(r.cells).map(c => c.textContent.trim()))"""
    )


def frameworks(site_html: Path) -> list[dict]:
    return json.loads((site_html / "frameworks.json").read_text(encoding="utf-8"))["frameworks"]


def test_sort_by_column_with_mouse_and_keyboard(page, server, site_html):
    page.goto(f"{server}/comparisons/at-a-glance.html")
    table = page.locator("table.fw-sortable").first
    headers = [h.strip() for h in table.locator("thead th").all_inner_texts()]
    column = next(i for i, h in enumerate(headers) if h.startswith("First release"))
    header = table.locator("thead th").nth(column)
    header.locator("button").click()
    assert header.get_attribute("aria-sort") == "ascending"
    values = [row[column] for row in visible_rows(table)]
    # first releases are dates as precise as their source: 1998-12, 2000-04-19, 2004
    dates = [v for v in values if DATE.fullmatch(v)]
    assert dates == sorted(dates)
    assert all(DATE.fullmatch(v) for v in values[: len(dates)])  # unknown dates sort last
    header.locator("button").focus()
    page.keyboard.press("Enter")
    assert header.get_attribute("aria-sort") == "descending"
    values_down = [row[column] for row in visible_rows(table)]
    dates_down = [v for v in values_down if DATE.fullmatch(v)]
    assert dates_down == sorted(dates, reverse=True)
    assert all(DATE.fullmatch(v) for v in values_down[: len(dates_down)])  # still last
    assert all(th.get_attribute("scope") == "col" for th in table.locator("thead th").all())
    page.screenshot(path=str(ARTEFACTS / "at-a-glance-sorted.png"), full_page=False)


def test_filter_by_text_and_status(page, server, site_html):
    records = frameworks(site_html)
    page.goto(f"{server}/comparisons/at-a-glance.html")
    table = page.locator("table.fw-sortable").first
    assert len(visible_rows(table)) == len(records)
    toolbar = page.locator(".fw-toolbar").first
    toolbar.locator("input.fw-filter").fill("django")
    names = [row[0] for row in visible_rows(table)]
    assert names == ["Django"]
    toolbar.locator("input.fw-filter").fill("")
    toolbar.locator("select.fw-status-filter").select_option("historical")
    # a stale framework's cell also names its successor: "Pylons (succeeded by Pyramid)"
    names = sorted(row[0].split(" (succeeded by ")[0] for row in visible_rows(table))
    assert names == sorted(r["name"] for r in records if r["status"] == "historical")
    assert f"of {len(records)} shown" in toolbar.locator(".fw-count").inner_text()


def test_tables_are_complete_without_javascript(browser, server, site_html):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(f"{server}/comparisons/at-a-glance.html")
    rows = page.locator("table.fw-sortable").first.locator("tbody tr")
    assert rows.count() == len(frameworks(site_html))
    assert page.locator(".fw-toolbar").count() == 0
    context.close()


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_phone_width_scrolls_the_table_not_the_page(browser, server, scheme):
    context = browser.new_context(viewport={"width": 375, "height": 740}, color_scheme=scheme)
    page = context.new_page()
    page.goto(f"{server}/comparisons/at-a-glance.html")
    page_width = page.evaluate("document.documentElement.scrollWidth")
    assert page_width <= 375
    page.screenshot(path=str(ARTEFACTS / f"phone-{scheme}.png"))
    context.close()


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_card_and_values_in_both_colour_schemes(browser, server, scheme):
    context = browser.new_context(viewport={"width": 1280, "height": 1000}, color_scheme=scheme)
    page = context.new_page()
    page.goto(f"{server}/frameworks/django.html")
    card = page.locator(".framework-card")
    assert card.count() == 1
    background = page.evaluate("getComputedStyle(document.body).backgroundColor")
    colour = card.evaluate("c => getComputedStyle(c).color")
    assert background != colour
    page.screenshot(path=str(ARTEFACTS / f"django-card-{scheme}.png"))
    context.close()
