"""_front: see the package layout in docs/explanation/pipeline.md."""
