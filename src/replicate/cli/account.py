"""`replicate whoami`: the account the token belongs to."""

from __future__ import annotations

import argparse
from typing import Any

from ._common import EXIT_OK, add_common_options, dump_json, make_client

__all__ = ["register"]


def register(subparsers: Any) -> None:
    summary = "show the account your REPLICATE_API_TOKEN belongs to"
    parser: argparse.ArgumentParser = subparsers.add_parser(
        "whoami", help=summary, description=summary.capitalize() + "."
    )
    add_common_options(parser)
    parser.set_defaults(handler=whoami)


def whoami(args: argparse.Namespace) -> int:
    with make_client(args) as client:
        account = client.account.get()
    if getattr(args, "json", False):
        dump_json(account)
    else:
        name = f" ({account.name})" if account.name and account.name != account.username else ""
        print(f"{account.username}{name}")
    return EXIT_OK
