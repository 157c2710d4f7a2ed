"""How the tests read a rendered page (``tests/test_render*.py``): every element with its
attributes and the text inside it, parsed with Python's HTML parser."""

from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path

import attrs

SEED_PATH = Path(__file__).resolve().parent.parent / "seeds" / "000_f00fe2d4c8c9df40.txt"
VOID = frozenset({"meta", "input", "br", "img", "link", "hr", "wbr"})


@attrs.define
class Element:
    """An element of a page: its tag, attributes, text and children."""

    tag: str
    attributes: dict[str, str]
    parts: list[str] = attrs.Factory(list)
    children: list[Element] = attrs.Factory(list)

    @property
    def text(self) -> str:
        return "".join(self.parts)

    @property
    def classes(self) -> list[str]:
        return self.attributes.get("class", "").split()


class Page(HTMLParser):
    """Every element of a page with its attributes and the text inside it."""

    def __init__(self, page: str) -> None:
        super().__init__(convert_charrefs=True)
        self.elements: list[Element] = []
        self.open: list[Element] = []
        self.feed(page)
        self.close()

    def handle_starttag(self, tag: str, attributes: list[tuple[str, str | None]]) -> None:
        element = Element(tag, {name: value or "" for name, value in attributes})
        if self.open:
            self.open[-1].children.append(element)
        self.elements.append(element)
        if tag not in VOID:
            self.open.append(element)

    def handle_endtag(self, tag: str) -> None:
        while self.open and self.open.pop().tag != tag:
            pass

    def handle_data(self, data: str) -> None:
        for element in self.open:
            element.parts.append(data)

    def find(self, tag: str | None = None, **attributes: str) -> list[Element]:
        return [
            element
            for element in self.elements
            if tag in (None, element.tag)
            and all(
                element.attributes.get(name.replace("_", "-")) == v
                for name, v in attributes.items()
            )
        ]

    def one(self, tag: str | None = None, **attributes: str) -> Element:
        [element] = self.find(tag, **attributes)
        return element

    def marks(self) -> list[Element]:
        """The marks that stand for a fact (not the pieces of a fact cut by a crossing one)."""
        return [m for m in self.find("mark") if "data-start" in m.attributes]
