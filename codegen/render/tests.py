"""`tests/api_resources/**`: for every method, sync and async tests run against the mock server."""

from __future__ import annotations

from typing import Dict, List, Tuple

from typing_extensions import Literal

from ..ir import Api, Method, Param, Resource, TypeRef
from ..naming import pascal_case, singular
from .common import HEADER, Imports, annotation, python_literal, type_imports

__all__ = ["render_tests"]

Flavor = Literal["sync", "async"]
_ROOT = "tests/api_resources"
_STR = TypeRef("builtin", name="str")


def render_tests(api: Api) -> Dict[str, str]:
    files: Dict[str, str] = {f"{_ROOT}/__init__.py": HEADER + "\n"}
    for resource in api.all_resources():
        if not any(_is_tested(method) for method in resource.methods):
            continue
        directory, name = _test_location(resource)
        files[f"{directory}/test_{name}.py"] = _module(api, resource)
        parts = directory.split("/")
        for depth in range(len(_ROOT.split("/")), len(parts) + 1):
            files["/".join(parts[:depth]) + "/__init__.py"] = HEADER + "\n"
    return files


def _test_location(resource: Resource) -> Tuple[str, str]:
    if not resource.path:
        return _ROOT, "top_level"
    return "/".join((_ROOT, *resource.path[:-1])), resource.path[-1]


def _module(api: Api, resource: Resource) -> str:
    package = api.package
    imports = Imports()
    imports.add("typing", "Any", "cast")
    imports.add_module("pytest")
    imports.add(package, api.sync_client, api.async_client)
    directory, _ = _test_location(resource)
    imports.add("." * len(directory.split("/")) + "utils", "assert_matches_type")
    for method in filter(_is_tested, resource.methods):
        if method.returns is not None:
            refs = [method.returns]
            type_imports(refs, imports, package=package, types_module=f"{package}.types", flat_types=True)
        if method.page:
            imports.add(f"{package}.pagination", api.pagination.sync_page, api.pagination.async_page)
        if method.response == "binary":
            imports.add(f"{package}._response", "BinaryResponse", "AsyncBinaryResponse")
        if method.documented_failure is not None:
            imports.add(f"{package}._exceptions", "APIStatusError")
    title = "TopLevel" if not resource.path else "".join(pascal_case(part) for part in resource.path)
    parts = [
        HEADER,
        "",
        "from __future__ import annotations",
        "",
        imports.render(),
        "",
        _class(api, resource, title, "sync"),
        _class(api, resource, title, "async"),
    ]
    return "\n".join(parts)


def _is_tested(method: Method) -> bool:
    """A method answering only with an event stream has no generated test: the mock server cannot
    stream typed events (the runtime's tests stream them from a loopback server)."""
    return method.response != "sse"


def _class(api: Api, resource: Resource, title: str, flavor: Flavor) -> str:
    name = f"Test{title}" if flavor == "sync" else f"TestAsync{title}"
    lines = [f"\nclass {name}:"]
    for method in filter(_is_tested, resource.methods):
        lines += _method_tests(api, resource, method, flavor)
    return "\n".join(lines) + "\n"


class _Context:
    """What every test of one method needs: how to call it and what to expect back."""

    def __init__(self, api: Api, resource: Resource, method: Method, flavor: Flavor) -> None:
        self.api = api
        self.method = method
        self.flavor = flavor
        self.client = "client" if flavor == "sync" else "async_client"
        self.client_type = api.sync_client if flavor == "sync" else api.async_client
        self.chain = ".".join((self.client, *resource.path))
        self.variable = singular(resource.path[-1]) if resource.path else "response"
        if self.variable == "response":
            self.variable = "result"
        self.awaited = "await " if flavor == "async" else ""

    def call(self, via: str, params: List[Param], *, by_position: bool = False) -> str:
        """The call; with `by_position`, the method's positional parameter is passed by position."""
        positional = self.method.positional if by_position else ()
        arguments = ", ".join(
            [_value(param.example) for param in positional]
            + [f"{param.name}={_value(param.example)}" for param in params if param not in positional]
        )
        target = f"{self.chain}.{via}.{self.method.name}" if via else f"{self.chain}.{self.method.name}"
        return f"{target}({arguments})"

    def expected(self) -> str:
        method = self.method
        if method.page:
            assert method.returns is not None
            page = self.api.pagination.sync_page if self.flavor == "sync" else self.api.pagination.async_page
            return f"{page}[{annotation(method.returns)}]"
        if method.response == "binary":
            return "BinaryResponse" if self.flavor == "sync" else "AsyncBinaryResponse"
        return "None" if method.returns is None else annotation(method.returns)

    def check(self, indent: str) -> str:
        if self.method.response == "empty":
            return f"{indent}assert {self.variable} is None\n"
        return f'{indent}assert_matches_type({self.expected()}, {self.variable}, path=["response"])\n'


def _value(example: object) -> str:
    return repr(example) if isinstance(example, bytes) else python_literal(example)


def _method_tests(api: Api, resource: Resource, method: Method, flavor: Flavor) -> List[str]:
    ctx = _Context(api, resource, method, flavor)
    required = [param for param in method.params if param.required or param.needed_by_member]
    if method.documented_failure is not None:
        body = (
            "        with pytest.raises(APIStatusError) as raised:\n"
            f"            {ctx.awaited}{ctx.call('', required)}\n"
            f"        assert raised.value.status_code == {method.documented_failure}\n"
        )
        return [_test(ctx, f"test_method_{method.name}_answers_its_documented_status", body)]
    tests = [_test(ctx, f"test_method_{method.name}", _plain_body(ctx, required))]
    if len(required) != len(method.params):
        tests.append(
            _test(ctx, f"test_method_{method.name}_with_all_params", _plain_body(ctx, list(method.params)))
        )
    tests.append(_test(ctx, f"test_raw_response_{method.name}", _raw_body(ctx, required)))
    tests.append(_test(ctx, f"test_streaming_response_{method.name}", _streaming_body(ctx, required)))
    # An empty string is what a caller can wrongly pass to a `str` path parameter; other types reject it statically.
    path_params = [param for param in method.params if param.location == "path" and param.type == _STR]
    if path_params:
        body = _path_params_body(ctx, required, path_params)
        tests.append(_test(ctx, f"test_path_params_{method.name}", body, expects_warning=False))
    return tests


def _test(ctx: _Context, name: str, body: str, *, expects_warning: bool = True) -> str:
    """`expects_warning`: wrap the body in `pytest.warns` for a deprecated method (unless it does so itself)."""
    keyword = "def" if ctx.flavor == "sync" else "async def"
    if ctx.method.deprecated and expects_warning:
        indented = "".join(f"    {line}\n" if line else "\n" for line in body.rstrip("\n").split("\n"))
        body = "        with pytest.warns(DeprecationWarning):\n" + indented
    return f"    {keyword} {name}(self, {ctx.client}: {ctx.client_type}) -> None:\n{body}"


def _plain_body(ctx: _Context, params: List[Param]) -> str:
    call = ctx.call("", params, by_position=True)
    return f"        {ctx.variable} = {ctx.awaited}{call}\n" + ctx.check("        ")


def _client_header_check(api: Api) -> str:
    """An assertion that the request names the client: its platform header, else its User-Agent."""
    prefix = api.defaults.platform_prefix
    if prefix:
        return f'assert response.http_request.headers.get({python_literal(prefix + "-Lang")}) == "python"'
    agent = python_literal(api.defaults.user_agent_name + "/")
    return f'assert response.http_request.headers.get("User-Agent", "").startswith({agent})'


def _raw_body(ctx: _Context, params: List[Param]) -> str:
    return (
        f"        response = {ctx.awaited}{ctx.call('with_raw_response', params)}\n\n"
        "        assert response.is_closed is True\n"
        f"        {_client_header_check(ctx.api)}\n"
        f"        {ctx.variable} = {ctx.awaited}response.parse()\n" + ctx.check("        ")
    )


def _streaming_body(ctx: _Context, params: List[Param]) -> str:
    opener = "with" if ctx.flavor == "sync" else "async with"
    return (
        f"        {opener} {ctx.call('with_streaming_response', params)} as response:\n"
        "            assert not response.is_closed\n"
        f"            {_client_header_check(ctx.api)}\n\n"
        f"            {ctx.variable} = {ctx.awaited}response.parse()\n" + ctx.check("            ") + "\n"
        "        assert cast(Any, response.is_closed) is True\n"
    )


def _path_params_body(ctx: _Context, required: List[Param], path_params: List[Param]) -> str:
    blocks: List[str] = []
    for empty in path_params:
        params = [
            Param(p.name, p.wire_name, p.location, p.type, p.required, p.description, "") if p is empty else p
            for p in required
        ]
        # One `with` for both, as ruff's SIM117 wants even when there is a single block.
        warns = "pytest.warns(DeprecationWarning), " if ctx.method.deprecated else ""
        blocks.append(
            f"        with {warns}pytest.raises(ValueError, match={python_literal(empty.wire_name)}):\n"
            f"            {ctx.awaited}{ctx.call('with_raw_response', params)}\n"
        )
    return "\n".join(blocks)
