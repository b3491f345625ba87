"""Output files produced by models, served like replicate.delivery serves them."""

from __future__ import annotations

import base64
import threading
from dataclasses import dataclass
from typing import Dict, Optional
from urllib.parse import quote

from ._ids import new_id


@dataclass(frozen=True)
class DeliveredFile:
    name: str
    content_type: str
    content: bytes


class DeliveryStore:
    def __init__(self) -> None:
        self._files: Dict[str, DeliveredFile] = {}
        self._lock = threading.Lock()

    def add(self, origin: str, content: bytes, filename: str, content_type: str) -> str:
        file_id = new_id()
        with self._lock:
            self._files[file_id] = DeliveredFile(filename, content_type, content)
        return f"{origin}/delivery/{file_id}/{quote(filename)}"

    def get(self, file_id: str) -> Optional[DeliveredFile]:
        with self._lock:
            return self._files.get(file_id)


def data_uri(content: bytes, content_type: str) -> str:
    return f"data:{content_type};base64,{base64.b64encode(content).decode('ascii')}"
