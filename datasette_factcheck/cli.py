"""The command line: ``datasette factcheck ...`` and the scripts/ wrappers."""

from __future__ import annotations

import sys
from pathlib import Path

import click

# The commands import the stages they run when they run: Datasette builds
# its command line on every start, and the analysis stack is heavy.


@click.group(name="factcheck")
@click.version_option(package_name="datasette-factcheck")
def factcheck() -> None:
    """Fact-check articles from several outlets with Datasette."""


# Unknown options are file names: a scraped file may well be called "-rf.txt".
@factcheck.command(context_settings={"ignore_unknown_options": True})
@click.argument("db", type=click.Path(dir_okay=False))
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("-j", "--jobs", type=click.IntRange(1, 64), default=None, help="Worker processes for analysis (default: cores, at most 4)")
@click.option("--progress/--no-progress", default=None, help="Show a progress bar (default: when on a terminal)")
@click.option("--wait", type=click.FloatRange(0, 3600), default=30, show_default=True, help="Seconds to wait for another ingest of DB to finish")
@click.option("--no-match", is_flag=True, help="Store the files only; relate them later with `datasette factcheck match` (e.g. on Spark)")
def ingest(db: str, paths: tuple[Path, ...], jobs: int | None, progress: bool | None, wait: float, no_match: bool) -> None:
    """Load article files (.txt, .md, .html) or folders of them into DB.

    Each file is one transaction: a file that cannot be read is named with its
    reason and skipped, the others load, and the command exits with status 1.
    Re-running on the same files changes nothing; an edited file updates its
    article in place and keeps reviewers' work.
    """
    from . import ingest as ingest_job

    show = sys.stderr.isatty() if progress is None else progress
    bar = None

    def on_total(total: int) -> None:
        nonlocal bar
        if show:
            bar = click.progressbar(length=total, label="Ingesting", file=sys.stderr)
            bar.__enter__()

    def on_file(path: Path) -> None:
        if bar is not None:
            bar.update(1)

    try:
        summary = ingest_job.run(db, paths, jobs=jobs, on_total=on_total, on_file=on_file, wait=wait, match=not no_match)
    except ingest_job.IngestError as e:
        raise click.ClickException(str(e)) from None
    finally:
        if bar is not None:
            bar.__exit__(None, None, None)
    for line in summary.lines():
        click.echo(line, err=line.startswith(("rejected", "warning")))
    if summary.rejected:
        raise click.ClickException(f"{len(summary.rejected)} file(s) rejected, see above")


@factcheck.command()
@click.argument("db", type=click.Path(exists=True, dir_okay=False))
@click.option("--spark", "on_spark", is_flag=True, help="Run the matching as a Spark job (needs the `spark` extra and Java)")
@click.option("--master", default=None, help="With --spark: the Spark master, e.g. local[2] or spark://host:7077 (default: spark-submit's, else every local core)")
@click.option("--work", type=click.Path(file_okay=False), default=None,
              help="With --spark: folder for the Parquet files the executors read (default: beside DB); on a cluster, one every executor can read")
@click.option("-j", "--jobs", type=click.IntRange(1, 64), default=None, help="Without --spark: worker processes (default: cores, at most 4)")
@click.option("--wait", type=click.FloatRange(0, 3600), default=30, show_default=True, help="Seconds to wait for an ingest of DB to finish")
def match(db: str, on_spark: bool, master: str | None, work: str | None, jobs: int | None, wait: float) -> None:
    """Relate every quote and claim stored in DB again and replace their relations.

    By default the ingest's matcher runs on this machine's cores. With
    --spark the same comparisons run as a Spark job: the driver (this
    process) reads DB and writes the relations back into it; the executors
    get the items' rows through Parquet files. Reviewers' verdicts and notes
    are kept either way.
    """
    from . import rematch
    from .ingest import IngestError

    if not on_spark and (master or work):
        raise click.UsageError("--master and --work go with --spark")
    # Checked before Spark starts: a missing folder would otherwise end the
    # job after the JVM and the export, with a traceback.
    if work and not Path(work).is_dir():
        raise click.BadParameter(f"no folder at {work}: create it, on a disk every executor can read", param_hint="--work")
    try:
        summary = rematch.run(db, spark=on_spark, master=master, work=work, jobs=jobs, wait=wait)
    except IngestError as e:
        raise click.ClickException(str(e)) from None
    for line in summary.lines():
        click.echo(line)


@factcheck.group()
def speakers() -> None:
    """Edit speakers: merges and aliases survive every re-ingest."""


@speakers.command("merge")
@click.argument("db", type=click.Path(exists=True, dir_okay=False))
@click.argument("keep_id", type=int)
@click.argument("merge_id", type=int)
def speakers_merge(db: str, keep_id: int, merge_id: int) -> None:
    """Merge speaker MERGE_ID into KEEP_ID (quotes and aliases move)."""
    from .db import migrations
    from .db.speakers import merge_speakers

    try:
        merge_speakers(migrations.open_db(db), keep_id, merge_id)
    except ValueError as e:
        raise click.ClickException(str(e)) from e
    click.echo(f"merged speaker {merge_id} into {keep_id}")


@speakers.command("alias")
@click.argument("db", type=click.Path(exists=True, dir_okay=False))
@click.argument("speaker_id", type=int)
@click.argument("alias")
def speakers_alias(db: str, speaker_id: int, alias: str) -> None:
    """Add ALIAS as another name of SPEAKER_ID."""
    from .db import migrations
    from .db.speakers import add_alias

    try:
        add_alias(migrations.open_db(db), speaker_id, alias)
    except ValueError as e:
        raise click.ClickException(str(e)) from e
    click.echo(f"added alias {alias!r} to speaker {speaker_id}")


@factcheck.command("build-site")
@click.argument("db", type=click.Path(exists=True, dir_okay=False))
@click.argument("outdir", type=click.Path(file_okay=False))
@click.option("-m", "--metadata", type=click.Path(exists=True, dir_okay=False), help="Datasette metadata (YAML or JSON), as for `datasette -m`")
@click.option("--site-url", default=None, help="Address the site will be published at; makes ClaimReview URLs absolute")
@click.option("--page-size", type=click.IntRange(1, 1000), default=100, show_default=True, help="Rows per table page")
@click.option("--row-pages-limit", type=click.IntRange(0), default=100, show_default=True, help="Row pages for other tables only up to this many rows (articles, quotes, claims, speakers: always)")
@click.option("--base-url-check", is_flag=True, help="Afterwards check every page: links relative and resolving, no POST forms")
def build_site(
    db: str, outdir: str, metadata: str | None, site_url: str | None, page_size: int, row_pages_limit: int, base_url_check: bool
) -> None:
    """Publish DB as a static read-only website in OUTDIR.

    Every page is rendered by Datasette with this plugin, its links made
    relative, so OUTDIR works under any path on any static web host.
    OUTDIR must be new, empty, or an earlier build (which is replaced).
    """
    from .publish import site

    try:
        result = site.build_site(
            db,
            outdir,
            metadata=metadata,
            site_url=site_url,
            page_size=page_size,
            row_pages_limit=row_pages_limit,
            check=base_url_check,
        )
    except site.SiteError as e:
        raise click.ClickException(str(e)) from e
    for link in result.dead_links[:20]:
        click.echo(f"warning: link to a missing page left as text: {link}", err=True)
    if len(result.dead_links) > 20:
        click.echo(f"warning: ... and {len(result.dead_links) - 20} more links to missing pages", err=True)
    click.echo(f"{result.summary()} into {result.outdir}")
