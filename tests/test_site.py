"""The real site builds strictly and has its fixed parts."""

from __future__ import annotations

import json

import pytest

from .conftest import REPO, run_sphinx


@pytest.mark.slow
def test_landing_page_and_framework_index(site_html):
    index = (site_html / "index.html").read_text(encoding="utf-8")
    assert "Python Web Frameworks Overview" in index
    frameworks = (site_html / "frameworks" / "index.html").read_text(encoding="utf-8")
    pages = sorted(p.stem for p in (REPO / "frameworks").glob("*.rst") if p.stem != "index")
    assert pages, "the site has framework pages"
    for page in pages:
        assert f'href="{page}.html"' in frameworks, page


@pytest.mark.slow
def test_framework_index_is_sorted(site_html):
    frameworks = (site_html / "frameworks" / "index.html").read_text(encoding="utf-8")
    pages = sorted(p.stem for p in (REPO / "frameworks").glob("*.rst") if p.stem != "index")
    positions = [frameworks.index(f'href="{page}.html"') for page in pages]
    assert positions == sorted(positions)


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
