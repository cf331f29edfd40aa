"""The usage example in secc.grid's docstring (the API the SECC calls) runs as written."""
import doctest

import secc.grid


def test_package_docstring_example():
    result = doctest.testmod(secc.grid, optionflags=doctest.ELLIPSIS)
    assert result.attempted > 10 and result.failed == 0
