"""The exceptions newsfacts raises on purpose, all rooted in :class:`NewsfactsError`."""

from __future__ import annotations

from typing import Any


def _restore(cls: type[NewsfactsError], args: tuple[object, ...], state: dict[str, object]) -> Any:
    error = cls.__new__(cls)
    error.args = args
    error.__dict__.update(state)
    return error


class NewsfactsError(Exception):
    """Base class of every error newsfacts raises on purpose.

    Every subclass pickles as it is (message and attributes), whatever its constructor takes,
    so that errors travel from worker processes back to the caller.
    """

    def __reduce__(self) -> tuple[Any, ...]:
        # Exception's own reduce calls cls(*args), which breaks on our keyword-rich constructors.
        return _restore, (type(self), self.args, self.__dict__)


class InvalidArticleError(NewsfactsError, ValueError):
    """An article could not be built from the given input.

    ``field`` names the offending article field (``"text"``, ``"published"`` ...).
    """

    def __init__(self, field: str, message: str) -> None:
        super().__init__(f"{field}: {message}")
        self.field = field
        self.message = message

    def __reduce__(self) -> tuple[type[InvalidArticleError], tuple[str, str]]:
        # pickled by its arguments, so that it crosses process boundaries (worker pools)
        return type(self), (self.field, self.message)


class ReadError(NewsfactsError, ValueError):
    """An item of an input (a file, a line, a record) could not be read as an article.

    ``where`` names the item: ``"corpus.jsonl:17"``, ``"crawl.warc.gz: record 4"``,
    ``"page.html"``; ``message`` says what is wrong with it.
    """

    def __init__(self, where: str, message: str) -> None:
        super().__init__(f"{where}: {message}")
        self.where = where
        self.message = message

    def __reduce__(self) -> tuple[type[ReadError], tuple[str, str]]:
        return type(self), (self.where, self.message)


class PluginError(NewsfactsError):
    """A plugin failed to load or to extract (raised in strict mode), or broke a contract.

    ``plugin`` names the plugin, ``field`` the field it was extracting when it failed.
    """

    def __init__(self, plugin: str, message: str, *, field: str | None = None) -> None:
        where = f"plugin {plugin!r}" + (f" (field {field!r})" if field else "")
        super().__init__(f"{where}: {message}")
        self.plugin = plugin
        self.field = field


class UnknownPluginError(NewsfactsError, LookupError):
    """A plugin or field name was asked for that no installed plugin provides."""


class TimeLimitError(NewsfactsError, TimeoutError):
    """An article took longer than the extractor's ``time_limit`` (recorded in its result).

    ``seconds`` is the limit that was exceeded.
    """

    def __init__(self, seconds: float, message: str | None = None) -> None:
        super().__init__(message or f"article exceeded the time limit of {seconds:g} s")
        self.seconds = seconds


class TableError(NewsfactsError, ValueError):
    """Facts could not be put in a facts table (:mod:`newsfacts.table`).

    A fact attribute's value does not fit the column its class declares (a ``str`` where
    ``float`` is declared), a result holds facts of a field the table has no columns for, or
    two fields' attributes would give the same column name.
    """


class InvalidFactError(NewsfactsError, ValueError):
    """A fact or a result could not be read back from its JSON form.

    ``field`` names the offending attribute or key.
    """

    def __init__(self, field: str, message: str) -> None:
        super().__init__(f"{field}: {message}")
        self.field = field


class ConfigError(NewsfactsError, ValueError):
    """A plugin option is unknown or has a value of the wrong type.

    ``plugin`` and ``option`` name what was configured (``option`` is None when the
    whole section is wrong, an unknown field say).
    """

    def __init__(self, plugin: str, option: str | None, message: str) -> None:
        where = f"plugin {plugin!r}" + (f" option {option!r}" if option else "")
        super().__init__(f"{where}: {message}")
        self.plugin = plugin
        self.option = option


class TemplateError(NewsfactsError, ValueError):
    """A new plugin package could not be written (``newsfacts new-plugin``): its name is not
    a valid plugin name, or its directory exists already."""


class FactsFileError(NewsfactsError, ValueError):
    """A file of extracted facts (a JSON Lines file or a facts table) could not be read.

    ``path`` names the file; the message says where in it and what was wrong.
    """

    def __init__(self, path: str, message: str) -> None:
        super().__init__(f"{path}: {message}")
        self.path = path


class WorkerError(NewsfactsError):
    """A worker process stopped while extracting an article (recorded in its result).

    Raised in the parent when no worker process can be started at all.
    """
