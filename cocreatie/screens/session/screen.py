"""The session screen: the step list, the current step, its timer and saving.

Step bodies come from ``view_for(step.type)``; they change the record and
post ``StepView.Changed``. This screen then hands a snapshot to the saver
(never the disk itself), redraws the step states and, when presenting,
the projector view. Views stay mounted once built, hidden when another step
is shown, so half-typed text survives jumping around and presentation mode.
"""

from __future__ import annotations

from functools import partial

from textual import events, on
from textual.app import ComposeResult
from textual.containers import Container, Horizontal, Vertical
from textual.message import Message
from textual.message_pump import MessagePump
from textual.reactive import reactive
from textual.widget import Widget

from cocreatie.analysis import SessionWarning, session_warnings, step_statuses
from cocreatie.entry.recency import RecentChoices
from cocreatie.i18n import t
from cocreatie.live import LiveSession
from cocreatie.live.scrub import scrub_after_save
from cocreatie.models import Session
from cocreatie.models.clock import now
from cocreatie.screens.publish_runner import run_publish
from cocreatie.screens.session.commands import SESSION_COMMANDS
from cocreatie.screens.session.drafts import DraftOffers
from cocreatie.screens.session.export import export_plan
from cocreatie.screens.session.messages import SaveFailed, SaveSucceeded
from cocreatie.screens.session.sharing import ShareService, SharingScreen
from cocreatie.screens.steps import StepView, view_for
from cocreatie.screens.steps.requests import ExportRequested, ScrubCopies
from cocreatie.store import SessionRepository
from cocreatie.store.errors import ReadOnlySessionError, SessionClosedError
from cocreatie.store.messages import describe_failure
from cocreatie.widgets.command import bindings_of
from cocreatie.widgets.held_keys import HeldKeys
from cocreatie.widgets.presentation_view import PresentationView
from cocreatie.widgets.quiet_footer import QuietFooter
from cocreatie.widgets.save_status import SaveStatus
from cocreatie.widgets.share_bar import ShareBar
from cocreatie.widgets.step_brief import StepBrief
from cocreatie.widgets.step_list import StepList
from cocreatie.widgets.step_strip import StepStrip
from cocreatie.widgets.step_timer import StepTimer
from cocreatie.widgets.textual_private import GuardedDispatch, translate_bindings


class SessionScreen(GuardedDispatch, DraftOffers, SharingScreen):
    DEFAULT_CSS = """
    SessionScreen.-presenting PresentationView {
        display: block;
    }
    SessionScreen.-presenting #step-list,
    SessionScreen.-presenting #step-body,
    SessionScreen.-presenting #brief-prompt,
    SessionScreen.-presenting #brief-questions,
    SessionScreen.-presenting #save-status,
    SessionScreen.-presenting Footer {
        display: none;
    }
    """

    COMMANDS_DECLARED = SESSION_COMMANDS
    BINDINGS = bindings_of(COMMANDS_DECLARED)

    class Leave(Message):
        """The facilitator backs out of the session: show the session list."""

    class ChooseStep(Message):
        """Open the palette with only the steps ("ga naar stap…")."""

    class Closed(Message):
        """The screen is gone: save what is pending and release ``live``."""

        def __init__(self, live: LiveSession) -> None:
            super().__init__()
            self.live = live

    current: reactive[int] = reactive(-1, init=False, bindings=True)
    presenting: reactive[bool] = reactive(False, init=False)

    def __init__(
        self,
        live: LiveSession,
        repository: SessionRepository,
        held_keys: HeldKeys | None = None,
        sharing: ShareService | None = None,
    ) -> None:
        super().__init__()
        translate_bindings(self)
        self.live = live
        self.init_sharing(sharing)
        self.repository = repository
        # Keys typed while the session opened (the opening screen's) and
        # while the first step is built: replayed once that step has focus.
        self._held_keys = HeldKeys(held_keys.take() if held_keys is not None else ())
        self.template = live.template
        self._views: dict[int, Widget] = {}
        self._focus_before_presenting: Widget | None = None
        self._save_error_shown = False
        self.recent_choices = RecentChoices(since=now())

    # -- building -------------------------------------------------------------

    def compose(self) -> ComposeResult:
        with Horizontal(id="session-main"):
            step_list = StepList(id="step-list")
            step_list.border_title = self.live.session.meta.title
            yield step_list
            with Vertical(id="step-pane"):
                yield StepBrief(id="step-brief")
                yield Container(id="step-body")
                yield PresentationView(id="presentation")
        yield ShareBar(id="share-bar")
        yield SaveStatus(id="save-status")
        yield QuietFooter()

    def on_mount(self) -> None:
        # Called on the saver's thread; posting a message is thread-safe.
        self.live.on_saved = lambda moment: self.post_message(SaveSucceeded(moment))
        self.live.on_save_failed = lambda error: self.post_message(SaveFailed(error))
        if self.live.read_only:
            status = self.query_one(SaveStatus)
            status.show_read_only(self.live.path, elsewhere=self.live.locked_elsewhere)
        else:
            self.query_one(SaveStatus).show_opened(self.live.path)
        steps = len(self.template.steps)
        self.current = min(self.live.session.progress.current_step, steps - 1)
        self.call_after_refresh(self.offer_drafts)

    @property
    def session(self) -> Session:
        return self.live.session

    @property
    def step_view(self) -> StepView | None:
        view = self._views.get(self.current)
        return view if isinstance(view, StepView) else None

    # -- switching steps ------------------------------------------------------

    async def watch_current(self, old: int, index: int) -> None:
        step = self.template.steps[index]
        # Keys typed while the step is built and focused wait for its field.
        self._held_keys.hold_again()
        if old in self._views:
            # Let go of the old step's field first: keys typed while the new
            # step is being built must not land in a field nobody can see.
            if self.focused is not None and self._views[old] in self.focused.ancestors:
                self.set_focus(None)
            self._views[old].display = False
        view = self._views.get(index)
        if view is None:
            view = self._build_view(index)
            self._views[index] = view
            await self.query_one("#step-body").mount(view)
        else:
            view.display = True
            if isinstance(view, StepView):
                view.refresh_view()
        self.query_one(StepBrief).show(step, index, len(self.template.steps), self.live.read_only)
        self._record_progress(index)
        self._refresh_states()
        if self.presenting:
            self._refresh_presentation()
            # The projector view keeps the focus: nothing to wait for.
            self._held_keys.release(self.app)
        else:
            # After the layout settles: hiding the old step moves the focus
            # around first, and a new step's controls are not yet visible.
            self.call_after_refresh(self._focus_step, view)

    def _build_view(self, index: int) -> Widget:
        step = self.template.steps[index]
        view_class = view_for(step.type)
        return view_class(self.step_context(step, self.recent_choices), id=f"step-view-{index}")

    def _focus_step(self, view: Widget) -> None:
        """Focus the first control of the step (not a scrolling frame around it)."""
        if self._views.get(self.current) is not view:
            return  # the facilitator has moved on; that step's focus comes
        focusable = [w for w in self.focus_chain if view in w.ancestors]
        frames = {a for w in focusable for a in w.ancestors}
        controls = [w for w in focusable if w not in frames]
        target = (controls or focusable or [self.query_one(StepList)])[0]
        # A step may name its own (a list step's quick-entry line), when shown.
        preferred = view.opening_focus() if isinstance(view, StepView) else None
        if preferred is not None and preferred in focusable:
            target = preferred
        self.set_focus(target)
        self._held_keys.release(self.app)

    def on_key(self, event: events.Key) -> None:
        self._held_keys.hold(event)

    def _record_progress(self, index: int) -> None:
        if self.live.read_only:
            return
        progress = self.session.progress
        step_id = self.template.steps[index].id
        visited = progress.visited if step_id in progress.visited else [*progress.visited, step_id]
        if progress.current_step == index and visited == progress.visited:
            return
        self.session.progress = progress.validated_copy(current_step=index, visited=visited)
        self._save()

    # -- after every change ---------------------------------------------------

    @on(StepView.ViewChosen)
    def _view_chosen(self, event: StepView.ViewChosen) -> None:
        event.stop()
        self._save()

    @on(StepView.Changed)
    def _step_changed(self, event: StepView.Changed) -> None:
        event.stop()
        self._save()
        step_list = self.query_one(StepList)
        if step_list.border_title != self.session.meta.title:
            step_list.border_title = self.session.meta.title
        self._refresh_states()
        if self.presenting:
            self._refresh_presentation()

    def _save(self) -> None:
        if self.live.read_only:
            return
        self.live.submit()
        self.query_one(SaveStatus).show_pending()

    def warnings(self) -> list[SessionWarning]:
        return session_warnings(self.session, self.template)

    def _refresh_states(self) -> None:
        statuses = step_statuses(self.session, self.template, self.warnings())
        self.query_one(StepList).show(statuses, self.current)
        self.query_one(StepStrip).show(statuses, self.current)

    @on(ScrubCopies)
    def _scrub_copies(self, event: ScrubCopies) -> None:
        event.stop()
        if self.live.read_only:
            return
        # The changed record must be queued before the worker waits for it.
        self._save()
        live, repository, app = self.live, self.repository, self.app

        def scrub() -> None:
            problem = scrub_after_save(live, repository, event.terms)
            # The app may be closing (the facilitator quit right after
            # erasing): then there is nobody left to tell.
            if problem is not None and app.is_running:
                app.call_from_thread(app.notify, problem, severity="error", timeout=20)

        # On the app, not this screen: leaving the session must not stop it.
        app.run_worker(scrub, thread=True, group="scrub-copies", exit_on_error=False)

    @on(SaveSucceeded)
    def _saved(self, event: SaveSucceeded) -> None:
        self._save_error_shown = False
        self.query_one(SaveStatus).show_saved()

    @on(SaveFailed)
    def _save_failed(self, event: SaveFailed) -> None:
        error = event.error
        message = describe_failure(error)
        if not isinstance(error, ReadOnlySessionError | SessionClosedError):
            message = t("ui.save.kept", message=message)
        self.query_one(SaveStatus).show_failed(message)
        if not self._save_error_shown:
            # Once per run of failures: the status line keeps saying it.
            self._save_error_shown = True
            self.notify(message, title=t("ui.save.failed_title"), severity="error", timeout=15)

    @on(StepList.Chosen)
    def _step_chosen(self, event: StepList.Chosen) -> None:
        self.current = event.index

    # -- presentation ---------------------------------------------------------

    def watch_presenting(self, presenting: bool) -> None:
        self.set_class(presenting, "-presenting")
        if presenting:
            self._focus_before_presenting = self.focused
            self._refresh_presentation()
            self.query_one(PresentationView).focus()
        else:
            before = self._focus_before_presenting
            self._focus_before_presenting = None
            if before is not None and before.is_attached:
                before.focus()
            else:
                self._focus_step(self._views[self.current])

    def _refresh_presentation(self) -> None:
        view = self.step_view
        lines = view.presentation_lines() if view is not None else []
        self.query_one(PresentationView).show(self.template.steps[self.current], lines)

    # -- actions --------------------------------------------------------------

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "toggle_done" and self.live.read_only:
            return None
        if action == "next_step" and self.current >= len(self.template.steps) - 1:
            return None
        if action == "previous_step" and self.current <= 0:
            return None
        if action.startswith("share"):
            return self.share_allowed(action)
        return True

    def action_next_step(self) -> None:
        self.current = min(self.current + 1, len(self.template.steps) - 1)

    def action_previous_step(self) -> None:
        self.current = max(self.current - 1, 0)

    def action_goto(self, index: int) -> None:
        if 0 <= index < len(self.template.steps):
            self.current = index

    def action_goto_step(self) -> None:
        self.post_message(self.ChooseStep())

    def action_toggle_done(self) -> None:
        if self.live.read_only:
            self.notify(t("ui.read_only_refused"), severity="warning")
            return
        progress = self.session.progress
        step_id = self.template.steps[self.current].id
        done = [d for d in progress.done if d != step_id]
        if step_id not in progress.done:
            done.append(step_id)
        self.session.progress = progress.validated_copy(done=done)
        self._save()
        self._refresh_states()

    def action_timer_toggle(self) -> None:
        self.query_one(StepTimer).toggle()

    def action_timer_start(self) -> None:
        self.query_one(StepTimer).start()

    def action_timer_pause(self) -> None:
        self.query_one(StepTimer).pause()

    def action_timer_reset(self) -> None:
        self.query_one(StepTimer).reset()

    def action_toggle_presentation(self) -> None:
        self.presenting = not self.presenting

    def action_back(self) -> None:
        """Back out one layer: presentation, then the step body, then home."""
        step_list = self.query_one(StepList)
        in_body = self.focused is not None and self.focused is not step_list
        if self.presenting:
            self.presenting = False
        elif in_body and step_list.styles.display != "none":
            step_list.focus()
        elif in_body:
            self.set_focus(None)
        else:
            self.post_message(self.Leave())

    # -- exports ----------------------------------------------------------------

    def action_export(self, fmt: str) -> None:
        self._start_export(fmt, None)

    @on(ExportRequested)
    def _export_requested(self, event: ExportRequested) -> None:
        event.stop()
        self._start_export(event.fmt, event.reply_to)

    def _start_export(self, fmt: str, reply_to: MessagePump | None) -> None:
        self.notify(t("ui.export.started", fmt=fmt.upper()), timeout=3)
        # Snapshot on the event loop: the thread must not read a record that
        # the facilitator is changing at the same moment. Shallow is enough:
        # the model replaces fields and items on a change, it never edits them.
        snapshot = self.session.model_copy()
        work = partial(
            export_plan, self.app, snapshot, self.template, self.repository.data_dir, fmt, reply_to
        )
        self.run_worker(work, thread=True, group="export", exit_on_error=False)

    def action_publish(self) -> None:
        # The session as it is now; the runner snapshots it.
        run_publish(self.app, self.session, self.repository.data_dir)

    def on_unmount(self) -> None:
        self.live.on_saved = self.live.on_save_failed = None
        # The app closes it (saving what is pending, releasing the lock) in
        # a thread of its own: this screen's workers die with the screen.
        self.app.post_message(self.Closed(self.live))
