#!/usr/bin/env python3
"""Lay a Haven site (generate.py's output) out as an Antora 3.1 project.

    antora_convert.py SITE_DIR ATTRIBUTES_FILE OUT_DIR

Writes OUT_DIR/docs (a git repository: antora.yml and modules/ROOT/pages/ with the same
relative paths as content/, images under modules/ROOT/images), OUT_DIR/ui-bundle.zip
(a minimal local UI bundle: Antora's default bundle is downloaded from a host this
machine cannot reach) and OUT_DIR/antora-playbook.yml.

Haven resolves `xref:` relative to the current file (as Asciidoctor does); Antora
resolves a page ID from the module's pages/ folder, so each xref target is rewritten
to its module-relative path, and image::/images/x to image::x. Everything else is copied as it is.
"""
import os
import posixpath
import re
import shutil
import subprocess
import sys
import zipfile

XREF = re.compile(r"xref:([^\[\s]+\.adoc)\[")

LAYOUT = """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>{{page.title}} | {{site.title}}</title>
<meta name="description" content="{{page.description}}">
<link rel="stylesheet" href="{{{uiRootPath}}}/css/site.css">
</head>
<body>
<header><a href="{{{siteRootPath}}}/">{{site.title}}</a> <a href="https://www.bbc.co.uk/weather">Leave this site</a></header>
<p>In an emergency phone 999.</p>
<main>
<h1>{{{page.title}}}</h1>
{{{page.contents}}}
</main>
</body>
</html>
"""


def main():
    site, attributes, out = sys.argv[1], sys.argv[2], sys.argv[3]
    docs = os.path.join(out, "docs")
    if os.path.exists(out):
        shutil.rmtree(out)
    pages = os.path.join(docs, "modules", "ROOT", "pages")
    os.makedirs(pages)
    content = os.path.join(site, "content")
    for root, _, files in os.walk(content):
        rel_dir = os.path.relpath(root, content)
        rel_dir = "" if rel_dir == "." else rel_dir
        os.makedirs(os.path.join(pages, rel_dir), exist_ok=True)
        for name in files:
            if not name.endswith(".adoc"):
                continue
            with open(os.path.join(root, name)) as f:
                text = f.read()
            # Images are referred to by site path (/images/...) in Haven; Antora wants them in
            # the module's images/ folder, referred to relative to it.
            text = text.replace("image::/images/", "image::")
            text = XREF.sub(lambda m: "xref:" + posixpath.normpath(posixpath.join(rel_dir, m.group(1))) + "[", text)
            with open(os.path.join(pages, rel_dir, name), "w") as f:
                f.write(text)
    assets = os.path.join(site, "assets", "images")
    if os.path.isdir(assets):
        shutil.copytree(assets, os.path.join(docs, "modules", "ROOT", "images"))
    attrs = []
    with open(attributes) as f:
        for line in f:
            k, _, v = line.rstrip("\n").partition("=")
            attrs.append(f"    {k}: '{v}'")
    with open(os.path.join(docs, "antora.yml"), "w") as f:
        f.write("name: site\ntitle: Benchtown Safeguarding Children Partnership\nversion: ~\n"
                "asciidoc:\n  attributes:\n" + "\n".join(attrs) + "\n")
    env = dict(os.environ, GIT_AUTHOR_NAME="bench", GIT_AUTHOR_EMAIL="bench@example.org",
               GIT_COMMITTER_NAME="bench", GIT_COMMITTER_EMAIL="bench@example.org")
    for cmd in (["git", "init", "-q", "-b", "main"], ["git", "add", "."], ["git", "commit", "-q", "-m", "corpus"]):
        subprocess.run(cmd, cwd=docs, check=True, env=env)
    with zipfile.ZipFile(os.path.join(out, "ui-bundle.zip"), "w") as z:
        z.writestr("layouts/default.hbs", LAYOUT)
        z.writestr("layouts/404.hbs", LAYOUT.replace("{{{page.contents}}}", "<p>Page not found.</p>"))
        z.writestr("css/site.css", "body{font-family:sans-serif;max-width:60em;margin:auto}\n")
    with open(os.path.join(out, "antora-playbook.yml"), "w") as f:
        f.write(f"""site:
  title: Benchtown Safeguarding Children Partnership
  url: https://www.example.org.uk
  start_page: site::index.adoc
content:
  sources:
  - url: ./docs
    branches: HEAD
ui:
  bundle:
    url: ./ui-bundle.zip
output:
  dir: ./out
runtime:
  cache_dir: ./cache
  fetch: false
  log:
    failure_level: error
""")


if __name__ == "__main__":
    main()
