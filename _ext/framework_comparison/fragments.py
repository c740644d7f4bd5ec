"""Parts of views written as HTML once, and again only when what they show changes.

A view shows every framework, so a page of views costs O(N) to write: the
nodes of every row are built, every post-transform walks them, every link is
resolved and the translator writes them. Yet an edit to one framework page
changes one row of each table, and one back-link list of the glossary.

So a renderer may give, instead of a row or a block, a :class:`Lazy` part: a
*key* that names everything the part shows (the record's values, its link
targets) and a function that makes its nodes. For HTML pages,
:func:`resolve` looks the key up in a cache kept in the environment; only a
part whose key is new is made, resolved and written by Sphinx's own HTML
translator, and its HTML is kept for the next build. Every part then enters
the page as raw HTML: byte for byte what the translator writes for its nodes
(the tests build the site both ways and compare). Other builders (LaTeX,
ePub, text) make every part's nodes, as before.

A row's ``row-odd``/``row-even`` class depends on its place in the table, so
a row is cached without its opening tag, and the tag is written for its
place. Blocks must not depend on where they stand: a paragraph with a class
of its own, which docutils never writes as a compact paragraph.
"""

from __future__ import annotations

import hashlib
import pickle
import re
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any
from weakref import WeakKeyDictionary

from docutils import nodes
from docutils.utils import new_document
from sphinx.transforms.post_transforms import ReferencesResolver

if TYPE_CHECKING:
    from collections.abc import Callable, Hashable

    from sphinx.application import Sphinx
    from sphinx.builders import Builder
    from sphinx.environment import BuildEnvironment

#: The cache file, beside the pickled environment.
CACHE_FILE = "framework-fragments.pickle"
#: Set to False to write every part through the nodes (the tests compare both).
CONFIG = "framework_cached_fragments"
_ROW = re.compile(r"<tr[^>]*>(.*?)</tr>\n", re.S)
#: Our own attribute of the environment: made afresh with each new environment, so
#: that a cache from another environment (other code, other pages) is never used.
_ENV_TOKEN = "framework_fragments_token"


@dataclass(frozen=True)
class Lazy:
    """A part of a view: what it shows (*key*), and how to make its nodes."""

    key: Hashable
    make: Callable[[], nodes.Node]


class lazy_part(nodes.General, nodes.Element):  # noqa: N801
    """A :class:`Lazy` part inside a view's nodes; never reaches a writer."""


def setup_fragments(app: Sphinx) -> None:
    app.add_config_value(
        CONFIG,
        True,
        "html",
        types=(bool,),
        description="Write unchanged rows and back-links of views from cached HTML",
    )
    app.add_node(lazy_part)
    app.connect("env-updated", load_cache)
    app.connect("build-finished", save_cache)


def part(key: Hashable, make: Callable[[], nodes.Node]) -> lazy_part:
    """A lazy part of a view; *key* must name everything its nodes show."""
    return lazy_part(lazy=Lazy(key, make))


@dataclass
class Cache:
    """The parts each page was last written with, by page, then by key."""

    token: str
    #: what the pages were written with before this build
    before: dict[str, dict[Hashable, Any]] = field(default_factory=dict)
    #: what the pages written in this build (in this process) used
    now: dict[str, dict[Hashable, Any]] = field(default_factory=dict)

    def get(self, docname: str, key: Hashable) -> Any:
        found = self.now.get(docname, {}).get(key)
        if found is None:
            found = self.before.get(docname, {}).get(key)
        return found


_CACHES: WeakKeyDictionary[Sphinx, Cache] = WeakKeyDictionary()


def is_cached(builder: Builder) -> bool:
    return (
        builder.format == "html"
        and not builder.name.startswith("epub")
        and bool(builder.config[CONFIG])
    )


def _token(app: Sphinx) -> str:
    """This environment's token, the builder, and the settings that shape links."""
    env = app.env
    if not getattr(env, _ENV_TOKEN, None):
        setattr(env, _ENV_TOKEN, uuid.uuid4().hex)
    std = env.domains.standard_domain
    terms = sorted((name, place) for (kind, name), place in std.objects.items() if kind == "term")
    html = sorted((opt.name, repr(opt.value)) for opt in app.config if opt.rebuild == "html")
    shape = repr((app.builder.name, terms, html))
    return f"{getattr(env, _ENV_TOKEN)}:{hashlib.sha256(shape.encode()).hexdigest()}"


def load_cache(app: Sphinx, env: BuildEnvironment) -> None:
    """Before pages are written: the parts of the last build, if it had this environment."""
    if not is_cached(app.builder):
        return
    token = _token(app)
    cache = Cache(token)
    path = Path(app.doctreedir, CACHE_FILE)
    try:
        with path.open("rb") as stream:
            stored_token, pages = pickle.load(stream)
    except (OSError, pickle.UnpicklingError, EOFError, ValueError, TypeError):
        stored_token, pages = None, {}
    if stored_token == token:
        cache.before = {d: parts for d, parts in pages.items() if d in env.found_docs}
    _CACHES[app] = cache


def save_cache(app: Sphinx, exception: Exception | None) -> None:
    cache = _CACHES.pop(app, None)
    if exception is not None or cache is None:
        return
    pages = {**cache.before, **cache.now}
    path = Path(app.doctreedir, CACHE_FILE)
    with path.open("wb") as stream:
        pickle.dump((cache.token, pages), stream, pickle.HIGHEST_PROTOCOL)


def resolve(built: list[nodes.Node], document: nodes.document, app: Sphinx) -> list[nodes.Node]:
    """*built* with every lazy part replaced by its nodes, or by its HTML, cached or new."""
    holder = nodes.Element("", *built)  # so that top-level parts have a parent
    parts = list(holder.findall(lazy_part))
    if not parts:
        return built
    builder = app.builder
    cache = _CACHES.get(app) if is_cached(builder) else None
    if cache is None:
        for lazy in parts:
            lazy.replace_self(lazy["lazy"].make())
        return list(holder.children)
    docname = builder.env.docname
    used = cache.now.setdefault(docname, {})
    missing = [p for p in parts if cache.get(docname, p["lazy"].key) is None]
    if missing:
        made = [p["lazy"].make() for p in missing]
        for lazy, html in zip(missing, _write(made, document, builder), strict=True):
            used[lazy["lazy"].key] = html
    tgroups = {id(p.parent.parent): p.parent.parent for p in parts}
    for lazy in parts:
        key = lazy["lazy"].key
        used[key] = fragment = cache.get(docname, key)
        raw = nodes.raw("", "", format="html")
        raw["fragment"] = fragment
        lazy.replace_self(raw)
    for tgroup in tgroups.values():
        if isinstance(tgroup, nodes.tgroup):
            _open_rows(tgroup)
    for raw in holder.findall(nodes.raw):
        if "fragment" in raw:
            raw += nodes.Text(raw["fragment"][1])
            del raw["fragment"]
    return list(holder.children)


def _open_rows(tgroup: nodes.tgroup) -> None:
    """Open each cached row with its tag: its classes and its place (odd or even)."""
    header_rows = sum(len(head) for head in tgroup.findall(nodes.thead))
    for body in tgroup.findall(nodes.tbody):
        for position, row in enumerate(body.children, start=header_rows + 1):
            if not isinstance(row, nodes.raw) or "fragment" not in row:
                continue
            classes, html = row["fragment"]
            parity = "row-even" if position % 2 == 0 else "row-odd"
            row += nodes.Text(f'<tr class="{" ".join([*classes, parity])}">{html}')
            del row["fragment"]


def _write(made: list[nodes.Node], document: nodes.document, builder: Builder) -> list[Any]:
    """The HTML of each made part, as Sphinx writes it; rows inside a table body."""
    rows = [node for node in made if isinstance(node, nodes.row)]
    blocks = [node for node in made if not isinstance(node, nodes.row)]
    scratch = new_document(document["source"], document.settings)
    if rows:
        width = max(len(row) for row in rows)
        tgroup = nodes.tgroup(cols=width)
        tgroup += [nodes.colspec(colwidth=1) for _ in range(width)]
        tgroup += nodes.tbody("", *rows)
        scratch += nodes.table("", tgroup)
    scratch += blocks
    ReferencesResolver(scratch).apply()
    scratch.settings = builder.docsettings  # type: ignore[attr-defined]  # as write_doc does
    html: dict[int, Any] = {}
    if rows:
        classes = [list(row["classes"]) for row in rows]
        found = _ROW.findall(_translate(scratch[0], scratch, builder))
        if len(found) != len(rows):
            raise RuntimeError("a view's row did not come out as one <tr> element")
        for row, row_classes, cells in zip(rows, classes, found, strict=True):
            html[id(row)] = (row_classes, cells + "</tr>\n")
    for block in blocks:
        html[id(block)] = (None, _translate(block, scratch, builder))
    return [html[id(node)] for node in made]


def _translate(node: nodes.Node, document: nodes.document, builder: Builder) -> str:
    translator: Any = builder.create_translator(document, builder)
    node.walkabout(translator)
    return "".join(translator.body)
