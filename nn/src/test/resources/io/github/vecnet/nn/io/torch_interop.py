"""PyTorch side of TorchInteropTest: one run does every check, because importing torch takes seconds.

Usage: torch_interop.py DIR. Reads what the Java side wrote into DIR and writes the answers next to it.
Parses and writes safetensors by hand (struct + json), since Debian's torch 1.13 has no safetensors module.
Exit code 77 means torch or numpy is missing (the Java test then skips).
"""
import json
import os
import struct
import sys

try:
    import numpy as np
    import torch
except ImportError as e:
    print("missing: %s (Debian: apt-get install python3-torch python3-numpy)" % e, file=sys.stderr)
    sys.exit(77)

torch.set_num_threads(1)
DTYPES = {"F32": (np.dtype("<f4"), torch.float32), "F64": (np.dtype("<f8"), torch.float64)}


def read_safetensors(path):
    with open(path, "rb") as f:
        blob = f.read()
    (n,) = struct.unpack("<Q", blob[:8])
    header = json.loads(blob[8:8 + n].decode("utf-8"))
    data = blob[8 + n:]
    out = {}
    for name, info in header.items():
        if name == "__metadata__":
            continue
        begin, end = info["data_offsets"]
        array = np.frombuffer(data[begin:end], dtype=DTYPES[info["dtype"]][0]).reshape(info["shape"])
        out[name] = torch.from_numpy(array.copy())
    return out


def write_safetensors(path, tensors):
    header, chunks, offset = {}, [], 0
    for name in sorted(tensors):
        t = tensors[name].detach().contiguous()
        code = "F32" if t.dtype == torch.float32 else "F64"
        raw = t.numpy().astype(DTYPES[code][0]).tobytes()
        header[name] = {"dtype": code, "shape": list(t.shape), "data_offsets": [offset, offset + len(raw)]}
        chunks.append(raw)
        offset += len(raw)
    text = json.dumps(header, separators=(",", ":")).encode("utf-8")
    text += b" " * ((8 - len(text) % 8) % 8)
    with open(path, "wb") as f:
        f.write(struct.pack("<Q", len(text)) + text + b"".join(chunks))


def sequential(widths, dtype):
    layers = []
    for i in range(len(widths) - 1):
        layers.append(torch.nn.Linear(widths[i], widths[i + 1]))
        if i + 2 < len(widths):
            layers.append(torch.nn.ReLU())
    return torch.nn.Sequential(*layers).to(dtype)


def main(directory):
    widths = json.load(open(os.path.join(directory, "widths.json")))
    for code, (np_dtype, torch_dtype) in DTYPES.items():
        # vecnet -> torch: load the vecnet-trained weights strictly and evaluate on vecnet's inputs.
        model = sequential(widths, torch_dtype)
        model.load_state_dict(read_safetensors(os.path.join(directory, "vecnet_%s.safetensors" % code)), strict=True)
        x = torch.from_numpy(np.load(os.path.join(directory, "x_%s.npy" % code)))
        with torch.no_grad():
            np.save(os.path.join(directory, "torch_out_%s.npy" % code), model(x).numpy())
        # torch -> vecnet: a torch-initialised network, its inputs and outputs.
        torch.manual_seed(1234)
        fresh = sequential(widths, torch_dtype)
        write_safetensors(os.path.join(directory, "torch_%s.safetensors" % code), fresh.state_dict())
        x2 = torch.randn(7, widths[0], dtype=torch_dtype)
        np.save(os.path.join(directory, "torch_x_%s.npy" % code), x2.numpy())
        with torch.no_grad():
            np.save(os.path.join(directory, "torch_y_%s.npy" % code), fresh(x2).numpy())
    # .npy both ways: numpy reads what vecnet wrote; vecnet reads what numpy writes (incl. big-endian, Fortran, 1-D).
    a = np.load(os.path.join(directory, "vecnet_matrix.npy"))
    np.save(os.path.join(directory, "numpy_echo.npy"), a * 2)
    grid = np.arange(6, dtype=np.float64).reshape(2, 3) + 0.5
    np.save(os.path.join(directory, "numpy_big_endian.npy"), grid.astype(">f8"))
    np.save(os.path.join(directory, "numpy_fortran.npy"), np.asfortranarray(grid.astype(np.float32)))
    np.save(os.path.join(directory, "numpy_vector.npy"), np.array([1.25, -2.5, 3.75], dtype=np.float32))
    print("dtype=%s shape=%s" % (a.dtype.str, a.shape))


if __name__ == "__main__":
    main(sys.argv[1])
