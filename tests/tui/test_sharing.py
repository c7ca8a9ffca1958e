"""Phones take part, seen from the facilitator's keyboard (Pilot, with the
real server on the test's loop and phones as httpx clients)."""

from __future__ import annotations

import socket
from collections.abc import Callable
from pathlib import Path

import httpx
import pytest
from textual.pilot import Pilot
from textual.widgets import OptionList

from cocreatie.app import CocreatieApp
from cocreatie.app.sharing import AppSharing
from cocreatie.screens.dialogs.choice_picker import ChoicePicker
from cocreatie.screens.dialogs.share_dialog import ShareDialog
from cocreatie.screens.session import SessionScreen
from cocreatie.screens.session.share_service import ShareHandle
from cocreatie.widgets.share_bar import ShareBar
from tests.web.phones import Phone, acknowledged, record_on_disk

from .conftest import goto_step, make_app, settle, wait_for_session

CODE = "K7PX9M"
ADDRESSES = [("wlan0", "192.168.1.20"), ("eth0", "10.0.0.5")]
DEFINITION, WISHES = 2, 3  # steps of the demo template


def sharing_app(data_dir: Path, session: str, **kwargs: object) -> CocreatieApp:
    sharing = AppSharing(code=CODE, **kwargs)  # type: ignore[arg-type]
    return make_app(data_dir, session, sharing=sharing)


async def until(pilot: Pilot, done: Callable[[], object], what: str) -> None:
    for _ in range(400):
        if done():
            return
        await pilot.pause(0.02)
    raise AssertionError(f"never happened: {what}")


def handle(app: CocreatieApp) -> ShareHandle:
    ((_, share),) = app.sharing.hosts.values()
    return share


def bar_text(screen: SessionScreen) -> str:
    return str(screen.query_one(ShareBar).render())


async def start_sharing(pilot: Pilot, step: int = DEFINITION) -> SessionScreen:
    await wait_for_session(pilot)
    screen = await goto_step(pilot, step)
    await pilot.press("f6")
    await until(pilot, lambda: isinstance(pilot.app.screen, ShareDialog), "the join panel")
    return screen


def phone_url(app: CocreatieApp) -> str:
    return handle(app).url_for("127.0.0.1")


async def test_f6_starts_sharing_and_shows_the_join_panel(data_dir: Path, demo_id: str) -> None:
    app = sharing_app(data_dir, demo_id, addresses=ADDRESSES[:1])
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await start_sharing(pilot)
        share = handle(app)
        assert share.running and share.code == CODE
        dialog = app.screen
        assert isinstance(dialog, ShareDialog)
        shown = " ".join(str(s.render()) for s in dialog.query("SharePanel Static"))
        assert f"http://192.168.1.20:{share.port}/" in shown and f"Code: {CODE}" in shown
        assert dialog.info.qr_data == f"HTTP://192.168.1.20:{share.port}/{CODE}/"
        await pilot.press("escape")
        await settle(pilot)
        assert app.screen is screen
        assert "Telefoons doen mee" in bar_text(screen) and f"code {CODE}" in bar_text(screen)
        # The server answers the phones.
        async with httpx.AsyncClient() as client:
            page = await client.get(phone_url(app))
        assert page.status_code == 200
        # F7 shows the panel again.
        await pilot.press("f7")
        await until(pilot, lambda: isinstance(app.screen, ShareDialog), "the panel again")


async def test_several_addresses_the_facilitator_picks_one(data_dir: Path, demo_id: str) -> None:
    app = sharing_app(data_dir, demo_id, addresses=ADDRESSES)
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_for_session(pilot)
        await goto_step(pilot, DEFINITION)
        await pilot.press("f6")
        await until(pilot, lambda: isinstance(app.screen, ChoicePicker), "the address picker")
        options = app.screen.query_one("#choices", OptionList)
        labels = [str(options.get_option_at_index(i).prompt) for i in range(options.option_count)]
        assert labels == ["192.168.1.20  (wlan0)", "10.0.0.5  (eth0)"]
        await pilot.press("down", "enter")
        await until(pilot, lambda: isinstance(app.screen, ShareDialog), "the join panel")
        assert isinstance(app.screen, ShareDialog)
        assert app.screen.info.address == f"http://10.0.0.5:{handle(app).port}/"


async def test_a_contribution_from_a_phone_shows_live_and_marked(
    data_dir: Path, demo_id: str
) -> None:
    app = sharing_app(data_dir, demo_id, addresses=ADDRESSES[:1])
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await start_sharing(pilot)
        await pilot.press("escape")
        async with Phone(phone_url(app)) as phone:
            await phone.join()
            assert acknowledged(await phone.contribute("Meer licht bij het station"))
        view = screen.step_view
        assert view is not None

        def shown() -> bool:
            rows = view.query_one("RecordTable")._rows  # type: ignore[attr-defined]
            return any("☏ telefoon: Meer licht bij het station" in r.cells for r in rows)

        await until(pilot, shown, "the phone's contribution in the table")
        await until(pilot, lambda: "1 telefoon · 1 inzending" in bar_text(screen), "counts")
        assert "Nieuwste: ☏ telefoon: Meer licht bij het station" in bar_text(screen)
        assert app.live is not None
        record = record_on_disk(app.live.path)
        assert "Meer licht bij het station" in [
            c["text"] for c in record["veiligheid"]["contributions"]
        ]


async def test_f8_pauses_and_resumes_input(data_dir: Path, demo_id: str) -> None:
    app = sharing_app(data_dir, demo_id, addresses=ADDRESSES[:1])
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await start_sharing(pilot)
        await pilot.press("escape")
        async with Phone(phone_url(app)) as phone:
            await phone.join()
            await pilot.press("f8")
            assert handle(app).paused and "PAUZE" in bar_text(screen)
            refused = await phone.contribute("tijdens de pauze")
            assert refused.status_code == 409
            await pilot.press("f8")
            assert not handle(app).paused and "PAUZE" not in bar_text(screen)
            assert acknowledged(await phone.contribute("na de pauze"))


async def test_f6_again_stops_the_server(data_dir: Path, demo_id: str) -> None:
    app = sharing_app(data_dir, demo_id, addresses=ADDRESSES[:1])
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await start_sharing(pilot)
        url = phone_url(app)
        await pilot.press("escape", "f6")
        await until(pilot, lambda: not handle(app).running, "the server stopped")
        await until(pilot, lambda: not screen.query_one(ShareBar).has_class("-on"), "bar gone")
        async with httpx.AsyncClient() as client:
            with pytest.raises(httpx.ConnectError):
                await client.get(url)


async def test_v_closes_and_opens_voting_in_the_wishes_step(data_dir: Path, demo_id: str) -> None:
    app = sharing_app(data_dir, demo_id, addresses=ADDRESSES[:1])
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await start_sharing(pilot, WISHES)
        await pilot.press("escape")  # the join panel closes: back on the quick line
        await settle(pilot)
        assert app.live is not None
        wish = app.live.session.wishes[0].id
        await pilot.press("escape", "v")  # from the line to the list and its keys
        assert not app.live.session.voting.open
        status = str(screen.query_one("#wish-status").render())
        assert status.startswith("STEMMEN GESLOTEN [v]")
        async with Phone(phone_url(app)) as phone:
            await phone.join()
            assert (await phone.dots(wish, 1)).status_code == 409
            await pilot.press("v")
            assert app.live.session.voting.open
            assert acknowledged(await phone.dots(wish, 1))


async def test_a_port_in_use_gets_a_dutch_message(data_dir: Path, demo_id: str) -> None:
    with socket.socket() as taken:
        taken.bind(("0.0.0.0", 0))
        taken.listen()
        port = taken.getsockname()[1]
        app = sharing_app(data_dir, demo_id, addresses=ADDRESSES[:1], port=port)
        async with app.run_test(size=(100, 30)) as pilot:
            screen = await wait_for_session(pilot)
            await pilot.press("f6")
            await until(pilot, lambda: app._notifications, "a message")
            (note,) = list(app._notifications)
            assert "poort is al in gebruik" in note.message
            assert note.severity == "error"
            assert app.screen is screen and not screen.sharing


async def test_leaving_the_session_and_quitting_stop_the_server(
    data_dir: Path, demo_id: str
) -> None:
    app = sharing_app(data_dir, demo_id, addresses=ADDRESSES[:1])
    async with app.run_test(size=(100, 30)) as pilot:
        await start_sharing(pilot)
        share = handle(app)
        url = phone_url(app)
        async with Phone(url) as phone:
            await phone.join()
            assert acknowledged(await phone.contribute("net voor het einde"))
        await pilot.press("escape", "escape", "escape", "escape")
        await until(pilot, lambda: not share.running, "the server stopped on leaving")
        await until(pilot, lambda: not app.sharing.hosts, "no hosts left")
    path = data_dir / f"{demo_id}.json"
    texts = [c["text"] for c in record_on_disk(path)["veiligheid"]["contributions"]]
    assert "net voor het einde" in texts


async def test_ctrl_q_stops_the_server_before_closing(data_dir: Path, demo_id: str) -> None:
    app = sharing_app(data_dir, demo_id, addresses=ADDRESSES[:1])
    async with app.run_test(size=(100, 30)) as pilot:
        await start_sharing(pilot)
        share = handle(app)
        await pilot.press("escape", "ctrl+q")
        await until(pilot, lambda: not share.running, "the server stopped on quitting")


async def test_hide_and_merge_what_phones_sent(data_dir: Path, demo_id: str) -> None:
    app = sharing_app(data_dir, demo_id, addresses=ADDRESSES[:1])
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await start_sharing(pilot, WISHES)
        await pilot.press("escape")
        async with Phone(phone_url(app)) as phone:
            await phone.join()
            for text in ("Meer licht op het pad", "Meer lampen op het pad", "reclame!!"):
                assert acknowledged(await phone.wish(text))
        assert app.live is not None
        session = app.live.session
        light, lamps, spam = (w.id for w in session.wishes[-3:])
        view = screen.step_view
        assert view is not None
        table = view.query_one("RecordTable")
        keys = lambda: table.row_keys  # type: ignore[attr-defined]  # noqa: E731
        await until(pilot, lambda: spam in keys(), "the phone's wishes in the list")
        table.focus()
        table.select(spam)  # type: ignore[attr-defined]
        await pilot.press("h")
        assert {w.id: w for w in app.live.session.wishes}[spam].hidden
        table.select(lamps)  # type: ignore[attr-defined]
        await pilot.press("m")
        await until(pilot, lambda: isinstance(app.screen, ChoicePicker), "which one to keep")
        await pilot.press(*"licht op het pad", "enter")
        await until(pilot, lambda: isinstance(app.screen, SessionScreen), "back in the step")
        wishes = {w.id: w for w in app.live.session.wishes}
        assert wishes[spam].hidden and wishes[lamps].merged_into == light
        assert not wishes[light].hidden and wishes[light].merged_into is None
        cells = {r.key: r.cells for r in table._rows}  # type: ignore[attr-defined]
        assert "⊘ verborgen: ☏ telefoon: reclame!!" in cells[spam]
        assert "⇢ samengevoegd: ☏ telefoon: Meer lampen op het pad" in cells[lamps]
        # Shown again with h; a merged one stays merged.
        table.select(spam)  # type: ignore[attr-defined]
        await pilot.press("h")
        assert not {w.id: w for w in app.live.session.wishes}[spam].hidden
