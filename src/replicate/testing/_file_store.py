"""Uploaded files, their JSON form, and the HMAC-signed download URLs the server issues."""

from __future__ import annotations

import base64
import datetime
import hashlib
import hmac
import os
from dataclasses import dataclass
from typing import Any, Dict
from urllib.parse import urlencode

from ._ids import format_timestamp

FILE_LIFETIME = datetime.timedelta(hours=24)


@dataclass
class FileRecord:
    id: str
    seq: int
    owner: str
    name: str
    content_type: str
    content: bytes
    metadata: Any
    created_at: datetime.datetime

    def to_json(self, origin: str) -> Dict[str, Any]:
        md5 = hashlib.md5(self.content).hexdigest()
        return {
            "id": self.id,
            "name": self.name,
            "content_type": self.content_type,
            "size": len(self.content),
            "etag": md5,
            "checksums": {"sha256": hashlib.sha256(self.content).hexdigest(), "md5": md5},
            "metadata": self.metadata,
            "created_at": format_timestamp(self.created_at),
            "expires_at": format_timestamp(self.created_at + FILE_LIFETIME),
            "urls": {"get": f"{origin}/v1/files/{self.id}"},
        }


class DownloadSigner:
    def __init__(self) -> None:
        self._key = os.urandom(32)

    def signature(self, file_id: str, owner: str, expiry: int) -> str:
        message = f"{file_id}\n{owner}\n{expiry}".encode()
        return base64.b64encode(hmac.new(self._key, message, hashlib.sha256).digest()).decode("ascii")

    def is_valid(self, file_id: str, owner: str, expiry: int, signature: str) -> bool:
        return hmac.compare_digest(self.signature(file_id, owner, expiry), signature)

    def url(self, origin: str, file_id: str, owner: str, expiry: int) -> str:
        query = urlencode(
            {"expiry": expiry, "owner": owner, "signature": self.signature(file_id, owner, expiry)}
        )
        return f"{origin}/v1/files/{file_id}/download?{query}"
