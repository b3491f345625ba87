# File generated from openapi.yaml by codegen. Do not edit.

from __future__ import annotations

from typing import Any, cast

import pytest

from replicate import AsyncReplicate, Replicate
from replicate.types import Prediction

from ...utils import assert_matches_type


class TestDeploymentsPredictions:
    def test_method_create(self, client: Replicate) -> None:
        prediction = client.deployments.predictions.create(
            deployment_owner="acme",
            deployment_name="my-app-image-generator",
            input={"prompt": "a photo of an astronaut riding a horse"},
        )
        assert_matches_type(Prediction, prediction, path=["response"])

    def test_method_create_with_all_params(self, client: Replicate) -> None:
        prediction = client.deployments.predictions.create(
            deployment_owner="acme",
            deployment_name="my-app-image-generator",
            input={"prompt": "a photo of an astronaut riding a horse"},
            webhook="https://example.com/my-webhook",
            webhook_events_filter=["start", "completed"],
            stream=True,
            prefer="wait=5",
            cancel_after="5m",
        )
        assert_matches_type(Prediction, prediction, path=["response"])

    def test_raw_response_create(self, client: Replicate) -> None:
        response = client.deployments.predictions.with_raw_response.create(
            deployment_owner="acme",
            deployment_name="my-app-image-generator",
            input={"prompt": "a photo of an astronaut riding a horse"},
        )

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Replicate-Lang") == "python"
        prediction = response.parse()
        assert_matches_type(Prediction, prediction, path=["response"])

    def test_streaming_response_create(self, client: Replicate) -> None:
        with client.deployments.predictions.with_streaming_response.create(
            deployment_owner="acme",
            deployment_name="my-app-image-generator",
            input={"prompt": "a photo of an astronaut riding a horse"},
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Replicate-Lang") == "python"

            prediction = response.parse()
            assert_matches_type(Prediction, prediction, path=["response"])

        assert cast(Any, response.is_closed) is True

    def test_path_params_create(self, client: Replicate) -> None:
        with pytest.raises(ValueError, match="deployment_owner"):
            client.deployments.predictions.with_raw_response.create(
                deployment_owner="",
                deployment_name="my-app-image-generator",
                input={"prompt": "a photo of an astronaut riding a horse"},
            )

        with pytest.raises(ValueError, match="deployment_name"):
            client.deployments.predictions.with_raw_response.create(
                deployment_owner="acme",
                deployment_name="",
                input={"prompt": "a photo of an astronaut riding a horse"},
            )


class TestAsyncDeploymentsPredictions:
    async def test_method_create(self, async_client: AsyncReplicate) -> None:
        prediction = await async_client.deployments.predictions.create(
            deployment_owner="acme",
            deployment_name="my-app-image-generator",
            input={"prompt": "a photo of an astronaut riding a horse"},
        )
        assert_matches_type(Prediction, prediction, path=["response"])

    async def test_method_create_with_all_params(self, async_client: AsyncReplicate) -> None:
        prediction = await async_client.deployments.predictions.create(
            deployment_owner="acme",
            deployment_name="my-app-image-generator",
            input={"prompt": "a photo of an astronaut riding a horse"},
            webhook="https://example.com/my-webhook",
            webhook_events_filter=["start", "completed"],
            stream=True,
            prefer="wait=5",
            cancel_after="5m",
        )
        assert_matches_type(Prediction, prediction, path=["response"])

    async def test_raw_response_create(self, async_client: AsyncReplicate) -> None:
        response = await async_client.deployments.predictions.with_raw_response.create(
            deployment_owner="acme",
            deployment_name="my-app-image-generator",
            input={"prompt": "a photo of an astronaut riding a horse"},
        )

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Replicate-Lang") == "python"
        prediction = await response.parse()
        assert_matches_type(Prediction, prediction, path=["response"])

    async def test_streaming_response_create(self, async_client: AsyncReplicate) -> None:
        async with async_client.deployments.predictions.with_streaming_response.create(
            deployment_owner="acme",
            deployment_name="my-app-image-generator",
            input={"prompt": "a photo of an astronaut riding a horse"},
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Replicate-Lang") == "python"

            prediction = await response.parse()
            assert_matches_type(Prediction, prediction, path=["response"])

        assert cast(Any, response.is_closed) is True

    async def test_path_params_create(self, async_client: AsyncReplicate) -> None:
        with pytest.raises(ValueError, match="deployment_owner"):
            await async_client.deployments.predictions.with_raw_response.create(
                deployment_owner="",
                deployment_name="my-app-image-generator",
                input={"prompt": "a photo of an astronaut riding a horse"},
            )

        with pytest.raises(ValueError, match="deployment_name"):
            await async_client.deployments.predictions.with_raw_response.create(
                deployment_owner="acme",
                deployment_name="",
                input={"prompt": "a photo of an astronaut riding a horse"},
            )
