"""Text: what factcheck knows about English text before any claim is compared.

:mod:`.lexicon` holds the word knowledge no model supplies (titles, ranks, predicates, scope words, stop words,
weekdays); :mod:`.tokens` is the one tokeniser (words, with curly quotes and contractions folded);
:mod:`.sentences` splits an article into sentences with offsets and drops page furniture; :mod:`.quotation`
finds where a paragraph opens and closes a quotation; :mod:`.names` reads people's names (aliases, spelling
keys, whether two names are one person, whether a string is a person's name).
"""
