"""Schemathesis hooks for the endpoint's fuzz part (crates/endpoint/bench/run.sh).

An offer's texts hold no invisible characters: the one rule the document states in words,
not in its patterns (a pattern cannot take them out of `\\p{Alpha}`, which has the Hangul
fillers). In each positive case this hook puts a letter in their place, so a positive case
keeps every rule.

A card proposal's pages must be on its municipality's own website: a rule between the
path (`cbs_code`) and the body, which an OpenAPI document cannot state. The document
states the rest (an https address with a dotted host, in its pattern); in each positive
case this hook puts the path municipality's domain in the host of every address, so a
positive case keeps every rule. Negative cases are left as the fuzzer made them.
"""

import csv
import os
import re

import schemathesis
from schemathesis import GenerationMode

URL_FIELDS = ("brp_appointment_url", "leefgeld_url", "source")

# The core's `contact::is_invisible` in the Basic Multilingual Plane (the same class as the
# document's card patterns), and the texts of an offer it applies to. Each is replaced by a
# letter, which every text field takes where the pattern let an invisible one stand.
INVISIBLE = re.compile(
    r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5"
    r"\u180b-\u180f\u200b-\u200f\u202a-\u202e\u2060-\u206f\u2800\u3164\ufeff\uffa0\ufff9-\ufffb]"
)
OFFER_TEXTS = ("name", "place", "note")

with open(os.environ["HULPWIJZER_MUNICIPALITIES_CSV"], encoding="utf-8", newline="") as f:
    DOMAINS = {row[0]: row[-1] for row in list(csv.reader(f))[1:]}

# The scheme and the host, as the document's pattern reads them (up to / ? #).
HOST = re.compile(r"^(\s*https://)([^/?#]*)(.*)$", re.S)


@schemathesis.hook
def map_case(context, case):
    positive = case.meta is None or case.meta.generation.mode == GenerationMode.POSITIVE
    if positive and case.path == "/v1/host-interest" and isinstance(case.body, dict):
        for field in OFFER_TEXTS:
            if isinstance(case.body.get(field), str):
                case.body[field] = INVISIBLE.sub("a", case.body[field])
        return case
    domain = DOMAINS.get(str((case.path_parameters or {}).get("cbs_code", "")))
    if not (positive and domain and case.path.endswith("/card-proposals") and isinstance(case.body, dict)):
        return case
    for field in URL_FIELDS:
        value = case.body.get(field)
        match = HOST.match(value) if isinstance(value, str) else None
        if match:
            case.body[field] = match.group(1) + domain + match.group(3)
    return case
