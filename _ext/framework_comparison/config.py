"""The ``framework_*`` settings of ``conf.py``, and the build's idea of today.

========================  =======  ===============================================
``framework_today``       None     ISO date that counts as today for the review
                                   status (tests pin it); default: the real date
``framework_stale_months``  12     a page reviewed longer ago is stale
``framework_warn_stale``  False    warn (``framework.stale``) about stale pages
``framework_pages_folder``  ""     the folder of the framework pages; a
                                   ``framework`` directive elsewhere warns
                                   (empty: anywhere)
========================  =======  ===============================================
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sphinx.application import Sphinx
    from sphinx.config import Config


def setup_config(app: Sphinx) -> None:
    app.add_config_value(
        "framework_today",
        None,
        "env",
        types=(str, type(None)),
        description="ISO date that counts as today (tests pin it); default: the real date",
    )
    app.add_config_value(
        "framework_stale_months",
        12,
        "env",
        types=(int,),
        description="A page reviewed longer ago than this many months is stale",
    )
    app.add_config_value(
        "framework_pages_folder",
        "",
        "env",
        types=(str,),
        description="The folder that holds the framework pages (empty: any page)",
    )
    app.add_config_value(
        "framework_warn_stale",
        False,
        "env",
        types=(bool,),
        description="Warn (framework.stale) about every stale page",
    )


def today(config: Config) -> dt.date:
    """``framework_today`` if set (tests pin it), else the real date.

    This is the date the review status is computed for. Whether a value lies
    in the future is always judged against the real date (:func:`real_today`),
    so a page reviewed today is valid whatever date a build pins.
    """
    if config.framework_today:
        return dt.date.fromisoformat(config.framework_today)
    return real_today()


def real_today() -> dt.date:
    """The calendar date of the build machine."""
    return dt.date.today()


def latest_valid_date(config: Config) -> dt.date:
    """The last date a value may hold: today, or a later pinned ``framework_today``."""
    return max(real_today(), today(config))
