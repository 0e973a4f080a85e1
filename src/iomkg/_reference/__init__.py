"""_reference: see the package layout in docs/explanation/pipeline.md."""
