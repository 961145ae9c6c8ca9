"""Same-story index at batch scale: lookup cost per document as the batch grows, and recall of
planted rewrites.

    python bench/duplicates_bench.py [--docs 20000] [--memory] [--max-stories N]

Documents are 350 words drawn from a Zipf-distributed vocabulary of 30,000 words, so unrelated
documents overlap as real text does (Jaccard of features around 0.02-0.05). Every 50th
document is planted: a copy of an earlier one with a share of its words replaced, at a target
Jaccard of 0.3 to 0.6. The script prints the signature and lookup time, the mean lookup time of
the last 1,000 documents at each size, and how many planted copies were found. ``--memory``
traces what the index holds (signatures are made one at a time and dropped), and
``--max-stories`` shrinks its window, to see that memory stay flat once the window is full.
"""

from __future__ import annotations

import argparse
import random
import statistics
import time
import tracemalloc

from cleaner.evidence.near_duplicates import MAX_STORIES, DuplicateIndex, signature

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
    parser.add_argument("--max-stories", type=int, default=MAX_STORIES, help="representatives the index remembers")
    parser.add_argument(
        "--memory", action="store_true", help="trace the index's memory (tracemalloc; times are then not comparable)"
    )
    args = parser.parse_args()
    texts, planted = documents(args.docs)
    if args.memory:
        tracemalloc.start()
    index = DuplicateIndex(max_stories=args.max_stories)
    signing: list[float] = []
    spent: list[float] = []
    found = 0
    for number, text in enumerate(texts):
        start = time.perf_counter()
        found_signature = signature(text)
        signed = time.perf_counter()
        match = index.add_signature(number, found_signature)
        signing.append(signed - start)
        spent.append(time.perf_counter() - signed)
        found += match is not None and number in planted
        if number + 1 in (args.docs // 10, args.docs):
            recent = statistics.mean(spent[-1000:]) * 1000
            held = f"; the index holds {tracemalloc.get_traced_memory()[0] / 2**20:.1f} MiB" if args.memory else ""
            print(
                f"after {number + 1} documents: signatures {sum(signing):.1f} s, lookups {sum(spent):.1f} s, "
                f"last 1,000 {recent:.3f} ms each{held}"
            )
    print(f"planted rewrites found: {found} of {len(planted)}")


if __name__ == "__main__":
    main()
