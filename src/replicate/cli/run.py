"""`replicate run` (alias `predict`) and `replicate stream`: run a model from the command line.

The CLI drives the prediction itself (create, follow the stream or poll) rather than calling
`client.run`, because it shows each step as it happens: the status line, streamed text, logs.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Dict, Mapping, Optional, Tuple

from ._common import (
    EXIT_MODEL,
    EXIT_OK,
    EXIT_USAGE,
    CommandError,
    add_common_options,
    dump_json,
    make_client,
)
from ._inputs import has_files, parse_inputs
from ._status import StatusLine

if TYPE_CHECKING:
    from .._client import Replicate
    from ..types.model_version import ModelVersion
    from ..types.prediction import Prediction

__all__ = ["register"]

TERMINAL = ("succeeded", "failed", "canceled")
EXIT_INTERRUPTED = 130
_NAME = r"[A-Za-z0-9][A-Za-z0-9._-]*"
_REF = re.compile(rf"(?P<owner>{_NAME})/(?P<name>{_NAME})(?::(?P<version>[A-Za-z0-9]+))?")
_VERSION_ID = re.compile(r"[0-9a-fA-F]{64}")
_POLL_FIRST, _POLL_MAX, _TICK = 0.1, 1.0, 0.1
_LOG_TAIL_LINES = 20

INPUT_HELP = (
    "an input as key=value (repeatable). Values that are JSON numbers, true/false, objects, arrays "
    'or "quoted strings" are sent as that JSON value; anything else as a string. '
    "key=@path sends a local file; key=@@text the string @text."
)


def register(subparsers: Any) -> None:
    for name, aliases, summary in (
        ("run", ["predict"], "run a model and print its output (text streams as it arrives)"),
        ("stream", [], "run a language model and stream its text to stdout"),
    ):
        parser: argparse.ArgumentParser = subparsers.add_parser(
            name, aliases=aliases, help=summary, description=summary.capitalize() + "."
        )
        parser.add_argument("model", metavar="owner/name[:version]", help="the model (or a version id)")
        parser.add_argument(
            "-i", "--input", action="append", default=[], metavar="KEY=VALUE", help=INPUT_HELP
        )
        parser.add_argument(
            "--wait",
            action=argparse.BooleanOptionalAction,
            default=True,
            help="wait for the output (default); --no-wait prints the prediction id and returns at once",
        )
        parser.add_argument(
            "-o",
            "--output-dir",
            metavar="DIR",
            type=Path,
            default=None,
            help="where output files are saved (default: the current directory; with --json, files "
            "are saved only when this is given)",
        )
        parser.add_argument(
            "--file-encoding",
            choices=("url", "base64"),
            default="url",
            help="how @path inputs are sent: uploaded to the API (url, default) or inline as data URIs",
        )
        add_common_options(parser)
        parser.set_defaults(handler=run_command, streaming=(name == "stream"))


def parse_model_ref(value: str) -> Tuple[Optional[str], Optional[str], Optional[str]]:
    """(owner, name, version) of `owner/name`, `owner/name:version` or a bare 64-hex version id."""
    match = _REF.fullmatch(value)
    if match:
        return match["owner"], match["name"], match["version"]
    if _VERSION_ID.fullmatch(value):
        return None, None, value
    raise CommandError(
        f"Invalid model {value!r}: use owner/name (its latest version), owner/name:version "
        "or a 64-character version id.",
        EXIT_USAGE,
    )


def run_command(args: argparse.Namespace) -> int:
    owner, name, version = parse_model_ref(args.model)
    inputs = parse_inputs(args.input)
    as_json: bool = getattr(args, "json", False)
    client = make_client(args)
    with client:
        if has_files(inputs):
            from ..lib.file_encoding import encode_file_inputs

            inputs = encode_file_inputs(inputs, client=client, strategy=args.file_encoding)
        if version is not None:
            prediction = client.predictions.create(version=version, input=inputs)
        else:
            assert owner is not None and name is not None
            prediction = client.models.predictions.create(model_owner=owner, model_name=name, input=inputs)
        if not args.wait:
            return _report_started(prediction, as_json)
        try:
            return _follow(client, prediction, args, as_json)
        except KeyboardInterrupt:
            _cancel_quietly(client, prediction.id)
            return EXIT_INTERRUPTED


def _report_started(prediction: Prediction, as_json: bool) -> int:
    if as_json:
        dump_json(prediction)
    else:
        print(prediction.id)
        sys.stderr.write(
            f"Started prediction {prediction.id} ({prediction.status}). "
            f"Follow it with: replicate predictions get {prediction.id}\n"
        )
    return EXIT_OK


def _follow(client: Replicate, prediction: Prediction, args: argparse.Namespace, as_json: bool) -> int:
    status = StatusLine(sys.stderr)
    status.update(prediction.status, prediction.logs)
    streamed = False
    stream_url = prediction.urls.stream
    try:
        if stream_url and (args.streaming or not as_json) and prediction.status not in TERMINAL:
            streamed = _stream_text(client, prediction, status, as_json=as_json)
        elif args.streaming and not stream_url and not as_json:
            sys.stderr.write(f"{prediction.model} does not stream its output; waiting for it.\n")
        prediction = _wait(client, prediction, status)
    finally:
        status.clear()

    if prediction.status != "succeeded":
        return _report_failure(prediction, as_json)

    schema = _version_schema(client, prediction)
    directory: Optional[Path] = args.output_dir
    if as_json:
        data: Dict[str, Any] = prediction.to_dict()
        if directory is not None:
            from ._output import save_files

            _, saved = save_files(prediction.output, schema=schema, client=client, directory=directory)
            data["files"] = [str(path) for path in saved]
        if args.streaming:
            data = {"event": "done", "prediction": data}
            sys.stdout.write(json.dumps(data, default=str) + "\n")
        else:
            dump_json(data)
        return EXIT_OK

    from ._output import is_concatenated, output_text, save_files

    output, saved = save_files(
        prediction.output, schema=schema, client=client, directory=directory or Path(".")
    )
    if streamed:
        for path in saved:  # the text was printed as it arrived; only the saved files remain
            print(path)
        return EXIT_OK
    text = output_text(output, concatenate=is_concatenated(schema))
    if text is not None:
        sys.stdout.write(text if text.endswith("\n") else text + "\n")
        sys.stdout.flush()
    return EXIT_OK


def _wait(client: Replicate, prediction: Prediction, status: StatusLine) -> Prediction:
    delay = _POLL_FIRST
    while prediction.status not in TERMINAL:
        deadline = time.monotonic() + delay
        while time.monotonic() < deadline:
            time.sleep(min(_TICK, max(deadline - time.monotonic(), 0)))
            status.update()
        prediction = client.predictions.get(prediction_id=prediction.id)
        status.update(prediction.status, prediction.logs)
        delay = min(delay * 1.5, _POLL_MAX)
    return prediction


def _stream_text(client: Replicate, prediction: Prediction, status: StatusLine, *, as_json: bool) -> bool:
    """Write each `output` event to stdout as it arrives; True when any text was written.

    A failure or cancellation ends the stream quietly: the caller reports it from the prediction.
    """
    from .._exceptions import ModelError
    from ..lib.stream import follow

    wrote_any = False
    last = ""
    try:
        for event in follow(client, prediction, logs=True):
            if event.event == "logs":
                status.update("processing", event.data)
                continue
            if as_json:
                sys.stdout.write(json.dumps({"event": "output", "data": event.data}) + "\n")
            else:
                if not wrote_any and sys.stdout.isatty():
                    status.disable()  # the text and the status line would share one terminal
                sys.stdout.write(event.data)
                last = event.data or last
            sys.stdout.flush()
            wrote_any = True
    except ModelError:
        pass
    if wrote_any and not as_json and not last.endswith("\n"):
        sys.stdout.write("\n")
        sys.stdout.flush()
    return wrote_any and not as_json


def _report_failure(prediction: Prediction, as_json: bool) -> int:
    if as_json:
        dump_json(prediction)
    logs = (prediction.logs or "").rstrip("\n").splitlines()
    if logs and not as_json:
        sys.stderr.write("Last log lines:\n")
        for line in logs[-_LOG_TAIL_LINES:]:
            sys.stderr.write(f"  {line}\n")
    if prediction.status == "canceled":
        message = f"Prediction {prediction.id} was canceled."
    else:
        message = f"Prediction {prediction.id} failed: {prediction.error or 'no error message'}"
    sys.stderr.write(f"replicate: error: {message}\n")
    return EXIT_MODEL


def _version_schema(client: Replicate, prediction: Prediction) -> Optional[Mapping[str, Any]]:
    """The version's `openapi_schema` (to know which outputs are files), or None when unavailable."""
    from .._exceptions import APIError

    owner, _, name = prediction.model.partition("/")
    version: Optional[ModelVersion]
    try:
        if prediction.version and _VERSION_ID.fullmatch(prediction.version):
            version = client.models.versions.get(
                model_owner=owner, model_name=name, version_id=prediction.version
            )
        else:
            version = client.models.get(model_owner=owner, model_name=name).latest_version
    except (APIError, ValueError):
        return None
    return version.openapi_schema if version is not None else None


def _cancel_quietly(client: Replicate, prediction_id: str) -> None:
    from .._exceptions import ReplicateError

    report: Callable[[str], int] = sys.stderr.write
    try:
        client.predictions.cancel(prediction_id=prediction_id)
        report(f"\nCanceled prediction {prediction_id}.\n")
    except ReplicateError:
        report(
            f"\nInterrupted; could not cancel prediction {prediction_id}: cancel it with "
            f"`replicate predictions cancel {prediction_id}`.\n"
        )
