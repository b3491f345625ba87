"""A Replicate-compatible HTTP API on loopback, for testing code that talks to Replicate.

    from replicate.testing import serve

    with serve(speed=10) as server:
        client = replicate.Replicate(bearer_token=server.token, base_url=server.url)
        client.run("replicate/hello-world", input={"text": "Alice"})  # "hello Alice"

Models are Python functions `predict(input, ctx)`; see `Server.register_model`. Only the standard
library is used here, and nothing from the SDK's client: this is the other side of the wire.
"""

from ._app import REQUEST_ID_HEADER
from ._context import PredictionContext
from ._png import gradient_png
from ._registration import ModelSpec
from ._server import Server, serve
from ._webhook_delivery import WebhookDelivery
from ._webhook_signing import sign_webhook
from ._wire import RecordedRequest

__all__ = [
    "REQUEST_ID_HEADER",
    "ModelSpec",
    "PredictionContext",
    "RecordedRequest",
    "Server",
    "WebhookDelivery",
    "gradient_png",
    "serve",
    "sign_webhook",
]
