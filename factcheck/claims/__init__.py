"""Claims: sentences from several outlets that state the same fact, gathered into one claim.

:mod:`.scorer` builds the sparse candidate graph, scores pairs (``PairScorer``) and clusters them
(``group_sentences``).
"""
