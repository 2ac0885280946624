"""Read back the text of a PDF this program wrote, without any outside tool.

Enough for the PDFs Qt's QPdfWriter makes (Type0 fonts, Identity-H, one
ToUnicode map per font, text drawn as ``<hex> Tj``): the self-test checks a
rendered page with it on PCs that have no ``pdftotext``. Not a general PDF
parser: other producers' files may read back incompletely.
"""

from __future__ import annotations

import re
import zlib

_OBJECT = re.compile(rb"(\d+) 0 obj(.*?)endobj", re.DOTALL)
_STREAM = re.compile(rb"stream\r?\n(.*?)\r?\nendstream", re.DOTALL)
_FONT_DICT = re.compile(rb"/Font\s*<<(.*?)>>", re.DOTALL)
_FONT_ENTRY = re.compile(rb"/([A-Za-z0-9_.+-]+)\s+(\d+)\s+0\s+R")
_TO_UNICODE = re.compile(rb"/ToUnicode\s+(\d+)\s+0\s+R")
_CONTENTS = re.compile(rb"/Contents\s+(\d+)\s+0\s+R")
_HEX = rb"<([0-9A-Fa-f]+)>"
_BFCHAR = re.compile(rb"^" + _HEX + rb"\s+" + _HEX + rb"\s*$", re.MULTILINE)
_BFRANGE = re.compile(rb"^" + _HEX + rb"\s+" + _HEX + rb"\s+(<[0-9A-Fa-f]+>|\[.*?\])\s*$", re.M)
_TOKENS = re.compile(rb"/([A-Za-z0-9_.+-]+)\s+[\d.]+\s+Tf|<([0-9A-Fa-f]*)>|\b(BT|ET)\b")


def _objects(pdf: bytes) -> dict[int, bytes]:
    return {int(match.group(1)): match.group(2) for match in _OBJECT.finditer(pdf)}


def _stream(body: bytes) -> bytes:
    found = _STREAM.search(body)
    if found is None:
        return b""
    data = found.group(1)
    if b"/FlateDecode" in body[: found.start()]:
        return zlib.decompress(data)
    return data


def _text_of(hex_code: bytes) -> str:
    raw = bytes.fromhex(hex_code.decode("ascii"))
    return raw.decode("utf-16-be", errors="replace")


def _cmap(data: bytes) -> dict[int, str]:
    """Glyph code → text, from a ToUnicode CMap's bfchar and bfrange lines."""
    mapping: dict[int, str] = {}
    for source, target in _BFCHAR.findall(data):
        mapping[int(source, 16)] = _text_of(target)
    for low, high, target in _BFRANGE.findall(data):
        first, last = int(low, 16), int(high, 16)
        if target.startswith(b"["):
            for offset, code in enumerate(re.findall(_HEX, target)):
                mapping[first + offset] = _text_of(code)
        else:
            start = int(target[1:-1], 16)
            for offset in range(last - first + 1):
                mapping[first + offset] = chr(start + offset)
    return mapping


def extract_text(pdf: bytes) -> str:
    """The text drawn on every page, in drawing order; one line per text block (BT … ET)."""
    objects = _objects(pdf)
    fonts: dict[bytes, dict[int, str]] = {}
    for body in objects.values():
        for font_dict in _FONT_DICT.findall(body):
            for name, number in _FONT_ENTRY.findall(font_dict):
                font = objects.get(int(number), b"")
                if found := _TO_UNICODE.search(font):
                    fonts[name] = _cmap(_stream(objects.get(int(found.group(1)), b"")))
    lines: list[str] = []
    for body in objects.values():
        if b"/Type /Page\n" not in body and b"/Type /Page " not in body:
            continue
        contents = _CONTENTS.search(body)
        if contents is None:
            continue
        current: dict[int, str] = {}
        line = ""
        for font, hex_code, operator in _TOKENS.findall(_stream(objects[int(contents[1])])):
            if font:
                current = fonts.get(font, {})
            elif operator:
                if line:
                    lines.append(line)
                line = ""
            else:
                for index in range(0, len(hex_code) - 3, 4):
                    line += current.get(int(hex_code[index : index + 4], 16), "")
        if line:
            lines.append(line)
    return "\n".join(lines)
