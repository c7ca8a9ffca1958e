"""Reading a PDF back with an independent tool (pypdf), as a person would read it."""

from __future__ import annotations

import io
import re
import unicodedata

from pypdf import PdfReader


def pages_text(pdf: bytes) -> list[str]:
    """The text of each page, with runs of white space as one space.

    Typst lays text out in lines: a cell's words may sit on several lines,
    so comparisons go word by word, never by line.
    """
    reader = PdfReader(io.BytesIO(pdf))
    return [flat(page.extract_text() or "") for page in reader.pages]


def flat(text: str) -> str:
    # A no-break space (dates are kept on one line) reads as a space.
    return re.sub(r"\s+", " ", text.replace("\u00a0", " ")).strip()


def page_size_mm(pdf: bytes) -> tuple[float, float]:
    box = PdfReader(io.BytesIO(pdf)).pages[0].mediabox
    points_per_mm = 72 / 25.4
    return round(float(box.width) / points_per_mm), round(float(box.height) / points_per_mm)


def contains(page: str, text: str) -> bool:
    # The font subset maps a glyph back to the first character cluster it was
    # drawn for: once a title holds "é" plus extra combining accents, every
    # plain "é" in the file reads back with those accents too. The page looks
    # right; only the extracted text differs, so compare without combining marks.
    return _bare(flat(text)) in _bare(page)


def _bare(text: str) -> str:
    decomposed = unicodedata.normalize("NFD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))
