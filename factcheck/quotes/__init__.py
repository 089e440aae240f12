"""Quotes: quotations and their speakers in an article, and how faithfully two outlets render one.

:mod:`.extract` finds quotations and who says them (``extract_quotes``, ``sentence_speakers``).
"""
