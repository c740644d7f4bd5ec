"""_ext/furo_sidebar.py: furo's sidebar, rendered once per folder, is byte-for-byte furo's own."""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import sys
from pathlib import Path

import furo_sidebar
import pytest
from furo.navigation import get_navigation_tree

from .conftest import REPO, sphinx_build

_TAG = re.compile(r"(<[^>]+>)")

# -- unmark and mark, on hand-written trees ----------------------------------

#: Sphinx's sidebar tree as written for the page guide/one.
SPHINX_ONE = """\
<p class="caption" role="heading"><span class="caption-text">Part</span></p>
<ul class="current">
<li class="toctree-l1 current"><a class="reference internal" href="index.html">Guide</a><ul class="current">
<li class="toctree-l2 current"><a class="current reference internal" href="#">One</a></li>
<li class="toctree-l2"><a class="reference internal" href="current.html">The current page</a></li>
</ul>
</li>
<li class="toctree-l1"><a class="reference internal" href="other.html">Other</a></li>
</ul>
"""  # noqa: E501
#: The same tree for the page guide/other: no checkbox to check.
SPHINX_OTHER = """\
<p class="caption" role="heading"><span class="caption-text">Part</span></p>
<ul class="current">
<li class="toctree-l1"><a class="reference internal" href="index.html">Guide</a><ul>
<li class="toctree-l2"><a class="reference internal" href="one.html">One</a></li>
<li class="toctree-l2"><a class="reference internal" href="current.html">The current page</a></li>
</ul>
</li>
<li class="toctree-l1 current"><a class="current reference internal" href="#">Other</a></li>
</ul>
"""
#: The tree with no page marked, as every page of the folder shares it.
SPHINX_NEUTRAL = """\
<p class="caption" role="heading"><span class="caption-text">Part</span></p>
<ul>
<li class="toctree-l1"><a class="reference internal" href="index.html">Guide</a><ul>
<li class="toctree-l2"><a class="reference internal" href="one.html">One</a></li>
<li class="toctree-l2"><a class="reference internal" href="current.html">The current page</a></li>
</ul>
</li>
<li class="toctree-l1"><a class="reference internal" href="other.html">Other</a></li>
</ul>
"""

#: furo's tree (after its checkbox pass) with no page marked.
FURO_NEUTRAL = """\
<p class="caption" role="heading"><span class="caption-text">Part</span></p>
<ul>
<li class="toctree-l1 has-children"><a class="reference internal" href="index.html">Guide</a><input aria-label="Toggle navigation of Guide" class="toctree-checkbox" id="toctree-checkbox-1" name="toctree-checkbox-1" role="switch" type="checkbox"/><label for="toctree-checkbox-1"><span class="icon"><svg><use href="#svg-arrow-right"></use></svg></span></label><ul>
<li class="toctree-l2"><a class="reference internal" href="one.html">One</a></li>
<li class="toctree-l2"><a class="reference internal" href="current.html">The current page</a></li>
</ul>
</li>
<li class="toctree-l1"><a class="reference internal" href="other.html">Other</a></li>
</ul>
"""  # noqa: E501
#: furo's tree for guide/one, as furo writes it from SPHINX_ONE.
FURO_ONE = """\
<p class="caption" role="heading"><span class="caption-text">Part</span></p>
<ul class="current">
<li class="toctree-l1 current has-children"><a class="reference internal" href="index.html">Guide</a><input aria-label="Toggle navigation of Guide" checked="" class="toctree-checkbox" id="toctree-checkbox-1" name="toctree-checkbox-1" role="switch" type="checkbox"/><label for="toctree-checkbox-1"><span class="icon"><svg><use href="#svg-arrow-right"></use></svg></span></label><ul class="current">
<li class="toctree-l2 current current-page"><a class="current reference internal" href="#">One</a></li>
<li class="toctree-l2"><a class="reference internal" href="current.html">The current page</a></li>
</ul>
</li>
<li class="toctree-l1"><a class="reference internal" href="other.html">Other</a></li>
</ul>
"""  # noqa: E501
#: Each hand-written Sphinx tree and the link of the page it marks.
MARKED_PAGES = [(SPHINX_ONE, "one.html"), (SPHINX_OTHER, "other.html")]


def tokens(html: str) -> list[str]:
    return _TAG.split(html)


@pytest.mark.parametrize(("marked", "href"), MARKED_PAGES)
def test_unmark_removes_only_the_current_pages_marks(marked, href):
    # "current.html" and "The current page" are not marks: they stay.
    assert furo_sidebar.unmark(marked, href) == SPHINX_NEUTRAL


def test_unmark_leaves_an_unmarked_tree_alone():
    assert furo_sidebar.unmark(SPHINX_NEUTRAL, "one.html") == SPHINX_NEUTRAL


def test_the_hand_written_trees_are_furos():
    assert get_navigation_tree(SPHINX_NEUTRAL) == FURO_NEUTRAL
    assert get_navigation_tree(SPHINX_ONE) == FURO_ONE


def test_mark_puts_back_sphinxs_and_furos_marks():
    assert furo_sidebar.mark(tokens(FURO_NEUTRAL), "one.html") == FURO_ONE


@pytest.mark.parametrize(("marked", "href"), MARKED_PAGES)
def test_unmark_then_mark_is_furos_own_tree(marked, href):
    neutral = get_navigation_tree(furo_sidebar.unmark(marked, href))
    assert furo_sidebar.mark(tokens(neutral), href) == get_navigation_tree(marked)


def test_mark_does_not_change_the_shared_tokens():
    shared = tokens(FURO_NEUTRAL)
    furo_sidebar.mark(shared, "one.html")
    assert "".join(shared) == FURO_NEUTRAL


def test_a_page_outside_the_tree_marks_nothing():
    assert furo_sidebar.mark(tokens(FURO_NEUTRAL), "orphan.html") == FURO_NEUTRAL


@pytest.mark.parametrize(
    "html",
    [
        pytest.param(FURO_NEUTRAL.replace("<ul>", "", 1), id="a-closing-tag-with-nothing-open"),
        pytest.param(FURO_NEUTRAL.replace("</ul>\n</li>", "</ul>", 1), id="an-unclosed-item"),
        pytest.param(
            FURO_NEUTRAL.replace('<li class="toctree-l1 has-children">', "<li>"),
            id="an-item-to-mark-without-a-class",
        ),
    ],
)
def test_mark_gives_up_on_an_unexpected_shape(html):
    assert furo_sidebar.mark(tokens(html), "one.html") is None


# -- whole builds: with the extension, with it off, without it ----------------


def pages(outdir: Path) -> dict[str, str]:
    return {
        str(page.relative_to(outdir)): page.read_text(encoding="utf-8")
        for page in sorted(outdir.rglob("*.html"))
    }


def differing(one: Path, other: Path) -> list[str]:
    """The HTML pages that are not byte-for-byte the same in two builds."""
    one_pages, other_pages = pages(one), pages(other)
    assert set(one_pages) == set(other_pages)
    return [name for name in one_pages if one_pages[name] != other_pages[name]]


def build(make_app, source: Path, into: Path, builder: str = "html", **confoverrides):
    shutil.copytree(source, into)
    app = make_app(builder, srcdir=into, confoverrides=confoverrides)
    app.build()
    return app


@pytest.fixture
def root(rootdir):
    return rootdir / "test-furo-sidebar"


@pytest.fixture
def furos_own(make_app, root, tmp_path):
    """The test root built without the extension: furo's own sidebar."""
    return build(make_app, root, tmp_path / "without", extensions=[])


def test_same_sidebar_on_every_page(make_app, root, tmp_path, furos_own):
    shared = build(make_app, root, tmp_path / "shared")
    off = build(make_app, root, tmp_path / "off", furo_sidebar_shared=False)
    assert len(pages(shared.outdir)) >= 12
    assert differing(shared.outdir, furos_own.outdir) == []
    assert differing(off.outdir, furos_own.outdir) == []
    cache = furo_sidebar.cache_of(shared)
    assert cache.fallbacks == []
    # one tree per folder, not one per page
    assert sorted(cache.sphinx_trees) == ["", "guide", "guide/deeper", "reference"]
    # turned off, furo renders every page itself
    assert furo_sidebar.cache_of(off).sphinx_trees == {}
    # the marks are really there: the current page, its ancestors, their checkboxes
    leaf = pages(shared.outdir)["guide/deeper/leaf.html"]
    assert (
        '<li class="toctree-l3 current current-page">'
        '<a class="current reference internal" href="#">Leaf</a>' in leaf
    )
    assert 'checked="" class="toctree-checkbox"' in leaf


def test_the_comparison_sees_a_missing_mark(make_app, root, tmp_path, furos_own, monkeypatch):
    mark = furo_sidebar.mark

    def without_current_page(tokens, href):
        return mark(tokens, href).replace(" current-page", "")

    monkeypatch.setattr(furo_sidebar, "mark", without_current_page)
    broken = build(make_app, root, tmp_path / "broken")
    assert "guide/deeper/leaf.html" in differing(broken.outdir, furos_own.outdir)


def test_an_unexpected_shape_falls_back_to_furo(make_app, root, tmp_path, furos_own, monkeypatch):
    monkeypatch.setattr(furo_sidebar, "mark", lambda tokens, href: None)
    app = build(make_app, root, tmp_path / "fallback")
    assert "guide/deeper/leaf" in furo_sidebar.cache_of(app).fallbacks
    assert differing(app.outdir, furos_own.outdir) == []


def test_the_real_site_is_unchanged(site_html, tmp_path):
    # -W: the build fails if conf.py does not load the extension (unknown setting)
    off = tmp_path / "off"
    sphinx_build("html", off, "-D", "furo_sidebar_shared=0")
    assert differing(site_html, off) == []


@pytest.mark.parametrize("builder", ["dirhtml", "singlehtml"])
def test_other_builders_keep_furos_path(make_app, root, tmp_path, builder):
    app = build(make_app, root, tmp_path / "src", builder)
    assert furo_sidebar.cache_of(app).sphinx_trees == {}


# -- a standalone extension that never forces a re-read ------------------------


def test_metadata_declares_no_env_version(make_app, root, tmp_path):
    app = build(make_app, root, tmp_path / "src")
    extension = app.extensions["furo_sidebar"]
    assert extension.version == furo_sidebar.__version__
    assert extension.parallel_read_safe is True
    assert extension.parallel_write_safe is True
    assert "env_version" not in extension.metadata
    assert "furo_sidebar" not in app.env.version


def test_turning_it_off_rewrites_pages_without_rereading(make_app, root, tmp_path):
    source = tmp_path / "src"
    build(make_app, root, source)
    app = make_app("html", srcdir=source, confoverrides={"furo_sidebar_shared": False})
    read = []
    app.connect("source-read", lambda app, docname, content: read.append(docname))
    app.build()
    assert read == []
    assert (app.outdir / "guide/deeper/leaf.html").exists()


def test_it_imports_nothing_of_framework_comparison():
    source = (REPO / "_ext" / "furo_sidebar.py").read_text(encoding="utf-8")
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.ImportFrom):
            assert node.level == 0 and node.module
            assert node.module.split(".")[0] != "framework_comparison", node.lineno
        elif isinstance(node, ast.Import):
            for alias in node.names:
                assert alias.name.split(".")[0] != "framework_comparison", node.lineno
    script = (
        "import sys; sys.path.insert(0, sys.argv[1]); import furo_sidebar; "
        "print(sorted(m for m in sys.modules if m.split('.')[0] == 'framework_comparison'))"
    )
    result = subprocess.run(
        [sys.executable, "-c", script, str(REPO / "_ext")],
        capture_output=True,
        text=True,
        check=True,
    )
    assert result.stdout.strip() == "[]"
