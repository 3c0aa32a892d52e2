"""Keep the bundles of the last few releases beside the new ones.

A tab opened before a deploy still runs the earlier release's pages, which load scripts
(`import()` after the first paint included) and styles by their hashed names. So a build
deletes a bundle only once it belongs to none of the last KEEP releases. The releases are
recorded in the build folder, newest last.
"""

import json
from pathlib import Path

KEEP = 2
LOG_NAME = "bundle-releases.json"
TWINS = (".gz", ".br")


def bundle_names(gen_dir):
    """The bundles in `gen_dir` (their compressed twins aside)."""
    gen_dir = Path(gen_dir)
    if not gen_dir.is_dir():
        return []
    return sorted(p.name for p in gen_dir.iterdir() if p.is_file() and not p.name.endswith(TWINS))


def read_releases(log_path):
    """The recorded releases, oldest first; a missing or damaged record reads as none."""
    try:
        releases = json.loads(Path(log_path).read_text())
    except (OSError, ValueError):
        return None
    if not isinstance(releases, list) or not all(
            isinstance(r, list) and all(isinstance(n, str) for n in r) for r in releases):
        return None
    return releases


def keep_recent(gen_dir, current, log_path, earlier, keep=KEEP):
    """Record `current` (the bundle names this build wrote) as the newest release, then delete
    from `gen_dir` every bundle, and its twins, that none of the last `keep` releases names.

    `earlier` lists what `gen_dir` held before the build: with no record yet, that is taken
    as the previous release. Returns the names deleted.
    """
    gen_dir = Path(gen_dir)
    current = sorted(current)
    releases = read_releases(log_path)
    if releases is None:
        releases = [sorted(earlier)] if earlier else []
    if not releases or releases[-1] != current:
        releases.append(current)
    releases = releases[-keep:]
    kept = {name for release in releases for name in release}
    deleted = []
    for path in sorted(gen_dir.iterdir()):
        name = path.name.removesuffix(".gz").removesuffix(".br")
        if path.is_file() and name not in kept:
            path.unlink()
            deleted.append(path.name)
    Path(log_path).write_text(json.dumps(releases, indent=1) + "\n")
    return deleted
