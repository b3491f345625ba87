"""The base of the generated `SearchResponse` (named in codegen/config.yaml `model_bases`).

Seed 002 documents `for model in client.search(query=...)` yielding models with `owner`, `name` and
`description`; the API's response is an object with `models`, `collections` and `pages`. Both work:
iterating the response yields the matching models, and its fields stay as they are.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Iterator, List

from .._models import BaseModel

if TYPE_CHECKING:
    from ..types.model import Model
    from ..types.search_model_result import SearchModelResult

__all__ = ["SearchResults"]


class SearchResults(BaseModel):
    if TYPE_CHECKING:
        models: List[SearchModelResult]

    def __iter__(self) -> Iterator[Model]:  # type: ignore[override]  # pyright: ignore[reportIncompatibleMethodOverride]
        """The matching models, most relevant first (each result's search metadata is in `.models`)."""
        return iter([result.model for result in self.models])
