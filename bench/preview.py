#!/usr/bin/env python3
"""Edit-to-reloaded under `haven serve`, measured with a real HTTP client.

    preview.py --haven ./haven --example SITE_DIR --work DIR [--edits 20] [--port P] [--json FILE]

Copies the example site (data/, content/, assets/, templates/ of SITE_DIR) to DIR/site,
so the repository's own files are never touched, starts `haven serve --source DIR/site
--port P`, and waits until the home page answers. Then, for each of --edits pages in
turn: appends a sentence with a unique marker to the page's .adoc file, and times from
the moment before the write until a GET of the page's URL returns a body with the marker
(polling every 5 ms on a fresh connection). Meanwhile a listener on /_haven/events
(Server-Sent Events) records when each reload event arrives, for a second figure.
Prints and writes (--json) median, p90 and max in milliseconds.
"""
import argparse
import http.client
import json
import os
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import threading
import time
import uuid


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def get(port, path, timeout=5):
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    try:
        conn.request("GET", path, headers={"Cache-Control": "no-cache"})
        resp = conn.getresponse()
        return resp.status, resp.read().decode("utf-8", "replace")
    finally:
        conn.close()


def url_of(rel):
    """content/a/b.adoc -> /a/b/ ; content/index.adoc -> / ; a/index.adoc -> /a/"""
    stem = rel[:-len(".adoc")]
    if stem == "index":
        return "/"
    if stem.endswith("/index"):
        return "/" + stem[:-len("index")]
    if stem.endswith(".easy"):
        return "/" + stem[:-len(".easy")] + "/easy-read/"
    return "/" + stem + "/"


class SseListener(threading.Thread):
    def __init__(self, port):
        super().__init__(daemon=True)
        self.port = port
        self.events = []  # perf_counter times of data: lines
        self.status = "not connected"
        self.stop = False

    def run(self):
        try:
            conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=3600)
            conn.request("GET", "/_haven/events", headers={"Accept": "text/event-stream"})
            resp = conn.getresponse()
            if resp.status != 200:
                self.status = f"GET /_haven/events answered {resp.status}"
                return
            self.status = "connected"
            while not self.stop:
                line = resp.fp.readline()
                if not line:
                    self.status = "the server closed the event stream"
                    return
                if line.startswith(b"data:"):
                    self.events.append(time.perf_counter())
        except Exception as e:  # reported, not fatal: the polling figure stands on its own
            self.status = f"event stream failed: {e}"


def pct(values, p):
    s = sorted(values)
    k = (len(s) - 1) * p
    lo, hi = int(k), min(int(k) + 1, len(s) - 1)
    return s[lo] + (s[hi] - s[lo]) * (k - lo)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--haven", required=True)
    ap.add_argument("--example", required=True)
    ap.add_argument("--work", required=True)
    ap.add_argument("--edits", type=int, default=20)
    ap.add_argument("--port", type=int, default=0)
    ap.add_argument("--json")
    ap.add_argument("--start-timeout", type=float, default=180)
    ap.add_argument("--edit-timeout", type=float, default=30)
    a = ap.parse_args()

    repository = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    ap_label = f"the example site ({os.path.relpath(os.path.abspath(a.example), repository)})"
    result = {"edits": a.edits, "site": ap_label}
    site = os.path.join(a.work, "site")
    shutil.rmtree(a.work, ignore_errors=True)
    os.makedirs(site)
    for part in ("data", "content", "assets", "templates"):
        src = os.path.join(a.example, part)
        if os.path.isdir(src):
            shutil.copytree(src, os.path.join(site, part))
    content = os.path.join(site, "content")
    pages = []
    for root, _, files in os.walk(content):
        for name in sorted(files):
            if name.endswith(".adoc") and not name.endswith(".easy.adoc"):
                rel = os.path.relpath(os.path.join(root, name), content).replace(os.sep, "/")
                with open(os.path.join(root, name)) as f:
                    text = f.read()
                if ":jbake-status: published" in text and ":jbake-type:" in text:
                    pages.append(rel)
    pages.sort()
    port = a.port or free_port()
    log = open(os.path.join(a.work, "serve.log"), "w")
    proc = subprocess.Popen([a.haven, "serve", "--source", site, "--port", str(port)],
                            stdout=log, stderr=subprocess.STDOUT, start_new_session=True)

    def finish(code):
        try:
            os.killpg(proc.pid, signal.SIGTERM)
            proc.wait(timeout=10)
        except Exception:
            try:
                os.killpg(proc.pid, signal.SIGKILL)
            except Exception:
                pass
        if a.json:
            with open(a.json, "w") as f:
                json.dump(result, f, indent=1)
        print(json.dumps(result))
        sys.exit(code)

    t_start = time.perf_counter()
    while True:
        if proc.poll() is not None:
            result["status"] = f"n/a: haven serve exited ({proc.returncode}); see bench/work/preview/serve.log"
            finish(1)
        try:
            status, _ = get(port, "/", timeout=2)
            if status == 200:
                break
        except OSError:
            pass
        if time.perf_counter() - t_start > a.start_timeout:
            result["status"] = f"n/a: haven serve did not answer on port {port} within {a.start_timeout:.0f} s"
            finish(1)
        time.sleep(0.1)
    result["startup_s"] = round(time.perf_counter() - t_start, 2)

    listener = SseListener(port)
    listener.start()
    time.sleep(0.5)

    usable = []
    for rel in pages:
        try:
            status, _ = get(port, url_of(rel))
        except OSError:
            continue
        if status == 200:
            usable.append(rel)
    if not usable:
        result["status"] = "n/a: no page of the example site answered 200 at its URL"
        finish(1)

    times, sse_times, failures = [], [], []
    for i in range(a.edits):
        rel = usable[i % len(usable)]
        url = url_of(rel)
        marker = f"Benchmark edit {i + 1} {uuid.uuid4().hex[:10]}"
        events_before = len(listener.events)
        t0 = time.perf_counter()
        with open(os.path.join(content, rel), "a") as f:
            f.write(f"\n\n{marker}.\n")
        seen = None
        while time.perf_counter() - t0 < a.edit_timeout:
            try:
                status, body = get(port, url)
                if status == 200 and marker in body:
                    seen = time.perf_counter()
                    break
            except OSError:
                pass
            time.sleep(0.005)
        if seen is None:
            failures.append(f"{url}: edit not served within {a.edit_timeout:.0f} s")
        else:
            times.append((seen - t0) * 1000)
            # The reload event may come just after the page is served: give it a moment.
            deadline = time.perf_counter() + 3
            while time.perf_counter() < deadline:
                ev = [t for t in listener.events[events_before:] if t >= t0]
                if ev:
                    sse_times.append((ev[0] - t0) * 1000)
                    break
                time.sleep(0.005)
        time.sleep(0.4)  # let the watcher settle, so each edit is its own rebuild

    listener.stop = True
    result["pages_edited"] = sorted(set(usable[i % len(usable)] for i in range(a.edits)))
    if failures:
        result["failures"] = failures
    if times:
        result.update(median_ms=statistics.median(times), p90_ms=pct(times, 0.9), max_ms=max(times),
                      all_ms=[round(t) for t in times])
    else:
        result["status"] = "n/a: no edit was served; " + "; ".join(failures[:3])
    if sse_times:
        result.update(sse_median_ms=statistics.median(sse_times), sse_p90_ms=pct(sse_times, 0.9),
                      sse_events=len(sse_times))
    else:
        result["sse_status"] = listener.status if listener.status != "connected" else "connected, but no event arrived"
    finish(0 if times else 1)


if __name__ == "__main__":
    main()
