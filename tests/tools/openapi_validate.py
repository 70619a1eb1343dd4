#!/usr/bin/env python3
"""Validates request bodies against the request schemas of an OpenAPI description.

usage: openapi_validate.py SPEC.yaml BODIES.json
BODIES.json is a list of {"path": "/{Version}/{Phone-Number-ID}/messages", "method": "post",
"name": "...", "body": {...}, "schema": optional "#/components/schemas/X"}, as a test wrote them from what a client really sent. Each body is
validated against its operation's application/json request schema, with every $ref resolved in
the description. Prints each problem with the body's name; exits 1 when any body is invalid.
"""
import json
import sys

import jsonschema
import yaml

spec_path, bodies_path = sys.argv[1:3]
with open(spec_path, encoding="utf-8") as spec_file:
    spec = yaml.safe_load(spec_file)
with open(bodies_path, encoding="utf-8") as bodies_file:
    bodies = json.load(bodies_file)

# OpenAPI 3.0 schemas are JSON Schema draft 4 with a few words more (nullable, example...);
# Draft 4 ignores the words it does not know.
resolver = jsonschema.RefResolver.from_schema(spec)


def resolved(schema):
    while "$ref" in schema:
        _, schema = resolver.resolve(schema["$ref"])
    return schema


def shaped(schema, value, depth=0):
    """The schema for this value with every $ref inlined, allOf merged into one object (Meta
    closes each part with additionalProperties: false, which in plain JSON Schema no body could
    meet) and each discriminator's branch chosen by the value (OpenAPI's oneOf by "type")."""
    schema = resolved(schema)
    if depth > 60 or not isinstance(schema, dict):
        return schema
    discriminator = schema.get("discriminator")
    if discriminator and isinstance(value, dict):
        branch = discriminator.get("mapping", {}).get(value.get(discriminator["propertyName"]))
        if branch:
            return shaped({"$ref": branch}, value, depth + 1)
    if "allOf" in schema:
        parts = [shaped(part, value, depth + 1) for part in schema["allOf"]]
        merged = {key: v for key, v in schema.items() if key != "allOf"}
        properties, required, closed = {}, set(), False
        for part in parts + [merged]:
            properties.update(part.get("properties", {}))
            required.update(part.get("required", []))
            closed = closed or part.get("additionalProperties") is False
            for key, v in part.items():
                if key not in ("properties", "required", "additionalProperties"):
                    merged.setdefault(key, v)
        merged["properties"] = properties
        if required:
            merged["required"] = sorted(required)
        if closed:
            merged["additionalProperties"] = False
        schema = merged
    out = dict(schema)
    if isinstance(out.get("properties"), dict):
        given = value if isinstance(value, dict) else {}
        out["properties"] = {key: shaped(sub, given.get(key), depth + 1)
                             for key, sub in out["properties"].items()}
    if isinstance(out.get("items"), dict) and isinstance(value, list) and value:
        out["items"] = [shaped(out["items"], item, depth + 1) for item in value]
    for key in ("oneOf", "anyOf"):
        if key in out:
            out[key] = [shaped(sub, value, depth + 1) for sub in out[key]]
    return out


problems = 0
for item in bodies:
    operation = spec["paths"][item["path"]][item["method"]]
    # A body may name its own schema of the description (the read receipt, which Meta posts to
    # the messages operation but describes apart from the message types).
    request = operation["requestBody"]["content"]["application/json"]["schema"]
    schema = shaped({"$ref": item["schema"]} if "schema" in item else request, item["body"])
    validator = jsonschema.Draft4Validator(schema, resolver=resolver)
    errors = sorted(validator.iter_errors(item["body"]), key=lambda e: list(e.path))
    for error in errors:
        problems += 1
        where = "/".join(str(p) for p in error.path) or "(the body)"
        print(f"{item['name']}: {where}: {error.message}")
    if not errors:
        print(f"{item['name']}: valid")
sys.exit(1 if problems else 0)
