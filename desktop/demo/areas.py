"""The registers demo-data fills besides clients, found by module name.

Each register's demo filler is a module ``desktop/demo/<area>.py`` that defines

    COUNTS: tuple[str, ...]   # the demo-data options it takes, e.g. ("consents", "provisions")
    def fill(ledger: Ledger, actor: Actor, counts: Mapping[str, int]) -> str   # a summary line

``privacy-ledger demo-data`` and the benchmark (tests/benchmarks/run.py) call every
area whose module exists and defines ``fill``; an area without one is named as
"not built yet", so a size is never silently smaller than it says. A register's
helper adds its module and nothing here changes.
"""

from __future__ import annotations

import importlib
import importlib.util
from collections.abc import Callable, Mapping
from dataclasses import dataclass

from ..services.ledger import Ledger
from ..services.permissions import Actor

Fill = Callable[[Ledger, Actor, Mapping[str, int]], str]


@dataclass(frozen=True)
class Area:
    name: str
    #: the counts (demo-data options) this area's filler takes
    counts: tuple[str, ...]


#: the registers beside clients, with the counts a size asks of each
#: (consents, provisions and receipts are not here: they come with each client, about three
#: per client, from desktop/demo/consents.py through fill_ledger)
AREAS = (
    Area("contractors", ("contractors",)),
    Area("incidents", ("incidents",)),
)
COUNT_NAMES = tuple(name for area in AREAS for name in area.counts)


def filler(area: Area) -> Fill | None:
    """The area's ``fill`` function, or None while its demo module is not built."""
    name = f"{__package__}.{area.name}"
    if importlib.util.find_spec(name) is None:
        return None
    fill = getattr(importlib.import_module(name), "fill", None)
    return fill if callable(fill) else None


def fill_areas(
    ledger: Ledger, actor: Actor, counts: Mapping[str, int]
) -> tuple[list[str], list[str]]:
    """Fill every built area asked for; return (summaries, names of areas not built yet)."""
    done, missing = [], []
    for area in AREAS:
        wanted = {name: counts.get(name, 0) for name in area.counts}
        if not any(wanted.values()):
            continue
        fill = filler(area)
        if fill is None:
            missing.append(area.name)
        else:
            done.append(fill(ledger, actor, wanted))
    return done, missing
