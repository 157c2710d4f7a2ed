"""Write ``data/gazetteer.packed``, the form of the gazetteer the locations plugin reads.

    python tools/pack_gazetteer.py

It reads the source table ``data/gazetteer.tsv.gz`` (written by ``build_gazetteer.py``, which
runs this step too) and needs nothing but newsfacts: run it after editing the table by hand
(with ``gzip.compress(data, compresslevel=9, mtime=0)``, as the build writes it). A hand edit
of a GeoNames row goes into ``gazetteer_corrections.tsv`` too, or the next build loses it.
A test checks that the packed file is the table's.
"""

from __future__ import annotations

import gzip
from pathlib import Path

from newsfacts_locations.packed_file import pack

DATA = Path(__file__).resolve().parents[1] / "plugins" / "newsfacts_locations" / "data"
SOURCE = DATA / "gazetteer.tsv.gz"
PACKED = DATA / "gazetteer.packed"


def write_packed(source: Path = SOURCE, packed: Path = PACKED) -> int:
    """Pack ``source`` into ``packed``; the packed file's size in bytes."""
    lines = gzip.decompress(source.read_bytes()).decode("utf-8").splitlines()
    packed.write_bytes(pack(lines))
    return packed.stat().st_size


if __name__ == "__main__":
    print(f"{PACKED}: {write_packed():,} bytes")
