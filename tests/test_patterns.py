"""``text.patterns.alternation``: the one way word lists become regex alternations."""

import re

from kliping.text.patterns import alternation


def test_longer_words_come_first_so_the_longer_phrase_wins():
    pat = re.compile(alternation(["pekan", "pekan lalu", "hari"]))
    assert pat.match("pekan lalu ini").group() == "pekan lalu"


def test_words_are_literal_not_regex():
    pat = re.compile(alternation(["Rp.", "U.S."]))
    assert pat.fullmatch("Rp.")
    assert not pat.fullmatch("Rpx")


def test_any_space_lets_a_phrase_span_a_line_break():
    assert re.fullmatch(alternation(["pekan lalu"], any_space=True), "pekan\n lalu")
    assert not re.fullmatch(alternation(["pekan lalu"]), "pekan\n lalu")


def test_the_pattern_does_not_depend_on_the_input_order_or_duplicates():
    assert alternation(["b", "a", "ab", "a"]) == alternation({"ab", "a", "b"}) == "ab|a|b"
