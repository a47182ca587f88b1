"""Text extraction: the text poppler's pdftotext extracts from each PDF,
in its reading order, must be the localized article as the HTML page of
the same locale shows it, block by block, in order.

Usage: python3 text.py OUTPUT_DIR LOCALE... (slug neuroblastoma-research)

Reading order: for left-to-right locales `pdftotext -raw`, the order of the
content stream, which folio writes in logical reading order (the order of
the structure tree); poppler's own layout analysis would take two lines of
a justified paragraph for two columns. For right-to-left locales the
default mode, whose bidi pass turns the visual glyph order back into
logical order.

Normalization: Unicode NFC; white space, bidi controls and hyphens
removed (pdftotext drops a hyphen that ends a line, taking it for a
soft one). Words hyphenated by folio carry /ActualText, so they must come
out whole. In right-to-left text poppler orders the pieces of a line by its own
heuristics: brackets and punctuation next to an isolated left-to-right
phrase, the digits of a date, and the segments around a link run come out
where its bidi pass puts them, and it drops the space between a
left-to-right phrase and the next word. So there each block is compared as
its letters and marks, which must be exactly those of one stretch of the
PDF text, blocks in order: every letter and mark must be extracted, in the
right block, nothing else added; the order inside a block is checked
only for left-to-right locales. Left out on purpose: the page's table of
contents, its list of PDFs, the running header and the page numbers. Everything else the
PDF holds beyond the HTML blocks must be a list number, a fallback label
(the HTML's data-note) or the note on the English revision translated.
"""

import html.parser
import re
import subprocess
import sys
import unicodedata

SLUG = "neuroblastoma-research"
BLOCKS = ("h1", "h2", "h3", "h4", "h5", "h6", "p", "li")
BIDI = re.compile("[\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069\u00ad]")


def norm(s, rtl=False):
    s = unicodedata.normalize("NFC", s)
    s = BIDI.sub("", s)
    s = re.sub(r"[\s\-\u2010\u2011]+", "", s)
    if rtl:
        s = "".join(c for c in s if unicodedata.category(c)[0] in "LM")
    return s


class Page(html.parser.HTMLParser):
    """Blocks of <main> and the site footer, minus what the PDF leaves out."""

    def __init__(self):
        super().__init__()
        self.depth = 0  # inside main or footer
        self.skip = []  # stack of tags of skipped containers
        self.blocks = []
        self.cur = None
        self.notes = set()
        self.rtl = False
        self.page_notes = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "html":
            self.rtl = a.get("dir") == "rtl"
        if "page-note" in a.get("class", "").split() and tag in BLOCKS:
            self.depth += 1  # the translation notice above the article
            self.cur = [tag, "", "notice"]
            return
        if tag == "main" or (tag == "footer" and "site-footer" in a.get("class", "")):
            self.depth += 1
        if not self.depth:
            return
        if a.get("data-note"):
            self.notes.add(a["data-note"])
        if self.skip or (tag == "nav" and "toc" in a.get("class", "")) or (
            tag == "section" and "pdfs" in a.get("class", "")
        ):
            self.skip.append(tag)
            return
        if tag in BLOCKS:
            self.cur = [tag, ""]

    def handle_endtag(self, tag):
        if self.skip:
            if self.skip[-1] == tag:
                self.skip.pop()
            return
        if self.cur and tag == self.cur[0]:
            if "notice" in self.cur:
                self.page_notes.append(self.cur[1])
                self.cur = None
                self.depth -= 1
                return
            self.blocks.append(self.cur[1])
            self.cur = None
        if tag in ("main", "footer") and self.depth:
            self.depth -= 1

    def handle_data(self, data):
        if self.cur and not self.skip:
            self.cur[1] += data


def pdf_pages(path, rtl):
    mode = [] if rtl else ["-raw"]
    out = subprocess.run(["pdftotext", *mode, "-enc", "UTF-8", path, "-"],
                         check=True, capture_output=True, text=True).stdout
    return [p for p in out.split("\f") if p.strip()]


def check(output, locale):
    page = Page()
    with open(f"{output}/{locale}/{SLUG}.html", encoding="utf-8") as f:
        page.feed(f.read())
    rtl = page.rtl
    pages = pdf_pages(f"{output}/{locale}/{SLUG}.pdf", rtl)
    header = None
    body = []
    body_raw = []
    for n, text in enumerate(pages, 1):
        lines = [l for l in text.split("\n") if l.strip()]
        # The running header (the same on every page) comes first; the page
        # number line second (-raw: artifacts are drawn first) or last.
        header = header or lines[0]
        if lines[0] != header:
            return [f"page {n}: first line is not the running header: {lines[0]!r}"]
        number = re.compile(rf"(?<!\d){n}(?!\d)")
        if rtl and number.search(lines[-1]):
            del lines[-1]
        elif not rtl and len(lines) > 1 and number.search(lines[1]):
            del lines[1]
        else:
            return [f"page {n}: no page number line"]
        body.append("".join(lines[1:]))
        body_raw.append("\n".join(lines[1:]) + "\n")
    text = norm("".join(body), rtl)
    # The translation notice: under the title in the PDF, above it on the page.
    for note in page.page_notes:
        b = norm(note, rtl)
        if b not in text:
            return [f"the translation notice is not in the PDF: {note!r}"]
        text = text.replace(b, "", 1)
    if rtl:
        return check_words(page, "".join(body_raw))
    problems = []
    at = 0
    leftovers = []
    for block in page.blocks:
        b = norm(block, rtl)
        if not b:
            continue
        i = text.find(b, at)
        if i < 0:
            near = text[at:at + 60]
            problems.append(f"not in the PDF (in order): {block.strip()[:90]!r}; the PDF goes on with {near!r}")
            continue
        leftovers.append(text[at:i])
        at = i + len(b)
    leftovers.append(text[at:])
    allowed = [re.escape(norm(n, rtl)) for n in page.notes] + [r"\d+\.?"]
    for left in leftovers:
        rest = left
        if is_translation_note(rest):
            continue
        for pattern in allowed:
            rest = re.sub(pattern, "", rest)
        if rest:
            problems.append(f"in the PDF but not in the page: {rest[:90]!r}")
    if "\u00ad" in "".join(pages):
        problems.append("a soft hyphen in the extracted text")
    return problems


def letters(s):
    s = BIDI.sub("", unicodedata.normalize("NFC", s))
    return "".join(c for c in s if unicodedata.category(c)[0] in "LM")


def find_stretch(text, want, start):
    """First i >= start where text[i:i+len(want)] has the letters of want."""
    from collections import Counter

    n = len(want)
    if n == 0 or len(text) - start < n:
        return None
    need = Counter(want)
    have = Counter(text[start:start + n])
    diff = sum(((have - need) + (need - have)).values())
    i = start
    while True:
        if diff == 0:
            return i
        if i + n >= len(text):
            return None
        out, inn = text[i], text[i + n]
        for ch, d in ((out, -1), (inn, 1)):
            before = abs(have[ch] - need[ch])
            have[ch] += d
            diff += abs(have[ch] - need[ch]) - before
        i += 1


def check_words(page, body):
    """Right-to-left: each block's letters are those of the next stretch of
    the PDF's letters (leftovers between blocks: labels, list numbers, the
    translation note)."""
    pdf = letters(body)
    for note in page.page_notes:
        n = letters(note)
        i = find_stretch(pdf, n, 0)
        if i is None:
            return [f"the translation notice is not in the PDF: {note!r}"]
        pdf = pdf[:i] + pdf[i + len(n):]
    allowed = [letters(n) for n in page.notes]
    problems = []
    at = 0
    leftovers = []
    for block in page.blocks:
        want = letters(block)
        if not want:
            continue
        found = find_stretch(pdf, want, at)
        if found is None:
            problems.append(f"not in the PDF (in order): {block.strip()[:90]!r}")
            continue
        leftovers.append(pdf[at:found])
        at = found + len(want)
    leftovers.append(pdf[at:])
    for left in leftovers:
        for a in allowed:
            left = left.replace(a, "")
        # The note on the English revision translated (PDF only).
        if len(left) > 80:
            problems.append(f"in the PDF but not in the page: {left[:90]!r}")
    return problems


def is_translation_note(s):
    # "Translated from the English article revised on <date>." (PDF only):
    # one sentence with a year in it.
    return len(s) < 120 and re.search(r"20\d\d", s) is not None and s.count(".") <= 2


def main(output, locales):
    failed = 0
    for loc in locales:
        problems = check(output, loc)
        print(f"{'FAIL' if problems else 'ok'} {loc}: PDF text "
              f"{'differs from' if problems else 'equals'} the page's text")
        for p in problems[:15]:
            print("  " + p)
        failed += bool(problems)
    print(f"{len(locales) - failed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2:]))
