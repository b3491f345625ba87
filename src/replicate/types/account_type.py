# File generated from openapi.yaml by codegen. Do not edit.

from typing_extensions import Literal, TypeAlias

__all__ = ["AccountType"]


AccountType: TypeAlias = Literal["user", "organization"]
"""Whether the account is a user or an organization."""
