"""Stage 6: turn a report (or an extraction) into output, one module per format.

Renderers return a string (JSON) or a Rich renderable (table); only this package imports Rich.
"""

from __future__ import annotations

from enum import StrEnum


class OutputFormat(StrEnum):
    TABLE = "table"
    JSON = "json"
