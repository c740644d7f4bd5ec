"""The ``framework`` directive: one validated record, and its card on the page.

The directive reads its own field list instead of letting docutils parse
options, because docutils drops the whole directive on an unknown or repeated
option. Reading the fields here lets every mistake become a located warning
while every valid value is kept::

    .. framework:: Name
       :licence: MIT
       :sources: https://example.org/LICENSE
                 https://example.org/docs/

       One paragraph about the framework.

It produces::

    index
    target (ids: framework-<slug>)
    container.framework-card
        container.framework-card-header
            paragraph: strong(tagline, or "At a glance"), status term
        container.framework-card-body
            <the paragraph(s) of the body>
            tabular_col_spec
            table.framework-card-fields (one row per field with a value)
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any, ClassVar

from docutils import nodes
from sphinx import addnodes
from sphinx.transforms import SphinxTransform
from sphinx.util.docutils import SphinxDirective

from .config import latest_valid_date
from .diagnostics import did_you_mean, warn
from .domain import get_domain
from .inline import term_ref, value_nodes
from .records import FrameworkRecord, slugify
from .schema import FIELDS, FIELDS_BY_KEY, PLACEHOLDER, STALE_STATUSES, Kind
from .validation import check_activity_source, check_name, parse_value

if TYPE_CHECKING:
    from sphinx.application import Sphinx

    from .schema import Field, Value

_FIELD_LINE = re.compile(r":(?P<key>[^:\s][^:]*):(?:\s+(?P<value>.*))?$")
_NAME = r"[A-Za-z][\w-]*"
#: Field lines with one slip, each with its fix. The first is taken whatever
#: the name; the others only for a declared field, since they also look like prose.
_SLIPS: tuple[tuple[re.Pattern[str], str, bool], ...] = (
    (re.compile(rf":(?P<key>{_NAME}):(?P<value>\S.*)$"), "write a space after ':{key}:'", False),
    (
        re.compile(rf"(?P<key>{_NAME}):(?:\s+(?P<value>.*))?$"),
        "start the line with a colon: ':{key}:'",
        True,
    ),
    (
        re.compile(rf":(?P<key>{_NAME})(?:\s+(?P<value>.*))?$"),
        "end the field name with a colon: ':{key}:'",
        True,
    ),
)


#: Fields the card shows in its header, not as rows of its table.
CARD_HEADER_FIELDS = ("tagline",)
#: The class of the card's count of sources, until it becomes a link.
SOURCES_COUNT = "fw-sources-count"


def setup_directive(app: Sphinx) -> None:
    app.add_directive("framework", FrameworkDirective)
    app.add_transform(LinkSourcesCount)


class FrameworkDirective(SphinxDirective):
    """Describe one framework: its criteria fields and a one-paragraph summary."""

    has_content = True
    # No option_spec: the field list is parsed in :meth:`read_fields`.
    option_spec: ClassVar[dict[str, Any]] = {}

    def run(self) -> list[nodes.Node]:
        lines = list(self.content)
        # docutils hands the text after "::" over as the first content line;
        # it is the name only if it sits on the directive's own line.
        on_directive_line = bool(lines) and self.content.offset(0) == self.lineno - 1
        name = lines[0].strip() if on_directive_line else ""
        start = 1 if on_directive_line else 0
        if not name:
            warn(
                "the framework directive needs a name: '.. framework:: Name'; "
                "this record was skipped",
                self.get_location_tuple(),
                "argument",
            )
            return []

        if not slugify(name):
            warn(
                f"the framework name {name!r} has no letter or digit to make its page "
                "anchor and link from; this record was skipped",
                self.get_location_tuple(),
                "argument",
            )
            return []
        reason = check_name(name)
        if reason:
            warn(
                f"the framework name {name!r} {reason}; this record was skipped",
                self.get_location_tuple(),
                "argument",
            )
            return []
        if not self.in_framework_folder(name) or not self.first_on_page(name):
            return []

        raw, body_start = self.read_fields(start)
        values = self.validate(raw)
        body = nodes.container()
        body_lines = self.content[body_start:]
        if body_lines:
            self.state.nested_parse(body_lines, self.content_offset + body_start, body)
        else:
            warn(
                f"the framework directive for {name!r} has no summary paragraph",
                self.get_location_tuple(),
                "summary",
            )

        record = FrameworkRecord(
            name=name,
            docname=self.env.docname,
            lineno=self.lineno,
            values=tuple((fld.key, values.get(fld.key)) for fld in FIELDS),
            summary=summary_text(body),
        )
        get_domain(self.env).add_record(record)
        card = build_card(record, body.children)
        for node in card:
            for inner in node.findall(lambda n: n.line is None):
                self.set_source_info(inner)
        return card

    def in_framework_folder(self, name: str) -> bool:
        """Whether the page is in ``framework_pages_folder``; warn if not."""
        folder = self.config.framework_pages_folder.strip("/")
        if not folder or self.env.docname.startswith(f"{folder}/"):
            return True
        warn(
            f"the framework directive for {name!r} is outside {folder}/, where framework "
            f"pages live; this record was skipped: move it to a page of its own in {folder}/",
            self.get_location_tuple(),
            "page",
        )
        return False

    def first_on_page(self, name: str) -> bool:
        """Whether this is the page's first record; warn about a second one."""
        (first, *_) = get_domain(self.env).records_of(self.env.docname) or (None,)
        if first is None:
            return True
        warn(
            f"a page describes one framework, and this one already describes {first.name!r} "
            f"(line {first.lineno}); the record for {name!r} was skipped: give it a page "
            "of its own",
            self.get_location_tuple(),
            "page",
        )
        return False

    def get_location_tuple(self, index: int | None = None) -> tuple[str, int]:
        line = self.lineno if index is None else self.content.offset(index) + 1
        return (self.env.docname, line)

    def read_fields(self, start: int) -> tuple[dict[str, tuple[str, int]], int]:
        """The raw value and content index of each field; and where the body starts."""
        raw: dict[str, tuple[str, int]] = {}
        current: str | None = None
        warned_indent = False
        end = next(
            (i for i in range(start, len(self.content)) if not self.content[i].strip()),
            len(self.content),
        )
        for index in range(start, end):
            line = self.content[index]
            field = self.field_line(line.strip(), index)
            indented = line[:1].isspace()
            if field is not None and (not indented or field[0] in FIELDS_BY_KEY):
                if indented and not warned_indent:
                    warn(
                        f"the :{field[0]}: line is indented further than the directive's "
                        "content (a tab?); start every field line where the summary starts. "
                        "The fields were read",
                        self.get_location_tuple(index),
                        "syntax",
                    )
                    warned_indent = True
                current = self.note_field(raw, field[0], field[1], index)
            elif indented:
                if current is not None:  # a continuation line
                    text, at = raw[current]
                    raw[current] = (f"{text}\n{line.strip()}", at)
            elif any(self.field_line(self.content[i].strip()) for i in range(index + 1, end)):
                warn(
                    f"expected a field such as ':licence: MIT' but found {line.strip()!r}; "
                    "the line was skipped and the fields after it were read",
                    self.get_location_tuple(index),
                    "syntax",
                )
                current = None
            else:
                warn(
                    f"expected a field such as ':licence: MIT' but found {line.strip()!r}; "
                    "leave a blank line between the fields and the summary",
                    self.get_location_tuple(index),
                    "syntax",
                )
                return raw, index
        return raw, min(end + 1, len(self.content))

    def field_line(self, text: str, index: int | None = None) -> tuple[str, str] | None:
        """``(key, value)`` if *text* is a field line, perhaps with one slip.

        With *index*, a slip is reported there, naming its fix.
        """
        match = _FIELD_LINE.match(text)
        if match:
            return match["key"].strip().lower(), match["value"] or ""
        for pattern, fix, declared_only in _SLIPS:
            match = pattern.match(text)
            if match is None:
                continue
            key = match["key"].lower()
            if declared_only and key not in FIELDS_BY_KEY:
                continue
            if index is not None:
                warn(
                    f"the field line {text[:60]!r} is not quite a field: {fix.format(key=key)}. "
                    "Its value was read",
                    self.get_location_tuple(index),
                    "syntax",
                )
            return key, match["value"] or ""
        return None

    def note_field(
        self, raw: dict[str, tuple[str, int]], key: str, value: str, index: int
    ) -> str | None:
        """Record one field line; warn about unknown and repeated fields."""
        if key not in FIELDS_BY_KEY:
            warn(
                f"unknown field :{key}:{did_you_mean(key, FIELDS_BY_KEY, quote=':')}; "
                "the fields are listed in the contributing guide",
                self.get_location_tuple(index),
                "option",
            )
            return None
        if key in raw:
            first = self.content.offset(raw[key][1]) + 1
            warn(
                f"the :{key}: field is given twice (first on line {first}); "
                "the first value was kept",
                self.get_location_tuple(index),
                "duplicate_option",
            )
            return None
        raw[key] = (value, index)
        return key

    def validate(self, raw: dict[str, tuple[str, int]]) -> dict[str, Value]:
        """Parse every field given; warn about problems and missing required fields."""
        latest = latest_valid_date(self.config)
        values: dict[str, Value] = {}
        for fld in FIELDS:
            if fld.key not in raw:
                if fld.required:
                    warn(
                        f"missing required field :{fld.key}:; write {fld.how}",
                        self.get_location_tuple(),
                        "missing",
                    )
                continue
            text, index = raw[fld.key]
            if PLACEHOLDER.search(text):
                warn(
                    f"the :{fld.key}: field still holds the placeholder from `make new`; "
                    "fill it in" + ("" if fld.required else " or delete the line"),
                    self.get_location_tuple(index),
                    "placeholder",
                )
                continue
            parsed = parse_value(fld, text, latest)
            for problem in parsed.problems:
                warn(problem.message, self.get_location_tuple(index), problem.subtype)
            values[fld.key] = parsed.value
        unsourced = check_activity_source(values)
        if unsourced is not None:
            warn(unsourced.message, self.get_location_tuple(raw["activity"][1]), unsourced.subtype)
            values["activity"] = None
        self.check_ended(raw, values)
        return values

    def check_ended(self, raw: dict[str, tuple[str, int]], values: dict[str, Value]) -> None:
        """A dormant or historical framework says when it ended; a live one does not."""
        status = values.get("status")
        if status in STALE_STATUSES and "ended" not in raw:
            warn(
                f"a {status} framework needs :ended:, the date its project ended or of its "
                "last release (YYYY-MM-DD, YYYY-MM or YYYY), or 'unknown'",
                self.get_location_tuple(),
                "missing",
            )
        elif status and status not in STALE_STATUSES and "ended" in raw:
            warn(
                f"a framework that is {status} has not ended: delete :ended:, or correct :status:",
                self.get_location_tuple(raw["ended"][1]),
                "status",
            )


def summary_text(body: nodes.Element) -> str:
    """The summary as plain text: the words of its paragraphs, never markup or messages."""
    skipped = (nodes.system_message, nodes.raw, nodes.comment, nodes.literal_block)
    parts = []
    for para in body.findall(nodes.paragraph):
        parent = para.parent
        while parent is not None and parent is not body and not isinstance(parent, skipped):
            parent = parent.parent
        if parent is body:
            parts.append(para.astext().strip())
    return "\n\n".join(part for part in parts if part)


def build_card(record: FrameworkRecord, body: list[nodes.Node]) -> list[nodes.Node]:
    """The "at a glance" card: a header, the summary and a table of the fields."""
    index = addnodes.index(
        entries=[("single", f"{record.name} (framework)", record.anchor, "", None)]
    )
    target = nodes.target("", "", ids=[record.anchor])

    # The page's own heading names the framework: the card says what it is.
    title = nodes.paragraph("", "", classes=["framework-card-title"])
    heading = str(record.get("tagline") or "At a glance")
    title += nodes.strong(heading, heading)
    if record.get("status"):
        title += nodes.Text(" \u2014 ")
        title += term_ref(str(record.get("status")))
    header = nodes.container("", title, classes=["framework-card-header"])

    card_body = nodes.container("", *body, classes=["framework-card-body"])
    # \Y: a ragged-right \X column (latex.py)
    card_body += addnodes.tabular_col_spec(spec=r"\Y{1}{4}\Y{3}{4}")
    card_body += fields_table(record)
    card = nodes.container("", header, card_body, classes=["framework-card"])
    return [index, target, card]


def fields_table(record: FrameworkRecord) -> nodes.table:
    """Two columns, field and value, for every field the record has a value for."""
    # longtable: a card with many sources may be taller than a PDF page.
    table = nodes.table(classes=["framework-card-fields", "longtable"])
    tgroup = nodes.tgroup(cols=2)
    table += tgroup
    for width in (25, 75):
        tgroup += nodes.colspec(colwidth=width)
    tbody = nodes.tbody()
    tgroup += tbody
    for fld in FIELDS:
        if fld.kind is Kind.RELATIONS or fld.key in CARD_HEADER_FIELDS:
            continue  # relations: read from both ends when written (see .lineage)
        shown = _card_value(record, fld)
        if not shown:
            continue
        row = nodes.row()
        row += nodes.entry("", nodes.paragraph("", fld.label))
        row += nodes.entry("", *shown)
        tbody += row
    return table


def _card_value(record: FrameworkRecord, fld: Field) -> list[nodes.Node]:
    if fld.kind is Kind.URLS:
        # The page's Sources section lists every source with what it supports;
        # the card only counts them, and links there (see LinkSourcesCount).
        urls = record.get(fld.key) or ()
        if not urls:
            return []
        text = f"{len(urls)} source{'s' if len(urls) != 1 else ''}, listed under Sources below"
        count = nodes.inline(text, text, classes=[SOURCES_COUNT])
        return [nodes.paragraph("", "", count)]
    inline = value_nodes(record, fld, short=fld.kind is Kind.URL)
    return [nodes.paragraph("", "", *inline)] if inline else []


class LinkSourcesCount(SphinxTransform):
    """Make the card's count of sources a link to the page's Sources section.

    The section comes after the directive, so the link is made once the
    whole page is parsed. A page without a Sources section keeps the count
    as plain text (the sources check reports the missing citations).
    """

    default_priority = 880

    def apply(self, **kwargs: Any) -> None:
        counts = [n for n in self.document.findall(nodes.inline) if SOURCES_COUNT in n["classes"]]
        if not counts:
            return
        section = next(
            (
                sec
                for sec in self.document.findall(nodes.section)
                if sec["ids"] and sec[0].astext().strip() == "Sources"
            ),
            None,
        )
        if section is None:
            return
        for count in counts:
            text = count.astext()
            ref = nodes.reference(text, text, refid=section["ids"][0], internal=True)
            count.replace_self(ref)


__all__ = ["FrameworkDirective", "build_card"]
