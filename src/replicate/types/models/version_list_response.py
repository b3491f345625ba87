# File generated from openapi.yaml by codegen. Do not edit.

from typing_extensions import TypeAlias

from ..model_version import ModelVersion

__all__ = ["VersionListResponse"]

# Deprecated names from the published 2.0 betas, kept as aliases of this package's types (see api.md).
VersionListResponse: TypeAlias = ModelVersion
