"""Names of no entity from the round-23 read of detik-dev: a team named only by its role
(``Tim Pengarah``) and ``AI`` (artificial intelligence), which the tagger typed organisations.

Every sentence here is written for these tests (no article text); each is one the tagger reads the
team or ``AI`` in as an organisation.
"""

from __future__ import annotations

from kliping.extract.entities import extract_mentions
from kliping.model import Document
from tests.quote_helpers import doc


def _types(d: Document) -> dict[str, str]:
    return {m.text: m.type for m in extract_mentions(d)}


def test_a_team_named_only_by_its_role_is_no_entity():
    got = _types(doc("Rapat itu dipimpin Menteri Koordinator Pangan selaku Ketua Tim Pengarah untuk program "
                     "pengendalian harga beras."))
    assert "Tim Pengarah" not in got
    got = _types(doc("Wakil Ketua Tim Kerja Teknis menyampaikan laporan kepada bupati pada Kamis pagi."))
    assert "Tim Kerja Teknis" not in got


def test_the_body_beside_a_role_only_team_and_a_named_team_stay():
    got = _types(doc("Ketua Tim Penyidik Kejaksaan Tinggi Bali menyerahkan berkas kepada jaksa penuntut umum."))
    assert "Tim Penyidik" not in got
    assert got.get("Kejaksaan Tinggi Bali") == "ORG"
    got = _types(doc("Pelatih Tim Nasional Indonesia memanggil tiga pemain muda untuk pemusatan latihan."))
    assert got.get("Tim Nasional Indonesia") == "ORG"


def test_ai_as_artificial_intelligence_is_no_organisation_and_the_platform_stays():
    got = _types(doc("Foto palsu yang dihasilkan AI di Facebook itu sempat dibagikan ribuan kali sebelum dihapus."))
    assert "AI" not in got
    assert got.get("Facebook") == "PRODUCT"  # kept; a platform written as a medium (twenty-fourth round)
