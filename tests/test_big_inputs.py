"""Big inputs through the API and the CLI: a 50 MB text file, a 20 MB page, one 5 MB line.

Each must come back lossless (the removal record is exact) and keep every paragraph in
order. The realistic many-short-units versions are slow and opt-in: set CLEANER_SLOW_TESTS=1.
"""

from __future__ import annotations

import os
import random

import pytest
from conftest import PARAGRAPH, SEED, json_result, page, restore, run
from test_properties import assert_contract

SLOW = pytest.mark.skipif(
    not os.environ.get("CLEANER_SLOW_TESTS"), reason="set CLEANER_SLOW_TESTS=1 to run"
)

WORDS = (
    "the council voted on tuesday to close old bridge for repairs officials said after long "
    "meeting engineers found cracks in two supporting pillars last spring mayor"
).split()


def prose(rng: random.Random, words: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(words)).capitalize() + "."


def many_paragraphs(count: int, words: tuple[int, int], seed: int) -> list[str]:
    """`count` distinct paragraphs (numbered) built from a small pool: quick to make."""
    rng = random.Random(seed)
    pool = [prose(rng, rng.randint(*words)) for _ in range(64)]
    return [f"{i}. {pool[rng.randrange(64)]}" for i in range(count)]


def in_order(paragraphs: list[str], text: str) -> bool:
    """Every paragraph occurs in `text`, in this order (linear, unlike `p in text` each)."""
    cursor = 0
    for paragraph in paragraphs:
        cursor = text.find(paragraph, cursor)
        if cursor < 0:
            return False
        cursor += len(paragraph)
    return True


def test_50_mb_text_file_through_the_cli(tmp_path):
    # 5,100 paragraphs of ~10 kB: the size stresses reading, decoding, segmenting and JSON;
    # the realistic many-short-lines version is test_50_mb_of_short_lines (slow).
    paragraphs = many_paragraphs(5100, (1600, 1600), seed=0)
    paragraphs[2500] = "Share this article"
    text = "\n\n".join(paragraphs) + "\n"
    assert len(text.encode()) > 50_000_000
    path = tmp_path / "big.txt"
    path.write_text(text, encoding="utf-8")
    record = json_result(run("clean", "--format", "json", str(path)))
    assert restore(record, text) == text
    assert [r["text"].strip() for r in record["removed"]] == ["Share this article"]


def test_20_mb_html_page(cleaner):
    paragraphs = many_paragraphs(2300, (200, 3000), seed=1)
    html = page(paragraphs, "utf-8")
    assert len(html.encode()) > 20_000_000
    result = cleaner.clean(html.encode())
    assert result.source == "html"
    assert in_order(paragraphs, result.extracted)
    assert_contract(result.extracted, result)


def test_one_5_mb_line_without_newlines(cleaner):
    line = ("word " * 1_000_000).strip() + "."
    result = cleaner.clean(line)
    assert result.text == line  # 5 MB of prose is body: kept whole
    assert_contract(line, result)
    # A line this long is read sentence by sentence: an appeal run together 42,000 times
    # (half a megabyte) is removed sentence by sentence, as 42,000 lines would be.
    result = cleaner.clean(("Donate now! " * 42_000).encode())
    assert_contract(result.restore(), result)
    assert result.text == "" and len(result.removed) == 42_000


@SLOW
@pytest.mark.slow
def test_50_mb_of_short_lines(cleaner):
    # ~265,000 realistic units: about 110 s and 5 GB of memory on the dev machine.
    seed = SEED.read_text()
    text = seed * (50_000_000 // len(seed) + 1)
    result = cleaner.clean(text.encode())
    assert_contract(text, result)


@SLOW
@pytest.mark.slow
def test_20_mb_html_of_short_paragraphs(cleaner):
    # 160,000 paragraphs: about 75 s (half trafilatura, half the model) and 3 GB of memory.
    paragraphs = [f"{PARAGRAPH} Paragraph {i}." for i in range(160_000)]
    result = cleaner.clean(page(paragraphs))
    assert in_order(paragraphs, result.extracted)
    assert_contract(result.extracted, result)
