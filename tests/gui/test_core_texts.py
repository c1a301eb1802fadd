"""The scorer's evidence labels and tips, and the badges' names, appear in French in the French interface."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from simulator.domain import Evidence, FakeClock, ReplyScore, ScoringContext, Timing
from simulator.gui.core_texts import badge_description, badge_title, core_text
from simulator.gui.main_window import MainWindow
from simulator.gui.preferences import Preferences, ThemeMode
from simulator.scoring import ReplyScorer, ScoreRequest
from simulator.storage import BADGES
from tests.conftest import team_replies
from tests.gui.conftest import InstantScorer, MakeWindow
from tests.gui.helpers import reply, two_step_scenario

JARGON_TIP = "Explain or replace 'DOCSIS' with everyday words: the customer may not know it."


class EnglishScorer(InstantScorer):
    """Evidence and tips worded as the real scorer words them."""

    def score(self, context: ScoringContext, reply: str, timing: Timing | None) -> ReplyScore:
        plain = super().score(context, reply, timing)
        docsis = reply.index("DOCSIS")
        return ReplyScore(empathy=plain.empathy, clarity=plain.clarity, speed=plain.speed, overall=plain.overall,
                          evidence={"empathy": (Evidence(0, 12, +1, "apology with ownership"),),
                                    "clarity": (Evidence(docsis, docsis + 6, -1, "jargon: DOCSIS"),)},
                          tips={"empathy": "Avoid capitals: they read as shouting.", "clarity": JARGON_TIP})


@pytest.fixture
def french(make_window: MakeWindow) -> MainWindow:
    window = make_window()
    window.apply_preferences(Preferences(theme=ThemeMode.LIGHT, language="fr"))
    return window


def test_the_feedback_panel_shows_french_evidence_and_tips(
        make_window: MakeWindow, clock: FakeClock, qtbot: QtBot, tmp_path: Path) -> None:
    two_step_scenario(tmp_path)
    window = make_window(EnglishScorer(), paths=[tmp_path])
    window.apply_preferences(Preferences(theme=ThemeMode.LIGHT, language="fr"))
    window.library.start_button.click()

    reply(qtbot, window, clock, "I'm so sorry, your DOCSIS modem is being reset.")

    shown = [label.text() for label in window.practice.feedback.findChildren(QLabel)]
    assert "«\xa0I'm so sorry\xa0» — excuses assumées (Empathie)" in shown
    assert "«\xa0DOCSIS\xa0» — jargon\xa0: DOCSIS (Clarté)" in shown
    assert "Évitez les majuscules\xa0: elles donnent l'impression de crier." in shown
    assert ("Expliquez ou remplacez «\xa0DOCSIS\xa0» par des mots de tous les jours\xa0: le client ne le connaît "
            "peut-être pas.") in shown


def test_badges_have_french_names(french: MainWindow) -> None:
    first, regular = BADGES[0], BADGES[1]
    assert badge_title(first) == "Première conversation"
    assert badge_description(regular) == "A terminé 10 séances d'entraînement."


def test_every_label_and_tip_the_real_scorer_gives_is_translated(french: MainWindow,
                                                                  real_scorer: ReplyScorer) -> None:
    """Everything the scorer says about the team's graded replies (hostile to warm, vague to precise, fast and
    slow): a label or tip added to the scorer without a French text fails here."""
    rows = team_replies(every=3)
    requests = [ScoreRequest(ScoringContext(customer_message=row["customer"]), row["reply"],
                             Timing(seconds=(5, 40, 75, 150)[n % 4], target_seconds=60, first_response=n % 2 == 0))
                for n, row in enumerate(rows)]
    requests.append(ScoreRequest(ScoringContext(customer_message="Hello?"), "", None))
    said: set[str] = set()
    for score in real_scorer.score_batch(requests):
        said.update(e.label for items in score.evidence.values() for e in items)
        said.update(score.tips.values())
    untranslated = sorted(text for text in said if core_text(text) == text)
    assert not untranslated, "add them to simulator/gui/core_texts.py and translate them"
    assert len(said) > 40


def test_a_text_the_interface_does_not_know_stays_as_it_is(french: MainWindow) -> None:
    assert core_text("a label from a newer scorer") == "a label from a newer scorer"
