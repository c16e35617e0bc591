"""Reading server_stub/openapi.yaml without PyYAML, and checking bodies against its schemas.

The document keeps to a YAML subset: block mappings and block lists by indentation,
one-line scalars (plain, or double-quoted as in JSON) and one-line flow lists. Anything
else is an error here, so the document cannot drift into YAML this reader misreads.
"""

from __future__ import annotations

import json
import re
from typing import Any

Line = tuple[int, str]
_MAPPING_LINE = re.compile(r'^("(?:[^"\\]|\\.)*"|[^\s"\[{#-][^:]*|-[^\s:][^:]*):(?: (.*)|)$')


def load(text: str) -> Any:
    lines: list[Line] = []
    for raw in text.splitlines():
        if not raw.strip() or raw.lstrip().startswith("#"):
            continue
        if "\t" in raw[: len(raw) - len(raw.lstrip())]:
            raise ValueError(f"tab in indentation: {raw!r}")
        lines.append((len(raw) - len(raw.lstrip(" ")), raw.strip()))
    value, end = _block(lines, 0, lines[0][0])
    if end != len(lines):
        raise ValueError(f"unexpected line: {lines[end][1]!r}")
    return value


def _block(lines: list[Line], i: int, indent: int) -> tuple[Any, int]:
    if lines[i][1].startswith("- "):
        return _sequence(lines, i, indent)
    return _mapping(lines, i, indent)


def _mapping(lines: list[Line], i: int, indent: int) -> tuple[dict[str, Any], int]:
    out: dict[str, Any] = {}
    while i < len(lines) and lines[i][0] == indent and not lines[i][1].startswith("- "):
        match = _MAPPING_LINE.match(lines[i][1])
        if match is None:
            raise ValueError(f"not a mapping line: {lines[i][1]!r}")
        key = json.loads(match[1]) if match[1].startswith('"') else match[1]
        if key in out:
            raise ValueError(f"duplicate key {key!r}")
        i += 1
        if match[2] is None:
            if i < len(lines) and lines[i][0] > indent:
                out[key], i = _block(lines, i, lines[i][0])
            else:
                out[key] = None
        else:
            out[key] = _scalar(match[2])
    return out, i


def _sequence(lines: list[Line], i: int, indent: int) -> tuple[list[Any], int]:
    out: list[Any] = []
    while i < len(lines) and lines[i][0] == indent and lines[i][1].startswith("- "):
        item = lines[i][1][2:]
        if _MAPPING_LINE.match(item):
            lines[i] = (indent + 2, item)  # "- key: value" opens a mapping at indent + 2
            value, i = _mapping(lines, i, indent + 2)
        else:
            value, i = _scalar(item), i + 1
        out.append(value)
    return out, i


def _scalar(text: str) -> Any:
    text = text.strip()
    if text.startswith('"'):
        return json.loads(text)
    if text.startswith("["):
        if not text.endswith("]"):
            raise ValueError(f"flow list must end on its line: {text!r}")
        inner = text[1:-1].strip()
        return [_scalar(part) for part in inner.split(",")] if inner else []
    if text == "{}":
        return {}
    if text in ("true", "false", "null"):
        return json.loads(text)
    if re.fullmatch(r"-?\d+", text):
        return int(text)
    if text[:1] in "'{&*!|>%@`":
        raise ValueError(f"YAML outside the subset: {text!r}")
    return text


# --- a JSON Schema subset: $ref, type, required, properties, items, enum, pattern -------

_TYPES: dict[str, type | tuple[type, ...]] = {
    "object": dict,
    "array": list,
    "string": str,
    "integer": int,
    "boolean": bool,
    "null": type(None),
    "number": (int, float),
}


def resolve(document: dict[str, Any], node: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in node:
        target: Any = document
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part]
        node = target
    return node


def problems(
    document: dict[str, Any], schema: dict[str, Any], value: Any, at: str = "$"
) -> list[str]:
    """Where ``value`` breaks ``schema`` (empty when it fits)."""
    schema = resolve(document, schema)
    found: list[str] = []
    kinds = schema.get("type")
    if kinds is not None:
        names = kinds if isinstance(kinds, list) else [kinds]
        fits = any(
            isinstance(value, _TYPES[n])
            and not (n in ("integer", "number") and isinstance(value, bool))
            for n in names
        )
        if not fits:
            return [f"{at}: {value!r} is not {names}"]
    if "enum" in schema and value not in schema["enum"]:
        found.append(f"{at}: {value!r} not in {schema['enum']}")
    if "pattern" in schema and isinstance(value, str) and not re.search(schema["pattern"], value):
        found.append(f"{at}: {value!r} does not match {schema['pattern']}")
    if isinstance(value, dict):
        for name in schema.get("required", []):
            if name not in value:
                found.append(f"{at}: missing {name}")
        for name, sub in schema.get("properties", {}).items():
            if name in value:
                found += problems(document, sub, value[name], f"{at}.{name}")
    if isinstance(value, list) and "items" in schema:
        for index, item in enumerate(value):
            found += problems(document, schema["items"], item, f"{at}[{index}]")
    return found
