"""furo's sidebar tree, rendered once per folder instead of once per page.

A Sphinx extension for sites whose ``html_theme`` is ``"furo"``: add
``"furo_sidebar"`` to ``extensions``. It is specific to furo, knows nothing
of the rest of this project and imports nothing from it.

Why: furo shows the whole site tree in every page's sidebar. For each page it
asks Sphinx for the global toctree, which Sphinx resolves and renders afresh,
and then parses it with BeautifulSoup to add its expand/collapse checkboxes.
Both steps cost time in proportion to the number of pages, so a site of N
pages costs N² (1,000 framework pages: 425 s with furo against 19 s with the
``basic`` theme on our machines).

Yet the tree differs between two pages of the same folder only in the marks
of the current page: the ``current`` classes on its enclosing ``li`` and
``ul`` elements, ``href="#"`` on its link, ``current-page`` on its item and
the ``checked`` state of the enclosing checkboxes. So, for furo's sidebar
only (every other toctree call goes through unchanged):

1. before furo's ``html-page-context`` handler, the toctree callable furo uses
   is wrapped so that it returns the tree with no page marked, computed once
   per folder (furo's own cache of its BeautifulSoup pass then runs once per
   folder too);
2. after furo's handler, the current page's marks are put back into furo's
   result, with the same classes and attributes, in the same order, as furo
   and Sphinx write them.

The output is byte-for-byte what furo writes; the tests build pages with and
without this extension and compare them. Where the tree does not have the
expected shape, that page falls back to furo's own path. Only the ``html``
builder with the furo theme is affected; ``dirhtml``, ``singlehtml`` and
other themes keep furo's (or their own) path.

The extension only changes how HTML is written, never what Sphinx reads, so
it declares no ``env_version``: editing this module never makes Sphinx
re-read a page (only adding it to or removing it from ``extensions`` does,
as any change to that list does). Set ``furo_sidebar_shared = False`` in
``conf.py`` (or pass ``-D furo_sidebar_shared=0``) to turn it off; the HTML
pages are then written again, and come out the same.
"""

from __future__ import annotations

import posixpath
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any
from weakref import WeakKeyDictionary

if TYPE_CHECKING:
    from collections.abc import Callable

    from sphinx.application import Sphinx
    from sphinx.util.typing import ExtensionMetadata

__version__ = "1.0"

#: The arguments with which furo asks for its sidebar tree.
FURO_SIDEBAR = {"collapse": False, "titles_only": True, "maxdepth": -1, "includehidden": True}
#: furo's html-page-context handler has the default priority, 500.
BEFORE_FURO, AFTER_FURO = 400, 600

_TAG = re.compile(r"(<[^>]+>)")
_CLASS = re.compile(r' class="([^"]*)"')
_FOLDER = "furo_sidebar_folder"
_ORIGINAL = "furo_sidebar_original"


def setup(app: Sphinx) -> ExtensionMetadata:
    app.add_config_value(
        "furo_sidebar_shared",
        True,
        "html",
        types=(bool,),
        description="Render furo's sidebar tree once per folder, not once per page",
    )
    app.connect("builder-inited", start_build)
    app.connect("html-page-context", neutral_tree_for_furo, priority=BEFORE_FURO)
    app.connect("html-page-context", mark_current_page, priority=AFTER_FURO)
    # No env_version: this changes only the HTML writing, so it never forces a re-read.
    return {
        "version": __version__,
        "parallel_read_safe": True,
        "parallel_write_safe": True,
    }


@dataclass
class SidebarCache:
    """The unmarked sidebar trees of one build (of one writing process), by folder."""

    sphinx_trees: dict[str, str] = field(default_factory=dict)
    #: furo's tree (after its checkbox pass), split into tags and text, by the tree.
    furo_tokens: dict[str, list[str]] = field(default_factory=dict)
    #: Pages whose tree had an unexpected shape and kept furo's own rendering.
    fallbacks: list[str] = field(default_factory=list)


def is_enabled(app: Sphinx) -> bool:
    return (
        app.config.furo_sidebar_shared
        and app.builder.name == "html"
        and app.config.html_theme == "furo"
    )


#: The cache of each running build (a parallel write has one per process).
_CACHES: WeakKeyDictionary[Sphinx, SidebarCache] = WeakKeyDictionary()


def start_build(app: Sphinx) -> None:
    _CACHES[app] = SidebarCache()


def cache_of(app: Sphinx) -> SidebarCache:
    """The cache of *app*'s build (tests read what fell back)."""
    return _CACHES[app]


def own_href(app: Sphinx, pagename: str) -> str:
    """How the page's own link is written from another page of its folder."""
    return posixpath.basename(app.builder.get_target_uri(pagename))


def unmark(html: str, href: str) -> str:
    """Sphinx's toctree HTML with the current page's marks removed.

    *href* is the current page's link as its folder's other pages write it;
    it replaces the page's ``href="#"``.
    """
    out = []
    for token in _TAG.split(html):
        if token.startswith("<") and "current" in token:
            token = _CLASS.sub(_without_current, token)
            if token.startswith("<a ") and ' href="#"' in token:
                token = token.replace(' href="#"', f' href="{href}"')
        out.append(token)
    return "".join(out)


def _without_current(match: re.Match[str]) -> str:
    classes = [c for c in match.group(1).split() if c != "current"]
    return f' class="{" ".join(classes)}"' if classes else ""


def neutral_tree_for_furo(
    app: Sphinx, pagename: str, templatename: str, context: dict[str, Any], doctree: Any
) -> None:
    """Hand furo the folder's unmarked tree instead of a freshly rendered one."""
    if not is_enabled(app) or "toctree" not in context:
        return
    cache = _CACHES[app]
    folder = posixpath.dirname(pagename)
    original: Callable[..., str] = context["toctree"]

    def toctree(**kwargs: Any) -> str:
        if kwargs != FURO_SIDEBAR:
            return original(**kwargs)
        if folder not in cache.sphinx_trees:
            cache.sphinx_trees[folder] = unmark(original(**kwargs), own_href(app, pagename))
        return cache.sphinx_trees[folder]

    context["toctree"] = toctree
    context[_FOLDER] = folder
    context[_ORIGINAL] = original


def mark_current_page(
    app: Sphinx, pagename: str, templatename: str, context: dict[str, Any], doctree: Any
) -> None:
    """Put the current page's marks back into furo's (shared, unmarked) tree."""
    folder = context.pop(_FOLDER, None)
    original = context.pop(_ORIGINAL, None)
    if folder is None or not context.get("furo_navigation_tree"):
        return
    cache = _CACHES[app]
    # Keyed by furo's tree, not by the folder: another extension may hand furo
    # different trees within one folder (one per group of pages, say).
    tree: str = context["furo_navigation_tree"]
    if tree not in cache.furo_tokens:
        cache.furo_tokens[tree] = _TAG.split(tree)
    marked = mark(cache.furo_tokens[tree], own_href(app, pagename))
    if marked is None:
        # Not the shape this module knows: render this page furo's own way.
        from furo.navigation import get_navigation_tree

        cache.fallbacks.append(pagename)
        marked = get_navigation_tree(original(**FURO_SIDEBAR))
    context["furo_navigation_tree"] = marked


def mark(tokens: list[str], href: str) -> str | None:
    """furo's tree for the page linked as *href*, or None if the shape is unexpected.

    *tokens* is furo's unmarked tree split into tags and text. Sphinx marks
    every ``li`` and ``ul`` enclosing the page's link as ``current`` and links
    the page itself as ``#``; furo checks the checkbox of each marked ``li``
    and adds ``current-page`` to the last marked ``li``.
    """
    tokens = list(tokens)
    stack: list[int] = []  # indices of the open <ul> and <li> tags
    to_mark: set[int] = set()
    checkbox_of: dict[int, int] = {}
    target = f' href="{href}"'
    for index, token in enumerate(tokens):
        if token.startswith(("<ul", "<li")):
            stack.append(index)
        elif token in ("</ul>", "</li>"):
            if not stack:
                return None
            stack.pop()
        elif token.startswith("<input ") and stack and tokens[stack[-1]].startswith("<li"):
            checkbox_of.setdefault(stack[-1], index)
        elif token.startswith("<a ") and target in token and 'class="reference internal"' in token:
            tokens[index] = token.replace(
                'class="reference internal"', 'class="current reference internal"'
            ).replace(target, ' href="#"')
            to_mark.update(stack)
    if stack:
        return None
    last_li = None
    for index in sorted(to_mark):
        token = tokens[index]
        if token.startswith("<ul"):
            tokens[index] = '<ul class="current">'
            continue
        match = _CLASS.search(token)
        if match is None:
            return None
        classes = match.group(1).split()
        classes.insert(1, "current")  # Sphinx's: after "toctree-lN", before furo's
        tokens[index] = token.replace(match.group(0), f' class="{" ".join(classes)}"', 1)
        last_li = index
        if index in checkbox_of:
            box = checkbox_of[index]
            tokens[box] = tokens[box].replace(
                ' class="toctree-checkbox"', ' checked="" class="toctree-checkbox"', 1
            )
    if last_li is not None:
        tokens[last_li] = tokens[last_li].replace('">', ' current-page">', 1)
    return "".join(tokens)
