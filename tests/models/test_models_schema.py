"""JSON Schema generation and lossless JSON round trips."""

from __future__ import annotations

import json

from cocreatie.models import SCHEMA_VERSION, Session


def test_json_schema_describes_the_whole_record() -> None:
    schema = Session.model_json_schema()
    json.dumps(schema)  # serialisable as is
    assert schema["title"] == "Session"
    assert {"meta", "participants", "veiligheid", "wishes", "actions", "closing"} <= set(
        schema["properties"]
    )
    assert schema["additionalProperties"] is False
    grades = schema["$defs"]["Closing"]["properties"]["grades"]["items"]
    assert (grades["minimum"], grades["maximum"]) == (1, 10)
    assert schema["$defs"]["Wish"]["properties"]["votes"]["minimum"] == 0


def test_demo_round_trips_through_json_unchanged(demo: Session) -> None:
    text = demo.model_dump_json()
    again = Session.model_validate_json(text)
    assert again == demo
    assert again.model_dump_json() == text


def test_demo_round_trips_through_a_json_dict(demo: Session) -> None:
    assert Session.model_validate(json.loads(demo.model_dump_json())) == demo
    assert demo.schema_version == SCHEMA_VERSION
