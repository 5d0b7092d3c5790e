"""A worker thread with a queue: inference and network calls never run on the UI thread.

`dispatch` hands results back; the app passes one that goes through Kivy's Clock (the main thread),
tests pass a direct call. Jobs run in order, so messages from one chat are scored in arrival order.
"""

from __future__ import annotations

import functools
import logging
import queue
import threading
from collections.abc import Callable
from typing import Any

log = logging.getLogger("guardline.worker")
Dispatch = Callable[[Callable[[], Any]], Any]


def call_now(fn: Callable[[], Any]) -> Any:
    return fn()


class Worker:
    def __init__(self, name: str, dispatch: Dispatch = call_now) -> None:
        self.dispatch = dispatch
        self._jobs: queue.Queue[
            tuple[Callable[[], Any], Callable[[Any], Any] | None, Callable[[BaseException], Any] | None]
            | None
        ] = queue.Queue()
        self._thread = threading.Thread(target=self._run, name=name, daemon=True)
        self._thread.start()

    def submit(
        self,
        fn: Callable[[], Any],
        on_done: Callable[[Any], Any] | None = None,
        on_error: Callable[[BaseException], Any] | None = None,
    ) -> None:
        self._jobs.put((fn, on_done, on_error))

    def _run(self) -> None:
        while True:
            job = self._jobs.get()
            if job is None:
                return
            fn, on_done, on_error = job
            try:
                result = fn()
            except Exception as exc:
                log.exception("background job failed")
                if on_error is not None:
                    self.dispatch(functools.partial(on_error, exc))
            else:
                if on_done is not None:
                    self.dispatch(functools.partial(on_done, result))
            finally:
                self._jobs.task_done()

    def join(self) -> None:
        """Wait until every submitted job has run (tests and shutdown)."""
        self._jobs.join()

    def stop(self, timeout: float = 2.0) -> None:
        self._jobs.put(None)
        self._thread.join(timeout)

    @property
    def backlog(self) -> int:
        return self._jobs.qsize()
