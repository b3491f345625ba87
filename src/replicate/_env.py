"""Replicate's environment variables and default base URL, for the layers around the typed client (the
module-level API and the CLI read these without loading httpx). The typed client's own come from the
settings generated into `_client.py`; the shared runtime never reads this module."""

DEFAULT_BASE_URL = "https://api.replicate.com/v1"
TOKEN_ENV_VAR = "REPLICATE_API_TOKEN"
BASE_URL_ENV_VAR = "REPLICATE_BASE_URL"
