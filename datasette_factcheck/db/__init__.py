"""The database: schema, storage of parsed articles, speaker identity, derived tables, migrations."""
