"""``make new NAME="Foo Bar"``: start a framework page with every field and section.

The page is written from ``_templates/framework-page.rst.jinja``, with one
line per declared field. Every value and every section starts as a
placeholder (``<fill in: ...>``); the build reports each remaining one as a
``framework.placeholder`` warning, so an unfinished page cannot pass CI.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from docutils import nodes
from jinja2 import Environment, FileSystemLoader, StrictUndefined
from sphinx.transforms import SphinxTransform

from .diagnostics import warn
from .records import slugify
from .schema import FIELDS, Field, Kind

if TYPE_CHECKING:
    from sphinx.application import Sphinx

REPO = Path(__file__).resolve().parents[2]
TEMPLATE = "framework-page.rst.jinja"
MARKER = "<fill in:"
#: A placeholder is ``<fill in: ...>``; the build looks for it in values and prose.
PLACEHOLDER = re.compile(r"<fill in:[^>]*>?")

_HINTS = {
    Kind.SPDX: "an SPDX expression such as MIT, or unknown",
    Kind.STATUS: "active, maintained, dormant or historical",
    Kind.DATE: "the date you checked the sources, YYYY-MM-DD",
    Kind.YEAR: "the year of the first public release, or unknown",
    Kind.URL: "an https URL",
    Kind.URLS: "the URLs behind the fields, one per line, primary first",
    Kind.PYPI: "the distribution name on PyPI",
    Kind.TERMS: "terms from the glossary, comma-separated, or none or unknown",
}


def setup_scaffold(app: Sphinx) -> None:
    app.add_transform(FindPlaceholders)


class FindPlaceholders(SphinxTransform):
    """Warn about every scaffold placeholder left in a page's prose.

    Placeholders in the directive's fields are reported by the directive
    itself; this finds the ones in the summary and the sections.
    """

    default_priority = 900  # late: after docutils has built every paragraph

    def apply(self, **kwargs: Any) -> None:
        for text in self.document.findall(nodes.Text):
            if MARKER not in text or isinstance(
                text.parent, (nodes.literal, nodes.literal_block, nodes.FixedTextElement)
            ):
                continue
            parent = text.parent
            while parent is not None and parent.line is None:
                parent = parent.parent
            for found in PLACEHOLDER.finditer(str(text)):
                shown = " ".join(found.group(0).split())
                shown = shown if len(shown) <= 48 else shown[:45] + "...>"
                warn(
                    f"placeholder from `make new` still in the page: {shown!r}; "
                    "replace it with sourced text",
                    parent or self.document,
                    "placeholder",
                )


class ScaffoldError(Exception):
    """The page cannot be started (the message says why)."""


def placeholder(fld: Field) -> str:
    hint = _HINTS.get(fld.kind, fld.description.rstrip("."))
    if not fld.required:
        hint += "; or delete this line"
    return f"{MARKER} {hint}>"


def existing_names(frameworks: Path) -> dict[str, Path]:
    """Slug of every framework already described -> the page describing it."""
    found: dict[str, Path] = {}
    for page in sorted(frameworks.glob("*.rst")):
        text = page.read_text(encoding="utf-8")
        for match in re.finditer(r"^\.\. framework::[ \t]*(\S.*?)\s*$", text, re.MULTILINE):
            found.setdefault(slugify(match.group(1)), page)
    return found


def render(name: str, templates: Path = REPO / "_templates") -> str:
    env = Environment(
        loader=FileSystemLoader(templates), undefined=StrictUndefined, keep_trailing_newline=True
    )
    return env.get_template(TEMPLATE).render(
        name=name, rule="=" * len(name), fields=FIELDS, placeholder=placeholder, marker=MARKER
    )


def new_page(name: str, repo: Path = REPO) -> Path:
    """Write ``frameworks/<slug>.rst`` for *name*; refuse to overwrite or to clash."""
    name = " ".join(name.split())
    slug = slugify(name)
    if not slug:
        raise ScaffoldError('give the framework a name: make new NAME="Foo Bar"')
    frameworks = repo / "frameworks"
    page = frameworks / f"{slug}.rst"
    if page.exists():
        raise ScaffoldError(f"{page.relative_to(repo)} already exists; edit it instead")
    clash = existing_names(frameworks).get(slug)
    if clash is not None:
        raise ScaffoldError(
            f"a framework named like {name!r} is already described in {clash.relative_to(repo)}"
        )
    page.write_text(render(name, repo / "_templates"), encoding="utf-8")
    return page


def main(argv: list[str]) -> int:
    """``python -m framework_comparison new NAME``; what ``make new`` runs."""
    if len(argv) != 1:
        print('usage: make new NAME="Foo Bar"', file=sys.stderr)
        return 2
    try:
        page = new_page(argv[0])
    except ScaffoldError as error:
        print(f"make new: {error}", file=sys.stderr)
        return 1
    print(f"wrote {page.relative_to(REPO)}: replace every '<fill in: ...>', then `make html`")
    return 0
