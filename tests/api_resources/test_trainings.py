# File generated from openapi.yaml by codegen. Do not edit.

from __future__ import annotations

from typing import Any, cast

import pytest

from replicate import AsyncReplicate, Replicate
from replicate.pagination import AsyncCursorURLPage, SyncCursorURLPage
from replicate.types import Training

from ..utils import assert_matches_type


class TestTrainings:
    def test_method_cancel(self, client: Replicate) -> None:
        training = client.trainings.cancel("zz4ibbonubfz7carwiefibzgga")
        assert_matches_type(Training, training, path=["response"])

    def test_raw_response_cancel(self, client: Replicate) -> None:
        response = client.trainings.with_raw_response.cancel(training_id="zz4ibbonubfz7carwiefibzgga")

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Replicate-Lang") == "python"
        training = response.parse()
        assert_matches_type(Training, training, path=["response"])

    def test_streaming_response_cancel(self, client: Replicate) -> None:
        with client.trainings.with_streaming_response.cancel(
            training_id="zz4ibbonubfz7carwiefibzgga"
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Replicate-Lang") == "python"

            training = response.parse()
            assert_matches_type(Training, training, path=["response"])

        assert cast(Any, response.is_closed) is True

    def test_path_params_cancel(self, client: Replicate) -> None:
        with pytest.raises(ValueError, match="training_id"):
            client.trainings.with_raw_response.cancel(training_id="")

    def test_method_create(self, client: Replicate) -> None:
        training = client.trainings.create(
            model_owner="stability-ai",
            model_name="sdxl",
            version_id="da77bc59ee60423279fd632efb4795ab731d9e3ca9705ef3341091fb989b7eaf",
            destination="alice/my-sdxl-fine-tune",
            input={"input_images": "https://example.com/my-input-images.zip"},
        )
        assert_matches_type(Training, training, path=["response"])

    def test_method_create_with_all_params(self, client: Replicate) -> None:
        training = client.trainings.create(
            model_owner="stability-ai",
            model_name="sdxl",
            version_id="da77bc59ee60423279fd632efb4795ab731d9e3ca9705ef3341091fb989b7eaf",
            destination="alice/my-sdxl-fine-tune",
            input={"input_images": "https://example.com/my-input-images.zip"},
            webhook="https://example.com/my-webhook",
            webhook_events_filter=["completed"],
        )
        assert_matches_type(Training, training, path=["response"])

    def test_raw_response_create(self, client: Replicate) -> None:
        response = client.trainings.with_raw_response.create(
            model_owner="stability-ai",
            model_name="sdxl",
            version_id="da77bc59ee60423279fd632efb4795ab731d9e3ca9705ef3341091fb989b7eaf",
            destination="alice/my-sdxl-fine-tune",
            input={"input_images": "https://example.com/my-input-images.zip"},
        )

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Replicate-Lang") == "python"
        training = response.parse()
        assert_matches_type(Training, training, path=["response"])

    def test_streaming_response_create(self, client: Replicate) -> None:
        with client.trainings.with_streaming_response.create(
            model_owner="stability-ai",
            model_name="sdxl",
            version_id="da77bc59ee60423279fd632efb4795ab731d9e3ca9705ef3341091fb989b7eaf",
            destination="alice/my-sdxl-fine-tune",
            input={"input_images": "https://example.com/my-input-images.zip"},
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Replicate-Lang") == "python"

            training = response.parse()
            assert_matches_type(Training, training, path=["response"])

        assert cast(Any, response.is_closed) is True

    def test_path_params_create(self, client: Replicate) -> None:
        with pytest.raises(ValueError, match="model_owner"):
            client.trainings.with_raw_response.create(
                model_owner="",
                model_name="sdxl",
                version_id="da77bc59ee60423279fd632efb4795ab731d9e3ca9705ef3341091fb989b7eaf",
                destination="alice/my-sdxl-fine-tune",
                input={"input_images": "https://example.com/my-input-images.zip"},
            )

        with pytest.raises(ValueError, match="model_name"):
            client.trainings.with_raw_response.create(
                model_owner="stability-ai",
                model_name="",
                version_id="da77bc59ee60423279fd632efb4795ab731d9e3ca9705ef3341091fb989b7eaf",
                destination="alice/my-sdxl-fine-tune",
                input={"input_images": "https://example.com/my-input-images.zip"},
            )

        with pytest.raises(ValueError, match="version_id"):
            client.trainings.with_raw_response.create(
                model_owner="stability-ai",
                model_name="sdxl",
                version_id="",
                destination="alice/my-sdxl-fine-tune",
                input={"input_images": "https://example.com/my-input-images.zip"},
            )

    def test_method_get(self, client: Replicate) -> None:
        training = client.trainings.get("zz4ibbonubfz7carwiefibzgga")
        assert_matches_type(Training, training, path=["response"])

    def test_raw_response_get(self, client: Replicate) -> None:
        response = client.trainings.with_raw_response.get(training_id="zz4ibbonubfz7carwiefibzgga")

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Replicate-Lang") == "python"
        training = response.parse()
        assert_matches_type(Training, training, path=["response"])

    def test_streaming_response_get(self, client: Replicate) -> None:
        with client.trainings.with_streaming_response.get(
            training_id="zz4ibbonubfz7carwiefibzgga"
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Replicate-Lang") == "python"

            training = response.parse()
            assert_matches_type(Training, training, path=["response"])

        assert cast(Any, response.is_closed) is True

    def test_path_params_get(self, client: Replicate) -> None:
        with pytest.raises(ValueError, match="training_id"):
            client.trainings.with_raw_response.get(training_id="")

    def test_method_list(self, client: Replicate) -> None:
        training = client.trainings.list()
        assert_matches_type(SyncCursorURLPage[Training], training, path=["response"])

    def test_raw_response_list(self, client: Replicate) -> None:
        response = client.trainings.with_raw_response.list()

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Replicate-Lang") == "python"
        training = response.parse()
        assert_matches_type(SyncCursorURLPage[Training], training, path=["response"])

    def test_streaming_response_list(self, client: Replicate) -> None:
        with client.trainings.with_streaming_response.list() as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Replicate-Lang") == "python"

            training = response.parse()
            assert_matches_type(SyncCursorURLPage[Training], training, path=["response"])

        assert cast(Any, response.is_closed) is True


class TestAsyncTrainings:
    async def test_method_cancel(self, async_client: AsyncReplicate) -> None:
        training = await async_client.trainings.cancel("zz4ibbonubfz7carwiefibzgga")
        assert_matches_type(Training, training, path=["response"])

    async def test_raw_response_cancel(self, async_client: AsyncReplicate) -> None:
        response = await async_client.trainings.with_raw_response.cancel(
            training_id="zz4ibbonubfz7carwiefibzgga"
        )

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Replicate-Lang") == "python"
        training = await response.parse()
        assert_matches_type(Training, training, path=["response"])

    async def test_streaming_response_cancel(self, async_client: AsyncReplicate) -> None:
        async with async_client.trainings.with_streaming_response.cancel(
            training_id="zz4ibbonubfz7carwiefibzgga"
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Replicate-Lang") == "python"

            training = await response.parse()
            assert_matches_type(Training, training, path=["response"])

        assert cast(Any, response.is_closed) is True

    async def test_path_params_cancel(self, async_client: AsyncReplicate) -> None:
        with pytest.raises(ValueError, match="training_id"):
            await async_client.trainings.with_raw_response.cancel(training_id="")

    async def test_method_create(self, async_client: AsyncReplicate) -> None:
        training = await async_client.trainings.create(
            model_owner="stability-ai",
            model_name="sdxl",
            version_id="da77bc59ee60423279fd632efb4795ab731d9e3ca9705ef3341091fb989b7eaf",
            destination="alice/my-sdxl-fine-tune",
            input={"input_images": "https://example.com/my-input-images.zip"},
        )
        assert_matches_type(Training, training, path=["response"])

    async def test_method_create_with_all_params(self, async_client: AsyncReplicate) -> None:
        training = await async_client.trainings.create(
            model_owner="stability-ai",
            model_name="sdxl",
            version_id="da77bc59ee60423279fd632efb4795ab731d9e3ca9705ef3341091fb989b7eaf",
            destination="alice/my-sdxl-fine-tune",
            input={"input_images": "https://example.com/my-input-images.zip"},
            webhook="https://example.com/my-webhook",
            webhook_events_filter=["completed"],
        )
        assert_matches_type(Training, training, path=["response"])

    async def test_raw_response_create(self, async_client: AsyncReplicate) -> None:
        response = await async_client.trainings.with_raw_response.create(
            model_owner="stability-ai",
            model_name="sdxl",
            version_id="da77bc59ee60423279fd632efb4795ab731d9e3ca9705ef3341091fb989b7eaf",
            destination="alice/my-sdxl-fine-tune",
            input={"input_images": "https://example.com/my-input-images.zip"},
        )

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Replicate-Lang") == "python"
        training = await response.parse()
        assert_matches_type(Training, training, path=["response"])

    async def test_streaming_response_create(self, async_client: AsyncReplicate) -> None:
        async with async_client.trainings.with_streaming_response.create(
            model_owner="stability-ai",
            model_name="sdxl",
            version_id="da77bc59ee60423279fd632efb4795ab731d9e3ca9705ef3341091fb989b7eaf",
            destination="alice/my-sdxl-fine-tune",
            input={"input_images": "https://example.com/my-input-images.zip"},
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Replicate-Lang") == "python"

            training = await response.parse()
            assert_matches_type(Training, training, path=["response"])

        assert cast(Any, response.is_closed) is True

    async def test_path_params_create(self, async_client: AsyncReplicate) -> None:
        with pytest.raises(ValueError, match="model_owner"):
            await async_client.trainings.with_raw_response.create(
                model_owner="",
                model_name="sdxl",
                version_id="da77bc59ee60423279fd632efb4795ab731d9e3ca9705ef3341091fb989b7eaf",
                destination="alice/my-sdxl-fine-tune",
                input={"input_images": "https://example.com/my-input-images.zip"},
            )

        with pytest.raises(ValueError, match="model_name"):
            await async_client.trainings.with_raw_response.create(
                model_owner="stability-ai",
                model_name="",
                version_id="da77bc59ee60423279fd632efb4795ab731d9e3ca9705ef3341091fb989b7eaf",
                destination="alice/my-sdxl-fine-tune",
                input={"input_images": "https://example.com/my-input-images.zip"},
            )

        with pytest.raises(ValueError, match="version_id"):
            await async_client.trainings.with_raw_response.create(
                model_owner="stability-ai",
                model_name="sdxl",
                version_id="",
                destination="alice/my-sdxl-fine-tune",
                input={"input_images": "https://example.com/my-input-images.zip"},
            )

    async def test_method_get(self, async_client: AsyncReplicate) -> None:
        training = await async_client.trainings.get("zz4ibbonubfz7carwiefibzgga")
        assert_matches_type(Training, training, path=["response"])

    async def test_raw_response_get(self, async_client: AsyncReplicate) -> None:
        response = await async_client.trainings.with_raw_response.get(
            training_id="zz4ibbonubfz7carwiefibzgga"
        )

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Replicate-Lang") == "python"
        training = await response.parse()
        assert_matches_type(Training, training, path=["response"])

    async def test_streaming_response_get(self, async_client: AsyncReplicate) -> None:
        async with async_client.trainings.with_streaming_response.get(
            training_id="zz4ibbonubfz7carwiefibzgga"
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Replicate-Lang") == "python"

            training = await response.parse()
            assert_matches_type(Training, training, path=["response"])

        assert cast(Any, response.is_closed) is True

    async def test_path_params_get(self, async_client: AsyncReplicate) -> None:
        with pytest.raises(ValueError, match="training_id"):
            await async_client.trainings.with_raw_response.get(training_id="")

    async def test_method_list(self, async_client: AsyncReplicate) -> None:
        training = await async_client.trainings.list()
        assert_matches_type(AsyncCursorURLPage[Training], training, path=["response"])

    async def test_raw_response_list(self, async_client: AsyncReplicate) -> None:
        response = await async_client.trainings.with_raw_response.list()

        assert response.is_closed is True
        assert response.http_request.headers.get("X-Replicate-Lang") == "python"
        training = await response.parse()
        assert_matches_type(AsyncCursorURLPage[Training], training, path=["response"])

    async def test_streaming_response_list(self, async_client: AsyncReplicate) -> None:
        async with async_client.trainings.with_streaming_response.list() as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Replicate-Lang") == "python"

            training = await response.parse()
            assert_matches_type(AsyncCursorURLPage[Training], training, path=["response"])

        assert cast(Any, response.is_closed) is True
