"""The Kivy App: builds the screens and turns button presses into controller calls.

Nothing here decides anything: controllers (`controllers/`) hold the behaviour and `AppController`
runs slow work on worker threads; results come back through Kivy's Clock on the main thread.
"""

from __future__ import annotations

import logging
import os
from dataclasses import asdict
from pathlib import Path
from typing import Any

from kivy.app import App
from kivy.clock import Clock
from kivy.core.window import Window
from kivy.lang import Builder
from kivy.uix.screenmanager import FadeTransition, ScreenManager
from kivy.utils import platform

from ..service import AlertView, ServiceConfig, SyncOutcome
from .app_controller import RELEASE_EVERY_S, SYNC_EVERY_S, UPDATE_EVERY_S, AppController, default_config
from .controllers import OnboardingForm
from .controllers.onboarding import form_problems
from .controllers.texts import AGE_BANDS, CONSENT, PARENT_NOTE, WHAT_IT_DOES, WHAT_IT_NEVER_DOES
from .screens import KV_DIR, SCREEN_NAMES
from .screens.alert import AlertScreen
from .screens.conversation import ConversationScreen
from .screens.conversations import ConversationsScreen
from .screens.onboarding import OnboardingScreen
from .screens.parent import ParentScreen
from .screens.parent_mode import ParentModeScreen
from .screens.paste import PasteScreen
from .screens.pin import PinScreen
from .screens.status import StatusScreen
from .widgets import PALETTE

log = logging.getLogger("guardline.app")
SCREENS = {
    "onboarding": OnboardingScreen,
    "conversations": ConversationsScreen,
    "conversation": ConversationScreen,
    "alert": AlertScreen,
    "pin": PinScreen,
    "parent": ParentScreen,
    "status": StatusScreen,
    "paste": PasteScreen,
    "parent_mode": ParentModeScreen,
}
PARENT_ONLY = frozenset({"parent", "parent_mode"})  # behind the PIN
ALERT_ACTIONS = frozenset(
    {
        "im_ok",
        "block",
        "talk_to_someone",
        "start_share",
        "confirm_share",
        "cancel_share",
        "false_alarm",
        "back_to_alert",
        "show_more",
        "show_adult",
    }
)


def on_main_thread(fn: Any) -> None:
    """Clock.schedule_once is safe to call from any thread; the callback runs on the UI thread."""
    Clock.schedule_once(lambda _dt: fn(), 0)


def _load_kv() -> None:
    Builder.load_file(str(Path(__file__).with_name("widgets.kv")))
    for name in SCREEN_NAMES:
        Builder.load_file(str(KV_DIR / f"{name}.kv"))


class GuardlineApp(App):
    title = "Guardline"

    def __init__(
        self, service_config: ServiceConfig | None = None, demo_interval_s: float | None = None, **kw: Any
    ):
        super().__init__(**kw)
        self.service_config = service_config
        env_interval = os.environ.get("GUARDLINE_DEMO_INTERVAL")
        self.demo_interval_s = demo_interval_s if demo_interval_s is not None else float(env_interval or 1.5)
        self.controller: AppController | None = None
        self.pending_alerts: list[AlertView] = []
        self.parent_open = False
        self.ready = False

    # -- building -------------------------------------------------------------------------------

    def build(self) -> ScreenManager:
        Window.clearcolor = PALETTE["bg"]
        _load_kv()
        self.sm = ScreenManager(transition=FadeTransition(duration=0.12))
        for name, cls in SCREENS.items():
            self.sm.add_widget(cls(name=name))
        self.sm.current = "conversations"
        onboarding = self.screen("onboarding")
        onboarding.what_it_does = [{"text": t} for t in WHAT_IT_DOES]
        onboarding.never_does = [{"text": t} for t in WHAT_IT_NEVER_DOES]
        onboarding.age_bands = [{"band": b, "text": t} for b, t in AGE_BANDS]
        onboarding.consent_text = CONSENT
        self.screen("parent").note = PARENT_NOTE
        config = self.service_config or default_config(self.user_data_dir)
        self.controller = AppController(config, dispatch=on_main_thread)
        self.controller.on_alert = self._on_alert
        self.controller.on_step = lambda item, step: self._refresh_soon()
        self._refresh_soon = Clock.create_trigger(lambda _dt: self.refresh(), 0.15)
        self.controller.start(self._on_ready, self._on_load_failed)
        return self.sm

    def screen(self, name: str) -> Any:
        return self.sm.get_screen(name)

    def _on_ready(self, _service: Any) -> None:
        assert self.controller is not None
        self.ready = True
        self.screen("conversations").loading = False
        if not self.controller.onboarding.done:
            self.go("onboarding")
        self.refresh()
        Clock.schedule_interval(lambda _dt: self.controller and self.controller.release_held(), RELEASE_EVERY_S)
        Clock.schedule_interval(lambda _dt: self._background_sync(), SYNC_EVERY_S)
        Clock.schedule_interval(lambda _dt: self.check_update(quiet=True), UPDATE_EVERY_S)
        if platform == "android":
            self._start_android_listener()

    def _on_load_failed(self, exc: BaseException) -> None:
        screen = self.screen("conversations")
        screen.loading = True
        log.error("model failed to load: %s", exc)

    def _start_android_listener(self) -> None:
        from ..sources import SourceRunner
        from ..sources.android_listener import (
            AndroidNotificationSource,
            has_notification_access,
            open_access_settings,
        )

        assert self.controller is not None
        try:
            if not has_notification_access():
                open_access_settings()
            self.controller.runners.append(
                SourceRunner(AndroidNotificationSource(), self.controller.feed).start()
            )
        except Exception:
            log.exception("notification listener could not start")

    def on_stop(self) -> None:
        if self.controller is not None:
            self.controller.stop()

    # -- navigation -----------------------------------------------------------------------------

    def go(self, name: str) -> None:
        if name in PARENT_ONLY and not self.parent_open:
            name = "pin"
        if name not in PARENT_ONLY:
            self.parent_open = False
        if name == "pin" and self.controller and self.controller.ready:
            pin = self.screen("pin")
            pin.has_pin = self.controller.gate.has_pin
            pin.message = ""
        self.sm.current = name
        self.refresh()

    def refresh(self) -> None:
        """Copy fresh data from the controllers into whichever screens show it."""
        if self.controller is None or not self.controller.ready:
            return
        c = self.controller
        self.screen("conversations").rows = c.chats.rows()
        chat = self.screen("conversation")
        if chat.key:
            chat.title = c.chats.title(chat.key)
            chat.messages = c.chats.messages(chat.key)
            chat.alert_id = c.chats.latest_alert_id(chat.key) or ""
        if self.sm.current == "status":
            self.screen("status").rows = c.status.rows()
            self.screen("status").privacy = c.status.privacy()
        if self.sm.current == "parent_mode" and self.parent_open:
            self.screen("parent_mode").rows = c.parent_mode.rows()
            self.screen("parent_mode").paired = c.pairing.paired_count()
        if self.sm.current == "parent" and self.parent_open:
            parent = self.screen("parent")
            parent.rows = c.parent.rows()
            parent.connection = c.parent.connection_rows()
            parent.countries = c.parent.country_choices()

    def open_chat(self, key: str) -> None:
        self.screen("conversation").key = key
        self.go("conversation")

    # -- onboarding and the parent gate ---------------------------------------------------------

    def onboarding_next(self) -> None:
        """From the child's answers to the grown-up's step, once the age group and the yes are there."""
        assert self.controller is not None
        screen = self.screen("onboarding")
        problems = form_problems(OnboardingForm(screen.age_band, consent=screen.consent))
        screen.problems = "\n".join(problems)
        if not problems:
            screen.connection_note = self.controller.onboarding.connection_note()
            screen.step = 2

    def finish_onboarding(self, pin: str, pin_again: str) -> None:
        assert self.controller is not None
        screen = self.screen("onboarding")
        form = OnboardingForm(screen.age_band, pin, pin_again, screen.consent)
        problems = self.controller.onboarding.finish(form)
        screen.problems = "\n".join(problems)
        if not problems:
            self.go("conversations")
            if self.controller.service and self.controller.service.server_url:
                self.sync_now(quiet=True)  # the deployment's server: enroll now

    def apply_setup(self, code: str) -> None:
        """A set-up code entered behind the PIN."""
        assert self.controller is not None
        self.screen("parent").message = self.controller.parent.apply_setup(code)
        self.refresh()
        if self.controller.service and self.controller.service.server_url:
            self.sync_now(quiet=True)

    def set_help_country(self, code: str) -> None:
        assert self.controller is not None
        self.screen("parent").message = self.controller.parent.set_country(code)
        self.refresh()

    def try_pin(self, pin: str) -> None:
        assert self.controller is not None
        answer = self.controller.gate.try_pin(pin)
        self.screen("pin").message = answer.message
        if answer.open:
            self.parent_open = True
            self.screen("parent").message = ""
            self.sm.current = "parent"
            self.refresh()

    # -- parent link (screens/parent_mode) -------------------------------------------------------

    def parent_link_offer(self) -> None:
        """On the child's phone: a one-time code for the parent's phone."""
        assert self.controller is not None
        screen = self.screen("parent_mode")
        screen.message = "Making a code..."

        def show(result: tuple[str, str]) -> None:
            screen.pairing_code, screen.message = result

        self.controller.run_net(self.controller.pairing.offer, show)

    def parent_link_check(self) -> None:
        assert self.controller is not None
        screen = self.screen("parent_mode")
        self.controller.run_net(self.controller.pairing.check, lambda message: setattr(screen, "message", message))

    def parent_mode_pair(self, code: str) -> None:
        """On the parent's phone: claim the code shown on the child's phone."""
        assert self.controller is not None
        controller = self.controller.parent_mode
        self.controller.run_net(lambda: controller.pair(code), self._parent_mode_show)

    def parent_mode_refresh(self) -> None:
        assert self.controller is not None
        self.controller.run_net(self.controller.parent_mode.refresh, self._parent_mode_show)

    def _parent_mode_show(self, message: str) -> None:
        self.screen("parent_mode").message = message
        self.refresh()

    # -- alerts ---------------------------------------------------------------------------------

    def _on_alert(self, view: AlertView) -> None:
        busy = self.sm.current == "alert" and self.screen("alert").mode in ("alert", "share", "help", "adult")
        if busy:
            self.pending_alerts.append(view)
        else:
            self._show_alert(view)
        self._refresh_soon()

    def _show_alert(self, view: AlertView) -> None:
        assert self.controller is not None
        self._apply_alert(self.controller.alerts.open(view))
        self.screen("alert").reset_scroll()
        self.go("alert")

    def open_alert(self, report_id: str) -> None:
        assert self.controller is not None
        if report_id:
            self._show_alert(self.controller.service.alert(report_id))  # type: ignore[union-attr]

    def alert_action(self, name: str) -> None:
        assert self.controller is not None
        if name not in ALERT_ACTIONS:
            raise ValueError(name)
        self._apply_alert(getattr(self.controller.alerts, name)())
        self.refresh()

    def _apply_alert(self, model: Any) -> None:
        screen: AlertScreen = self.screen("alert")
        for key, value in asdict(model).items():
            if key != "report_id":
                setattr(screen, key, value)

    def close_alert(self) -> None:
        if self.pending_alerts:
            self._show_alert(self.pending_alerts.pop(0))
        else:
            self.go("conversations")

    # -- sources and network --------------------------------------------------------------------

    def start_demo(self) -> None:
        assert self.controller is not None
        screen = self.screen("conversations")
        screen.demo_running = True
        runner = self.controller.start_demo(interval_s=self.demo_interval_s)
        controller = self.controller
        runner.on_done = lambda: controller.feed_over(lambda: setattr(screen, "demo_running", False))

    def paste(self, text: str) -> None:
        assert self.controller is not None
        try:
            self.controller.paste(text)
        except ValueError as exc:
            self.screen("paste").error = str(exc)
            return
        self.screen("paste").error = ""
        self.go("conversations")

    def _background_sync(self) -> None:
        if self.controller is not None and self.controller.ready:
            self.controller.sync_now(lambda outcome: self.refresh(), force=False)
            self.controller.run_net(self.controller.parent_mode.collect, self._parent_warnings_arrived)

    def _parent_warnings_arrived(self, count: int) -> None:
        """On a parent's phone: a notification that says only how many, never what (lock screens)."""
        if count:
            from ..notify import notify

            notify("Guardline", f"{count} new warning(s) from your child's phone. Open Guardline to see them.")
            self.refresh()

    def sync_now(self, quiet: bool = False) -> None:
        """Send waiting warnings now (the parent view's button; quiet for background and set-up)."""
        assert self.controller is not None
        status = self.screen("parent")  # the buttons live behind the PIN
        if not quiet:
            status.message = "Sending..."

        def done(outcome: SyncOutcome) -> None:
            if not quiet:
                status.message = (
                    f"Sent {outcome.uploaded} warning(s)."
                    if outcome.ok
                    else f"Couldn't sync: {outcome.error}"
                )
            self.refresh()

        self.controller.sync_now(done)

    def check_update(self, quiet: bool = False) -> None:
        assert self.controller is not None
        status = self.screen("parent")
        if not quiet:
            status.message = "Checking for a new version of the checker..."

        def done(result: Any) -> None:
            if not quiet:
                words = {
                    "installed": "Updated to",
                    "up_to_date": "Up to date:",
                    "refused": "Refused an update:",
                }
                status.message = (
                    f"{words.get(result.status, 'Could not check:')} {result.message or result.version}"
                )
            self.refresh()

        self.controller.check_update(done)


__all__ = ["GuardlineApp"]
