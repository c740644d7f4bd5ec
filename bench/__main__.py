"""``make bench``: build synthetic projects of N frameworks and compare the costs.

For each N: a full HTML build of our variant and of both baselines (time and
peak memory), the incremental rebuild after one field changes on one page,
and ``-j 2`` against ``-j 1``; at the largest N, sorting and filtering the
comparison table in Chromium. Prints a table and writes ``results.json`` and
``results.md`` into ``bench/results/``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import platform
import shutil
import tempfile
from collections.abc import Callable
from importlib.metadata import version
from pathlib import Path
from typing import Any

from .browser import measure_finder, measure_table
from .generate import (
    CASES,
    REPO,
    VARIANTS,
    edit_one_field,
    edit_target,
    make_records,
    write_project,
)
from .measure import snapshot, sphinx_build

RESULTS = REPO / "bench" / "results"
TARGETS = {
    "ours_vs_plain": 1.05,  # at most 1.05x baseline (a) at the largest N
    "ours_vs_basic": 3.0,  # at most 3x baseline (b) at the largest N
    "incremental_share": 0.10,  # incremental rebuild at most 10 % of a full build
    "sort_ms": 100.0,  # a sort of the 1,000-row table
    "toggle_ms": 100.0,  # one facet of the finder, at 1,000 frameworks
}


def run_size(
    count: int, work: Path, log: Callable[[str], object], variants: tuple[str, ...] = VARIANTS
) -> dict[str, Any]:
    records = make_records(count)
    result: dict[str, Any] = {"frameworks": count}
    outs = {}
    for variant in variants:
        src = write_project(work / variant / "src", variant, records)
        out = work / variant / "html"
        build = sphinx_build(src, out)
        outs[variant] = (src, out)
        result[variant] = {
            "seconds": round(build.seconds, 2),
            "peak_mb": round(build.peak_mb, 1),
            "warnings": build.warnings,
        }
        log(f"  N={count} {variant:5}: {build.seconds:7.1f} s, {build.peak_mb:6.0f} MB")
    src, out = outs["ours"]
    parallel_out = work / "ours" / "html-j2"
    parallel = sphinx_build(src, parallel_out, jobs=2)
    result["parallel"] = {
        "seconds": round(parallel.seconds, 2),
        "speedup": round(result["ours"]["seconds"] / parallel.seconds, 2),
        "identical": snapshot(parallel_out) == snapshot(out),
    }
    same = result["parallel"]["identical"]
    log(f"  N={count} -j 2 : {parallel.seconds:7.1f} s, identical={same}")
    result["pages"] = page_sizes(out)
    log(f"  N={count} pages: {result['pages']}")
    result["incremental"] = {}
    for number, (key, target) in enumerate(CASES.items()):
        edit_one_field(src, edit_target(records, count // 2 + number, key), key)
        incremental = sphinx_build(src, out, quiet=False)
        clean_out = work / "ours" / f"html-clean-{key}"
        sphinx_build(src, clean_out)
        share = incremental.seconds / result["ours"]["seconds"]
        result["incremental"][key] = case = {
            "seconds": round(incremental.seconds, 2),
            "share": round(share, 3),
            "target": target,
            "met": share <= target,
            "read": incremental.read,
            "written": incremental.written,
            "identical": snapshot(out) == snapshot(clean_out),
        }
        shutil.rmtree(clean_out, ignore_errors=True)
        log(
            f"  N={count} edit {key}: {incremental.seconds:7.1f} s = {100 * share:.1f} % of "
            f"full (target {100 * target:.0f} %), read {case['read']}, "
            f"written {case['written']}, identical={case['identical']}"
        )
    for variant in variants:
        result[variant]["ms_per_framework"] = round(1000 * result[variant]["seconds"] / count, 1)
    result["ratios"] = {}
    for baseline in set(variants) - {"ours"}:
        ours, other = result["ours"], result[baseline]
        result["ratios"][f"ours_vs_{baseline}"] = round(ours["seconds"] / other["seconds"], 3)
        result["ratios"][f"memory_vs_{baseline}"] = round(ours["peak_mb"] / other["peak_mb"], 3)
    result["browser"] = measure_table(out)
    result["finder"] = measure_finder(out)
    return result


def page_sizes(out: Path) -> dict[str, int]:
    """The median framework page, the largest page, and the whole output, in bytes."""
    pages = (out / "frameworks").glob("framework-*.html")
    framework_pages = sorted(page.stat().st_size for page in pages)
    every_file = [p.stat().st_size for p in out.rglob("*") if p.is_file()]
    return {
        "framework_page_median": framework_pages[len(framework_pages) // 2],
        "largest_page": max(p.stat().st_size for p in out.rglob("*.html")),
        "output_total": sum(every_file),
    }


def run_finder(count: int, work: Path, log: Callable[[str], object]) -> dict[str, Any]:
    """Only the finder: build our variant of N frameworks, time a facet, size the page."""
    src = write_project(work / "ours" / "src", "ours", make_records(count))
    out = work / "ours" / "html"
    build = sphinx_build(src, out)
    finder = measure_finder(out)
    log(f"  N={count}: build {build.seconds:.1f} s, finder {finder}")
    return {"frameworks": count, "build_seconds": round(build.seconds, 2), "finder": finder}


def markdown(report: dict[str, Any]) -> str:
    edits = " | ".join(f"edit {key}: read, written, % of full" for key in CASES)
    lines = [
        f"Benchmark of {report['date']} on {report['machine']['summary']}",
        "",
        "| N | ours s | plain (a) s | basic (b) s | ours/(a) | ours/(b) | ours MB | (a) MB "
        f"| (b) MB | ms/framework ours, (a), (b) | -j 2 speed-up | {edits} "
        "| identical (-j 2, edits) | sort, filter ms (rows) | framework page KB "
        "| output MB | finder toggle ms (median, slowest) |",
        "|" + "---|" * (16 + len(CASES)),
    ]
    absent = {"seconds": "n/a", "peak_mb": "n/a", "ms_per_framework": "n/a"}
    for size in report["sizes"]:
        o, a, b = size["ours"], size.get("plain", absent), size.get("basic", absent)
        ratios = {"ours_vs_plain": "n/a", "ours_vs_basic": "n/a", **size["ratios"]}
        par, browser, cases = size["parallel"], size["browser"], size["incremental"].values()
        incremental = " | ".join(
            f"{c['read']}, {c['written']}, {100 * c['share']:.1f} %" for c in cases
        )
        same = ", ".join(str(c["identical"]) for c in cases)
        sort = "n/a"
        if browser:
            sort = f"{browser['sort_ms']}, {browser['filter_ms']} ({browser['rows']})"
        lines.append(
            f"| {size['frameworks']} | {o['seconds']} | {a['seconds']} | {b['seconds']} | "
            f"{ratios['ours_vs_plain']} | {ratios['ours_vs_basic']} | "
            f"{o['peak_mb']} | {a['peak_mb']} | {b['peak_mb']} | "
            f"{o['ms_per_framework']}, {a['ms_per_framework']}, {b['ms_per_framework']} | "
            f"{par['speedup']} | {incremental} | {par['identical']}, {same} | {sort} | "
            f"{size['pages']['framework_page_median'] / 1000:.1f} | "
            f"{size['pages']['output_total'] / 1e6:.1f} | {toggle(size.get('finder'))} |"
        )
    return "\n".join(lines) + "\n"


def toggle(finder: dict[str, Any] | None) -> str:
    if not finder:
        return "n/a"
    return f"{finder.get('toggle_ms')}, {finder.get('toggle_max_ms')}"


def main() -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="N = 100 only (a few minutes)")
    parser.add_argument("--sizes", type=int, nargs="+", default=[100, 300, 1000])
    parser.add_argument("--keep", action="store_true", help="keep the generated projects")
    parser.add_argument(
        "--ours-only",
        action="store_true",
        help="skip the two baselines: only our build, its edits, page sizes and the browser",
    )
    parser.add_argument(
        "--finder", action="store_true", help="only the finder: facet time and page size per N"
    )
    args = parser.parse_args()
    if args.finder:
        return finder_only(args.sizes)
    sizes = [100] if args.quick else args.sizes
    work = Path(tempfile.mkdtemp(prefix="pwfo-bench-"))
    report: dict[str, Any] = {
        "date": dt.date.today().isoformat(),
        "machine": {
            "summary": f"{platform.machine()}, {len(__import__('os').sched_getaffinity(0))} "
            f"cores, Python {platform.python_version()}, Sphinx {version('sphinx')}, "
            f"furo {version('furo')}",
            "platform": platform.platform(),
        },
        "targets": TARGETS,
        "sizes": [],
    }
    try:
        for count in sizes:
            print(f"N = {count}", flush=True)
            variants = ("ours",) if args.ours_only else VARIANTS
            report["sizes"].append(run_size(count, work / f"n{count}", print, variants))
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)
    if len(report["sizes"]) > 1:
        first, last = report["sizes"][0], report["sizes"][-1]
        report["growth_per_framework"] = {
            v: round(last[v]["ms_per_framework"] / first[v]["ms_per_framework"], 2)
            for v in VARIANTS
            if v in last
        }
    if len(report["sizes"]) > 1:
        first, last = report["sizes"][0], report["sizes"][-1]
        report["page_growth"] = round(
            last["pages"]["framework_page_median"] / first["pages"]["framework_page_median"], 2
        )
        print(
            f"framework page at N={last['frameworks']} over N={first['frameworks']}: "
            f"{report['page_growth']} (target at most 1.5)"
        )
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / "results.json").write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    text = markdown(report)
    (RESULTS / "results.md").write_text(text, encoding="utf-8")
    print()
    print(text)
    if "growth_per_framework" in report:
        print("cost per framework, largest N over smallest N:", report["growth_per_framework"])
    return 0


def finder_only(sizes: list[int]) -> int:
    """``python -m bench --finder``: the finder's figures, into results/finder.json."""
    work = Path(tempfile.mkdtemp(prefix="pwfo-bench-finder-"))
    report: dict[str, Any] = {"date": dt.date.today().isoformat(), "sizes": []}
    try:
        for count in sizes:
            print(f"N = {count}", flush=True)
            report["sizes"].append(run_finder(count, work / f"n{count}", print))
    finally:
        shutil.rmtree(work, ignore_errors=True)
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / "finder.json").write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    print(json.dumps(report, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
