"""`replicate deployments list|get`."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any, List, Tuple

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

if TYPE_CHECKING:
    from ..types.deployment import Deployment

__all__ = ["register"]


def register(subparsers: Any) -> None:
    group: argparse.ArgumentParser = subparsers.add_parser(
        "deployments", help="list and inspect deployments", description="List and inspect deployments."
    )
    commands = group.add_subparsers(dest="action", metavar="{list,get}", required=True)

    list_parser: argparse.ArgumentParser = commands.add_parser(
        "list", help="list your deployments", description="List your deployments."
    )
    add_limit_option(list_parser)
    add_common_options(list_parser)
    list_parser.set_defaults(handler=list_deployments)

    get_parser: argparse.ArgumentParser = commands.add_parser(
        "get", help="show a deployment", description="Show a deployment and its current release."
    )
    get_parser.add_argument("deployment", metavar="owner/name")
    add_common_options(get_parser)
    get_parser.set_defaults(handler=get_deployment)


def _release_summary(deployment: Deployment) -> str:
    release = deployment.current_release
    if release is None:
        return "(no release)"
    config = release.configuration
    return (
        f"{release.model}:{release.version[:12]}  {config.hardware}  "
        f"instances {config.min_instances}-{config.max_instances}"
    )


def list_deployments(args: argparse.Namespace) -> int:
    with make_client(args) as client:
        deployments = list(take(client.deployments.list(), args.limit))
    if getattr(args, "json", False):
        dump_json(deployments)
        return EXIT_OK
    width = max((len(f"{d.owner}/{d.name}") for d in deployments), default=0)
    for deployment in deployments:
        print(f"{deployment.owner + '/' + deployment.name:<{width}}  {_release_summary(deployment)}")
    return EXIT_OK


def get_deployment(args: argparse.Namespace) -> int:
    owner, name = parse_model_name(args.deployment, "deployment")
    with make_client(args) as client:
        deployment = client.deployments.get(deployment_owner=owner, deployment_name=name)
    if getattr(args, "json", False):
        dump_json(deployment)
        return EXIT_OK
    fields: List[Tuple[str, object]] = [("deployment", f"{deployment.owner}/{deployment.name}")]
    release = deployment.current_release
    if release is not None:
        fields += [
            ("release", release.number),
            ("model", release.model),
            ("version", release.version),
            ("hardware", release.configuration.hardware),
            ("min instances", release.configuration.min_instances),
            ("max instances", release.configuration.max_instances),
            ("created at", release.created_at.isoformat()),
        ]
    print_fields(fields)
    return EXIT_OK
