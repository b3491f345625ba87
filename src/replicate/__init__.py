"""The Replicate API client.

``import replicate`` is cheap: names are imported on first use through the module ``__getattr__``
(httpx, pydantic, the generated resources and types load only when something needs them).
"""

from __future__ import annotations

import importlib as _importlib
import typing as _typing

from ._version import __title__, __version__

if _typing.TYPE_CHECKING:
    import httpx as _httpx

    from . import (
        client as client,
        collection as collection,
        deployment as deployment,
        exceptions as exceptions,
        file as file,
        helpers as helpers,
        identifier as identifier,
        model as model,
        pagination as pagination,
        prediction as prediction,
        resource as resource,
        schema as schema,
        training as training,
        types as types,
        version as version,
        webhook as webhook,
        webhooks as webhooks,
    )
    from ._aiohttp import DefaultAioHttpClient as DefaultAioHttpClient
    from ._base_client import (
        DefaultAsyncHttpxClient as DefaultAsyncHttpxClient,
        DefaultHttpxClient as DefaultHttpxClient,
    )
    from ._client import AsyncReplicate as AsyncReplicate, Replicate as Replicate
    from ._constants import (
        DEFAULT_CONNECTION_LIMITS as DEFAULT_CONNECTION_LIMITS,
        DEFAULT_MAX_RETRIES as DEFAULT_MAX_RETRIES,
        DEFAULT_TIMEOUT as DEFAULT_TIMEOUT,
    )
    from ._exceptions import (
        APIConnectionError as APIConnectionError,
        APIError as APIError,
        APIResponseValidationError as APIResponseValidationError,
        APIStatusError as APIStatusError,
        APITimeoutError as APITimeoutError,
        AuthenticationError as AuthenticationError,
        BadRequestError as BadRequestError,
        ConflictError as ConflictError,
        InternalServerError as InternalServerError,
        MissingAPITokenError as MissingAPITokenError,
        ModelError as ModelError,
        NotFoundError as NotFoundError,
        PermissionDeniedError as PermissionDeniedError,
        RateLimitError as RateLimitError,
        ReplicateError as ReplicateError,
        UnprocessableEntityError as UnprocessableEntityError,
    )
    from ._models import BaseModel as BaseModel
    from ._response import APIResponse as APIResponse, AsyncAPIResponse as AsyncAPIResponse
    from ._types import NOT_GIVEN as NOT_GIVEN, NotGiven as NotGiven, Timeout as Timeout

    # The module-level API of the older interface (replicate.legacy): a default client made on first use.
    from .legacy import Client as Client
    from .legacy._client import Client as _DefaultClient
    from .legacy._default import (
        async_paginate as async_paginate,
        async_run as async_run,
        async_stream as async_stream,
        paginate as paginate,
        run as run,
        stream as stream,
        use as use,
    )
    from .legacy._identifier import ModelVersionIdentifier as ModelVersionIdentifier
    from .legacy._resources import (
        Account as _Account,
        Collections as _Collections,
        Deployments as _Deployments,
        Files as _Files,
        Hardware as _Hardware,
        Models as _Models,
        Predictions as _Predictions,
        Trainings as _Trainings,
    )
    from .lib._refs import ModelReference as Model
    from .lib.errors import (
        InputValidationError as InputValidationError,
        PredictionCanceledError as PredictionCanceledError,
        PredictionTimeoutError as PredictionTimeoutError,
        StreamingNotSupportedError as StreamingNotSupportedError,
    )
    from .lib.file_output import AsyncFileOutput as AsyncFileOutput, FileOutput as FileOutput
    from .lib.path_url import get_path_url as get_path_url
    from .lib.webhooks import WebhookVerificationError as WebhookVerificationError
    from .types.model_version import ModelVersion as Version

    account: _Account
    collections: _Collections
    deployments: _Deployments
    files: _Files
    hardware: _Hardware
    models: _Models
    predictions: _Predictions
    trainings: _Trainings
    default_client: _DefaultClient
    search = Replicate().search  # the default client's (checkers only: this block never runs)
    api_token: str | None
    base_url: str | None
    bearer_token: str | None
    timeout: float | Timeout | None
    max_retries: int
    default_headers: _typing.Mapping[str, str] | None
    default_query: _typing.Mapping[str, object] | None
    http_client: _httpx.Client | None

# The one table of public names: name -> (module, attribute), attribute None for the module itself.
# tests/runtime/test_public_names.py checks that `__all__` (a literal list, as type checkers need),
# the type-checking imports above and `replicate.exceptions` agree with it.
_EXCEPTIONS = (
    "APIConnectionError",
    "APIError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ConflictError",
    "InternalServerError",
    "MissingAPITokenError",
    "ModelError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "ReplicateError",
    "UnprocessableEntityError",
)
_LIB_EXCEPTIONS = (
    "InputValidationError",
    "PredictionCanceledError",
    "PredictionTimeoutError",
    "StreamingNotSupportedError",
)

# replicate 1.0.x's modules, reachable as attributes after `import replicate` as they were there.
_V1_MODULES = (
    "collection",
    "deployment",
    "file",
    "identifier",
    "model",
    "prediction",
    "resource",
    "schema",
    "training",
    "version",
    "webhook",
)
_EXPORTS = {
    "Replicate": ("._client", "Replicate"),
    "AsyncReplicate": ("._client", "AsyncReplicate"),
    "DefaultHttpxClient": ("._base_client", "DefaultHttpxClient"),
    "DefaultAsyncHttpxClient": ("._base_client", "DefaultAsyncHttpxClient"),
    "DefaultAioHttpClient": ("._aiohttp", "DefaultAioHttpClient"),
    "DEFAULT_TIMEOUT": ("._constants", "DEFAULT_TIMEOUT"),
    "DEFAULT_MAX_RETRIES": ("._constants", "DEFAULT_MAX_RETRIES"),
    "DEFAULT_CONNECTION_LIMITS": ("._constants", "DEFAULT_CONNECTION_LIMITS"),
    "NOT_GIVEN": ("._types", "NOT_GIVEN"),
    "NotGiven": ("._types", "NotGiven"),
    "Timeout": ("._types", "Timeout"),
    "BaseModel": ("._models", "BaseModel"),
    "APIResponse": ("._response", "APIResponse"),
    "AsyncAPIResponse": ("._response", "AsyncAPIResponse"),
    "types": (".types", None),
    "pagination": (".pagination", None),
    **{name: ("._exceptions", name) for name in _EXCEPTIONS},
    **{name: (".lib.errors", name) for name in _LIB_EXCEPTIONS},
    "WebhookVerificationError": (".lib.webhooks", "WebhookVerificationError"),
    "FileOutput": (".lib.file_output", "FileOutput"),
    "AsyncFileOutput": (".lib.file_output", "AsyncFileOutput"),
    # The 2.0 betas' model references and file-URL helper.
    "Model": (".lib._refs", "ModelReference"),
    "Version": (".types.model_version", "ModelVersion"),
    "ModelVersionIdentifier": (".legacy._identifier", "ModelVersionIdentifier"),
    "get_path_url": (".lib.path_url", "get_path_url"),
    # The module-level API of the older interface (replicate.legacy).
    "Client": (".legacy", "Client"),
    **{
        name: (".legacy._default", name)
        for name in ("run", "stream", "use", "async_run", "async_stream", "paginate", "async_paginate")
    },
}
# Public submodules reachable as attributes but left out of `from replicate import *` (a star
# import must not bind names as common as `client`).
_SUBMODULES = {
    "exceptions": (".exceptions", None),
    "helpers": (".helpers", None),
    "client": (".client", None),
    "webhooks": (".webhooks", None),
    **{name: (f".{name}", None) for name in _V1_MODULES},
}
_LAZY = {**_EXPORTS, **_SUBMODULES}

# Resources of the default client: looked up on every access (never cached in the module), so that
# assigning replicate.api_token / replicate.base_url takes effect on the next call.
_DEFAULT_CLIENT_RESOURCES = (
    "account",
    "collections",
    "deployments",
    "files",
    "hardware",
    "models",
    "predictions",
    "trainings",
)
# Methods of the default client's typed surface (seed 004: `replicate.search(query=...)`).
_DEFAULT_CLIENT_METHODS = ("search",)
# Settings of the default client (the older client's and the 2.0 betas'): their defaults until assigned.
_DEFAULT_CLIENT_SETTINGS = (
    "api_token",
    "base_url",
    "bearer_token",
    "timeout",
    "max_retries",
    "default_headers",
    "default_query",
    "http_client",
)

__all__ = [
    "__title__",
    "__version__",
    "Replicate",
    "AsyncReplicate",
    "DefaultHttpxClient",
    "DefaultAsyncHttpxClient",
    "DefaultAioHttpClient",
    "DEFAULT_TIMEOUT",
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_CONNECTION_LIMITS",
    "NOT_GIVEN",
    "NotGiven",
    "Timeout",
    "BaseModel",
    "APIResponse",
    "AsyncAPIResponse",
    "types",
    "pagination",
    "APIConnectionError",
    "APIError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ConflictError",
    "InternalServerError",
    "MissingAPITokenError",
    "ModelError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "ReplicateError",
    "UnprocessableEntityError",
    "InputValidationError",
    "PredictionCanceledError",
    "PredictionTimeoutError",
    "StreamingNotSupportedError",
    "WebhookVerificationError",
    "FileOutput",
    "AsyncFileOutput",
    "Model",
    "Version",
    "ModelVersionIdentifier",
    "get_path_url",
    "Client",
    "run",
    "stream",
    "use",
    "async_run",
    "async_stream",
    "paginate",
    "async_paginate",
]


def __getattr__(name: str) -> object:
    if name in _DEFAULT_CLIENT_METHODS:
        from .legacy._default import default_client

        return getattr(default_client().typed, name)
    if name in _DEFAULT_CLIENT_RESOURCES or name == "default_client":
        from .legacy._default import default_client

        client = default_client()
        return client if name == "default_client" else getattr(client, name)
    if name in _DEFAULT_CLIENT_SETTINGS:
        from .legacy._default import setting_default

        return setting_default(name)
    target = _LAZY.get(name)
    if target is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    module_name, attribute = target
    module = _importlib.import_module(module_name, __name__)
    value = module if attribute is None else getattr(module, attribute)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    """The public names only (no typing helpers or imports of this module)."""
    dunders = (name for name in globals() if name.startswith("__") and name.endswith("__"))
    return sorted(
        {
            *dunders,
            *_LAZY,
            *_DEFAULT_CLIENT_RESOURCES,
            *_DEFAULT_CLIENT_METHODS,
            *_DEFAULT_CLIENT_SETTINGS,
            "default_client",
        }
    )
