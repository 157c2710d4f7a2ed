"""The quotes plugin for newsfacts."""
