"""Rich display in Jupyter: files in output inline, and a prediction as a compact card.

`FileOutput` / `AsyncFileOutput` render by the content type the server sends: png, jpeg, gif and
webp as images, audio and video as players, text as text, anything else (or anything larger than
`MAX_INLINE_BYTES`) as a link. Each file is fetched once and cached. A `Prediction` (a generated
model, so not edited here) gets an HTML formatter registered with IPython, by name, when IPython is
running: model, status, timings, input, output (files as above), error, logs, links.

Nothing here imports IPython: it is used only if the user's process already has it.
"""

from __future__ import annotations

import base64
import html
import json
import sys
import threading
from collections import OrderedDict
from typing import TYPE_CHECKING, Any, Dict, List, Mapping, Optional, Tuple, cast

if TYPE_CHECKING:
    from ..types.prediction import Prediction
    from .file_output import AsyncFileOutput, FileOutput

__all__ = [
    "MAX_INLINE_BYTES",
    "file_output_bundle",
    "prediction_html",
    "register_ipython_display",
]

MAX_INLINE_BYTES = 10 * 1024 * 1024
CACHE_ENTRIES = 64
_TEXT_CHARS = 20_000
_JSON_CHARS = 2_000
_LOG_LINES = 30
_IMAGE_MIMES = ("image/png", "image/jpeg", "image/gif")
_EXTENSION_KINDS = {
    **dict.fromkeys(("png", "jpg", "jpeg", "gif", "webp"), "img"),
    **dict.fromkeys(("mp3", "wav", "ogg", "flac", "m4a"), "audio"),
    **dict.fromkeys(("mp4", "webm", "mov"), "video"),
}

Fetched = Tuple[str, Optional[bytes]]  # (content type, content, or None when over the cap)

_cache: OrderedDict[str, Fetched] = OrderedDict()
_cache_lock = threading.Lock()


def _fetch(file: Any) -> Fetched:
    url = str(file.url)
    with _cache_lock:
        if url in _cache:
            _cache.move_to_end(url)
            return _cache[url]
    fetched = _fetch_uncached(file, url)
    with _cache_lock:
        _cache[url] = fetched
        while len(_cache) > CACHE_ENTRIES:
            _cache.popitem(last=False)
    return fetched


def _fetch_uncached(file: Any, url: str) -> Fetched:
    if url[:5].lower() == "data:":
        from .file_output import decode_data_uri

        media_type = url[5:].split(",", 1)[0].split(";", 1)[0] or "text/plain"
        content = decode_data_uri(url)
        return media_type, content if len(content) <= MAX_INLINE_BYTES else None
    from .file_output import FileOutput

    if isinstance(file, FileOutput):
        response = file._open()  # the client's download: its retries, and its token policy
    else:  # an AsyncFileOutput: the notebook's event loop is busy, so fetch without the client
        import httpx

        client = httpx.Client(follow_redirects=True, timeout=30)
        response = client.send(client.build_request("GET", url), stream=True)
    try:
        response.raise_for_status()
        content_type = response.headers.get("content-type", "application/octet-stream")
        length = response.headers.get("content-length")
        if length is not None and length.isdigit() and int(length) > MAX_INLINE_BYTES:
            return content_type, None
        chunks: List[bytes] = []
        size = 0
        for chunk in response.iter_bytes():
            size += len(chunk)
            if size > MAX_INLINE_BYTES:
                return content_type, None
            chunks.append(chunk)
        return content_type, b"".join(chunks)
    finally:
        response.close()


def file_output_bundle(file: FileOutput | AsyncFileOutput) -> Dict[str, Any]:
    """The MIME bundle Jupyter shows for a file in output (see the module docstring)."""
    url = str(file.url)
    plain = repr(file)
    try:
        content_type, content = _fetch(file)
    except Exception as exc:  # a display must never raise: show the link and why
        return {"text/plain": plain, "text/html": _link(url, f" (could not read it: {exc})")}
    mime = content_type.split(";", 1)[0].strip().lower()
    if content is None:
        return {"text/plain": plain, "text/html": _link(url, f" ({mime}, too large to show inline)")}
    encoded = base64.b64encode(content).decode()
    if mime in _IMAGE_MIMES:
        return {mime: encoded, "text/plain": plain}
    if mime == "image/webp":
        return {"text/html": f'<img src="data:image/webp;base64,{encoded}"/>', "text/plain": plain}
    if mime.startswith(("audio/", "video/")):
        tag = mime.split("/", 1)[0]
        player = f'<{tag} controls src="data:{html.escape(mime)};base64,{encoded}"></{tag}>'
        return {"text/html": player, "text/plain": plain}
    if mime.startswith("text/") or mime in ("application/json", "application/x-ndjson"):
        return {"text/plain": content.decode("utf-8", errors="replace")[:_TEXT_CHARS]}
    return {"text/plain": plain, "text/html": _link(url, f" ({html.escape(mime)})")}


def _link(url: str, note: str = "") -> str:
    shown = url if len(url) <= 120 else url[:117] + "..."
    return f'<a href="{html.escape(url)}" target="_blank">{html.escape(shown)}</a>{note}'


# ---------------------------------------------------------------------------------- prediction card

_STATUS_COLORS = {"succeeded": "#1a7f37", "failed": "#cf222e", "canceled": "#6e7781"}


def prediction_html(prediction: Prediction) -> str:
    """A compact HTML card: model, status, timings, input, output, error, logs, links."""
    status = str(prediction.status)
    color = _STATUS_COLORS.get(status, "#9a6700")
    rows: List[Tuple[str, str]] = [
        ("model", html.escape(f"{prediction.model}:{prediction.version[:12]}")),
        ("status", f'<b style="color:{color}">{html.escape(status)}</b>'),
        ("timings", html.escape(_timings(prediction))),
        ("input", _json_block(prediction.input)),
    ]
    if prediction.output is not None:
        rows.append(("output", _output_html(prediction.output)))
    if prediction.error:
        rows.append(("error", f'<pre style="color:#cf222e">{html.escape(str(prediction.error))}</pre>'))
    if prediction.logs:
        tail = "\n".join(prediction.logs.splitlines()[-_LOG_LINES:])
        rows.append(("logs", f"<pre>{html.escape(tail)}</pre>"))
    urls = prediction.urls.to_dict() if hasattr(prediction.urls, "to_dict") else {}
    links = " · ".join(
        _link(str(url)).replace(html.escape(str(url)) + "</a>", f"{name}</a>", 1)
        for name, url in sorted(urls.items())
        if url
    )
    if links:
        rows.append(("links", links))
    body = "".join(
        f'<tr><th style="text-align:left;vertical-align:top;padding-right:1em">{name}</th>'
        f'<td style="text-align:left">{value}</td></tr>'
        for name, value in rows
    )
    return (
        '<div class="replicate-prediction" style="border:1px solid #d0d7de;border-radius:6px;'
        f'padding:8px;max-width:900px"><b>Prediction {html.escape(prediction.id)}</b><table>{body}</table></div>'
    )


def _timings(prediction: Prediction) -> str:
    parts = [f"created {prediction.created_at:%Y-%m-%d %H:%M:%S}"]
    if prediction.started_at and prediction.created_at:
        parts.append(f"queued {(prediction.started_at - prediction.created_at).total_seconds():.2f}s")
    if prediction.completed_at and prediction.started_at:
        parts.append(f"ran {(prediction.completed_at - prediction.started_at).total_seconds():.2f}s")
    metrics = prediction.metrics
    predict_time = getattr(metrics, "predict_time", None) if metrics is not None else None
    if predict_time is not None:
        parts.append(f"predict time {predict_time:.2f}s")
    return ", ".join(parts)


def _json_block(value: object) -> str:
    text = json.dumps(value, indent=1, default=str)
    if len(text) > _JSON_CHARS:
        text = text[:_JSON_CHARS] + " ..."
    return f'<pre style="margin:0">{html.escape(text)}</pre>'


def _output_html(output: object) -> str:
    """Files (URLs and data URIs) as images, players or links by their extension or media type;
    everything else as JSON. No request is made: the browser loads what it shows."""
    if isinstance(output, list):
        return _list_html(cast("List[object]", output))
    if _is_file_url(output):
        return _file_html(str(output))
    if isinstance(output, str):
        return f"<pre>{html.escape(output[:_TEXT_CHARS])}</pre>"
    return _json_block(output)


def _list_html(items: List[object]) -> str:
    if items and all(_is_file_url(item) for item in items):
        return "".join(_file_html(str(item)) for item in items)
    if items and all(isinstance(item, str) for item in items):
        return f"<pre>{html.escape(''.join(cast('List[str]', items)))[:_TEXT_CHARS]}</pre>"
    return _json_block(items)


def _is_file_url(value: object) -> bool:
    return isinstance(value, str) and value[:8].lower().startswith(("http://", "https://", "data:"))


def _file_html(url: str) -> str:
    kind = _url_kind(url)
    src = html.escape(url)
    if kind == "img":
        return f'<img src="{src}" style="max-width:320px;margin:2px"/>'
    if kind in ("audio", "video"):
        return f'<{kind} controls src="{src}" style="max-width:480px"></{kind}>'
    return _link(url) + "<br/>"


def _url_kind(url: str) -> Optional[str]:
    if url[:5].lower() == "data:":
        major = url[5:].split("/", 1)[0].lower()
        return {"image": "img", "audio": "audio", "video": "video"}.get(major)
    path = url.split("?", 1)[0].split("#", 1)[0]
    return _EXTENSION_KINDS.get(path.rsplit(".", 1)[-1].lower()) if "." in path.rsplit("/", 1)[-1] else None


# ------------------------------------------------------------------------------------ registration

_registered: Dict[int, bool] = {}


def register_ipython_display(shell: Optional[Any] = None) -> bool:
    """Register the `Prediction` card with the running IPython (by name: nothing is imported).
    Called when the clients load; does nothing outside IPython. Returns whether it registered."""
    if shell is None:
        ipython = sys.modules.get("IPython")
        get_ipython = getattr(ipython, "get_ipython", None)
        shell = get_ipython() if callable(get_ipython) else None
    if shell is None or _registered.get(id(shell)):
        return False
    formatters: Mapping[str, Any] = shell.display_formatter.formatters
    formatters["text/html"].for_type_by_name("replicate.types.prediction", "Prediction", prediction_html)
    _registered[id(shell)] = True
    return True
