"""The join code, the device id, the form tokens and the rate window."""

from __future__ import annotations

import re

from cocreatie.models.phone import DEVICE_ID_PATTERN, KEY_PATTERN
from cocreatie.web.codes import (
    FormTokens,
    device_id,
    new_device_cookie,
    new_form_key,
    new_join_code,
    same_code,
    valid_code,
)
from cocreatie.web.limits import MAX_TRACKED, RateLimiter


def test_join_codes_are_easy_to_type() -> None:
    codes = {new_join_code() for _ in range(500)}
    assert len(codes) > 490
    for code in codes:
        assert len(code) >= 6 and valid_code(code)
        assert not set(code) & set("01OIL")
    assert same_code(" k7px-9m ", "K7PX9M") and not same_code("K7PX9N", "K7PX9M")
    assert not valid_code("K7PX0M") and not valid_code("K7PX")


def test_device_ids_fit_the_record_and_hide_the_cookie() -> None:
    cookie = new_device_cookie()
    device = device_id(cookie)
    assert re.match(DEVICE_ID_PATTERN, device) and cookie not in device
    assert device == device_id(cookie) != device_id(new_device_cookie())
    assert re.match(KEY_PATTERN, new_form_key())


def test_form_tokens_belong_to_one_cookie_and_one_code() -> None:
    tokens = FormTokens("sessie", "K7PX9M")
    cookie = new_device_cookie()
    token = tokens.token(cookie)
    assert tokens.check(cookie, token)
    assert not tokens.check(new_device_cookie(), token)
    assert not FormTokens("sessie", "ABCDEF").check(cookie, token)
    # The same code after a restart: forms already shown stay valid.
    assert FormTokens("sessie", "K7PX9M").check(cookie, token)


def test_rate_window_slides_and_forgets_quiet_devices() -> None:
    limiter = RateLimiter(per_minute=3)
    assert [limiter.allow("a", now=t) for t in (0, 1, 2, 3)] == [True, True, True, False]
    assert limiter.allow("a", now=60.5)
    for n in range(MAX_TRACKED + 10):
        limiter.allow(f"made-up-{n}", now=100.0 + n / 1000)
    # Nobody has been quiet for a minute yet: all are remembered.
    assert limiter.tracked == MAX_TRACKED + 11
    limiter.allow("late", now=500.0)
    assert limiter.tracked == 1
