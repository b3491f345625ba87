# File generated from openapi.yaml by codegen. Do not edit.
"""Deprecated names from the published 2.0 betas, kept as aliases of this package's types (see api.md)."""

from __future__ import annotations
