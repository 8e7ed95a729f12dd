"""Helpers shared by several test modules (test modules never import one another).

Import as ``from support.videos import write_avi``: the tests folder is on ``sys.path``
(pytest's rootdir insertion, as for ``synthetic`` and ``clips``).
"""
