"""The phone pages' routes: show the current step, take a submission.

A submission is applied with the same model methods as a typed edit, on
the loop, then made durable (``ShareState.make_durable``); only then does
the phone hear "ontvangen" (a redirect to the page with a notice). A save
that fails answers 503 with the form filled in again and the same key, so
sending it again cannot add it twice.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

from pydantic import ValidationError
from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from cocreatie.i18n import t
from cocreatie.live.durable import NotSavedError
from cocreatie.models.base import UnknownItemError
from cocreatie.models.dots import MAX_DOTS
from cocreatie.models.errors import describe
from cocreatie.models.phone_edits import PHONE_KINDS
from cocreatie.models.vocab import TimeOfDay
from cocreatie.web.codes import KEY_PATTERN
from cocreatie.web.forms import Form, FormTooLargeError, FormTooSlowError, read_form
from cocreatie.web.phone import LANG_COOKIE, Phone, phone_of, version
from cocreatie.web.state import PhoneChange

NOTICES = {
    "sent": "web.received",
    "joined": "web.received_joined",
    "dots": "web.received_dots",
}

Handler = Callable[[Phone, Form], Awaitable[Response]]


async def show(request: Request) -> Response:
    phone = phone_of(request)
    notice_key = NOTICES.get(request.query_params.get("ok", ""))
    notice = t(notice_key, lang=phone.lang) if notice_key else ""
    if phone.state.paused:
        return phone.page("wait.html", message=t("web.paused", lang=phone.lang))
    return phone.page(phone.current_page(), notice=notice)


async def state(request: Request) -> Response:
    phone = phone_of(request)
    return JSONResponse({"version": version(phone.state)}, headers={"Cache-Control": "no-store"})


async def language(request: Request) -> Response:
    phone = phone_of(request)
    lang = request.path_params["lang"]
    response = phone.redirect()
    if lang in ("nl", "en"):
        response.set_cookie(LANG_COOKIE, lang, path=phone.base, httponly=True, samesite="lax")
    return response


def submission(handler: Handler) -> Callable[[Request], Awaitable[Response]]:
    """The checks every POST passes before ``handler`` sees its form."""

    async def endpoint(request: Request) -> Response:
        phone = phone_of(request)
        share = phone.state
        if phone.fresh:
            # No cookie, no form it could have been shown: nothing to accept.
            return phone.problem(403, t("web.form_expired", lang=phone.lang))
        if not share.rate.allow(phone.device):
            return phone.problem(429, t("web.too_many", lang=phone.lang))
        try:
            form = await read_form(request, share.limits)
        except FormTooLargeError:
            return phone.problem(413, t("web.too_large", lang=phone.lang))
        except FormTooSlowError:
            return phone.problem(408, t("web.form_expired", lang=phone.lang))
        if not share.tokens.check(phone.cookie, form.get("csrf")):
            return phone.problem(403, t("web.form_expired", lang=phone.lang))
        if share.paused:
            return phone.page("wait.html", 409, message=t("web.paused", lang=phone.lang))
        if phone.participant is None and handler is not join:
            return phone.redirect()
        return await handler(phone, form)

    return endpoint


async def acknowledge(
    phone: Phone, change: PhoneChange, notice: str, retry: Callable[[], Response]
) -> Response:
    """Wait for the disk, then tell the phone (and the facilitator)."""
    try:
        await phone.state.make_durable()
    except NotSavedError:
        return retry()
    phone.state.announce(change)
    return phone.redirect(notice, "dots" if change.kind == "dots" else "")


def _refill(phone: Phone, name: str, form: Form, status: int, problems: list[str]) -> Response:
    """The form again, as it was sent, with what went wrong above it."""
    values: dict[str, Any] = {n: form.get(n) for n in form.names()}
    values["factors"] = form.all("factor")
    key = form.get("key") if KEY_PATTERN.match(form.get("key")) else ""
    return phone.page(name, status, key=key, form=values, problems=problems)


def _not_saved(phone: Phone, name: str, form: Form) -> Callable[[], Response]:
    return lambda: _refill(phone, name, form, 503, [t("web.save_failed", lang=phone.lang)])


def _key_of(form: Form) -> str | None:
    key = form.get("key")
    return key if KEY_PATTERN.match(key) else None


async def join(phone: Phone, form: Form) -> Response:
    kind = form.get("kind")
    if kind not in PHONE_KINDS:
        return _refill(phone, "join.html", form, 400, [t("web.error.kind", lang=phone.lang)])
    try:
        person = phone.state.live.session.join_from_phone(phone.device, kind, form.get("name"))
    except ValidationError as exc:
        return _refill(phone, "join.html", form, 400, describe(exc, phone.lang))
    change = PhoneChange("join", person.id)
    return await acknowledge(phone, change, "joined", _not_saved(phone, "join.html", form))


async def contribution(phone: Phone, form: Form) -> Response:
    person, key = phone.participant, _key_of(form)
    assert person is not None
    if key is None:
        return phone.problem(400, t("web.form_expired", lang=phone.lang))
    known = {f.id for f in phone.state.live.template.factors}
    factors = [f for f in form.all("factor") if f in known]
    try:
        item, new = phone.state.live.session.add_phone_contribution(
            person.id, form.get("text"), factors, key
        )
    except ValidationError as exc:
        return _refill(phone, "definition.html", form, 400, describe(exc, phone.lang))
    change = PhoneChange("contribution", person.id, item.id, new)
    return await acknowledge(phone, change, "sent", _not_saved(phone, "definition.html", form))


async def wish(phone: Phone, form: Form) -> Response:
    person, key = phone.participant, _key_of(form)
    assert person is not None
    if key is None:
        return phone.problem(400, t("web.form_expired", lang=phone.lang))
    when = form.get("time")
    time_of_day = TimeOfDay(when) if when in {v.value for v in TimeOfDay} else None
    try:
        item, new = phone.state.live.session.add_phone_wish(
            person.id, form.get("text"), key, place=form.get("place"), time_of_day=time_of_day
        )
    except ValidationError as exc:
        return _refill(phone, "wishes.html", form, 400, describe(exc, phone.lang))
    change = PhoneChange("wish", person.id, item.id, new)
    return await acknowledge(phone, change, "sent", _not_saved(phone, "wishes.html", form))


async def dots(phone: Phone, form: Form) -> Response:
    person = phone.participant
    assert person is not None
    live = phone.state.live
    count = form.get("count")
    if not count.isdigit() or int(count) > MAX_DOTS:
        return phone.problem(400, t("web.error.nothing", lang=phone.lang))
    wish_id = form.get("wish")
    try:
        live.session.set_dots(
            person.id, wish_id, int(count), live.template.voting.dots_per_participant
        )
    except UnknownItemError:
        return phone.problem(400, t("web.error.wish_unknown", lang=phone.lang))
    except ValidationError as exc:
        return phone.page("wishes.html", 409, problems=describe(exc, phone.lang))
    change = PhoneChange("dots", person.id, wish_id)
    return await acknowledge(phone, change, "dots", _not_saved(phone, "wishes.html", form))


def _grade(form: Form) -> tuple[int | None, bool]:
    """The grade sent (or None) and whether what was sent is usable."""
    raw = form.get("grade")
    if not raw:
        return None, True
    if raw.isdigit() and 1 <= int(raw) <= 10:
        return int(raw), True
    return None, False


async def statements(phone: Phone, form: Form) -> Response:
    person = phone.participant
    assert person is not None
    lang = phone.lang
    answers: dict[str, int] = {}
    for factor in phone.state.live.template.statement_factors:
        raw = form.get(f"a-{factor.id}")
        if not raw:
            continue
        if raw not in {"1", "2", "3", "4", "5"}:
            return _refill(phone, "statements.html", form, 400, [t("web.error.answer", lang=lang)])
        answers[factor.id] = int(raw)
    grade, usable = _grade(form)
    if not usable:
        return _refill(phone, "statements.html", form, 400, [t("web.error.grade", lang=lang)])
    if not answers and grade is None:
        return _refill(phone, "statements.html", form, 400, [t("web.error.nothing", lang=lang)])
    session = phone.state.live.session
    if answers:
        session.answer_statements(person.id, answers)
    if grade is not None:
        session.respond_closing(person.id, grade=grade)
    change = PhoneChange("statements", person.id)
    return await acknowledge(phone, change, "sent", _not_saved(phone, "statements.html", form))


async def closing(phone: Phone, form: Form) -> Response:
    person = phone.participant
    assert person is not None
    lang = phone.lang
    grade, usable = _grade(form)
    if not usable:
        return _refill(phone, "closing.html", form, 400, [t("web.error.grade", lang=lang)])
    changes: dict[str, Any] = {}
    if grade is not None:
        changes["grade"] = grade
    if form.get("remark").strip():
        changes["remark"] = form.get("remark")
    if not changes:
        return _refill(phone, "closing.html", form, 400, [t("web.error.nothing", lang=lang)])
    try:
        phone.state.live.session.respond_closing(person.id, **changes)
    except ValidationError as exc:
        return _refill(phone, "closing.html", form, 400, describe(exc, lang))
    change = PhoneChange("closing", person.id)
    return await acknowledge(phone, change, "sent", _not_saved(phone, "closing.html", form))
