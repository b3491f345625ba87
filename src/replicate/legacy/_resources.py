"""The older client's resources (``replicate.predictions``, ``client.models``...).

Every method accepts the older call shape (positional ``"owner/name"`` or id, ``version=`` objects,
``cursor`` URLs) and the typed keyword shape (``prediction_id=``, ``model_owner=``...), calls the
typed resource of its ``Client`` and wraps what comes back (``_objects``). Any attribute not defined
here is the typed resource's (``replicate.predictions.with_raw_response``, ``replicate.models.search``).
"""

from __future__ import annotations

import io
import mimetypes
import os
import re
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import (
    TYPE_CHECKING,
    Any,
    BinaryIO,
    Callable,
    Dict,
    Generator,
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
from ._client import finished_output
from ._io import prepare_input
from ._objects import (
    Collection,
    Deployment,
    File as FileObject,
    Hardware as HardwareObject,
    Model,
    Prediction,
    Training,
    Version,
)
from ._webhook import validate as validate_webhook

if TYPE_CHECKING:
    from ..lib.file_encoding import FileEncodingStrategy
    from ..pagination import AsyncCursorURLPage, SyncCursorURLPage
    from ..types.account import Account as TypedAccount
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
_Item = TypeVar("_Item")
_VERSION_ID = re.compile(r"[0-9a-fA-F]{64}")
_NAME = r"[A-Za-z0-9][A-Za-z0-9._-]*"
_MODEL_NAME = re.compile(rf"{_NAME}/{_NAME}")
_MODEL_VERSION = re.compile(rf"(?P<model>{_NAME}/{_NAME}):(?P<version>[0-9a-fA-F]{{64}})")


class Page(Generic[_T]):
    """One page of a list, as the older client returned it: ``results``, ``next``, ``previous``.

    Iterating a page gives the items of this page only (the typed ``SyncCursorURLPage`` iterates every
    page); pass ``page.next`` back to the list method, or use ``replicate.paginate``, for more."""

    def __init__(
        self,
        results: List[_T],
        next: Optional[str] = None,
        previous: Optional[str] = None,
        typed: object = None,
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


def model_name(model: object, method: str, *, allow_version: bool = True) -> Tuple[str, str]:
    """``(owner, name)`` of a model given as ``"owner/name"``, ``("owner", "name")``, a ``Model`` or a
    ``ModelVersionIdentifier`` (a ``:version`` suffix is dropped when ``allow_version``)."""
    from ._identifier import ModelVersionIdentifier

    if isinstance(model, (Model, ModelVersionIdentifier)):
        return model.owner, model.name
    if isinstance(model, tuple):
        parts = cast(Tuple[object, ...], model)
        if len(parts) == 2 and isinstance(parts[0], str) and isinstance(parts[1], str) and all(parts):
            return parts[0], parts[1]
    if isinstance(model, str):
        name = model.split(":", 1)[0] if allow_version else model
        if _MODEL_NAME.fullmatch(name):
            owner, model_name_ = name.split("/")
            return owner, model_name_
    raise ValueError(
        "model must be a Model, a tuple of (owner, name), or a string in the format 'owner/name' "
        f"({method} got {model!r})"
    )


def deployment_name(deployment: object, method: str) -> Tuple[str, str]:
    """``(owner, name)`` of a deployment given as ``"owner/name"``, ``("owner", "name")`` or a ``Deployment``."""
    if isinstance(deployment, Deployment):
        return deployment.owner, deployment.name
    if isinstance(deployment, tuple):
        parts = cast(Tuple[object, ...], deployment)
        if len(parts) == 2 and isinstance(parts[0], str) and isinstance(parts[1], str) and all(parts):
            return parts[0], parts[1]
    if isinstance(deployment, str) and _MODEL_NAME.fullmatch(deployment):
        owner, name = deployment.split("/")
        return owner, name
    raise ValueError(
        "deployment must be a Deployment, a tuple of (owner, name), or a string in the format "
        f"'owner/name' ({method} got {deployment!r})"
    )


def _model_key(
    args: Tuple[object, ...], key: Optional[str], owner: Optional[str], name: Optional[str], method: str
) -> Tuple[str, str]:
    """replicate 1.0.x's ways to name a model: ``("owner/name",)``, ``("owner", "name")``, ``key=``
    or ``owner=`` and ``name=`` (the typed ``model_owner=`` / ``model_name=`` too)."""
    if args and (key is not None or owner is not None or name is not None):
        raise ValueError("Cannot mix positional and keyword arguments")
    if key is not None:
        if owner is not None or name is not None:
            raise ValueError(
                "Must specify exactly one of 'owner' and 'name' or single 'key' in the format 'owner/name'"
            )
        args = (key,)
    if not args and not (owner and name):
        raise ValueError("Both 'owner' and 'name' must be provided if 'key' is not specified.")
    return _owner_name(args, owner, name, method, ("owner", "name"))


def cursor_query(cursor: object, client: Client, path: str) -> Optional[Dict[str, str]]:
    """The query of a `next`/`previous` URL passed back to a list method (the older pagination);
    `...` (the default) is the first page and `None` a `ValueError`, as in replicate 1.0.x."""
    if cursor is ...:
        return None
    if cursor is None:
        raise ValueError(
            "cursor cannot be None: call list() without a cursor for the first page, and pass "
            "page.next only when it is set (or use replicate.paginate(...))."
        )
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


@dataclass(frozen=True)
class _Call(Generic[_T]):
    """What one older-interface method asks of a typed client, for its sync and async twins alike:
    ``send`` calls the sync or the async typed client (returning the answer, or the coroutine of
    it), ``shape`` turns the answer into what the older method returns."""

    send: Callable[[Any], Any]
    shape: Callable[[Any], _T]

    def deleted(self) -> _Call[bool]:
        """The same request, answering True (a delete's answer has no body)."""
        return _Call(self.send, _deleted)


def _sync(client: Client, call: _Call[_T]) -> _T:
    return call.shape(call.send(client.typed))


async def _async(client: Client, call: _Call[_T]) -> _T:
    return call.shape(await call.send(client.async_typed))


def _deleted(_: object) -> bool:
    return True


class _Resource(Generic[_Item]):
    _name: str = ""
    _key: str = ""  # the keyword naming one item (``prediction_id``...)

    def __init__(self, client: Client) -> None:
        self._client = client

    def _typed_call(self, verb: str, wrap: Callable[[Any], _T], **arguments: Any) -> _Call[_T]:
        """The typed resource's method ``verb`` (``get``, ``cancel``...) called with ``arguments``."""
        return _Call(lambda typed: getattr(getattr(typed, self._name), verb)(**arguments), wrap)

    def _wrap(self, typed: Any) -> _Item:
        """The older object of a typed item."""
        return cast(_Item, typed)

    def _by_key(
        self,
        method: str,
        args: Tuple[object, ...],
        value: Optional[str],
        options: Dict[str, Any],
        placeholder: str = "<id>",
    ) -> _Call[_Item]:
        """``method`` (``get``, ``async_get``...) of the item named by ``args`` or ``<_key>=``."""
        name = f"{self._name}.{method}"
        found = _one(args, self._key, value, name, f'{name}("{placeholder}")')
        return self._typed_call(_verb(method), self._wrap, **{self._key: found}, **options)

    def _listing(self, cursor: object, options: Dict[str, Any]) -> _Call[Page[_Item]]:
        """The first page of the list, or the page at ``cursor`` (a page's ``next`` URL)."""
        query = cursor_query(cursor, self._client, f"/{self._name}")
        return self._typed_call("list", lambda page: _page(page, self._wrap), **_with_query(options, query))

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__") or name == "_client":
            raise AttributeError(name)
        return getattr(getattr(self._client.typed, self._name), name)

    def __repr__(self) -> str:
        return f"<replicate.{self._name} (legacy)>"


Namespace = _Resource
"""The base of the older interface's resources (replicate 1.0.x's ``replicate.resource.Namespace``)."""


def _verb(method: str) -> str:
    """The typed method an older method calls: ``async_get`` calls the async client's ``get``."""
    return method[len("async_") :] if method.startswith("async_") else method


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


class Predictions(_Resource[Prediction]):
    """``replicate.predictions``: create, get, list, cancel (and ``async_`` twins)."""

    _name = "predictions"
    _key = "prediction_id"

    def _target(self, version: object, model: object, deployment: object) -> Tuple[str, Any]:
        """``("version", ref)``, ``("model", (owner, name))`` or ``("deployment", (owner, name))``."""
        given = [
            name
            for name, value in (("version", version), ("model", model), ("deployment", deployment))
            if value is not None
        ]
        if len(given) != 1:
            raise ValueError(
                "Exactly one of 'model', 'version', or 'deployment' must be specified "
                f"(got {', '.join(given) or 'none'}). Combine a model and a version as "
                "version='owner/name:<version id>'."
            )
        if deployment is not None:
            return "deployment", deployment_name(deployment, "predictions.create(deployment=...)")
        if model is not None and not (isinstance(model, str) and ":" in model):
            return "model", model_name(model, "predictions.create(model=...)", allow_version=False)
        return "version", version_reference(version if model is None else model)

    def create(
        self,
        version: Any = None,
        input: Optional[Mapping[str, object]] = None,
        *,
        model: Any = None,
        deployment: Any = None,
        webhook: Optional[str] = None,
        webhook_completed: Optional[str] = None,
        webhook_events_filter: Optional[List[str]] = None,
        stream: Optional[bool] = None,
        wait: Union[bool, int, None] = None,
        file_encoding_strategy: Optional[FileEncodingStrategy] = "url",
        **options: Any,
    ) -> Prediction:
        """Create a prediction (it is not waited for): ``version=`` a version id, ``"owner/name:id"``,
        a ``Version``; or ``model="owner/name"``; or ``deployment="owner/name"``. Files in ``input``
        are uploaded. ``wait=True`` (or seconds) holds the request while the model runs."""
        creation = self._creation(locals())
        encoded = _encode_sync(self._client, input, creation.strategy, "predictions.create()")
        return _sync(self._client, creation.call(encoded))

    async def async_create(
        self,
        version: Any = None,
        input: Optional[Mapping[str, object]] = None,
        *,
        model: Any = None,
        deployment: Any = None,
        webhook: Optional[str] = None,
        webhook_completed: Optional[str] = None,
        webhook_events_filter: Optional[List[str]] = None,
        stream: Optional[bool] = None,
        wait: Union[bool, int, None] = None,
        file_encoding_strategy: Optional[FileEncodingStrategy] = "url",
        **options: Any,
    ) -> Prediction:
        creation = self._creation(locals())
        encoded = await _encode_async(self._client, input, creation.strategy, "predictions.async_create()")
        return await _async(self._client, creation.call(encoded))

    def _creation(self, arguments: Dict[str, Any]) -> _PredictionCreation:
        """``create``'s arguments (its ``locals()``, taken first), checked before any upload."""
        kind, target = self._target(arguments["version"], arguments["model"], arguments["deployment"])
        extra = _create_options(
            arguments["webhook"],
            arguments["webhook_events_filter"],
            arguments["stream"],
            arguments["wait"],
            arguments["options"],
            arguments["webhook_completed"],
        )
        strategy: FileEncodingStrategy = arguments["file_encoding_strategy"] or "url"
        return _PredictionCreation(kind, target, strategy, extra, self._wrap)

    def _wrap(self, typed: Any) -> Prediction:
        return Prediction(typed, self._client)

    def get(
        self, *args: str, prediction_id: Optional[str] = None, id: Optional[str] = None, **options: Any
    ) -> Prediction:
        """``get("id")`` or ``get(prediction_id="id")``."""
        return _sync(self._client, self._by_key("get", args, prediction_id or id, options))

    async def async_get(
        self, *args: str, prediction_id: Optional[str] = None, id: Optional[str] = None, **options: Any
    ) -> Prediction:
        return await _async(self._client, self._by_key("async_get", args, prediction_id or id, options))

    def cancel(
        self, *args: str, prediction_id: Optional[str] = None, id: Optional[str] = None, **options: Any
    ) -> Prediction:
        return _sync(self._client, self._by_key("cancel", args, prediction_id or id, options))

    async def async_cancel(
        self, *args: str, prediction_id: Optional[str] = None, id: Optional[str] = None, **options: Any
    ) -> Prediction:
        return await _async(self._client, self._by_key("async_cancel", args, prediction_id or id, options))

    def list(self, cursor: Any = ..., **options: Any) -> Page[Prediction]:
        """The first page of predictions, or the page at ``cursor`` (a page's ``next`` URL)."""
        return _sync(self._client, self._listing(cursor, options))

    async def async_list(self, cursor: Any = ..., **options: Any) -> Page[Prediction]:
        return await _async(self._client, self._listing(cursor, options))


@dataclass(frozen=True)
class _PredictionCreation:
    """A checked ``predictions.create``: which typed create it calls, with what."""

    kind: str  # "version", "model" or "deployment"
    target: Any  # the version reference, or (owner, name)
    strategy: FileEncodingStrategy
    extra: Dict[str, Any]
    wrap: Callable[[Any], Prediction]

    def call(self, encoded: Dict[str, object]) -> _Call[Prediction]:
        kind, target, extra = self.kind, self.target, self.extra

        def send(typed: Any) -> Any:
            if kind == "deployment":
                return typed.deployments.predictions.create(
                    deployment_owner=target[0], deployment_name=target[1], input=encoded, **extra
                )
            if kind == "model":
                return typed.models.predictions.create(
                    model_owner=target[0], model_name=target[1], input=encoded, **extra
                )
            return typed.predictions.create(version=target, input=encoded, **extra)

        return _Call(send, self.wrap)


def _create_options(
    webhook: Optional[str],
    webhook_events_filter: Optional[List[str]],
    stream: Optional[bool],
    wait: Union[bool, int, None],
    options: Dict[str, Any],
    webhook_completed: Optional[str] = None,
) -> Dict[str, Any]:
    extra: Dict[str, Any] = dict(options)
    if webhook_completed is not None:
        extra["extra_body"] = {**(extra.get("extra_body") or {}), "webhook_completed": webhook_completed}
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


class Models(_Resource[Model]):
    """``replicate.models``: get, list, search, create, delete, ``predictions`` (and ``async_`` twins);
    ``model.versions``."""

    _name = "models"
    model = Model  # replicate 1.0.x's `client.models.model`

    def get(
        self,
        *args: str,
        model_owner: Optional[str] = None,
        model_name: Optional[str] = None,
        key: Optional[str] = None,
        owner: Optional[str] = None,
        name: Optional[str] = None,
        **options: Any,
    ) -> Model:
        """``get("owner/name")``, ``get("owner", "name")``, ``get(key="owner/name")``,
        ``get(owner=..., name=...)`` or ``get(model_owner=..., model_name=...)``."""
        return _sync(self._client, self._named("get", locals()))

    async def async_get(
        self,
        *args: str,
        model_owner: Optional[str] = None,
        model_name: Optional[str] = None,
        key: Optional[str] = None,
        owner: Optional[str] = None,
        name: Optional[str] = None,
        **options: Any,
    ) -> Model:
        return await _async(self._client, self._named("async_get", locals()))

    def delete(
        self,
        *args: str,
        model_owner: Optional[str] = None,
        model_name: Optional[str] = None,
        key: Optional[str] = None,
        owner: Optional[str] = None,
        name: Optional[str] = None,
        **options: Any,
    ) -> bool:
        """``delete("owner/name")`` or ``delete("owner", "name")``; True once deleted."""
        return _sync(self._client, self._named("delete", locals()).deleted())

    async def async_delete(
        self,
        *args: str,
        model_owner: Optional[str] = None,
        model_name: Optional[str] = None,
        key: Optional[str] = None,
        owner: Optional[str] = None,
        name: Optional[str] = None,
        **options: Any,
    ) -> bool:
        return await _async(self._client, self._named("async_delete", locals()).deleted())

    def _named(self, method: str, arguments: Dict[str, Any]) -> _Call[Model]:
        """``method`` of the model its arguments (its ``locals()``, taken first) name in any of the
        older or typed ways."""
        owner = arguments["owner"] or arguments["model_owner"]
        name = arguments["name"] or arguments["model_name"]
        found = _model_key(arguments["args"], arguments["key"], owner, name, f"models.{method}")
        typed_arguments = {"model_owner": found[0], "model_name": found[1], **arguments["options"]}
        return self._typed_call(_verb(method), self._wrap, **typed_arguments)

    def _wrap(self, typed: Any) -> Model:
        return Model(typed, self._client)

    def list(self, cursor: Any = ..., **options: Any) -> Page[Model]:
        return _sync(self._client, self._listing(cursor, options))

    async def async_list(self, cursor: Any = ..., **options: Any) -> Page[Model]:
        return await _async(self._client, self._listing(cursor, options))

    def search(self, *args: str, query: Optional[str] = None, **options: Any) -> Page[Model]:
        """The first page of public models matching ``query`` (``search("upscaler")``)."""
        return _sync(self._client, self._search("search", args, query, options))

    async def async_search(self, *args: str, query: Optional[str] = None, **options: Any) -> Page[Model]:
        return await _async(self._client, self._search("async_search", args, query, options))

    def _search(
        self, method: str, args: Tuple[str, ...], query: Optional[str], options: Dict[str, Any]
    ) -> _Call[Page[Model]]:
        found = _one(args, "query", query, f"models.{method}", f'models.{method}("upscaler")')
        return self._typed_call("search", lambda page: _page(page, self._wrap), query=found, **options)

    def create(self, owner: str, name: str, **params: Any) -> Model:
        """``create(owner=..., name=..., visibility=..., hardware=..., description=...)``."""
        return _sync(self._client, self._typed_call("create", self._wrap, owner=owner, name=name, **params))

    async def async_create(self, owner: str, name: str, **params: Any) -> Model:
        return await _async(
            self._client, self._typed_call("create", self._wrap, owner=owner, name=name, **params)
        )

    @property
    def predictions(self) -> ModelsPredictions:
        """``models.predictions.create(model="owner/name", input=...)``: run a model's latest version."""
        return ModelsPredictions(self._client)


class ModelsPredictions:
    """``models.predictions``: ``create(model, input, **params)`` for a model's latest version."""

    def __init__(self, client: Client) -> None:
        self._client = client

    def create(self, model: Any, input: Optional[Mapping[str, object]] = None, **params: Any) -> Prediction:
        """``create(model="owner/name" | ("owner", "name") | Model, input={...}, wait=..., webhook=...)``."""
        name = "/".join(model_name(model, "models.predictions.create", allow_version=False))
        return self._client.predictions.create(model=name, input=input, **params)

    async def async_create(
        self, model: Any, input: Optional[Mapping[str, object]] = None, **params: Any
    ) -> Prediction:
        name = "/".join(model_name(model, "models.predictions.async_create", allow_version=False))
        return await self._client.predictions.async_create(model=name, input=input, **params)


class ModelVersions:
    """``model.versions`` (``replicate.version.Versions(client, model)``): get, list, delete for one
    model; ``model`` is ``"owner/name"``, ``("owner", "name")`` or a ``Model``."""

    def __init__(self, client: Client, model: Any, name: Optional[str] = None) -> None:
        self._client = client
        if name is not None:
            model = (model, name)
        self._owner, self._name = model_name(model, "Versions", allow_version=False)

    @property
    def model(self) -> Tuple[str, str]:
        return (self._owner, self._name)

    @property
    def _model(self) -> str:
        return f"{self._owner}/{self._name}"

    def get(
        self, *args: str, version_id: Optional[str] = None, id: Optional[str] = None, **options: Any
    ) -> Version:
        """``get("<version id>")`` or ``get(version_id=...)``."""
        return _sync(self._client, self._by_id("get", args, version_id or id, options))

    async def async_get(
        self, *args: str, version_id: Optional[str] = None, id: Optional[str] = None, **options: Any
    ) -> Version:
        return await _async(self._client, self._by_id("async_get", args, version_id or id, options))

    def list(self, **options: Any) -> Page[Version]:
        return _sync(self._client, self._call("list", lambda page: _page(page, self._version), options))

    async def async_list(self, **options: Any) -> Page[Version]:
        return await _async(
            self._client, self._call("list", lambda page: _page(page, self._version), options)
        )

    def delete(
        self, *args: str, version_id: Optional[str] = None, id: Optional[str] = None, **options: Any
    ) -> bool:
        """Delete the version (and its predictions); True once deleted."""
        return _sync(self._client, self._by_id("delete", args, version_id or id, options).deleted())

    async def async_delete(
        self, *args: str, version_id: Optional[str] = None, id: Optional[str] = None, **options: Any
    ) -> bool:
        return await _async(
            self._client, self._by_id("async_delete", args, version_id or id, options).deleted()
        )

    def _by_id(
        self, method: str, args: Tuple[str, ...], version_id: Optional[str], options: Dict[str, Any]
    ) -> _Call[Version]:
        example = f'model.versions.{method}("<version id>")'
        found = _one(args, "version_id", version_id, f"versions.{method}", example)
        return self._call(_verb(method), self._version, {"version_id": found, **options})

    def _call(self, verb: str, wrap: Callable[[Any], _T], arguments: Dict[str, Any]) -> _Call[_T]:
        """The typed ``models.versions.<verb>`` of this model."""
        model = {"model_owner": self._owner, "model_name": self._name}
        return _Call(lambda typed: getattr(typed.models.versions, verb)(**model, **arguments), wrap)

    def _version(self, typed: Any) -> Version:
        return Version(typed, self._client, self._model)


def _training_target(model: object, version: object, method: str) -> Tuple[str, str, str]:
    example = (
        f'{method}(version="owner/name:<version id>", input={{...}}, destination="you/model") or '
        f'{method}(model="owner/name", version="<version id>", ...)'
    )
    if isinstance(version, Version):
        version = version.ref if model is None else version.id
    if not isinstance(version, str) or not version:
        raise ValueError(f"model and version or shorthand version must be specified: {example}")
    match = _MODEL_VERSION.fullmatch(version)
    if match is not None:
        if model is not None and "/".join(model_name(model, method)) != match["model"]:
            raise ValueError(f"{method}(): model={model!r} and version={version!r} name different models")
        owner, name = match["model"].split("/")
        return owner, name, match["version"]
    if model is not None and _VERSION_ID.fullmatch(version):
        owner, name = model_name(model, method)
        return owner, name, version
    raise ValueError(
        f"{method}(): cannot tell which model version to train from model={model!r}, version={version!r}: {example}"
    )


def _destination(destination: object, method: str) -> str:
    if destination is None:
        raise ValueError("A destination must be provided as a positional or keyword argument.")
    return "/".join(model_name(destination, f"{method}(destination=...)", allow_version=False))


# replicate 1.0.x's positional order for trainings.create(version, input, destination, ...).
_TRAINING_POSITIONAL = (
    "version",
    "input",
    "destination",
    "webhook",
    "webhook_completed",
    "webhook_events_filter",
)
# ...and for trainings.async_create(model, version, input, ...).
_ASYNC_TRAINING_POSITIONAL = ("model", "version", "input")


def _training_arguments(
    args: Tuple[Any, ...], names: Tuple[str, ...], given: Dict[str, Any], method: str
) -> Dict[str, Any]:
    if len(args) > len(names):
        raise TypeError(f"{method}() takes at most {len(names)} positional arguments ({', '.join(names)})")
    arguments = dict(given)
    for name, value in zip(names, args):
        if arguments.get(name) is not None:
            raise TypeError(f"{method}() got {name} both positionally and as {name}=")
        arguments[name] = value
    return arguments


class Trainings(_Resource[Training]):
    """``replicate.trainings``: create, get, list, cancel (and ``async_`` twins)."""

    _name = "trainings"
    _key = "training_id"

    def create(self, *args: Any, **params: Any) -> Training:
        """``create(version="owner/name:<id>", input=..., destination="you/model")``, with
        ``model="owner/name", version="<id>"``, or positionally ``create(version, input, destination)``.
        Files in ``input`` are uploaded."""
        request = _TrainingRequest.of(args, params, "trainings.create", _TRAINING_POSITIONAL)
        encoded = _encode_sync(self._client, request.input, request.strategy, "trainings.create()")
        return _sync(self._client, self._creation(request, encoded))

    async def async_create(self, *args: Any, **params: Any) -> Training:
        """``async_create(model, version, input, destination=...)`` or the keyword forms of ``create``."""
        request = _TrainingRequest.of(args, params, "trainings.async_create", _ASYNC_TRAINING_POSITIONAL)
        encoded = await _encode_async(
            self._client, request.input, request.strategy, "trainings.async_create()"
        )
        return await _async(self._client, self._creation(request, encoded))

    def _creation(self, request: _TrainingRequest, encoded: Dict[str, object]) -> _Call[Training]:
        def wrap(typed: Any) -> Training:
            return Training(typed, self._client, request.destination)

        return self._typed_call("create", wrap, **request.typed_arguments(encoded))

    def _wrap(self, typed: Any) -> Training:
        return Training(typed, self._client)

    def get(
        self, *args: str, training_id: Optional[str] = None, id: Optional[str] = None, **options: Any
    ) -> Training:
        return _sync(self._client, self._by_key("get", args, training_id or id, options))

    async def async_get(
        self, *args: str, training_id: Optional[str] = None, id: Optional[str] = None, **options: Any
    ) -> Training:
        return await _async(self._client, self._by_key("async_get", args, training_id or id, options))

    def cancel(
        self, *args: str, training_id: Optional[str] = None, id: Optional[str] = None, **options: Any
    ) -> Training:
        return _sync(self._client, self._by_key("cancel", args, training_id or id, options))

    async def async_cancel(
        self, *args: str, training_id: Optional[str] = None, id: Optional[str] = None, **options: Any
    ) -> Training:
        return await _async(self._client, self._by_key("async_cancel", args, training_id or id, options))

    def list(self, cursor: Any = ..., **options: Any) -> Page[Training]:
        return _sync(self._client, self._listing(cursor, options))

    async def async_list(self, cursor: Any = ..., **options: Any) -> Page[Training]:
        return await _async(self._client, self._listing(cursor, options))


class _TrainingRequest:
    """The arguments of ``trainings.create`` in any of the older shapes, checked before any request."""

    @classmethod
    def of(
        cls, args: Tuple[Any, ...], params: Dict[str, Any], method: str, names: Tuple[str, ...]
    ) -> _TrainingRequest:
        return cls(_training_arguments(args, names, params, method), method)

    def __init__(self, arguments: Dict[str, Any], method: str) -> None:
        arguments = dict(arguments)
        self.owner, self.name, self.version_id = _training_target(
            arguments.pop("model", None), arguments.pop("version", None), method
        )
        self.destination = _destination(arguments.pop("destination", None), method)
        self.input: Optional[Mapping[str, object]] = arguments.pop("input", None)
        self.strategy: FileEncodingStrategy = arguments.pop("file_encoding_strategy", None) or "url"
        webhook_completed = arguments.pop("webhook_completed", None)
        self.options = _create_options(
            arguments.pop("webhook", None),
            arguments.pop("webhook_events_filter", None),
            None,
            None,
            arguments,
            webhook_completed,
        )

    def typed_arguments(self, encoded_input: Dict[str, object]) -> Dict[str, Any]:
        return {
            "model_owner": self.owner,
            "model_name": self.name,
            "version_id": self.version_id,
            "destination": self.destination,
            "input": encoded_input,
            **self.options,
        }


class DeploymentPredictions:
    """``deployment.predictions``: ``create(input=...)`` runs the deployment."""

    def __init__(self, client: Client, owner: Any, name: Optional[str] = None) -> None:
        self._client = client
        self._owner, self._name = deployment_name(
            owner if name is None else (owner, name), "DeploymentPredictions"
        )

    def create(self, input: Optional[Mapping[str, object]] = None, **params: Any) -> Prediction:
        return self._client.predictions.create(input=input, deployment=(self._owner, self._name), **params)

    async def async_create(self, input: Optional[Mapping[str, object]] = None, **params: Any) -> Prediction:
        deployment = (self._owner, self._name)
        return await self._client.predictions.async_create(input=input, deployment=deployment, **params)


class DeploymentsPredictions:
    """``deployments.predictions``: ``create(deployment="owner/name", input=...)``."""

    def __init__(self, client: Client) -> None:
        self._client = client

    def create(
        self, deployment: Any, input: Optional[Mapping[str, object]] = None, **params: Any
    ) -> Prediction:
        """``deployment`` is ``"owner/name"``, ``("owner", "name")`` or a ``Deployment``."""
        target = deployment_name(deployment, "deployments.predictions.create")
        return self._client.predictions.create(deployment=target, input=input, **params)

    async def async_create(
        self, deployment: Any, input: Optional[Mapping[str, object]] = None, **params: Any
    ) -> Prediction:
        target = deployment_name(deployment, "deployments.predictions.async_create")
        return await self._client.predictions.async_create(deployment=target, input=input, **params)


def _deployment_key(
    args: Tuple[str, ...], name: Optional[str], owner: Optional[str], deployment: Optional[str], method: str
) -> Tuple[str, str]:
    keywords = ("deployment_owner", "deployment_name")
    return _owner_name(args or ((name,) if name else ()), owner, deployment, method, keywords)


class Deployments(_Resource[Deployment]):
    """``replicate.deployments``: get, list, create, update, delete, run, ``predictions`` (and
    ``async_`` twins)."""

    _name = "deployments"

    def get(
        self,
        *args: str,
        deployment_owner: Optional[str] = None,
        deployment_name: Optional[str] = None,
        name: Optional[str] = None,
        **options: Any,
    ) -> Deployment:
        """``get("owner/name")``, ``get(name="owner/name")`` or the typed keywords."""
        return _sync(self._client, self._named("get", args, name, deployment_owner, deployment_name, options))

    async def async_get(
        self,
        *args: str,
        deployment_owner: Optional[str] = None,
        deployment_name: Optional[str] = None,
        name: Optional[str] = None,
        **options: Any,
    ) -> Deployment:
        call = self._named("async_get", args, name, deployment_owner, deployment_name, options)
        return await _async(self._client, call)

    def _named(
        self,
        method: str,
        args: Tuple[str, ...],
        name: Optional[str],
        owner: Optional[str],
        deployment: Optional[str],
        options: Dict[str, Any],
    ) -> _Call[Deployment]:
        found_owner, found = _deployment_key(args, name, owner, deployment, f"deployments.{method}")
        return self._typed_call(
            _verb(method), self._wrap, deployment_owner=found_owner, deployment_name=found, **options
        )

    def _wrap(self, typed: Any) -> Deployment:
        return Deployment(typed, self._client)

    def update(self, deployment_owner: str, deployment_name: str, **params: Any) -> Deployment:
        """``update("owner", "name", version=..., hardware=..., min_instances=..., max_instances=...)``."""
        return _sync(self._client, self._update(deployment_owner, deployment_name, params))

    async def async_update(self, deployment_owner: str, deployment_name: str, **params: Any) -> Deployment:
        return await _async(self._client, self._update(deployment_owner, deployment_name, params))

    def _update(self, owner: str, name: str, params: Dict[str, Any]) -> _Call[Deployment]:
        return self._typed_call("update", self._wrap, deployment_owner=owner, deployment_name=name, **params)

    def delete(self, deployment_owner: str, deployment_name: str, **options: Any) -> bool:
        """Delete the deployment; True once deleted."""
        return _sync(self._client, self._delete(deployment_owner, deployment_name, options))

    async def async_delete(self, deployment_owner: str, deployment_name: str, **options: Any) -> bool:
        return await _async(self._client, self._delete(deployment_owner, deployment_name, options))

    def _delete(self, owner: str, name: str, options: Dict[str, Any]) -> _Call[bool]:
        return self._typed_call("delete", _deleted, deployment_owner=owner, deployment_name=name, **options)

    @property
    def predictions(self) -> DeploymentsPredictions:
        return DeploymentsPredictions(self._client)

    def list(self, cursor: Any = ..., **options: Any) -> Page[Deployment]:
        return _sync(self._client, self._listing(cursor, options))

    async def async_list(self, cursor: Any = ..., **options: Any) -> Page[Deployment]:
        return await _async(self._client, self._listing(cursor, options))

    def create(self, **params: Any) -> Deployment:
        """``create(name=..., model=..., version=..., hardware=..., min_instances=..., max_instances=...)``;
        a ``name`` given as ``"owner/name"`` is sent as its name part, as replicate 1.0.x did."""
        return _sync(self._client, self._typed_call("create", self._wrap, **_deployment_params(params)))

    async def async_create(self, **params: Any) -> Deployment:
        return await _async(
            self._client, self._typed_call("create", self._wrap, **_deployment_params(params))
        )

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
        return finished_output(prediction, self._client, use_file_output)

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
        return finished_output(prediction, self._client, use_file_output)


def _deployment_params(params: Dict[str, Any]) -> Dict[str, Any]:
    name = params.get("name")
    if isinstance(name, str) and "/" in name:
        return {**params, "name": name.split("/", 1)[1]}
    return params


class Collections(_Resource[Collection]):
    """``replicate.collections``: ``get("slug")``, ``list()``."""

    _name = "collections"
    _key = "collection_slug"

    def get(
        self, *args: str, collection_slug: Optional[str] = None, slug: Optional[str] = None, **options: Any
    ) -> Collection:
        return _sync(self._client, self._by_slug("get", args, collection_slug or slug, options))

    async def async_get(
        self, *args: str, collection_slug: Optional[str] = None, slug: Optional[str] = None, **options: Any
    ) -> Collection:
        return await _async(self._client, self._by_slug("async_get", args, collection_slug or slug, options))

    def _by_slug(
        self, method: str, args: Tuple[str, ...], slug: Optional[str], options: Dict[str, Any]
    ) -> _Call[Collection]:
        return self._by_key(method, args, slug, options, placeholder="<slug>")

    def _wrap(self, typed: Any) -> Collection:
        return Collection(typed, self._client)

    def list(self, cursor: Any = ..., **options: Any) -> Page[Collection]:
        """The first page of collections (without their models), or the page at ``cursor``."""
        return _sync(self._client, self._listing(cursor, options))

    async def async_list(self, cursor: Any = ..., **options: Any) -> Page[Collection]:
        return await _async(self._client, self._listing(cursor, options))


class Hardware(_Resource[Any]):
    """``replicate.hardware.list()``: every hardware SKU (``[hw.sku for hw in ...]``)."""

    _name = "hardware"

    def list(self, **options: Any) -> List[HardwareObject]:
        return _sync(self._client, self._typed_call("list", self._all, **options))

    async def async_list(self, **options: Any) -> List[HardwareObject]:
        return await _async(self._client, self._typed_call("list", self._all, **options))

    def _all(self, typed: Any) -> List[HardwareObject]:
        return [HardwareObject(item, self._client) for item in typed]


class Account(_Resource[Any]):
    """``replicate.account`` / ``client.accounts``: ``get()`` (typed) and ``current()`` (older)."""

    _name = "account"

    def current(self, **options: Any) -> TypedAccount:
        return self._client.typed.account.get(**options)

    async def async_current(self, **options: Any) -> TypedAccount:
        return await self._client.async_typed.account.get(**options)


def _file_upload(
    file: object, params: Dict[str, Any], method: str
) -> Tuple[Dict[str, Any], Optional[BinaryIO]]:
    """The typed ``files.create`` arguments for replicate 1.0.x's ``create(file, filename=...,
    content_type=..., metadata=...)``, and the file this call opened (to close), if any."""
    unknown = sorted(set(params) - {"filename", "content_type", "metadata"})
    if unknown:
        raise TypeError(f"{method}() got unexpected keyword argument(s) {', '.join(unknown)}")
    opened: Optional[BinaryIO] = None
    filename = params.get("filename")
    if isinstance(file, (str, os.PathLike)):
        path = Path(cast("os.PathLike[str]", file) if not isinstance(file, str) else file)
        filename = filename or path.name
        opened = path.open("rb")
        file = opened
    elif not isinstance(file, io.IOBase):
        raise ValueError("Unsupported file type. Must be a file path or file-like object.")
    else:
        name = getattr(file, "name", None)
        filename = filename or (os.path.basename(name) if isinstance(name, str) else "file")
        if hasattr(file, "seek"):
            file.seek(0)
    content_type = (
        params.get("content_type") or mimetypes.guess_type(filename)[0] or "application/octet-stream"
    )
    arguments: Dict[str, Any] = {
        "content": (filename, file, content_type),
        "filename": filename,
        "type": content_type,
    }
    if params.get("metadata") is not None:
        arguments["metadata"] = params["metadata"]
    return arguments, opened


class Files(_Resource[FileObject]):
    """``replicate.files``: ``create(path_or_file, metadata=...)``, ``get(id)``, ``list()``,
    ``delete(id)`` (and ``async_`` twins); anything else is the typed resource's."""

    _name = "files"
    _key = "file_id"

    def create(self, *args: Any, file: Any = None, **params: Any) -> Any:
        """Upload a file (a path, ``Path`` or binary file object) and return it (``file.urls["get"]``).
        The typed keyword form (``create(content=..., filename=...)``) is passed through."""
        with _upload_arguments(args, file, params, "files.create") as arguments:
            return _sync(self._client, self._typed_call("create", self._wrap, **arguments))

    async def async_create(self, *args: Any, file: Any = None, **params: Any) -> Any:
        with _upload_arguments(args, file, params, "files.async_create") as arguments:
            return await _async(self._client, self._typed_call("create", self._wrap, **arguments))

    def get(self, *args: str, file_id: Optional[str] = None, **options: Any) -> FileObject:
        return _sync(self._client, self._by_key("get", args, file_id, options))

    async def async_get(self, *args: str, file_id: Optional[str] = None, **options: Any) -> FileObject:
        return await _async(self._client, self._by_key("async_get", args, file_id, options))

    def _wrap(self, typed: Any) -> FileObject:
        return FileObject(typed, self._client)

    def list(self, **options: Any) -> List[FileObject]:
        """The files on the first page of the list, as replicate 1.0.x returned them."""
        return _sync(self._client, self._typed_call("list", self._first_page, **options))

    async def async_list(self, **options: Any) -> List[FileObject]:
        return await _async(self._client, self._typed_call("list", self._first_page, **options))

    def _first_page(self, page: Any) -> List[FileObject]:
        return [FileObject(item, self._client) for item in page.results]

    def delete(self, *args: str, file_id: Optional[str] = None, **options: Any) -> bool:
        return _sync(self._client, self._by_key("delete", args, file_id, options).deleted())

    async def async_delete(self, *args: str, file_id: Optional[str] = None, **options: Any) -> bool:
        return await _async(self._client, self._by_key("async_delete", args, file_id, options).deleted())


@contextmanager
def _upload_arguments(
    args: Tuple[Any, ...], file: Any, params: Dict[str, Any], method: str
) -> Generator[Dict[str, Any], None, None]:
    """The typed ``files.create`` arguments of an older (a file) or typed (``content=``) call; a
    file this opens is closed once the upload is done."""
    if not args and file is None:
        yield params
        return
    arguments, opened = _file_upload(_one_file(args, file, method), params, method)
    try:
        yield arguments
    finally:
        if opened is not None:
            opened.close()


def _one_file(args: Tuple[Any, ...], file: Any, method: str) -> Any:
    if len(args) > 1 or (args and file is not None):
        raise TypeError(f"{method}() takes one file: a path, a pathlib.Path or a binary file object")
    return args[0] if args else file


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


class Webhooks(_Resource[Any]):
    """``replicate.webhooks``: ``default.secret()`` (older) / ``default.secret.get()`` (typed), and the
    typed ``verify`` / ``unwrap``."""

    _name = "webhooks"

    @property
    def default(self) -> _WebhooksDefault:
        return _WebhooksDefault(self._client)

    validate = staticmethod(validate_webhook)
