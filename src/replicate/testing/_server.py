"""`Server`: the Replicate-compatible HTTP server users start, inspect and stop."""

from __future__ import annotations

import secrets
import string
import threading
import time
from types import TracebackType
from typing import Any, Dict, Iterable, List, Mapping, Optional, Sequence, Tuple, Type

from ._app import App
from ._builtin_models import BUILTIN_COLLECTIONS, BUILTIN_MODELS
from ._delivery import DeliveryStore
from ._file_store import DownloadSigner
from ._http_server import LoopbackHTTPServer, bind, serve_forever_in_thread
from ._rate_limit import CreateRateLimit
from ._registration import DEFAULT_INPUT_SCHEMA, ModelSpec, register_model
from ._routes import catalog, deployments, files, models, outside_api, predictions, trainings
from ._routing import Router
from ._runner import PredictFunction, Runner
from ._services import Services
from ._state import State
from ._webhook_delivery import WebhookDelivery, WebhookDispatcher
from ._webhook_signing import new_webhook_secret
from ._wire import RecordedRequest

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PAGE_SIZE = 20
DEFAULT_USERNAME = "test-user"


def new_token() -> str:
    alphabet = string.ascii_letters + string.digits
    return "r8_" + "".join(secrets.choice(alphabet) for _ in range(37))


class Server:
    """A Replicate-compatible API on loopback, with state in memory and models run as Python functions."""

    def __init__(
        self,
        *,
        port: int = 0,
        token: Optional[str] = None,
        models: Iterable[ModelSpec] = (),
        speed: float = 1.0,
        host: str = DEFAULT_HOST,
        page_size: int = DEFAULT_PAGE_SIZE,
        builtin_models: bool = True,
        webhook_secret: Optional[str] = None,
        username: str = DEFAULT_USERNAME,
        create_rate_limit: Optional[Tuple[int, float]] = None,
    ) -> None:
        if speed <= 0:
            raise ValueError("speed must be positive (2.0 runs built-in delays twice as fast)")
        if page_size < 1:
            raise ValueError("page_size must be at least 1")
        self._host, self._port = host, port
        self.token: str = token or new_token()
        self.webhook_secret: str = webhook_secret or new_webhook_secret()
        self._speed = speed
        self._state = State()
        self._stopping = threading.Event()
        self._webhooks = WebhookDispatcher(self.webhook_secret)
        account = {
            "type": "user",
            "username": username,
            "name": username.replace("-", " ").title(),
            "github_url": f"https://github.com/{username}",
            "avatar_url": f"https://avatars.githubusercontent.com/{username}",
        }
        self._services = Services(
            state=self._state,
            runner=Runner(speed, lambda job: self._services.file_publisher(job)),
            webhooks=self._webhooks,
            delivery=DeliveryStore(),
            signer=DownloadSigner(),
            account=account,
            page_size=page_size,
            webhook_secret=self.webhook_secret,
            stopping=self._stopping,
            create_rate_limit=None if create_rate_limit is None else CreateRateLimit(*create_rate_limit),
        )
        self._app = App(self._routes(), self.token)
        self._http: Optional[LoopbackHTTPServer] = None
        self._thread: Optional[threading.Thread] = None
        for spec in (*(BUILTIN_MODELS if builtin_models else ()), *models):
            register_model(self._state, spec)
        if builtin_models:
            self._state.collections.update(
                {collection.slug: collection for collection in BUILTIN_COLLECTIONS}
            )

    def _routes(self) -> Router:
        router = Router()
        for module in (predictions, trainings, models, deployments, files, catalog, outside_api):
            module.register(router, self._services)
        return router

    # Lifecycle

    def start(self) -> Server:
        if self._http is not None:
            raise RuntimeError("the server is already running")
        self._stopping.clear()
        self._http = bind(self._host, self._port, self._app)
        self._webhooks.start()
        self._thread = serve_forever_in_thread(self._http)
        return self

    def stop(self) -> None:
        """Stop serving: cancel running predictions, close every connection, join every thread."""
        http, thread = self._http, self._thread
        if http is None or thread is None:
            return
        self._stopping.set()
        http.shutdown()
        thread.join()
        self._services.runner.stop()
        http.close_connections()
        http.server_close()
        self._webhooks.stop()
        self._http = self._thread = None

    def __enter__(self) -> Server:
        return self.start()

    def __exit__(
        self,
        exc_type: Optional[Type[BaseException]],
        exc: Optional[BaseException],
        traceback: Optional[TracebackType],
    ) -> None:
        self.stop()

    @property
    def speed(self) -> float:
        return self._speed

    @property
    def running(self) -> bool:
        return self._http is not None

    @property
    def origin(self) -> str:
        """`http://127.0.0.1:<port>`: where streams (`/stream/...`) and output files (`/delivery/...`) live."""
        if self._http is None:
            raise RuntimeError("the server is not running; call start() or use it as a context manager")
        return self._http.origin

    @property
    def url(self) -> str:
        """The API base URL, including the `/v1` prefix."""
        return f"{self.origin}/v1"

    @property
    def port(self) -> int:
        return int(self.origin.rsplit(":", 1)[1])

    # Models

    def register_model(
        self,
        name: str,
        *,
        predict: PredictFunction,
        input_schema: Optional[Mapping[str, Any]] = None,
        output_schema: Optional[Mapping[str, Any]] = None,
        streaming: bool = False,
        description: Optional[str] = None,
        readme: Optional[str] = None,
        examples: Sequence[Tuple[Dict[str, Any], Any]] = (),
        version_id: Optional[str] = None,
    ) -> str:
        """Add a model (or a new version of it) run by `predict(input, ctx)`; returns the version id
        (`version_id`, or one derived from the name and schema)."""
        spec = ModelSpec(
            name=name,
            predict=predict,
            input_schema=input_schema if input_schema is not None else DEFAULT_INPUT_SCHEMA,
            output_schema=output_schema if output_schema is not None else {},
            streaming=streaming,
            description=description,
            readme=readme,
            examples=examples,
            version_id=version_id,
        )
        return register_model(self._state, spec)

    # Inspection

    @property
    def predictions(self) -> Dict[str, Dict[str, Any]]:
        """Every prediction by id, as the API would return it right now."""
        with self._state.lock:
            jobs = list(self._state.predictions.values())
        return {job.id: job.to_json() for job in jobs}

    @property
    def trainings(self) -> Dict[str, Dict[str, Any]]:
        with self._state.lock:
            jobs = list(self._state.trainings.values())
        return {job.id: job.to_json() for job in jobs}

    @property
    def rate_limited_creates(self) -> int:
        """How many prediction creates were answered 429 (see `create_rate_limit`)."""
        limit = self._services.create_rate_limit
        return 0 if limit is None else limit.rejected

    @property
    def requests(self) -> List[RecordedRequest]:
        """The most recent requests received (up to 1000), oldest first."""
        return self._app.requests

    @property
    def webhook_deliveries(self) -> List[WebhookDelivery]:
        return self._webhooks.deliveries

    def wait_for_prediction(self, prediction_id: str, timeout: float = 10.0) -> Dict[str, Any]:
        """Block until the prediction is terminal (or `timeout` passes) and return its JSON."""
        with self._state.lock:
            job = self._state.predictions[prediction_id]
        job.wait_until_terminal(timeout, self._stopping)
        return job.to_json()

    def file_download_url(self, file_id: str, *, expires_in: float = 3600.0) -> str:
        """A signed `GET /files/{id}/download` URL, as the API issues for uploaded files."""
        expiry = int(time.time() + expires_in)
        owner = str(self._services.account["username"])
        return self._services.signer.url(self.origin, file_id, owner, expiry)


def serve(
    *,
    port: int = 0,
    token: Optional[str] = None,
    models: Iterable[ModelSpec] = (),
    speed: float = 1.0,
    **options: Any,
) -> Server:
    """A `Server`, not yet started: use it as a context manager, or call `.start()` and `.stop()`."""
    return Server(port=port, token=token, models=models, speed=speed, **options)
