"""The join QR code drawn in text carries the address: the drawn modules are
segno's own, and a QR decoder reads the address back from them."""

from __future__ import annotations

import pytest
import segno
import zxingcpp

from cocreatie.widgets.qr_code import BORDER, draw, qr_matrix, read_back

URL = "HTTP://192.168.1.20:53211/K7PX9M/"


def test_drawn_modules_are_segnos_matrix() -> None:
    expected = [
        [bool(m) for m in row]
        for row in segno.make_qr(URL, error="m", boost_error=False).matrix_iter(border=BORDER)
    ]
    drawn = read_back(draw(qr_matrix(URL)))
    assert drawn[: len(expected)] == expected
    # An odd number of rows: the last half-block row is padded with light.
    assert len(drawn) == len(expected) + len(expected) % 2
    assert not any(dark for row in drawn[len(expected) :] for dark in row)


def test_two_module_rows_per_text_row_and_a_light_quiet_zone() -> None:
    matrix = qr_matrix(URL)
    text = draw(matrix)
    lines = text.plain.split("\n")
    assert len(lines) == (len(matrix) + 1) // 2
    assert {len(line) for line in lines} == {len(matrix[0])}
    assert set(text.plain) <= {"▀", "\n"}
    assert not any(matrix[0]) and not any(row[0] for row in matrix)


@pytest.mark.parametrize("size", [1, 2], ids=["laptop", "projector"])
def test_a_decoder_reads_the_address_from_the_drawing(size: int) -> None:
    modules = read_back(draw(qr_matrix(URL, scale=size)))
    scale = 6
    width, height = len(modules[0]) * scale, len(modules) * scale
    pixels = bytearray()
    for row in modules:
        line = bytes(0 if dark else 255 for dark in row for _ in range(scale))
        pixels += line * scale
    image = memoryview(bytes(pixels)).cast("B", (height, width))
    assert [found.text for found in zxingcpp.read_barcodes(image)] == [URL]


def test_another_address_draws_another_code() -> None:
    assert qr_matrix(URL) != qr_matrix(URL.replace("53211", "53212"))
