"""Data the migrations seed, frozen as it was at their revision.

A migration must seed the same rows whenever it runs, so it never reads the live
defaults of desktop/db (which later versions may reword); each revision that seeds
data has its own module here, and such a module is never edited once released.
(They live outside versions/, where Alembic would take every module for a revision.)
"""
