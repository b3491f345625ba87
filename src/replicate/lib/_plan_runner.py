"""The two runners of the plans in `_plan.py`: they carry out each step through the generated resources.

An interrupt (KeyboardInterrupt, task cancellation) while a plan follows a prediction cancels that
prediction before the interrupt propagates, with one short request that cannot hang.
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING, Any, Generator, Optional, TypeVar, cast

import anyio

from .._exceptions import APIError
from .._logs import logger
from ._plan import Cancel, Create, FetchSchema, Get, Sleep, Step, Tracker
from ._version_schema import Schema

if TYPE_CHECKING:
    from .._client import AsyncReplicate, Replicate
    from ..types.model_version import ModelVersion
    from ..types.prediction import Prediction

__all__ = ["AsyncPlanRunner", "SyncPlanRunner"]

_T = TypeVar("_T")

# The cancel request sent on an interrupt: one try, a short timeout.
CANCEL_TIMEOUT = 5.0


class SyncPlanRunner:
    def __init__(self, client: Replicate) -> None:
        self.client = client

    def run(self, steps: Generator[Step, Any, _T], tracker: Tracker) -> _T:
        try:
            step = next(steps)
            while True:
                step = steps.send(self.perform(step))
        except StopIteration as done:
            return cast(_T, done.value)
        except BaseException as exc:
            prediction_id = tracker.to_cancel_after(exc)
            if prediction_id is not None:
                self.cancel_quietly(prediction_id)
            raise

    def perform(self, step: Step) -> object:
        client = self.client
        if isinstance(step, Sleep):
            time.sleep(step.seconds)
            return None
        if isinstance(step, Get):
            return client.predictions.get(prediction_id=step.prediction_id)
        if isinstance(step, Create):
            return self.create(step)
        if isinstance(step, Cancel):
            return self.cancel_quietly(step.prediction_id)
        return self.fetch_schema(step)

    def create(self, step: Create) -> Prediction:
        client, ref, options = self.client, step.ref, step.options()
        if ref.version is None:
            assert ref.owner is not None and ref.name is not None
            return client.models.predictions.create(
                model_owner=ref.owner, model_name=ref.name, input=dict(step.input), **options
            )
        return client.predictions.create(version=str(ref), input=dict(step.input), **options)

    def cancel_quietly(self, prediction_id: str) -> Optional[Prediction]:
        try:
            quick = self.client.with_options(max_retries=0)
            return quick.predictions.cancel(prediction_id=prediction_id, timeout=CANCEL_TIMEOUT)
        except APIError as exc:
            logger.warning("Could not cancel prediction %s: %s", prediction_id, exc)
            return None

    def fetch_schema(self, step: FetchSchema) -> Optional[Schema]:
        models = self.client.models
        version: Optional[ModelVersion]
        try:
            if step.version is not None:
                version = models.versions.get(
                    model_owner=step.owner, model_name=step.name, version_id=step.version
                )
            else:
                version = models.get(model_owner=step.owner, model_name=step.name).latest_version
        except APIError as exc:
            logger.info("Could not read the schema of %s/%s: %s", step.owner, step.name, exc)
            return None
        return None if version is None else version.openapi_schema


class AsyncPlanRunner:
    def __init__(self, client: AsyncReplicate) -> None:
        self.client = client

    async def run(self, steps: Generator[Step, Any, _T], tracker: Tracker) -> _T:
        try:
            step = next(steps)
            while True:
                step = steps.send(await self.perform(step))
        except StopIteration as done:
            return cast(_T, done.value)
        except BaseException as exc:
            prediction_id = tracker.to_cancel_after(exc)
            if prediction_id is not None:
                await self.cancel_shielded(prediction_id)
            raise

    async def perform(self, step: Step) -> object:
        client = self.client
        if isinstance(step, Sleep):
            await anyio.sleep(step.seconds)
            return None
        if isinstance(step, Get):
            return await client.predictions.get(prediction_id=step.prediction_id)
        if isinstance(step, Create):
            return await self.create(step)
        if isinstance(step, Cancel):
            return await self.cancel_quietly(step.prediction_id)
        return await self.fetch_schema(step)

    async def create(self, step: Create) -> Prediction:
        client, ref, options = self.client, step.ref, step.options()
        if ref.version is None:
            assert ref.owner is not None and ref.name is not None
            return await client.models.predictions.create(
                model_owner=ref.owner, model_name=ref.name, input=dict(step.input), **options
            )
        return await client.predictions.create(version=str(ref), input=dict(step.input), **options)

    async def cancel_shielded(self, prediction_id: str) -> None:
        """Cancel even while this task is being cancelled, within `CANCEL_TIMEOUT` seconds."""
        with anyio.CancelScope(shield=True), anyio.move_on_after(CANCEL_TIMEOUT):
            await self.cancel_quietly(prediction_id)

    async def cancel_quietly(self, prediction_id: str) -> Optional[Prediction]:
        try:
            quick = self.client.with_options(max_retries=0)
            return await quick.predictions.cancel(prediction_id=prediction_id, timeout=CANCEL_TIMEOUT)
        except APIError as exc:
            logger.warning("Could not cancel prediction %s: %s", prediction_id, exc)
            return None

    async def fetch_schema(self, step: FetchSchema) -> Optional[Schema]:
        models = self.client.models
        version: Optional[ModelVersion]
        try:
            if step.version is not None:
                version = await models.versions.get(
                    model_owner=step.owner, model_name=step.name, version_id=step.version
                )
            else:
                version = (await models.get(model_owner=step.owner, model_name=step.name)).latest_version
        except APIError as exc:
            logger.info("Could not read the schema of %s/%s: %s", step.owner, step.name, exc)
            return None
        return None if version is None else version.openapi_schema
