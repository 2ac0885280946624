"""CSV export and import of the registers (README "CSV export and import").

``files`` reads and writes CSV as Excel does (encodings, formula safety,
limits); ``kinds`` declares what a register exports and imports; ``registry``
lists the registers; ``transfer`` exports, previews and imports through the
registers' own service rules.
"""

from __future__ import annotations

from .files import MAX_FILE_BYTES, MAX_ROWS, CsvTable, Encoding, read_table
from .kinds import ColumnMapping, ExportKind, ExportOptions, Field, ImportKind, guess_mapping
from .registry import (
    EXPORT_KINDS,
    IMPORT_KINDS,
    export_kind,
    export_kind_names,
    import_kind,
    import_kind_names,
)
from .transfer import (
    EXPORT_ACTION,
    IMPORT_ACTION,
    ExportResult,
    Preview,
    Refusal,
    commit,
    export,
    preview,
    read_headings,
)

__all__ = [
    "EXPORT_ACTION",
    "EXPORT_KINDS",
    "IMPORT_ACTION",
    "IMPORT_KINDS",
    "MAX_FILE_BYTES",
    "MAX_ROWS",
    "ColumnMapping",
    "CsvTable",
    "Encoding",
    "ExportKind",
    "ExportOptions",
    "ExportResult",
    "Field",
    "ImportKind",
    "Preview",
    "Refusal",
    "commit",
    "export",
    "export_kind",
    "export_kind_names",
    "guess_mapping",
    "import_kind",
    "import_kind_names",
    "preview",
    "read_headings",
    "read_table",
]
