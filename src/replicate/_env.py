"""The environment variables the package reads, and the default base URL (no imports: the module-level
API and the CLI read these without loading httpx)."""

DEFAULT_BASE_URL = "https://api.replicate.com/v1"
TOKEN_ENV_VAR = "REPLICATE_API_TOKEN"
BASE_URL_ENV_VAR = "REPLICATE_BASE_URL"
LOG_ENV_VAR = "REPLICATE_LOG"
