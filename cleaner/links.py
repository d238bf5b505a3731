"""Link cues from an HTML page: which extracted lines are, or start with, a link's text.

A list of teasers after an article ("Our latest stories") is a run of headlines that
link to other pages, often each followed by a one-line summary; the article's own
paragraphs rarely begin with a link that covers several words. Plain text carries no
links, so this cue exists on the HTML path only and decide() treats it as optional.
"""

from __future__ import annotations

from collections.abc import Sequence

from .scripts import count_words

# Bullets and dashes an extractor puts in front of a list item.
_LIST_MARKERS = "-*•·–—▪► \t"
# Teasers are short: longer units are never checked (and the check stays cheap).
MAX_WORDS = 40
# A link of one word ("here", a name) says nothing about the line it starts.
MIN_LINK_WORDS = 2


def _normalise(text: str) -> str:
    return " ".join(text.split())


def link_texts(tree) -> frozenset[str]:
    """The whitespace-normalised texts of the page's links of two words or more."""
    texts = set()
    for anchor in tree.iter("a"):
        # Most links hold plain text: read it directly, without building text_content().
        raw = anchor.text_content() if len(anchor) else anchor.text
        if raw:
            text = _normalise(raw)
            if text.count(" ") >= MIN_LINK_WORDS - 1 or count_words(text) >= MIN_LINK_WORDS:
                texts.add(text)
    return frozenset(texts)


def link_share(text: str, links: frozenset[str]) -> float:
    """Share of the unit's characters covered by a link text it starts with (0..1)."""
    words = text.strip(_LIST_MARKERS).split()
    if not links or len(words) > MAX_WORDS:
        return 0.0
    line = " ".join(words)
    if len(words) < MIN_LINK_WORDS:
        # A headline in Chinese or Japanese is one run of characters: the whole of it.
        return 1.0 if count_words(line) >= MIN_LINK_WORDS and line in links else 0.0
    if line in links:
        return 1.0
    # The longest linked prefix, ending at a word boundary.
    prefix = " ".join(words[: MIN_LINK_WORDS - 1])
    best = 0
    for word in words[MIN_LINK_WORDS - 1 : -1]:
        prefix = f"{prefix} {word}" if prefix else word
        if prefix in links:
            best = len(prefix)
    return best / len(line)


def link_shares(texts: Sequence[str], links: frozenset[str]) -> list[float]:
    """link_share() of every unit."""
    if not links:
        return [0.0] * len(texts)
    return [link_share(text, links) for text in texts]
