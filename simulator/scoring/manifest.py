"""models/manifest.json: which encoder, which heads (with their sha256), when they were trained, how they score."""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from simulator.domain import ScoringError

MANIFEST_NAME = "manifest.json"
MODELS_DIR_VARIABLE = "SIMULATOR_MODELS_DIR"


def default_models_dir() -> Path:
    """The repository's models/ folder, or the folder named by $SIMULATOR_MODELS_DIR."""
    configured = os.environ.get(MODELS_DIR_VARIABLE)
    if configured:
        return Path(configured)
    return Path(__file__).resolve().parents[2] / "models"


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as stream:
        for block in iter(lambda: stream.read(1 << 16), b""):
            digest.update(block)
    return digest.hexdigest()


@dataclass(frozen=True)
class Manifest:
    directory: Path
    document: dict[str, Any]

    @classmethod
    def read(cls, directory: Path) -> Manifest:
        path = directory / MANIFEST_NAME
        try:
            document = json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError as error:
            raise ScoringError(f"no model manifest at {path}: run `simulator models train`") from error
        except (OSError, ValueError) as error:
            raise ScoringError(f"cannot read the model manifest {path}: {error}") from error
        if not isinstance(document, dict) or "heads" not in document:
            raise ScoringError(f"{path} is not a model manifest (no 'heads')")
        return cls(directory, document)

    def head_path(self, dimension: str) -> Path:
        try:
            relative = self.document["heads"][dimension]
        except KeyError as error:
            raise ScoringError(f"the model manifest names no {dimension} head") from error
        return self.directory / relative

    def reader_path(self) -> Path | None:
        """The fine-tuned reader (reader.py), or None for heads trained without one."""
        relative = self.document.get("reader")
        return self.directory / relative if relative else None

    def encoder_path(self) -> Path | None:
        """A local sentence-transformers directory chosen by the user, or None for the bundled MiniLM."""
        configured = self.document.get("encoder", {}).get("path")
        if not configured:
            return None
        path = Path(configured)
        return path if path.is_absolute() else self.directory / path

    def verify(self, relative: str) -> None:
        """Raise unless the file's sha256 matches the manifest's record of it."""
        expected = self.document.get("files", {}).get(relative)
        path = self.directory / relative
        if expected is None:
            raise ScoringError(f"{path} is not listed in {self.directory / MANIFEST_NAME}")
        if not path.is_file():
            raise ScoringError(f"missing model file {path}: run `simulator models train`")
        actual = sha256_of(path)
        if actual != expected:
            raise ScoringError(f"{path} does not match its checksum in the manifest (edited by hand?): "
                               "run `simulator models train` to rebuild it")
