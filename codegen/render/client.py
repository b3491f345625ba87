"""`_client.py`: the clients, their lazily imported resources and the client-level methods."""

from __future__ import annotations

from typing import Dict, List

from typing_extensions import Literal

from ..ir import Api, Method, Resource, TypeRef
from .common import HEADER, Imports, python_literal, type_imports
from .resources import deprecation_warning, method_docstring, overloads, signature

__all__ = ["render_client"]

Flavor = Literal["sync", "async"]


def render_client(api: Api) -> Dict[str, str]:
    return {f"{api.source_root}/{api.package}/_client.py": _client_module(api)}


def _module_of(resource: Resource) -> str:
    return ".resources." + ".".join(resource.module)


def _client_module(api: Api) -> str:
    imports = Imports()
    imports.add("typing", "TYPE_CHECKING")
    if api.credential_env:
        imports.add("typing", "ClassVar", "Mapping")
    for base in (api.client_bases.sync, api.client_bases.async_):
        imports.add(base.import_from(api.package, 0), base.name)
    imports.add("._resource", "cached_property")
    imports.add("._settings", "ClientSettings")
    imports.add("._version", "__version__")
    top = api.top_level
    for resource in api.resources:
        _import_all_classes(imports, resource)
    if top is not None:
        imports.add_module("httpx")
        imports.add("._types", "NOT_GIVEN", "Body", "Headers", "NotGiven", "Query")
        _import_all_classes(imports, top)
        refs: List[TypeRef] = []
        for method in top.methods:
            refs += [param.type for param in method.params]
            if method.returns is not None:
                refs.append(method.returns)
            if method.page:
                imports.add_type_checking(
                    ".pagination", api.pagination.sync_page, api.pagination.async_paginator
                )
            if method.response == "binary":
                imports.add_type_checking("._response", "BinaryResponse", "AsyncBinaryResponse")
            if method.events is not None:
                imports.add_type_checking("._streaming", "Stream", "AsyncStream")
                if method.events.item is None:
                    imports.add_type_checking("._streaming", "ServerSentEvent")
                else:
                    refs.append(method.events.item)
                if method.events.flag:
                    imports.add("typing", "Union", "overload")
                    imports.add("typing_extensions", "Literal")
            if method.deprecated:
                imports.add_module("warnings")
        type_imports(refs, imports, package=".", types_module=".types", lazy_types=True)
    names = [api.sync_client, api.async_client]
    for client in names[:2]:
        names += [f"{client}WithRawResponse", f"{client}WithStreamedResponse"]
    parts = [
        HEADER,
        "",
        "from __future__ import annotations",
        "",
        imports.render(),
        "",
        f"__all__ = [{', '.join(python_literal(name) for name in names)}]",
        "",
        _settings(api),
        _client_class(api, "sync"),
        _client_class(api, "async"),
        _client_twin(api, "sync", "raw"),
        _client_twin(api, "async", "raw"),
        _client_twin(api, "sync", "stream"),
        _client_twin(api, "async", "stream"),
    ]
    return "\n".join(parts)


def _settings(api: Api) -> str:
    """The runtime's settings of this API, from the spec's first server and config.yaml."""
    defaults = api.defaults
    agent = python_literal(defaults.user_agent_name + "/")
    fields = [
        f"base_url={python_literal(defaults.base_url) if defaults.base_url else None}",
        f"base_url_env={python_literal(defaults.base_url_env)}",
        f"token_env={python_literal(defaults.token_env)}",
        f"token_help={python_literal(defaults.token_help)}" if defaults.token_help else "",
        "token_from_cog_scope=True" if defaults.token_from_cog_scope else "",
        f"user_agent={agent} + __version__",
        f"platform_prefix={python_literal(defaults.platform_prefix)}" if defaults.platform_prefix else "",
    ]
    body = "".join(f"    {field},\n" for field in fields if field)
    return f"_SETTINGS = ClientSettings(\n{body})\n"


def _import_all_classes(imports: Imports, resource: Resource) -> None:
    stem = resource.stem
    imports.add_type_checking(
        _module_of(resource),
        f"{stem}Resource",
        f"Async{stem}Resource",
        f"{stem}ResourceWithRawResponse",
        f"Async{stem}ResourceWithRawResponse",
        f"{stem}ResourceWithStreamingResponse",
        f"Async{stem}ResourceWithStreamingResponse",
    )


def _client_class(api: Api, flavor: Flavor) -> str:
    prefix = "" if flavor == "sync" else "Async"
    name = api.sync_client if flavor == "sync" else api.async_client
    base = api.client_bases.sync.name if flavor == "sync" else api.client_bases.async_.name
    lines = [f"\nclass {name}({base}):", "    _settings = _SETTINGS\n"]
    if api.credential_env:
        mapping = ", ".join(
            f"{python_literal(key)}: {python_literal(env)}" for key, env in api.credential_env
        )
        lines.append(f"    _credential_env: ClassVar[Mapping[str, str]] = {{{mapping}}}\n")
    for resource in api.resources:
        class_name = prefix + resource.class_name
        lines.append(
            f"""    @cached_property
    def {resource.attr}(self) -> {class_name}:
        from {_module_of(resource)} import {class_name}

        return {class_name}(self)
"""
        )
    if api.top_level is not None:
        class_name = prefix + api.top_level.class_name
        lines.append(
            f"""    @cached_property
    def _top_level(self) -> {class_name}:
        from {_module_of(api.top_level)} import {class_name}

        return {class_name}(self)
"""
        )
    if api.client_bases.self_property:
        lines.append(
            f"""    @property
    def {api.client_bases.self_property}(self) -> {name}:
        return self
"""
        )
    lines.append(
        f"""    @cached_property
    def with_raw_response(self) -> {name}WithRawResponse:
        return {name}WithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> {name}WithStreamedResponse:
        return {name}WithStreamedResponse(self)
"""
    )
    if api.top_level is not None:
        lines += [_delegate(api, method, flavor) for method in api.top_level.methods]
    return "\n".join(lines)


def _delegate(api: Api, method: Method, flavor: Flavor) -> str:
    arguments = [f"{param.name}={param.name}" for param in method.params]
    arguments += [
        "extra_headers=extra_headers",
        "extra_query=extra_query",
        "extra_body=extra_body",
        "timeout=timeout",
    ]
    awaited = "await " if flavor == "async" and not method.page else ""
    return (
        overloads(api, method, flavor)
        + signature(api, method, flavor)
        + method_docstring(method)
        + deprecation_warning(method, "client")
        + f"        return {awaited}self._top_level.{method.name}({', '.join(arguments)})\n"
    )


def _client_twin(api: Api, flavor: Flavor, mode: Literal["raw", "stream"]) -> str:
    prefix = "" if flavor == "sync" else "Async"
    client = api.sync_client if flavor == "sync" else api.async_client
    suffix = "WithRawResponse" if mode == "raw" else "WithStreamedResponse"
    resource_suffix = "WithRawResponse" if mode == "raw" else "WithStreamingResponse"
    lines = [
        f"""
class {client}{suffix}:
    def __init__(self, client: {client}) -> None:
        self._client = client"""
    ]
    top = api.top_level
    if top is not None:
        twin = f"{prefix}{top.class_name}{resource_suffix}"
        lines.append(f"        from {_module_of(top)} import {twin}\n")
        lines.append(f"        top_level = {twin}(client._top_level)")
        lines += [f"        self.{method.name} = top_level.{method.name}" for method in top.methods]
    for resource in api.resources:
        twin = f"{prefix}{resource.class_name}{resource_suffix}"
        lines.append(
            f"""
    @cached_property
    def {resource.attr}(self) -> {twin}:
        from {_module_of(resource)} import {twin}

        return {twin}(self._client.{resource.attr})"""
        )
    return "\n".join(lines) + "\n"
