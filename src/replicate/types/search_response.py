# File generated from openapi.yaml by codegen. Do not edit.

from typing import List

from ..lib.search import SearchResults
from .search_collection import SearchCollection
from .search_model_result import SearchModelResult
from .search_page import SearchPage

__all__ = ["SearchResponse"]


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
