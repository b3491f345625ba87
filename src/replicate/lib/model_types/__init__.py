"""Typed Python for Replicate models, generated from each version's Cog `openapi_schema`.

Generating (`replicate models generate`, or `generate_module` / `generate_from_schemas` here)
writes classes such as `FluxSchnell`; `client.use(FluxSchnell)` then returns a function pyright
checks. The generator is pure (schema ► `ModelTypes` ► module text); only `generate_module` and
`check_module` talk to the API.
"""

from __future__ import annotations

from ._runtime import AsyncModel, FileInput, Model, Secret

__all__ = ["AsyncModel", "FileInput", "Model", "Secret"]
