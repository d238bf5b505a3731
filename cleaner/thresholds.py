"""The thresholds decide() weighs a unit's scores and cues against, each with its reason.

Removing body text is the worst error: most of these say how sure the model, a cue or
the neighbours must be before a unit goes, or how long a line may be and still be a
button, a heading or a teaser.
"""

from __future__ import annotations

from .records import LABELS
from .rules import MACHINE_MADE_WEIGHT, WHOLE_LINE_WEIGHT

# A whole-line cue ("Share", "Advertisement") decides unless the model is sure of body.
STRONG_RULE = WHOLE_LINE_WEIGHT
STRONG_BODY = 0.9
# ... and a machine-made line (an image address, a timestamp) decides whatever the model says.
CERTAIN_RULE = MACHINE_MADE_WEIGHT
# A unit the first pass reads as body on its own is only pulled out by an appeal block
# opened above it ("A Message from X:"), never by position or neighbours alone.
FIRST_PASS_BODY = 0.75
# A prompt both passes all but rule out as body ("Смотрите все матчи ... на нашем канале",
# "Get breaking news on WhatsApp: send JOIN to ...") goes even when the first pass splits
# its junk share between two labels, so that no single one reaches regions.FIRST_PASS_ALONE.
BOTH_PASSES_FIRST = 0.02
BOTH_PASSES_CONTEXT = 0.05
BOTH_PASSES_WORDS = 6
APPEAL_REACH = 10
# An appeal box ends on its own buttons ("Remind me later", "Donate now"): a line right
# above them is the appeal's closing line ("Thank you for standing with us."), however
# much it reads as the article's prose, not the article going on.
BOX_BUTTONS = frozenset({"appeal_dismiss", "appeal_give"})
BOX_BUTTON_REACH = 2
# Between the first and last prose paragraph that read as body (the article's core), a
# unit is only removed on strong evidence: a cue rule or an appeal block. Outside the
# core (leading and trailing junk) the model's threshold applies.
ANCHOR_WORDS = 12
# After the article, a doubted unit between sure junk goes with it (regions.sandwiched)
# unless it is a statement of at least this many words.
STATEMENT_WORDS = 6
# Inside the core, a newsletter, donation or subscription prompt the first pass alone is
# this sure of, that speaks to the reader, does not report and quotes nobody, is an
# inserted box even without a cue ("Receba a newsletter ... no seu email", "You've read 4
# of your 5 free stories"): the core does not shield it. A quotation is the story's
# ("'Free news does not exist: someone pays,' the editor says"). Not so for adverts and
# apps, nor for a line that names a price per period (rules.WEAK_CUES): consumer advice in the
# story speaks to the reader about those ("you'll pay $6.99 a month after the trial").
SURE_PROMPT = 0.85
# ... and it is a sentence or two: a shorter line ("This kit will help you!") may be the
# story's own.
PROMPT_WORDS = 8
# Inside the core, a call to the reader both passes are near certain of (decide._certain_call).
CERTAIN_NOT_BODY = 0.02
CERTAIN_LABEL = 0.9
CERTAIN_CALL_WORDS = (5, 25)
PROMPT_LABELS = frozenset({"newsletter", "donation", "subscription"})
# Teaser lists after the article, opened by a related-links heading.
LIST_HEADINGS = frozenset({"related_heading", "related_heading_2"})
# ... the article goes on after such a heading only if this many prose paragraphs follow.
RESUMED_PROSE = 2
LIST_WORDS = 16
# ... or, after the article, by a line a cue removed, when two headlines of so many words
# follow it.
TAIL_TEASER_WORDS = 4
LIST_SCORE = 0.8
# ... or opened by a heading the first pass alone reads as related this surely, of so many
# words (a one-word "Pros" or "Standings" is no teaser heading).
MODEL_HEADING = 0.6
MODEL_HEADING_WORDS = (2, 8)
# A unit is link-led (a teaser's headline and summary) when a link it starts with covers
# this share of it and it is at most this many words long.
LINK_LED = 0.25
LINK_LIST_WORDS = 40
# A page is a link round-up (its links are its content) with at least this many of them.
ROUNDUP_LINKS = 3
# Reported prose this long (news voice: nobody addressed) is never cut by the model alone.
GUARDED_PROSE_WORDS = 15
# Longest unit (in words) the model alone may call related / ui / social.
LABEL_MAX_WORDS = {"related": 40, "ui": 20, "social": 40}
# ... and the longest unit with no cue rule at all the model alone may remove, unless the
# first pass alone is this sure it is an appeal (an editor's letter names no button).
UNCUED_MAX_WORDS = 40
SURE_APPEAL = 0.9
# A topic cue in news voice counts when the first pass alone reads its label this surely.
SURE_CUED = 0.9
# Cues for inserts that sit inside an article by design (a teaser, a video that did not
# load): where the first pass agrees, the context pass (which reads them as body from
# their neighbours) is overruled.
INLINE_CUES = frozenset({"teaser_prefix", "teaser_tag", "widget_ui"})
# An advertisement's legally required marks ("18+ only. Gamble responsibly.", a Russian ad
# registry token) are not how a story talks about betting or ads: they outvote a first
# pass that leans to body without being sure of it.
AD_MARKS = frozenset({"gambling", "gambling_notice", "ad_token"})
# A headline tagged "[VIDEO]", "[INSIGHT]" once the article has begun is another story's
# teaser, whatever the model reads in it (before the article it may be the page's own title).
TAGGED_TEASER = "teaser_tag"
APPEAL_LABELS = frozenset({"donation", "subscription", "newsletter"})
# Above the article, the model alone does not remove an appeal, a share prompt or an advert:
# a headline about a newsletter company, a fundraiser, a messaging app or an app launch
# reads like one, and real boxes, share rows and ads there carry cues.
ABOVE_CORE_CUED = APPEAL_LABELS | {"social", "promo"}
# Lines above the headline that may be the page's furniture (decide: top_furniture).
TOP_FURNITURE = 3
TOP_FURNITURE_WORDS = 3
# Decision rounds (see decide_stable): real documents settle in two or three.
MAX_ROUNDS = 8
# A line the first pass reads as junk more than body, though as no one label, between two
# lines it is sure are junk: the context pass must be this sure it is junk to remove it.
DOUBTED_CONTEXT_SURE = 0.95

LABEL_INDEX = {label: index for index, label in enumerate(LABELS)}
RELATED_INDEX = LABEL_INDEX["related"]
# An interview or FAQ: this many questions that read as the story's own.
INTERVIEW_QUESTIONS = 3
