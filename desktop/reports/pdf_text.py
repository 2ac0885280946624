"""Make Japanese text copied or searched from Qt's PDFs come out as the characters printed.

Qt writes each font's ToUnicode map by asking the font which code point a
glyph has, taking the lowest. Japanese fonts share one glyph between a common
kanji and its Kangxi radical (山 U+5C71 and ⼭ U+2F2D), between the katakana
middle dot and the hyphenation point, and so on, so "山田" is extracted as
"⼭⽥": it looks right, yet search, copy and text checks fail (the same bug as
wkhtmltopdf issue 4414). The map is plain text in the PDF and every fix
swaps one 4-digit hex code for another, so the file keeps its byte offsets.
"""

from __future__ import annotations

import re
import unicodedata

_CMAP = re.compile(rb"begincmap\n.*?endcmap", re.DOTALL)
# Qt writes one mapping per line: "<src> <dst>" (bfchar), "<lo> <hi> <dst>" and
# "<lo> <hi> [<dst> <dst> ...]" (bfrange).
_RANGE_ARRAY = re.compile(rb"^(<[0-9A-Fa-f]+> <[0-9A-Fa-f]+> )\[(.*)\]$")
_SINGLE_RANGE = re.compile(rb"^(<([0-9A-Fa-f]+)> <([0-9A-Fa-f]+)> )<([0-9A-Fa-f]{4})>$")
_CHAR = re.compile(rb"^(<[0-9A-Fa-f]+> )<([0-9A-Fa-f]{4})>$")
_CODE = re.compile(rb"<([0-9A-Fa-f]{4})>")

_PUNCTUATION = {
    0x0009: 0x0020,  # tab -> space
    0x2003: 0x3000,  # em space -> ideographic space
    0x2012: 0x2013,  # figure dash -> en dash
    0x2027: 0x30FB,  # hyphenation point -> katakana middle dot
    0x2035: 0xFF40,  # reversed prime -> fullwidth grave accent
    0x2215: 0xFF0F,  # division slash -> fullwidth solidus
    0x2329: 0x3008,  # angle brackets -> CJK angle brackets
    0x232A: 0x3009,
    0x02BB: 0x2018,  # modifier letter turned comma -> left single quotation mark
}
# Radicals of the supplement that NFKC leaves alone, and one old form, whose glyph the
# Japanese fonts share with a common kanji of names and addresses (西田, 青木, 戸田).
_IDEOGRAPHS = {
    0x2EA0: 0x6C11,  # civilian -> 民
    0x2EC4: 0x897F,  # west -> 西
    0x2ED1: 0x9577,  # long -> 長
    0x2ED8: 0x9752,  # blue -> 青
    0x2EDD: 0x98DF,  # eat -> 食
    0x2EE3: 0x9AA8,  # bone -> 骨
    0x2EE4: 0x9B3C,  # ghost -> 鬼
    0x2EE9: 0x9EC4,  # yellow -> 黄
    0x2EEB: 0x6589,  # even -> 斉
    0x2EED: 0x6B6F,  # tooth -> 歯
    0x2EEF: 0x7ADC,  # dragon -> 竜
    0x2EF2: 0x4E80,  # turtle -> 亀
    0x6236: 0x6238,  # 戶 -> 戸 (door, as Japanese writes it)
}


def _preferred(code: int) -> int:
    """The code point a Japanese document means when the font gave ``code``."""
    if code in _IDEOGRAPHS:
        return _IDEOGRAPHS[code]
    if 0x2E80 <= code <= 0x2FDF:  # CJK radicals supplement, Kangxi radicals
        normal = unicodedata.normalize("NFKC", chr(code))
        if len(normal) == 1:
            return ord(normal)
        return code
    return _PUNCTUATION.get(code, code)


def _fix_code(match: re.Match[bytes]) -> bytes:
    code = int(match.group(1), 16)
    return b"<%04X>" % _preferred(code) if _preferred(code) != code else match.group(0)


def _fix_line(line: bytes) -> bytes:
    if found := _RANGE_ARRAY.match(line):
        return found.group(1) + b"[" + _CODE.sub(_fix_code, found.group(2)) + b"]"
    if (found := _SINGLE_RANGE.match(line)) and found.group(2) == found.group(3):
        return found.group(1) + _CODE.sub(_fix_code, line[len(found.group(1)) :])
    if found := _CHAR.match(line):
        return found.group(1) + _CODE.sub(_fix_code, line[len(found.group(1)) :])
    return line


def _fix_cmap(match: re.Match[bytes]) -> bytes:
    return b"\n".join(_fix_line(line) for line in match.group(0).split(b"\n"))


def repair_text_map(pdf: bytes) -> bytes:
    """``pdf`` with the preferred code point for every ambiguous glyph; same length."""
    repaired = _CMAP.sub(_fix_cmap, pdf)
    assert len(repaired) == len(pdf)  # offsets in the cross-reference table stay valid
    return repaired
