"""Run a model and print its output.

    python examples/run_model.py

Without REPLICATE_API_TOKEN this runs against a local `replicate.testing` server (see _target.py).
"""

from __future__ import annotations

from _target import MODELS, client


def main() -> None:
    with client() as replicate:
        output = replicate.run(MODELS.hello, input={"text": "Alice"})
        print(output)

        # The same, step by step: start a prediction, then wait for it.
        # `version` takes owner/name:version, a version id, or owner/name for official models.
        prediction = replicate.predictions.create(version=MODELS.hello, input={"text": "Bob"})
        print(f"prediction {prediction.id} is {prediction.status}")
        prediction = replicate.predictions.wait(prediction_id=prediction.id, timeout=60)
        print(f"prediction {prediction.id} {prediction.status}: {prediction.output}")


if __name__ == "__main__":
    main()
