"""A name with descriptors before it may also carry a description set off
by commas before its verb ("lead author Jo Roe, a professor at X, told"),
and a role's portfolio may be printed in lower case between the role and
the name ("party secretary of education Jo Roe said"). Either way the name
speaks; a spokesman "for" a body is still someone unnamed. Every sentence
here is written for the test."""

import pytest

from . import textutil

speakers_of = textutil.speakers_of


@pytest.mark.parametrize(
    "sentences, expected",
    [
        (["“The numbers are stark,” lead author Ana Roe, a professor at Tallow University, told the paper."], "Ana Roe"),
        (["“The numbers are stark,” co-lead author Dr. Ana Roe, a senior lecturer and surgeon at Tallow University, "
          "told the paper by phone."], "Ana Roe"),
        (["“The numbers are stark,” chief economist Ana Roe, of Tallow Bank, said."], "Ana Roe"),
        (["“The numbers are stark,” lead author Ana Roe, a professor, said."], "Ana Roe"),
        # guards: the description is the one a name is set off after, not a second subject
        (["“The numbers are stark,” Ana Roe, a professor at Tallow University, told the paper."], "Ana Roe"),
        (["“The numbers are stark,” party leader Ana Roe, who farms nearby, said."], "Ana Roe"),
    ],
)
def test_a_described_name_with_its_description_set_off_speaks(sentences, expected):
    assert [speaker for _, speaker in speakers_of(sentences)] == [expected]


@pytest.mark.parametrize(
    "sentences, expected",
    [
        (["“The buses will run as normal,” secretary of education Ana Roe said."], "Ana Roe"),
        (["“The buses will run as normal,” party secretary of education Ana Roe said in a statement."], "Ana Roe"),
        (["“The buses will run as normal,” Tallow Party secretary for health Ana Roe said."], "Ana Roe"),
        (["Party secretary of education Ana Roe said: “The buses will run as normal.”"], "Ana Roe"),
        # guards: a body after "for" is whose spokesman he is; the spokesman is unnamed
        (["Tallow Rail cut two routes.", "“Some trains stayed in the depot today,” a spokesman for Tallow Rail said."], "Tallow Rail"),
        (["“Some trains stayed in the depot today,” said a spokesman for the minister of transport."], None),
        (["“Some trains stayed in the depot today,” a spokeswoman for council Greens said."], None),
        (["A spokeswoman for council Greens said: “Some trains stayed in the depot today.”"], None),
    ],
)
def test_a_portfolio_in_lower_case_between_role_and_name(sentences, expected):
    assert [speaker for _, speaker in speakers_of(sentences)] == [expected]
