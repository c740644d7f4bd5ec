"""Sort and filter a comparison table in Chromium, timed inside the page."""

from __future__ import annotations

import contextlib
import functools
import http.server
import shutil
import statistics
import threading
from collections.abc import Iterator
from pathlib import Path


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    """Serves the built site without logging every request."""

    def log_message(self, format: str, *args: object) -> None:
        pass


@contextlib.contextmanager
def serve(site: Path) -> Iterator[str]:
    """Serve a built site on a free loopback port; yield its base URL."""
    handler = functools.partial(QuietHandler, directory=str(site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()


CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
]
# Runs in the page: click a column's sort button, or type into the filter box,
# and time the synchronous work with the page's own clock.
_SORT = """(column) => {
  const table = document.querySelector("table.fw-sortable");
  const button = table.tHead.rows[0].cells[column].querySelector("button");
  const start = performance.now();
  button.click();
  return performance.now() - start;
}"""
_FILTER = """(text) => {
  const box = document.querySelector(".fw-filter");
  const start = performance.now();
  box.value = text;
  box.dispatchEvent(new Event("input"));
  return performance.now() - start;
}"""


def measure_table(
    site: Path, page: str = "comparisons/at-a-glance.html", repeat: int = 7
) -> dict[str, float] | None:
    """Median milliseconds to sort and to filter the first table on *page*, or None."""
    chromium = shutil.which("chromium")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        return None
    if chromium is None:
        return None
    with serve(site) as base, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium, args=CHROMIUM_ARGS)
        tab = browser.new_page()
        tab.goto(f"{base}/{page}")
        rows = tab.evaluate("document.querySelector('table.fw-sortable').tBodies[0].rows.length")
        # alternate columns so every click really reorders the rows
        sorts = [tab.evaluate(_SORT, 3 if i % 2 else 4) for i in range(repeat)]
        filters = [tab.evaluate(_FILTER, text) for text in ("wsgi", "active", "") * repeat]
        browser.close()
    return {
        "rows": rows,
        "sort_ms": round(statistics.median(sorts), 2),
        "filter_ms": round(statistics.median(filters), 2),
    }


# Runs in the page: tick or untick one facet box of the finder, and time the
# synchronous work (the match, the counts and the new rows) and the layout
# it forces, with the page's own clock.
_TOGGLE = """(selector) => {
  const box = document.querySelector(selector);
  const start = performance.now();
  box.click();
  document.body.offsetHeight;  // force the layout of the new results
  return performance.now() - start;
}"""
_FACETS = (
    '.fw-facet[data-field="deployment"] input[value="WSGI"]',
    '.fw-facet[data-field="status"] input[value="active"]',
    '.fw-facet[data-field="persistence"] input[value="ORM"]',
)


def measure_finder(site: Path, repeat: int = 7) -> dict[str, float] | None:
    """Median milliseconds to toggle one facet of the finder, and the page's size."""
    chromium = shutil.which("chromium")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        return None
    page = site / "finder.html"
    if chromium is None or not page.is_file():
        return None
    with serve(site) as base, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium, args=CHROMIUM_ARGS)
        tab = browser.new_page()
        tab.goto(f"{base}/finder.html")
        rows = tab.evaluate(
            "JSON.parse(document.querySelector('.fw-finder-data').textContent).frameworks.length"
        )
        # every facet is ticked, then unticked: each click changes the results
        toggles = [
            tab.evaluate(_TOGGLE, selector)
            for _ in range(repeat)
            for selector in (*_FACETS, *_FACETS)
        ]
        setup = float(tab.evaluate("document.querySelector('.fw-finder-ui').dataset.setupMs"))
        browser.close()
    size = page.stat().st_size
    return {
        "rows": rows,
        "toggle_ms": round(statistics.median(toggles), 2),
        "toggle_max_ms": round(max(toggles), 2),
        "setup_ms": round(setup, 1),
        "page_kb": round(size / 1024, 1),
        "bytes_per_framework": round(size / rows),
    }
