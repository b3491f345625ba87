"""multipart/form-data parsing with the standard library's email parser."""

from __future__ import annotations

from dataclasses import dataclass
from email import policy
from email.parser import BytesParser
from typing import Dict, Optional

from ._problems import bad_request


@dataclass(frozen=True)
class FormPart:
    name: str
    content: bytes
    filename: Optional[str]
    content_type: Optional[str]  # None when the part did not say


def parse_form(content_type: str, body: bytes) -> Dict[str, FormPart]:
    if not content_type.lower().startswith("multipart/form-data") or "boundary=" not in content_type:
        raise bad_request("Expected a multipart/form-data body with a boundary")
    envelope = b"Content-Type: " + content_type.encode("latin-1") + b"\r\nMIME-Version: 1.0\r\n\r\n" + body
    message = BytesParser(policy=policy.HTTP).parsebytes(envelope)
    if not message.is_multipart():
        raise bad_request("Malformed multipart/form-data body")
    parts: Dict[str, FormPart] = {}
    for part in message.iter_parts():
        name = part.get_param("name", header="content-disposition")
        if not isinstance(name, str):
            continue
        payload = part.get_payload(decode=True)
        declared_type = part.get("Content-Type")
        parts[name] = FormPart(
            name=name,
            content=payload if isinstance(payload, bytes) else b"",
            filename=part.get_filename(),
            content_type=part.get_content_type() if declared_type else None,
        )
    return parts
