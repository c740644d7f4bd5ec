"""`make new`: a page with every field and section, which cannot pass until filled in."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from framework_comparison.scaffold import PAGE_SECTIONS, ScaffoldError, main, new_page
from framework_comparison.schema import FIELDS

from .conftest import REPO, warnings_of

SECTIONS = [section.title for section in PAGE_SECTIONS]


def headings(text: str) -> list[str]:
    """Section titles (underlined only), so not the page title (also overlined)."""
    lines = text.splitlines()
    found = []
    for number in range(1, len(lines) - 1):
        title, rule, above = lines[number], lines[number + 1], lines[number - 1]
        if title and re.fullmatch(r"[=-]+", rule) and not re.fullmatch(r"=+", above):
            found.append(title)
    return found


@pytest.fixture
def project(tmp_path: Path, rootdir: Path) -> Path:
    shutil.copytree(rootdir / "test-scaffold-project", tmp_path / "project")
    shutil.copytree(REPO / "_templates", tmp_path / "project" / "_templates")
    return tmp_path / "project"


def test_page_has_every_field_and_section_in_house_order(project):
    text = new_page("Foo Bar", repo=project).read_text(encoding="utf-8")
    assert text.startswith("=======\nFoo Bar\n=======\n\n.. framework:: Foo Bar\n")
    keys = re.findall(r"^   :([a-z-]+): <fill in:", text, re.MULTILINE)
    assert keys == [fld.key for fld in FIELDS]
    assert headings(text) == SECTIONS
    # every real framework page has the same headings in the same order
    for page in sorted((REPO / "frameworks").glob("*.rst")):
        if page.name != "index.rst":
            assert headings(page.read_text(encoding="utf-8")) == SECTIONS, page.name


def test_new_page_builds_with_exactly_the_placeholder_warnings(project, make_app):
    new_page("Foo Bar", repo=project)
    app = make_app("html", srcdir=project)
    app.build()
    warnings = warnings_of(app)
    assert all(line.endswith("[framework.placeholder]") for line in warnings), warnings
    assert all("frameworks/foo-bar.rst:" in line for line in warnings)
    prose = len(SECTIONS) - 1 + 1  # one per section but "In their own words", + summary
    assert len(warnings) == len(FIELDS) + prose


def test_refuses_to_overwrite(project):
    new_page("Foo Bar", repo=project)
    with pytest.raises(ScaffoldError, match=r"frameworks/foo-bar.rst already exists"):
        new_page("foo bar", repo=project)


def test_refuses_a_name_that_clashes(project):
    with pytest.raises(
        ScaffoldError,
        match=r"a framework named like 'Existing one' is already described in "
        r"frameworks/page-with-other-name.rst",
    ):
        new_page("Existing one", repo=project)
    assert not (project / "frameworks" / "existing-one.rst").exists()


def test_refuses_an_empty_name(project):
    with pytest.raises(ScaffoldError, match="give the framework a name"):
        new_page("  ...  ", repo=project)


def test_command_line_reports_refusals(capsys):
    assert main(["Django"]) == 1
    assert "frameworks/django.rst already exists" in capsys.readouterr().err
    assert main([]) == 2


def test_make_new_refuses_an_existing_page():
    result = subprocess.run(
        ["make", "--no-print-directory", "new", "NAME=Flask", f"PYTHON={sys.executable}"],
        cwd=REPO,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode != 0
    assert "make new: frameworks/flask.rst already exists; edit it instead" in result.stderr
