"""Sphinx configuration for the newsfacts documentation."""

from importlib import metadata

project = "newsfacts"
author = "The newsfacts developers"
copyright = "2026, The newsfacts developers"
release = metadata.version("newsfacts")
version = release

extensions = ["sphinx.ext.autodoc", "sphinx.ext.intersphinx", "sphinx.ext.viewcode"]
autodoc_member_order = "bysource"
autodoc_typehints = "description"
autodoc_preserve_defaults = False  # True renders attrs defaults as attr_dict[...]
nitpicky = False
intersphinx_mapping: dict[str, tuple[str, str | None]] = {}  # no network at build time
exclude_patterns = ["_build"]
html_theme = "furo"
html_title = "newsfacts"
