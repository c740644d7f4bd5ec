"""PDF and ePub are real outputs: built from the real site and checked like the HTML.

The PDF is built as Read the Docs builds it (Sphinx's LaTeX builder, then
latexmk with Sphinx's latexmkrc); its text must hold every framework and every
comparison table's header row, and its LaTeX log must hold no error and no box
wider than the tolerance below. Page images of a table and a card are kept
under _build/artefacts/pdf/ for review. The ePub must pass EPUBCheck.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from framework_comparison.directive import CARD_HEADER_FIELDS
from framework_comparison.schema import FIELDS, GROUPS, fields_in_group

from .conftest import REPO, require_tool, sphinx_build

ARTEFACTS = REPO / "_build" / "artefacts" / "pdf"
#: Overfull boxes up to this width are invisible on the page (1 pt = 0.35 mm).
OVERFULL_TOLERANCE_PT = 2.0
PDF_NAME = "python-web-frameworks-overview"
EPUBCHECK_JAR = Path("/usr/share/java/epubcheck.jar")

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def latex_dir(tmp_path_factory) -> Path:
    require_tool("latexmk", "latexmk")
    out = tmp_path_factory.mktemp("site-latex")
    sphinx_build("latex", out)
    result = subprocess.run(
        ["make", "-C", str(out), "all-pdf"], capture_output=True, text=True, check=False
    )
    assert (out / f"{PDF_NAME}.pdf").is_file(), result.stdout[-3000:] + result.stderr[-3000:]
    return out


@pytest.fixture(scope="module")
def pdf_pages(latex_dir: Path) -> list[str]:
    require_tool("pdftotext", "poppler-utils")
    text = subprocess.run(
        ["pdftotext", "-layout", str(latex_dir / f"{PDF_NAME}.pdf"), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return text.split("\f")


def records(outdir: Path) -> list[dict]:
    return json.loads((outdir / "frameworks.json").read_text(encoding="utf-8"))["frameworks"]


def test_pdf_names_every_framework(latex_dir, pdf_pages):
    text = re.sub(r"\s+", " ", "\n".join(pdf_pages))
    names = [record["name"] for record in records(latex_dir)]
    assert len(names) >= 40
    missing = [name for name in names if name not in text]
    assert missing == []


def test_pdf_has_every_comparison_tables_header_row(pdf_pages):
    header_lines = [
        re.sub(r"\s+", " ", line).strip()
        for page in pdf_pages
        for line in page.splitlines()
        if line.strip().startswith("Framework ")
    ]
    for group in GROUPS:
        if group.key in ("review", "overview"):  # the frameworks index shows the overview
            continue
        for fld in fields_in_group(group.key):
            # a long label may wrap inside its header cell: look for its first word
            first = fld.label.split()[0]
            assert any(first in line for line in header_lines), (group.key, fld.label)
    # the at-a-glance table and the matrices' term headers are there too
    assert any("First release" in line for line in header_lines)
    assert any("WSGI" in line and "ASGI" in line for line in header_lines)


def test_latex_log_is_clean(latex_dir):
    log = (latex_dir / f"{PDF_NAME}.log").read_text(encoding="latin-1")
    errors = [line for line in log.splitlines() if line.startswith("!")]
    assert errors == []
    assert "LaTeX Warning: " not in log
    widths = [float(w) for w in re.findall(r"Overfull \\hbox \(([\d.]+)pt too wide\)", log)]
    assert [w for w in widths if w > OVERFULL_TOLERANCE_PT] == []
    assert "Overfull \\vbox" not in log


def _first_page(pages: list[str], needle: str) -> int:
    for number, page in enumerate(pages, start=1):
        if needle in re.sub(r"\s+", " ", page):
            return number
    raise AssertionError(f"{needle!r} is on no page")


def test_pages_with_a_table_and_a_card_render_to_png(latex_dir, pdf_pages):
    require_tool("pdftoppm", "poppler-utils")
    (django,) = (r for r in records(latex_dir) if r["slug"] == "django")
    ARTEFACTS.mkdir(parents=True, exist_ok=True)
    wanted = {
        "table-identity": _first_page(pdf_pages, "Identity and licence (1 of"),
        "matrix-deployment": _first_page(pdf_pages, "Deployment platforms: frameworks by term"),
        "card-django": _first_page(pdf_pages, f"{django['tagline']} — active"),
    }
    for name, page in wanted.items():
        target = ARTEFACTS / name
        subprocess.run(
            [
                "pdftoppm",
                "-png",
                "-r",
                "80",
                "-singlefile",
                "-f",
                str(page),
                "-l",
                str(page),
                str(latex_dir / f"{PDF_NAME}.pdf"),
                str(target),
            ],
            check=True,
        )
        assert target.with_suffix(".png").stat().st_size > 10_000


@pytest.fixture(scope="module")
def epub_file(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("site-epub")
    sphinx_build("epub", out)
    (book,) = out.glob("*.epub")
    return book


def test_epub_passes_epubcheck(epub_file):
    java = require_tool("java", "epubcheck")
    if not EPUBCHECK_JAR.is_file():
        require_tool("epubcheck-jar-missing", "epubcheck")
    result = subprocess.run(
        [java, "-jar", str(EPUBCHECK_JAR), str(epub_file)],
        capture_output=True,
        text=True,
        check=False,
    )
    report = result.stdout + result.stderr
    assert "Messages: 0 fatals / 0 errors / 0 warnings" in report or (
        "No errors or warnings detected" in report
    ), report


def test_epub_holds_every_framework_and_no_script(epub_file, tmp_path):
    shutil.unpack_archive(epub_file, tmp_path, "zip")
    pages = list(tmp_path.rglob("*.xhtml"))
    text = " ".join(page.read_text(encoding="utf-8") for page in pages)
    data = records(epub_file.parent)
    assert all(record["name"] in text for record in data)
    # no script at all: neither a file nor a tag written into a page
    assert list(tmp_path.rglob("*.js")) == []
    assert list(tmp_path.rglob("framework-comparison-web.css")) == []
    assert "<script" not in text
    assert "frameworks.json" not in {p.name for p in tmp_path.rglob("*")}
    # every card lists each field its record has, by label, in the schema's order
    for record in data:
        page = (tmp_path / record["url"].split("#")[0]).read_text(encoding="utf-8")
        card = re.search(r'<table class="framework-card-fields.*?</table>', page, re.S)
        assert card, record["name"]
        labels = re.findall(r"<tr[^>]*><td><p>([^<]*)</p></td>", card.group(0))
        # the Relations row shows a relation from either end: Pylons is "succeeded by";
        # the tagline is the card's title, not a row of its table
        named = {r["name"] for other in data for r in other["relations"]}
        related = bool(record["relations"]) or record["name"] in named
        has = [
            fld.label
            for fld in FIELDS
            if fld.key not in CARD_HEADER_FIELDS
            and (record[fld.key] not in (None, [], "") or (fld.key == "relations" and related))
        ]
        assert labels == has, record["name"]


def _landing_page(pages: list[str]) -> str:
    return pages[_first_page(pages, "How to read a framework page") - 1]


def test_pdf_landing_cards_keep_their_links_on_their_own_line(pdf_pages):
    """Each card is one line, title then text: no link text strays onto the next card."""
    lines = [" ".join(line.split()) for line in _landing_page(pdf_pages).splitlines()]
    for title, start in [
        ("Find", "From a question"),
        ("Tables", "Tables and matrices"),
        ("Frameworks", "One page per framework"),
        ("Criteria", "What each criterion means"),
        ("Glossary", "Every term, with"),
    ]:
        assert any(line.startswith(f"{title} {start}") for line in lines), title
    strays = {"Finder", "Comparisons", "Frameworks", "Criteria", "Glossary"}
    assert [line for line in lines if line in strays] == []


def test_pdf_table_cells_are_ragged_right(latex_dir):
    tex = (latex_dir / f"{PDF_NAME}.tex").read_text(encoding="utf-8")
    assert r"\newcolumntype{\Y}" in tex
    specs = re.findall(r"\\begin\{longtable\}\{([^\n]*)\}\n", tex)
    ours = [spec for spec in specs if "Y{" in spec or "X{" in spec]
    assert ours and all("X{" not in spec for spec in ours)


def test_pdf_has_the_directory_the_finder_table_and_the_compare_note(latex_dir, pdf_pages):
    text = re.sub(r"\s+", " ", "\n".join(pdf_pages))
    assert "Full-stack frameworks" in text and "Microframeworks" in text
    for record in records(latex_dir):
        assert f"{record['name']} — {record['tagline']}" in text, record["name"]
    assert "Every framework and criterion (1 of" in text
    assert "A book cannot choose" in text
    assert "address of this page" not in text  # the HTML-only instructions stay out


def test_epub_has_the_finder_table_and_the_compare_note(epub_file, tmp_path):
    shutil.unpack_archive(epub_file, tmp_path, "zip")
    finder = next(tmp_path.rglob("finder.xhtml")).read_text(encoding="utf-8")
    assert finder.count("fw-finder-table") >= 2  # in parts that fit the page
    assert "fw-finder-data" not in finder  # no data for a script the book does not run
    compare = next(tmp_path.rglob("compare.xhtml")).read_text(encoding="utf-8")
    assert "A book cannot choose" in compare
