"""Language data, one subpackage per language. Code elsewhere imports word lists from here only."""
