"""The application: authentication, routing, problem details, request ids and the request log."""

from __future__ import annotations

import collections
import hmac
import threading
import time
import traceback
from typing import Deque, List

from ._ids import new_id
from ._problems import ApiProblem
from ._routing import Router
from ._wire import RecordedRequest, Request, Response, problem_response

REQUEST_ID_HEADER = "X-Request-Id"
REQUEST_LOG_SIZE = 1000


class App:
    def __init__(self, router: Router, token: str) -> None:
        self._router = router
        self._token = token
        self._log: Deque[RecordedRequest] = collections.deque(maxlen=REQUEST_LOG_SIZE)
        self._log_lock = threading.Lock()

    @property
    def requests(self) -> List[RecordedRequest]:
        with self._log_lock:
            return list(self._log)

    def __call__(self, request: Request) -> Response:
        request_id = new_id()
        received_at = time.monotonic()
        try:
            response = self._handle(request)
        except ApiProblem as problem:
            response = problem_response(problem)
        except Exception:
            traceback.print_exc()
            response = problem_response(ApiProblem(500, "The testing server failed to handle this request"))
        response.headers[REQUEST_ID_HEADER] = request_id
        with self._log_lock:
            self._log.append(
                RecordedRequest(
                    method=request.method,
                    path=request.path,
                    query_string=request.query_string,
                    headers=dict(request.headers),
                    body=request.body,
                    request_id=request_id,
                    status=response.status,
                    received_at=received_at,
                )
            )
        return response

    def _handle(self, request: Request) -> Response:
        try:
            route, params = self._router.match(request.method, request.path)
        except ApiProblem:
            if request.path.startswith("/v1/"):
                self._authenticate(request)
            raise
        if route.authenticated:
            self._authenticate(request)
        return route.handler(
            Request(
                method=request.method,
                path=request.path,
                query_string=request.query_string,
                headers=request.headers,
                body=request.body,
                origin=request.origin,
                path_params=params,
            )
        )

    def _authenticate(self, request: Request) -> None:
        header = request.header("authorization")
        if not header:
            raise ApiProblem(
                401, "You did not pass an authentication token", headers={"WWW-Authenticate": "Bearer"}
            )
        scheme, _, credential = header.partition(" ")
        if scheme.lower() not in ("bearer", "token") or not hmac.compare_digest(
            credential.strip(), self._token
        ):
            raise ApiProblem(401, "Invalid token", headers={"WWW-Authenticate": "Bearer"})
