"""Chrome by shape and place: a learned line scorer for the lines before and after the article.

The scorer (:mod:`cleaner.evidence.line_scorer`) reads only language-independent facts about a
line and where it stands; its marks carry ``LAYOUT`` evidence, which the guard refuses inside the
article, and the reason records the score and the threshold. It scores plain text only (an HTML
page has the extractor's verdict and its markup instead), on the first cleaning pass (the page it
was trained on).

Setting ``line_scorer`` (default :data:`cleaner.evidence.line_scorer_weights.ENABLED`): ``True``
runs it with the shipped weights, ``False`` turns it off, a
:class:`cleaner.evidence.line_scorer.Model` runs it with other weights (the training script's
leave-one-dataset-out runs). ``keep={"layout"}`` also turns it off.
"""

from collections.abc import Iterator

from cleaner.evidence import line_scorer_weights
from cleaner.evidence.line_scorer import Model, outside_lines
from cleaner.rule_api import Evidence, Family, Found, Page, detector

family = Family("layout")

_SCORED = "layout.line_scorer.scored"
"""Document note: the page was scored on its first pass (later passes see a page cut by it)."""


def chosen_model(page: Page) -> Model | None:
    """The model the page's settings ask for, or None when the scorer is off."""
    choice = page.settings.get("line_scorer", line_scorer_weights.ENABLED)
    if isinstance(choice, Model):
        return choice
    return line_scorer_weights.MODEL if choice else None


@detector(
    "layout",
    why="chrome by shape and place: the learned line scorer rates this line outside the article as chrome",
    evidence=Evidence.LAYOUT,
    name="line_scorer",
)
def line_scorer(page: Page) -> Iterator[Found]:
    model = chosen_model(page)
    if model is None or page.facts is not None or page.document.get(_SCORED):
        return
    page.document[_SCORED] = True
    for line in outside_lines(page.blocks, page.body, page.headings):
        score = model.score(line.place, line.values)
        if score >= model.threshold:
            yield line.index, f"line {line.place} the article scored {score:.3f} >= threshold {model.threshold:.3f}"


rules = [line_scorer]
