"""Quotes: quotations and their speakers in an article, and how faithfully two outlets render one.

:mod:`.extract` finds quotations and who says them (``extract_quotes``, ``sentence_speakers``) and clips them
to a sentence (``clip_quotes``); :mod:`.fidelity` judges two renderings of one quotation (``quote_fidelity``).
"""
