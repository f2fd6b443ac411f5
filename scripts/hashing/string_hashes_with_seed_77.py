# The same facts under another seed (PYTHONHASHSEED=77, from the .env file).
import string_hashes_with_a_seed  # noqa: F401  (its prints are the test)
