"""The sidebar rendered once per folder is byte-for-byte furo's own sidebar."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from .conftest import sphinx_build


def pages(outdir: Path) -> dict[str, str]:
    return {
        str(page.relative_to(outdir)): page.read_text(encoding="utf-8")
        for page in sorted(outdir.rglob("*.html"))
    }


def build_pair(make_app, source: Path, tmp_path: Path):
    fast_src, slow_src = tmp_path / "fast", tmp_path / "slow"
    shutil.copytree(source, fast_src)
    shutil.copytree(source, slow_src)
    fast = make_app("html", srcdir=fast_src)
    fast.build()
    slow = make_app("html", srcdir=slow_src, confoverrides={"framework_fast_navigation": False})
    slow.build()
    return fast, slow


def test_same_sidebar_on_every_page(make_app, rootdir, tmp_path):
    fast, slow = build_pair(make_app, rootdir / "test-navigation", tmp_path)
    fast_pages, slow_pages = pages(fast.outdir), pages(slow.outdir)
    assert set(fast_pages) == set(slow_pages)
    assert len(fast_pages) >= 12
    for name, html in fast_pages.items():
        assert html == slow_pages[name], name
    cache = fast.framework_navigation
    assert cache.fallbacks == []
    # one tree per folder, not one per page
    assert sorted(cache.sphinx_trees) == ["", "guide", "guide/deeper", "reference"]
    # the marks are really there: the current page, its ancestors, their checkboxes
    leaf = fast_pages["guide/deeper/leaf.html"]
    assert (
        '<li class="toctree-l3 current current-page">'
        '<a class="current reference internal" href="#">Leaf</a>' in leaf
    )
    assert 'checked="" class="toctree-checkbox"' in leaf


def test_the_real_site_is_unchanged(site_html, tmp_path):
    slow = tmp_path / "slow"
    sphinx_build("html", slow, "-D", "framework_fast_navigation=0")
    fast_pages, slow_pages = pages(site_html), pages(slow)
    assert set(fast_pages) == set(slow_pages)
    different = [name for name in fast_pages if fast_pages[name] != slow_pages[name]]
    assert different == []


@pytest.mark.parametrize("builder", ["dirhtml", "singlehtml"])
def test_other_builders_keep_furos_path(make_app, rootdir, tmp_path, builder):
    source = tmp_path / "src"
    shutil.copytree(rootdir / "test-navigation", source)
    app = make_app(builder, srcdir=source)
    app.build()
    assert app.framework_navigation.sphinx_trees == {}
