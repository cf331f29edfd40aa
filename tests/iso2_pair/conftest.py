import sys
from pathlib import Path

# The SECC's -2 state driver (tests/secc/iso2/iso2_driver.py) and the EV's fakes, reused as they are.
tests = Path(__file__).parent.parent
sys.path[:0] = [str(tests / "secc" / "iso2"), str(tests / "evcc")]
