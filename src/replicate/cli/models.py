"""`replicate models list|get`."""

from __future__ import annotations

import argparse
from typing import Any

from ._common import (
    EXIT_OK,
    add_common_options,
    add_limit_option,
    dump_json,
    make_client,
    parse_model_name,
    print_fields,
    take,
)

__all__ = ["register"]


def register(subparsers: Any) -> None:
    group: argparse.ArgumentParser = subparsers.add_parser(
        "models", help="list and inspect models", description="List and inspect models."
    )
    commands = group.add_subparsers(dest="action", metavar="{list,get}", required=True)

    list_parser: argparse.ArgumentParser = commands.add_parser(
        "list", help="list public models", description="List public models, newest first."
    )
    add_limit_option(list_parser)
    add_common_options(list_parser)
    list_parser.set_defaults(handler=list_models)

    get_parser: argparse.ArgumentParser = commands.add_parser(
        "get", help="show a model", description="Show a model and its latest version."
    )
    get_parser.add_argument("model", metavar="owner/name")
    add_common_options(get_parser)
    get_parser.set_defaults(handler=get_model)


def list_models(args: argparse.Namespace) -> int:
    with make_client(args) as client:
        models = list(take(client.models.list(), args.limit))
    if getattr(args, "json", False):
        dump_json(models)
        return EXIT_OK
    width = max((len(f"{m.owner}/{m.name}") for m in models), default=0)
    for model in models:
        description = " ".join((model.description or "").split())
        if len(description) > 70:
            description = description[:69] + "…"
        print(f"{model.owner + '/' + model.name:<{width}}  {description}".rstrip())
    return EXIT_OK


def get_model(args: argparse.Namespace) -> int:
    owner, name = parse_model_name(args.model)
    with make_client(args) as client:
        model = client.models.get(model_owner=owner, model_name=name)
    if getattr(args, "json", False):
        dump_json(model)
        return EXIT_OK
    latest = model.latest_version
    print_fields(
        [
            ("model", f"{model.owner}/{model.name}"),
            ("description", model.description),
            ("visibility", model.visibility),
            ("runs", model.run_count),
            ("latest version", latest.id if latest else None),
            ("url", model.url),
            ("github", model.github_url),
            ("paper", model.paper_url),
        ]
    )
    return EXIT_OK
