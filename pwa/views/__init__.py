"""The blueprints: one module per part of the site, each a `bp` that create_app registers."""
