"""Defaults shared by the runtime. No pydantic here: this module is imported on every request path."""

from __future__ import annotations

import httpx

# 60 seconds for the whole of each phase, but fail fast when the API cannot be reached at all.
DEFAULT_TIMEOUT = httpx.Timeout(60.0, connect=5.0)
DEFAULT_MAX_RETRIES = 2

# One host, many concurrent predictions (asyncio.gather over hundreds of inputs is a documented
# pattern): 100 connections lets that run without exhausting sockets; 20 kept alive covers steady
# polling without holding idle sockets the API's load balancer would drop anyway after ~60s.
DEFAULT_CONNECTION_LIMITS = httpx.Limits(
    max_connections=100, max_keepalive_connections=20, keepalive_expiry=30.0
)

INITIAL_RETRY_DELAY = 0.5
MAX_RETRY_DELAY = 8.0
MAX_RETRY_AFTER = 60.0
RETRY_JITTER = 0.25

# Response headers that carry the id of a request, tried in order.
REQUEST_ID_HEADERS = ("x-request-id", "x-replicate-request-id", "cf-ray")

RAW_BODY_PREVIEW_CHARS = 500
