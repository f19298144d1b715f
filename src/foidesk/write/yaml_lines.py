"""A safe YAML loader that remembers the line of every key and list item.

Officers write YAML by hand; a message that says *which line* is wrong saves them
hunting. :class:`LineLoader` is PyYAML's ``SafeLoader`` (no arbitrary objects) whose
mappings and sequences remember where each entry starts.
"""

from __future__ import annotations

from typing import Any

import yaml
from yaml.nodes import MappingNode, SequenceNode


class LineDict(dict[Any, Any]):
    """A mapping that knows the (1-based) line of each key."""

    lines: dict[Any, int]


class LineList(list[Any]):
    """A list that knows the (1-based) line of each item."""

    lines: list[int]


Located = dict[Any, Any]
"""A mapping read by :class:`LineLoader` (a :class:`LineDict` at run time)."""


class LineLoader(yaml.SafeLoader):
    """``yaml.SafeLoader`` building :class:`LineDict` and :class:`LineList`."""

    def construct_line_mapping(self, node: MappingNode) -> LineDict:
        """A mapping with the line of each key."""
        self.flatten_mapping(node)
        result = LineDict()
        result.lines = {}
        for key_node, value_node in node.value:
            key = self.construct_object(key_node, deep=True)
            try:
                hash(key)
            except TypeError:
                raise yaml.constructor.ConstructorError(
                    None, None, "a key must be plain text", key_node.start_mark
                ) from None
            result[key] = self.construct_object(value_node, deep=True)
            result.lines[key] = key_node.start_mark.line + 1
        return result

    def construct_line_sequence(self, node: SequenceNode) -> LineList:
        """A list with the line of each item."""
        result = LineList(self.construct_object(child, deep=True) for child in node.value)
        result.lines = [child.start_mark.line + 1 for child in node.value]
        return result


LineLoader.add_constructor("tag:yaml.org,2002:map", LineLoader.construct_line_mapping)
LineLoader.add_constructor("tag:yaml.org,2002:seq", LineLoader.construct_line_sequence)


def line_of(container: Any, key: Any) -> int | None:
    """The line of ``key`` in a :class:`LineDict` (or index in a :class:`LineList`)."""
    if isinstance(container, LineDict):
        return container.lines.get(key)
    if isinstance(container, LineList) and isinstance(key, int) and key < len(container.lines):
        return container.lines[key]
    return None
