#!/usr/bin/env python3
"""Turn bench/run's results.tsv (and preview.json, search.tsv) into the markdown tables.

    table.py RESULTS_TSV [PREVIEW_JSON [SEARCH_TSV]]
"""
import datetime
import json
import os
import platform
import statistics
import subprocess
import sys

TOOLS = ["haven", "haven-one-edit", "haven-search-edit", "haven-no-change", "haven-background-edit", "floor", "floor (excl. JVM+JRuby boot)", "floor-all-cores", "jbake", "antora"]
LABEL = {
    "haven": "Haven",
    "haven-one-edit": "Haven, one page edited, cache kept",
    "haven-search-edit": "Haven, one page's opening edited (search index made again), cache kept",
    "haven-no-change": "Haven, nothing changed, cache kept",
    "haven-background-edit": "Haven, one page edited, output kept, done by the background Haven (laptop)",
    "floor": "AsciidoctorJ floor, 1 thread",
    "floor (excl. JVM+JRuby boot)": "AsciidoctorJ floor, 1 thread, excl. boot",
    "floor-all-cores": "AsciidoctorJ floor, all cores",
    "jbake": "plain JBake 2.7 + Pebble",
    "antora": "Antora 3.1",
}


# Pages converted by each measured run of a tool, from Haven's summary line.
converted = {}


def load_rows(tsv):
    rows = {}
    notes = {}
    with open(tsv) as f:
        next(f)
        for line in f:
            n, tool, run, wall, rss, status, extra = (line.rstrip("\n").split("\t") + [""] * 7)[:7]
            n = int(n)
            if status == "na":
                notes[(n, tool)] = extra
                continue
            if status != "0":
                notes[(n, tool)] = f"failed (exit {status}; bench/work/logs/{tool}-{n}-{run}.log)"
                continue
            if run == "0":
                continue  # warm-up
            kv = dict(item.split("=", 1) for item in extra.split(",") if "=" in item)
            run_load = float(kv["load"]) if "load" in kv else None
            rows.setdefault((n, tool), []).append((float(wall), int(rss), run_load, float(kv["cpu_s"]) if "cpu_s" in kv else None))
            if "converted" in kv:
                converted.setdefault((n, tool), set()).add(int(kv["converted"]))
            if tool == "floor" and "convert_ms" in kv:
                rows.setdefault((n, "floor (excl. JVM+JRuby boot)"), []).append((int(kv["convert_ms"]) / 1000, None, run_load, None))
    return rows, notes


# Pagefind's own figure: https://pagefind.app/ and the README of github.com/Pagefind/pagefind,
# "a full-text search on a 10,000 page site with a total network payload under 300kB, including
# the Pagefind library itself".
PAGEFIND = "| 10,000: Pagefind, its published figure (pagefind.app) | – | – | under 300 kB a search, its library included | – |"


def load_search(path):
    """{(n, what): figures dict} and {(n, what): note} from bench/run's search.tsv."""
    figures, notes = {}, {}
    if not path or not os.path.exists(path):
        return figures, notes
    with open(path) as f:
        next(f)
        for line in f:
            n, what, status, detail = (line.rstrip("\n").split("\t") + [""] * 4)[:4]
            if status == "0":
                figures[(int(n), what)] = {k: float(v) for k, v in (item.split("=", 1) for item in detail.split(","))}
            else:
                notes[(int(n), what)] = detail
    return figures, notes


def size(nbytes):
    """Decimal units, as Pagefind and the floors give them: 1 kB = 1,000 bytes."""
    return f"{nbytes / 1e6:.2f} MB" if nbytes >= 1e6 else f"{nbytes / 1e3:.0f} kB"


def search_table(figures, notes):
    sizes = sorted({n for n, _ in list(figures) + list(notes)})
    if not sizes:
        return []
    out = ["| N | search/index.json raw | gzipped (gzip -9) | with lunr.js and Haven's search scripts, gzipped "
           "| first results after the index arrived, 4× slower CPU: median / max (loads) |",
           "|---:|---:|---:|---:|---:|"]
    for n in sizes:
        d, lat = figures.get((n, "download")), figures.get((n, "latency"))
        cells = ([size(d["raw"]), size(d["gzip"]), size(d["gzip"] + d["scripts_gzip"])] if d
                 else [notes.get((n, "download"), "not measured"), "", ""])
        cells.append(f"{lat['median_ms']:.0f} / {lat['max_ms']:.0f} ms ({lat['loads']:.0f})" if lat
                     else notes.get((n, "latency"), "not measured"))
        out.append(f"| {n:,} | " + " | ".join(cells) + " |")
    out.append(PAGEFIND)
    return out


def pages_converted(n, tool="haven-one-edit"):
    """What the runs of an edit at size n converted, from Haven's summary line: 1 page if the cache did its work."""
    counts = sorted(converted.get((n, tool), set()))
    if not counts:
        return "pages converted unknown"
    return "1 page converted" if counts == [1] else "pages converted per run: " + ", ".join(map(str, counts))


def search_download_check(d, note):
    name, target = "1,000 pages: search download (search/index.json)", "≤ 400 kB gzipped, ≤ 3 MB raw"
    if d is None:
        return f"| {name} | {note or 'not measured'} | {target} | – | |"
    ok = d["gzip"] <= 400e3 and d["raw"] <= 3e6
    return f"| {name} | {size(d['gzip'])} gzipped, {size(d['raw'])} raw | {target} | {'meets' if ok else '**misses**'} | |"


def search_latency_check(lat, note):
    name, target = "1,000 pages: first search results after the index arrived, 4× slower CPU", "< 300 ms"
    if lat is None:
        return f"| {name} | {note or 'not measured'} | {target} | – | |"
    ok = lat["median_ms"] < 300
    return (f"| {name}, median of {lat['loads']:.0f} loads (max {lat['max_ms']:.0f} ms) | {lat['median_ms']:.0f} ms | "
            f"{target} | {'meets' if ok else '**misses**'} | |")


def main():
    rows, notes = load_rows(sys.argv[1])
    preview = {}
    if len(sys.argv) > 2 and os.path.exists(sys.argv[2]):
        with open(sys.argv[2]) as f:
            preview = json.load(f)
    search, search_notes = load_search(sys.argv[3] if len(sys.argv) > 3 else None)
    sizes = sorted({n for n, _ in list(rows) + list(notes)})
    med = {}
    for key, vals in rows.items():
        # A failed run anywhere discards that tool's figures for that size.
        if key in notes:
            continue
        wall = statistics.median(v[0] for v in vals)
        rss = [v[1] for v in vals if v[1] is not None]
        loads = [v[2] for v in vals if v[2] is not None]
        cpus = [v[3] for v in vals if v[3] is not None]
        med[key] = (wall, statistics.median(rss) / 1024 if rss else None, len(vals),
                    statistics.median(loads) if loads else None, statistics.median(cpus) if cpus else None)

    java = subprocess.run(["java", "-version"], capture_output=True, text=True).stderr.splitlines()
    mem = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    out = []
    out.append(f"Measured {datetime.datetime.now(datetime.timezone.utc):%Y-%m-%d %H:%M} UTC on {os.cpu_count()} cores, "
               f"{mem:.0f} GiB, {platform.system()} {platform.machine()}, {java[0] if java else 'java ?'}, "
               f"node {subprocess.run(['node', '--version'], capture_output=True, text=True).stdout.strip() or '?'}. "
               "Each figure is the median of the measured runs (a warm-up run before them is discarded); "
               "every run is a fresh process, except the background Haven's row, whose builds are done by the "
               "Haven its warm-up run left running (its CPU s and peak RSS are that Haven's and the command's together). Ratio = tool's wall time / Haven's (above 1: slower than Haven). "
               "Load avg: the machine's 1-minute load average as the runs started (median), "
               "as a sign of other work sharing the cores; CPU s is less sensitive to that than wall s.")
    haven_cmd = os.environ.get("BENCH_HAVEN_CMD", "./haven")
    out.append("")
    out.append(f"Haven ran as `{haven_cmd} build --source SITE --output OUT`"
               + (" (a copy of the launcher beside a snapshot of target/haven.jar: `bench/run --haven-direct`)."
                  if haven_cmd != "./haven" else "."))
    out.append("")
    out.append("| N | tool | wall s | peak RSS MiB | pages/s | ratio vs Haven | CPU s (user+sys) | load avg at start |")
    out.append("|---:|---|---:|---:|---:|---:|---:|---:|")
    for n in sizes:
        haven = med.get((n, "haven"))
        for tool in TOOLS:
            key = (n, tool)
            if key in med:
                wall, rss, runs, load, cpu = med[key]
                ratio = f"{wall / haven[0]:.2f}" if haven else "–"
                out.append(f"| {n:,} | {LABEL[tool]} | {wall:.2f} | {'–' if rss is None else f'{rss:.0f}'} | "
                           f"{n / wall:.0f} | {ratio} | {'–' if cpu is None else f'{cpu:.1f}'} | {'–' if load is None else f'{load:.1f}'} |")
            elif key in notes:
                out.append(f"| {n:,} | {LABEL[tool]} | {notes[key]} | | | | | |")
    out.append("")
    searched = search_table(search, search_notes)
    if searched:
        out += searched
        out.append("")

    checks = []

    def check(name, key_a, key_b, fn, target, cpu=True):
        a, b = med.get(key_a), med.get(key_b) if key_b else None
        if a is None or (key_b and b is None):
            why = notes.get(key_a) or (notes.get(key_b) if key_b else None) or "not measured"
            checks.append(f"| {name} | {why} | {target} | – | |")
            return
        value, ok, shown = fn(a, b)
        cpu_shown = ""
        if cpu and a[4] is not None and (b is None or b[4] is not None):
            # The same ratio on CPU seconds (user+sys), which other load on the machine skews less.
            ca = (a[4],) + a[1:]
            cb = (b[4],) + b[1:] if b else None
            _, cok, cshown = fn(ca, cb)
            cpu_shown = f"{cshown} ({'meets' if cok else 'misses'})"
        checks.append(f"| {name} | {shown} | {target} | {'meets' if ok else '**misses**'} | {cpu_shown} |")

    def haven_faster(other, haven):
        return other[0] / haven[0], other[0] > haven[0], f"{other[0] / haven[0]:.2f}× ({'faster' if other[0] > haven[0] else 'slower'})"

    check("1,000 pages: Haven vs plain JBake", (1000, "jbake"), (1000, "haven"),
          lambda j, h: (j[0] / h[0], j[0] / h[0] >= 8, f"{j[0] / h[0]:.1f}× faster"), "≥ 8× faster")
    check("1,000 pages: Haven vs Antora", (1000, "antora"), (1000, "haven"),
          haven_faster, "faster")
    check("1,000 pages: Haven wall / AsciidoctorJ floor", (1000, "haven"), (1000, "floor"),
          lambda h, f: (h[0] / f[0], h[0] <= 1.3 * f[0], f"{h[0] / f[0]:.2f}×"), "≤ 1.3×")
    for tool, edited in (("haven-one-edit", "one page edited"),
                         ("haven-search-edit", "one page's opening edited (search index made again)"),
                         ("haven-background-edit", "one page edited, background Haven")):
        check(f"1,000 pages, {edited}: Haven vs Antora's build", (1000, "antora"), (1000, tool),
              lambda a, h, tool=tool: (a[0] / h[0], a[0] / h[0] >= 10,
                                       f"{a[0] / h[0]:.1f}× faster, {pages_converted(1000, tool)}"),
              "≥ 10× faster")
        check(f"1,000 pages, {edited}: Haven vs plain JBake's build", (1000, "jbake"), (1000, tool),
              lambda j, h, tool=tool: (j[0] / h[0], j[0] / h[0] >= 50,
                                       f"{j[0] / h[0]:.1f}× faster, {pages_converted(1000, tool)}"),
              "≥ 50× faster")
    no_jruby = converted.get((1000, "haven-no-change")) == {0}
    check("1,000 pages, nothing changed: Haven", (1000, "haven-no-change"), None,
          lambda h, _: (h[0], h[0] < 1.5 and no_jruby,
                        f"{h[0]:.2f} s, {'no page converted, JRuby not started' if no_jruby else 'pages converted'}"),
          "< 1.5 s without JRuby", cpu=False)
    check("5,000 pages: Haven peak RSS", (5000, "haven"), None,
          lambda h, _: (h[1], h[1] < 1024, f"{h[1]:.0f} MiB"), "< 1 GiB", cpu=False)
    check("5,000 pages: Haven vs Antora", (5000, "antora"), (5000, "haven"),
          haven_faster, "faster")
    for tool, edited in (("haven-one-edit", "one page edited"),
                         ("haven-search-edit", "one page's opening edited (search index made again)"),
                         ("haven-background-edit", "one page edited, background Haven")):
        check(f"5,000 pages, {edited}: Haven", (5000, tool), None,
              lambda h, _, tool=tool: (h[0], h[0] < 3, f"{h[0]:.2f} s, {pages_converted(5000, tool)}"),
              "< 3 s", cpu=False)
    checks.append(search_download_check(search.get((1000, "download")), search_notes.get((1000, "download"))))
    checks.append(search_latency_check(search.get((1000, "latency")), search_notes.get((1000, "latency"))))
    if preview.get("median_ms") is not None:
        ok = preview["median_ms"] < 300
        checks.append(f"| preview: edit-to-reloaded, median of {preview['edits']} edits (p90 {preview['p90_ms']:.0f} ms) | "
                      f"{preview['median_ms']:.0f} ms | < 300 ms | {'meets' if ok else '**misses**'} | |")
    else:
        checks.append(f"| preview: edit-to-reloaded median | {preview.get('status', 'not measured')} | < 300 ms | – | |")
    out.append("| floor | measured (wall) | target | | the same on CPU s |")
    out.append("|---|---:|---|---|---|")
    out += checks
    if preview.get("median_ms") is not None:
        out.append("")
        out.append(f"Preview: {preview['edits']} edits of {preview.get('site', 'the example site')} under "
                   f"`./haven serve`, each appending a sentence to a page and polling its URL until the sentence is "
                   f"served: median {preview['median_ms']:.0f} ms, p90 {preview['p90_ms']:.0f} ms, "
                   f"max {preview['max_ms']:.0f} ms. "
                   + (f"SSE `/_haven/events` reload event after the save: median {preview['sse_median_ms']:.0f} ms, "
                      f"p90 {preview['sse_p90_ms']:.0f} ms."
                      if preview.get("sse_median_ms") is not None else
                      f"SSE `/_haven/events`: {preview.get('sse_status', 'no event seen')}."))
    print("\n".join(out))


if __name__ == "__main__":
    main()
