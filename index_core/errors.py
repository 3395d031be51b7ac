"""The one error type a bad data folder produces."""

from __future__ import annotations

from pathlib import Path


class DataError(Exception):
    """Malformed data: which file, where in it (a key path or a line), and what is wrong."""

    def __init__(self, file: Path | str, where: str, what: str) -> None:
        self.file = str(file)
        self.where = where
        self.what = what
        super().__init__(str(self))

    def __str__(self) -> str:
        where = f": {self.where}" if self.where else ""
        return f"{self.file}{where}: {self.what}"
