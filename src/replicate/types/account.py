# File generated from openapi.yaml by codegen. Do not edit.

from typing import Optional

from .._models import BaseModel
from .account_type import AccountType

__all__ = ["Account"]


class Account(BaseModel):
    """A user or organization account."""

    type: AccountType
    """Whether the account is a user or an organization."""
    username: str
    """The username of the account."""
    name: Optional[str] = None
    """The name of the account."""
    github_url: Optional[str] = None
    """The GitHub URL of the account."""
    avatar_url: Optional[str] = None
    """The avatar URL for the account."""
