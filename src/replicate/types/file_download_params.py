# File generated from openapi.yaml by codegen. Do not edit.

from typing_extensions import Required, TypedDict

__all__ = ["FileDownloadParams"]


class FileDownloadParams(TypedDict, total=False):
    owner: Required[str]
    """The username of the user or organization that uploaded the file."""
    expiry: Required[int]
    """A Unix timestamp (seconds) with the expiration date of this download URL."""
    signature: Required[str]
    """A base64-encoded HMAC-SHA256 checksum of the string
    `{owner} {id} {expiry}` generated with the Files API signing secret.
    """
