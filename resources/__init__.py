"""Reference data, schemas, fonts and translations shipped with Wijkplan.

Everything in this folder is reached through :func:`resource_path`, so that a packaged build
or a test can point elsewhere without touching the callers.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

_ROOT = Path(__file__).resolve().parent


def resource_path(*parts: str) -> Path:
    return _ROOT.joinpath(*parts)


def load_json(*parts: str) -> Any:
    with resource_path(*parts).open(encoding="utf-8") as fh:
        return json.load(fh)
