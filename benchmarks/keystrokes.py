"""How many keys a facilitator needs for the everyday tasks of an evening.

Drives the real app with Pilot (100×30) through a fixed script on the demo
evening, with a dozen actors (the last one, "Beheer openbare ruimte", added
during the evening), and counts the presses the script sends, except the
characters of the texts themselves (a wish's words, a name, a channel, a
date: what ends up in the record as typed). Sigils, separators, codes,
letters typed to choose, Tab, Enter, arrows and shortcuts all count, and
so does a space that only separates a sigil from a text.

The tasks:

1. a complete wish: location, two factors, time of day and scale;
2. a professional with function and organisation;
3. a contact person for that wish, with channel and feedback days;
4. an action from that wish, with owner, deadline and feedback date;
5. a role in the matrix.

Two paths do the same tasks:

* ``quick``: the one-line quick entry and type-to-choose of this code;
* ``forms``, the baseline: today's forms as a new user works them (Tab,
  Enter, Down), run on the code of the baseline commit below, extracted
  with ``git archive`` into a temporary folder and driven in a subprocess,
  so the comparison stays in one run after the forms have changed.

Every task is checked against the record afterwards, so a count is only
printed for a script that really did the task.

    .venv/bin/python benchmarks/keystrokes.py
    .venv/bin/python benchmarks/keystrokes.py --path forms --code-root .   # one path, here
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import subprocess
import sys
import tarfile
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
# Today's forms: main before issue 11.
BASELINE_COMMIT = "e26d174e0eafd11c2208f8d9707f4ed934be1144"
SIZE = (100, 30)

# -- what a script sends ---------------------------------------------------------


@dataclass(frozen=True)
class Keys:
    """Presses that count: control keys, or characters typed to choose."""

    keys: tuple[str, ...]

    def presses(self) -> list[str]:
        return list(self.keys)


@dataclass(frozen=True)
class Text:
    """The characters of a text that ends up in the record: not counted."""

    text: str

    def presses(self) -> list[str]:
        return list(self.text)


def keys(*names: str) -> Keys:
    return Keys(names)


def chars(text: str) -> Keys:
    """Characters that are not a text: sigils, codes, a filter."""
    return Keys(tuple(text))


Script = Sequence[Keys | Text]


@dataclass(frozen=True)
class Task:
    name: str
    step: str  # the step type it starts on
    check: Callable[[Any], None]  # raises AssertionError if the task was not done


# -- the tasks and how to check them -----------------------------------------------

WISH_TEXT = "Betere verlichting fietspad"
WHERE = "De Bazuin"
PRO = ("Karin Bos", "wijkagent", "Politie")
EVENING_ACTOR = ("Beheer openbare ruimte", "Gemeente Almere", "Sanne Vos")
CHANNEL = "buurtapp"
DEADLINE, FEEDBACK = "2026-06-01", "2026-06-15"
ROLE_WISH = "w-verlichting"


def _wish(session: Any) -> Any:
    return next(w for w in session.wishes if w.text == WISH_TEXT)


def _evening_actor(session: Any) -> Any:
    return next(a for a in session.actors if a.function == EVENING_ACTOR[0])


def check_wish(session: Any) -> None:
    wish = _wish(session)
    assert wish.location.text == WHERE, wish.location
    assert sorted(wish.factor_ids) == ["inrichting", "onbekende-anderen"], wish.factor_ids
    assert wish.time_of_day.value == "evening", wish.time_of_day
    assert wish.scale.value == "small_norm", wish.scale


def check_professional(session: Any) -> None:
    person = next(p for p in session.participants if p.display_name == PRO[0])
    assert person.kind == "professional", person.kind
    assert (person.function, person.organisation) == PRO[1:], person


def check_contact(session: Any) -> None:
    wish = _wish(session)
    contact = next(c for c in session.contacts if c.wish_id == wish.id)
    assert contact.actor_id == _evening_actor(session).id, contact
    assert contact.channel == CHANNEL, contact.channel
    assert contact.feedback_days == 3, contact.feedback_days


def check_action(session: Any) -> None:
    wish = _wish(session)
    action = next(a for a in session.actions if wish.id in a.wish_ids)
    assert action.owner_actor_id == _evening_actor(session).id, action.owner_actor_id
    assert action.deadline.isoformat() == DEADLINE, action.deadline
    assert action.feedback_date.isoformat() == FEEDBACK, action.feedback_date


def check_role(session: Any) -> None:
    role = session.role_of(ROLE_WISH, _evening_actor(session).id)
    assert role == "deelnemer", role


TASKS = [
    Task("wish: location, 2 factors, time, scale", "wishes", check_wish),
    Task("professional: function, organisation", "participants", check_professional),
    Task("contact for a wish: channel, days", "contacts", check_contact),
    Task("action from a wish: owner, dates", "actions", check_action),
    Task("role in the matrix", "roles", check_role),
]

# -- the baseline: today's forms ----------------------------------------------------
# Selects open with Enter, start on the current value (or the blank line
# "—"), and move with Down; the multiple choice of factors opens with Enter
# and takes the factor numbers.

FORMS: dict[str, Script] = {
    "wishes": [
        keys("n"),
        Text(WISH_TEXT),
        keys("tab", "tab", "enter", "3", "7", "enter", "tab"),
        Text(WHERE),
        # location type (left empty), then time of day: "—", ochtend, middag, avond
        keys("tab", "tab", "enter", "down", "down", "down", "enter"),
        # scale: "—", kleine norm
        keys("tab", "enter", "down", "enter", "ctrl+s"),
    ],
    "participants": [
        # The name line adds a resident; the form makes her a professional.
        Text(PRO[0]),
        keys("enter", "tab", "tab", "e", "tab", "enter", "down", "enter", "tab"),
        Text(PRO[2]),
        keys("tab"),
        Text(PRO[1]),
        keys("ctrl+s"),
    ],
    "contacts": [
        # kind: thema -> wens
        keys("n", "enter", "down", "enter", "tab"),
        # the wish: "—", five chosen, three with one dot, then the new one
        keys("enter", *["down"] * 9, "enter", "tab", "tab"),
        # the actor: "—" and eleven before the one added this evening
        keys("enter", *["down"] * 12, "enter", "tab", "tab"),
        Text(CHANNEL),
        keys("tab", "tab", "backspace"),
        Text("3"),
        keys("ctrl+s"),
    ],
    "actions": [
        # "w": wishes without an action first, by votes (the new one is second);
        # then the form for the rest
        keys("w", "down", "enter", "e", "tab", "tab"),
        keys("enter", *["down"] * 12, "enter", "tab", "tab"),
        Text(DEADLINE),
        keys("tab", "tab"),
        Text(FEEDBACK),
        keys("ctrl+s"),
    ],
    "roles": [
        # the matrix starts on the first wish and the first actor
        keys("down", *["right"] * 11, "3"),
    ],
}

# -- the quick path: this code --------------------------------------------------------

# One line per item; every list step opens on its line. Typed filters ("bet"
# for the wish, "san" for the actor) count as keys; so do sigils, codes,
# separators and the spaces before a sigil or between two dates.

QUICK: dict[str, Script] = {
    "wishes": [
        Text(WISH_TEXT),
        chars(" @"),
        Text(WHERE),
        # factors 7 and 3, "a" avond, "k" kleine norm, glued to the place
        chars("#73ak"),
        keys("enter"),
    ],
    "participants": [
        # The step opens on its line; "name,function,organisation" is a professional.
        Text(PRO[0]),
        chars(","),
        Text(PRO[1]),
        chars(","),
        Text(PRO[2]),
        keys("enter"),
    ],
    "contacts": [
        # =wish by a word of it, @actor by the person behind it, the channel
        # and the days glued to it
        chars("=bet @san,"),
        Text(CHANNEL),
        chars("#"),
        Text("3"),
        keys("enter"),
    ],
    "actions": [
        # the title is the wish's; the owner its contact person (set in the
        # contacts task); the dates as typed in the meeting, deadline first
        chars("=bet "),
        Text(DEADLINE),
        chars(" "),
        Text(FEEDBACK),
        keys("enter"),
    ],
    "roles": [
        # the actor used for the contact and the action is now the first column
        keys("down", "3"),
    ],
}

WISH_TARGET = 8


def target(step: str) -> int:
    """The most keys a task may take on the quick path (issue 11): a complete
    wish at most 8 beyond its text, every other task a third of its forms."""
    return WISH_TARGET if step == "wishes" else count(FORMS[step]) // 3


# -- running a path ---------------------------------------------------------------------


def count(script: Script) -> int:
    return sum(len(part.keys) for part in script if isinstance(part, Keys))


def prepare(data_dir: Path) -> str:
    """The demo evening with a dozen actors; the last one added this evening."""
    from cocreatie.demo import DEMO_ID, ensure_demo
    from cocreatie.models import Actor, PolicyDomain
    from cocreatie.store import SessionRepository

    repository = SessionRepository(data_dir)
    ensure_demo(repository)
    extra = [
        ("BOA", "Gemeente Almere", ""),
        ("Beleidsmedewerker OOV", "Gemeente Almere", ""),
        ("Wijkbeheerder", "GoedeStede", ""),
        EVENING_ACTOR,
    ]
    with repository.open(DEMO_ID) as opened:
        session = opened.session
        for function, organisation, person in extra:
            session.add(
                Actor(
                    function=function,
                    organisation=organisation,
                    person_name=person,
                    domain=PolicyDomain.PUBLIC_SPACE if person else None,
                )
            )
        opened.save(session)
    return DEMO_ID


async def drive(path: str, scripts: dict[str, Script]) -> dict[str, int]:
    from cocreatie.app import CocreatieApp
    from cocreatie.screens.session import SessionScreen

    results: dict[str, int] = {}
    with tempfile.TemporaryDirectory() as tmp:
        data_dir = Path(tmp)
        session_id = prepare(data_dir)
        app = CocreatieApp(data_dir, session_id)
        async with app.run_test(size=SIZE) as pilot:
            for _ in range(200):
                await pilot.pause()
                if isinstance(app.screen, SessionScreen):
                    break
            screen = app.screen
            assert isinstance(screen, SessionScreen), f"no session screen: {app.screen!r}"
            steps = [s.type.value for s in screen.template.steps]
            for task in TASKS:
                script = scripts.get(task.step)
                if script is None:
                    continue
                screen.action_goto(steps.index(task.step))
                for _ in range(5):
                    await pilot.pause()
                for part in script:
                    await pilot.press(*part.presses())
                    await pilot.pause()
                for _ in range(3):
                    await pilot.pause()
                try:
                    task.check(app.live.session)
                except (AssertionError, StopIteration) as exc:
                    raise SystemExit(f"{path}: task {task.name!r} was not done: {exc!r}") from None
                results[task.step] = count(script)
    return results


def run_here(path: str) -> dict[str, int]:
    return asyncio.run(drive(path, FORMS if path == "forms" else QUICK))


def run_baseline() -> tuple[dict[str, int] | None, str]:
    """The forms path on the baseline commit's code, in a subprocess."""
    with tempfile.TemporaryDirectory() as tmp:
        archive = Path(tmp) / "baseline.tar"
        try:
            with archive.open("wb") as out:
                subprocess.run(
                    ["git", "-C", str(REPO), "archive", BASELINE_COMMIT, "cocreatie", "templates"],
                    stdout=out,
                    stderr=subprocess.PIPE,
                    check=True,
                )
        except (OSError, subprocess.CalledProcessError) as exc:
            return None, f"baseline commit not available ({exc}); run from a git clone"
        root = Path(tmp) / "code"
        with tarfile.open(archive) as tar:
            tar.extractall(root, filter="data")
        done = subprocess.run(
            [sys.executable, __file__, "--path", "forms", "--code-root", str(root), "--json"],
            capture_output=True,
            text=True,
            env={**os.environ, "PYTHONPATH": str(root)},
        )
        if done.returncode != 0:
            return None, done.stderr.strip().splitlines()[-1] if done.stderr else "failed"
        return json.loads(done.stdout.strip().splitlines()[-1]), BASELINE_COMMIT[:12]


def table(quick: dict[str, int], forms: dict[str, int], label: str) -> str:
    lines = [
        f"{'task':40} {'quick':>6} {'forms':>6} {'ratio':>6}  target ≤ 1/3",
        f"{'':40} {'':>6} {label[:6]:>6}",
    ]
    for task in TASKS:
        q, f = quick.get(task.step), forms.get(task.step)
        ratio = f"{q / f:.2f}" if q is not None and f else "—"
        met = "yes" if q is not None and f and q * 3 <= f else "no"
        shown = "—" if q is None else q
        lines.append(f"{task.name:40} {shown:>6} {f or '—':>6} {ratio:>6}  {met}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--path", choices=["quick", "forms"])
    parser.add_argument("--code-root", type=Path, default=REPO)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    sys.path.insert(0, str(args.code_root.resolve()))
    if args.path:
        result = run_here(args.path)
        print(json.dumps(result) if args.json else result)
        return 0
    quick = run_here("quick")
    forms, label = run_baseline()
    if forms is None:
        print(f"baseline: {label}", file=sys.stderr)
        forms = {}
    print(f"keys per task at {SIZE[0]}×{SIZE[1]}; forms = today's forms at {label}\n")
    print(table(quick, forms, label))
    wish = quick.get("wishes")
    if wish is not None:
        print(f"\ncomplete wish: {wish} keys beyond its text (target ≤ {WISH_TARGET})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
