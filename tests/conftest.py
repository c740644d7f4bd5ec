"""Shared fixtures: Sphinx's test fixtures, our test roots, and the real site's builds."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "_ext"))

pytest_plugins = ("sphinx.testing.fixtures",)

#: Set by .ci/run: a missing system tool fails the test instead of skipping it.
REQUIRE_TOOLS = os.environ.get("FRAMEWORKS_REQUIRE_TOOLS") == "1"

_ANSI = re.compile(r"\x1b\[[0-9;]*m")


@pytest.fixture(scope="session")
def rootdir() -> Path:
    return Path(__file__).parent / "roots"


def require_tool(command: str, package: str) -> str:
    """The path of *command*; skip (or, in CI, fail) when it is not installed."""
    path = shutil.which(command)
    if path is None:
        message = f"{command!r} not found: install the Debian package {package!r}"
        if REQUIRE_TOOLS:
            pytest.fail(message)
        pytest.skip(message)
    return path


def warnings_of(app) -> list[str]:
    """The app's warning lines, without colour codes."""
    return [line for line in _ANSI.sub("", app.warning.getvalue()).splitlines() if line]


def run_sphinx(
    srcdir: Path, outdir: Path, *extra: str, builder: str = "html", env: dict | None = None
) -> subprocess.CompletedProcess[str]:
    """Run sphinx-build strictly (``-n -W --keep-going``, as ``make`` does), uncoloured.

    Doctrees go beside the output folder, never inside it (an ePub packs all
    that its folder holds).
    """
    cmd = [
        sys.executable, "-m", "sphinx", "--no-color", "-b", builder, "-n", "-W",
        "--keep-going", "-d", str(outdir.parent / f"{outdir.name}.doctrees"),
        *extra, str(srcdir), str(outdir),
    ]  # fmt: skip
    environ = {**os.environ, "PYTHONPATH": str(REPO / "_ext"), **(env or {})}
    return subprocess.run(cmd, capture_output=True, text=True, check=False, env=environ)


def sphinx_build(builder: str, outdir: Path, *extra: str, srcdir: Path = REPO) -> str:
    """Build (by default the real site) strictly; return the log. Fails on any warning."""
    result = run_sphinx(srcdir, outdir, *extra, builder=builder)
    log = result.stdout + result.stderr
    assert result.returncode == 0, log
    return log


@pytest.fixture(scope="session")
def site_html(tmp_path_factory) -> Path:
    """The real site, built once as HTML with warnings as errors."""
    out = tmp_path_factory.mktemp("site-html")
    sphinx_build("html", out)
    return out
