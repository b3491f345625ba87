"""The floor: raw ``httpx`` making the same HTTP calls as the SDKs and decoding the JSON (no models).

Its connection limits are the SDK's (100 connections, 20 kept alive). For concurrent gets it is
given the best treatment httpx allows: an ``asyncio.Semaphore`` admits at most 100 requests to the
pool at a time, because httpcore's pool rescans every queued request against every connection
each time one is assigned (quadratic: a bare ``gather`` of 1,000 gets takes seconds, and of
10,000 gets, hours). Its pool timeout is unbounded so nothing fails while queued.
"""

from __future__ import annotations

import asyncio
from typing import Any, Dict, List, Optional

import httpx as _httpx
from _common import MODEL, PREDICTION_ID, TOKEN

LIMITS = _httpx.Limits(max_connections=100, max_keepalive_connections=20, keepalive_expiry=30.0)
TIMEOUT = _httpx.Timeout(60.0, connect=5.0, pool=None)
HEADERS = {"Authorization": f"Bearer {TOKEN}"}


def make(root: str) -> _httpx.Client:
    return _httpx.Client(base_url=root + "/v1", headers=HEADERS, limits=LIMITS, timeout=TIMEOUT)


def get(client: _httpx.Client) -> Dict[str, Any]:
    response = client.get(f"/predictions/{PREDICTION_ID}")
    response.raise_for_status()
    return response.json()  # type: ignore[no-any-return]


def run(client: _httpx.Client) -> object:
    response = client.post(
        f"/models/{MODEL}/predictions", json={"input": {"text": "Alice"}}, headers={"Prefer": "wait"}
    )
    response.raise_for_status()
    prediction = response.json()
    assert prediction["status"] == "succeeded"
    return prediction["output"]


def list_models(client: _httpx.Client) -> int:
    count = 0
    url: Optional[str] = "/models"
    while url:
        response = client.get(url)
        response.raise_for_status()
        page = response.json()
        count += len(page["results"])
        url = page["next"]
    return count


def stream(client: _httpx.Client, tokens: int) -> int:
    """Create with ``stream: true``, then a plain ``iter_lines`` SSE loop over ``urls.stream``."""
    response = client.post(f"/models/{MODEL}/predictions", json={"input": {"tokens": tokens}, "stream": True})
    response.raise_for_status()
    url = response.json()["urls"]["stream"]
    out: List[str] = []
    with client.stream("GET", url, headers={"Accept": "text/event-stream", "Cache-Control": "no-store"}) as r:
        r.raise_for_status()
        event, data = "message", []
        for line in r.iter_lines():
            if not line:
                if data:
                    if event == "output":
                        out.append("\n".join(data))
                    elif event == "done":
                        break
                event, data = "message", []
            elif line.startswith("data:"):
                data.append(line[6:] if line.startswith("data: ") else line[5:])
            elif line.startswith("event:"):
                event = line[6:].strip()
    return len(out)


def make_async(root: str) -> _httpx.AsyncClient:
    return _httpx.AsyncClient(base_url=root + "/v1", headers=HEADERS, limits=LIMITS, timeout=TIMEOUT)


_slots: Optional[asyncio.Semaphore] = None


async def aget(client: _httpx.AsyncClient) -> Dict[str, Any]:
    global _slots
    if _slots is None:
        _slots = asyncio.Semaphore(100)
    async with _slots:
        response = await client.get(f"/predictions/{PREDICTION_ID}")
    response.raise_for_status()
    return response.json()  # type: ignore[no-any-return]


async def aclose(client: _httpx.AsyncClient) -> None:
    await client.aclose()
