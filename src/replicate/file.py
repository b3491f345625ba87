"""``replicate.file``, replicate 1.0.x's module: ``File`` (``file.urls["get"]``), ``Files``
(``client.files``: ``create(path_or_file, metadata=...)``, ``get``, ``list``, ``delete``) and
``FileEncodingStrategy``."""

from .legacy._objects import File
from .legacy._resources import Files
from .lib.file_encoding import FileEncodingStrategy

__all__ = ["File", "FileEncodingStrategy", "Files"]
