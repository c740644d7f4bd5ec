"""The HTML's interactive parts, in a real browser (Debian's Chromium via Playwright)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from bench.browser import CHROMIUM_ARGS, serve
from framework_comparison.schema import FIELDS

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


# -- The finder: facets checked against frameworks.json ------------------------

#: query -> what it asks, as {field: [terms]} (terms within a field are alternatives)
FINDER_CASES = {
    "development=async%20handlers&authentication=user%20accounts&persistence=ORM": {
        "development": ["async handlers"],
        "authentication": ["user accounts"],
        "persistence": ["ORM"],
    },
    "deployment=ASGI": {"deployment": ["ASGI"]},
    "kind=microframework&status=active,maintained": {
        "kind": ["microframework"],
        "status": ["active", "maintained"],
    },
    "deployment=CGI&presentation=Jinja,Mako": {
        "deployment": ["CGI"],
        "presentation": ["Jinja", "Mako"],
    },
}


def expected_names(records: list[dict], wanted: dict[str, list[str]]) -> list[str]:
    def has(record, key, term):
        value = record[key]
        return term in (value if isinstance(value, list) else [value])

    return sorted(
        r["name"]
        for r in records
        if all(any(has(r, key, term) for term in terms) for key, terms in wanted.items())
    )


def finder_names(page) -> list[str]:
    return sorted(page.locator("table.fw-finder-results tbody th[scope=row]").all_inner_texts())


def facet(page, field: str, term: str):
    return page.locator(f'.fw-facet[data-field="{field}"] input[value="{term}"]')


@pytest.mark.parametrize("query", list(FINDER_CASES))
def test_finder_results_match_the_records(page, server, site_html, query):
    records = frameworks(site_html)
    page.goto(f"{server}/finder.html?{query}")
    names = finder_names(page)
    assert names == expected_names(records, FINDER_CASES[query])
    count = page.locator(".fw-finder-count").inner_text()
    assert count.startswith(f"{len(names)} of {len(records)} frameworks match")


def test_finder_counts_follow_the_choices(page, server, site_html):
    records = frameworks(site_html)
    page.goto(f"{server}/finder.html?deployment=ASGI")
    asgi = [r for r in records if "ASGI" in r["deployment"]]
    for label in ("active", "dormant"):
        count = facet(page, "status", label).locator("xpath=..").locator(".fw-facet-count")
        assert count.inner_text() == f"({sum(r['status'] == label for r in asgi)})"
    # within the criterion, counts ignore its own choice: alternatives stay countable
    wsgi = facet(page, "deployment", "WSGI").locator("xpath=..").locator(".fw-facet-count")
    assert wsgi.inner_text() == f"({sum('WSGI' in r['deployment'] for r in records)})"


def test_the_readers_question_in_one_page_load(page, server, site_html):
    """'async, built-in authentication, ORM', typed as words, gives the short list."""
    records = frameworks(site_html)
    page.goto(f"{server}/finder.html")
    box = page.locator("#fw-finder-term")
    box.fill("async, built-in, ORM")
    box.press("Enter")
    wanted = {"development": ["async handlers"], "authentication": ["user accounts"]}
    wanted["persistence"] = ["ORM"]
    assert finder_names(page) == expected_names(records, wanted)
    assert 0 < len(finder_names(page)) < 5
    query = page.evaluate("location.search")
    assert "authentication=user%20accounts" in query  # the alias selected the term
    assert "development=async%20handlers" in query and "persistence=ORM" in query
    # a word that is no term selects nothing, and says so
    box.fill("dorm")
    box.press("Enter")
    assert "No term is called" in page.locator(".fw-finder-message").inner_text()
    assert finder_names(page) == expected_names(records, wanted)


def test_finder_url_round_trip_and_back_and_forward(page, server, site_html):
    records = frameworks(site_html)
    page.goto(f"{server}/finder.html")
    assert len(finder_names(page)) == len(records)
    facet(page, "deployment", "ASGI").check()
    facet(page, "status", "active").check()
    facet(page, "status", "maintained").check()
    url = page.url
    assert url.endswith("finder.html?deployment=ASGI&status=active,maintained") or (
        "deployment=ASGI" in url and "status=active%2Cmaintained" in url
    ), url
    chosen = expected_names(records, {"deployment": ["ASGI"], "status": ["active", "maintained"]})
    assert finder_names(page) == chosen
    page.go_back()
    assert finder_names(page) == expected_names(
        records, {"deployment": ["ASGI"], "status": ["active"]}
    )
    assert not facet(page, "status", "maintained").is_checked()
    page.go_back()
    page.go_back()
    assert len(finder_names(page)) == len(records)
    page.go_forward()
    assert facet(page, "deployment", "ASGI").is_checked()
    # the shared link, opened afresh, shows the same state
    fresh = page.context.new_page()
    fresh.goto(url)
    assert finder_names(fresh) == chosen
    fresh.close()


def test_table_filter_by_keyboard_alone(page, server, site_html):
    records = frameworks(site_html)
    page.goto(f"{server}/comparisons/at-a-glance.html")
    page.locator("input.fw-filter").first.focus()
    page.keyboard.type("ASGI")
    page.keyboard.press("Tab")  # to the column menu
    page.keyboard.press("Tab")  # to the status menu
    page.keyboard.press("ArrowDown")  # "active"
    table = page.locator("table.fw-sortable").first
    wanted = sorted(
        r["name"] for r in records if "ASGI" in r["deployment"] and r["status"] == "active"
    )
    assert sorted(row[0] for row in visible_rows(table)) == wanted
    assert "status=active" in page.url


def test_finder_by_keyboard_alone(page, server, site_html):
    records = frameworks(site_html)
    page.goto(f"{server}/finder.html")
    page.locator("#fw-finder-term").focus()
    page.keyboard.type("ASGI")
    page.keyboard.press("Enter")
    assert finder_names(page) == expected_names(records, {"deployment": ["ASGI"]})
    box = facet(page, "status", "active")
    box.focus()
    page.keyboard.press("Space")
    assert box.is_checked()
    outline = box.evaluate("b => getComputedStyle(b).outlineStyle")
    assert outline != "none"  # focus is visible
    assert finder_names(page) == expected_names(
        records, {"deployment": ["ASGI"], "status": ["active"]}
    )


def test_finder_without_javascript_is_the_full_table(browser, server, site_html):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(f"{server}/finder.html?deployment=ASGI")
    table = page.locator("table.fw-finder-table")
    assert table.is_visible()
    assert table.locator("tbody tr").count() == len(frameworks(site_html))
    headers = table.locator("thead th").all_inner_texts()
    assert "Deployment" in headers and "Presentation" in headers and "Kind" in headers
    page.goto(f"{server}/compare.html?f=flask,fastapi")
    assert "needs JavaScript" in page.locator(".fw-compare-needs").inner_text()
    assert page.locator('.fw-compare-needs a[href="comparisons/index.html"]').count() == 1
    context.close()


# -- Side by side -----------------------------------------------------------------


def test_compare_side_by_side(page, server, site_html):
    records = {r["slug"]: r for r in frameworks(site_html)}
    page.goto(f"{server}/compare.html?f=flask,fastapi,litestar")
    table = page.locator("table.fw-compare-table")
    heads = table.locator("thead th").all_inner_texts()
    assert [h.replace("\u00d7", "").strip() for h in heads] == [
        "Criterion",
        "Flask",
        "FastAPI",
        "Litestar",
    ]
    rows = table.locator("tbody tr")
    differing = set()
    for index in range(rows.count()):
        row = rows.nth(index)
        label = row.locator("th").inner_text().replace("\u2260", "").strip()
        label = label.replace("(differs)", "").strip()
        if "fw-differs" in (row.get_attribute("class") or ""):
            differing.add(label)
    shown = {
        row.replace("\u2260", "").replace("(differs)", "").strip()
        for row in table.locator("tbody th").all_inner_texts()
    }
    expected = set()
    for fld in FIELDS:
        if fld.label not in shown:
            continue
        values = [records[s][fld.key] for s in ("flask", "fastapi", "litestar")]
        norm = [sorted(v) if isinstance(v, list) else v for v in values]
        if any(v != norm[0] for v in norm):
            expected.add(fld.label)
    assert "Deployment" in shown and "Kind" in shown
    assert differing == expected and len(differing) < len(shown)
    # choosing in a table leads here too
    page.goto(f"{server}/comparisons/at-a-glance.html")
    page.locator('input.fw-pick[value="flask"]').first.check()
    page.locator('input.fw-pick[value="quart"]').first.check()
    link = page.locator("a.fw-compare-link").first
    assert link.get_attribute("href").endswith("compare.html?f=flask,quart")
    link.click()
    assert page.locator("table.fw-compare-table thead th").count() == 3


# -- Filters that tell the truth -------------------------------------------------


def toolbar_filter(page, text: str, column: str = "", index: int = 0) -> list[str]:
    toolbar = page.locator(".fw-toolbar").nth(index)
    if column:
        toolbar.locator("select.fw-column-filter").select_option(label=column)
    toolbar.locator("input.fw-filter").fill(text)
    table = page.locator("table.fw-sortable").nth(index)
    return sorted(framework_name(row[0]) for row in visible_rows(table))


def framework_name(cell: str) -> str:
    """The name in a framework cell, without the successor a stale one names."""
    return cell.split(" (succeeded by ")[0]


def test_filters_match_terms_and_aliases_never_substrings(page, server, site_html):
    records = frameworks(site_html)
    page.goto(f"{server}/comparisons/at-a-glance.html")
    orm = sorted(r["name"] for r in records if "ORM" in r["persistence"])
    assert toolbar_filter(page, "ORM") == orm  # not "dormant"
    cgi = sorted(r["name"] for r in records if "CGI" in r["deployment"])
    assert toolbar_filter(page, "CGI") == cgi  # not FastCGI or SCGI alone
    accounts = sorted(r["name"] for r in records if "user accounts" in r["authentication"])
    assert toolbar_filter(page, "built-in") == accounts  # an alias of user accounts
    assert toolbar_filter(page, "dorm") == []  # no word is matched in part
    historical = sorted(r["name"] for r in records if r["status"] == "historical")
    assert toolbar_filter(page, "historical", column="Status") == historical
    assert "filter=historical" in page.url and "column=Status" in page.url
    page.reload()
    rows = visible_rows(page.locator("table.fw-sortable").first)
    assert sorted(framework_name(row[0]) for row in rows) == historical


def test_a_matrix_filter_finds_its_own_terms(page, server, site_html):
    records = frameworks(site_html)
    page.goto(f"{server}/comparisons/interfaces.html")
    tables = page.locator("table.fw-sortable")
    matrix = next(
        i for i in range(tables.count()) if "fw-matrix" in tables.nth(i).get_attribute("class")
    )
    asgi = sorted(r["name"] for r in records if "ASGI" in r["deployment"])
    assert toolbar_filter(page, "ASGI", index=matrix) == asgi
    # the glossary link of a column is beside its sort button, not inside it
    assert page.locator("button.fw-sort a").count() == 0
    assert page.locator("th a.fw-term-link").count() > 0


def test_status_sorts_in_lifecycle_order_and_versions_by_version(page, server):
    page.goto(f"{server}/comparisons/identity.html")
    table = page.locator("table.fw-sortable").first
    headers = [h.strip() for h in table.locator("thead th").all_inner_texts()]
    status = headers.index("Status")
    table.locator("thead th").nth(status).locator("button").click()
    order = ["active", "maintained", "dormant", "historical"]
    values = [row[status] for row in visible_rows(table)]
    assert values == sorted(values, key=order.index)
    latest = headers.index("Latest release")
    table.locator("thead th").nth(latest).locator("button").click()
    versions = [row[latest].split(" ")[0] for row in visible_rows(table) if row[latest]]
    from packaging.version import InvalidVersion, Version

    parsed = []
    for text in versions:
        try:
            parsed.append(Version(text))
        except InvalidVersion:
            break
    assert len(parsed) > 20 and parsed == sorted(parsed)


# -- Tables that fit, at 1400 and 390 px ------------------------------------------

_CLIPPED = """() => Array.from(document.querySelectorAll('article td, article th'))
  .filter(c => c.offsetParent !== null && c.scrollWidth > c.clientWidth + 1)
  .map(c => c.textContent.trim().slice(0, 40))"""
_HIDDEN_COLUMNS = """(selector) => Array.from(document.querySelectorAll(selector))
  .filter(t => t.offsetParent !== null)
  .filter(t => { const w = t.closest('.table-wrapper') || t.parentNode;
                 return t.scrollWidth > w.clientWidth + 1; })
  .map(t => t.caption ? t.caption.textContent : '?')"""
COMPARISON_PAGES = [
    "comparisons/at-a-glance.html",
    "comparisons/identity.html",
    "comparisons/interfaces.html",
    "comparisons/environment.html",
    "comparisons/sessions.html",
    "comparisons/presentation.html",
    "review-status.html",
    "finder.html?deployment=ASGI&persistence=ORM",
    "compare.html?f=flask,django,zope,web2py",
]


@pytest.mark.parametrize("name", COMPARISON_PAGES)
def test_no_column_hidden_at_1400_px(browser, server, name):
    """Every table and matrix, all its columns in view, none clipped; headings sticky."""
    context = browser.new_context(viewport={"width": 1400, "height": 900})
    page = context.new_page()
    page.goto(f"{server}/{name}")
    assert page.locator("table.fw-table").count() > 0
    assert page.evaluate(_HIDDEN_COLUMNS, "table.fw-table") == []
    assert page.evaluate(_CLIPPED) == []
    # the heading row and the framework column stay in view when the table scrolls
    table = page.locator("table.fw-table").first
    for cell in (
        table.locator("thead th").first,
        table.locator("tbody tr").first.locator("td, th").first,
    ):
        if cell.count():
            assert cell.evaluate("c => getComputedStyle(c).position") == "sticky"
    shot = name.split("?")[0].replace("/", "-")
    page.screenshot(path=str(ARTEFACTS / f"{shot}-1400.png"))
    context.close()


@pytest.mark.parametrize(
    "path", ["comparisons/at-a-glance.html", "frameworks/django.html", "finder.html"]
)
def test_phone_layout_clips_no_cell(browser, server, path):
    context = browser.new_context(viewport={"width": 390, "height": 844})
    page = context.new_page()
    page.goto(f"{server}/{path}")
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    assert page.evaluate(_CLIPPED) == []
    if "comparisons" in path:
        # each framework is a card: the table is as narrow as the screen
        assert page.evaluate(_HIDDEN_COLUMNS, "table.fw-comparison") == []
    page.screenshot(path=str(ARTEFACTS / f"phone-{path.replace('/', '-')}.png"))
    context.close()


# -- Accessibility: axe-core on every page type ------------------------------------

PAGE_TYPES = {
    "landing": "index.html",
    "framework": "frameworks/django.html",
    "directory": "frameworks/index.html",
    "comparison": "comparisons/at-a-glance.html",
    "matrix": "comparisons/interfaces.html",
    "glossary": "glossary.html",
    "finder": "finder.html?deployment=ASGI",
    "compare": "compare.html?f=flask,fastapi,litestar",
}


@pytest.mark.parametrize("kind", list(PAGE_TYPES))
def test_axe_finds_no_critical_or_serious_violation(page, server, kind):
    axe_module = pytest.importorskip("axe_playwright_python.sync_playwright")
    page.goto(f"{server}/{PAGE_TYPES[kind]}")
    results = axe_module.Axe().run(page)
    bad = [
        (v["id"], v["impact"], len(v["nodes"]), v["nodes"][0]["target"])
        for v in results.response["violations"]
        if v["impact"] in ("critical", "serious")
    ]
    assert bad == []
