"""Claims: sentences from several outlets that state the same fact, gathered into one claim.

:mod:`.graph` finds each sentence's nearest neighbours (``knn_graph``); :mod:`.scorer` scores a pair of
sentences (``PairScorer``) and proposes candidate pairs; :mod:`.cluster` merges scored pairs into claims
(``group_sentences``, ``Group``).
"""
