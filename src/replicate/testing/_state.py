"""Everything the server knows, in memory, behind one lock."""

from __future__ import annotations

import itertools
import threading
from typing import Dict, Optional

from ._catalog import Collection, DeploymentRecord, ModelRecord, VersionRecord
from ._file_store import FileRecord
from ._jobs import Job
from ._problems import not_found


class State:
    def __init__(self) -> None:
        self.lock = threading.RLock()
        self.models: Dict[str, ModelRecord] = {}
        self.versions: Dict[str, VersionRecord] = {}
        self.predictions: Dict[str, Job] = {}
        self.trainings: Dict[str, Job] = {}
        self.deployments: Dict[str, DeploymentRecord] = {}
        self.files: Dict[str, FileRecord] = {}
        self.collections: Dict[str, Collection] = {}
        self._sequence = itertools.count(1)

    def next_seq(self) -> int:
        with self.lock:
            return next(self._sequence)

    def model(self, owner: str, name: str) -> ModelRecord:
        with self.lock:
            record = self.models.get(f"{owner}/{name}")
        if record is None:
            raise not_found(f"Model {owner}/{name}")
        return record

    def latest_version(self, model: ModelRecord) -> Optional[VersionRecord]:
        with self.lock:
            return self.versions[model.version_ids[-1]] if model.version_ids else None

    def model_version(self, model: ModelRecord, version_id: str) -> VersionRecord:
        with self.lock:
            if version_id in model.version_ids:
                return self.versions[version_id]
        raise not_found(f"Version {version_id} of model {model.full_name}")

    def add_version(self, model: ModelRecord, version: VersionRecord) -> None:
        with self.lock:
            self.versions[version.id] = version
            if version.id not in model.version_ids:
                model.version_ids.append(version.id)

    def resolve_version(self, reference: str) -> VersionRecord:
        """A version from `<version id>`, `owner/name` (its latest version) or `owner/name:<version id>`."""
        name, _, version_id = reference.partition(":")
        if "/" not in name:
            with self.lock:
                found = self.versions.get(reference)
            if found is None:
                raise not_found(f"Version {reference}")
            return found
        owner, _, model_name = name.partition("/")
        model = self.model(owner, model_name)
        if version_id:
            return self.model_version(model, version_id)
        latest = self.latest_version(model)
        if latest is None:
            raise not_found(f"Model {name} has no versions, so it")
        return latest
