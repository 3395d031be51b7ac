"""Text that renders both as plain text and as Telegram HTML, escaping everything it is given."""

from __future__ import annotations

import html
from functools import lru_cache
from string import Formatter
from typing import NamedTuple

_FORMATTER = Formatter()


class Rich(NamedTuple):
    """A piece of reply text: `plain` for the command line, `html` for Telegram.

    A named tuple rather than a dataclass: replies are built from many small pieces, and tuples
    are the cheapest immutable pair Python has."""

    plain: str
    html: str

    def __add__(self, other: Rich | str) -> Rich:  # type: ignore[override]
        other = other if isinstance(other, Rich) else plain(other)
        return Rich(self.plain + other.plain, self.html + other.html)

    def __str__(self) -> str:
        return self.plain


_ESCAPES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;"})


def escape(text: str) -> str:
    """HTML-escape for Telegram's parser (same as html.escape(text, quote=False))."""
    return text.translate(_ESCAPES) if ("&" in text or "<" in text or ">" in text) else text


def plain(text: str) -> Rich:
    return Rich(text, escape(text))


def bold(text: str | Rich) -> Rich:
    r = text if isinstance(text, Rich) else plain(text)
    return Rich(r.plain, f"<b>{r.html}</b>")


def italic(text: str | Rich) -> Rich:
    r = text if isinstance(text, Rich) else plain(text)
    return Rich(r.plain, f"<i>{r.html}</i>")


def _braced(text: str) -> str:
    return text.replace("{", "{{").replace("}", "}}")


@lru_cache(maxsize=1024)
def _compiled(template: str) -> tuple[str, str, tuple[str, ...]] | None:
    """A template as two positional format strings, for the plain text and for HTML (its literal
    text escaped once here), and its field names in order; None if it uses format specs,
    conversions or attribute access, which the general path handles."""
    plain_parts: list[str] = []
    html_parts: list[str] = []
    names: list[str] = []
    for literal, name, spec, conv in _FORMATTER.parse(template):
        if spec or conv or (name is not None and not name.isidentifier()):
            return None
        plain_parts.append(_braced(literal))
        html_parts.append(_braced(html.escape(literal, quote=False)))
        if name is not None:
            plain_parts.append("{}")
            html_parts.append("{}")
            names.append(name)
    return "".join(plain_parts), "".join(html_parts), tuple(names)


def fill(template: str, values: dict[str, str | int | Rich]) -> Rich:
    """Fill {fields} of a template; template text and values are escaped for HTML. A field with
    no value is left empty."""
    compiled = _compiled(template)
    if compiled is None:
        return _fill_fields(template, values)
    plain_format, html_format, names = compiled
    plain_values: list[str] = []
    html_values: list[str] = []
    for name in names:
        value = values.get(name, "")
        if isinstance(value, Rich):
            plain_values.append(value.plain)
            html_values.append(value.html)
        else:
            text = value if isinstance(value, str) else str(value)
            plain_values.append(text)
            html_values.append(escape(text))
    return Rich(plain_format.format(*plain_values), html_format.format(*html_values))


def _fill_fields(template: str, values: dict[str, str | int | Rich]) -> Rich:
    out_plain: list[str] = []
    out_html: list[str] = []
    for literal, name, spec, conv in _FORMATTER.parse(template):
        out_plain.append(literal)
        out_html.append(html.escape(literal, quote=False))
        if name is None:
            continue
        value = values.get(name, "")
        if isinstance(value, Rich):
            out_plain.append(value.plain)
            out_html.append(value.html)
        else:
            value = repr(value) if conv == "r" else value
            text = format(value, spec) if spec else str(value)
            out_plain.append(text)
            out_html.append(escape(text))
    return Rich("".join(out_plain), "".join(out_html))


def join(parts: list[Rich], sep: str | Rich = "\n") -> Rich:
    sep_r = sep if isinstance(sep, Rich) else plain(sep)
    rich = [p if isinstance(p, Rich) else plain(p) for p in parts]
    return Rich(sep_r.plain.join([p.plain for p in rich]), sep_r.html.join([p.html for p in rich]))


def clip(r: Rich, limit: int = 4096) -> Rich:
    """Keep a reply within Telegram's limit (plain text; markup dropped if it had to be cut)."""
    if len(r.html) <= limit and len(r.plain) <= limit:
        return r
    cut = r.plain[: limit - 1] + "…"
    return Rich(cut, html.escape(cut[: limit // 2], quote=False) + "…")
