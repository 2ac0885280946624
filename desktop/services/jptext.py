"""Japanese office text: readings (フリガナ) in katakana, postal codes as 〒123-4567.

No Qt here; client validation uses these when it cleans what was typed.
"""

from __future__ import annotations

import re
import unicodedata

# Hiragana ぁ..ゖ sit 0x60 below katakana ァ..ヶ; the iteration marks ゝゞ pair with ヽヾ.
_TO_KATAKANA = {code: code + 0x60 for code in [*range(0x3041, 0x3097), 0x309D, 0x309E]}
# Half-width katakana (ｱ..ﾝ, ﾞ, ﾟ, ｰ, ･): NFKC widens them and joins ｶﾞ into ガ.
_HALF_WIDTH_KANA = re.compile(r"[\uff65-\uff9f]+")
_POSTAL_CODE = re.compile(r"[0-9]{3}-[0-9]{4}")


def to_katakana(text: str) -> str:
    """A reading as a Japanese form wants it: full-width katakana.

    Hiragana becomes katakana (やまだ → ヤマダ), half-width kana is widened
    (ﾔﾏﾀﾞ → ヤマダ); anything else (spaces, ー, kanji typed by mistake) is
    left as it is, so the check can still point at it.
    """
    widened = _HALF_WIDTH_KANA.sub(lambda m: unicodedata.normalize("NFKC", m.group(0)), text)
    return widened.translate(_TO_KATAKANA)


def postal_mark(code: str) -> str:
    """``123-4567`` as shown and printed: ``〒123-4567``; anything else as it is."""
    return f"〒{code}" if _POSTAL_CODE.fullmatch(code) else code
