"""Library arguments: a wrong value fails at once with a message that says what is wrong."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from cleaner import Cleaner

FILLER_PAGE = (
    "The council approved the new budget on Tuesday after a debate that lasted more than four hours.\n\n"
    "Spending on schools will rise by 4.2 percent, the finance committee said in its final report.\n\n"
    "In conclusion, the budget reflects a commitment to the community."
)


def test_a_missing_rule_folder_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="rule folders not found: nope"):
        Cleaner(rule_dirs=["nope"])
    Cleaner(rule_dirs=[tmp_path])  # an existing, empty folder is fine


def test_keep_takes_one_category_as_a_string() -> None:
    assert Cleaner(keep="ai_filler").keep == frozenset({"ai_filler"})
    with pytest.raises(ValueError, match="unknown categories to keep: filler;"):
        Cleaner(keep="filler")


def test_ai_sensitivity_is_an_argument() -> None:
    """The detector's threshold follows the sensitivity (5.0 at 0, 1.8 at 1), and every filler removal states it."""
    eager, cautious = Cleaner(ai_sensitivity=1.0), Cleaner(ai_sensitivity=0.0)
    assert eager.settings == {"ai_filler.sensitivity": 1.0}
    for cleaner, threshold in ((eager, "threshold 1.80"), (cautious, "threshold 5.00")):
        (removal,) = cleaner.clean(FILLER_PAGE).removed
        assert removal.category == "ai_filler" and removal.reason.endswith(threshold)
    with pytest.raises(ValueError, match="between 0 and 1"):
        Cleaner(ai_sensitivity=2)


def test_the_scrapy_pipeline_without_scrapy_says_how_to_install_it() -> None:
    code = "import sys; sys.modules['scrapy'] = None; import cleaner.run.scrapy_pipeline"
    completed = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert completed.returncode == 1
    assert "needs Scrapy" in completed.stderr and "pip install '.[scrapy]'" in completed.stderr
