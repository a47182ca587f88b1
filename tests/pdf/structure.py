"""Reads the structure tree of folio's PDFs back (pikepdf) and checks it
against the page content and the article.

Usage: python3 structure.py OUTPUT_DIR LOCALE...

Per PDF:
- every text-showing operator lies inside a marked-content sequence with
  an MCID or inside an /Artifact: no text outside both the tree and
  artifacts;
- every MCID on every page is referenced by exactly one structure element
  (through the element's /Pg or an MCR), and every reference points at an
  MCID that exists;
- every /Link element holds an OBJR to a link annotation whose
  /StructParent leads back to it, and every annotation has /Contents;
- the sequence of heading elements (H1-H6) and their text equals the
  headings of the locale's HTML page (for right-to-left text, whose glyphs
  are stored in visual order, the same letters);
- the document has /MarkInfo /Marked true, a /Lang, XMP metadata with
  pdfuaid:part 1, and every page has /Tabs /S.
"""

import html.parser
import re
import sys
import unicodedata
from collections import Counter

import pikepdf

SLUG = "neuroblastoma-research"


class Headings(html.parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.main = False
        self.skip = 0
        self.cur = None
        self.out = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "main":
            self.main = True
        if not self.main:
            return
        if tag in ("nav", "section") and ("toc" in a.get("class", "") or "pdfs" in a.get("class", "")):
            self.skip += 1
        if not self.skip and re.fullmatch(r"h[1-6]", tag):
            self.cur = [tag.upper(), ""]

    def handle_endtag(self, tag):
        if tag == "main":
            self.main = False
        if tag in ("nav", "section") and self.skip:
            self.skip -= 1
        if self.cur and tag.upper() == self.cur[0]:
            self.out.append((self.cur[0], self.cur[1]))
            self.cur = None

    def handle_data(self, data):
        if self.cur:
            self.cur[1] += data


def to_unicode(font):
    """glyph code -> text, from the font's /ToUnicode bfchar/bfrange."""
    m = {}
    if "/ToUnicode" not in font:
        return m
    cmap = font.ToUnicode.read_bytes().decode("latin-1")
    for block in re.findall(r"beginbfchar(.*?)endbfchar", cmap, re.S):
        for src, dst in re.findall(r"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]*)>", block):
            m[int(src, 16)] = bytes.fromhex(dst).decode("utf-16-be") if dst else ""
    for block in re.findall(r"beginbfrange(.*?)endbfrange", cmap, re.S):
        for a, b, dst in re.findall(r"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>", block):
            base = int(dst, 16)
            for k, code in enumerate(range(int(a, 16), int(b, 16) + 1)):
                m[code] = chr(base + k)
    return m


def decode(s, cmap):
    b = bytes(s)
    return "".join(cmap.get(int.from_bytes(b[i:i + 2], "big"), "") for i in range(0, len(b) - 1, 2))


def page_marks(page, problems, label):
    """{mcid: text} of a page; records text outside MCIDs and artifacts."""
    fonts = {}
    for name, font in page.Resources.get("/Font", {}).items():
        fonts[name] = to_unicode(font)
    stack = []  # per open marked content: ("mcid", n) / ("artifact",) / ("span", actual)
    texts = {}
    cmap = {}
    for operands, op in pikepdf.parse_content_stream(page):
        op = str(op)
        if op in ("BDC", "BMC"):
            tag = str(operands[0])
            props = operands[1] if op == "BDC" and len(operands) > 1 else None
            if tag == "/Artifact":
                stack.append(("artifact",))
            elif isinstance(props, pikepdf.Dictionary) and "/MCID" in props:
                mcid = int(props.MCID)
                if mcid in texts:
                    problems.append(f"{label}: MCID {mcid} used twice")
                texts[mcid] = ""
                stack.append(("mcid", mcid))
            elif isinstance(props, pikepdf.Dictionary) and "/ActualText" in props:
                stack.append(("span", str(props.ActualText)))
                mcid = next((e[1] for e in reversed(stack) if e[0] == "mcid"), None)
                if mcid is not None and not any(e[0] == "span" for e in stack[:-1]):
                    texts[mcid] += str(props.ActualText)
            else:
                stack.append(("other",))
        elif op == "EMC":
            if stack:
                stack.pop()
        elif op == "Tf":
            cmap = fonts.get(str(operands[0]), {})
        elif op in ("Tj", "TJ", "'", '"'):
            kinds = [e[0] for e in stack]
            if "artifact" in kinds:
                continue
            if "mcid" not in kinds:
                problems.append(f"{label}: text outside the structure tree and artifacts")
                continue
            if "span" in kinds:
                continue  # its /ActualText stands for it
            mcid = next(e[1] for e in reversed(stack) if e[0] == "mcid")
            arg = operands[-1]
            parts = arg if isinstance(arg, pikepdf.Array) else [arg]
            for p in parts:
                if isinstance(p, pikepdf.String):
                    texts[mcid] += decode(p, cmap)
    return texts


def letters(s):
    return Counter(c for c in unicodedata.normalize("NFC", s) if unicodedata.category(c)[0] in "LM")


def check(output, locale):
    problems = []
    path = f"{output}/{locale}/{SLUG}.pdf"
    heads = Headings()
    with open(f"{output}/{locale}/{SLUG}.html", encoding="utf-8") as f:
        src = f.read()
    heads.feed(src)
    rtl = re.search(r'<html[^>]*dir="rtl"', src) is not None
    with pikepdf.open(path) as pdf:
        root = pdf.Root
        if not root.get("/MarkInfo", {}).get("/Marked", False):
            problems.append("no /MarkInfo /Marked true")
        if "/Lang" not in root:
            problems.append("no /Lang")
        xmp = root.Metadata.read_bytes().decode("utf-8") if "/Metadata" in root else ""
        if "<pdfuaid:part>1</pdfuaid:part>" not in xmp:
            problems.append("no pdfuaid:part 1 in the XMP metadata")
        pages = {}
        marks = {}
        for n, page in enumerate(pdf.pages):
            if page.obj.get("/Tabs") != "/S":
                problems.append(f"page {n + 1}: no /Tabs /S")
            pages[page.obj.objgen] = n
            marks[n] = page_marks(page, problems, f"page {n + 1}")
        refs = Counter()
        headings = []
        links = 0

        def text_of(elem, pg):
            out = ""
            kids = elem.get("/K")
            if kids is None:
                return out
            kids = kids if isinstance(kids, pikepdf.Array) else [kids]
            for k in kids:
                if isinstance(k, int):
                    refs[(pg, int(k))] += 1
                    out += marks.get(pg, {}).get(int(k), "")
                elif isinstance(k, pikepdf.Dictionary) and k.get("/Type") == "/MCR":
                    p = pages[k.Pg.objgen]
                    refs[(p, int(k.MCID))] += 1
                    out += marks.get(p, {}).get(int(k.MCID), "")
                elif isinstance(k, pikepdf.Dictionary) and k.get("/Type") == "/OBJR":
                    annot = k.Obj
                    if annot.get("/Subtype") != "/Link":
                        problems.append("an OBJR to something else than a link")
                    elif "/Contents" not in annot:
                        problems.append("a link annotation without /Contents")
                    key = annot.get("/StructParent")
                    nums = list(root.StructTreeRoot.ParentTree.Nums)
                    back = dict(zip([int(x) for x in nums[0::2]], nums[1::2]))
                    if key is None or back.get(int(key)) is None or back[int(key)].objgen != elem.objgen:
                        problems.append("a link annotation whose /StructParent does not lead back")
                elif isinstance(k, pikepdf.Dictionary):
                    kpg = pages.get(k.Pg.objgen, pg) if "/Pg" in k else pg
                    out += walk(k, kpg)
            return out

        def walk(elem, pg):
            nonlocal links
            role = str(elem.get("/S", ""))
            if role == "/Link":
                links += 1
            text = text_of(elem, pg)
            if re.fullmatch(r"/H[1-6]", role):
                headings.append((role[1:], text))
            return text

        top = root.StructTreeRoot.K
        walk(top, pages.get(top.Pg.objgen, 0) if "/Pg" in top else 0)
        for n, ms in marks.items():
            for mcid in ms:
                c = refs.get((n, mcid), 0)
                if c != 1:
                    problems.append(f"page {n + 1}: MCID {mcid} referenced {c} times")
        for (n, mcid), c in refs.items():
            if mcid not in marks.get(n, {}):
                problems.append(f"page {n + 1}: the tree refers to MCID {mcid}, which the page lacks")
        if links == 0:
            problems.append("no Link elements")
    want = [(h, re.sub(r"\s+", " ", t).strip()) for h, t in heads.out]
    got = [(h, re.sub(r"\s+", " ", t).strip()) for h, t in headings]
    if [h for h, _ in want] != [h for h, _ in got]:
        problems.append(f"heading levels differ: page {[h for h, _ in want]} vs PDF {[h for h, _ in got]}")
    else:
        for (h, w), (_, g) in zip(want, got):
            same = letters(w) == letters(g) if rtl else re.sub(r"[\u2066-\u2069]", "", w) == g
            if not same:
                problems.append(f"{h}: page has {w!r}, PDF has {g!r}")
    return problems, len(got), sum(len(m) for m in marks.values())


def main(output, locales):
    failed = 0
    for loc in locales:
        problems, headings, mcids = check(output, loc)
        print(f"{'FAIL' if problems else 'ok'} {loc}: {headings} headings as in the page, "
              f"{mcids} MCIDs each referenced once, no untagged text")
        for p in problems[:15]:
            print("  " + p)
        failed += bool(problems)
    print(f"{len(locales) - failed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2:]))
