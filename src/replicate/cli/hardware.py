"""`replicate hardware list`."""

from __future__ import annotations

import argparse
from typing import Any

from ._common import EXIT_OK, add_common_options, dump_json, make_client

__all__ = ["register"]


def register(subparsers: Any) -> None:
    group: argparse.ArgumentParser = subparsers.add_parser(
        "hardware", help="list the hardware models can run on", description="Hardware."
    )
    commands = group.add_subparsers(dest="action", metavar="{list}", required=True)
    list_parser: argparse.ArgumentParser = commands.add_parser(
        "list", help="list hardware SKUs", description="List the hardware SKUs models can run on."
    )
    add_common_options(list_parser)
    list_parser.set_defaults(handler=list_hardware)


def list_hardware(args: argparse.Namespace) -> int:
    with make_client(args) as client:
        hardware = client.hardware.list()
    if getattr(args, "json", False):
        dump_json(hardware)
        return EXIT_OK
    width = max((len(item.sku) for item in hardware), default=0)
    for item in hardware:
        print(f"{item.sku:<{width}}  {item.name}")
    return EXIT_OK
