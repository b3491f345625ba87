"""A `replicate.testing` server and typed clients on it (the lib tests' fixtures), for the seeds' own
call shapes."""

from __future__ import annotations

from ...lib.conftest import async_client, client, server

__all__ = ["async_client", "client", "server"]
