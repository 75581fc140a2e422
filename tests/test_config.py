"""Plugin configuration: documented defaults, and mistakes caught at startup."""

import pytest
import yaml
from datasette.app import Datasette

from datasette_factcheck import config
from datasette_factcheck.web import compat

from .conftest import ROOT


def test_defaults():
    conf = config.parse({})
    assert conf.statuses == ["unchecked", "in_review", "done"]
    assert conf.quote_verdicts == ["accurate", "altered", "spliced", "misattributed", "unsupported"]
    assert conf.claim_verdicts == ["true", "mostly true", "misleading", "false", "unverifiable"]
    assert conf.review_allow is None


def test_custom_vocabulary():
    conf = config.parse({"statuses": ["new", "checked"], "claim_verdicts": ["correct", "wrong"]})
    assert conf.statuses == ["new", "checked"]
    assert conf.claim_verdicts == ["correct", "wrong"]
    assert conf.quote_verdicts == config.DEFAULT_QUOTE_VERDICTS


@pytest.mark.parametrize(
    "raw,message",
    [
        ({"statuse": ["a"]}, "unknown setting(s): statuse"),
        ({"statuses": []}, "statuses must be a non-empty list of strings"),
        ({"statuses": "done"}, "statuses must be a non-empty list of strings"),
        # YAML turns an unquoted true/false into booleans
        ({"claim_verdicts": [True, False]}, "claim_verdicts must be a non-empty list of strings"),
        ({"quote_verdicts": ["a", "a"]}, "quote_verdicts has duplicates"),
        ({"organisation": 3}, "organisation must be a string"),
        ({"review_allow": "alice"}, "review_allow must be an allow block"),
        (["statuses"], "plugin configuration must be a mapping"),
    ],
)
def test_mistakes_are_named(raw, message):
    with pytest.raises(ValueError) as e:
        config.parse(raw)
    assert message in str(e.value)


@pytest.mark.asyncio
async def test_startup_fails_on_a_bad_setting():
    datasette = Datasette(memory=True, metadata={"plugins": {"datasette-factcheck": {"statuses": []}}})
    with pytest.raises(ValueError) as e:
        await datasette.invoke_startup()
    assert "datasette-factcheck: statuses" in str(e.value)


@pytest.mark.asyncio
async def test_startup_accepts_the_shipped_metadata():
    metadata = yaml.safe_load((ROOT / "metadata.yml").read_text())
    datasette = Datasette(memory=True, metadata=metadata)
    await datasette.invoke_startup()
    conf = config.get_config(datasette)
    assert all(isinstance(v, str) for v in conf.claim_verdicts)


@pytest.mark.asyncio
@pytest.mark.parametrize("actor,allowed", [({"id": "root"}, True), ({"id": "visitor"}, False), ({"id": "*"}, False)])
async def test_shipped_metadata_lets_only_root_review(actor, allowed):
    # Anyone who can sign in (any actor plugin) must not be a reviewer by default.
    metadata = yaml.safe_load((ROOT / "metadata.yml").read_text())
    datasette = Datasette(memory=True, **compat.datasette_options(metadata))
    await datasette.invoke_startup()
    assert await compat.can_review(datasette, actor) is allowed
