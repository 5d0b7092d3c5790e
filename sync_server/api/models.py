"""Model updates for devices (SPEC §3): the manifest for this device's cohort, and the bundle bytes."""

from __future__ import annotations

from typing import Any

from flask import Response, request, url_for
from flask.views import MethodView

from ..apidoc import Blueprint
from ..auth import current_device_id, device_required
from ..errors import NotFound
from ..schemas import ManifestSchema
from ..services import releases
from .common import PREFIX

blp = Blueprint("models", __name__, url_prefix=PREFIX, description="Model bundles for devices")


def _not_modified(etag: str) -> Response | None:
    if request.if_none_match.contains(etag.strip('"')):
        response = Response(status=304)
        response.headers["ETag"] = etag
        return response
    return None


@blp.route("/models/current", endpoint="current")
class CurrentModel(MethodView):
    @device_required
    @blp.response(200, ManifestSchema, headers={"ETag": {"schema": {"type": "string"}}})
    @blp.alt_response(304, description="Not Modified (If-None-Match matched the ETag)")
    @blp.alt_response(404, response="NOT_FOUND", description="no model is published (code no_model)")
    def get(self) -> Any:
        """The manifest of the bundle this device should run (staged cohort or current release)."""
        release = releases.release_for_device(current_device_id())
        if release is None:
            raise NotFound("no model is published yet", code="no_model")
        etag = f'"{release.sha256}"'
        cached = _not_modified(etag)
        if cached is not None:
            return cached
        url = url_for("models.bundle", version=release.version, _external=True)
        return releases.manifest(release, url), 200, {"ETag": etag, "Cache-Control": "private, no-cache"}


@blp.route("/models/<string:version>/bundle", endpoint="bundle")
class ModelBundle(MethodView):
    @device_required
    @blp.response(200, content_type="application/zip", description="the signed bundle (zip) bytes")
    @blp.alt_response(304, description="Not Modified")
    @blp.alt_response(404, response="NOT_FOUND")
    def get(self, version: str) -> Response:
        """Bundle bytes; verify the signature and sha256 from the manifest before using them."""
        release = releases.downloadable(version)
        etag = f'"{release.sha256}"'
        cached = _not_modified(etag)
        if cached is not None:
            return cached
        response = Response(release.data, mimetype="application/zip")
        response.headers["ETag"] = etag
        response.headers["Cache-Control"] = "private, max-age=86400, immutable"
        response.headers["Content-Disposition"] = f'attachment; filename="guardline-{release.version}.zip"'
        return response
