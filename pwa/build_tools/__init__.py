"""The build and release: bundles, the precache and worker, the export, the `flask` commands."""
