"""Phone numbers and e-mail addresses typed where they do not belong.

Contact details belong on the participant, behind recorded consent; a
professional contact person's work channel has a field of its own. Typed
into a wish, a street or a remark they would travel unseen into every
export, backup and follow-up. So any newly typed free text is checked the
moment it is entered, with the same rules the log redaction uses
(``privacy.redact``), and refused with the reason.

Only text that was not in the record before is checked: a session saved
before this rule existed still opens, and editing one field never blocks on
another field's old text.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator, Mapping
from typing import Any

from pydantic import BaseModel

from cocreatie.i18n import t
from cocreatie.models.errors import field_label
from cocreatie.privacy.redact import EMAIL, contains_contact_details, redact_contact_text

# Where a phone number or e-mail address is the point of the field.
CONTACT_KEYS = frozenset({"phone", "email", "other", "channel"})
# Identifiers and vocabulary: never typed prose.
_SKIP_KEYS = frozenset(
    {"id", "kind", "role", "type", "template_id", "visited", "done", "language", "privacy"}
)


def _skipped(key: str) -> bool:
    return key in _SKIP_KEYS or key in CONTACT_KEYS or key.endswith(("_id", "_ids"))


def free_texts(data: Any, key: str = "") -> Iterator[tuple[str, str]]:
    """Every typed string of a dumped record (or part of one), with its key.

    The text of a one-off sub-record is named after that record: a wish's
    ``location.text`` is "location", which the user knows as "Plek".
    """
    if isinstance(data, Mapping):
        for k, v in data.items():
            name = str(k)
            if not _skipped(name):
                yield from free_texts(v, key if name == "text" and key else name)
    elif isinstance(data, list | tuple):
        for item in data:
            yield from free_texts(item, "")
    elif type(data) is str and data:
        yield key or "text", data


def contact_problems(values: Mapping[str, Any], lang: str | None = None) -> list[str]:
    """Why these field values may not be saved: one line per field, or none."""
    fields = [k for k, text in free_texts(values) if contains_contact_details(text)]
    return [_problem(key, _kind(values, key), lang) for key in dict.fromkeys(fields)]


def added_contact_problems(
    before: Mapping[str, Any], after: Mapping[str, Any], lang: str | None = None
) -> list[str]:
    """The same, for text that is in ``after`` but was not in ``before``."""
    old = Counter(free_texts(before))
    fields: dict[str, str] = {}
    for key, text in free_texts(after):
        if old[(key, text)] > 0:
            old[(key, text)] -= 1
            continue
        if contains_contact_details(text):
            fields.setdefault(key, "email" if EMAIL.search(text) else "phone")
    return [_problem(key, kind, lang) for key, kind in fields.items()]


def added_contact_problems_between(
    before: BaseModel, after: BaseModel, lang: str | None = None
) -> list[str]:
    """``added_contact_problems`` for two versions of one record, where
    ``before`` is a shallow copy taken before the change.

    The model replaces what it changes and shares the rest, so only parts
    that are new objects can hold new text: they are looked at first, and
    the whole record is dumped only when one of them holds a number or an
    address. An ordinary edit of a large session stays quick.
    """
    new_texts = (text for _, text in free_texts(list(_new_parts(before, after))))
    if not any(contains_contact_details(text) for text in new_texts):
        return []
    return added_contact_problems(before.model_dump(), after.model_dump(), lang)


def _new_parts(before: object, after: object, key: str = "") -> Iterator[dict[str, Any]]:
    """Dumps of the parts of ``after`` that are not objects of ``before``."""
    if before is after:
        return
    if isinstance(after, BaseModel) and type(before) is type(after):
        for name in type(after).model_fields:
            yield from _new_parts(getattr(before, name), getattr(after, name), name)
    elif isinstance(after, list) and isinstance(before, list):
        old = {id(item) for item in before}
        for item in after:
            if id(item) not in old:
                dumped = item.model_dump() if isinstance(item, BaseModel) else item
                yield {key: [dumped]}
    else:
        dumped = after.model_dump() if isinstance(after, BaseModel) else after
        yield {key: dumped}


def _kind(values: Mapping[str, Any], key: str) -> str:
    texts = [text for k, text in free_texts(values) if k == key]
    return "email" if any(EMAIL.search(text) for text in texts) else "phone"


def _problem(key: str, kind: str, lang: str | None) -> str:
    label = field_label((key,), lang) or key
    return t(f"privacy.freetext.{kind}", lang=lang, field=label)


def redacted(value: Any, key: str = "") -> Any:
    """``value`` with phone numbers and e-mail addresses in its free text
    replaced by marks, fields where they belong left alone.

    For fields saved as they are typed: refusing the text would leave the
    last keystrokes before the number was whole (eight digits of it) in the
    record; the mark keeps the rest of the sentence and none of the number.
    """
    if isinstance(value, Mapping):
        return {k: v if _skipped(str(k)) else redacted(v, str(k)) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [redacted(item, key) for item in value]
    if type(value) is str:
        return redact_contact_text(value)
    return value
