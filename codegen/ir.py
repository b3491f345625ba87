"""Stage 2 data: what the SDK contains, already named the Python way. Renderers only format it."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Optional, Tuple, Union

from typing_extensions import Literal

__all__ = [
    "AliasModule",
    "Api",
    "Credential",
    "Enum",
    "Events",
    "Field",
    "Method",
    "Model",
    "Pagination",
    "Param",
    "Resource",
    "ResponseKind",
    "TypeAlias",
    "TypeModule",
    "TypeRef",
]

TypeKind = Literal[
    "builtin",
    "datetime",
    "date",
    "file",
    "file_content",
    "list",
    "dict",
    "optional",
    "union",
    "literal",
    "named",
]
LiteralValue = Union[str, int, float, bool]


@dataclass(frozen=True)
class TypeRef:
    """A Python type expression.

    builtin: `name` is str/int/float/bool/object; named: a type defined in `types/<module>.py`;
    list/dict/optional/union: `args` (dict keys are always `str`); literal: `values`.
    """

    kind: TypeKind
    name: str = ""
    module: str = ""
    args: Tuple[TypeRef, ...] = ()
    values: Tuple[LiteralValue, ...] = ()
    discriminator: str = ""  # union of models told apart by this wire property (responses only)

    def walk(self) -> Tuple[TypeRef, ...]:
        """This type and every type nested in it, depth first."""
        nested = tuple(inner for arg in self.args for inner in arg.walk())
        return (self, *nested)


@dataclass(frozen=True)
class Field:
    name: str  # Python attribute / key name
    wire_name: str
    type: TypeRef
    required: bool
    description: str = ""
    deprecated: bool = False
    default: Optional[str] = None  # the spec's default as Python source, for docs
    secret: bool = False  # `format: password`: kept out of repr() and str() of the model


@dataclass(frozen=True)
class Model:
    """A pydantic model (responses) or a TypedDict (request params)."""

    name: str
    kind: Literal["model", "typeddict"]
    fields: Tuple[Field, ...]
    description: str = ""
    base: Optional[ClassRef] = None  # a handwritten base from config.yaml `model_bases`, else BaseModel


@dataclass(frozen=True)
class Enum:
    name: str
    values: Tuple[LiteralValue, ...]
    description: str = ""


@dataclass(frozen=True)
class TypeAlias:
    name: str
    type: TypeRef
    description: str = ""


Definition = Union[Model, Enum, TypeAlias]


@dataclass(frozen=True)
class TypeModule:
    """One file `types/<module>.py`. Definitions are in dependency order; `primary` names the file."""

    module: str
    primary: str
    definitions: Tuple[Definition, ...]


ParamLocation = Literal["path", "query", "header", "body"]
BodyKind = Literal["json", "multipart", "form", "text", "binary"]


@dataclass(frozen=True)
class Param:
    name: str
    wire_name: str
    location: ParamLocation
    type: TypeRef
    required: bool
    description: str
    example: object  # a value valid for the schema, used by generated tests
    alias: Optional[str] = None  # another keyword that carries the same value (config.yaml `aliases`)
    # (param, separator): this parameter's value may end with `separator` + that param's (config `carries`)
    carries: Optional[Tuple[str, str]] = None
    carried_by: Optional[str] = None  # the parameter that may carry this one's value
    deprecated: bool = False
    default: Optional[str] = None  # the spec's default as Python source, for docs
    # Optional in the signature, yet a valid request needs it: the body's first `anyOf`/`oneOf`
    # member requires it (`oneOf: [{required: [a]}, {required: [b]}]`); the tests' shortest call passes it.
    needed_by_member: bool = False


@dataclass(frozen=True)
class Credential:
    """A secret an operation sends, as the runtime's `Credential` takes it."""

    kind: Literal["bearer", "basic", "header", "query", "cookie"]
    key: str  # "bearer_token", or the key of the client's `credentials=`
    name: str = ""  # header, query parameter or cookie name


@dataclass(frozen=True)
class Events:
    """A `text/event-stream` answer. `item`: the type each event's JSON `data` is validated into;
    None: the events themselves (event, data, id, retry), unparsed. `flag`: the boolean body keyword
    that asks for the stream instead of the method's JSON answer; "" when the stream is the only answer."""

    item: Optional[TypeRef]
    flag: str = ""


ResponseKind = Literal["json", "empty", "text", "binary", "sse"]


@dataclass(frozen=True)
class Method:
    name: str
    operation_id: str
    http_method: str  # lower case; "query" for the QUERY method
    path: str
    summary: str
    description: str
    deprecated: bool
    params: Tuple[Param, ...]  # in signature order
    body: Optional[BodyKind]
    response: ResponseKind  # "sse": the answer is always an event stream (see `events`)
    returns: Optional[TypeRef]  # the parsed type; a page's item type when `page`
    page: bool
    retry: Literal["always", "unsent"]
    params_type: Optional[TypeRef]  # the `<Resource><Method>Params` TypedDict, when there are non-path params
    body_media: str = ""  # the Content-Type of a "binary" or non-plain "text" body
    # The status of an operation that documents no success response (only a redirect, say): its
    # generated tests expect the client to raise APIStatusError with it.
    documented_failure: Optional[int] = None
    # Alternatives of credentials (an empty one when none is needed); None: the runtime's default, the bearer token.
    auth: Optional[Tuple[Tuple[Credential, ...], ...]] = None
    events: Optional[Events] = None  # set when the answer is, or can be asked to be, an event stream

    @property
    def whole_body(self) -> Optional[Param]:
        """The one keyword that is the entire body (text, bytes, or JSON that is not an object)."""
        return next(
            (param for param in self.params if param.location == "body" and not param.wire_name), None
        )

    @property
    def positional(self) -> Tuple[Param, ...]:
        """Parameters also accepted by position: the path parameter of an operation that has exactly one
        (`predictions.get("abc123")`). With two or more, every parameter is keyword-only."""
        path = tuple(param for param in self.params if param.location == "path")
        return path if len(path) == 1 else ()


@dataclass(frozen=True)
class ClassRef:
    """A class by its absolute module and name: `replicate.lib.predictions` and `PredictionsBase`."""

    module: str
    name: str

    def import_from(self, package: str, depth: int) -> str:
        """The module as generated code at `depth` packages below `package` imports it."""
        if self.module.startswith(package + "."):
            return "." * (depth + 1) + self.module[len(package) + 1 :]
        return self.module


@dataclass(frozen=True)
class Bases:
    """The base classes of a generated sync/async pair: the runtime's, or handwritten ones from config."""

    sync: ClassRef
    async_: ClassRef
    self_property: str = ""  # clients only: see config.yaml `bases.client.self_property`


@dataclass(frozen=True)
class Resource:
    """`path` is the chain of attribute names from the client, () for client-level methods."""

    path: Tuple[str, ...]
    class_name: str  # e.g. "VersionsResource"
    module: Tuple[str, ...]  # module parts under resources/, e.g. ("models", "versions")
    methods: Tuple[Method, ...]
    children: Tuple[Resource, ...]
    bases: Bases

    @property
    def attr(self) -> str:
        return self.path[-1]

    @property
    def stem(self) -> str:
        """The class name without `Resource`: `Versions`."""
        return self.class_name[: -len("Resource")]

    def walk(self) -> Tuple[Resource, ...]:
        return (self, *(inner for child in self.children for inner in child.walk()))


@dataclass(frozen=True)
class Pagination:
    next_field: str
    previous_field: str
    items_field: str
    sync_page: str
    async_page: str
    style: str = "cursor_url"  # see the runtime's PageShape: cursor_url, cursor, offset, page
    param: str = ""  # the query parameter carrying the cursor, offset or page number
    has_more: str = ""  # a boolean body field saying whether more pages follow

    @property
    def async_paginator(self) -> str:
        """The runtime's class an async list method returns (awaited: the async page)."""
        return _STYLE_NAMES[self.style][0]

    @property
    def request_method(self) -> str:
        """The resource base's method that sends a list call of this style, typed with its page."""
        return _STYLE_NAMES[self.style][1]


# pagination style ► (async paginator, resource method); the page classes are config's (defaults below)
_STYLE_NAMES = {
    "cursor_url": ("AsyncPaginator", "_request_page"),
    "cursor": ("AsyncCursorPaginator", "_request_cursor_page"),
    "offset": ("AsyncOffsetPaginator", "_request_offset_page"),
    "page": ("AsyncPageNumberPaginator", "_request_page_number_page"),
}


@dataclass(frozen=True)
class AliasModule:
    """Deprecated names kept importable as aliases of our types (config.yaml `type_aliases`).

    `path` is the module under types/ (`("models", "version_get_response")`); `exported` names are
    importable from its package too."""

    path: Tuple[str, ...]
    aliases: Tuple[Tuple[str, TypeRef], ...]
    exported: Tuple[str, ...]


@dataclass(frozen=True)
class ClientDefaults:
    """The runtime's `ClientSettings` of the generated client (see codegen/client_settings.py)."""

    base_url: str = ""  # "" when the spec names no server: base_url= or base_url_env is then required
    base_url_env: str = ""
    token_env: str = ""
    token_help: str = ""
    token_from_cog_scope: bool = False
    user_agent_name: str = ""  # sent as `<name>/<package version>`
    platform_prefix: str = ""


@dataclass(frozen=True)
class Api:
    package: str
    source_root: str
    sync_client: str
    async_client: str
    client_bases: Bases
    resources: Tuple[Resource, ...]  # top-level resources, sorted
    top_level: Optional[Resource]  # client-level methods, generated into resources/top_level.py
    types: Tuple[TypeModule, ...]  # sorted by module
    pagination: Pagination
    spec_file: str
    spec_sha256: str
    type_aliases: Tuple[AliasModule, ...] = ()  # sorted by path
    page_aliases: Tuple[Tuple[str, str], ...] = ()  # (alias, page class) in replicate.pagination
    credential_env: Tuple[Tuple[str, str], ...] = ()  # credential key ► environment variable (config `auth`)
    defaults: ClientDefaults = ClientDefaults()

    def all_resources(self) -> Tuple[Resource, ...]:
        nested = tuple(inner for resource in self.resources for inner in resource.walk())
        return nested if self.top_level is None else (self.top_level, *nested)

    @property
    def endpoint_count(self) -> int:
        return sum(len(resource.methods) for resource in self.all_resources())
