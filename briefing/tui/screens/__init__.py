"""The reader's screens: the main reader, help, and small choice dialogs."""
