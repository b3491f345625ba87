"""Cold start in a fresh process: ``import``, then a client, then the first ``predictions.get``.

Nothing but ``time`` and ``sys`` is imported before the measured import, so that what the import
pulls in is paid here exactly as a serverless function or a short script pays it.

    python cold.py <client> <root-url>      # prints one JSON line
"""

import sys
import time

STEPS = {
    # client: (import, make a client, first call)
    "httpx": (
        "import httpx",
        "c = httpx.Client(base_url=root + '/v1', headers={'Authorization': 'Bearer ' + TOKEN})",
        "r = c.get('/predictions/' + PID); r.raise_for_status(); r.json()",
    ),
    # The typed floor: httpx, and the body validated into a pydantic model (clients/_typed_prediction.py).
    "httpx-pydantic": (
        "import httpx; from clients._typed_prediction import Prediction",
        "c = httpx.Client(base_url=root + '/v1', headers={'Authorization': 'Bearer ' + TOKEN})",
        "r = c.get('/predictions/' + PID); r.raise_for_status(); Prediction.model_validate_json(r.content)",
    ),
    "ours": (
        "import replicate",
        "c = replicate.Replicate(bearer_token=TOKEN, base_url=root + '/v1')",
        "c.predictions.get(prediction_id=PID)",
    ),
    "replicate-2.0.0b4": (
        "import replicate",
        "c = replicate.Replicate(bearer_token=TOKEN, base_url=root + '/v1')",
        "c.predictions.get(prediction_id=PID)",
    ),
    "replicate-1.0.7": (
        "import replicate",
        "c = replicate.Client(api_token=TOKEN, base_url=root)",
        "c.predictions.get(PID)",
    ),
}


def rss_kib():
    try:
        with open("/proc/self/status") as status:
            for line in status:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def main():
    client, root = sys.argv[1], sys.argv[2]
    if client == "ours+":  # run.py --candidate: ours from another src/ tree
        import os

        sys.path.insert(0, os.environ["BENCH_CANDIDATE_SRC"])
        client = "ours"
    import_code, make_code, call_code = STEPS[client]
    scope = {"root": root, "TOKEN": "r8_benchmark_token_not_secret", "PID": "ufawqhfynnddngldkgtslldrkq"}
    rss0 = rss_kib()
    c0 = time.process_time()
    t0 = time.perf_counter()
    exec(import_code, scope)
    t1 = time.perf_counter()
    rss1 = rss_kib()
    exec(make_code, scope)
    t2 = time.perf_counter()
    exec(call_code, scope)
    t3 = time.perf_counter()
    c3 = time.process_time()
    rss3 = rss_kib()
    import json

    out = {
        "import_ms": (t1 - t0) * 1e3,
        "client_ms": (t2 - t1) * 1e3,
        "first_call_ms": (t3 - t2) * 1e3,
        "import_to_first_call_ms": (t3 - t0) * 1e3,
        "cpu_import_to_first_call_ms": (c3 - c0) * 1e3,
        "import_rss_kib": rss1 - rss0,
        "first_call_rss_kib": rss3 - rss0,
        "rss_kib": rss3,
    }
    sys.stdout.write(json.dumps(out) + "\n")


if __name__ == "__main__":
    main()
