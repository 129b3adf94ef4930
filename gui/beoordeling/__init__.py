"""The assessor's workspace (issue 12): the round overview, the worksheet per plan, and the
dialogs around them. Thin widgets over :mod:`application.beoordelen`."""
