"""Liveness probe: answers without touching the database (SPEC §3)."""

from __future__ import annotations

from flask.views import MethodView

from ..apidoc import Blueprint
from ..auth import public
from ..schemas import HealthSchema
from .common import PREFIX

blp = Blueprint("health", __name__, url_prefix=PREFIX, description="Liveness")


@blp.route("/health")
class Health(MethodView):
    @public
    @blp.response(200, HealthSchema)
    def get(self) -> dict[str, str]:
        """Is the process up? (Does not check the database.)"""
        return {"status": "ok"}
