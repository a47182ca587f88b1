#!/usr/bin/env python3
"""The bundled article through typst, for comparison with folio's PDFs.

Reads the article pages folio built (output/<locale>/<slug>.html, the same
translated text), writes an equivalent typst document per locale (title,
helpline box, headings, paragraphs, lists, references, running footer; the
same Noto fonts from assets/fonts, no system fonts), and compiles each with
typst's Python binding as tagged PDF/UA-1 on US Letter, like folio's: the
first compile in a fresh compiler, then the median of repeated compiles.
Prints a Markdown table.

usage: typst-article.py OUTPUT_DIR WORK_DIR [ITERATIONS]
"""
import html.parser
import os
import re
import statistics
import sys
import time

import typst

LOCALES = ["en", "es", "zh-CN", "vi", "ko", "ar"]
SLUG = "neuroblastoma-research"
FONTS = {
    "zh-CN": '("Noto Sans", "Noto Sans CJK SC")',
    "ko": '("Noto Sans", "Noto Sans CJK KR")',
    "ar": '("Noto Sans Arabic", "Noto Sans")',
}


class Article(html.parser.HTMLParser):
    """Collects (kind, text) blocks from <main><article> and the helpline box."""

    def __init__(self):
        super().__init__()
        self.blocks = []
        self.stack = []
        self.text = None
        self.in_article = False
        self.in_toc = False

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "article":
            self.in_article = True
        if tag == "nav" and "toc" in (a.get("class") or ""):
            self.in_toc = True
        if not self.in_article or self.in_toc:
            return
        if tag == "aside":
            self.blocks.append(("box-start", ""))
        if tag in ("h1", "h2", "h3", "h4", "p", "li"):
            self.text = []
            self.stack.append(tag)

    def handle_endtag(self, tag):
        if tag == "nav" and self.in_toc:
            self.in_toc = False
            return
        if tag == "article":
            self.in_article = False
        if not self.in_article and tag != "article":
            return
        if tag == "aside":
            self.blocks.append(("box-end", ""))
        if self.stack and tag == self.stack[-1]:
            self.stack.pop()
            self.blocks.append((tag, "".join(self.text).strip()))
            self.text = None

    def handle_data(self, data):
        if self.text is not None:
            self.text.append(data)


def string(s):
    return '#"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def typst_source(locale, blocks, title):
    rtl = locale == "ar"
    font = FONTS.get(locale, '("Noto Sans", "Noto Sans Arabic")')
    lang = locale.split("-")[0]
    out = [
        f'#set document(title: {string(title)[1:]}, author: "American Cancer Society")',
        '#set page(paper: "us-letter", margin: (x: 56pt, top: 64pt, bottom: 60pt),',
        f'  header: text(8pt, fill: gray)[{string(title)}],',
        '  footer: context align(end, text(8pt, fill: gray)[#counter(page).display("1 / 1", both: true)]))',
        f'#set text(font: {font}, size: 10.5pt, lang: "{lang}", dir: {"rtl" if rtl else "ltr"}, hyphenate: {"true" if lang in ("en", "es") else "false"})',
        "#set par(leading: 0.8em, spacing: 1.1em)",
        '#show heading: set text(fill: rgb("#003366"))',
        "",
    ]
    ordered = 0
    for kind, text in blocks:
        if kind == "box-start":
            out.append('#block(fill: rgb("#ebf3fd"), stroke: rgb("#8caddb"), inset: 10pt, width: 100%)[')
            continue
        if kind == "box-end":
            out.append("]")
            continue
        if not text:
            continue
        if kind == "h1":
            out.append(f"#text(20pt, weight: \"bold\", fill: rgb(\"#003366\"))[{string(text)}]\n")
        elif kind in ("h2", "h3", "h4"):
            out.append("=" * (int(kind[1]) - 1) + " " + string(text) + "\n")
        elif kind == "li":
            out.append("- " + string(text))
        else:
            out.append(string(text) + "\n")
    return "\n".join(out) + "\n"


def main():
    output, work = sys.argv[1], sys.argv[2]
    iterations = int(sys.argv[3]) if len(sys.argv) > 3 else 10
    fonts = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "assets", "fonts")
    os.makedirs(work, exist_ok=True)
    print(f"typst {typst.__version__} (Python binding), same fonts, same translated text")
    print(f"| locale | pages | PDF size | first compile | repeat compile (median of {iterations}) |")
    print("|---|---:|---:|---:|---:|")
    for locale in LOCALES:
        page = os.path.join(output, locale, f"{SLUG}.html")
        parser = Article()
        with open(page, encoding="utf-8") as f:
            parser.feed(f.read())
        title = next((t for k, t in parser.blocks if k == "h1"), SLUG)
        src = os.path.join(work, f"{locale}.typ")
        with open(src, "w", encoding="utf-8") as f:
            f.write(typst_source(locale, parser.blocks, title))
        pdf = os.path.join(work, f"{locale}.pdf")
        t = time.perf_counter()
        compiler = typst.Compiler(src, font_paths=[fonts], ignore_system_fonts=True)
        compiler.compile(output=pdf, pdf_standards=["ua-1"])
        first = time.perf_counter() - t
        times = []
        for _ in range(iterations):
            t = time.perf_counter()
            compiler.compile(output=pdf, pdf_standards=["ua-1"])
            times.append(time.perf_counter() - t)
        with open(pdf, "rb") as f:
            data = f.read()
        pages = len(re.findall(rb"/Type\s*/Page(?![s\w])", data))
        print(f"| {locale} | {pages} | {len(data) / 1024:.1f} KB | {first * 1e3:.0f} ms | {statistics.median(times) * 1e3:.1f} ms |")


if __name__ == "__main__":
    main()
