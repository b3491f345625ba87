# File generated from openapi.yaml by codegen. Do not edit.
"""Every request and response type. Each is imported on first use, so this package is cheap to import."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Dict, List

if TYPE_CHECKING:
    from .audio_edition import AudioEdition as AudioEdition
    from .audio_edition_param import AudioEditionParam as AudioEditionParam
    from .author import Author as Author
    from .book import Book as Book
    from .genre import Genre as Genre
    from .library import Library as Library, LibraryOpeningHours as LibraryOpeningHours
    from .library_book_add_params import LibraryBookAddParams as LibraryBookAddParams
    from .library_book_cover_upload_params import LibraryBookCoverUploadParams as LibraryBookCoverUploadParams
    from .library_book_cover_upload_response import (
        LibraryBookCoverUploadResponse as LibraryBookCoverUploadResponse,
    )
    from .library_book_list_params import LibraryBookListParams as LibraryBookListParams
    from .library_book_lookup_params import LibraryBookLookupParams as LibraryBookLookupParams
    from .library_create_params import (
        LibraryCreateParams as LibraryCreateParams,
        LibraryCreateParamsOpeningHours as LibraryCreateParamsOpeningHours,
    )
    from .library_list_params import LibraryListParams as LibraryListParams
    from .library_page import LibraryPage as LibraryPage
    from .library_update_params import LibraryUpdateParams as LibraryUpdateParams
    from .print_edition import PrintEdition as PrintEdition
    from .print_edition_param import PrintEditionParam as PrintEditionParam
    from .work import Work as Work

__all__ = [
    "AudioEdition",
    "AudioEditionParam",
    "Author",
    "Book",
    "Genre",
    "Library",
    "LibraryBookAddParams",
    "LibraryBookCoverUploadParams",
    "LibraryBookCoverUploadResponse",
    "LibraryBookListParams",
    "LibraryBookLookupParams",
    "LibraryCreateParams",
    "LibraryCreateParamsOpeningHours",
    "LibraryListParams",
    "LibraryOpeningHours",
    "LibraryPage",
    "LibraryUpdateParams",
    "PrintEdition",
    "PrintEditionParam",
    "Work",
]

_MODULE_OF: Dict[str, str] = {
    "AudioEdition": "audio_edition",
    "AudioEditionParam": "audio_edition_param",
    "Author": "author",
    "Book": "book",
    "Genre": "genre",
    "Library": "library",
    "LibraryBookAddParams": "library_book_add_params",
    "LibraryBookCoverUploadParams": "library_book_cover_upload_params",
    "LibraryBookCoverUploadResponse": "library_book_cover_upload_response",
    "LibraryBookListParams": "library_book_list_params",
    "LibraryBookLookupParams": "library_book_lookup_params",
    "LibraryCreateParams": "library_create_params",
    "LibraryCreateParamsOpeningHours": "library_create_params",
    "LibraryListParams": "library_list_params",
    "LibraryOpeningHours": "library",
    "LibraryPage": "library_page",
    "LibraryUpdateParams": "library_update_params",
    "PrintEdition": "print_edition",
    "PrintEditionParam": "print_edition_param",
    "Work": "work",
}


def __getattr__(name: str) -> object:
    module = _MODULE_OF.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value


def __dir__() -> List[str]:
    return sorted(__all__)
