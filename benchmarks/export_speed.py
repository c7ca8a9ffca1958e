"""Export speed, and the cross-session actions overview, in one run.

Run: ``.venv/bin/python benchmarks/export_speed.py [--repeat N] [--sessions N]``

Part 1: for sessions of 100, 1,000 and 10,000 items (participants,
contributions, wishes, actors, roles, contacts and actions in proportion),
the time to render the action plan as Markdown, HTML, PDF, CSV and ICS,
side by side. The named baseline is ``json.dumps`` of the same record
(``session.model_dump``), the cheapest honest "write the session out" there
is; every figure is also printed as a ratio against it, and HTML and PDF as
a ratio against Markdown too. Target: a 1,000-item plan in under 200 ms as
text; a PDF is typeset (Typst), so it is measured, not held to that target.
The PDF is left out at 10,000 items (``--pdf-max`` to change).

Part 2: the time of ``cocreatie actions`` over 500 sessions (the Molenbuurt
demo, 500 times under different ids) in a temporary data folder: the
command's own work in-process (read and validate every file, build, filter
and print the overview), and, for information, the same as a fresh process
including Python start-up. Baseline: reading and ``json.loads``-ing the same
500 files. Target: under 1 s.

Medians of ``--repeat`` runs. Figures depend on the machine and on what else
it is doing; nothing here is asserted in tests.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import io
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from cocreatie.export import render
from cocreatie.export.escape import clear_caches
from cocreatie.models import Session
from cocreatie.templating import load_template

SIZES = (100, 1_000, 10_000)
PLAN_TARGET_MS = 200.0
OVERVIEW_TARGET_MS = 1000.0
FACTORS = ("inrichting", "verloedering", "toezicht", "kwaliteit-aanpak", "het-gesprek")
ROLES = ("aanjager", "regisseur", "deelnemer", "toehoorder")

_TEXTS = (
    "Op de Wipmolenweg wordt 's avonds veel te hard gereden, vooral bij de school.",
    "Het fietspad achter de Rosmolenstraat is na zonsondergang aardedonker.",
    "Losse tegels in de Runmolenstraat; met een rollator kom je er niet langs.",
    "Meldingen verdwijnen in een zwart gat: je hoort nooit meer iets terug.",
    "Groepjes jongeren bij het speelveld die niemand kent | en niemand aanspreekt.",
    "Auto's half op de stoep in de Poortmolenstraat, *elke* avond weer.",
)


def stamp(i: int) -> str:
    return (dt.datetime(2026, 3, 12, 19, 0, tzinfo=dt.UTC) + dt.timedelta(seconds=i)).isoformat()


def synthetic_record(items: int) -> dict[str, Any]:
    """A valid session record with about ``items`` items, built as data."""
    n_people = max(4, items // 10)
    n_contrib = max(4, items // 4)
    n_wishes = max(4, items // 5)
    n_actors = max(3, min(40, items // 20))
    n_roles = max(3, items * 15 // 100)
    n_contacts = max(2, items // 20)
    n_actions = max(3, items - n_people - n_contrib - n_wishes - n_actors - n_roles - n_contacts)

    def item(prefix: str, i: int, **fields: Any) -> dict[str, Any]:
        return {"id": f"{prefix}{i:05d}", "created": stamp(i), "updated": stamp(i), **fields}

    people = [
        item(
            "p",
            i,
            display_name=f"Deelnemer {i}",
            kind="resident" if i % 3 else "professional",
            function="" if i % 3 else "Wijkagent",
            organisation="" if i % 3 else "Politie",
            area=f"Straat {i % 12}",
            pseudonym=f"Bewoner {i}" if i % 3 else "",
        )
        for i in range(n_people)
    ]
    contributions = [
        item(
            "c",
            i,
            text=_TEXTS[i % len(_TEXTS)],
            participant_id=people[i % n_people]["id"],
            factor_ids=[FACTORS[i % len(FACTORS)]],
        )
        for i in range(n_contrib)
    ]
    wishes = [
        item(
            "w",
            i,
            text=f"Wens {i}: {_TEXTS[i % len(_TEXTS)]}",
            factor_ids=[FACTORS[i % len(FACTORS)]],
            location={"text": f"Straat {i % 12}", "type": "route"},
            votes=(i * 7) % 11,
            worry="high" if i % 2 else "low",
            visible_action=bool(i % 3),
            scale="small_norm" if i % 2 else "structural",
            prioritised=i < 5,
        )
        for i in range(n_wishes)
    ]
    actors = [
        item("a", i, function=f"Functie {i}", organisation="Gemeente", person_name=f"Naam {i}")
        for i in range(n_actors)
    ]
    roles = [
        item(
            "r",
            i,
            wish_id=wishes[i % n_wishes]["id"],
            actor_id=actors[(i // n_wishes + i) % n_actors]["id"],
            role=ROLES[i % len(ROLES)],
        )
        for i in range(n_roles)
    ]
    contacts = [
        item(
            "k",
            i,
            subject_kind="theme",
            subject=f"Thema {i}",
            actor_id=actors[i % n_actors]["id"],
            channel="e-mail en spreekuur",
            availability="werkdagen",
            agreed=bool(i % 2),
        )
        for i in range(n_contacts)
    ]
    actions = [
        item(
            "x",
            i,
            title=f"Actie {i}: {_TEXTS[i % len(_TEXTS)][:60]}",
            wish_ids=[wishes[i % n_wishes]["id"]],
            owner_actor_id=actors[i % n_actors]["id"] if i % 4 else None,
            contact_id=contacts[i % n_contacts]["id"] if i % 5 else None,
            deadline=(dt.date(2026, 4, 1) + dt.timedelta(days=i % 200)).isoformat(),
            feedback_date=(dt.date(2026, 3, 20) + dt.timedelta(days=i % 150)).isoformat(),
            visibility="Een bord bij het werk en een bericht in de buurtapp.",
            status=("open", "busy", "done", "dropped")[i % 4],
        )
        for i in range(n_actions)
    ]
    return {
        "id": f"bench{items:05d}",
        "created": stamp(0),
        "updated": stamp(1),
        "meta": {
            "title": f"Benchmark met {items} items",
            "neighbourhood": "Molenbuurt",
            "date": "2026-03-12",
            "purpose": "Een buurt waar mensen zich veilig voelen.",
        },
        "participants": people,
        "veiligheid": {"contributions": contributions, "shared_definition": "Veilig is ..."},
        "wishes": wishes,
        "actors": actors,
        "roles": roles,
        "contacts": contacts,
        "actions": actions,
        "closing": {"next_meeting": {"date": "2026-06-18", "place": "Buurthuis"}},
    }


def median_ms(fn: Callable[[], object], repeat: int) -> float:
    fn()  # warm-up: imports, template compilation
    times = []
    for _ in range(repeat):
        # Every run is a first export: the escape caches would otherwise
        # remember this very session from the previous run.
        clear_caches()
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def count_items(session: Session) -> int:
    return (
        len(session.participants)
        + len(session.veiligheid.contributions)
        + len(session.wishes)
        + len(session.actors)
        + len(session.roles)
        + len(session.contacts)
        + len(session.actions)
    )


def verdict(ms: float, target: float) -> str:
    return f"{'meets' if ms < target else 'MISSES'} target < {target:.0f} ms"


FORMATS = ("md", "html", "pdf", "csv", "ics")


def bench_exports(repeat: int, pdf_max: int) -> None:
    template = load_template("greenfield-buurt")
    print("Part 1: one plan, median ms per format (ratio: against json.dumps; html/md, pdf/md)")
    header = f"{'items':>7} {'baseline':>9}"
    for fmt in FORMATS:
        header += f" | {fmt:>8} {'ratio':>6}"
    print(header + f" | {'html/md':>7} {'pdf/md':>7}")
    at_1000: dict[str, float] = {}
    for size in SIZES:
        session = Session.model_validate(synthetic_record(size))
        # The biggest plans take long: fewer runs, still a median.
        runs = repeat if size <= 1_000 else max(3, repeat // 3)
        base = median_ms(lambda s=session: json.dumps(s.model_dump(mode="json")), runs)
        row: dict[str, float] = {}
        for fmt in FORMATS:
            if fmt == "pdf" and size > pdf_max:
                continue
            pdf_runs = min(runs, 3) if fmt == "pdf" else runs

            def export(s: Session = session, f: str = fmt) -> None:
                render(s, template, f)

            row[fmt] = median_ms(export, pdf_runs)
        line = f"{count_items(session):>7} {base:>9.1f}"
        for fmt in FORMATS:
            if fmt in row:
                line += f" | {row[fmt]:>8.1f} {row[fmt] / base:>6.1f}"
            else:
                line += f" | {'-':>8} {'':>6}"
        pdf_ratio = f"{row['pdf'] / row['md']:>7.1f}" if "pdf" in row else f"{'-':>7}"
        print(line + f" | {row['html'] / row['md']:>7.2f} {pdf_ratio}")
        if size == 1_000:
            at_1000 = row
    print()
    for fmt in FORMATS:
        ms = at_1000[fmt]
        target = "" if fmt == "pdf" else f"  {verdict(ms, PLAN_TARGET_MS)}"
        print(f"1,000-item plan as {fmt:<4}: {ms:7.1f} ms{target}")


def bench_overview(n_sessions: int, repeat: int) -> None:
    from cocreatie.cli.main import main
    from cocreatie.demo import build_demo_session
    from cocreatie.store import SessionRepository
    from cocreatie.store.paths import DataLayout

    template = load_template("greenfield-buurt")
    base = build_demo_session(template).model_dump(mode="json")
    print(f"\nPart 2: `cocreatie actions` over {n_sessions} sessions (median ms)")
    with tempfile.TemporaryDirectory(prefix="cocreatie-bench-") as tmp:
        folder = Path(tmp)
        repo = SessionRepository(folder)
        start = time.perf_counter()
        for i in range(n_sessions):
            record = dict(base, id=f"bench{i:04d}")
            record["meta"] = dict(base["meta"], neighbourhood=f"Wijk {i % 25}")
            repo.create(Session.model_validate(record)).close()
        setup = time.perf_counter() - start
        n_actions = len(base["actions"]) * n_sessions
        print(f"setup: {n_sessions} demo sessions, {n_actions} actions, written in {setup:.1f} s")

        layout = DataLayout(folder)

        def baseline() -> None:
            for session_id in layout.session_ids():
                json.loads(layout.session_file(session_id).read_bytes())

        def command() -> None:
            with contextlib.redirect_stdout(io.StringIO()):
                assert main(["actions", "--data-dir", str(folder)]) == 0

        def filtered() -> None:
            with contextlib.redirect_stdout(io.StringIO()):
                args = ["actions", "--data-dir", str(folder), "--overdue", "--owner", "wijk"]
                assert main(args) == 0

        base_ms = median_ms(baseline, repeat)
        cmd_ms = median_ms(command, repeat)
        flt_ms = median_ms(filtered, repeat)
        env = dict(os.environ, COCREATIE_DATA_DIR=str(folder))
        exe = [sys.executable, "-m", "cocreatie", "actions"]
        proc_ms = median_ms(
            lambda: subprocess.run(exe, env=env, capture_output=True, check=True),
            max(3, repeat // 2),
        )
        print(f"baseline (read + json.loads of the {n_sessions} files): {base_ms:8.1f} ms")
        print(
            f"cocreatie actions, in-process:             {cmd_ms:8.1f} ms"
            f"  ratio {cmd_ms / base_ms:5.1f}  {verdict(cmd_ms, OVERVIEW_TARGET_MS)}"
        )
        print(
            f"  with --overdue --owner wijk:            {flt_ms:8.1f} ms"
            f"  ratio {flt_ms / base_ms:5.1f}"
        )
        print(
            f"cocreatie actions, new process:           {proc_ms:8.1f} ms"
            f"  ratio {proc_ms / base_ms:5.1f}  {verdict(proc_ms, OVERVIEW_TARGET_MS)}"
            "  (includes Python start-up)"
        )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=9, help="runs per figure (median)")
    parser.add_argument("--sessions", type=int, default=500, help="sessions for part 2")
    parser.add_argument(
        "--pdf-max", type=int, default=1_000, help="largest plan (items) also made as a PDF"
    )
    parser.add_argument("--plans-only", action="store_true", help="part 1 only")
    args = parser.parse_args()
    bench_exports(args.repeat, args.pdf_max)
    if args.plans_only:
        return 0
    bench_overview(args.sessions, args.repeat)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
