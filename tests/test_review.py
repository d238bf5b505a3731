"""The review page: every removed unit highlighted by label colour with score and reasons,
a legend, nothing fetched from the network; rendered for real in headless Chromium.
"""

from __future__ import annotations

import html
import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from conftest import DATA
from typer.testing import CliRunner

from cleaner.cli import app
from cleaner.records import JUNK_LABELS, Removal
from cleaner.review import COLOURS, ReviewDoc, render_review, review_doc

CHROMIUM = Path("/usr/bin/chromium")
ARTICLE = (
    "Council approves new budget for city parks\n"
    "\n"
    "The city council on Tuesday approved a budget of 4.2 million dollars for parks.\n"
    "Residents asked whether <script>alert(1)</script> & other tags survive.\n"
    "Share this article on Facebook\n"
    "Support independent journalism: donate today and become a member.\n"
    "Subscribe to our daily newsletter\n"
    "© 2024 City Times. All rights reserved.\n"
)


@pytest.fixture(scope="module")
def docs(cleaner) -> list[ReviewDoc]:
    page = (DATA / "page.html").read_text(encoding="utf-8")
    return [
        review_doc("article.txt", cleaner.clean(ARTICLE, kind="text")),
        review_doc("page.html", cleaner.clean(page)),
    ]


def shown_text(section: str) -> str:
    """The document text as the page shows it, without the score/reason badges."""
    body = re.search(r'<pre class="text">(.*?)</pre>', section, re.S).group(1)
    body = re.sub(r'<span class="why">.*?</span>', "", body)
    return html.unescape(re.sub(r"<[^>]+>", "", body))


def test_every_removal_is_highlighted_with_label_score_and_reasons(docs):
    page = render_review(docs)
    sections = page.split('<section class="doc"')[1:]
    assert len(sections) == len(docs)
    for doc, section in zip(docs, sections):
        assert doc.removed, f"{doc.name}: the shipped model removed nothing; test needs junk"
        for removal in doc.removed:
            mark = (
                f'<mark class="cut l-{removal.label}" data-label="{removal.label}" '
                f'data-score="{removal.score:.4f}"'
            )
            assert mark in section
            assert html.escape(removal.text.strip()) in section
            why = f"{removal.label} {removal.score:.2f}"
            if removal.reasons:
                why += " · " + ", ".join(removal.reasons)
            assert f'<span class="why">{html.escape(why)}</span>' in section
        # The page shows the whole document, kept and removed, character for character.
        assert shown_text(section) == doc.text


def test_pruned_html_parts_are_listed(docs):
    page_doc = docs[1]
    pruned = [r for r in page_doc.removed if r.start is None]
    assert pruned, "page.html has appeal containers that pruning should report"
    page = render_review([page_doc])
    assert "Pruned from the HTML before extraction" in page
    for removal in pruned:
        assert html.escape(removal.text) in page


def test_legend_has_every_label_and_the_page_is_self_contained(docs):
    page = render_review(docs)
    for label in JUNK_LABELS:
        assert f'<li data-label="{label}"' in page
        assert f".l-{label}{{background:{COLOURS[label]}}}" in page
    assert "Content-Security-Policy" in page and "default-src 'none'" in page
    assert not re.search(r"<(script|link|img|iframe)\b[^>]*\s(src|href)=", page)
    assert "url(" not in page and "@import" not in page
    assert "<script>alert(1)</script>" not in page  # document text is escaped


def test_fully_removed_and_empty_documents_render():
    text = "only line\n"
    doc = ReviewDoc("x", text, (Removal(0, len(text), "ui", text, 0.7, ("rule:x",)),))
    page = render_review([doc, ReviewDoc("empty", "", ())])
    assert page.count('<section class="doc"') == 2
    assert "removed 0 (nothing)" in page


# --- the command line --------------------------------------------------------------------


def test_cli_review_writes_report(tmp_path):
    article = tmp_path / "article.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    report = tmp_path / "report.html"
    runner = CliRunner()
    args = ["review", str(article), str(DATA / "page.html"), "-o", str(report)]
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.output
    assert "2 document(s)" in result.stderr and result.stdout == ""
    page = report.read_text(encoding="utf-8")
    assert page.count('<section class="doc"') == 2 and "page.html" in page


def test_cli_review_from_batch_records(tmp_path, cleaner):
    result = cleaner.clean(ARTICLE, kind="text").to_dict()
    records = tmp_path / "out.jsonl"
    records.write_text(
        json.dumps({"id": "a1", **result}) + "\n" + json.dumps({"id": "a2", "error": "empty"}),
        encoding="utf-8",
    )
    report = tmp_path / "report.html"
    out = CliRunner().invoke(app, ["review", "--from-record", str(records), "-o", str(report)])
    assert out.exit_code == 0, out.output
    page = report.read_text(encoding="utf-8")
    assert f"{records}: a1" in page
    assert page.count("<mark class=") == len(result["removed"])


def test_cli_review_rejects_a_directory_as_output(tmp_path):
    out = CliRunner().invoke(app, ["review", str(DATA / "page.html"), "-o", str(tmp_path)])
    assert out.exit_code == 2 and "directory" in out.stderr


# --- rendered in a real browser ----------------------------------------------------------

# Appended to a copy of the report: records what the browser actually laid out and
# painted, then clicks a legend entry to check the page's own script reacts.
PROBE = """<script>
(function(){
  function box(el){ var r = el.getBoundingClientRect(); return [r.width, r.height]; }
  var out = {ready: document.body.dataset.ready, marks: [], legend: []};
  document.querySelectorAll('mark.cut').forEach(function(m){
    out.marks.push({label: m.dataset.label, text: m.textContent,
                    bg: getComputedStyle(m).backgroundColor, box: box(m)});
  });
  document.querySelectorAll('.legend li[data-label]').forEach(function(li){
    var s = li.querySelector('.swatch');
    out.legend.push({label: li.dataset.label, text: li.textContent,
                     bg: getComputedStyle(s).backgroundColor, box: box(s)});
  });
  var first = document.querySelector('mark.cut');
  var entry = document.querySelector('.legend li[data-label="' + first.dataset.label + '"]');
  entry.click();
  out.clicked = {off: entry.classList.contains('off'),
                 bg: getComputedStyle(first).backgroundColor};
  var pre = document.createElement('pre');
  pre.id = 'probe';
  pre.textContent = JSON.stringify(out);
  document.body.appendChild(pre);
})();
</script></body>"""


def rgb(colour: str) -> str:
    r, g, b = (int(colour[i : i + 2], 16) for i in (1, 3, 5))
    return f"rgb({r}, {g}, {b})"


@pytest.mark.skipif(
    not CHROMIUM.exists(),
    reason="needs Debian's chromium at /usr/bin/chromium (apt-get install -y chromium)",
)
def test_review_page_renders_in_headless_chromium(docs, tmp_path):
    page = render_review(docs).replace("</body>", PROBE)
    target = tmp_path / "report.html"
    target.write_text(page, encoding="utf-8")
    command = [
        str(CHROMIUM),
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        f"--user-data-dir={tmp_path / 'profile'}",
        "--window-size=1200,2000",
        "--dump-dom",
        target.as_uri(),
    ]
    proc = subprocess.run(command, capture_output=True, text=True, timeout=120, check=False)
    shutil.rmtree(tmp_path / "profile", ignore_errors=True)
    found = re.search(r'<pre id="probe">(.*?)</pre>', proc.stdout, re.S)
    assert found, f"chromium did not run the page (exit {proc.returncode}): {proc.stderr[-500:]}"
    seen = json.loads(html.unescape(found.group(1)))

    assert seen["ready"] == "yes"  # the page's own script ran
    # In page order: located units by offset, then the parts pruned from the HTML.
    expected = [
        (r.label, r.text.rstrip())
        for d in docs
        for r in sorted(d.removed, key=lambda r: (r.start is None, r.start or 0))
    ]
    assert [(m["label"], m["text"]) for m in seen["marks"]] == expected
    for mark in seen["marks"]:
        assert mark["bg"] == rgb(COLOURS[mark["label"]]), mark
        assert mark["box"][0] > 0 and mark["box"][1] > 0, mark  # laid out, visible
    assert [e["label"] for e in seen["legend"]] == list(JUNK_LABELS)
    for entry in seen["legend"]:
        assert entry["bg"] == rgb(COLOURS[entry["label"]]), entry
        assert entry["box"][0] > 0 and entry["box"][1] > 0, entry
        assert entry["label"] in entry["text"]
    # Clicking a legend entry hides that label's highlights.
    assert seen["clicked"]["off"] is True
    assert seen["clicked"]["bg"] == "rgba(0, 0, 0, 0)"
