# File generated from openapi.yaml by codegen. Do not edit.

from typing import List

from typing_extensions import TypeAlias

from .hardware import Hardware

__all__ = ["HardwareListResponse"]


HardwareListResponse: TypeAlias = List[Hardware]
