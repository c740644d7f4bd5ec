"""``make new NAME="Foo Bar"``: start a framework page with every field and section.

The page is written from ``_templates/framework-page.rst.jinja``, with one
line per declared field. Every value and every section starts as a
placeholder (``<fill in: ...>``); the build reports each remaining one as a
``framework.placeholder`` warning, so an unfinished page cannot pass CI.
"""

from __future__ import annotations

import os
import re
import string
import sys
import textwrap
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from docutils import nodes
from docutils.utils import column_width
from jinja2 import Environment, FileSystemLoader, StrictUndefined
from sphinx.transforms import SphinxTransform

from .diagnostics import warn
from .records import slugify
from .schema import FIELDS, PLACEHOLDER, PLACEHOLDER_MARKER, Field
from .validation import check_name

if TYPE_CHECKING:
    from sphinx.application import Sphinx

REPO = Path(__file__).resolve().parents[2]
TEMPLATE = "framework-page.rst.jinja"
MARKER = PLACEHOLDER_MARKER
#: Most file systems allow 255 bytes in a file name; leave room for editors' backups.
MAX_FILE_NAME_BYTES = 200


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


@dataclass(frozen=True)
class Section:
    """One section of the house page shape, with what its placeholder asks for."""

    title: str
    underline: str  # "=" for a section, "-" for a subsection
    hint: str = ""  # empty: the section holds only subsections

    @property
    def rule(self) -> str:
        return self.underline * len(self.title)


_OWN_WORDS = (
    "the project's own answer, paraphrased and cited; or say that it has made no such statement"
)

#: Every framework page has these sections, in this order (the house shape).
PAGE_SECTIONS: tuple[Section, ...] = (
    Section("Licence", "=", "the licence as its licence file states it, linking that file"),
    Section("Deployment platforms", "=", "the servers and interfaces it runs on, with sources"),
    Section(
        "Development interfaces", "=", "the style of code an application is written in, "
        "with sources"
    ),
    Section(
        "Environment access", "=", "how handlers reach shared code and resources, with sources"
    ),
    Section(
        "Sessions, identification and authentication", "=",
        "sessions, identification and authentication, kept apart, with sources",
    ),
    Section("Persistence", "=", "what the framework offers for keeping data, with sources"),
    Section(
        "Presentation", "=", "the template or presentation systems it supports, with sources"
    ),
    Section(
        "Today's criteria", "=",
        "real-time, API, validation, migrations, admin, testing, i18n and background work, "
        "built-in kept apart from add-ons, with sources",
    ),
    Section("In their own words", "="),
    Section("What makes it different?", "-", _OWN_WORDS),
    Section("Why was it made?", "-", _OWN_WORDS),
    Section("Where is it heading?", "-", _OWN_WORDS),
    Section("What applications does it suit?", "-", _OWN_WORDS),
    Section(
        "History and status", "=",
        "origins, major versions, and the release and date that the status rests on",
    ),
    Section(
        "Sources", "=",
        "every source used on this page, primary sources first, each as a link with what "
        "it supports",
    ),
)  # fmt: skip


class ScaffoldError(Exception):
    """The page cannot be started (the message says why)."""


def placeholder(fld: Field) -> str:
    hint = fld.how
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


def prose_placeholder(hint: str, indent: str = "") -> str:
    """A placeholder paragraph, wrapped like the rest of the page."""
    return textwrap.fill(f"{MARKER} {hint}.>", 76, initial_indent=indent,
                         subsequent_indent=indent)  # fmt: skip


#: The characters that start or end inline markup in a title.
_INLINE_MARKUP = set("\\*`|_[]<>:")


def escape_title(name: str) -> str:
    """*name* as reStructuredText text (a title, a sentence), every markup character escaped.

    A name is text, never markup: ``*Foo*`` stays starred, a trailing ``_``
    makes no link, and a leading ``..`` starts no directive.
    """
    return "".join(
        f"\\{char}"
        if char in _INLINE_MARKUP or (index == 0 and char in string.punctuation)
        else char
        for index, char in enumerate(name)
    )


def render(name: str, templates: Path = REPO / "_templates") -> str:
    env = Environment(
        loader=FileSystemLoader(templates), undefined=StrictUndefined, keep_trailing_newline=True
    )
    title = escape_title(name)
    summary = f"one paragraph, in your own words: what {title} is and what sets it apart"
    page = env.get_template(TEMPLATE).render(
        name=name,
        title=title,
        rule="=" * column_width(title),
        fields=FIELDS,
        placeholder=placeholder,
        summary=prose_placeholder(summary, "   "),
        sections=PAGE_SECTIONS,
        prose=prose_placeholder,
    )
    return page.rstrip("\n") + "\n"


def new_page(name: str, repo: Path = REPO) -> Path:
    """Write ``frameworks/<slug>.rst`` for *name*; refuse to overwrite or to clash."""
    name = " ".join(name.split())
    slug = slugify(name)
    if not slug:
        raise ScaffoldError('give the framework a name: make new NAME="Foo Bar"')
    reason = check_name(name)
    if reason:
        raise ScaffoldError(f"the name {name!r} {reason}")
    if len(f"{slug}.rst".encode()) > MAX_FILE_NAME_BYTES:
        raise ScaffoldError(f"the name {name!r} makes a file name too long; shorten it")
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
    """``python -m framework_comparison new [NAME]``; what ``make new`` runs.

    ``make new`` hands the name over in the environment (``FRAMEWORK_NAME``),
    never through a shell command line, so no character of it is run or lost.
    """
    names = argv or ([os.environ["FRAMEWORK_NAME"]] if "FRAMEWORK_NAME" in os.environ else [])
    if len(names) != 1 or not names[0].strip():
        print('usage: make new NAME="Foo Bar"', file=sys.stderr)
        return 2
    try:
        page = new_page(names[0])
    except ScaffoldError as error:
        print(f"make new: {error}", file=sys.stderr)
        return 1
    print(f"wrote {page.relative_to(REPO)}: replace every '<fill in: ...>', then `make html`")
    return 0
