"""The older client's response objects, wrapping the typed models by composition.

Each wrapper holds the typed model (``.typed``) and the ``Client`` that produced it, answers every
attribute of the typed model, and adds the older methods (``reload``, ``wait``, ``cancel``, ``stream``,
``predict``, ``versions``...) by calling that client's typed resources. ``dict(obj)`` gives the
model's JSON fields, as ``dict()`` of the older pydantic models did.
"""

from __future__ import annotations

import re
import time
import warnings
from dataclasses import dataclass
from typing import (
    TYPE_CHECKING,
    Any,
    AsyncIterator,
    Dict,
    Generic,
    Iterator,
    List,
    Optional,
    Tuple,
    TypeVar,
    Union,
)

import anyio

from .._models import BaseModel
from ..lib._polling import TERMINAL_STATUSES
from ..types.collection import Collection as TypedCollection
from ..types.collection_summary import CollectionSummary
from ..types.deployment import Deployment as TypedDeployment
from ..types.file import File as TypedFile
from ..types.hardware import Hardware as TypedHardware
from ..types.model import Model as TypedModel
from ..types.model_version import ModelVersion as TypedModelVersion
from ..types.prediction import Prediction as TypedPrediction
from ..types.training import Training as TypedTraining

if TYPE_CHECKING:
    from ..lib._stream_plan import StreamEvent
    from ._client import Client
    from ._resources import DeploymentPredictions, ModelVersions

__all__ = [
    "Collection",
    "Deployment",
    "File",
    "Hardware",
    "Model",
    "Prediction",
    "Training",
    "Urls",
    "Version",
]

_T = TypeVar("_T", bound=BaseModel)


class Urls(Dict[str, str]):
    """A prediction's ``urls`` as the older client gave them: a dict (``urls["stream"]``), also
    readable as attributes for the keys that are not dict methods (``urls.stream``, ``urls.cancel``)."""

    def __getattr__(self, name: str) -> Optional[str]:
        if name.startswith("__"):
            raise AttributeError(name)
        return self.get(name)


class _Wrapper(Generic[_T]):
    _typed: _T
    _client: Client

    def __init__(self, typed: _T, client: Client) -> None:
        object.__setattr__(self, "_typed", typed)
        object.__setattr__(self, "_client", client)

    @property
    def typed(self) -> _T:
        """The typed model (``replicate.types.*``) this object wraps."""
        return self._typed

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__") or name in ("_typed", "_client"):
            raise AttributeError(name)
        return getattr(self._typed, name)

    def __iter__(self) -> Iterator[Tuple[str, Any]]:
        return iter(self._typed.to_dict(exclude_unset=False).items())

    def __eq__(self, other: object) -> bool:
        other_typed: object = getattr(other, "_typed", None)
        if not isinstance(other_typed, BaseModel):
            return NotImplemented
        return bool(self._typed == other_typed)

    def __hash__(self) -> int:
        return id(self)

    def __repr__(self) -> str:
        return repr(self._typed)

    def dict(self) -> Dict[str, Any]:
        """The model as JSON-compatible data (the older pydantic ``.dict()``)."""
        return dict(self)

    def json(self) -> str:
        return self._typed.to_json(indent=None, exclude_unset=False)


Resource = _Wrapper
"""The base of every object of the older interface (replicate 1.0.x's ``replicate.resource.Resource``)."""


class _Job(_Wrapper[_T]):
    """What predictions and trainings share: status, reload, wait, cancel."""

    @property
    def id(self) -> str:
        return str(getattr(self._typed, "id"))  # noqa: B009

    @property
    def status(self) -> str:
        return str(getattr(self._typed, "status"))  # noqa: B009

    @property
    def logs(self) -> Optional[str]:
        logs: Optional[str] = getattr(self._typed, "logs")  # noqa: B009
        return logs

    @property
    def error(self) -> Optional[str]:
        error: Optional[str] = getattr(self._typed, "error")  # noqa: B009
        return error

    @property
    def urls(self) -> Urls:
        urls = getattr(self._typed, "urls", None)
        return Urls(urls.to_dict() if isinstance(urls, BaseModel) else {})

    def _set(self, typed: _T) -> None:
        object.__setattr__(self, "_typed", typed)

    def _get(self) -> _T:
        raise NotImplementedError

    async def _async_get(self) -> _T:
        raise NotImplementedError

    def reload(self) -> None:
        """Fetch the latest state from the API, in place."""
        self._set(self._get())

    async def async_reload(self) -> None:
        self._set(await self._async_get())

    def _poll_interval(self, poll_interval: Optional[float]) -> float:
        return self._client.poll_interval if poll_interval is None else poll_interval

    def _pauses(self, poll_interval: Optional[float]) -> Iterator[float]:
        """The pause before each reload, while the status is not ``succeeded``, ``failed`` or
        ``canceled`` (the caller sleeps, then reloads)."""
        delay = self._poll_interval(poll_interval)
        while self.status not in TERMINAL_STATUSES:
            yield delay

    def wait(self, *, poll_interval: Optional[float] = None) -> None:
        """Poll (in place) every ``client.poll_interval`` seconds (``REPLICATE_POLL_INTERVAL``,
        default 0.5) until the status is ``succeeded``, ``failed`` or ``canceled``."""
        for delay in self._pauses(poll_interval):
            time.sleep(delay)
            self.reload()

    async def async_wait(self, *, poll_interval: Optional[float] = None) -> None:
        for delay in self._pauses(poll_interval):
            await anyio.sleep(delay)
            await self.async_reload()


@dataclass
class PredictionProgress:
    """A prediction's progress, read from the last tqdm-style line of its logs (``45%|...| 9/20``)."""

    percentage: float
    current: int
    total: int

    _pattern = re.compile(r"^\s*(?P<percentage>\d+)%\s*\|.+?\|\s*(?P<current>\d+)\/(?P<total>\d+)")

    @classmethod
    def parse(cls, logs: str) -> Optional[PredictionProgress]:
        for line in reversed(logs.split("\n")):
            match = cls._pattern.match(line.strip())
            if match is not None:
                return cls(int(match["percentage"]) / 100.0, int(match["current"]), int(match["total"]))
        return None


class Prediction(_Job[TypedPrediction]):
    """A prediction, with the older methods. ``typed`` is the ``replicate.types.Prediction``."""

    Progress = PredictionProgress

    @property
    def output(self) -> Any:
        """The output as the API returns it, except that a string that is a whole URL is a
        ``LegacyFileOutput``: still that ``str``, and also ``.read()`` / ``for chunk in ...``."""
        from ._io import transform_output

        return transform_output(self._typed.output, self._client)

    @property
    def progress(self) -> Optional[PredictionProgress]:
        """The progress shown by the last progress bar in the logs, or None."""
        return PredictionProgress.parse(self.logs) if self.logs else None

    @property
    def input(self) -> Dict[str, object]:
        return self._typed.input

    @property
    def model(self) -> str:
        return self._typed.model

    @property
    def version(self) -> str:
        return self._typed.version

    def _get(self) -> TypedPrediction:
        return self._client.typed.predictions.get(prediction_id=self.id)

    async def _async_get(self) -> TypedPrediction:
        return await self._client.async_typed.predictions.get(prediction_id=self.id)

    def cancel(self) -> None:
        """Cancel the prediction; this object is updated with the API's answer."""
        self._set(self._client.typed.predictions.cancel(prediction_id=self.id))

    async def async_cancel(self) -> None:
        self._set(await self._client.async_typed.predictions.cancel(prediction_id=self.id))

    def stream(self, use_file_output: Optional[bool] = None) -> Iterator[StreamEvent]:
        """The prediction's output events as the model produces them (``str(event)`` is the text;
        ``use_file_output`` is accepted as 1.0.x took it: events carry text)."""
        from ._client import older_streaming_errors

        with older_streaming_errors():
            yield from self._client.typed.predictions.stream(prediction_id=self.id)

    async def async_stream(self, use_file_output: Optional[bool] = None) -> AsyncIterator[StreamEvent]:
        from ._client import older_streaming_errors

        with older_streaming_errors():
            async for event in self._client.async_typed.predictions.stream(prediction_id=self.id):
                yield event

    def output_iterator(self, *, poll_interval: Optional[float] = None) -> Iterator[Any]:
        """Each new item of a list output as it appears, polling until the prediction finishes."""
        for step in self._output_plan(poll_interval):
            if isinstance(step, list):
                yield from step
            else:
                time.sleep(step)
                self.reload()

    async def async_output_iterator(self, *, poll_interval: Optional[float] = None) -> AsyncIterator[Any]:
        for step in self._output_plan(poll_interval):
            if isinstance(step, list):
                for item in step:
                    yield item
            else:
                await anyio.sleep(step)
                await self.async_reload()

    def _output_plan(self, poll_interval: Optional[float]) -> Iterator[Union[List[Any], float]]:
        """The new items of the output (a list) as they appear, and the pause (seconds) before
        each reload, until the prediction finishes; then ``ModelError`` if it failed."""
        delay = self._poll_interval(poll_interval)
        seen = 0
        while True:
            items = self._output_items()
            yield items[seen:]
            seen = len(items)
            if self.status in TERMINAL_STATUSES:
                break
            yield delay
        self._raise_if_failed()

    def _output_items(self) -> List[Any]:
        output = self.output
        return list(output) if isinstance(output, list) else []  # pyright: ignore[reportUnknownArgumentType]

    def _raise_if_failed(self) -> None:
        if self.status == "failed":
            from .._exceptions import ModelError

            raise ModelError(self, str(self.error))


class Training(_Job[TypedTraining]):
    """A training, with the older methods. ``typed`` is the ``replicate.types.Training``."""

    def __init__(self, typed: TypedTraining, client: Client, destination: Optional[str] = None) -> None:
        super().__init__(typed, client)
        object.__setattr__(self, "_destination", destination)

    @property
    def output(self) -> Any:
        """The training's output as a dict (``{"version": ..., "weights": ...}``), or None."""
        output = self._typed.output
        return output.to_dict() if isinstance(output, BaseModel) else output

    @property
    def destination(self) -> Optional[str]:
        """The model the trained version goes to (``owner/name``): the API's ``destination``, the
        one this training was created with, else the model of the output's version."""
        given: object = getattr(self._typed, "destination", None) or getattr(self, "_destination", None)
        if isinstance(given, str) and given:
            return given
        output = self._typed.output
        version = output.version if output is not None else None
        if version and "/" in version:
            return version.split(":", 1)[0]
        return None

    def _get(self) -> TypedTraining:
        return self._client.typed.trainings.get(training_id=self.id)

    async def _async_get(self) -> TypedTraining:
        return await self._client.async_typed.trainings.get(training_id=self.id)

    def cancel(self) -> None:
        self._set(self._client.typed.trainings.cancel(training_id=self.id))

    async def async_cancel(self) -> None:
        self._set(await self._client.async_typed.trainings.cancel(training_id=self.id))


class Version(_Wrapper[TypedModelVersion]):
    """A model version; ``predict(**input)`` runs it (deprecated in the older client too)."""

    def __init__(self, typed: TypedModelVersion, client: Client, model: Optional[str]) -> None:
        super().__init__(typed, client)
        object.__setattr__(self, "_model", model)

    @property
    def id(self) -> str:
        return self._typed.id

    @property
    def ref(self) -> str:
        """``owner/name:version`` (or the bare version id when the model is not known)."""
        model: Optional[str] = getattr(self, "_model", None)
        return f"{model}:{self.id}" if model else self.id

    def predict(self, **input: Any) -> Any:
        """Run this version and return its output. Deprecated: use ``replicate.run(version.ref, input=...)``."""
        warnings.warn(
            "Version.predict() is deprecated: use replicate.run('owner/name:version', input={...}) "
            "(typed: client.run(...))",
            DeprecationWarning,
            stacklevel=2,
        )
        return self._client.run(self.ref, input=input)

    async def async_predict(self, **input: Any) -> Any:
        return await self._client.async_run(self.ref, input=input)

    def __repr__(self) -> str:
        return f"<Version: {self.ref}>"


class Model(_Wrapper[TypedModel]):
    """A model; ``versions.get(id)`` / ``versions.list()`` as in the older client."""

    @property
    def owner(self) -> str:
        return self._typed.owner

    @property
    def name(self) -> str:
        return self._typed.name

    @property
    def id(self) -> str:
        """``owner/name``."""
        return f"{self.owner}/{self.name}"

    @property
    def latest_version(self) -> Optional[Version]:
        latest = self._typed.latest_version
        return None if latest is None else Version(latest, self._client, self.id)

    @property
    def username(self) -> str:
        """Deprecated: ``owner``."""
        warnings.warn("Use `model.owner` instead.", DeprecationWarning, stacklevel=2)
        return self.owner

    @property
    def default_example(self) -> Optional[Prediction]:
        example = self._typed.default_example
        return None if example is None else Prediction(example, self._client)

    @property
    def versions(self) -> ModelVersions:
        from ._resources import ModelVersions

        return ModelVersions(self._client, self.owner, self.name)

    def predict(self, *args: Any, **kwargs: Any) -> Any:
        """Removed in replicate 1.0 (a new version could change the model's inputs)."""
        from .._exceptions import ReplicateError

        raise ReplicateError(
            "The `model.predict()` method has been removed, because it's unstable: if a new version of "
            "the model you're using is pushed and its API has changed, your code may break. Use "
            "`replicate.run()` instead. See https://github.com/replicate/replicate-python#readme"
        )

    def reload(self) -> None:
        """Fetch the model again, in place."""
        object.__setattr__(
            self, "_typed", self._client.typed.models.get(model_owner=self.owner, model_name=self.name)
        )

    def __repr__(self) -> str:
        return f"<Model: {self.id}>"


class Collection(_Wrapper[Union[TypedCollection, CollectionSummary]]):
    """A collection; ``models`` are ``Model`` objects."""

    @property
    def slug(self) -> str:
        return self._typed.slug

    @property
    def name(self) -> str:
        return self._typed.name

    @property
    def description(self) -> str:
        return self._typed.description

    @property
    def models(self) -> Optional[List[Model]]:
        """The collection's models (None in a list of collections, which gives summaries)."""
        models: Optional[List[TypedModel]] = getattr(self._typed, "models", None)
        return None if models is None else [Model(model, self._client) for model in models]

    @property
    def id(self) -> str:
        """Deprecated: ``slug``."""
        return self.slug

    def __iter__(self) -> Iterator[Model]:  # type: ignore[override]
        return iter(self.models or [])

    def __getitem__(self, index: Union[int, slice]) -> Any:
        models = self.models
        return None if models is None else models[index]

    def __len__(self) -> int:
        return len(self.models or [])

    def dict(self) -> Dict[str, Any]:
        return self._typed.to_dict(exclude_unset=False)

    def __repr__(self) -> str:
        return f"<Collection: {self.slug}>"


class Deployment(_Wrapper[TypedDeployment]):
    """A deployment; ``predictions.create(input=...)`` runs it."""

    @property
    def owner(self) -> str:
        return self._typed.owner

    @property
    def name(self) -> str:
        return self._typed.name

    @property
    def id(self) -> str:
        return f"{self.owner}/{self.name}"

    @property
    def username(self) -> str:
        """Deprecated: ``owner``."""
        warnings.warn("Use `deployment.owner` instead.", DeprecationWarning, stacklevel=2)
        return self.owner

    @property
    def predictions(self) -> DeploymentPredictions:
        from ._resources import DeploymentPredictions

        return DeploymentPredictions(self._client, self.owner, self.name)


class Hardware(_Wrapper[TypedHardware]):
    """A hardware SKU: ``sku``, ``name`` (and the deprecated ``id``, the SKU)."""

    @property
    def sku(self) -> str:
        return self._typed.sku

    @property
    def name(self) -> str:
        return self._typed.name

    @property
    def id(self) -> str:
        return self._typed.sku

    def __repr__(self) -> str:
        return f"Hardware(sku={self.sku!r}, name={self.name!r})"


class File(_Wrapper[TypedFile]):
    """An uploaded file; ``urls`` is a dict (``file.urls["get"]``), as replicate 1.0.x gave it."""

    @property
    def id(self) -> str:
        return self._typed.id

    @property
    def urls(self) -> Urls:
        return Urls(
            {key: value for key, value in self._typed.urls.to_dict().items() if isinstance(value, str)}
        )

    def __repr__(self) -> str:
        return f"File(id={self.id!r}, name={self._typed.name!r}, size={self._typed.size!r})"
