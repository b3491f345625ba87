# File generated from openapi.yaml by codegen. Do not edit.

from typing import List

from typing_extensions import TypeAlias

from ..lib.search import SearchResults
from .model import Model as _Model
from .search_collection import SearchCollection
from .search_model_metadata import SearchModelMetadata
from .search_model_result import SearchModelResult
from .search_page import SearchPage

__all__ = ["SearchResponse", "Collection", "Model", "ModelMetadata", "ModelModel", "Page"]


class SearchResponse(SearchResults):
    """Models, collections and documentation pages matching a search query (beta)."""

    query: str
    """The search query that was evaluated."""
    models: List[SearchModelResult]
    """Models matching the query, each with search metadata."""
    collections: List[SearchCollection]
    """Collections matching the query."""
    pages: List[SearchPage]
    """Documentation pages matching the query."""


# Deprecated names from the published 2.0 betas, kept as aliases of this package's types (see api.md).
Collection: TypeAlias = SearchCollection
Model: TypeAlias = SearchModelResult
ModelMetadata: TypeAlias = SearchModelMetadata
ModelModel: TypeAlias = _Model
Page: TypeAlias = SearchPage
