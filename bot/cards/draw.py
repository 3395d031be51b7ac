"""How a card looks: lays out a CardModel on a Canvas, 1080 px wide, as tall as its content."""

from __future__ import annotations

from dataclasses import dataclass

from matplotlib.figure import Figure

from bot.cards.canvas import ASCENT, Canvas, block_height
from bot.cards.content import CardModel, Entry, ListRow, Status

WIDTH = 1080
MARGIN = 56
INNER = WIDTH - 2 * MARGIN
DIGIT_HEIGHT = 0.73  # the height of a digit, in ems

BACKGROUND = "#F2F4F8"
HEADER = "#0F2A4A"
HEADER_RULE = "#2E4A6E"
STRIPE = "#2BB3A3"
KICKER = "#9CC3EC"
TITLE = "#FFFFFF"
SUBTITLE = "#D3E0EE"
CARD = "#FFFFFF"
CARD_EDGE = "#D8DFE9"
INK = "#13233A"
MUTED = "#56667C"
ACCENT = "#1F5FBF"
ACCENT_SOFT = "#DCE7F7"
NOTE_BG = "#FFF4D6"
NOTE_BAR = "#E0A100"
NOTE_INK = "#5E4500"
PLACEHOLDER = "#E9EDF3"
PLACEHOLDER_EDGE = "#9AA6B8"
STATUS_COLOR = {"rank": ACCENT, "member": "#1A7F52", "outside": "#6B778A", "unknown": "#A55F00"}


def build_figure(model: CardModel) -> Figure:
    canvas = Canvas(WIDTH, model.lang)
    y = _header(canvas, model) + 32
    if model.notes:
        y = _notes(canvas, model.notes, y) + 28
    body = {"list": _ranked if model.ordered else _group, "city": _city, "compare": _compare}[model.kind]
    y = body(canvas, model, y)
    y = _footer(canvas, model, y + 36)
    return canvas.figure(round(y), BACKGROUND)


def _card(c: Canvas, x: float, y: float, w: float, h: float) -> None:
    c.rect(x, y, w, h, CARD, radius=20, edge=CARD_EDGE, linewidth=1.5)


# --- header, notes, footer ---------------------------------------------------------------------
def _header(c: Canvas, model: CardModel) -> float:
    """The dark band: the report, the title, and the subtitle — on a comparison card, the
    cities as column heads instead (the subtitle names them)."""
    kicker = c.wrap(model.kicker, 30, INNER, bold=True) if model.kicker else []
    size = 64.0  # the title: two lines at most, smaller if needed
    title = c.wrap(model.title, size, INNER, bold=True)
    while len(title) > 2 and size > 40:
        size -= 4
        title = c.wrap(model.title, size, INNER, bold=True)
    heads = _column_heads(c, model.entries) if model.kind == "compare" else None
    subtitle = c.wrap(model.subtitle, 34, INNER) if model.subtitle and heads is None else []
    height = 50 + (block_height(len(kicker), 30) + 20 if kicker else 0) + block_height(len(title), size, 1.15)
    height += 22 + block_height(len(subtitle), 34) if subtitle else 0
    height += heads.height + 30 if heads else 0
    height += 56
    c.rect(0, 0, WIDTH, height, HEADER)  # the band first, its texts over it
    c.rect(0, height - 10, WIDTH, 10, STRIPE)
    y = 50.0
    if kicker:
        y = c.lines(MARGIN, y, kicker, 30, KICKER, bold=True) + 20
    y = c.lines(MARGIN, y, title, size, TITLE, bold=True, leading=1.15)
    if subtitle:
        c.lines(MARGIN, y + 22, subtitle, 34, SUBTITLE)
    if heads:
        heads.draw(c, y + 30)
    return height


def _notes(c: Canvas, notes: tuple[str, ...], y: float) -> float:
    size, pad, gap = 30.0, 28.0, 12.0
    wrapped = [c.wrap(note, size, INNER - 2 * pad - 12) for note in notes]
    height = 2 * pad + sum(block_height(len(lines), size) for lines in wrapped) + gap * (len(notes) - 1)
    c.rect(MARGIN, y, INNER, height, NOTE_BG, radius=18)
    c.rect(MARGIN, y + 14, 8, height - 28, NOTE_BAR, radius=4)
    ty = y + pad
    for lines in wrapped:
        ty = c.lines(MARGIN + pad + 12, ty, lines, size, NOTE_INK) + gap
    return y + height


def _footer(c: Canvas, model: CardModel, y: float) -> float:
    c.hline(MARGIN, WIDTH - MARGIN, y, CARD_EDGE)
    y += 28
    if model.source:
        y = c.lines(MARGIN, y, c.wrap(model.source, 28, INNER), 28, MUTED) + 14
    for line in model.footer.splitlines():
        y = c.lines(MARGIN, y, c.wrap(line, 26, INNER), 26, MUTED) + 8
    return y + 40


# --- list cards --------------------------------------------------------------------------------
def _ranked(c: Canvas, model: CardModel, y: float) -> float:
    """One row per city: the rank in a disc (filled for the podium), the name, the country."""
    row_h, gap, r = 100.0, 12.0, 40.0
    for entry in model.entries:
        _card(c, MARGIN, y, INNER, row_h)
        cy = y + row_h / 2
        cx = MARGIN + 24 + r
        podium = (entry.rank or 99) <= 3
        c.circle(cx, cy, r, ACCENT if podium else ACCENT_SOFT)
        numeral = str(entry.rank)
        size = c.fit(numeral, 42, 2 * r - 14, bold=True, smallest=28)
        c.text(cx, cy + size * DIGIT_HEIGHT / 2, numeral, size, TITLE if podium else ACCENT, bold=True, ha="center")
        right = MARGIN + INNER - 28
        country_size = c.fit(entry.country, 30, 330, smallest=22)
        c.text(right, cy + 30 * 0.36, entry.country, country_size, MUTED, ha="right")
        left = cx + r + 28
        room = right - c.measure(entry.country, country_size) - 24 - left
        name_size = c.fit(entry.name, 46, room, bold=True, smallest=28)
        c.text(left, cy + 46 * 0.36, entry.name, name_size, INK, bold=True)
        y += row_h + gap
    return y - gap


def _group(c: Canvas, model: CardModel, y: float) -> float:
    """Members as tiles without numbers, column by column; unnamed members as dashed tiles."""
    gap, tile_h = 16.0, 118.0
    col_w = (INNER - gap) / 2
    rows = (len(model.entries) + 1) // 2
    for i, entry in enumerate(model.entries):
        col, row = divmod(i, rows)
        _tile(c, entry, MARGIN + col * (col_w + gap), y + row * (tile_h + gap), col_w, tile_h)
    return y + rows * (tile_h + gap) - gap


def _tile(c: Canvas, entry: Entry, x: float, y: float, w: float, h: float) -> None:
    cy = y + h / 2
    if entry.named:
        _card(c, x, y, w, h)
        c.circle(x + 36, cy, 10, STRIPE)
        name_color, name_size = INK, 42.0
    else:
        c.rect(x, y, w, h, PLACEHOLDER, radius=20, edge=PLACEHOLDER_EDGE, dashed=True, linewidth=2.5)
        c.circle(x + 36, cy, 10, PLACEHOLDER, edge=PLACEHOLDER_EDGE, linewidth=2.5)
        name_color, name_size = MUTED, 38.0
    left, room = x + 66, w - 66 - 24
    size = c.fit(entry.name, name_size, room, bold=True, smallest=26)
    c.text(left, cy - 6, entry.name, size, name_color, bold=True)
    c.text(left, cy + 34, entry.country, c.fit(entry.country, 28, room, smallest=20), MUTED)


# --- city card -----------------------------------------------------------------------------------
def _city(c: Canvas, model: CardModel, y: float) -> float:
    """One row per list: its name and kind on the left, the city's status on the right."""
    gap, pad = 14.0, 30.0
    left_x, left_w = MARGIN + 32, INNER * 0.55
    right_x = MARGIN + INNER - 32
    right_w = INNER - left_w - 64 - 24
    for row in model.rows:
        status = row.statuses[0]
        title = c.wrap(row.title, 38, left_w, bold=True)
        kind = c.wrap(row.kind_line, 26, left_w)
        left_h = block_height(len(title), 38, 1.2) + 12 + block_height(len(kind), 26)
        detail = [] if status.kind == "rank" else c.wrap(status.detail, 26, right_w)
        right_h = 76 * DIGIT_HEIGHT if status.kind == "rank" else 34 + 10 + block_height(len(detail), 26)
        row_h = max(left_h, right_h) + 2 * pad
        _card(c, MARGIN, y, INNER, row_h)
        ly = c.lines(left_x, y + (row_h - left_h) / 2, title, 38, INK, bold=True, leading=1.2)
        c.lines(left_x, ly + 12, kind, 26, MUTED)
        _city_status(c, status, right_x, y + (row_h - right_h) / 2, detail)
        y += row_h + gap
    return y - gap


def _city_status(c: Canvas, status: Status, right: float, top: float, detail: list[str]) -> None:
    color = STATUS_COLOR[status.kind]
    if status.kind == "rank":  # "rank 8": a big numeral, its caption before it
        baseline = top + 76 * DIGIT_HEIGHT
        c.text(right, baseline, status.mark, 76, color, bold=True, ha="right")
        c.text(right - c.measure(status.mark, 76, bold=True) - 14, baseline, status.detail, 28, MUTED, ha="right")
        return
    y = c.lines(right, top, [status.headline], 34, color, bold=True, ha="right")
    c.lines(right, y + 10, detail, 26, MUTED, ha="right")


# --- comparison card ------------------------------------------------------------------------------
# A table that fits a phone's screen (at most ~1350 px tall for 2 to 4 cities): the cities as
# column heads in the band, then one white table with a line per list — its name and kind,
# then each city's cell: the rank's numeral, or a sign (✓ – ?) and a word or two.
NAME_SIZE, COUNTRY_SIZE = 38.0, 24.0
ROW_TITLE, ROW_KIND, CELL_TEXT, MARK, NUMERAL = 30.0, 22.0, 24.0, 34.0, 50.0
ROW_PAD, TITLE_GAP, CELL_GAP = 22.0, 16.0, 10.0


@dataclass
class _Heads:
    """The column heads of a comparison: each city's name (one or two lines) and country."""

    entries: tuple[Entry, ...]
    names: list[list[str]]
    size: float
    name_h: float

    @property
    def height(self) -> float:
        return self.name_h + 10 + COUNTRY_SIZE

    def draw(self, c: Canvas, top: float) -> None:
        col_w = INNER / len(self.entries)
        room = col_w - 20
        for i, (entry, lines) in enumerate(zip(self.entries, self.names, strict=True)):
            cx = MARGIN + col_w * (i + 0.5)
            c.lines(cx, top + (self.name_h - block_height(len(lines), self.size, 1.15)) / 2, lines, self.size,
                    TITLE, bold=True, leading=1.15, ha="center")
            c.lines(cx, top + self.name_h + 10, [entry.country],
                    c.fit(entry.country, COUNTRY_SIZE, room, smallest=18), KICKER, ha="center")
            if i:
                c.vline(MARGIN + col_w * i, top - 6, top + self.height + 6, HEADER_RULE, 1.5)


def _column_heads(c: Canvas, entries: tuple[Entry, ...]) -> _Heads:
    room = INNER / len(entries) - 20
    size = min(c.fit(e.name, NAME_SIZE, room, bold=True, smallest=28) for e in entries)
    names = [[e.name] if c.measure(e.name, size, bold=True) <= room else c.wrap(e.name, size, room, bold=True)
             for e in entries]
    return _Heads(entries, names, size, max(block_height(len(lines), size, 1.15) for lines in names))


def _compare(c: Canvas, model: CardModel, y: float) -> float:
    """One white table under the band: a line per list with each city's cell."""
    col_w = INNER / len(model.entries)
    layouts = [_RowLayout.of(c, row, col_w - 20) for row in model.rows]
    _card(c, MARGIN, y, INNER, sum(layout.height for layout in layouts))
    for i, (row, layout) in enumerate(zip(model.rows, layouts, strict=True)):
        if i:
            c.hline(MARGIN + 20, MARGIN + INNER - 20, y, CARD_EDGE, 1.5)
        _compare_row(c, row, layout, y, col_w)
        y += layout.height
    return y


@dataclass
class _RowLayout:
    """A list's line in the comparison table: its title's lines, whether its kind fits beside the
    title, and each cell's words — on the sign's line (`inline`) or in lines under the sign."""

    title: list[str]
    kind_beside: bool
    cells: list[tuple[bool, list[str]]]
    height: float

    @classmethod
    def of(cls, c: Canvas, row: ListRow, room: float) -> _RowLayout:
        width = INNER - 2 * 28
        kind_beside = c.measure(row.title, ROW_TITLE, bold=True) + 24 + c.measure(row.kind_line, ROW_KIND) <= width
        title = [row.title] if kind_beside else c.wrap(row.title, ROW_TITLE, width, bold=True)
        head_h = block_height(len(title), ROW_TITLE, 1.2)
        if not kind_beside:
            head_h += 8 + block_height(len(c.wrap(row.kind_line, ROW_KIND, width)), ROW_KIND)
        cells: list[tuple[bool, list[str]]] = []
        cell_h = NUMERAL * DIGIT_HEIGHT
        for status in row.statuses:
            if status.kind == "rank" or not status.short:
                cells.append((True, []))
            elif c.measure(status.mark, MARK, bold=True) + CELL_GAP + c.measure(status.short, CELL_TEXT) <= room:
                cells.append((True, [status.short]))
            else:
                lines = c.wrap(status.short, CELL_TEXT, room)
                cells.append((False, lines))
                cell_h = max(cell_h, MARK * DIGIT_HEIGHT + 12 + block_height(len(lines), CELL_TEXT, 1.25))
        return cls(title, kind_beside, cells, ROW_PAD + head_h + TITLE_GAP + cell_h + ROW_PAD)


def _compare_row(c: Canvas, row: ListRow, layout: _RowLayout, y: float, col_w: float) -> None:
    left, right = MARGIN + 28, MARGIN + INNER - 28
    top = y + ROW_PAD
    if layout.kind_beside:
        c.text(right, top + ASCENT * ROW_TITLE, row.kind_line, ROW_KIND, MUTED, ha="right")
        top = c.lines(left, top, layout.title, ROW_TITLE, INK, bold=True)
    else:
        top = c.lines(left, top, layout.title, ROW_TITLE, INK, bold=True, leading=1.2)
        top = c.lines(left, top + 8, c.wrap(row.kind_line, ROW_KIND, right - left), ROW_KIND, MUTED)
    top += TITLE_GAP
    numeral_h = NUMERAL * DIGIT_HEIGHT
    for i, (status, (inline, lines)) in enumerate(zip(row.statuses, layout.cells, strict=True)):
        cx = MARGIN + col_w * (i + 0.5)
        color = STATUS_COLOR[status.kind]
        if status.kind == "rank":
            c.text(cx, top + numeral_h, status.mark, NUMERAL, color, bold=True, ha="center")
        elif inline:  # "✓ member", centred as one piece, on the numerals' middle
            mark_w = c.measure(status.mark, MARK, bold=True)
            words = lines[0] if lines else ""
            x0 = cx - (mark_w + (CELL_GAP + c.measure(words, CELL_TEXT) if words else 0)) / 2
            baseline = top + (numeral_h + MARK * DIGIT_HEIGHT) / 2
            c.text(x0, baseline, status.mark, MARK, color, bold=True)
            if words:
                c.text(x0 + mark_w + CELL_GAP, baseline - 2, words, CELL_TEXT, MUTED)
        else:
            c.text(cx, top + MARK * DIGIT_HEIGHT, status.mark, MARK, color, bold=True, ha="center")
            c.lines(cx, top + MARK * DIGIT_HEIGHT + 12, lines, CELL_TEXT, MUTED, leading=1.25, ha="center")
        if i:
            c.vline(MARGIN + col_w * i, top - 4, y + layout.height - ROW_PAD + 4, CARD_EDGE, 1.5)
