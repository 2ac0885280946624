"""Storage for the incident service: records to and from the form, table rows, details."""

from __future__ import annotations

import dataclasses
import json
from collections import defaultdict
from collections.abc import Iterable, Sequence
from datetime import date
from typing import Any

from sqlalchemy import Integer, cast, delete, func, insert, select
from sqlalchemy.orm import Session

from ...db.models import (
    Client,
    Incident,
    IncidentAction,
    IncidentNotice,
    IncidentStage,
    User,
    incident_clients,
)
from ...vault.errors import QT_TRANSLATE_NOOP
from ..errors import NotFound, ValidationError
from . import clock
from .triage import Duty, Triage, TriageAnswers, classify, prefill, triage
from .types import (
    NUMBER_PREFIX,
    STAGE_ORDER,
    ActionEntry,
    ActionKind,
    Certainty,
    IncidentDetail,
    IncidentInput,
    IncidentRow,
    Kind,
    LinkedClient,
    Medium,
    NoticeEntry,
    NoticeMethod,
    Stage,
    StageEntry,
    SubKind,
)

#: IncidentInput fields not stored as they are: a link table, JSON text
_NOT_PLAIN = frozenset({"client_ids", "media"})
# Enum members by stored value: a dict lookup per row instead of an Enum() call.
_KIND = {member.value: member for member in Kind}
_CERTAINTY = {member.value: member for member in Certainty}
_STAGE = {member.value: member for member in Stage}
_DISPOSED = "disposed"


# --- the Rule 7 triage and the clocks of one incident ------------------------------------


def answers_of(data: IncidentInput) -> TriageAnswers:
    known = [n for n in (data.persons_count, data.persons_max) if n is not None]
    return TriageAnswers(
        sensitive=data.type_sensitive,
        financial=data.type_financial,
        wrongful=data.type_wrongful,
        persons=max(known) if known else None,
        strongly_encrypted=data.strongly_encrypted,
    )


def assess(
    data: IncidentInput, linked_sensitive: bool, linked_count: int
) -> tuple[Triage, clock.Deadlines | None]:
    """The triage with what the links show, and the clocks unless no report is required.

    While the duty is undecided the clocks run all the same (with 30 days unless
    type 3 is answered "yes"): the office must not lose days deciding.
    """
    result = triage(
        prefill(answers_of(data), linked_sensitive=linked_sensitive, linked_count=linked_count)
    )
    if data.known_on is None:
        return result, None
    return result, clocks(result.duty, data.known_on, data.type_wrongful, data.contractor_told_on)


def clocks(
    duty: Duty, known_on: date, wrongful: bool | None, contractor_told_on: date | None
) -> clock.Deadlines | None:
    """The clocks unless no report is required (they run while the duty is undecided)."""
    if duty is Duty.NOT_REQUIRED:
        return None
    return clock.deadlines(
        known_on, wrongful_purpose=bool(wrongful), contractor_told_on=contractor_told_on
    )


def next_of(
    dates: clock.Deadlines | None, reached: Iterable[str], today: date
) -> clock.NextDeadline | None:
    done = set(reached)
    if dates is None or Stage.CLOSED in done:
        return None
    return clock.next_deadline(
        dates,
        preliminary_sent=Stage.PRELIMINARY_SENT in done,
        final_sent=Stage.FINAL_SENT in done,
        today=today,
    )


# --- rows --------------------------------------------------------------------------------


#: the columns a table row needs, read as plain tuples (no ORM objects, no long texts)
_ROW_COLUMNS = (
    Incident.id,
    Incident.number,
    Incident.title,
    Incident.kind,
    Incident.certainty,
    Incident.known_on,
    Incident.stage,
    Incident.persons_count,
    Incident.persons_max,
    Incident.contractor_told_on,
    Incident.type_sensitive,
    Incident.type_financial,
    Incident.type_wrongful,
    Incident.strongly_encrypted,
)


def rows(session: Session, today: date, *ids: int) -> list[IncidentRow]:
    """Table rows in three queries however many incidents: incidents, stages, linked clients."""
    where = (Incident.id.in_(ids),) if ids else ()
    reached: defaultdict[int, set[str]] = defaultdict(set)
    stages = select(IncidentStage.incident_id, IncidentStage.stage)
    if ids:
        stages = stages.where(IncidentStage.incident_id.in_(ids))
    for incident_id, stage in session.execute(stages):
        reached[incident_id].add(stage)
    links = links_summary(session, ids)
    result = []
    for row in session.execute(select(*_ROW_COLUMNS).where(*where).order_by(Incident.id)):
        values: tuple[Any, ...] = tuple(row)
        count, sensitive = links.get(values[0], (0, False))
        result.append(
            _row(
                *values,
                linked_count=count,
                linked_sensitive=sensitive,
                reached=reached[values[0]],
                today=today,
            )
        )
    return result


def links_summary(session: Session, ids: Sequence[int] = ()) -> dict[int, tuple[int, bool]]:
    """Per incident: how many clients are linked, and whether any has sensitive data."""
    query = (
        select(
            incident_clients.c.incident_id,
            func.count(),
            func.max(cast(Client.sensitive, Integer)),
        )
        .join(Client, Client.id == incident_clients.c.client_id)
        .group_by(incident_clients.c.incident_id)
    )
    if ids:
        query = query.where(incident_clients.c.incident_id.in_(ids))
    return {row[0]: (int(row[1]), bool(row[2])) for row in session.execute(query)}


def _row(
    incident_id: int,
    number: str,
    title: str,
    kind: str,
    certainty: str,
    known_on: date,
    stage: str,
    persons_count: int | None,
    persons_max: int | None,
    contractor_told_on: date | None,
    type_sensitive: bool | None,
    type_financial: bool | None,
    type_wrongful: bool | None,
    strongly_encrypted: bool,
    *,
    linked_count: int,
    linked_sensitive: bool,
    reached: set[str],
    today: date,
) -> IncidentRow:
    known = [n for n in (persons_count, persons_max) if n is not None]
    answers = TriageAnswers(
        type_sensitive,
        type_financial,
        type_wrongful,
        max(known) if known else None,
        strongly_encrypted,
    )
    filled = prefill(answers, linked_sensitive=linked_sensitive, linked_count=linked_count)
    duty, types, _ = classify(filled)
    dates = clocks(duty, known_on, type_wrongful, contractor_told_on)
    if linked_count:
        known.append(linked_count)
    return IncidentRow(
        id=incident_id,
        number=number,
        title=title,
        kind=_KIND[kind],
        certainty=_CERTAINTY[certainty],
        known_on=known_on,
        stage=_STAGE[stage],
        duty=duty,
        types=types,
        persons=max(known) if known else None,
        deadlines=dates,
        preliminary_sent=Stage.PRELIMINARY_SENT in reached,
        final_sent=Stage.FINAL_SENT in reached,
        next_deadline=next_of(dates, reached, today),
    )


# --- records -----------------------------------------------------------------------------


def get_record(session: Session, incident_id: int) -> Incident:
    incident = session.get(Incident, incident_id)
    if incident is None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "The incident"))
    return incident


def column_values(data: IncidentInput) -> dict[str, Any]:
    """The (checked) input as the column values of its record."""
    values: dict[str, Any] = {
        field.name: getattr(data, field.name)
        for field in dataclasses.fields(IncidentInput)
        if field.name not in _NOT_PLAIN
    }
    for name in ("kind", "sub_kind", "certainty"):
        values[name] = str(values[name])
    values["media"] = json.dumps([str(m) for m in data.media])
    return values


def input_of(incident: Incident, client_ids: Sequence[int]) -> IncidentInput:
    values = {
        field.name: getattr(incident, field.name)
        for field in dataclasses.fields(IncidentInput)
        if field.name not in _NOT_PLAIN
    }
    values["kind"] = Kind(incident.kind)
    values["sub_kind"] = SubKind(incident.sub_kind)
    values["certainty"] = Certainty(incident.certainty)
    media = tuple(Medium(m) for m in json.loads(incident.media))
    return IncidentInput(**values, media=media, client_ids=tuple(client_ids))


def next_number(session: Session) -> str:
    query = (
        select(Incident.number)
        .order_by(func.length(Incident.number).desc(), Incident.number.desc())
        .limit(1)
    )
    last = session.scalar(query)
    n = 1 if last is None else int(last.removeprefix(NUMBER_PREFIX)) + 1
    return f"{NUMBER_PREFIX}{n:06d}"


def check_clients(session: Session, client_ids: Sequence[int]) -> None:
    if not client_ids:
        return
    found = set(session.scalars(select(Client.id).where(Client.id.in_(client_ids))))
    if found != set(client_ids):
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "A linked client no longer exists; choose again."),
            "client_ids",
        )


def linked_ids(session: Session, incident_id: int) -> tuple[int, ...]:
    query = select(incident_clients.c.client_id).where(
        incident_clients.c.incident_id == incident_id
    )
    return tuple(sorted(session.scalars(query)))


def relink(session: Session, incident_id: int, old: Sequence[int], new: Sequence[int]) -> None:
    gone, added = set(old) - set(new), set(new) - set(old)
    if gone:
        session.execute(
            delete(incident_clients).where(
                incident_clients.c.incident_id == incident_id,
                incident_clients.c.client_id.in_(gone),
            )
        )
    if added:
        links = [{"incident_id": incident_id, "client_id": c} for c in sorted(added)]
        session.execute(insert(incident_clients), links)


def reached_stages(session: Session, incident_id: int) -> dict[Stage, IncidentStage]:
    query = select(IncidentStage).where(IncidentStage.incident_id == incident_id)
    return {Stage(entry.stage): entry for entry in session.scalars(query)}


def furthest(stages: Iterable[Stage]) -> Stage:
    return max(stages, key=STAGE_ORDER.index)


# --- details -----------------------------------------------------------------------------


def detail(session: Session, incident: Incident, today: date, *, names: bool) -> IncidentDetail:
    """The whole record; linked clients' names and addresses only with ``names``."""
    users: dict[int, str] = dict(session.execute(select(User.id, User.display_name)).all())

    def by(user_id: int | None) -> str:
        return "" if user_id is None else users.get(user_id, "")

    stages = sorted(
        reached_stages(session, incident.id).values(),
        key=lambda e: (e.reached_on, STAGE_ORDER.index(Stage(e.stage))),
    )
    actions = session.scalars(
        select(IncidentAction)
        .where(IncidentAction.incident_id == incident.id)
        .order_by(IncidentAction.at, IncidentAction.id)
    )
    notices = list(
        session.scalars(
            select(IncidentNotice)
            .where(IncidentNotice.incident_id == incident.id)
            .order_by(IncidentNotice.sent_on, IncidentNotice.id)
        )
    )
    client_ids = linked_ids(session, incident.id)
    clients = {c.id: c for c in session.scalars(select(Client).where(Client.id.in_(client_ids)))}
    notified_ids = [n.client_id for n in notices if n.client_id is not None]
    numbers: dict[int, str] = dict(
        session.execute(select(Client.id, Client.number).where(Client.id.in_(notified_ids))).all()
    )
    notified = {n.client_id for n in notices}
    linked = tuple(_linked(clients[c], c in notified, names) for c in client_ids)
    data = input_of(incident, client_ids)
    result, dates = assess(data, any(c.sensitive for c in linked), len(linked))
    return IncidentDetail(
        id=incident.id,
        number=incident.number,
        data=data,
        stage=Stage(incident.stage),
        closed_on=incident.closed_on,
        triage=result,
        deadlines=dates,
        next_deadline=next_of(dates, (e.stage for e in stages), today),
        stages=tuple(
            StageEntry(Stage(e.stage), e.reached_on, by(e.user_id), e.note) for e in stages
        ),
        actions=tuple(
            ActionEntry(a.id, a.at, ActionKind(a.kind), a.text, by(a.user_id)) for a in actions
        ),
        notices=tuple(
            NoticeEntry(
                n.id,
                n.client_id,
                numbers.get(n.client_id, "") if n.client_id is not None else "",
                n.persons,
                NoticeMethod(n.method),
                n.sent_on,
                by(n.user_id),
                n.note,
            )
            for n in notices
        ),
        linked=linked,
        created_at=incident.created_at,
        updated_at=incident.updated_at,
    )


def _linked(client: Client, notified: bool, names: bool) -> LinkedClient:
    shown = names and client.status != _DISPOSED
    return LinkedClient(
        id=client.id,
        number=client.number,
        name=f"{client.family_name} {client.given_name}".strip() if shown else "",
        postal_code=client.postal_code if shown else "",
        address=client.address if shown else "",
        email=client.email if shown else "",
        sensitive=client.sensitive,
        disposed=client.status == _DISPOSED,
        notified=notified,
    )
