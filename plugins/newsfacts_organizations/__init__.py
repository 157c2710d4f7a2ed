"""The organizations plugin for newsfacts."""
