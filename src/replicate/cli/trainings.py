"""`replicate trainings list|get|cancel`."""

from __future__ import annotations

import argparse
from typing import Any

from ._common import make_client, take
from ._jobs import print_job, print_job_list, register_job_group

__all__ = ["register"]


def register(subparsers: Any) -> None:
    register_job_group(
        subparsers,
        name="trainings",
        noun="training",
        list_handler=list_trainings,
        get_handler=get_training,
        cancel_handler=cancel_training,
    )


def list_trainings(args: argparse.Namespace) -> int:
    with make_client(args) as client:
        return print_job_list(args, take(client.trainings.list(), args.limit))


def get_training(args: argparse.Namespace) -> int:
    with make_client(args) as client:
        return print_job(args, client.trainings.get(training_id=args.id))


def cancel_training(args: argparse.Namespace) -> int:
    with make_client(args) as client:
        return print_job(args, client.trainings.cancel(training_id=args.id))
