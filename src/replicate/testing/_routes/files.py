"""/files: upload (multipart), list, get, delete, and signed downloads."""

from __future__ import annotations

import json
import time
from typing import Any, List

from .._file_store import FileRecord
from .._ids import new_id, utc_now
from .._multipart import parse_form
from .._pagination import paginate
from .._problems import ApiProblem, bad_request, invalid, not_found
from .._routing import Router
from .._services import Services
from .._wire import Request, Response, empty_response, json_response

MAX_FILENAME_BYTES = 255


def register(router: Router, services: Services) -> None:
    state = services.state
    owner = str(services.account["username"])

    def find(file_id: str) -> FileRecord:
        with state.lock:
            record = state.files.get(file_id)
        if record is None:
            raise not_found(f"File {file_id}")
        return record

    def create(request: Request) -> Response:
        form = parse_form(request.header("content-type") or "", request.body)
        content = form.get("content")
        if content is None:
            raise invalid("content is required", field="content", kind="required")
        filename_part = form.get("filename")
        filename = (
            filename_part.content.decode("utf-8", errors="strict") if filename_part else content.filename
        )
        if not filename:
            filename = "file"
        if len(filename.encode("utf-8")) > MAX_FILENAME_BYTES:
            raise invalid(f"filename must be at most {MAX_FILENAME_BYTES} bytes", field="filename")
        type_part = form.get("type")
        content_type = type_part.content.decode("utf-8") if type_part else content.content_type
        metadata: Any = {}
        if "metadata" in form:
            try:
                metadata = json.loads(form["metadata"].content or b"{}")
            except ValueError:
                raise invalid("metadata must be valid JSON", field="metadata") from None
        record = FileRecord(
            id=new_id(),
            seq=state.next_seq(),
            owner=owner,
            name=filename,
            content_type=content_type or "application/octet-stream",
            content=content.content,
            metadata=metadata,
            created_at=utc_now(),
        )
        with state.lock:
            state.files[record.id] = record
        return json_response(record.to_json(request.origin), status=201)

    def list_files(request: Request) -> Response:
        with state.lock:
            records: List[FileRecord] = sorted(state.files.values(), key=lambda item: item.seq, reverse=True)
        return json_response(
            paginate(
                request,
                records,
                key=lambda item: item.seq,
                render=lambda item: item.to_json(request.origin),
                page_size=services.page_size,
            )
        )

    def delete(request: Request) -> Response:
        record = find(request.path_params["file_id"])
        with state.lock:
            state.files.pop(record.id, None)
        return empty_response(204)

    def download(request: Request) -> Response:
        record = find(request.path_params["file_id"])
        owner_param, expiry_param, signature = (
            request.query("owner"),
            request.query("expiry"),
            request.query("signature"),
        )
        if not owner_param or not expiry_param or not signature:
            raise bad_request("owner, expiry and signature are required")
        try:
            expiry = int(expiry_param)
        except ValueError:
            raise bad_request("expiry must be a Unix timestamp") from None
        if not services.signer.is_valid(record.id, owner_param, expiry, signature):
            raise ApiProblem(403, "Invalid signature")
        if expiry < time.time():
            raise ApiProblem(403, "This download link has expired")
        return Response(
            status=200,
            body=record.content,
            content_type=record.content_type,
            headers={
                "Content-Disposition": f'attachment; filename="{record.name}"',
                "ETag": f'"{record.to_json(request.origin)["etag"]}"',
            },
        )

    router.add("GET", "/v1/files", list_files)
    router.add("POST", "/v1/files", create)
    router.add(
        "GET",
        "/v1/files/{file_id}",
        lambda request: json_response(find(request.path_params["file_id"]).to_json(request.origin)),
    )
    router.add("DELETE", "/v1/files/{file_id}", delete)
    router.add("GET", "/v1/files/{file_id}/download", download, authenticated=False)
