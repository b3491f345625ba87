"""Generates a typed Python client (resources, types, client wiring, api.md, tests) from an OpenAPI spec and its config.yaml."""
