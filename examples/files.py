"""File output and file input: save a generated image, then send it to another model.

    python examples/files.py [OUTPUT_DIR]

Files in a model's output come back as `FileOutput` objects (`.url`, `.read()`, iterate for
chunks). Local files go in as `pathlib.Path`, an open binary file or `bytes`: the SDK uploads them
(`file_encoding_strategy="url"`, the default) or inlines small ones as data URIs ("base64").
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path
from typing import List, cast

from _target import MODELS, client

from replicate.helpers import FileOutput


def main() -> None:
    directory = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(tempfile.mkdtemp(prefix="replicate-"))
    directory.mkdir(parents=True, exist_ok=True)
    with client() as replicate:
        # File output: stream each file of the output to disk.
        output = replicate.run(MODELS.image, input={"prompt": "a lighthouse at dusk", **MODELS.image_input})
        files = cast(List[object], output) if isinstance(output, list) else [output]
        saved: List[Path] = []
        for index, item in enumerate(files):
            assert isinstance(item, FileOutput), f"expected a file, got {item!r}"
            path = directory / f"image-{index}.png"
            with path.open("wb") as f:
                for chunk in item:
                    f.write(chunk)
            saved.append(path)
            print(f"saved {item.url} to {path}")

        # File input: a path is uploaded; an open file works the same way.
        description = replicate.run(MODELS.describe_image, input={"image": saved[0]})
        print(f"described (uploaded): {description}")
        with saved[0].open("rb") as image:
            description = replicate.run(
                MODELS.describe_image, input={"image": image}, file_encoding_strategy="base64"
            )
        print(f"described (data URI): {description}")


if __name__ == "__main__":
    main()
