#!/usr/bin/env bash
# Times `haven import` (wall and CPU seconds) on a long Word document made by LibreOffice (over 100 pages as LibreOffice
# lays it out: 200 sections of headings, paragraphs, lists and a table), RUNS times in fresh
# processes, and says whether the median whole command (the JVM's start, reading the document,
# writing the page and haven check on it) is under 5 s, with the class archive a first build or
# check records in place, as in everyday use. Writes the figures to
# bench/results/DATE-TIME-word-import.md. Needs soffice (apt-get install libreoffice-writer-nogui).
# Usage: bench/word-import.sh [RUNS]   (default 3)
set -euo pipefail
home="$(cd "$(dirname "$0")/.." && pwd)"
runs="${1:-3}"
load_before="$(cut -d' ' -f1-3 /proc/loadavg)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
{
  echo '<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8"><title>A long policy</title></head><body><h1>A long policy</h1>'
  for i in $(seq 1 200); do
    echo "<h2>Section $i</h2>"
    for p in 1 2 3 4 5 6; do echo "<p>Practitioners share what they know about a child with the people who need it, and they record why. Paragraph $p of section $i says so again, in plain words, for anyone who reads it on a phone.</p>"; done
    echo "<ul><li>One point</li><li>Another point<ul><li>A point inside</li></ul></li></ul>"
    echo "<table><tr><th>Measure</th><th>Value</th></tr><tr><td>Reviews</td><td>$i</td></tr></table>"
  done
  echo '</body></html>'
} > "$work/long.html"
(cd "$work" && soffice --headless --convert-to 'docx:MS Word 2007 XML' long.html >/dev/null 2>&1)
(cd "$work" && soffice --headless --convert-to pdf long.docx >/dev/null 2>&1)
pages=$(grep -a -c '/Type */Page[^s]' "$work/long.pdf" || true)
mkdir -p "$work/site/content" "$work/site/data"
cp "$home/examples/stockport/data/site.yaml" "$work/site/data/"
"$home/haven" --version >/dev/null # builds Haven first if its sources changed
# The class archive Haven records on a build or check, as it is in everyday use: recorded with a
# page to convert (the import's own, untimed), so that JRuby's classes are in it.
"$home/haven" import "$work/long.docx" --source "$work/site" >/dev/null
"$home/haven" check --no-cache --source "$work/site" >/dev/null 2>&1 || true

walls=() cpus=() reads=() checks=()
for run in $(seq 1 "$runs"); do
  out="$({ /usr/bin/time -f 'TIME %e %U %S' "$home/haven" import "$work/long.docx" --source "$work/site" --force; } 2>&1)"
  read -r wall user sys <<<"$(echo "$out" | sed -n 's/^TIME //p')"
  walls+=("$wall")
  cpus+=("$(printf '%.2f' "$(echo "$user + $sys" | bc)")")
  reads+=("$(echo "$out" | sed -n 's/^Wrote .* in \([0-9.]*\) s\.$/\1/p')")
  checks+=("$(echo "$out" | sed -n 's/.*(checked in \([0-9.]*\) s).*/\1/p')")
done
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
wall=$(median "${walls[@]}")
cpu=$(median "${cpus[@]}")
read_s=$(median "${reads[@]}")
check_s=$(median "${checks[@]}")
lines=$(grep -c '' "$work/site/content/a-long-policy.adoc")
under5() { echo "$1 < 5" | bc -l | sed 's/1/yes/;s/0/no/'; }
line="haven import of a ${pages:-?}-page document ($lines lines of AsciiDoc), median of $runs runs: the page and its notes written in ${read_s} s (under 5 s: $(under5 "$read_s")); the whole command, the JVM's start and haven check on the page (${check_s} s) included, ${wall} s (under 5 s: $(under5 "$wall")), using ${cpu} s of CPU (user+sys, all threads)"
echo "$line"

result="$home/bench/results/$(date -u +%F-%H%M)-word-import.md"
{
  echo "# haven import of a long Word document"
  echo
  echo "\`bench/word-import.sh $runs\`, $(date -u '+%d %B %Y %H:%M') UTC, $(nproc) cores, load average before: $load_before, after: $(cut -d' ' -f1-3 /proc/loadavg)."
  echo
  echo "$line."
  echo
  echo "| run | whole command s | CPU s (user+sys) | read and written s | check s |"
  echo "|---:|---:|---:|---:|---:|"
  for i in $(seq 0 $((runs - 1))); do echo "| $((i + 1)) | ${walls[$i]} | ${cpus[$i]} | ${reads[$i]} | ${checks[$i]} |"; done
} > "$result"
echo "Figures written to ${result#"$home"/}"
