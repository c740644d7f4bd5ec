"""The sidebar's *Frameworks* entry, by kind: every page lists the kinds, not every framework.

furo's sidebar holds the whole site tree, so with a thousand frameworks
every page carried a thousand links (140 KB of each page, and output that
grew with N²). Here the entry of the frameworks index, the page that holds
the :mod:`directory <.directory>`, lists instead the directory's kind
groups, each a link to its section of the directory; a framework page
lists, under its own kind, the frameworks of that kind. Every framework
stays two clicks away on every page (the kind, then its entry in the
directory), and a page's size no longer depends on the number of
frameworks outside its kind.

This works on Sphinx's tree HTML before furo adds its expand and collapse
controls, for the toctree call furo makes and no other. It gives the same
result with ``furo_sidebar`` (which hands furo one unmarked tree per folder,
and marks the current page afterwards) as without it (where Sphinx marks
every page's own tree): the marks of the current page lift to its group.

Incremental builds: a page's sidebar depends on the members of its group
and on which groups exist, so :func:`pages_to_rewrite` names the pages of
every group whose members or titles changed, and every page when a group
appears or empties; and the pages whose previous or next page changed.
That is more than Sphinx does for its own navigation, which leaves the
other pages alone when a page is added.
"""

from __future__ import annotations

import hashlib
import posixpath
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any
from weakref import WeakKeyDictionary

from .directory import kind_of, kind_sections
from .domain import get_domain

if TYPE_CHECKING:
    from collections.abc import Callable

    from sphinx.application import Sphinx
    from sphinx.environment import BuildEnvironment

#: The arguments with which furo asks for its sidebar tree (as in furo_sidebar).
FURO_SIDEBAR = {"collapse": False, "titles_only": True, "maxdepth": -1, "includehidden": True}
#: After furo_sidebar's wrapper (400), before furo's own handler (500).
PRIORITY = 450

_TAG = re.compile(r"(<[^>]+>)")
_HREF = re.compile(r' href="([^"]*)"')
_CLASS = re.compile(r' class="([^"]*)"')
_LEVEL = re.compile(r"\btoctree-l(\d+)\b")
#: Our own attribute of the environment: group label -> digest of its members.
_ENV_GROUPS = "framework_sidebar_groups"
#: ... and docname -> (parent, previous, next) as the last build linked them.
_ENV_RELATIONS = "framework_sidebar_neighbours"


@dataclass
class SidebarGroups:
    """What one build (one writing process) knows of the sidebar's groups."""

    #: each framework page's output path (``frameworks/flask.html``) -> its kind
    kinds: dict[str, str]
    #: the regrouped trees, by (Sphinx's tree, the page's folder, the page's kind)
    trees: dict[tuple[str, str, str | None], str] = field(default_factory=dict)


_CACHES: WeakKeyDictionary[Sphinx, SidebarGroups] = WeakKeyDictionary()


def setup_sidebar(app: Sphinx) -> None:
    app.connect("builder-inited", start_build)
    app.connect("html-page-context", group_frameworks, priority=PRIORITY)
    app.connect("env-get-updated", pages_to_rewrite)


def start_build(app: Sphinx) -> None:
    _CACHES.pop(app, None)


def groups_of(app: Sphinx) -> SidebarGroups:
    """The build's groups, made when the first page is written (the records are final)."""
    if app not in _CACHES:
        records = get_domain(app.env).records()
        uri = app.builder.get_target_uri
        _CACHES[app] = SidebarGroups({uri(r.docname): kind_of(r) for r in records})
    return _CACHES[app]


def index_docname(app: Sphinx) -> str | None:
    """The frameworks index, ``<framework_pages_folder>/index``, or None without a folder."""
    folder = app.config.framework_pages_folder.strip("/")
    return f"{folder}/index" if folder else None


def is_enabled(app: Sphinx) -> bool:
    return (
        app.builder.format == "html"
        and not app.builder.name.startswith("epub")
        and app.config.html_theme == "furo"
        and index_docname(app) in app.env.found_docs
    )


def group_frameworks(
    app: Sphinx, pagename: str, templatename: str, context: dict[str, Any], doctree: Any
) -> None:
    """Hand furo a sidebar tree whose *Frameworks* entry lists kinds, not frameworks."""
    index = index_docname(app)
    if index is None or "toctree" not in context or not is_enabled(app):
        return
    groups = groups_of(app)
    inner: Callable[..., str] = context["toctree"]
    folder = posixpath.dirname(pagename)
    index_href = posixpath.relpath(app.builder.get_target_uri(index), folder or ".")
    own = groups.kinds.get(app.builder.get_target_uri(pagename))

    def kind_at(href: str) -> str | None:
        if href == "#":
            return own
        return groups.kinds.get(posixpath.normpath(posixpath.join(folder, href)))

    def toctree(**kwargs: Any) -> str:
        html = inner(**kwargs)
        if kwargs != FURO_SIDEBAR:
            return html
        key = (html, folder, own)
        if key not in groups.trees:
            own_links = {index_href, "#"} if pagename == index else {index_href}
            groups.trees[key] = regroup(html, own_links, index_href, kind_at, own)
        return groups.trees[key]

    context["toctree"] = toctree


def regroup(
    html: str,
    index_links: set[str],
    index_href: str,
    kind_at: Callable[[str], str | None],
    own: str | None,
) -> str:
    """*html* with the list under the index's link replaced by its kind groups.

    *index_links* are the hrefs the index's link may have (``#`` on the index
    itself, when Sphinx has marked the tree); *kind_at* gives the kind of
    the framework an item links to (None: not a framework page); *own* is
    the current page's kind, whose group lists its frameworks.
    """
    tokens = [token for token in _TAG.split(html) if token]
    start = _list_after_link(tokens, index_links)
    if start is None:
        return html
    end = _closing(tokens, start, "ul")
    items, others = _items(tokens[start + 1 : end], kind_at)
    out: list[str] = [tokens[start], "\n"]
    for label, title, section_id in kind_sections():
        members = items.get(label)
        if not members:
            continue
        marked = any(_is_marked(member) for member in members)
        current = " current" if marked else ""
        out.append(f'<li class="toctree-l2{current}">')
        out.append(f'<a class="reference internal" href="{index_href}#{section_id}">{title}</a>')
        if label == own:
            out.append('<ul class="current">' if marked else "<ul>")
            out.append("\n")
            for member in members:
                out += [*_deeper(member), "\n"]
            out.append("</ul>\n")
        out.append("</li>\n")
    for other in others:
        out += [*other, "\n"]
    return "".join([*tokens[:start], *out, *tokens[end:]])


def _list_after_link(tokens: list[str], hrefs: set[str]) -> int | None:
    """The index of the ``<ul>`` that follows the first internal link to *hrefs*."""
    for index, token in enumerate(tokens):
        if not token.startswith("<a ") or "reference internal" not in token:
            continue
        href = _HREF.search(token)
        if href and href.group(1) in hrefs:
            rest = range(index + 1, min(index + 4, len(tokens)))
            return next((i for i in rest if tokens[i].startswith("<ul")), None)
    return None


def _closing(tokens: list[str], start: int, tag: str) -> int:
    """The index of the tag that closes the one opened at *start*."""
    depth = 0
    for index in range(start, len(tokens)):
        if tokens[index].startswith(f"<{tag}"):
            depth += 1
        elif tokens[index] == f"</{tag}>":
            depth -= 1
            if depth == 0:
                return index
    return len(tokens)


def _items(
    tokens: list[str], kind_at: Callable[[str], str | None]
) -> tuple[dict[str, list[list[str]]], list[list[str]]]:
    """The list's items (tokens of each ``li``) by kind, and the items of other pages."""
    by_kind: dict[str, list[list[str]]] = {}
    others: list[list[str]] = []
    index = 0
    while index < len(tokens):
        if not tokens[index].startswith("<li"):
            index += 1
            continue
        end = _closing(tokens, index, "li")
        item = tokens[index : end + 1]
        link = next((t for t in item if t.startswith("<a ")), "")
        href = _HREF.search(link)
        kind = kind_at(href.group(1)) if href else None
        (others if kind is None else by_kind.setdefault(kind, [])).append(item)
        index = end + 1
    return by_kind, others


def _is_marked(item: list[str]) -> bool:
    match = _CLASS.search(item[0])
    return bool(match and "current" in match.group(1).split())


def _deeper(item: list[str]) -> list[str]:
    """The item one level deeper: ``toctree-l2`` becomes ``toctree-l3``, and so on."""
    return [
        _LEVEL.sub(lambda m: f"toctree-l{int(m.group(1)) + 1}", token)
        if token.startswith("<li")
        else token
        for token in item
    ]


def pages_to_rewrite(app: Sphinx, env: BuildEnvironment) -> list[str]:
    """The pages whose sidebar changed: a group's members or titles, or the set of groups."""
    if index_docname(app) is None:
        return []
    members: dict[str, list[tuple[str, str]]] = {}
    for record in get_domain(env).records():
        title = env.titles.get(record.docname)
        members.setdefault(kind_of(record), []).append(
            (record.docname, title.astext() if title is not None else "")
        )
    digests = {
        label: hashlib.sha256(repr(sorted(pages)).encode()).hexdigest()
        for label, pages in members.items()
    }
    before: dict[str, str] = getattr(env, _ENV_GROUPS, {})
    setattr(env, _ENV_GROUPS, digests)
    neighbours = _neighbours(env)
    if not before:
        return []  # a first build writes every page anyway
    if before.keys() != digests.keys():
        return sorted(env.found_docs)
    changed = {label for label in digests if before.get(label) != digests[label]}
    pages = {docname for label in changed for docname, _ in members[label]}
    return sorted(pages | neighbours)


def _neighbours(env: BuildEnvironment) -> set[str]:
    """The pages whose previous or next page changed since the last build.

    Sphinx links each page to its neighbours in the toctree, but writes
    again only the pages it re-reads: without this, the pages beside an
    added or deleted framework page would keep a link to the old neighbour.
    """
    relations = {docname: tuple(links) for docname, links in env.collect_relations().items()}
    before: dict[str, tuple[str | None, ...]] = getattr(env, _ENV_RELATIONS, {})
    setattr(env, _ENV_RELATIONS, relations)
    if not before:
        return set()
    changed = {d for d in relations if before.get(d) != relations[d]}
    return changed & env.found_docs
