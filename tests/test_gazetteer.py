"""The locations plugin's gazetteer: the packed file it reads, and what a lookup gives."""

from __future__ import annotations

import gzip
import math
from pathlib import Path

import pytest

from newsfacts import NewsfactsError
from newsfacts_locations import gazetteer
from newsfacts_locations.gazetteer import PackedPlaces, Place, load, unpack
from newsfacts_locations.packed_file import pack, read_index

DATA = Path(__file__).resolve().parents[1] / "plugins" / "newsfacts_locations" / "data"

# Rows of the source table: id, kind, name, country, latitude, longitude, population,
# admin1, admin2, keys.
ROWS = [
    "2510769\tcountry\tSpain\tES\t40.0000\t-4.0000\t46723749\t\t\tSpain|Kingdom of Spain",
    "3117735\tcity\tMadrid\tES\t40.4165\t-3.7026\t3255944\t29\t\tMadrid",
    "4031942\tcity\tMadrid\tUS\t41.8767\t-93.8233\t2557\tIA\t\tMadrid",
    "0\twater\tBay of Biscay\t\t45.5000\t-4.0000\t0\t\t\tBay of Biscay|Biscay",
]


def test_the_shipped_packed_file_is_the_source_table_packed() -> None:
    """``python tools/pack_gazetteer.py`` after every change to ``gazetteer.tsv.gz``."""
    lines = gzip.decompress((DATA / "gazetteer.tsv.gz").read_bytes()).decode().splitlines()
    assert (DATA / "gazetteer.packed").read_bytes() == pack(lines)


def test_a_key_gives_its_places_in_the_order_of_the_rows() -> None:
    gazetteer = unpack(pack(ROWS))
    spain, iowa = gazetteer.lookup("Madrid")
    assert (spain.country_code, spain.population, spain.admin1) == ("ES", 3255944, "29")
    assert (iowa.country_code, iowa.latitude, iowa.longitude) == ("US", 41.8767, -93.8233)
    assert gazetteer.lookup("Barcelona") == ()
    [bay] = gazetteer.lookup("Bay of Biscay")
    assert (bay.geonames_id, bay.kind, bay.country_code) == (None, "water", None)


def test_a_place_with_several_names_is_one_object() -> None:
    gazetteer = unpack(pack(ROWS))
    assert gazetteer.lookup("Kingdom of Spain")[0] is gazetteer.lookup("Spain")[0]
    assert gazetteer.country("ES") is gazetteer.lookup("Spain")[0]


def test_the_table_reads_as_a_mapping_of_keys() -> None:
    places = unpack(pack(ROWS)).places
    assert list(places) == ["Spain", "Kingdom of Spain", "Madrid", "Bay of Biscay", "Biscay"]
    assert len(places) == 5
    assert "Biscay" in places and "Bilbao" not in places
    assert places.get("Bilbao", ()) == ()
    with pytest.raises(KeyError):
        places["Bilbao"]


@pytest.mark.parametrize(
    ("words", "keys"),
    [
        (["Madrid", "said", "Biscay", "Bilbao", "the"], {"Madrid", "Biscay"}),
        (["Kingdom of Spain", "Kingdom", "Bay"], {"Kingdom of Spain"}),
        (["", "M", "Ma", "Madrid's"], set()),
        (["El Retiro", "Madrid", "Retiro"], {"El Retiro", "Madrid"}),  # an added key too
    ],
)
def test_the_keys_among_words_are_those_the_table_holds(words: list[str], keys: set[str]) -> None:
    """``among``: the lookups of many words at once answer as ``in`` does, one at a time."""
    retiro = Place(None, "feature", "Buen Retiro Park", "ES", 40.4153, -3.6845, 0, "29")
    places = unpack(pack(ROWS)).extended([("El Retiro", retiro)]).places
    assert isinstance(places, PackedPlaces)
    assert places.among(words) == keys == {word for word in words if word in places}


def test_spans_list_the_first_words_of_longer_keys() -> None:
    """A word that starts only its own one-word key ("Madrid") has span 1: not listed."""
    assert unpack(pack(ROWS)).span_by_first_word == {"Kingdom": 3, "Bay": 3}


def test_places_by_kind_follow_the_keys() -> None:
    gazetteer = unpack(pack(ROWS))
    assert [p.country_code for p in gazetteer.by_kind("city")] == ["ES", "US"]
    assert [p.name for p in gazetteer.by_kind("water")] == ["Bay of Biscay"]
    assert gazetteer.by_kind("continent") == ()


def test_an_extended_table_adds_names_and_leaves_the_shipped_one_alone() -> None:
    shipped = unpack(pack(ROWS))
    retiro = Place(None, "feature", "Buen Retiro Park", "ES", 40.4153, -3.6845, 0, "29")
    lake = Place(None, "water", "Madrid Lake", "US", 41.88, -93.82, 0, "IA")
    extended = shipped.extended([("El Retiro", retiro), ("Madrid", lake)])
    assert isinstance(extended.places, PackedPlaces)
    assert extended.lookup("El Retiro") == (retiro,)
    assert [p.name for p in extended.lookup("Madrid")] == ["Madrid", "Madrid", "Madrid Lake"]
    assert list(extended.places)[-1] == "El Retiro" and len(extended.places) == 6
    assert [p.name for p in extended.by_kind("water")] == ["Madrid Lake", "Bay of Biscay"]
    assert extended.span_by_first_word["El"] == 2
    assert shipped.lookup("El Retiro") == () and len(shipped.lookup("Madrid")) == 2


def test_a_file_that_is_not_a_packed_gazetteer_is_a_clear_error() -> None:
    with pytest.raises(NewsfactsError, match=r"pack_gazetteer\.py"):
        unpack(gzip.compress("\n".join(ROWS).encode()))


def test_the_shipped_files_index_kept_on_disk_is_the_one_it_holds() -> None:
    """The shipped file's index is kept on disk (gazetteer._kept_index): the same as read."""
    kept = gazetteer._kept_index("gazetteer.packed")
    assert kept == read_index((DATA / "gazetteer.packed").read_bytes())
    assert len(kept[1]) > 10_000  # the spans of the first words of keys of several words


def test_the_shipped_gazetteer_holds_every_country() -> None:
    gazetteer = load()
    assert len(gazetteer.by_kind("country")) > 240
    ukraine = gazetteer.country("UA")
    assert ukraine is not None and ukraine.name == "Ukraine"


@pytest.mark.parametrize(
    ("nation", "town", "code"),
    [
        ("England", "Manchester", "ENG"),
        ("Scotland", "Glasgow", "SCT"),
        ("Wales", "Cardiff", "WLS"),
        ("Northern Ireland", "Belfast", "NIR"),
    ],
)
def test_each_nation_of_the_uk_carries_the_code_of_its_towns(
    nation: str, town: str, code: str
) -> None:
    """A nation holds its towns by their code, as a US state does: "Holywell, Wales" is the
    Flintshire town, and an English town within reach of Wales's point is none of its."""
    gazetteer = load()
    [division] = [p for p in gazetteer.lookup(nation) if p.kind == "admin"]
    [city] = [p for p in gazetteer.lookup(town) if p.kind == "city" and p.country_code == "GB"]
    assert division.admin1 == city.admin1 == code


def test_a_state_lies_at_the_middle_of_its_towns_and_villages() -> None:
    """A US state's point is the middle of the extent of its places above 500 people: its
    villages too, not its towns above 1,000 alone, which leave thinly settled parts out and
    put Virginia in its west, more than 161 km (a hundred miles) from Richmond."""
    gazetteer = load()
    [virginia] = [p for p in gazetteer.lookup("Virginia") if p.kind == "admin"]
    [richmond] = [p for p in gazetteer.lookup("Richmond") if p.admin1 == "VA"]
    assert virginia.latitude is not None and virginia.longitude is not None
    assert richmond.latitude is not None and richmond.longitude is not None
    north = (virginia.latitude - richmond.latitude) * 111.2
    east = (virginia.longitude - richmond.longitude) * 111.2 * math.cos(math.radians(37.5))
    assert math.hypot(north, east) < 161


def test_the_shipped_table_holds_every_correction_of_the_build() -> None:
    """``tools/gazetteer_corrections.tsv`` is the build's last step: a correction made to the
    table by hand goes there too, or the next build from GeoNames would lose it."""
    corrections = [
        line.split("\t")
        for line in (DATA.parents[2] / "tools" / "gazetteer_corrections.tsv")
        .read_text(encoding="utf-8")
        .splitlines()
        if line.strip() and not line.startswith("#")
    ]
    rows: dict[tuple[str, str, str], list[list[str]]] = {}
    for line in gzip.decompress((DATA / "gazetteer.tsv.gz").read_bytes()).decode().splitlines():
        cells = line.split("\t")
        rows.setdefault((cells[1], cells[2], cells[3]), []).append(cells)
    assert corrections
    for kind, name, country, correction, value in corrections:
        place = max(rows[(kind, name, country)], key=lambda cells: int(cells[6]))
        point = value.split(",") if correction == "point" else []
        held = {
            "drop-key": value not in place[9].split("|"),
            "population": place[6] == value,
            "admin1": place[7] == value,
            # "latitude,longitude", written with four decimals
            "point": place[4:6] == [f"{float(part):.4f}" for part in point],
        }[correction]
        assert held, (kind, name, country, correction, value)


@pytest.mark.parametrize(
    ("name", "canonical", "country"),
    [
        ("Lodz", "Łódź", "PL"),
        ("Tromso", "Tromsø", "NO"),
        ("Dong Hoi", "Đồng Hới", "VN"),
        ("Giessen", "Gießen", "DE"),
    ],
)
def test_a_name_is_also_written_as_english_news_writes_its_letters(
    name: str, canonical: str, country: str
) -> None:
    # letters Unicode decomposes into no base letter and a mark (Ł, ø, Đ, ß) were kept, so
    # "Lodz" named no place
    assert (canonical, country) in {(p.name, p.country_code) for p in load().lookup(name)}
