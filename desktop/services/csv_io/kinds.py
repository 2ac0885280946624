"""What a register declares to be exported and imported, and how columns find their fields.

A register (clients, consents, ...) declares an :class:`ExportKind` and/or an
:class:`ImportKind` in its own module and adds them with one line each to
``registry.py``. Headings are file content, not interface text: each field
carries its English and Japanese heading, and aliases (other headings offices
use in their own Excel lists) from which :func:`guess_mapping` assigns a
file's columns to fields.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Any

from sqlalchemy.orm import Session

from ..permissions import Actor, Permission
from .errors import FieldTwice, MissingColumns, UnknownField, UnknownHeading

if TYPE_CHECKING:
    from ..ledger import Ledger

#: a row of an import: field key → the text of its cell ("" when empty)
Row = Mapping[str, str]
#: heading of the file → field key ("" for a column that is not imported)
ColumnMapping = dict[str, str]
LANGUAGES = ("ja", "en")


@dataclass(frozen=True)
class Field:
    """One column: its key (``--map`` and the code use it), headings, and other names for it."""

    key: str
    en: str
    ja: str
    aliases: tuple[str, ...] = ()

    def heading(self, language: str) -> str:
        return self.ja if language == "ja" else self.en

    def names(self) -> Iterable[str]:
        yield from (self.key, self.en, self.ja, *self.aliases)


@dataclass(frozen=True)
class ExportOptions:
    """What to export: headings' language, a date range, and a purpose (a mailing list)."""

    language: str = "ja"
    date_from: date | None = None
    date_to: date | None = None
    purpose: int | None = None


@dataclass(frozen=True)
class ExportKind:
    """A register as rows of text, one per record, in the order of ``fields``.

    ``rows`` runs with the permission already checked; ``by_date`` says which date
    the range filters ("" when the register has no date range) and ``by_purpose``
    whether it can be limited to the records with a purpose of use.
    """

    name: str
    fields: tuple[Field, ...]
    personal: bool
    permission: Permission
    rows: Callable[[Ledger, Actor, ExportOptions], Iterable[Sequence[str]]]
    by_date: str = ""
    by_purpose: bool = False

    def headings(self, language: str) -> list[str]:
        return [f.heading(language) for f in self.fields]


@dataclass(frozen=True)
class ImportKind:
    """Rows of a file turned into records through the register's own service rules.

    ``parser(session)`` loads what checking needs once (purposes, say) and returns
    a function from a row to the service's input, raising the service's own
    ValidationError for a row it refuses. ``insert(session, actor, inputs)`` adds
    them all in the caller's transaction. ``required`` lists groups of fields of
    which the file must have at least one each; ``splits`` names fields whose cell
    holds two parts (a full name: family and given name); ``error_fields`` maps
    a ValidationError's field to the import field it came from.
    """

    name: str
    fields: tuple[Field, ...]
    permission: Permission
    parser: Callable[[Session], Callable[[Row], Any]]
    insert: Callable[[Session, Actor, list[Any]], object]
    required: tuple[tuple[str, ...], ...] = ()
    splits: Mapping[str, tuple[str, str]] = field(default_factory=dict)
    error_fields: Mapping[str, str] = field(default_factory=dict)

    def field_named(self, key: str) -> Field | None:
        return next((f for f in self.fields if f.key == key), None)


# --- column mapping ----------------------------------------------------------------------

_NOISE = re.compile(r"[\s_\-.・:：]+")


def heading_key(text: str) -> str:
    """A heading as compared: full-width folded, case folded, spaces and dashes dropped."""
    return _NOISE.sub("", unicodedata.normalize("NFKC", text).casefold())


def guess_mapping(
    kind: ImportKind, headings: Sequence[str], remembered: Mapping[str, str] | None = None
) -> ColumnMapping:
    """Each heading's field: as remembered from the last import, else by name; each field once."""
    names = {heading_key(name): f.key for f in kind.fields for name in f.names()}
    known = {f.key for f in kind.fields}
    mapping: ColumnMapping = {}
    taken: set[str] = set()
    for heading in headings:
        if heading in mapping:
            continue  # a heading repeated: its first column counts
        key = (remembered or {}).get(heading)
        if key is None or (key and key not in known):
            key = names.get(heading_key(heading), "")
        if key in taken:
            key = ""
        mapping[heading] = key
        taken.add(key)
    return mapping


def merge_mapping(
    kind: ImportKind, headings: Sequence[str], given: Mapping[str, str]
) -> ColumnMapping:
    """The guess with the person's choices on top (``--map``; the window's preview)."""
    mapping = guess_mapping(kind, headings)
    for heading, key in given.items():
        if heading not in mapping:
            raise UnknownHeading(heading)
        for other, chosen in mapping.items():
            if key and chosen == key and other != heading:
                mapping[other] = ""  # the person moved this field to another column
        mapping[heading] = key
    return mapping


def check_mapping(
    kind: ImportKind, mapping: Mapping[str, str], defaults: Mapping[str, str]
) -> None:
    """Every field named exists, none twice, and every required field has a column or default."""
    seen: dict[str, str] = {}
    for heading, key in mapping.items():
        if not key:
            continue
        if kind.field_named(key) is None:
            raise UnknownField(key, ", ".join(f.key for f in kind.fields))
        if key in seen:
            raise FieldTwice(seen[key], heading)
        seen[key] = heading
    have = set(seen) | {key for key, value in defaults.items() if value}
    for group in kind.required:
        if not have.intersection(group):
            wanted = [f for f in kind.fields if f.key in group]
            raise MissingColumns(" / ".join(f"{f.ja} ({f.en})" for f in wanted))


def split_two(text: str) -> tuple[str, str]:
    """``"山田　花子"`` → ``("山田", "花子")``, at the first full- or half-width space.

    A single word comes back as the first part only; the import then notes that
    it was taken as the family name.
    """
    parts = text.split(maxsplit=1)
    if not parts:
        return "", ""
    return parts[0], parts[1].strip() if len(parts) > 1 else ""
