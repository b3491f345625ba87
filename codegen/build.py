"""Stage 2: the loaded spec plus config.yaml ► the IR (`codegen.ir.Api`)."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field, replace
from typing import Any, Dict, List, Optional, Tuple, cast

from .auth import credential_env, operation_auth, scheme_credentials
from .client_settings import client_defaults
from .config import Carried, Config, TextBody
from .events import SSE_MEDIA, event_stream
from .ir import (
    AliasModule,
    Api,
    Bases,
    BodyKind,
    ClassRef,
    Definition,
    Events,
    Field,
    Method,
    Model,
    Pagination,
    Param,
    ParamLocation,
    Resource,
    ResponseKind,
    TypeModule,
    TypeRef,
)
from .load import LoadedOperation, SpecError, iter_operations, pointer, schema_types
from .naming import pascal_case, python_identifier, singular, snake_case
from .samples import FILE_SAMPLE, member_required, sample
from .type_registry import TypeRegistry, builtin, default_source

__all__ = ["build_api", "RESERVED_PARAM_NAMES"]

Json = Dict[str, Any]

RESERVED_PARAM_NAMES = frozenset({"self", "extra_headers", "extra_query", "extra_body", "timeout"})
_JSON_MEDIA = "application/json"
_MULTIPART_MEDIA = "multipart/form-data"
_TEXT_MEDIA = "text/plain"
_LOCATION_ORDER: Dict[str, int] = {"body": 0, "query": 1, "header": 2}


def build_api(spec: Json, config: Config, spec_bytes: bytes) -> Api:
    registry = TypeRegistry()
    _define_components(spec, registry)
    tree = _ResourceTree()
    schemes = scheme_credentials(spec)
    for op in sorted(iter_operations(spec), key=lambda op: op.operation_id):
        resource_path, method_name = _place(op, config)
        method = _build_method(op, resource_path, method_name, config, registry)
        method = replace(method, auth=operation_auth(spec, op, schemes))
        tree.add(resource_path, method, op.location)
    unknown_bases = set(config.bases) - {"client", *_resource_paths(tree)}
    if unknown_bases:
        raise SpecError("", f"config.yaml: bases name no client or resource: {sorted(unknown_bases)}")
    resources = tuple(_freeze(child, (name,), config) for name, child in sorted(tree.children.items()))
    top_level = None
    if tree.methods:
        top_level = Resource(
            (),
            "TopLevelResource",
            ("top_level",),
            _sorted_methods(tree.methods),
            (),
            _bases(config, "", _RESOURCE_BASES),
        )
    types = _with_model_bases(registry.modules(), config)
    return Api(
        package=config.package,
        source_root=config.source_root,
        sync_client=config.sync_client,
        async_client=config.async_client,
        client_bases=replace(
            _bases(config, "client", _CLIENT_BASES), self_property=config.client_self_property
        ),
        resources=resources,
        top_level=top_level,
        types=types,
        pagination=Pagination(
            next_field=config.next_field,
            previous_field=config.previous_field,
            items_field=config.items_field,
            sync_page=config.sync_page,
            async_page=config.async_page,
            style=config.page_style,
            param=config.page_param,
            has_more=config.page_has_more,
        ),
        spec_file=config.spec,
        spec_sha256=hashlib.sha256(spec_bytes).hexdigest(),
        type_aliases=_alias_modules(config, types),
        page_aliases=tuple(sorted(config.page_aliases.items())),
        credential_env=credential_env(schemes, config.auth),
        defaults=client_defaults(spec, config, schemes),
    )


_BUILTINS = ("str", "int", "float", "bool", "object")


def _alias_modules(config: Config, types: Tuple[TypeModule, ...]) -> Tuple[AliasModule, ...]:
    """config.yaml `type_aliases`, each target resolved to one of our types (or a builtin)."""
    defined = {
        definition.name: TypeRef("named", name=definition.name, module=module.module)
        for module in types
        for definition in module.definitions
    }
    modules = {module.module for module in types}
    result: List[AliasModule] = []
    for dotted, aliases in sorted(config.type_aliases.items()):
        path = tuple(dotted.split("/"))
        if not all(part.isidentifier() and python_identifier(part) == part for part in path):
            raise SpecError("", f"config.yaml: type_aliases module {dotted!r} is not a module path")
        if len(path) > 1 and path[0] in modules:
            raise SpecError("", f"config.yaml: type_aliases package {path[0]!r} is also a type module")
        resolved: List[Tuple[str, TypeRef]] = []
        for alias, target in aliases.items():
            ref = builtin(target) if target in _BUILTINS else defined.get(target)
            if ref is None or not alias.isidentifier():
                raise SpecError("", f"config.yaml: type alias {dotted}:{alias} names no type {target!r}")
            if (
                len(path) == 1
                and path[0] in modules
                and alias in defined
                and defined[alias].module == path[0]
            ):
                raise SpecError(
                    "", f"config.yaml: type alias {dotted}:{alias} would replace a generated type"
                )
            resolved.append((alias, ref))
        primary = pascal_case(dotted.split("/")[-1])
        exported = tuple(alias for alias, _ in resolved if alias.startswith(primary))
        clash = next((name for name in exported if len(path) == 1 and name in defined), None)
        if clash is not None:
            raise SpecError("", f"config.yaml: type alias {clash!r} is also the name of a generated type")
        result.append(AliasModule(path, tuple(resolved), exported))
    return tuple(result)


def _with_model_bases(modules: Tuple[TypeModule, ...], config: Config) -> Tuple[TypeModule, ...]:
    """Response models that derive from a handwritten base (config.yaml `model_bases`)."""
    found: set[str] = set()

    def based(definition: Definition) -> Definition:
        base = config.model_bases.get(definition.name)
        if base is None or not isinstance(definition, Model) or definition.kind != "model":
            return definition
        found.add(definition.name)
        return replace(definition, base=ClassRef(*base.split(":", 1)))

    result = tuple(replace(module, definitions=tuple(map(based, module.definitions))) for module in modules)
    missing = set(config.model_bases) - found
    if missing:
        raise SpecError("", f"config.yaml: model_bases name no response model: {sorted(missing)}")
    return result


def _define_components(spec: Json, registry: TypeRegistry) -> None:
    """Every named object and enum component is a type, used or not."""
    components = spec.get("components", {}).get("schemas", {})
    registry.name_components(sorted(components))
    for name, schema in sorted(components.items()):
        if schema.get("properties") or "enum" in schema:
            registry.reference(schema, "response", name, "", pointer("components", "schemas", name))


@dataclass
class _ResourceTree:
    methods: List[Method] = field(default_factory=lambda: [])
    children: Dict[str, _ResourceTree] = field(default_factory=lambda: {})

    def add(self, path: Tuple[str, ...], method: Method, location: str) -> None:
        node = self
        for name in path:
            node = node.children.setdefault(name, _ResourceTree())
        clash = next((existing for existing in node.methods if existing.name == method.name), None)
        if clash is not None:
            raise SpecError(location, f"method {method.name!r} is also made from {clash.operation_id!r}")
        if method.name in node.children:
            raise SpecError(location, f"method {method.name!r} clashes with the sub-resource of that name")
        node.methods.append(method)


_CLIENT_BASES = (("._base_client", "SyncAPIClient"), ("._base_client", "AsyncAPIClient"))
_RESOURCE_BASES = (("._resource", "SyncAPIResource"), ("._resource", "AsyncAPIResource"))


def _bases(config: Config, key: str, defaults: Tuple[Tuple[str, str], Tuple[str, str]]) -> Bases:
    """The runtime's base classes, unless config.yaml names handwritten ones for `key`."""
    if key in config.bases:
        sync, async_ = (ClassRef(*ref.split(":", 1)) for ref in config.bases[key])
        return Bases(sync, async_)
    (sync_module, sync_name), (async_module, async_name) = defaults
    return Bases(
        ClassRef(config.package + sync_module, sync_name), ClassRef(config.package + async_module, async_name)
    )


def _resource_paths(node: _ResourceTree, prefix: Tuple[str, ...] = ()) -> List[str]:
    paths: List[str] = []
    for name, child in node.children.items():
        paths.append(".".join((*prefix, name)))
        paths += _resource_paths(child, (*prefix, name))
    return paths


def _freeze(node: _ResourceTree, path: Tuple[str, ...], config: Config) -> Resource:
    children = tuple(_freeze(child, (*path, name), config) for name, child in sorted(node.children.items()))
    clash = next((child.attr for child in children if any(m.name == child.attr for m in node.methods)), None)
    if clash is not None:
        raise SpecError("", f"resource {'.'.join(path)}: method and sub-resource both named {clash!r}")
    class_name = pascal_case(path[-1]) + "Resource"
    # A resource with sub-resources becomes a package: resources/models/models.py + resources/models/versions.py
    module = (*path, path[-1]) if children else path
    bases = _bases(config, ".".join(path), _RESOURCE_BASES)
    return Resource(path, class_name, module, _sorted_methods(node.methods), children, bases)


def _sorted_methods(methods: List[Method]) -> Tuple[Method, ...]:
    return tuple(sorted(methods, key=lambda method: method.name))


def _place(op: LoadedOperation, config: Config) -> Tuple[Tuple[str, ...], str]:
    """The resource path and method name of an operation: by config.yaml's placement, then its overrides."""
    operation_id = op.operation_id
    override = config.operations.get(operation_id)
    resource, method = _placed_by_strategy(op, config.placement)
    if override is not None and override.resource is not None:
        resource = override.resource
    if override is not None and override.method is not None:
        method = override.method
    names = [*resource, method]
    for name in names:
        if not name.isidentifier() or python_identifier(name) != name or name.startswith("_"):
            where = op.location + ("/operationId" if "operationId" in op.operation else "")
            raise SpecError(where, f"{name!r} (from {operation_id!r}) is not a usable Python name")
    return resource, method


def _placed_by_strategy(op: LoadedOperation, placement: str) -> Tuple[Tuple[str, ...], str]:
    operation_id = op.operation_id
    parts = [method_identifier(part) for part in operation_id.split(".")]
    if placement == "operation_id" and len(parts) > 1:
        return tuple(parts[:-1]), parts[-1]
    method = method_identifier(operation_id)
    if placement == "tags":
        tags: List[object] = op.operation.get("tags") or []
        return ((method_identifier(str(tags[0])),) if tags else ()), method
    if placement == "path":
        return tuple(method_identifier(segment) for segment in _fixed_segments(op.path)), method
    return (), method


def method_identifier(name: str) -> str:
    """`listDataSets`, `list-data-sets`, `find pet by id` ► a snake_case Python name."""
    snake = snake_case(name)
    if not snake or snake[0].isdigit():
        snake = "op_" + snake
    return python_identifier(snake)


def _fixed_segments(path: str) -> List[str]:
    """`/v1/users/{id}/posts.json` ► `users`, `posts`: the segments without parameters or versions."""
    segments: List[str] = []
    for segment in path.strip("/").split("/"):
        stem = segment.split(".", 1)[0]
        if not stem or "{" in stem or re.fullmatch(r"v\d+(\.\d+)*", stem):
            continue
        segments.append(stem)
    return segments


def _type_prefix(resource_path: Tuple[str, ...], method_name: str) -> str:
    """`("models", "versions")`, `list` ► `ModelVersionList`; client-level `search` ► `Search`."""
    return "".join(pascal_case(singular(part)) for part in resource_path) + pascal_case(method_name)


def _build_method(
    op: LoadedOperation,
    resource_path: Tuple[str, ...],
    method_name: str,
    config: Config,
    registry: TypeRegistry,
) -> Method:
    operation_id = op.operation_id
    override = config.operations.get(operation_id)
    prefix = _type_prefix(resource_path, method_name)
    params_module = registry.open_module(prefix + "Params", op.location)
    text_body = override.text_body if override else None
    body_kind, body_media, body_params = _body_params(op, text_body, registry, prefix, params_module)
    path_params, other_params = _parameters(op, registry, prefix, params_module)
    others = _distinct_keywords(path_params, [*body_params, *other_params])
    others = _with_aliases(op, others, override.aliases if override else {})
    others = _with_carriers(op, others, override.carries if override else {})
    _check_names(op, [*path_params, *others])
    ordered = sorted(others, key=lambda p: (not p.required, _LOCATION_ORDER[p.location]))
    params_type = None
    if ordered:
        params_type = registry.define_params(
            prefix + "Params", [_param_field(p) for p in ordered], params_module
        )
    else:
        registry.close_empty_module(params_module)
    response_kind, returns, page, events = _response(op, config, registry, prefix, ordered)
    if events is not None and events.flag:
        # Generated tests exercise the JSON answer: a mock server cannot stream typed events.
        ordered = [replace(param, example=False) if param.name == events.flag else param for param in ordered]
    return Method(
        documented_failure=_documented_failure(op),
        name=method_name,
        operation_id=operation_id,
        http_method=op.method,
        path=op.path,
        summary=str(op.operation.get("summary", "")).strip(),
        description=str(op.operation.get("description", "")).strip(),
        deprecated=bool(op.operation.get("deprecated", False)),
        params=(*path_params, *ordered),
        body=body_kind,
        body_media=body_media,
        response=response_kind,
        returns=returns,
        page=page,
        retry="unsent" if operation_id in config.retry_unsent else "always",
        params_type=params_type,
        events=events,
    )


def _param_field(param: Param) -> Field:
    return Field(
        param.name,
        param.name,
        param.type,
        param.required,
        param.description,
        deprecated=param.deprecated,
        default=param.default,
    )


def _with_aliases(op: LoadedOperation, params: List[Param], aliases: Dict[str, str]) -> List[Param]:
    """Marks the parameters that config.yaml lets callers pass under a second keyword too."""
    by_name = {param.name: param for param in params}
    for alias, target in aliases.items():
        if target not in by_name:
            raise SpecError(
                op.location, f"config.yaml: alias {alias!r} names no body/query/header param {target!r}"
            )
        by_name[target] = replace(by_name[target], alias=python_identifier(alias))
    return [by_name[param.name] for param in params]


def _with_carriers(op: LoadedOperation, params: List[Param], carries: Dict[str, Carried]) -> List[Param]:
    """Marks the string parameters that config.yaml lets carry another one (`model="owner/name:version"`)."""
    by_name = {param.name: param for param in params}
    for carrier, carried in carries.items():
        holder, held = by_name.get(carrier), by_name.get(carried.param)
        if holder is None or held is None or any(p.type != builtin("str") or p.alias for p in (holder, held)):
            raise SpecError(
                op.location,
                f"config.yaml: carries {carrier!r} ► {carried.param!r} needs two string parameters without aliases",
            )
        if not holder.required or not carried.separator:
            raise SpecError(
                op.location, f"config.yaml: carrier {carrier!r} must be required, with a separator"
            )
        by_name[carrier] = replace(holder, carries=(carried.param, carried.separator))
        by_name[carried.param] = replace(held, carried_by=carrier)
    return [by_name[param.name] for param in params]


def _distinct_keywords(path_params: List[Param], others: List[Param]) -> List[Param]:
    """Renames a body, query or header parameter whose keyword another parameter already has.

    Path parameters keep their names; a later clash gets its location as a suffix: `username` ►
    `username_body`. Ordered path, body, query, header, so the result does not depend on the spec's order.
    """
    taken = {param.name for param in path_params}
    renamed = list(others)
    for index in sorted(range(len(others)), key=lambda i: _LOCATION_ORDER[others[i].location]):
        param = others[index]
        if param.name in taken:
            renamed[index] = replace(param, name=f"{param.name}_{param.location}")
        taken.add(renamed[index].name)
    return renamed


def _check_names(op: LoadedOperation, params: List[Param]) -> None:
    seen: Dict[str, Param] = {}
    aliases = [replace(param, name=param.alias) for param in params if param.alias]
    for param in [*params, *aliases]:
        if param.name in RESERVED_PARAM_NAMES:
            raise SpecError(
                op.location, f"parameter {param.wire_name!r} would shadow the keyword {param.name!r}"
            )
        if param.name in seen:
            other = seen[param.name]
            raise SpecError(
                op.location,
                f"{param.location} parameter {param.wire_name or 'body'!r} and {other.location} parameter "
                f"{other.wire_name or 'body'!r} are both the keyword {param.name!r}",
            )
        seen[param.name] = param


def _parameters(
    op: LoadedOperation, registry: TypeRegistry, prefix: str, module: str
) -> Tuple[List[Param], List[Param]]:
    path_params: List[Param] = []
    others: List[Param] = []
    for index, parameter in enumerate(op.parameters):
        location = op.location + pointer("parameters", index)
        schema: Json = parameter["schema"]
        where: ParamLocation = parameter["in"]
        required = bool(parameter.get("required", False))
        if where == "path" and (schema.get("format") in ("date", "date-time") or not schema_types(schema)):
            param_type = builtin("str")
        else:
            context = prefix + "Params" + pascal_case(parameter["name"])
            param_type = registry.reference(schema, "param", context, module, location + "/schema")
        example = parameter["example"] if "example" in parameter else sample(schema, location + "/schema")
        param = Param(
            name=python_identifier(parameter["name"]),
            wire_name=parameter["name"],
            location=where,
            type=param_type,
            required=required,
            description=_describe(parameter, schema),
            example=example,
            deprecated=bool(parameter.get("deprecated") or schema.get("deprecated")),
            default=default_source(schema),
        )
        (path_params if where == "path" else others).append(param)
    template_order = [segment.split("}", 1)[0] for segment in op.path.split("{")[1:]]
    path_params.sort(key=lambda p: template_order.index(p.wire_name))
    return path_params, others


def _body_params(
    op: LoadedOperation, text_body: Optional[TextBody], registry: TypeRegistry, prefix: str, module: str
) -> Tuple[Optional[BodyKind], str, List[Param]]:
    """How the body is sent, its media type when that is not implied, and the keywords it becomes."""
    body: Optional[Json] = op.operation.get("requestBody")
    if body is None or not body.get("content"):
        return None, "", []
    location = op.location + "/requestBody"
    content: Json = body["content"]
    media, kind = _pick_request_media(content, location)
    media_object: Json = content[media] or {}
    schema: Json = media_object.get("schema") or {}
    schema_location = location + pointer("content", media, "schema")
    required = bool(body.get("required", False))
    description = str(body.get("description", "")).strip()
    if kind in ("text", "binary"):
        name = text_body.name if text_body else "content"
        example = media_object.get("example", sample(schema, schema_location))
        param = Param(
            name=name,
            wire_name="",
            location="body",
            type=builtin("str") if kind == "text" else TypeRef("file_content"),
            required=required,
            description=(text_body.description if text_body else "") or description,
            example=example if kind == "text" else FILE_SAMPLE,
        )
        return kind, "" if media == _TEXT_MEDIA else _concrete_media(media), [param]
    if not _is_object_schema(schema):
        # An array, a union or a free-form object: the whole body is one keyword.
        param_type = registry.reference(schema, "param", prefix + "Body", module, schema_location)
        param = Param(
            name="body",
            wire_name="",
            location="body",
            type=param_type,
            required=required,
            description=description or str(schema.get("description", "")).strip(),
            example=sample(schema, schema_location),
        )
        return kind, "", [param]
    required_names = set(schema.get("required", []))
    needed_names = set(member_required(schema)) - required_names
    params: List[Param] = []
    for name, member in schema["properties"].items():
        member_location = schema_location + pointer("properties", name)
        if member.get("readOnly"):
            continue
        context = prefix + "Params" + pascal_case(name)
        param_type = registry.reference(member, "param", context, module, member_location)
        params.append(
            Param(
                name=python_identifier(name),
                wire_name=name,
                location="body",
                type=param_type,
                required=name in required_names,
                description=_describe(member, member),
                example=_file_example(param_type, sample(member, member_location)),
                deprecated=bool(member.get("deprecated", False)),
                default=default_source(member),
                needed_by_member=name in needed_names,
            )
        )
    return kind, "", params


_BODY_KINDS: Tuple[Tuple[str, BodyKind], ...] = (
    (_JSON_MEDIA, "json"),
    (_MULTIPART_MEDIA, "multipart"),
    ("application/x-www-form-urlencoded", "form"),
    (_TEXT_MEDIA, "text"),
)


def _pick_request_media(content: Json, location: str) -> Tuple[str, BodyKind]:
    """JSON when offered (the typed choice), then multipart, form, text, and last raw bytes."""
    for wanted, kind in _BODY_KINDS:
        if wanted in content:
            return wanted, kind
    for media in sorted(content):
        if media.endswith("+json"):
            return media, "json"
    for media in sorted(content):
        if media.startswith(("application/", "image/", "audio/", "video/", "*/")) or media.startswith(
            "text/"
        ):
            return media, "binary" if not media.startswith("text/") else "text"
    raise SpecError(location + "/content", f"no supported request body media type among {sorted(content)}")


def _concrete_media(media: str) -> str:
    """What to send as Content-Type for a declared media range: `image/*` ► `application/octet-stream`."""
    return "application/octet-stream" if "*" in media else media


def _is_object_schema(schema: Json) -> bool:
    return bool(schema.get("properties")) and schema_types(schema) in ([], ["object"])


def _file_example(param_type: TypeRef, example: object) -> object:
    """A file parameter's test value must be bytes, even where the spec's example is text."""
    if param_type.kind == "file" and isinstance(example, str):
        return example.encode("utf-8")
    return example


def _describe(holder: Json, schema: Json) -> str:
    return str(holder.get("description") or schema.get("description") or "").strip()


def _response(
    op: LoadedOperation, config: Config, registry: TypeRegistry, prefix: str, params: List[Param]
) -> Tuple[ResponseKind, Optional[TypeRef], bool, Optional[Events]]:
    """How the answer is read, its type (a page's item type when paged), whether it is a page, and
    the event stream it may be instead (see events.py)."""
    responses: Json = op.operation.get("responses") or {}
    successes = sorted(
        (str(status), response)
        for status, response in responses.items()
        if str(status).startswith("2") or str(status) == "default"
    )
    if any(status != "default" for status, _ in successes):
        successes = [(status, response) for status, response in successes if status != "default"]
    with_content = [(status, response) for status, response in successes if response.get("content")]
    if not with_content:
        return "empty", None, False, None
    status, response = with_content[0]
    location = op.location + pointer("responses", status, "content")
    content: Json = response["content"]
    media = _pick_response_media(content)
    media_object: Json = content[media] or {}
    schema: Json = media_object.get("schema") or {}
    if media == SSE_MEDIA:
        return (
            "sse",
            None,
            False,
            event_stream(content, location + pointer(media), params, registry, prefix + "Event"),
        )
    if media == _JSON_MEDIA or media.endswith("+json"):
        page_item = _page_item(schema, config, op)
        if page_item is not None:
            items_location = location + pointer(media, "schema", "properties", config.items_field, "items")
            return "json", registry.named_or_root(prefix + "Response", page_item, items_location), True, None
        returns = registry.named_or_root(prefix + "Response", schema, location + pointer(media, "schema"))
        return (
            "json",
            returns,
            False,
            event_stream(content, location + pointer(SSE_MEDIA), params, registry, prefix + "Event"),
        )
    if media.startswith("text/"):
        return "text", builtin("str"), False, None
    return "binary", None, False, None


def _documented_failure(op: LoadedOperation) -> Optional[int]:
    """The status an operation documents when it documents no success (2XX or default) at all."""
    responses: Json = op.operation.get("responses") or {}
    statuses = [str(status) for status in responses]
    if not statuses or any(status.startswith("2") or status == "default" for status in statuses):
        return None
    numeric = sorted(int(status) for status in statuses if status.isdigit())
    return numeric[0] if numeric else None


def _pick_response_media(content: Json) -> str:
    """JSON when offered, then the first of the others in name order; an event stream only alone
    (offered beside JSON, a body flag may ask for it: see events.py)."""
    ordered = sorted(media for media in content if media != SSE_MEDIA) or [SSE_MEDIA]
    for media in ordered:
        if media == _JSON_MEDIA or media.endswith("+json"):
            return media
    return ordered[0]


def _page_item(schema: Json, config: Config, op: LoadedOperation) -> Optional[Json]:
    """The item schema when the response is a page of config.yaml's shape, else None.

    A cursor-URL page is an object with exactly the items, next and previous fields. The other
    styles need the items field and the query parameter that asks for the next page (and, for
    cursors, the field carrying the next cursor).
    """
    properties: Json = schema.get("properties", {})
    if config.page_style == "cursor_url":
        if set(properties) != {config.next_field, config.previous_field, config.items_field}:
            return None
    else:
        queried = {parameter["name"] for parameter in op.parameters if parameter.get("in") == "query"}
        needed = {config.items_field, *([config.next_field] if config.page_style == "cursor" else [])}
        if config.page_param not in queried or not needed <= set(properties):
            return None
    items = properties[config.items_field]
    if "array" not in schema_types(items):
        return None
    return cast(Json, items["items"])
