"""`cleaner learn --site` for hosts under no public suffix: their subdomains are one site."""

from __future__ import annotations

from pathlib import Path

import orjson
from click.testing import CliRunner

from cleaner.documents.sites import site_key
from cleaner.run.cli import main

SUBJECTS = ["ferries", "trawlers", "yachts", "tugboats", "barges", "kayaks"]


def batch(tmp_path: Path) -> Path:
    lines = []
    for n, subject in enumerate(SUBJECTS):
        body = (
            f"The harbour authority approved new berths for {subject} after a long dispute with the "
            f"town council, officials said.\n\nWork on the {subject} quay will start in spring, according to the plan."
        )
        host = ("news-a.example", "www.news-a.example", "live.news-a.example")[n % 3]  # two pages each
        text = f"{body}\n\nHarbour Gazette is produced by the Gazette cooperative of fishing towns"
        lines.append(orjson.dumps({"id": f"p{n}", "url": f"https://{host}/{n}", "text": text}))
    source = tmp_path / "batch.jsonl"
    source.write_bytes(b"\n".join(lines))
    return source


def test_hosts_without_a_public_suffix_are_sites_like_any_other() -> None:
    assert site_key("https://www.news-a.example/1") == site_key("https://news-a.example/2") == "news-a.example"
    assert site_key("https://a.b.intranet.example/x") == "intranet.example"
    assert site_key("http://localhost:8080/x") == "localhost"
    assert site_key("http://10.0.0.5/x") == "10.0.0.5"
    assert site_key("https://www.gazette.example.org/x") == "example.org"


def test_learn_site_for_a_host_without_a_public_suffix(tmp_path: Path) -> None:
    source = batch(tmp_path)
    for site in ("news-a.example", "www.news-a.example"):
        result = CliRunner().invoke(main, ["learn", str(source), "--site", site])
        assert result.exit_code == 0, result.output
        assert "Harbour Gazette is produced by the Gazette cooperative of fishing towns" in result.stdout
