"""AI-rewrite filler: paragraphs a language model adds around the facts it was asked to rewrite.

A block goes only when it carries strong marker phrases ("Overall, ...", "..., underscoring the
importance of ...", "reflects a broader ...") and no new number, date, quote, attribution or name;
the reason records the markers, the novelty figure, the score and the threshold. The scoring and
its sources live in :mod:`cleaner.evidence.filler`.

Setting ``ai_filler.sensitivity`` (float, 0..1, default 0.5): 0 removes only blatant filler
(threshold 5.0), 1 is aggressive (threshold 2.0). ``keep={"ai_filler"}`` turns the family off.
"""

from collections.abc import Iterator

from cleaner.evidence import filler
from cleaner.rule_api import Evidence, Family, Found, Page, detector

family = Family("ai_filler")


@detector(
    "ai_filler",
    why="AI-rewrite filler: restates the article with stock phrases and adds no fact",
    evidence=Evidence.SCORED,
    name="restatement",
)
def restatement(page: Page) -> Iterator[Found]:
    limit = filler.threshold(page.settings.get("ai_filler.sensitivity", filler.DEFAULT_SENSITIVITY))
    for verdict in filler.score_page(page.blocks, limit):
        if verdict.is_filler(limit):
            yield verdict.block, verdict.reason(limit)


@detector(
    "ai_filler",
    why="chatbot leftover: the model addressing its user, not the article",
    evidence=Evidence.SCORED,
    name="chatbot_leftover",
)
def chatbot_leftover(page: Page) -> Iterator[Found]:
    if page.document.get("ai_filler.no_leftover"):
        return
    labels = filler.leftovers("\n".join(block.text for block in page.blocks))
    if not labels:  # no block holds one either: the page's leftovers are its blocks'
        page.document["ai_filler.no_leftover"] = True
        return
    page.signals.extend(("ai_generated_signals", label) for label in labels)
    for block in filler.leftover_blocks(page.blocks):
        labels = filler.leftovers(block.text)
        yield block.index, f"chatbot leftover ({', '.join(labels)}) in a block with no new fact"


rules = [restatement, chatbot_leftover]

must_drop = [
    "Overall, the decision underscores the importance of collaborative efforts and reflects a broader shift "
    "in the evolving landscape, paving the way for a more comprehensive approach.",
    "As the situation continues to unfold, only time will tell whether these developments will leave a lasting "
    "impact, but one thing is clear: the commitment of both sides remains steadfast.",
    "As an AI language model, I cannot verify the latest developments in this story.",
]
must_keep = [
    "Overall, sales rose 4.2% to $1.3 billion in the quarter, the company said on Tuesday.",
    "The ruling underscores the importance of the 1998 statute, Judge Maria Okafor wrote in a 42-page opinion.",
    "Analysts said the deal was a testament to how far the landscape had shifted since Nvidia's March results.",
]
