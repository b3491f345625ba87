"""Prediction plans (`_plan.py`) carried out by a client's one driver, `_drive` (`_core`'s protocol).

`as_plan(steps)` turns a plan of prediction steps into a plan of `_core` steps: each `Create`,
`Get`, `Cancel` or `FetchSchema` becomes its call's exchange (`_core.perform`: retries, typed
errors), inline, and `Sleep` is `_core`'s own. So one `client._drive` carries out a whole `run()`:
the create, every poll, the cancel at a deadline and the schema read.

An interrupt (KeyboardInterrupt, task cancellation) while a plan follows a prediction cancels that
prediction before the interrupt propagates. That cancel is a second, one-call plan driven from the
`except` clause (shielded under async, at most `CANCEL_TIMEOUT` seconds): the interrupted plan
cannot go on, since under async every step it yielded would be cancelled again.
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING, Any, Generator, Optional, TypeVar, cast

import anyio

from .._core import ClientConfig, Plan, Steps, perform
from .._exceptions import APIError
from .._logs import logger
from ._plan import CANCEL_TIMEOUT, Cancel, Create, FetchSchema, Sleep, Step, Tracker
from ._version_schema import Schema

if TYPE_CHECKING:
    from .._client import AsyncReplicate, Replicate
    from ..types.model import Model
    from ..types.model_version import ModelVersion
    from ..types.prediction import Prediction

__all__ = ["CANCEL_TIMEOUT", "AsyncPlanRunner", "SyncPlanRunner", "as_plan", "step_steps"]

_T = TypeVar("_T")


def as_plan(steps: Generator[Step, Any, _T]) -> Plan[_T]:
    """The prediction plan `steps` as one plan for a client's `_drive`."""

    def plan(config: ClientConfig) -> Steps[_T]:
        result: object = None
        while True:
            try:
                step = steps.send(result)
            except StopIteration as done:
                return cast(_T, done.value)
            result = yield from step_steps(config, step)

    return plan


def step_steps(config: ClientConfig, step: Step) -> Steps[object]:
    """One prediction step as `_core` steps, returning the step's answer (see each step's class)."""
    if isinstance(step, Sleep):
        yield step
        return None
    if isinstance(step, Cancel):
        try:
            return (yield from perform(dataclasses.replace(config, max_retries=0), step.call()))
        except APIError as exc:
            logger.warning("Could not cancel prediction %s: %s", step.prediction_id, exc)
            return None
    if isinstance(step, FetchSchema):
        try:
            found = yield from perform(config, step.call())
        except APIError as exc:
            logger.info("Could not read the schema of %s/%s: %s", step.owner, step.name, exc)
            return None
        version = cast(
            "Optional[ModelVersion]", found if step.version else cast("Model", found).latest_version
        )
        return None if version is None else version.openapi_schema
    return (yield from perform(config, step.call()))


def _one(step: Step) -> Plan[Any]:
    return lambda config: step_steps(config, step)


class SyncPlanRunner:
    def __init__(self, client: Replicate) -> None:
        self.client = client

    def run(self, steps: Generator[Step, Any, _T], tracker: Tracker) -> _T:
        try:
            return self.client._drive(as_plan(steps))
        except BaseException as exc:
            prediction_id = tracker.to_cancel_after(exc)
            if prediction_id is not None:
                self.cancel_quietly(prediction_id)
            raise

    def perform(self, step: Step) -> object:
        return self.client._drive(_one(step))

    def create(self, step: Create) -> Prediction:
        return cast("Prediction", self.perform(step))

    def cancel_quietly(self, prediction_id: str) -> Optional[Prediction]:
        return cast("Optional[Prediction]", self.perform(Cancel(prediction_id)))

    def fetch_schema(self, step: FetchSchema) -> Optional[Schema]:
        return cast(Optional[Schema], self.perform(step))


class AsyncPlanRunner:
    def __init__(self, client: AsyncReplicate) -> None:
        self.client = client

    async def run(self, steps: Generator[Step, Any, _T], tracker: Tracker) -> _T:
        try:
            return await self.client._drive(as_plan(steps))
        except BaseException as exc:
            prediction_id = tracker.to_cancel_after(exc)
            if prediction_id is not None:
                await self.cancel_shielded(prediction_id)
            raise

    async def perform(self, step: Step) -> object:
        return await self.client._drive(_one(step))

    async def create(self, step: Create) -> Prediction:
        return cast("Prediction", await self.perform(step))

    async def cancel_shielded(self, prediction_id: str) -> None:
        """Cancel even while this task is being cancelled, within `CANCEL_TIMEOUT` seconds."""
        with anyio.CancelScope(shield=True), anyio.move_on_after(CANCEL_TIMEOUT):
            await self.cancel_quietly(prediction_id)

    async def cancel_quietly(self, prediction_id: str) -> Optional[Prediction]:
        return cast("Optional[Prediction]", await self.perform(Cancel(prediction_id)))

    async def fetch_schema(self, step: FetchSchema) -> Optional[Schema]:
        return cast(Optional[Schema], await self.perform(step))
