"""Data files: translations, the privacy policy text, icons (installed as desktop.resources)."""
