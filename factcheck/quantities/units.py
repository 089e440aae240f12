"""Units: the vocabulary quantities are read with (number words, scales, currencies, units, hedges).

Pure data and tiny lookups, kept apart from the parser so a reader can check and extend the tables.
"""

from __future__ import annotations

from ..text.lexicon import MONTHS

__all__ = [
    "CARDINALS",
    "CURRENCY_PREFIXES",
    "CURRENCY_SUFFIX_SYMBOLS",
    "CURRENCY_WORDS",
    "DENOMINATORS",
    "GLUED_ONLY_SCALES",
    "GLUED_ONLY_UNITS",
    "MILLION_CODES",
    "MONTHS",
    "NEGATIVE_WORDS",
    "NUMBER_SCALES",
    "POSTFIX_QUALIFIERS",
    "QUALIFIERS",
    "SMALL_NUMBERS",
    "SUFFIX_SCALES",
    "TENS",
    "UNICODE_FRACTIONS",
    "UNITS",
    "VAGUE_COUNTS",
    "WORD_SCALES",
    "convert",
    "family",
    "singular",
    "stem",
]

SMALL_NUMBERS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
    "ninety": 90,
}
#: Scale words that multiply what precedes them ("1.6 billion", "three hundred").
WORD_SCALES = {
    "hundred": 1e2, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
    "lakh": 1e5, "crore": 1e7,
}
#: Abbreviated scales written after digits ("£1.6bn", "€2.3m", "5k"). "m" and "k" count only when
#: glued to the digits: "5 m" is five metres, "£5m" is five million pounds.
SUFFIX_SCALES = {
    "bn": 1e9, "b": 1e9, "billion": 1e9, "tn": 1e12, "trn": 1e12, "trillion": 1e12, "mn": 1e6, "mln": 1e6,
    "m": 1e6, "million": 1e6, "k": 1e3, "thousand": 1e3, "hundred": 1e2,
}
GLUED_ONLY_SCALES = frozenset({"m", "k", "b"})
#: Number words read as their value, "nought" and "oh" included ("two point oh").
CARDINALS: dict[str, float] = {**SMALL_NUMBERS, **TENS, "nought": 0, "naught": 0, "oh": 0}
#: Fraction words and the denominator each names ("two thirds", "a quarter"); plurals are added below.
DENOMINATORS: dict[str, float] = {
    "half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "fourth": 4, "fourths": 4,
    "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12,
    "thirteenth": 13, "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50, "sixtieth": 60,
    "seventieth": 70, "eightieth": 80, "ninetieth": 90, "hundredth": 100, "thousandth": 1000,
    "millionth": 1e6,
}
DENOMINATORS.update({w + "s": d for w, d in list(DENOMINATORS.items())
                     if not w.endswith(("s", "half")) and w + "s" not in DENOMINATORS})
#: Fractions written as one character.
UNICODE_FRACTIONS = {"½": 0.5, "⅓": 1 / 3, "⅔": 2 / 3, "¼": 0.25, "¾": 0.75, "⅕": 0.2, "⅖": 0.4, "⅗": 0.6,
                      "⅘": 0.8, "⅙": 1 / 6, "⅚": 5 / 6, "⅛": 0.125, "⅜": 0.375, "⅝": 0.625, "⅞": 0.875}
#: Scale words a numeral may hold ("a dozen", "two million").
NUMBER_SCALES = {**WORD_SCALES, "dozen": 12.0, "dozens": 12.0}
#: Words that make the number after them negative.
NEGATIVE_WORDS = {"minus", "negative"}

#: Symbols and codes written before the number, longest first when matched.
CURRENCY_PREFIXES = {
    "US$": "USD", "U.S.$": "USD", "A$": "AUD", "AU$": "AUD", "C$": "CAD", "CA$": "CAD", "NZ$": "NZD",
    "HK$": "HKD", "$": "USD", "£": "GBP", "€": "EUR", "¥": "JPY", "₹": "INR", "₽": "RUB", "₩": "KRW",
    "USD": "USD", "GBP": "GBP", "EUR": "EUR", "JPY": "JPY", "CHF": "CHF", "CNY": "CNY", "INR": "INR",
    "RUB": "RUB", "CAD": "CAD", "AUD": "AUD", "NZD": "NZD", "HKD": "HKD", "MXN": "MXN", "TRY": "TRY",
    "RMB": "CNY", "Rs": "INR", "Rs.": "INR", "C $": "CAD", "HK $": "HKD", "US $": "USD",
    "NZ $": "NZD", "USD$": "USD", "CAD$": "CAD", "AUD$": "AUD", "NZD$": "NZD", "MXN$": "MXN", "HKD$": "HKD",
    "MX$": "MXN", "S$": "SGD", "SGD": "SGD", "Mex$": "MXN",
}
#: Codes for millions of a currency in financial copy ("sales of MEUR 120", "30 MUSD").
MILLION_CODES = {f"M{code}": code for code in ("USD", "EUR", "GBP", "AUD", "CAD", "CHF", "JPY", "SEK", "NOK", "DKK")}
#: Symbols written after the number ("10 €", "100元").
CURRENCY_SUFFIX_SYMBOLS = {"$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "元": "CNY", "₹": "INR", "₽": "RUB",
                           "ரூ": "LKR", "₺": "TRY"}
#: Currency names written after the number ("200 dollars", "5 pounds sterling").
CURRENCY_WORDS = {
    "dollar": "USD", "dollars": "USD", "us dollar": "USD", "us dollars": "USD", "usd": "USD",
    "pound": "GBP", "pounds": "GBP", "pound sterling": "GBP", "pounds sterling": "GBP", "sterling": "GBP",
    "gbp": "GBP", "quid": "GBP", "euro": "EUR", "euros": "EUR", "eur": "EUR", "yen": "JPY",
    "yuan": "CNY", "renminbi": "CNY", "rupee": "INR", "rupees": "INR", "rouble": "RUB", "roubles": "RUB",
    "ruble": "RUB", "rubles": "RUB", "franc": "CHF", "francs": "CHF", "swiss francs": "CHF",
    "canadian dollars": "CAD", "australian dollars": "AUD", "hong kong dollars": "HKD", "rmb": "CNY",
    "chinese yuan": "CNY", "lira": "TRY", "turkish lira": "TRY", "peso": "MXN", "pesos": "MXN",
    "mexican peso": "MXN", "mexican pesos": "MXN", "canadian dollar": "CAD", "australian dollar": "AUD",

    "cent": "USD/100", "cents": "USD/100", "penny": "GBP/100", "pence": "GBP/100", "p": "GBP/100",
}

#: Unit words -> (canonical name, family, factor to the family's base unit).
UNITS: dict[str, tuple[str, str, float]] = {}
for _names, _canon, _family, _factor in (
    (("second", "seconds", "sec", "secs", "s"), "second", "time", 1.0),
    (("minute", "minutes", "min", "mins"), "minute", "time", 60.0),
    (("hour", "hours", "hr", "hrs", "h"), "hour", "time", 3600.0),
    (("day", "days"), "day", "time", 86400.0),
    (("week", "weeks"), "week", "time", 604800.0),
    (("fortnight", "fortnights"), "fortnight", "time", 1209600.0),
    (("month", "months"), "month", "time", 2629800.0),
    (("year", "years", "yr", "yrs"), "year", "time", 31557600.0),
    (("decade", "decades"), "decade", "time", 315576000.0),
    (("century", "centuries"), "century", "time", 3155760000.0),
    (("km", "kms", "kilometre", "kilometres", "kilometer", "kilometers"), "km", "length", 1000.0),
    (("mile", "miles", "mi"), "mile", "length", 1609.344),
    (("metre", "metres", "meter", "meters"), "m", "length", 1.0),
    (("cm", "centimetre", "centimetres", "centimeter", "centimeters"), "cm", "length", 0.01),
    (("mm", "millimetre", "millimetres", "millimeter", "millimeters"), "mm", "length", 0.001),
    (("ft", "foot", "feet"), "ft", "length", 0.3048),
    (("inch", "inches", "in."), "inch", "length", 0.0254),
    (("yard", "yards", "yd", "yds"), "yard", "length", 0.9144),
    (("nautical mile", "nautical miles"), "nautical mile", "length", 1852.0),
    (("kg", "kgs", "kilogram", "kilograms", "kilo", "kilos"), "kg", "mass", 1.0),
    (("g", "gram", "grams", "gramme", "grammes"), "g", "mass", 0.001),
    (("mg", "milligram", "milligrams"), "mg", "mass", 1e-6),
    (("tonne", "tonnes", "metric ton", "metric tons", "ton", "tons", "t"), "tonne", "mass", 1000.0),
    (("lb", "lbs"), "lb", "mass", 0.45359237),
    (("ounce", "ounces", "oz"), "oz", "mass", 0.028349523125),
    (("litre", "litres", "liter", "liters", "l"), "l", "volume", 1.0),
    (("ml", "millilitre", "millilitres", "milliliter", "milliliters"), "ml", "volume", 0.001),
    (("gallon", "gallons", "gal"), "gallon", "volume", 3.785411784),
    (("barrel", "barrels", "bbl"), "barrel", "volume", 158.987294928),
    (("cubic metre", "cubic metres", "cubic meter", "cubic meters"), "m3", "volume", 1000.0),
    (("mph", "miles per hour"), "mph", "speed", 0.44704),
    (("km/h", "kph", "kmh", "kilometres per hour", "kilometers per hour"), "km/h", "speed", 1 / 3.6),
    (("knot", "knots"), "knot", "speed", 0.514444),
    (("sq km", "square kilometres", "square kilometers", "km2", "km²"), "km2", "area", 1e6),
    (("square miles", "square mile", "sq miles", "sq mi"), "sq mile", "area", 2589988.110336),
    (("square metres", "square meters", "sq m", "m2", "m²"), "m2", "area", 1.0),
    (("square feet", "square foot", "sq ft"), "sq ft", "area", 0.09290304),
    (("acre", "acres"), "acre", "area", 4046.8564224),
    (("hectare", "hectares", "ha"), "hectare", "area", 1e4),
    (("°c", "celsius", "degrees celsius", "c"), "°C", "temperature", 1.0),
    (("°f", "fahrenheit", "degrees fahrenheit", "f"), "°F", "temperature", 1.0),
    (("degree", "degrees", "°"), "degree", "angle", 1.0),
    (("mw", "megawatt", "megawatts"), "MW", "power", 1e6),
    (("gw", "gigawatt", "gigawatts"), "GW", "power", 1e9),
    (("kw", "kilowatt", "kilowatts"), "kW", "power", 1e3),
    (("kb", "kilobyte", "kilobytes"), "KB", "data", 1e3),
    (("mb", "megabyte", "megabytes"), "MB", "data", 1e6),
    (("gb", "gigabyte", "gigabytes"), "GB", "data", 1e9),
    (("tb", "terabyte", "terabytes"), "TB", "data", 1e12),
):
    for _name in _names:
        UNITS[_name] = (_canon, _family, _factor)
#: Unit abbreviations of one or two letters that are words too ("in", "h", "s"): read only when glued
#: to digits ("5km", "30C") so "5 in the morning" is not five inches.
GLUED_ONLY_UNITS = frozenset({"s", "h", "g", "t", "l", "c", "f", "in.", "mi", "ha", "m", "gal", "min"})

#: Hedges before a number -> (normalised qualifier, interval shape). Shapes: None exact, ">" open high,
#: "<" open low, "~" both sides by the tolerance, "<~" just below, ">~" just above.
QUALIFIERS: dict[str, tuple[str, str | None]] = {
    "more than": ("more than", ">"), "over": ("more than", ">"), "above": ("more than", ">"),
    "in excess of": ("more than", ">"), "upwards of": ("more than", ">"), "upward of": ("more than", ">"),
    "greater than": ("more than", ">"), "larger than": ("more than", ">"), "bigger than": ("more than", ">"),
    "higher than": ("more than", ">"), "exceeding": ("more than", ">"), "well over": ("more than", ">"),
    "at least": ("at least", ">="), "no fewer than": ("at least", ">="), "no less than": ("at least", ">="),
    "a minimum of": ("at least", ">="), "not less than": ("at least", ">="),
    "up to": ("up to", "<="), "as many as": ("up to", "<="), "as much as": ("up to", "<="),
    "no more than": ("up to", "<="), "not more than": ("up to", "<="), "at most": ("up to", "<="),
    "a maximum of": ("up to", "<="),
    "under": ("under", "<"), "fewer than": ("under", "<"), "less than": ("under", "<"),
    "below": ("under", "<"), "smaller than": ("under", "<"), "lower than": ("under", "<"),
    "just under": ("just under", "<~"), "nearly": ("nearly", "<~"), "almost": ("nearly", "<~"),
    "close to": ("nearly", "<~"), "just short of": ("nearly", "<~"), "just below": ("just under", "<~"),
    "just over": ("just over", ">~"), "just above": ("just over", ">~"), "a little over": ("just over", ">~"),
    "exactly": ("exactly", None), "precisely": ("exactly", None), "equal to": ("exactly", None),
    "equals": ("exactly", None), "equaling": ("exactly", None), "equaling to": ("exactly", None),
    "is equal to": ("exactly", None), "equals to": ("exactly", None),
    ">": ("more than", ">"), ">=": ("at least", ">="), "≥": ("at least", ">="), "> =": ("at least", ">="),
    "<": ("under", "<"), "<=": ("up to", "<="), "≤": ("up to", "<="), "< =": ("up to", "<="),
    "exceeds": ("more than", ">"), "exceed": ("more than", ">"),
    "surpass": ("more than", ">"), "surpassing": ("more than", ">"), "topping": ("more than", ">"),
    "less than or equal to": ("up to", "<="), "less or equal than": ("up to", "<="),
    "smaller or equal than": ("up to", "<="), "smaller than or equal to": ("up to", "<="),
    "lower or equal than": ("up to", "<="), "lower than or equal to": ("up to", "<="),
    "greater than or equal to": ("at least", ">="), "greater or equal than": ("at least", ">="),
    "bigger or equal than": ("at least", ">="), "higher or equal than": ("at least", ">="),
    "larger or equal than": ("at least", ">="), "more than or equal to": ("at least", ">="),
    "at least or equal to": ("at least", ">="), "no less than or equal to": ("at least", ">="),
    "about": ("about", "~"), "around": ("about", "~"), "roughly": ("about", "~"), "some": ("about", "~"),
    "approximately": ("about", "~"), "approx.": ("about", "~"), "approx": ("about", "~"),
    "an estimated": ("about", "~"), "estimated": ("about", "~"), "circa": ("about", "~"),
    "c.": ("about", "~"), "an approximate": ("about", "~"), "some estimated": ("about", "~"),
}
#: Hedges after a number: "5,000 or more", "5,000-plus", "about 5,000 or so".
POSTFIX_QUALIFIERS: dict[str, tuple[str, str]] = {
    "or more": ("at least", ">="), "plus": ("at least", ">="), "+": ("at least", ">="),
    "or so": ("about", "~"), "or less": ("up to", "<="), "or fewer": ("up to", "<="),
    "and above": ("at least", ">="), "and over": ("at least", ">="), "and up": ("at least", ">="),
    "and under": ("up to", "<="), "and below": ("up to", "<="), "or greater": ("at least", ">="),
    "or greater than": ("at least", ">="), "and more": ("at least", ">="), "or above": ("at least", ">="),
    "or higher": ("at least", ">="), "or over": ("at least", ">="), "or fewer than": ("up to", "<="),
}
#: Vague counts: "hundreds of" people -> the interval the plural allows.
VAGUE_COUNTS = {
    "dozens": (24.0, 99.0), "scores": (40.0, 99.0), "hundreds": (200.0, 999.0),
    "thousands": (2e3, 9999.0), "tens of thousands": (2e4, 99999.0),
    "hundreds of thousands": (2e5, 999999.0), "millions": (2e6, 9999999.0),
    "tens of millions": (2e7, 99999999.0), "hundreds of millions": (2e8, 999999999.0),
    "billions": (2e9, 9999999999.0),
}


def convert(value: float, unit: str, to_unit: str) -> float | None:
    """``value`` in ``unit`` expressed in ``to_unit``, or ``None`` when they measure different things.

    >>> round(convert(12, "mile", "km"), 2)
    19.31
    >>> convert(5, "hour", "km") is None
    True
    """
    a = _by_canon.get(unit)
    b = _by_canon.get(to_unit)
    if a is None or b is None or a[0] != b[0] or a[0] == "temperature":
        return None
    return value * a[1] / b[1]


_by_canon = {canon: (family, factor) for canon, family, factor in UNITS.values()}


def family(unit: str | None) -> str | None:
    """What a canonical unit measures ("time", "length", ...), ``None`` for currencies and counts."""
    found = _by_canon.get(unit or "")
    return found[0] if found else None


def singular(word: str) -> str:
    """A crude English singular for matching counted nouns ("missiles" -> "missile").

    >>> [singular(w) for w in ("missiles", "casualties", "buses", "news", "troops")]
    ['missile', 'casualty', 'bus', 'news', 'troop']
    """
    w = word.lower()
    if len(w) <= 3 or w.endswith(("ss", "us", "is", "news")):
        return w
    if w.endswith("ies"):
        return w[:-3] + "y"
    if w.endswith(("ses", "xes", "ches", "shes", "zes")):
        return w[:-2]
    if w.endswith("s"):
        return w[:-1]
    return w


def stem(word: str) -> str:
    """A light stem, so inflections of one word meet ("secured"/"secure", "presented"/"present").

    >>> [stem(w) for w in ("secured", "secure", "presented", "present", "refuses", "refused")]
    ['secur', 'secur', 'present', 'present', 'refus', 'refus']
    """
    for suffix in ("ing", "ed", "es", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            word = word[: -len(suffix)]
            break
    return word[:-1] if word.endswith("e") and len(word) > 4 else word
