"""`resources/**`: one module per resource with its sync/async classes and their raw/streaming twins."""

from __future__ import annotations

from typing import Dict, List, Optional, Tuple

from typing_extensions import Literal

from ..ir import Api, Credential, Method, Param, Resource, TypeRef
from .common import HEADER, Imports, annotation, docstring, param_notes, python_literal, type_imports

__all__ = [
    "event_item_annotation",
    "operation_constant",
    "overloads",
    "render_resources",
    "resource_file",
    "return_annotation",
]

Flavor = Literal["sync", "async"]
_INT = TypeRef("builtin", name="int")
_FLOAT = TypeRef("builtin", name="float")

_TRAILING_PARAMS = """        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
"""


def render_resources(api: Api) -> Dict[str, str]:
    root = f"{api.source_root}/{api.package}/resources"
    files: Dict[str, str] = {f"{root}/__init__.py": HEADER + "\n"}
    for resource in api.all_resources():
        files[f"{root}/{resource_file(resource)}"] = _module(api, resource)
        if resource.children:
            files[f"{root}/{'/'.join(resource.path)}/__init__.py"] = HEADER + "\n"
    return files


def resource_file(resource: Resource) -> str:
    """Path of the resource's module under resources/."""
    return "/".join(resource.module) + ".py"


def operation_constant(method: Method, flavor: Flavor = "sync") -> str:
    """The module constant holding the method's `Operation`: `CREATE`, and `ASYNC_<NAME>` for the
    async client's own when its answer is typed apart from the sync one's (a binary body, an event
    stream). Public within the package (not in `__all__`): `lib/` builds its own calls of these
    operations (`replicate.resources.predictions.CREATE`)."""
    name = method.name.upper()
    if flavor == "async" and (method.response == "binary" or method.events is not None):
        return "ASYNC_" + name
    return name


def return_annotation(api: Api, method: Method, flavor: Flavor) -> str:
    """The implementation's return type: for a method with a stream flag, either answer."""
    if method.page:
        assert method.returns is not None
        wrapper = api.pagination.sync_page if flavor == "sync" else api.pagination.async_paginator
        return f"{wrapper}[{annotation(method.returns)}]"
    if method.response == "binary":
        return "BinaryResponse" if flavor == "sync" else "AsyncBinaryResponse"
    if method.response == "sse":
        return _stream_annotation(method, flavor)
    answer = "None" if method.returns is None else annotation(method.returns)
    if method.events is not None:
        return f"Union[{answer}, {_stream_annotation(method, flavor)}]"
    return answer


def event_item_annotation(method: Method) -> str:
    """What iterating the method's event stream yields."""
    assert method.events is not None
    item = method.events.item
    return "ServerSentEvent" if item is None else annotation(item)


def _stream_annotation(method: Method, flavor: Flavor) -> str:
    stream = "Stream" if flavor == "sync" else "AsyncStream"
    return f"{stream}[{event_item_annotation(method)}]"


def _flag(method: Method) -> Param:
    """The boolean body parameter that asks for the event stream."""
    assert method.events is not None and method.events.flag
    return next(param for param in method.params if param.name == method.events.flag)


def overloads(api: Api, method: Method, flavor: Flavor) -> str:
    """For a method whose body flag asks for an event stream: one overload per value of the flag
    (false or left out: the JSON answer; true: the stream; a `bool` not known statically: either)."""
    if method.events is None or not method.events.flag:
        return ""
    flag = _flag(method)
    answer = "None" if method.returns is None else annotation(method.returns)
    stream = _stream_annotation(method, flavor)
    false = "Literal[False]" if flag.type.kind != "optional" else "Optional[Literal[False]]"
    variants = [
        (
            f"{flag.name}: {false}" if flag.required else f"{flag.name}: {false} | NotGiven = NOT_GIVEN",
            answer,
        ),
        (f"{flag.name}: Literal[True]", stream),
        (_param_declaration(flag), f"Union[{answer}, {stream}]"),  # a flag not known statically
    ]
    return "".join(
        "    @overload\n"
        + signature(api, method, flavor, flag=declaration, returns=returns).rstrip("\n")
        + " ...\n\n"
        for declaration, returns in variants
    )


def _module(api: Api, resource: Resource) -> str:
    depth = len(resource.module)
    runtime = "." * (depth + 1)
    imports = Imports()
    imports.add_module("httpx")
    imports.add(f"{runtime}_types", "NOT_GIVEN", "Body", "Headers", "NotGiven", "Query")
    imports.add(f"{runtime}_operation", "Operation", "RequestOptions")
    if any(method.auth for method in resource.methods):
        imports.add(f"{runtime}_operation", "Credential")
    if any(param.alias for method in resource.methods for param in method.params):
        imports.add(f"{runtime}_operation", "either_keyword")
    if any(param.carries for method in resource.methods for param in method.params):
        imports.add(f"{runtime}_operation", "split_carried")
    imports.add(f"{runtime}_resource", "cached_property")
    for base in (resource.bases.sync, resource.bases.async_):
        imports.add(base.import_from(api.package, depth), base.name)
    imports.add(
        f"{runtime}_response",
        "to_raw_response_wrapper",
        "to_streamed_response_wrapper",
        "async_to_raw_response_wrapper",
        "async_to_streamed_response_wrapper",
    )
    refs: List[TypeRef] = []
    for method in resource.methods:
        refs += [param.type for param in method.params]
        if method.returns is not None:
            refs.append(method.returns)
        if method.page:
            imports.add(f"{runtime}pagination", api.pagination.sync_page, api.pagination.async_paginator)
            imports.add(f"{runtime}_operation", "PageShape")
        if method.response == "binary":
            imports.add(f"{runtime}_response", "BinaryResponse", "AsyncBinaryResponse")
        if method.events is not None:
            imports.add(f"{runtime}_streaming", "Stream", "AsyncStream")
            if method.events.item is None:
                imports.add(f"{runtime}_streaming", "ServerSentEvent")
            else:
                refs.append(method.events.item)
            if method.events.flag:
                imports.add("typing", "Union", "overload")
                imports.add("typing_extensions", "Literal")
        if method.deprecated:
            imports.add_module("warnings")
    type_imports(refs, imports, package=runtime, types_module=f"{runtime}types")
    for child in resource.children:
        stem = child.stem
        imports.add(
            f".{child.module[-1]}"
            if len(child.module) == len(resource.module)
            else f".{child.attr}.{child.attr}",
            f"{stem}Resource",
            f"Async{stem}Resource",
            f"{stem}ResourceWithRawResponse",
            f"Async{stem}ResourceWithRawResponse",
            f"{stem}ResourceWithStreamingResponse",
            f"Async{stem}ResourceWithStreamingResponse",
        )
    stem = resource.stem
    names = [
        f"{stem}Resource",
        f"Async{stem}Resource",
        f"{stem}ResourceWithRawResponse",
        f"Async{stem}ResourceWithRawResponse",
        f"{stem}ResourceWithStreamingResponse",
        f"Async{stem}ResourceWithStreamingResponse",
    ]
    parts = [
        HEADER,
        "",
        "from __future__ import annotations",
        "",
        imports.render(),
        "",
        f"__all__ = [{', '.join(python_literal(name) for name in names)}]",
        "",
        _constants(api, resource),
        _resource_class(api, resource, "sync"),
        _resource_class(api, resource, "async"),
        _twin(resource, "sync", "raw"),
        _twin(resource, "async", "raw"),
        _twin(resource, "sync", "stream"),
        _twin(resource, "async", "stream"),
    ]
    return "\n".join(parts)


def _constants(api: Api, resource: Resource) -> str:
    lines: List[str] = []
    if any(method.page for method in resource.methods):
        shape = api.pagination
        fields = ", ".join(
            f"{name}={python_literal(value)}"
            for name, value in (
                ("items", shape.items_field),
                ("next", shape.next_field),
                ("previous", shape.previous_field),
                ("style", shape.style),
                ("param", shape.param),
                ("has_more", shape.has_more),
            )
            if value and not (name == "style" and value == "cursor_url")
        )
        lines.append(f"_PAGE = PageShape({fields})")
    for method in resource.methods:
        if method.response == "binary" or method.events is not None:
            operation = _operation(method)
            for flavor in ("sync", "async"):
                result = return_annotation(api, method, flavor)
                lines.append(f"{operation_constant(method, flavor)}: Operation[{result}] = {operation}")
        else:
            result = "None" if method.returns is None else annotation(method.returns)
            lines.append(f"{operation_constant(method)}: Operation[{result}] = {_operation(method)}")
    return "\n".join(lines) + "\n"


def _operation(method: Method) -> str:
    args = [python_literal(method.http_method), python_literal(method.path)]
    if method.returns is not None and method.response in ("json", "text"):
        args.append(annotation(method.returns))
    if method.response == "sse":
        args.append(event_item_annotation(method))
    if method.response != "json":
        args.append(f"response={python_literal(method.response)}")
    if method.page:
        args.append("page=_PAGE")
    if method.body is not None:
        args.append(f"body={python_literal(method.body)}")
    if method.body_media:
        args.append(f"media_type={python_literal(method.body_media)}")
    if method.events is not None and method.events.flag:
        args.append(f"stream_flag={python_literal(_flag(method).wire_name)}")
        args.append(f"events={event_item_annotation(method)}")
    numeric = [
        python_literal(param.wire_name)
        for param in method.params
        if param.location == "path" and param.type in (_INT, _FLOAT)
    ]
    if numeric:
        args.append(f"numeric_path=({', '.join(numeric)},)")
    if method.retry != "always":
        args.append(f"retry={python_literal(method.retry)}")
    if method.auth is not None:
        args.append(f"auth={_auth_literal(method.auth)}")
    return f"Operation({', '.join(args)})"


def _auth_literal(alternatives: Tuple[Tuple[Credential, ...], ...]) -> str:
    def as_tuple(items: List[str]) -> str:
        return f"({items[0]},)" if len(items) == 1 else f"({', '.join(items)})"

    def credential(item: Credential) -> str:
        args = [python_literal(item.kind), python_literal(item.key)] + (
            [python_literal(item.name)] if item.name else []
        )
        return f"Credential({', '.join(args)})"

    return as_tuple([as_tuple([credential(item) for item in alternative]) for alternative in alternatives])


def _resource_class(api: Api, resource: Resource, flavor: Flavor) -> str:
    prefix = "" if flavor == "sync" else "Async"
    base = resource.bases.sync.name if flavor == "sync" else resource.bases.async_.name
    name = f"{prefix}{resource.class_name}"
    lines = [f"\nclass {name}({base}):"]
    for child in resource.children:
        lines.append(
            f"""    @cached_property
    def {child.attr}(self) -> {prefix}{child.class_name}:
        return {prefix}{child.class_name}(self._client)
"""
        )
    lines.append(
        f"""    @cached_property
    def with_raw_response(self) -> {name}WithRawResponse:
        return {name}WithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> {name}WithStreamingResponse:
        return {name}WithStreamingResponse(self)
"""
    )
    lines += [_method(api, resource, method, flavor) for method in resource.methods]
    return "\n".join(lines)


def signature(
    api: Api, method: Method, flavor: Flavor, *, flag: Optional[str] = None, returns: Optional[str] = None
) -> str:
    """`def name(self, [path_param,] *, ...) -> R:` with every parameter typed; shared with the client's
    delegates. A lone path parameter may be passed by position too (`Method.positional`). An
    overload passes its declaration of the stream flag and its return type."""
    is_async = flavor == "async" and not method.page
    flag_name = method.events.flag if method.events is not None and flag is not None else None

    def declaration(param: Param) -> str:
        return flag if param.name == flag_name and flag is not None else _param_declaration(param)

    positional = "".join(f"        {declaration(param)},\n" for param in method.positional)
    keywords = "".join(
        f"        {declaration(param)},\n" for param in method.params if param not in method.positional
    )
    keyword = "async def" if is_async else "def"
    returns = returns or return_annotation(api, method, flavor)
    return (
        f"    {keyword} {method.name}(\n        self,\n{positional}        *,\n{keywords}{_TRAILING_PARAMS}"
        f"    ) -> {returns}:\n"
    )


def _param_declaration(param: Param) -> str:
    if param.alias:
        # Either keyword may carry the value; the runtime insists on exactly one when it is required.
        optional = f"{annotation(param.type)} | NotGiven = NOT_GIVEN"
        return f"{param.name}: {optional},\n        {param.alias}: {optional}"
    if param.required and not param.carried_by:
        return f"{param.name}: {annotation(param.type)}"
    return f"{param.name}: {annotation(param.type)} | NotGiven = NOT_GIVEN"


def _param_value(param: Param) -> str:
    """The expression a method passes to the runtime for `param`."""
    if not param.alias:
        return param.name
    name, alias = python_literal(param.name), python_literal(param.alias)
    required = "True" if param.required else "False"
    return f"either_keyword({name}, {param.name}, {alias}, {param.alias}, required={required})"


def method_docstring(method: Method) -> str:
    deprecation = "Deprecated." if method.deprecated else ""
    args: List[Tuple[str, str]] = []
    for param in method.params:
        notes = param_notes(param.description, param.deprecated, param.default)
        if param.carries:
            carried, separator = param.carries
            notes += f" May carry the `{carried}` too: `<{param.name}>{separator}<{carried}>`."
        if param.carried_by:
            notes += f" Optional when `{param.carried_by}` carries it; if both do, they must agree."
        args.append((param.name, notes))
        if param.alias:
            args.append((param.alias, f"Another name for `{param.name}`; pass one of the two."))
    args += [
        ("extra_headers", "Send extra headers"),
        ("extra_query", "Add additional query parameters to the request"),
        ("extra_body", "Add additional JSON properties to the request"),
        ("timeout", "Override the client-level default timeout for this request, in seconds"),
    ]
    return docstring([method.summary, method.description, deprecation], "        ", args)


def deprecation_warning(method: Method, owner: str) -> str:
    if not method.deprecated:
        return ""
    message = f"{owner}.{method.name}() is deprecated."
    return f"        warnings.warn({python_literal(message)}, DeprecationWarning, stacklevel=2)\n"


def _method(api: Api, resource: Resource, method: Method, flavor: Flavor) -> str:
    call = (
        f"self.{api.pagination.request_method}"
        if method.page
        else ("await self._request" if flavor == "async" else "self._request")
    )
    args = [f"            {operation_constant(method, flavor)},\n"]
    by_location: Dict[str, List[Param]] = {}
    for param in method.params:
        by_location.setdefault(param.location, []).append(param)
    for location in ("path", "query", "headers"):
        params = by_location.get("header" if location == "headers" else location, [])
        if params:
            mapping = ", ".join(
                f"{python_literal(param.wire_name)}: {_param_value(param)}" for param in params
            )
            args.append(f"            {location}={{{mapping}}},\n")
    body = by_location.get("body", [])
    whole = method.whole_body
    if whole is not None:
        args.append(f"            body={_param_value(whole)},\n")
    elif body:
        mapping = ", ".join(f"{python_literal(param.wire_name)}: {_param_value(param)}" for param in body)
        args.append(f"            body={{{mapping}}},\n")
    args.append("            options=RequestOptions(extra_headers, extra_query, extra_body, timeout),\n")
    return (
        overloads(api, method, flavor)
        + signature(api, method, flavor)
        + method_docstring(method)
        + deprecation_warning(method, ".".join(("client", *resource.path)))
        + _split_carriers(method)
        + f"        return {call}(\n{''.join(args)}        )\n"
    )


def _split_carriers(method: Method) -> str:
    """`model, version = split_carried(...)`: a carried value is taken out of its carrier before the request."""
    lines = ""
    for param in method.params:
        if param.carries:
            carried, separator = param.carries
            names = (python_literal(param.name), param.name, python_literal(carried), carried)
            arguments = ", ".join((*names, f"separator={python_literal(separator)}"))
            lines += f"        {param.name}, {carried} = split_carried({arguments})\n"
    return lines


def _twin(resource: Resource, flavor: Flavor, mode: Literal["raw", "stream"]) -> str:
    prefix = "" if flavor == "sync" else "Async"
    suffix = "WithRawResponse" if mode == "raw" else "WithStreamingResponse"
    wrapper = {
        ("sync", "raw"): "to_raw_response_wrapper",
        ("sync", "stream"): "to_streamed_response_wrapper",
        ("async", "raw"): "async_to_raw_response_wrapper",
        ("async", "stream"): "async_to_streamed_response_wrapper",
    }[(flavor, mode)]
    name = f"{prefix}{resource.class_name}"
    owner = resource.attr if resource.path else "top_level"
    lines = [
        f"""
class {name}{suffix}:
    def __init__(self, {owner}: {name}) -> None:
        self._{owner} = {owner}"""
    ]
    if resource.methods:
        variable = "raw" if mode == "raw" else "streaming"
        lines.append(f"        {variable} = {owner}._with_mode({python_literal(mode)})")
        lines += [
            f"        self.{method.name} = {wrapper}({variable}.{method.name})" for method in resource.methods
        ]
    for child in resource.children:
        child_name = f"{prefix}{child.class_name}{suffix}"
        lines.append(
            f"""
    @cached_property
    def {child.attr}(self) -> {child_name}:
        return {child_name}(self._{owner}.{child.attr})"""
        )
    return "\n".join(lines) + "\n"
