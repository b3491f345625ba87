"""The corpus module's odd names and types, as a user calls them: pyright strict accepts it."""

from __future__ import annotations

from typing import Any, Dict, List, Optional, Union

from corpus_models import (
    Choice,
    Count,
    Either,
    Frames,
    KitchenSink,
    KitchenSinkInput,
    Matrix,
    Object,
    ObjectBox,
    OutFile,
    OutMapping,
    Tokens,
)

from replicate import Replicate
from replicate.helpers import FileOutput, Secret


def calls(client: Replicate) -> List[object]:
    sink: List[FileOutput] = client.use(KitchenSink)(
        prompt="p",
        image="https://example.com/a.png",
        aspect_ratio="16:9",
        num_outputs=4,
        class_="drawing",
        lambda_=0.5,
        lora_scale2=1.0,
        lora_scale=0.1,
        _2x=True,
        self_="me",
        my_name="x",
        token=Secret("t"),
        weights=[1.0, 2],
        odd_type=object(),
        union=3,
    )
    inputs: KitchenSinkInput = {"prompt": "p", "image": b"", "class": "x", "lora-scale": 1.0, "2x": False}
    file: FileOutput = client.use(OutFile)()
    count: int = client.use(Count)()
    matrix: List[List[float]] = client.use(Matrix)()
    text: str = client.use(Tokens)(prompt="x")
    frames: List[FileOutput] = client.use(Frames)()
    result = client.use(Object)()
    boxes: List[ObjectBox] = result["boxes"]
    crop: FileOutput = boxes[0]["crop"]
    label: Optional[str] = boxes[0].get("label-name")
    scores: Optional[Dict[str, float]] = result.get("scores")
    either: Optional[Union[str, int]] = client.use(Either)()
    choice: str = client.use(Choice)()
    mapping: Dict[str, Any] = client.use(OutMapping)()
    return [sink, inputs, file, count, matrix, text, frames, crop, label, scores, either, choice, mapping]
