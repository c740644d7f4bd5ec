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
    keys = re.findall(r"^   :([a-z0-9-]+): <fill in:", text, re.MULTILINE)
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


def test_markup_in_a_name_stays_text(project, make_app):
    page = new_page("*Star* web_ |x|", repo=project)
    text = page.read_text(encoding="utf-8")
    title = "\\*Star\\* web\\_ \\|x\\|"
    assert text.startswith(f"{'=' * len(title)}\n{title}\n{'=' * len(title)}\n")
    assert ".. framework:: *Star* web_ |x|\n" in text
    app = make_app("html", srcdir=project)
    app.build()
    assert all(line.endswith("[framework.placeholder]") for line in warnings_of(app))
    html = (app.outdir / "frameworks" / "star-web-x.html").read_text(encoding="utf-8")
    assert "<h1>*Star* web_ |x|" in html


def test_names_in_any_script_are_welcome(project):
    page = new_page("Джанго", repo=project)
    assert page.name == "джанго.rst"
    assert ".. framework:: Джанго\n" in page.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("name", "reason"),
    [
        ("x" * 65, "is 65 characters long; a name has at most 64"),
        ("Fl\u200bask", "U+200B ZERO WIDTH SPACE"),
        ("\u0424lask", "mixes letters of the CYRILLIC and LATIN scripts"),
    ],
)
def test_refuses_names_that_hide_their_spelling(project, name, reason):
    with pytest.raises(ScaffoldError, match=re.escape(reason)):
        new_page(name, repo=project)
    assert list((project / "frameworks").glob("*.rst")) == [
        project / "frameworks" / "page-with-other-name.rst"
    ]


@pytest.fixture
def make_checkout(tmp_path: Path) -> Path:
    """A copy of the Makefile's world, using this checkout's installed .venv."""
    if not (REPO / ".venv" / ".installed-docs-lock").is_file():
        pytest.skip("needs the .venv that `make` creates")
    root = tmp_path / "checkout"
    root.mkdir()
    shutil.copy2(REPO / "Makefile", root / "Makefile")
    shutil.copytree(REPO / "requirements", root / "requirements")
    shutil.copytree(REPO / "_ext", root / "_ext")
    shutil.copytree(REPO / "_templates", root / "_templates")
    (root / "frameworks").mkdir()
    (root / ".venv").symlink_to(REPO / ".venv")
    return root


def run_make(root: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["make", "--no-print-directory", *args],
        cwd=root,
        capture_output=True,
        text=True,
        check=False,
    )


def test_make_new_runs_nothing_that_a_name_holds(make_checkout):
    name = 'x"; touch pwned; echo "$(whoami) `touch pwned`'
    result = run_make(make_checkout, "new", f"NAME={name}")
    assert result.returncode == 0, result.stderr
    assert not (make_checkout / "pwned").exists()
    assert not (make_checkout / "frameworks" / "pwned").exists()
    (page,) = (make_checkout / "frameworks").glob("*.rst")
    assert f".. framework:: {name}\n" in page.read_text(encoding="utf-8")


def test_make_new_refuses_with_a_message_not_a_traceback(make_checkout):
    result = run_make(make_checkout, "new", "NAME=" + "Long name " * 10)
    assert result.returncode != 0
    assert "make new: the name 'Long name" in result.stderr
    assert "characters long" in result.stderr
    assert "Traceback" not in result.stderr
    result = run_make(make_checkout, "new", "NAME=Джанго")
    assert result.returncode == 0, result.stderr
    assert (make_checkout / "frameworks" / "джанго.rst").is_file()


def test_make_fields_prints_the_reference(make_checkout):
    result = run_make(make_checkout, "fields")
    assert result.returncode == 0, result.stderr
    for fld in FIELDS:
        assert f":{fld.key}: \u2014 {fld.label}" in result.stdout
    assert "``" not in result.stdout  # plain text, no reStructuredText markup
    assert "Write one or more http:// or https:// URLs" in result.stdout
