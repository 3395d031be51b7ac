"""Reading a data file safely: its text as UTF-8, YAML through a safe loader that builds only plain
data (never objects), with aliases neither looping nor expanding past MAX_YAML_VALUES. Every problem
is one DataError naming the file, the place and the fault."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import yaml

from index_core.errors import DataError

_BaseLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml's parser when available

#: The most values a data file may hold once its aliases (`*name`) are expanded. The largest real
#: file holds under 2,000; a 400-byte "alias bomb" expands to billions, which later steps would walk.
MAX_YAML_VALUES = 200_000


class _AliasRefused(yaml.YAMLError):
    def __init__(self, where: str, what: str) -> None:
        self.where, self.what = where, what
        super().__init__(what)


class _Loader(_BaseLoader):  # type: ignore[misc, valid-type]
    """Safe loading, plus: duplicate keys are errors, only true/false are booleans (YAML 1.2, so
    the country code NO stays text), an impossible date stays text for validation to report, and
    aliases may neither refer to themselves nor expand past MAX_YAML_VALUES values."""

    def get_single_node(self) -> yaml.Node | None:
        node = super().get_single_node()
        if node is not None:
            _check_expansion(node, MAX_YAML_VALUES)
        return node

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict:
        if isinstance(node, yaml.MappingNode):
            self.flatten_mapping(node)
            seen: dict[tuple[str, str], yaml.Node] = {}
            for key_node, _ in node.value:
                if isinstance(key_node, yaml.ScalarNode):
                    first = seen.setdefault((key_node.tag, key_node.value), key_node)
                    if first is not key_node:
                        raise yaml.constructor.ConstructorError(
                            None, None, f"duplicate key {key_node.value!r} (already on line "
                            f"{first.start_mark.line + 1})", key_node.start_mark)
        return super().construct_mapping(node, deep=deep)

    def construct_yaml_timestamp(self, node: yaml.ScalarNode) -> Any:
        try:
            return super().construct_yaml_timestamp(node)
        except ValueError:  # e.g. 2025-13-45: matches the pattern but is no date
            return self.construct_scalar(node)


_Loader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:bool"]
    for first, resolvers in _BaseLoader.yaml_implicit_resolvers.items()}
_Loader.add_implicit_resolver("tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"),
                              list("tTfF"))
_Loader.add_constructor("tag:yaml.org,2002:timestamp", _Loader.construct_yaml_timestamp)


def _children(node: yaml.Node) -> list[yaml.Node]:
    if isinstance(node, yaml.MappingNode):
        return [part for pair in node.value for part in pair]
    if isinstance(node, yaml.SequenceNode):
        return list(node.value)
    return []


def _check_expansion(root: yaml.Node, limit: int) -> None:
    """Refuse a document whose aliases form a loop or expand to more than `limit` values.

    An alias is the very node its anchor names, so the document is a graph; this counts the
    values of the tree it stands for, each shared node once (linear in the file's size)."""
    sizes: dict[int, int] = {}
    entered: set[int] = set()  # the nodes on the path from the root to the current one
    stack: list[tuple[yaml.Node, bool]] = [(root, False)]
    while stack:
        node, finished = stack.pop()
        key = id(node)
        children = _children(node)
        if finished:
            entered.discard(key)
            size = sizes[key] = 1 + sum(sizes[id(child)] for child in children)
            if size > limit:
                raise _AliasRefused("", f"its aliases (*name) expand it to more than {limit:,} values: refused "
                                        "(an alias bomb?); write the values out or use fewer aliases")
            continue
        if key in sizes:
            continue
        entered.add(key)
        stack.append((node, True))
        for child in children:
            if id(child) in entered:
                raise _AliasRefused(f"line {child.start_mark.line + 1}",
                                    "a recursive alias: an anchor (&name) is used (*name) inside itself; refused")
            if id(child) not in sizes:
                stack.append((child, False))


def _line_of(raw: bytes, offset: int) -> int:
    return raw[:offset].count(b"\n") + 1


def read_text(path: Path, *, encoding: str = "utf-8", missing: str = "file is missing") -> str:
    """A data file's text; a missing, unreadable or non-UTF-8 file is a DataError."""
    try:
        raw = path.read_bytes()
    except (FileNotFoundError, NotADirectoryError):
        raise DataError(path, "", missing) from None
    except OSError as exc:
        raise DataError(path, "", f"cannot be read ({exc.strerror})") from None
    try:
        return raw.decode(encoding)
    except UnicodeDecodeError as exc:
        raise DataError(path, f"line {_line_of(raw, exc.start)}",
                        "not valid UTF-8 text: save the file with the UTF-8 encoding") from None


def read_yaml(path: Path) -> Any:
    """Parse one YAML file; syntax errors name the line and column."""
    text = read_text(path)
    try:
        doc = yaml.load(text, Loader=_Loader)  # a safe loader (see _Loader)
    except _AliasRefused as exc:
        raise DataError(path, exc.where, exc.what) from None
    except RecursionError:
        raise DataError(path, "", "nested too deeply to read") from None
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        where = f"line {mark.line + 1}, column {mark.column + 1}" if mark else ""
        problem = exc.problem or exc.context or "syntax error"
        lines = text.splitlines()
        line = lines[mark.line] if mark and mark.line < len(lines) else ""
        if problem.startswith("duplicate key"):
            what = problem
        elif "\t" in line[: (mark.column + 1) if mark else 0]:
            what = "invalid YAML: a tab character; indent with spaces, not tabs"
        else:
            what = f"invalid YAML: {problem}" + (f" ({exc.context})" if exc.context and exc.problem else "")
            what += "; check the indentation, colons, brackets and quotes on this line and the one before"
        raise DataError(path, where, what) from None
    except yaml.YAMLError as exc:
        raise DataError(path, "", f"invalid YAML: {exc}") from None
    if doc is None:
        raise DataError(path, "", "file is empty")
    return doc
