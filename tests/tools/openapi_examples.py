#!/usr/bin/env python3
"""Writes the request-body examples of one OpenAPI operation as JSON {name: body}.

usage: openapi_examples.py SPEC.yaml PATH METHOD OUT.json
Tests compare the bodies our clients build with the provider's own examples.
"""
import json
import sys

import yaml

spec_path, path, method, out_path = sys.argv[1:5]
with open(spec_path, encoding="utf-8") as spec_file:
    spec = yaml.safe_load(spec_file)
examples = spec["paths"][path][method]["requestBody"]["content"]["application/json"]["examples"]
with open(out_path, "w", encoding="utf-8") as out:
    json.dump({name: example["value"] for name, example in examples.items()}, out, indent=1)
