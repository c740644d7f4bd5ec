"""The real site builds strictly and has its fixed parts."""

from __future__ import annotations

import json
import re
from html import escape

import pytest

from framework_comparison.schema import FIELDS_BY_KEY, TAGLINE_MAX_LENGTH

from .conftest import REPO, run_sphinx


@pytest.mark.slow
def test_landing_page_and_framework_index(site_html):
    index = (site_html / "index.html").read_text(encoding="utf-8")
    assert "Python Web Frameworks Overview" in index
    frameworks = (site_html / "frameworks" / "index.html").read_text(encoding="utf-8")
    article = re.search(r'<article role="main".*?</article>', frameworks, re.S).group(0)
    pages = sorted(p.stem for p in (REPO / "frameworks").glob("*.rst") if p.stem != "index")
    assert pages, "the site has framework pages"
    for page in pages:
        assert f'href="{page}.html#framework-' in article, page


@pytest.mark.slow
def test_the_sidebar_leads_to_every_framework_through_its_kind(site_html):
    """Every page's sidebar lists the kinds; each links to its section of the directory."""
    directory = (site_html / "frameworks" / "index.html").read_text(encoding="utf-8")
    for page in ("index.html", "comparisons/today.html", "frameworks/flask.html"):
        html = (site_html / page).read_text(encoding="utf-8")
        tree = re.search(r'<div class="sidebar-tree">(.*?)</div>', html, re.S).group(1)
        kinds = re.findall(r'href="[^"]*index\.html#(kind-[^"]+)"', tree)
        assert kinds, page
        for section in kinds:
            assert f'<section id="{section}">' in directory, (page, section)
    flask = (site_html / "frameworks" / "flask.html").read_text(encoding="utf-8")
    tree = re.search(r'<div class="sidebar-tree">(.*?)</div>', flask, re.S).group(1)
    assert 'href="bottle.html"' in tree  # another microframework
    assert 'href="zope.html"' not in tree  # an application server


@pytest.mark.slow
def test_framework_index_is_a_directory_by_kind(site_html):
    """Each framework is listed once, under its kind, with its description and status."""
    data = json.loads((site_html / "frameworks.json").read_text(encoding="utf-8"))
    html = (site_html / "frameworks" / "index.html").read_text(encoding="utf-8")
    article = re.search(r'<article role="main".*?</article>', html, re.S).group(0)
    sections = re.findall(r'<section id="kind-([^"]+)">(.*?)</section>', article, re.S)
    kinds = [term.label for term in FIELDS_BY_KEY["kind"].vocabulary]
    assert [key for key, _ in sections] == [
        *(k.lower().replace("/", "-").replace(" ", "-") for k in kinds),
        "unrecorded",
    ]
    by_section = dict(zip([*kinds, "unknown"], (body for _, body in sections), strict=True))
    for record in data["frameworks"]:
        (kind,) = record["kind"]
        entries = re.findall(
            r'<li><p class="fw-directory-entry">(.*?)</p>', by_section[kind], re.S
        )
        (entry,) = [e for e in entries if f'href="{record["slug"]}.html#' in e]
        text = re.sub(r"<[^>]+>", "", entry)
        assert text.startswith(
            f"{record['name']} \u2014 {escape(record['tagline'], quote=False)} ("
        )
        assert f"({record['status']}; first release {record['first-release']})" in text


def test_every_framework_page_has_a_kind_and_a_short_tagline():
    for page in sorted((REPO / "frameworks").glob("*.rst")):
        if page.stem == "index":
            continue
        text = page.read_text(encoding="utf-8")
        kind = re.search(r"^   :kind: (.+)$", text, re.M)
        tagline = re.search(r"^   :tagline: (.+)$", text, re.M)
        assert kind and kind.group(1) != "unknown", page.name
        assert tagline and len(tagline.group(1)) <= TAGLINE_MAX_LENGTH, page.name


@pytest.mark.slow
def test_export_lists_every_framework_page(site_html):
    data = json.loads((site_html / "frameworks.json").read_text(encoding="utf-8"))
    assert data["schema_version"] == 1
    urls = {record["url"].split("#")[0] for record in data["frameworks"]}
    pages = {f"frameworks/{p.stem}.html" for p in (REPO / "frameworks").glob("*.rst")}
    assert urls == pages - {"frameworks/index.html"}


def load_conf(monkeypatch, **environ):
    for name in (
        "READTHEDOCS_GIT_CLONE_URL",
        "READTHEDOCS_VERSION_TYPE",
        "READTHEDOCS_GIT_IDENTIFIER",
        "READTHEDOCS_GIT_COMMIT_HASH",
    ):
        monkeypatch.delenv(name, raising=False)
    for name, value in environ.items():
        monkeypatch.setenv(name, value)
    namespace: dict = {"__file__": str(REPO / "conf.py")}
    exec(compile((REPO / "conf.py").read_text(encoding="utf-8"), "conf.py", "exec"), namespace)
    return namespace["html_theme_options"]


@pytest.mark.slow
def test_no_repository_no_edit_link(monkeypatch, site_html):
    assert load_conf(monkeypatch) == {}
    assert 'rel="edit"' not in (site_html / "frameworks" / "django.html").read_text("utf-8")


def test_edit_links_follow_read_the_docs(monkeypatch):
    options = load_conf(
        monkeypatch,
        READTHEDOCS_GIT_CLONE_URL="git@github.com:example/frameworks.git",
        READTHEDOCS_GIT_IDENTIFIER="main",
    )
    assert options == {
        "source_repository": "https://github.com/example/frameworks/",
        "source_branch": "main",
        "source_directory": "",
    }
    preview = load_conf(
        monkeypatch,
        READTHEDOCS_GIT_CLONE_URL="https://github.com/example/frameworks.git",
        READTHEDOCS_VERSION_TYPE="external",
        READTHEDOCS_GIT_COMMIT_HASH="abc123",
    )
    assert preview["source_branch"] == "abc123"
    assert load_conf(monkeypatch, READTHEDOCS_GIT_CLONE_URL="https://example.org/x.git") == {}


@pytest.mark.slow
def test_edit_link_on_every_page_when_configured(tmp_path):
    """A real build with Read the Docs' variables set links each page to its source."""
    env = {
        "READTHEDOCS_GIT_CLONE_URL": "https://github.com/example/frameworks.git",
        "READTHEDOCS_GIT_IDENTIFIER": "main",
    }
    result = run_sphinx(REPO, tmp_path / "html", "-q", env=env)
    assert result.returncode == 0, result.stderr
    page = (tmp_path / "html" / "frameworks" / "django.html").read_text(encoding="utf-8")
    assert 'href="https://github.com/example/frameworks/edit/main/frameworks/django.rst"' in page
