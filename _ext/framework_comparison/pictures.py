"""Vector pictures drawn from the records, in every format: SVG, TikZ, text.

A :class:`Canvas` collects a few primitives (boxes, lines, arrows, text, each
optionally linked to a framework's card) in abstract units, and writes them
as SVG for HTML and ePub, or as a TikZ picture for the PDF. Text stays text,
so it can be selected and searched, and links stay links. :func:`place`
turns a canvas into the nodes of one builder:

* HTML: the SVG inline, so its links work and its text can be selected;
* ePub: the same SVG as an image file (an inline SVG would need a manifest
  property that Sphinx does not write);
* LaTeX: a ``tikzpicture``, with ``\\hyperref`` links to the cards;
* every builder: a text equivalent for screen readers and the text builder,
  which the caller provides.
"""

from __future__ import annotations

import hashlib
import posixpath
from dataclasses import dataclass, field
from html import escape
from pathlib import Path
from typing import TYPE_CHECKING

from docutils import nodes

if TYPE_CHECKING:
    from sphinx.application import Sphinx
    from sphinx.builders import Builder

#: One unit on paper, in centimetres, and on screen, in pixels.
CM_PER_UNIT, PX_PER_UNIT = 0.35, 18.0

_LATEX_SPECIAL = {
    "\\": r"\textbackslash{}",
    "{": r"\{",
    "}": r"\}",
    "#": r"\#",
    "$": r"\$",
    "%": r"\%",
    "&": r"\&",
    "_": r"\_",
    "^": r"\^{}",
    "~": r"\~{}",
}


def setup_pictures(app: Sphinx) -> None:
    app.add_latex_package("tikz")


@dataclass(frozen=True)
class Link:
    """Where a shape or text leads: a page and an anchor on it."""

    docname: str
    anchor: str


@dataclass(frozen=True)
class Box:
    x: float
    y: float
    w: float
    h: float
    colour: str
    open_end: bool = False  #: an arrow head at the right: it goes on


@dataclass(frozen=True)
class Line:
    x1: float
    y1: float
    x2: float
    y2: float
    dashed: bool = False
    arrow: bool = False


@dataclass(frozen=True)
class Text:
    x: float
    y: float
    text: str
    anchor: str = "start"  #: the point is where the text starts, ends, or its middle
    size: float = 0.6
    bold: bool = False
    link: Link | None = None


Shape = Box | Line | Text


@dataclass
class Canvas:
    """Primitives in units; y grows downwards, as on screen."""

    width: float
    height: float
    title: str
    shapes: list[Shape] = field(default_factory=list)

    def add(self, shape: Shape) -> None:
        self.shapes.append(shape)

    def links(self) -> set[Link]:
        return {s.link for s in self.shapes if isinstance(s, Text) and s.link is not None}

    # -- SVG -------------------------------------------------------------------

    def svg(self, href: dict[Link, str]) -> str:
        """The picture as a standalone SVG document; *href* maps links to URLs."""
        u = PX_PER_UNIT
        out = [
            f'<svg xmlns="http://www.w3.org/2000/svg" class="fw-picture" role="img" '
            f'aria-label="{escape(self.title)}" '
            f'viewBox="0 0 {self.width * u:.0f} {self.height * u:.0f}" '
            # as wide as the column allows, never wider than drawn; text scales with it
            f'width="100%" style="max-width: {self.width * u:.0f}px; height: auto" '
            f'font-family="sans-serif">',
            f"<title>{escape(self.title)}</title>",
        ]
        for shape in self.shapes:
            if isinstance(shape, Box):
                out.append(
                    f'<rect x="{shape.x * u:.1f}" y="{shape.y * u:.1f}" '
                    f'width="{max(shape.w, 0.15) * u:.1f}" height="{shape.h * u:.1f}" rx="2" '
                    f'fill="{shape.colour}"/>'
                )
                if shape.open_end:
                    tip, half = (shape.x + max(shape.w, 0.15)) * u, shape.h * u / 2
                    out.append(
                        f'<path d="M{tip:.1f} {shape.y * u:.1f} l{half:.1f} {half:.1f} '
                        f'l-{half:.1f} {half:.1f} z" fill="{shape.colour}"/>'
                    )
            elif isinstance(shape, Line):
                dash = ' stroke-dasharray="4 3"' if shape.dashed else ""
                out.append(
                    f'<line x1="{shape.x1 * u:.1f}" y1="{shape.y1 * u:.1f}" '
                    f'x2="{shape.x2 * u:.1f}" y2="{shape.y2 * u:.1f}" stroke="#555" '
                    f'stroke-width="1.2"{dash}/>'
                )
                if shape.arrow:
                    back = -7 if shape.y2 >= shape.y1 else 7  # the head points the line's way
                    out.append(
                        f'<path d="M{shape.x2 * u:.1f} {shape.y2 * u:.1f} l-4 {back} l8 0 z" '
                        'fill="#555"/>'
                    )
            else:
                weight = ' font-weight="bold"' if shape.bold else ""
                element = (
                    f'<text x="{shape.x * u:.1f}" y="{shape.y * u:.1f}" '
                    f'font-size="{shape.size * u:.1f}" text-anchor="{shape.anchor}" '
                    f'fill="#222"{weight}>{escape(shape.text)}</text>'
                )
                if shape.link is not None and shape.link in href:
                    element = (
                        f'<a href="{escape(href[shape.link])}"><title>{escape(shape.text)}'
                        f"</title>{element}</a>"
                    )
                out.append(element)
        out.append("</svg>")
        return "\n".join(out)

    # -- TikZ --------------------------------------------------------------------

    def tikz(self) -> str:
        """The picture as a ``tikzpicture``, scaled to :data:`CM_PER_UNIT`."""
        colours: dict[str, str] = {}
        for shape in self.shapes:
            if isinstance(shape, Box) and shape.colour not in colours:
                colours[shape.colour] = f"fwc{len(colours)}"
        out = [r"\begin{center}"]
        out += [
            rf"\definecolor{{{name}}}{{HTML}}{{{colour.lstrip('#').upper()}}}"
            for colour, name in colours.items()
        ]
        out.append(rf"\begin{{tikzpicture}}[x={CM_PER_UNIT}cm,y=-{CM_PER_UNIT}cm]")
        for shape in self.shapes:
            if isinstance(shape, Box):
                fill, w = colours[shape.colour], max(shape.w, 0.15)
                x, y, h = shape.x, shape.y, shape.h
                out.append(
                    rf"\fill[{fill}] ({x:.2f},{y:.2f}) rectangle ({x + w:.2f},{y + h:.2f});"
                )
                if shape.open_end:
                    tip = x + w
                    out.append(
                        rf"\fill[{fill}] ({tip:.2f},{y:.2f}) -- "
                        rf"({tip + h / 2:.2f},{y + h / 2:.2f}) -- "
                        rf"({tip:.2f},{y + h:.2f}) -- cycle;"
                    )
            elif isinstance(shape, Line):
                style = ",".join(
                    word for word, on in (("dashed", shape.dashed), ("->", shape.arrow)) if on
                )
                out.append(
                    rf"\draw[gray{',' + style if style else ''}] ({shape.x1:.2f},{shape.y1:.2f})"
                    rf" -- ({shape.x2:.2f},{shape.y2:.2f});"
                )
            else:
                where = {"start": "base west", "end": "base east"}.get(shape.anchor, "base")
                body = latex_escape(shape.text)
                if shape.bold:
                    body = rf"\textbf{{{body}}}"
                if shape.link is not None:
                    body = rf"\hyperref[{latex_label(shape.link)}]{{{body}}}"
                points = shape.size * 10
                out.append(
                    rf"\node[anchor={where},inner sep=0pt,font=\fontsize{{{points:.0f}}}"
                    rf"{{{points * 1.2:.0f}}}\selectfont] at ({shape.x:.2f},{shape.y:.2f}) "
                    rf"{{{body}}};"
                )
        out += [r"\end{tikzpicture}", r"\end{center}"]
        return "\n".join(out)


def latex_escape(text: str) -> str:
    return "".join(_LATEX_SPECIAL.get(char, char) for char in text)


def latex_label(link: Link) -> str:
    """The label Sphinx's LaTeX writer gives a target: ``docname:anchor``."""
    return rf"\detokenize{{{link.docname}:{link.anchor}}}"


def place(
    canvas: Canvas,
    builder: Builder,
    docname: str,
    text_equivalent: list[nodes.Node],
    name: str,
) -> list[nodes.Node]:
    """The nodes that show *canvas* in *builder*'s format, then its text equivalent."""
    shown: list[nodes.Node] = []
    if builder.format == "html" and not builder.name.startswith("epub"):
        href = {
            link: builder.get_relative_uri(docname, link.docname) + f"#{link.anchor}"
            for link in canvas.links()
        }
        shown.append(nodes.raw("", canvas.svg(href), format="html"))
    elif builder.format == "html":
        # The image file's links are relative to the image folder.
        href = {
            link: posixpath.relpath(builder.get_target_uri(link.docname), builder.imagedir)
            + f"#{link.anchor}"
            for link in canvas.links()
        }
        svg = canvas.svg(href)
        stem = f"{docname.replace('/', '-')}-{name}"
        filename = f"{stem}-{hashlib.sha256(svg.encode()).hexdigest()[:12]}.svg"
        images = Path(builder.outdir, builder.imagedir)
        images.mkdir(parents=True, exist_ok=True)
        for old in images.glob(f"{stem}-*.svg"):  # an earlier build's picture
            if old.name != filename:
                old.unlink()
        target = images / filename
        if not target.is_file():
            target.write_text(svg, encoding="utf-8")
        page_dir = posixpath.dirname(builder.get_target_uri(docname))
        uri = posixpath.relpath(f"{builder.imagedir}/{filename}", page_dir or ".")
        shown.append(nodes.image("", uri=uri, alt=canvas.title, candidates={"*": uri}))
    elif builder.format == "latex":
        shown.append(nodes.raw("", canvas.tikz(), format="latex"))
    described = nodes.container("", *text_equivalent, classes=["fw-picture-text"])
    return [*shown, described]
