#!/usr/bin/env python3
"""Validate the Lede development sets in this directory.

Checks every article / annotation pair and claims.jsonl, prints counts, and
exits non-zero if anything is wrong.  Usage:

    python3 Tests/DevSets/validate.py            # from the repo root
    python3 validate.py                          # from Tests/DevSets
"""
import json
import os
import re
import sys
from collections import Counter

ROOT = os.path.dirname(os.path.abspath(__file__))
ART = os.path.join(ROOT, "articles")
ANN = os.path.join(ROOT, "annotations")

STYLES = {"wire", "broadsheet", "tabloid", "broadcast", "business", "regional"}
QUOTE_KINDS = {"direct", "partial", "indirect"}
ENTITY_KINDS = {"person", "organization", "place", "group"}
PLACE_KINDS = {"country", "admin", "city", "region", "continent"}
PLACE_ROLES = {"location", "actor"}
TARGET_LABELS = {"positive", "neutral", "negative"}
STANCES = {"support", "oppose", "neutral"}
CLAIM_LABELS = {"agree", "disagree", "discuss", "unrelated"}
ANN_KEYS = {"file", "style", "quotes", "entities", "places", "sentences", "stance"}
ISO2 = re.compile(r"^[A-Z]{2}$")

errors = []
warnings = []


def err(where, msg):
    errors.append(f"{where}: {msg}")


def warn(where, msg):
    warnings.append(f"{where}: {msg}")


def is_str(x):
    return isinstance(x, str) and x != ""


def check_article_format(name, text):
    lines = text.split("\n")
    if len(lines) < 4:
        err(name, "article too short")
        return
    if not lines[0].strip():
        err(name, "line 1 (headline) is empty")
    if not lines[1].strip():
        err(name, "line 2 (standfirst) is empty")
    if lines[2] != "":
        err(name, "line 3 must be blank")
    if "\r" in text:
        err(name, "CR characters present (use LF)")
    straight = text.count('"')
    curly = text.count("\u201c") + text.count("\u201d")
    if straight and curly:
        err(name, f"mixes straight ({straight}) and curly ({curly}) double quotes")
    if curly and text.count("\u201c") < text.count("\u201d"):
        warn(name, "more closing than opening curly quotes")


def check_annotation(path, counts, style_counts):
    name = os.path.basename(path)
    try:
        with open(path, encoding="utf-8") as fh:
            ann = json.load(fh)
    except Exception as e:  # noqa: BLE001
        err(name, f"JSON does not parse: {e}")
        return
    missing = ANN_KEYS - set(ann)
    if missing:
        err(name, f"missing keys {sorted(missing)}")
        return
    art_name = ann["file"]
    if os.path.splitext(art_name)[0] != os.path.splitext(name)[0]:
        err(name, f"file field {art_name!r} does not match annotation name")
    art_path = os.path.join(ART, art_name)
    if not os.path.exists(art_path):
        err(name, f"article {art_name} not found")
        return
    try:
        with open(art_path, encoding="utf-8") as fh:
            text = fh.read()
    except UnicodeDecodeError:
        err(art_name, "not valid UTF-8")
        return
    check_article_format(art_name, text)
    counts["articles"] += 1

    if ann["style"] not in STYLES:
        err(name, f"bad style {ann['style']!r}")
    style_counts[ann["style"]] += 1

    # quotes
    for i, q in enumerate(ann["quotes"]):
        w = f"{name} quotes[{i}]"
        if q.get("kind") not in QUOTE_KINDS:
            err(w, f"bad kind {q.get('kind')!r}")
            continue
        if not is_str(q.get("text")):
            err(w, "empty text")
            continue
        if q["text"] not in text:
            err(w, f"text not a substring of article: {q['text'][:60]!r}")
        if q["kind"] in ("direct", "partial") and (q["text"][0] in "\"\u201c" or q["text"][-1] in "\"\u201d"):
            err(w, "quote text must not include its outer quotation marks")
        sp = q.get("speaker")
        if sp is not None and not is_str(sp):
            err(w, "speaker must be a non-empty string or null")
        if not is_str(q.get("cue")):
            err(w, "missing cue")
        if "continuation" in q and q["continuation"] is not True:
            err(w, "continuation must be true when present")
        counts[q["kind"]] += 1
        if sp is None:
            counts["unattributed quotes"] += 1

    # entities
    ent_starts = {}
    for i, e in enumerate(ann["entities"]):
        w = f"{name} entities[{i}]"
        if e.get("kind") not in ENTITY_KINDS:
            err(w, f"bad kind {e.get('kind')!r}")
        if not is_str(e.get("text")) or not is_str(e.get("canonical")):
            err(w, "text/canonical missing")
            continue
        if e["text"] not in text:
            err(w, f"surface form not in article: {e['text']!r}")
        st = e.get("start")
        if st is not None:
            if text[st:st + len(e["text"])] != e["text"]:
                err(w, f"start offset {st} does not point at {e['text']!r}")
            if st in ent_starts:
                err(w, f"duplicate mention at offset {st}")
            ent_starts[st] = e
        counts["entities"] += 1

    # places
    for i, p in enumerate(ann["places"]):
        w = f"{name} places[{i}]"
        for k in ("text", "name"):
            if not is_str(p.get(k)):
                err(w, f"missing {k}")
        if not isinstance(p.get("country"), str) or (p["country"] and not ISO2.match(p["country"])):
            err(w, f"bad country {p.get('country')!r} (ISO2, or '' for multinational features)")
        lat, lon = p.get("lat"), p.get("lon")
        if not isinstance(lat, (int, float)) or not -90 <= lat <= 90:
            err(w, f"bad lat {lat!r}")
        if not isinstance(lon, (int, float)) or not -180 <= lon <= 180:
            err(w, f"bad lon {lon!r}")
        if p.get("kind") not in PLACE_KINDS:
            err(w, f"bad kind {p.get('kind')!r}")
        if p.get("role") not in PLACE_ROLES:
            err(w, f"bad role {p.get('role')!r}")
        if is_str(p.get("text")) and p["text"] not in text:
            err(w, f"surface form not in article: {p['text']!r}")
        st = p.get("start")
        if st is not None:
            if text[st:st + len(p.get("text", ""))] != p.get("text"):
                err(w, f"start offset {st} does not point at {p.get('text')!r}")
            e = ent_starts.get(st)
            if e is None or e["kind"] != "place":
                err(w, "no matching place entity at the same offset")
        counts["places"] += 1
        if p.get("role") == "actor":
            counts["places (actor role)"] += 1

    # sentences
    for i, s in enumerate(ann["sentences"]):
        w = f"{name} sentences[{i}]"
        if not is_str(s.get("text")):
            err(w, "empty text")
            continue
        if s["text"] not in text:
            err(w, f"sentence not a substring of article: {s['text'][:60]!r}")
        v = s.get("sentiment")
        if not isinstance(v, (int, float)) or not -1.0 <= v <= 1.0 or abs(v * 4 - round(v * 4)) > 1e-9:
            err(w, f"bad sentiment {v!r} (must be in [-1,1] in steps of 0.25)")
        for j, t in enumerate(s.get("targets", [])):
            if not is_str(t.get("target")) or t["target"] not in s["text"]:
                err(f"{w} targets[{j}]", f"target not in sentence: {t.get('target')!r}")
            if t.get("label") not in TARGET_LABELS:
                err(f"{w} targets[{j}]", f"bad label {t.get('label')!r}")
            counts["targets"] += 1
        counts["rated sentences"] += 1
    if not 10 <= len(ann["sentences"]) <= 15:
        warn(name, f"{len(ann['sentences'])} rated sentences (guideline: 10-15)")

    # stance
    for i, s in enumerate(ann["stance"]):
        w = f"{name} stance[{i}]"
        for k in ("source", "target", "cue", "evidence"):
            if not is_str(s.get(k)):
                err(w, f"missing {k}")
        if s.get("stance") not in STANCES:
            err(w, f"bad stance {s.get('stance')!r}")
        if is_str(s.get("evidence")) and s["evidence"] not in text:
            err(w, f"evidence not a substring of article: {s['evidence'][:60]!r}")
        if is_str(s.get("cue")) and is_str(s.get("evidence")) and s["cue"] not in s["evidence"]:
            warn(w, f"cue {s['cue']!r} does not occur in evidence")
        counts["stance"] += 1


def check_claims(counts):
    path = os.path.join(ROOT, "claims.jsonl")
    labels = Counter()
    arts = set(os.listdir(ART))
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            w = f"claims.jsonl:{n}"
            try:
                c = json.loads(line)
            except Exception as e:  # noqa: BLE001
                err(w, f"JSON does not parse: {e}")
                continue
            if not is_str(c.get("claim")):
                err(w, "empty claim")
            if c.get("article") not in arts:
                err(w, f"unknown article {c.get('article')!r}")
            if c.get("label") not in CLAIM_LABELS:
                err(w, f"bad label {c.get('label')!r}")
            labels[c.get("label")] += 1
            counts["claims"] += 1
    return labels


def main():
    counts = Counter()
    style_counts = Counter()
    ann_files = sorted(f for f in os.listdir(ANN) if f.endswith(".json"))
    art_files = sorted(f for f in os.listdir(ART) if f.endswith(".txt"))
    if {os.path.splitext(f)[0] for f in ann_files} != {os.path.splitext(f)[0] for f in art_files}:
        err("sets", "articles/ and annotations/ do not pair up one-to-one")
    for f in art_files:
        if not re.match(r"^\d\d-[a-z0-9-]+\.txt$", f):
            err(f, "file name must look like NN-slug.txt")
    for f in ann_files:
        check_annotation(os.path.join(ANN, f), counts, style_counts)
    labels = check_claims(counts)

    order = ["articles", "direct", "partial", "indirect", "unattributed quotes", "entities",
             "places", "places (actor role)", "rated sentences", "targets", "stance", "claims"]
    for k in order:
        print(f"{k:22s} {counts[k]}")
    print("styles                 " + ", ".join(f"{k}={style_counts[k]}" for k in sorted(style_counts)))
    print("claim labels           " + ", ".join(f"{k}={labels[k]}" for k in sorted(labels)))
    for w in warnings:
        print("WARNING", w)
    if errors:
        for e in errors:
            print("ERROR", e)
        print(f"FAILED: {len(errors)} error(s)")
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
