"""What `replicate predictions` and `replicate trainings` share: list, get and cancel, printed alike."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any, Callable, Iterable, List, Tuple, Union

from ._common import EXIT_OK, add_common_options, add_limit_option, dump_json, print_fields

if TYPE_CHECKING:
    from ..types.prediction import Prediction
    from ..types.training import Training

    Job = Union[Prediction, Training]

__all__ = ["print_job", "print_job_list", "register_job_group"]


def register_job_group(
    subparsers: Any,
    *,
    name: str,
    noun: str,
    list_handler: Callable[[argparse.Namespace], int],
    get_handler: Callable[[argparse.Namespace], int],
    cancel_handler: Callable[[argparse.Namespace], int],
) -> None:
    group: argparse.ArgumentParser = subparsers.add_parser(
        name, help=f"list, inspect and cancel {name}", description=f"List, inspect and cancel {name}."
    )
    commands = group.add_subparsers(dest="action", metavar="{list,get,cancel}", required=True)

    list_parser: argparse.ArgumentParser = commands.add_parser(
        "list", help=f"list your {name}, newest first", description=f"List your {name}, newest first."
    )
    add_limit_option(list_parser, default=20)
    add_common_options(list_parser)
    list_parser.set_defaults(handler=list_handler)

    for action, handler, summary in (
        ("get", get_handler, f"show a {noun}: status, input, output, error and logs"),
        ("cancel", cancel_handler, f"cancel a running {noun}"),
    ):
        parser: argparse.ArgumentParser = commands.add_parser(
            action, help=summary, description=summary.capitalize() + "."
        )
        parser.add_argument("id", metavar=f"{noun.upper()}_ID")
        add_common_options(parser)
        parser.set_defaults(handler=handler)


def print_job_list(args: argparse.Namespace, jobs: Iterable[Job]) -> int:
    items = list(jobs)
    if getattr(args, "json", False):
        dump_json(items)
        return EXIT_OK
    rows: List[Tuple[str, str, str, str]] = [
        (job.id, job.status, job.model, job.created_at.isoformat(timespec="seconds")) for job in items
    ]
    widths = [max((len(row[column]) for row in rows), default=0) for column in range(3)]
    for row in rows:
        print(f"{row[0]:<{widths[0]}}  {row[1]:<{widths[1]}}  {row[2]:<{widths[2]}}  {row[3]}")
    return EXIT_OK


def print_job(args: argparse.Namespace, job: Job) -> int:
    if getattr(args, "json", False):
        dump_json(job)
        return EXIT_OK
    print_fields(
        [
            ("id", job.id),
            ("model", job.model),
            ("version", job.version),
            ("status", job.status),
            ("created at", job.created_at.isoformat()),
            ("completed at", job.completed_at.isoformat() if job.completed_at else None),
            ("input", job.input),
            ("output", job.output),
            ("error", job.error),
        ]
    )
    logs = (job.logs or "").rstrip("\n")
    if logs:
        print("logs:")
        for line in logs.splitlines():
            print(f"  {line}")
    return EXIT_OK
