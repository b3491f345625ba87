# File generated from openapi.yaml by codegen. Do not edit.

from typing_extensions import Required, TypedDict

from .model_visibility import ModelVisibility

__all__ = ["ModelCreateParams"]


class ModelCreateParams(TypedDict, total=False):
    owner: Required[str]
    """The name of the user or organization that will own the model. This must be the same as the user or organization making the API request; in other words, the API token used in the request must belong to this user or organization."""
    name: Required[str]
    """The name of the model. This must be unique among all models owned by the user or organization."""
    visibility: Required[ModelVisibility]
    """Whether the model is public or private. Public models can be viewed
    and run by anyone; private models only by the owner and, for
    organizations, its members.
    """
    hardware: Required[str]
    """The SKU for the hardware used to run the model. Possible values can be retrieved from `hardware.list`."""
    description: str
    """A description of the model."""
    github_url: str
    """A URL for the model's source code on GitHub."""
    paper_url: str
    """A URL for the model's paper."""
    license_url: str
    """A URL for the model's license."""
    cover_image_url: str
    """A URL for the model's cover image. This should be an image file."""
