"""Generates the Replicate SDK's resources, types, client wiring, api.md and tests from openapi.yaml."""
