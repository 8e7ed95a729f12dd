"""The bundle's entry point: ``coach.cli.main`` behind multiprocessing's frozen-app guard.

``coach analyze --jobs N`` spawns worker processes; in a frozen app each of them
starts this same executable, and ``freeze_support`` turns that start into the
worker instead of a second copy of the command line.
"""
import multiprocessing
import sys

from coach.cli import main

if __name__ == "__main__":
    multiprocessing.freeze_support()
    sys.exit(main())
