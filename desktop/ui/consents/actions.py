"""What the Consents tab's buttons do: open the forms, withdraw, print, purge."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QStandardPaths

from ...reports.consent_form import consent_form_document
from ...services.consents import get_consent, get_provision_record, purge_expired_records
from ...services.consents import withdraw_consent as withdraw_service
from ...services.consents.form import consent_form
from ..context import Area
from ..operations import confirm, inform, perform, run_op
from ..print_choice import PrintChoice
from .consent_form import ConsentDialog, WithdrawDialog
from .record_forms import ProvisionDialog, ReceiptDialog, RecipientDialog

#: the views call these with themselves (a ConsentView of views.py, which imports this module)
View = Any

C = "ConsentActions"


def _tr(text: str) -> str:
    return QCoreApplication.translate(C, text)


def _run(view: View, dialog: Any) -> None:
    if dialog.exec() and dialog.saved is not None:
        view.show_saved(dialog.saved)


def new_consent(view: View) -> None:
    _run(view, ConsentDialog(view.context, None, view.filters.client_id, view))


def open_consent(view: View) -> None:
    row = view.selected_row()
    if row is None:
        return
    ledger, actor = view.context.ledger, view.context.actor
    detail = run_op(view, view.context, lambda: get_consent(ledger, actor, row.id))
    if detail is not None:
        _run(view, ConsentDialog(view.context, detail, parent=view))


def withdraw(view: View) -> None:
    """Click one: Withdraw…; click two: Withdraw in the dialog. Then what it leaves uncovered."""
    row = view.selected_row()
    if row is None:
        return
    dialog = WithdrawDialog(row, view)
    if not dialog.exec():
        return
    ledger, actor, given = view.context.ledger, view.context.actor, dialog.withdrawal()
    outcome = perform(view, view.context, lambda: withdraw_service(ledger, actor, row.id, given))
    result = outcome.value
    if result is None:
        if outcome.changed:
            view.context.announce(Area.CONSENTS)
        return
    view.context.announce(Area.CONSENTS, result.consent, *result.uncovered)
    if result.uncovered:
        lines = "\n".join(
            f"{p.number}  {p.provided_on}  {p.recipient_name}  {'、'.join(p.item_names)}"
            for p in result.uncovered
        )
        inform(
            view,
            _tr(
                "Consent {number} is withdrawn. These recorded provisions relied on it and "
                "are no longer covered; stop them or find another basis:"
            ).format(number=row.number),
            lines,
        )
    else:
        inform(
            view,
            QCoreApplication.translate(
                "ConsentActions",
                "Consent {number} is withdrawn. No recorded provision relied on it.",
            ).format(number=row.number),
        )


def print_form(view: View) -> None:
    row = view.selected_row()
    if row is None:
        return
    choice = PrintChoice(
        QCoreApplication.translate("ConsentActions", "Consent form {number}").format(
            number=row.number
        ),
        view,
    )
    if not choice.exec():
        return
    ledger, actor = view.context.ledger, view.context.actor
    form = run_op(view, view.context, lambda: consent_form(ledger, actor, row.id))
    if form is None:
        return
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    choice.deliver(consent_form_document(form), f"{documents}/{row.number}.pdf")


def new_provision(view: View) -> None:
    _run(view, ProvisionDialog(view.context, view.filters.client_id, view))


def show_provision_record(view: View) -> None:
    row = view.selected_row()
    if row is None:
        return
    ledger, actor = view.context.ledger, view.context.actor
    record = run_op(view, view.context, lambda: get_provision_record(ledger, actor, row.id))
    if record is None:
        return
    consent = (
        QCoreApplication.translate("ConsentActions", "Yes")
        if record.consent_obtained
        else QCoreApplication.translate("ConsentActions", "No: {basis}").format(
            basis=record.legal_basis
        )
    )
    details = "\n".join(
        (
            QCoreApplication.translate("ConsentActions", "Provided on: {day}").format(
                day=record.provided_on.isoformat()
            ),
            QCoreApplication.translate("ConsentActions", "Consent obtained: {answer}").format(
                answer=consent
            ),
            QCoreApplication.translate(
                "ConsentActions", "Recipient: {name}, {address} {representative}"
            ).format(
                name=record.recipient_name,
                address=record.recipient_address,
                representative=record.recipient_representative,
            ),
            QCoreApplication.translate("ConsentActions", "Person: {person}").format(
                person=record.person
            ),
            QCoreApplication.translate("ConsentActions", "Data items: {items}").format(
                items="、".join(record.items)
            ),
            QCoreApplication.translate("ConsentActions", "Keep until: {day}").format(
                day=record.retention_end.isoformat()
            ),
        )
    )
    title = QCoreApplication.translate(
        "ConsentActions", "Record of provision {number} (APPI Art. 29)"
    ).format(number=row.number)
    if record.exempt:
        title += "\n" + QCoreApplication.translate(
            "ConsentActions", "Not required: the recipient is a government body or a basis applies."
        )
    inform(view, title, details)


def purge(view: View) -> None:
    if not confirm(
        view,
        QCoreApplication.translate(
            "ConsentActions", "Purge the provision and receipt records past their retention?"
        ),
        QCoreApplication.translate(
            "ConsentActions", "They are deleted for good; the audit trail records how many."
        ),
        yes=QCoreApplication.translate("ConsentActions", "Purge"),
    ):
        return
    ledger, actor = view.context.ledger, view.context.actor
    done = run_op(
        view,
        view.context,
        lambda: purge_expired_records(ledger, actor, date.today()),
        changed=Area.CONSENTS,
    )
    if done is not None:
        inform(
            view,
            QCoreApplication.translate(
                "ConsentActions",
                "{provisions} provision records and {receipts} receipt records purged.",
            ).format(provisions=done.provisions, receipts=done.receipts),
        )


def new_receipt(view: View) -> None:
    _run(view, ReceiptDialog(view.context, view.filters.client_id, view))


def edit_recipient(view: View, row: Any) -> None:
    _run(view, RecipientDialog(view.context, row, view))
