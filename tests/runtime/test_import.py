from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

SRC = str(Path(__file__).resolve().parents[2] / "src")


def _run(code: str) -> str:
    env = {**os.environ, "PYTHONPATH": SRC}
    return subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True
    ).stdout.strip()


def test_import_replicate_is_cheap() -> None:
    loaded = _run(
        "import sys, replicate; print(sorted(m for m in ('pydantic', 'httpx', 'replicate.types', 'replicate.resources', 'replicate._client') if m in sys.modules))"
    )
    assert loaded == "[]"


def test_lazy_names_resolve() -> None:
    out = _run(
        "import replicate, sys\n"
        "print(replicate.NOT_GIVEN, replicate.NotGiven.__name__, replicate.Timeout.__module__.split('.')[0],"
        " replicate.BaseModel.__name__, replicate.APIResponse.__name__, replicate.DefaultHttpxClient.__name__,"
        " replicate.pagination.__name__, replicate.__version__, 'pydantic' in sys.modules)"
    )
    assert out.split() == [
        "NOT_GIVEN",
        "NotGiven",
        "httpx",
        "BaseModel",
        "APIResponse",
        "DefaultHttpxClient",
        "replicate.pagination",
        "2.0.0",
        "True",
    ]


def test_exceptions_import_without_pydantic() -> None:
    assert (
        _run("import sys; from replicate.exceptions import NotFoundError; print('pydantic' in sys.modules)")
        == "False"
    )


def test_unknown_attribute_raises_attribute_error() -> None:
    assert (
        _run("import replicate\ntry:\n    replicate.nope\nexcept AttributeError as e:\n    print('ok')")
        == "ok"
    )


def test_a_synchronous_call_imports_no_event_loop_machinery() -> None:
    """A sync client's first request loads neither asyncio nor distro (cold-start cost);
    the request itself goes to a local server that is never reached (connection refused)."""
    out = _run(
        "import sys, replicate\n"
        "client = replicate.Replicate(bearer_token='r8_x', base_url='http://127.0.0.1:9/v1', max_retries=0)\n"
        "try:\n"
        "    client.predictions.get(prediction_id='p')\n"
        "except replicate.APIConnectionError:\n"
        "    pass\n"
        "print(sorted(m for m in ('asyncio', 'distro', 'argparse') if m in sys.modules))"
    )
    assert out == "[]"
