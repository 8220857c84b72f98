"""The newscheck command-line interface (a thin Typer layer over checker)."""
