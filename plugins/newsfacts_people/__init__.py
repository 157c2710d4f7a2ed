"""The people plugin for newsfacts."""
