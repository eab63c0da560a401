"""The customer's editable fields: checked as they are typed, saved through
customers.update_customer (which decides who may edit what), based on the values the
person's edit started from, so that a field someone else changed meanwhile is not
overwritten unseen: the conflict dialog shows both and the person picks."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from crmdesk.core.customers import EDITABLE, update_customer
from crmdesk.core.errors import EditConflict
from crmdesk.core.models import Customer
from crmdesk.core.normalize import email_valid, phone_valid
from crmdesk.core.profile import MASKED, Profile
from crmdesk.core.risk import CREDIT_SCALE
from crmdesk.ui.conflict_dialog import MINE, EditConflictDialog, shown
from crmdesk.ui.context import CUSTOMERS, AppContext
from crmdesk.ui.detail_common import alive
from crmdesk.ui.tasks import Progress, Task
from crmdesk.ui.widgets import wrapped_label

Editor = QLineEdit | QPlainTextEdit | QComboBox


def field_titles() -> dict[str, str]:
    """The editable fields' names as the user reads them (the history shows them too)."""

    return {
        "company": QCoreApplication.translate("CustomerFields", "Company"),
        "contact": QCoreApplication.translate("CustomerFields", "Contact"),
        "phone": QCoreApplication.translate("CustomerFields", "Phone"),
        "phone2": QCoreApplication.translate("CustomerFields", "Second phone"),
        "email": QCoreApplication.translate("CustomerFields", "Email"),
        "wechat": QCoreApplication.translate("CustomerFields", "WeChat"),
        "industry": QCoreApplication.translate("CustomerFields", "Industry"),
        "region": QCoreApplication.translate("CustomerFields", "Region"),
        "source": QCoreApplication.translate("CustomerFields", "Source"),
        "notes": QCoreApplication.translate("CustomerFields", "Notes"),
        "credit_rating": QCoreApplication.translate("CustomerFields", "Credit rating"),
    }


class FieldsForm(QWidget):
    """One editor per field of customers.EDITABLE; Save sends only what changed, based on
    `_loaded`: per field the value its edit started from."""

    def __init__(self, ctx: AppContext, customer_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.customer_id = customer_id
        self._loaded: dict[str, str] = {}
        self._masked = False
        self.editors: dict[str, Editor] = {}
        self.hints: dict[str, QLabel] = {}
        titles = field_titles()
        form = QFormLayout()
        for name in EDITABLE:
            editor = self._editor(name)
            editor.setObjectName(f"field_{name}")
            self.editors[name] = editor
            hint = QLabel()
            hint.setObjectName(f"hint_{name}")
            hint.setStyleSheet("color: #b35900;")
            hint.hide()
            self.hints[name] = hint
            cell = QVBoxLayout()
            cell.setSpacing(2)
            cell.addWidget(editor)
            cell.addWidget(hint)
            form.addRow(titles[name], cell)
        self.read_only_note = wrapped_label("", "detail_read_only")
        self.read_only_note.hide()
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setObjectName("detail_save")
        self.save_button.setEnabled(False)
        self.save_button.clicked.connect(self.save)
        buttons = QHBoxLayout()
        buttons.addWidget(self.read_only_note, 1)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addStretch(1)

    def _editor(self, name: str) -> Editor:
        if name == "notes":
            notes = QPlainTextEdit()
            notes.setFixedHeight(70)
            notes.textChanged.connect(self._check)
            return notes
        if name == "credit_rating":
            combo = QComboBox()
            combo.addItem(self.tr("Not rated"), "")
            for rating in CREDIT_SCALE:
                combo.addItem(rating, rating)
            combo.currentIndexChanged.connect(self._check)
            return combo
        line = QLineEdit()
        length = getattr(Customer.__table__.c[name].type, "length", None)
        if length:
            line.setMaxLength(length)
        line.textChanged.connect(self._check)
        return line

    # --- values ---------------------------------------------------------------------

    def value(self, name: str) -> str:
        editor = self.editors[name]
        if isinstance(editor, QPlainTextEdit):
            return editor.toPlainText()
        if isinstance(editor, QComboBox):
            return str(editor.currentData() or "")
        return editor.text()

    def _set(self, name: str, text: str) -> None:
        editor = self.editors[name]
        editor.blockSignals(True)
        if isinstance(editor, QPlainTextEdit):
            editor.setPlainText(text)
        elif isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(editor.findData(text), 0))
        else:
            editor.setText(text)
        editor.blockSignals(False)

    def changes(self) -> dict[str, Any]:
        """Fields the user changed; masked contacts are never sent back."""
        return {
            name: self.value(name).strip()
            for name in EDITABLE
            if not (self._masked and name in MASKED)
            and self.value(name).strip() != self._loaded.get(name, "").strip()
        }

    def show_profile(self, profile: Profile) -> None:
        """Show fresh values; a field the user is still editing keeps what they typed, and
        the value it started from, unless the fresh value is what they typed."""
        for name in EDITABLE:
            fresh = profile.fields.get(name) or ""
            typed = self.value(name)
            if typed == self._loaded.get(name, ""):
                self._set(name, fresh)
                self._loaded[name] = fresh
            elif typed.strip() == fresh.strip():
                self._loaded[name] = fresh
        self._masked = profile.masked
        for name, editor in self.editors.items():
            writable = profile.may_edit and not (profile.masked and name in MASKED)
            if isinstance(editor, QComboBox):
                editor.setEnabled(writable)
            else:
                editor.setReadOnly(not writable)
        if not profile.may_edit:
            self.read_only_note.setText(
                self.tr("Only the owner or an admin of its pool may edit this customer.")
                if profile.status not in ("closed", "archived")
                else self.tr("Closed and archived customers are read-only.")
            )
        elif profile.masked:
            self.read_only_note.setText(self.tr("Contacts stay hidden until it is claimed."))
        self.read_only_note.setVisible(not profile.may_edit or profile.masked)
        self.save_button.setVisible(profile.may_edit)
        self._check()

    # --- checking and saving ------------------------------------------------------------

    def problems(self) -> dict[str, tuple[str, bool]]:
        """Field -> (message, blocks saving). Phones and emails the rules cannot use are
        only warned about: the service accepts them, the void suggestions will notice."""
        found: dict[str, tuple[str, bool]] = {}
        if not self.value("company").strip():
            found["company"] = (self.tr("A customer needs a company name."), True)
        if not self._masked:
            for name in ("phone", "phone2"):
                text = self.value(name).strip()
                if text and not phone_valid(text):
                    found[name] = (self.tr("Not a number anyone can dial."), False)
            email = self.value("email").strip()
            if email and not email_valid(email):
                found["email"] = (self.tr("Not an email address."), False)
        return found

    def _check(self) -> None:
        found = self.problems()
        for name, hint in self.hints.items():
            hint.setText(found[name][0] if name in found else "")
            hint.setVisible(name in found)
        blocked = any(blocks for _, blocks in found.values())
        self.save_button.setEnabled(bool(self.changes()) and not blocked)

    def save(self) -> Task[dict[str, Any]] | None:
        changes = self.changes()
        if not changes or any(blocks for _, blocks in self.problems().values()):
            return None
        cid, actor = self.customer_id, self.ctx.actor.id
        based_on = {name: self._loaded.get(name, "") for name in changes}

        def work(session: Session, _: Progress) -> dict[str, Any]:
            return update_customer(session, cid, changes, actor, based_on=based_on)

        self.save_button.setEnabled(False)
        return (
            Task(self.window(), self.ctx, work)
            .changes(CUSTOMERS)
            .success(self._saved)
            .failure(self._refused)
            .run()
        )

    def _saved(self, changed: dict[str, Any]) -> None:
        if not alive(self):
            return
        for name, (_, new) in changed.items():
            self._loaded[name] = new or ""
        self._check()

    def _refused(self, exc: BaseException) -> bool:
        """An edit conflict opens the conflict dialog; the task shows other refusals."""
        if not alive(self):
            return False
        self._check()
        if not isinstance(exc, EditConflict):
            return False
        more = bool(set(self.changes()) - set(exc.conflicts))
        dialog = EditConflictDialog(exc, field_titles(), self.ctx.lang, more, self.window())
        dialog.chosen.connect(lambda side: self._resolve(exc, side))
        dialog.open()
        return True

    def _resolve(self, conflict: EditConflict, side: str) -> None:
        """Keep mine: save again, based on their values. Take theirs: show their values;
        the rest of the edit is saved as the person asked."""
        if not alive(self):
            return
        for name, values in conflict.conflicts.items():
            self._loaded[name] = shown(values["theirs"])
            if side != MINE:
                self._set(name, self._loaded[name])
        self._check()
        self.save()
