"""PDF/UA-1 validation of folio's PDFs with page-validation 0.11.0, plus a
check of every /W width against the embedded font program.

Usage: python3 ua.py FILE.pdf...

page-validation 0.11.0 mis-reads the advance widths of CID-keyed CFF
glyphs (it takes defaultWidthX when a charstring starts with hmoveto,
vmoveto or a subroutine call) and then reports FONT-GLYPH-WIDTH-001 for
correct /W entries. That one rule is ignored, and only for
CIDFontType0C fonts (FontFile3 /Subtype /CIDFontType0C); in its place
this script compares every /W entry of every font with the advance
fontTools reads from the embedded font program, so a real width error
still fails. Exit status 1 when any file fails.
"""

import io
import re
import sys

import page
import pikepdf
from fontTools.ttLib import TTFont
from fontTools.cffLib import CFFFontSet

IGNORED_FOR_CFF = "PDFUA1-FONT-GLYPH-WIDTH-001"
FONT_OBJECT = re.compile(r"font object (\d+) (\d+) ")


def cid_fonts(pdf):
    """(name, CIDFont dict) for every descendant font of every Type0 font."""
    seen = set()
    for page_obj in pdf.pages:
        fonts = page_obj.obj.get("/Resources", {}).get("/Font", {})
        for _, font in fonts.items():
            if font.get("/Subtype") != "/Type0":
                continue
            desc = font["/DescendantFonts"][0]
            # Descendant fonts may be direct objects (objgen (0, 0)).
            key = font.objgen if font.objgen != (0, 0) else str(font.get("/BaseFont"))
            if key in seen:
                continue
            seen.add(key)
            yield str(font.get("/BaseFont")), desc


def w_entries(w):
    """Yields (cid, width) from a /W array."""
    i = 0
    items = list(w)
    while i < len(items):
        first = int(items[i])
        nxt = items[i + 1]
        if isinstance(nxt, pikepdf.Array):
            for k, width in enumerate(nxt):
                yield first + k, float(width)
            i += 2
        else:
            last = int(nxt)
            width = float(items[i + 2])
            for cid in range(first, last + 1):
                yield cid, width
            i += 3


def program_widths(desc):
    """(kind, {gid: advance in 1/1000 em}) from the embedded font program."""
    fd = desc["/FontDescriptor"]
    if "/FontFile2" in fd:
        font = TTFont(io.BytesIO(bytes(fd["/FontFile2"].read_bytes())))
        upem = font["head"].unitsPerEm
        order = font.getGlyphOrder()
        return "TrueType", {
            gid: font["hmtx"][name][0] * 1000.0 / upem for gid, name in enumerate(order)
        }
    if "/FontFile3" in fd:
        stream = fd["/FontFile3"]
        data = bytes(stream.read_bytes())
        kind = str(stream.get("/Subtype"))
        if kind == "/OpenType":
            font = TTFont(io.BytesIO(data))
            upem = font["head"].unitsPerEm
            order = font.getGlyphOrder()
            return "OpenType", {
                gid: font["hmtx"][name][0] * 1000.0 / upem
                for gid, name in enumerate(order)
            }
        cff = CFFFontSet()
        cff.decompile(io.BytesIO(data), None)
        top = cff[cff.fontNames[0]]
        strings = top.CharStrings
        widths = {}
        for gid, name in enumerate(top.charset):
            cs = strings[name]
            # CID-keyed: glyph names are "cidNNNNN", keyed by CID.
            key = int(name[3:]) if name.startswith("cid") and name[3:].isdigit() else gid
            cs.decompile()
            # The charstring's width operand, else the private nominal
            # rules: fontTools resolves both in cs.width after drawing.
            from fontTools.pens.boundsPen import BoundsPen

            cs.draw(BoundsPen(strings))
            fm = top.FontMatrix[0] if hasattr(top, "FontMatrix") else 0.001
            widths[key] = cs.width * fm * 1000.0
        return "CIDFontType0C", widths
    return None, {}


def check_widths(pdf):
    """Problems where /W differs from the font program by more than 1 unit."""
    problems = []
    checked = 0
    for name, desc in cid_fonts(pdf):
        kind, widths = program_widths(desc)
        if kind is None:
            problems.append(f"{name}: no embedded font program")
            continue
        for cid, width in w_entries(desc.get("/W", [])):
            checked += 1
            gid = cid  # TrueType: Identity CIDToGIDMap; CFF: keyed by CID above
            if gid not in widths:
                problems.append(f"{name}: CID {cid} not in the font program")
            elif abs(widths[gid] - width) > 1.0:
                problems.append(
                    f"{name}: CID {cid} /W {width:g} but the font program says {widths[gid]:g}"
                )
    return problems, checked


def is_cff_font(pdf, failure):
    """True when the failure names a font object whose program is CID-keyed CFF."""
    m = FONT_OBJECT.search(failure.message)
    if not m:
        return False
    try:
        font = pdf.get_object((int(m.group(1)), int(m.group(2))))
    except Exception:  # noqa: BLE001 - an unknown object is not a CFF font
        return False
    candidates = [font]
    if font.get("/Subtype") == "/Type0":
        candidates = list(font.get("/DescendantFonts", []))
    for f in candidates:
        fd = f.get("/FontDescriptor")
        if fd is not None and "/FontFile3" in fd and fd["/FontFile3"].get("/Subtype") == "/CIDFontType0C":
            return True
    return False


def main(paths):
    failed = 0
    for path in paths:
        report = page.validate_pdf(path, profile="ua1")
        failures = []
        ignored = 0
        with pikepdf.open(path) as pdf:
            width_problems, checked = check_widths(pdf)
            for f in report.failures:
                if f.rule_id == IGNORED_FOR_CFF and is_cff_font(pdf, f):
                    ignored += 1
                else:
                    failures.append(f)
        if checked == 0:
            width_problems.append("no /W entries found to check")
        bad = failures or width_problems
        status = "FAIL" if bad else "ok"
        note = f"; {ignored} CFF width report(s) replaced by the /W check" if ignored else ""
        print(f"{status} {path}: {len(failures)} validator failures, "
              f"{len(width_problems)} of {checked} /W entries differ from the font program{note}")
        for f in failures[:40]:
            print(f"  {f.rule_id}: {f.message}")
        for p in width_problems[:40]:
            print(f"  /W: {p}")
        failed += bool(bad)
    print(f"{len(paths) - failed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
