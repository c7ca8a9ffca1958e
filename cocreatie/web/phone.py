"""Who is asking: the phone's cookie, device id, language and participant,
and the pages it is shown (one per kind of step, or "wacht even")."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from starlette.requests import Request
from starlette.responses import HTMLResponse, RedirectResponse, Response

from cocreatie.i18n import t
from cocreatie.models import Participant
from cocreatie.models.vocab import TimeOfDay
from cocreatie.templating.model import StepType
from cocreatie.web.codes import device_id, new_device_cookie, new_form_key, valid_cookie
from cocreatie.web.pages import LANGUAGES
from cocreatie.web.state import ShareState

COOKIE = "cc_device"
LANG_COOKIE = "cc_lang"
# A phone stays known for an evening, not for ever.
COOKIE_MAX_AGE_S = 12 * 3600

# What a step of the facilitator's asks of the phones.
PAGE_OF_STEP = {
    StepType.DEFINITION: "definition.html",
    StepType.WISHES: "wishes.html",
    StepType.STATEMENTS: "statements.html",
    StepType.CLOSING: "closing.html",
}


@dataclass
class Phone:
    state: ShareState
    cookie: str
    fresh: bool
    lang: str

    @property
    def device(self) -> str:
        return device_id(self.cookie)

    @property
    def base(self) -> str:
        return f"/{self.state.code}/"

    @property
    def participant(self) -> Participant | None:
        return self.state.live.session.participant_of_device(self.device)

    def page(self, name: str, status: int = 200, *, key: str = "", **context: Any) -> Response:
        """``name`` rendered for this phone, with fresh form tokens."""
        person = self.participant
        values: dict[str, Any] = {
            "base": self.base,
            "csrf": self.state.tokens.token(self.cookie),
            "key": key or new_form_key(),
            "version": version(self.state),
            "who": person.display_name if person is not None else "",
            **_page_context(self, name),
            **context,
        }
        body = self.state.pages.render(name, self.lang, **values)
        response = HTMLResponse(body, status_code=status)
        return self.remember(response)

    def problem(self, status: int, message: str, heading: str = "") -> Response:
        heading = heading or t("web.refused_title", lang=self.lang)
        return self.page("problem.html", status, heading=heading, message=message)

    def redirect(self, query: str = "", fragment: str = "") -> Response:
        target = (
            self.base + (f"?ok={query}" if query else "") + (f"#{fragment}" if fragment else "")
        )
        return self.remember(RedirectResponse(target, status_code=303))

    def remember(self, response: Response) -> Response:
        # Lax, not Strict: a phone that opens the link again from its QR
        # scanner (a cross-site navigation) must still send its cookie, or
        # it would become a new participant with a fresh dot budget. Forms
        # are guarded by their CSRF token.
        if self.fresh:
            response.set_cookie(
                COOKIE,
                self.cookie,
                max_age=COOKIE_MAX_AGE_S,
                path=self.base,
                httponly=True,
                samesite="lax",
            )
        return response

    def current_page(self) -> str:
        """The page this phone should see now."""
        state = self.state
        if self.participant is None:
            return "join.html"
        steps = state.live.template.steps
        index = min(state.live.session.progress.current_step, len(steps) - 1)
        return PAGE_OF_STEP.get(steps[index].type, "wait.html") if steps else "wait.html"


def phone_of(request: Request) -> Phone:
    state: ShareState = request.app.state.share
    cookie = request.cookies.get(COOKIE)
    fresh = not valid_cookie(cookie)
    if cookie is None or fresh:
        cookie = new_device_cookie()
    lang = request.cookies.get(LANG_COOKIE, "nl")
    return Phone(state, cookie, fresh, lang if lang in LANGUAGES else "nl")


def version(state: ShareState) -> str:
    """Changes whenever a phone's page would: live.js reloads on a change."""
    session = state.live.session
    shown = sum(1 for w in session.wishes if w.shown)
    return f"{session.progress.current_step}.{int(state.paused)}.{int(session.voting.open)}.{shown}"


def _page_context(phone: Phone, name: str) -> dict[str, Any]:
    state = phone.state
    session = state.live.session
    template = state.live.template
    person = phone.participant
    if name == "wait.html":
        return {"message": t("web.wait", lang=phone.lang)}
    if person is None:
        return {}
    response = session.closing.response_of(person.id)
    grade = response.grade if response is not None else None
    if name == "definition.html":
        factors = sorted(template.factors, key=lambda f: (not f.core, f.number))
        sent = [
            c.text
            for c in session.veiligheid.contributions
            if c.participant_id == person.id and c.shown
        ]
        return {"factors": factors, "sent": sent}
    if name == "wishes.html":
        budget = template.voting.dots_per_participant
        wishes = [
            {
                "id": w.id,
                "text": w.text,
                "votes": w.votes,
                "mine": session.voting.of(person.id, w.id),
            }
            for w in session.wishes
            if w.shown
        ]
        times = [
            (v.value, t(f"models.vocab.time_of_day.{v.value}", lang=phone.lang)) for v in TimeOfDay
        ]
        return {
            "wishes": wishes,
            "times": times,
            "budget": budget,
            "left": session.dots_left(person.id, budget),
            "voting_open": session.voting.open,
        }
    if name == "statements.html":
        return {
            "statements": template.statement_factors,
            "scale": [1, 2, 3, 4, 5],
            "answers": session.statement_answers_of(person.id),
            "grade": grade,
        }
    if name == "closing.html":
        return {"grade": grade}
    return {}
