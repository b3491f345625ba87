"""Models, versions and deployments as the server stores them, and their JSON forms."""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field
from typing import Any, Dict, List, Optional

from ._ids import format_timestamp, utc_now
from ._jobs import Job
from ._runner import PredictFunction


@dataclass
class VersionRecord:
    id: str
    model: str  # owner/name
    openapi_schema: Dict[str, Any]
    predict: PredictFunction
    iterator_output: bool
    created_at: datetime.datetime = field(default_factory=utc_now)

    def to_json(self) -> Dict[str, Any]:
        return {
            "id": self.id,
            "created_at": format_timestamp(self.created_at),
            "cog_version": "0.9.4",
            "openapi_schema": self.openapi_schema,
        }


@dataclass
class ModelRecord:
    owner: str
    name: str
    seq: int
    description: Optional[str] = None
    visibility: str = "public"
    hardware: str = "cpu"
    github_url: Optional[str] = None
    paper_url: Optional[str] = None
    license_url: Optional[str] = None
    cover_image_url: Optional[str] = None
    readme: Optional[str] = None
    run_count: int = 0
    version_ids: List[str] = field(default_factory=lambda: [])
    examples: List[Job] = field(default_factory=lambda: [])
    created_at: datetime.datetime = field(default_factory=utc_now)

    @property
    def full_name(self) -> str:
        return f"{self.owner}/{self.name}"

    def to_json(self, origin: str, latest_version: Optional[VersionRecord]) -> Dict[str, Any]:
        return {
            "url": f"{origin}/{self.full_name}",
            "owner": self.owner,
            "name": self.name,
            "description": self.description,
            "visibility": self.visibility,
            "github_url": self.github_url,
            "paper_url": self.paper_url,
            "license_url": self.license_url,
            "run_count": self.run_count,
            "cover_image_url": self.cover_image_url,
            "default_example": None,
            "latest_version": latest_version.to_json() if latest_version is not None else None,
            "is_official": self.owner == "replicate",
        }


@dataclass
class Release:
    number: int
    model: str
    version: str
    hardware: str
    min_instances: int
    max_instances: int
    created_at: datetime.datetime = field(default_factory=utc_now)


@dataclass
class DeploymentRecord:
    owner: str
    name: str
    seq: int
    release: Release

    @property
    def full_name(self) -> str:
        return f"{self.owner}/{self.name}"

    def to_json(self, account: Dict[str, Any]) -> Dict[str, Any]:
        release = self.release
        return {
            "owner": self.owner,
            "name": self.name,
            "current_release": {
                "number": release.number,
                "model": release.model,
                "version": release.version,
                "created_at": format_timestamp(release.created_at),
                "created_by": account,
                "configuration": {
                    "hardware": release.hardware,
                    "min_instances": release.min_instances,
                    "max_instances": release.max_instances,
                },
            },
        }


@dataclass(frozen=True)
class Collection:
    slug: str
    name: str
    description: str
    model_names: List[str]


HARDWARE: List[Dict[str, str]] = [
    {"name": "CPU", "sku": "cpu"},
    {"name": "Nvidia T4 GPU", "sku": "gpu-t4"},
    {"name": "Nvidia L40S GPU", "sku": "gpu-l40s"},
    {"name": "Nvidia A100 (80GB) GPU", "sku": "gpu-a100-large"},
    {"name": "Nvidia H100 GPU", "sku": "gpu-h100"},
]
