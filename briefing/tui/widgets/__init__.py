"""The reader's widgets, one per file. Widgets post typed messages; the screen decides."""
