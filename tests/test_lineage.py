"""Relations between frameworks: stated once, shown from both ends, checked.

``roots/test-views-lineage`` has Old (historical), New (``successor of Old``,
also known as Newish), Base and Built (``built on Base``), and a table that
shows every framework's relations.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from .conftest import run_sphinx, warnings_of

ROOT = Path(__file__).parent / "roots" / "test-views-lineage"


def text_of(html: str) -> str:
    body = html.split('role="main">', 1)[-1].split('class="sphinxsidebar"', 1)[0]
    return " ".join(re.sub(r"<[^>]+>", " ", body).split())


@pytest.fixture
def site(tmp_path: Path) -> Path:
    src = tmp_path / "src"
    shutil.copytree(ROOT, src)
    return src


def build(make_app, src: Path):
    app = make_app("html", srcdir=src)
    app.build()
    return app, [line.replace(f"{src}/", "") for line in warnings_of(app)]


def edit(src: Path, page: str, old: str, new: str) -> None:
    path = src / page
    text = path.read_text(encoding="utf-8")
    assert text.count(old) == 1
    path.write_text(text.replace(old, new), encoding="utf-8")


def test_each_relation_shows_from_both_ends(make_app, site):
    app, warnings = build(make_app, site)
    assert warnings == []
    old = text_of((app.outdir / "frameworks" / "old.html").read_text(encoding="utf-8"))
    new = text_of((app.outdir / "frameworks" / "new.html").read_text(encoding="utf-8"))
    base = text_of((app.outdir / "frameworks" / "base.html").read_text(encoding="utf-8"))
    assert "Relations succeeded by New" in old
    assert "Relations successor of Old" in new
    assert "Also known as Newish" in new
    assert "Relations foundation of Built" in base
    old_html = (app.outdir / "frameworks" / "old.html").read_text(encoding="utf-8")
    assert 'href="new.html#framework-new"' in old_html  # linked, not plain text


def test_a_stale_row_names_its_successor(make_app, site):
    app, _ = build(make_app, site)
    views = text_of((app.outdir / "views.html").read_text(encoding="utf-8"))
    assert "Old (succeeded by New ) historical" in views  # tags read as spaces
    assert "New active successor of Old" in views
    assert "Built active built on Base" in views


def test_an_alias_resolves_the_framework_role(make_app, site):
    app, _ = build(make_app, site)
    index = (app.outdir / "index.html").read_text(encoding="utf-8")
    assert 'href="frameworks/new.html#framework-new"' in index


@pytest.mark.parametrize(
    ("page", "old", "new", "expected"),
    [
        pytest.param(
            "frameworks/new.rst",
            "successor of Old",
            "successor of Olde",
            r"frameworks/new\.rst:4: WARNING: 'Olde' in :relations: is not a framework of this "
            r"site \(did you mean 'Old'\?\); it is shown as plain text.* \[framework\.relation\]",
            id="typo",
        ),
        pytest.param(
            "frameworks/built.rst",
            "built on Base",
            "built on Pydantic",
            r"frameworks/built\.rst:4: WARNING: 'Pydantic' in :relations: is not a framework of "
            r"this site; it is shown as plain text.* \[framework\.relation\]",
            id="unknown-name",
        ),
        pytest.param(
            "frameworks/new.rst",
            "successor of Old",
            "successor of Old, Newish",
            r"frameworks/new\.rst:4: WARNING: 'New' names itself in :relations: "
            r"\(successor of Newish\).* \[framework\.relation\]",
            id="self-reference",
        ),
        pytest.param(
            "frameworks/old.rst",
            "   :status: historical\n",
            "   :status: historical\n   :relations: fork of New\n",
            r"frameworks/new\.rst:4: WARNING: the relations go round in a circle among New, "
            r"Old;.* \[framework\.relation\]",
            id="cycle",
        ),
        pytest.param(
            "frameworks/built.rst",
            "built on Base",
            "inspired by Base",
            r"frameworks/built\.rst:8: WARNING: 'inspired by Base' does not start with a kind "
            r"of relation; write one of: built on, successor of, fork of, renamed from, then "
            r"the names \[framework\.relation\]",
            id="unknown-kind",
        ),
        pytest.param(
            "frameworks/new.rst",
            "successor of Old",
            "successor of Old; renamed from Oldname",
            r"frameworks/new\.rst:4: WARNING: 'New' is 'renamed from Oldname', which is not "
            r"one of its :aliases:; add 'Oldname' there \[framework\.relation\]",
            id="renamed-without-alias",
        ),
        pytest.param(
            "frameworks/base.rst",
            "   :status: active\n",
            "   :status: active\n   :aliases: Old\n",
            r"frameworks/base\.rst:4: WARNING: the alias 'Old' of 'Base' is already a name of "
            r"'Old'.* \[framework\.duplicate\]",
            id="alias-taken",
        ),
    ],
)
def test_bad_relations_warn_and_keep_the_rest(make_app, site, page, old, new, expected):
    edit(site, page, old, new)
    app, warnings = build(make_app, site)
    assert any(re.fullmatch(expected, line) for line in warnings), warnings
    assert len(warnings) == 1, warnings
    # the rest of the record is kept: the page still has its card and status
    built = text_of((app.outdir / page.replace(".rst", ".html")).read_text(encoding="utf-8"))
    assert "Status" in built and "Licence MIT" in built


def test_a_stale_framework_says_when_it_ended(make_app, site):
    edit(site, "frameworks/old.rst", "   :ended: 2010-05\n", "")
    edit(
        site,
        "frameworks/base.rst",
        "   :status: active\n",
        "   :status: active\n   :ended: 2011\n",
    )
    _, warnings = build(make_app, site)
    assert warnings == [
        "frameworks/base.rst:9: WARNING: a framework that is active has not ended: delete "
        ":ended:, or correct :status: [framework.status]",
        "frameworks/old.rst:4: WARNING: a historical framework needs :ended:, the date its "
        "project ended or of its last release (YYYY-MM-DD, YYYY-MM or YYYY), or 'unknown' "
        "[framework.missing]",
    ]


# -- full, incremental and parallel builds ---------------------------------------------


def strict_build(src: Path, out: Path, jobs: int = 1) -> str:
    result = run_sphinx(src, out, "-j", str(jobs))
    log = result.stdout + result.stderr
    assert result.returncode == 0, log
    return log


def pages(out: Path) -> dict[str, str]:
    return {
        str(page.relative_to(out)): text_of(page.read_text(encoding="utf-8"))
        for page in sorted(out.rglob("*.html"))
        if page.name not in {"search.html", "genindex.html"}
    }


@pytest.mark.parametrize("jobs", [1, 2])
def test_editing_a_relation_rewrites_the_other_end(site, tmp_path, jobs):
    out = tmp_path / "out"
    strict_build(site, out, jobs)
    edit(site, "frameworks/new.rst", "successor of Old", "fork of Old")
    log = strict_build(site, out, jobs)
    read = set(re.findall(r"reading sources\.\.\. \[\s*\d+%\] (\S+)", log))
    assert read == {"frameworks/new"}
    if jobs == 1:  # a parallel write reports chunks, not pages
        written = set(re.findall(r"writing output\.\.\. \[\s*\d+%\] (\S+)", log))
        # the two ends and the views that show relations; not the unrelated cards
        assert {"frameworks/new", "frameworks/old", "views", "history"} <= written
        assert not written & {"frameworks/base", "frameworks/built"}
    old = text_of((out / "frameworks" / "old.html").read_text(encoding="utf-8"))
    assert "Relations forked as New" in old
    assert "succeeded by" not in text_of((out / "views.html").read_text(encoding="utf-8"))
    clean = tmp_path / "clean"
    strict_build(site, clean, jobs)
    assert pages(out) == pages(clean)
