"""A pixel canvas for cards: measure and lay out first, then draw once the height is known.

Coordinates are pixels, y downwards. The figure is made at 72 dpi, so a font size in points
is a size in pixels. Only `matplotlib.figure.Figure` and the Agg canvas are used (no pyplot).
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass, field
from typing import Any

import numpy as np
from matplotlib.backends.backend_agg import FigureCanvasAgg, RendererAgg
from matplotlib.figure import Figure
from matplotlib.font_manager import FontProperties
from matplotlib.patches import Circle, FancyBboxPatch

from bot.cards import typeface

DPI = 72
PALETTE_COLORS = 256
ASCENT = 0.88  # the top of an ideograph above the baseline, in ems (Noto Sans CJK)


def block_height(count: int, size: float, leading: float = 1.3) -> float:
    """The height of `count` lines of text: first ideograph top to last descender."""
    return (count - 1) * leading * size + size if count else 0.0

# A piece that may end a line: a Latin word with its spaces, or one ideograph or fullwidth form
# with any closing punctuation after it (a line never starts with "，" or "）").
_PIECES = re.compile(r"[\u3000-\u9fff\uf900-\ufaff\uff00-\uffef][，。、；：！？）》」』】,.;:!?)]*"
                     r"|[^\s\u3000-\u9fff\uf900-\ufaff\uff00-\uffef]+\s*|\s+")


@dataclass
class Canvas:
    width: int
    lang: str
    ops: list[tuple[str, dict[str, Any]]] = field(default_factory=list)

    def __post_init__(self) -> None:
        typeface.register()
        self._renderer = RendererAgg(self.width, 8, DPI)
        self._fonts: dict[tuple[float, bool], FontProperties] = {}
        self._sizes: dict[tuple[str, float, bool], float] = {}

    # --- fonts and measuring ------------------------------------------------------------------
    def font(self, size: float, bold: bool = False) -> FontProperties:
        key = (size, bold)
        prop = self._fonts.get(key)
        if prop is None:
            prop = self._fonts[key] = FontProperties(family=typeface.families(self.lang),
                                                     weight="bold" if bold else "normal", size=size)
        return prop

    def measure(self, text: str, size: float, bold: bool = False) -> float:
        """The advance width of one line, in pixels."""
        key = (text, size, bold)
        width = self._sizes.get(key)
        if width is None:
            width, _, _ = self._renderer.get_text_width_height_descent(text, self.font(size, bold), ismath=False)
            self._sizes[key] = width
        return width

    def wrap(self, text: str, size: float, width: float, bold: bool = False) -> list[str]:
        """Greedy line breaking: between words, and between ideographs."""
        lines: list[str] = []
        line = ""
        for piece in _PIECES.findall(text):
            candidate = line + piece
            if line and self.measure(candidate.rstrip(), size, bold) > width:
                lines.append(line.rstrip())
                line = piece.lstrip()
            else:
                line = candidate
        if line.strip():
            lines.append(line.rstrip())
        return lines or [""]

    def fit(self, text: str, size: float, width: float, bold: bool = False, smallest: float = 0) -> float:
        """The largest size ≤ `size` (and ≥ `smallest`) at which `text` fits in one line."""
        while size > smallest and self.measure(text, size, bold) > width:
            size = max(smallest, size - 2)
        return size

    # --- recording ------------------------------------------------------------------------------
    def text(self, x: float, y: float, text: str, size: float, color: str, *, bold: bool = False,
             ha: str = "left") -> None:
        """One line of text; `y` is its baseline."""
        self.ops.append(("text", {"x": x, "y": y, "s": text, "size": size, "bold": bold, "color": color,
                                  "ha": ha}))

    def lines(self, x: float, y: float, lines: list[str], size: float, color: str, *, leading: float = 1.3,
              bold: bool = False, ha: str = "left") -> float:
        """Lines of text whose block starts at `y` (the top of an ideograph); returns the block's bottom."""
        for i, line in enumerate(lines):
            self.text(x, y + ASCENT * size + i * leading * size, line, size, color, bold=bold, ha=ha)
        return y + block_height(len(lines), size, leading)

    def rect(self, x: float, y: float, w: float, h: float, color: str, *, radius: float = 0,
             edge: str | None = None, dashed: bool = False, linewidth: float = 2) -> None:
        self.ops.append(("rect", {"x": x, "y": y, "w": w, "h": h, "color": color, "radius": radius,
                                  "edge": edge, "dashed": dashed, "lw": linewidth}))

    def circle(self, cx: float, cy: float, r: float, color: str, *, edge: str | None = None,
               linewidth: float = 2) -> None:
        self.ops.append(("circle", {"x": cx, "y": cy, "r": r, "color": color, "edge": edge, "lw": linewidth}))

    def hline(self, x0: float, x1: float, y: float, color: str, linewidth: float = 2) -> None:
        self.ops.append(("line", {"x": (x0, x1), "y": (y, y), "color": color, "lw": linewidth}))

    def vline(self, x: float, y0: float, y1: float, color: str, linewidth: float = 2) -> None:
        self.ops.append(("line", {"x": (x, x), "y": (y0, y1), "color": color, "lw": linewidth}))

    # --- drawing ---------------------------------------------------------------------------------
    def figure(self, height: int, background: str) -> Figure:
        """The recorded card as a Figure of `width` × `height` pixels."""
        fig = Figure(figsize=(self.width / DPI, height / DPI), dpi=DPI, facecolor=background)
        FigureCanvasAgg(fig)
        ax = fig.add_axes((0, 0, 1, 1))
        ax.set_xlim(0, self.width)
        ax.set_ylim(height, 0)
        ax.set_axis_off()
        for kind, op in self.ops:
            if kind == "text":
                ax.text(op["x"], op["y"], op["s"], fontproperties=self.font(op["size"], op["bold"]),
                        color=op["color"], ha=op["ha"], va="baseline", parse_math=False)
            elif kind == "rect":
                radius = min(op["radius"], op["w"] / 2, op["h"] / 2)
                style = f"round,pad=0,rounding_size={radius}" if radius else "square,pad=0"
                ax.add_patch(FancyBboxPatch((op["x"], op["y"]), op["w"], op["h"], boxstyle=style,
                                            facecolor=op["color"], edgecolor=op["edge"] or "none",
                                            linewidth=op["lw"] if op["edge"] else 0,
                                            linestyle=(0, (5, 4)) if op["dashed"] else "solid"))
            elif kind == "circle":
                ax.add_patch(Circle((op["x"], op["y"]), op["r"], facecolor=op["color"],
                                    edgecolor=op["edge"] or "none", linewidth=op["lw"] if op["edge"] else 0))
            else:
                ax.plot(op["x"], op["y"], color=op["color"], linewidth=op["lw"], solid_capstyle="butt")
        return fig


def png_bytes(fig: Figure) -> bytes:
    """The figure as a palette PNG (256 colours, no dithering): about a third of the bytes of the
    RGBA PNG, and no pixel more than a few levels off (tests/cards/test_render.py measures both).
    A card is a few flat colours and their anti-aliased edges, which 256 colours hold. No
    timestamp or version in it: the same card gives the same bytes."""
    from PIL import Image

    canvas = fig.canvas
    canvas.draw()
    rgb = Image.fromarray(np.asarray(canvas.buffer_rgba())).convert("RGB")
    palette = rgb.quantize(colors=PALETTE_COLORS, method=Image.Quantize.MAXCOVERAGE, dither=Image.Dither.NONE)
    buffer = io.BytesIO()
    palette.save(buffer, format="PNG")
    return buffer.getvalue()


def rgba_png_bytes(fig: Figure) -> bytes:
    """The figure as matplotlib writes it (RGBA): what the palette PNG is measured against."""
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", dpi=DPI, facecolor=fig.get_facecolor(), metadata={"Software": None})
    return buffer.getvalue()
