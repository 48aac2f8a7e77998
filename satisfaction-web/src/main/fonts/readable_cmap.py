"""Makes the bundled Noto Sans SC's text copy out of a PDF as typed (run with python3-fonttools).

Where one glyph stands for several code points (户 U+6237 and the Kangxi radical ⼾ U+2F3E; – U+2013 and the figure
dash ‒ U+2012), PDFBox 3.0's ToUnicode map names the lowest code point, so the PDF's text reads ⼾ where it shows 户
and search for 客户 fails. This drops, from every cmap subtable, the code points below the CJK unified ideograph that
shares their glyph (radicals, strokes, compatibility forms) and the figure dash; glyphs, outlines and metrics stay.

    python3 readable_cmap.py NotoSansSC_400Regular.ttf ../resources/fonts/NotoSansSC-Regular.ttf
"""
import sys
from collections import defaultdict

from fontTools.ttLib import TTFont


def unified(code):
    return 0x3400 <= code <= 0x4DBF or 0x4E00 <= code <= 0x9FFF or 0x20000 <= code <= 0x2FFFF


def dropped(cmap):
    by_glyph = defaultdict(list)
    for code, glyph in cmap.items():
        by_glyph[glyph].append(code)
    drop = {0x2012}
    for codes in by_glyph.values():
        ideographs = sorted(c for c in codes if unified(c))
        if ideographs:
            drop.update(c for c in codes if c < ideographs[0])
    return drop


def main(source, target):
    font = TTFont(source)
    drop = dropped(font.getBestCmap())
    for table in font['cmap'].tables:
        if hasattr(table, 'cmap') and table.format != 14:
            for code in drop:
                table.cmap.pop(code, None)
    font.save(target)
    print(f"dropped {len(drop)} code points")


if __name__ == '__main__':
    main(sys.argv[1], sys.argv[2])
