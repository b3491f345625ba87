"""The package's logger (``replicate``). ``<PACKAGE>_LOG=debug|info`` (``REPLICATE_LOG``) adds a stderr
handler at client import. Both are named after the package this runtime is part of.

Log lines never contain the token: headers pass through :func:`redact_headers` first.
"""

from __future__ import annotations

import logging
import os
from typing import Dict, Mapping

import httpx

__all__ = [
    "log_giving_up",
    "log_request",
    "log_response",
    "log_retry",
    "logger",
    "redact_headers",
    "setup_logging",
]

_PACKAGE = __name__.rpartition(".")[0]
LOG_ENV_VAR = f"{_PACKAGE.upper()}_LOG"
logger = logging.getLogger(_PACKAGE)

_SECRET_HEADERS = frozenset({"authorization", "proxy-authorization", "cookie"})
_configured = False


def setup_logging() -> None:
    global _configured
    if _configured:
        return
    _configured = True
    level = {"debug": logging.DEBUG, "info": logging.INFO}.get(
        os.environ.get(LOG_ENV_VAR, "").strip().lower()
    )
    if level is None:
        return
    handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("[%(asctime)s - %(name)s:%(lineno)d - %(levelname)s] %(message)s"))
    logger.addHandler(handler)
    logger.setLevel(level)


def redact_headers(headers: Mapping[str, str]) -> Dict[str, str]:
    return {
        key: ("<redacted>" if key.lower() in _SECRET_HEADERS else value) for key, value in headers.items()
    }


def log_request(request: httpx.Request, retries_taken: int) -> None:
    if logger.isEnabledFor(logging.DEBUG):
        logger.debug(
            "Request: %s %s (retry %d) headers=%s",
            request.method,
            request.url,
            retries_taken,
            redact_headers(request.headers),
        )


def log_response(response: httpx.Response, elapsed: float) -> None:
    if logger.isEnabledFor(logging.DEBUG):
        request = response.request
        logger.debug(
            "Response: %s %s -> %d in %.3fs", request.method, request.url, response.status_code, elapsed
        )


def log_retry(
    request: httpx.Request, reason: str, delay: float, retries_taken: int, max_retries: int
) -> None:
    logger.info(
        "Retrying %s %s in %.2fs after %s (retry %d of %d)",
        request.method,
        request.url,
        delay,
        reason,
        retries_taken + 1,
        max_retries,
    )


def log_giving_up(request: httpx.Request, error: BaseException) -> None:
    logger.debug("Giving up on %s %s: %s", request.method, request.url, type(error).__name__)
