"""What a generated client tells the runtime about its API: where it is, where its credentials come
from and how requests name the client. The generator writes one ``ClientSettings`` into each
``_client.py`` from the spec (``servers``) and its config; the runtime hard-codes none of it."""

from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Optional

from ._version import __version__

__all__ = ["ClientSettings", "DEFAULT_SETTINGS"]

_PACKAGE = __name__.rpartition(".")[0]


@dataclass(frozen=True)
class ClientSettings:
    # The API's URL when neither base_url= nor `base_url_env` gives one (None: one of them must).
    base_url: Optional[str] = None
    base_url_env: str = ""
    # Where the bearer token is read from when bearer_token= is not passed ("" for nowhere).
    token_env: str = ""
    # Appended in parentheses to the missing-token message ("find yours at https://...").
    token_help: str = ""
    # Also read the token from the running Cog prediction's scope (its context key is `token_env`).
    token_from_cog_scope: bool = False
    user_agent: str = f"{_PACKAGE}-python/{__version__}"
    # With a prefix ("X-Acme"), every request to the API says which client sent it in `<prefix>-Lang`,
    # `-Package-Version`, `-OS`, `-Arch`, `-Runtime`, `-Runtime-Version`, and counts `<prefix>-Retry-Count`.
    platform_prefix: str = ""

    def environment_token(self) -> Optional[str]:
        if not self.token_env:
            return None
        if self.token_from_cog_scope:
            from ._cog_scope import token_from_environment

            return token_from_environment(self.token_env)
        return os.environ.get(self.token_env) or None

    def resolve_base_url(self, given: object, client_name: str) -> str:
        if given is not None:
            return str(given)
        from_env = os.environ.get(self.base_url_env) if self.base_url_env else None
        if from_env:
            return from_env
        if self.base_url is None:
            where = f" or set the {self.base_url_env} environment variable" if self.base_url_env else ""
            raise ValueError(f"{client_name} has no default base URL: pass base_url={where}.")
        return self.base_url


# A client class that declares no settings: a base URL must be given; the token is only ever passed.
DEFAULT_SETTINGS = ClientSettings()
