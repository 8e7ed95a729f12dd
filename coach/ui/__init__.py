"""Qt widgets for Coach. The only package that imports PySide6; all analysis comes from the core."""
