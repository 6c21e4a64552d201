"""Schemathesis hooks for the endpoint's fuzz part (crates/endpoint/bench/run.sh).

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

with open(os.environ["HULPWIJZER_MUNICIPALITIES_CSV"], encoding="utf-8", newline="") as f:
    DOMAINS = {row[0]: row[-1] for row in list(csv.reader(f))[1:]}

# The scheme and the host, as the document's pattern reads them (up to / ? #).
HOST = re.compile(r"^(\s*https://)([^/?#]*)(.*)$", re.S)


@schemathesis.hook
def map_case(context, case):
    positive = case.meta is None or case.meta.generation.mode == GenerationMode.POSITIVE
    domain = DOMAINS.get(str((case.path_parameters or {}).get("cbs_code", "")))
    if not (positive and domain and case.path.endswith("/card-proposals") and isinstance(case.body, dict)):
        return case
    for field in URL_FIELDS:
        value = case.body.get(field)
        match = HOST.match(value) if isinstance(value, str) else None
        if match:
            case.body[field] = match.group(1) + domain + match.group(3)
    return case
