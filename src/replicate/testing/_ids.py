"""Identifiers and timestamps in the shapes the Replicate API uses."""

from __future__ import annotations

import base64
import datetime
import os


def new_id() -> str:
    """A 26-character lowercase base32 id, like `gm3qorzdhgbfurvjtvhg6dckhu`."""
    return base64.b32encode(os.urandom(16)).decode("ascii").rstrip("=").lower()


def utc_now() -> datetime.datetime:
    return datetime.datetime.now(datetime.timezone.utc)


def format_timestamp(moment: datetime.datetime) -> str:
    """RFC 3339 in UTC with microseconds and a `Z`, like `2023-09-08T16:19:34.765994Z`."""
    return moment.astimezone(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def parse_timestamp(text: str) -> datetime.datetime:
    """Parse an RFC 3339 / ISO 8601 timestamp; a naive one is taken as UTC. Raises ValueError."""
    normalized = text.strip()
    if normalized.endswith(("Z", "z")):
        normalized = normalized[:-1] + "+00:00"
    moment = datetime.datetime.fromisoformat(normalized)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=datetime.timezone.utc)
    return moment
