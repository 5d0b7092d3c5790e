"""Flask-WTF forms. Each carries a CSRF token bound to the session (CSRFProtect also checks it)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from flask_wtf import FlaskForm
from flask_wtf.file import FileField, FileRequired
from wtforms import (
    BooleanField,
    HiddenField,
    IntegerField,
    PasswordField,
    RadioField,
    SelectField,
    StringField,
    SubmitField,
    TextAreaField,
)
from wtforms.validators import AnyOf, DataRequired, Length, NumberRange, Optional, Regexp, ValidationError

from ..models import SuspectStatus


class SafeNumberRange(NumberRange):
    """wtforms' NumberRange calls math.isnan() on the value: a 40-digit integer raised OverflowError (a 500)."""

    def __call__(self, form: Any, field: Any) -> None:
        if isinstance(field.data, int) and abs(field.data) > 2**53:
            raise ValidationError(self.message or "out of range")
        super().__call__(form, field)

NOTE_MAX = 4000  # the JSON API's DecisionInputSchema allows the same

# The moderator's choices, in the order they read best; "open" appears only to reopen a closed case.
DECISION_CHOICES: tuple[tuple[str, str, str], ...] = (
    (SuspectStatus.ESCALATED.value, "Escalate", "Refer to the platform's safety team or the police"),
    (SuspectStatus.ACTIONED.value, "Actioned", "Action has been taken (account reported, removed, ...)"),
    (SuspectStatus.DISMISSED.value, "Dismiss", "Not a concern; take it off the open queue"),
    (SuspectStatus.OPEN.value, "Reopen", "Put it back on the open queue"),
)


class LoginForm(FlaskForm):
    username = StringField("Username", validators=[DataRequired(), Length(max=64)],
                           render_kw={"autocomplete": "username", "autocapitalize": "none", "spellcheck": "false"})
    password = PasswordField("Password", validators=[DataRequired(), Length(max=1024)],
                             render_kw={"autocomplete": "current-password"})
    submit = SubmitField("Log in")


class DecisionForm(FlaskForm):
    # Rendered by the template as radio buttons with hints (the current status is left out there).
    status = StringField("Decision", validators=[
        DataRequired(message="Choose a decision."),
        AnyOf([value for value, _, _ in DECISION_CHOICES], message="Choose a decision."),
    ])
    note = TextAreaField("Note", validators=[DataRequired(message="Write a short note for the record."),
                                             Length(max=NOTE_MAX)],
                         render_kw={"rows": 4, "maxlength": NOTE_MAX})
    submit = SubmitField("Record decision")


class EvidenceForm(FlaskForm):
    """The explicit "show shared evidence" action: a POST, so nothing (prefetch, crawler, link preview)
    can view evidence - and write an audit row in a moderator's name - by merely following a link."""

    report_id = HiddenField(validators=[Optional(), Regexp(r"^[0-9a-fA-F-]{36}$")])
    submit = SubmitField("Show shared evidence")


class LogoutForm(FlaskForm):
    submit = SubmitField("Log out")


# ---------------------------------------------------------------- workbench: case work, settings


class CaseForm(FlaskForm):
    """A bare CSRF-checked action (claim, release, export): the URL says what it acts on."""

    submit = SubmitField("Go")


class AssignForm(FlaskForm):
    assignee = SelectField("Assign to", coerce=int, validators=[DataRequired(message="Choose a moderator.")])
    submit = SubmitField("Assign")

    @classmethod
    def for_users(cls, users: Sequence[Any], owner: Any = None) -> AssignForm:
        form = cls()
        form.assignee.choices = [(u.id, u.username) for u in users]
        if owner is not None and not form.is_submitted():
            form.assignee.data = owner.user_id
        return form


class BulkForm(FlaskForm):
    """One decision and one note for every selected row of the queue (ids come as repeated `ids`)."""

    status = RadioField("Decision for the selected suspects", choices=[
        ("dismissed", "Dismiss"), ("escalated", "Escalate")], validators=[DataRequired(message="Choose a decision.")])
    note = TextAreaField("Note (recorded on each selected suspect)", validators=[
        DataRequired(message="Write a short note for the record."), Length(max=NOTE_MAX)],
        render_kw={"rows": 2, "maxlength": NOTE_MAX})
    back = HiddenField()
    submit = SubmitField("Apply to selected")


class TimeZoneForm(FlaskForm):
    time_zone = SelectField("Time zone", validators=[DataRequired()])
    submit = SubmitField("Save")


# ---------------------------------------------------------------- ML staff


class UploadForm(FlaskForm):
    bundle = FileField("Signed bundle (.zip)", validators=[FileRequired(message="Choose a bundle file.")])
    signature = StringField("Detached Ed25519 signature (base64)", validators=[
        DataRequired(message="Paste the bundle's signature."), Length(max=200)],
        render_kw={"autocomplete": "off", "spellcheck": "false"})
    submit = SubmitField("Upload and verify")


class StageForm(FlaskForm):
    version = HiddenField(validators=[DataRequired(), Length(max=64)])
    percent = IntegerField("Cohort %", validators=[SafeNumberRange(min=1, max=100, message="Choose 1 to 100 percent.")],
                           render_kw={"min": 1, "max": 100, "inputmode": "numeric"})
    submit = SubmitField("Stage")


class ConfirmForm(FlaskForm):
    """Promote / halt / roll back: the version the person saw must still be the one acted on."""

    version = HiddenField(validators=[DataRequired(), Length(max=64)])
    confirm = BooleanField("I have compared the figures and confirm", validators=[
        DataRequired(message="Tick the box to confirm.")])
    submit = SubmitField("Confirm")


# ---------------------------------------------------------------- admins


class NewUserForm(FlaskForm):
    username = StringField("Username", validators=[DataRequired(), Length(max=64),
                                                   Regexp(r"^[A-Za-z0-9_.-]+$", message="Letters, digits, _ . - only.")],
                           render_kw={"autocomplete": "off", "autocapitalize": "none", "spellcheck": "false"})
    role = SelectField("Role", choices=[("moderator", "Moderator"), ("ml_staff", "ML staff"), ("admin", "Admin")])
    password = PasswordField("Initial password", validators=[DataRequired(), Length(max=1024)],
                             render_kw={"autocomplete": "new-password"})
    submit = SubmitField("Create user")


class RoleForm(FlaskForm):
    role = SelectField("Role", choices=[("moderator", "Moderator"), ("ml_staff", "ML staff"), ("admin", "Admin")])
    submit = SubmitField("Change role")


class TokenForm(FlaskForm):
    name = StringField("Token name", validators=[DataRequired(), Length(max=64)], render_kw={"autocomplete": "off"})
    submit = SubmitField("Create token")
