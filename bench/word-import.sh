#!/usr/bin/env bash
# Times `haven import` on a long Word document (over 100 pages as LibreOffice lays it out: 200
# sections of headings, paragraphs, lists and a table), made by LibreOffice. Needs soffice (libreoffice-writer-nogui).
set -euo pipefail
home="$(cd "$(dirname "$0")/.." && pwd)"
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
mkdir -p "$work/site/content" "$work/site/data"
cp "$home/examples/stockport/data/site.yaml" "$work/site/data/"
(cd "$work" && soffice --headless --convert-to pdf long.docx >/dev/null 2>&1)
pages=$(grep -a -c '/Type */Page[^s]' "$work/long.pdf" || true)
start=$(date +%s.%N)
"$home/haven" import "$work/long.docx" --source "$work/site" | grep -E '^Wrote|checked in'
end=$(date +%s.%N)
echo "haven import of a ${pages:-?}-page document ($(grep -c '' "$work/site/content/a-long-policy.adoc") lines of AsciiDoc): $(echo "$end - $start" | bc) s in all, the JVM's start and haven check included"
