"""Hand-written filler for the AI-filler development set, by style.

A filler paragraph restates the story and adds no fact: it may name the story's subject, town and
people (all stated elsewhere) but never a new name, number, date, quote or attribution. Slots:
``{subject}``, ``{Subject}`` (capitalised), ``{area}``, ``{town}``, ``{s1}`` (a surname the article
already gave), ``{kw}`` (an SEO keyword phrase built from the town and subject).

Formal wire filler is also built from parts (opener, claim, tail) so that no two articles share
one sentence by chance; the other styles are whole hand-written paragraphs, one to three sentences.
"""

from __future__ import annotations

WIRE_OPENERS = [
    "Overall, ", "In conclusion, ", "Ultimately, ", "Taken together, ", "In the broader picture, ",
    "At its core, ", "In many ways, ", "Seen in context, ", "Beyond the immediate headlines, ", "",
    "More broadly, ", "Against this backdrop, ", "In essence, ",
]
WIRE_CLAIMS = [
    "{subject} underscores the importance of careful planning and open dialogue in {area}",
    "{subject} reflects a broader shift in how {area} is being shaped",
    "{subject} highlights the delicate balance between competing priorities in {area}",
    "{subject} serves as a reminder that {area} rarely stands still",
    "{subject} marks a pivotal moment for {area} and for those who depend on it",
    "{subject} demonstrates the complex interplay of interests that define {area}",
    "{subject} sheds light on the challenges and opportunities facing {area}",
    "{subject} points to a deeper transformation under way in {area}",
    "{subject} raises important questions about the direction of {area}",
    "{subject} illustrates how much is at stake for {area}",
    "{subject} has drawn attention to issues that have long simmered beneath the surface of {area}",
    "{subject} captures the tensions that have come to characterise {area}",
    "{subject} speaks to a growing recognition that {area} needs fresh thinking",
    "the significance of {subject} extends well beyond {town}",
    "{subject} offers a window into the pressures reshaping {area}",
]
WIRE_TAILS = [
    ", paving the way for a more resilient future.",
    ", and its effects are likely to be felt for years to come.",
    ", a development that stakeholders will be watching closely.",
    ". Only time will tell how the story unfolds.",
    ", and it remains to be seen how all sides will respond.",
    ", signalling that further change is on the horizon.",
    ". The road ahead will require cooperation, patience and a shared sense of purpose.",
    ", setting the stage for a new chapter.",
    ". How this plays out will shape the conversation in the months ahead.",
    ", reinforcing the need for a thoughtful and coordinated response.",
    ".",
    ". What happens next will matter to many people.",
]

WIRE_WHOLE = [
    "As the dust settles in {town}, attention will inevitably turn to what comes next, and to whether the "
    "lessons of {subject} are taken to heart.",
    "The developments come at a time of heightened scrutiny, and they are likely to fuel an already lively "
    "debate about {area}.",
    "For many observers, {subject} is less an isolated event than part of a larger story still being written.",
    "While the full implications are not yet clear, {subject} has added a new dimension to discussions about "
    "{area}.",
    "In an era of rapid change, moments like this remind us how interconnected our choices have become.",
    "Whatever the final outcome, the episode has brought renewed focus to questions that will not go away "
    "soon.",
    "It is a story that touches on trust, responsibility and the future, themes that resonate far beyond "
    "{town}.",
    "As {town} looks to the future, the hope is that {subject} will be remembered as a turning point rather "
    "than a missed opportunity.",
]

BLOG = [
    "Okay, let's be honest: nobody saw {subject} coming, and we're still kind of processing it.",
    "So what does all this actually mean for you? Honestly, probably more than you'd think.",
    "Stay tuned, because this story is far from over, and we'll be here for every twist.",
    "And that's the tea on {subject}! Pretty wild, right?",
    "We've been following {area} for a while now, and let me tell you, this one feels different.",
    "If you ask us, {subject} is a big deal, and it's about time people started paying attention.",
    "Grab a coffee, because there's a lot to unpack here.",
    "Here's the thing, though: stories like this are never as simple as they look at first glance.",
    "Is this the start of something bigger? We definitely think so, but only time will tell.",
    "Love it or hate it, {subject} has everyone talking, and we're totally here for it.",
    "Bottom line? Keep an eye on {town}, because things are just getting interesting.",
    "We can't help but feel a little excited (and a little nervous) about where this is heading.",
    "It's one of those moments that reminds you why we love covering {area} in the first place.",
    "Let us know what you think in the comments, because we're curious whether you're as surprised as we "
    "are.",
    "Whew. That was a lot. But trust us, it's worth keeping on your radar.",
    "The vibes around {subject}? Complicated, to say the least.",
]

LISTICLE = [
    "Why it matters: {subject} could change the conversation around {area} in a big way.",
    "The big picture: this is about more than one event; it is about where {area} is heading.",
    "What to watch: how {town} and everyone involved respond in the weeks and months ahead.",
    "Key takeaway: {subject} is a reminder that {area} is constantly evolving.",
    "The bottom line: expect more debate, more scrutiny and more change.",
    "Between the lines: {subject} reveals the pressures building beneath the surface.",
    "What it means for you: staying informed about {area} has never been more important.",
    "Takeaway: the story of {subject} is still being written, and its ending is anything but certain.",
    "Zoom out: moments like this tend to ripple far beyond {town}.",
    "The takeaway for readers is simple: {subject} deserves attention, and the coming months will be "
    "decisive.",
    "Final thoughts: whatever happens next, {subject} has already left its mark on {area}.",
    "Why this is important: it shows how quickly things can change, and how prepared everyone needs to be.",
]

SEO = [
    "{kw} is one of the most searched topics today, and the latest {kw} updates show why readers care about "
    "{kw}.",
    "If you are looking for the latest {kw}, you have come to the right place: we cover all {kw} in one "
    "place.",
    "Keep following our {kw} coverage for the latest {kw} information and {kw} analysis.",
    "In this article, we explain everything you need to know about {kw} and why {kw} matters right now.",
    "This {kw} story is trending, and {kw} readers want to know what {kw} means for them.",
    "Bookmark this page for more {kw}, breaking {kw} and in-depth {kw} explainers.",
    "Understanding {kw} is important for anyone interested in {area}, and this {kw} guide helps you stay "
    "ahead.",
    "Our {kw} team brings you trusted {kw} every day, so you never miss an important {kw} update.",
    "Read on for the full {kw} and the best {kw} insights on the web.",
    "For more {kw}, check back regularly, because {kw} is a fast-moving topic.",
]

TRANSLATED = [
    "This event is having big importance for the {area} and many people are waiting to see the result of "
    "it.",
    "It is to be noted that {subject} is showing the situation of today in a very clear manner.",
    "In the end, the all parties must to work together for the good future of {town}.",
    "The {subject} is very much discussed in the society and it will bring many changes in the coming time.",
    "We can say that the matter is complex and it has many sides which are needing attention.",
    "According to the situation, the future of {area} is depending on the decisions which are taken now.",
    "It is hoped by everyone that the problem will find the solution in the near future.",
    "This is showing again that the {area} is the very important topic for all the people.",
    "With this development, the new page is opened in the history of {town}.",
    "The people of {town} are following the developments with big attention and hope.",
    "The time will show if this decision was correct one or not.",
    "In the conclusion, {subject} is the event which will be remembered for long time.",
]

STYLE_FILLER = {"blog": BLOG, "listicle": LISTICLE, "seo": SEO, "translated": TRANSLATED}
