"""datasette-factcheck: a thin layer of Datasette hooks over the modules that
do the work (pipeline, store, match, views, render)."""

from datasette import hookimpl

from . import config
from .db import queries
from .matching import sql
from .web import dashboard, guard, rowpage, startup as web_startup, views

# The hooks of one Datasette line only (0.65 or 1.0a): compat marks as hooks
# those of the line installed.
from .web.compat import (  # noqa: F401
    canned_queries,
    permission_allowed,
    permission_resources_sql,
    register_actions,
)

PLUGIN = config.PLUGIN


@hookimpl
def register_commands(cli):
    from .cli import factcheck

    cli.add_command(factcheck)


@hookimpl
def prepare_connection(conn):
    conn.create_function("factcheck_normalize", 1, sql.sql_normalize, deterministic=True)
    conn.create_function("factcheck_similarity", 2, sql.sql_similarity, deterministic=True)
    conn.create_function("factcheck_diff", 2, sql.sql_diff, deterministic=True)


@hookimpl
def startup(datasette):
    # Fail at startup, naming the setting, rather than on some later request.
    config.get_config(datasette)

    async def inner():
        await web_startup.on_startup(datasette)

    return inner


@hookimpl
def prepare_jinja2_environment(env, datasette):
    # query.html lays out the results of the plugin's own queries as cards.
    env.globals["factcheck_queries"] = frozenset(queries.QUERIES)


@hookimpl
def extra_css_urls(datasette):
    return [datasette.urls.static_plugins(PLUGIN, "factcheck.css")]


@hookimpl
def extra_template_vars(datasette, request, database, table, view_name):
    if view_name == "row":

        async def row():
            return await rowpage.row_extras(datasette, request, database, table)

        return row
    if view_name == "index":

        async def index():
            return {"factcheck_findings": await dashboard.front_page_findings(datasette, request)}

        return index
    if view_name == "database" and database:

        async def database_page():
            return await dashboard.database_page_vars(datasette, request, database)

        return database_page
    return {}


@hookimpl
def register_routes():
    return views.ROUTES


# First, so that it is the innermost wrapper: a sign-in wrapper (HTTP Basic)
# has set the actor by then. Still outside Datasette's CSRF middleware, so
# the plugin's routes are answered before anything reads a request's body.
@hookimpl(tryfirst=True)
def asgi_wrapper(datasette):
    return guard.wrap(datasette, [pattern for pattern, _ in views.ROUTES])


# First, so that scraped text shaped like datasette-json-html's link JSON is
# shown as the text it is, never turned into a link or an image.
@hookimpl(tryfirst=True)
def render_cell(value, column, table, database, datasette):
    async def inner():
        return await views.render_cell(datasette, value, column, table, database)

    return inner


@hookimpl
def menu_links(datasette, actor):
    async def inner():
        return await views.menu_links(datasette, actor)

    return inner


@hookimpl
def table_actions(datasette, actor, database, table):
    async def inner():
        return await views.table_actions(datasette, actor, database, table)

    return inner


@hookimpl
def database_actions(datasette, actor, database):
    async def inner():
        return await views.database_actions(datasette, actor, database)

    return inner
