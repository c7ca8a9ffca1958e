"""Simulated phones for the load, kill and benchmark runs: each joins, then
sends contributions and wishes (now and then twice with the same key, as a
double tap would), and moves its dots, noting what was acknowledged."""

from __future__ import annotations

import asyncio
import random
import re
import time
from dataclasses import dataclass, field
from typing import Any

import httpx

from cocreatie.web.codes import device_id

from .phones import Phone, acknowledged, new_key

WISH_ID = re.compile(r'id="wish-([^"]+)"')


@dataclass
class Tally:
    """What the phones were told: only these must be on disk."""

    acked_keys: set[str] = field(default_factory=set)
    # (device id, wish id) -> the last acknowledged number of dots
    acked_dots: dict[tuple[str, str], int] = field(default_factory=dict)
    latencies: list[float] = field(default_factory=list)
    refused: int = 0
    errors: int = 0
    retries: int = 0


async def _timed(tally: Tally, request: Any) -> httpx.Response:
    start = time.perf_counter()
    response: httpx.Response = await request
    if acknowledged(response):
        tally.latencies.append(time.perf_counter() - start)
    return response


async def run_phone(
    url: str, tally: Tally, until: float, pause: float, budget: int, seed: int
) -> None:
    chance = random.Random(seed)
    async with Phone(url) as phone:
        try:
            await phone.join("professional" if seed % 4 == 0 else "resident")
            cookie = next(c.value for c in phone.client.cookies.jar if c.name == "cc_device")
            device = device_id(cookie)
            wishes: list[str] = []
            while time.monotonic() < until:
                await asyncio.sleep(pause * (0.5 + chance.random()))
                roll = chance.random()
                if roll < 0.7:
                    key = new_key()
                    text = f"Bijdrage {seed}-{key[:6]}"
                    send = phone.contribute if roll < 0.5 else phone.wish
                    response = await _timed(tally, send(text, key))
                    if acknowledged(response):
                        tally.acked_keys.add(key)
                        if chance.random() < 0.1:
                            tally.retries += 1
                            again = await send(text, key)
                            assert acknowledged(again), again.status_code
                    elif response.status_code < 500:
                        tally.refused += 1
                elif roll < 0.8 or not wishes:
                    page = await phone.page()
                    wishes = WISH_ID.findall(page.text)
                else:
                    wish = chance.choice(wishes)
                    count = chance.randint(0, budget)
                    response = await _timed(tally, phone.dots(wish, count))
                    if acknowledged(response):
                        tally.acked_dots[(device, wish)] = count
                    else:
                        tally.refused += 1
        except (httpx.TransportError, StopIteration):
            # The server went away (the kill test) or never let us in.
            tally.errors += 1


async def run_phones(
    url: str, phones: int, seconds: float, pause: float, budget: int, tally: Tally | None = None
) -> Tally:
    tally = tally or Tally()
    until = time.monotonic() + seconds
    await asyncio.gather(
        *(run_phone(url, tally, until, pause, budget, seed) for seed in range(phones))
    )
    return tally


def check_record(
    record: dict[str, Any], tally: Tally, budget: int, *, exact_dots: bool = True
) -> None:
    """Zero lost, zero duplicated, the budget held, the dots as acknowledged.

    After a kill a phone may not have heard about a change that did reach
    the disk, so there its dots need not be the last acknowledged ones."""
    items = [*record["veiligheid"]["contributions"], *record["wishes"]]
    keys = [i["origin"]["key"] for i in items if i.get("origin")]
    assert len(keys) == len(set(keys)), "a submission was stored twice"
    missing = tally.acked_keys - set(keys)
    assert not missing, f"{len(missing)} acknowledged submissions lost"
    people = {p["id"]: p["device_id"] for p in record["participants"]}
    placed: dict[str, int] = {}
    on_disk: dict[tuple[str, str], int] = {}
    for dot in record["voting"]["dots"]:
        placed[dot["participant_id"]] = placed.get(dot["participant_id"], 0) + dot["count"]
        on_disk[(people[dot["participant_id"]], dot["wish_id"])] = dot["count"]
    assert all(n <= budget for n in placed.values()), "dot budget exceeded"
    if exact_dots:
        for where, count in tally.acked_dots.items():
            assert on_disk.get(where, 0) == count, where
    votes = {w["id"]: w["votes"] for w in record["wishes"]}
    for wish_id, total in votes.items():
        assert total == sum(n for (_, w), n in on_disk.items() if w == wish_id)
