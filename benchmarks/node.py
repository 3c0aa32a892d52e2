"""Run one of the benchmarks' Node scripts on JSON inputs and read its JSON answer."""

import json
import shutil
import subprocess
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent


def node_json(script, inputs, *args):
    """`node benchmarks/SCRIPT FILE... ARGS...`, each of `inputs` written to a file of its own;
    its output read as JSON. None when Node.js is not installed."""
    node = shutil.which("node")
    if node is None:
        return None
    with tempfile.TemporaryDirectory() as folder:
        paths = [Path(folder, f"input{i}.json") for i in range(len(inputs))]
        for path, data in zip(paths, inputs, strict=True):
            path.write_text(json.dumps(data))
        out = subprocess.run([node, str(HERE / script), *map(str, paths), *map(str, args)],
                             capture_output=True, text=True, check=True)
    return json.loads(out.stdout)
