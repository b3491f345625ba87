# File generated from openapi.yaml by codegen. Do not edit.

from typing_extensions import TypeAlias

from .collection import Collection
from .model import Model as _Model

__all__ = ["CollectionGetResponse", "Model"]

# Deprecated names from the published 2.0 betas, kept as aliases of this package's types (see api.md).
CollectionGetResponse: TypeAlias = Collection
Model: TypeAlias = _Model
