import sys

try:
    from .cli import console
except KeyboardInterrupt:  # Ctrl-C in the first moments, before main's own handler runs
    sys.exit(130)

console()
