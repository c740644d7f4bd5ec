"""Run builds and measure them: wall time, peak memory, documents read and written."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from .generate import REPO

_READ = re.compile(r"reading sources\.\.\. \[\s*\d+%\] (\S+)")
_WRITTEN = re.compile(r"writing output\.\.\. \[\s*\d+%\] (\S+)")
_BODY = re.compile(r'<article role="main"[^>]*>(.*?)</article>', re.S)


@dataclass
class Build:
    """One sphinx-build run."""

    seconds: float
    peak_mb: float
    read: int
    written: int
    warnings: int
    log: str


def sphinx_build(src: Path, out: Path, *, jobs: int = 1, quiet: bool = True) -> Build:
    """Build HTML (incrementally if *out* exists) in a child process we can measure."""
    cmd = [
        sys.executable,
        "-m",
        "sphinx",
        "--no-color",
        "-b",
        "html",
        "-n",
        "-j",
        str(jobs),
        "-d",
        str(out.parent / f"{out.name}.doctrees"),
        str(src),
        str(out),
    ]
    if quiet:
        cmd.insert(3, "-q")
    env = {**os.environ, "PYTHONPATH": str(REPO / "_ext")}
    log_path = out.parent / f"{out.name}.log"
    started = time.perf_counter()
    with open(log_path, "w", encoding="utf-8") as log:
        process = subprocess.Popen(cmd, stdout=log, stderr=subprocess.STDOUT, env=env)
        _, status, usage = os.wait4(process.pid, 0)
    seconds = time.perf_counter() - started
    process.returncode = os.waitstatus_to_exitcode(status)
    text = log_path.read_text(encoding="utf-8")
    if process.returncode != 0:
        raise RuntimeError(f"sphinx-build failed for {src}:\n{text[-3000:]}")
    # ru_maxrss is the largest child's peak (KiB on Linux): with -j it is one worker.
    return Build(
        seconds=seconds,
        peak_mb=usage.ru_maxrss / 1024,
        read=len(set(_READ.findall(text))),
        written=len(set(_WRITTEN.findall(text))),
        warnings=text.count("WARNING:"),
        log=text,
    )


def snapshot(out: Path) -> dict[str, str]:
    """The main content of each page and the export, to compare two builds."""
    pages = {}
    for page in sorted(out.rglob("*.html")):
        match = _BODY.search(page.read_text(encoding="utf-8"))
        pages[str(page.relative_to(out))] = match.group(1) if match else ""
    export = out / "frameworks.json"
    if export.exists():
        pages["frameworks.json"] = export.read_text(encoding="utf-8")
    return pages
