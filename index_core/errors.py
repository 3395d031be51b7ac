"""The errors index_core raises: bad data, and a build without the builder's tools."""

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


class BuildToolsMissing(Exception):
    """The index must be built, but the builder's tools (the `build` extra) are not installed."""

    def __init__(self, module: str) -> None:
        self.module = module
        super().__init__(str(self))

    def __str__(self) -> str:
        return (f"building the index needs {self.module}, which is not installed "
                "(pip install 'citybot[build]' installs what building needs)")
