"""The spec's first server and config.yaml ► what the generated client tells the runtime about its API
(`ClientSettings` in the runtime's `_settings.py`): base URL, environment variables, headers."""

from __future__ import annotations

import re
from typing import Any, Dict, List, Mapping, cast

from .auth import BEARER_KEY
from .config import Config
from .ir import ClientDefaults, Credential
from .load import SpecError, pointer

__all__ = ["client_defaults", "server_url"]

Json = Dict[str, Any]

_VARIABLE = re.compile(r"\{([^{}]+)\}")


def client_defaults(spec: Json, config: Config, schemes: Mapping[str, Credential]) -> ClientDefaults:
    prefix = config.package.upper()
    return ClientDefaults(
        base_url=config.base_url or server_url(spec),
        base_url_env=config.base_url_env or f"{prefix}_BASE_URL",
        token_env=_token_env(config, schemes, prefix),
        token_help=config.token_help,
        token_from_cog_scope=config.token_from_cog_scope,
        user_agent_name=f"{config.package}-python",
        platform_prefix=config.platform_headers,
    )


def server_url(spec: Json) -> str:
    """The first server's URL with its variables' defaults, or "" when the spec names no server (the
    client then needs a base URL). A relative one needs config.yaml's `base_url`."""
    servers: object = spec.get("servers")
    if not servers:
        return ""
    first: object = cast(List[object], servers)[0] if isinstance(servers, list) else None
    if not isinstance(first, dict):
        raise SpecError(pointer("servers"), "servers must be a list of server objects")
    server = cast(Json, first)
    url = server.get("url")
    if not isinstance(url, str) or not url:
        raise SpecError(pointer("servers", 0, "url"), "the server has no url")
    variables = cast(Json, server.get("variables") or {})

    def substitute(match: re.Match[str]) -> str:
        name = match.group(1)
        variable: object = variables.get(name)
        default: object = cast(Json, variable).get("default") if isinstance(variable, dict) else None
        if default is None:
            raise SpecError(
                pointer("servers", 0, "variables", name), f"server variable {name!r} has no default"
            )
        return str(default)

    resolved = _VARIABLE.sub(substitute, url)
    if not re.match(r"^https?://[^/]", resolved):
        raise SpecError(
            pointer("servers", 0, "url"),
            f"the server URL {resolved!r} is not an absolute http(s) URL: set base_url in config.yaml",
        )
    return resolved


def _token_env(config: Config, schemes: Mapping[str, Credential], prefix: str) -> str:
    """The bearer token's environment variable: the one `auth` names for a bearer scheme, else
    <PACKAGE>_API_TOKEN; none when the API has no bearer (HTTP bearer, OAuth2, OpenID) scheme."""
    bearer = sorted(name for name, credential in schemes.items() if credential.key == BEARER_KEY)
    if not bearer:
        return ""
    named = sorted({config.auth[name] for name in bearer if name in config.auth})
    if len(named) > 1:
        raise SpecError(
            pointer("components", "securitySchemes"),
            f"config.yaml: auth names {named} for bearer schemes, which share the client's one "
            "bearer_token: name one environment variable",
        )
    return named[0] if named else f"{prefix}_API_TOKEN"
