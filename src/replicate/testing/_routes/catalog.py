"""/account, /hardware, /collections, /search and /webhooks/default/secret."""

from __future__ import annotations

from typing import Any, Dict, List

from .._catalog import HARDWARE, Collection, ModelRecord
from .._pagination import paginate
from .._problems import bad_request, not_found
from .._routing import Router
from .._services import Services
from .._wire import Request, Response, json_response
from .models import matches, model_json

DEFAULT_SEARCH_LIMIT = 20


def register(router: Router, services: Services) -> None:
    state = services.state

    def collection_json(collection: Collection) -> Dict[str, Any]:
        return {"name": collection.name, "slug": collection.slug, "description": collection.description}

    def collection_models(collection: Collection) -> List[ModelRecord]:
        with state.lock:
            return [state.models[name] for name in collection.model_names if name in state.models]

    def list_collections(request: Request) -> Response:
        with state.lock:
            collections = list(state.collections.values())
        order = {collection.slug: index for index, collection in enumerate(collections)}
        return json_response(
            paginate(
                request,
                collections,
                key=lambda collection: order[collection.slug],
                render=collection_json,
                page_size=services.page_size,
                newest_first=False,
            )
        )

    def get_collection(request: Request) -> Response:
        slug = request.path_params["collection_slug"]
        with state.lock:
            collection = state.collections.get(slug)
        if collection is None:
            raise not_found(f"Collection {slug}")
        payload = collection_json(collection)
        payload["models"] = [
            model_json(services, model, request.origin) for model in collection_models(collection)
        ]
        return json_response(payload)

    def search(request: Request) -> Response:
        query = (request.query("query") or "").strip()
        if not query:
            raise bad_request("query is required")
        limit_text = request.query("limit") or str(DEFAULT_SEARCH_LIMIT)
        if not limit_text.isdigit() or not 1 <= int(limit_text) <= 50:
            raise bad_request("limit must be an integer from 1 to 50")
        limit = int(limit_text)
        with state.lock:
            models = sorted(state.models.values(), key=lambda model: model.seq, reverse=True)
            collections = list(state.collections.values())
        found = [model for model in models if matches(model, query)][:limit]
        terms = query.lower().split()
        return json_response(
            {
                "query": query,
                "models": [
                    {
                        "model": model_json(services, model, request.origin),
                        "metadata": {
                            "generated_description": model.description or model.full_name,
                            "tags": [model.owner],
                            "score": round(1.0 / (1 + rank), 4),
                        },
                    }
                    for rank, model in enumerate(found)
                ],
                "collections": [
                    collection_json(collection)
                    for collection in collections
                    if all(term in f"{collection.name} {collection.description}".lower() for term in terms)
                ][:limit],
                "pages": [],
            }
        )

    router.add("GET", "/v1/account", lambda request: json_response(services.account))
    router.add("GET", "/v1/hardware", lambda request: json_response(HARDWARE))
    router.add("GET", "/v1/collections", list_collections)
    router.add("GET", "/v1/collections/{collection_slug}", get_collection)
    router.add("GET", "/v1/search", search)
    router.add(
        "GET", "/v1/webhooks/default/secret", lambda request: json_response({"key": services.webhook_secret})
    )
