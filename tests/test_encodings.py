"""Bad input through the API and the CLI: encodings and bytes that are not text.

Meta charsets, legacy codecs, byte order marks, UTF-16 without one, stray bytes in UTF-8,
binary files, wrong Python types and a non-UTF-8 locale. Each case must end in a result
that loses nothing or in one clear line on stderr with exit 2; never a traceback.
"""

from __future__ import annotations

import codecs
import gzip
import random

import pytest
from conftest import (
    ARABIC,
    JAPANESE,
    KOREAN,
    PARAGRAPH,
    RUSSIAN,
    assert_one_line_error,
    json_result,
    page,
    restore,
    run,
)
from test_properties import assert_contract

from cleaner.errors import InputError
from cleaner.sources import decode_bytes

POLISH = [
    "Rada miasta zdecydowała we wtorek o zamknięciu starego mostu na czas remontu.",
    "Żółte światła na skrzyżowaniu zgasną, a ruch zostanie skierowany objazdem.",
]


@pytest.mark.parametrize(
    ("paragraphs", "charset", "codec", "http_equiv"),
    [
        (RUSSIAN, "windows-1251", "cp1251", False),
        (RUSSIAN, "koi8-r", "koi8-r", True),
        (JAPANESE, "Shift_JIS", "shift_jis", False),
        (JAPANESE, "EUC-JP", "euc-jp", True),
        (KOREAN, "EUC-KR", "euc-kr", False),
        # Detection alone reads this Polish page as Latin-1 ("zdecydowa³a"): the meta wins.
        (POLISH, "windows-1250", "cp1250", True),
    ],
    ids=["windows-1251", "koi8-r", "shift_jis", "euc-jp", "euc-kr", "windows-1250"],
)
def test_html_meta_charset_is_honoured(cleaner, paragraphs, charset, codec, http_equiv):
    html = page(paragraphs, charset, http_equiv)
    assert decode_bytes(html.encode(codec)) == html
    result = cleaner.clean(html.encode(codec))
    assert result.source == "html"
    for paragraph in paragraphs:
        assert paragraph in result.extracted
    assert_contract(result.extracted, result)


def test_meta_charset_page_through_the_cli(tmp_path):
    path = tmp_path / "ru.html"
    path.write_bytes(page(RUSSIAN, "windows-1251").encode("cp1251"))
    record = json_result(run("clean", "--format", "json", str(path)))
    assert record["source"] == "html"
    assert all(p in record["extracted"] for p in RUSSIAN)
    assert restore(record, record["extracted"]) == record["extracted"]


@pytest.mark.parametrize(
    ("text", "codec"),
    [
        ("\n".join(RUSSIAN), "cp1251"),
        ("\n".join(RUSSIAN), "koi8-r"),
        ("\n".join(JAPANESE), "shift_jis"),
        ("\n".join(KOREAN), "euc-kr"),
        (
            "北京市政府周一公布了明年的预算草案。据知情人士透露，重点将放在教育和防灾方面。",
            "gb18030",
        ),
        ("Die Stadt erhöht die Gebühren für Müllabfuhr ab März um fünf Prozent.", "latin-1"),
    ],
    ids=["cp1251", "koi8-r", "shift_jis", "euc-kr", "gb18030", "latin-1"],
)
def test_legacy_plain_text_is_detected(text, codec):
    assert decode_bytes(text.encode(codec)) == text


def test_explicit_encoding_beats_detection(tmp_path):
    text = "\n".join(POLISH) + "\n"
    path = tmp_path / "pl.txt"
    path.write_bytes(text.encode("cp1250"))
    assert decode_bytes(path.read_bytes()) != text  # detection alone gets this one wrong
    proc = run("clean", "--encoding", "windows-1250", str(path))
    assert proc.returncode == 0, proc.stderr.decode()
    assert proc.stdout.decode() == text


def test_unknown_encoding_name_is_one_line(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(PARAGRAPH)
    assert_one_line_error(run("clean", "--encoding", "no-such-codec", str(path)), "no-such-codec")


@pytest.mark.parametrize(
    ("codec", "bom"),
    [
        ("utf-8", codecs.BOM_UTF8),
        ("utf-16-le", codecs.BOM_UTF16_LE),
        ("utf-16-be", codecs.BOM_UTF16_BE),
        ("utf-32-le", codecs.BOM_UTF32_LE),
        ("utf-32-be", codecs.BOM_UTF32_BE),
    ],
)
def test_byte_order_mark_picks_the_codec_and_is_dropped(cleaner, codec, bom):
    text = f"{PARAGRAPH}\n{RUSSIAN[0]}\nShare this article\n"
    data = bom + text.encode(codec)
    assert decode_bytes(data) == text
    assert_contract(text, cleaner.clean(data))
    # An explicit --encoding on BOM input drops the BOM too.
    assert decode_bytes(data, codec) == text


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_without_bom_is_text_not_binary(codec):
    text = f"{PARAGRAPH}\n{RUSSIAN[0]}\n"
    assert decode_bytes(text.encode(codec)) == text


def test_utf16_file_through_the_cli(tmp_path):
    path = tmp_path / "u16.txt"
    path.write_bytes(f"{PARAGRAPH}\n{ARABIC}\n".encode("utf-16"))
    proc = run("clean", str(path))
    assert proc.returncode == 0, proc.stderr.decode()
    assert proc.stdout.decode() == f"{PARAGRAPH}\n{ARABIC}\n"


def test_a_stray_byte_in_utf8_garbles_nothing(cleaner):
    lines = [PARAGRAPH, "Grüße aus Köln — „Zitat“ und Ärger.", RUSSIAN[0], "Share this article"]
    good = "\n".join(lines) + "\n"
    cut = good.index("Köln") + 2
    data = good[:cut].encode() + b"\xff" + good[cut:].encode()
    expected = good[:cut] + "ÿ" + good[cut:]  # the stray byte read as Windows-1252
    assert decode_bytes(data) == expected
    result = cleaner.clean(data)
    assert_contract(expected, result)
    assert PARAGRAPH in result.text and RUSSIAN[0] in result.text


def test_a_stray_byte_through_the_cli_keeps_every_line():
    german = "Die Stadt Köln erhöht ab März die Gebühren für die Müllabfuhr, sagte ein Sprecher."
    good = f"{PARAGRAPH}\n{german}\n{RUSSIAN[0]}\n"
    data = good.encode().replace("ö".encode(), b"\xf6", 1)  # one Latin-1 byte in UTF-8 text
    record = json_result(run("clean", "--format", "json", "-", stdin=data))
    assert restore(record, good) == good
    assert german in record["text"]


def test_utf8_page_with_one_latin1_byte_keeps_its_utf8(cleaner):
    # A UTF-8 page (declaring UTF-8) with a pasted Latin-1 "ï": no mojibake anywhere.
    html = page(["Le café de la gare a rouvert ses portes mardi matin.", "Un naïf témoin."])
    data = html.encode().replace("ï".encode(), b"\xef")
    result = cleaner.clean(data)
    assert "Le café de la gare a rouvert ses portes mardi matin." in result.extracted
    assert "Un naïf témoin." in result.extracted


BINARIES = {
    "gzip": gzip.compress(("\n".join(RUSSIAN) * 50).encode()),
    "elf": b"\x7fELF\x02\x01\x01\x00" + bytes(range(256)) * 20,
    "zip": b"PK\x03\x04\x14\x00\x00\x00\x08\x00" + random.Random(1).randbytes(4000),
    "random": random.Random(0).randbytes(10_000),
    "nul_run": b"\x00" * 5000,
}


@pytest.mark.parametrize("name", sorted(BINARIES))
def test_binary_input_is_refused(cleaner, name):
    with pytest.raises(InputError, match="binary"):
        cleaner.clean(BINARIES[name])


def test_binary_on_stdin_is_one_line():
    assert_one_line_error(run("clean", "-", stdin=BINARIES["gzip"]), "binary")


@pytest.mark.parametrize("value", [None, 42, ["text"]])
def test_wrong_python_type_is_an_input_error(cleaner, value):
    with pytest.raises(InputError):
        cleaner.clean(value)


def test_output_survives_a_non_utf8_locale(tmp_path):
    path = tmp_path / "ru.txt"
    path.write_text("\n".join(RUSSIAN) + "\n", encoding="utf-8")
    proc = run("clean", str(path), env={"PYTHONIOENCODING": "latin-1"})
    assert proc.returncode == 0, proc.stderr.decode()
    assert proc.stdout.decode("utf-8") == "\n".join(RUSSIAN) + "\n"
