"""Leave-topic-out for the AI-filler detector's vocabulary, not just its sensitivity.

    python bench/ai_filler_topic_folds.py [--set bench/ai_filler_set/handwritten_q.jsonl]

``ai_filler_eval.py`` leaves each topic out of the choice of sensitivity, but the language files'
words and phrases were written with the whole tuning set in view, so its unseen-topic figure
says little of how they carry over. This scores each topic of a set of articles in languages
other than English (field ``language``) at the default sensitivity with its language's lexicon
stripped of what only that topic could have taught: the generic words whose stem no paragraph of
the set's other topics uses, and the phrases whose pattern matches a paragraph of that topic and
none of the others'. What the other topics share with it stays: the figure is a lower bound of
how the vocabulary does on a topic it never saw, the full lexicon's figure on the same articles
the upper one, and the gap between them how much of the score the set's own topics taught.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from types import ModuleType

from ai_filler_eval import Tally, load_set, score_article

from cleaner import Cleaner
from cleaner.engine.loader import BUILTIN_PACKAGE
from cleaner.evidence import filler

SET = Path(__file__).resolve().parent / "ai_filler_set" / "handwritten_q.jsonl"
RULE_MODULE = f"{BUILTIN_PACKAGE}.families.ai_filler"


def stems(articles: list[dict]) -> set[str]:
    """The stems of every word of the articles' paragraphs."""
    return {filler.stem(word) for text in texts(articles) for word in filler.words(text)}


def texts(articles: list[dict]) -> list[str]:
    """The articles' paragraphs."""
    return [paragraph["text"] for article in articles for paragraph in article["paragraphs"]]


def taught_by(module: ModuleType, language: str, held: list[dict], rest: list[dict]) -> set[str]:
    """Generic words and phrase labels of ``language``'s file that only ``held`` could have taught."""
    sections = module._sections(module.LANGUAGES_DIR / f"{language}.txt")
    only_held = stems(held) - stems(rest)
    generic = {word for line in sections.get("generic", ()) for word in line.lower().split()}
    held_texts = [text.lower() for text in texts(held)]
    rest_texts = [text.lower() for text in texts(rest)]
    return {word for word in generic if filler.stem(word) in only_held} | {
        label
        for label, _, pattern in module.LANGUAGE_LEXICONS[language].phrase_rules
        if any(map(pattern.search, held_texts)) and not any(map(pattern.search, rest_texts))
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--set", type=Path, default=SET, help="labelled articles in languages other than English")
    args = parser.parse_args()
    articles = [a for a in load_set(args.set) if a.get("language", "en") != "en"]
    cleaner = Cleaner()
    module = sys.modules[RULE_MODULE]  # the cleaner's own import of the rules (each load imports them anew)
    full = dict(module.LANGUAGE_LEXICONS)
    whole, held_out = Tally(), Tally()
    print(f"{len(articles)} articles; each topic scored with and without what only it could have taught")
    print(f"  {'topic':24} {'full lexicon':>14} {'topic left out':>16}  left out")
    for topic in sorted({a["topic"] for a in articles}):
        held = [a for a in articles if a["topic"] == topic]
        rest = [a for a in articles if a["topic"] != topic]
        module.LANGUAGE_LEXICONS.update(full)
        with_all = Tally()
        for article in held:
            with_all.add(score_article(cleaner, article))
        dropped: set[str] = set()
        for language in sorted({a["language"] for a in held}):
            taught = taught_by(module, language, [a for a in held if a["language"] == language], rest)
            dropped |= taught
            module.LANGUAGE_LEXICONS[language] = module._language_lexicon(
                module.LANGUAGES_DIR / f"{language}.txt", leave_out=taught
            )
        without = Tally()
        for article in held:
            without.add(score_article(cleaner, article))
        whole.add(with_all)
        held_out.add(without)
        print(f"  {topic:24} {with_all.caught:>6}/{with_all.filler:<3} {with_all.lost:>2} lost "
              f"{without.caught:>6}/{without.filler:<3} {without.lost:>2} lost  {len(dropped)}")
    module.LANGUAGE_LEXICONS.update(full)
    for name, tally in (("full lexicon", whole), ("topic left out", held_out)):
        print(f"{name}: recall {tally.recall:.3f} ({tally.caught}/{tally.filler}), body lost "
              f"{tally.body_lost}/{tally.body}, hard negatives lost {tally.hard_lost}/{tally.hard}")
    print(f"gap: {whole.recall - held_out.recall:+.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
