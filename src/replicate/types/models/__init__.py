# File generated from openapi.yaml by codegen. Do not edit.
"""Deprecated names from the published 2.0 betas, kept as aliases of this package's types (see api.md)."""

from __future__ import annotations

from .prediction_create_params import PredictionCreateParams as PredictionCreateParams
from .readme_get_response import ReadmeGetResponse as ReadmeGetResponse
from .version_get_response import VersionGetResponse as VersionGetResponse
from .version_list_response import VersionListResponse as VersionListResponse
