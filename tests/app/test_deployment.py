"""Parent-led set-up: a deployment file, the start-up settings and set-up links choose the server."""

from __future__ import annotations

import json

import pytest

from device_app.app.app_controller import default_config
from device_app.services.deployment import (
    Deployment,
    DeploymentError,
    from_environment,
    load_deployment,
    parse_setup_link,
    setup_link,
    setup_qr_png,
)


@pytest.fixture
def deployment_file(tmp_path, monkeypatch):
    path = tmp_path / "deployment.json"
    monkeypatch.setenv("GUARDLINE_DEPLOYMENT", str(path))
    monkeypatch.delenv("GUARDLINE_SERVER", raising=False)
    monkeypatch.delenv("GUARDLINE_ENROLLMENT_CODE", raising=False)
    return path


def test_no_deployment_file_means_no_server(deployment_file):
    assert load_deployment() == Deployment()


def test_the_deployment_file_sets_server_code_and_country(deployment_file):
    deployment_file.write_text(
        json.dumps({"server_url": "https://g.example/", "enrollment_code": "S7", "country": "ie"})
    )
    assert load_deployment() == Deployment("https://g.example", "S7", "IE")


@pytest.mark.parametrize(
    ("content", "why"),
    [
        (b"", "empty"),
        (b"[1, 2]", "JSON object"),
        (b'{"server_url": "ftp://x"}', "http"),
        (b'{"server_url": 5}', "text"),
        (b'{"country": "Narnia"}', "two-letter"),
        (b'{"enrollment_code": "a\\u202eb"}', "control"),
        (b'{"server_url": "https://g.example"', "valid JSON"),
    ],
)
def test_a_broken_deployment_file_is_a_clear_error(deployment_file, content, why):
    deployment_file.write_bytes(content)
    with pytest.raises(DeploymentError, match=why):
        load_deployment()


def test_a_blank_guardline_server_never_hides_the_deployments_server(deployment_file, monkeypatch, tmp_path):
    deployment_file.write_text(json.dumps({"server_url": "https://g.example", "enrollment_code": "S7"}))
    monkeypatch.setenv("GUARDLINE_SERVER", "  ")
    config = default_config(tmp_path)
    assert (config.server_url, config.enrollment_code) == ("https://g.example", "S7")


def test_guardline_server_wins_over_the_deployment_file(deployment_file, monkeypatch, tmp_path):
    deployment_file.write_text(json.dumps({"server_url": "https://g.example", "enrollment_code": "S7"}))
    monkeypatch.setenv("GUARDLINE_SERVER", "http://127.0.0.1:5000")
    config = default_config(tmp_path)
    assert (config.server_url, config.enrollment_code) == ("http://127.0.0.1:5000", "S7")


def test_a_broken_deployment_file_never_stops_the_app(deployment_file, tmp_path):
    deployment_file.write_text("{")
    assert default_config(tmp_path).server_url is None


def test_a_set_up_link_reads_back_what_it_was_made_from():
    made = Deployment("https://g.example", "CODE 7&x=1", "CA")
    assert parse_setup_link(setup_link(made)) == made


def test_a_bare_server_address_is_a_set_up_code_too():
    assert parse_setup_link(" https://g.example ").server_url == "https://g.example"


@pytest.mark.parametrize(
    "text", ["", "hello", "guardline://setup?code=X", "guardline://other?server=https://g"]
)
def test_anything_else_is_refused_in_plain_words(text):
    with pytest.raises(DeploymentError):
        parse_setup_link(text)


def test_the_set_up_link_becomes_a_qr_code_image(tmp_path):
    from PIL import Image

    path = setup_qr_png(Deployment("https://g.example", "S7"), tmp_path / "setup.png")
    assert Image.open(path).size[0] > 100


def test_a_new_service_uses_the_start_up_server_and_a_blank_one_keeps_the_saved(make_service, tmp_path):
    first = make_service(data_dir=tmp_path / "phone", server_url="https://a.example")
    first.close()
    second = make_service(data_dir=tmp_path / "phone", server_url="")
    assert second.server_url == "https://a.example"


def test_from_environment_ignores_blank_values():
    assert from_environment({"GUARDLINE_SERVER": "", "GUARDLINE_ENROLLMENT_CODE": " "}) == Deployment()


def test_the_set_up_code_command_prints_a_link_the_app_accepts(capsys, tmp_path):
    from device_app.services.deployment import main

    assert (
        main(
            [
                "--server",
                "https://g.example",
                "--code",
                "S7",
                "--country",
                "gb",
                "--qr",
                str(tmp_path / "q.png"),
            ]
        )
        == 0
    )
    link = capsys.readouterr().out.strip()
    assert (
        parse_setup_link(link) == Deployment("https://g.example", "S7", "GB")
        and (tmp_path / "q.png").exists()
    )


def test_the_set_up_code_command_refuses_a_bad_address_plainly(capsys):
    from device_app.services.deployment import main

    assert main(["--server", "guardline.example"]) == 2 and "http" in capsys.readouterr().err


def test_the_shipped_deployment_file_loads():
    from device_app.services.deployment import DEPLOYMENT_FILE

    assert DEPLOYMENT_FILE.exists() and isinstance(load_deployment(DEPLOYMENT_FILE), Deployment)
