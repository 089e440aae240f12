"""Compare: one claim's mentions turned into findings and a status.

:mod:`.claim` compares every pair of mentions (numbers, quotes, attribution, coverage: ``compare_claim``);
:mod:`.contradictions` holds the non-numeric rules, each one function registered by name.
"""
