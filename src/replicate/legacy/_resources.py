"""The older client's resources (``replicate.predictions``, ``client.models``...).

Every method accepts the older call shape (positional ``"owner/name"`` or id, ``version=`` objects,
``cursor`` URLs) and the typed keyword shape (``prediction_id=``, ``model_owner=``...), calls the
typed resource of its ``Client`` and wraps what comes back (``_objects``). Any attribute not defined
here is the typed resource's (``replicate.predictions.with_raw_response``, ``replicate.models.search``).
"""

from __future__ import annotations

import re
from typing import (
    TYPE_CHECKING,
    Any,
    Callable,
    Dict,
    Generic,
    Iterator,
    List,
    Mapping,
    Optional,
    Tuple,
    TypeVar,
    Union,
    cast,
)
from urllib.parse import parse_qsl, urlsplit

from .._types import NOT_GIVEN
from ._io import convert_output, prepare_input
from ._objects import Collection, Deployment, Model, Prediction, Training, Version

if TYPE_CHECKING:
    from ..lib.file_encoding import FileEncodingStrategy
    from ..pagination import AsyncCursorURLPage, SyncCursorURLPage
    from ..types.account import Account as TypedAccount
    from ..types.hardware import Hardware as TypedHardware
    from ..types.webhook_secret import WebhookSecret
    from ._client import Client

__all__ = [
    "Account",
    "Collections",
    "DeploymentPredictions",
    "Deployments",
    "Files",
    "Hardware",
    "ModelVersions",
    "Models",
    "Page",
    "Predictions",
    "Trainings",
    "Webhooks",
]

_T = TypeVar("_T")
_VERSION_ID = re.compile(r"[0-9a-fA-F]{64}")
_NAME = r"[A-Za-z0-9][A-Za-z0-9._-]*"
_MODEL_NAME = re.compile(rf"{_NAME}/{_NAME}")
_MODEL_VERSION = re.compile(rf"(?P<model>{_NAME}/{_NAME}):(?P<version>[0-9a-fA-F]{{64}})")


class Page(Generic[_T]):
    """One page of a list, as the older client returned it: ``results``, ``next``, ``previous``.

    Iterating a page gives the items of this page only (the typed ``SyncCursorURLPage`` iterates every
    page); pass ``page.next`` back to the list method, or use ``replicate.paginate``, for more."""

    def __init__(
        self, results: List[_T], next: Optional[str], previous: Optional[str], typed: object
    ) -> None:
        self.results = results
        self.next = next
        self.previous = previous
        self.typed = typed

    def __iter__(self) -> Iterator[_T]:
        return iter(self.results)

    def __len__(self) -> int:
        return len(self.results)

    def __getitem__(self, index: int) -> _T:
        return self.results[index]

    def has_next_page(self) -> bool:
        return bool(self.next)

    def __repr__(self) -> str:
        return f"Page(results=<{len(self.results)} items>, next={self.next!r})"


def _page(
    typed: Union[SyncCursorURLPage[Any], AsyncCursorURLPage[Any]], wrap: Callable[[Any], _T]
) -> Page[_T]:
    return Page([wrap(item) for item in typed.results], typed.next, typed.previous, typed)


def _one(args: Tuple[object, ...], keyword: str, value: Optional[str], method: str, example: str) -> str:
    """The id passed positionally (older) or as `keyword=` (typed), exactly once."""
    if len(args) > 1:
        raise TypeError(f"{method}() takes one positional argument, the {keyword}: {example}")
    positional = args[0] if args else None
    if positional is not None and value is not None:
        raise TypeError(f"{method}(): pass the {keyword} once, positionally or as {keyword}=")
    chosen = positional if positional is not None else value
    if not isinstance(chosen, str) or not chosen:
        raise TypeError(f"{method}() needs the {keyword} as a non-empty string: {example}")
    return chosen


def _owner_name(
    args: Tuple[object, ...],
    owner: Optional[str],
    name: Optional[str],
    method: str,
    keywords: Tuple[str, str],
) -> Tuple[str, str]:
    """`("owner/name",)`, `("owner", "name")` or the typed keywords, as `(owner, name)`."""
    example = f'{method}("owner/name") or {method}({keywords[0]}="owner", {keywords[1]}="name")'
    if args and (owner is not None or name is not None):
        raise TypeError(f"{method}(): pass the name positionally or with keywords, not both: {example}")
    if len(args) == 1 and isinstance(args[0], str) and _MODEL_NAME.fullmatch(args[0]):
        found_owner, found_name = args[0].split("/")
        return found_owner, found_name
    if len(args) == 2 and all(isinstance(arg, str) and arg for arg in args):
        return cast(str, args[0]), cast(str, args[1])
    if not args and owner and name:
        return owner, name
    raise ValueError(f"{method}() needs an 'owner/name' (got {args or (owner, name)!r}): {example}")


def cursor_query(cursor: object, client: Client, path: str) -> Optional[Dict[str, str]]:
    """The query of a `next`/`previous` URL passed back to a list method (the older pagination)."""
    if cursor is None:
        return None
    if not isinstance(cursor, str) or not cursor:
        raise TypeError(f"cursor must be a page's `next` (or `previous`) URL, got {cursor!r}")
    parts = urlsplit(cursor)
    base = urlsplit(str(client.typed.base_url))
    same_origin = (parts.scheme, parts.netloc) == (base.scheme, base.netloc)
    if not parts.scheme or not same_origin or not parts.path.rstrip("/").endswith(path):
        raise ValueError(
            f"cursor must be the `next` (or `previous`) URL of a page of {path} from this client's API "
            f"({base.scheme}://{base.netloc}), got {cursor!r}. Iterate pages with "
            f"replicate.paginate(...) or, typed, page.get_next_page()."
        )
    return dict(parse_qsl(parts.query, keep_blank_values=True))


def _prefer(wait: Union[bool, int, None]) -> Any:
    if wait is None or wait is False:
        return NOT_GIVEN
    if wait is True:
        return "wait"
    if isinstance(wait, int) and 1 <= wait <= 60:  # pyright: ignore[reportUnnecessaryIsInstance]
        return f"wait={wait}"
    raise ValueError(f"wait must be True, False or a number of seconds from 1 to 60, got {wait!r}")


def version_reference(version: object) -> str:
    """What the older `version=` argument held (a Version, a typed ModelVersion or a string) as a string."""
    if isinstance(version, Version):
        return version.id
    if isinstance(version, Model):
        return version.id
    typed_id = getattr(version, "id", None)
    if not isinstance(version, str) and isinstance(typed_id, str):
        return typed_id
    if isinstance(version, str) and version:
        return version
    raise TypeError(f"version must be a version id, 'owner/name:version' or a Version, got {version!r}")


class _Resource:
    _name: str = ""

    def __init__(self, client: Client) -> None:
        self._client = client

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__") or name == "_client":
            raise AttributeError(name)
        return getattr(getattr(self._client.typed, self._name), name)

    def __repr__(self) -> str:
        return f"<replicate.{self._name} (legacy)>"


def _encode_sync(
    client: Client, input: Optional[Mapping[str, object]], strategy: FileEncodingStrategy, call: str
) -> Dict[str, object]:
    from ..lib.file_encoding import encode_file_inputs

    return encode_file_inputs(prepare_input(input, call=call), client=client.typed, strategy=strategy)


async def _encode_async(
    client: Client, input: Optional[Mapping[str, object]], strategy: FileEncodingStrategy, call: str
) -> Dict[str, object]:
    from ..lib.file_encoding import async_encode_file_inputs

    prepared = prepare_input(input, call=call)
    return await async_encode_file_inputs(prepared, client=client.async_typed, strategy=strategy)


class Predictions(_Resource):
    """``replicate.predictions``: create, get, list, cancel (and ``async_`` twins)."""

    _name = "predictions"

    def _target(
        self, version: object, model: object, deployment: object
    ) -> Tuple[str, Optional[Tuple[str, str]]]:
        given = [
            name
            for name, value in (("version", version), ("model", model), ("deployment", deployment))
            if value is not None
        ]
        if len(given) != 1:
            raise ValueError(
                "predictions.create() takes exactly one of version=, model= or deployment= "
                f"(got {', '.join(given) or 'none'}). Combine a model and a version as "
                "version='owner/name:<version id>'."
            )
        if deployment is not None:
            if isinstance(deployment, Deployment):
                return "", (deployment.owner, deployment.name)
            owner, name = _owner_name(
                (deployment,),
                None,
                None,
                "predictions.create(deployment=...)",
                ("deployment_owner", "deployment_name"),
            )
            return "", (owner, name)
        return version_reference(version if version is not None else model), None

    def create(
        self,
        version: Any = None,
        input: Optional[Mapping[str, object]] = None,
        *,
        model: Any = None,
        deployment: Any = None,
        webhook: Optional[str] = None,
        webhook_events_filter: Optional[List[str]] = None,
        stream: Optional[bool] = None,
        wait: Union[bool, int, None] = None,
        file_encoding_strategy: FileEncodingStrategy = "url",
        **options: Any,
    ) -> Prediction:
        """Create a prediction (it is not waited for): ``version=`` a version id, ``"owner/name:id"``,
        a ``Version``; or ``model="owner/name"``; or ``deployment="owner/name"``. Files in ``input``
        are uploaded. ``wait=True`` (or seconds) holds the request while the model runs."""
        ref, deployment_name = self._target(version, model, deployment)
        encoded = _encode_sync(self._client, input, file_encoding_strategy, "predictions.create()")
        extra = _create_options(webhook, webhook_events_filter, stream, wait, options)
        typed = self._client.typed
        if deployment_name is not None:
            created = typed.deployments.predictions.create(
                deployment_owner=deployment_name[0],
                deployment_name=deployment_name[1],
                input=encoded,
                **extra,
            )
        else:
            created = typed.predictions.create(version=ref, input=encoded, **extra)
        return Prediction(created, self._client)

    async def async_create(
        self,
        version: Any = None,
        input: Optional[Mapping[str, object]] = None,
        *,
        model: Any = None,
        deployment: Any = None,
        webhook: Optional[str] = None,
        webhook_events_filter: Optional[List[str]] = None,
        stream: Optional[bool] = None,
        wait: Union[bool, int, None] = None,
        file_encoding_strategy: FileEncodingStrategy = "url",
        **options: Any,
    ) -> Prediction:
        ref, deployment_name = self._target(version, model, deployment)
        encoded = await _encode_async(
            self._client, input, file_encoding_strategy, "predictions.async_create()"
        )
        extra = _create_options(webhook, webhook_events_filter, stream, wait, options)
        typed = self._client.async_typed
        if deployment_name is not None:
            created = await typed.deployments.predictions.create(
                deployment_owner=deployment_name[0],
                deployment_name=deployment_name[1],
                input=encoded,
                **extra,
            )
        else:
            created = await typed.predictions.create(version=ref, input=encoded, **extra)
        return Prediction(created, self._client)

    def get(self, *args: str, prediction_id: Optional[str] = None, **options: Any) -> Prediction:
        """``get("id")`` or ``get(prediction_id="id")``."""
        found = _one(args, "prediction_id", prediction_id, "predictions.get", 'predictions.get("<id>")')
        return Prediction(self._client.typed.predictions.get(prediction_id=found, **options), self._client)

    async def async_get(self, *args: str, prediction_id: Optional[str] = None, **options: Any) -> Prediction:
        found = _one(
            args, "prediction_id", prediction_id, "predictions.async_get", 'predictions.async_get("<id>")'
        )
        typed = await self._client.async_typed.predictions.get(prediction_id=found, **options)
        return Prediction(typed, self._client)

    def cancel(self, *args: str, prediction_id: Optional[str] = None, **options: Any) -> Prediction:
        found = _one(args, "prediction_id", prediction_id, "predictions.cancel", 'predictions.cancel("<id>")')
        return Prediction(self._client.typed.predictions.cancel(prediction_id=found, **options), self._client)

    async def async_cancel(
        self, *args: str, prediction_id: Optional[str] = None, **options: Any
    ) -> Prediction:
        found = _one(
            args,
            "prediction_id",
            prediction_id,
            "predictions.async_cancel",
            'predictions.async_cancel("<id>")',
        )
        typed = await self._client.async_typed.predictions.cancel(prediction_id=found, **options)
        return Prediction(typed, self._client)

    def list(self, cursor: Optional[str] = None, **options: Any) -> Page[Prediction]:
        """The first page of predictions, or the page at ``cursor`` (a page's ``next`` URL)."""
        query = cursor_query(cursor, self._client, "/predictions")
        typed = self._client.typed.predictions.list(**_with_query(options, query))
        return _page(typed, lambda item: Prediction(item, self._client))

    async def async_list(self, cursor: Optional[str] = None, **options: Any) -> Page[Prediction]:
        query = cursor_query(cursor, self._client, "/predictions")
        typed = await self._client.async_typed.predictions.list(**_with_query(options, query))
        return _page(typed, lambda item: Prediction(item, self._client))


def _create_options(
    webhook: Optional[str],
    webhook_events_filter: Optional[List[str]],
    stream: Optional[bool],
    wait: Union[bool, int, None],
    options: Dict[str, Any],
) -> Dict[str, Any]:
    extra: Dict[str, Any] = dict(options)
    if webhook is not None:
        extra["webhook"] = webhook
    if webhook_events_filter is not None:
        extra["webhook_events_filter"] = list(webhook_events_filter)
    if stream is not None:
        extra["stream"] = stream
    prefer = _prefer(wait)
    if prefer is not NOT_GIVEN:
        extra["prefer"] = prefer
    return extra


def _with_query(options: Dict[str, Any], query: Optional[Dict[str, str]]) -> Dict[str, Any]:
    if query is None:
        return options
    return {**options, "extra_query": {**query, **(options.get("extra_query") or {})}}


class Models(_Resource):
    """``replicate.models``: get, list, create (and ``async_`` twins); ``model.versions``."""

    _name = "models"

    def get(
        self, *args: str, model_owner: Optional[str] = None, model_name: Optional[str] = None, **options: Any
    ) -> Model:
        """``get("owner/name")``, ``get("owner", "name")`` or ``get(model_owner=..., model_name=...)``."""
        owner, name = _owner_name(args, model_owner, model_name, "models.get", ("model_owner", "model_name"))
        typed = self._client.typed.models.get(model_owner=owner, model_name=name, **options)
        return Model(typed, self._client)

    async def async_get(
        self, *args: str, model_owner: Optional[str] = None, model_name: Optional[str] = None, **options: Any
    ) -> Model:
        owner, name = _owner_name(
            args, model_owner, model_name, "models.async_get", ("model_owner", "model_name")
        )
        typed = await self._client.async_typed.models.get(model_owner=owner, model_name=name, **options)
        return Model(typed, self._client)

    def list(self, cursor: Optional[str] = None, **options: Any) -> Page[Model]:
        query = cursor_query(cursor, self._client, "/models")
        typed = self._client.typed.models.list(**_with_query(options, query))
        return _page(typed, lambda item: Model(item, self._client))

    async def async_list(self, cursor: Optional[str] = None, **options: Any) -> Page[Model]:
        query = cursor_query(cursor, self._client, "/models")
        typed = await self._client.async_typed.models.list(**_with_query(options, query))
        return _page(typed, lambda item: Model(item, self._client))

    def create(self, owner: str, name: str, **params: Any) -> Model:
        """``create(owner=..., name=..., visibility=..., hardware=..., description=...)``."""
        return Model(self._client.typed.models.create(owner=owner, name=name, **params), self._client)

    async def async_create(self, owner: str, name: str, **params: Any) -> Model:
        typed = await self._client.async_typed.models.create(owner=owner, name=name, **params)
        return Model(typed, self._client)


class ModelVersions:
    """``model.versions``: get, list, delete for one model."""

    def __init__(self, client: Client, owner: str, name: str) -> None:
        self._client = client
        self._owner = owner
        self._name = name

    @property
    def _model(self) -> str:
        return f"{self._owner}/{self._name}"

    def get(self, *args: str, version_id: Optional[str] = None, **options: Any) -> Version:
        """``get("<version id>")`` or ``get(version_id=...)``."""
        found = _one(args, "version_id", version_id, "versions.get", 'model.versions.get("<version id>")')
        typed = self._client.typed.models.versions.get(
            model_owner=self._owner, model_name=self._name, version_id=found, **options
        )
        return Version(typed, self._client, self._model)

    async def async_get(self, *args: str, version_id: Optional[str] = None, **options: Any) -> Version:
        found = _one(args, "version_id", version_id, "versions.async_get", 'model.versions.async_get("<id>")')
        typed = await self._client.async_typed.models.versions.get(
            model_owner=self._owner, model_name=self._name, version_id=found, **options
        )
        return Version(typed, self._client, self._model)

    def list(self, **options: Any) -> Page[Version]:
        typed = self._client.typed.models.versions.list(
            model_owner=self._owner, model_name=self._name, **options
        )
        return _page(typed, lambda item: Version(item, self._client, self._model))

    async def async_list(self, **options: Any) -> Page[Version]:
        typed = await self._client.async_typed.models.versions.list(
            model_owner=self._owner, model_name=self._name, **options
        )
        return _page(typed, lambda item: Version(item, self._client, self._model))

    def delete(self, *args: str, version_id: Optional[str] = None, **options: Any) -> bool:
        found = _one(args, "version_id", version_id, "versions.delete", 'model.versions.delete("<id>")')
        self._client.typed.models.versions.delete(
            model_owner=self._owner, model_name=self._name, version_id=found, **options
        )
        return True


def _training_target(model: object, version: object, method: str) -> Tuple[str, str, str]:
    example = (
        f'{method}(version="owner/name:<version id>", input={{...}}, destination="you/model") or '
        f'{method}(model="owner/name", version="<version id>", ...)'
    )
    if isinstance(version, Version):
        version = version.ref
    if isinstance(model, Model):
        model = model.id
    if not isinstance(version, str) or not version:
        raise ValueError(f"{method}() needs the version to train: {example}")
    match = _MODEL_VERSION.fullmatch(version)
    if match is not None:
        if model is not None and model != match["model"]:
            raise ValueError(f"{method}(): model={model!r} and version={version!r} name different models")
        owner, name = match["model"].split("/")
        return owner, name, match["version"]
    if isinstance(model, str) and _MODEL_NAME.fullmatch(model) and _VERSION_ID.fullmatch(version):
        owner, name = model.split("/")
        return owner, name, version
    raise ValueError(
        f"{method}(): cannot tell which model version to train from model={model!r}, version={version!r}: {example}"
    )


class Trainings(_Resource):
    """``replicate.trainings``: create, get, list, cancel (and ``async_`` twins)."""

    _name = "trainings"

    def create(
        self,
        *,
        model: Any = None,
        version: Any = None,
        input: Optional[Mapping[str, object]] = None,
        destination: str,
        webhook: Optional[str] = None,
        webhook_events_filter: Optional[List[str]] = None,
        file_encoding_strategy: FileEncodingStrategy = "url",
        **options: Any,
    ) -> Training:
        """``create(version="owner/name:<id>", input=..., destination="you/model")``, or with
        ``model="owner/name", version="<id>"``. Files in ``input`` are uploaded."""
        owner, name, version_id = _training_target(model, version, "trainings.create")
        encoded = _encode_sync(self._client, input, file_encoding_strategy, "trainings.create()")
        extra = _create_options(webhook, webhook_events_filter, None, None, options)
        typed = self._client.typed.trainings.create(
            model_owner=owner,
            model_name=name,
            version_id=version_id,
            destination=destination,
            input=encoded,
            **extra,
        )
        return Training(typed, self._client)

    async def async_create(
        self,
        *,
        model: Any = None,
        version: Any = None,
        input: Optional[Mapping[str, object]] = None,
        destination: str,
        webhook: Optional[str] = None,
        webhook_events_filter: Optional[List[str]] = None,
        file_encoding_strategy: FileEncodingStrategy = "url",
        **options: Any,
    ) -> Training:
        owner, name, version_id = _training_target(model, version, "trainings.async_create")
        encoded = await _encode_async(self._client, input, file_encoding_strategy, "trainings.async_create()")
        extra = _create_options(webhook, webhook_events_filter, None, None, options)
        typed = await self._client.async_typed.trainings.create(
            model_owner=owner,
            model_name=name,
            version_id=version_id,
            destination=destination,
            input=encoded,
            **extra,
        )
        return Training(typed, self._client)

    def get(self, *args: str, training_id: Optional[str] = None, **options: Any) -> Training:
        found = _one(args, "training_id", training_id, "trainings.get", 'trainings.get("<id>")')
        return Training(self._client.typed.trainings.get(training_id=found, **options), self._client)

    async def async_get(self, *args: str, training_id: Optional[str] = None, **options: Any) -> Training:
        found = _one(args, "training_id", training_id, "trainings.async_get", 'trainings.async_get("<id>")')
        return Training(
            await self._client.async_typed.trainings.get(training_id=found, **options), self._client
        )

    def cancel(self, *args: str, training_id: Optional[str] = None, **options: Any) -> Training:
        found = _one(args, "training_id", training_id, "trainings.cancel", 'trainings.cancel("<id>")')
        return Training(self._client.typed.trainings.cancel(training_id=found, **options), self._client)

    async def async_cancel(self, *args: str, training_id: Optional[str] = None, **options: Any) -> Training:
        found = _one(
            args, "training_id", training_id, "trainings.async_cancel", 'trainings.async_cancel("<id>")'
        )
        return Training(
            await self._client.async_typed.trainings.cancel(training_id=found, **options), self._client
        )

    def list(self, cursor: Optional[str] = None, **options: Any) -> Page[Training]:
        query = cursor_query(cursor, self._client, "/trainings")
        typed = self._client.typed.trainings.list(**_with_query(options, query))
        return _page(typed, lambda item: Training(item, self._client))

    async def async_list(self, cursor: Optional[str] = None, **options: Any) -> Page[Training]:
        query = cursor_query(cursor, self._client, "/trainings")
        typed = await self._client.async_typed.trainings.list(**_with_query(options, query))
        return _page(typed, lambda item: Training(item, self._client))


class DeploymentPredictions:
    """``deployment.predictions``: ``create(input=...)`` runs the deployment."""

    def __init__(self, client: Client, owner: str, name: str) -> None:
        self._client = client
        self._owner = owner
        self._name = name

    def create(self, input: Optional[Mapping[str, object]] = None, **params: Any) -> Prediction:
        return self._client.predictions.create(
            input=input, deployment=f"{self._owner}/{self._name}", **params
        )

    async def async_create(self, input: Optional[Mapping[str, object]] = None, **params: Any) -> Prediction:
        deployment = f"{self._owner}/{self._name}"
        return await self._client.predictions.async_create(input=input, deployment=deployment, **params)


class Deployments(_Resource):
    """``replicate.deployments``: get, list, create, run (and ``async_`` twins)."""

    _name = "deployments"

    def get(
        self,
        *args: str,
        deployment_owner: Optional[str] = None,
        deployment_name: Optional[str] = None,
        **options: Any,
    ) -> Deployment:
        keywords = ("deployment_owner", "deployment_name")
        owner, name = _owner_name(args, deployment_owner, deployment_name, "deployments.get", keywords)
        typed = self._client.typed.deployments.get(deployment_owner=owner, deployment_name=name, **options)
        return Deployment(typed, self._client)

    async def async_get(
        self,
        *args: str,
        deployment_owner: Optional[str] = None,
        deployment_name: Optional[str] = None,
        **options: Any,
    ) -> Deployment:
        keywords = ("deployment_owner", "deployment_name")
        owner, name = _owner_name(args, deployment_owner, deployment_name, "deployments.async_get", keywords)
        typed = await self._client.async_typed.deployments.get(
            deployment_owner=owner, deployment_name=name, **options
        )
        return Deployment(typed, self._client)

    def list(self, cursor: Optional[str] = None, **options: Any) -> Page[Deployment]:
        query = cursor_query(cursor, self._client, "/deployments")
        typed = self._client.typed.deployments.list(**_with_query(options, query))
        return _page(typed, lambda item: Deployment(item, self._client))

    async def async_list(self, cursor: Optional[str] = None, **options: Any) -> Page[Deployment]:
        query = cursor_query(cursor, self._client, "/deployments")
        typed = await self._client.async_typed.deployments.list(**_with_query(options, query))
        return _page(typed, lambda item: Deployment(item, self._client))

    def create(self, **params: Any) -> Deployment:
        """``create(name=..., model=..., version=..., hardware=..., min_instances=..., max_instances=...)``."""
        return Deployment(self._client.typed.deployments.create(**params), self._client)

    async def async_create(self, **params: Any) -> Deployment:
        return Deployment(await self._client.async_typed.deployments.create(**params), self._client)

    def run(
        self,
        deployment: Any,
        input: Optional[Mapping[str, object]] = None,
        *,
        use_file_output: bool = True,
        wait: Union[bool, int] = True,
        file_encoding_strategy: FileEncodingStrategy = "url",
    ) -> Any:
        """Run the deployment ``"owner/name"`` and return its output (``ModelError`` if it fails)."""
        prediction = self._client.predictions.create(
            deployment=deployment, input=input, wait=wait, file_encoding_strategy=file_encoding_strategy
        )
        prediction.wait()
        return _finished_output(prediction, self._client, use_file_output, is_async=False)

    async def async_run(
        self,
        deployment: Any,
        input: Optional[Mapping[str, object]] = None,
        *,
        use_file_output: bool = True,
        wait: Union[bool, int] = True,
        file_encoding_strategy: FileEncodingStrategy = "url",
    ) -> Any:
        prediction = await self._client.predictions.async_create(
            deployment=deployment, input=input, wait=wait, file_encoding_strategy=file_encoding_strategy
        )
        await prediction.async_wait()
        return _finished_output(prediction, self._client, use_file_output, is_async=True)


def _finished_output(prediction: Prediction, client: Client, use_file_output: bool, *, is_async: bool) -> Any:
    from .._exceptions import ModelError
    from ..lib.errors import PredictionCanceledError
    from ..lib.file_output import wrap_async_file_outputs, wrap_file_outputs

    if prediction.status == "failed":
        raise ModelError(prediction.typed)
    if prediction.status == "canceled":
        raise PredictionCanceledError(prediction.typed)
    output = prediction.output
    if not use_file_output:
        return output
    if is_async:
        return convert_output(wrap_async_file_outputs(output, openapi_schema=None, client=client.async_typed))
    return convert_output(wrap_file_outputs(output, openapi_schema=None, client=client.typed))


class Collections(_Resource):
    """``replicate.collections``: ``get("slug")``, ``list()``."""

    _name = "collections"

    def get(self, *args: str, collection_slug: Optional[str] = None, **options: Any) -> Collection:
        found = _one(args, "collection_slug", collection_slug, "collections.get", 'collections.get("<slug>")')
        return Collection(self._client.typed.collections.get(collection_slug=found, **options), self._client)

    async def async_get(
        self, *args: str, collection_slug: Optional[str] = None, **options: Any
    ) -> Collection:
        found = _one(
            args,
            "collection_slug",
            collection_slug,
            "collections.async_get",
            'collections.async_get("<slug>")',
        )
        typed = await self._client.async_typed.collections.get(collection_slug=found, **options)
        return Collection(typed, self._client)

    def list(self, cursor: Optional[str] = None, **options: Any) -> Page[Any]:
        """The first page of collections (their summaries), or the page at ``cursor``."""
        query = cursor_query(cursor, self._client, "/collections")
        typed = self._client.typed.collections.list(**_with_query(options, query))
        return _page(typed, lambda item: item)

    async def async_list(self, cursor: Optional[str] = None, **options: Any) -> Page[Any]:
        query = cursor_query(cursor, self._client, "/collections")
        typed = await self._client.async_typed.collections.list(**_with_query(options, query))
        return _page(typed, lambda item: item)


class Hardware(_Resource):
    """``replicate.hardware.list()``: every hardware SKU (``[hw.sku for hw in ...]``)."""

    _name = "hardware"

    def list(self, **options: Any) -> List[TypedHardware]:
        return self._client.typed.hardware.list(**options)

    async def async_list(self, **options: Any) -> List[TypedHardware]:
        return await self._client.async_typed.hardware.list(**options)


class Account(_Resource):
    """``replicate.account``: ``get()`` (typed) and ``current()`` (older)."""

    _name = "account"

    def current(self, **options: Any) -> TypedAccount:
        return self._client.typed.account.get(**options)

    async def async_current(self, **options: Any) -> TypedAccount:
        return await self._client.async_typed.account.get(**options)


class Files(_Resource):
    """``replicate.files``: the typed resource, plus ``get("id")`` / ``delete("id")`` positional."""

    _name = "files"

    def get(self, *args: str, file_id: Optional[str] = None, **options: Any) -> Any:
        found = _one(args, "file_id", file_id, "files.get", 'files.get("<id>")')
        return self._client.typed.files.get(file_id=found, **options)

    def delete(self, *args: str, file_id: Optional[str] = None, **options: Any) -> None:
        found = _one(args, "file_id", file_id, "files.delete", 'files.delete("<id>")')
        self._client.typed.files.delete(file_id=found, **options)


class WebhookSecretAccessor:
    """``webhooks.default.secret``: call it (older) or ``.get()`` it (typed) for the signing secret;
    ``.key`` fetches it and gives the key."""

    def __init__(self, client: Client) -> None:
        self._client = client

    def get(self, **options: Any) -> WebhookSecret:
        return self._client.typed.webhooks.default.secret.get(**options)

    def __call__(self, **options: Any) -> WebhookSecret:
        return self.get(**options)

    @property
    def key(self) -> str:
        return self.get().key

    def __repr__(self) -> str:
        return "<webhook signing secret: call it, or .get(), to fetch it>"


class _WebhooksDefault:
    def __init__(self, client: Client) -> None:
        self._client = client

    @property
    def secret(self) -> WebhookSecretAccessor:
        return WebhookSecretAccessor(self._client)

    async def async_secret(self, **options: Any) -> WebhookSecret:
        return await self._client.async_typed.webhooks.default.secret.get(**options)


class Webhooks(_Resource):
    """``replicate.webhooks``: ``default.secret()`` (older) / ``default.secret.get()`` (typed), and the
    typed ``verify`` / ``unwrap``."""

    _name = "webhooks"

    @property
    def default(self) -> _WebhooksDefault:
        return _WebhooksDefault(self._client)
