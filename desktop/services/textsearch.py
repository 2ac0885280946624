"""Search keys for the client search box, so a person finds a client however they type.

Names, phone numbers and addresses reach the ledger in whatever form the client
or the IME produced: ヤマダ, やまだ or ﾔﾏﾀﾞ; ０９０ー１２３４ー５６７８ or 09012345678;
ＹＡＭＡＤＡ@example.jp. ``fold`` maps all of these to one key: NFKC for width
(which also joins half-width ｶﾞ into ガ), casefold for case, hiragana to
katakana, and separators (spaces, hyphens and dashes, the middle dot between
parts of a foreign name) dropped. The long vowel mark ー is kept because it
belongs to kana names (ルーカス), except between two digits, where it is the
hyphen an IME in kana mode types in a phone number or postal code.

Words stay apart: a term matches within one word of a field (ヤマダ, タロウ), or
from the start of a field across its words (ヤマダタロウ for "ヤマダ タロウ", the
family name then the given name), never across a word boundary from the middle,
so "やまだ" does not find ヨコヤマ ダイキ. The key keeps each word between
``_WORD`` marks, and each field of several words once more as ``_START`` followed
by its characters with ``_GAP`` between them; a term carries that spelled-out
form too (``Term.anchored``), which can only match at such a start.

For a large table, compute ``row_key`` once per row and ``query_terms`` once
per keystroke; ``key_matches`` is then one or two substring tests per term and row.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

# Hiragana ぁ..ゖ sit exactly 0x60 below katakana ァ..ヶ (this includes ゔ/ヴ and
# the small kana); the iteration marks ゝゞ pair with ヽヾ the same way.
_HIRAGANA_TO_KATAKANA: dict[int, int] = {
    code: code + 0x60 for code in [*range(0x3041, 0x3097), 0x309D, 0x309E]
}

# What is left of separators after NFKC: full-width －, small ﹣ and the
# non-breaking hyphen have become "-" or ‐, and the half-width ･ has become ・.
_SEPARATORS = (
    "-"  # hyphen-minus
    "\u2010"  # hyphen
    "\u2011"  # non-breaking hyphen
    "\u2012"  # figure dash
    "\u2013"  # en dash
    "\u2014"  # em dash
    "\u2015"  # horizontal bar
    "\u2043"  # hyphen bullet
    "\u2212"  # minus sign
    "\u30fb"  # katakana middle dot, as in ジョン・スミス
    "\u00b7"  # middle dot
)

_FOLD_TABLE: dict[int, int | None] = {
    **_HIRAGANA_TO_KATAKANA,
    **dict.fromkeys(map(ord, _SEPARATORS)),
}

_LONG_VOWEL_BETWEEN_DIGITS = re.compile(r"(?<=[0-9])ー+(?=[0-9])")

# Control characters: fold() never leaves them in a term, so a term cannot match across them.
_WORD, _START, _GAP = "\x00", "\x01", "\x02"


class Term(str):
    """A folded search term; ``anchored`` is its form that matches from the start of a field."""

    anchored: str

    def __new__(cls, folded: str) -> Term:
        term = super().__new__(cls, folded)
        term.anchored = _START + _GAP.join(folded)
        return term


def fold(text: str) -> str:
    """The search key of ``text``: width, case, kana and separators folded away."""
    folded = unicodedata.normalize("NFKC", text).casefold().translate(_FOLD_TABLE)
    folded = _LONG_VOWEL_BETWEEN_DIGITS.sub("", folded)
    # str.split() knows every Unicode space, including ideographic U+3000.
    return "".join(folded.split())


def row_key(*fields: str | None) -> str:
    """The search key of a row's fields, computed once per row; None and "" are skipped.

    A name given as family then given name ("ヤマダ タロウ") also matches typed as
    one word (ヤマダタロウ), but only from the family name's start.
    """
    parts = []
    for field in fields:
        words = [word for word in (fold(word) for word in field.split()) if word] if field else []
        parts.extend(words)
        if len(words) > 1:
            parts.append(_START + _GAP.join("".join(words)))
    return _WORD.join(parts)


def joined_key(*keys: str) -> str:
    """Keys that :func:`row_key` made of single fields, joined as ``row_key(*fields)`` would
    be: a table whose rows repeat fields (recipients, data items) keys each field once."""
    return _WORD.join(key for key in keys if key)


def query_terms(query: str) -> tuple[Term, ...]:
    """The folded whitespace-separated terms of ``query``, without those that fold to nothing."""
    terms = (fold(term) for term in query.split())
    return tuple(Term(term) for term in terms if term)


def term_matches(key: str, term: Term) -> bool:
    """Whether ``term`` occurs within a word of ``key`` or from the start of a field."""
    return term in key or term.anchored in key


def key_matches(key: str, terms: Iterable[Term]) -> bool:
    """Whether every term matches ``key`` (see ``term_matches``); no terms match every row."""
    return all(term in key or term.anchored in key for term in terms)


def matches(query: str, *fields: str | None) -> bool:
    """Whether each term of ``query`` occurs in the folded fields (one-off use; see ``row_key``)."""
    return key_matches(row_key(*fields), query_terms(query))
