"""How many threads numpy's BLAS runs in the processes that parse. Plain Python, no numpy: it
must be imported before numpy loads, since BLAS reads these variables only then."""
from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager

# BLAS libraries start a thread per core. spaCy's small model multiplies small matrices, where
# those threads only cost (parsing took 12% more CPU time with them) and compete with worker processes.
ONE_BLAS_THREAD = {"OMP_NUM_THREADS": "1", "OPENBLAS_NUM_THREADS": "1", "MKL_NUM_THREADS": "1"}


@contextmanager
def one_blas_thread() -> Iterator[None]:
    """Within the block, ONE_BLAS_THREAD is in the environment (a variable the user has set is
    kept): for this process if it loads numpy inside the block, and for every process started
    from it meanwhile. `kg build` enters it first thing."""
    saved = {name: os.environ.get(name) for name in ONE_BLAS_THREAD}
    for name, value in ONE_BLAS_THREAD.items():
        os.environ.setdefault(name, value)
    try:
        yield
    finally:
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value
