"""The locations plugin for newsfacts."""
