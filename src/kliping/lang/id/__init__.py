"""Indonesian language data: calendars, numbers, outlets, boilerplate, cues, titles, gazetteers.

Each module holds plain data (tuples, dicts, compiled patterns) and no processing logic, so the
rules that use them stay language-independent where they can.
"""
