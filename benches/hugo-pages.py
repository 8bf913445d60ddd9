#!/usr/bin/env python3
"""Turns a rungs site into a Hugo site with the same pages: for every HTML page rungs wrote, a
Markdown page at the same path carrying the text of its <main> (headings, paragraphs and list
items as Markdown), and one navigation of the same links as rungs' (read from its index page),
which Hugo's layout prints on every page as rungs does. For benches/site.sh; not part of CI.

    python3 benches/hugo-pages.py RUNGS_SITE HUGO_DIR
"""
import html
import html.parser
import json
import os
import sys


class Text(html.parser.HTMLParser):
    """The text of <main> as Markdown blocks; the links of the first <nav>."""

    BLOCKS = {"p": "", "li": "- ", "h1": "# ", "h2": "## ", "h3": "### ", "h4": "#### ", "td": "", "th": "", "dt": "", "dd": ""}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.depth_main = 0
        self.blocks, self.current, self.prefix = [], [], None
        self.nav_depth, self.navs_seen, self.links, self.href = 0, 0, [], None

    def handle_starttag(self, tag, attrs):
        if tag == "main":
            self.depth_main += 1
        if tag == "nav":
            self.navs_seen += 1
            self.nav_depth += 1
        if tag == "a" and self.nav_depth and self.navs_seen == 1:
            self.href = dict(attrs).get("href", "")
            self.current = []
        if self.depth_main and tag in self.BLOCKS:
            self.flush()
            self.prefix = self.BLOCKS[tag]

    def handle_endtag(self, tag):
        if tag == "main":
            self.flush()
            self.depth_main -= 1
        if tag == "nav":
            self.nav_depth -= 1
        if tag == "a" and self.href is not None:
            self.links.append({"href": self.href, "title": "".join(self.current).strip()})
            self.href = None
            self.current = []
        if self.depth_main and tag in self.BLOCKS:
            self.flush()

    def handle_data(self, data):
        if self.depth_main or self.href is not None:
            self.current.append(data)

    def flush(self):
        text = " ".join("".join(self.current).split())
        if text and self.depth_main:
            self.blocks.append((self.prefix or "") + text.replace("*", "\\*").replace("_", "\\_"))
        if self.href is None:
            self.current = []
        self.prefix = None


def main():
    site, out = sys.argv[1], sys.argv[2]
    content = os.path.join(out, "content")
    os.makedirs(os.path.join(out, "layouts", "_default"), exist_ok=True)
    os.makedirs(os.path.join(out, "data"), exist_ok=True)
    pages = 0
    for root, _, files in os.walk(site):
        for name in files:
            if not name.endswith(".html"):
                continue
            path = os.path.join(root, name)
            relative = os.path.relpath(path, site)
            parser = Text()
            parser.feed(open(path, encoding="utf-8").read())
            if relative == "index.html":
                json.dump(parser.links, open(os.path.join(out, "data", "nav.json"), "w"), ensure_ascii=False)
            stem = relative[: -len(".html")]
            # Hugo's `index.md` would be a leaf bundle; `_index.md` keeps sections as rungs has them.
            target = os.path.join(content, stem[: -len("index")] + "_index.md" if stem.endswith("index") else stem + ".md")
            os.makedirs(os.path.dirname(target), exist_ok=True)
            title = parser.blocks[0].lstrip("# ") if parser.blocks else stem
            with open(target, "w", encoding="utf-8") as f:
                f.write("---\ntitle: " + json.dumps(title, ensure_ascii=False) + "\n---\n\n")
                f.write("\n\n".join(parser.blocks[1:]) + "\n")
            pages += 1
    with open(os.path.join(out, "hugo.toml"), "w") as f:
        f.write('baseURL = "https://example.org/"\nlanguageCode = "zh-cn"\ntitle = "bench"\n'
                'uglyURLs = true\ndisableKinds = ["taxonomy", "term", "RSS", "sitemap", "404", "robotsTXT"]\n')
    layout = ('<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>{{ .Title }}</title></head><body>'
              '<nav>{{ range site.Data.nav }}<a href="{{ .href }}">{{ .title }}</a>{{ end }}</nav>'
              '<main><h1>{{ .Title }}</h1>{{ .Content }}</main></body></html>\n')
    for kind in ("single", "list"):
        open(os.path.join(out, "layouts", "_default", kind + ".html"), "w").write(layout)
    open(os.path.join(out, "layouts", "index.html"), "w").write(layout)
    print(pages)


if __name__ == "__main__":
    main()
