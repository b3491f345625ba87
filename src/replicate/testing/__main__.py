"""`python -m replicate.testing [--port 8000] [--token T] [--speed 1.0]`: serve until Ctrl-C or SIGTERM."""

from __future__ import annotations

import argparse
import signal
import sys
import threading
from types import FrameType
from typing import List, Optional

from ._server import serve


def main(argv: Optional[List[str]] = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m replicate.testing", description=__doc__)
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8000, help="0 picks a free port")
    parser.add_argument(
        "--token", default=None, help="the bearer token to accept (default: a random r8_ token)"
    )
    parser.add_argument("--speed", type=float, default=1.0, help="divide built-in model delays by this")
    args = parser.parse_args(argv)

    stop = threading.Event()

    def request_stop(signum: int, frame: Optional[FrameType]) -> None:
        stop.set()

    signal.signal(signal.SIGINT, request_stop)
    signal.signal(signal.SIGTERM, request_stop)
    with serve(port=args.port, token=args.token, speed=args.speed, host=args.host) as server:
        print(f"Replicate testing server listening on {server.url}", flush=True)
        print(f"REPLICATE_BASE_URL={server.url}", flush=True)
        print(f"REPLICATE_API_TOKEN={server.token}", flush=True)
        print(f"Webhook signing secret: {server.webhook_secret}", flush=True)
        while not stop.wait(0.5):
            pass
        print("Shutting down", file=sys.stderr, flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
