"""``frameworks.json``: every record, machine-readable, in each build's output.

The export has an explicit format version (:data:`.schema.EXPORT_SCHEMA_VERSION`)
and a fixed order, so two builds of the same sources write the same bytes.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING

from sphinx.errors import NoUri

from .domain import get_domain
from .schema import EXPORT_SCHEMA_VERSION, FIELDS

if TYPE_CHECKING:
    from sphinx.application import Sphinx
    from sphinx.builders import Builder

    from .records import FrameworkRecord

EXPORT_NAME = "frameworks.json"


def setup_export(app: Sphinx) -> None:
    app.connect("builder-inited", keep_export_out_of_books)
    app.connect("build-finished", write_export)


def keep_export_out_of_books(app: Sphinx) -> None:
    """An ePub packs every file of its output folder: not the export."""
    if app.builder.name.startswith("epub"):
        app.config.epub_exclude_files = [*app.config.epub_exclude_files, EXPORT_NAME]


def page_url(builder: Builder, record: FrameworkRecord) -> str | None:
    """The record's URL relative to the output root, if this builder has one."""
    try:
        return f"{builder.get_target_uri(record.docname)}#{record.anchor}"
    except NoUri:
        return None


def export_data(app: Sphinx) -> dict[str, object]:
    records = get_domain(app.env).records()
    return {
        "schema_version": EXPORT_SCHEMA_VERSION,
        "project": app.config.project,
        "fields": [field.key for field in FIELDS],
        "frameworks": [record.as_json(page_url(app.builder, record)) for record in records],
    }


def write_export(app: Sphinx, exception: Exception | None) -> None:
    if exception is not None:
        return
    text = json.dumps(export_data(app), indent=2, ensure_ascii=False) + "\n"
    path = Path(app.builder.outdir, EXPORT_NAME)
    # Leave an unchanged file alone, so its timestamp says when data changed.
    if not path.is_file() or path.read_text(encoding="utf-8") != text:
        path.write_text(text, encoding="utf-8")
