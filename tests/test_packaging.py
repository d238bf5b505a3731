"""An installed wheel must carry every subpackage, the shipped model and the training data."""

from __future__ import annotations

import tomllib

from conftest import ROOT

from cleaner.paths import bundled


def setuptools_config() -> dict:
    with open(ROOT / "pyproject.toml", "rb") as handle:
        return tomllib.load(handle)["tool"]["setuptools"]


def test_every_subpackage_is_packaged():
    packages = set(setuptools_config()["packages"])
    on_disk = {
        ".".join(init.parent.relative_to(ROOT).parts)
        for init in (ROOT / "cleaner").rglob("__init__.py")
        if "__pycache__" not in init.parts
    }
    assert on_disk <= packages, f"missing from pyproject packages: {on_disk - packages}"


def test_model_and_training_data_go_into_the_wheel():
    config = setuptools_config()
    mapped = config["package-dir"]
    data = config["package-data"]
    assert (ROOT / mapped["cleaner.models"] / "cleaner.npz").is_file()
    assert (ROOT / mapped["cleaner.models"] / "cleaner.json").is_file()
    assert list((ROOT / mapped["cleaner.training_data"]).glob("*.jsonl"))
    assert {"*.npz", "*.json"} <= set(data["cleaner.models"])
    assert "*.jsonl" in data["cleaner.training_data"]


def test_a_checkout_uses_the_folders_beside_the_package():
    assert bundled("models") == ROOT / "models"
    assert bundled("training_data") == ROOT / "training_data"
