"""Routes outside /v1 that need no token: prediction streams, output files and prediction pages."""

from __future__ import annotations

import html
import json

from .._problems import not_found
from .._routing import Router
from .._services import Services
from .._sse import event_stream, start_index
from .._wire import Request, Response
from .predictions import find_prediction


def register(router: Router, services: Services) -> None:
    def stream(request: Request) -> Response:
        job = find_prediction(services, request.path_params["prediction_id"])
        index = start_index(request.header("last-event-id"))
        return Response(
            status=200,
            body=event_stream(job, index, services.stopping),
            content_type="text/event-stream",
            headers={"Cache-Control": "no-store"},
        )

    def delivery(request: Request) -> Response:
        delivered = services.delivery.get(request.path_params["file_id"])
        if delivered is None:
            raise not_found("File")
        return Response(status=200, body=delivered.content, content_type=delivered.content_type)

    def web_page(request: Request) -> Response:
        job = find_prediction(services, request.path_params["prediction_id"])
        document = f"<!doctype html><title>{job.id}</title><pre>{html.escape(json.dumps(job.to_json(), indent=2))}</pre>"
        return Response(status=200, body=document.encode("utf-8"), content_type="text/html; charset=utf-8")

    router.add("GET", "/stream/{prediction_id}", stream, authenticated=False)
    router.add("GET", "/delivery/{file_id}/{filename}", delivery, authenticated=False)
    router.add("GET", "/p/{prediction_id}", web_page, authenticated=False)
