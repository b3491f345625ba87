"""End to end: the `replicate` command as users run it, against a local Replicate-compatible server."""

from __future__ import annotations

import json
import os
import pty
import select
import socket
import subprocess
import sys
import time
from pathlib import Path
from typing import Any, Dict, List

import pytest

from replicate.cli._inputs import parse_value
from replicate.testing import Server

from .conftest import ECHO_MODEL, FILE_SIZE_MODEL, Result, base_env, json_of, run_cli

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


# ------------------------------------------------------------------------------------------- help


def test_help_lists_every_command_and_starts_fast() -> None:
    started = time.monotonic()
    result = run_cli("--help")
    elapsed = time.monotonic() - started
    assert result.exit_code == 0
    for command in (
        "run",
        "stream",
        "whoami",
        "models",
        "predictions",
        "trainings",
        "deployments",
        "hardware",
    ):
        assert command in result.stdout
    assert "REPLICATE_API_TOKEN" in result.stdout
    assert elapsed < 5  # generous for a loaded CI machine; locally ~0.1 s


def test_help_does_not_import_httpx_or_pydantic() -> None:
    code = "import sys; from replicate.cli import build_parser; build_parser(); print(sorted(m for m in ('httpx', 'pydantic') if m in sys.modules))"
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=base_env(), check=True
    )
    assert out.stdout.strip() == "[]"


# -------------------------------------------------------------------------------------------- run


def test_run_prints_text_output(server: Server) -> None:
    result = run_cli("run", "replicate/hello-world", "-i", "text=Alice", server=server)
    assert result.exit_code == 0, result.stderr
    assert result.stdout == "hello Alice\n"
    assert result.stderr == ""  # no status line when stderr is not a terminal


def test_predict_is_an_alias_of_run_and_base_url_goes_before_the_command(server: Server) -> None:
    env = {"REPLICATE_BASE_URL": "http://127.0.0.1:9/v1"}  # wrong on purpose: the flag wins
    result = run_cli(
        "--base-url", server.url, "predict", "replicate/hello-world", "-i", "text=Bob", server=server, env=env
    )
    assert result.exit_code == 0, result.stderr
    assert result.stdout == "hello Bob\n"


def test_run_with_a_version(server: Server) -> None:
    version = json_of(run_cli("models", "get", "replicate/hello-world", "--json", server=server))[
        "latest_version"
    ]["id"]
    result = run_cli("run", f"replicate/hello-world:{version}", "-i", "text=v", server=server)
    assert (result.exit_code, result.stdout) == (0, "hello v\n"), result.stderr
    assert server.predictions[max(server.predictions)]["version"] == version or any(
        p["version"] == version and p["input"] == {"text": "v"} for p in server.predictions.values()
    )


def test_run_streams_a_language_model(server: Server) -> None:
    result = run_cli(
        "run", "replicate/llama-mock", "-i", "prompt=hi there", "-i", "max_tokens=12", server=server
    )
    assert result.exit_code == 0, result.stderr
    assert result.stdout.startswith("You said: hi there")
    assert result.stdout.endswith("\n")
    [prediction] = [p for p in server.predictions.values() if p["input"].get("prompt") == "hi there"]
    assert result.stdout == "".join(prediction["output"]) + "\n"


def test_stream_command(server: Server) -> None:
    result = run_cli(
        "stream", "replicate/llama-mock", "-i", "prompt=haiku", "-i", "max_tokens=5", server=server
    )
    assert result.exit_code == 0, result.stderr
    assert result.stdout.startswith("You said: haiku")
    assert len(result.stdout.split()) == 5


def test_stream_json_prints_one_event_per_line(server: Server) -> None:
    result = run_cli(
        "stream", "replicate/llama-mock", "-i", "prompt=x", "-i", "max_tokens=4", "--json", server=server
    )
    assert result.exit_code == 0, result.stderr
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [line["event"] for line in lines] == ["output"] * 4 + ["done"]
    assert "".join(line["data"] for line in lines[:-1]) == "".join(lines[-1]["prediction"]["output"])


def test_run_downloads_files_and_prints_their_paths(server: Server, tmp_path: Path) -> None:
    args = ["run", "replicate/png-maker", "-i", "prompt=sunset", "-i", "width=40", "-i", "height=30"]
    first = run_cli(*args, "--output-dir", str(tmp_path / "out"), server=server)
    assert first.exit_code == 0, first.stderr
    [path] = first.stdout.splitlines()
    content = Path(path).read_bytes()
    assert content.startswith(PNG_SIGNATURE)
    assert int.from_bytes(content[16:20], "big") == 40 and int.from_bytes(content[20:24], "big") == 30

    second = run_cli(*args, cwd=tmp_path / "out", server=server)  # default: the current directory
    assert second.exit_code == 0, second.stderr
    [other] = second.stdout.splitlines()
    assert other != "output-0.png"  # the first file is never overwritten
    assert (tmp_path / "out" / other).read_bytes().startswith(PNG_SIGNATURE)
    assert Path(path).read_bytes() == content


def test_run_saves_data_uri_outputs(server: Server, tmp_path: Path) -> None:
    result = run_cli(
        "run",
        "replicate/png-maker",
        "-i",
        "prompt=x",
        "-i",
        "return_data_uri=true",
        "-o",
        str(tmp_path),
        server=server,
    )
    assert result.exit_code == 0, result.stderr
    assert Path(result.stdout.strip()).read_bytes().startswith(PNG_SIGNATURE)


@pytest.mark.parametrize("encoding", ["url", "base64"])
def test_at_path_sends_a_local_file(server: Server, tmp_path: Path, encoding: str) -> None:
    source = tmp_path / "notes.txt"
    source.write_bytes(b"twelve bytes")
    result = run_cli(
        "run", FILE_SIZE_MODEL, "-i", f"file=@{source}", "--file-encoding", encoding, server=server
    )
    assert result.exit_code == 0, result.stderr
    expected = "upload: 12 bytes: twelve bytes" if encoding == "url" else "data uri: 12 bytes"
    assert result.stdout == expected + "\n"


def test_input_values_parse_as_json_where_they_can(server: Server) -> None:
    result = run_cli(
        "run", ECHO_MODEL,
        "-i", "n=3", "-i", "x=0.5", "-i", "flag=true", "-i", 'obj={"a": [1, 2]}', "-i", "list=[1,2]",
        "-i", 'quoted="42"', "-i", "text=hello world", "-i", "nothing=null", "-i", "at=@@home",
        "-i", "empty=", "--json",
        server=server,
    )  # fmt: skip
    output = json_of(result)["output"]
    assert output["input"] == {
        "n": 3, "x": 0.5, "flag": True, "obj": {"a": [1, 2]}, "list": [1, 2], "quoted": "42",
        "text": "hello world", "nothing": "null", "at": "@home", "empty": "",
    }  # fmt: skip


@pytest.mark.parametrize(
    ("raw", "value"),
    [("1e3", 1000.0), ("-2", -2), ("false", False), ("NaN", "NaN"), ("Infinity", "Infinity"),
     ("1girl", "1girl"), ("[1, 2", "[1, 2"), ("truely", "truely"), ("  7 ", 7)],
)  # fmt: skip
def test_parse_value(raw: str, value: object) -> None:
    assert parse_value("k", raw) == value
    assert type(parse_value("k", raw)) is type(value)


def test_run_json_prints_the_prediction(server: Server, tmp_path: Path) -> None:
    data = json_of(run_cli("run", "replicate/hello-world", "-i", "text=J", "--json", server=server))
    assert data["status"] == "succeeded" and data["output"] == "hello J" and "files" not in data
    files = json_of(
        run_cli("run", "replicate/png-maker", "-i", "prompt=p", "--json", "-o", str(tmp_path), server=server)
    )
    assert [Path(path).read_bytes()[:8] for path in files["files"]] == [PNG_SIGNATURE]
    assert list(tmp_path.iterdir()) == [Path(files["files"][0])]


def test_no_wait_prints_the_id_and_predictions_get_cancel_follow_it(server: Server) -> None:
    started = run_cli("run", "replicate/slow", "-i", "seconds=3600", "--no-wait", server=server)
    assert started.exit_code == 0, started.stderr
    prediction_id = started.stdout.strip()
    assert prediction_id in server.predictions
    assert f"replicate predictions get {prediction_id}" in started.stderr

    shown = run_cli("predictions", "get", prediction_id, server=server)
    assert shown.exit_code == 0 and "id:" in shown.stdout and prediction_id in shown.stdout
    canceled = json_of(run_cli("predictions", "cancel", prediction_id, "--json", server=server))
    assert canceled["id"] == prediction_id
    assert server.wait_for_prediction(prediction_id)["status"] == "canceled"
    listed = run_cli("predictions", "list", "--limit", "50", server=server)
    assert any(line.startswith(prediction_id) and "canceled" in line for line in listed.stdout.splitlines())


# ------------------------------------------------------------------------------- other commands


def test_whoami(server: Server) -> None:
    assert run_cli("whoami", server=server).stdout == "test-user (Test User)\n"
    assert json_of(run_cli("whoami", "--json", server=server))["username"] == "test-user"


def test_models_list_and_get(server: Server) -> None:
    listed = run_cli("models", "list", server=server)
    assert listed.exit_code == 0
    assert any(line.startswith("replicate/hello-world ") for line in listed.stdout.splitlines())
    assert len(json_of(run_cli("models", "list", "--limit", "2", "--json", server=server))) == 2
    shown = run_cli("models", "get", "replicate/png-maker", server=server)
    assert (
        "model:" in shown.stdout
        and "replicate/png-maker" in shown.stdout
        and "latest version:" in shown.stdout
    )


def test_hardware_deployments_and_trainings(server: Server) -> None:
    assert "gpu-t4" in run_cli("hardware", "list", server=server).stdout
    assert isinstance(json_of(run_cli("hardware", "list", "--json", server=server)), list)
    assert json_of(run_cli("deployments", "list", "--json", server=server)) == []
    assert json_of(run_cli("trainings", "list", "--json", server=server)) == []
    missing = run_cli("deployments", "get", "test-user/nope", server=server)
    assert missing.exit_code == 3 and "Not found" in missing.stderr
    missing = run_cli("trainings", "get", "nope", server=server)
    assert missing.exit_code == 3


# ---------------------------------------------------------------------------------------- failures


def test_model_failure_exits_1_with_the_error_and_logs(server: Server) -> None:
    result = run_cli("run", "replicate/fails", "-i", "message=out of cheese", server=server)
    assert result.exit_code == 1
    assert result.stdout == ""
    assert "out of cheese" in result.stderr and "About to fail" in result.stderr
    assert json_of_failed(run_cli("run", "replicate/fails", "--json", server=server))["status"] == "failed"


def json_of_failed(result: Result) -> Dict[str, Any]:
    assert result.exit_code == 1
    data: Dict[str, Any] = json.loads(result.stdout)
    return data


def test_missing_token_exits_2_and_explains(server: Server) -> None:
    before = len(server.requests)
    result = run_cli("whoami", env={"REPLICATE_BASE_URL": server.url})
    assert result.exit_code == 2
    assert "REPLICATE_API_TOKEN" in result.stderr and "export" in result.stderr
    assert len(server.requests) == before  # nothing was sent


def test_rejected_token_exits_3(server: Server) -> None:
    result = run_cli(
        "run",
        "replicate/hello-world",
        "-i",
        "text=x",
        env={"REPLICATE_BASE_URL": server.url, "REPLICATE_API_TOKEN": "r8_wrong"},
    )
    assert result.exit_code == 3
    assert "rejected your token" in result.stderr and "REPLICATE_API_TOKEN" in result.stderr
    assert "r8_wrong" not in result.stderr + result.stdout


def test_api_errors_exit_3(server: Server) -> None:
    result = run_cli("models", "get", "nobody/nothing", server=server)
    assert result.exit_code == 3 and "Not found" in result.stderr and "404" in result.stderr
    result = run_cli("run", "nobody/nothing", "-i", "a=1", server=server)
    assert result.exit_code == 3 and result.stdout == ""


def test_unreachable_server_exits_3(tmp_path: Path) -> None:
    with socket.socket() as sock:  # a port nothing listens on
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    url = f"http://127.0.0.1:{port}/v1"
    result = run_cli("whoami", env={"REPLICATE_BASE_URL": url, "REPLICATE_API_TOKEN": "r8_x"})
    assert result.exit_code == 3
    assert f"Could not reach the API at {url}" in result.stderr and "--base-url" in result.stderr


@pytest.mark.parametrize(
    ("args", "message"),
    [
        ([], "COMMAND"),
        (["run"], "required"),
        (["run", "replicate/hello-world", "-i", "text"], "key=value"),
        (["run", "replicate/hello-world", "-i", "a=1", "-i", "a=2"], "more than once"),
        (["run", "not a model", "-i", "a=1"], "Invalid model"),
        (["run", "replicate/hello-world", "-i", "file=@/no/such/file"], "no such file"),
        (["models", "get", "just-a-name"], "owner/name"),
        (["models", "list", "--limit", "-1"], "--limit"),
        (["bogus"], "invalid choice"),
    ],
)
def test_usage_errors_exit_2(server: Server, args: List[str], message: str) -> None:
    before = len(server.requests)
    result = run_cli(*args, server=server)
    assert result.exit_code == 2, result
    assert message in result.stderr
    assert result.stdout == ""
    assert len(server.requests) == before


# ------------------------------------------------------------------------------------ status line


def test_status_line_on_a_terminal(server: Server) -> None:
    """With stderr on a pseudo-terminal, the status line shows the state, elapsed time and last log."""
    main, secondary = pty.openpty()
    env = base_env()
    env.update(REPLICATE_BASE_URL=server.url, REPLICATE_API_TOKEN=server.token, TERM="xterm")
    process = subprocess.Popen(
        [sys.executable, "-m", "replicate.cli", "run", "replicate/slow", "-i", "seconds=10"],
        stdout=subprocess.PIPE,
        stderr=secondary,
        env=env,
    )
    os.close(secondary)
    seen = b""
    while True:
        ready, _, _ = select.select([main], [], [], 30)
        if not ready:
            break
        try:
            chunk = os.read(main, 4096)
        except OSError:  # the child closed the terminal
            break
        if not chunk:
            break
        seen += chunk
    stdout, _ = process.communicate(timeout=30)
    os.close(main)
    assert process.returncode == 0
    assert stdout == b"done after 10 seconds\n"
    text = seen.decode()
    assert "\r\x1b[K" in text
    assert "queued" in text and "running" in text and "s  step " in text
    assert text.endswith("\r\x1b[K")  # cleared before the output is printed
