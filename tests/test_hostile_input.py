"""Pull requests are untrusted input: mistakes and attacks, one case each.

Every case edits a small valid site (``roots/test-hostile``: Alpha and web.py
in ``frameworks/``, a history page that links to both, a table, a matrix and
the glossary) and builds it. Whatever the case, the build must:

* never raise: a mistake is a warning, never a traceback;
* locate and type every warning (``file:line: WARNING: ... [type.subtype]``),
  and give the warnings the case expects, which name the fix;
* keep every valid value: each record equals the valid site's, except the
  fields the case spoils;
* let nothing unsafe through: no script, no ``javascript:``/``data:`` link,
  no file of the build machine, no build path in ``frameworks.json``.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import shutil
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from .conftest import warnings_of

ROOT = Path(__file__).parent / "roots" / "test-hostile"
ALPHA = "frameworks/alpha.rst"
LICENCE_URL = "https://github.com/example/alpha/blob/main/LICENSE"
DOCS_URL = "https://alpha.example.org/docs/"
SUMMARY = "   Alpha is a small example framework.\n"
SECTION = "\nSources\n=======\n"
#: every warning line: located, with a type and a subtype
WARNING_LINE = re.compile(r"[^:\s][^:]*:\d+: (WARNING|ERROR): .+ \[[a-z_]+(\.[a-z_]+)?\]")
#: what must never reach the output
UNSAFE = [
    "<script>alert",
    "<script>x",
    "javascript:",
    'href="data:',
    'src="data:',
    "vbscript:",
    "root:x:0:0",  # /etc/passwd
    "file:///",
]


@dataclass(frozen=True)
class Edit:
    """Replace *old* with *new* in *path* (once); with *old* None, write *new* as the file."""

    path: str
    old: str | None
    new: str | bytes


def alpha(old: str, new: str) -> Edit:
    return Edit(ALPHA, old, new)


def page(path: str, text: str | bytes) -> Edit:
    return Edit(path, None, text)


def framework_page(name: str, title: str | None = None, **changes: str) -> str:
    """A valid page for *name*: Alpha's, renamed, with some fields changed."""
    text = (ROOT / ALPHA).read_text(encoding="utf-8")
    title = title or name
    text = text.replace("Alpha\n=====\n", f"{title}\n{'=' * len(title)}\n", 1)
    text = text.replace(".. framework:: Alpha", f".. framework:: {name}", 1)
    text = text.replace("Alpha is a small", f"{name} is a small", 1)
    for key, value in changes.items():
        key = key.replace("_", "-")
        text = re.sub(rf"(?m)^   :{key}: .*$", f"   :{key}: {value}", text, count=1)
    return text


@dataclass(frozen=True)
class Case:
    id: str
    edits: tuple[Edit, ...]
    #: regular expressions; each must match one warning line (after the source folder)
    warnings: tuple[str, ...]
    #: record slug -> the fields that may differ from the valid site's
    spoiled: dict[str, tuple[str, ...]] = field(default_factory=dict)
    #: slugs of records that this case adds, or that it removes
    added: tuple[str, ...] = ()
    removed: tuple[str, ...] = ()


def W(location: str, subtype: str, *words: str) -> str:  # noqa: N802
    """A warning at *location* (``page.rst:12``) of *subtype*, saying *words* in order."""
    said = ".*".join(re.escape(word) for word in words)
    return rf"{re.escape(location)}: WARNING: .*{said}.* \[framework\.{subtype}\]"


CASES = [
    # -- unsafe content --------------------------------------------------------
    Case(
        "raw-html-in-summary",
        (alpha(SUMMARY, SUMMARY + "\n   .. raw:: html\n\n      <script>alert(1)</script>\n"),),
        (W("frameworks/alpha.rst:35", "unsafe", "raw directive is switched off"),),
    ),
    Case(
        "raw-role",
        (
            alpha(
                SECTION,
                "\n.. role:: html(raw)\n   :format: html\n\n:html:`<script>x</script>`\n"
                + SECTION,
            ),
        ),
        (W("frameworks/alpha.rst:38", "unsafe", "raw role", "switched off"),),
    ),
    Case(
        "include-a-system-file",
        (alpha(SECTION, "\n.. include:: ../../../../../../etc/passwd\n" + SECTION),),
        (W("frameworks/alpha.rst:35", "unsafe", "include directive is switched off"),),
    ),
    Case(
        "literalinclude-a-system-file",
        (alpha(SECTION, "\n.. literalinclude:: /etc/passwd\n" + SECTION),),
        (W("frameworks/alpha.rst:35", "unsafe", "literalinclude directive is switched off"),),
    ),
    Case(
        "csv-table-from-a-file",
        (alpha(SECTION, "\n.. csv-table:: Users\n   :file: /etc/passwd\n" + SECTION),),
        (W("frameworks/alpha.rst:35", "unsafe", ":file: and :url: are switched off"),),
    ),
    Case(
        "javascript-link-in-prose",
        (alpha(SECTION, "\nSee `click <javascript:alert(1)>`__.\n" + SECTION),),
        (W("frameworks/alpha.rst:35", "url", "a javascript: link is not allowed"),),
    ),
    Case(
        "javascript-link-disguised",
        (
            alpha(
                SECTION,
                "\nSee `one <JaVaScRiPt:alert(1)>`__ and `two <java\n   script:alert(1)>`__.\n"
                + SECTION,
            ),
        ),
        (W("frameworks/alpha.rst:35", "url", "a javascript: link is not allowed"),),
    ),
    Case(
        "data-link-in-sources-section",
        (
            alpha(
                "* `https://alpha.example.org/docs/",
                "* `x <data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==>`__\n* `https://alpha.example.org/docs/",
            ),
        ),
        (W("frameworks/alpha.rst:39", "url", "a data: link is not allowed"),),
    ),
    Case(
        "javascript-named-target",
        (alpha(SECTION, "\nSee click_.\n\n.. _click: javascript:alert(1)\n" + SECTION),),
        (W("frameworks/alpha.rst:35", "url", "a javascript: link is not allowed"),),
    ),
    Case(
        "file-and-vbscript-links",
        (alpha(SECTION, "\n`a <file:///etc/passwd>`__ `b <vbscript:msgbox(1)>`__\n" + SECTION),),
        (
            W("frameworks/alpha.rst:35", "url", "a file: link is not allowed"),
            W("frameworks/alpha.rst:35", "url", "a vbscript: link is not allowed"),
        ),
    ),
    Case(
        "image-outside-the-project",
        (alpha(SECTION, "\n.. image:: ../../../../../../etc/passwd\n" + SECTION),),
        (W("frameworks/alpha.rst:35", "unsafe", "lies outside the project"),),
    ),
    Case(
        "download-outside-the-project",
        (alpha(SECTION, "\nGet :download:`it <../../../../../../etc/passwd>`.\n" + SECTION),),
        (W("frameworks/alpha.rst:35", "unsafe", "download", "lies outside the project"),),
    ),
    Case(
        "image-with-javascript-uri",
        (alpha(SECTION, "\n.. image:: javascript:alert(1)\n" + SECTION),),
        (W("frameworks/alpha.rst:35", "unsafe", "lies outside the project"),),
    ),
    Case(
        "sphinx-design-button-link",
        (alpha(SECTION, "\n.. button-link:: javascript:alert(1)\n\n   Click\n" + SECTION),),
        (W("frameworks/alpha.rst:35", "url", "a javascript: link is not allowed"),),
    ),
    Case(
        "data-url-in-sources-field",
        (
            alpha(
                f"             {DOCS_URL}\n",
                f"             {DOCS_URL}\n             data:text/html,x\n",
            ),
        ),
        (W("frameworks/alpha.rst:22", "url", "'data:text/html,x' is not an http(s) URL"),),
    ),
    Case(
        "error-in-summary-stays-out-of-the-json",
        (alpha(SUMMARY, "   Alpha is :unknownrole:`small`.\n"),),
        (
            r"frameworks/alpha\.rst:33: ERROR: Unknown interpreted text role "
            r"\"unknownrole\"\. \[docutils\]",
        ),
        spoiled={"alpha": ("summary",)},
    ),
    # -- taking over a framework -------------------------------------------------
    Case(
        "new-page-takes-an-existing-name",
        (page("frameworks/webpy2.rst", framework_page("Web Py")),),
        (
            W(
                "frameworks/webpy2.rst:4",
                "duplicate",
                "'Web Py' is taken",
                "frameworks/web-py.rst:4",
            ),
        ),
    ),
    Case(
        "new-page-sorting-first-takes-a-name",
        (page("frameworks/aaa.rst", framework_page("ALPHA")),),
        (W("frameworks/aaa.rst:4", "duplicate", "'ALPHA' is taken", "frameworks/alpha.rst:4"),),
    ),
    Case(
        "full-width-look-alike-name",
        (page("frameworks/alpha2.rst", framework_page("\uff21lpha", title="Alpha two")),),
        (W("frameworks/alpha2.rst:4", "duplicate", "is taken", "frameworks/alpha.rst:4"),),
    ),
    Case(
        "zero-width-space-in-name",
        (page("frameworks/alpha3.rst", framework_page("Al\u200bpha", title="Alpha three")),),
        (W("frameworks/alpha3.rst:4", "argument", "U+200B ZERO WIDTH SPACE"),),
    ),
    Case(
        "direction-override-in-name",
        (page("frameworks/evil.rst", framework_page("\u202eahpla", title="Evil")),),
        (W("frameworks/evil.rst:4", "argument", "U+202E RIGHT-TO-LEFT OVERRIDE"),),
    ),
    Case(
        "mixed-script-look-alike-name",
        (page("frameworks/alpha4.rst", framework_page("\u0410lpha", title="Alpha four")),),
        (W("frameworks/alpha4.rst:4", "argument", "mixes letters of the CYRILLIC and LATIN"),),
    ),
    Case(
        "name-too-long",
        (page("frameworks/long.rst", framework_page("Long " * 14, title="Long")),),
        (W("frameworks/long.rst:4", "argument", "characters long; a name has at most 64"),),
    ),
    Case(
        "non-latin-name-works",
        (page("frameworks/джанго.rst", framework_page("Джанго")),),
        (),
        added=("джанго",),
    ),
    Case(
        "empty-name",
        (page("frameworks/empty.rst", framework_page("", title="Empty")),),
        (W("frameworks/empty.rst:4", "argument", "needs a name"),),
    ),
    # -- one slip must not lose the rest of the record -----------------------------
    Case(
        "no-space-after-the-colon",
        (alpha(":licence: MIT", ":licence:MIT"),),
        (W("frameworks/alpha.rst:8", "syntax", "write a space after ':licence:'"),),
    ),
    Case(
        "fields-indented-with-a-tab",
        (alpha("   :status: active\n", "\t:status: active\n"),),
        (W("frameworks/alpha.rst:11", "syntax", "indented further", "(a tab?)"),),
    ),
    Case(
        "no-colon-before-the-field-name",
        (alpha("   :status: active", "   status: active"),),
        (W("frameworks/alpha.rst:11", "syntax", "start the line with a colon: ':status:'"),),
    ),
    Case(
        "no-colon-after-the-field-name",
        (alpha("   :status: active", "   :status active"),),
        (W("frameworks/alpha.rst:11", "syntax", "end the field name with a colon: ':status:'"),),
    ),
    Case(
        "stray-line-between-fields",
        (alpha("   :status: active\n", "   :status: active\n   see the changelog\n"),),
        (
            W(
                "frameworks/alpha.rst:12",
                "syntax",
                "'see the changelog'",
                "fields after it were read",
            ),
        ),
    ),
    Case(
        "misspelt-field-name",
        (alpha(":licence: MIT", ":licnce: MIT"),),
        (
            W("frameworks/alpha.rst:8", "option", "unknown field :licnce:", ":licence:"),
            W("frameworks/alpha.rst:4", "missing", "missing required field :licence:"),
        ),
        spoiled={"alpha": ("licence",)},
    ),
    Case(
        "field-given-twice",
        (alpha("   :status: active\n", "   :status: active\n   :status: dormant\n"),),
        (W("frameworks/alpha.rst:12", "duplicate_option", ":status: field is given twice"),),
    ),
    # -- crashes and misleading messages -----------------------------------------
    Case(
        "page-saved-as-latin-1",
        (page("frameworks/latin.rst", framework_page("Br\u00fcck Web").encode("latin-1")),),
        (
            W(
                "frameworks/latin.rst:1",
                "encoding",
                "is not UTF-8",
                "byte 0xfc",
                "save it as UTF-8",
            ),
        ),
    ),
    Case(
        "second-glossary-on-a-page",
        (
            page(
                "glossary.rst",
                "Glossary\n========\n\n.. framework-glossary::\n\n.. framework-glossary::\n",
            ),
        ),
        (W("glossary.rst:6", "duplicate", "already has a framework glossary"),),
    ),
    Case(
        "two-frameworks-on-one-page",
        (
            alpha(
                SECTION,
                "\n" + framework_page("Second").split("\n", 3)[3].split(SECTION)[0] + SECTION,
            ),
        ),
        (
            W(
                "frameworks/alpha.rst:35",
                "page",
                "already describes 'Alpha'",
                "'Second' was skipped",
            ),
        ),
    ),
    Case(
        "framework-outside-the-frameworks-folder",
        (page("history.rst", framework_page("Stray", title="History")),),
        (W("history.rst:4", "page", "'Stray' is outside frameworks/", "move it"),),
    ),
    Case(
        "deprecated-spdx-identifier",
        (alpha(":licence: MIT", ":licence: GPL-2.0+"),),
        (
            W(
                "frameworks/alpha.rst:8",
                "licence",
                "deprecated SPDX",
                "GPL-2.0+ -> GPL-2.0-or-later",
            ),
        ),
        spoiled={"alpha": ("licence",)},
    ),
    Case(
        "release-date-not-iso",
        (alpha("2.1 (2026-03-10)", "2.1 (March 2026)"),),
        (
            W(
                "frameworks/alpha.rst:10",
                "release",
                "is not a version and a date",
                "2.1 (2026-03-10)",
            ),
        ),
        spoiled={"alpha": ("latest-release",)},
    ),
    Case(
        "release-date-impossible",
        (alpha("2.1 (2026-03-10)", "2.1 (2026-02-30)"),),
        (W("frameworks/alpha.rst:10", "date", "2026-02-30 is not a real date"),),
        spoiled={"alpha": ("latest-release",)},
    ),
    Case(
        "year-before-python",
        (alpha(":first-release: 2004", ":first-release: 1985"),),
        (W("frameworks/alpha.rst:9", "date", "before Python's first release (1991)"),),
        spoiled={"alpha": ("first-release",)},
    ),
    Case(
        "markup-in-python-versions",
        (alpha(":python: 3.10+", ":python: **3.10+**"),),
        (W("frameworks/alpha.rst:12", "release", "is not a list of Python versions"),),
        spoiled={"alpha": ("python",)},
    ),
    Case(
        "markup-in-latest-release",
        (alpha("2.1 (2026-03-10)", "`2.1 <javascript:x>`_ (2026-03-10)"),),
        (W("frameworks/alpha.rst:10", "release", "is not a version and a date"),),
        spoiled={"alpha": ("latest-release",)},
    ),
    Case(
        "source-url-with-a-comma",
        (
            alpha(
                f"             {DOCS_URL}\n",
                f"             {DOCS_URL}\n             https://alpha.example.org/a,b\n",
            ),
            alpha(
                "* `https://alpha.example.org/docs/",
                "* `https://alpha.example.org/a,b <https://alpha.example.org/a,b>`__\n* `https://alpha.example.org/docs/",
            ),
        ),
        (),
        spoiled={"alpha": ("sources",)},
    ),
    Case(
        "reviewed-today",
        (alpha(":reviewed: 2026-11-20", f":reviewed: {dt.date.today().isoformat()}"),),
        (),
        spoiled={"alpha": ("reviewed",)},
    ),
    Case(
        "reviewed-in-the-future",
        (alpha(":reviewed: 2026-11-20", ":reviewed: 2999-01-01"),),
        (W("frameworks/alpha.rst:21", "date", "2999-01-01 is in the future"),),
        spoiled={"alpha": ("reviewed",)},
    ),
    Case(
        "unknown-status",
        (alpha(":status: active", ":status: alive"),),
        (W("frameworks/alpha.rst:11", "status", "unknown :status: 'alive'", "use one of"),),
        spoiled={"alpha": ("status",)},
    ),
    Case(
        "no-summary",
        (alpha("\n" + SUMMARY, ""),),
        (W("frameworks/alpha.rst:4", "summary", "has no summary paragraph"),),
        spoiled={"alpha": ("summary",)},
    ),
    Case(
        "unknown-framework-reference",
        (page("history.rst", "History\n=======\n\n:framework:`Alpah` came first.\n"),),
        (W("history.rst:4", "reference", "unknown framework 'Alpah'", "'Alpha'"),),
    ),
]


def apply(srcdir: Path, edits: tuple[Edit, ...]) -> None:
    for edit in edits:
        path = srcdir / edit.path
        if edit.old is None:
            if isinstance(edit.new, bytes):
                path.write_bytes(edit.new)
            else:
                path.write_text(edit.new, encoding="utf-8")
            continue
        text = path.read_text(encoding="utf-8")
        assert text.count(edit.old) == 1, f"{edit.old!r} is not once in {edit.path}"
        path.write_text(text.replace(edit.old, str(edit.new)), encoding="utf-8")


def build(make_app, srcdir: Path):
    app = make_app("html", srcdir=srcdir)
    app.build()
    prefix = f"{srcdir}/"
    warnings = [line.replace(prefix, "") for line in warnings_of(app)]
    return app, warnings


def records(app) -> dict[str, dict]:
    data = json.loads((app.outdir / "frameworks.json").read_text(encoding="utf-8"))
    return {record["slug"]: record for record in data["frameworks"]}


@pytest.fixture(scope="module")
def valid_records(tmp_path_factory) -> dict[str, dict]:
    from sphinx.testing.util import SphinxTestApp

    srcdir = tmp_path_factory.mktemp("hostile-valid") / "src"
    shutil.copytree(ROOT, srcdir)
    app = SphinxTestApp("html", srcdir=srcdir)
    try:
        app.build()
        assert warnings_of(app) == []
        return records(app)
    finally:
        app.cleanup()


@pytest.mark.parametrize("case", [pytest.param(c, id=c.id) for c in CASES])
def test_hostile_input(case: Case, make_app, tmp_path, valid_records):
    srcdir = tmp_path / "src"
    shutil.copytree(ROOT, srcdir)
    apply(srcdir, case.edits)
    app, warnings = build(make_app, srcdir)

    for line in warnings:
        assert WARNING_LINE.fullmatch(line), f"not located and typed: {line}"
    for expected in case.warnings:
        assert any(re.fullmatch(expected, line) for line in warnings), (
            f"expected a warning like {expected}\nbut got:\n" + "\n".join(warnings)
        )
    if not case.warnings:
        assert warnings == []

    built = records(app)
    assert set(built) == (set(valid_records) | set(case.added)) - set(case.removed)
    for slug, valid in valid_records.items():
        if slug in case.removed:
            continue
        spoiled = case.spoiled.get(slug, ())
        kept = {key: value for key, value in built[slug].items() if key not in spoiled}
        assert kept == {key: value for key, value in valid.items() if key not in spoiled}

    export = (app.outdir / "frameworks.json").read_text(encoding="utf-8")
    assert str(srcdir) not in export and "ERROR" not in export and "<" not in export
    for html in app.outdir.rglob("*.html"):
        text = html.read_text(encoding="utf-8").lower()
        for unsafe in UNSAFE:
            assert unsafe not in text, f"{unsafe!r} reached {html.name}"
    leaked = [p for p in app.outdir.rglob("*") if p.is_file() and p.name in {"passwd"}]
    assert leaked == []


def test_at_least_forty_cases_and_the_guide_says_how_many():
    assert len(CASES) >= 40
    assert len({case.id for case in CASES}) == len(CASES)
    guide = (ROOT.parents[2] / "contributing.rst").read_text(encoding="utf-8")
    (count,) = re.findall(r"A suite of (\d+) hostile inputs", guide)
    assert int(count) == len(CASES), "update the count in contributing.rst"
