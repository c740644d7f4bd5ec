"""The real site builds strictly and has its fixed parts."""

from __future__ import annotations

import json

from .conftest import REPO


def test_landing_page_and_framework_index(site_html):
    index = (site_html / "index.html").read_text(encoding="utf-8")
    assert "Python Web Frameworks Overview" in index
    frameworks = (site_html / "frameworks" / "index.html").read_text(encoding="utf-8")
    pages = sorted(p.stem for p in (REPO / "frameworks").glob("*.rst") if p.stem != "index")
    assert pages, "the site has framework pages"
    for page in pages:
        assert f'href="{page}.html"' in frameworks, page


def test_framework_index_is_sorted(site_html):
    frameworks = (site_html / "frameworks" / "index.html").read_text(encoding="utf-8")
    pages = sorted(p.stem for p in (REPO / "frameworks").glob("*.rst") if p.stem != "index")
    positions = [frameworks.index(f'href="{page}.html"') for page in pages]
    assert positions == sorted(positions)


def test_export_lists_every_framework_page(site_html):
    data = json.loads((site_html / "frameworks.json").read_text(encoding="utf-8"))
    assert data["schema_version"] == 1
    urls = {record["url"].split("#")[0] for record in data["frameworks"]}
    pages = {f"frameworks/{p.stem}.html" for p in (REPO / "frameworks").glob("*.rst")}
    assert urls == pages - {"frameworks/index.html"}
