"""Synthetic projects of N frameworks, in three variants with the same content.

* ``ours``: framework pages with the ``framework`` directive, the real
  comparison pages (tables and matrices) and the generated glossary, built
  with the real ``conf.py``.
* ``plain`` (baseline a): the same content as plain reStructuredText (field
  lists, hand-written list-tables, a hand-written glossary with the same
  back-links), the real ``conf.py`` and furo, without our extensions
  (``framework_comparison``, and ``furo_sidebar``: the baseline pays furo's
  own sidebar cost).
* ``basic`` (baseline b): ``plain`` with Sphinx's ``basic`` theme: the floor
  of what Sphinx itself costs.
"""

from __future__ import annotations

import random
import shutil
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from framework_comparison.scaffold import PAGE_SECTIONS
from framework_comparison.schema import (
    CRITERIA,
    FIELDS,
    FIELDS_BY_KEY,
    GROUPS,
    STALE_STATUSES,
    fields_in_group,
)
from framework_comparison.vocabulary import CONCEPTS, SPECIAL_TERMS, STATUSES, VOCABULARIES

REPO = Path(__file__).resolve().parent.parent
VARIANTS = ("ours", "plain", "basic")
KINDS = tuple(term.label for term in FIELDS_BY_KEY["kind"].vocabulary)
LICENCES = ("MIT", "BSD-3-Clause", "Apache-2.0", "LGPL-3.0-only", "ZPL-2.1", "unknown")
WORDS = (
    "request response handler server template session cookie database route "
    "application framework deployment module package release interface process "
    "thread event loop middleware component object resource page user login form "
    "query model view controller cache static file header status error test "
    "configuration setting plugin extension worker socket stream async proxy"
).split()
#: The house sections that hold prose (the scaffold's list, minus the headings
#: of groups and the sources, which the generator writes itself).
PROSE_SECTIONS = [s for s in PAGE_SECTIONS if s.hint and s.title != "Sources"]


@dataclass(frozen=True)
class Record:
    """One synthetic framework."""

    number: int
    values: dict[str, str]
    prose: dict[str, str]

    @property
    def name(self) -> str:
        return f"Framework {self.number:04d}"

    @property
    def slug(self) -> str:
        return f"framework-{self.number:04d}"


def sentence(rng: random.Random, words: int) -> str:
    text = " ".join(rng.choice(WORDS) for _ in range(words))
    return text[0].upper() + text[1:] + "."


def paragraph(rng: random.Random, sentences: int = 4) -> str:
    return " ".join(sentence(rng, rng.randint(8, 16)) for _ in range(sentences))


def make_records(count: int, seed: int = 2026) -> list[Record]:
    rng = random.Random(seed)
    records = []
    for number in range(1, count + 1):
        values = {
            "homepage": f"https://framework-{number}.example.org/",
            "repository": f"https://github.com/example/framework-{number}",
            "pypi": f"framework-{number}",
            "licence": rng.choice(LICENCES),
            "first-release": str(rng.randint(1998, 2025)),
            "latest-release": f"{rng.randint(0, 9)}.{rng.randint(0, 30)} "
            f"(2026-0{rng.randint(1, 9)}-1{rng.randint(0, 9)})",
            "status": (status := rng.choice(STATUSES).label),
            "python": f"3.{rng.randint(8, 13)}+",
            "reviewed": f"2026-{rng.randint(1, 10):02d}-{rng.randint(10, 28)}",
            "sources": f"https://github.com/example/framework-{number}/blob/main/LICENSE\n"
            f"             https://framework-{number}.example.org/docs/",
        }
        if status in STALE_STATUSES:
            values["ended"] = f"20{rng.randint(10, 25)}"
        for fld in CRITERIA:
            terms = [term.label for term in VOCABULARIES[fld.key]]
            roll = rng.random()
            if roll < 0.08:
                values[fld.key] = "unknown"
            elif roll < 0.15:
                values[fld.key] = "none"
            else:
                most = 1 if fld.single else min(3, len(terms))
                values[fld.key] = ", ".join(rng.sample(terms, rng.randint(1, most)))
        values["tagline"] = sentence(rng, rng.randint(4, 8)).removesuffix(".")
        values["kind"] = rng.choice(KINDS)
        if number > 1 and rng.random() < 0.3:
            # built on an earlier framework: relations never go round in a circle
            values["relations"] = f"built on Framework {rng.randint(1, number - 1):04d}"
        prose = {section.title: paragraph(rng) for section in PROSE_SECTIONS}
        prose["summary"] = paragraph(rng, 3)
        records.append(Record(number, values, prose))
    return records


def title(text: str, char: str = "=", over: bool = False) -> str:
    rule = char * len(text)
    return f"{rule}\n{text}\n{rule}\n" if over else f"{text}\n{rule}\n"


def wrap(text: str, indent: str = "") -> str:
    import textwrap

    return textwrap.fill(text, 76, initial_indent=indent, subsequent_indent=indent)


def page_body(record: Record) -> str:
    """The sections after the directive or field list, the same in every variant."""
    parts = []
    for section in PAGE_SECTIONS:
        parts += [f"{section.title}\n{section.rule}", ""]
        if section.title == "Sources":
            parts += [f"* `{url} <{url}>`__" for url in record.values["sources"].split()]
        elif section.hint:
            parts += [wrap(record.prose[section.title]), ""]
    return "\n".join(parts) + "\n"


def our_page(record: Record) -> str:
    lines = [title(record.name, over=True), f".. framework:: {record.name}"]
    lines += [
        f"   :{fld.key}: {record.values[fld.key]}" for fld in FIELDS if fld.key in record.values
    ]
    lines += ["", wrap(record.prose["summary"], "   "), ""]
    return "\n".join(lines) + "\n" + page_body(record)


def term_refs(value: str) -> str:
    return ", ".join(f":term:`{label.strip()}`" for label in value.split(","))


def plain_value(key: str, value: str) -> str:
    fld = next(f for f in FIELDS if f.key == key)
    if fld.is_criterion or key == "status":
        return term_refs(value)
    if key in ("homepage", "repository"):
        return f"`{value} <{value}>`__"
    if key == "sources":
        return " ".join(f"`{url} <{url}>`__" for url in value.split())
    return value


def plain_page(record: Record) -> str:
    lines = [title(record.name, over=True), f".. _{record.slug}:", ""]
    given = [fld for fld in FIELDS if fld.key in record.values]
    lines += [f":{fld.label}: {plain_value(fld.key, record.values[fld.key])}" for fld in given]
    lines += ["", wrap(record.prose["summary"]), ""]
    return "\n".join(lines) + "\n" + page_body(record)


def list_table(caption: str, headers: list[str], rows: list[list[str]]) -> str:
    lines = [f".. list-table:: {caption}", "   :header-rows: 1", ""]
    for row in [headers, *rows]:
        lines.append(f"   * - {row[0] or '..'}")
        lines += [f"     - {cell}" if cell else "     -" for cell in row[1:]]
    return "\n".join(lines) + "\n"


def plain_comparisons(records: list[Record]) -> dict[str, str]:
    """The comparison pages, written out by hand as list-tables."""
    pages = {}
    link = {r.number: f":doc:`{r.name} </frameworks/{r.slug}>`" for r in records}
    for group in GROUPS:
        if not (REPO / "comparisons" / f"{group.key}.rst").is_file():
            continue  # the site has no comparison page for this group (review, lineage)
        fields = fields_in_group(group.key)
        rows = [
            [link[r.number], *(plain_value(f.key, r.values.get(f.key, "")) for f in fields)]
            for r in records
        ]
        text = (
            title(group.label, over=True)
            + "\n"
            + list_table(group.label, ["Framework", *(f.label for f in fields)], rows)
        )
        for fld in fields:
            if not fld.is_criterion:
                continue
            terms = [t.label for t in VOCABULARIES[fld.key]]
            marks = []
            for r in records:
                have = r.values[fld.key].split(", ")
                marks.append([link[r.number], *("\u2713" if t in have else "" for t in terms)])
            text += (
                "\n"
                + title(fld.heading)
                + "\n"
                + list_table(f"{fld.heading}: frameworks by term", ["Framework", *terms], marks)
            )
        pages[group.key] = text
    keys = [
        "licence",
        "status",
        "first-release",
        "deployment",
        "development",
        "sessions",
        "authentication",
        "persistence",
        "presentation",
    ]
    labels = {f.key: f.label for f in FIELDS}
    rows = [
        [link[r.number], *(plain_value(k, r.values.get(k, "")) for k in keys)] for r in records
    ]
    pages["at-a-glance"] = (
        title("At a glance", over=True)
        + "\n"
        + list_table("All frameworks at a glance", ["Framework", *(labels[k] for k in keys)], rows)
    )
    return pages


def plain_glossary(records: list[Record]) -> str:
    """Every term with its definition and the frameworks that have it."""

    def entries(pairs: Iterable[tuple[str, str]], key: str | None = None) -> list[str]:
        out = ["", ".. glossary::", ""]
        for label, definition in pairs:
            out += [f"   {label}", wrap(definition, "      ")]
            if key is not None:
                have = [r for r in records if label in r.values[key].split(", ")]
                links = ", ".join(f":doc:`{r.name} </frameworks/{r.slug}>`" for r in have)
                out += ["", wrap(f"Frameworks ({len(have)}): {links}", "      ")]
            out.append("")
        return out

    lines = [title("Glossary", over=True)]
    lines += [title("Core concepts"), *entries((t.label, t.definition) for t in CONCEPTS)]
    lines += [title("Status"), *entries(((s.label, s.definition) for s in STATUSES), "status")]
    for fld in CRITERIA:
        terms = ((t.label, t.definition) for t in VOCABULARIES[fld.key])
        lines += [title(fld.heading), *entries(terms, fld.key)]
    special = ((t.label, t.definition) for t in SPECIAL_TERMS)
    lines += [title("Values in every criterion"), *entries(special)]
    return "\n".join(lines) + "\n"


def conf_py(variant: str) -> str:
    lines = [
        "import sys",
        f"sys.path.insert(0, {str(REPO / '_ext')!r})",
        f"_conf = {str(REPO / 'conf.py')!r}",
        "exec(compile(open(_conf, encoding='utf-8').read(), _conf, 'exec'))",
        "exclude_patterns = ['_build']",
    ]
    if variant != "ours":
        ours = ("framework_comparison", "furo_sidebar")
        lines.append(f"extensions = [e for e in extensions if e not in {ours!r}]")
    if variant == "basic":
        lines += ["html_theme = 'basic'", "html_theme_options = {}"]
    return "\n".join(lines) + "\n"


def write_project(root: Path, variant: str, records: list[Record]) -> Path:
    """Write one variant's sources under *root*; return the source folder."""
    if root.exists():
        shutil.rmtree(root)
    (root / "frameworks").mkdir(parents=True)
    (root / "comparisons").mkdir()
    (root / "conf.py").write_text(conf_py(variant), encoding="utf-8")
    (root / "index.rst").write_text(
        title("Benchmark", over=True)
        + "\n.. toctree::\n\n   frameworks/index\n   comparisons/index\n   glossary\n"
        + ("   finder\n   compare\n" if variant == "ours" else ""),
        encoding="utf-8",
    )
    if variant == "ours":
        shutil.copy(REPO / "frameworks" / "index.rst", root / "frameworks" / "index.rst")
        for page in (REPO / "comparisons").glob("*.rst"):
            shutil.copy(page, root / "comparisons" / page.name)
        shutil.copy(REPO / "glossary.rst", root / "glossary.rst")
        for name in ("finder.rst", "compare.rst"):
            shutil.copy(REPO / name, root / name)
        render = our_page
    else:
        # the same index, without the directory view: a plain list of the pages
        (root / "frameworks" / "index.rst").write_text(
            title("Frameworks", over=True) + "\n.. toctree::\n   :glob:\n\n   *\n",
            encoding="utf-8",
        )
        for key, text in plain_comparisons(records).items():
            (root / "comparisons" / f"{key}.rst").write_text(text, encoding="utf-8")
        shutil.copy(REPO / "comparisons" / "index.rst", root / "comparisons" / "index.rst")
        (root / "glossary.rst").write_text(plain_glossary(records), encoding="utf-8")
        render = plain_page
    for record in records:
        (root / "frameworks" / f"{record.slug}.rst").write_text(render(record), encoding="utf-8")
    return root


#: The incremental cases: a field and the value it is changed to.
EDITS: dict[str, Callable[[str], str]] = {
    # the worst case: every table and matrix carries each row's status (the
    # edit keeps a framework live or stale, so that :ended: stays right)
    "status": lambda old: {"active": "maintained", "dormant": "historical"}.get(
        old, {"maintained": "active", "historical": "dormant"}.get(old, old)
    ),
    # a typical correction of one criterion
    "persistence": lambda old: "object database" if old != "object database" else "ORM",
    # a framework now built on another one (both ends show the relation)
    "relations": lambda old: (
        "built on Framework 0001"
        if old != "built on Framework 0001"
        else "built on Framework 0002"
    ),
}
#: The prose-only edit: a sentence added to one section, no field changed.
PROSE = "prose"
#: Every incremental case the benchmark measures, and its target share of a full build.
CASES = {**dict.fromkeys(EDITS, 0.10), PROSE: 0.05}


def edit_target(records: list[Record], start: int, key: str) -> Record:
    """The first record from *start* on whose page has the field *key* (prose: any)."""
    for record in records[start:] + records[:start]:
        if key == PROSE or key in record.values:
            return record
    raise ValueError(f"no synthetic framework has the field {key!r}")


def edit_one_field(root: Path, record: Record, key: str = "status") -> None:
    """An incremental case: change one field of one framework on its page (or its prose)."""
    page = root / "frameworks" / f"{record.slug}.rst"
    text = page.read_text(encoding="utf-8")
    if key == PROSE:
        heading = f"{PROSE_SECTIONS[0].title}\n{PROSE_SECTIONS[0].rule}\n\n"
        changed = text.replace(heading, f"{heading}One sentence more, and no field.\n\n", 1)
    else:
        old = record.values[key]
        changed = text.replace(f":{key}: {old}", f":{key}: {EDITS[key](old)}", 1)
    assert changed != text, f"the {key} edit changed nothing on {page}"
    page.write_text(changed, encoding="utf-8")
