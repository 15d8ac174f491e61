"""YAML to plain Python values, remembering the line each value stands on.

PyYAML's default (YAML 1.1) reads ``yes``/``no``/``on``/``off`` as booleans,
which would turn ``expected: no`` into ``False``; here only ``true`` and
``false`` are booleans, as in YAML 1.2.
"""

from __future__ import annotations

import re
from typing import Any

import yaml

from mystery_shop.domain.messages import msg

Path = tuple[str | int, ...]


# A form file is a few hundred values; these bounds stop a hostile one ("billion laughs": a few aliases, each
# naming a list of the one before, expand to billions of values) in well under a second and a few MB.
MAX_ALIASES = 1000  # ``*name`` uses in one file
MAX_VALUES = 100_000  # values once every alias is expanded


class _Loader(yaml.SafeLoader):
    def __init__(self, stream: str) -> None:
        super().__init__(stream)
        self.aliases = 0

    def compose_node(self, parent: Any, index: Any) -> Any:
        if self.check_event(yaml.AliasEvent):
            self.aliases += 1
            if self.aliases > MAX_ALIASES:
                mark = self.peek_event().start_mark  # type: ignore[no-untyped-call]
                raise YamlSyntaxError(mark.line + 1, msg("more than {limit} aliases (*name) in one file",
                                                         limit=MAX_ALIASES))  # fmt: skip
        return super().compose_node(parent, index)


# Drop the YAML 1.1 bool resolver and put back one for true/false only.
_Loader.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:bool"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
_Loader.add_implicit_resolver(
    "tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF")
)


class YamlSyntaxError(ValueError):
    def __init__(self, line: int, message: str) -> None:
        super().__init__(message)
        self.line = line
        self.message = message


def load_with_lines(text: str) -> tuple[Any, dict[Path, int], list[Path]]:
    """Parse ``text``; return the value, a map from each value's path to its
    1-based line, and the paths of keys written twice in one mapping.

    A mapping entry's line is the line of its key, so a message about a field
    points at the line where the field is written.
    """
    try:
        node = yaml.compose(text, Loader=_Loader)
    except yaml.MarkedYAMLError as e:
        mark = e.problem_mark or e.context_mark
        line = mark.line + 1 if mark else 1
        raise YamlSyntaxError(line, msg("YAML syntax error: {error}", error=e.problem or e)) from None
    except yaml.YAMLError as e:
        raise YamlSyntaxError(1, msg("YAML syntax error: {error}", error=e)) from None
    except RecursionError:
        raise YamlSyntaxError(1, msg("YAML error: nested too deeply")) from None
    lines: dict[Path, int] = {}
    duplicates: list[Path] = []
    if node is None:
        return None, lines, duplicates
    constructor = _Loader("")
    built = 0

    def build(n: yaml.Node, path: Path) -> Any:
        nonlocal built
        built += 1
        if built > MAX_VALUES:  # an alias is built again at each use: count what it expands to
            raise YamlSyntaxError(n.start_mark.line + 1, msg("more than {limit} values once its aliases (*name) are "
                                                             "expanded", limit=MAX_VALUES))  # fmt: skip
        lines.setdefault(path, n.start_mark.line + 1)
        if isinstance(n, yaml.MappingNode):
            out: dict[Any, Any] = {}
            for key_node, value_node in n.value:
                key = constructor.construct_object(key_node, deep=True)
                key = str(key) if not isinstance(key, str) else key
                child = (*path, key)
                if key in out:
                    duplicates.append(child)
                lines[child] = key_node.start_mark.line + 1
                out[key] = build(value_node, child)
            return out
        if isinstance(n, yaml.SequenceNode):
            return [build(item, (*path, i)) for i, item in enumerate(n.value)]
        return constructor.construct_object(n, deep=True)

    try:
        return build(node, ()), lines, duplicates
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None)
        raise YamlSyntaxError(mark.line + 1 if mark else 1, msg("YAML error: {error}", error=e)) from None
    except RecursionError:
        raise YamlSyntaxError(1, msg("YAML error: nested too deeply")) from None


def line_for(lines: dict[Path, int], path: Path) -> int:
    """The line of ``path``, or of its nearest ancestor that has one."""
    p = path
    while p:
        if p in lines:
            return lines[p]
        p = p[:-1]
    return lines.get((), 1)
