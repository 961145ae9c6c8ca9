"""Hypothesis profiles: ``ci`` runs every property on at least 300 examples, the same ones on every
run (derandomised: a build's verdict does not depend on its luck), ``dev`` stays quick and random,
so that local runs keep exploring new pages, and ``hunt`` draws many fresh random pages (1,000 a
property, or ``HYPOTHESIS_EXAMPLES``) to look for a broken promise before a rule or guard change
is merged: the derandomised ``ci`` examples alone have missed breaks that random pages found.

Pick one with ``HYPOTHESIS_PROFILE=ci|dev|hunt``; without it, ``CI=true`` (set by CI services) selects
``ci`` and anything else ``dev``. Deadlines are off in both: the first call of a test loads the
rule modules, and a shared CI core can stall, neither of which is a property of the cleaner.

Hypothesis also draws numbers and strings from the constants it finds in the project's modules
loaded so far (any module outside site-packages and the tests), and collects them again whenever
a module is loaded: a derandomised property then drew other pages in the full suite, after tests
that load the command line, the report or a rule folder written to a temporary path, than run
alone, and any constant edited anywhere in the package moved every property's draws. Its draws
here depend on its seed alone: that pool is pinned empty (:func:`pin_local_constants`).
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings

settings.register_profile(
    "ci",
    max_examples=300,
    deadline=None,
    print_blob=True,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.register_profile("dev", max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.register_profile(
    "hunt",
    max_examples=int(os.environ.get("HYPOTHESIS_EXAMPLES", "1000")),
    deadline=None,
    print_blob=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow],
)


def _profile() -> str:
    chosen = os.environ.get("HYPOTHESIS_PROFILE")
    if chosen:
        return chosen
    return "ci" if os.environ.get("CI", "").strip().lower() in {"true", "1", "yes"} else "dev"


def pin_local_constants() -> bool:
    """Pin the pool of constants Hypothesis collects from the loaded modules to an empty one, so
    that what a property draws does not depend on what was imported before it; False where this
    Hypothesis has no such pool (``tests/test_draws.py`` then says whether the draws still
    depend on it)."""
    from hypothesis.internal.conjecture import providers

    collect = getattr(providers, "_get_local_constants", None)
    constants = getattr(providers, "Constants", None)
    if collect is None or constants is None:
        return False
    empty = constants()
    providers._get_local_constants = lambda: empty
    providers.CONSTANTS_CACHE.cache.clear()
    return True


pin_local_constants()
settings.load_profile(_profile())
