"""Pagination: iterate every item across pages, or walk the pages yourself.

python examples/pagination.py
"""

from __future__ import annotations

from itertools import islice

from _target import MODELS, client


def main() -> None:
    with client() as replicate:
        # Make sure there is something to list.
        for name in ("Ada", "Grace", "Alan"):
            replicate.run(MODELS.hello, input={"text": name})

        # Iterating a list call follows `next` links lazily, one page at a time.
        print("latest predictions:")
        for prediction in islice(replicate.predictions.list(), 5):
            print(f"  {prediction.id} {prediction.status:<10} {prediction.model}")

        # Or page by page.
        page = replicate.models.list()
        pages = 0
        while True:
            pages += 1
            print(f"page {pages}: {', '.join(f'{m.owner}/{m.name}' for m in page.results)}")
            if pages >= 3 or not page.has_next_page():
                break
            page = page.get_next_page()


if __name__ == "__main__":
    main()
