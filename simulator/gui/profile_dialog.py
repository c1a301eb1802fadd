"""Who is practising: pick a profile (with its PIN when it has one) or create one with a role."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from simulator.domain import StorageError
from simulator.gui.widgets import PlainLabel
from simulator.storage import Role, Storage, User

USER_ROLE = Qt.ItemDataRole.UserRole


class ProfileDialog(QDialog):
    def __init__(self, storage: Storage, current: User | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("profileDialog")
        self.setMinimumWidth(480)
        self.storage = storage
        self.chosen: User | None = None

        self.heading = PlainLabel(object_name="sectionTitle")
        self.intro = PlainLabel(object_name="muted", wrap=True)
        self.profiles = QListWidget()
        self.profiles.setObjectName("profileList")
        self.profiles.setMaximumHeight(200)
        self.pin = QLineEdit()
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin_label = PlainLabel()
        self.pin_label.setBuddy(self.pin)

        self.new_card = QFrame()
        self.new_card.setObjectName("card")
        self.new_heading = PlainLabel(object_name="subTitle")
        self.name = QLineEdit()
        self.role = QComboBox()
        self.team = QLineEdit()
        self.name_label, self.role_label, self.team_label = PlainLabel(), PlainLabel(), PlainLabel()
        for label, field in ((self.name_label, self.name), (self.role_label, self.role),
                             (self.team_label, self.team)):
            label.setBuddy(field)
        self.create_button = QPushButton()
        form = QFormLayout()
        form.addRow(self.name_label, self.name)
        form.addRow(self.role_label, self.role)
        form.addRow(self.team_label, self.team)
        new_layout = QVBoxLayout(self.new_card)
        new_layout.setContentsMargins(16, 12, 16, 14)
        new_layout.addWidget(self.new_heading)
        new_layout.addLayout(form)
        new_layout.addWidget(self.create_button, 0, Qt.AlignmentFlag.AlignRight)

        self.error = PlainLabel(object_name="errorText", wrap=True)
        self.error.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        pin_form = QFormLayout()
        pin_form.addRow(self.pin_label, self.pin)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 18)
        layout.setSpacing(12)
        layout.addWidget(self.heading)
        layout.addWidget(self.intro)
        layout.addWidget(self.profiles)
        layout.addLayout(pin_form)
        layout.addWidget(self.new_card)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

        self.profiles.currentItemChanged.connect(lambda *_: self._selection_changed())
        self.profiles.itemActivated.connect(lambda _item: self.accept())
        self.create_button.clicked.connect(self._create)
        self.name.textChanged.connect(lambda _text: self._selection_changed())
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.retranslate()
        self._fill(current)

    def _fill(self, current: User | None) -> None:
        self.profiles.clear()
        for user in self.storage.users.list_users():
            item = QListWidgetItem(self._describe(user))
            item.setData(USER_ROLE, user)
            self.profiles.addItem(item)
            if current is not None and user.id == current.id:
                self.profiles.setCurrentItem(item)
        if self.profiles.count() and self.profiles.currentItem() is None:
            self.profiles.setCurrentRow(0)
        has_profiles = self.profiles.count() > 0
        self.profiles.setVisible(has_profiles)
        (self.profiles if has_profiles else self.name).setFocus()
        self._selection_changed()

    def _describe(self, user: User) -> str:
        role = {Role.TRAINEE: self.tr("trainee"), Role.TRAINER: self.tr("trainer"),
                Role.SUPERVISOR: self.tr("supervisor")}[user.role]
        team = f" · {user.team}" if user.team else ""
        return f"{user.name}  ({role}{team})"

    def selected(self) -> User | None:
        item = self.profiles.currentItem()
        return item.data(USER_ROLE) if item is not None else None

    def _selection_changed(self) -> None:
        user = self.selected()
        needs_pin = user is not None and user.has_pin
        self.pin.setVisible(needs_pin)
        self.pin_label.setVisible(needs_pin)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(
            user is not None or bool(self.name.text().strip()))
        self.error.hide()

    def _create(self) -> User | None:
        try:
            user = self.storage.users.create(self.name.text(), Role(self.role.currentData()), self.team.text() or None)
        except StorageError as error:
            self._show_error(str(error))
            return None
        self.name.clear()
        self.team.clear()
        self._fill(user)
        return user

    def accept(self) -> None:
        """Use the selected profile; with a name typed in, create that profile first and use it."""
        user = self._create() if self.name.text().strip() else self.selected()
        if user is None:
            return
        if user.has_pin and not self.storage.users.verify_pin(user.id, self.pin.text()):
            self._show_error(self.tr("That PIN is not right. Try again."))
            self.pin.selectAll()
            self.pin.setFocus()
            return
        self.chosen = user
        super().accept()

    def _show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Profile"))
        self.heading.setText(self.tr("Who is practising?"))
        self.intro.setText(self.tr("Your replies, scores and badges are saved in your profile on this computer. "
                                   "Next time the app opens in the profile used last."))
        self.profiles.setAccessibleName(self.tr("Profiles"))
        self.pin_label.setText(self.tr("&PIN"))
        self.new_heading.setText(self.tr("New profile"))
        self.name_label.setText(self.tr("&Name"))
        self.role_label.setText(self.tr("&Role"))
        self.team_label.setText(self.tr("T&eam (optional)"))
        current = self.role.currentData()
        self.role.clear()
        for role, text in ((Role.TRAINEE, self.tr("Trainee")), (Role.TRAINER, self.tr("Trainer")),
                           (Role.SUPERVISOR, self.tr("Supervisor"))):
            self.role.addItem(text, role.value)
        if current is not None:
            self.role.setCurrentIndex(self.role.findData(current))
        self.create_button.setText(self.tr("&Create profile"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Use this profile"))
        for row in range(self.profiles.count()):
            item = self.profiles.item(row)
            item.setText(self._describe(item.data(USER_ROLE)))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
