"""`codegen/config.yaml`: everything the generator knows about this particular API."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Dict, Optional, Tuple, cast

from .yaml_io import parse_yaml

__all__ = ["Carried", "Config", "OperationOverride", "TextBody", "load_config"]


@dataclass(frozen=True)
class TextBody:
    name: str
    description: str


@dataclass(frozen=True)
class Carried:
    """A parameter whose value may also arrive at the end of another one, after `separator`."""

    param: str
    separator: str


@dataclass(frozen=True)
class OperationOverride:
    resource: Optional[Tuple[str, ...]] = None  # () for a client-level method
    method: Optional[str] = None
    text_body: Optional[TextBody] = None
    aliases: Dict[str, str] = field(default_factory=lambda: {})  # alias keyword ► parameter it stands for
    carries: Dict[str, Carried] = field(default_factory=lambda: {})  # carrier keyword ► what it may carry


@dataclass(frozen=True)
class Config:
    spec: str
    package: str
    source_root: str
    sync_client: str
    async_client: str
    next_field: str
    previous_field: str
    items_field: str
    sync_page: str
    async_page: str
    page_style: str = "cursor_url"
    page_param: str = ""
    page_has_more: str = ""
    # Where an operation lands: "operation_id" (dotted `resource.method` ids; others become client-level
    # methods), "tags" (the first tag is the resource) or "path" (the path's fixed segments are).
    placement: str = "operation_id"
    retry_unsent: frozenset[str] = frozenset()
    operations: Dict[str, OperationOverride] = field(default_factory=lambda: {})
    # "client" or a dotted resource path ► (sync, async) base classes as "module:Class"
    bases: Dict[str, Tuple[str, str]] = field(default_factory=lambda: {})
    # `bases.client.self_property`: a property the generated clients define to return `self`, so their
    # handwritten bases see `self` typed as the generated class (declared there, raising otherwise)
    client_self_property: str = ""
    # response model name ► its handwritten base class as "module:Class" (a pydantic model of the runtime's)
    model_bases: Dict[str, str] = field(default_factory=lambda: {})
    # module path under types/ ("models/version_get_response") ► alias ► our type name or a builtin
    type_aliases: Dict[str, Dict[str, str]] = field(default_factory=lambda: {})
    page_aliases: Dict[str, str] = field(default_factory=lambda: {})  # alias ► page class (documented only)
    # security scheme name ► environment variable its credential is read from when not passed
    auth: Dict[str, str] = field(default_factory=lambda: {})
    # The API's URL when the spec's first server is relative or absent (else the spec's wins).
    base_url: str = ""
    # Environment variables of the base URL and of the bearer token ("" derives <PACKAGE>_BASE_URL,
    # and the token's from `auth` or <PACKAGE>_API_TOKEN).
    base_url_env: str = ""
    token_help: str = ""  # appended to the missing-token message
    token_from_cog_scope: bool = False  # a running Cog prediction's scope may carry the token
    # Prefix of the headers naming the client on every request (`<prefix>-Lang: python`...); "" for none.
    platform_headers: str = ""


_PLACEMENTS = {"operation_id", "tags", "path"}
_PAGE_STYLES = {"cursor_url", "cursor", "offset", "page"}
_DEFAULT_PAGINATION = {"next": "next", "previous": "previous", "items": "results"}
# The runtime's page classes of each style (pagination.py), unless the config names others.
_PAGE_CLASSES = {
    "cursor_url": ("SyncCursorURLPage", "AsyncCursorURLPage"),
    "cursor": ("SyncCursorPage", "AsyncCursorPage"),
    "offset": ("SyncOffsetPage", "AsyncOffsetPage"),
    "page": ("SyncPageNumberPage", "AsyncPageNumberPage"),
}


def load_config(path: Path) -> Config:
    raw = cast(Dict[str, Any], parse_yaml(path.read_text(encoding="utf-8")))
    return config_from_dict(raw)


def config_from_dict(raw: Dict[str, Any]) -> Config:
    known = {
        "spec",
        "package",
        "source_root",
        "client",
        "operations",
        "pagination",
        "retry_unsent",
        "platform_headers",
        "base_url",
        "base_url_env",
        "token_help",
        "token_from_cog_scope",
        "bases",
        "model_bases",
        "type_aliases",
        "page_aliases",
        "placement",
        "auth",
    }
    unknown = set(raw) - known
    if unknown:
        raise ValueError(f"config.yaml: unknown keys {sorted(unknown)}")
    pagination: Dict[str, str] = {**_DEFAULT_PAGINATION, **cast(Dict[str, str], raw.get("pagination") or {})}
    if pagination.get("style", "cursor_url") not in _PAGE_STYLES:
        raise ValueError(f"config.yaml: pagination.style must be one of {sorted(_PAGE_STYLES)}")
    if pagination.get("style", "cursor_url") != "cursor_url" and not pagination.get("param"):
        raise ValueError(
            "config.yaml: pagination.param names the query parameter of the cursor, offset or page"
        )
    sync_page, async_page = _PAGE_CLASSES[pagination.get("style", "cursor_url")]
    pagination.setdefault("sync_page", sync_page)
    pagination.setdefault("async_page", async_page)
    placement = str(raw.get("placement", "operation_id"))
    if placement not in _PLACEMENTS:
        raise ValueError(f"config.yaml: placement must be one of {sorted(_PLACEMENTS)}, got {placement!r}")
    operations: dict[str, OperationOverride] = {}
    entries = cast(Dict[str, Dict[str, Any]], raw.get("operations") or {})
    for operation_id, entry in entries.items():
        resource = entry.get("resource")
        text_body = entry.get("text_body")
        operations[operation_id] = OperationOverride(
            resource=None if resource is None else tuple(part for part in str(resource).split(".") if part),
            method=entry.get("method"),
            text_body=None
            if text_body is None
            else TextBody(text_body["name"], text_body.get("description", "")),
            aliases={
                str(alias): str(target)
                for alias, target in cast(Dict[str, str], entry.get("aliases") or {}).items()
            },
            carries={
                str(carrier): Carried(str(carried["param"]), str(carried["separator"]))
                for carrier, carried in cast(Dict[str, Dict[str, str]], entry.get("carries") or {}).items()
            },
        )
    return Config(
        spec=raw.get("spec", "openapi.yaml"),
        package=raw["package"],
        source_root=raw.get("source_root", "src"),
        sync_client=raw["client"]["sync"],
        async_client=raw["client"]["async"],
        next_field=pagination["next"],
        previous_field=pagination["previous"],
        items_field=pagination["items"],
        sync_page=pagination["sync_page"],
        async_page=pagination["async_page"],
        page_style=pagination.get("style", "cursor_url"),
        page_param=pagination.get("param", ""),
        page_has_more=pagination.get("has_more", ""),
        platform_headers=str(raw.get("platform_headers") or ""),
        base_url=str(raw.get("base_url") or ""),
        base_url_env=str(raw.get("base_url_env") or ""),
        token_help=str(raw.get("token_help") or ""),
        token_from_cog_scope=bool(raw.get("token_from_cog_scope", False)),
        placement=placement,
        auth={str(name): str(env) for name, env in cast(Dict[str, str], raw.get("auth") or {}).items()},
        retry_unsent=frozenset(raw.get("retry_unsent") or ()),
        operations=operations,
        bases={
            str(key): (str(entry["sync"]), str(entry["async"]))
            for key, entry in cast(Dict[str, Dict[str, Any]], raw.get("bases") or {}).items()
        },
        client_self_property=str(
            cast(Dict[str, Dict[str, Any]], raw.get("bases") or {}).get("client", {}).get("self_property", "")
        ),
        model_bases={
            str(name): str(base) for name, base in cast(Dict[str, str], raw.get("model_bases") or {}).items()
        },
        type_aliases={
            str(module): {str(alias): str(target) for alias, target in aliases.items()}
            for module, aliases in cast(Dict[str, Dict[str, str]], raw.get("type_aliases") or {}).items()
        },
        page_aliases={
            str(alias): str(page)
            for alias, page in cast(Dict[str, str], raw.get("page_aliases") or {}).items()
        },
    )
