"""The desk in Datasette: views, review writes, row pages, rendering, the version-specific hooks."""
