"""Typing as fast as the room talks: choosing by typing, and one-line entry.

Pure, no Textual: ``matching`` finds choices from a few typed letters
(accent- and case-insensitive, word starts before substrings), ``recency``
puts what was just used or added first, ``line`` cuts a quick-entry line
into its parts, and one module per list step reads its line into the
fields of an item (``wishes``, ``contributions``, ``participants``,
``actors``, ``contacts``, ``actions``). Unknown parts stay in the text;
references that fit more than one item become questions for the screen.
"""
