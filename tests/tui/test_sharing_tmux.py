"""The real program in tmux lets a real phone browser take part: F6 starts
sharing, headless Chromium (part 1's phone fixture) joins with the address
and code read off the terminal, and its contribution appears on screen."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from selenium import webdriver
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as ec
from selenium.webdriver.support.ui import WebDriverWait

from tests.tui.test_tmux import Terminal, pytestmark, terminal  # noqa: F401
from tests.web.test_web_browser import _submit, browser  # noqa: F401

ADDRESS = re.compile(r"(http://[0-9.]+:[0-9]+/)")
CODE = re.compile(r"Code: ([A-Z0-9]+)")
TEXT = "Bij de bushalte is het donker na acht uur"


def test_a_phone_contribution_appears_on_the_terminal(
    terminal: Callable[..., Terminal],  # noqa: F811
    browser: webdriver.Chrome,  # noqa: F811
    tmp_path: Path,
) -> None:
    term = terminal(f"demo --data-dir {tmp_path / 'data'}")
    term.wait_for("Stap 8/8")
    term.keys("C-g")
    term.wait_for("Naar welke stap?")
    term.keys("Wat is veiligheid", "Enter")
    term.wait_for("Stap 3/8")
    term.keys("F6")
    screen = term.wait_for(lambda text: "Code: " in text or "Via welk netwerk" in text)
    if "Via welk netwerk" in screen:  # several networks: take the first
        term.keys("Enter")
        screen = term.wait_for("Code: ")
    address = ADDRESS.search(screen)
    code = CODE.search(screen)
    assert address is not None and code is not None, screen
    term.keys("Escape")
    term.wait_for("Telefoons doen mee")

    wait = WebDriverWait(browser, 20)
    browser.get(f"{address[1]}{code[1]}/")
    browser.find_element(By.CSS_SELECTOR, "input[value=resident]").click()
    _submit(browser, "join")
    wait.until(ec.text_to_be_present_in_element((By.CSS_SELECTOR, ".notice"), "Welkom"))
    browser.find_element(By.ID, "text").send_keys(TEXT)
    _submit(browser, "contribution")
    wait.until(ec.text_to_be_present_in_element((By.CSS_SELECTOR, ".notice"), "Ontvangen"))

    screen = term.wait_for(f"Nieuwste: ☏ telefoon: {TEXT}")
    # The count of submissions may be cut off on a narrow terminal; phones is not.
    assert re.search(r"\b1 telefoon(?!s)", screen), screen  # singular: one phone
    term.keys("F6")
    term.wait_for("Telefoons doen niet meer mee")
    term.keys("C-q")
    text = term.wait_for("EXIT=")
    assert "EXIT=0" in text and "Traceback" not in text
