#!/usr/bin/env python3
"""Writes the examples of one OpenAPI operation as JSON {name: body}.

usage: openapi_examples.py SPEC.yaml PATH METHOD request|response OUT.json
Tests compare what our clients send and read with the provider's own examples: "request"
takes the request body's examples, "response" those of the 200 answer.
"""
import json
import sys

import yaml

spec_path, path, method, part, out_path = sys.argv[1:6]
with open(spec_path, encoding="utf-8") as spec_file:
    spec = yaml.safe_load(spec_file)
operation = spec["paths"][path][method]
if part == "request":
    content = operation["requestBody"]["content"]["application/json"]
else:
    content = operation["responses"]["200"]["content"]["application/json"]
examples = content["examples"]
with open(out_path, "w", encoding="utf-8") as out:
    json.dump({name: example["value"] for name, example in examples.items()}, out, indent=1)
