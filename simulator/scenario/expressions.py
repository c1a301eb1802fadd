"""The small condition language of `if:` in transitions.

    empathy < 40 and not refund_offered
    seconds > 90 or mood <= frustrated

Comparisons (< <= > >= == !=) join numbers, the variables below and mood names; `and`, `or`, `not` and
parentheses combine them; any other bare name is a flag, true once set. Parsed once when the scenario loads.
"""

from __future__ import annotations

import operator
import re
from collections.abc import Callable, Mapping, Set
from dataclasses import dataclass

from simulator.domain import MOOD_RANK, Mood

NUMERIC_VARIABLES = frozenset({"empathy", "clarity", "speed", "overall", "seconds", "turn", "patience"})
MOOD_VARIABLE = "mood"
KEYWORDS = frozenset({"and", "or", "not"})
MOOD_NAMES = frozenset(mood.value for mood in Mood)

COMPARATORS: dict[str, Callable[[float, float], bool]] = {
    "<": operator.lt, "<=": operator.le, ">": operator.gt, ">=": operator.ge,
    "==": operator.eq, "!=": operator.ne,
}

_TOKEN = re.compile(r"\s*(?:(?P<number>\d+(?:\.\d+)?)|(?P<name>[A-Za-z_][A-Za-z0-9_-]*)"
                    r"|(?P<op><=|>=|==|!=|<|>)|(?P<paren>[()]))")


class ExpressionError(Exception):
    def __init__(self, message: str, offset: int) -> None:
        super().__init__(message)
        self.message = message
        self.offset = offset


@dataclass(frozen=True)
class Environment:
    """What an expression can see when a reply is being routed."""

    values: Mapping[str, float | None]
    mood: str
    flags: Set[str]


@dataclass(frozen=True)
class Expression:
    source: str
    evaluate: Callable[[Environment], bool]
    flags: frozenset[str]  # flag names the expression reads, for lint


@dataclass(frozen=True)
class _Token:
    kind: str
    text: str
    offset: int


def _tokenize(source: str) -> list[_Token]:
    tokens, position = [], 0
    while position < len(source):
        if source[position:].strip() == "":
            break
        match = _TOKEN.match(source, position)
        if not match:
            offset = len(source) - len(source[position:].lstrip())
            raise ExpressionError(f"unexpected character '{source[offset]}'", offset)
        kind = match.lastgroup or ""
        text = match.group(kind)
        tokens.append(_Token(kind, text, match.start(kind)))
        position = match.end()
    return tokens


def parse_expression(source: str) -> Expression:
    parser = _Parser(source)
    evaluate = parser.parse()
    return Expression(source, evaluate, frozenset(parser.flags))


Predicate = Callable[[Environment], bool]


class _Parser:
    def __init__(self, source: str) -> None:
        self.source = source
        self.tokens = _tokenize(source)
        self.index = 0
        self.flags: set[str] = set()

    def parse(self) -> Predicate:
        if not self.tokens:
            raise ExpressionError("the condition is empty", 0)
        result = self._or()
        if self.index < len(self.tokens):
            token = self.tokens[self.index]
            raise ExpressionError(f"unexpected '{token.text}'; join conditions with 'and' or 'or'",
                                  token.offset)
        return result

    def _peek(self) -> _Token | None:
        return self.tokens[self.index] if self.index < len(self.tokens) else None

    def _take(self) -> _Token:
        token = self._peek()
        if token is None:
            raise ExpressionError("the condition ends too early", len(self.source))
        self.index += 1
        return token

    def _or(self) -> Predicate:
        parts = [self._and()]
        while (token := self._peek()) and token.text == "or":
            self.index += 1
            parts.append(self._and())
        return parts[0] if len(parts) == 1 else (lambda env: any(part(env) for part in parts))

    def _and(self) -> Predicate:
        parts = [self._not()]
        while (token := self._peek()) and token.text == "and":
            self.index += 1
            parts.append(self._not())
        return parts[0] if len(parts) == 1 else (lambda env: all(part(env) for part in parts))

    def _not(self) -> Predicate:
        token = self._peek()
        if token and token.text == "not":
            self.index += 1
            inner = self._not()
            return lambda env: not inner(env)
        return self._atom()

    def _atom(self) -> Predicate:
        token = self._take()
        if token.text == "(":
            inner = self._or()
            closing = self._peek()
            if not closing or closing.text != ")":
                raise ExpressionError("missing ')'", closing.offset if closing else len(self.source))
            self.index += 1
            return inner
        if token.kind == "op" or token.text == ")" or token.text in KEYWORDS:
            raise ExpressionError(f"expected a name or a number, found '{token.text}'", token.offset)
        following = self._peek()
        if following and following.kind == "op":
            self.index += 1
            right = self._take()
            if right.kind not in ("number", "name") or right.text in KEYWORDS:
                raise ExpressionError(f"expected a name or a number after '{following.text}', "
                                      f"found '{right.text}'", right.offset)
            return self._comparison(token, following, right)
        if token.kind == "number" or token.text in NUMERIC_VARIABLES or token.text == MOOD_VARIABLE:
            raise ExpressionError(f"'{token.text}' needs a comparison, e.g. 'empathy < 40'", token.offset)
        if token.text in MOOD_NAMES:
            raise ExpressionError(f"compare the mood: 'mood == {token.text}'", token.offset)
        flag = token.text
        self.flags.add(flag)
        return lambda env: flag in env.flags

    def _comparison(self, left: _Token, op: _Token, right: _Token) -> Predicate:
        compare = COMPARATORS[op.text]
        if left.text == MOOD_VARIABLE or right.text == MOOD_VARIABLE:
            return self._mood_comparison(left, op, right, compare)
        left_value = self._numeric_operand(left)
        right_value = self._numeric_operand(right)

        def evaluate(env: Environment) -> bool:
            a, b = left_value(env), right_value(env)
            return a is not None and b is not None and compare(a, b)
        return evaluate

    def _numeric_operand(self, token: _Token) -> Callable[[Environment], float | None]:
        if token.kind == "number":
            number = float(token.text)
            return lambda env: number
        if token.text in NUMERIC_VARIABLES:
            name = token.text
            return lambda env: env.values.get(name)
        if token.text in MOOD_NAMES:
            raise ExpressionError(f"a mood name is compared with 'mood', e.g. 'mood == {token.text}'",
                                  token.offset)
        known = ", ".join(sorted(NUMERIC_VARIABLES | {MOOD_VARIABLE}))
        raise ExpressionError(f"unknown value '{token.text}' in a comparison; use a number or one of: {known}",
                              token.offset)

    def _mood_comparison(self, left: _Token, op: _Token, right: _Token,
                         compare: Callable[[float, float], bool]) -> Predicate:
        other = right if left.text == MOOD_VARIABLE else left
        if other.text not in MOOD_NAMES:
            moods = ", ".join(mood.value for mood in Mood)
            raise ExpressionError(f"'mood' is compared with a mood name ({moods}), not '{other.text}'",
                                  other.offset)
        mood_name = other.text
        mood_on_left = left.text == MOOD_VARIABLE
        if op.text in ("==", "!="):
            equal = op.text == "=="
            return lambda env: (env.mood == mood_name) == equal

        def evaluate(env: Environment) -> bool:
            current, named = MOOD_RANK[env.mood], MOOD_RANK[mood_name]
            return compare(current, named) if mood_on_left else compare(named, current)
        return evaluate
