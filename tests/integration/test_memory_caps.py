"""Memory stays bounded for any single input under the caps (issue 9 point 5).

Each case runs ``monitor ingest`` in a fresh Python process that reports its own peak resident
memory, on SQLite and PostgreSQL: a 14 MB feed item (under the 15 MiB fetch cap) used to take
1.47 GB and a 50 MB JSONL record 4.9 GB. Now the text kept per article is capped at
``[articles] max_text_chars`` (1,000,000) and a JSONL record over ``max_record_bytes`` is skipped
without being read into memory.
"""

from __future__ import annotations

import json
import random
import subprocess
import sys
from pathlib import Path
from xml.sax.saxutils import escape

import pytest
from sqlalchemy import text

from monitor.storage.engine import create_engine_for
from tests.integration.test_pipeline_http import write_config

pytestmark = pytest.mark.slow

PEAK_RSS_LIMIT_MB = 300  # the target for any single input under the caps
QUOTE_EVERY = 50
WORDS = ("Ukraine", "peace", "talks", "Peskov", "said", "Kremlin", "Zelenskyy", "Rubio",
         "Geneva", "ceasefire", "the", "a", "of", "and", "to", "in", "on")

# Runs the CLI in-process and prints the peak RSS (MiB) of this process as its last line.
# VmHWM is the high-water mark of this process's own memory map; ru_maxrss is not usable here,
# because Linux carries the parent's (pytest's) peak over fork and exec into the child.
CHILD = """
import resource, sys
from pathlib import Path
from monitor.cli import main

def peak_mb():
    status = Path("/proc/self/status")
    if status.exists():
        for line in status.read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

try:
    main(sys.argv[1:], standalone_mode=False)
finally:
    print("PEAK_RSS_MB", peak_mb(), flush=True)
"""


def _paragraphs(count: int, seed: int) -> list[str]:
    """Random topic words; one paragraph in QUOTE_EVERY quotes Peskov, so that every stage
    (statements included) has work to do without the test spending minutes on it."""
    rng = random.Random(seed)
    return [" ".join(rng.choice(WORDS) for _ in range(60))
            + (' "We will not accept this," Peskov said.' if i % QUOTE_EVERY == 0 else ".")
            for i in range(count)]


def _ingest(db_url: str, config: Path, path: Path) -> tuple[float, str]:
    done = subprocess.run(
        [sys.executable, "-c", CHILD, "--db", db_url, "--config", str(config), "ingest",
         str(path)], capture_output=True, text=True, timeout=300, check=False)
    lines = [line for line in done.stdout.splitlines() if line.startswith("PEAK_RSS_MB")]
    assert lines, f"no memory figure: rc {done.returncode}\n{done.stdout}\n{done.stderr}"
    peak = float(lines[-1].split()[1])
    print(f"{path.name}: peak RSS {peak:.0f} MB")  # shown with pytest -s (docs/benchmarks.md)
    return peak, done.stdout + done.stderr


def _stored(db_url: str) -> list[tuple[int, int | None]]:
    engine = create_engine_for(db_url)
    try:
        with engine.connect() as conn:
            return [(int(n), t) for n, t in conn.execute(
                text("SELECT length(text), truncated_from FROM articles ORDER BY id"))]
    finally:
        engine.dispose()


def test_a_14_mb_feed_item_is_cut_to_the_cap_in_bounded_memory(db_url: str,
                                                                tmp_path: Path) -> None:
    body = "".join(f"<p>{p}</p>" for p in _paragraphs(40_000, 1))
    feed = tmp_path / "big.xml"
    feed.write_text(
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Big</title>'
        "<link>https://big.example/</link><item><title>Ukraine peace talks</title>"
        f"<link>https://big.example/a</link><description>{escape(body)}</description>"
        "</item></channel></rss>", encoding="utf-8")
    assert feed.stat().st_size > 14_000_000
    peak, output = _ingest(db_url, write_config(tmp_path / "config", {}), feed)
    assert peak <= PEAK_RSS_LIMIT_MB, output
    assert "1 new" in output and "text cut to" in output, output
    [(length, truncated_from)] = _stored(db_url)
    assert 900_000 <= length <= 1_000_000
    assert truncated_from is not None and truncated_from > 13_000_000


def test_a_50_mb_jsonl_record_is_skipped_unread_and_the_next_kept(db_url: str,
                                                                  tmp_path: Path) -> None:
    archive = tmp_path / "big.jsonl"
    huge = "\n\n".join(_paragraphs(150_000, 2))
    with archive.open("w", encoding="utf-8") as out:
        out.write(json.dumps({"url": "https://big.example/b", "title": "Ukraine peace talks",
                              "text": huge}) + "\n")
        out.write(json.dumps({"url": "https://big.example/c", "title": "Ukraine peace talks",
                              "text": huge[:5000]}) + "\n")
    assert archive.stat().st_size > 50_000_000
    peak, output = _ingest(db_url, write_config(tmp_path / "config", {}), archive)
    assert peak <= PEAK_RSS_LIMIT_MB, output
    assert "big.jsonl:1: record longer than 16,777,216 bytes" in output, output
    assert "1 new" in output, output
    assert [n for n, _ in _stored(db_url)] == [len(huge[:5000].strip())]


def test_a_record_just_under_the_cap_in_non_ascii_html(db_url: str, tmp_path: Path) -> None:
    """The worst case under the caps: 15 MB of HTML with curly quotes, all read and parsed."""
    html = "".join(f"<p>{p.replace(chr(34), chr(0x201C))}</p>"
                   for p in _paragraphs(40_000, 3))[:15_500_000]
    archive = tmp_path / "html.jsonl"
    archive.write_text(json.dumps({"url": "https://big.example/d", "title": "Ukraine peace "
                                   "talks", "html": html}, ensure_ascii=False) + "\n",
                       encoding="utf-8")
    peak, output = _ingest(db_url, write_config(tmp_path / "config", {}), archive)
    assert peak <= PEAK_RSS_LIMIT_MB, output
    [(length, truncated_from)] = _stored(db_url)
    assert length <= 1_000_000 and truncated_from == len(html)
