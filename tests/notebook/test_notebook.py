"""examples/notebook.ipynb executed for real (nbclient + ipykernel) against replicate.testing."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any, Dict, List, Set

import nbformat
from nbclient import NotebookClient

NOTEBOOK = Path(__file__).resolve().parents[2] / "examples" / "notebook.ipynb"


def output_mimes(cell: Any) -> Set[str]:
    mimes: Set[str] = set()
    for output in cell.get("outputs", []):
        mimes.update(output.get("data", {}))
        if output.get("output_type") == "stream":
            mimes.add(f"stream:{output['name']}")
    return mimes


def test_the_example_notebook_shows_images_cards_and_progress(monkeypatch: Any) -> None:
    for name in ("REPLICATE_API_TOKEN", "REPLICATE_BASE_URL"):
        monkeypatch.delenv(name, raising=False)
    notebook = nbformat.read(NOTEBOOK, as_version=4)
    client = NotebookClient(
        notebook, timeout=120, kernel_name="python3", resources={"metadata": {"path": str(NOTEBOOK.parent)}}
    )
    env_before = dict(os.environ)
    client.execute()
    assert dict(os.environ) == env_before

    code: List[Dict[str, Any]] = [cell for cell in notebook.cells if cell.cell_type == "code"]
    errors = [o for cell in code for o in cell.get("outputs", []) if o.get("output_type") == "error"]
    assert errors == []
    _, image, card, batch = code
    assert "image/png" in output_mimes(image)
    html = "".join(o["data"].get("text/html", "") for o in card["outputs"] if "data" in o)
    assert 'class="replicate-prediction"' in html and "succeeded" in html and "hello notebook" in html
    batch_text = "".join(
        o.get("text", "") + o.get("data", {}).get("text/plain", "") for o in batch["outputs"]
    )
    assert "['hello Alice', 'hello Bob', 'hello Carol']" in batch_text
    assert "succeeded=3" in batch_text
    # The tqdm bar: a widget when ipywidgets is there, else text on stderr.
    assert output_mimes(batch) & {"application/vnd.jupyter.widget-view+json", "stream:stderr"}
