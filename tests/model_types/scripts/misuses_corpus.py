"""Calls into the corpus module pyright strict must reject (one error per marked line)."""

from __future__ import annotations

from typing import List

from corpus_models import Choice, KitchenSink, Tokens

from replicate import Replicate


def misuse(client: Replicate) -> List[object]:
    sink = client.use(KitchenSink)
    sink(prompt="p", image="i", aspect_ratio="7:3")  # expect-error: outside a long Literal alias
    sink(prompt="p", image="i", num_outputs=5)  # expect-error: outside an integer Literal
    sink(prompt="p", image="i", lora_scale3=1.0)  # expect-error: no such alias
    sink(prompt="p", image="i", token="plain")  # expect-error: a secret must be a Secret
    sink(prompt="p")  # expect-error: a required file input missing
    yes_or_no: int = client.use(Choice)()  # expect-error: the output is a Literal of str
    client.use(Tokens, streaming=True)(prompt=1)  # expect-error: a wrong type while streaming
    return [yes_or_no]
