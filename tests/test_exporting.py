"""`flask export`: where it may write, and the host rules it writes."""

import re

import pytest

from pwa.export import MARKER, ExportError, clear, nginx_conf


def test_a_new_folder_is_created_and_marked_as_an_export(tmp_path):
    target = tmp_path / "new" / "dist"
    clear(target)
    assert [p.name for p in target.iterdir()] == [MARKER]


def test_an_empty_folder_is_used(tmp_path):
    clear(tmp_path)
    assert (tmp_path / MARKER).is_file()


def test_an_earlier_export_is_replaced_whole(tmp_path):
    clear(tmp_path)
    (tmp_path / "guide").mkdir()
    (tmp_path / "guide" / "stale.html").write_text("old")
    clear(tmp_path)
    assert [p.name for p in tmp_path.iterdir()] == [MARKER]


def test_a_folder_it_did_not_write_is_left_alone(tmp_path):
    (tmp_path / "notes").mkdir()
    (tmp_path / "notes" / "precious.txt").write_text("mine")
    with pytest.raises(ExportError, match="not empty and was not written by `flask export`"):
        clear(tmp_path)
    assert (tmp_path / "notes" / "precious.txt").read_text() == "mine"
    assert not (tmp_path / MARKER).exists()


def test_a_file_in_the_way_is_left_alone(tmp_path):
    target = tmp_path / "dist"
    target.write_text("mine")
    with pytest.raises(ExportError, match="is a file"):
        clear(target)
    assert target.read_text() == "mine"


def test_the_command_refuses_with_a_message_and_deletes_nothing(app, tmp_path):
    (tmp_path / "index.html").write_text("someone else's site")
    result = app.test_cli_runner().invoke(args=["export", str(tmp_path)])
    assert result.exit_code == 1
    assert f"Error: {tmp_path} is not empty and was not written by `flask export`" in result.output
    assert "Traceback" not in result.output
    assert [p.name for p in tmp_path.iterdir()] == ["index.html"]


def test_nginx_rules_extend_its_mime_table_instead_of_replacing_it():
    conf = nginx_conf()
    include = conf.index("include mime.types;")
    types = [m.start() for m in re.finditer(r"\btypes\s*\{", conf)]
    assert types and all(start > include for start in types)
    assert "application/manifest+json webmanifest;" in conf
