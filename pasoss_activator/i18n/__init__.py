"""The language the program speaks, without Qt: the chosen language (``--lang`` /
``PASOSS_LANG``), the one text catalogue keyed by code, and how a failure or a comparison
row reads in that language. The GUI renders the same catalogue through Qt's ``tr()``; the
command line through ``language.translate``, which reads the same compiled ``.qm`` file.
"""
