"""Phones take part: join, contribute, wish, place dots, answer the
statements and close; each "ontvangen" only once the record is on disk."""

from __future__ import annotations

import asyncio

import httpx
import pytest

from cocreatie.templating.model import StepType
from cocreatie.web.state import PhoneChange

from .conftest import Shared
from .phones import Phone, acknowledged, go_to, keys_on_disk, new_key, record_on_disk


async def test_join_then_contribute_reaches_the_disk_before_the_answer(shared: Shared) -> None:
    seen: list[PhoneChange] = []
    shared.host.watch(seen.append)
    go_to(shared.live, StepType.DEFINITION)
    async with Phone(shared.url) as phone:
        first = await phone.page()
        assert first.status_code == 200 and "Meedoen" in first.text
        cookie = first.headers["set-cookie"].lower()
        assert "httponly" in cookie and "samesite=lax" in cookie and "max-age" in cookie
        assert acknowledged(await phone.join("professional", "Fatima"))
        record = record_on_disk(shared.path)
        person = record["participants"][-1]
        assert person["kind"] == "professional" and person["device_id"]
        # The page now asks what the current step asks.
        page = await phone.page()
        assert "Wat betekent veilig voelen" in page.text
        key = new_key()
        answer = await phone.contribute("Donker pad langs het water", key, factor="inrichting")
        assert acknowledged(answer)
        # Acknowledged means on disk: read the file, not the memory.
        on_disk = record_on_disk(shared.path)["veiligheid"]["contributions"]
        assert [c["text"] for c in on_disk] == ["Donker pad langs het water"]
        assert on_disk[0]["factor_ids"] == ["inrichting"]
        assert on_disk[0]["participant_id"] == person["id"]
        assert "Ontvangen" in (await phone.page("?ok=sent")).text
    assert [c.kind for c in seen] == ["join", "contribution"]


async def test_a_retried_submit_is_not_a_second_item(shared: Shared) -> None:
    async with Phone(shared.url) as phone:
        await phone.join()
        key = new_key()
        for _ in range(3):
            assert acknowledged(await phone.contribute("Hangjongeren bij de snackbar", key))
            assert acknowledged(await phone.wish("Meer licht", "W" + key[1:], place="Parkpad"))
        # A double tap: the same form twice at the same moment.
        tap = new_key()
        both = await asyncio.gather(*(phone.contribute("Dubbel getikt", tap) for _ in range(2)))
        assert all(acknowledged(r) for r in both)
    record = record_on_disk(shared.path)
    assert keys_on_disk(record).count(key) == 1
    assert keys_on_disk(record).count(tap) == 1
    assert len(record["veiligheid"]["contributions"]) == 2 and len(record["wishes"]) == 1
    assert record["wishes"][0]["location"]["text"] == "Parkpad"


async def test_dots_keep_to_the_budget_and_stop_when_voting_closes(shared: Shared) -> None:
    go_to(shared.live, StepType.WISHES)
    budget = shared.live.template.voting.dots_per_participant
    async with Phone(shared.url) as phone:
        await phone.join()
        for text in ("Meer licht", "Minder hard rijden"):
            assert acknowledged(await phone.wish(text))
        light, speed = (w.id for w in shared.live.session.wishes)
        assert acknowledged(await phone.dots(light, budget - 1))
        assert acknowledged(await phone.dots(speed, 1))
        over = await phone.dots(speed, 2)
        assert over.status_code == 409 and "stippen" in over.text
        page = await phone.page()
        assert f"nog 0 van {budget}" in page.text
        shared.live.session.close_voting()
        closed = await phone.dots(speed, 0)
        assert closed.status_code == 409
    record = record_on_disk(shared.path)
    placed = sum(d["count"] for d in record["voting"]["dots"])
    assert placed == budget
    votes = {w["id"]: w["votes"] for w in record["wishes"]}
    assert votes == {light: budget - 1, speed: 1}


async def test_statements_grade_and_closing_remark(shared: Shared) -> None:
    go_to(shared.live, StepType.STATEMENTS)
    async with Phone(shared.url) as resident, Phone(shared.url) as professional:
        await resident.join()
        await professional.join("professional")
        page = await resident.page()
        assert "Ik weet wie ik kan aanspreken" in page.text
        sent = await resident.post("statements", {"a-toezicht": "1", "grade": "6"})
        assert acknowledged(sent)
        assert acknowledged(await professional.post("statements", {"a-toezicht": "5"}))
        bad = await resident.post("statements", {"a-toezicht": "9"})
        assert bad.status_code == 400
        go_to(shared.live, StepType.CLOSING)
        await resident.page()
        assert acknowledged(
            await resident.post("closing", {"grade": "7", "remark": "Goed gesprek"})
        )
    record = record_on_disk(shared.path)
    assert sorted(a["agree"] for a in record["statements"]) == [1, 5]
    (response,) = record["closing"]["responses"]
    assert response["grade"] == 7 and response["remark"] == "Goed gesprek"


async def test_other_steps_and_a_pause_say_wait(shared: Shared) -> None:
    go_to(shared.live, StepType.ACTIONS)
    async with Phone(shared.url) as phone:
        await phone.join()
        assert "niets te doen" in (await phone.page()).text
        shared.host.pause()
        assert "stilgezet" in (await phone.page()).text
        refused = await phone.contribute("tijdens de pauze")
        assert refused.status_code == 409
        shared.host.resume()
        assert acknowledged(await phone.contribute("na de pauze"))
    texts = [c["text"] for c in record_on_disk(shared.path)["veiligheid"]["contributions"]]
    assert texts == ["na de pauze"]


async def test_english_switch(shared: Shared) -> None:
    async with Phone(shared.url) as phone:
        switched = await phone.client.get(shared.url + "lang/en")
        assert switched.status_code == 303
        page = await phone.page()
        assert 'lang="en"' in page.text and "Take part" in page.text


async def test_failed_save_is_not_acknowledged_and_a_retry_adds_nothing(
    shared: Shared, monkeypatch: object
) -> None:
    async with Phone(shared.url) as phone:
        await phone.join()
        opened = shared.live.opened
        real = opened.save_snapshot

        def full_disk(snapshot: object) -> object:
            raise OSError(28, "No space left on device")

        opened.save_snapshot = full_disk  # type: ignore[method-assign]
        key = new_key()
        failed = await phone.contribute("Bij volle schijf", key)
        assert failed.status_code == 503
        assert "niet opgeslagen" in failed.text.lower() and "Traceback" not in failed.text
        # The form comes back with the same key, so sending it again is safe.
        assert f'value="{key}"' in failed.text
        opened.save_snapshot = real  # type: ignore[method-assign]
        assert acknowledged(await phone.contribute("Bij volle schijf", key))
    record = record_on_disk(shared.path)
    assert keys_on_disk(record) == [key]


async def test_every_page_is_small_and_served_from_the_package(shared: Shared) -> None:
    async with Phone(shared.url) as phone:
        sizes = [len((await phone.page()).content)]
        await phone.join()
        for step in (StepType.DEFINITION, StepType.WISHES, StepType.STATEMENTS, StepType.CLOSING):
            go_to(shared.live, step)
            page = await phone.page()
            # Nothing from elsewhere: no CDN, no web fonts, no trackers.
            assert "http://" not in page.text and "https://" not in page.text
            assert "<script>" not in page.text and " style=" not in page.text
            sizes.append(len(page.content))
        style = await phone.client.get(shared.url + "static/style.css")
        script = await phone.client.get(shared.url + "static/live.js")
        assert style.status_code == script.status_code == 200
        extra = len(style.content) + len(script.content)
    assert max(sizes) + extra < 50_000


async def test_sharing_stops_and_starts_again_with_the_same_code(shared: Shared) -> None:
    host = shared.host
    async with Phone(shared.url) as phone:
        assert acknowledged(await phone.join())
    await host.stop()
    assert not host.running
    async with Phone(shared.url) as phone:
        with pytest.raises(httpx.TransportError):
            await phone.page()
    url = await host.start()
    # The same address as before: the QR code on the wall stays valid.
    assert host.running and url == shared.url
    async with Phone(url) as phone:
        assert acknowledged(await phone.join())
        assert acknowledged(await phone.contribute("Na een herstart"))
    assert len(record_on_disk(shared.path)["participants"]) == 2
