"""`replicate models generate` and `replicate models check`, run as a user runs them."""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Any, Dict, Iterator

import pytest

from replicate.lib.model_types.generate import ModelSchema, generate_from_schemas
from replicate.testing import Server, serve

from .conftest import load, replicate_cli
from .corpus import KITCHEN_SINK

V1_INPUTS: Dict[str, Any] = {
    "type": "object",
    "required": ["prompt"],
    "properties": {
        "prompt": {"type": "string"},
        "steps": {"type": "number", "default": 1.0, "minimum": 0, "maximum": 100},
        "style": {"type": "string", "enum": ["a", "b", "c"], "default": "a"},
        "mode": {"type": "string", "enum": ["x"], "default": "x"},
        "old_name": {"type": "string"},
        "seed": {"type": "integer"},
        "extra": {"type": "boolean"},
    },
}
V2_INPUTS: Dict[str, Any] = {
    "type": "object",
    "required": ["prompt", "seed", "size"],
    "properties": {
        "prompt": {"type": "string"},
        "steps": {"type": "integer", "default": 2, "minimum": 1, "maximum": 50},
        "style": {"type": "string", "enum": ["a", "b"], "default": "a"},
        "mode": {"type": "string", "enum": ["x", "y"], "default": "x"},
        "new_name": {"type": "string"},
        "seed": {"type": "integer"},
        "size": {"type": "integer"},
        "quality": {"type": "integer"},
    },
}
FILES = {"type": "array", "items": {"type": "string", "format": "uri"}}


def _nothing(inputs: Dict[str, Any], ctx: Any) -> None:
    return None


@pytest.fixture
def server() -> Iterator[Server]:
    with serve(speed=20.0) as running:
        running.register_model("tests/drift", predict=_nothing, input_schema=V1_INPUTS, output_schema=FILES)
        running.register_model(
            "tests/streamer", predict=_nothing, output_schema={"type": "string"}, streaming=True
        )
        yield running


def test_generate_pins_the_latest_version_and_says_so(server: Server, tmp_path: Path) -> None:
    result = replicate_cli(
        server, "models", "generate", "tests/drift", "tests/streamer", "-o", "m.py", cwd=tmp_path
    )
    assert result.returncode == 0, result.stderr
    text = (tmp_path / "m.py").read_text()
    module = load(tmp_path / "m.py")
    drift = server_latest(server, "tests/drift")
    assert module.Drift.version == drift and module.Drift.name == "tests/drift"
    assert f"#   model: tests/drift:{drift}  (the latest version when generated)" in text
    assert "replicate models generate tests/drift tests/streamer -o m.py" in text
    assert module.Streamer.streams is True and not hasattr(module.Drift, "streams")
    pinned = replicate_cli(server, "models", "generate", f"tests/drift:{drift}", cwd=tmp_path)
    assert pinned.returncode == 0 and f"tests/drift:{drift}  (the version asked for)" in pinned.stdout


def test_generate_offline_from_a_schema_file(tmp_path: Path) -> None:
    (tmp_path / "schema.json").write_text(json.dumps(KITCHEN_SINK))
    version = {"id": "d" * 64, "openapi_schema": KITCHEN_SINK}
    (tmp_path / "version.json").write_text(json.dumps(version))
    # No server and no token: --schema needs neither.
    result = _offline_cli(tmp_path, "a/sink", "b/sink", "--schema", "schema.json", "--schema", "version.json")
    assert result.returncode == 0, result.stderr
    module_text = result.stdout
    assert "#   model: a/sink:  (version not pinned: runs the latest version)" in module_text
    assert f"#   model: b/sink:{'d' * 64}" in module_text
    assert "class Sink(Model):" in module_text and "class BSink(Model):" in module_text


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["not-a-ref", "--schema", "schema.json"], "Expected a model as owner/name"),
        (["a/b", "c/d", "--schema", "schema.json"], "Give one --schema per model"),
        (["a/b", "--schema", "missing.json"], "Cannot read missing.json"),
        (["a/b", "--schema", "broken.json"], "broken.json is not JSON"),
        (["a/b", "--schema", "not-cog.json"], "no components.schemas.Input"),
    ],
)
def test_generate_usage_errors(tmp_path: Path, args: list[str], message: str) -> None:
    (tmp_path / "schema.json").write_text(json.dumps(KITCHEN_SINK))
    (tmp_path / "broken.json").write_text("{")
    (tmp_path / "not-cog.json").write_text(json.dumps({"openapi": "3.0.2"}))
    result = _offline_cli(tmp_path, *args)
    assert result.returncode == 2 and message in result.stderr, result.stderr


def test_generate_an_unknown_model_is_an_api_error(server: Server, tmp_path: Path) -> None:
    result = replicate_cli(server, "models", "generate", "tests/nope", cwd=tmp_path)
    assert result.returncode == 3 and "Not found" in result.stderr


def test_check_reports_every_kind_of_change_breaking_first(server: Server, tmp_path: Path) -> None:
    assert (
        replicate_cli(
            server, "models", "generate", "tests/drift", "tests/streamer", "-o", "m.py", cwd=tmp_path
        ).returncode
        == 0
    )
    unchanged = replicate_cli(server, "models", "check", "m.py", cwd=tmp_path)
    assert unchanged.returncode == 0, unchanged.stderr
    assert "tests/drift: up to date" in unchanged.stdout and "No breaking changes." in unchanged.stdout

    server.register_model(
        "tests/drift",
        predict=_nothing,
        input_schema=V2_INPUTS,
        output_schema={"type": "string", "format": "uri"},
    )
    server.register_model("tests/streamer", predict=_nothing, output_schema={"type": "string"})
    result = replicate_cli(server, "models", "check", "m.py", cwd=tmp_path)
    assert result.returncode == 1, result.stdout + result.stderr
    report = result.stdout
    for line in [
        "- `Drift(extra=...)`: input removed",
        "- `Drift(old_name=...)`: removed; renamed to `new_name`?",
        "- `Drift(size=...)`: new required input",
        "- `Drift(seed=...)`: is now required",
        "- `Drift(steps=...)`: type narrowed to `int` (was `float`)",
        '- `Drift(style=...)`: choice(s) removed: "c"',
        "- `Drift(...)` output: is now `FileOutput` (was `list[FileOutput]`)",
        "- `Drift(quality=...)`: new optional input: `int`",
        '- `Drift(mode=...)`: new choice(s): "y"',
        "- `Drift(steps=...)`: default is now 2 (was 1.0)",
        "- `Drift(steps=...)`: constraints now minimum: 1, maximum: 50 (was minimum: 0, maximum: 100)",
        "- `client.use(Streamer, streaming=True)`: the model no longer streams",
    ]:
        assert line in report, report
    sections = [report.index(heading) for heading in ("Breaking changes:", "Additions:", "Other changes:")]
    assert sections == sorted(sections)
    assert report.strip().endswith("`--update` regenerates the module.")

    updated = replicate_cli(server, "models", "check", "m.py", "--update", cwd=tmp_path)
    assert updated.returncode == 0 and "Regenerated m.py" in updated.stdout
    module = load(tmp_path / "m.py")
    assert module.Drift.version == server_latest(server, "tests/drift")
    again = replicate_cli(server, "models", "check", "m.py", cwd=tmp_path)
    assert again.returncode == 0 and "tests/drift: up to date" in again.stdout


def test_check_additions_only_exit_0(server: Server, tmp_path: Path) -> None:
    assert (
        replicate_cli(server, "models", "generate", "tests/drift", "-o", "m.py", cwd=tmp_path).returncode == 0
    )
    wider = json.loads(json.dumps(V1_INPUTS))
    wider["properties"]["quality"] = {"type": "integer"}
    wider["properties"]["seed"] = {"type": "number"}
    server.register_model("tests/drift", predict=_nothing, input_schema=wider, output_schema=FILES)
    result = replicate_cli(server, "models", "check", "m.py", cwd=tmp_path)
    assert result.returncode == 0, result.stdout
    assert "- `Drift(seed=...)`: now accepts `float` (was `int`)" in result.stdout
    assert "No breaking changes." in result.stdout


def test_check_usage_errors(server: Server, tmp_path: Path) -> None:
    (tmp_path / "plain.py").write_text("x = 1\n")
    assert replicate_cli(server, "models", "check", "missing.py", cwd=tmp_path).returncode == 2
    result = replicate_cli(server, "models", "check", "plain.py", cwd=tmp_path)
    assert result.returncode == 2 and "lists no models" in result.stderr


def test_generating_one_model_takes_well_under_half_a_second() -> None:
    schema = ModelSchema("corpus/kitchen-sink", "e" * 64, KITCHEN_SINK, False)
    generate_from_schemas([schema])  # the first call imports the generator
    started = time.perf_counter()
    for _ in range(5):
        generate_from_schemas([schema])
    assert (time.perf_counter() - started) / 5 < 0.5


def server_latest(server: Server, model: str) -> str:
    import httpx

    owner, name = model.split("/")
    response = httpx.get(
        f"{server.url}/models/{owner}/{name}", headers={"Authorization": f"Bearer {server.token}"}
    )
    return str(response.json()["latest_version"]["id"])


def _offline_cli(cwd: Path, *args: str) -> Any:
    import os
    import subprocess
    import sys

    env = {key: value for key, value in os.environ.items() if not key.startswith("REPLICATE_")}
    command = [sys.executable, "-m", "replicate.cli", "models", "generate", *args]
    return subprocess.run(command, cwd=cwd, env=env, capture_output=True, text=True, timeout=60)


def test_generating_offline_loads_no_http_stack(tmp_path: Path) -> None:
    """What keeps `replicate models generate --schema` at ~0.2 s: httpx and pydantic stay unloaded."""
    import subprocess
    import sys

    (tmp_path / "schema.json").write_text(json.dumps(KITCHEN_SINK))
    script = (
        "import sys; from replicate.cli import main; "
        "code = main(['models', 'generate', 'a/sink', '--schema', 'schema.json', '-o', 'm.py']); "
        "print(code, 'httpx' in sys.modules, 'pydantic' in sys.modules)"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], cwd=tmp_path, capture_output=True, text=True, timeout=60
    )
    assert result.stdout.split() == ["0", "False", "False"], result.stderr
    assert "class Sink(Model):" in (tmp_path / "m.py").read_text()
