"""The locations plugin's options, set per extractor (``config={"locations": {...}}``)."""

from __future__ import annotations

from pathlib import Path

import attrs

from newsfacts.plugin import NewsfactsError
from newsfacts_locations.gazetteer import KINDS, Gazetteer, Place, load
from newsfacts_locations.matching import Matcher

#: The columns of a ``places`` file, tab-separated, one place per line.
PLACE_COLUMNS = ("name", "kind", "canonical_name", "country_code", "latitude", "longitude")


def read_places(path: Path) -> list[tuple[str, Place]]:
    """``(name as written, place)`` pairs from a TSV file of :data:`PLACE_COLUMNS`.

    Lines starting with ``#`` are comments; a bad line raises
    :class:`~newsfacts.NewsfactsError` naming the file and line.
    """
    import csv  # here: only a configured file of places is read with it

    entries = []
    with open(path, encoding="utf-8", newline="") as file:
        for number, row in enumerate(csv.reader(file, delimiter="\t"), start=1):
            if not row or row[0].startswith("#"):
                continue
            if len(row) != len(PLACE_COLUMNS) or row[1] not in KINDS:
                raise NewsfactsError(
                    f"{path}:{number}: expected {len(PLACE_COLUMNS)} tab-separated cells "
                    f"({', '.join(PLACE_COLUMNS)}) with a kind among {', '.join(KINDS)}"
                )
            name, kind, canonical, country, latitude, longitude = row
            try:
                lat = float(latitude) if latitude else None
                lon = float(longitude) if longitude else None
            except ValueError:
                raise NewsfactsError(f"{path}:{number}: bad coordinates {row[4:]!r}") from None
            place = Place(None, kind, canonical, country or None, lat, lon, 0, "")
            entries.append((name, place))
    return entries


def _gazetteer(options: LocationOptions) -> Gazetteer:
    shipped = load()
    return shipped.extended(read_places(options.places)) if options.places else shipped


def _matcher(options: LocationOptions) -> Matcher:
    return Matcher(options.gazetteer)


@attrs.frozen
class LocationOptions:
    """Options of the ``locations`` field.

    ``adjectival``: report country adjectives before a place noun ("Ukrainian cities");
    ``places``: a TSV file of extra places (columns :data:`PLACE_COLUMNS`) added to the
    shipped gazetteer for this extractor only; ``inside_organizations``: also report a
    well-known place named inside an organization's name ("the Bank of Canada", "the Ohio
    Housing Finance Agency"), as geoparsing corpora do; off by default, as in NER corpora,
    where the organization's name is one mention. Never in sports reports, where teams are
    named after places ("Dynamo Moscow").
    """

    adjectival: bool = True
    places: Path | None = None
    inside_organizations: bool = False
    #: The gazetteer this extractor resolves names with (derived from ``places``).
    gazetteer: Gazetteer = attrs.field(
        init=False, repr=False, eq=False, default=attrs.Factory(_gazetteer, takes_self=True)
    )
    #: Its matcher, whose memos of what the gazetteer holds serve every text of the extractor.
    matcher: Matcher = attrs.field(
        init=False, repr=False, eq=False, default=attrs.Factory(_matcher, takes_self=True)
    )
