"""Run one scenario for one client in this (fresh) process and print one JSON line.

    python runner.py <client> <scenario> <root-url> '<params as JSON>'

``client`` names a module in ``clients/`` (``ours``, ``httpx``, ``replicate-2.0.0b4``...);
``scenario`` is one of ``get``, ``run``, ``list``, ``sse``, ``concurrent``; ``params`` may name
the ``shape`` of the server's bodies (``realistic``, the default, or ``simple``). Run by ``run.py``
with the interpreter of the client's virtualenv.
"""

from __future__ import annotations

import importlib
import json
import os
import sys
from typing import Any, Dict

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from _common import NotApplicable, emit, gather_gets, rss_kib, time_calls, time_repeats

CLIENTS = {
    "httpx": "clients.httpx_raw",
    "httpx-pydantic": "clients.httpx_pydantic",
    "ours": "clients.ours",
    "ours+": "clients.ours",  # run.py --candidate: ours from another src/ tree
    "ours-aiohttp": "clients.ours_aiohttp",
    "replicate-2.0.0b4": "clients.replicate_2_0_0b4",
    "replicate-1.0.7": "clients.replicate_1_0_7",
}


def run_scenario(adapter: Any, scenario: str, root: str, params: Dict[str, Any]) -> Dict[str, Any]:
    shape = params.get("shape", "realistic")
    if shape != "realistic":
        root = f"{root}/{shape}"  # the server answers in that shape under this prefix
    if scenario == "concurrent":
        client = adapter.make_async(root)
        return gather_gets(
            lambda: adapter.aget(client),
            lambda: adapter.aclose(client),
            params["n"],
            params.get("warmup", 0),
            params.get("in_flight", 0),
        )
    client = adapter.make(root)
    if scenario == "get":
        return time_calls(lambda: adapter.get(client), params["n"], params["warmup"])
    if scenario == "run":
        return time_calls(lambda: adapter.run(client), params["n"], params["warmup"])
    if scenario == "list":
        return time_repeats(lambda: adapter.list_models(client), params["repeats"], params["warmup"])
    if scenario == "sse":
        return time_repeats(
            lambda: adapter.stream(client, params["tokens"]), params["repeats"], params["warmup"]
        )
    raise SystemExit(f"unknown scenario {scenario!r}")


def main() -> None:
    client_name, scenario, root, raw_params = sys.argv[1:5]
    if client_name == "ours+":
        sys.path.insert(0, os.environ["BENCH_CANDIDATE_SRC"])
    params: Dict[str, Any] = json.loads(raw_params)
    adapter = importlib.import_module(CLIENTS[client_name])
    rss_before = rss_kib()
    try:
        result = run_scenario(adapter, scenario, root, params)
    except NotApplicable as exc:
        emit({"na": str(exc)})
        return
    result["rss_growth_kib"] = rss_kib() - rss_before
    emit(result)


if __name__ == "__main__":
    main()
