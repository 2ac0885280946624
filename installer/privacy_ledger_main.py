"""Entry point of the frozen program (PyInstaller needs a script, not ``python -m desktop``)."""

from desktop.cli import main

raise SystemExit(main())
