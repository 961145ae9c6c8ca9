"""Runs that trail the article, found by their rhythm (``rules/families/rhythm.py``), and the guard's
``TRAILER`` policy: such a run goes after the article's end, prose and all, never inside the article."""

from __future__ import annotations

from cleaner import clean
from cleaner.engine.blocks import segment
from cleaner.engine.body import Body
from cleaner.engine.guard import decide
from cleaner.rule_api import Evidence, Mark

LEDE = (
    "The district council approved the new cycle lanes on Tuesday after a two-hour debate, with 31 votes in "
    "favour and 9 against."
)
SECOND = (
    "Work on the first section, between the station and the hospital, will start in March and cost about "
    "2.4 million euros, the council said."
)
COMMENTS = (
    "駅から病院までの自転車道ができるのは本当にうれしいです、毎朝とても危ないと感じていました。",
    "工事の期間中はバスの時刻表も変わるのでしょうか、市のホームページにはまだ何も書かれていません。",
    "三月からとのことですが、冬の間に準備を進めてほしいと思います。子どもの通学路でもあるので。",
)


def _removed_by(text: str) -> dict[str, str]:
    return {removal.text: removal.rule for removal in clean(text).removed}


def test_a_japanese_thread_goes_by_its_rhythm_and_the_article_stays() -> None:
    """Names, dates, comments and the same 返信 under each: the comments go, prose as they are."""
    thread = []
    for number, comment in enumerate(COMMENTS):
        thread += [f"山田 太郎{number}", f"2025/03/0{number + 1} 10:1{number}", comment, "返信"]
    text = "\n\n".join([LEDE, SECOND, *thread])
    result = clean(text)
    assert result.text == f"{LEDE}\n\n{SECOND}"
    removed = {removal.text: removal.rule for removal in result.removed}
    assert all(removed[comment] == "rhythm.comment_thread" for comment in COMMENTS)


def test_a_dated_list_whose_button_names_no_thread_stays() -> None:
    """An events list with "Book a seat" under each dated event has a thread's shape, but no listed
    label names it: its descriptions stay."""
    events = [
        ("Brass at Dusk", "The town band opens the season with marches and film music on the bandstand."),
        ("Folk on the Green", "Three young fiddlers play the tunes they collected from farmers last spring."),
        ("Midsummer Choirs", "Four choirs from the twin towns sing together for the first time this year."),
    ]
    lines = [LEDE, SECOND]
    for number, (title, description) in enumerate(events):
        lines += [title, f"1{number}/06/2025 at 19:30", description, "Book a seat"]
    removed = _removed_by("\n".join(lines))
    assert not any(description in removed for _, description in events)


def test_trailer_marks_stand_only_after_the_article() -> None:
    """The guard lets a TRAILER mark take prose after the article's last paragraph, and refuses it
    before the article and on a page with no paragraph besides the run."""
    comment = "What a good idea, I have been waiting for these lanes for years and will use them every day."

    def taken(*lines: str, run: range) -> list[int]:
        marks = [Mark(index, "test.run", "comments", "a run", Evidence.TRAILER) for index in run]
        decision = decide(Body(segment("\n\n".join(lines))), marks)
        return [index for index, mark in enumerate(decision.removals) if mark is not None]

    assert taken(LEDE, SECOND, "Anna", "2025-03-02", comment, run=range(2, 5)) == [2, 3, 4]
    assert taken("Anna", "2025-03-02", comment, LEDE, SECOND, run=range(0, 3)) == []
    assert taken("Anna", "2025-03-02", comment, run=range(0, 3)) == []


def test_a_short_article_outweighed_by_its_comment_thread_keeps_its_list() -> None:
    """Where the thread holds more prose than the article, the article found once the thread is
    set aside is the one shape may not cut: its short list stays, the thread goes. (A page the
    property test generated.)"""
    opening = (
        "Shares in the Pentagon fell 0.0% in early trading in Tokyo after the report on the defense budget"
        " was released."
    )
    checklist = ["Your love story", "Event details", "Entertainment"]
    caption = "The old harbour bridge at dusk, seen from the ferry terminal (Photo: Jane Holloway)"
    table = ["Rank", "State", "Rate", "1", "Alaska", "$14.55", "2", "Wyoming", "$43.88", "3", "Montana", "$45.57"]
    thread = ["Comments"]
    for name, thanks in (("Pete Hegseth", "Pete Hegseth"), ("Pete Nakatani", "Gen Hegseth")):
        comment = f"Great read, thanks {thanks}! I shared it with my book club in Tokyo right away."
        thread += [name, "1mo", comment, "Reply"]
    german = "Toller Artikel, danke! Ich habe ihn gleich an meine Kollegen in Tokyo weitergeschickt."
    thread += ["Gen Hegseth", "1mo", german, "Reply"]
    result = clean("\n".join([opening, *checklist, caption, "He declined to comment.", *table, *thread]))
    kept = result.text.split("\n")
    assert all(line in kept for line in checklist), result.removed
    assert "Pete Nakatani" not in kept
