"""The least a typed client must do: a pydantic model of a prediction, as a user would write it.

The ``httpx-pydantic`` floor validates each body into this model, so the floor pays what any client
returning pydantic models pays (importing pydantic, building one model's schema, validating) and
nothing of an SDK. Imports only what the model needs, so that ``cold.py`` measures exactly that.
"""

from __future__ import annotations

from datetime import datetime
from typing import Dict, Optional

from pydantic import BaseModel


class Metrics(BaseModel):
    predict_time: Optional[float] = None
    total_time: Optional[float] = None


class URLs(BaseModel):
    get: str
    cancel: str
    stream: Optional[str] = None
    web: Optional[str] = None


class Prediction(BaseModel):
    id: str
    model: str
    version: str
    input: Dict[str, object]
    output: Optional[object] = None
    logs: Optional[str] = None
    error: Optional[str] = None
    status: str
    source: Optional[str] = None
    deployment: Optional[str] = None
    created_at: datetime
    started_at: Optional[datetime] = None
    completed_at: Optional[datetime] = None
    data_removed: Optional[bool] = None
    metrics: Optional[Metrics] = None
    urls: URLs
