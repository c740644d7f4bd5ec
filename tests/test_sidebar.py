"""The sidebar lists the kinds of framework, and in full only the current page's kind.

With a thousand frameworks, a sidebar that lists them all is most of every
page. Here each page lists the directory's kind groups; a framework page
lists the frameworks of its own kind under it. Every framework stays
reachable: its kind's link leads to its entry in the directory.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from .conftest import run_sphinx

ROOT = Path(__file__).parent / "roots" / "test-sidebar-groups"
_NAV = re.compile(r'<div class="sidebar-tree">(.*?)</div>', re.S)
_LINK = re.compile(r'<li class="([^"]*)"><a class="[^"]*" href="([^"]*)">([^<]*)</a>')


def build(src: Path, out: Path, *extra: str) -> str:
    result = run_sphinx(src, out, *extra)
    assert result.returncode == 0, result.stdout + result.stderr
    return result.stdout


def sidebar(out: Path, page: str) -> list[tuple[str, str, str]]:
    """(classes, href, text) of every item of the page's sidebar tree."""
    html = (out / page).read_text(encoding="utf-8")
    tree = _NAV.search(html)
    assert tree, f"{page} has no sidebar tree"
    return _LINK.findall(tree.group(1))


def pages(out: Path) -> dict[str, str]:
    return {str(p.relative_to(out)): p.read_text(encoding="utf-8") for p in out.rglob("*.html")}


@pytest.fixture
def src(tmp_path):
    shutil.copytree(ROOT, tmp_path / "src")
    return tmp_path / "src"


@pytest.fixture
def out(src, tmp_path):
    build(src, tmp_path / "html")
    return tmp_path / "html"


def test_a_framework_page_lists_the_kinds_and_its_own_kind_in_full(out):
    items = sidebar(out, "frameworks/alpha.html")
    texts = [text for _, _, text in items]
    kinds = ["Microframeworks", "Alpha", "Beta", "Toolkits"]
    assert texts == ["Frameworks", *kinds, "About", "Glossary"]
    classes = dict((text, cls) for cls, _, text in items)
    assert classes["Microframeworks"] == "toctree-l2 current has-children"
    assert classes["Alpha"] == "toctree-l3 current current-page"
    assert classes["Beta"] == "toctree-l3"
    assert classes["Toolkits"] == "toctree-l2"


def test_other_pages_list_the_kinds_only(out):
    for page in ("index.html", "about.html", "frameworks/index.html"):
        texts = [text for _, _, text in sidebar(out, page)]
        assert texts == ["Frameworks", "Microframeworks", "Toolkits", "About", "Glossary"], page


def test_each_kind_links_to_its_section_of_the_directory(out):
    directory = (out / "frameworks" / "index.html").read_text(encoding="utf-8")
    for page in ("about.html", "frameworks/gamma.html"):
        kinds = [href for _, href, _ in sidebar(out, page) if "#kind-" in href]
        assert len(kinds) == 2
        for href in kinds:
            assert f'id="{href.split("#")[1]}"' in directory
    # and every framework is listed there
    for name in ("Alpha", "Beta", "Gamma"):
        assert f">{name}</span></a>" in directory


def test_the_same_with_furos_own_sidebar_path(out, src, tmp_path):
    off = tmp_path / "off"
    build(src, off, "-D", "furo_sidebar_shared=0")
    assert pages(off) == pages(out)


def _new_microframework(src: Path) -> None:
    beta = (src / "frameworks" / "beta.rst").read_text()
    delta = beta.replace("====\nBeta\n====", "=====\nDelta\n=====").replace("Beta", "Delta")
    (src / "frameworks" / "delta.rst").write_text(delta)


def _kind(src: Path, slug: str, old: str, new: str) -> None:
    page = src / "frameworks" / f"{slug}.rst"
    page.write_text(page.read_text().replace(f":kind: {old}", f":kind: {new}"))


@pytest.mark.parametrize(
    ("edit", "rewritten"),
    [
        # Gamma joins the microframeworks: its old group empties, so every page changes
        (lambda src: _kind(src, "gamma", "toolkit", "microframework"), None),
        # a new microframework: only the microframeworks' pages list it
        (
            _new_microframework,
            {"frameworks/alpha", "frameworks/beta", "frameworks/delta"},
        ),
    ],
    ids=["kind-edit", "new-page"],
)
def test_an_incremental_build_rewrites_the_sidebars_that_changed(
    src, out, tmp_path, edit, rewritten
):
    edit(src)
    log = build(src, out, "-v")
    written = set(re.findall(r"writing output\.\.\. \[\s*\d+%\] (\S+)", log))
    if rewritten is None:
        assert "about" in written
    else:
        assert rewritten <= written
        # Gamma's previous page is now Delta; About lists no framework at all
        assert "frameworks/gamma" in written
        assert "about" not in written
    clean = tmp_path / "clean"
    build(src, clean)
    assert pages(out) == pages(clean)
