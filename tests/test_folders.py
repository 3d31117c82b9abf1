"""Output folders: checked before any work, and written so that an interruption leaves the old files whole."""

from __future__ import annotations

import pytest

from pipeline.io.folders import check_replaceable, check_writable, write_folder, write_text


def test_a_new_folder_is_writable_and_the_check_leaves_nothing_behind(tmp_path):
    check_writable(tmp_path / "yeni" / "qovluq")
    assert list(tmp_path.iterdir()) == []


def test_a_file_in_the_way_is_named(tmp_path):
    (tmp_path / "fayl").write_text("", encoding="utf-8")
    with pytest.raises(ValueError, match="is a file, not a folder"):
        check_writable(tmp_path / "fayl")
    with pytest.raises(ValueError, match=f"cannot create {tmp_path / 'fayl' / 'x'}: {tmp_path / 'fayl'} is a file"):
        check_writable(tmp_path / "fayl" / "x")


def _model(folder, version: str) -> None:
    (folder / "meta.json").write_text(version, encoding="utf-8")
    (folder / "weights").write_text(version, encoding="utf-8")


def test_a_model_folder_is_replaced_whole(tmp_path):
    target = tmp_path / "ner"
    target.mkdir()
    _model(target, "köhnə")
    write_folder(target, lambda folder: _model(folder, "yeni"), "meta.json")
    assert (target / "weights").read_text(encoding="utf-8") == "yeni"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["ner"]  # no staging or retired folder left


def test_an_interrupted_write_leaves_the_old_model_whole(tmp_path):
    target = tmp_path / "ner"
    target.mkdir()
    _model(target, "köhnə")

    def interrupted(folder):
        (folder / "meta.json").write_text("yeni", encoding="utf-8")
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        write_folder(target, interrupted, "meta.json")
    assert (target / "weights").read_text(encoding="utf-8") == "köhnə"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["ner"]


def test_a_folder_of_other_files_is_not_replaced(tmp_path):
    (tmp_path / "qeydlər.txt").write_text("vacib", encoding="utf-8")
    with pytest.raises(ValueError, match="holds files that are not"):
        check_replaceable(tmp_path, "meta.json")
    check_replaceable(tmp_path / "yeni", "meta.json")  # new: fine


def test_training_refuses_such_a_folder_before_it_trains(tmp_path):
    from pipeline.train import train

    (tmp_path / "qeydlər.txt").write_text("vacib", encoding="utf-8")
    with pytest.raises(ValueError, match="holds files that are not"):
        train(tmp_path / "no-data", tmp_path)  # no data either: the folder is found first


def test_a_text_file_is_written_whole_or_not_at_all(tmp_path, monkeypatch):
    path = tmp_path / "banker-0001.json"
    write_text(path, '{"id": "köhnə"}\n')
    import pipeline.io.folders as folders

    def interrupted(*args):
        raise KeyboardInterrupt

    monkeypatch.setattr(folders.os, "replace", interrupted)
    with pytest.raises(KeyboardInterrupt):
        write_text(path, '{"id": "yeni"}\n')
    assert path.read_text(encoding="utf-8") == '{"id": "köhnə"}\n'
    assert [p.name for p in tmp_path.iterdir()] == ["banker-0001.json"]
