"""Admin ▸ Users: who may open the ledger, in which role; add, reset, remove, reactivate."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QItemSelection
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..services import users
from ..services.permissions import Role
from ..services.users import UserRow
from . import operations, workers
from .context import Area, UiContext
from .fields import ErrorLabel
from .password_dialog import NewPasswordDialog
from .table import Column, RecordModel, compact_table
from .widgets import NewPasswordFields, note, role_name


def _status(row: UserRow) -> str:
    if not row.active:
        return QCoreApplication.translate("UsersDialog", "removed")
    if row.must_change_password:
        return QCoreApplication.translate("UsersDialog", "active, must choose a password")
    return QCoreApplication.translate("UsersDialog", "active")


COLUMNS: tuple[Column[UserRow], ...] = (
    Column(str(QT_TRANSLATE_NOOP("UsersDialog", "User name")), lambda r: r.username),
    Column(str(QT_TRANSLATE_NOOP("UsersDialog", "Name")), lambda r: r.display_name),
    Column(str(QT_TRANSLATE_NOOP("UsersDialog", "Role")), lambda r: role_name(r.role)),
    Column(str(QT_TRANSLATE_NOOP("UsersDialog", "Status")), _status),
)


class UsersDialog(QDialog):
    """The user list with one button per action; every action is one service call."""

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(self.tr("Users"))
        self.model = RecordModel(COLUMNS, "UsersDialog", key=lambda r: r.id, parent=self)
        self.table = QTableView()
        self.table.setObjectName("users_table")
        self.table.setModel(self.model)
        compact_table(self.table, stretch_last=True)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.add_button = QPushButton(self.tr("&Add…"))
        self.reset_button = QPushButton(self.tr("&Reset password…"))
        self.role_button = QPushButton(self.tr("Make &manager"))
        self.remove_button = QPushButton(self.tr("Remo&ve…"))
        self.reactivate_button = QPushButton(self.tr("Reac&tivate…"))
        actions = QVBoxLayout()
        for button, slot in (
            (self.add_button, self.add_user),
            (self.reset_button, self.reset_password),
            (self.role_button, self.change_role),
            (self.remove_button, self.remove_user),
            (self.reactivate_button, self.reactivate_user),
        ):
            button.clicked.connect(slot)
            actions.addWidget(button)
        actions.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(self.table, 1)
        row.addLayout(actions)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(
            note(
                self.tr(
                    "Removing a user gives the ledger a new encryption key, so a copy of the "
                    "file they may still have does not open anything saved afterwards."
                )
            )
        )
        layout.addWidget(buttons)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.refresh()
        self.resize(720, 400)

    @classmethod
    def run(cls, parent: QWidget | None, context: UiContext) -> None:
        dialog = cls(context, parent)
        dialog.exec()
        dialog.deleteLater()

    # --- the list ----------------------------------------------------------------------------

    def refresh(self, select_id: int | None = None) -> None:
        current = self.selected()
        wanted = select_id if select_id is not None else (current.id if current else None)
        context = self.context
        rows = operations.run_op(
            self, context, lambda: users.list_users(context.ledger, context.actor)
        )
        self.model.replace_all(rows or [])
        for number, row in enumerate(self.model.rows()):
            if row.id == wanted:
                self.table.selectRow(number)
        self._update_buttons()

    def selected(self) -> UserRow | None:
        indexes = self.table.selectionModel().selectedRows()
        return self.model.row_at(indexes[0].row()) if indexes else None

    def select_username(self, username: str) -> None:
        for number, row in enumerate(self.model.rows()):
            if row.username == username:
                self.table.selectRow(number)

    def _update_buttons(self, *_: QItemSelection) -> None:
        row = self.selected()
        active = row is not None and row.active
        self.reset_button.setEnabled(active)
        self.role_button.setEnabled(row is not None)
        self.role_button.setText(
            self.tr("Make &clerk")
            if row is not None and row.role is Role.MANAGER
            else self.tr("Make &manager")
        )
        self.remove_button.setEnabled(
            active and row is not None and row.id != self.context.actor.id
        )
        self.reactivate_button.setEnabled(row is not None and not row.active)

    # --- actions -----------------------------------------------------------------------------

    def _done(self, select_id: int | None = None) -> None:
        self.refresh(select_id)

    def add_user(self) -> None:
        added = AddUserDialog.run(self, self.context)
        if added is not None:
            self._done(added.id)

    def reset_password(self) -> None:
        row = self.selected()
        if row is None:
            return
        password = NewPasswordDialog.ask(
            self,
            self.tr("Reset the password of %1").replace("%1", row.username),
            self.tr(
                "Tell %1 this password in person. They must choose their own at the next login."
            ).replace("%1", row.display_name),
        )
        if password is None:
            return
        context = self.context
        operations.run_op(
            self,
            context,
            lambda: workers.call(
                lambda: users.reset_password(context.ledger, context.actor, row.id, password), self
            ),
            changed=Area.USERS,
        )
        self._done()

    def change_role(self) -> None:
        row = self.selected()
        if row is None:
            return
        role = Role.CLERK if row.role is Role.MANAGER else Role.MANAGER
        context = self.context
        operations.run_op(
            self,
            context,
            lambda: users.set_role(context.ledger, context.actor, row.id, role),
            changed=Area.USERS,
        )
        self._done()

    def remove_user(self) -> None:
        row = self.selected()
        if row is None:
            return
        if not operations.confirm(
            self,
            self.tr("Remove %1 (%2) from the ledger?")
            .replace("%1", row.display_name)
            .replace("%2", row.username),
            self.tr(
                "They can no longer log in, and the ledger gets a new encryption key so that "
                "an old copy of the file with their password opens nothing saved from now on. "
                "Their name stays in the audit log; a manager can reactivate them later."
            ),
            yes=self.tr("Remove"),
        ):
            return
        context = self.context
        operations.run_op(
            self,
            context,
            lambda: users.deactivate_user(context.ledger, context.actor, row.id),
            changed=Area.USERS,
        )
        self._done()

    def reactivate_user(self) -> None:
        row = self.selected()
        if row is None:
            return
        password = NewPasswordDialog.ask(
            self,
            self.tr("Reactivate %1").replace("%1", row.username),
            self.tr("Choose a first password; %1 must choose their own at the next login.").replace(
                "%1", row.display_name
            ),
        )
        if password is None:
            return
        context = self.context
        operations.run_op(
            self,
            context,
            lambda: workers.call(
                lambda: users.reactivate_user(context.ledger, context.actor, row.id, password),
                self,
            ),
            changed=Area.USERS,
        )
        self._done()


class AddUserDialog(QDialog):
    """A new user: login name, full name, role and a first password they must change."""

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.added: UserRow | None = None
        self.setWindowTitle(self.tr("Add a user"))
        self.username = QLineEdit()
        self.username.setObjectName("username")
        self.username_error = ErrorLabel()
        self.display_name = QLineEdit()
        self.display_name.setObjectName("display_name")
        self.display_error = ErrorLabel()
        self.role = QComboBox()
        self.role.setObjectName("role")
        for role in (Role.CLERK, Role.MANAGER):
            self.role.addItem(role_name(role), role.value)
        self.fields = NewPasswordFields(self)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.addRow(self.tr("&User name:"), self.username)
        form.addRow("", self.username_error)
        form.addRow(self.tr("&Name:"), self.display_name)
        form.addRow("", self.display_error)
        form.addRow(self.tr("R&ole:"), self.role)
        self.fields.add_to(form, self.tr("First &password:"), self.tr("&Repeat it:"))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button: QPushButton = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("&Add user"))
        buttons.accepted.connect(self._add)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(
            note(
                self.tr(
                    "Tell them the first password in person; "
                    "they choose their own at the first login."
                )
            )
        )
        layout.addWidget(buttons)
        for edit in (self.username, self.display_name):
            edit.textChanged.connect(self._update)
        self.fields.changed.connect(self._update)
        self._update()
        self.setMinimumWidth(460)

    @classmethod
    def run(cls, parent: QWidget | None, context: UiContext) -> UserRow | None:
        dialog = cls(context, parent)
        dialog.exec()
        added = dialog.added
        dialog.deleteLater()
        return added

    def _update(self) -> None:
        self.username_error.show_error("")
        self.display_error.show_error("")
        self.ok_button.setEnabled(
            bool(self.username.text().strip())
            and bool(self.display_name.text().strip())
            and self.fields.complete()
        )

    def _add(self) -> None:
        if not self.ok_button.isEnabled():
            return
        context = self.context
        username, display = self.username.text(), self.display_name.text()
        role, password = Role(self.role.currentData()), self.fields.text()
        outcome = operations.perform(
            self,
            context,
            lambda: workers.call(
                lambda: users.add_user(
                    context.ledger, context.actor, username, display, role, password
                ),
                self,
            ),
            changed=Area.USERS,
            fields=("username", "display_name", "password"),
        )
        self.added = outcome.value
        if outcome.value is not None:
            self.accept()
        elif outcome.field == "username":
            self.username_error.show_error(outcome.reason)
        elif outcome.field == "display_name":
            self.display_error.show_error(outcome.reason)
        elif outcome.field == "password":
            self.fields.show_error(outcome.reason)
