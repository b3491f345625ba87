"""Public home of the exception classes.

``ReplicateException`` is replicate 1.0.x's name for the base class (``ReplicateError`` here, with
the API's problem details ``type``, ``title``, ``status``, ``detail`` and ``instance``).
"""

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
from .lib.errors import (
    InputValidationError as InputValidationError,
    PredictionCanceledError as PredictionCanceledError,
    PredictionTimeoutError as PredictionTimeoutError,
    StreamingNotSupportedError as StreamingNotSupportedError,
)
from .lib.webhooks import WebhookVerificationError as WebhookVerificationError

ReplicateException = ReplicateError

__all__ = [
    "APIConnectionError",
    "APIError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ConflictError",
    "InputValidationError",
    "InternalServerError",
    "MissingAPITokenError",
    "ModelError",
    "NotFoundError",
    "PermissionDeniedError",
    "PredictionCanceledError",
    "PredictionTimeoutError",
    "RateLimitError",
    "ReplicateError",
    "StreamingNotSupportedError",
    "UnprocessableEntityError",
    "WebhookVerificationError",
]
