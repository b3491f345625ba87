"""Maps a method and a path to a handler; tells 404 (no such path) from 405 (wrong method)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable, Dict, List, Tuple

from ._problems import ApiProblem
from ._wire import Request, Response

Handler = Callable[[Request], Response]


@dataclass(frozen=True)
class Route:
    method: str
    pattern: re.Pattern[str]
    handler: Handler
    authenticated: bool


class Router:
    def __init__(self) -> None:
        self._routes: List[Route] = []

    def add(self, method: str, template: str, handler: Handler, *, authenticated: bool = True) -> None:
        """Register `handler` for `template`, where `{name}` matches one path segment."""
        regex = re.sub(r"\{(\w+)\}", r"(?P<\1>[^/]+)", template)
        self._routes.append(Route(method.upper(), re.compile(f"^{regex}$"), handler, authenticated))

    def match(self, method: str, path: str) -> Tuple[Route, Dict[str, str]]:
        allowed: List[str] = []
        for route in self._routes:
            found = route.pattern.match(path)
            if found is None:
                continue
            if route.method == method.upper():
                return route, found.groupdict()
            allowed.append(route.method)
        if allowed:
            raise ApiProblem(
                405,
                f"Method {method} is not allowed on {path}",
                headers={"Allow": ", ".join(sorted(set(allowed)))},
            )
        raise ApiProblem(404, f"No route for {path}")
