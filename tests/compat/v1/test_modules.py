"""Every public name of replicate 1.0.7's modules imports from ours, and is what our calls return."""

from __future__ import annotations

import importlib
import subprocess
import sys
from typing import Dict, List

import pytest

import replicate
from replicate.testing import Server

PUBLIC_NAMES: Dict[str, List[str]] = {
    "replicate.__about__": ["__version__"],
    "replicate.account": ["Account", "Accounts"],
    "replicate.client": ["Client"],
    "replicate.collection": ["Collection", "Collections"],
    "replicate.deployment": ["Deployment", "DeploymentPredictions", "Deployments", "DeploymentsPredictions"],
    "replicate.exceptions": ["ModelError", "ReplicateError", "ReplicateException"],
    "replicate.file": ["File", "FileEncodingStrategy", "Files"],
    "replicate.hardware": ["Hardware", "HardwareNamespace"],
    "replicate.helpers": [
        "AsyncFileOutput",
        "FileOutput",
        "async_encode_json",
        "base64_encode_file",
        "encode_json",
        "transform_output",
    ],
    "replicate.identifier": ["ModelVersionIdentifier"],
    "replicate.model": ["Model", "Models", "ModelsPredictions"],
    "replicate.pagination": ["Page", "async_paginate", "paginate"],
    "replicate.prediction": ["Prediction", "Predictions"],
    "replicate.resource": ["Namespace", "Resource"],
    "replicate.schema": ["make_schema_backwards_compatible", "version_has_no_array_type"],
    "replicate.training": ["Training", "Trainings"],
    "replicate.version": ["Version", "Versions"],
    "replicate.webhook": [
        "InvalidSecretKeyError",
        "InvalidSignatureError",
        "InvalidTimestampError",
        "MissingWebhookBodyError",
        "MissingWebhookHeaderError",
        "WebhookSigningSecret",
        "WebhookValidationError",
        "Webhooks",
    ],
}

PACKAGE_NAMES = [
    "Client",
    "async_paginate",
    "async_run",
    "async_stream",
    "collections",
    "default_client",
    "deployments",
    "files",
    "hardware",
    "models",
    "paginate",
    "predictions",
    "run",
    "stream",
    "trainings",
    "webhooks",
]


@pytest.mark.parametrize("module_name", sorted(PUBLIC_NAMES))
def test_module_has_every_public_name(module_name: str) -> None:
    module = importlib.import_module(module_name)
    missing = [name for name in PUBLIC_NAMES[module_name] if not hasattr(module, name)]
    assert missing == []


def test_package_names(server: Server) -> None:
    missing = [name for name in PACKAGE_NAMES if getattr(replicate, name, None) is None]
    assert missing == []


def test_importing_the_modules_keeps_the_module_level_resources_working(server: Server) -> None:
    # 1.0.7 has both a `replicate.hardware` module and a `replicate.hardware` resource (and ours an
    # `account` one): importing the module must not break `replicate.hardware.list()`.
    import replicate.account
    import replicate.hardware

    assert [hw.sku for hw in replicate.hardware.list()][:2] == ["cpu", "gpu-t4"]
    assert replicate.account.current().username == "your-username"
    assert replicate.hardware.Hardware is importlib.import_module("replicate.hardware").Hardware


def test_returned_objects_are_the_modules_classes(server: Server, client: replicate.Client) -> None:
    from replicate.account import Account
    from replicate.collection import Collection
    from replicate.file import File
    from replicate.hardware import Hardware
    from replicate.model import Model
    from replicate.pagination import Page
    from replicate.prediction import Prediction
    from replicate.resource import Namespace, Resource
    from replicate.version import Version
    from replicate.webhook import WebhookSigningSecret

    assert isinstance(client.accounts.current(), Account)
    page = client.models.list()
    assert isinstance(page, Page) and isinstance(page.results[0], Model) and isinstance(page[0], Resource)
    model = client.models.get("kvfrans/clipdraw")
    assert isinstance(model.latest_version, Version)
    assert isinstance(client.predictions.create(model="kvfrans/clipdraw", input={"prompt": "x"}), Prediction)
    assert isinstance(client.collections.get("official"), Collection)
    assert isinstance(client.hardware.list()[0], Hardware)
    assert isinstance(client.files.create(__file__), File)
    assert isinstance(client.webhooks.default.secret(), WebhookSigningSecret)
    assert isinstance(client.models, Namespace) and isinstance(client.predictions, Namespace)


def test_import_replicate_stays_lazy() -> None:
    code = (
        "import sys, replicate, replicate.exceptions;"
        "print(sorted(m for m in ('pydantic', 'replicate.legacy') if m in sys.modules))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"


def test_schema_helpers() -> None:
    from replicate.schema import make_schema_backwards_compatible, version_has_no_array_type

    assert (version_has_no_array_type("0.3.8"), version_has_no_array_type("0.4.0")) == (True, False)
    assert version_has_no_array_type("not a version") is None
    schema = {"components": {"schemas": {"Output": {"type": "array", "items": {"type": "string"}}}}}
    old = make_schema_backwards_compatible(schema, "0.3.0")
    assert old["components"]["schemas"]["Output"]["x-cog-array-type"] == "iterator"
    assert make_schema_backwards_compatible(schema, "0.9.0") == schema


def test_model_version_identifier() -> None:
    from replicate.identifier import ModelVersionIdentifier

    assert ModelVersionIdentifier.parse("owner/name") == ("owner", "name", None)
    assert ModelVersionIdentifier.parse("owner/name:abc").version == "abc"
    with pytest.raises(ValueError, match="Invalid reference to model version: nope"):
        ModelVersionIdentifier.parse("nope")


def test_run_takes_a_model_version_identifier(server: Server, client: replicate.Client) -> None:
    from replicate.identifier import ModelVersionIdentifier

    assert client.run(ModelVersionIdentifier("replicate", "hello-world"), input={"text": "id"}) == "hello id"
    assert [request.path for request in server.requests if request.method == "POST"] == [
        "/v1/models/replicate/hello-world/predictions"
    ]
