"""Text: what factcheck knows about English text before any claim is compared.

:mod:`.lexicon` holds the word knowledge no model supplies (titles, ranks, predicates, scope words, months and
weekdays); :mod:`.sentences` splits an article into sentences with offsets and drops page furniture.
"""
