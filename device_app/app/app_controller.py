"""The app without its window: service, controllers, workers and sources, wired once.

`GuardlineApp` (Kivy) only turns these calls into screens; tests drive this class directly with a
dispatch that calls back at once. Model loading, inference and network all run on worker threads.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

from ..core.pipeline import Step
from ..service import AlertView, DeviceService, ServiceConfig, SyncOutcome
from ..services.deployment import Deployment, DeploymentError, from_environment, load_deployment
from ..sources import DemoFeed, IncomingMessage, PastedTextSource, SourceRunner
from .controllers import (
    AlertController,
    ConversationsController,
    OnboardingController,
    ParentController,
    ParentGate,
    StatusController,
)
from .controllers.parent_link import ChildPairingController, ParentModeController
from .worker import Dispatch, Worker, call_now

RELEASE_EVERY_S = 1.0  # how often a held alert (tracker `burst_hold`) is checked against the clock
SYNC_EVERY_S = 120.0
UPDATE_EVERY_S = 6 * 3600.0
log = logging.getLogger("guardline.app")


def deployment() -> Deployment:
    """Start-up settings over the deployment file; a broken file is logged and ignored, never fatal."""
    try:
        shipped = load_deployment()
    except DeploymentError as exc:
        log.error("deployment settings ignored: %s", exc)
        shipped = Deployment()
    try:
        return from_environment().merged_over(shipped)
    except DeploymentError as exc:
        log.error("GUARDLINE_SERVER ignored: %s", exc)
        return shipped


def default_config(data_dir: str | Path) -> ServiceConfig:
    """Parent-led set-up: the environment (GUARDLINE_*) over assets/deployment.json; blanks change nothing."""
    chosen = deployment()
    config = ServiceConfig(
        data_dir=Path(os.environ.get("GUARDLINE_DATA_DIR") or data_dir),
        server_url=chosen.server_url,
        enrollment_code=chosen.enrollment_code,
    )
    if os.environ.get("GUARDLINE_BUNDLE"):  # a bundle to run instead of the shipped one (development)
        config.shipped_bundle = Path(os.environ["GUARDLINE_BUNDLE"])
    return config


class AppController:
    def __init__(
        self,
        config: ServiceConfig,
        *,
        dispatch: Dispatch = call_now,
        service_factory: Callable[[ServiceConfig], DeviceService] = DeviceService,
    ) -> None:
        self.config = config
        self.dispatch = dispatch
        self.service_factory = service_factory
        self.scan_worker = Worker("guardline-scan", dispatch)
        self.net_worker = Worker("guardline-net", dispatch)
        self.service: DeviceService | None = None
        self.deployment_country = deployment().country
        self.runners: list[SourceRunner] = []
        # set by the UI
        self.on_alert: Callable[[AlertView], Any] = lambda view: None
        self.on_step: Callable[[IncomingMessage, Step], Any] = lambda item, step: None

    # -- start-up -------------------------------------------------------------------------------

    def start(
        self, on_ready: Callable[[DeviceService], Any], on_error: Callable[[BaseException], Any]
    ) -> None:
        """Load the model off the UI thread; `on_ready` runs on the UI thread once it is loaded."""
        self.scan_worker.submit(self._load, on_ready, on_error)

    def start_sync(self) -> DeviceService:
        """Same as `start`, blocking (tests, benchmarks)."""
        return self._load()

    def _load(self) -> DeviceService:
        service = self.service_factory(self.config)
        service.add_alert_listener(lambda view: self.dispatch(lambda: self.on_alert(view)))
        self.service = service
        self.parent = ParentController(service, self.deployment_country)
        self.alerts = AlertController(service, country=self.parent.country)
        self.status = StatusController(service)
        self.chats = ConversationsController(service)
        self.onboarding = OnboardingController(service)
        self.gate = ParentGate(service.state)
        self.pairing = ChildPairingController(service.parents)  # parent link: this phone shows a code
        self.parent_mode = ParentModeController(service.config.data_dir, lambda: service.server_url)  # or types it
        return service

    @property
    def ready(self) -> bool:
        return self.service is not None

    def _service(self) -> DeviceService:
        if self.service is None:
            raise RuntimeError("the model is still loading")
        return self.service

    # -- messages -------------------------------------------------------------------------------

    def feed(self, item: IncomingMessage) -> None:
        """Queue one incoming message for scoring (called from any thread)."""

        def work() -> Step:
            return self._service().handle_incoming(
                item.conversation_key, item.message, item.platform, item.contact_handle
            )

        self.scan_worker.submit(work, lambda step: self.on_step(item, step))

    def release_held(self) -> None:
        """Show alerts held for a burst that has gone quiet (the clock's tick; alerts reach `on_alert` as ever)."""
        if self.service is not None:
            self.scan_worker.submit(self.service.release_held)

    def feed_over(self, on_done: Callable[[], Any] = lambda: None) -> None:
        """A replayed feed (the demo, a pasted chat) has no more messages: once those queued are scored, show
        what their last bursts still hold, then `on_done` (UI thread)."""
        self.scan_worker.submit(lambda: self._service().show_all_held(), lambda _views: on_done())

    def start_demo(self, interval_s: float = 1.5, path: str | Path | None = None) -> SourceRunner:
        runner = SourceRunner(DemoFeed(path=path, interval_s=interval_s), self.feed).start()
        self.runners.append(runner)
        return runner

    def paste(self, text: str, platform: str = "pasted") -> int:
        """Pasted "name: text" lines; raises ValueError with a friendly message when none parse."""
        source = PastedTextSource(text, platform=platform)
        for item in source.messages():
            self.feed(item)
        self.feed_over()
        return len(source.lines)

    # -- network --------------------------------------------------------------------------------

    def sync_now(self, on_done: Callable[[SyncOutcome], Any], force: bool = True) -> None:
        self.net_worker.submit(lambda: self._service().sync(force=force), on_done, lambda exc: None)

    def check_update(self, on_done: Callable[[Any], Any]) -> None:
        self.net_worker.submit(lambda: self._service().check_for_update(), on_done, lambda exc: None)

    def run_net(self, work: Callable[[], Any], on_done: Callable[[Any], Any]) -> None:
        """A parent-link call (pairing, collecting alerts) on the network worker; `on_done` on the UI thread."""
        self.net_worker.submit(work, on_done, lambda exc: log.error("parent link: %s", exc))

    def stop(self) -> None:
        for runner in self.runners:
            runner.stop(timeout=0.5)
        self.scan_worker.stop()
        self.net_worker.stop()
        if self.service is not None:
            self.service.close()
