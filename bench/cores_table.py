#!/usr/bin/env python3
"""bench/cores's table and model: medians of its runs (round 0, the warm-up, left out), the
per-page costs measured on one core, and what the model predicts for 4, 8 and 16 cores.

Usage: cores_table.py RESULTS.tsv PAGES
"""
import csv
import re
import statistics
import sys
from collections import defaultdict


def numbers(detail):
    """name -> ms from Haven's timings (read+check=642ms), the floor's (boot_ms=…) and JRubyStart's (runtime=1015/554)."""
    found = {}
    for name, value in re.findall(r"([\w+-]+)=(\d+)", detail):
        found[name.removesuffix("_ms")] = int(value)
    return found


def main(path, pages):
    runs = defaultdict(list)
    with open(path) as f:
        for row in csv.DictReader(f, delimiter="\t"):
            if row["round"] == "0":
                continue
            runs[(row["cpus"], row["case"], int(row["threads"]), int(row["runtimes"]))].append(row)
    if not runs:
        sys.exit("cores_table.py: no measured rounds in " + path)

    def median(key, field):
        return statistics.median(float(r[field]) for r in runs[key])

    def median_detail(key, name):
        values = [numbers(r["detail"]).get(name) for r in runs[key]]
        values = [v for v in values if v is not None]
        return statistics.median(values) if values else float("nan")

    print("| cores | what | threads | runtimes | wall s | CPU s | peak RSS MiB | runs | load avg at start |")
    print("|---|---|---:|---:|---:|---:|---:|---:|---|")
    for key in sorted(runs):
        cpus, case, threads, runtimes = key
        cores = len(expand(cpus))
        loads = sorted(float(r["load1"]) for r in runs[key])
        print(f"| {cores} | {case} | {threads} | {runtimes} | {median(key, 'wall_s'):.2f} | {median(key, 'cpu_s'):.2f}"
              f" | {median(key, 'rss_mib'):.0f} | {len(runs[key])} | {loads[0]:.1f}–{loads[-1]:.1f} |")

    one = next(c for c, *_ in sorted(runs, key=lambda k: len(expand(k[0]))))
    floor1, floor_shared, floor_separate = (one, "floor", 1, 1), (one, "floor", 2, 1), (one, "floor", 2, 2)
    haven1, start1 = (one, "haven", 1, 1), (one, "jruby-start", 1, 1)
    # On one core CPU seconds are the work itself; wall seconds there count the other load too.
    start = median(start1, "cpu_s")
    boot = median(floor_separate, "cpu_s") - median(floor_shared, "cpu_s")
    convert = (median(floor1, "cpu_s") - start) / pages
    finish = (median(haven1, "cpu_s") - median(floor1, "cpu_s")) / pages
    havens = [r for key, rows in runs.items() if key[1] == "haven" for r in rows]
    least = lambda name: min(numbers(r["detail"]).get(name, 0) for r in havens) / 1000
    jvm = least("jvm-start")
    before = least("read+check") + least("plan")
    after = least("render-generated") + least("index+feeds") + least("feeds") + least("write")
    print()
    print(f"Costs on one core, CPU seconds (medians): the JVM, JRuby and Asciidoctor started and two pages converted"
          f" {start:.2f} s (main thread: runtime {median_cpu(runs[start1], 'runtime'):.2f} s, require 'asciidoctor'"
          f" {median_cpu(runs[start1], 'require-asciidoctor'):.2f} s, first page {median_cpu(runs[start1], 'first-page'):.2f} s,"
          f" second {median_cpu(runs[start1], 'second-page'):.2f} s); a second runtime {boot:.2f} s;"
          f" converting {convert * 1000:.2f} ms a page; all else Haven does {finish * 1000:.2f} ms a page."
          f" Fastest phases seen in any Haven run (wall): JVM start {jvm:.2f} s, read+check and plan {before:.2f} s,"
          f" generated pages, index and writing {after:.2f} s.")
    costs = Costs(jvm, start - jvm, boot, convert, finish, before, after, pages)

    two = [k for k in runs if len(expand(k[0])) >= 2]
    if two:
        cpus = two[0][0]
        shared = contention(runs, cpus, 2, 1, boot, convert * pages)
        separate = contention(runs, cpus, 2, 2, boot, convert * pages)
        print(f"CPU a converted page costs with 2 threads on {len(expand(cpus))} cores, over 1 thread (floor):"
              f" shared runtime {shared:.2f}, a runtime each {separate:.2f}.")
    else:
        shared = separate = 1.0
    print()
    share = convert * shared / (convert * shared + finish)
    print(f"Converting's share of the CPU a page costs: {share:.2f}. Haven's default: round(share x cores) threads,"
          f" one runtime.")
    print()
    print("| cores | threads | runtimes | predicted wall s | predicted CPU s |")
    print("|---:|---:|---:|---:|---:|")
    for cores in (1, 2, 4, 8, 16):
        options = [(t, r) for t in range(1, cores + 1) for r in sorted({1, t})]
        best = min(options, key=lambda o: costs.wall(cores, *o, shared, separate))
        default = (max(1, round(share * cores)), 1)
        shown = sorted({(1, 1), (min(2, cores), 1), (min(2, cores), min(2, cores)), best, default})
        for t, r in shown:
            mark = " (fastest)" if (t, r) == best else ""
            mark += " (default)" if (t, r) == default else ""
            print(f"| {cores} | {t} | {r}{mark} | {costs.wall(cores, t, r, shared, separate):.2f}"
                  f" | {costs.cpu(t, r, shared, separate):.1f} |")


def median_cpu(rows, name):
    """The median CPU seconds of a JRubyStart step (its NAME=WALL/CPU)."""
    values = []
    for row in rows:
        found = re.search(rf"\b{re.escape(name)}=\d+/(\d+)", row["detail"])
        if found:
            values.append(int(found.group(1)) / 1000)
    return statistics.median(values) if values else float("nan")


def contention(runs, cpus, threads, runtimes, boot, converting):
    """CPU per converted page with this many threads and runtimes, over that of one thread, from the floor."""
    base, more = (cpus, "floor", 1, 1), (cpus, "floor", threads, runtimes)
    if base not in runs or more not in runs:
        return 1.0
    cpu = lambda key: statistics.median(float(r["cpu_s"]) for r in runs[key])
    return (cpu(more) - cpu(base) - (runtimes - 1) * boot + converting) / converting


class Costs:
    """A cold build as the model sees it, each thread on a core of its own: the JVM starts; the
    JRuby runtimes start at once while the main thread reads and plans; the threads convert while
    the other cores finish each page; the phases after converting follow on one thread.
    Converting is bound by the converting threads or by all the CPU work shared over the cores,
    whichever is slower. A runtime after the first costs `boot` CPU seconds, and each page
    converted costs `convert` times the contention measured with two threads."""

    def __init__(self, jvm, first_start, boot, convert, finish, before, after, pages):
        self.jvm, self.first_start, self.boot, self.convert, self.finish = jvm, first_start, boot, convert, finish
        self.before, self.after, self.pages = before, after, pages

    def converting(self, threads, runtimes, shared, separate):
        if threads == 1:
            return self.convert
        return self.convert * (separate if runtimes == threads else shared)

    def cpu(self, threads, runtimes, shared, separate):
        return (self.jvm + self.first_start + (runtimes - 1) * self.boot
                + self.pages * (self.converting(threads, runtimes, shared, separate) + self.finish))

    def wall(self, cores, threads, runtimes, shared, separate):
        starting = max(self.first_start, (self.first_start + (runtimes - 1) * self.boot + self.before) / cores)
        per_page = self.converting(threads, runtimes, shared, separate)
        by_threads = self.pages * per_page / min(threads, cores)
        by_cores = self.pages * (per_page + self.finish) / cores
        return self.jvm + starting + max(by_threads, by_cores) + self.after


def expand(cpus):
    """taskset's list (0, 0-1, 0,2) as a list of cores."""
    cores = []
    for part in cpus.split(","):
        low, _, high = part.partition("-")
        cores.extend(range(int(low), int(high or low) + 1))
    return cores


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]))
