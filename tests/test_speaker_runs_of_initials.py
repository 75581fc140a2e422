"""Initials before a given name are the name's, however they are
printed: run together with the last stop left off ("A.B.M Rafi Kader",
"A.K Roe", as South Asian pages often print them) or three spaced apart
("A. B. M. Rafi Kader"). The name is kept as printed. Every sentence
here is written for the test."""

import pytest

from . import textutil

speakers_of = textutil.speakers_of


@pytest.mark.parametrize(
    "name",
    [
        "A.B.M Rafi Kader",
        "A.K Roe",
        "A. B. M. Rafi Kader",
        "A. B. Rafi Kader",
        # the guards: initials printed with every stop, or one initial
        "A.B.M. Rafi Kader",
        "J. Rafi Kader",
    ],
)
def test_initials_before_a_name_are_kept_as_printed(name):
    found = speakers_of(
        [f"Clinic director {name} said every bed was taken by fever cases this month.", "“The ward by the lift is kept for the fever cases now,” he said."]
    )
    assert found == [("The ward by the lift is kept for the fever cases now,", name)]
