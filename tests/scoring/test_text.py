from __future__ import annotations

from simulator.scoring.text import CleanText, flesch_reading_ease, split_sentences, syllables


def test_clean_text_maps_offsets_back_through_html_and_invisible_characters() -> None:
    reply = "<p>Hello\u200b <b>Maria</b>,</p> the DOCSIS\u200d modem is fine &amp; ready"
    clean = CleanText(reply)
    assert "<" not in clean.text and "\u200b" not in clean.text
    for word in ("Maria", "DOCSIS", "ready"):
        position = clean.text.index(word)
        start, end = clean.original_offsets(position, position + len(word))
        assert reply[start:end] == word


def test_clean_text_keeps_emoji_and_right_to_left_text() -> None:
    reply = "Thanks 😀 \u202eשלום\u202c مرحبا"
    clean = CleanText(reply)
    assert "😀" in clean.text and "مرحبا" in clean.text
    position = clean.text.index("مرحبا")
    start, end = clean.original_offsets(position, position + 5)
    assert reply[start:end] == "مرحبا"


def test_curly_quotes_are_read_as_straight_ones_without_moving_offsets() -> None:
    reply = "I\u2019m sorry"
    assert CleanText(reply).text == "I'm sorry"


def test_sentences_split_on_punctuation_and_line_breaks() -> None:
    text = "Thanks for waiting. Here is what to do:\n1. Open Settings\n2. Tap Reset"
    assert [s.text for s in split_sentences(text)] == [
        "Thanks for waiting.", "Here is what to do:", "1. Open Settings", "2. Tap Reset"]


def test_syllable_counts_are_plausible() -> None:
    assert syllables("cat") == 1
    assert syllables("table") == 2
    assert syllables("reconfiguration") >= 5
    assert syllables("apologise") >= 4


def test_flesch_prefers_short_plain_sentences() -> None:
    plain = "Your parcel comes on Monday. I will text you."
    dense = ("Notwithstanding the aforementioned considerations, consignment reconfiguration necessitates "
             "comprehensive organisational authorisation.")
    assert flesch_reading_ease(plain) > flesch_reading_ease(dense)
