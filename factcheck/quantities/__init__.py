"""Quantities: numbers read as a sub-editor reads them, and compared as intervals.

:mod:`.numerals` finds the numbers written in digits or words; :mod:`.units` holds the tables they are read
with (number words, scales, currencies, units, hedges); :mod:`.parse` reads quantities with unit, scale,
hedge and counted noun (``parse_quantities``); :mod:`.intervals` compares two of them.
"""
