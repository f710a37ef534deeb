#!/usr/bin/env python3
"""Generate Dossier's country gazetteer.

Inputs:
  /usr/share/iso-codes/json/iso_3166-1.json          (Debian package iso-codes)
  /usr/share/locale/ru/LC_MESSAGES/iso_3166-1.mo     (Russian names, same package)
  Data/gazetteer/aliases.txt                         (curated aliases, reviewed by hand)
  Data/gazetteer/blocs.txt                           (blocs and organisations)
  Data/gazetteer/display-names.txt                   (display-name overrides)
Outputs (deterministic: sorted, stable JSON):
  Data/gazetteer/gazetteer.json
  Sources/DossierCore/Countries/Generated/GazetteerJSON.swift

Usage: generate.py [--out-dir DIR]   (DIR replaces the repository root for outputs)
"""
import argparse
import gettext
import json
import os
import re
import sys

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
ISO_JSON = "/usr/share/iso-codes/json/iso_3166-1.json"
RU_MO = "/usr/share/locale/ru/LC_MESSAGES/iso_3166-1.mo"
KINDS = {"name", "demonym", "capital", "seat", "body", "leader", "bloc", "stop"}
FLAGS = {"person", "state-or-country", "us-state", "china-context"}
TENURE_RE = re.compile(r"^\d{4}(-(\d{4})?)?(,\d{4}(-(\d{4})?)?)*$")


def fail(msg):
    sys.exit(f"generate.py: {msg}")


def expand(text):
    """Expand brace alternations: 'Росси{я,и}' -> ['Россия', 'России'] (cartesian for several)."""
    m = re.search(r"\{([^{}]*)\}", text)
    if not m:
        return [text]
    out = []
    for option in m.group(1).split(","):
        out.extend(expand(text[: m.start()] + option + text[m.end():]))
    return out


def read_table(path):
    rows = []
    with open(path, encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            rows.append((number, [c.strip() for c in line.split("|")]))
    return rows


def iso_entries():
    with open(ISO_JSON, encoding="utf-8") as f:
        entries = json.load(f)["3166-1"]
    with open(RU_MO, "rb") as f:
        ru = gettext.GNUTranslations(f)._catalog
    entries.append({"alpha_2": "XK", "name": "Kosovo", "official_name": "Republic of Kosovo"})
    # Names the catalog has under a former English key only.
    ru_extra = {"XK": "Косово", "TR": ru.get("Turkey", "Турция")}
    return entries, ru, ru_extra


def ru_forms(name):
    """Case forms of a one-word Russian country name (Италия → Италии, Италию, Италией)."""
    if " " in name or "-" in name:
        return [name]
    if name.endswith("ия"):
        return [name[:-2] + e for e in ("ия", "ии", "ию", "ией")]
    if name.endswith("а"):
        return [name[:-1] + e for e in ("а", "ы", "и", "е", "у", "ой")]
    if name.endswith("я"):
        return [name[:-1] + e for e in ("я", "и", "ю", "ей")]
    if name.endswith("ь"):
        return [name[:-1] + e for e in ("ь", "и", "ью")]
    if name.endswith("й"):
        return [name[:-1] + e for e in ("й", "я", "ю", "ем", "е")]
    if name[-1] in "оеиуюэы":
        return [name]
    return [name + e for e in ("", "а", "у", "ом", "е")]


def clean(name):
    """A name usable as an alias: no parentheses, no inverted 'X, Republic of' forms."""
    name = re.sub(r"\s*\([^)]*\)", "", name).strip()
    if name.lower().startswith("the "):
        name = name[4:]
    return None if "," in name else name


def to_json(gazetteer):
    """Stable JSON with one record per line, so reviews and diffs stay readable."""
    def record(x):
        return json.dumps(x, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    parts = []
    for key in sorted(gazetteer):
        value = gazetteer[key]
        if isinstance(value, list):
            body = ",\n".join(record(x) for x in value)
            parts.append(f"{record(key)}:[\n{body}\n]")
        else:
            parts.append(f"{record(key)}:{record(value)}")
    return "{\n" + ",\n".join(parts) + "\n}\n"


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--out-dir", default=ROOT)
    args = parser.parse_args()
    data_dir = os.path.join(ROOT, "Data", "gazetteer")

    display = {code: name for _, (code, name) in read_table(os.path.join(data_dir, "display-names.txt"))}
    entries, ru, ru_extra = iso_entries()
    countries, aliases = [], {}

    def add_alias(text, code, kind, tenure=None, flags=None):
        key = (text, code, kind)
        entry = {"text": text, "code": code, "kind": kind}
        entry.update({k: v for k, v in (("tenure", tenure), ("flags", flags)) if v})
        aliases[key] = entry

    for e in entries:
        code = e["alpha_2"]
        names = [e.get("common_name"), e.get("name"), e.get("official_name")]
        cleaned = [c for c in (clean(x) for x in names if x) if c]
        display_name = display.get(code) or (cleaned[0] if cleaned else e["name"])
        ru_names = [ru.get(x) for x in names if x and ru.get(x)] or ([ru_extra[code]] if code in ru_extra else [])
        if code == "RU":
            ru_names.insert(0, "Россия")
        country = {"code": code, "name": display_name}
        if e.get("official_name"):
            country["official"] = e["official_name"]
        if ru_names:
            country["ru"] = ru_names[0]
        countries.append(country)
        for n in names + [display_name]:
            c = n and clean(n)
            if c:
                add_alias(c, code, "name")
        for n in ru_names:
            c = clean(n)
            for form in ru_forms(c) if c else []:
                add_alias(form, code, "name")

    iso_codes = {c["code"] for c in countries}
    blocs = []
    for number, cols in read_table(os.path.join(data_dir, "blocs.txt")):
        if len(cols) != 2:
            fail(f"blocs.txt:{number}: expected CODE | name")
        blocs.append({"code": cols[0], "name": cols[1]})
    bloc_codes = {b["code"] for b in blocs}

    # Curated aliases override generated ones with the same text (e.g. bare "Congo").
    curated = []
    for number, cols in read_table(os.path.join(data_dir, "aliases.txt")):
        if len(cols) < 3:
            fail(f"aliases.txt:{number}: expected CODE | kind | alias [| tenure [| flags]]")
        code, kind, text = cols[0], cols[1], cols[2]
        tenure = cols[3] if len(cols) > 3 and cols[3] else None
        flags = cols[4] if len(cols) > 4 and cols[4] else None
        if kind not in KINDS:
            fail(f"aliases.txt:{number}: unknown kind '{kind}'")
        if kind == "stop" and code != "-":
            fail(f"aliases.txt:{number}: stop phrases take code '-'")
        if kind == "bloc" and code not in bloc_codes:
            fail(f"aliases.txt:{number}: unknown bloc '{code}'")
        if kind not in ("stop", "bloc") and code not in iso_codes:
            fail(f"aliases.txt:{number}: unknown country code '{code}'")
        if tenure and not TENURE_RE.match(tenure):
            fail(f"aliases.txt:{number}: bad tenure '{tenure}' (want 2003- or 2017-2021,2025-)")
        if kind == "leader" and not tenure:
            fail(f"aliases.txt:{number}: a leader needs a tenure")
        for flag in (flags or "").split(","):
            if flag and flag not in FLAGS:
                fail(f"aliases.txt:{number}: unknown flag '{flag}'")
        for form in expand(text):
            curated.append((form, "" if code == "-" else code, kind, tenure, flags))
    curated_texts = {c[0].casefold() for c in curated}
    aliases = {k: v for k, v in aliases.items() if k[0].casefold() not in curated_texts}
    for form, code, kind, tenure, flags in curated:
        add_alias(form, code, kind, tenure, flags)

    gazetteer = {
        "version": 1,
        "countries": sorted(countries, key=lambda c: c["code"]),
        "blocs": sorted(blocs, key=lambda b: b["code"]),
        "aliases": sorted(aliases.values(), key=lambda a: (a["code"], a["kind"], a["text"], a.get("tenure", ""))),
    }
    text = to_json(gazetteer)
    if '"#' in text:
        fail("gazetteer text contains '\"#', which would end the Swift raw string")

    out_json = os.path.join(args.out_dir, "Data", "gazetteer", "gazetteer.json")
    out_swift = os.path.join(args.out_dir, "Sources", "DossierCore", "Countries", "Generated", "GazetteerJSON.swift")
    for path in (out_json, out_swift):
        os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(out_json, "w", encoding="utf-8") as f:
        f.write(text)
    with open(out_swift, "w", encoding="utf-8") as f:
        f.write("// Generated by scripts/gazetteer/generate.py (`make data`). Do not edit.\n")
        f.write("/// The bundled gazetteer as JSON text, compiled into the binary.\n")
        f.write("enum GazetteerJSON {\n    static let text = #\"\"\"\n")
        f.write(text)
        f.write("\"\"\"#\n}\n")
    print(f"gazetteer: {len(countries)} countries, {len(blocs)} blocs, {len(aliases)} aliases")


if __name__ == "__main__":
    main()
