"""Which HTML-to-text converter gives HTML mode its source text: speed and fidelity on the dev pages.

    python bench/visible_text_bench.py [--datasets wcxb] [--limit 100]

Fidelity is measured against each page's ``fulltext`` (html-text with ``guess_layout``, the text
mode input): ``F1`` of the benchmark metric between the two texts, ``lines`` the share of the
fulltext's lines (white space collapsed) that the converter prints as a line of its own, and
``gold R`` the recall of the gold article (what a cleaner working on the text can still keep).
Speed includes parsing. Skips with a message where the shared data is absent.
"""

from __future__ import annotations

import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from run_bench import dev_pages, load

from cleaner.review.scoring import score, summarize


def converters() -> dict[str, Callable[[str], str]]:
    """Every converter that is installed, by name; html-text and selectolax are optional."""
    import lxml.html
    from resiliparse.extract.html2text import extract_plain_text
    from trafilatura import load_html

    from cleaner.documents.visible import visible_text

    found: dict[str, Callable[[str], str]] = {
        "lxml_walk (cleaner)": lambda html: visible_text(load_html(html)).text,
        "resiliparse": lambda html: extract_plain_text(html, main_content=False, alt_texts=False),
        "lxml text_content": lambda html: lxml.html.document_fromstring(html).text_content(),
    }
    try:
        import html_text

        found["html-text"] = lambda html: html_text.extract_text(html, guess_layout=True)
    except ImportError:
        print("html-text not installed: skipped")
    try:
        from selectolax.lexbor import LexborHTMLParser

        def lexbor(html: str) -> str:
            tree = LexborHTMLParser(html)
            for tag in ("script", "style", "noscript", "template"):
                for node in tree.css(tag):
                    node.decompose()
            return tree.body.text(separator="\n") if tree.body is not None else ""

        found["selectolax/lexbor"] = lexbor
    except ImportError:
        print("selectolax not installed: skipped")
    return found


def _lines(text: str) -> set[str]:
    return {" ".join(line.split()) for line in text.splitlines() if line.strip()}


def main(argv: list[str] | None = None) -> int:
    args, folder = dev_pages(__doc__, argv)
    if folder is None:
        return 0
    systems = converters()
    print("| dataset | converter | F1 vs fulltext | lines | gold R | ms/page (median) |")
    print("|---|---|---|---|---|---|")
    for dataset in args.datasets.split(","):
        pages = load(folder, dataset, limit=args.limit)
        for name, convert in systems.items():
            times, similar, gold, shared = [], [], [], []
            for page in pages:
                start = time.perf_counter()
                text = convert(page["html"])
                times.append(time.perf_counter() - start)
                similar.append(score(text, page["fulltext"]))
                gold.append(score(text, page["gold"]))
                want = _lines(page["fulltext"])
                shared.append(len(want & _lines(text)) / len(want) if want else 1.0)
            print(
                f"| {dataset} | {name} | {summarize(similar).f1:.3f} | {statistics.mean(shared):.3f}"
                f" | {summarize(gold).recall:.3f} | {1000 * statistics.median(times):.1f} |",
                flush=True,
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
