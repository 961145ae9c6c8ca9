"""Run rs-trafilatura for ``run_bench.py`` from a side environment (it ships a CPython 3.12 wheel only).

Reads one JSON object per line on standard input (``html``, ``url``) and writes one per line:
``text`` (the main content) and ``seconds`` (the extraction alone, without the pipe), or
``error``. Standard library and rs_trafilatura only, so any Python 3.12 with it installed runs it.
"""

from __future__ import annotations

import json
import sys
import time

import rs_trafilatura


def main() -> int:
    print(json.dumps({"ready": True}), flush=True)
    for line in sys.stdin:
        page = json.loads(line)
        start = time.perf_counter()
        try:
            result = rs_trafilatura.extract(page["html"], url=page.get("url"))
            answer = {"text": result.main_content or ""}
        except Exception as error:  # reported, scored as empty output by the bench
            answer = {"error": f"{type(error).__name__}: {error}"}
        answer["seconds"] = time.perf_counter() - start
        print(json.dumps(answer), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
