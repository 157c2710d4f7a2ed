"""The numbers plugin for newsfacts."""
