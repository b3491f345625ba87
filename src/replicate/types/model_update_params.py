# File generated from openapi.yaml by codegen. Do not edit.

from typing_extensions import TypedDict

__all__ = ["ModelUpdateParams"]


class ModelUpdateParams(TypedDict, total=False):
    description: str
    """A description of the model."""
    readme: str
    """The README content of the model, as Markdown."""
    github_url: str
    """A URL for the model's source code on GitHub."""
    paper_url: str
    """A URL for the model's paper."""
    license_url: str
    """A URL for the model's license."""
    cover_image_url: str
    """A URL for the model's cover image. This should be an image file."""
    weights_url: str
    """A URL for the model's weights."""
