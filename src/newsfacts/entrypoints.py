"""The plugins' entry points, kept on disk between processes while nothing new is installed.

Finding the ``newsfacts`` entry points with :mod:`importlib.metadata` costs a fresh process
more than a twentieth of its cold start (import, plugins and a first article): the module's
import, with the ``email`` package it reads metadata with, and a scan of every installed
distribution. So the entry points a scan finds are kept in a file of the cache directory
(:func:`newsfacts.patterncache.cache_base`) with the installation's fingerprint
(:func:`newsfacts.manager.installation`: the import path and the modification times of its
folders), and a later process with the same fingerprint reads them from there, then imports
each plugin as :meth:`importlib.metadata.EntryPoint.load` does. Installing or removing a
distribution changes the modification time of the folder holding its metadata: the next
process scans again. A file that cannot be read, written or trusted is passed over (the scan
runs), and an empty ``NEWSFACTS_CACHE_DIR`` turns the cache off: the cache only saves time.
"""

from __future__ import annotations

import functools
import importlib
import json
import os
from typing import Any

from newsfacts.patterncache import cache_base, write_atomically

#: An entry point as found: its name, module, attribute (None: the module itself) and the
#: name and version of the distribution that declares it (None for both if unknown).
Found = tuple[str, str, str | None, str | None, str | None]
#: What :func:`newsfacts.manager.installation` returns.
Fingerprint = tuple[tuple[str, int], ...]


def entry_points(group: str, fingerprint: Fingerprint) -> list[Found]:
    """The entry points of ``group``, sorted by name, read from the cache when it was written
    under the same ``fingerprint``, else found by :mod:`importlib.metadata` (and kept)."""
    base = cache_base()
    if base is None:
        return _scan(group)
    # One file per import path and group, overwritten when its folders change.
    key = "\0".join([group, *(entry for entry, _ in fingerprint)])
    path = os.path.join(base, "entry-points", f"{_file_name(key)}.json")
    stamp = [list(item) for item in fingerprint]
    cached = _read(path, group, stamp)
    if cached is not None:
        return cached
    found = _scan(group)
    record = {"group": group, "fingerprint": stamp, "entry_points": found}
    write_atomically(path, json.dumps(record).encode("utf-8", "surrogatepass"))
    return found


def _file_name(key: str) -> str:
    """A name for the file of ``key``: its 64-bit FNV-1a hash, in hexadecimal.

    Not :mod:`hashlib`, whose import (OpenSSL's library) cost a cold start more than the rest
    of this module: the name need not be hard to forge, as the file holds the group and the
    fingerprint it was written for, checked on reading (two keys of one name only take turns
    at scanning)."""
    value = 0xCBF29CE484222325
    for byte in key.encode("utf-8", "surrogatepass"):
        value = ((value ^ byte) * 0x100000001B3) & 0xFFFFFFFFFFFFFFFF
    return f"{value:016x}"


def load(module: str, attribute: str | None) -> object:
    """What an entry point names: its module, imported, or an attribute of it ("a.b")."""
    names = attribute.split(".") if attribute else ()
    return functools.reduce(getattr, names, importlib.import_module(module))


def _scan(group: str) -> list[Found]:
    from importlib import metadata  # only here: its import is most of what the cache saves

    found: list[Found] = []
    for entry_point in sorted(metadata.entry_points(group=group), key=lambda ep: ep.name):
        dist = entry_point.dist
        name, version = (dist.metadata["Name"], dist.version) if dist is not None else (None, None)
        found.append((entry_point.name, entry_point.module, entry_point.attr, name, version))
    return found


def _read(path: str, group: str, stamp: list[list[Any]]) -> list[Found] | None:
    try:
        with open(path, encoding="utf-8", errors="surrogatepass") as file:
            record = json.load(file)
        if record["group"] != group or record["fingerprint"] != stamp:
            return None
        return [_found(item) for item in record["entry_points"]]
    # A missing, damaged or foreign file may fail in many ways: each means "scan".
    except Exception:
        return None


def _found(item: list[Any]) -> Found:
    name, module, attribute, dist, version = item
    if not all(isinstance(value, str) for value in (name, module)):
        raise ValueError(f"not an entry point: {item!r}")
    return (name, module, attribute, dist, version)
