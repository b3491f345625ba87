# File generated from openapi.yaml by codegen. Do not edit.

from typing import List

from typing_extensions import TypeAlias

from .hardware import Hardware

__all__ = ["HardwareListResponse", "HardwareListResponseItem"]


HardwareListResponse: TypeAlias = List[Hardware]


# Deprecated names from the published 2.0 betas, kept as aliases of this package's types (see api.md).
HardwareListResponseItem: TypeAlias = Hardware
