"""A client generated for another API takes its defaults from that API's spec and config, never from
Replicate's: base URL (the spec's first server), the token's and base URL's environment variables,
the User-Agent and the headers naming the client, the logger, and the wording of missing-credential
errors. Shown with the smallest spec, generated onto a copy of the runtime and run in a subprocess
against a loopback server."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any, Dict

import pytest

from codegen.build import build_api
from codegen.cli import main
from codegen.client_settings import server_url
from codegen.config import config_from_dict
from codegen.load import SpecError, parse_spec

from .sandbox import make_sandbox

VENV = Path(sys.executable).parent.parent
Json = Dict[str, Any]

_OK = {"200": {"description": "ok", "content": {"application/json": {"schema": {"type": "object"}}}}}
DEMO_SPEC: Json = {
    "openapi": "3.1.0",
    "info": {"title": "Demo", "version": "1"},
    "servers": [{"url": "https://api.example.com/v2"}],
    "security": [{"bearer": []}],
    "paths": {
        "/things": {"get": {"operationId": "things.list", "responses": _OK}},
        "/keyed": {"get": {"operationId": "keyed.get", "security": [{"key": []}], "responses": _OK}},
    },
    "components": {
        "securitySchemes": {
            "bearer": {"type": "http", "scheme": "bearer"},
            "key": {"type": "apiKey", "in": "header", "name": "X-Key"},
        }
    },
}
DEMO_CONFIG = "package: demo\nclient: {sync: Demo, async: AsyncDemo}\nauth:\n  key: DEMO_KEY\n"
SECRET = "demo-secret-token-value"

# Runs inside the generated package's tree: a loopback server records what the client sends.
_PROGRAM = r"""
import json, logging, os, threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from demo import Demo
from demo._exceptions import MissingAPITokenError, MissingCredentialsError

seen = []

class Handler(BaseHTTPRequestHandler):
    def do_GET(self):
        seen.append(dict(self.headers.items()))
        body = b"{}"
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass

server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
threading.Thread(target=server.serve_forever, daemon=True).start()
local = f"http://127.0.0.1:{server.server_port}"
report = {}

report["default_base_url"] = str(Demo(bearer_token="t").base_url)
os.environ["DEMO_BASE_URL"] = local
report["env_base_url"] = str(Demo(bearer_token="t").base_url)

try:  # REPLICATE_API_TOKEN is set, DEMO_API_TOKEN is not
    Demo().things.list()
except MissingAPITokenError as exc:
    report["missing_token"] = str(exc)
try:
    Demo(bearer_token="t").keyed.get()
except MissingCredentialsError as exc:
    report["missing_key"] = str(exc)

os.environ["DEMO_API_TOKEN"] = "__SECRET__"
client = Demo()
client.things.list()
report["headers"] = seen[-1]
report["reprs"] = [repr(client), repr(client._config), repr(client.copy(timeout=3))]
report["logger"] = logging.getLogger("demo").level
print(json.dumps(report))
"""


@pytest.fixture(scope="module")
def sandbox_root(tmp_path_factory: pytest.TempPathFactory) -> Path:
    base = tmp_path_factory.mktemp("defaults")
    spec = base / "demo.json"
    spec.write_text(json.dumps(DEMO_SPEC), encoding="utf-8")
    config = base / "demo_config.yaml"
    config.write_text(f"spec: demo.json\n{DEMO_CONFIG}", encoding="utf-8")
    sandbox = make_sandbox(
        base / "root", spec=spec, package="demo", client="Demo", async_client="AsyncDemo", venv=VENV
    )
    assert main(["--root", str(sandbox.root), "--config", str(config)]) == 0
    return sandbox.root


def test_a_generated_client_uses_its_own_apis_defaults_and_never_replicates(sandbox_root: Path) -> None:
    env = {key: value for key, value in os.environ.items() if not key.startswith(("DEMO_", "REPLICATE_"))}
    env.update(
        PYTHONPATH=str(sandbox_root / "src"),
        REPLICATE_API_TOKEN="r8_must_not_be_read",
        REPLICATE_BASE_URL="https://wrong.example",
        DEMO_LOG="debug",
    )
    ran = subprocess.run(
        [sys.executable, "-c", _PROGRAM.replace("__SECRET__", SECRET)],
        capture_output=True,
        text=True,
        check=False,
        env=env,
        cwd=sandbox_root,
        timeout=60,
    )
    assert ran.returncode == 0, ran.stderr
    report = json.loads(ran.stdout.splitlines()[-1])
    assert report["default_base_url"] == "https://api.example.com/v2"
    assert report["env_base_url"].startswith("http://127.0.0.1:")
    assert report["missing_token"] == (
        "No API token: pass bearer_token= to the client or set the DEMO_API_TOKEN environment variable."
    )
    assert "'key'" in report["missing_key"] and "DEMO_KEY" in report["missing_key"]
    headers = {name.lower(): value for name, value in report["headers"].items()}
    assert headers["authorization"] == f"Bearer {SECRET}"
    assert headers["user-agent"].startswith("demo-python/")
    assert not [name for name in headers if "replicate" in name]
    for text in (report["missing_token"], report["missing_key"], *report["reprs"]):
        assert "replicate" not in text.lower()
    assert not [text for text in report["reprs"] if SECRET in text]
    assert report["logger"] == 10  # DEMO_LOG=debug configured the `demo` logger
    assert "Request: GET" in ran.stderr and SECRET not in ran.stderr  # the log redacts the token


def test_the_copied_runtime_names_no_replicate_default(sandbox_root: Path) -> None:
    """The runtime runs without Replicate's `_env.py` (not copied) and names none of its defaults."""
    package = sandbox_root / "src" / "demo"
    assert not (package / "_env.py").exists()
    for module in sorted(package.glob("*.py")):
        text = module.read_text(encoding="utf-8")
        for default in ("api.replicate.com", "REPLICATE_API_TOKEN", "REPLICATE_BASE_URL", "replicate-python"):
            assert default not in text, f"{module.name} names {default}"


def _defaults(spec: Json, **config: object) -> Any:
    text = json.dumps({"openapi": "3.1.0", "info": {"title": "t", "version": "1"}, "paths": {}, **spec})
    merged: Json = {"package": "acme", "client": {"sync": "Acme", "async": "AsyncAcme"}, **config}
    return build_api(parse_spec(text), config_from_dict(merged), text.encode()).defaults


def test_the_base_url_is_the_first_server_with_its_variables_defaults() -> None:
    variables = {"host": {"default": "eu.acme.test"}, "v": {"default": "3", "enum": ["2", "3"]}}
    spec: Json = {"servers": [{"url": "https://{host}/v{v}", "variables": variables}, {"url": "https://x"}]}
    assert server_url(spec) == "https://eu.acme.test/v3"
    assert server_url({}) == ""  # no server: the client needs base_url= or ACME_BASE_URL
    assert _defaults({}).base_url == ""
    relative = {"servers": [{"url": "/api/v3"}]}
    with pytest.raises(SpecError, match=r"^/servers/0/url: .*'/api/v3'.*base_url in config"):
        _defaults(relative)
    assert _defaults(relative, base_url="https://acme.test/api/v3").base_url == "https://acme.test/api/v3"
    with pytest.raises(SpecError, match=r"^/servers/0/variables/host: .*no default"):
        server_url({"servers": [{"url": "https://{host}/", "variables": {"host": {}}}]})


def test_environment_variables_come_from_the_package_name_and_the_auth_mapping() -> None:
    bearer = {"components": {"securitySchemes": {"b": {"type": "http", "scheme": "bearer"}}}}
    defaults = _defaults(bearer)
    assert (defaults.base_url_env, defaults.token_env, defaults.user_agent_name) == (
        "ACME_BASE_URL",
        "ACME_API_TOKEN",
        "acme-python",
    )
    assert defaults.platform_prefix == ""  # no X-Replicate-* headers unless the config names a prefix
    assert _defaults(bearer, auth={"b": "ACME_KEY"}).token_env == "ACME_KEY"
    assert _defaults({}).token_env == ""  # no bearer scheme: no token is read from the environment
    no_flows: Json = {}
    two: Json = {
        "components": {
            "securitySchemes": {
                "b": {"type": "http", "scheme": "bearer"},
                "o": {"type": "oauth2", "flows": no_flows},
            }
        }
    }
    with pytest.raises(SpecError, match="share the client's one bearer_token"):
        _defaults(two, auth={"b": "ONE", "o": "TWO"})
