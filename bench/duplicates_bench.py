"""Same-story index at batch scale: lookup cost per document as the batch grows, and recall of
planted rewrites.

    python bench/duplicates_bench.py [--docs 20000]

Documents are 350 words drawn from a Zipf-distributed vocabulary of 30,000 words, so unrelated
documents overlap as real text does (Jaccard of features around 0.02-0.05). Every 50th
document is planted: a copy of an earlier one with a share of its words replaced, at a target
Jaccard of 0.3 to 0.6. The script prints the signature and lookup time, the mean lookup time of
the last 1,000 documents at each size, and how many planted copies were found.
"""

from __future__ import annotations

import argparse
import random
import statistics
import time

from cleaner.near_duplicates import DuplicateIndex, signature

VOCABULARY = 30_000
WORDS_PER_DOCUMENT = 350
PLANT_EVERY = 50


def documents(count: int, seed: int = 1) -> tuple[list[str], set[int]]:
    """``count`` documents and the positions of the planted rewrites among them."""
    rng = random.Random(seed)
    vocabulary = [f"term{n}" for n in range(VOCABULARY)]
    weights = [1 / (rank + 1) for rank in range(VOCABULARY)]
    texts: list[list[str]] = []
    planted: set[int] = set()
    for number in range(count):
        if number % PLANT_EVERY == PLANT_EVERY - 1:
            original = list(rng.choice(texts))
            share = rng.uniform(0.1, 0.3)  # words replaced: feature Jaccard about 0.3-0.6
            for position in rng.sample(range(len(original)), int(share * len(original))):
                original[position] = rng.choice(vocabulary)
            texts.append(original)
            planted.add(number)
        else:
            texts.append(rng.choices(vocabulary, weights=weights, k=WORDS_PER_DOCUMENT))
    return [" ".join(words) + "." for words in texts], planted


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--docs", type=int, default=20_000, help="documents in the largest batch")
    args = parser.parse_args()
    texts, planted = documents(args.docs)
    start = time.perf_counter()
    signatures = [signature(text) for text in texts]
    print(f"{args.docs} documents: signatures {time.perf_counter() - start:.1f} s")
    index = DuplicateIndex()
    spent: list[float] = []
    found = 0
    for number, found_signature in enumerate(signatures):
        start = time.perf_counter()
        match = index.add_signature(number, found_signature)
        spent.append(time.perf_counter() - start)
        found += match is not None and number in planted
        if number + 1 in (args.docs // 10, args.docs):
            recent = statistics.mean(spent[-1000:]) * 1000
            print(f"after {number + 1} documents: lookups {sum(spent):.1f} s, last 1,000 {recent:.2f} ms each")
    print(f"planted rewrites found: {found} of {len(planted)}")


if __name__ == "__main__":
    main()
