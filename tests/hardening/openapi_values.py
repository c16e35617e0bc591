"""Hypothesis strategies drawn from server_stub/openapi.yaml: its operations and bodies.

Bodies follow a request schema most of the time (so the fuzzing reaches the code behind
the input checks), and otherwise break it one field at a time or entirely.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from hypothesis import strategies as st

from pasoss_activator.core.dates import Version
from pasoss_activator.core.installation_key import InstallationKey, workstation_id
from pasoss_activator.core.products import InstallationType, Product
from tests.server_stub.openapi_subset import load, resolve

SPEC_PATH = Path(__file__).resolve().parents[2] / "server_stub" / "openapi.yaml"
SPEC: dict[str, Any] = load(SPEC_PATH.read_text(encoding="utf-8"))
BASE = str(SPEC["servers"][0]["url"])
# Never the demo client's or the staff member's e-mail: failed logins lock an e-mail for 15
# minutes, and the fuzz tests need those two to log in again (their tokens).
EMAILS = ["other@pasoss.example", "OTHER@pasoss.example", "nobody@pasoss.example"]


@dataclass(frozen=True)
class Operation:
    method: str
    path: str  # as documented, e.g. /support/sessions/{code}
    spec: dict[str, Any]

    @property
    def public(self) -> bool:
        return self.spec.get("security") == []

    @property
    def statuses(self) -> set[int]:
        return {int(code) for code in self.spec["responses"]}

    def response_schema(self, status: int) -> dict[str, Any] | None:
        answer = self.spec["responses"].get(str(status))
        if answer is None:
            return None
        answer = resolve(SPEC, answer)
        content = answer.get("content", {}).get("application/json")
        return None if content is None else dict(content["schema"])

    def request_schema(self) -> dict[str, Any] | None:
        body = self.spec.get("requestBody")
        if body is None:
            return None
        return dict(body["content"]["application/json"]["schema"])

    def __str__(self) -> str:
        return f"{self.method} {self.path}"


OPERATIONS = [
    Operation(method.upper(), path, spec)
    for path, item in SPEC["paths"].items()
    for method, spec in item.items()
]

json_scalars = st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=30)
json_values = st.recursive(
    json_scalars,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=12), inner),
    max_leaves=10,
)


@st.composite
def installation_keys(draw: st.DrawFn) -> str:
    """Real installation keys, mostly of the demo client (so some are granted)."""
    product = draw(st.sampled_from(list(Product)))
    key = InstallationKey(
        product,
        Version.parse(draw(st.sampled_from(["221115.0", "230704.0", "231016.1", "991231.255"]))),
        draw(st.integers(1, 0b11111)) | 1,
        draw(st.sampled_from(list(InstallationType))),
        draw(st.integers(1, 63)),
        draw(st.sampled_from([1001, 1002, 16_777_215])),
        workstation_id(draw(st.text(max_size=8))),
    )
    return key.text


def _strings(name: str) -> st.SearchStrategy[Any]:
    text = st.text(max_size=60)
    if name == "email":
        return st.sampled_from(EMAILS) | st.emails() | text
    if name == "installation_key":
        typed = st.text("0123456789ABCDEFGHJKMNPQRSTVWXYZ-", max_size=40)
        return installation_keys() | text | typed
    return text


def from_schema(schema: dict[str, Any], name: str = "") -> st.SearchStrategy[Any]:
    """Values that fit ``schema`` (the subset of JSON Schema the document uses)."""
    schema = resolve(SPEC, schema)
    if "enum" in schema:
        return st.sampled_from(schema["enum"])
    kinds = schema.get("type")
    if kinds is None:
        return json_values
    if isinstance(kinds, list):
        return st.one_of([from_schema({**schema, "type": kind}, name) for kind in kinds])
    if kinds == "object":
        properties = schema.get("properties", {})
        required = set(schema.get("required", []))
        if not properties:
            return st.dictionaries(st.text(max_size=12), json_values, max_size=5)
        return st.fixed_dictionaries(
            {key: from_schema(sub, key) for key, sub in properties.items() if key in required},
            optional={
                key: from_schema(sub, key) for key, sub in properties.items()
                if key not in required
            },
        )
    if kinds == "array":
        return st.lists(from_schema(schema.get("items", {}), name), max_size=4)
    if kinds == "string":
        if "pattern" in schema:
            return st.from_regex(schema["pattern"], fullmatch=True)
        return _strings(name)
    if kinds == "integer":
        return st.integers(-(2**63), 2**64)
    if kinds == "number":
        return st.floats()
    if kinds == "boolean":
        return st.booleans()
    return st.none()


@st.composite
def bodies(draw: st.DrawFn, schema: dict[str, Any] | None) -> bytes | None:
    """A request body: fitting the schema, with one field broken, any JSON, or not JSON."""
    how = draw(st.sampled_from(["fits", "fits", "broken_field", "any_json", "bytes", "none"]))
    if how == "none":
        return None
    if how == "bytes":
        return draw(st.binary(max_size=200))
    if schema is None or how == "any_json":
        value = draw(json_values)
    else:
        value = draw(from_schema(schema))
        if how == "broken_field" and isinstance(value, dict) and value:
            field = draw(st.sampled_from(sorted(value)))
            value[field] = draw(json_values)
    return json.dumps(value, ensure_ascii=draw(st.booleans())).encode("utf-8")
