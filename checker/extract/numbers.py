"""Figure claims: money, percentages, counts and quantities with what they count.

A figure is found from its anchor (digits, or a run of number words) and read outwards:
to the left a sign ("-15", "minus five"), a currency symbol or code, a qualifier ("more
than", "about") or "between"; to the right a fraction ("7 3/4"), a scale ("billion", "bn",
"crore"), a currency word or symbol ("dollars 50 cents", "-cent", "€"), "%" or "per cent",
a unit ("cubic feet", "km", "-day") or the noun counted ("leaders", "people").
All patterns are bounded and anchored, so the work is linear in the sentence length.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from decimal import Decimal, InvalidOperation

from checker.extract.common import (
    BETWEEN_SHARES,
    FALL_PAST,
    IRREGULAR_PAST,
    LOWER,
    OF_THE_TOTAL,
    OF_THEM,
    ORDINAL_WORDS,
    ORG_WORDS,
    RISE_PAST,
    STOPWORDS,
    TENS_AND_UNITS,
    TENS_WORD,
    TIME_ZONES,
    UNITS_WORD,
    UPPER,
    WEEKDAYS,
    lowered,
    word_alternation,
)
from checker.models import Claim, ClaimKind, Quantity, Sentence

# -- vocabularies ---------------------------------------------------------------------------

SCALES: dict[str, Decimal] = {
    "hundred": Decimal(100),
    "thousand": Decimal(10) ** 3,
    "k": Decimal(10) ** 3,
    "lakh": Decimal(10) ** 5,
    "lakhs": Decimal(10) ** 5,
    "lac": Decimal(10) ** 5,
    "million": Decimal(10) ** 6,
    "mn": Decimal(10) ** 6,
    "mln": Decimal(10) ** 6,
    "m": Decimal(10) ** 6,
    "crore": Decimal(10) ** 7,
    "crores": Decimal(10) ** 7,
    "cr": Decimal(10) ** 7,
    "billion": Decimal(10) ** 9,
    "bn": Decimal(10) ** 9,
    "b": Decimal(10) ** 9,
    "bln": Decimal(10) ** 9,
    "trillion": Decimal(10) ** 12,
    "tn": Decimal(10) ** 12,
    "tr": Decimal(10) ** 12,
    "trn": Decimal(10) ** 12,
    "t": Decimal(10) ** 12,
}

# Symbols and codes written before the figure. Ambiguous symbols keep themselves as unit.
CURRENCY_PREFIXES: dict[str, str] = {
    "us$": "USD",
    "u.s.$": "USD",
    "usd": "USD",
    "a$": "AUD",
    "au$": "AUD",
    "aud": "AUD",
    "c$": "CAD",
    "ca$": "CAD",
    "cad": "CAD",
    "nz$": "NZD",
    "nzd": "NZD",
    "hk$": "HKD",
    "hkd": "HKD",
    "mex$": "MXN",
    "mx$": "MXN",
    "nt$": "TWD",
    "twd": "TWD",
    "s$": "SGD",
    "sgd": "SGD",
    "r$": "BRL",
    "brl": "BRL",
    "$": "USD",
    "€": "EUR",
    "eur": "EUR",
    "£": "GBP",
    "gbp": "GBP",
    "₹": "INR",
    "inr": "INR",
    "pkr": "PKR",
    "rs": "Rs",
    "rs.": "Rs",
    "₨": "Rs",
    "¥": "¥",
    "jpy": "JPY",
    "cny": "CNY",
    "rmb": "CNY",
    "chf": "CHF",
    "fr.": "francs",
    "sfr.": "CHF",
    "₽": "RUB",
    "rub": "RUB",
    "₩": "KRW",
    "krw": "KRW",
    "₺": "TRY",
    "try": "TRY",
    "₦": "NGN",
    "ngn": "NGN",
    "₡": "CRC",
    "₾": "GEL",
    "₭": "LAK",
    "₴": "UAH",
    "₫": "VND",
    "₪": "ILS",
    "₱": "PHP",
    "฿": "THB",
    "zar": "ZAR",
    "aed": "AED",
    "sar": "SAR",
    "egp": "EGP",
    "bdt": "BDT",
    "lkr": "LKR",
    "npr": "NPR",
    "mxn": "MXN",
    "sek": "SEK",
    "nok": "NOK",
    "dkk": "DKK",
    "pln": "PLN",
    "idr": "IDR",
    "myr": "MYR",
    "php": "PHP",
    "thb": "THB",
    "vnd": "VND",
    "kes": "KES",
    "ghs": "GHS",
    "uah": "UAH",
    "ils": "ILS",
    "qar": "QAR",
    "kwd": "KWD",
    "huf": "HUF",
    "czk": "CZK",
    "ars": "ARS",
    "clp": "CLP",
    "cop": "COP",
    "pen": "PEN",
}
_CODE_PREFIX = re.compile(
    r"(?:(?<![A-Za-z])(?:US|U\.S\.\s?|A|AU|C|CA|NZ|HK|S|R|MEX|MX|NT)\$"
    # Tokenised text splits the symbol from its country ("c $ 16.4 million"); a lower-case
    # "us" or "a" before "$" is a word, and "$" is US dollars anyway.
    r"|(?<![\w.])(?:(?-i:US)|C|CA|AU|NZ|HK|MEX|MX|NT)\s\$"
    r"|\$|€|£|₹|₨|¥|₽|₩|₺|₦|₡|₾|₭|₴|₫|₪|₱|฿|"
    r"\b(?:Rs\.?|USD|EUR|GBP|INR|PKR|JPY|CNY|RMB|CHF|AUD|NZD|HKD|SGD|BRL|KRW|NGN|TWD|"
    r"ZAR|AED|SAR|EGP|BDT|LKR|NPR|MXN|SEK|NOK|DKK|PLN|IDR|MYR|PHP|THB|VND|KES|GHS|UAH|ILS|"
    r"QAR|KWD|HUF|CZK|ARS|CLP|"
    # Codes that are also English words count only in capitals ("his pen 7 times"); COP is
    # left out: "COP 28" is the climate summit far more often than Colombian pesos.
    r"(?-i:PEN|TRY|CAD|RUB)"
    # Swiss papers write "Fr. 250" and "SFr. 250" (a capital "Fr." before a figure).
    r"|(?-i:S?Fr\.)))\s?$",
    re.I,
)
_UNKNOWN_CODE = re.compile(r"(?<![\w.$€£])([A-Z]{3})\s?$")
# Capitals that stand before scaled figures and are no currency ("GDP 2.1bn" is rare, but
# a wire's "COP 28" and "NHS 1.2m" are not).
_NOT_CURRENCY_CODES = frozenset(
    "GDP GNP CPI RPI VAT PMI IPO EPS NHS BBC CEO CFO COO COP GMT UTC BST EST CET MSK TOP NEW "
    "AGM FTE HGV".split()
)
# Currency words written after the figure, longest first.
CURRENCY_WORDS: dict[str, str] = {
    "us dollars": "USD",
    "us dollar": "USD",
    "u.s. dollars": "USD",
    "u.s. dollar": "USD",
    "american dollars": "USD",
    "american dollar": "USD",
    "australian dollars": "AUD",
    "australian dollar": "AUD",
    "canadian dollars": "CAD",
    "canadian dollar": "CAD",
    "hong kong dollars": "HKD",
    "hong kong dollar": "HKD",
    "singapore dollars": "SGD",
    "singapore dollar": "SGD",
    "new zealand dollars": "NZD",
    "new zealand dollar": "NZD",
    "taiwan dollars": "TWD",
    "taiwan dollar": "TWD",
    "dollars": "USD",
    "dollar": "USD",
    "euros": "EUR",
    "euro": "EUR",
    "euro cents": "EUR*0.01",
    "euro cent": "EUR*0.01",
    "pounds sterling": "GBP",
    "pound sterling": "GBP",
    "sterling": "GBP",
    "british pounds": "GBP",
    "pounds": "GBP",
    "pound": "GBP",
    "pence": "GBP*0.01",
    "penny": "GBP*0.01",
    "pennies": "GBP*0.01",
    "cents": "USD*0.01",
    "cent": "USD*0.01",
    "dimes": "USD*0.1",
    "dime": "USD*0.1",
    "yen": "JPY",
    "japanese yen": "JPY",
    "yuan": "CNY",
    "chinese yuan": "CNY",
    "renminbi": "CNY",
    "rmb": "CNY",
    "indian rupees": "INR",
    "indian rupee": "INR",
    "pakistani rupees": "PKR",
    "pakistani rupee": "PKR",
    "sri lankan rupees": "LKR",
    "sri lankan rupee": "LKR",
    "nepalese rupees": "NPR",
    "nepalese rupee": "NPR",
    "rupees": "rupees",
    "rupee": "rupees",
    "roubles": "RUB",
    "rubles": "RUB",
    "rouble": "RUB",
    "ruble": "RUB",
    "swiss francs": "CHF",
    "swiss franc": "CHF",
    "french francs": "FRF",
    "french franc": "FRF",
    "belgian francs": "BEF",
    "belgian franc": "BEF",
    "francs": "francs",
    "pesetas": "ESP",
    "peseta": "ESP",
    "dutch guilders": "NLG",
    "dutch guilder": "NLG",
    "guilders": "NLG",
    "guilder": "NLG",
    "finnish markkaa": "FIM",
    "finnish markka": "FIM",
    "finnish marks": "FIM",
    "markkaa": "FIM",
    "markka": "FIM",
    "markkas": "FIM",
    "deutsche marks": "DEM",
    "deutschmarks": "DEM",
    "german marks": "DEM",
    "italian lire": "ITL",
    "lire": "ITL",
    "drachmas": "GRD",
    "won": "KRW",
    "south korean won": "KRW",
    "naira": "NGN",
    "rand": "ZAR",
    "taka": "BDT",
    "lira": "TRY",
    "liras": "TRY",
    "dirhams": "AED",
    "riyals": "SAR",
    "mexican pesos": "MXN",
    "mexican peso": "MXN",
    "philippine pesos": "PHP",
    "argentine pesos": "ARS",
    "chilean pesos": "CLP",
    "colombian pesos": "COP",
    "pesos": "pesos",
    "dinars": "dinars",
    "shillings": "shillings",
    "hryvnias": "UAH",
    "zloty": "PLN",
    "ringgit": "MYR",
    "baht": "THB",
    "rupiah": "IDR",
    "swedish kronor": "SEK",
    "kronor": "SEK",
    "norwegian kroner": "NOK",
    "danish kroner": "DKK",
    # Crowns unnamed by country (Danish or Norwegian, Swedish): one word, one unit.
    "kroner": "kroner",
    "krone": "kroner",
    "krona": "krona",
    "icelandic kronur": "ISK",
    "kronur": "ISK",
}
# Symbols written after the figure ("15€", "100 ₡", "100元"); "¥" stays ambiguous.
CURRENCY_SYMBOLS_AFTER: dict[str, str] = {
    symbol: code
    for symbol, code in CURRENCY_PREFIXES.items()
    if not symbol.isascii() and symbol != "₨"
} | {"元": "CNY", "ரூ": "LKR"}
_CURRENCY_CODES_AFTER = frozenset(
    code for code in CURRENCY_PREFIXES.values() if len(code) == 3 and code.isupper()
)

# Physical and time units: word -> (canonical unit, dimension, factor to the dimension's base).
UNITS: dict[str, tuple[str, str, float]] = {}


def _units(dimension: str, canonical: str, factor: float, *names: str) -> None:
    for name in names:
        UNITS[name] = (canonical, dimension, factor)


_units("time", "second", 1, "second", "seconds", "sec", "secs", "s")
_units("time", "minute", 60, "minute", "minutes", "min", "mins")
_units("time", "hour", 3600, "hour", "hours", "hr", "hrs", "h")
_units("time", "day", 86400, "day", "days")
# "a 14-night voyage", "twelve nights at sea": a cruise or a stay is told in nights.
_units("time", "night", 86400, "night", "nights")
_units("time", "week", 604800, "week", "weeks")
_units("time", "month", 2629746, "month", "months")
_units("time", "year", 31556952, "year", "years")
_units("length", "km", 1000, "km", "kms", "kilometre", "kilometres", "kilometer", "kilometers")
_units("length", "mile", 1609.344, "mile", "miles", "mi")
_units("length", "m", 1, "metre", "metres", "meter", "meters")
_units("length", "ft", 0.3048, "foot", "feet", "ft")
_units("length", "cm", 0.01, "cm", "centimetre", "centimetres", "centimeter", "centimeters")
_units("length", "mm", 0.001, "mm", "millimetre", "millimetres", "millimeter", "millimeters")
_units("length", "nautical mile", 1852, "nautical mile", "nautical miles", "nm")
_units("length", "yard", 0.9144, "yard", "yards", "yd", "yds")
_units("length", "inch", 0.0254, "inch", "inches")
# Astronomers' distances: "112 light years from Earth", "112 parsecs" (3.26 light years).
_units("length", "light year", 9.4607e15, "light year", "light years", "light-year", "light-years")
_units("length", "parsec", 3.0857e16, "parsec", "parsecs")
_units("area", "km2", 1e6, "square kilometres", "square kilometers", "sq km", "km2", "km²")
_units("area", "m2", 1, "square metres", "square meters", "square metre", "square meter", "sq m")
_units("area", "m2", 1, "m2", "m²")
_units("area", "sq ft", 0.09290304, "square feet", "square foot", "sq ft")
_units("area", "sq mile", 2.589988e6, "square miles", "sq miles", "square mile")
_units("area", "hectare", 1e4, "hectare", "hectares", "ha")
_units("area", "acre", 4046.8564, "acre", "acres")
_units("volume", "cubic feet", 0.0283168, "cubic feet", "cubic foot", "cu ft")
# Gas: "38 million standard cubic feet a day", "38 MMscf/d" (a day's flow, told as its
# volume, as a water company's "Ml/d"), "1.1 tcf" of reserves, "4.2 bcm" a year.
_units("volume", "cubic feet", 0.0283168, "standard cubic feet", "scf", "scf/d")
_units("volume", "million cubic feet", 28316.8, "mmscf/d", "mmscfd", "mmcf/d", "mmcfd", "mmscf")
_units("volume", "billion cubic feet", 2.83168e7, "bcf", "bcf/d")
_units("volume", "trillion cubic feet", 2.83168e10, "tcf")
_units("volume", "billion cubic metres", 1e9, "bcm")
_units("volume", "cubic metres", 1, "cubic metres", "cubic meters", "cubic metre", "m3", "m³")
_units("volume", "litre", 0.001, "litre", "litres", "liter", "liters")
_units("volume", "gallon", 0.00378541, "gallon", "gallons")
_units("volume", "barrel", 0.158987, "barrel", "barrels", "bbl")
_units("volume", "megalitre", 1000, "megalitre", "megalitres", "megaliter", "megaliters")
_units("volume", "hectolitre", 0.1, "hectolitre", "hectolitres", "hectoliter", "hectoliters", "hl")
# A crop's yield: "6.1 tonnes a hectare", "6.1t/ha".
_units(
    "yield",
    "t/ha",
    1,
    *("t/ha", "tonnes per hectare", "tonnes a hectare", "tons per hectare", "tons a hectare"),
)
_units("mass", "kg", 1, "kg", "kilogram", "kilograms", "kilo", "kilos")
_units("mass", "tonne", 1000, "tonne", "tonnes", "metric tons", "ton", "tons", "t")
_units("mass", "g", 0.001, "gram", "grams", "g")
# "pounds" is money first (see _money_after); a weight where the words say so.
_units("mass", "lb", 0.453592, "lb", "lbs", "pound", "pounds")
_units("power", "MW", 1e6, "mw", "mwe", "mwth", "megawatt", "megawatts")
_units("power", "GW", 1e9, "gw", "gigawatt", "gigawatts")
_units("power", "kW", 1e3, "kw", "kilowatt", "kilowatts")
_units("energy", "kWh", 3.6e6, "kwh", "kilowatt-hours", "kilowatt hours")
_units("energy", "MWh", 3.6e9, "mwh", "megawatt-hours", "megawatt hours")
_units("energy", "GWh", 3.6e12, "gwh", "gigawatt-hours", "gigawatt hours")
_units("energy", "TWh", 3.6e15, "twh", "terawatt-hours", "terawatt hours")
_units(
    "speed",
    "km/h",
    1 / 3.6,
    *("km/h", "kph", "kmph", "kilometres per hour", "kilometers per hour", "km per hour"),
    *("kilometres an hour", "kilometers an hour", "km an hour"),
)
_units("speed", "mph", 0.44704, "mph", "miles per hour", "miles an hour")
_units("speed", "knot", 0.514444, "knot", "knots")
# A meteor's or a spacecraft's speed: "17 km/s", "seventeen kilometres a second".
_units(
    "speed",
    "km/s",
    1000,
    *("km/s", "kps", "kilometres per second", "kilometers per second", "km per second"),
    *("kilometres a second", "kilometers a second"),
)
_units("speed", "mi/s", 1609.344, "mi/s", "miles per second", "miles a second")
_units("speed", "m/s", 1, "m/s", "metres per second", "meters per second", "metres a second")
_units("temperature", "°C", 1, "°c", "degrees celsius", "degrees c")
_units("temperature", "°F", 1, "°f", "degrees fahrenheit", "degrees f")
_units("data", "GB", 1e9, "gb", "gigabytes")
_units("magnitude", "magnitude", 1, "magnitude")
# After a glued scale letter with no currency, what makes it a scale: a plural noun or a
# unit ("1.2m residents", "4.2m tonnes").
_COUNTED_AFTER_SCALE = re.compile(
    r"\s(?:[a-z]+-)?[a-z]{2,}(?<![su])s\b|\s(?:people|tonnes|litres)\b"
)
# "from 2.5m to 2.8m" (passengers, in a sentence of no length): two glued scales paired as a
# change's ends are millions, as a count's.
_PAIRED_SCALE_AFTER = re.compile(r"\s(?:to|and)\s\d[\d.,]*(?:m|bn|k)\b")
_PAIRED_SCALE_BEFORE = re.compile(r"\d(?:m|bn|k)\s(?:to|and)\s\d[\d.,]*$")
# A sentence about a level or a height: a glued "m" with nothing after it is metres there
# ("the river peaked at 5.62m at the bridge", "the previous high-water mark of 5.31m").
_BARE_M = re.compile(r"m(?![\w’'-])")
# "Altitude: 2,870 m": a spaced "m" before no counted noun ("3 m users" are millions).
_SPACED_METRES = re.compile(r"\sm(?![\w’'-])(?!" + _COUNTED_AFTER_SCALE.pattern + ")")
_LENGTH_CUE = re.compile(
    r"\b(?:river|level|levels|peak|peaked|peaks|tide|tides|wave|waves|depth|deep|height|"
    r"high-water|crest|surge|flood|floods|snow|tall|metres|meters)\b",
    re.I,
)
# Things told by their length, not counted in millions: "The 118m vessels", "two 40m towers".
_LONG_THINGS = frozenset(
    """vessels ships ferries yachts hulls towers bridges tunnels walls dams piers runways
    masts cranes cliffs spans""".split()
)


def _long_thing_after(text: str, at: int) -> bool:
    following = _WORD_AFTER.match(text, at)
    return bool(following and following["word"] in _LONG_THINGS)


# "1.8m below", "3m high", "a 4.5m-deep trench": a glued "m" is metres where a measure's
# word follows it (alone, "1.8m" may be 1.8 million: "1.8m people").
_METRES_GLUED = re.compile(
    r"m(?=\s(?:below|above|high|higher|deep|deeper|wide|long|tall|taller|away|across|under|"
    r"beneath|underground)\b|-(?:high|deep|long|wide|tall)\b)",
    re.I,
)
# "pounds" is a weight, not money, after a verb of weighing ("weighed in at 1,204 pounds",
# "tipped the scales at 900 pounds") or before a heavy thing's "-pound" ("a 300-pound bear",
# but "a ten-pound note").
# ("heavy" is no cue: "a heavy fine of 500 pounds".)
# (Nor "pay scales worth 2,000 pounds": only "the scales" are tipped.)
_WEIGHING = re.compile(r"\b(?:weigh(?:s|ed|ing)?|the\sscales)\b", re.I)
_WEIGHING_REACH = 60
_MONEY_NOUNS = frozenset(
    """note notes coin coins fine fee ticket bill charge prize bet voucher donation payment
    gift bonus cheque check loan grant deal tax levy reward budget fund price""".split()
)


# What money is "of": "9.2 million pounds of savings", "two million pounds of funding".
_MONEY_OF = frozenset(
    """savings cuts funding investment investments spending damage debt debts compensation
    public taxpayers revenue income losses borrowing support aid""".split()
)


# Words near "pounds" that make it money whatever else the article weighs ("two and a half
# thousand pounds in prize money", "paid 300 pounds").
_MONEY_NEAR = re.compile(
    r"\b(?:money|cash|paid|pay|pays|spent|spend|cost|costs|worth|sold|raised|earned|won|"
    r"sterling|salary|wage|wages|income|profit|profits|"
    + "|".join(sorted(_MONEY_NOUNS | _MONEY_OF))
    + r")\b",
    re.I,
)
_MONEY_NEAR_REACH = 50
# A sum told in the word "pounds" (not "a forty-pound permit": see _HYPHEN_POUND_MONEY).
_POUND_WORD = re.compile(r"\spounds$", re.I)
_MONEY_SCALE = re.compile(r"\b(?:million|billion|trillion|[mb]n?)\b", re.I)


def pounds_of_weight(claims: list[Claim]) -> list[Claim]:
    """An article that weighs in pounds ("a 2,618-pound giant", "weighed in at 1,187 pounds")
    means weight by its other bare "pounds" too ("beat the previous record of 2,319 pounds"),
    unless money is named beside them ("2,500 pounds in prize money"). "£" is money always."""
    weighs = any(
        c.kind is ClaimKind.NUMBER
        and c.quantity is not None
        and c.quantity.unit == "lb"
        and "pound" in c.text.lower()
        for c in claims
    )
    if not weighs:
        return claims
    told = []
    for claim in claims:
        quantity = claim.quantity
        if (
            claim.kind is ClaimKind.NUMBER
            and quantity is not None
            and quantity.unit == "GBP"
            and _POUND_WORD.search(claim.text)
            # ("Eight point six million pounds": millions of pounds are money)
            and not _MONEY_SCALE.search(claim.text)
            and not _money_named_near(claim)
        ):
            weight = replace(quantity, unit="lb", dimension="mass")
            claim = replace(claim, quantity=weight, value=canonical_value(weight))
        told.append(claim)
    return told


def _money_named_near(claim: Claim) -> bool:
    """Whether money is named within _MONEY_NEAR_REACH of a claim, in its own sentence."""
    at = max(0, claim.context_at)
    lo, hi = max(0, at - _MONEY_NEAR_REACH), at + len(claim.text) + _MONEY_NEAR_REACH
    return bool(_MONEY_NEAR.search(claim.context, lo, hi))


def _weighed(text: str, start: int, end: int, word_end: int) -> bool:
    if "pound" not in text[end:word_end].lower():
        return False  # "£" or "GBP" are money whatever is weighed
    return bool(_WEIGHING.search(text, max(0, start - _WEIGHING_REACH), start))


# A water company's "187 Ml/d" (megalitres a day) is spelt in its own capitals: "ml" would be
# millilitres.
_MEGALITRES = re.compile(r"\s?M[lL](?:/d(?:ay)?)?\b")

# Abbreviations that are units only right after a figure and never ordinary words.
_SHORT_UNITS = frozenset({"s", "h", "g", "t", "m", "mi", "nm", "ha", "mw", "gw", "kw", "gb"})
# Short units that stay units after a space when written in their own capitals ("a 42 MW
# plant", "10 GW", "5 kW", "64 GB"): no word or scale is spelt so. Nor, after a figure,
# is "ha" anything but hectares ("treated 18,000 ha so far").
_CAPITALISED_UNITS = frozenset({"MW", "GW", "kW", "GB", "ha"})

_ONES = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
}
_TENS = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
_WORD_SCALES = {
    "hundred": 100,
    "thousand": 10**3,
    "million": 10**6,
    "billion": 10**9,
    "trillion": 10**12,
    "lakh": 10**5,
    "crore": 10**7,
}
_NUMBER_WORD = (
    r"(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|"
    r"fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|"
    r"seventy|eighty|ninety|hundred|thousand|million|billion|trillion|dozen)"
)
_ANCHOR = re.compile(
    r"(?:(?<![\w.,/:])|(?<=\bc\.)|(?<=\bca\.))(?<!/\s)(?P<digits>\d{1,3}(?:,\d{3})+(?:\.\d+)?"
    # Tokenised text spaces out separators: "80 , 000", "6 . 2 %".
    r"|\d{1,3}(?:\s,\s\d{3}){1,4}(?!\d)|\d{1,6}\s\.\s\d{1,6}(?!\d)"
    # "3,5%", "1,25 million": a decimal comma, as translated and European copy writes it
    # (a thousands comma has three digits after it).
    r"|\d{1,3},\d{1,2}(?=\s?(?:%|per\s?cent|percent|million|billion|bn)\b|%)"
    r"|\d+(?:\.\d+)?|\.\d+)(?!\d|/\s?\d)"
    # "a" belongs to the figure only before a scale word: "a dozen", not "a six-day visit".
    r"|\b(?P<words>(?:an?\s(?=dozen|hundred|thousand|million|billion|trillion))?"
    + _NUMBER_WORD
    + r"(?:(?:\s|-|\sand\s|\s&\s|\spoint\s(?=(?:zero|one|two|three|four|five|six|seven|eight"
    + r"|nine)\b)"
    # "three million, two hundred": a comma only between groups of a written-out number.
    + r"|(?:(?<=thousand)|(?<=million)|(?<=billion)),\s(?="
    + UNITS_WORD
    + r"\shundred\b))"
    + _NUMBER_WORD
    + r"){0,6})\b"
    # "a penny", "a cent": the article is the number.
    + r"|\b(?P<coin>an?)(?=\s(?:penny|cent)\b(?!-))",
)

_QUALIFIERS = {
    "more than": "more than",
    "over": "more than",
    "above": "more than",
    "in excess of": "more than",
    "upwards of": "more than",
    "just over": "more than",
    "at least": "at least",
    "no fewer than": "at least",
    "no less than": "at least",
    "about": "about",
    "around": "about",
    "roughly": "about",
    "approximately": "about",
    "approx.": "about",
    "some": "about",
    "an estimated": "about",
    "estimated": "about",
    "circa": "about",
    "c.": "about",
    "ca.": "about",
    "nearly": "nearly",
    "almost": "nearly",
    "close to": "nearly",
    "just under": "nearly",
    "up to": "up to",
    "as many as": "up to",
    "as much as": "up to",
    "at most": "up to",
    "less than": "less than",
    "fewer than": "less than",
    "under": "less than",
    "below": "less than",
}
_QUALIFIERS_AFTER = {"or so": "about", "or more": "at least", "or fewer": "up to"}
# The same bounds told after the figure's noun, or "at (the very) least" there.
_BOUNDS_AFTER = "|".join(bound.replace(" ", r"\s") for bound in _QUALIFIERS_AFTER)
_QUALIFIER_TRAILING = re.compile(
    rf",?\s(?P<bound>{_BOUNDS_AFTER}|at\s(?:the\s(?:very\s)?)?least)\b"
    r"(?![\s-](?:of|as|the|a|an|one)\b)",
    re.I,
)
_QUALIFIER_AFTER = re.compile(rf"\s({_BOUNDS_AFTER})\b(?=\s[a-z])", re.I)
_QUALIFIER_BEFORE = re.compile(
    r"\b(more than|in excess of|upwards of|just over|over|above|at least|no fewer than|"
    r"no less than|about|around|roughly|approximately|approx\.|some|an estimated|estimated|"
    r"circa|nearly|almost|close to|just under|up to|as many as|as much as|at most|"
    # "c.65°C", "ca. 300 people": circa, written short. (A figure never follows a word
    # without a space, so the space is optional for the words too.)
    r"less than|fewer than|under|below|c\.|ca\.)\s?$",
    re.I,
)
# "rolled over", "handed over", "took over": "over" belongs to the verb.
# "over three days", up to this many units of time, is the span, not more than it.
_SPAN_OVER_AT_MOST = 60
_PHRASAL_OVER = re.compile(
    r"\b(?:roll|rolls|rolled|rolling|hand|hands|handed|handing|turn|turned|turning|take|took|"
    r"taken|taking|carry|carried|carrying|hold|held|holding|pass|passed|passing)\sover\s$",
    re.I,
)
# "spared jail over £18,400 expenses fraud", "a row over £2m in fees": "over" says what a
# thing is about, not more than the figure.
_OVER_AS_ABOUT = re.compile(
    r"\b(?:jail|jailed|row|rows|dispute|disputes|fined|charged|arrested|sued|probe|inquiry|"
    r"investigation|concerns?|fears?|anger|fury|outrage|resign(?:s|ed)?|quits?|sacked|"
    r"clash(?:es)?|battle|talks|apologi[sz]es?|apologi[sz]ed|spared|cleared|convicted|"
    r"banned|critici[sz]ed|questioned|investigated|suspended)\sover\s$",
    re.I,
)
# "magnitude 6.1", "a magnitude-6.1 quake", "a magnitude of 6.1".
_MAGNITUDE_BEFORE = re.compile(r"\bmagnitude(?:\sof)?[\s-]?$", re.I)
_MAGNITUDE_REACH = 16  # characters before a figure in which "a magnitude of" is looked for
_BETWEEN_BEFORE = re.compile(r"\b(between|from)\s$", re.I)
_VAGUE = re.compile(
    r"\b(?P<mult>tens|hundreds|thousands|millions|billions|dozens)\s+of\s+"
    r"(?:(?P<scale>thousands|millions|billions|trillions)\s+of\s+)?",
)
_SCALE_AFTER = re.compile(
    r"(?:\s?(?P<scale>thousand|million|billion|trillion|lakhs?|lac|crores?|mn|mln|bn|bln|tn|trn)"
    r"|(?P<letter>[kmbt]|cr|tr)(?![\w]))\b\.?",
    re.I,
)
_PERCENT_AFTER = re.compile(
    r"\s?(?P<pct>%|per\s?cents?\b|percents?\b|percentage\b(?![\s-]points?\b)|pc\b|pct\b)"
    r"|\s(?P<pp>percentage[\s-]points?|basis\spoints?)|\s?(?P<bp>bps?)\b",
    re.I,
)
# (The currency may be written again: "$25 million to $35 million".)
_RANGE_AFTER = re.compile(
    r"\s?(?:-|–|—|to|and)\s?(?P<cur>[$€£])?(?P<to>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
    r"(?![\d/])",
    re.I,
)
_FROM_EARLIER = re.compile(r"\bfrom\s[^,;:.\d]{0,30}$", re.I)
_BY_BEFORE = re.compile(r"\bby\s(?:about\s|around\s|some\s|nearly\s|almost\s|just\s)?$", re.I)
_HYPHEN_UNIT = re.compile(r"-(?P<unit>[a-z]+(?:-[a-z]+)?)\b", re.I)
_SHAPE_WORDS = frozenset("wide long high deep tall thick".split())
_WORD_AFTER = re.compile(r"\s{1,2}(?P<word>[A-Za-z][A-Za-z’'-]*)")
_BASELINE = re.compile(
    r"\b(?P<base>(?:from|over|compared\s(?:with|to)|versus|vs\.?|than|on)\s"
    r"(?:(?:the|a|its|their|previous|prior|last|same|year-ago|pre-\w+)\s){0,3}"
    r"(?:year|years|levels?|period|quarter|month|week|figure|total|record|estimate|forecast|"
    r"\d{4})(?:\s(?:earlier|before|ago))?|year[\s-](?:on|over)[\s-]year|"
    r"month[\s-](?:on|over)[\s-]month|y/y|yoy)\b",
    re.I,
)
# Words after a figure that say it is not a count of things.
_NOT_NOUNS = (
    STOPWORDS
    | frozenset(
        """percent per cent times x am pm a.m p.m gmt utc bst edt est pst ist cet remain remains
        remained died still yet now already abroad overseas online nationwide worldwide elsewhere
        others versus together through""".split()
    )
    # "38 came from Highfold": a past verb after a figure tells what they did, not what they
    # are ("won" is also a currency, read before this).
    | (frozenset(IRREGULAR_PAST) - {"won"})
)
_MODIFIERS = frozenset(
    """other more new additional extra further fewer separate different foreign local senior
    young elderly armed innocent unarmed small large major key top rival former current
    military regional national international domestic remaining total registered confirmed
    suspected injured wounded hurt dead missing displaced eligible full part-time full-time
    underground overground elevated million billion thousand hundred""".split()
)
_IRREGULAR_PLURALS = frozenset(
    """people children men women police staff personnel cattle sheep fish crew livestock
    aircraft troops""".split()
)


@dataclass(frozen=True, slots=True)
class _Figure:
    """A figure found in a sentence, before it becomes a claim."""

    start: int
    end: int
    quantity: Quantity
    noun: str = ""


def format_number(number: Decimal) -> str:
    """Plain decimal notation without exponent or trailing zeros: 1810000000, 1.5, 100."""
    if number == 0:
        return "0"  # not "-0"
    if number == number.to_integral_value():
        # Not quantize(): it fails on figures longer than the context's 28 digits.
        return format(number.to_integral_value(), "f")
    text = format(number.normalize(), "f")
    return text.rstrip("0").rstrip(".") if "." in text else text


def canonical_value(quantity: Quantity) -> str:
    number = format_number(Decimal(repr(quantity.amount)))
    if quantity.against is not None:
        return f"{number}-{format_number(Decimal(repr(quantity.against)))} {quantity.unit}"

    if quantity.high is not None:
        number += "-" + format_number(Decimal(repr(quantity.high)))
    unit = quantity.unit
    if quantity.dimension == "time" and (quantity.amount != 1 or quantity.high is not None):
        unit += "s"  # "90 days", "1 hour"
    return f"{number} {unit}".strip()


def _number_value(text: str) -> Decimal | None:
    """A count written in digits ("12") or in words ("twelve", "forty-seven")."""
    return Decimal(text) if text.isdigit() else parse_number_words(text)


def parse_number_words(text: str) -> Decimal | None:
    """ "a dozen" -> 12, "thirty-five" -> 35, "a hundred and two" -> 102, "two million"."""
    tokens = [t for t in re.split(r"[\s,&-]+", text.lower()) if t and t != "and"]
    if tokens and tokens[0] in ("a", "an"):
        tokens = tokens[1:] if len(tokens) > 1 else []
        if not tokens:
            return None
    total = 0
    current: int | Decimal = 0
    seen = False
    decimals = ""  # "four point two": the digits after "point", read one word each
    for token in tokens:
        if token == "point" and seen and not decimals:
            decimals = "."
            continue
        if decimals:
            if token in _ONES and _ONES[token] < 10:
                decimals += str(_ONES[token])
                continue
            if token not in _WORD_SCALES or decimals == ".":
                return None
            current = Decimal(str(current) + decimals)
            decimals = ""
        if token in _ONES:
            current += _ONES[token]
        elif token in _TENS:
            current += _TENS[token]
        elif token == "dozen":
            current = (current or 1) * 12
        elif token == "hundred":
            current = (current or 1) * 100
        elif token in _WORD_SCALES:
            total += (current or 1) * _WORD_SCALES[token]
            current = 0
        else:
            return None
        seen = True
    if decimals:
        if decimals == ".":
            return None
        current = Decimal(str(current) + decimals)
    return Decimal(total + current) if seen else None


def _decimals(digits: str) -> int:
    return len(digits.split(".", 1)[1]) if "." in digits else 0


# A change told in words is a percentage: "doubled" is a 100% increase, "fell by a third"
# a 33.3% fall, so that it compares with a source that gives the figure.
# (A fall is told by its size, as "fell 35%" is: the verb says which way.)
_MULTIPLES = {"doubled": 100, "tripled": 200, "trebled": 200, "quadrupled": 300, "halved": 50}
_SHARES = {"half": 50, "third": 100 / 3, "quarter": 25, "fifth": 20, "tenth": 10}
_GROWTH = re.compile(
    r"\b(?P<multiple>doubled|tripled|trebled|quadrupled|halved)\b"
    rf"|\b(?P<verb>{word_alternation(RISE_PAST | FALL_PAST | {'up', 'down'})})"
    r"\s(?:by\s)?(?:(?P<hedge>about|around|roughly|almost|nearly|some|more\sthan|over)\s)?"
    r"(?:a|one)\s(?P<share>half|third|quarter|fifth|tenth)\b(?!\s(?:of|an?)\s)",
)
# A share in words is a round figure: "down by a third" may be another outlet's 31% or 35%.
_SHARE_STEP = 10.0


def _growth_figure(text: str, match: re.Match[str]) -> _Figure | None:
    if match["multiple"]:
        amount = _MULTIPLES[match["multiple"].lower()]
        start = match.start("multiple")
        step = 0.01
    else:
        amount = _SHARES[match["share"].lower()]
        start = match.start("verb")
        step = _SHARE_STEP
    hedge = match["hedge"] if not match["multiple"] else None
    quantity = Quantity(
        amount=float(round(amount, 2)),
        unit="%",
        dimension="percent",
        step=step,
        qualifier=_QUALIFIERS.get(" ".join(hedge.lower().split())) if hedge else None,
    )
    return _Figure(start, match.end(), quantity, "change")


# "three and a half percent", "a quarter of a percentage point", "half an hour", "two and a
# half hours": a fraction in words before a unit (written lower-case; scans lowered text).
_TENS_HYPHEN = rf"(?:{TENS_WORD}-)?"
_WORD_FRACTION = re.compile(
    # ("forty-eight and a half million": the tens are part of the whole.)
    r"(?<![\w-])(?:(?P<whole>" + _TENS_HYPHEN + _NUMBER_WORD + r"|\d{1,3})\sand\s(?:a|one)\s"
    r"(?P<and>half|quarter)"
    r"|(?:a|one)\s(?P<of>half|quarter|third)\sof\san?|(?P<half>half)\san?"
    r"|(?P<three>three)[\s-]quarters\sof\san?"
    # "a day and a half", "an hour and a half", "a kilo and a quarter", "a mile and a half"
    r"|(?P<lead>an?|one|" + _NUMBER_WORD + r"|\d{1,3})"
    r"\s(?P<span>[a-z]+)\sand\sa\s(?P<part>half|quarter)\b)(?=\W|$)"
)
_SCALE_WORD_AFTER = re.compile(r"\s(dozen|hundred|thousand|million|billion)\b", re.I)
_WORD_FRACTIONS = {"half": Decimal("0.5"), "quarter": Decimal("0.25"), "third": Decimal(1) / 3}


def _percent_unit(pct: re.Match[str]) -> tuple[str, str]:
    """(unit, dimension) of what _PERCENT_AFTER found: "%", percentage points or basis points."""
    if pct["pct"]:
        return "%", "percent"
    word = (pct["pp"] or pct["bp"]).lower()
    return ("bp" if word.startswith(("basis", "bp")) else "pp"), "points"


# "opened an hour late", "a week behind schedule": one unit of time, as long as "60 minutes
# late" (alone, "an hour" is mostly a manner of speaking: "an hour's drive").
_ONE_SPAN_LATE = re.compile(
    r"\ban?\s(?P<span>hour|day|week|month|year)\s(?=(?:late|early|behind|overdue)\b)"
)


def _one_span(match: re.Match[str]) -> _Figure:
    unit, dimension, _ = UNITS[match["span"]]
    end = match.end("span")
    return _Figure(match.start(), end, Quantity(1.0, unit, dimension=dimension))


def _fraction_figure(text: str, match: re.Match[str]) -> _Figure | None:
    if match["span"]:
        lead = match["lead"]
        number = Decimal(1) if lead in ("a", "an") else _number_value(lead)
        if number is None or match["span"] not in UNITS or match["span"] in _SHORT_UNITS:
            return None
        unit, dimension, _ = UNITS[match["span"]]
        part = _WORD_FRACTIONS[match["part"]]
        quantity = Quantity(float(number + part), unit, step=float(part), dimension=dimension)
        return _Figure(match.start(), match.end(), quantity)
    if match["whole"]:
        number = _number_value(match["whole"])
        if number is None:
            return None
        amount = number + _WORD_FRACTIONS[match["and"]]
    elif match["of"]:
        amount = _WORD_FRACTIONS[match["of"]]
    else:
        amount = Decimal("0.75") if match["three"] else Decimal("0.5")
    end = match.end()
    scale = _SCALE_WORD_AFTER.match(text, end)
    if scale:
        # "half a dozen polling stations", "two and a half million people": a count.
        amount *= parse_number_words(scale.group(1)) or 1
        money = _money_after(text, scale.end(), small_words=False, hyphen=False)
        if money and "*" not in money[0]:  # "one and a half million pounds"
            quantity = Quantity(float(amount), money[0], dimension="money")
            return _Figure(match.start(), money[1], quantity)
        unit, dimension, noun, end = _unit_after(text, scale.end(), allow_noun=True)
        if not unit:
            # "Sixty-eight and a half thousand, Gareth": a bare count, as "68,500" is.
            unit, dimension, noun, end = "", "count", "", scale.end()
        quantity = Quantity(float(amount), unit, dimension=dimension)
        return _Figure(match.start(), end, quantity, noun)
    step = Decimal("0.5") if match["and"] == "half" or match["half"] else Decimal("0.25")
    money = _money_after(text, end, small_words=False, hyphen=False)
    if money and match["whole"]:
        # "twenty-four and a half pence", "three and a half dollars"
        code, _, factor = money[0].partition("*")
        scale = Decimal(factor or 1)
        quantity = Quantity(
            float(amount * scale), code, step=float(step * scale), dimension="money"
        )
        return _Figure(match.start(), money[1], quantity)
    pct = _PERCENT_AFTER.match(text, end)
    if pct:
        (unit, dimension), end = _percent_unit(pct), pct.end()
    else:
        unit, dimension, _, end = _unit_after(text, end, allow_noun=bool(match["whole"]))
        if not unit or dimension == "" or (dimension == "count" and not match["whole"]):
            # "half a dozen eggs", "a third of voters": no measure to compare ("eight and a
            # half points" counts points).
            return None
    quantity = Quantity(float(amount), unit, step=float(step), dimension=dimension)
    return _Figure(match.start(), end, quantity)


def extract_numbers(sentence: Sentence, taken: list[tuple[int, int]]) -> list[Claim]:
    """Figure claims of one sentence; ``taken`` spans (dates, times) are not figures."""
    text = sentence.text
    # _VAGUE, _GROWTH and _ANCHOR are written lower-case and scan a lower-cased copy
    # (see common.lowered); the figure readers take the original text for everything else.
    lower = lowered(text)
    figures: list[_Figure] = []
    busy = _Spans(taken)
    # The special readers first, each taking only what no earlier one (or a date) holds.
    _take_free(figures, busy, (_vague_figure(text, m) for m in _VAGUE.finditer(lower)))
    if "half" in lower or "quarter" in lower or "third" in lower:
        fractions = _WORD_FRACTION.finditer(lower)
        _take_free(figures, busy, (_fraction_figure(text, m) for m in fractions))
    if ":" in text:
        _take_free(figures, busy, (_race_time(m) for m in _RACE_TIME.finditer(text)))
    if _COMPACT_DURATION_CUE.search(lower):
        compact = _COMPACT_DURATION.finditer(lower)
        _take_free(figures, busy, (_compact_duration(m) for m in compact))
    if "minute" in lower:
        _take_free(figures, busy, (_match_minute(m) for m in _MATCH_MINUTE.finditer(lower)))
        _take_free(figures, busy, (_minute_on(m) for m in _ON_MINUTES.finditer(lower)))
    if " of " in lower:
        _take_free(figures, busy, (_group_of(m) for m in _GROUP_OF.finditer(lower)))
    if " pound " in lower or " dollar " in lower or " euro " in lower:
        _take_free(figures, busy, (_a_unit_and_minor(m) for m in _A_UNIT_AND_MINOR.finditer(lower)))
    if "no " in lower or "nobody" in lower or "no-one" in lower:  # (not "now", "not")
        _take_free(figures, busy, (_none_harmed(m) for m in _NONE_HARMED.finditer(lower)))
    if any(word in lower for word in _TALLY_WORDS):
        tallies = (f for m in _VOTE_TALLY.finditer(lower) for f in _vote_tally(m))
        _take_free(figures, busy, tallies)
    if _SCORE_CUE.search(text):
        _take_free(figures, busy, (_score(m) for m in _SCORE.finditer(text)))
    if "died" in lower or "killed" in lower:
        _take_free(figures, busy, (_nth_death(m) for m in _NTH_DEATH.finditer(lower)))
    if " late" in lower or " behind" in lower or " early" in lower or " overdue" in lower:
        _take_free(figures, busy, (_one_span(m) for m in _ONE_SPAN_LATE.finditer(lower)))
    _take_free(figures, busy, (_growth_figure(text, m) for m in _GROWTH.finditer(lower)))
    dates = _Spans(taken)
    # Whether the sentence speaks of percentages anywhere, a date between or not ("2.3
    # points on last year's 85.1 per cent": the figure's text is cut at "last year").
    percent_told = bool(_PERCENT_TOLD.search(text))
    for match in _ANCHOR.finditer(lower):
        if busy.overlaps(match.start(), match.end()):
            continue
        # A figure's noun or unit never reaches into a date: "2 million last year". (Cut
        # the text only when a date follows: a copy per figure adds up in a long sentence.)
        limit = dates.next_start(match.end(), len(text))
        figure = _read_figure(text if limit == len(text) else text[:limit], match, percent_told)
        if figure is None or busy.overlaps(figure.start, figure.end):
            continue
        figures.append(figure)
        busy.add(figure.start, figure.end)
    figures.sort(key=lambda f: f.start)
    figures = [
        f for k, f in enumerate(figures) if not (k and _conversion_of(text, figures[k - 1], f))
    ]
    figures = _yields_told_short(text, figures)
    figures = _from_to_shared_unit(text, figures)
    return [
        Claim(
            source=sentence.source,
            sentence=sentence.index,
            kind=ClaimKind.NUMBER,
            text=text[f.start : f.end],
            start=sentence.start + f.start,
            end=sentence.start + f.end,
            value=canonical_value(f.quantity),
            context=text,
            quantity=f.quantity,
            about=f.noun,
        )
        for f in figures
    ]


# "6.1 tonnes per hectare, compared with 7.2 tonnes last year and a five-year average of 6.8
# tonnes": a yield's unit told once, the figures it is compared with told short.
_COMPARED_WITH = re.compile(
    r"\b(?:compared\s(?:with|to)|against|versus|vs|from|than|average\sof)\b"
)
_YIELD_SPREAD = 3.0  # a figure this many times the yield, or less, is a total, not a yield


def _yields_told_short(text: str, figures: list[_Figure]) -> list[_Figure]:
    told: list[_Figure] = []
    rate: _Figure | None = None
    for figure in figures:
        quantity = figure.quantity
        if quantity.unit == "t/ha":
            rate = figure
        elif (
            rate is not None
            and quantity.unit == "tonne"
            and quantity.high is None
            and 0 < quantity.amount <= rate.quantity.amount * _YIELD_SPREAD
            and quantity.amount * _YIELD_SPREAD >= rate.quantity.amount
            and _COMPARED_WITH.search(text, rate.end, figure.start)
        ):
            figure = replace(figure, quantity=replace(quantity, unit="t/ha", dimension="yield"))
        told.append(figure)
    return told


# "from 12 million to 20 million hectolitres", "from 272 to 310 million litres": the unit
# (and the scale) written once, after the second figure, are the first's too; so are those
# of a figure before "up from twelve million".
_FROM_BEFORE = re.compile(r"\b(?:from|between)\s(?:about\s|around\s|some\s)?$", re.I)
_TO_BETWEEN = re.compile(r"\s(?:to|and)\s(?:about\s|around\s)?", re.I)
_UP_FROM = re.compile(
    r"(?:\sof\s[a-z]+)?(?:\s(?:a|an|per|each)\s(?:year|day|week|month|hour))?,?\s"
    r"(?:up|down)\s(?:by\s\S+\s)?"
    r"from\s(?:about\s|around\s)?",
    re.I,
)
_SCALE_WORD = re.compile(r"(?:\s|\d)(thousand|million|billion|trillion|bn|m|k)\b", re.I)


def _from_to_shared_unit(text: str, figures: list[_Figure]) -> list[_Figure]:
    shared = list(figures)
    for k in range(1, len(figures)):
        first, second = figures[k - 1], figures[k]
        if _TO_BETWEEN.fullmatch(text, first.end, second.start) and _FROM_BEFORE.search(
            text, max(0, first.start - 16), first.start
        ):
            bare, told = k - 1, second
        elif (
            _UP_FROM.fullmatch(text, first.end, second.start) and first.quantity.dimension != "time"
        ):
            # (Not "had waited more than 52 weeks, up from 1,610": what waited is counted.)
            bare, told = k, first
        else:
            continue
        figure = shared[bare]
        quantity, unit_of = figure.quantity, told.quantity
        if (
            quantity.unit
            or quantity.dimension != "count"
            or quantity.high is not None
            or not unit_of.unit
        ):
            continue
        amount, step = quantity.amount, quantity.step
        scale = _SCALE_WORD.search(text, told.start, told.end)
        if scale and unit_of.amount and not _SCALE_WORD.search(text, figure.start, figure.end):
            # ("from 272 to 310 million": 272 million, since 272 is within ten times of 310;
            # "from 3 to 310 million" keeps its 3.)
            factor = float(SCALES[scale.group(1).lower()])
            if 0.1 <= amount * factor / unit_of.amount <= 10:
                amount, step = amount * factor, step * factor
        shared[bare] = replace(
            figure,
            quantity=replace(
                quantity, amount=amount, step=step, unit=unit_of.unit, dimension=unit_of.dimension
            ),
        )
    return shared


def _conversion_of(text: str, first: _Figure, second: _Figure) -> bool:
    """Whether ``second`` is ``first`` converted, in brackets right after it ("44.3C (111.7F)",
    "a depth of 14 km (8.7 miles)"): a courtesy to readers, not a claim of its own."""
    # (Imported here: compare reads this module's unit table when it is loaded.)
    from checker.compare import convert

    a, b = first.quantity, second.quantity
    if (
        a.dimension != b.dimension
        or a.unit == b.unit
        or not _BRACKET_AFTER.fullmatch(text, first.end, second.start)
    ):
        return False
    converted = convert(b, a.unit)
    return converted is not None and math.isclose(converted.amount, a.amount, rel_tol=0.05)


_BRACKET_AFTER = re.compile(r"\s?\(\s?(?:about\s|around\s|some\s|or\s)?")


def _take_free(figures: list[_Figure], busy: _Spans, found: Iterable[_Figure | None]) -> None:
    """Keep each figure read whose span is still free, and mark it taken (``found`` is read
    lazily, so a later match sees what an earlier one took)."""
    for figure in found:
        if figure and not busy.overlaps(figure.start, figure.end):
            figures.append(figure)
            busy.add(figure.start, figure.end)


# When in a match something happened: "a 112th-minute winner", "in the 88th minute", "in
# the eighty-eighth minute" (as a broadcast transcript spells it).
_UNIT_ORDINAL = "first|second|third|fourth|fifth|sixth|seventh|eighth|ninth"
_MATCH_MINUTE = re.compile(
    r"\b(?:(?P<n>\d{1,3})(?:st|nd|rd|th)|(?P<tens>"
    + TENS_WORD
    + r")[-\s](?P<unit>"
    + _UNIT_ORDINAL
    + r")|(?P<word>"
    + "|".join(sorted(ORDINAL_WORDS, key=len, reverse=True))
    + r"))[-\s]minute\b(?!-)"  # (not a "second minute-taker")
)


# A vote's tally: "voted 23-19", "the vote went 24-19", "by 23 votes to 19": both figures
# count votes (read apart, they were two bare numbers, and "24-19" no range).
# ("voted twenty-seven to fourteen", "went 29 in favour and 14 against": spelled, or told
# for and against; "the vote at the town hall was 27 to 18": where, between.)
_TALLY = rf"(?:\d{{1,4}}|(?:{TENS_WORD}[-\s])?{_NUMBER_WORD})"
_VOTE_TALLY = re.compile(
    r"\b(?:voted|vote(?:\s(?:at|in|on)\s(?:the\s)?[a-z]+(?:\s[a-z]+){0,2})?"
    r"\s(?:goes|went|was|passed|carried|split))\s(?:by\s)?"
    r"(?:(?P<a>\d{1,4})\s?[-–]\s?(?P<b>\d{1,4})"
    rf"|(?P<a1>{_TALLY})\b(?:\svotes)?\sto\s(?P<b1>{_TALLY}))\b(?![-–.,]\d)"
    rf"|\bby\s(?P<a2>{_TALLY})\svotes\sto\s(?P<b2>{_TALLY})\b(?![-–.,]\d)"
    rf"|\b(?P<a3>{_TALLY})\s(?:in\sfavou?r|for)(?:,|\sand|\sto)\s(?P<b3>{_TALLY})\sagainst\b"
    # "won the vote 23-17", "the tariff passed 22-17", "approved the plan 9-2" (not "won
    # 4-3", a score).
    r"|\b(?:(?:won|lost)\s(?:the\s)?(?:vote|ballot|motion)|(?:passed|carried|approved|"
    r"rejected|backed|endorsed)(?:\s(?:the\s)?(?:vote|motion|bill|plan|proposals?|it))?)"
    r"\s(?:by\s)?(?P<a4>\d{1,4})\s?[-–]\s?(?P<b4>\d{1,4})\b(?![-–.,]\d)"
    # "Nine councillors voted in favour and four against", "12 members voted for the plan
    # and five against it"
    rf"|\b(?P<a5>{_TALLY})\s(?:[a-z]+\s)?voted\s(?:in\sfavou?r|for)(?:\s(?:of\s)?(?:the|it|this)"
    rf"(?:\s[a-z]+)?)?(?:,|\sand|\swith)\s(?P<b5>{_TALLY})\sagainst\b"
    # "The 9-4 vote", "a 7-2 decision": the tally before the noun of the vote. (Not a jury's
    # "10-2 majority verdict": its parts are jurors, and tell the verdict, not a tally.)
    r"|(?<![\d.,-])(?P<a6>\d{1,3})\s?[-–]\s?(?P<b6>\d{1,3})\s(?:vote|votes|decision)\b"
)


# Words without which a sentence tells no tally (a cheap test before the pattern).
_TALLY_WORDS = (
    "vote",
    "against",
    "passed",
    "carried",
    "approved",
    "rejected",
    "backed",
    "endorsed",
    "decision",
)


def _vote_tally(match: re.Match[str]) -> Iterator[_Figure]:
    for group in ("a", "b", "a1", "b1", "a2", "b2", "a3", "b3", "a4", "b4", "a5", "b5", "a6", "b6"):
        told = match[group]
        if told is None:
            continue
        number = _number_value(told)
        if number is None:
            continue
        end = match.end(group)
        if match.group(0).startswith(" votes", end - match.start()):
            end += len(" votes")  # "by 23 votes to 19"
        yield _Figure(match.start(group), end, Quantity(float(number), "votes"), "votes")


# A match's score: "beat Gretton Rovers 3-1", "won 4-3", "a 3-1 victory", "three-one", a
# result line "Corlanby Town 3-1 Stellingham Rovers", "four goals to three". Read only
# where a result is told (never odds, "a 40-1 outsider", nor ages, "aged 5-11").
_SCORE_WORD = rf"(?:nil|zero|{UNITS_WORD}|ten)"
# (A rugby score runs past ten: "twenty-seven points to sixteen".)
_SCORE_NUMBER = rf"(?:\d{{1,2}}|{TENS_AND_UNITS}|{_SCORE_WORD})"
_SCORE_PAIR = (
    r"(?P<a>\d{1,2})\s?[-–]\s?(?P<b>\d{1,2})(?![-–]?\d)"
    rf"|(?i:(?P<wa>{_SCORE_WORD})[-–](?P<wb>{_SCORE_WORD}|all))\b"
    rf"|(?i:(?P<ga>{_SCORE_NUMBER})\s(?P<noun>goals|points|tries|runs)\sto\s"
    rf"(?P<gb>{_SCORE_NUMBER}))\b"
)
_SCORE_PARTS = re.compile(_SCORE_PAIR)
_SCORE_TOLD = re.sub(r"\?P<\w+>", "?:", _SCORE_PAIR)  # (the pair again, its parts unnamed)
_SCORE = re.compile(
    # after a verb of the result, the other side perhaps named between
    r"(?<![\w-])(?i:beat|beats|beating|beaten|defeated|defeating|won|wins|winning|lost|loses|"
    r"losing|drew|draws|drawn|thrashed|edged|edging|trailed|trailing|led|leading)"
    r"(?:\s(?:[A-Z][\w'’.-]*|\d{1,2}-man|the|of|and|&|by|at\shome|away)){0,5}?\s"
    r"(?P<s1>" + _SCORE_TOLD + r")"
    # before a noun of the result
    r"|(?P<s2>" + _SCORE_TOLD + r")(?:\s[a-z-]+){0,2}?\s(?i:win|victory|defeat|loss|draw|"
    r"scoreline|thrashing|triumph|lead|comeback|success|home\swin|away\swin)\b"
    # a result line between two names
    r"|(?<=[A-Za-z’'.])\s(?P<s3>\d{1,2}[-–]\d{1,2})(?=\s[A-Z]|\s*$|\s*[.;)])"
    # spelled on its own: "three-one", "two-nil", "one-all", "four goals to three"
    rf"|(?<![\w-])(?P<s4>(?i:{_SCORE_WORD}[-–](?:{_SCORE_WORD}|all)))(?![\w-])"
    rf"|(?<![\w-])(?P<s5>(?i:{_SCORE_NUMBER}\s(?:goals|points|tries)\sto\s{_SCORE_NUMBER}))\b"
)
_SCORE_CUE = re.compile(r"\d[-–]\d|(?i:nil|-all\b|\sto\s|-one|-two|-three|-four|-five)")
_ODDS_AFTER = re.compile(r"\s(?:outsider|shot|favourite|chance)", re.I)


def _score(match: re.Match[str]) -> _Figure | None:
    side = next(g for g in ("s1", "s2", "s3", "s4", "s5") if match[g] is not None)
    told = match[side]
    pair = _SCORE_PARTS.fullmatch(told)
    if pair is None:
        return None
    if pair["a"] is not None:
        first, second = Decimal(pair["a"]), Decimal(pair["b"])
    elif pair["wa"] is not None:
        first = _score_word(pair["wa"])
        second = first if pair["wb"].lower() == "all" else _score_word(pair["wb"])
    else:
        first, second = _score_word(pair["ga"]), _score_word(pair["gb"])
    if first is None or second is None:
        return None
    start, end = match.start(side), match.end(side)
    if _ODDS_AFTER.match(match.string, end):
        return None
    if side == "s3" and match.string[max(0, start - 8) : start].lower().rstrip().endswith(
        ("aged", "ages", "odds", "of", "from", "between")
    ):
        return None
    # The winner's figure first, as results are told; "lost 1-3" is the same result. Goals
    # and points are the score; tries or runs told so are a tally of their own.
    high, low = max(first, second), min(first, second)
    noun = (pair["noun"] or "").lower()
    unit = noun if noun in ("tries", "runs") else "score"
    quantity = Quantity(float(high), unit, step=1.0, dimension="score", against=float(low))
    return _Figure(start, end, quantity)


def _score_word(word: str) -> Decimal | None:
    return Decimal(0) if word.lower() in ("nil", "zero") else _number_value(word.lower())


# "No one was hurt", "nobody was injured", "no injuries were reported", "there were no
# casualties": a count of none, which another outlet's "one firefighter was treated" or
# "two people died" contradicts.
_NONE_HARMED = re.compile(
    r"\b(?:no\sone|nobody|no-one)\s(?:else\s)?(?:was|were|has\sbeen|had\sbeen|is)\s"
    r"(?:seriously\s|badly\s)?(?P<fate>hurt|injured|killed|harmed)\b"
    r"|\bno\s(?:(?:serious|other|further|reported)\s)?"
    r"(?P<noun>injuries|casualties|deaths|fatalities)\b(?!\s(?:or|and)\s\w+\s(?:was|were))"
)


def _none_harmed(match: re.Match[str]) -> _Figure:
    if match["fate"]:
        unit = "people"
        noun = match["fate"]
    else:
        unit = noun = match["noun"]
    return _Figure(match.start(), match.end(), Quantity(0.0, unit), noun)


def _match_minute(match: re.Match[str]) -> _Figure:
    if match["n"]:
        minute = float(match["n"])
    elif match["tens"]:
        minute = float(_TENS[match["tens"]] + ORDINAL_WORDS[match["unit"]])
    else:
        minute = float(ORDINAL_WORDS[match["word"]])
    quantity = Quantity(minute, "minute of play", dimension="match minute")
    return _Figure(match.start(), match.end(), quantity)


# A goal "on 67 minutes", "on sixty-seven minutes": the minute of play, as "in the 67th
# minute" (not "five minutes' notice").
_ON_MINUTES = re.compile(
    rf"\bon\s(?P<told>\d{{1,3}}|{TENS_AND_UNITS}|{UNITS_WORD})\sminutes\b(?!['’])"
)


def _minute_on(match: re.Match[str]) -> _Figure | None:
    minute = _number_value(match["told"])
    if minute is None:
        return None
    quantity = Quantity(float(minute), "minute of play", dimension="match minute")
    return _Figure(match.start("told"), match.end(), quantity)


# A finishing time: "2:05:47" (hours, minutes, seconds), "3:43.13" (minutes, seconds and
# hundredths). A clock reads "10:30" or "10:30 pm", never three parts or a decimal.
_RACE_TIME = re.compile(
    r"(?<![\d:.,])(?:(?P<h>\d{1,2}):(?P<m>[0-5]\d):(?P<s>[0-5]\d)(?:\.(?P<f>\d{1,3}))?"
    r"|(?P<m2>\d{1,2}):(?P<s2>[0-5]\d)\.(?P<f2>\d{1,3}))(?![\d:]|\.\d|\s?[ap]\.?m\b)",
    re.I,
)


# "A second person has died", "a third victim has now died": the toll the newest death
# brings it to.
_ORDINALS = {"second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7}
_NTH_DEATH = re.compile(
    r"\ba\s(?P<nth>" + "|".join(_ORDINALS) + r")\s(?P<noun>person|man|woman|patient|victim|"
    r"worker|miner|child|resident|passenger|climber)\s(?:has\s|had\s)?(?:now\s|since\s)?"
    r"(?:died|been\skilled)\b"
)


def _nth_death(match: re.Match[str]) -> _Figure:
    quantity = Quantity(float(_ORDINALS[match["nth"]]), "people", dimension="count")
    return _Figure(match.start("nth"), match.end("noun"), quantity, "people")


# A length of time in the letters of a log or a results table: "41d 07h 12m", "2h 45m",
# "3h05m20s". A day or an hour alone ("3d", "4h") is too often something else ("3D", a
# grade), so two parts at least.
_COMPACT_DURATION = re.compile(
    r"(?<![\w.,])(?:(?P<d>\d{1,3})d\s?(?P<dh>\d{1,2})h(?:\s?(?P<dm>\d{1,2})m)?"
    r"|(?P<h>\d{1,3})h\s?(?P<m>\d{1,2})m(?:in)?)(?:\s?(?P<s>\d{1,2})s)?(?![\w.,]\w|\w)"
)
_COMPACT_DURATION_CUE = re.compile(r"\d[dh]\s?\d")


def _compact_duration(match: re.Match[str]) -> _Figure:
    days = int(match["d"] or 0)
    hours = int(match["dh"] or match["h"] or 0)
    minutes = match["dm"] or match["m"]
    seconds = match["s"]
    total_hours = days * 24 + hours
    if seconds is not None:
        amount, unit = (total_hours * 60 + int(minutes or 0)) * 60 + int(seconds), "second"
    elif minutes is not None:
        amount, unit = total_hours * 60 + int(minutes), "minute"
    else:
        amount, unit = total_hours, "hour"
    quantity = Quantity(float(amount), unit, dimension="time")
    return _Figure(match.start(), match.end(), quantity)


def _race_time(match: re.Match[str]) -> _Figure:
    if match["h"] is not None:
        hours, minutes, seconds, fraction = match["h"], match["m"], match["s"], match["f"]
    else:
        hours, minutes, seconds, fraction = "0", match["m2"], match["s2"], match["f2"]
    amount = Decimal(int(hours) * 3600 + int(minutes) * 60 + int(seconds))
    step = Decimal(1)
    if fraction:
        amount += Decimal("0." + fraction)
        step = Decimal(10) ** -len(fraction)
    quantity = Quantity(float(amount), "second", step=float(step), dimension="time")
    return _Figure(match.start(), match.end(), quantity)


class _Spans:
    """Disjoint spans in order, so that a sentence of thousands of figures is not quadratic."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []
        for start, end in sorted(spans):
            if self.ends and start < self.ends[-1]:
                self.ends[-1] = max(self.ends[-1], end)  # overlapping taken spans become one
            else:
                self.starts.append(start)
                self.ends.append(end)

    def overlaps(self, start: int, end: int) -> bool:
        # Disjoint and sorted, the ends are sorted too: only the last span starting before
        # ``end`` can reach past ``start``.
        index = bisect_left(self.starts, end)
        return index > 0 and self.ends[index - 1] > start

    def next_start(self, position: int, default: int) -> int:
        """Where the first span starting at or after ``position`` starts."""
        index = bisect_left(self.starts, position)
        return self.starts[index] if index < len(self.starts) else default

    def add(self, start: int, end: int) -> None:
        index = bisect_left(self.starts, start)
        self.starts.insert(index, start)
        self.ends.insert(index, end)


def _vague_figure(text: str, match: re.Match[str]) -> _Figure | None:
    """ "tens of billions of dollars": a range of one order of magnitude."""
    base = {
        "tens": 10,
        "hundreds": 100,
        "thousands": 1000,
        "millions": 10**6,
        "billions": 10**9,
        "dozens": 24,
    }[match["mult"].lower()]
    scale = {"thousands": 10**3, "millions": 10**6, "billions": 10**9, "trillions": 10**12}.get(
        (match["scale"] or "").lower(), 1
    )
    end = match.end()
    currency = _currency_word_after(text, end - 1)
    if currency and "*" not in currency[0]:
        unit, dimension, noun, end = currency[0], "money", "", currency[1]
    else:
        unit, dimension, noun, end = _unit_after(text, end, allow_noun=True)
    if match["mult"].lower() == "dozens":
        low, high = 24, 100
    else:
        low, high = base * scale, base * scale * 10
    if not unit:
        return None
    quantity = Quantity(
        amount=float(low),
        high=float(high),
        unit=unit,
        qualifier=match["mult"].lower() + " of",
        dimension=dimension,
    )
    return _Figure(match.start(), end, quantity, noun)


_PLAIN = re.compile(r"[\s,]")
_DECIMAL_COMMA = re.compile(r"\d{1,3},\d{1,2}")  # "3,5" (see _ANCHOR)
_SIGN_LEFT = frozenset("([{$€£¥₹₨₽₩₺₦₡₾₭₴₫₪₱฿")
_MINUS_BEFORE = re.compile(r"\bminus\s$", re.I)
_SPACE_GROUPS = re.compile(r"(?:[ \u00a0\u202f\u2009]\d{3}){1,4}(?![\d/]|[.,]\d)")
_MIXED_FRACTION = re.compile(r"\s(?P<num>\d{1,2})\s?/\s?(?P<den>\d{1,2})(?![\d/]|[.,]\d)")
_FRACTION = re.compile(r"\s/\s?(?P<den>\d{1,2})(?![\d/]|[.,]\d)")
_FRACTION_DENOMINATORS = frozenset({2, 3, 4, 8, 16, 32, 64})
_VULGAR = {"½": (1, 2), "¼": (1, 4), "¾": (3, 4), "⅓": (1, 3), "⅔": (2, 3), "⅛": (1, 8)}
_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
_MONTH_BEFORE = re.compile(r"\b" + _MONTH + r"(?:\s?\.)?\s$", re.I)
_MONTH_AFTER = re.compile(r"\s" + _MONTH + r"\b", re.I)
_SMALL_WORDS = (
    r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
    r"(?:[\s-](?:one|two|three|four|five|six|seven|eight|nine)\b)?|"
    r"eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|ten|"
    r"one|two|three|four|five|six|seven|eight|nine)"
)
# "a crew of nine", "a shortlist of six", "a syndicate of 12": a group counted by its noun,
# as "nine crew" is (not "a crew of nine men", where the men are counted).
_GROUP_OF = re.compile(
    r"\ban?\s(?P<noun>crew|shortlist|squad|team|panel|jury|syndicate|convoy|fleet|family|"
    r"party|delegation|group)\sof\s(?P<n>\d{1,4}(?![.,]\d)|" + _SMALL_WORDS + r")\b"
    r"(?=\s?[.,;:!?)]|\s?$|\s(?:and|who|which|that|was|were|is|are|has|had|in|on|at|from|to)\b)"
)


def _group_of(match: re.Match[str]) -> _Figure | None:
    told = match["n"]
    number = _number_value(told)
    if number is None or number <= 0:
        return None
    noun = match["noun"]
    return _Figure(match.start(), match.end(), Quantity(float(number), noun), noun)


# "a pound fifty an hour", "a dollar twenty": one of the currency and its minor units, as
# "one pound fifty" is (not "a pound of flour", nor "a pound fifty years ago").
_A_UNIT_AND_MINOR = re.compile(
    r"\ban?\s(?P<unit>pound|dollar|euro)\s(?P<minor>" + _SMALL_WORDS + r")\b"
    r"(?!\s(?:years?|pounds?|dollars?|euros?|per|percent|times|of)\b)"
)


def _a_unit_and_minor(match: re.Match[str]) -> _Figure | None:
    minor = parse_number_words(match["minor"])
    if minor is None or not 0 < minor < 100:
        return None
    code = CURRENCY_WORDS[match["unit"]]
    amount = 1 + float(minor) / 100
    quantity = Quantity(amount, code, step=0.01, dimension="money")
    return _Figure(match.start(), match.end(), quantity)


# "3 dollars 50 cents", "thirteen dollars and forty-five cents", "thirteen dollars forty five."
_MINOR_AFTER = re.compile(
    r"\s(?:and\s)?(?P<minor>\d{1,2}(?![.,]\d)|" + _SMALL_WORDS + r")\b"
    r"(?:\s(?P<word>cents?|pence|p)\b)?",
    re.I,
)
# (A spaced dash ends a clause too: "two hundred and sixty-two pounds thirty - about ...".)
_CLAUSE_END = re.compile(r"\s?(?:[.,;:!?)]|$)|\s[-–—]\s")
_SCALE_TOKEN = re.compile(r"\b(?:hundred|thousand|million|billion|trillion|dozen)\b", re.I)
_SYMBOL_AFTER = re.compile(
    r"\s?(?P<sym>" + "|".join(re.escape(k) for k in CURRENCY_SYMBOLS_AFTER) + r")"
)
# "412p", "298.5p": a share price in pence, glued to its figure (not "4p.m.", "p-value" or
# a screen's "1080p").
_PENCE = re.compile(r"(?<!\b480)(?<!\b720)(?<!\b1080)(?<!\b2160)p\b(?![’'-]|\.[a-z])")
# "a sixty-pound annual permit", "a fifty-pound fine": pounds of money before what is paid
# ("a 60-pound salmon" weighs).
_HYPHEN_POUND_MONEY = re.compile(
    r"-pounds?\b(?=(?:\s[a-z]+)?\s(?:permit|fine|fee|ticket|charge|bill|note|payment|voucher|"
    r"levy|bonus|grant|prize|rise|increase|cut|subscription|deposit|donation|reward|refund|"
    r"penalty|allowance)s?\b)",
    re.I,
)
_HYPHEN_MONEY = re.compile(r"-(?P<word>cents?|dollars?|euros?|yen|penny|pence)\b", re.I)


def _read_figure(text: str, match: re.Match[str], percent_told: bool) -> _Figure | None:
    start, end = match.start(), match.end()
    digits = match["digits"]
    words = match["words"]
    plain = ""
    fraction_step: Decimal | None = None
    share = False  # "1 / 4": a part of something
    solo = False  # "one", "a": a figure only as money or a percentage ("one penny", "one percent")
    compounded = False
    if digits is not None:
        if _DECIMAL_COMMA.fullmatch(digits):
            digits = digits.replace(",", ".")
        plain = _PLAIN.sub("", digits)
        try:
            number = Decimal(plain)
        except InvalidOperation:
            return None
        decimals = _decimals(plain)
        aged = _AGED.match(text, end)
        if aged:
            return _aged_figure(text, start, aged, number)
        age = _age_figure(text, start, end, plain, number)
        if age is not None:
            return age
        if _is_identifier(text, start, end) or re.fullmatch(r"0\d+", plain):
            return None  # "06", "000": a piece of a figure split by a space, not a figure
        fraction = _fraction_after(text, end, plain)
        if fraction is not None:
            number, fraction_step, end = fraction
            share = number < 1
        elif _FRACTION.match(text, end):
            return None  # "24 / 7", "9 / 11": a name, not a fraction
    elif words is not None:
        number = parse_number_words(words)
        if number is None or _OCLOCK.match(text, end):
            return None  # ("Seven o'clock, and good morning": a time, not a count)
        aged = _AGED.match(text, end)
        if aged and number < 130:
            # "a nineteen-year-old man": an age spelled out, as a transcript writes it.
            return _aged_figure(text, start, aged, number)
        if (
            number == number.to_integral_value()
            and 2 <= number <= 110
            and not re.match(r"\s+of\b", text[end : end + 5])  # "Ms Hale, two of whose"
        ):
            # "Martin Ashgrove, now fifty-eight, was", "Edwin Tally was seventy-one.": a
            # transcript spells an age where print sets digits. ("One" is too often a
            # pronoun: "Ms Hale, one of the jurors".)
            age = _age_figure(text, start, end, str(int(number)), number)
            if age is not None:
                return age
        lower = " ".join(words.lower().split())
        # "one" alone is a pronoun far more often than a count ("one of the", "no one").
        solo = lower == "one"
        if (
            re.fullmatch(r"an?\s(?:hundred|thousand)", lower)
            and _WORD_AFTER.match(text, end) is None
        ):
            return None
        decimals = 0
    else:
        number, decimals, solo = Decimal(1), 0, True
    negative, start = _sign_before(text, start)
    currency = None
    prefix = _CODE_PREFIX.search(text, max(0, start - 24), start)
    if prefix:
        currency = CURRENCY_PREFIXES.get(prefix.group(0).strip().lower().replace(" ", ""))
        if currency:
            start = prefix.start()
            if not negative:
                negative, start = _sign_before(text, start)  # "-$5"
    if currency is None and digits is not None and _SCALE_AFTER.match(text, end):
        # "SKR 412.6bn", "TLD 2.3bn": a code of three capitals before a scaled figure is a
        # currency, whether or not it is one of the codes known above.
        code = _UNKNOWN_CODE.search(text, max(0, start - 5), start)
        if code and code[1] not in _NOT_CURRENCY_CODES:
            currency, start = code[1], code.start()
    if not negative:
        minus = _MINUS_BEFORE.search(text, max(0, start - 6), start)
        if minus:
            negative, start = True, minus.start()
    if digits is not None and fraction_step is None and re.fullmatch(r"\d{1,3}", plain):
        # "10 000 dollars": a space between thousands, when something says the groups are one
        # figure ("5 200 people" may be two); a no-break or thin space always does.
        groups = _SPACE_GROUPS.match(text, end)
        if groups and (
            currency
            or " " not in groups.group(0)
            or re.search(r"\s0", groups.group(0))  # "5 000": "000" is no figure of its own
            or _money_after(text, groups.end(), small_words=False, hyphen=False)
        ):
            plain += re.sub(r"\D", "", groups.group(0))
            number = Decimal(plain)
            end = groups.end()
    # Scale: "2.35 billion", "14bn", "3m" (letters only with a currency).
    multiplier = _scale_at(text, end, currency is not None)
    step = _written_step(plain or None, decimals, multiplier is not None)
    if words is not None and digits is None and number == number.to_integral_value():
        # "four thousand", "a million": a number spelled round is as rounded as "4,000".
        step = _written_step(str(int(number)), 0, False)
    if fraction_step is not None:
        step = fraction_step
    if multiplier is not None:
        number *= multiplier[0]
        step *= multiplier[0]
        end = multiplier[1]
    high: Decimal | None = None
    if digits is not None and fraction_step is None and not negative:
        number, high, end, start = _range_after(text, number, multiplier, start, end)
    if negative:
        number = -number
    qualifier: str | None = None
    before_qualifier = _QUALIFIER_BEFORE.search(text[max(0, start - 24) : start])
    if before_qualifier and (
        _PHRASAL_OVER.search(text, max(0, start - 24), start)
        or _OVER_AS_ABOUT.search(text, max(0, start - 24), start)
    ):
        before_qualifier = None  # "the jackpot rolled over 19 times": no "more than 19"
    if before_qualifier and high is None:
        qualifier = _QUALIFIERS[before_qualifier.group(1).lower()]
        start -= len(before_qualifier.group(0))
    after_qualifier = _QUALIFIER_AFTER.match(text, end)
    if after_qualifier and high is None and qualifier is None and not currency:
        # "the 800 or so people", "40 or more homes": the qualifier stands between the
        # figure and what it counts.
        qualifier = _QUALIFIERS_AFTER[after_qualifier.group(1).lower()]
        end = after_qualifier.end()
    # What the figure is: percent, currency word, unit, or the noun counted.
    unit = ""
    dimension = "count"
    noun = ""
    pct = _PERCENT_AFTER.match(text, end)
    magnitude = _MAGNITUDE_BEFORE.search(text, max(0, start - _MAGNITUDE_REACH), start)
    if magnitude and not currency:
        unit, dimension = "magnitude", "magnitude"
        start = magnitude.start()
    elif currency:
        unit, dimension = currency, "money"
        word_currency = _currency_word_after(text, end)
        if word_currency:  # "$5 million dollars": the word adds nothing
            end = word_currency[1]
        noun = _counted_noun(text, end)[0]  # "$2 billion fund": what the money is
    elif pct:
        unit, dimension = _percent_unit(pct)
        end = pct.end()
    else:
        small_words = words is not None and not (multiplier or _SCALE_TOKEN.search(words))
        # "multi-billion-dollar" is no amount; "12-cent", "one-yen" are.
        hyphen = words is None or not re.fullmatch(
            r"(?:an?\s)?(?:hundred|thousand|million|billion|trillion|dozen)", lower
        )
        money = _money_after(text, end, small_words, hyphen)
        if money and money[0] == "GBP" and _weighed(text, start, end, money[1]):
            money = None  # "weighed in at 1,204 pounds": pounds of weight, read as a unit below
        if money:
            unit, dimension, end = money[0], "money", money[1]
            if "*" in unit:
                code, factor = unit.split("*")
                number *= Decimal(factor)
                step *= Decimal(factor)
                if high is not None:
                    high *= Decimal(factor)
                unit = code
            elif (
                high is None
                and multiplier is None
                and not negative
                and number == number.to_integral_value()
                and number < 10**6
            ):
                minor = _minor_after(text, end)
                if minor is not None:
                    number += minor[0]
                    step = Decimal("0.01")
                    end = minor[1]
        else:
            unit, dimension, noun, end = _unit_after(text, end, allow_noun=True)
            if unit == "year" and (of_age := _OF_AGE.match(text, end)):
                unit, dimension, end = "years old", "age", of_age.end()  # "19 years of age"
            if dimension == "time" and high is None:
                told_to = end
                number, unit, end = _compound_duration(text, number, unit, end)
                # "one hour, three minutes and forty-seven seconds": one length of time.
                compounded = end != told_to
            if unit == "points" and dimension == "count" and number < 100 and percent_told:
                # "2.3 points on last year's 85.1 per cent": percentage points.
                unit, dimension = "pp", "points"
            rank = _RANK_BEFORE.search(text, max(0, start - _RANK_REACH), start)
            if rank and dimension == "count" and digits is not None:
                # "a Category 4 storm", "a Level 3 alert": a rank on a scale, not four storms.
                unit, noun, end, start = rank.group(1).lower(), "", match.end(), rank.start()
            if dimension == "count" and not unit:
                counted = _NUMBER_OF_BEFORE.search(
                    text, max(0, start - 120), start
                ) or _BROUGHT_NUMBER_OF.search(text, max(0, start - 80), start)
                if counted:
                    # "The number of confirmed measles cases has risen to 29": 29 cases.
                    unit = noun = counted["noun"].lower()
                elif part := _PART_OF_THE.match(text, end):
                    # "Three of the lost containers hold batteries": three containers; "Six
                    # of the injured", six people.
                    unit = noun = part["noun"].lower()
                    if unit in _PEOPLE_ADJECTIVES:
                        unit = noun = "people"
                    end = part.end()
                elif whole := _PART_OF_COUNTED_WHOLE.match(text, end):
                    # "Two of the borough's seven libraries": two libraries (the claim stays
                    # "Two"; the whole is a figure of its own).
                    unit = noun = whole["noun"].lower()
                elif _CROWD_OF.search(text, max(0, start - 40), start):
                    unit = noun = "people"  # "a crowd of 38,500 held up their phones"
                elif us := _OF_US.match(text, end):
                    unit = noun = "people"  # "some 45,000 of us": a crowd a fan was one of
                    end = us.end()
                elif (them := _OF_THEM.match(text, end)) and _is_plural(them["noun"]):
                    unit = noun = them["noun"]
                    end = them.end()
                elif (
                    label := _LABEL_BEFORE.fullmatch(text, 0, start)
                    or _LABEL_BEFORE_WHOLE.fullmatch(text, 0, start)
                ) and (counted := _label_noun(label["label"])):
                    # A fact sheet's line, "Deaths: 7", "Moment magnitude: 6.1": the label
                    # names what the figure counts, or its unit ("Hours lost: 61,400").
                    unit = noun = counted
                    if counted in UNITS:
                        unit, dimension, _ = UNITS[counted]
                        noun = ""
                    if counted == "magnitude":
                        dimension, noun = "magnitude", ""  # as "magnitude 6.1" is
    if (
        solo
        and dimension not in ("money", "percent")
        and not compounded
        and not _one_whose_fate(words, text, start, end)
        and not (words and noun and _last_of_a_list(text, start))
    ):
        return None
    if share and dimension == "count":
        return None  # "1 / 3 of voters" is a share, not a count of voters
    if (
        not unit
        and digits is not None
        and (
            _looks_like_year(digits)
            or _bare_identifier(text, match.start(), match.end())
            or _day_of_month(text, number, start, end)
        )
    ):
        return None
    if (
        dimension == "count"
        and noun
        and digits is not None
        and _looks_like_year(digits)
        and not (_is_plural(noun) and number % 100 == 0)
    ):
        return None  # "1988 sales", "the 2019 election": a year, not a count ("1500 troops" is)
    if (
        not unit
        and digits is None
        and dimension == "count"
        and not _compound_words(words or "")
        and not REACHED_BEFORE.search(text, max(0, start - 24), start)
        and not FATE_AFTER.match(text, end)
        and not _fate_of_them(text, end)
        and not _fate_before(text, start, end)
        and not _share_of_named_total(text, start, end)
        and not _listed_share(text, start, end)
    ):
        # A bare number word ("two of them") is too vague to compare; "a hundred and two" is
        # not, nor is a count something rose to ("the death toll has risen to three").
        return None
    if (
        dimension == "time"
        and before_qualifier
        and before_qualifier.group(1).lower() == "over"
        and number <= _SPAN_OVER_AT_MOST
    ):
        # "held over three days", "a trial over 52 weeks": the span across which, not more
        # than it (a three-day event); "over 200 years" is more than that.
        qualifier = None
    if qualifier is None and high is None:
        trailing = _QUALIFIER_TRAILING.match(text, end)
        if trailing:
            # "40 homes or more", "six weeks at the very least": the bound told after all.
            bound = " ".join(trailing["bound"].lower().split())
            qualifier = _QUALIFIERS_AFTER.get(bound, "at least")
    baseline = None
    if dimension in ("percent", "points"):
        base = _BASELINE.search(text, end, min(len(text), end + 80))
        if base and not re.search(r"[.;:!?]", text[end : base.start()]):
            baseline = " ".join(base["base"].lower().split())
    quantity = Quantity(
        amount=float(number),
        high=float(high) if high is not None else None,
        unit=unit,
        qualifier=qualifier,
        baseline=baseline,
        step=float(step),
        dimension=dimension,
    )
    return _Figure(start, end, quantity, noun)


def _money_after(
    text: str, end: int, small_words: bool, hyphen: bool = True
) -> tuple[str, int] | None:
    """A currency written after the figure: "-cent", "€", "元", "dollars", "NZD"."""
    if hyphen:
        joined = _HYPHEN_MONEY.match(text, end)
        if joined:
            return CURRENCY_WORDS[joined["word"].lower()], joined.end()
        if pound := _HYPHEN_POUND_MONEY.match(text, end):
            return CURRENCY_WORDS["pounds"], pound.end()  # "a sixty-pound annual permit"
    if not small_words and _PENCE.match(text, end):
        return CURRENCY_WORDS["pence"], end + 1  # "412p a share"
    symbol = _SYMBOL_AFTER.match(text, end)
    if symbol:
        return CURRENCY_SYMBOLS_AFTER[symbol["sym"]], symbol.end()
    word = _currency_word_after(text, end)
    if word and small_words and text[end : word[1]].strip().lower() == "won":
        return None  # "the other two won seats"
    return word


def _sign_before(text: str, start: int) -> tuple[bool, int]:
    """ "-15€", "$-99.99", "(-3%)", "–5°C" (typeset with an en dash): a minus sign glued to the
    figure, not a dash or a range."""
    if start >= 1 and text[start - 1] in "-−–":
        left = text[start - 2] if start >= 2 else " "
        if left.isspace() and start >= 3 and (text[start - 3].isdigit() or text[start - 3] == "%"):
            return False, start  # "52 -48", "5% -7%": a score or a range
        if left.isspace() or left in _SIGN_LEFT:
            return True, start - 1
    return False, start


def _fraction_after(text: str, end: int, plain: str) -> tuple[Decimal, Decimal, int] | None:
    """ "7 3/4", "101 1 / 4", "2½", "1 / 4": (value, step, new end) for a written fraction."""
    if not re.fullmatch(r"\d{1,3}", plain):
        return None
    whole = Decimal(plain)
    vulgar = _VULGAR.get(text[end : end + 1])
    if vulgar:
        return whole + Decimal(vulgar[0]) / vulgar[1], Decimal(1) / vulgar[1], end + 1
    mixed = _MIXED_FRACTION.match(text, end)
    if mixed:
        numerator, denominator = int(mixed["num"]), int(mixed["den"])
        if 0 < numerator < denominator and denominator in _FRACTION_DENOMINATORS:
            step = Decimal(1) / denominator
            return whole + numerator * step, step, mixed.end()
    single = _FRACTION.match(text, end)
    if single:
        denominator = int(single["den"])
        if 0 < whole < denominator and denominator in _FRACTION_DENOMINATORS:
            step = Decimal(1) / denominator
            return whole * step, step, single.end()
    return None


# ("per cent" is no price: "3,500 euros and 3 per cent more".)
_PRICE_EACH = re.compile(
    r"\s(?:a|an|each|per)\s(?!cent\b)[a-z]+\b(?!\s(?:ago|later|earlier))", re.I
)


def _minor_after(text: str, end: int) -> tuple[Decimal, int] | None:
    """The cents of "3 dollars 50 cents": (amount in the main unit, new end)."""
    match = _MINOR_AFTER.match(text, end)
    if not match:
        return None
    if (
        not match["word"]
        and not _CLAUSE_END.match(text, match.end())
        and not _PRICE_EACH.match(text, match.end())
    ):
        return None  # "5 dollars 20 years ago" ("two pounds fifty a line" is a price)
    raw = match["minor"]
    value = _number_value(raw)
    if value is None or not 0 < value < 100:
        return None
    return value / 100, match.end()


def _compound_words(words: str) -> bool:
    """ "a hundred and two", "twenty-five", "three million, two hundred": a written-out number,
    not one word that is as often a pronoun, and not a list ("five, six").
    """
    tokens = [t for t in re.split(r"[\s,&-]+", words.lower()) if t not in ("", "a", "an", "and")]
    if len(tokens) < 2:
        return False
    previous = ""
    for token in tokens:
        if token in _ONES:
            kind = "one" if _ONES[token] < 10 else "teen"
        elif token in _TENS:
            kind = "ten"
        else:
            kind = "scale"
        if kind != "scale" and previous in ("one", "teen"):
            return False
        if kind in ("ten", "teen") and previous == "ten":
            return False
        previous = kind
    return True


def _day_of_month(text: str, number: Decimal, start: int, end: int) -> bool:
    """ "sept . 30", "on 1 may": a day of a month the date reader left alone."""
    if not 1 <= number <= 31 or number != number.to_integral_value():
        return False
    if _MONTH_BEFORE.search(text, max(0, start - 12), start):
        return True
    return bool(_MONTH_AFTER.match(text, end))


_DURATION_PART = re.compile(
    r",?\s(?:and\s)?(?:(?P<n>\d{1,3}|" + _NUMBER_WORD + r"(?:-" + _NUMBER_WORD + r")?)"
    r"\s(?P<u>months?|weeks?|days?|hours?|hrs?|minutes?|mins?|seconds?|secs?)"
    # A fact sheet glues them: "9min 48s", "1h 12min".
    r"|(?P<glued_n>\d{1,3})(?P<glued_u>min|mins|s|sec|secs))\b",
    re.I,
)


def _compound_duration(text: str, number: Decimal, unit: str, end: int) -> tuple[Decimal, str, int]:
    """ "1 hour 15 minutes" -> 75 minutes, "2 hours, 5 minutes and 47 seconds" -> 7547
    seconds, "four years and six months" -> 54 months: one length of time, comparable with
    "75 minutes" or "four and a half years"."""
    while True:
        larger, end_before = unit, end
        number, unit, end = _one_smaller_part(text, number, unit, end)
        if unit == larger and end == end_before:
            return number, unit, end


def _one_smaller_part(text: str, number: Decimal, unit: str, end: int) -> tuple[Decimal, str, int]:
    part = _DURATION_PART.match(text, end)
    if not part:
        return number, unit, end
    smaller = UNITS.get((part["u"] or part["glued_u"]).lower())
    larger = UNITS.get(unit)
    if smaller is None or larger is None or smaller[2] >= larger[2]:
        return number, unit, end
    count = part["n"] or part["glued_n"]
    amount = _number_value(count)
    if amount is None:
        return number, unit, end
    ratio = Decimal(repr(larger[2])) / Decimal(repr(smaller[2]))
    if amount >= ratio:
        return number, unit, end  # "two years, 18 months later": two lengths, not one
    return number * ratio + amount, smaller[0], part.end()


# "nine died", "six are missing", "four were carried out": a number word that something
# happened to counts people. (Also read by checker.internal: such parts share out a total.)
FATE_AFTER = re.compile(
    r"\s(?:(?:people|others|more)\s)?"
    r"(?:(?:were|are|have\sbeen|had\sbeen|has\sbeen|remain|remains|was|has|have|had)\s)?"
    r"(?:(?:still|now|later|also|being)\s)?"
    r"(?:died|dead|killed|injured|hurt|wounded|missing|rescued|saved|unaccounted|arrested|"
    r"detained|evacuated|hospitali[sz]ed|carried\sout|walked\sout|got\sout|survived|escaped|recovered|"
    r"treated|discharged|sent\shome|recovering|airlifted|winched|taken\soff|"
    r"unhurt|uninjured|unharmed|admitted|seriously|critically|badly|severely|"
    # "taken to hospital", "taken to Carnbrae General", "flown to the Royal Infirmary"
    r"(?:taken|flown|rushed|brought|went)\sto\s(?:[\w'’-]+\s){0,3}?"
    r"(?:hospital|general|infirmary|hôpital|clinic)|"
    r"brought\sout|came\shome|made\s(?:their|his|her)\sway\sout|found\s(?:dead|alive)|"
    r"(?:kept\s)?in\s(?:hospital|intensive\scare|critical\scare)|"
    r"in\s(?:a\s)?(?:serious|critical|stable)\scondition)\b",
    re.I,
)
_NO_ONE = re.compile(r"\b(?:no|any|every|some|the|this|that|which|each|single)\s$", re.I)
_ONE_PERSON = re.compile(
    r"(?:\s(?:person|man|woman|child|boy|girl|worker|miner|passenger|resident|climber|"
    r"firefighter|officer|soldier|patient|pilot|driver|pedestrian|tourist|visitor))?",
    re.I,
)


# "nine gold snuffboxes, four enamel miniatures and one brooch", "six sleeper cars, three
# couchette cars, one seated car and one restaurant car": "one" and its noun close a list of
# counts, and are a count as they are.
_LIST_BEFORE_ONE = re.compile(
    rf"\b(?:\d[\d,]*|{_NUMBER_WORD})\s(?:[a-z-]+\s){{0,2}}[a-z]{{2,}}(?:,\s(?:and\s)?|\sand\s)$",
    re.I,
)


def _last_of_a_list(text: str, start: int) -> bool:
    return bool(_LIST_BEFORE_ONE.search(text, max(0, start - 60), start))


def _one_whose_fate(words: str | None, text: str, start: int, end: int) -> bool:
    """ "One person has died", "and one died": a count of one, though "one" alone is mostly a
    pronoun ("one of the", "no one was hurt")."""
    if words is None or words.lower() != "one":
        return False
    person = _ONE_PERSON.match(text, end)
    # The person's noun may already be read as the figure's noun ("one worker").
    named = (person is not None and person.end() > end) or " " in text[start:end].strip()
    before = _NO_ONE.search(text, 0, start)
    # "that one died" is a pronoun; "reported that one worker died" is a count.
    if before and not (named and before.group(0).split()[0].lower() in ("that", "which")):
        return False
    # ("14 people fell ill, one of whom has died": see _fate_of_them)
    return bool(FATE_AFTER.match(text, person.end() if person else end)) or _fate_of_them(text, end)


# "Of those 62 residents, 41 have been moved ..., eight are staying with relatives": a
# clause that opens on a number word, in a sentence that shares out a total it names first.
_OF_NAMED_TOTAL = re.compile(rf"\A\s{{0,4}}{OF_THE_TOTAL}[^,;:\d]{{0,60}}\d[^,;:]{{0,60}},\s", re.I)
_CLAUSE_OPENS = re.compile(rf"{BETWEEN_SHARES}$")
_SHARE_VERB = re.compile(r"\s(?:are|were|have|has|had|remain|remained|is|was)\s", re.I)


def _share_of_named_total(text: str, start: int, end: int) -> bool:
    opening = _OF_NAMED_TOTAL.match(text)
    return (
        opening is not None
        and start >= opening.end()
        and (start == opening.end() or _CLAUSE_OPENS.search(text, 0, start) is not None)
        and _SHARE_VERB.match(text, end) is not None
    )


# "11 breweries - seven in England, three in Scotland and two in Wales": a total counted in a
# plural, a dash or colon, then its shares by place, each "<number> in <place>".
_LIST_ITEM = r"(?:" + _NUMBER_WORD + r"|\d[\d,]*)\s(?:in|at|from|for|on)\s[^,;:.()—–-]{1,40}"
_LISTED_AFTER_TOTAL = re.compile(
    r"\b\d[\d,]*\s(?:[a-z-]+\s){0,2}[a-z]+s\s?[-—–:]\s?(?:" + _LIST_ITEM + r"(?:,\s|\sand\s))*$"
)
_ITEM_AFTER = re.compile(r"\s(?:in|at|from|for|on)\s")
_LISTED_REACH = 200


def _listed_share(text: str, start: int, end: int) -> bool:
    return bool(
        _ITEM_AFTER.match(text, end)
        and _LISTED_AFTER_TOTAL.search(text, max(0, start - _LISTED_REACH), start)
    )


# "The blast injured nine.", "killing three and injuring 14": the count a fate verb takes,
# ending its clause.
_FATE_BEFORE = re.compile(
    r"\b(?:killed|killing|injured|injuring|hurt|hurting|wounded|wounding|rescued|evacuated|"
    r"arrested)\s$",
    re.I,
)
_CLAUSE_ENDS = re.compile(_CLAUSE_END.pattern + r"|\s(?:and|but|when|after|before)\b")


def _fate_before(text: str, start: int, end: int) -> bool:
    return bool(
        _FATE_BEFORE.search(text, max(0, start - 16), start) and _CLAUSE_ENDS.match(text, end)
    )


def _fate_of_them(text: str, end: int) -> bool:
    """ "Five of them were admitted to hospital", "two of whom died": a share of those just
    named, counted by what became of them."""
    of_them = OF_THEM.match(text, end)
    return of_them is not None and FATE_AFTER.match(text, of_them.end()) is not None


# What a count rose or fell to, or stands at: "the death toll has risen to", "stood at".
_REACHED_VERBS = (
    r"rose|rises|risen|climbed|climbs|increased|increases|jumped|grew|grown|fell|fallen|"
    r"dropped|reached|reaches|stands?\sat|stood\sat"
)
# "a crowd of 38,500", "an audience of 2,000", "the attendance was 12,004": people.
_CROWD_OF = re.compile(
    r"\b(?:crowd|attendance|audience)\s(?:of|was)\s"
    r"(?:(?:about|around|some|nearly|almost|over|more\sthan|roughly)\s)?$",
    re.I,
)
# "The number of confirmed cases in Fernlow has risen to", "the number of people evacuated
# stood at": what a bare count that follows counts (its head noun, a plural).
_NUMBER_OF_BEFORE = re.compile(
    r"\bnumber\sof\s(?:[a-z][\w-]*\s){0,3}(?P<noun>[a-z]+s|people)\b[^,.;:!?\d]{0,60}?\s"
    rf"(?:has\s|have\s|had\s)?(?:{_REACHED_VERBS}|is\snow|is|was)\s(?:to\s)?$",
    re.I,
)
# "bringing the total number of arrests to four", "took the number of confirmed cases to":
# the same, the verb told first.
_BROUGHT_NUMBER_OF = re.compile(
    r"\b(?:bring(?:s|ing)?|brought|tak(?:es|ing)|took)\s(?:the\s)?(?:total\s|overall\s)?"
    r"number\sof\s(?:[a-z][\w-]*\s){0,3}?(?P<noun>[a-z]+s|people)\sto\s$",
    re.I,
)
# "Three of the lost containers", "two of those injured workers", "Four of her neighbours":
# a part of a group, counted in the group's noun (a plural; not "those that went
# overboard", a clause).
# ("Six of the injured": people named by what befell them.)
_PEOPLE_ADJECTIVES = frozenset("injured wounded dead missing rescued evacuated".split())
_PART_OF_THE = re.compile(
    r"\sof\s(?:the|those|these|his|her|their|our|its)\s"
    r"(?:(?!" + _NUMBER_WORD + r"\b|\d)[a-z][\w-]*\s){0,2}?"
    r"(?P<noun>[a-z]{2,}s|"
    + "|".join(sorted(_IRREGULAR_PLURALS | _PEOPLE_ADJECTIVES))
    + r")\b(?![’'-])"
)
_PART_OF_COUNTED_WHOLE = re.compile(
    r"\sof\s(?:the\s|those\s|its\s|their\s|our\s)?(?:[a-z]+[’']s\s)?(?:"
    + _NUMBER_WORD
    + r"|\d[\d,]*)\s(?:[a-z][\w-]*\s){0,2}?(?P<noun>[a-z]{2,}s|people)\b(?![’'-])"
)
_OF_AGE = re.compile(r"\sof\sage\b")
_OF_US = re.compile(r"\sof\sus\b")
# "23 tenants, six of them children": a part named after "of them".
_OF_THEM = re.compile(r"\sof\sthem\s(?P<noun>children|people|men|women|[a-z]{3,}s)\b(?![’'-])")
# A line of a fact sheet or bulletin: "Deaths: ", "- Persons in emergency accommodation: ".
_LABEL_BEFORE = re.compile(
    r"\s{0,4}(?:[-•*]\s{1,3})?(?P<label>[A-Z][a-z-]+(?:\s[a-z-]+){0,4}"
    # a time or place it is counted at: "Schools closed on Thursday: more than 260" (a
    # party's name is no label: "Fernlow Independents: 21" counts seats)
    r"(?:\s(?:on|in|at|from|since|during)(?:\s[A-Za-z\d-]+){1,3})?"
    # or a bare day: "Schools closed Monday: 47"
    r"(?:\s(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)?):\s{1,3}"
)
# "Cables affected: 1 of 2": the whole the part is of counts what the label names too.
_LABEL_BEFORE_WHOLE = re.compile(_LABEL_BEFORE.pattern + r"\d[\d,]*\s(?:out\s)?of\s")
_LABEL_BREAK = frozenset("in of for at on by from with without to under per".split()) | frozenset(
    WEEKDAYS
)


def _label_noun(label: str) -> str:
    """What a fact sheet's label counts: its head noun, before any preposition ("Persons in
    emergency accommodation" -> persons, "Moment magnitude" -> magnitude), when that is a
    plural or a measure ("Note: 12 of them" is no count of notes)."""
    words = label.lower().split()
    at = max(0, next((i for i, w in enumerate(words) if w in _LABEL_BREAK), len(words)) - 1)
    if at and (words[at].endswith("ed") or words[at] in _PARTICIPLES) and _is_plural(words[at - 1]):
        # "Fragments recovered", "Homes evacuated", "Hours lost to handover delays", "Jobs
        # cut": the noun before its participle.
        at -= 1
    head = words[at]
    return head if _is_plural(head) or head in _LABEL_MEASURES else ""


# Past participles that are not "-ed" words and head a fact sheet's label after its noun.
_PARTICIPLES = frozenset(
    "lost spent paid sold bought built cut hurt shut held kept found sent made shot struck won "
    "drawn taken given seen stolen".split()
)
_LABEL_MEASURES = frozenset(
    "magnitude turnout injured dead missing attendance population capacity toll".split()
)


# "rose to three", "stands at 40": a bare count something reached (read by alignment too,
# for what it counts).
REACHED_BEFORE = re.compile(
    rf"\b(?:{_REACHED_VERBS}|"
    # "There are two in my car": a count with its noun left out.
    r"there\s(?:are|were|remain|remained))\s(?:to\s)?$",
    re.I,
)


def _written_step(digits: str | None, decimals: int, scaled: bool) -> Decimal:
    """The precision a figure was written with, so that rounding can be recognised.

    "1.8 billion" is rounded to a tenth of a billion, "14bn" to a billion; a plain "43" or
    "six" is exact (step 0), and "300" or "2,000" is taken as rounded to its trailing zeros.
    """
    if decimals or scaled:
        return Decimal(10) ** -decimals
    if digits is None:
        return Decimal(0)
    plain = digits.replace(",", "")
    zeros = len(plain) - len(plain.rstrip("0"))
    return Decimal(10) ** zeros if zeros >= 2 and plain.strip("0") else Decimal(0)


def _scale_at(text: str, end: int, has_currency: bool) -> tuple[Decimal, int] | None:
    scale_match = _SCALE_AFTER.match(text, end)
    if not scale_match:
        return None
    if scale_match["letter"] and not has_currency:
        # "5m" without a currency is five metres, not five million; unless what it counts
        # follows: "1.2m residents", "4.2m tonnes of cargo", "350k subscribers".
        counted = _COUNTED_AFTER_SCALE.match(text, scale_match.end())
        paired = (
            _PAIRED_SCALE_AFTER.match(text, scale_match.end())
            or _PAIRED_SCALE_BEFORE.search(text, max(0, end - 32), end)
        ) and not _LENGTH_CUE.search(text)
        if not paired and (
            not counted
            or _LENGTH_CUE.fullmatch(counted.group(0).strip())
            or _long_thing_after(text, scale_match.end())
            or _METRES_GLUED.match(text, scale_match.start())
        ):
            return None  # ("5m waves": five-metre waves)
    word = (scale_match["scale"] or scale_match["letter"]).lower()
    factor = SCALES.get(word)
    if factor is None:
        return None
    stop = scale_match.end()
    if text[stop - 1 : stop] == ".":
        stop -= 1  # "$2.35 billion." ends the sentence; the dot is not part of the figure
    return factor, stop


def _range_after(
    text: str,
    number: Decimal,
    multiplier: tuple[Decimal, int] | None,
    start: int,
    end: int,
) -> tuple[Decimal, Decimal | None, int, int]:
    """ "between 10 and 12", "10-12", "10 to 12 billion": (low, high, new end, new start).

    "from 10 to 12" is a change between two figures, not a range, and stays two claims.
    """
    range_match = _RANGE_AFTER.match(text, end)
    if not range_match or (range_match["cur"] and text[start : start + 1] != range_match["cur"]):
        return number, None, end, start
    joiner = range_match.group(0).strip()[0]
    between = _BETWEEN_BEFORE.search(text[max(0, start - 10) : start])
    word_joiner = range_match.group(0).strip()[:2].lower()
    if word_joiner == "an" and not (between and between.group(1).lower() == "between"):
        return number, None, end, start
    if word_joiner == "to" and (
        (between and between.group(1).lower() == "from")
        or _FROM_EARLIER.search(text, max(0, start - 40), start)
    ):
        return number, None, end, start  # ("from an average of €200 to €260": a change)
    if (
        word_joiner == "to"
        and range_match["cur"]
        and _BY_BEFORE.search(text, max(0, start - 24), start)
    ):
        # "rise by £98 to £2,089": a change, then the level it reached ("by 3 to 4 per
        # cent" is a range of changes).
        return number, None, end, start
    if joiner not in "-–—" and word_joiner not in ("to", "an"):
        return number, None, end, start
    try:
        high = Decimal(range_match["to"].replace(",", ""))
    except InvalidOperation:
        return number, None, end, start
    new_end = range_match.end()
    scale_after = _scale_at(text, new_end, has_currency=bool(range_match["cur"]))
    if scale_after is not None:
        high *= scale_after[0]
        if multiplier is None:
            number *= scale_after[0]  # "10-12 billion": both ends in billions
        new_end = scale_after[1]
    elif multiplier is not None:
        high *= multiplier[0]  # "$10bn-12": the second end shares the scale
    if high <= number:
        return number, None, end, start
    if between and between.group(1).lower() == "between":
        start -= len(between.group(0))
    return number, high, new_end, start


_NAME_BEFORE = re.compile(
    # (Not a word that opens a sentence before a count: "Some 412 voted", "Then 38 ...".)
    r"\b(?:(?!(?:Some|Then|About|Around|Nearly|Almost|Only|Just|Another|All|Roughly|Over|"
    r"Under|Exactly|And|But|So|Of|In)\s)[A-Z][A-Za-z]+|runway|platform|gate|route|junction|"
    r"exit|terminal|pier|berth|room|seat|row|section|clause|paragraph|page|chapter|lane|stand|"
    r"bay)\s$"
)
_AGE = re.compile(r",\s\d{1,3},(?!\d)")  # "Mireau, 58, said"; not ", 1,400 at"
_THOUSANDS = re.compile(r"\d{1,3}(?:,\d{3})+")
_AGED = re.compile(r"[-\s](year|month|week|day)s?[-\s]old\b", re.I)


def _aged_figure(text: str, start: int, aged: re.Match[str], number: Decimal) -> _Figure:
    """ "a 19-year-old woman": an age, not a count; compared only with other ages."""
    unit = aged.group(1).lower() + "s old"
    who = _AGED_WHO.match(text, aged.end())
    if who:
        unit += " " + who.group(1).lower()  # a woman's age is no man's
    return _Figure(start, aged.end(), Quantity(float(number), unit, dimension="age"))


_AGED_WHO = re.compile(r"\s(man|woman|boy|girl)\b", re.I)
_NAME_BEFORE_AGE = re.compile(rf"(?:\b(\w+)\s)?\b([{UPPER}][{LOWER}’'-]+),\s(?:now\s)?$")
_AFTER_AGE = re.compile(r",|\.(?!\d)|\s(?:who|of|from|was|is|has|had|and|a|an)\b")
_NOT_AGE_NAMES = frozenset(
    """However Meanwhile Today Yesterday Tomorrow Overall Still Instead Now Then Again""".split()
)
_PLACE_WORDS = frozenset("in on at by of to from near for since".split())


def _age_figure(text: str, start: int, end: int, plain: str, number: Decimal) -> _Figure | None:
    """A person's age, told after the name ("Arthur Lindqvist, 67, was swept off"), in
    brackets after it, or in words around it ("a woman of 83": a woman's age is no man's);
    ``plain`` is the figure's digits, as written or as spelled out."""
    told = "years old" if _age_after_name(text, start, end, plain) else None
    told = told or ("years old" if _age_in_brackets(text, start, end, plain) else None)
    told = told or _age_told(text, start, end, plain)
    if told is None:
        return None
    return _Figure(start, end, Quantity(float(number), told, dimension="age"))


def _age_after_name(text: str, start: int, end: int, plain: str) -> bool:
    """A person's age set off after the name: "Declan Rusk, 58, of Harbour Row" (not "In
    Brennock, 67 were rescued": a fronted place; not "on Tuesday, 12")."""
    if not plain.isdigit() or not 1 <= int(plain) <= 110 or not _AFTER_AGE.match(text, end):
        return False
    name = _NAME_BEFORE_AGE.search(text, max(0, start - 40), start)
    if not name:
        return False
    word, before = name.group(2), (name.group(1) or "").lower()
    if word in _NOT_AGE_NAMES or re.fullmatch(_MONTH + r"|\w+day", word, re.I):
        return False  # "On Tuesday, 12 were hurt", "In March, 40 ..."
    if word in ORG_WORDS:
        return False  # "58 from Wexcombe Fire and Rescue Service, 34 from ...": no person
    if _FROM_PLACE_BEFORE.search(text, max(0, start - 60), start):
        return False  # "58 from Dunford Fire, 34 from ...": a list of where they came from
    return before not in _PLACE_WORDS


_FROM_PLACE_BEFORE = re.compile(rf"\d\sfrom\s(?:[{UPPER}][\w’'-]*\s){{1,5}}?[{UPPER}][\w’'-]*,\s$")


# "IM Nadia Ferreol (19)", "- Malcolm Teague (58), founder": a forename and a surname, then
# the age in brackets (one capitalised word is a heading's count: "Comments (14)").
_NAME_THEN_BRACKET = re.compile(rf"\b[{UPPER}][{LOWER}’'-]+\s[{UPPER}][{LOWER}’'-]+\s\($")


def _age_in_brackets(text: str, start: int, end: int, plain: str) -> bool:
    return (
        plain.isdigit()
        and 1 <= int(plain) <= 110
        and text.startswith(")", end)
        and bool(_NAME_THEN_BRACKET.search(text, max(0, start - 40), start))
    )


# "Stefan, who is 54 and the most experienced", "a man aged 41", "a woman of 83": an age in
# words around it.
_AGE_TOLD_BEFORE = re.compile(
    rf"(?:\b[{UPPER}][{LOWER}’'-]+,\swho(?:\s(?:is|was)|[’']s)|"
    r"(?:\b[Aa]n?\s(?P<aged>man|woman|boy|girl)\s)?\baged|"
    r"\b[Aa]n?\s(?P<who>man|woman|boy|girl)\sof|"
    # "19 are children under 10", "people aged over 75": an age bound of those counted.
    r"\b(?:children|kids|pupils|boys|girls|people|adults|those|anyone)\s(?:aged\s)?"
    r"(?:under|over|below|above))\s$"
)
_AGE_TOLD_AFTER = re.compile(
    r",|\.(?!\d)|;|\)|\s(?:and|when|at|in|on|from|of|was|is|has|had|who|died)\b|\s*$"
)


# "Edwin Tally was 71.", "Rosa Lind was 34 when she ...", "He was seventy-seven.": a person's
# full name or "he"/"she", "was" and a figure that ends the sentence or leads a "when"
# clause (not "Ana Ruiz was 3 under par").
_FULL_NAME_WAS = re.compile(
    rf"(?:\b[{UPPER}][{LOWER}’'-]+\s(?P<surname>[{UPPER}][{LOWER}’'-]+)|\b(?:He|She))"
    r"\s(?:was|is)\s$"
)
_AGE_CLOSES = re.compile(r"\.(?!\d)|,?\swhen\b")
# "She's seventy-one, she's been writing for decades", "He's 23.": the spoken form, whose
# age may be set off by a comma too (not "he's 3 under par", "she's 12 points clear").
_PRONOUN_IS = re.compile(r"\b(?:[Hh]e|[Ss]he)[’']s\s$")
_SPOKEN_AGE_CLOSES = re.compile(r"[.,;!?](?!\d)|\s?$")


def _age_told(text: str, start: int, end: int, plain: str) -> str | None:
    """The unit of an age told after "aged", "<Name>, who is" or "a woman of" ("years old",
    "years old woman"; not "aged 60 percent", not a range), or None."""
    if not plain.isdigit() or not 1 <= int(plain) <= 110:
        return None
    name_was = _FULL_NAME_WAS.search(text, max(0, start - 40), start)
    if name_was and name_was["surname"] not in ORG_WORDS and _AGE_CLOSES.match(text, end):
        # ("He was seventy-seven.": a pronoun stands for the person too.)
        return "years old"
    if _PRONOUN_IS.search(text, max(0, start - 8), start) and _SPOKEN_AGE_CLOSES.match(text, end):
        return "years old"
    before = _AGE_TOLD_BEFORE.search(text, max(0, start - 40), start)
    if before is None or not _AGE_TOLD_AFTER.match(text, end):
        return None
    who = before["who"] or before["aged"]
    return "years old" + (" " + who.lower() if who else "")


def _bare_identifier(text: str, start: int, end: int) -> bool:
    """A bare number naming or describing rather than counting: "Channel 9", "COP 28",
    "Mireau, 58,"."""
    if _NAME_BEFORE.search(text, max(0, start - 20), start):
        # "Channel 9", "COP 28" are short; "Venn 46,385" (votes) is a count.
        return not _THOUSANDS.fullmatch(text, start, end)
    return bool(_AGE.match(text, max(0, start - 2)))


# A river's or a dam's flow: "1,450 m3/s", "1,450 cubic metres of water per second".
_FLOW = re.compile(
    r"\s?(?:m3/s|m³/s|cumecs|cubic\s(?:metres|meters)\s(?:of\swater\s)?(?:per|a)\ssecond)\b",
    re.I,
)
# "34C", "97F": degrees without the sign, read as such only in a sentence about temperature.
_BARE_DEGREES = re.compile(r"\s?([CF])\b(?![’'.-]\w)")
# "the previous record of 43.1C": a figure with a decimal before a bare C or F is a
# temperature whatever the sentence says (a flat or a form is "12C", not "12.5C").
_DECIMAL_BEFORE = re.compile(r"\d\.\d{1,2}$")


def _bare_degrees(text: str, end: int) -> re.Match[str] | None:
    """A bare "C" or "F" right after a figure that is degrees: where the sentence speaks of
    temperature, or the figure has a decimal."""
    degrees = _BARE_DEGREES.match(text, end)
    if degrees and (
        _TEMPERATURE_CUE.search(text) or _DECIMAL_BEFORE.search(text, max(0, end - 8), end)
    ):
        return degrees
    return None


_DEGREES_TOLD = re.compile(
    r"\s(?:degrees|deg)\b(?!\s(?:celsius|fahrenheit|centigrade|[cf])\b)", re.I
)
_SCALE_NAMED = re.compile(r"\b(?:Fahrenheit|Celsius|centigrade)\b", re.I)
_TEMPERATURE_CUE = re.compile(
    r"\b(?:temperature|temperatures|degrees|heat|heatwave|hot|hottest|warm|warmest|cold|"
    r"coldest|cool|chill|freezing|thermometer|mercury|heated|minus|frost|frosts|frosty|"
    r"boiling|highs?|lows?|minimum|maximum|record|water|sea)\b",
    re.I,
)


_ZONE_AFTER = re.compile(rf"\s?(?:{TIME_ZONES})\b")
# What follows a numbered list's item number at the start of a sentence: "1. Desert locust
# swarms were ...", "3) Control operations began on Sunday."
_LIST_ITEM_AFTER = re.compile(r"[.)]\s+[A-Z(\"“‘']")


def _is_identifier(text: str, start: int, end: int) -> bool:
    """G20, F-16, COVID-19, 5G, No. 5, 9:40 (a time), 3rd (an ordinal), phone numbers, a
    list's item number ("2. As of this morning, ...")."""
    if _LIST_ITEM_AFTER.match(text, end) and not text[:start].strip(" \t(-•*"):
        return True
    if end - start == 4 and _ZONE_AFTER.match(text, end):
        return True  # "(1312 GMT)": a time of day in a wire's 24-hour style
    before = text[max(0, start - 4) : start]
    after = text[end : end + 3]
    if (
        re.search(r"[A-Za-z]-?$", before)
        and not re.search(r"(?:Rs|US|\bA|\bC)\.?$", before)
        and not _RANK_BEFORE.search(text, max(0, start - _RANK_REACH), start)
        and not _MAGNITUDE_BEFORE.search(text, max(0, start - _MAGNITUDE_REACH), start)
    ):
        return True
    if _bare_degrees(text, end):
        return False  # "temperatures reaching 34C"
    if _NETWORK_AFTER.match(text, end):
        return True  # "a 4g signal": a mobile network's generation, not grams
    if text[start:end].isdigit() and _NAMING_BEFORE.search(text, max(0, start - 12), start):
        return True  # "the Route 14 bus", "Section 151 officer": a number that names
    if _DECADE.fullmatch(text, start, end + 1) and not text[end + 1 : end + 2].isalnum():
        digits = text[start:end]
        if len(digits) == 4 or _DECADE_OF_LIFE_BEFORE.search(text, max(0, start - 12), start):
            return True  # "a 1960s structure", "a woman in her 30s": a decade, not seconds
    if re.match(r"[A-Za-z]", after) and not re.match(
        r"(?:bn|mn|m\b|k\b|b\b|t\b|cr\b|tr\b|tn\b|"
        r"km|kg|ft|mm\b|mi\b|mw|gw|kw|ha\b|hl\b|st\b|nd\b|rd\b|"
        # Units written glued to their figure: "lay 45cm below", "a 12lb salmon", "at 70mph".
        r"cm\b|yds?\b|bbl\b|lbs?\b|kph\b|mph\b|hrs?\b|mins?\b|secs?\b|gb\b|m[23²³](?!\w)|"
        r"th\b|%|s\b|bps?\b|pc\b|pct\b|p\b(?![’'-]|\.[a-z])|"
        # Grams glued to their figure in lower case ("the 23g bird"); "5G" is a network.
        r"(?-i:g)\b(?![’'-]))",
        after,
        re.I,
    ):
        return True
    if re.match(r"(?:st|nd|rd|th)\b", after, re.I):
        return True  # ordinal
    if _CLOCK_AFTER.match(text, end):
        return True  # time of day (read in the text, not a 3-character slice: "46 ambulances")
    return bool(re.search(r"\bNo\.?\s?$|#$", text[max(0, start - 4) : start]))


_DECADE = re.compile(r"(?:1\d|20)\d0s|[1-9]0s")
_DECADE_OF_LIFE_BEFORE = re.compile(r"\b(?:her|his|their|my|your|our|early|mid|late)[\s-]$", re.I)
_NAMING_BEFORE = re.compile(
    r"\b(?:route|junction|platform|terminal|gate|section|episode|ward|flight|runway|room|"
    r"chapter|article|clause|exit|berth)\s$",
    re.I,
)
_NETWORK_AFTER = re.compile(
    r"g\s(?:signal|network|mast|coverage|connection|phone|data|service)", re.I
)
_OCLOCK = re.compile(r"\s?o[’']\s?clock\b", re.I)
_CLOCK_AFTER = re.compile(r":\d\d|\s?(?:a\.?m\.?|p\.?m\.?)(?!\w)|" + _OCLOCK.pattern, re.I)


def _looks_like_year(digits: str) -> bool:
    return bool(re.fullmatch(r"1[89]\d\d|20\d\d|21\d\d", digits))


# Longest first, so that "new zealand dollars" wins over "dollars". A lookup, not one
# alternation of every name: that regex alone took longer to compile than a short run.
_CURRENCY_WORDS_LONGEST_FIRST = sorted(CURRENCY_WORDS, key=len, reverse=True)
_SPACES = re.compile(r"\s{1,2}")
_OF = re.compile(r"\s{1,3}of\b")  # bounded: a search over a run of spaces stays linear
_CODE_AFTER = re.compile(r"\s(?P<code>[A-Z]{3})\b")


def _currency_word_after(text: str, end: int) -> tuple[str, int] | None:
    space = _SPACES.match(text, end)
    if space:
        start = space.end()
        for word in _CURRENCY_WORDS_LONGEST_FIRST:
            word_end = start + len(word)
            following = text[word_end : word_end + 1]
            if text[start:word_end].lower() != word or following.isalnum() or following == "_":
                continue
            # "five pounds of flour" is a weight, not money ("nine million pounds of savings"
            # is money).
            if word.startswith("pound") and (of := _OF.match(text, word_end)):
                owned = _WORD_AFTER.match(text, of.end())
                if not (owned and owned["word"].lower().rstrip("’'") in _MONEY_OF):
                    return None
            return CURRENCY_WORDS[word], word_end
    code = _CODE_AFTER.match(text, end)
    if code and code["code"] in _CURRENCY_CODES_AFTER:
        return code["code"], code.end()
    return None


_UNIT_WINDOWS = [
    # ("m3", "km2": a unit's power may be written as a plain digit.)
    (size, re.compile(r"\s?((?:[a-z°²³/.-]+[23]?\s?){" + str(size) + "})"))
    for size in (3, 2, 1)
]


def _unit_after(text: str, end: int, allow_noun: bool) -> tuple[str, str, str, int]:
    """(unit, dimension, noun, new end) for what follows a figure."""
    flow = _FLOW.match(text, end)
    if flow:
        return "m³/s", "flow", "", flow.end()
    degrees = _bare_degrees(text, end)
    if degrees:
        return ("°C" if degrees.group(1) == "C" else "°F"), "temperature", "", degrees.end()
    if told := _DEGREES_TOLD.match(text, end):
        # "temperatures reached 44.7 degrees", "in Fahrenheit: ... 112 degrees": a temperature,
        # its scale left open unless the sentence names it (a turn of 180 degrees is none).
        scale = _SCALE_NAMED.search(text)
        if scale is not None:
            return ("°F" if scale.group(0)[0] in "Ff" else "°C"), "temperature", "", told.end()
        if _TEMPERATURE_CUE.search(text.replace(told.group(0), " ", 1)):
            return "degrees", "temperature", "", told.end()
    hyphen = _HYPHEN_UNIT.match(text, end)
    if hyphen:
        word = hyphen["unit"].lower()
        unit_first, _, shape = word.partition("-")
        if word not in UNITS and unit_first in UNITS and shape in _SHAPE_WORDS:
            word = unit_first  # "a 400-metre-wide slab", "a 5-km-long queue"
        elif word not in UNITS and word.replace("-", " ") in UNITS:
            word = word.replace("-", " ")  # "a 14,000-square-foot station", "cubic-metre"
        if word in UNITS:
            canonical, dimension, _ = UNITS[word]
            noun_match = _WORD_AFTER.match(text, hyphen.end())
            noun = ""
            if noun_match and noun_match["word"].lower() not in _NOT_NOUNS:
                noun = noun_match["word"].lower()
            if canonical == "lb" and noun in _MONEY_NOUNS:
                return "GBP", "money", noun, hyphen.end()  # "a ten-pound note"
            return canonical, dimension, noun, hyphen.end()
        if word in (
            "strong",
            "member",
            "person",
            "man",
            "seat",
            "point",
            "fold",
            "storey",
            "story",
            "bed",
            "page",
            # "the eight-student team", "a 14-vehicle pile-up", "a 120-home estate"
            "student",
            "pupil",
            "vehicle",
            "car",
            "home",
            "house",
            "room",
            # "an eight-lane pool", "a four-bedroom house", "an 18-hole course", "a
            # 12-nation tournament"
            "lane",
            "bedroom",
            "floor",
            "hole",
            "court",
            "screen",
            "platform",
            "carriage",
            "berth",
            "ward",
            "team",
            "nation",
            "country",
            "school",
        ):
            return word, "count", word, hyphen.end()
        return "", "count", "", end
    if megalitres := _MEGALITRES.match(text, end):
        return "megalitre", "volume", "", megalitres.end()
    if _METRES_GLUED.match(text, end) or (
        _BARE_M.match(text, end) and (_LENGTH_CUE.search(text) or _long_thing_after(text, end + 1))
    ):
        return "m", "length", "", end + 1  # "peaked 1.8m below the crest", "a 4.5m-deep trench"
    if _SPACED_METRES.match(text, end):
        # "Altitude: 2,870 m", "Mirror: 8.4 m diameter": a spaced "m" with no money before it
        # (read as a scale there) and no people after it is metres.
        return "m", "length", "", end + 2
    if _ORDINAL_SECOND.match(text, end):
        return "", "count", "", end  # "two hundred and one second time round": an innings
    lowered = text[end : end + 40].lower()
    for size, pattern in _UNIT_WINDOWS:
        unit_match = pattern.match(lowered)
        if not unit_match:
            continue
        phrase = unit_match.group(1).strip().rstrip(".")
        if phrase in UNITS:
            if (
                size == 1
                and phrase in _SHORT_UNITS
                and lowered.startswith(" ")
                and text[end + 1 : end + 1 + len(phrase)] not in _CAPITALISED_UNITS
            ):
                continue  # "5 m" is too ambiguous; "5m" was read as a scale or a length
            canonical, dimension, _ = UNITS[phrase]
            taken = unit_match.group(0).rstrip()
            stop = end + len(taken) - (1 if taken.endswith(".") else 0)
            return canonical, dimension, "", stop
    if not allow_noun:
        return "", "count", "", end
    noun, stop = _counted_noun(text, end)
    kind_of_time = _KIND_OF_TIME.match(text, end)
    if (
        noun in UNITS
        and UNITS[noun][1] == "time"
        and kind_of_time
        and kind_of_time.end() == stop
        and parse_number_words(kind_of_time.group(1)) is None
    ):
        # "3,418 flying hours", "ten working days": a length of time, whatever kind (not
        # "3,100 five years earlier": another figure).
        return UNITS[noun][0], "time", "", stop
    if noun:
        return noun, "count", noun, stop
    return "", "count", "", end


_KIND_OF_TIME = re.compile(r"\s([a-z-]+)\s[a-z]+\b")
_ORDINAL_SECOND = re.compile(
    r"\ssecond\s(?:time|half|innings|round|leg|place|set|quarter|day|week|year|term|attempt)\b",
    re.I,
)
_CONTRACTED = re.compile(r"[’'](?:t|re|ve|ll|d|m)$")
# Past tenses in "-ed" that follow a count as its verb, never as a word before its noun
# ("2,109 received teravostat", "412 voted against"; not "14 injured people").
_VERBS_AFTER_A_COUNT = frozenset(
    """received reported voted attended signed joined completed visited responded applied
    answered entered finished started stayed passed failed agreed opposed backed supported
    opted requested claimed asked called contacted tested scored walked travelled traveled
    returned arrived turned
    take come go grow grows account considers expecting starting""".split()
)
# How often something happened, at the end of its clause: "broke down nine times." (not a
# multiple: "three times the size", "five times higher", "two times as many").
_OCCASIONS = re.compile(
    r"\stimes(?=\s?[.,;:!?)]|\s(?:in|over|since|during|this|last|a|per|before)\b)"
)


def _counted_noun(text: str, end: int) -> tuple[str, int]:
    """The thing a figure counts: "12 other leaders" -> leaders; "four navy vessels" -> vessels."""
    if occasions := _OCCASIONS.match(text, end):
        return "times", occasions.end()  # "broke down nine times", "came out 9 times."
    position = end
    fallback: tuple[str, int] | None = None
    # "a dozen other leaders", "two of Kenya's main airports" are read up to four words
    # ahead; in a compound ("navy vessels", "crew members") the plural head noun wins.
    for _ in range(4):
        word_match = _WORD_AFTER.match(text, position)
        if not word_match:
            break
        raw = word_match["word"]
        word = raw.lower().strip("’'-")
        position = word_match.end()
        if word == "of" and fallback is None:
            continue
        if (
            fallback is None
            and raw[:1].isupper()
            and raw.isalpha()
            and _is_plural(word)
            and not _CAPITALISED_NEXT.match(text, word_match.end())
        ):
            return word, word_match.end()  # "37 Recovery Bridge Loans": a scheme's loans
        if fallback is None and word in _VERBS_AFTER_A_COUNT:
            break  # "2,109 received teravostat", "all three take effect": what they do
        if word in _ONES or word in _TENS:
            break  # "up from 3,100 five years earlier": another figure's noun
        if fallback is None and (
            word in _MODIFIERS
            or raw[:1].isupper()
            or word.endswith(("ed", "'s", "’s"))  # ("14 children's beds": beds)
        ):
            continue
        if word in _NOT_NOUNS or word in _WORD_SCALES or _adverb(word) or _CONTRACTED.search(word):
            break  # ("nine more seriously hurt", "the twenty-seven won't": no noun counted)
        if word == "accounts" and fallback is not None and fallback[0] in _ACCOUNT_HOLDERS:
            # "214,000 customer accounts" count customers, as "214,000 customers" do.
            return fallback[0] + "s", word_match.end()
        if _is_plural(word):
            member_of = _MEMBERS_OF.match(text, word_match.end()) if word == "members" else None
            if member_of:
                # "Eleven members of staff" are eleven staff; "members of the public", people.
                noun = member_of[1].lower()
                return ("people" if noun == "public" else noun), member_of.end()
            return word, word_match.end()
        if fallback is not None:
            if not (word.isalpha() and raw.islower()):
                break  # (function words already ended the reading above)
            continue  # "12,000 civil service posts": the plural head may come two words on
        fallback = (word, word_match.end())
        # "140 deck, engine-room and catering crew": modifiers joined by "and" share the
        # noun after the last of them.
        shared = _COORDINATED.match(text, word_match.end())
        if shared and shared[1].lower() not in _NOT_NOUNS:
            return shared[1].lower(), shared.end()
    if fallback and (listed := _LISTED_TO_NOUN.match(text, fallback[1])):
        # "310 general, 38 critical care, 52 maternity and 14 children's beds": each figure's
        # word is a kind of the noun the list ends on.
        return listed["noun"].lower(), fallback[1]
    return fallback if fallback else ("", end)


_LISTED_NUMBER = r"(?:\d[\d,]*|" + _NUMBER_WORD + r")"
_LISTED_TO_NOUN = re.compile(
    r"(?:\s[a-z][\w’'-]*)?(?:,\s" + _LISTED_NUMBER + r"\s[a-z][\w’'-]*(?:\s[a-z][\w’'-]*)?)*"
    r",?\sand\s" + _LISTED_NUMBER + r"\s(?:[a-z][\w’'-]*\s){0,2}(?P<noun>[a-z]{3,}s)\b(?![’'])"
)
_CAPITALISED_NEXT = re.compile(r"\s[A-Z]")
_PERCENT_TOLD = re.compile(r"\d\s?%|\bper\s?cent\b|\bpercent\b", re.I)
_RANK_BEFORE = re.compile(r"\b(Category|Level|Stage|Grade|Phase|Tier)[\s-]$", re.I)
_RANK_REACH = 12  # characters: the longest of those words, a space or hyphen, a boundary
_ACCOUNT_HOLDERS = frozenset("customer user client subscriber".split())
_MEMBERS_OF = re.compile(r"\sof\s(?:the\s)?(staff|crew|public)\b", re.I)
_COORDINATED = re.compile(
    r"(?:,\s[a-z][\w-]*){0,3},?\s(?:and|or)\s"
    # ("five dead and two injured": another count, not another modifier)
    r"(?!(?:a|an|the|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|another|"
    r"other|more|some|many|few|several|dozens?|hundreds?|thousands?|\w+teen|\w+ty)\b)"
    r"[a-z][\w-]*\s([a-z]+)\b"
)


def _adverb(word: str) -> bool:
    return word.endswith("ly") and len(word) > 5 and word not in _LY_NOUNS


_LY_NOUNS = frozenset("family assembly monopoly anomaly supply rally ally belly jelly".split())


def _is_plural(word: str) -> bool:
    return (word.endswith("s") and not word.endswith(("ss", "us", "is"))) or (
        word in _IRREGULAR_PLURALS
    )
