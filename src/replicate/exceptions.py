"""Public home of the exception classes."""

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
