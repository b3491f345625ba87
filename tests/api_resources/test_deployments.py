# File generated from openapi.yaml by codegen. Do not edit.

from __future__ import annotations

from typing import Any, cast

import pytest

from replicate import AsyncReplicate, Replicate
from replicate.pagination import AsyncCursorURLPage, SyncCursorURLPage
from replicate.types import Deployment

from ..utils import assert_matches_type


class TestDeployments:
    def test_method_create(self, client: Replicate) -> None:
        deployment = client.deployments.create(
            name="my-app-image-generator",
            model="stability-ai/sdxl",
            version="da77bc59ee60423279fd632efb4795ab731d9e3ca9705ef3341091fb989b7eaf",
            hardware="gpu-t4",
            min_instances=0,
            max_instances=3,
        )
        assert_matches_type(Deployment, deployment, path=["response"])

    def test_raw_response_create(self, client: Replicate) -> None:
        response = client.deployments.with_raw_response.create(
            name="my-app-image-generator",
            model="stability-ai/sdxl",
            version="da77bc59ee60423279fd632efb4795ab731d9e3ca9705ef3341091fb989b7eaf",
            hardware="gpu-t4",
            min_instances=0,
            max_instances=3,
        )

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Replicate-Lang") == "python"
        deployment = response.parse()
        assert_matches_type(Deployment, deployment, path=["response"])

    def test_streaming_response_create(self, client: Replicate) -> None:
        with client.deployments.with_streaming_response.create(
            name="my-app-image-generator",
            model="stability-ai/sdxl",
            version="da77bc59ee60423279fd632efb4795ab731d9e3ca9705ef3341091fb989b7eaf",
            hardware="gpu-t4",
            min_instances=0,
            max_instances=3,
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Replicate-Lang") == "python"

            deployment = response.parse()
            assert_matches_type(Deployment, deployment, path=["response"])

        assert cast(Any, response.is_closed) is True

    def test_method_delete(self, client: Replicate) -> None:
        deployment = client.deployments.delete(
            deployment_owner="acme", deployment_name="my-app-image-generator"
        )
        assert deployment is None

    def test_raw_response_delete(self, client: Replicate) -> None:
        response = client.deployments.with_raw_response.delete(
            deployment_owner="acme", deployment_name="my-app-image-generator"
        )

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Replicate-Lang") == "python"
        deployment = response.parse()
        assert deployment is None

    def test_streaming_response_delete(self, client: Replicate) -> None:
        with client.deployments.with_streaming_response.delete(
            deployment_owner="acme", deployment_name="my-app-image-generator"
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Replicate-Lang") == "python"

            deployment = response.parse()
            assert deployment is None

        assert cast(Any, response.is_closed) is True

    def test_path_params_delete(self, client: Replicate) -> None:
        with pytest.raises(ValueError, match="deployment_owner"):
            client.deployments.with_raw_response.delete(
                deployment_owner="", deployment_name="my-app-image-generator"
            )

        with pytest.raises(ValueError, match="deployment_name"):
            client.deployments.with_raw_response.delete(deployment_owner="acme", deployment_name="")

    def test_method_get(self, client: Replicate) -> None:
        deployment = client.deployments.get(deployment_owner="acme", deployment_name="my-app-image-generator")
        assert_matches_type(Deployment, deployment, path=["response"])

    def test_raw_response_get(self, client: Replicate) -> None:
        response = client.deployments.with_raw_response.get(
            deployment_owner="acme", deployment_name="my-app-image-generator"
        )

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Replicate-Lang") == "python"
        deployment = response.parse()
        assert_matches_type(Deployment, deployment, path=["response"])

    def test_streaming_response_get(self, client: Replicate) -> None:
        with client.deployments.with_streaming_response.get(
            deployment_owner="acme", deployment_name="my-app-image-generator"
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Replicate-Lang") == "python"

            deployment = response.parse()
            assert_matches_type(Deployment, deployment, path=["response"])

        assert cast(Any, response.is_closed) is True

    def test_path_params_get(self, client: Replicate) -> None:
        with pytest.raises(ValueError, match="deployment_owner"):
            client.deployments.with_raw_response.get(
                deployment_owner="", deployment_name="my-app-image-generator"
            )

        with pytest.raises(ValueError, match="deployment_name"):
            client.deployments.with_raw_response.get(deployment_owner="acme", deployment_name="")

    def test_method_list(self, client: Replicate) -> None:
        deployment = client.deployments.list()
        assert_matches_type(SyncCursorURLPage[Deployment], deployment, path=["response"])

    def test_raw_response_list(self, client: Replicate) -> None:
        response = client.deployments.with_raw_response.list()

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Replicate-Lang") == "python"
        deployment = response.parse()
        assert_matches_type(SyncCursorURLPage[Deployment], deployment, path=["response"])

    def test_streaming_response_list(self, client: Replicate) -> None:
        with client.deployments.with_streaming_response.list() as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Replicate-Lang") == "python"

            deployment = response.parse()
            assert_matches_type(SyncCursorURLPage[Deployment], deployment, path=["response"])

        assert cast(Any, response.is_closed) is True

    def test_method_update(self, client: Replicate) -> None:
        deployment = client.deployments.update(
            deployment_owner="acme", deployment_name="my-app-image-generator"
        )
        assert_matches_type(Deployment, deployment, path=["response"])

    def test_method_update_with_all_params(self, client: Replicate) -> None:
        deployment = client.deployments.update(
            deployment_owner="acme",
            deployment_name="my-app-image-generator",
            hardware="gpu-t4",
            min_instances=3,
            max_instances=10,
            version="da77bc59ee60423279fd632efb4795ab731d9e3ca9705ef3341091fb989b7eaf",
        )
        assert_matches_type(Deployment, deployment, path=["response"])

    def test_raw_response_update(self, client: Replicate) -> None:
        response = client.deployments.with_raw_response.update(
            deployment_owner="acme", deployment_name="my-app-image-generator"
        )

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Replicate-Lang") == "python"
        deployment = response.parse()
        assert_matches_type(Deployment, deployment, path=["response"])

    def test_streaming_response_update(self, client: Replicate) -> None:
        with client.deployments.with_streaming_response.update(
            deployment_owner="acme", deployment_name="my-app-image-generator"
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Replicate-Lang") == "python"

            deployment = response.parse()
            assert_matches_type(Deployment, deployment, path=["response"])

        assert cast(Any, response.is_closed) is True

    def test_path_params_update(self, client: Replicate) -> None:
        with pytest.raises(ValueError, match="deployment_owner"):
            client.deployments.with_raw_response.update(
                deployment_owner="", deployment_name="my-app-image-generator"
            )

        with pytest.raises(ValueError, match="deployment_name"):
            client.deployments.with_raw_response.update(deployment_owner="acme", deployment_name="")


class TestAsyncDeployments:
    async def test_method_create(self, async_client: AsyncReplicate) -> None:
        deployment = await async_client.deployments.create(
            name="my-app-image-generator",
            model="stability-ai/sdxl",
            version="da77bc59ee60423279fd632efb4795ab731d9e3ca9705ef3341091fb989b7eaf",
            hardware="gpu-t4",
            min_instances=0,
            max_instances=3,
        )
        assert_matches_type(Deployment, deployment, path=["response"])

    async def test_raw_response_create(self, async_client: AsyncReplicate) -> None:
        response = await async_client.deployments.with_raw_response.create(
            name="my-app-image-generator",
            model="stability-ai/sdxl",
            version="da77bc59ee60423279fd632efb4795ab731d9e3ca9705ef3341091fb989b7eaf",
            hardware="gpu-t4",
            min_instances=0,
            max_instances=3,
        )

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Replicate-Lang") == "python"
        deployment = await response.parse()
        assert_matches_type(Deployment, deployment, path=["response"])

    async def test_streaming_response_create(self, async_client: AsyncReplicate) -> None:
        async with async_client.deployments.with_streaming_response.create(
            name="my-app-image-generator",
            model="stability-ai/sdxl",
            version="da77bc59ee60423279fd632efb4795ab731d9e3ca9705ef3341091fb989b7eaf",
            hardware="gpu-t4",
            min_instances=0,
            max_instances=3,
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Replicate-Lang") == "python"

            deployment = await response.parse()
            assert_matches_type(Deployment, deployment, path=["response"])

        assert cast(Any, response.is_closed) is True

    async def test_method_delete(self, async_client: AsyncReplicate) -> None:
        deployment = await async_client.deployments.delete(
            deployment_owner="acme", deployment_name="my-app-image-generator"
        )
        assert deployment is None

    async def test_raw_response_delete(self, async_client: AsyncReplicate) -> None:
        response = await async_client.deployments.with_raw_response.delete(
            deployment_owner="acme", deployment_name="my-app-image-generator"
        )

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Replicate-Lang") == "python"
        deployment = await response.parse()
        assert deployment is None

    async def test_streaming_response_delete(self, async_client: AsyncReplicate) -> None:
        async with async_client.deployments.with_streaming_response.delete(
            deployment_owner="acme", deployment_name="my-app-image-generator"
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Replicate-Lang") == "python"

            deployment = await response.parse()
            assert deployment is None

        assert cast(Any, response.is_closed) is True

    async def test_path_params_delete(self, async_client: AsyncReplicate) -> None:
        with pytest.raises(ValueError, match="deployment_owner"):
            await async_client.deployments.with_raw_response.delete(
                deployment_owner="", deployment_name="my-app-image-generator"
            )

        with pytest.raises(ValueError, match="deployment_name"):
            await async_client.deployments.with_raw_response.delete(
                deployment_owner="acme", deployment_name=""
            )

    async def test_method_get(self, async_client: AsyncReplicate) -> None:
        deployment = await async_client.deployments.get(
            deployment_owner="acme", deployment_name="my-app-image-generator"
        )
        assert_matches_type(Deployment, deployment, path=["response"])

    async def test_raw_response_get(self, async_client: AsyncReplicate) -> None:
        response = await async_client.deployments.with_raw_response.get(
            deployment_owner="acme", deployment_name="my-app-image-generator"
        )

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Replicate-Lang") == "python"
        deployment = await response.parse()
        assert_matches_type(Deployment, deployment, path=["response"])

    async def test_streaming_response_get(self, async_client: AsyncReplicate) -> None:
        async with async_client.deployments.with_streaming_response.get(
            deployment_owner="acme", deployment_name="my-app-image-generator"
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Replicate-Lang") == "python"

            deployment = await response.parse()
            assert_matches_type(Deployment, deployment, path=["response"])

        assert cast(Any, response.is_closed) is True

    async def test_path_params_get(self, async_client: AsyncReplicate) -> None:
        with pytest.raises(ValueError, match="deployment_owner"):
            await async_client.deployments.with_raw_response.get(
                deployment_owner="", deployment_name="my-app-image-generator"
            )

        with pytest.raises(ValueError, match="deployment_name"):
            await async_client.deployments.with_raw_response.get(deployment_owner="acme", deployment_name="")

    async def test_method_list(self, async_client: AsyncReplicate) -> None:
        deployment = await async_client.deployments.list()
        assert_matches_type(AsyncCursorURLPage[Deployment], deployment, path=["response"])

    async def test_raw_response_list(self, async_client: AsyncReplicate) -> None:
        response = await async_client.deployments.with_raw_response.list()

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Replicate-Lang") == "python"
        deployment = await response.parse()
        assert_matches_type(AsyncCursorURLPage[Deployment], deployment, path=["response"])

    async def test_streaming_response_list(self, async_client: AsyncReplicate) -> None:
        async with async_client.deployments.with_streaming_response.list() as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Replicate-Lang") == "python"

            deployment = await response.parse()
            assert_matches_type(AsyncCursorURLPage[Deployment], deployment, path=["response"])

        assert cast(Any, response.is_closed) is True

    async def test_method_update(self, async_client: AsyncReplicate) -> None:
        deployment = await async_client.deployments.update(
            deployment_owner="acme", deployment_name="my-app-image-generator"
        )
        assert_matches_type(Deployment, deployment, path=["response"])

    async def test_method_update_with_all_params(self, async_client: AsyncReplicate) -> None:
        deployment = await async_client.deployments.update(
            deployment_owner="acme",
            deployment_name="my-app-image-generator",
            hardware="gpu-t4",
            min_instances=3,
            max_instances=10,
            version="da77bc59ee60423279fd632efb4795ab731d9e3ca9705ef3341091fb989b7eaf",
        )
        assert_matches_type(Deployment, deployment, path=["response"])

    async def test_raw_response_update(self, async_client: AsyncReplicate) -> None:
        response = await async_client.deployments.with_raw_response.update(
            deployment_owner="acme", deployment_name="my-app-image-generator"
        )

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Replicate-Lang") == "python"
        deployment = await response.parse()
        assert_matches_type(Deployment, deployment, path=["response"])

    async def test_streaming_response_update(self, async_client: AsyncReplicate) -> None:
        async with async_client.deployments.with_streaming_response.update(
            deployment_owner="acme", deployment_name="my-app-image-generator"
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Replicate-Lang") == "python"

            deployment = await response.parse()
            assert_matches_type(Deployment, deployment, path=["response"])

        assert cast(Any, response.is_closed) is True

    async def test_path_params_update(self, async_client: AsyncReplicate) -> None:
        with pytest.raises(ValueError, match="deployment_owner"):
            await async_client.deployments.with_raw_response.update(
                deployment_owner="", deployment_name="my-app-image-generator"
            )

        with pytest.raises(ValueError, match="deployment_name"):
            await async_client.deployments.with_raw_response.update(
                deployment_owner="acme", deployment_name=""
            )
