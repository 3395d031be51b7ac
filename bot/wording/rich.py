"""Text that renders both as plain text and as Telegram HTML, escaping everything it is given."""

from __future__ import annotations

import functools
import html
import os
from string import Formatter
from typing import NamedTuple

_FORMATTER = Formatter()


class Rich(NamedTuple):
    """A piece of reply text: `plain` for the command line, `html` for Telegram."""

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
    """Bold text. Bold inside it (a city's name in a bold heading) is dropped: the markup
    stays flat, never ``<b><b>Shanghai</b> and …</b>``."""
    r = text if isinstance(text, Rich) else plain(text)
    inner = r.html.replace("<b>", "").replace("</b>", "") if "<b>" in r.html else r.html
    return Rich(r.plain, f"<b>{inner}</b>")


def italic(text: str | Rich) -> Rich:
    r = text if isinstance(text, Rich) else plain(text)
    return Rich(r.plain, f"<i>{r.html}</i>")


STRICT = os.environ.get("CITYBOT_STRICT_WORDING", "") not in ("", "0")  # the tests: a field with no value fails


def fill(template: str, values: dict[str, str | int | Rich]) -> Rich:
    """Fill {fields} of a template; template text and values are escaped for HTML. A field with
    no value is left empty (an error under CITYBOT_STRICT_WORDING, which the tests set)."""
    out_plain: list[str] = []
    out_html: list[str] = []
    for literal, literal_html, name, spec in _pieces(template):
        out_plain.append(literal)
        out_html.append(literal_html)
        if name is None:
            continue
        if STRICT and name not in values:
            raise KeyError(f"no value for {{{name}}} in {template!r}")
        value = values.get(name, "")
        if isinstance(value, Rich):
            out_plain.append(value.plain)
            out_html.append(value.html)
        else:
            text = format(value, spec) if spec else str(value)
            out_plain.append(text)
            out_html.append(escape(text))
    return Rich("".join(out_plain), "".join(out_html))


@functools.lru_cache(maxsize=4096)  # the templates are the data's phrases: a few hundred
def _pieces(template: str) -> tuple[tuple[str, str, str | None, str], ...]:
    """A template cut into (literal, its HTML, field name, format spec), parsed once."""
    return tuple((literal, html.escape(literal, quote=False), name, spec or "")
                 for literal, name, spec, _conv in _FORMATTER.parse(template))


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
