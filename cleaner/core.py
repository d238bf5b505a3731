"""The engine: `Cleaner` loads the model once and cleans text or HTML into a CleanResult.

source -> segment() -> units -> rules/features/model -> decide() -> assemble() -> result
"""

from __future__ import annotations

import dataclasses
import threading
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .comments import remove_comment_thread
from .config import CleanerConfig
from .contents import apply_contents, find_contents
from .decide import decide_stable
from .errors import InputError
from .fragments import keep_sentence_starts
from .glued import cut_glued
from .issuer import remove_about_sections
from .issuer_profile import remove_profile
from .links import link_shares
from .markdown import read_units
from .notices import keep_notice_heads
from .page_boxes import spread_appeals
from .posts import keep_embedded_posts
from .records import CleanResult, Decision, Removal, Unit
from .references import remove_source_lists
from .segment import segment, sentence_pieces
from .sources import decode_bytes, looks_like_html
from .tables import keep_table_heads, keep_table_runs
from .tag_lists import remove_tag_lists
from .transcripts import keep_turns, remove_chapters
from .verdicts import Verdict, keep_glued_sentences

if TYPE_CHECKING:
    import numpy as np

    from .features import UnitInput

KINDS = ("auto", "text", "html")
# Rounds of deciding again on the kept lines (_settled_verdicts); real documents settle
# in one, and the bound keeps a pathological one linear.
SETTLE_ROUNDS = 3


@dataclasses.dataclass(frozen=True)
class _Lines:
    """One document's lines as the decisions read them: the model's inputs and first-pass
    rows, and per line its link share and glued-sentence text, with the page's boxes."""

    inputs: Sequence[UnitInput]
    first: np.ndarray
    linked: Sequence[float] | None = None
    page: Callable[[], Mapping[str, int]] | None = None
    glued: Sequence[str | None] | None = None

    def subset(self, indices: list[int]) -> _Lines:
        """The same document with only the lines at `indices`, in order."""
        return _Lines(
            [self.inputs[i] for i in indices],
            self.first[indices],
            None if self.linked is None else [self.linked[i] for i in indices],
            self.page,
            None if self.glued is None else [self.glued[i] for i in indices],
        )


class Cleaner:
    """Reusable cleaner: holds the configuration and the (lazily loaded) model."""

    def __init__(self, config: CleanerConfig | None = None, **overrides: Any) -> None:
        config = config or CleanerConfig()
        if overrides:
            if "model_path" in overrides and overrides["model_path"] is not None:
                overrides["model_path"] = Path(overrides["model_path"])
            if "keep" in overrides:
                overrides["keep"] = frozenset(overrides["keep"])
            config = dataclasses.replace(config, **overrides)
        self.config = config
        self._model = None
        self._lock = threading.Lock()

    @property
    def model(self):
        """The classifier, loaded on first use (checksum and version checked)."""
        if self._model is None:
            with self._lock:
                if self._model is None:
                    from .model import load_model

                    self._model = load_model(self.config.model_path, trust=self.config.trust_model)
        return self._model

    def clean(
        self, source: str | bytes, kind: str = "auto", encoding: str | None = None
    ) -> CleanResult:
        """Clean one document given as text or HTML (str, or bytes to decode)."""
        return self.clean_many([source], kind=kind, encoding=encoding)[0]

    def clean_many(
        self, sources: Sequence[str | bytes], kind: str = "auto", encoding: str | None = None
    ) -> list[CleanResult]:
        """Clean several documents with one model call (faster than one by one)."""
        if kind not in KINDS:
            raise ValueError(f"kind must be one of {', '.join(KINDS)}, got {kind!r}")
        prepared = [self._prepare(source, kind, encoding) for source in sources]
        texts = [text for text, _source, _pruned, _links, _page in prepared]
        unit_lists = [segment(text) for text in texts]
        model = self.model
        # Per document, which units are sentences of a run-together line.
        piece_lists = [sentence_pieces(text, units) for text, units in zip(texts, unit_lists)]
        for n, (text, units, pieces) in enumerate(zip(texts, unit_lists, piece_lists)):
            if any(pieces):
                # Run-together text: cut off the junk glued to a sentence (glued.py).
                unit_lists[n] = cut_glued(text, units, pieces, model.stage1_probs)
                if len(unit_lists[n]) != len(units):
                    piece_lists[n] = sentence_pieces(text, unit_lists[n])
        # Markdown text: the model reads what a reader sees, and its links count as a
        # page's do (markdown.py).
        markdown = [
            read_units([u.text for u in units]) if source_kind == "text" else None
            for units, (_text, source_kind, _pruned, _links, _page) in zip(unit_lists, prepared)
        ]
        predictions = model.first_pass(
            [
                [u.text for u in units] if md is None else [m.display for m in md]
                for units, md in zip(unit_lists, markdown)
            ],
            [None if md is None else [m.hits for m in md] for md in markdown],
        )
        results = []
        for (text, source_kind, pruned, links, page), units, pieces, md, (first, inputs) in zip(
            prepared, unit_lists, piece_lists, markdown, predictions
        ):
            if md is not None:
                linked = [m.linked for m in md]
            else:
                linked = link_shares([u.text for u in units], links) if links else None
            glued = (
                [u.text if piece else None for u, piece in zip(units, pieces)]
                if any(pieces)
                else None
            )
            verdicts = self._settled_verdicts(_Lines(inputs, first, linked, page, glued))
            decisions = tuple(
                Decision(
                    unit=unit, label=label, score=score, first_label=first_label, reasons=reasons
                )
                for unit, (label, score, first_label, reasons) in zip(units, verdicts)
            )
            results.append(assemble(text, source_kind, decisions, pruned, self.model.name))
        return results

    def _verdicts(self, lines: _Lines) -> list[Verdict]:
        """One document's verdicts: the model's decisions, then the rules that read runs of
        lines (sentence starts, interview turns, tables, chapters, comment threads, ...)."""
        inputs, threshold, keep = lines.inputs, self.config.threshold, self.config.keep
        verdicts = decide_stable(
            inputs, lines.first, self.model.context_pass, threshold, keep, linked=lines.linked
        )
        if lines.page is not None:
            first_body = lines.first[:, 0].tolist()
            verdicts = spread_appeals(verdicts, inputs, first_body, lines.page, threshold)
        for keep_run in (
            keep_sentence_starts,
            keep_turns,
            keep_notice_heads,
            keep_embedded_posts,
            keep_table_runs,
            keep_table_heads,
        ):
            verdicts = keep_run(verdicts, inputs)
        for remove_run in (
            remove_chapters,
            remove_comment_thread,
            apply_contents,
            remove_about_sections,
            remove_profile,
            remove_source_lists,
            remove_tag_lists,
        ):
            verdicts = remove_run(verdicts, inputs, threshold, keep)
        if lines.glued is not None:
            verdicts = keep_glued_sentences(verdicts, lines.glued)
        return verdicts

    def _settled_verdicts(self, lines: _Lines) -> list[Verdict]:
        """The verdicts, decided again on the kept lines until that removes nothing more.

        The rules after the model restore lines (a sentence's start) and remove others (a
        comment thread), which changes the neighbours the context pass read: cleaning the
        clean text again could then remove a line more. Deciding again on what is kept,
        as cleaning the output would, makes cleaning idempotent. (The first pass reads each
        line alone, so its rows are reused.) The one exception: a subheading that the
        document's contents box names stays, though the box is gone in later rounds.
        """
        verdicts = self._verdicts(lines)
        # The subheadings a contents box names stay kept: the box goes in the first round,
        # and without it a subheading right under the headline reads like a section label.
        sections = find_contents(lines.inputs).sections
        for _round in range(SETTLE_ROUNDS):
            kept = [i for i, verdict in enumerate(verdicts) if verdict[0] == "body"]
            if not kept or len(kept) == len(verdicts):
                break
            again = self._verdicts(lines.subset(kept))
            if all(verdict[0] == "body" for verdict in again):
                break
            for i, verdict in zip(kept, again):
                if verdict[0] != "body" and i not in sections:
                    verdicts[i] = verdict
        return verdicts

    def _prepare(self, source: str | bytes, kind: str, encoding: str | None):
        if isinstance(source, (bytes, bytearray)):
            source = decode_bytes(bytes(source), encoding)
        if not isinstance(source, str):
            raise InputError(f"expected text or bytes, got {type(source).__name__}")
        if kind == "html" or (kind == "auto" and looks_like_html(source)):
            from .html import extract, page_box_groups

            extraction = extract(
                source,
                prune_appeals=self.config.prune_html,
                comments=self.config.html_comments,
                precision=self.config.html_precision,
                keep=self.config.keep,
            )
            boxes = partial(
                page_box_groups,
                source,
                prune_appeals=self.config.prune_html,
                keep=self.config.keep,
            )
            return extraction.text, "html", extraction.pruned, extraction.links, boxes
        return source, "text", (), frozenset(), None


def assemble(
    text: str,
    source: str,
    decisions: Sequence[Decision],
    pruned: Sequence[Removal] = (),
    model_name: str = "",
) -> CleanResult:
    """Cut the removed units out of `text` and record each cut with its exact span."""
    kept: list[str] = []
    removed: list[Removal] = list(pruned)
    cursor = 0
    for decision in decisions:
        if not decision.removed:
            continue
        unit: Unit = decision.unit
        kept.append(text[cursor : unit.start])
        removed.append(
            Removal(
                start=unit.start,
                end=unit.span_end,
                label=decision.label,
                text=text[unit.start : unit.span_end],
                score=decision.score,
                reasons=decision.reasons,
            )
        )
        cursor = unit.span_end
    kept.append(text[cursor:])
    return CleanResult(
        text="".join(kept),
        source=source,
        removed=tuple(removed),
        model=model_name,
        extracted=text if source == "html" else None,
        decisions=tuple(decisions),
    )


_default: Cleaner | None = None
_default_lock = threading.Lock()


def default_cleaner() -> Cleaner:
    """A process-wide Cleaner with the default config (model loaded once)."""
    global _default
    if _default is None:
        with _default_lock:
            if _default is None:
                _default = Cleaner()
    return _default


def clean(
    source: str | bytes,
    kind: str = "auto",
    *,
    threshold: float | None = None,
    keep: Iterable[str] | None = None,
    model_path: str | Path | None = None,
    trust_model: bool = False,
    prune_html: bool | None = None,
    encoding: str | None = None,
) -> CleanResult:
    """Clean one article (plain text or HTML) and return its body plus the removal record."""
    overrides: dict[str, Any] = {}
    if threshold is not None:
        overrides["threshold"] = threshold
    if keep is not None:
        overrides["keep"] = frozenset(keep)
    if model_path is not None:
        overrides["model_path"] = Path(model_path)
        overrides["trust_model"] = trust_model
    if prune_html is not None:
        overrides["prune_html"] = prune_html
    cleaner = _cached_cleaner(**overrides) if overrides else default_cleaner()
    return cleaner.clean(source, kind=kind, encoding=encoding)


_cache: dict[tuple, Cleaner] = {}


def _cached_cleaner(**overrides: Any) -> Cleaner:
    key = tuple(sorted((k, str(v)) for k, v in overrides.items()))
    if key not in _cache:
        base = default_cleaner()
        cleaner = Cleaner(**overrides)
        if "model_path" not in overrides and base._model is not None:
            cleaner._model = base._model  # same shipped model: no second load
        _cache[key] = cleaner
    return _cache[key]


def clean_iter(
    sources: Iterable[str | bytes],
    kind: str = "auto",
    cleaner: Cleaner | None = None,
    chunk: int = 64,
) -> Iterator[CleanResult]:
    """Clean a stream of documents in order, batching model calls in chunks."""
    from .batch_io import chunked

    cleaner = cleaner or default_cleaner()
    for batch in chunked(sources, chunk):
        yield from cleaner.clean_many(batch, kind=kind)


def clean_many(
    sources: Iterable[str | bytes],
    *,
    jobs: int | None = 1,
    kind: str = "auto",
    cleaner: Cleaner | None = None,
    config: CleanerConfig | None = None,
    chunk: int = 64,
) -> Iterator[CleanResult]:
    """Clean a stream of documents, yielding one result per input in input order.

    Documents are cleaned in chunks that share one model call. jobs=1 works in this
    process; jobs>1 spreads the chunks over that many worker processes (joblib's pool;
    None or 0: every core), each loading the model once. Only a few chunks are in flight,
    so memory stays flat on endless streams. A failing document raises; `cleaner.batch`
    turns failures into error records instead.
    """
    if cleaner is not None and config is not None:
        raise ValueError("pass either a cleaner or a config, not both")
    if kind not in KINDS:
        raise ValueError(f"kind must be one of {', '.join(KINDS)}, got {kind!r}")
    from .batch_io import chunked
    from .workers import clean_sources, ordered_map, resolve_jobs

    jobs = resolve_jobs(jobs)
    if jobs == 1:
        cleaner = cleaner or (Cleaner(config) if config is not None else default_cleaner())
        yield from clean_iter(sources, kind=kind, cleaner=cleaner, chunk=chunk)
        return
    config = cleaner.config if cleaner is not None else (config or CleanerConfig())
    for results in ordered_map(clean_sources, chunked(sources, chunk), jobs, config, kind):
        yield from results
