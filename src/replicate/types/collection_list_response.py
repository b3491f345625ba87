# File generated from openapi.yaml by codegen. Do not edit.

from typing_extensions import TypeAlias

from .collection_summary import CollectionSummary

__all__ = ["CollectionListResponse"]

# Deprecated names from the published 2.0 betas, kept as aliases of this package's types (see api.md).
CollectionListResponse: TypeAlias = CollectionSummary
