"""A real phone browser: headless Chromium (Debian's chromium and
chromium-driver, driven by selenium) joins with the code, sends a
contribution and places dots; the test reads them from the file on disk.
Every page must fit 360 px without sideways scrolling."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from cocreatie.templating.model import StepType

from .phones import go_to, record_on_disk
from .threaded import ThreadedShare

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
DRIVER = shutil.which("chromedriver")

if CHROMIUM is None or DRIVER is None:
    pytest.skip(
        "headless Chromium not installed (apt-get install chromium chromium-driver; "
        ".ci/run does this)",
        allow_module_level=True,
    )

from selenium import webdriver  # noqa: E402
from selenium.webdriver.chrome.service import Service  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.support import expected_conditions as ec  # noqa: E402
from selenium.webdriver.support.ui import WebDriverWait  # noqa: E402

PHONE_WIDTH = 360


@pytest.fixture
def browser(tmp_path: Path) -> Iterator[webdriver.Chrome]:
    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for argument in (
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        f"--user-data-dir={tmp_path / 'chromium-profile'}",
    ):
        options.add_argument(argument)
    # A phone's screen (a desktop window cannot be made this narrow).
    options.add_experimental_option(
        "mobileEmulation", {"deviceMetrics": {"width": PHONE_WIDTH, "height": 740, "pixelRatio": 2}}
    )
    driver = webdriver.Chrome(service=Service(executable_path=str(DRIVER)), options=options)
    driver.set_page_load_timeout(30)
    try:
        yield driver
    finally:
        driver.quit()


@pytest.fixture
def served(tmp_path: Path) -> Iterator[ThreadedShare]:
    share = ThreadedShare(tmp_path / "data")
    try:
        yield share
    finally:
        share.close()


def _fits(driver: webdriver.Chrome) -> None:
    width = driver.execute_script("return window.innerWidth")
    scroll = driver.execute_script("return document.documentElement.scrollWidth")
    assert width == PHONE_WIDTH and scroll <= width, (width, scroll)


def _submit(driver: webdriver.Chrome, form_action: str) -> None:
    button = driver.find_element(By.CSS_SELECTOR, f"form[action$='{form_action}'] button")
    driver.execute_script("arguments[0].scrollIntoView()", button)
    button.click()


def test_a_phone_joins_contributes_and_places_dots(
    browser: webdriver.Chrome, served: ThreadedShare
) -> None:
    wait = WebDriverWait(browser, 20)
    served.on_loop(lambda: go_to(served.live, StepType.DEFINITION))
    browser.get(served.url)
    assert browser.find_element(By.TAG_NAME, "h1").text == "Welkom"
    _fits(browser)
    browser.find_element(By.CSS_SELECTOR, "input[value=professional]").click()
    _submit(browser, "join")
    wait.until(ec.text_to_be_present_in_element((By.CSS_SELECTOR, ".notice"), "Welkom"))
    assert browser.find_element(By.TAG_NAME, "h1").text == "Wat is veiligheid?"
    _fits(browser)
    browser.find_element(By.ID, "text").send_keys("Op het fietspad is het 's avonds donker")
    browser.find_element(By.CSS_SELECTOR, "input[value=inrichting]").click()
    _submit(browser, "contribution")
    wait.until(ec.text_to_be_present_in_element((By.CSS_SELECTOR, ".notice"), "Ontvangen"))

    served.on_loop(lambda: go_to(served.live, StepType.WISHES))
    browser.get(served.url)
    browser.find_element(By.ID, "text").send_keys("Lantaarns op het fietspad " * 6)
    browser.find_element(By.ID, "place").send_keys("Fietspad langs de Lange Vaart")
    _submit(browser, "wish")
    wait.until(ec.text_to_be_present_in_element((By.CSS_SELECTOR, ".notice"), "Ontvangen"))
    _fits(browser)
    for placed in (1, 2):
        browser.find_element(By.CSS_SELECTOR, "ul.wishes button.add").click()
        wait.until(
            ec.text_to_be_present_in_element((By.CSS_SELECTOR, ".count"), f"Uw stippen: {placed}")
        )
    assert "nog 1 van 3" in browser.find_element(By.ID, "dots-left").text

    # The facilitator moves on: the page follows by itself (live.js polls).
    served.on_loop(lambda: go_to(served.live, StepType.STATEMENTS))
    wait.until(ec.text_to_be_present_in_element((By.TAG_NAME, "h1"), "Stellingen"))
    _fits(browser)

    record = record_on_disk(served.live.path)
    (contribution,) = record["veiligheid"]["contributions"]
    assert contribution["text"] == "Op het fietspad is het 's avonds donker"
    assert contribution["factor_ids"] == ["inrichting"]
    (person,) = record["participants"]
    assert person["kind"] == "professional" and contribution["participant_id"] == person["id"]
    (wish,) = record["wishes"]
    assert wish["location"]["text"] == "Fietspad langs de Lange Vaart"
    assert record["voting"]["dots"][0]["count"] == 2 and wish["votes"] == 2
