from pasoss_activator.core import base32
from pasoss_activator.core.checksums import crc8, luhn32


def test_luhn_vector_from_design() -> None:
    assert luhn32("1234") == "G"


def test_luhn_blind_spot_is_0z_z0() -> None:
    # DESIGN 3.1: the one adjacent transposition Luhn mod 32 cannot see.
    assert luhn32("A0ZB") == luhn32("AZ0B")
    assert luhn32("0Z00") == luhn32("Z000")


def test_crc8_check_value() -> None:
    # CRC-8/SMBUS (poly 0x07, init 0, no reflection, no xorout): check value of "123456789".
    assert crc8(b"123456789") == 0xF4
    assert crc8(b"") == 0


def test_base32_known_values() -> None:
    assert base32.encode(b"\x00") == "00"
    assert base32.encode(b"\xff") == "ZW"  # 11111 111(00)
    assert base32.encode(b"\x10\x20") == "20G0"  # 00010 00000 10000 0(000)
    assert base32.decode("ZW", 1) == (b"\xff", 0)
    assert base32.decode("ZZ", 1) == (b"\xff", 3)  # pad bits reported, not hidden
