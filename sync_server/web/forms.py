"""Flask-WTF forms. Each carries a CSRF token bound to the session (CSRFProtect also checks it)."""

from __future__ import annotations

from flask_wtf import FlaskForm
from wtforms import HiddenField, PasswordField, StringField, SubmitField, TextAreaField
from wtforms.validators import AnyOf, DataRequired, Length, Optional, Regexp

from ..models import SuspectStatus

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
