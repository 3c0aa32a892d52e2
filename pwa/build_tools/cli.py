"""Command-line tasks: `flask build`, `flask check-content`, and the console script."""

import os
from pathlib import Path

import click
from flask import current_app
from flask.cli import FlaskGroup, with_appcontext
from webassets.exceptions import BuildError
from whitenoise.compress import Compressor

from .. import shell_parts, stored_pages
from ..loader import caution_faults, shapes_without_muscle
from . import assets, bundle_releases, export, precache


def compress_static(static_folder):
    """Write .gz and .br beside each compressible static file, for WhiteNoise to serve."""
    compressor = Compressor(quiet=True)
    for path in sorted(Path(static_folder).rglob("*")):
        if path.is_file() and compressor.should_compress(path.name):
            compressor.compress(str(path))


def build_bundles(app):
    """Write the bundles, keep the last releases' beside them, compress the static files."""
    gen_dir = Path(app.static_folder) / "gen"
    earlier = bundle_releases.bundle_names(gen_dir)
    bundles = assets.build(app)
    bundle_releases.keep_recent(gen_dir, [url.rsplit("/", 1)[-1] for url in bundles],
                                Path(app.config["BUILD_DIR"]) / bundle_releases.LOG_NAME, earlier)
    compress_static(app.static_folder)
    return bundles


def build_all(app):
    """Bundles (the last releases' kept too), their compressed twins, then the service worker
    that precaches them."""
    bundles = build_bundles(app)
    # The shell's repeated lines are worked out afresh from every page, then written for the
    # workers (pwa/views/app_files.py repeated_lines).
    lines_file = Path(app.config["BUILD_DIR"]) / shell_parts.LINES_FILE
    lines_file.unlink(missing_ok=True)
    app.extensions["tpg_pages"].pop(shell_parts.SHELL_URL, None)
    entries = precache.build_service_worker(app)
    lines_file.write_text(app.extensions["tpg_shell_lines"], encoding="utf-8")
    # Listing the precache rendered every page into the app's page store.
    stored_pages.write_compressed(app)
    return bundles, entries


@click.command("build")
@with_appcontext
def build_command():
    """Build the asset bundles and the service worker."""
    try:
        bundles, entries = build_all(current_app)
    except BuildError as error:
        # esbuild's message already names the file, line and column: show it, not a traceback.
        raise click.ClickException(f"build failed: {error}") from None
    for url in bundles:
        click.echo(f"bundle  {url}")
    click.echo(f"service worker: {len(entries)} URLs precached "
               f"-> {os.path.join(current_app.config['BUILD_DIR'], 'sw.js')}")


@click.command("export")
@click.argument("target", default="dist")
@with_appcontext
def export_command(target):
    """Write a static copy of the whole app to TARGET for any static host or CDN."""
    try:
        urls = export.export(current_app, target)
    except export.ExportError as error:
        raise click.ClickException(str(error)) from None
    click.echo(f"exported {len(urls)} URLs to {target}/ (with _headers and nginx.conf.example)")


@click.command("check-content")
@with_appcontext
def check_content_command():
    """Validate the content files (the app already did on start-up), then check that every
    muscle pressing near a danger zone carries its caution; print a summary."""
    content = current_app.extensions["tpg_content"]
    faults = caution_faults(content, current_app.config["CONTENT_DIR"])
    for fault in faults:
        click.echo(fault, err=True)
    if faults:
        raise click.ClickException(f"{len(faults)} muscle(s) press a danger zone "
                                   "without its caution")
    if ahead := shapes_without_muscle(content):
        click.echo(f"warning: muscle-shapes.yaml draws {len(ahead)} muscle(s) with no file in "
                   f"muscles/ yet: {', '.join(ahead)}", err=True)
    click.echo(f"{len(content.chapters)} chapters, {len(content.pages)} pages, "
               f"{len(content.muscles)} muscles, {len(content.routines)} routines: all valid")


def init_app(app):
    app.cli.add_command(build_command)
    app.cli.add_command(check_content_command)
    app.cli.add_command(export_command)


def main():
    """The `trigger-point-guide` console script: Flask's CLI bound to this app."""
    from .. import create_app

    FlaskGroup(create_app=create_app)()
