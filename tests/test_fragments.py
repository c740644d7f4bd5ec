"""Rows and back-links of views are written from cached HTML, exactly as the nodes give them.

An edit to one framework page changes one row of each table that shows the
edited field. The rest of each rewritten view comes from the HTML that the
last build wrote for it (see ``fragments``), so the cache must be right in
three ways: it gives what the nodes give, an edit makes only the parts it
changed, and a cache of another environment is never used.
"""

from __future__ import annotations

import pickle
import re
import shutil
from pathlib import Path

import pytest

from framework_comparison.fragments import CACHE_FILE

from .conftest import sphinx_build
from .test_build_modes import framework_page, make_project

_TOKEN = re.compile(r"^[0-9a-f]{32}:[0-9a-f]{64}$")


def build(src: Path, out: Path, *extra: str) -> str:
    return sphinx_build("html", out, *extra, srcdir=src)


def pages(out: Path) -> dict[str, str]:
    return {str(p.relative_to(out)): p.read_bytes().decode() for p in sorted(out.rglob("*.html"))}


def cache_of(out: Path) -> tuple[str, dict[str, dict]]:
    with (out.parent / f"{out.name}.doctrees" / CACHE_FILE).open("rb") as stream:
        return pickle.load(stream)


@pytest.fixture
def project(tmp_path: Path) -> Path:
    return make_project(tmp_path / "src")


@pytest.mark.slow
def test_the_real_site_is_the_same_written_from_nodes(site_html: Path, tmp_path: Path):
    nodes_only = tmp_path / "nodes"
    sphinx_build("html", nodes_only, "-D", "framework_cached_fragments=0")
    assert pages(site_html) == pages(nodes_only)
    index = "searchindex.js"
    assert (site_html / index).read_text() == (nodes_only / index).read_text()


def test_a_test_project_is_the_same_written_from_nodes(project: Path, tmp_path: Path):
    build(project, tmp_path / "cached")
    build(project, tmp_path / "nodes", "-D", "framework_cached_fragments=0")
    assert pages(tmp_path / "cached") == pages(tmp_path / "nodes")
    token, cached = cache_of(tmp_path / "cached")
    assert _TOKEN.match(token)
    assert {"views", "glossary", "finder"} <= set(cached)


def test_an_edit_makes_only_the_parts_that_show_it(project: Path, tmp_path: Path):
    out = tmp_path / "out"
    build(project, out)
    token, before = cache_of(out)
    page = project / "frameworks" / "f05.rst"
    page.write_text(framework_page(5, persistence="object database"))
    build(project, out)
    same_token, after = cache_of(out)
    assert same_token == token
    new = {
        (docname, key)
        for docname, parts in after.items()
        for key in parts
        if key not in before.get(docname, {})
    }
    assert new, "the edit made no new part"
    for docname, key in new:
        if docname != "glossary":  # a row of Framework 05
            assert "Framework 05" in repr(key), (docname, key)
    # the back-link lists of the term it gained and of the term it lost
    glossary = {key[1] for docname, key in new if docname == "glossary"}
    assert glossary == {"object database", "ORM"}
    # every page keeps one part per row and per back-link list
    assert {d: len(p) for d, p in after.items()} == {d: len(p) for d, p in before.items()}
    clean = tmp_path / "clean"
    build(project, clean)
    assert pages(out) == pages(clean)


def test_a_new_environment_never_uses_an_old_cache(project: Path, tmp_path: Path):
    out = tmp_path / "out"
    build(project, out)
    path = out.parent / f"{out.name}.doctrees" / CACHE_FILE
    token, cached = cache_of(out)
    poisoned = {
        docname: {key: ([], "<td>POISON</td></tr>\n") for key in parts}
        for docname, parts in cached.items()
    }
    path.write_bytes(pickle.dumps((token, poisoned)))
    (project / "frameworks" / "f02.rst").write_text(framework_page(2, status="dormant"))
    build(project, out, "-E")  # a fresh environment: a new token
    assert not any("POISON" in html for html in pages(out).values())
    assert cache_of(out)[0] != token


def test_the_cache_is_used_while_its_environment_lives(project: Path, tmp_path: Path):
    """The poison test above can fail: here the same poison shows, as it must."""
    out = tmp_path / "out"
    build(project, out)
    path = out.parent / f"{out.name}.doctrees" / CACHE_FILE
    token, cached = cache_of(out)
    poisoned = {d: {k: ([], "<td>POISON</td></tr>\n") for k in p} for d, p in cached.items()}
    path.write_bytes(pickle.dumps((token, poisoned)))
    (project / "frameworks" / "f02.rst").write_text(framework_page(2, deployment="SCGI"))
    build(project, out)
    assert "POISON" in (out / "views.html").read_text()


@pytest.mark.parametrize("content", [b"", b"not a pickle", pickle.dumps("wrong shape")])
def test_an_unreadable_cache_is_rebuilt(project: Path, tmp_path: Path, content: bytes):
    out = tmp_path / "out"
    build(project, out)
    (out.parent / f"{out.name}.doctrees" / CACHE_FILE).write_bytes(content)
    (project / "frameworks" / "f02.rst").write_text(framework_page(2, deployment="SCGI"))
    build(project, out)
    clean = tmp_path / "clean"
    shutil.rmtree(clean, ignore_errors=True)
    build(project, clean)
    assert pages(out) == pages(clean)
