"""An organisation written with its town and without it (``places.town_tail`` on organisations,
docs/ner.md, "Alias resolution"). Invented Indonesian sentences, hand-made mentions where the point
is what the linker does with them."""

from __future__ import annotations

from kliping.link.aliases.places import town_tail
from tests.test_aliases_qa4 import _entity_of
from tests.test_aliases_qa8 import _evidence


def test_an_institution_with_its_own_name_splits_into_body_and_town():
    assert town_tail("Universitas Mandala Raya Semarang", "ORG") == ("Universitas Mandala Raya", "Semarang")
    assert town_tail("Ponpes Al-Hikmah Jombang", "ORG") == ("Ponpes Al-Hikmah", "Jombang")
    assert town_tail("Rumah Sakit Harapan Kasih Bandar Lampung", "ORG") == ("Rumah Sakit Harapan Kasih",
                                                                            "Bandar Lampung")


def test_an_office_with_a_branch_in_every_town_is_no_named_body():
    # the bare name says which kind of office, not which one: each town has its own
    assert town_tail("Pengadilan Tipikor Bandung", "ORG") is None
    assert town_tail("Kejaksaan Negeri Klaten", "ORG") is None
    assert town_tail("Polres Metro Bekasi", "ORG") is None
    assert town_tail("Universitas Negeri Malang", "ORG") is None
    # a party's town branch, a government agency of common words, a company with branches
    assert town_tail("DPC Gerindra Bogor", "ORG") is None
    assert town_tail("Badan Penanggulangan Bencana Daerah Garut", "ORG") is None
    assert town_tail("Bank Sejahtera Medan", "ORG") is None


def test_an_institution_written_with_its_town_is_the_bare_name_its_event_writes():
    from kliping.link import link

    ev = _evidence("o1", ["Ratusan santri Ponpes Al-Hikmah Jombang mengikuti lomba pidato pada Sabtu.",
                          "Pengasuh Ponpes Al-Hikmah menyebut lomba itu digelar setiap tahun."],
                   [(0, "Ponpes Al-Hikmah Jombang", "ORG", None), (1, "Ponpes Al-Hikmah", "ORG", None)])
    story = link([ev])
    body = _entity_of(story, "o1", "Ponpes Al-Hikmah")
    assert len(body) == 1 and _entity_of(story, "o1", "Ponpes Al-Hikmah Jombang") == body


def test_an_office_or_a_body_written_with_two_towns_stays_apart():
    from kliping.link import link

    ev = _evidence("o2", ["Sidang perkara itu digelar di Pengadilan Tipikor Bandung pada Selasa.",
                          "Hakim Pengadilan Tipikor menunda putusan sepekan."],
                   [(0, "Pengadilan Tipikor Bandung", "ORG", None), (1, "Pengadilan Tipikor", "ORG", None)])
    story = link([ev])
    assert not _entity_of(story, "o2", "Pengadilan Tipikor Bandung") & _entity_of(story, "o2", "Pengadilan Tipikor")
    # one name written with two towns in the run: the bare name may be either
    one = _evidence("o3", ["Wisuda Universitas Mandala Raya Semarang dihadiri orang tua mahasiswa.",
                           "Rektor Universitas Mandala Raya memberi sambutan."],
                    [(0, "Universitas Mandala Raya Semarang", "ORG", None), (1, "Universitas Mandala Raya", "ORG", None)])
    two = _evidence("o4", ["Kampus Universitas Mandala Raya Surabaya membuka pendaftaran baru.",
                           "Pendaftar Universitas Mandala Raya meningkat tahun ini."],
                    [(0, "Universitas Mandala Raya Surabaya", "ORG", None), (1, "Universitas Mandala Raya", "ORG", None)])
    story = link([one, two])
    assert not (_entity_of(story, "o3", "Universitas Mandala Raya Semarang")
                & _entity_of(story, "o3", "Universitas Mandala Raya"))
