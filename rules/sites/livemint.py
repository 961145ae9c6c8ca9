"""Livemint: wire copy wrapped in an app-promo footer and a glued breadcrumb trail."""

from cleaner.rule_api import Site, line

site = Site("livemint", domains=["livemint.com"], fingerprint=r"on Live Mint\. Download The ?Mint")

rules = [
    line(
        "promo",
        r"catch all the .{1,200} on live ?mint\.(?: download the ?mint news app .{0,80})?",
        why="site-wide app promo footer",
        name="app_promo_footer",
        sentence=True,
    ),
    line(
        "navigation",
        r"(?:business news|news)(?:politics|markets|companies|money|technology|industry|opinion|sports|news|world"
        r"|economy|ai|science|education|elections|auto|entertainment|lifestyle)\S.*",
        why="breadcrumb trail glued into one line",
        name="breadcrumb",
    ),
    line(
        "promo",
        r"subscribe to mint newsletter.*|download the ?mint news app.*",
        why="newsletter and app prompt",
        name="newsletter_and_app_prompt",
    ),
]

must_drop = [
    "Catch all the Business News, Politics news,Breaking NewsEvents andLatest News Updates on Live Mint. "
    "Download TheMint News App to get Daily Market Updates.",
    "Business NewsPoliticsHegseth Says US Is Upgrading Japan Ops to War-Fighting Command",
]
must_keep = [
    "Japan makes a commitment every five years to help cover the costs of US bases.",
    "Business news channels carried the announcement live from Tokyo on Sunday morning.",
]
