"""The timeline and the family tree: vector pictures with links and a text equivalent."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest
from defusedxml import ElementTree

from .conftest import require_tool, run_sphinx, warnings_of

ROOT = Path(__file__).parent / "roots" / "test-views-lineage"
SVG = "{http://www.w3.org/2000/svg}"


@pytest.fixture
def site(tmp_path: Path) -> Path:
    src = tmp_path / "src"
    shutil.copytree(ROOT, src)
    return src


def pictures(html: str) -> list[ElementTree.Element]:
    return [ElementTree.fromstring(svg) for svg in re.findall(r"<svg xmlns=.*?</svg>", html, re.S)]


def links(svg) -> dict[str, str]:
    return {a.find(f"{SVG}text").text: a.get("href") for a in svg.iter(f"{SVG}a")}


def test_the_pictures_are_valid_svg_with_links(make_app, site):
    app = make_app("html", srcdir=site)
    app.build()
    assert warnings_of(app) == []
    html = (app.outdir / "history.html").read_text(encoding="utf-8")
    timeline, tree = pictures(html)
    assert links(timeline) == {
        name: f"frameworks/{name.lower()}.html#framework-{name.lower()}"
        for name in ("Base", "Built", "New", "Old")
    }
    assert set(links(tree)) == {"Base", "Built", "New", "Old"}
    assert timeline.get("role") == "img" and timeline.find(f"{SVG}title").text
    # one bar per framework: Old has ended, the three others go on (an arrow head each)
    assert len(timeline.findall(f"{SVG}rect")) == 4
    assert len(timeline.findall(f"{SVG}path")) == 3
    texts = [t.text for t in timeline.iter(f"{SVG}text")]
    assert {"WSGI (PEP 333)", "async/await (Python 3.5)", "ASGI 3.0"} <= set(texts)
    # the family tree draws an arrow, labelled by its kind, for each relation
    assert [t.text for t in tree.iter(f"{SVG}text") if t.text in {"built on", "successor of"}]


def test_each_picture_has_a_text_equivalent(make_app, site):
    app = make_app("text", srcdir=site)
    app.build()
    text = (app.outdir / "history.txt").read_text(encoding="utf-8")
    assert "*Old*: first release 2004, ended 2010-05 (historical)" in text
    assert "*New*: first release 2004, still active" in text
    assert "*New* is successor of *Old*" in text
    assert "*Built* is built on *Base*" in text
    assert "<svg" not in text


def test_a_date_edit_redraws_the_timeline_as_a_clean_build_does(site, tmp_path):
    out = tmp_path / "out"
    assert run_sphinx(site, out).returncode == 0
    page = site / "frameworks" / "old.rst"
    page.write_text(page.read_text().replace(":first-release: 2004", ":first-release: 1999-06"))
    assert run_sphinx(site, out).returncode == 0
    clean = tmp_path / "clean"
    assert run_sphinx(site, clean, "-j", "2").returncode == 0
    for built in (out, clean):
        html = (built / "history.html").read_text(encoding="utf-8")
        assert "Old: first release 1999-06" in re.sub(r"<[^>]+>", "", html)
    assert (out / "history.html").read_text() == (clean / "history.html").read_text()


@pytest.mark.slow
def test_the_pictures_are_vector_in_the_pdf_and_valid_in_the_epub(site, tmp_path):
    require_tool("latexmk", "latexmk")
    pdftotext = require_tool("pdftotext", "poppler-utils")
    result = run_sphinx(site, tmp_path / "latex", builder="latex")
    assert result.returncode == 0, result.stderr
    tex = next((tmp_path / "latex").glob("*.tex")).read_text(encoding="utf-8")
    assert tex.count(r"\begin{tikzpicture}") == 2
    assert r"\hyperref[\detokenize{frameworks/old:framework-old}]{Old}" in tex
    subprocess.run(["make", "-C", str(tmp_path / "latex")], capture_output=True, check=True)
    pdf = next((tmp_path / "latex").glob("*.pdf"))
    text = subprocess.run([pdftotext, str(pdf), "-"], capture_output=True, text=True).stdout
    assert "WSGI (PEP 333)" in text and "successor of" in text
    result = run_sphinx(site, tmp_path / "epub", builder="epub")
    assert result.returncode == 0, result.stderr
    images = sorted(p.name for p in (tmp_path / "epub" / "_images").glob("*.svg"))
    assert [re.sub(r"-[0-9a-f]{12}\.svg$", "", name) for name in images] == [
        "history-family-tree",
        "history-timeline-0",
    ]
    for image in (tmp_path / "epub" / "_images").glob("*.svg"):
        ElementTree.fromstring(image.read_text(encoding="utf-8"))
