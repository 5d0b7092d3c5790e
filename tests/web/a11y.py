"""axe-core inside Chromium: run it on the page as it stands and print a one-screen report.

Serious and critical WCAG violations fail the test; moderate and minor ones are printed (so they are
seen) but do not fail it. The report for every page shows in the test output (`pytest -s` or -rA).
"""

from __future__ import annotations

from typing import Any

from axe_playwright_python.sync_playwright import Axe

BLOCKING = {"serious", "critical"}
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]
_AXE = Axe()


def axe_report(page: Any, name: str) -> list[str]:
    """Run axe on `page`; print `name`'s report; return the blocking violations as text."""
    results = _AXE.run(page, options={"resultTypes": ["violations"], "runOnly": {"type": "tag", "values": WCAG_TAGS}})
    violations = results.response["violations"]
    lines = [f"axe {name}: {len(violations)} violation(s) at {page.url}"]
    blocking = []
    for v in violations:
        targets = ", ".join(str(n["target"][0]) for n in v["nodes"][:3])
        line = f"  [{v['impact']}] {v['id']}: {v['help']} ({len(v['nodes'])} node(s): {targets})"
        lines.append(line)
        if v["impact"] in BLOCKING:
            blocking.append(line)
    print("\n".join(lines))
    return blocking
