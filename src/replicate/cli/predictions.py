"""`replicate predictions list|get|cancel`."""

from __future__ import annotations

import argparse
from typing import Any

from ._common import make_client, take
from ._jobs import print_job, print_job_list, register_job_group

__all__ = ["register"]


def register(subparsers: Any) -> None:
    register_job_group(
        subparsers,
        name="predictions",
        noun="prediction",
        list_handler=list_predictions,
        get_handler=get_prediction,
        cancel_handler=cancel_prediction,
    )


def list_predictions(args: argparse.Namespace) -> int:
    with make_client(args) as client:
        return print_job_list(args, take(client.predictions.list(), args.limit))


def get_prediction(args: argparse.Namespace) -> int:
    with make_client(args) as client:
        return print_job(args, client.predictions.get(prediction_id=args.id))


def cancel_prediction(args: argparse.Namespace) -> int:
    with make_client(args) as client:
        return print_job(args, client.predictions.cancel(prediction_id=args.id))
