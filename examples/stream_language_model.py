"""Stream a language model's answer token by token as it is generated.

python examples/stream_language_model.py
"""

from __future__ import annotations

from _target import MODELS, client


def main() -> None:
    with client() as replicate:
        for event in replicate.stream(
            MODELS.language,
            input={"prompt": "Write a haiku about coding", "max_tokens": 48},
        ):
            print(str(event), end="", flush=True)
        print()


if __name__ == "__main__":
    main()
