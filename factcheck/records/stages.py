"""Records one stage hands to the next inside a check: the claims the clustering forms, each mention with
its article's context for comparison, and the verdicts the comparison rules give (two quantities, two
renderings of a quotation, a contradiction between two versions). They live here, with the records that
cross into reports, so that no stage imports another stage's module for its types.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .findings import Mention
from .inputs import Quote

__all__ = ["Comparison", "Contradiction", "Fidelity", "Group", "MentionContext"]


@dataclass(frozen=True)
class Comparison:
    """How two quantities that count the same thing relate.

    Attributes:
        label: ``identical``, ``same value, different format``, ``rounding``, ``qualifier differs``,
            ``compatible``, ``unit differs`` or ``conflict``.
        severity: ``None`` for identical, else one of ``info`` < ``low`` < ``medium`` < ``high``.
        detail: One sentence for the editor.
    """

    label: str
    severity: str | None
    detail: str


@dataclass(frozen=True)
class Fidelity:
    """How one outlet's rendering of a quotation relates to another's.

    Attributes:
        label: ``verbatim``, ``trivial``, ``truncated``, ``altered`` or ``paraphrase``.
        severity: ``None`` for verbatim; ``info`` trivial; ``low`` truncated/paraphrase; ``medium``
            altered; ``high`` altered with a negation or number changed.
        diff: Word diff with ``[-removed-]`` and ``{+added+}`` marks (empty when verbatim/trivial).
        detail: One sentence for the editor.
    """

    label: str
    severity: str | None
    diff: str
    detail: str


@dataclass(frozen=True)
class Group:
    """Sentences the clustering put together as one claim.

    Attributes:
        members: Indices into the sentence list, in input order.
        cohesion: Average pair score of the members (1.0 for a single sentence).
        evidence: Beyond the pair scores, what tied the members together, for an editor: "same figure:
            £1.6bn", "same words: “boots on the ground”".
    """

    members: tuple[int, ...]
    cohesion: float
    evidence: tuple[str, ...] = ()


@dataclass(frozen=True)
class Contradiction:
    """A rule that fired on two versions.

    Attributes:
        rule: The rule's name in :data:`RULES` (``polarity``, ``actor``, ``day``).
        severity: ``high`` for polarity, ``medium`` for actor and day.
        detail: One sentence naming the rule and what differs.
        values: The differing words, first version's then second's.
    """

    rule: str
    severity: str
    detail: str
    values: tuple[str, ...]


@dataclass(frozen=True)
class MentionContext:
    """A mention with what comparison needs from its article: the quotations inside it.

    Attributes:
        mention: The mention.
        quotes: Quotations of the article overlapping the mention, clipped to the sentence.
        speaker: Who the article says makes the statement in this sentence, if it says.
        speaker_named: True when the sentence names the speaker itself, False when inferred from "he"/"she".
        doc: The linguistic model's parse of the sentence (a spaCy ``Doc``), or ``None`` when not parsed.
        article: The whole article's text as :func:`normalise_quote` reads it, so that a quotation can be
            looked for anywhere in it; empty when not known.
    """

    mention: Mention
    quotes: tuple[Quote, ...] = ()
    speaker: str | None = None
    speaker_named: bool = True
    doc: Any = None
    article: str = ""
