"""Review page: one self-contained HTML file showing each document with its removed units
highlighted by label colour, with score and reasons, so people can look instead of read JSON.
"""

from __future__ import annotations

import html
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from .records import JUNK_LABELS, CleanResult, Removal

# ColorBrewer Set3: light, mutually distinct backgrounds that keep black text readable.
COLOURS: dict[str, str] = {
    "donation": "#fb8072",
    "subscription": "#fdb462",
    "newsletter": "#ffed6f",
    "social": "#b3de69",
    "related": "#80b1d3",
    "promo": "#bc80bd",
    "comments": "#8dd3c7",
    "legal": "#d9d9d9",
    "ui": "#fccde5",
    "meta": "#bebada",
}
DESCRIPTIONS: dict[str, str] = {
    "body": "kept: the article's own content",
    "donation": "requests for money, support or membership",
    "subscription": "paywall and subscribe-to-read prompts",
    "newsletter": "e-mail newsletter sign-up prompts",
    "social": "share / follow prompts, social handles",
    "related": "read-more, related and most-read links",
    "promo": "ads, sponsored notices, app and event promotion",
    "comments": "comment prompts, counts and policies",
    "legal": "copyright, republishing, cookie and privacy notices",
    "ui": "interface leftovers: Close, Load more, Print",
    "meta": "bylines, dates, credits, tags, breadcrumbs",
}


@dataclass(frozen=True)
class ReviewDoc:
    """One document to show: the text the offsets point into, and what was removed."""

    name: str
    text: str
    removed: tuple[Removal, ...]
    source: str = "text"
    model: str = ""


def review_doc(name: str, result: CleanResult) -> ReviewDoc:
    """Pair a clean() result with the full text its removal offsets refer to."""
    text = result.extracted if result.source == "html" else result.restore()
    return ReviewDoc(name, text or "", tuple(result.removed), result.source, result.model)


_CSS = """
body{font:15px/1.5 system-ui,sans-serif;margin:0;color:#222;background:#fafafa}
header{position:sticky;top:0;background:#fff;border-bottom:1px solid #ddd;padding:.6em 1.2em;
 z-index:1}
h1{font-size:1.2em;margin:0 0 .3em}
.legend{display:flex;flex-wrap:wrap;gap:.3em .9em;list-style:none;margin:0;padding:0}
.legend li{cursor:pointer;user-select:none;font-size:.9em}
.legend li.off{opacity:.35;text-decoration:line-through}
.swatch{display:inline-block;width:1em;height:1em;border:1px solid #888;
 vertical-align:-.15em;margin-right:.3em}
.controls{margin-top:.4em;font-size:.9em}
main{padding:0 1.2em 2em;max-width:60em}
section.doc{background:#fff;border:1px solid #ddd;border-radius:6px;margin:1.2em 0;
 padding:.8em 1.1em}
section.doc h2{font-size:1.05em;margin:0 0 .2em;word-break:break-all}
.summary{color:#555;font-size:.88em;margin:0 0 .6em}
.text{white-space:pre-wrap;word-wrap:break-word;margin:0;font-family:inherit}
mark.cut{color:#222;border-radius:3px;padding:0 .15em}
mark.cut.hidden{background:none!important;color:inherit}
.why{font-size:.75em;color:#444;background:#eee;border-radius:3px;margin-left:.4em;
 padding:0 .35em;white-space:normal}
body.only-removed .kept{display:none}
h3{font-size:.95em;margin:1em 0 .3em}
ul.pruned{margin:0;padding-left:1.2em}
"""

_SCRIPT = """
(function(){
  var off = {};
  function apply(){
    document.querySelectorAll('mark.cut').forEach(function(m){
      m.classList.toggle('hidden', !!off[m.dataset.label]);
    });
  }
  document.querySelectorAll('.legend li[data-label]').forEach(function(li){
    li.addEventListener('click', function(){
      var label = li.dataset.label;
      off[label] = !off[label];
      li.classList.toggle('off', off[label]);
      apply();
    });
  });
  var only = document.getElementById('only-removed');
  if (only) only.addEventListener('change', function(){
    document.body.classList.toggle('only-removed', only.checked);
  });
  document.body.dataset.ready = 'yes';
})();
"""


def _esc(text: str) -> str:
    return html.escape(text, quote=True)


def _mark(removal: Removal) -> str:
    content = removal.text.rstrip()
    trailing = removal.text[len(content) :]
    why = f"{removal.label} {removal.score:.2f}"
    if removal.reasons:
        why += " · " + ", ".join(removal.reasons)
    return (
        f'<mark class="cut l-{removal.label}" data-label="{removal.label}" '
        f'data-score="{removal.score:.4f}" title="{_esc(why)}">{_esc(content)}</mark>'
        f'<span class="why">{_esc(why)}</span>{_esc(trailing)}'
    )


def _document(number: int, doc: ReviewDoc) -> str:
    located = sorted((r for r in doc.removed if r.start is not None), key=lambda r: r.start)
    pruned = [r for r in doc.removed if r.start is None]
    parts, cursor = [], 0
    for removal in located:
        if removal.start > cursor:
            parts.append(f'<span class="kept">{_esc(doc.text[cursor : removal.start])}</span>')
        parts.append(_mark(removal))
        cursor = max(cursor, removal.end)
    if cursor < len(doc.text):
        parts.append(f'<span class="kept">{_esc(doc.text[cursor:])}</span>')
    counts = Counter(r.label for r in doc.removed)
    summary = ", ".join(f"{label} {counts[label]}" for label in JUNK_LABELS if counts[label])
    kept_chars = len(doc.text) - sum(len(r.text) for r in located)
    lines = [
        f'<section class="doc" id="doc-{number}">',
        f"<h2>{_esc(doc.name)}</h2>",
        f'<p class="summary">{_esc(doc.source)} · removed {len(doc.removed)} '
        f"({_esc(summary or 'nothing')}) · kept {kept_chars} of {len(doc.text)} characters"
        + (f" · {_esc(doc.model)}" if doc.model else "")
        + "</p>",
        f'<pre class="text">{"".join(parts)}</pre>',
    ]
    if pruned:
        lines.append("<h3>Pruned from the HTML before extraction</h3>")
        lines.append('<ul class="pruned">')
        lines.extend(f"<li>{_mark(r)}</li>" for r in pruned)
        lines.append("</ul>")
    lines.append("</section>")
    return "\n".join(lines)


def _legend(totals: Counter) -> str:
    items = ['<ul class="legend">']
    items.append(
        '<li class="body-entry"><span class="swatch" style="background:#fff"></span>'
        f"body <small>({_esc(DESCRIPTIONS['body'])})</small></li>"
    )
    for label in JUNK_LABELS:
        items.append(
            f'<li data-label="{label}" title="{_esc(DESCRIPTIONS[label])}; click to hide">'
            f'<span class="swatch l-{label}"></span>{label} '
            f'<small class="count">{totals[label]}</small></li>'
        )
    items.append("</ul>")
    return "\n".join(items)


def render_review(docs: Sequence[ReviewDoc], title: str = "cleaner review") -> str:
    """The whole page as one string: inline CSS and script, no network assets."""
    totals = Counter(r.label for doc in docs for r in doc.removed)
    colours = "\n".join(f".l-{label}{{background:{colour}}}" for label, colour in COLOURS.items())
    body = "\n".join(_document(n, doc) for n, doc in enumerate(docs, start=1))
    return "\n".join(
        [
            "<!DOCTYPE html>",
            '<html lang="en"><head><meta charset="utf-8">',
            # No fetches of any kind: the page must work offline and leak nothing.
            '<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; '
            "style-src 'unsafe-inline'; script-src 'unsafe-inline'\">",
            '<meta name="viewport" content="width=device-width, initial-scale=1">',
            f"<title>{_esc(title)}</title>",
            f"<style>{_CSS}{colours}</style>",
            "</head><body>",
            f"<header><h1>{_esc(title)}: {len(docs)} document(s), "
            f"{sum(totals.values())} removed unit(s)</h1>",
            _legend(totals),
            '<div class="controls"><label><input type="checkbox" id="only-removed"> '
            "show removed units only</label> · click a label to hide its highlights</div>",
            "</header><main>",
            body or "<p>No documents.</p>",
            "</main>",
            f"<script>{_SCRIPT}</script>",
            "</body></html>",
            "",
        ]
    )


def write_review(docs: Sequence[ReviewDoc], path: Path, title: str = "cleaner review") -> None:
    Path(path).write_text(render_review(docs, title), encoding="utf-8")
