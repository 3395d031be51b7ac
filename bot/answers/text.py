"""Text that renders both as plain text and as Telegram HTML, escaping everything it is given."""

from __future__ import annotations

import html
from dataclasses import dataclass
from string import Formatter

_FORMATTER = Formatter()


@dataclass(frozen=True, slots=True)
class Rich:
    """A piece of reply text: `plain` for the command line, `html` for Telegram."""

    plain: str
    html: str

    def __add__(self, other: Rich | str) -> Rich:
        other = other if isinstance(other, Rich) else plain(other)
        return Rich(self.plain + other.plain, self.html + other.html)

    def __str__(self) -> str:
        return self.plain


def plain(text: str) -> Rich:
    return Rich(text, html.escape(text, quote=False))


def bold(text: str | Rich) -> Rich:
    r = text if isinstance(text, Rich) else plain(text)
    return Rich(r.plain, f"<b>{r.html}</b>")


def italic(text: str | Rich) -> Rich:
    r = text if isinstance(text, Rich) else plain(text)
    return Rich(r.plain, f"<i>{r.html}</i>")


def fill(template: str, values: dict[str, str | int | Rich]) -> Rich:
    """Fill {fields} of a template; template text and values are escaped for HTML."""
    out_plain: list[str] = []
    out_html: list[str] = []
    for literal, name, spec, _conv in _FORMATTER.parse(template):
        if literal:
            out_plain.append(literal)
            out_html.append(html.escape(literal, quote=False))
        if name is None:
            continue
        value = values.get(name, "")
        r = value if isinstance(value, Rich) else plain(format(value, spec or ""))
        out_plain.append(r.plain)
        out_html.append(r.html)
    return Rich("".join(out_plain), "".join(out_html))


def join(parts: list[Rich], sep: str | Rich = "\n") -> Rich:
    sep_r = sep if isinstance(sep, Rich) else plain(sep)
    if not parts:
        return Rich("", "")
    result = parts[0]
    for part in parts[1:]:
        result = result + sep_r + part
    return result


def clip(r: Rich, limit: int = 4096) -> Rich:
    """Keep a reply within Telegram's limit (plain text; markup dropped if it had to be cut)."""
    if len(r.html) <= limit and len(r.plain) <= limit:
        return r
    cut = r.plain[: limit - 1] + "…"
    return Rich(cut, html.escape(cut[: limit // 2], quote=False) + "…")
