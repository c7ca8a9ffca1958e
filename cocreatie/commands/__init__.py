"""Command-palette providers; they read ``self.screen``/``self.app``, never class state."""
