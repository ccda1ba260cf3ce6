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
    floor1, haven1, start1 = (one, "floor", 1, 1), (one, "haven", 1, 1), (one, "jruby-start", 1, 1)
    jvm = median_detail(haven1, "jvm-start") / 1000
    boot = median_detail(floor1, "boot") / 1000
    convert = median_detail(floor1, "convert") / 1000 / pages
    before = sum(median_detail(haven1, name) for name in ("read+check", "plan")) / 1000
    after = sum(median_detail(haven1, name) for name in ("render-generated", "index+feeds", "write")) / 1000
    finish = (median(haven1, "cpu_s") - median(floor1, "cpu_s") - before - after) / pages
    costs = Costs(jvm, boot, convert, finish, before, after, pages)
    print()
    print(f"Per-page costs on one core (medians): JVM start {jvm:.2f} s; JRuby + Asciidoctor start {boot:.2f} s a runtime"
          f" (JRubyStart: runtime {median_detail(start1, 'runtime') / 1000:.2f} s, require 'asciidoctor'"
          f" {median_detail(start1, 'require-asciidoctor') / 1000:.2f} s, first page {median_detail(start1, 'first-page') / 1000:.2f} s);"
          f" converting {convert * 1000:.2f} ms a page; everything else Haven does {finish * 1000:.2f} ms a page"
          f" of CPU; before converting (read+check, plan) {before:.2f} s, after (generated pages, index, write) {after:.2f} s.")

    two = [k for k in runs if len(expand(k[0])) >= 2]
    if two:
        cpus = two[0][0]
        shared = contention(runs, cpus, 2, 1, boot, median)
        separate = contention(runs, cpus, 2, 2, boot, median)
        print(f"CPU a converted page costs with 2 threads on {len(expand(cpus))} cores, relative to 1 thread (floor):"
              f" shared runtime {shared:.2f}, a runtime each {separate:.2f}.")
    else:
        shared = separate = 1.0
    print()
    print("| cores | threads | runtimes | predicted wall s | predicted CPU s |")
    print("|---:|---:|---:|---:|---:|")
    for cores in (1, 2, 4, 8, 16):
        options = [(t, r) for t in range(1, cores + 1) for r in sorted({1, t})]
        best = min(options, key=lambda o: costs.wall(cores, *o, shared, separate))
        for t, r in sorted({(1, 1), best}):
            mark = " (fastest)" if (t, r) == best else ""
            print(f"| {cores} | {t} | {r}{mark} | {costs.wall(cores, t, r, shared, separate):.2f}"
                  f" | {costs.cpu(t, r, shared, separate):.1f} |")


def contention(runs, cpus, threads, runtimes, boot, median):
    """CPU per converted page with this many threads and runtimes, over that of one thread, from the floor."""
    base, more = (cpus, "floor", 1, 1), (cpus, "floor", threads, runtimes)
    if base not in runs or more not in runs:
        return 1.0
    extra_boot = (runtimes - 1) * boot
    return (median(more, "cpu_s") - extra_boot - boot) / (median(base, "cpu_s") - boot)


class Costs:
    """A cold build as the model sees it: the JVM starts; JRuby's runtimes start (at once, each on
    a core of its own while there are cores) while the main thread reads and plans; the threads
    convert while the other cores finish each page; the phases after converting follow, on one
    thread. Converting is bound by the converting threads or by all the CPU work over the cores,
    whichever is slower."""

    def __init__(self, jvm, boot, convert, finish, before, after, pages):
        self.jvm, self.boot, self.convert, self.finish = jvm, boot, convert, finish
        self.before, self.after, self.pages = before, after, pages

    def converting(self, threads, runtimes, shared, separate):
        if threads == 1:
            return self.convert
        return self.convert * (separate if runtimes == threads else shared)

    def cpu(self, threads, runtimes, shared, separate):
        return (self.jvm + runtimes * self.boot + self.before + self.after
                + self.pages * (self.converting(threads, runtimes, shared, separate) + self.finish))

    def wall(self, cores, threads, runtimes, shared, separate):
        threads = min(threads, cores)
        start = max(self.boot, (runtimes * self.boot + self.before) / cores, self.before)
        per_page = self.converting(threads, runtimes, shared, separate)
        by_threads = self.pages * per_page / threads
        by_cores = self.pages * (per_page + self.finish) / cores
        return self.jvm + start + max(by_threads, by_cores) + self.after


def expand(cpus):
    """taskset's list (0, 0-1, 0,2) as a list of cores."""
    cores = []
    for part in cpus.split(","):
        low, _, high = part.partition("-")
        cores.extend(range(int(low), int(high or low) + 1))
    return cores


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]))
