"""`run`: create a prediction, wait for it, return its output (the sync and async runners of `_plan`)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Generator, Mapping, Tuple, Union

from ._plan import Output, Step, Tracker, create_step, run_steps
from ._plan_runner import AsyncPlanRunner, SyncPlanRunner
from ._polling import Backoff, Deadline
from ._run_request import RunRequest
from ._version_schema import schema_cache

if TYPE_CHECKING:
    from .._client import AsyncReplicate, Replicate

__all__ = ["async_run", "run", "sync_output", "async_output"]


def run(client: Replicate, request: RunRequest) -> Any:
    from .file_encoding import encode_file_inputs

    deadline = Deadline(request.timeout)  # uploading the input files counts against the timeout
    encoded = encode_file_inputs(request.input, client=client, strategy=request.strategy)
    return sync_output(client, SyncPlanRunner(client).run(*run_plan(client, request, encoded, deadline)))


async def async_run(client: AsyncReplicate, request: RunRequest) -> Any:
    from .file_encoding import async_encode_file_inputs

    deadline = Deadline(request.timeout)
    encoded = await async_encode_file_inputs(request.input, client=client, strategy=request.strategy)
    return async_output(
        client, await AsyncPlanRunner(client).run(*run_plan(client, request, encoded, deadline))
    )


def run_plan(
    client: Union[Replicate, AsyncReplicate],
    request: RunRequest,
    encoded: Mapping[str, object],
    deadline: Deadline,
) -> Tuple[Generator[Step, Any, Output], Tracker]:
    """The plan of one run once its input is encoded, with the tracker its runner cancels through."""
    create = create_step(
        request.ref,
        encoded,
        wait=request.wait,
        deadline=deadline,
        client_timeout=client.timeout,
        params=request.params,
    )
    tracker = Tracker()
    steps = run_steps(
        create,
        tracker,
        deadline,
        Backoff(request.poll_interval),
        schema_cache(client),
        use_file_output=request.use_file_output,
    )
    return steps, tracker


def sync_output(client: Replicate, output: Output) -> Any:
    if not output.wrap_files:
        return output.value
    from .file_output import wrap_file_outputs

    return wrap_file_outputs(output.value, openapi_schema=output.document, client=client)


def async_output(client: AsyncReplicate, output: Output) -> Any:
    if not output.wrap_files:
        return output.value
    from .file_output import wrap_async_file_outputs

    return wrap_async_file_outputs(output.value, openapi_schema=output.document, client=client)
