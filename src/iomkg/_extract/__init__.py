"""_extract: see the package layout in docs/explanation/pipeline.md."""
