"""The options every view shares, on every view directive: one option, one behaviour.

Each case writes one view directive, with one shared option, into a copy of
a two-framework project (Alpha: active, reviewed 2026-11-20, first released
2004; Beta: dormant, reviewed 2026-11-20, first released 2012) and checks the
rows, the title or the warning that the option gives.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from .conftest import warnings_of

ROOT = Path(__file__).parent / "roots" / "test-views-shared-options"

#: directive text -> (what an empty result is called, its default title)
VIEWS = {
    "table": (".. framework-table::\n   :fields: licence, status\n", "table"),
    "matrix": (".. framework-matrix:: deployment\n", "matrix"),
    "review-status": (".. framework-review-status::\n", "list"),
}


@pytest.fixture
def build_view(make_app, tmp_path):
    """Build the project with *directive* on its views page; return (html, warnings)."""

    def build(directive: str) -> tuple[str, list[str]]:
        srcdir = tmp_path / "src"
        shutil.copytree(ROOT, srcdir)
        views = srcdir / "views.rst"
        views.write_text(views.read_text(encoding="utf-8") + "\n" + directive, "utf-8")
        app = make_app("html", srcdir=srcdir)
        app.build()
        return (app.outdir / "views.html").read_text(encoding="utf-8"), warnings_of(app)

    return build


def rows(html: str) -> list[str]:
    """The framework names of the first view table's rows, in order."""
    body = html.split("<tbody>", 1)[1].split("</tbody>", 1)[0]
    return re.findall(r'<span class="xref fw fw-name">([^<]+)</span>', body)


@pytest.mark.parametrize("view", VIEWS)
def test_status_filter_ignores_case(build_view, view):
    html, warnings = build_view(VIEWS[view][0] + "   :status: Active\n")
    assert warnings == []
    assert rows(html) == ["Alpha"]


@pytest.mark.parametrize("view", VIEWS)
def test_several_statuses(build_view, view):
    html, warnings = build_view(VIEWS[view][0] + "   :status: dormant, active\n")
    assert warnings == []
    assert sorted(rows(html)) == ["Alpha", "Beta"]


@pytest.mark.parametrize("view", VIEWS)
def test_misspelt_status_warns_and_is_ignored(build_view, view):
    html, warnings = build_view(VIEWS[view][0] + "   :status: activ\n")
    assert len(warnings) == 1
    assert re.fullmatch(
        r".*views\.rst:\d+: WARNING: unknown status 'activ' in :status: \(did you mean "
        r"'active'\?\); use one or more of: active, maintained, dormant, historical "
        r"\[framework\.view\]",
        warnings[0],
    ), warnings[0]
    assert sorted(rows(html)) == ["Alpha", "Beta"]


@pytest.mark.parametrize("view", VIEWS)
def test_no_match_says_so(build_view, view):
    directive, what = VIEWS[view]
    html, warnings = build_view(directive + "   :status: historical\n")
    assert warnings == []
    assert f"No framework matches this {what}." in html
    assert "<tbody>" not in html


@pytest.mark.parametrize("view", VIEWS)
def test_reverse_sort_by_name(build_view, view):
    html, warnings = build_view(VIEWS[view][0] + "   :sort: -name\n")
    assert warnings == []
    assert rows(html) == ["Beta", "Alpha"]


@pytest.mark.parametrize("view", VIEWS)
def test_sort_by_a_field(build_view, view):
    html, warnings = build_view(VIEWS[view][0] + "   :sort: -first-release\n")
    assert warnings == []
    assert rows(html) == ["Beta", "Alpha"]  # 2012 before 2004


@pytest.mark.parametrize("view", VIEWS)
def test_unknown_sort_key_warns(build_view, view):
    html, warnings = build_view(VIEWS[view][0] + "   :sort: first_release\n")
    assert len(warnings) == 1
    assert (
        "unknown :sort: key 'first_release' (did you mean 'first-release' or 'latest-release'?)"
        in warnings[0]
    )
    assert warnings[0].endswith("[framework.view]")
    assert sorted(rows(html)) == ["Alpha", "Beta"]


@pytest.mark.parametrize("view", VIEWS)
def test_caption_titles_the_view(build_view, view):
    html, warnings = build_view(VIEWS[view][0] + "   :caption: Chosen   for you\n")
    assert warnings == []
    assert '<span class="caption-text">Chosen for you</span>' in html
