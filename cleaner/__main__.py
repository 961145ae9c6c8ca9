"""``python -m cleaner`` runs the command line."""

from cleaner.run.cli import main

main()
