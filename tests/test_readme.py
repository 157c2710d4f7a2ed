"""The README's example runs and shows what newsfacts really returns."""

from __future__ import annotations

import ast
import re
from pathlib import Path
from typing import Any

import pytest

README = Path(__file__).resolve().parent.parent / "README.md"


def as_checked_code(block: str) -> tuple[str, int]:
    """``expr  # literal`` lines become assertions; other comments stay comments."""
    lines = []
    checks = 0
    for line in block.splitlines():
        code, _, comment = line.partition("  # ")
        try:
            expected = ast.literal_eval(comment.strip()) if comment else None
        except (ValueError, SyntaxError):
            expected = None
        if comment and expected is not None and not code.startswith((" ", "import")):
            lines.append(f"assert ({code}) == {expected!r}, {line!r}")
            checks += 1
        else:
            lines.append(line)
    return "\n".join(lines), checks


@pytest.mark.parametrize(
    "block", re.findall(r"```python\n(.*?)```", README.read_text(encoding="utf-8"), flags=re.S)
)
def test_the_readme_examples_print_what_their_comments_say(
    block: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)  # an example may write a file (facts.parquet)
    code, checks = as_checked_code(block)
    assert checks >= 3
    namespace: dict[str, Any] = {}
    exec(compile(code, str(README), "exec"), namespace)
