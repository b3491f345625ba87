# File generated from openapi.yaml by codegen. Do not edit.

from typing import Optional

from .._models import BaseModel
from .model_version import ModelVersion
from .model_visibility import ModelVisibility
from .prediction import Prediction

__all__ = ["Model"]


class Model(BaseModel):
    """A model on Replicate."""

    url: Optional[str] = None
    """The URL of the model on Replicate."""
    owner: str
    """The name of the user or organization that owns the model."""
    name: str
    """The name of the model."""
    description: Optional[str] = None
    """A description of the model."""
    visibility: Optional[ModelVisibility] = None
    """Whether the model is public or private. Public models can be viewed
    and run by anyone; private models only by the owner and, for
    organizations, its members.
    """
    github_url: Optional[str] = None
    """A URL for the model's source code on GitHub."""
    paper_url: Optional[str] = None
    """A URL for the model's paper."""
    license_url: Optional[str] = None
    """A URL for the model's license."""
    run_count: Optional[int] = None
    """The number of times the model has been run."""
    cover_image_url: Optional[str] = None
    """A URL for the model's cover image."""
    default_example: Optional[Prediction] = None
    """The model's default example prediction, if it has one."""
    latest_version: Optional[ModelVersion] = None
    """The model's latest version, or null if it has none yet."""
    is_official: Optional[bool] = None
    """Whether the model is officially maintained by Replicate. Official
    models are always on, have stable API interfaces and predictable
    pricing, and are run with `models.predictions.create`.
    """
