"""`python -m device_app demo`: the headless device prints each alert in the screen's words."""

from __future__ import annotations

import argparse

from device_app.demo import main, plain


def test_the_demo_prints_the_alert_as_the_screen_words_it_with_the_countrys_help(
    server, tmp_path, capsys, monkeypatch
):
    monkeypatch.setenv("GUARDLINE_COUNTRY", "GB")
    args = argparse.Namespace(
        server=server.url, feed=None, enrollment_code=None, data_dir=str(tmp_path), speed=0.0, devices=1
    )
    assert main(args) == 0
    out = capsys.readouterr().out
    assert "Help: Childline" in out and "0800 1111" in out and "[b]" not in out
    assert "every report reached the server" in out


def test_screen_markup_becomes_plain_text():
    assert plain("[b]Childline[/b]: call\n[color=4054d1]https://x[/color] &bl;b&br;") == "Childline: call\nhttps://x [b]"
