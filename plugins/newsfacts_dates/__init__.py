"""The dates plugin for newsfacts."""
