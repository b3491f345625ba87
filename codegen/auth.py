"""Security schemes and requirements ► the credentials each operation sends (part of stage 2)."""

from __future__ import annotations

from typing import Any, Dict, List, Mapping, Optional, Tuple, cast

from .ir import Credential
from .load import LoadedOperation, SpecError, pointer
from .naming import snake_case

__all__ = ["Alternatives", "credential_env", "operation_auth", "scheme_credentials"]

Json = Dict[str, Any]
Alternatives = Tuple[Tuple[Credential, ...], ...]

BEARER_KEY = "bearer_token"  # the runtime's own constructor keyword and environment variable


def scheme_credentials(spec: Json) -> Dict[str, Credential]:
    """Each security scheme as the credential the runtime sends for it; unsupported ones are absent."""
    schemes: Json = spec.get("components", {}).get("securitySchemes", {})
    found: Dict[str, Credential] = {}
    for name, scheme in schemes.items():
        kind = scheme.get("type")
        http_scheme = str(scheme.get("scheme", "")).lower()
        if kind in ("oauth2", "openIdConnect") or (kind == "http" and http_scheme == "bearer"):
            found[name] = Credential("bearer", BEARER_KEY)
        elif kind == "http" and http_scheme == "basic":
            found[name] = Credential("basic", snake_case(name))
        elif kind == "apiKey" and scheme.get("in") in ("header", "query", "cookie"):
            found[name] = Credential(scheme["in"], snake_case(name), str(scheme["name"]))
    return found


def operation_auth(
    spec: Json, op: LoadedOperation, schemes: Mapping[str, Credential]
) -> Optional[Alternatives]:
    """The operation's alternatives, or None when it is the runtime's default: the bearer token, required."""
    requirements: object = op.operation.get("security", spec.get("security", []))
    where = op.location + ("/security" if "security" in op.operation else "")
    if not isinstance(requirements, list):
        raise SpecError(where, "security must be a list of requirement objects")
    alternatives: List[Tuple[Credential, ...]] = []
    for index, requirement in enumerate(cast(List[Json], requirements)):
        credentials: List[Credential] = []
        for name in sorted(requirement):
            if name not in schemes:
                raise SpecError(
                    where + pointer(index, name)
                    if "security" in op.operation
                    else pointer("security", index, name),
                    f"security scheme {name!r} is not defined or not supported "
                    "(supported: apiKey in header/query/cookie, HTTP basic and bearer, OAuth2, OpenID Connect)",
                )
            if schemes[name] not in credentials:
                credentials.append(schemes[name])
        alternatives.append(tuple(credentials))
    if not alternatives:
        return ((),)  # no requirement: one alternative that needs nothing
    if all(alternative == (Credential("bearer", BEARER_KEY),) for alternative in alternatives):
        return None
    return tuple(dict.fromkeys(alternatives))


def credential_env(
    schemes: Mapping[str, Credential], env_vars: Mapping[str, str]
) -> Tuple[Tuple[str, str], ...]:
    """config.yaml's `auth` (scheme ► environment variable) as credential key ► environment variable."""
    pairs: Dict[str, str] = {}
    for name, env_var in sorted(env_vars.items()):
        if name not in schemes:
            raise SpecError(
                pointer("components", "securitySchemes"), f"config.yaml: auth names no scheme {name!r}"
            )
        if schemes[name].key != BEARER_KEY:
            pairs[schemes[name].key] = env_var
    return tuple(sorted(pairs.items()))
