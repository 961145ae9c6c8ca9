"""Build the AI-filler detector's tables of common words for its languages other than English.

    python bench/ai_filler_language_common_words.py [--check]

English's table (``bench/ai_filler_common_words.py``) is learned from the gold bodies of the shared
dev pages, which are nearly all English. For German, French, Spanish, Portuguese, Italian and Dutch
the words most text uses whatever its topic come from the frequency lists jusText ships
(``justext/stoplists/<Language>.txt``, BSD 2-Clause, the most frequent words of each language's
Wikipedia; jusText is installed with trafilatura): a content stem (the detector's stem of a word
that is not one of the language's stop words) of a word on the list is common, so a new one says
nothing specific, as an English word in the English table does. The tables ship with the rules
(``rules/families/data/ai_filler/common/<code>.txt``).

``--check`` rebuilds the tables in memory and says whether the committed files match (exit 1 if
not); without jusText the script says so and exits 0.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from cleaner.builtin_rules.families.ai_filler import LANGUAGE_LEXICONS, LANGUAGES_DIR

from cleaner.evidence import filler

LANGUAGES = {"de": "German", "fr": "French", "es": "Spanish", "pt": "Portuguese", "it": "Italian", "nl": "Dutch"}


def table(code: str, frequent: list[str]) -> str:
    """The file's text: a header saying how it was built, then one stem a line, sorted."""
    stops = LANGUAGE_LEXICONS[code].stop_words
    stems = sorted(
        {filler.stem(word) for line in frequent for word in filler.words(line) if len(word) > 2 and word not in stops}
    )
    header = (
        f"# Content-word stems of the most frequent {LANGUAGES[code]} words (jusText's stoplist, BSD 2-Clause):\n"
        "# common whatever a text is about, so a new one says nothing specific. Built by\n"
        "# bench/ai_filler_language_common_words.py; do not edit.\n"
    )
    return header + "".join(f"{stem}\n" for stem in stems)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="compare with the committed tables instead of writing")
    args = parser.parse_args(argv)
    try:
        import justext
    except ImportError:
        print("skipped: jusText is not installed")
        return 0
    lists = Path(justext.__file__).resolve().parent / "stoplists"
    stale = []
    for code, language in LANGUAGES.items():
        text = table(code, (lists / f"{language}.txt").read_text(encoding="utf-8").splitlines())
        target = LANGUAGES_DIR / "common" / f"{code}.txt"
        if args.check:
            if not target.is_file() or target.read_text(encoding="utf-8") != text:
                stale.append(code)
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")
        print(f"{code}: {text.count(chr(10)) - 3} stems -> {target}")
    if stale:
        print(f"stale: {', '.join(stale)} (run python bench/ai_filler_language_common_words.py)")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
