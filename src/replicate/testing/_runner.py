"""Runs model functions in worker threads and drives each job through its lifecycle."""

from __future__ import annotations

import threading
from typing import Any, Callable, Dict, Iterable, List, Optional, Set, cast

from ._context import FilePublisher, PredictionContext
from ._jobs import Job

PredictFunction = Callable[[Dict[str, Any], PredictionContext], Any]
# Turns a finished job's raw output into the output the API reports (trainings use it).
OutputTransform = Callable[[Job, Any], Any]

STARTUP_SECONDS = 0.1
_JOIN_TIMEOUT_SECONDS = 2.0


class Runner:
    def __init__(self, speed: float, publish_file: Callable[[Job], FilePublisher]) -> None:
        self._speed = speed
        self._publish_file = publish_file
        self._lock = threading.Lock()
        self._threads: Set[threading.Thread] = set()
        self._timers: List[threading.Timer] = []
        self._jobs: List[Job] = []

    def submit(
        self,
        job: Job,
        predict: PredictFunction,
        inputs: Dict[str, Any],
        *,
        cancel_after: Optional[float] = None,
        transform: Optional[OutputTransform] = None,
    ) -> None:
        thread = threading.Thread(
            target=self._run,
            args=(job, predict, inputs, transform),
            name=f"replicate-testing-{job.kind}-{job.id}",
            daemon=True,
        )
        with self._lock:
            self._threads.add(thread)
            self._jobs.append(job)
            if cancel_after is not None:
                timer = threading.Timer(cancel_after, self.cancel, args=(job,))
                timer.daemon = True
                self._timers.append(timer)
                timer.start()
        thread.start()

    def cancel(self, job: Job) -> None:
        job.finish("canceled")
        job.cancel_requested.set()

    def stop(self) -> None:
        with self._lock:
            timers, threads, jobs = list(self._timers), list(self._threads), list(self._jobs)
        for timer in timers:
            timer.cancel()
        for job in jobs:
            self.cancel(job)
        for timer in timers:
            timer.join(_JOIN_TIMEOUT_SECONDS)
        for thread in threads:
            thread.join(_JOIN_TIMEOUT_SECONDS)

    def _run(
        self, job: Job, predict: PredictFunction, inputs: Dict[str, Any], transform: Optional[OutputTransform]
    ) -> None:
        try:
            context = PredictionContext(job, self._speed, self._publish_file(job))
            if not context.sleep(STARTUP_SECONDS) or not job.mark_processing():
                return
            try:
                output = self._collect(job, predict(inputs, context))
                if job.cancel_requested.is_set():
                    return
                if transform is not None:
                    output = transform(job, output)
            except Exception as error:
                job.finish("failed", error=str(error) or type(error).__name__)
                return
            job.finish("succeeded", output=output)
        finally:
            with self._lock:
                self._threads.discard(threading.current_thread())

    def _collect(self, job: Job, result: Any) -> Any:
        if isinstance(result, (str, bytes, dict)) or not isinstance(result, Iterable):
            if job.iterator_output:
                job.append_output(result)
                return [result]
            return cast(Any, result)
        items: List[Any] = []
        iterator = iter(result)  # pyright: ignore[reportUnknownArgumentType, reportUnknownVariableType]
        try:
            for item in iterator:  # pyright: ignore[reportUnknownVariableType]
                if job.cancel_requested.is_set():
                    break
                items.append(item)
                if job.iterator_output:
                    job.append_output(item)
        finally:
            close = getattr(iterator, "close", None)  # pyright: ignore[reportUnknownArgumentType]
            if callable(close):
                close()
        return items
