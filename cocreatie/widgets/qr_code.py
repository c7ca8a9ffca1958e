"""A QR code drawn in text, for phones to scan off a laptop or a projector.

Two modules share one character cell: "▀" with the top module as its
foreground and the bottom one as its background, so the code is square on
screen and half as tall as one line per module. The colours are black on
white whatever the theme: a scanner needs dark modules on a light ground,
and the light quiet zone around them must be drawn, not left to the
terminal's (often dark) background.
"""

from __future__ import annotations

import segno
from rich.style import Style
from rich.text import Text
from textual.widgets import Static

DARK = "#000000"
LIGHT = "#ffffff"
# Two modules of quiet zone instead of the standard four: scanners read it
# well on a screen, and it keeps the code inside an 80x24 terminal.
BORDER = 2

Matrix = list[list[bool]]


def qr_matrix(data: str, border: int = BORDER, scale: int = 1) -> Matrix:
    """The modules of ``data``'s QR code, True for dark, with the quiet zone;
    ``scale`` 2 makes each module two by two (for the projector)."""
    # An address in upper case fits the compact alphanumeric mode (scheme,
    # host and the join code compare without case), so the code stays small.
    code = segno.make_qr(data, error="m", boost_error=False)
    return [[bool(m) for m in row] for row in code.matrix_iter(scale=scale, border=border)]


def draw(matrix: Matrix) -> Text:
    """Half-block lines of ``matrix``: one text row for two module rows."""
    text = Text(no_wrap=True, overflow="crop")
    rows = list(matrix)
    if len(rows) % 2:
        rows.append([False] * len(rows[0]))
    for top, bottom in zip(rows[0::2], rows[1::2], strict=True):
        for upper, lower in zip(top, bottom, strict=True):
            text.append(
                "▀", Style(color=DARK if upper else LIGHT, bgcolor=DARK if lower else LIGHT)
            )
        text.append("\n")
    text.rstrip()
    return text


def read_back(text: Text) -> Matrix:
    """The matrix a drawn code shows, from its characters' colours (for tests)."""
    matrix: Matrix = []
    for line in text.split("\n"):
        top: list[bool] = []
        bottom: list[bool] = []
        for span in line.spans:
            style = span.style if isinstance(span.style, Style) else Style.parse(span.style)
            for _ in range(span.end - span.start):
                top.append(style.color is not None and style.color.name == DARK)
                bottom.append(style.bgcolor is not None and style.bgcolor.name == DARK)
        matrix += [top, bottom]
    return matrix


class QrCode(Static):
    DEFAULT_CSS = """
    QrCode {
        height: auto;
    }
    """

    def __init__(self, data: str = "", *, id: str | None = None) -> None:
        super().__init__("", id=id)
        self.data = ""
        self.scale = 1
        self.show(data)

    def show(self, data: str, scale: int = 1) -> None:
        self.data, self.scale = data, scale
        self.update(draw(qr_matrix(data, scale=scale)) if data else "")
