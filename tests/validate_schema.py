#!/usr/bin/python3
"""Validates a triangulate JSON output file against docs/output.schema.json (Draft 2020-12)."""
import json
import sys

import jsonschema

schema_path, doc_path = sys.argv[1], sys.argv[2]
with open(schema_path, encoding="utf-8") as f:
    schema = json.load(f)
with open(doc_path, encoding="utf-8") as f:
    doc = json.load(f)
jsonschema.Draft202012Validator.check_schema(schema)
errors = sorted(jsonschema.Draft202012Validator(schema).iter_errors(doc), key=lambda e: list(e.path))
for e in errors[:20]:
    print(f"{'/'.join(map(str, e.path))}: {e.message}")
if errors:
    sys.exit(1)
print(f"{doc_path}: valid ({len(doc['documents'])} documents)")
