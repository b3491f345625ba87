# File generated from openapi.yaml by codegen. Do not edit.

from .._models import BaseModel

__all__ = ["SearchPage"]


class SearchPage(BaseModel):
    """A documentation page matching a search."""

    name: str
    """The title of the page."""
    href: str
    """The URL of the page."""
