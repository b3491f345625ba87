# File generated from openapi.yaml by codegen. Do not edit.

from typing import List, Optional

from .._models import BaseModel

__all__ = ["ErrorInvalidFields", "Error"]


class ErrorInvalidFields(BaseModel):
    type: Optional[str] = None
    """The kind of validation problem, e.g. `required`."""
    field: Optional[str] = None
    """The path of the invalid field, e.g. `input.prompt`."""
    description: Optional[str] = None
    """What is wrong with the field."""


class Error(BaseModel):
    """A problem-details object (RFC 7807) describing why a request failed."""

    title: Optional[str] = None
    """A short, human-readable summary of the problem."""
    detail: Optional[str] = None
    """A human-readable explanation of this occurrence of the problem."""
    status: Optional[int] = None
    """The HTTP status code."""
    type: Optional[str] = None
    """A URI reference that identifies the problem type, when given."""
    invalid_fields: Optional[List[ErrorInvalidFields]] = None
    """For validation errors, the fields that were invalid."""
