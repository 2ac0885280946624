"""The program's own settings as typed declarations over an INI QSettings (Picard style).

Two kinds: preferences a person chooses (language) and window state the
program remembers (geometry, current tab, column layout). Window state is kept
per user: :func:`user_settings` gives a QSettings scoped to one user's group,
which is what ``UiContext.settings`` holds, so a tab's saved layout belongs to
whoever is logged in.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from dataclasses import dataclass
from pathlib import Path
from typing import Generic, TypeVar

from PySide6.QtCore import QByteArray, QSettings

from ..services.places import Places

T = TypeVar("T")

SETTINGS_FILE = "settings.ini"
LANGUAGES = ("en", "ja")


@dataclass(frozen=True)
class Option(ABC, Generic[T]):
    """One setting: where it lives, its type (from the default) and its default."""

    section: str
    name: str
    default: T

    @property
    def key(self) -> str:
        return f"{self.section}/{self.name}"

    def get(self, settings: QSettings) -> T:
        if not settings.contains(self.key):
            return self.default
        value = settings.value(self.key)
        try:
            return self._convert(value)
        except (TypeError, ValueError):
            return self.default  # a hand-edited or foreign value must not stop the program

    def set(self, settings: QSettings, value: T) -> None:
        settings.setValue(self.key, self._store(value))

    @abstractmethod
    def _convert(self, value: object) -> T:
        """The stored value as ``T``; raises TypeError or ValueError when it is not one."""

    def _store(self, value: T) -> object:
        return value


class TextOption(Option[str]):
    def _convert(self, value: object) -> str:
        return str(value)


class IntOption(Option[int]):
    def _convert(self, value: object) -> int:
        return int(str(value))


class BoolOption(Option[bool]):
    def _convert(self, value: object) -> bool:
        return value is True or str(value).lower() in ("true", "1")


class BytesOption(Option[bytes]):
    """Qt's saved states (geometry, header layout), stored as @ByteArray in the INI file."""

    def _convert(self, value: object) -> bytes:
        if isinstance(value, QByteArray):
            return bytes(value.data())
        if isinstance(value, bytes):
            return value
        raise TypeError(type(value))

    def _store(self, value: bytes) -> object:
        return QByteArray(value)


# --- preferences (the person's choices, for every user of this PC) ------------------------

#: "" follows the system language; "en" or "ja" is chosen in the File menu
LANGUAGE = TextOption("preferences", "language", "")

# --- program state, for every user of this PC ----------------------------------------------

#: the user name last logged in, preselected at the next login
LAST_USERNAME = TextOption("state", "last_username", "")

# --- window state, per user (read through ``UiContext.settings``) ----------------------------

WINDOW_GEOMETRY = BytesOption("window", "geometry", b"")
#: the Tab.KEY shown last, shown again at the next login
CURRENT_TAB = TextOption("window", "current_tab", "")


def column_layout(tab_key: str) -> BytesOption:
    """The header state (column widths, order, sort) of one tab's table."""
    return BytesOption("columns", tab_key, b"")


def settings_path(places: Places) -> Path:
    return places.data_dir / SETTINGS_FILE


def open_settings(places: Places) -> QSettings:
    """The INI settings file in the program's data folder (never the registry)."""
    places.data_dir.mkdir(parents=True, exist_ok=True)
    return QSettings(str(settings_path(places)), QSettings.Format.IniFormat)


def user_settings(settings_file: str, username: str) -> QSettings:
    """A QSettings on the same file whose keys all live in ``username``'s group."""
    settings = QSettings(settings_file, QSettings.Format.IniFormat)
    settings.beginGroup(f"users/{username.casefold()}")
    return settings
