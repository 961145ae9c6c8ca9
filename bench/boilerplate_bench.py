"""Learned site boilerplate on a synthetic batch: chrome removed, body lost, time and memory.

    python bench/boilerplate_bench.py [--pages 1000,10000] [--sites 20]

Each of the sites has its own menu, promos (one on every page, one rotating on about 70% of
pages, one on about 30%) and footer (a copyright line whose year varies, a newsletter sentence
that reads like prose); bodies are distinct generated paragraphs, and one page in 50 re-publishes
the previous page's story. Pass 1 learns over the batch, pass 2 cleans every page with the
shipped rules plus the learned table. Each size runs in its own process so peak memory is its own.

Reported: chrome blocks the table removes on its own (``learned_alone``), and in the full run
those it removed and those the rules removed first, chrome blocks kept, body blocks lost by
either (must be 0), learn and clean time per page, the learner's peak traced memory, and the
process's peak resident memory.
"""

from __future__ import annotations

import argparse
import inspect
import json
import random
import resource
import subprocess
import sys
import time
import tracemalloc
from collections.abc import Iterator

from cleaner import Cleaner
from cleaner.documents.sites import site_key
from cleaner.engine.blocks import segment
from cleaner.engine.guard import decide
from cleaner.evidence.boilerplate import RULE_ID, BoilerplateLearner, BoilerplateTable
from cleaner.rule_api import Page

VOCABULARY = str.split(
    "council budget river storm minister school hospital court police energy price harbour farmers "
    "election bridge museum railway drought vaccine festival union tariff satellite glacier export "
    "inflation coalition refinery teachers nurses airport reservoir wildfire senate ruling contract"
)


def site_chrome(site: int) -> dict[str, list[str]]:
    name = f"Site{site:02d} Herald"
    return {
        "head": [name, "Home", f"{name} World News", f"{name} Business & Markets", f"Opinion from {name}"],
        "promo_all": [f"Subscribe to {name} now and save 50% on your first year"],
        "promo_often": [f"Download the {name} app for breaking news alerts"],
        "promo_rare": [f"Win tickets to the {name} summer festival this weekend"],
        "foot": [
            f"© {{year}} {name} Media Ltd. All rights reserved.",
            f"Sign up for the {name} morning briefing and get the top stories of the day in your inbox "
            "every weekday before breakfast.",
            f"About {name} | Contact | Privacy Policy | Terms of Use",
        ],
    }


def body(rnd: random.Random, story: int) -> list[str]:
    return [
        f"Officials said on day {story} that the "
        + " ".join(rnd.choice(VOCABULARY) for _ in range(rnd.randint(14, 30)))
        + f" would affect {rnd.randint(2, 90000)} residents, report {story}-{n}."
        for n in range(rnd.randint(4, 8))
    ]


def pages(count: int, sites: int) -> Iterator[tuple[str, str, set[int]]]:
    """``(text, url, body block indexes)``; the same count and sites give the same pages."""
    chrome = [site_chrome(site) for site in range(sites)]
    previous: dict[int, list[str]] = {}
    for number in range(count):
        rnd = random.Random(number)
        site = number % sites
        parts = chrome[site]
        story = previous[site] if number % 50 == 49 and site in previous else body(rnd, number)
        previous[site] = story
        promos = parts["promo_all"][:]
        promos += parts["promo_often"] if rnd.random() < 0.7 else []
        promos += parts["promo_rare"] if rnd.random() < 0.3 else []
        head = parts["head"] + promos
        foot = [line.format(year=2015 + rnd.randint(0, 10)) for line in parts["foot"]]
        text = "\n".join([*head, "", *("\n\n".join(story).split("\n")), "", *foot])
        url = f"https://www.site{site:02d}-herald.com/news/{number}"
        yield text, url, set(range(len(head), len(head) + len(story)))


def learn(count: int, sites: int) -> BoilerplateTable:
    learner = BoilerplateLearner()
    for text, url, _ in pages(count, sites):
        learner.add(text, url)
    return learner.table()


def run(count: int, sites: int) -> dict[str, float]:
    started = time.perf_counter()
    table = learn(count, sites)
    learn_seconds = time.perf_counter() - started
    tracemalloc.start()
    learn(count, sites)
    learner_peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()

    hooked = "boilerplate" in inspect.signature(Cleaner).parameters
    cleaner = Cleaner(boilerplate=table) if hooked else Cleaner()  # type: ignore[call-arg]
    totals = dict.fromkeys(["chrome", "learned_alone", "learned", "by_rules", "kept_chrome", "body", "body_lost"], 0)
    clean_seconds = 0.0
    for text, url, body_blocks in pages(count, sites):
        blocks = segment(text)
        started = time.perf_counter()
        result = cleaner.clean(text, url=url)
        by_start = {removal.start: removal.rule for removal in result.removed}
        page = Page(blocks, url)
        marks = table.marks(page, site_key(url))
        alone = decide(page.body, marks).removals
        if not hooked:
            for block, mark in zip(blocks, alone, strict=True):
                if mark is not None:
                    by_start.setdefault(block.start, mark.rule)
        clean_seconds += time.perf_counter() - started
        for block in blocks:
            rule = by_start.get(block.start)
            if block.index in body_blocks:
                totals["body"] += 1
                totals["body_lost"] += rule is not None or alone[block.index] is not None
            else:
                totals["chrome"] += 1
                totals["learned_alone"] += alone[block.index] is not None
                totals["learned"] += rule == RULE_ID
                totals["by_rules"] += rule is not None and rule != RULE_ID
                totals["kept_chrome"] += rule is None
    return {
        **totals,
        "pages": count,
        "learned_lines": sum(len(site.lines) for site in table.sites.values()),
        "learn_ms_per_page": 1000 * learn_seconds / count,
        "clean_ms_per_page": 1000 * clean_seconds / count,
        "learner_peak_mb": learner_peak / 2**20,
        "process_peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "engine_hook": hooked,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", default="1000,10000", help="comma-separated batch sizes")
    parser.add_argument("--sites", type=int, default=20)
    parser.add_argument("--child", type=int, help=argparse.SUPPRESS)
    options = parser.parse_args()
    if options.child:
        print(json.dumps(run(options.child, options.sites)))
        return
    columns = [
        "pages", "learned_lines", "chrome", "learned_alone", "learned", "by_rules", "kept_chrome", "body", "body_lost",
        "learn_ms_per_page", "clean_ms_per_page", "learner_peak_mb", "process_peak_mb",
    ]  # fmt: skip
    print(" | ".join(columns))
    for count in (int(size) for size in options.pages.split(",")):
        child = [sys.executable, __file__, "--child", str(count), "--sites", str(options.sites)]
        row = json.loads(subprocess.run(child, check=True, capture_output=True, text=True).stdout)
        print(" | ".join(f"{row[c]:.3f}" if isinstance(row[c], float) else str(row[c]) for c in columns))
    print(f"engine hook used: {row['engine_hook']} (else learned marks went through cleaner.engine.guard.decide)")


if __name__ == "__main__":
    main()
