"""`api.md`: every resource, the types it uses, and each method's verb, path, params and return type."""

from __future__ import annotations

from typing import Dict, List, Set

from ..ir import Api, Method, Resource, TypeRef
from .common import annotation
from .resources import resource_file

__all__ = ["render_api_md"]


def render_api_md(api: Api) -> Dict[str, str]:
    lines = [f"# {api.sync_client} API", ""]
    lines.append(
        f"Generated from `{api.spec_file}` by `codegen`; do not edit. Async methods on `{api.async_client}`"
    )
    lines.append(
        "take the same arguments and are awaited; list methods return an awaitable, `async for`-iterable page."
    )
    lines.append("")
    if api.top_level is not None:
        lines += _section(api, api.top_level, "Client", 2)
    for resource in api.resources:
        lines += _resource(api, resource, 2)
    lines += _deprecated_names(api)
    return {"api.md": "\n".join(lines).rstrip("\n") + "\n"}


def _deprecated_names(api: Api) -> List[str]:
    """The published betas' names, each an alias of one of our types (config.yaml `type_aliases`)."""
    if not api.type_aliases and not api.page_aliases:
        return []
    lines = [
        "## Deprecated names",
        "",
        "Names the published 2.0 betas used, kept importable as aliases (never copies): new code should",
        "use the name each stands for.",
        "",
        "| deprecated name | stands for |",
        "| --- | --- |",
    ]
    for alias_module in api.type_aliases:
        package = ".".join((api.package, "types", *alias_module.path[:-1]))
        module = f"{package}.{alias_module.path[-1]}"
        for alias, target in alias_module.aliases:
            where = package if alias in alias_module.exported else module
            stands_for = (
                f"`{api.package}.types.{target.name}`"
                if target.kind == "named"
                else f"`{annotation(target)}`"
            )
            lines.append(f"| `{where}.{alias}` (deprecated) | {stands_for} |")
    for alias, page in api.page_aliases:
        lines.append(
            f"| `{api.package}.pagination.{alias}` (deprecated) | `{api.package}.pagination.{page}` |"
        )
    return [*lines, ""]


def _resource(api: Api, resource: Resource, level: int) -> List[str]:
    title = "".join(part[:1].upper() + part[1:] for part in resource.attr.split("_"))
    lines = _section(api, resource, title, level)
    for child in resource.children:
        lines += _resource(api, child, level + 1)
    return lines


def _section(api: Api, resource: Resource, title: str, level: int) -> List[str]:
    lines = [f"{'#' * level} {title}", ""]
    used = sorted(_types_used(resource))
    if used:
        lines += ["Types:", "", "```python", f"from {api.package}.types import {', '.join(used)}", "```", ""]
    if resource.methods:
        lines += ["Methods:", ""]
        lines += [_method_line(api, resource, method) for method in resource.methods]
        lines.append("")
    return lines


def _types_used(resource: Resource) -> Set[str]:
    names: Set[str] = set()
    for method in resource.methods:
        refs: List[TypeRef] = [param.type for param in method.params]
        if method.returns is not None:
            refs.append(method.returns)
        if method.events is not None and method.events.item is not None:
            refs.append(method.events.item)
        if method.params_type is not None:
            refs.append(method.params_type)
        names |= {node.name for ref in refs for node in ref.walk() if node.kind == "named"}
    return names


def _method_line(api: Api, resource: Resource, method: Method) -> str:
    package_dir = f"./{api.source_root}/{api.package}"
    owner = ".".join(("client", *resource.path))
    link = f'<a href="{package_dir}/resources/{resource_file(resource)}">{method.name}</a>'
    if not resource.path:
        link = f'<a href="{package_dir}/_client.py">{method.name}</a>'
    positional = [param.name for param in method.positional]
    params = [
        param.name for param in method.params if param.location == "path" and param.name not in positional
    ]
    if method.params_type is not None:
        module = method.params_type.module
        params.append(f'<a href="{package_dir}/types/{module}.py">\\*\\*params</a>')
    keywords = [f"\\*, {', '.join(params)}"] if params else []
    signature = f"({', '.join([*positional, *keywords])})"
    returns = _returns(api, method, package_dir)
    deprecated = " (deprecated)" if method.deprecated else ""
    verb = method.http_method
    return f'- <code title="{verb} {method.path}">{owner}.{link}{signature} -> {returns}</code>{deprecated}'


def _returns(api: Api, method: Method, package_dir: str) -> str:
    if method.response == "binary":
        return "BinaryResponse"
    answer = "None" if method.returns is None else _linked(method.returns, package_dir)
    if method.page:
        return f"{api.pagination.sync_page}[{answer}]"
    if method.events is None:
        return answer
    item = method.events.item
    stream = f"Stream[{'ServerSentEvent' if item is None else _linked(item, package_dir)}]"
    return stream if method.response == "sse" else f"{answer} | {stream}"


def _linked(ref: TypeRef, package_dir: str) -> str:
    if ref.kind == "named":
        return f'<a href="{package_dir}/types/{ref.module}.py">{ref.name}</a>'
    if ref.discriminator or (ref.kind == "optional" and ref.args[0].discriminator):
        members = ref.args if ref.discriminator else ref.args[0].args
        linked = [_linked(arg, package_dir) for arg in members]
        return f"Union[{', '.join(linked if ref.discriminator else [*linked, 'None'])}]"
    if ref.kind in ("list", "dict", "optional", "union"):
        inner = ", ".join(_linked(arg, package_dir) for arg in ref.args)
        outer = annotation(ref).split("[", 1)[0]
        return f"{outer}[str, {inner}]" if ref.kind == "dict" else f"{outer}[{inner}]"
    return annotation(ref)
